/* tandem-summary.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-summary"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-date.h"
#include "tandem-goal.h"
#include "tandem-plans-private.h"
#include "tandem-store-private.h"
#include "tandem-summary.h"

/* A goal's measure per ISO week over a period, and its trend in words.
 *
 * The weekly measure is the sum of the week's counts (count and yes/no
 * goals) or the mean of its ratings (rating goals) or of its questionnaire
 * totals (questionnaire goals; their daily ratings when the goal names no
 * questionnaire). A count goal's target is scaled from its period to the
 * days of the week inside the period (a daily target of 2 is 14 a week, 6
 * for a week of which three days are in the period).
 *
 * The trend rule: take the weeks that have entries, at least three of
 * them. Fit a straight line through (week number, measure) by least
 * squares. Its slope times the span of weeks is how much the measure
 * changed over the period; divide that by the distance from the goal's
 * baseline to its target (or, without both, by the mean measure) and count
 * it as toward the target when it goes the way the goal's direction says.
 * A change of at least a tenth of that distance is "toward" or "away";
 * anything smaller is "steady", or "at the target" when the last week with
 * entries met it. */

#define TREND_THRESHOLD 0.1
#define TREND_MIN_WEEKS 3

struct _TandemGoalSummary
{
  GObject parent_instance;

  gint64       goal_id;
  GArray      *weeks;  /* TandemSummaryWeek */
  TandemTrend  trend;
  double       slope;
  gboolean     decrease;
};

G_DEFINE_FINAL_TYPE (TandemGoalSummary, tandem_goal_summary, G_TYPE_OBJECT)

enum {
  QUERY_CHECK_INS,
  QUERY_RESPONSES,
  N_QUERIES
};

static const TandemQueryPlan queries[N_QUERIES] = {
  [QUERY_CHECK_INS] = {
    "SELECT day, value, rating FROM check_in WHERE goal_id = ?1 AND day BETWEEN ?2 AND ?3",
    "check_in_goal_day" },
  [QUERY_RESPONSES] = {
    "SELECT day, total FROM response "
    "WHERE person_id = ?1 AND instrument = ?2 AND day BETWEEN ?3 AND ?4",
    "response_person_instrument_day" },
};

const TandemQueryPlan *
_tandem_goal_summary_get_queries (guint *n_queries)
{
  *n_queries = N_QUERIES;
  return queries;
}

static void
tandem_goal_summary_finalize (GObject *object)
{
  TandemGoalSummary *self = TANDEM_GOAL_SUMMARY (object);

  g_clear_pointer (&self->weeks, g_array_unref);

  G_OBJECT_CLASS (tandem_goal_summary_parent_class)->finalize (object);
}

static void
tandem_goal_summary_class_init (TandemGoalSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tandem_goal_summary_finalize;
}

static void
tandem_goal_summary_init (TandemGoalSummary *self)
{
  self->weeks = g_array_new (FALSE, TRUE, sizeof (TandemSummaryWeek));
}

static double
period_days (TandemPeriod period)
{
  switch (period)
    {
    case TANDEM_PERIOD_DAY:
      return 1;
    case TANDEM_PERIOD_MONTH:
      return 30;
    case TANDEM_PERIOD_WEEK:
    case TANDEM_PERIOD_NONE:
    default:
      return 7;
    }
}

static void
compute_trend (TandemGoalSummary *self,
               double             baseline,
               double             target)
{
  double sum_x = 0, sum_y = 0, sum_xx = 0, sum_xy = 0;
  double first_x = -1, last_x = 0, distance, change, toward;
  const TandemSummaryWeek *last_week = NULL;
  guint n = 0;

  for (guint i = 0; i < self->weeks->len; i++)
    {
      const TandemSummaryWeek *week = &g_array_index (self->weeks, TandemSummaryWeek, i);

      if (isnan (week->measure))
        continue;

      n++;
      sum_x += i;
      sum_y += week->measure;
      sum_xx += (double) i * i;
      sum_xy += i * week->measure;
      if (first_x < 0)
        first_x = i;
      last_x = i;
      last_week = week;
    }

  self->slope = NAN;
  if (n < TREND_MIN_WEEKS)
    {
      self->trend = TANDEM_TREND_NOT_ENOUGH_DATA;
      return;
    }

  self->slope = (n * sum_xy - sum_x * sum_y) / (n * sum_xx - sum_x * sum_x);
  change = self->slope * (last_x - first_x);

  if (!isnan (baseline) && !isnan (target) && baseline != target)
    distance = fabs (target - baseline);
  else
    distance = fabs (sum_y / n);
  if (distance == 0)
    distance = 1;

  toward = (self->decrease ? -change : change) / distance;

  if (toward >= TREND_THRESHOLD)
    self->trend = TANDEM_TREND_TOWARD_TARGET;
  else if (toward <= -TREND_THRESHOLD)
    self->trend = TANDEM_TREND_AWAY_FROM_TARGET;
  else if (last_week != NULL && last_week->met)
    self->trend = TANDEM_TREND_AT_TARGET;
  else
    self->trend = TANDEM_TREND_STEADY;
}

