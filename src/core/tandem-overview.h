/* tandem-overview.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-scale.h"
#include "tandem-scale-registry.h"
#include "tandem-store.h"
#include "tandem-summary.h"
#include "tandem-therapy-session.h"

G_BEGIN_DECLS

/**
 * TandemOverviewFlag:
 * @response_id: the response that carries the safety flag
 * @instrument: the questionnaire's id
 * @short_name: its short name ("PHQ-9"), or the id when unknown
 * @day: the local date it was taken, "YYYY-MM-DD"
 * @taken_at: when it was taken (µs since the epoch, UTC)
 * @score: its score
 *
 * A questionnaire response with the safety flag.
 */
typedef struct
{
  gint64  response_id;
  char   *instrument;
  char   *short_name;
  char    day[11];
  gint64  taken_at;
  double  score;
} TandemOverviewFlag;

/**
 * TandemOverviewHomework:
 * @homework_id: the homework
 * @title: its title
 * @due_on: (nullable): the day it is due
 * @done_on: (nullable): the local date it was done, or %NULL when not done
 *
 * Homework due or done in the period.
 */
typedef struct
{
  gint64  homework_id;
  char   *title;
  char   *due_on;
  char   *done_on;
} TandemOverviewHomework;

/**
 * TandemOverviewWeek:
 * @week_start: the Monday of the ISO week, "YYYY-MM-DD"
 * @n_due: homework due that week (inside the period)
 * @n_done: of those, how many are done
 *
 * Homework completion in one week; the rate is @n_done / @n_due.
 */
typedef struct
{
  char   week_start[11];
  guint  n_due;
  guint  n_done;
} TandemOverviewWeek;

/**
 * TandemOverviewScale:
 * @instrument: the questionnaire's id
 * @short_name: its short name, or the id when unknown
 * @n_in_period: responses taken in the period
 * @latest_day: the day of the latest response in the period
 * @latest_score: its score
 * @band_label: (nullable): its band in plain words, translated
 * @has_previous: whether there is an earlier response (in the period or before)
 * @previous_day: the day of the one before the latest
 * @previous_score: its score, or NAN
 * @change: the change from @previous_score to @latest_score, as
 *   tandem_scale_compare() classifies it; %TANDEM_CHANGE_CLASS_NOT_AVAILABLE
 *   without a previous response or a criterion
 *
 * One questionnaire in the period.
 */
typedef struct
{
  char              *instrument;
  char              *short_name;
  guint              n_in_period;
  char               latest_day[11];
  double             latest_score;
  char              *band_label;
  gboolean           has_previous;
  char               previous_day[11];
  double             previous_score;
  TandemScaleChange  change;
} TandemOverviewScale;

/**
 * TandemOverviewGoal:
 * @goal_id: the goal
 * @title: its title
 * @unit: (nullable): the unit of its measure
 * @latest_week: the Monday of the latest week with entries, or ""
 * @latest: the measure of that week (see #TandemGoalSummary), or NAN
 * @baseline: what the baseline means for that week, or NAN
 * @target: what the target means for that week, or NAN
 * @progress: where @latest lies from @baseline (0) to @target (1), not
 *   clamped; NAN without all three
 * @met: whether @latest reached @target
 * @trend: where the weekly measure is heading over the period
 * @trend_text: the trend in words
 *
 * An active goal's progress toward its target in the period.
 */
typedef struct
{
  gint64       goal_id;
  char        *title;
  char        *unit;
  char         latest_week[11];
  double       latest;
  double       baseline;
  double       target;
  double       progress;
  gboolean     met;
  TandemTrend  trend;
  char        *trend_text;
} TandemOverviewGoal;

/**
 * TandemOverviewWin:
 * @check_in_id: the check-in marked as a win
 * @day: its day
 * @goal_id: its goal, or 0 for the day as a whole
 * @note: (nullable): its note
 */
typedef struct
{
  gint64  check_in_id;
  char    day[11];
  gint64  goal_id;
  char   *note;
} TandemOverviewWin;

/**
 * TandemOverviewStressor:
 * @stressor: a stressor as first written
 * @count: how many check-ins named it (compared ignoring case)
 */
typedef struct
{
  char  *stressor;
  guint  count;
} TandemOverviewStressor;

#define TANDEM_TYPE_OVERVIEW (tandem_overview_get_type ())

G_DECLARE_FINAL_TYPE (TandemOverview, tandem_overview, TANDEM, OVERVIEW, GObject)

TandemOverview               *tandem_overview_load                (TandemStore          *store,
                                                                   TandemScaleRegistry  *registry,
                                                                   gint64                person_id,
                                                                   const char           *since,
                                                                   const char           *today,
                                                                   gint64                now,
                                                                   GError              **error);
gint64                        tandem_overview_get_person_id       (TandemOverview       *self);
const char                   *tandem_overview_get_from            (TandemOverview       *self);
const char                   *tandem_overview_get_to              (TandemOverview       *self);
gint64                        tandem_overview_get_session_id      (TandemOverview       *self);
gint64                        tandem_overview_get_session_starts_at (TandemOverview     *self);
guint                         tandem_overview_get_n_days          (TandemOverview       *self);
guint                         tandem_overview_get_n_check_in_days (TandemOverview       *self);
guint                         tandem_overview_get_n_rest_days     (TandemOverview       *self);
const TandemOverviewFlag     *tandem_overview_get_flags           (TandemOverview       *self,
                                                                   guint                *n_flags);
const TandemOverviewHomework *tandem_overview_get_homework        (TandemOverview       *self,
                                                                   guint                *n_homework);
const TandemOverviewWeek     *tandem_overview_get_homework_weeks  (TandemOverview       *self,
                                                                   guint                *n_weeks);
void                          tandem_overview_get_homework_totals (TandemOverview       *self,
                                                                   guint                *n_due,
                                                                   guint                *n_done);
const TandemOverviewScale    *tandem_overview_get_scales          (TandemOverview       *self,
                                                                   guint                *n_scales);
const TandemOverviewGoal     *tandem_overview_get_goals           (TandemOverview       *self,
                                                                   guint                *n_goals);
const TandemOverviewWin      *tandem_overview_get_wins            (TandemOverview       *self,
                                                                   guint                *n_wins);
const TandemOverviewStressor *tandem_overview_get_stressors       (TandemOverview       *self,
                                                                   guint                *n_stressors);

TandemTherapySession         *tandem_overview_find_current_session (TandemStore         *store,
                                                                    gint64               person_id,
                                                                    gint64               now,
                                                                    GError             **error);

G_END_DECLS
