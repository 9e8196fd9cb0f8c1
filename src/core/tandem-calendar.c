/* tandem-calendar.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-calendar"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tandem-calendar.h"
#include "tandem-date.h"
#include "tandem-goal.h"
#include "tandem-plans-private.h"
#include "tandem-store-private.h"

struct _TandemCalendarMonth
{
  GObject parent_instance;

  gint64            person_id;
  guint             year;
  guint             month;
  GDateWeekday      first_weekday;
  gint64            goal_id;
  TandemCalendarDay days[TANDEM_CALENDAR_N_DAYS];
};

G_DEFINE_FINAL_TYPE (TandemCalendarMonth, tandem_calendar_month, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (TandemCalendarDay, tandem_calendar_day,
                     tandem_calendar_day_copy, tandem_calendar_day_free)

/* One query per kind of marker, each over the whole grid and through an
 * index: a month costs six queries (seven with a goal), whatever the number
 * of rows. Calendar dates are compared as text; instants (UTC µs) between
 * the local midnights that bound the grid. */
enum {
  QUERY_CHECK_INS,
  QUERY_REST_DAYS,
  QUERY_HOMEWORK,
  QUERY_RESPONSES,
  QUERY_SESSIONS,
  QUERY_MISSED,
  N_QUERIES
};

static const TandemQueryPlan queries[N_QUERIES] = {
  [QUERY_CHECK_INS] = {
    "SELECT day, goal_id, value, rating, win FROM check_in "
    "WHERE person_id = ?1 AND day BETWEEN ?2 AND ?3",
    "check_in_person_day" },
  [QUERY_REST_DAYS] = {
    "SELECT day FROM rest_day WHERE person_id = ?1 AND day BETWEEN ?2 AND ?3",
    "sqlite_autoindex_rest_day_2" },
  [QUERY_HOMEWORK] = {
    "SELECT due_on, done_at FROM homework WHERE person_id = ?1 "
    "AND (due_on BETWEEN ?2 AND ?3 OR (done_at >= ?4 AND done_at < ?5))",
    "homework_person_due" },
  [QUERY_RESPONSES] = {
    "SELECT day, instrument, total FROM response "
    "WHERE person_id = ?1 AND day BETWEEN ?2 AND ?3",
    "response_person_day" },
  [QUERY_SESSIONS] = {
    "SELECT starts_at FROM therapy_session "
    "WHERE person_id = ?1 AND starts_at >= ?4 AND starts_at < ?5",
    "therapy_session_person" },
  [QUERY_MISSED] = {
    "SELECT f.due_at FROM reminder AS r "
    "JOIN reminder_firing AS f ON f.reminder_id = r.id "
    "WHERE r.person_id = ?1 AND f.outcome = 'missed' AND f.due_at >= ?4 AND f.due_at < ?5",
    "reminder_person" },
};

const TandemQueryPlan *
_tandem_calendar_month_get_queries (guint *n_queries)
{
  *n_queries = N_QUERIES;
  return queries;
}

TandemCalendarDay *
tandem_calendar_day_copy (const TandemCalendarDay *day)
{
  return g_memdup2 (day, sizeof *day);
}

void
tandem_calendar_day_free (TandemCalendarDay *day)
{
  g_free (day);
}

static void
tandem_calendar_month_class_init (TandemCalendarMonthClass *klass)
{
}

static void
tandem_calendar_month_init (TandemCalendarMonth *self)
{
}

/* Helpers ---------------------------------------------------------------- */

/* µs since the epoch of local midnight at the start of @date. */
static gint64
local_midnight (const GDate *date)
{
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_get_year (date),
                                                         g_date_get_month (date),
                                                         g_date_get_day (date), 0, 0, 0);

  return g_date_time_to_unix (midnight) * G_USEC_PER_SEC;
}

/* Index in the grid of the local date of the instant @usec, or -1. */
static int
index_of_instant (guint32 first_julian,
                  gint64  usec)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (usec / G_USEC_PER_SEC);
  int year, month, mday;
  GDate date;
  gint64 index;

  if (local == NULL)
    return -1;

  g_date_time_get_ymd (local, &year, &month, &mday);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, mday, month, year);
  index = (gint64) g_date_get_julian (&date) - first_julian;

  return index >= 0 && index < TANDEM_CALENDAR_N_DAYS ? (int) index : -1;
}

static int
index_of_day (guint32     first_julian,
              const char *day)
{
  GDate date;
  gint64 index;

  if (!tandem_date_parse (day, &date))
    return -1;

  index = (gint64) g_date_get_julian (&date) - first_julian;
  return index >= 0 && index < TANDEM_CALENDAR_N_DAYS ? (int) index : -1;
}

