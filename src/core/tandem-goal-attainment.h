/* tandem-goal-attainment.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_GOAL_ATTAINMENT (tandem_goal_attainment_get_type ())

G_DECLARE_FINAL_TYPE (TandemGoalAttainment, tandem_goal_attainment, TANDEM, GOAL_ATTAINMENT, TandemRecord)

TandemGoalAttainment *tandem_goal_attainment_new         (gint64      goal_id,
                                                          const char *day,
                                                          int         level);
gint64                tandem_goal_attainment_get_goal_id (TandemGoalAttainment *self);
void                  tandem_goal_attainment_set_goal_id (TandemGoalAttainment *self,
                                                          gint64                goal_id);
const char           *tandem_goal_attainment_get_day     (TandemGoalAttainment *self);
void                  tandem_goal_attainment_set_day     (TandemGoalAttainment *self,
                                                          const char           *day);
int                   tandem_goal_attainment_get_level   (TandemGoalAttainment *self);
void                  tandem_goal_attainment_set_level   (TandemGoalAttainment *self,
                                                          int                   level);
const char           *tandem_goal_attainment_get_note    (TandemGoalAttainment *self);
void                  tandem_goal_attainment_set_note    (TandemGoalAttainment *self,
                                                          const char           *note);

G_END_DECLS
