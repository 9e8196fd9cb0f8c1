/* tandem-streak.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-store.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_STREAK (tandem_streak_get_type ())

G_DECLARE_FINAL_TYPE (TandemStreak, tandem_streak, TANDEM, STREAK, GObject)

TandemStreak *tandem_streak_load                  (TandemStore   *store,
                                                   gint64         person_id,
                                                   guint          year,
                                                   guint          month,
                                                   const char    *today,
                                                   GError       **error);
guint         tandem_streak_get_days_in_month     (TandemStreak  *self);
guint         tandem_streak_get_current_run       (TandemStreak  *self);
guint         tandem_streak_get_longest_run       (TandemStreak  *self);
const char   *tandem_streak_get_today             (TandemStreak  *self);
char         *tandem_streak_dup_month_text        (TandemStreak  *self);
char         *tandem_streak_dup_current_run_text  (TandemStreak  *self);
char         *tandem_streak_dup_longest_run_text  (TandemStreak  *self);

G_END_DECLS
