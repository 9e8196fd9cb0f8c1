/* tandem-streak.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-streak"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-plans-private.h"
#include "tandem-quick-check-in.h"
#include "tandem-store-private.h"
#include "tandem-streak.h"

/* Runs of days with a check-in, told kindly.
 *
 * A run is a series of days with at least one check-in where each gap
 * between two of them consists of rest days only: rest days neither break
 * a run nor add to its length. The current run is the one that ends on the
 * last day with a check-in, as long as every day between that day and today
 * is a rest day; today itself is not over, so a run that ended yesterday
 * is still current. The longest run is taken over everything up to today. */

struct _TandemStreak
{
  GObject parent_instance;

  char  *today;
  guint  year;
  guint  month;
  guint  days_in_month;
  guint  current_run;
  guint  longest_run;
};

G_DEFINE_FINAL_TYPE (TandemStreak, tandem_streak, G_TYPE_OBJECT)

enum {
  QUERY_CHECK_IN_DAYS,
  QUERY_REST_DAYS,
  N_QUERIES
};

static const TandemQueryPlan queries[N_QUERIES] = {
  [QUERY_CHECK_IN_DAYS] = {
    "SELECT DISTINCT day FROM check_in WHERE person_id = ?1 AND day <= ?2 ORDER BY day",
    "check_in_person_day" },
  [QUERY_REST_DAYS] = {
    "SELECT day FROM rest_day WHERE person_id = ?1 AND day <= ?2 ORDER BY day",
    "sqlite_autoindex_rest_day_2" },
};

const TandemQueryPlan *
_tandem_streak_get_queries (guint *n_queries)
{
  *n_queries = N_QUERIES;
  return queries;
}

static void
tandem_streak_finalize (GObject *object)
{
  TandemStreak *self = TANDEM_STREAK (object);

  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (tandem_streak_parent_class)->finalize (object);
}

static void
tandem_streak_class_init (TandemStreakClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tandem_streak_finalize;
}

static void
tandem_streak_init (TandemStreak *self)
{
}

/* Reads the days of one query as Julian day numbers, in order. */
static GArray *
read_days (TandemStore   *store,
           const char    *sql,
           gint64         person_id,
           const char    *today,
           GError       **error)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _tandem_store_prepare (store, sql, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GDate date;
      guint32 julian;

      if (!tandem_date_parse ((const char *) sqlite3_column_text (stmt, 0), &date))
        continue;
      julian = g_date_get_julian (&date);
      g_array_append_val (days, julian);
    }

  if (rc != SQLITE_DONE)
    {
      rc = sqlite3_extended_errcode (_tandem_store_get_db (store));
      sqlite3_reset (stmt);
      _tandem_store_set_error (store, rc, error);
      return NULL;
    }

  sqlite3_reset (stmt);
  return g_steal_pointer (&days);
}

/* Whether every day after @from and before @to is a rest day; @rest is
 * sorted and *@cursor moves forward only. */
static gboolean
only_rest_between (GArray  *rest,
                   guint   *cursor,
                   guint32  from,
                   guint32  to)
{
  guint32 needed = to - from - 1;
  guint found = 0;

  while (*cursor < rest->len && g_array_index (rest, guint32, *cursor) <= from)
    (*cursor)++;

  for (guint i = *cursor; i < rest->len && g_array_index (rest, guint32, i) < to; i++)
    found++;

  return found == needed;
}

/**
 * tandem_streak_load:
 * @store: the store
 * @person_id: whose check-ins
 * @year: the year of the month to count
 * @month: the month to count, 1 to 12
 * @today: (nullable): today's local date, "YYYY-MM-DD"; %NULL for the
 *   store's clock
 * @error: a %TANDEM_STORE_ERROR
 *
 * Counts the days with a check-in in the month, and the current and the
 * longest run of days with a check-in up to @today, where rest days do not
 * break a run.
 *
 * Returns: (transfer full): the streak, or %NULL with @error set
 */