/**
 * tandem_goal_summary_load:
 * @store: the store
 * @goal_id: the goal
 * @from_day: the first day of the period, "YYYY-MM-DD"
 * @to_day: the last day of the period, inclusive
 * @error: a %TANDEM_STORE_ERROR
 *
 * Sums up the goal's measure per ISO week (Monday to Sunday) of the period,
 * against its target, and finds the trend (see the rule at the top of
 * tandem-summary.c).
 *
 * Returns: (transfer full): the summary, or %NULL with @error set
 */
TandemGoalSummary *
tandem_goal_summary_load (TandemStore  *store,
                          gint64        goal_id,
                          const char   *from_day,
                          const char   *to_day,
                          GError      **error)
{
  g_autoptr(TandemGoalSummary) self = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autofree guint *n_values = NULL;
  TandemMeasureKind kind;
  const char *instrument = NULL;
  gboolean sums;
  double baseline, target, days_of_period;
  GDate from, to, monday;
  guint32 monday_julian, from_julian, to_julian;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!tandem_date_parse (from_day, &from) || !tandem_date_parse (to_day, &to) ||
      g_date_compare (&from, &to) > 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("A period needs a first and a last day, the first not after the last."));
      return NULL;
    }

  if (!(goal = tandem_store_get (store, TANDEM_TYPE_GOAL, goal_id, error)))
    return NULL;

  self = g_object_new (TANDEM_TYPE_GOAL_SUMMARY, NULL);
  self->goal_id = goal_id;
  self->decrease = tandem_goal_get_direction (goal) == TANDEM_DIRECTION_DECREASE;
  kind = tandem_goal_get_measure_kind (goal);
  if (kind == TANDEM_MEASURE_QUESTIONNAIRE)
    instrument = tandem_goal_get_instrument (goal);
  sums = kind == TANDEM_MEASURE_COUNT || kind == TANDEM_MEASURE_YES_NO || kind == TANDEM_MEASURE_NONE;
  baseline = tandem_goal_get_baseline (goal);
  target = tandem_goal_get_target (goal);
  days_of_period = period_days (tandem_goal_get_measure_period (goal));

  /* The weeks, from the Monday on or before the first day. */
  from_julian = g_date_get_julian (&from);
  to_julian = g_date_get_julian (&to);
  monday = from;
  g_date_subtract_days (&monday, g_date_get_weekday (&monday) - G_DATE_MONDAY);
  monday_julian = g_date_get_julian (&monday);

  for (guint32 start = monday_julian; start <= to_julian; start += 7)
    {
      TandemSummaryWeek week = { { 0 } };
      GDate date, thursday;
      guint32 first_in = MAX (start, from_julian), last_in = MIN (start + 6, to_julian);

      g_date_clear (&date, 1);
      g_date_set_julian (&date, start);
      thursday = date;
      g_date_add_days (&thursday, 3);
      g_snprintf (week.week_start, sizeof week.week_start, "%04u-%02u-%02u",
                  g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
      week.iso_year = g_date_get_year (&thursday);
      week.iso_week = g_date_get_iso8601_week_of_year (&date);
      week.n_days = last_in - first_in + 1;
      week.measure = NAN;
      week.target = isnan (target) ? NAN : sums ? target * week.n_days / days_of_period : target;
      week.baseline = isnan (baseline) ? NAN : sums ? baseline * week.n_days / days_of_period : baseline;
      g_array_append_val (self->weeks, week);
    }

  n_values = g_new0 (guint, self->weeks->len);

  if (instrument != NULL)
    {
      if (!(stmt = _tandem_store_prepare (store, queries[QUERY_RESPONSES].sql, error)))
        return NULL;
      sqlite3_bind_int64 (stmt, 1, tandem_goal_get_person_id (goal));
      sqlite3_bind_text (stmt, 2, instrument, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, from_day, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, to_day, -1, SQLITE_STATIC);
    }
  else
    {
      if (!(stmt = _tandem_store_prepare (store, queries[QUERY_CHECK_INS].sql, error)))
        return NULL;
      sqlite3_bind_int64 (stmt, 1, goal_id);
      sqlite3_bind_text (stmt, 2, from_day, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, to_day, -1, SQLITE_STATIC);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemSummaryWeek *week;
      GDate date;
      guint index;
      int column = 1;
      double value;

      if (!tandem_date_parse ((const char *) sqlite3_column_text (stmt, 0), &date))
        continue;
      index = (g_date_get_julian (&date) - monday_julian) / 7;
      if (index >= self->weeks->len)
        continue;

      if (instrument == NULL && sqlite3_column_type (stmt, 1) == SQLITE_NULL)
        column = 2;
      if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
        continue;
      value = sqlite3_column_double (stmt, column);

      week = &g_array_index (self->weeks, TandemSummaryWeek, index);
      if (isnan (week->measure))
        week->measure = 0;
      week->n_entries++;
      if (sums && instrument == NULL && column == 1)
        week->measure += value;
      else
        week->measure += (value - week->measure) / ++n_values[index];
    }

  if (rc != SQLITE_DONE)
    {
      rc = sqlite3_extended_errcode (_tandem_store_get_db (store));
      sqlite3_reset (stmt);
      _tandem_store_set_error (store, rc, error);
      return NULL;
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < self->weeks->len; i++)
    {
      TandemSummaryWeek *week = &g_array_index (self->weeks, TandemSummaryWeek, i);

      if (!isnan (week->measure) && !isnan (week->target))
        week->met = self->decrease ? week->measure <= week->target : week->measure >= week->target;
    }

  compute_trend (self,
                 isnan (baseline) ? NAN : sums ? baseline * 7 / days_of_period : baseline,
                 isnan (target) ? NAN : sums ? target * 7 / days_of_period : target);

  return g_steal_pointer (&self);
}