static gboolean
finish_query (TandemStore   *store,
              sqlite3_stmt  *stmt,
              int            rc,
              GError       **error)
{
  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }

  rc = sqlite3_extended_errcode (_tandem_store_get_db (store));
  sqlite3_reset (stmt);
  _tandem_store_set_error (store, rc, error);
  return FALSE;
}

/* Days a goal's baseline and target are meant over, so that a weekly target
 * of counts can be compared with one day's count. */
static double
period_days (TandemPeriod period)
{
  switch (period)
    {
    case TANDEM_PERIOD_WEEK:
      return 7;
    case TANDEM_PERIOD_MONTH:
      return 30;
    case TANDEM_PERIOD_DAY:
    case TANDEM_PERIOD_NONE:
    default:
      return 1;
    }
}

/* Places each day's value between the goal's baseline (0) and target (1).
 *
 * Counts and yes/no: baseline and target are divided by the days of the
 * goal's period (a weekly target of 7 is 1 a day); without a baseline the
 * start is 0 (or, for a goal to decrease, the largest value of the grid);
 * without a target the end is the largest value of the grid (or 0).
 * Ratings: without a baseline or target, the ends of the 0–10 scale in the
 * goal's direction. Questionnaire totals: both must be given.
 * Because the fraction is (value − baseline) / (target − baseline), a goal
 * to decrease gets 1 at or below its target and 0 at or above its baseline. */
static void
set_intensities (TandemCalendarMonth *self,
                 TandemGoal          *goal)
{
  TandemMeasureKind kind = tandem_goal_get_measure_kind (goal);
  gboolean decrease = tandem_goal_get_direction (goal) == TANDEM_DIRECTION_DECREASE;
  double baseline = tandem_goal_get_baseline (goal);
  double target = tandem_goal_get_target (goal);
  double largest = 0;

  for (guint i = 0; i < TANDEM_CALENDAR_N_DAYS; i++)
    if (!isnan (self->days[i].value))
      largest = MAX (largest, self->days[i].value);

  switch (kind)
    {
    case TANDEM_MEASURE_COUNT:
    case TANDEM_MEASURE_YES_NO:
    case TANDEM_MEASURE_NONE:
    default:
      {
        double days = period_days (tandem_goal_get_measure_period (goal));

        baseline = isnan (baseline) ? (decrease ? largest : 0) : baseline / days;
        target = isnan (target) ? (decrease ? 0 : largest) : target / days;
      }
      break;

    case TANDEM_MEASURE_RATING:
      if (isnan (baseline))
        baseline = decrease ? 10 : 0;
      if (isnan (target))
        target = decrease ? 0 : 10;
      break;

    case TANDEM_MEASURE_QUESTIONNAIRE:
      break;
    }

  for (guint i = 0; i < TANDEM_CALENDAR_N_DAYS; i++)
    {
      TandemCalendarDay *day = &self->days[i];

      if (isnan (day->value) || isnan (baseline) || isnan (target))
        day->intensity = NAN;
      else if (target == baseline)
        day->intensity = (decrease ? day->value <= target : day->value >= target) ? 1 : 0;
      else
        day->intensity = CLAMP ((day->value - baseline) / (target - baseline), 0, 1);
    }
}

/* Public API ------------------------------------------------------------- */

/**
 * tandem_calendar_get_grid_range:
 * @year: the year
 * @month: 1 to 12
 * @first_weekday: the weekday of the grid's first column (from the locale)
 * @first: (out caller-allocates): the first day of the grid
 * @last: (out caller-allocates): the last day of the grid
 *
 * A month grid has six weeks: it starts on the last @first_weekday on or
 * before the 1st of the month and ends 41 days later.
 */
void
tandem_calendar_get_grid_range (guint         year,
                                guint         month,
                                GDateWeekday  first_weekday,
                                GDate        *first,
                                GDate        *last)
{
  int back;

  g_return_if_fail (month >= 1 && month <= 12);
  g_return_if_fail (g_date_valid_weekday (first_weekday));
  g_return_if_fail (first != NULL && last != NULL);

  g_date_clear (first, 1);
  g_date_set_dmy (first, 1, month, year);
  back = ((int) g_date_get_weekday (first) - (int) first_weekday + 7) % 7;
  g_date_subtract_days (first, back);

  *last = *first;
  g_date_add_days (last, TANDEM_CALENDAR_N_DAYS - 1);
}

