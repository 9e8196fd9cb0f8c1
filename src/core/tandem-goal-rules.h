/* tandem-goal-rules.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-goal.h"

G_BEGIN_DECLS

/**
 * TandemGoalStep:
 *
 * The steps of writing a goal, as the wizard shows them. SMART goals go
 * through Specific … Time-bound, PACT goals through Purposeful … Trackable;
 * both start with the framework and end with the review.
 */
typedef enum
{
  TANDEM_GOAL_STEP_FRAMEWORK,   /*< nick=framework >*/
  TANDEM_GOAL_STEP_SPECIFIC,    /*< nick=specific >*/
  TANDEM_GOAL_STEP_MEASURABLE,  /*< nick=measurable >*/
  TANDEM_GOAL_STEP_ACHIEVABLE,  /*< nick=achievable >*/
  TANDEM_GOAL_STEP_RELEVANT,    /*< nick=relevant >*/
  TANDEM_GOAL_STEP_TIME_BOUND,  /*< nick=time-bound >*/
  TANDEM_GOAL_STEP_PURPOSEFUL,  /*< nick=purposeful >*/
  TANDEM_GOAL_STEP_ACTIONABLE,  /*< nick=actionable >*/
  TANDEM_GOAL_STEP_CONTINUOUS,  /*< nick=continuous >*/
  TANDEM_GOAL_STEP_TRACKABLE,   /*< nick=trackable >*/
  TANDEM_GOAL_STEP_REVIEW,      /*< nick=review >*/
} TandemGoalStep;

/**
 * TandemGoalProblem:
 * @field: the goal property the problem is about, such as "target"
 * @step: the step that asks for that field
 * @message: what to change, in a sentence, to show beside the field
 */
typedef struct
{
  const char     *field;
  TandemGoalStep  step;
  char           *message;
} TandemGoalProblem;

/* The widest range a questionnaire score can have, for a goal tracked by
 * one; the questionnaire module provides it. */
typedef gboolean (*TandemScoreRangeFunc) (const char *instrument,
                                          double     *min,
                                          double     *max,
                                          gpointer    user_data);

const TandemGoalStep *tandem_goal_rules_get_steps      (TandemFramework       framework,
                                                        guint                *n_steps);
GPtrArray            *tandem_goal_rules_check          (TandemGoal           *goal,
                                                        TandemGoalStep        step,
                                                        TandemScoreRangeFunc  score_range,
                                                        gpointer              user_data);
gboolean              tandem_goal_rules_check_all      (TandemGoal           *goal,
                                                        TandemScoreRangeFunc  score_range,
                                                        gpointer              user_data,
                                                        GError              **error);
void                  tandem_goal_problem_free         (TandemGoalProblem    *problem);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemGoalProblem, tandem_goal_problem_free)

G_END_DECLS
