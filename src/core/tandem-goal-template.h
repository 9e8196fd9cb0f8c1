/* tandem-goal-template.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-goal.h"

G_BEGIN_DECLS

/**
 * TandemGoalTemplate:
 * @id: a stable name, such as "reduce-anxiety"
 * @audience: %TANDEM_AUTHOR_CLIENT for a client's goal, or
 *   %TANDEM_AUTHOR_THERAPIST for a therapist's own professional goal
 * @name: what the template is called in the wizard (untranslated, N_())
 * @title: the goal's title it suggests (N_())
 * @criteria: SMART: specific, measurable, achievable, relevant, time-bound;
 *   PACT: purposeful, actionable, continuous, trackable (N_())
 * @gas: what each goal attainment level means, from -2 to +2 (N_())
 *
 * An example goal that prefills every field of the wizard; everything in it
 * stays editable. The text is marked for translation and translated when a
 * goal is made from it.
 */
typedef struct
{
  const char        *id;
  TandemAuthor       audience;
  const char        *name;
  TandemFramework    framework;
  const char        *title;
  TandemMeasureKind  measure;
  const char        *measure_name;
  const char        *unit;
  TandemPeriod       period;
  double             baseline;
  double             target;
  TandemDirection    direction;
  const char        *instrument;
  int                months;
  int                review_every_days;
  TandemHorizon      horizon;
  const char        *criteria[5];
  const char        *gas[5];
} TandemGoalTemplate;

const TandemGoalTemplate *tandem_goal_templates_get     (TandemAuthor              audience,
                                                         guint                    *n_templates);
const TandemGoalTemplate *tandem_goal_template_lookup   (const char               *id);
TandemGoal               *tandem_goal_template_new_goal (const TandemGoalTemplate *self,
                                                         gint64                    person_id,
                                                         const char               *start_day);

G_END_DECLS