/**
 * tandem_calendar_month_load:
 * @store: the store
 * @person_id: whose calendar
 * @year: the year, 1 to 9999
 * @month: 1 to 12
 * @first_weekday: the weekday of the grid's first column
 * @goal_id: the goal whose value sets each day's intensity, or 0
 * @error: a %TANDEM_STORE_ERROR
 *
 * Reads what the calendar shows for the 42 days of the month grid: check-ins
 * and wins, the chosen goal's value, rest days, homework due and done,
 * questionnaires taken, therapy sessions and missed reminders. Instants are
 * placed on the local date they fall on.
 *
 * Returns: (transfer full): the month, or %NULL with @error set
 */
TandemCalendarMonth *
tandem_calendar_month_load (TandemStore   *store,
                            gint64         person_id,
                            guint          year,
                            guint          month,
                            GDateWeekday   first_weekday,
                            gint64         goal_id,
                            GError       **error)
{
  g_autoptr(TandemCalendarMonth) self = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autofree char *from_day = NULL;
  g_autofree char *to_day = NULL;
  const char *instrument = NULL;
  TandemMeasureKind kind = TANDEM_MEASURE_NONE;
  guint n_values[TANDEM_CALENDAR_N_DAYS] = { 0 };
  GDate first, last, after;
  guint32 first_julian;
  gint64 from_usec, to_usec;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (year >= 1 && year <= 9999, NULL);
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);
  g_return_val_if_fail (g_date_valid_weekday (first_weekday), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (goal_id != 0)
    {
      if (!(goal = tandem_store_get (store, TANDEM_TYPE_GOAL, goal_id, error)))
        return NULL;
      kind = tandem_goal_get_measure_kind (goal);
      if (kind == TANDEM_MEASURE_QUESTIONNAIRE)
        instrument = tandem_goal_get_instrument (goal);
    }

  self = g_object_new (TANDEM_TYPE_CALENDAR_MONTH, NULL);
  self->person_id = person_id;
  self->year = year;
  self->month = month;
  self->first_weekday = first_weekday;
  self->goal_id = goal_id;

  tandem_calendar_get_grid_range (year, month, first_weekday, &first, &last);
  first_julian = g_date_get_julian (&first);
  after = last;
  g_date_add_days (&after, 1);
  from_usec = local_midnight (&first);
  to_usec = local_midnight (&after);

  for (guint i = 0; i < TANDEM_CALENDAR_N_DAYS; i++)
    {
      TandemCalendarDay *day = &self->days[i];
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, first_julian + i);
      g_snprintf (day->date, sizeof day->date, "%04u-%02u-%02u",
                  g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
      day->day_of_month = g_date_get_day (&date);
      day->in_month = g_date_get_month (&date) == month;
      day->value = NAN;
      day->intensity = NAN;
    }

  from_day = g_strdup (self->days[0].date);
  to_day = g_strdup (self->days[TANDEM_CALENDAR_N_DAYS - 1].date);

  for (guint q = 0; q < N_QUERIES; q++)
    {
      sqlite3_stmt *stmt;
      int rc;

      if (!(stmt = _tandem_store_prepare (store, queries[q].sql, error)))
        return NULL;

      sqlite3_bind_int64 (stmt, 1, person_id);
      if (sqlite3_bind_parameter_count (stmt) >= 3)
        {
          sqlite3_bind_text (stmt, 2, from_day, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 3, to_day, -1, SQLITE_STATIC);
        }
      if (sqlite3_bind_parameter_count (stmt) >= 5)
        {
          sqlite3_bind_int64 (stmt, 4, from_usec);
          sqlite3_bind_int64 (stmt, 5, to_usec);
        }

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          int i;

          switch (q)
            {
            case QUERY_CHECK_INS:
              if ((i = index_of_day (first_julian, (const char *) sqlite3_column_text (stmt, 0))) < 0)
                break;
              self->days[i].n_check_ins++;
              if (sqlite3_column_int (stmt, 4))
                self->days[i].win = TRUE;
              if (goal_id != 0 && instrument == NULL && sqlite3_column_int64 (stmt, 1) == goal_id)
                {
                  /* Counts add up over a day; ratings are averaged. */
                  int column = sqlite3_column_type (stmt, 2) != SQLITE_NULL ? 2 : 3;
                  double value;

                  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
                    break;
                  value = sqlite3_column_double (stmt, column);
                  if (isnan (self->days[i].value))
                    self->days[i].value = 0;
                  if (column == 2 && kind != TANDEM_MEASURE_RATING)
                    self->days[i].value += value;
                  else
                    self->days[i].value += (value - self->days[i].value) / ++n_values[i];
                }
              break;

            case QUERY_REST_DAYS:
              if ((i = index_of_day (first_julian, (const char *) sqlite3_column_text (stmt, 0))) >= 0)
                self->days[i].rest_day = TRUE;
              break;

            case QUERY_HOMEWORK:
              if ((i = index_of_day (first_julian, (const char *) sqlite3_column_text (stmt, 0))) >= 0)
                self->days[i].homework_due++;
              if (sqlite3_column_type (stmt, 1) != SQLITE_NULL &&
                  (i = index_of_instant (first_julian, sqlite3_column_int64 (stmt, 1))) >= 0)
                self->days[i].homework_done++;
              break;

            case QUERY_RESPONSES:
              if ((i = index_of_day (first_julian, (const char *) sqlite3_column_text (stmt, 0))) < 0)
                break;
              self->days[i].questionnaires++;
              if (instrument != NULL &&
                  g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), instrument) == 0 &&
                  sqlite3_column_type (stmt, 2) != SQLITE_NULL)
                {
                  if (isnan (self->days[i].value))
                    self->days[i].value = 0;
                  self->days[i].value += (sqlite3_column_double (stmt, 2) - self->days[i].value)
                                         / ++n_values[i];
                }
              break;

            case QUERY_SESSIONS:
              if ((i = index_of_instant (first_julian, sqlite3_column_int64 (stmt, 0))) >= 0)
                self->days[i].therapy_sessions++;
              break;

            case QUERY_MISSED:
              if ((i = index_of_instant (first_julian, sqlite3_column_int64 (stmt, 0))) >= 0)
                self->days[i].missed_reminders++;
              break;

            default:
              g_assert_not_reached ();
            }
        }

      if (!finish_query (store, stmt, rc, error))
        return NULL;
    }

  if (goal != NULL)
    set_intensities (self, goal);

  return g_steal_pointer (&self);
}

