/* tandem-summary.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-store.h"

G_BEGIN_DECLS

/**
 * TandemTrend:
 * @TANDEM_TREND_NOT_ENOUGH_DATA: fewer than three weeks with entries
 * @TANDEM_TREND_TOWARD_TARGET: moving toward the target
 * @TANDEM_TREND_STEADY: neither toward nor away from the target
 * @TANDEM_TREND_AT_TARGET: steady, and the last week met the target
 * @TANDEM_TREND_AWAY_FROM_TARGET: further from the target than before
 *
 * Where a goal's weekly measure is heading over a period.
 */
typedef enum
{
  TANDEM_TREND_NOT_ENOUGH_DATA,
  TANDEM_TREND_TOWARD_TARGET,
  TANDEM_TREND_STEADY,
  TANDEM_TREND_AT_TARGET,
  TANDEM_TREND_AWAY_FROM_TARGET,
} TandemTrend;

/**
 * TandemSummaryWeek:
 * @week_start: the Monday of the ISO week, "YYYY-MM-DD"
 * @iso_year: the ISO 8601 week-numbering year
 * @iso_week: the ISO 8601 week, 1 to 53
 * @n_days: days of the week inside the period, 1 to 7
 * @n_entries: the entries that make up @measure
 * @measure: the sum of counts or the mean of ratings or questionnaire
 *   totals, or NAN when the week has no entries
 * @target: what the goal's target means for this week, or NAN
 * @baseline: what the goal's baseline means for this week, or NAN
 * @met: whether @measure reached @target
 *
 * A goal's measure in one week.
 */
typedef struct
{
  char      week_start[11];
  guint     iso_year;
  guint     iso_week;
  guint     n_days;
  guint     n_entries;
  double    measure;
  double    target;
  gboolean  met;
  double    baseline;
} TandemSummaryWeek;

#define TANDEM_TYPE_GOAL_SUMMARY (tandem_goal_summary_get_type ())

G_DECLARE_FINAL_TYPE (TandemGoalSummary, tandem_goal_summary, TANDEM, GOAL_SUMMARY, GObject)

TandemGoalSummary       *tandem_goal_summary_load          (TandemStore        *store,
                                                            gint64              goal_id,
                                                            const char         *from_day,
                                                            const char         *to_day,
                                                            GError            **error);
gint64                   tandem_goal_summary_get_goal_id   (TandemGoalSummary  *self);
guint                    tandem_goal_summary_get_n_weeks   (TandemGoalSummary  *self);
const TandemSummaryWeek *tandem_goal_summary_get_week      (TandemGoalSummary  *self,
                                                            guint               index);
TandemTrend              tandem_goal_summary_get_trend     (TandemGoalSummary  *self);
double                   tandem_goal_summary_get_slope     (TandemGoalSummary  *self);
char                    *tandem_goal_summary_dup_trend_text (TandemGoalSummary *self);

G_END_DECLS
