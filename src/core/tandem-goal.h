/* tandem-goal.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_GOAL (tandem_goal_get_type ())

G_DECLARE_FINAL_TYPE (TandemGoal, tandem_goal, TANDEM, GOAL, TandemRecord)

TandemGoal       *tandem_goal_new                   (gint64          person_id,
                                                     TandemFramework framework,
                                                     const char     *title);
gint64            tandem_goal_get_person_id         (TandemGoal *self);
void              tandem_goal_set_person_id         (TandemGoal *self,
                                                     gint64      person_id);
gint64            tandem_goal_get_parent_id         (TandemGoal *self);
void              tandem_goal_set_parent_id         (TandemGoal *self,
                                                     gint64      parent_id);
TandemFramework   tandem_goal_get_framework         (TandemGoal *self);
void              tandem_goal_set_framework         (TandemGoal     *self,
                                                     TandemFramework framework);
const char       *tandem_goal_get_title             (TandemGoal *self);
void              tandem_goal_set_title             (TandemGoal *self,
                                                     const char *title);
const char       *tandem_goal_get_specific          (TandemGoal *self);
void              tandem_goal_set_specific          (TandemGoal *self,
                                                     const char *specific);
const char       *tandem_goal_get_measurable        (TandemGoal *self);
void              tandem_goal_set_measurable        (TandemGoal *self,
                                                     const char *measurable);
const char       *tandem_goal_get_achievable        (TandemGoal *self);
void              tandem_goal_set_achievable        (TandemGoal *self,
                                                     const char *achievable);
const char       *tandem_goal_get_relevant          (TandemGoal *self);
void              tandem_goal_set_relevant          (TandemGoal *self,
                                                     const char *relevant);
const char       *tandem_goal_get_time_bound        (TandemGoal *self);
void              tandem_goal_set_time_bound        (TandemGoal *self,
                                                     const char *time_bound);
const char       *tandem_goal_get_purposeful        (TandemGoal *self);
void              tandem_goal_set_purposeful        (TandemGoal *self,
                                                     const char *purposeful);
const char       *tandem_goal_get_actionable        (TandemGoal *self);
void              tandem_goal_set_actionable        (TandemGoal *self,
                                                     const char *actionable);
const char       *tandem_goal_get_continuous        (TandemGoal *self);
void              tandem_goal_set_continuous        (TandemGoal *self,
                                                     const char *continuous);
const char       *tandem_goal_get_trackable         (TandemGoal *self);
void              tandem_goal_set_trackable         (TandemGoal *self,
                                                     const char *trackable);
TandemMeasureKind tandem_goal_get_measure_kind      (TandemGoal *self);
void              tandem_goal_set_measure_kind      (TandemGoal       *self,
                                                     TandemMeasureKind measure_kind);
const char       *tandem_goal_get_measure_name      (TandemGoal *self);
void              tandem_goal_set_measure_name      (TandemGoal *self,
                                                     const char *measure_name);
const char       *tandem_goal_get_unit              (TandemGoal *self);
void              tandem_goal_set_unit              (TandemGoal *self,
                                                     const char *unit);
TandemPeriod      tandem_goal_get_measure_period    (TandemGoal *self);
void              tandem_goal_set_measure_period    (TandemGoal  *self,
                                                     TandemPeriod measure_period);
double            tandem_goal_get_baseline          (TandemGoal *self);
void              tandem_goal_set_baseline          (TandemGoal *self,
                                                     double      baseline);
double            tandem_goal_get_target            (TandemGoal *self);
void              tandem_goal_set_target            (TandemGoal *self,
                                                     double      target);
TandemDirection   tandem_goal_get_direction         (TandemGoal *self);
void              tandem_goal_set_direction         (TandemGoal     *self,
                                                     TandemDirection direction);
const char       *tandem_goal_get_instrument        (TandemGoal *self);
void              tandem_goal_set_instrument        (TandemGoal *self,
                                                     const char *instrument);
const char       *tandem_goal_get_start_date        (TandemGoal *self);
void              tandem_goal_set_start_date        (TandemGoal *self,
                                                     const char *start_date);
const char       *tandem_goal_get_due_date          (TandemGoal *self);
void              tandem_goal_set_due_date          (TandemGoal *self,
                                                     const char *due_date);
int               tandem_goal_get_review_every_days (TandemGoal *self);
void              tandem_goal_set_review_every_days (TandemGoal *self,
                                                     int         review_every_days);
int               tandem_goal_get_priority          (TandemGoal *self);
void              tandem_goal_set_priority          (TandemGoal *self,
                                                     int         priority);
TandemHorizon     tandem_goal_get_horizon           (TandemGoal *self);
void              tandem_goal_set_horizon           (TandemGoal   *self,
                                                     TandemHorizon horizon);
TandemGoalStatus  tandem_goal_get_status            (TandemGoal *self);
void              tandem_goal_set_status            (TandemGoal      *self,
                                                     TandemGoalStatus status);
TandemAuthor      tandem_goal_get_author            (TandemGoal *self);
void              tandem_goal_set_author            (TandemGoal  *self,
                                                     TandemAuthor author);

const char       *tandem_goal_get_gas_much_less     (TandemGoal *self);
void              tandem_goal_set_gas_much_less     (TandemGoal *self,
                                                     const char *gas_much_less);
const char       *tandem_goal_get_gas_less          (TandemGoal *self);
void              tandem_goal_set_gas_less          (TandemGoal *self,
                                                     const char *gas_less);
const char       *tandem_goal_get_gas_expected      (TandemGoal *self);
void              tandem_goal_set_gas_expected      (TandemGoal *self,
                                                     const char *gas_expected);
const char       *tandem_goal_get_gas_more          (TandemGoal *self);
void              tandem_goal_set_gas_more          (TandemGoal *self,
                                                     const char *gas_more);
const char       *tandem_goal_get_gas_much_more     (TandemGoal *self);
void              tandem_goal_set_gas_much_more     (TandemGoal *self,
                                                     const char *gas_much_more);

const gint64 *tandem_goal_get_strategy_ids (TandemGoal   *self,
                                            guint        *n_ids);
void          tandem_goal_set_strategy_ids (TandemGoal   *self,
                                            const gint64 *ids,
                                            guint         n_ids);

G_END_DECLS
