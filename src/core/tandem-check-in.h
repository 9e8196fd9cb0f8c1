/* tandem-check-in.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-record.h"
#include "tandem-types.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CHECK_IN (tandem_check_in_get_type ())

G_DECLARE_FINAL_TYPE (TandemCheckIn, tandem_check_in, TANDEM, CHECK_IN, TandemRecord)

TandemCheckIn *tandem_check_in_new           (gint64      person_id,
                                              gint64      goal_id,
                                              const char *day);
gint64         tandem_check_in_get_person_id (TandemCheckIn *self);
void           tandem_check_in_set_person_id (TandemCheckIn *self,
                                              gint64         person_id);
gint64         tandem_check_in_get_goal_id   (TandemCheckIn *self);
void           tandem_check_in_set_goal_id   (TandemCheckIn *self,
                                              gint64         goal_id);
const char    *tandem_check_in_get_day       (TandemCheckIn *self);
void           tandem_check_in_set_day       (TandemCheckIn *self,
                                              const char    *day);
double         tandem_check_in_get_value     (TandemCheckIn *self);
void           tandem_check_in_set_value     (TandemCheckIn *self,
                                              double         value);
int            tandem_check_in_get_rating    (TandemCheckIn *self);
void           tandem_check_in_set_rating    (TandemCheckIn *self,
                                              int            rating);
const char    *tandem_check_in_get_note      (TandemCheckIn *self);
void           tandem_check_in_set_note      (TandemCheckIn *self,
                                              const char    *note);
const char    *tandem_check_in_get_stressors (TandemCheckIn *self);
void           tandem_check_in_set_stressors (TandemCheckIn *self,
                                              const char    *stressors);
gboolean       tandem_check_in_get_win       (TandemCheckIn *self);
void           tandem_check_in_set_win       (TandemCheckIn *self,
                                              gboolean       win);

typedef struct
{
  gint64        strategy_id;
  TandemHelped  helped;
} TandemStrategyUse;

const TandemStrategyUse *tandem_check_in_get_strategies   (TandemCheckIn *self,
                                                           guint         *n_uses);
void                     tandem_check_in_add_strategy     (TandemCheckIn *self,
                                                           gint64         strategy_id,
                                                           TandemHelped   helped);
void                     tandem_check_in_clear_strategies (TandemCheckIn *self);

G_END_DECLS