TandemStreak *
tandem_streak_load (TandemStore  *store,
                    gint64        person_id,
                    guint         year,
                    guint         month,
                    const char   *today,
                    GError      **error)
{
  g_autoptr(TandemStreak) self = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) rest = NULL;
  GDate today_date, month_start, month_end;
  guint32 month_first, month_last, today_julian;
  guint cursor = 0, run = 0;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (year >= 1 && year <= 9999, NULL);
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);
  g_return_val_if_fail (today == NULL || tandem_date_is_valid (today), NULL);

  self = g_object_new (TANDEM_TYPE_STREAK, NULL);
  self->today = today ? g_strdup (today) : tandem_quick_check_in_dup_today (store);
  self->year = year;
  self->month = month;

  if (!(days = read_days (store, queries[QUERY_CHECK_IN_DAYS].sql, person_id, self->today, error)) ||
      !(rest = read_days (store, queries[QUERY_REST_DAYS].sql, person_id, self->today, error)))
    return NULL;

  tandem_date_parse (self->today, &today_date);
  today_julian = g_date_get_julian (&today_date);
  g_date_clear (&month_start, 1);
  g_date_set_dmy (&month_start, 1, month, year);
  month_end = month_start;
  g_date_add_days (&month_end, g_date_get_days_in_month (month, year) - 1);
  month_first = g_date_get_julian (&month_start);
  month_last = g_date_get_julian (&month_end);

  for (guint i = 0; i < days->len; i++)
    {
      guint32 day = g_array_index (days, guint32, i);

      if (day >= month_first && day <= month_last)
        self->days_in_month++;

      if (i > 0 && only_rest_between (rest, &cursor, g_array_index (days, guint32, i - 1), day))
        run++;
      else
        run = 1;

      self->longest_run = MAX (self->longest_run, run);
    }

  /* The last run is current when only rest days (and today) follow it. */
  if (days->len > 0)
    {
      guint32 last = g_array_index (days, guint32, days->len - 1);

      if (last == today_julian || only_rest_between (rest, &cursor, last, today_julian))
        self->current_run = run;
    }

  return g_steal_pointer (&self);
}

/**
 * tandem_streak_get_days_in_month:
 *
 * Returns: how many days of the month have a check-in, up to today
 */
guint
tandem_streak_get_days_in_month (TandemStreak *self)
{
  g_return_val_if_fail (TANDEM_IS_STREAK (self), 0);

  return self->days_in_month;
}

/**
 * tandem_streak_get_current_run:
 *
 * Returns: the days with a check-in of the run that goes on until today,
 *   or 0
 */
guint
tandem_streak_get_current_run (TandemStreak *self)
{
  g_return_val_if_fail (TANDEM_IS_STREAK (self), 0);

  return self->current_run;
}

/**
 * tandem_streak_get_longest_run:
 *
 * Returns: the days with a check-in of the longest run up to today
 */
guint
tandem_streak_get_longest_run (TandemStreak *self)
{
  g_return_val_if_fail (TANDEM_IS_STREAK (self), 0);

  return self->longest_run;
}

const char *
tandem_streak_get_today (TandemStreak *self)
{
  g_return_val_if_fail (TANDEM_IS_STREAK (self), NULL);

  return self->today;
}

/**
 * tandem_streak_dup_month_text:
 *
 * Returns: (transfer full): the days with a check-in in the month, in
 *   encouraging words: "12 days with a check-in this month"
 */
char *
tandem_streak_dup_month_text (TandemStreak *self)
{
  g_autoptr(GDateTime) month_date = NULL;
  g_autofree char *month_name = NULL;
  GDate today;

  g_return_val_if_fail (TANDEM_IS_STREAK (self), NULL);

  tandem_date_parse (self->today, &today);
  if (g_date_get_year (&today) == self->year && g_date_get_month (&today) == self->month)
    {
      if (self->days_in_month == 0)
        return g_strdup (_("No check-ins yet this month. Any day is a good day to start."));

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u day with a check-in this month",
                                           "%u days with a check-in this month",
                                           self->days_in_month),
                              self->days_in_month);
    }

  month_date = g_date_time_new_utc (self->year, self->month, 1, 0, 0, 0);
  /* Translators: a month and its year, e.g. "March 2026"; see strftime(3). */
  month_name = g_date_time_format (month_date, C_("month and year", "%OB %Y"));

  if (self->days_in_month == 0)
    /* Translators: %s is a month and its year, e.g. "March 2026". */
    return g_strdup_printf (_("No check-ins in %s."), month_name);

  /* Translators: %u is a number of days, %s a month and its year. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day with a check-in in %s",
                                       "%u days with a check-in in %s",
                                       self->days_in_month),
                          self->days_in_month, month_name);
}

/**
 * tandem_streak_dup_current_run_text:
 *
 * Returns: (transfer full): the current run in encouraging words
 */
char *
tandem_streak_dup_current_run_text (TandemStreak *self)
{
  g_return_val_if_fail (TANDEM_IS_STREAK (self), NULL);

  if (self->current_run == 0)
    return g_strdup (_("A new run starts with your next check-in."));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u day with a check-in in a row",
                                       "%u days with a check-in in a row",
                                       self->current_run),
                          self->current_run);
}

/**
 * tandem_streak_dup_longest_run_text:
 *
 * Returns: (transfer full): the longest run in encouraging words
 */
char *
tandem_streak_dup_longest_run_text (TandemStreak *self)
{
  g_return_val_if_fail (TANDEM_IS_STREAK (self), NULL);

  if (self->longest_run == 0)
    return g_strdup (_("Your runs of check-ins will show here."));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Your longest run: %u day with a check-in",
                                       "Your longest run: %u days with a check-in",
                                       self->longest_run),
                          self->longest_run);
}