gint64
tandem_calendar_month_get_person_id (TandemCalendarMonth *self)
{
  g_return_val_if_fail (TANDEM_IS_CALENDAR_MONTH (self), 0);

  return self->person_id;
}

guint
tandem_calendar_month_get_year (TandemCalendarMonth *self)
{
  g_return_val_if_fail (TANDEM_IS_CALENDAR_MONTH (self), 0);

  return self->year;
}

guint
tandem_calendar_month_get_month (TandemCalendarMonth *self)
{
  g_return_val_if_fail (TANDEM_IS_CALENDAR_MONTH (self), 0);

  return self->month;
}

GDateWeekday
tandem_calendar_month_get_first_weekday (TandemCalendarMonth *self)
{
  g_return_val_if_fail (TANDEM_IS_CALENDAR_MONTH (self), G_DATE_BAD_WEEKDAY);

  return self->first_weekday;
}

gint64
tandem_calendar_month_get_goal_id (TandemCalendarMonth *self)
{
  g_return_val_if_fail (TANDEM_IS_CALENDAR_MONTH (self), 0);

  return self->goal_id;
}

/**
 * tandem_calendar_month_get_first_day:
 *
 * Returns: the first date of the grid, "YYYY-MM-DD"
 */
const char *
tandem_calendar_month_get_first_day (TandemCalendarMonth *self)
{
  g_return_val_if_fail (TANDEM_IS_CALENDAR_MONTH (self), NULL);

  return self->days[0].date;
}

/**
 * tandem_calendar_month_get_last_day:
 *
 * Returns: the last date of the grid, "YYYY-MM-DD"
 */
const char *
tandem_calendar_month_get_last_day (TandemCalendarMonth *self)
{
  g_return_val_if_fail (TANDEM_IS_CALENDAR_MONTH (self), NULL);

  return self->days[TANDEM_CALENDAR_N_DAYS - 1].date;
}

/**
 * tandem_calendar_month_get_day:
 * @index: 0 to %TANDEM_CALENDAR_N_DAYS - 1, row by row
 *
 * Returns: (transfer none): the day at @index of the grid
 */
const TandemCalendarDay *
tandem_calendar_month_get_day (TandemCalendarMonth *self,
                               guint                index)
{
  g_return_val_if_fail (TANDEM_IS_CALENDAR_MONTH (self), NULL);
  g_return_val_if_fail (index < TANDEM_CALENDAR_N_DAYS, NULL);

  return &self->days[index];
}

/**
 * tandem_calendar_month_find_day:
 * @date: "YYYY-MM-DD"
 *
 * Returns: the index of @date in the grid, or -1 when it is not shown
 */
int
tandem_calendar_month_find_day (TandemCalendarMonth *self,
                                const char          *date)
{
  GDate first;

  g_return_val_if_fail (TANDEM_IS_CALENDAR_MONTH (self), -1);

  if (!tandem_date_parse (self->days[0].date, &first))
    return -1;

  return index_of_day (g_date_get_julian (&first), date);
}