gint64
tandem_goal_summary_get_goal_id (TandemGoalSummary *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_SUMMARY (self), 0);

  return self->goal_id;
}

guint
tandem_goal_summary_get_n_weeks (TandemGoalSummary *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_SUMMARY (self), 0);

  return self->weeks->len;
}

/**
 * tandem_goal_summary_get_week:
 * @index: 0 for the first week of the period
 *
 * Returns: (transfer none): the week
 */
const TandemSummaryWeek *
tandem_goal_summary_get_week (TandemGoalSummary *self,
                              guint              index)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_SUMMARY (self), NULL);
  g_return_val_if_fail (index < self->weeks->len, NULL);

  return &g_array_index (self->weeks, TandemSummaryWeek, index);
}

TandemTrend
tandem_goal_summary_get_trend (TandemGoalSummary *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_SUMMARY (self), TANDEM_TREND_NOT_ENOUGH_DATA);

  return self->trend;
}

/**
 * tandem_goal_summary_get_slope:
 *
 * Returns: the fitted change of the weekly measure per week, or NAN when
 *   there are too few weeks with entries
 */
double
tandem_goal_summary_get_slope (TandemGoalSummary *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_SUMMARY (self), NAN);

  return self->slope;
}

/**
 * tandem_goal_summary_dup_trend_text:
 *
 * Returns: (transfer full): the trend in words, e.g. "Rising toward your
 *   target"
 */
char *
tandem_goal_summary_dup_trend_text (TandemGoalSummary *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_SUMMARY (self), NULL);

  switch (self->trend)
    {
    case TANDEM_TREND_TOWARD_TARGET:
      return g_strdup (self->decrease ? _("Falling toward the target") : _("Rising toward the target"));
    case TANDEM_TREND_STEADY:
      return g_strdup (_("Steady"));
    case TANDEM_TREND_AT_TARGET:
      return g_strdup (_("Steady at the target"));
    case TANDEM_TREND_AWAY_FROM_TARGET:
      return g_strdup (self->decrease ? _("Higher than earlier in this period")
                                      : _("Lower than earlier in this period"));
    case TANDEM_TREND_NOT_ENOUGH_DATA:
    default:
      return g_strdup (_("A few more weeks of entries will show a trend"));
    }
}
