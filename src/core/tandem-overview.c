/* tandem-overview.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-overview"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-date.h"
#include "tandem-goal.h"
#include "tandem-overview.h"
#include "tandem-person.h"
#include "tandem-plans-private.h"
#include "tandem-store-private.h"

/* What happened for one person since their last therapy session: the
 * "since last session" overview of the therapist's client screen and of the
 * client's own.
 *
 * The period runs from a first day to "today", both local dates and both
 * inclusive. Without a first day it starts on the local date of the
 * person's latest therapy session that began before "now", or, without
 * one, 14 days before and including today. "Today" and "now" are passed in,
 * so the same database gives the same overview.
 *
 * Nothing here makes a clinical judgement of its own: bands and reliable
 * change come from the questionnaire's definition through
 * tandem_scale_compare(), goal trends from #TandemGoalSummary. */

#define DEFAULT_DAYS 14

struct _TandemOverview
{
  GObject parent_instance;

  gint64  person_id;
  char   *from;
  char   *to;
  gint64  session_id;
  gint64  session_starts_at;

  guint   n_days;
  guint   n_check_in_days;
  guint   n_rest_days;
  guint   n_homework_due;
  guint   n_homework_done;

  GArray *flags;      /* TandemOverviewFlag */
  GArray *homework;   /* TandemOverviewHomework */
  GArray *weeks;      /* TandemOverviewWeek */
  GArray *scales;     /* TandemOverviewScale */
  GArray *goals;      /* TandemOverviewGoal */
  GArray *wins;       /* TandemOverviewWin */
  GArray *stressors;  /* TandemOverviewStressor */
};

G_DEFINE_FINAL_TYPE (TandemOverview, tandem_overview, G_TYPE_OBJECT)

enum {
  QUERY_LAST_SESSION,
  QUERY_CURRENT_SESSION,
  QUERY_FLAGS,
  QUERY_CHECK_INS,
  QUERY_REST_DAYS,
  QUERY_HOMEWORK,
  QUERY_INSTRUMENTS,
  QUERY_LATEST_RESPONSES,
  N_QUERIES
};

static const TandemQueryPlan queries[N_QUERIES] = {
  [QUERY_LAST_SESSION] = {
    "SELECT id, starts_at FROM therapy_session "
    "WHERE person_id = ?1 AND starts_at < ?2 ORDER BY starts_at DESC LIMIT 1",
    "therapy_session_person" },
  [QUERY_CURRENT_SESSION] = {
    "SELECT id FROM therapy_session "
    "WHERE person_id = ?1 AND starts_at >= ?2 AND starts_at + duration_minutes * 60000000 > ?3 "
    "ORDER BY starts_at LIMIT 1",
    "therapy_session_person" },
  [QUERY_FLAGS] = {
    "SELECT id, instrument, day, taken_at, total FROM response "
    "WHERE person_id = ?1 AND safety_flag = 1 AND day BETWEEN ?2 AND ?3 "
    "ORDER BY day DESC, taken_at DESC",
    /* The person's responses in the period, few enough to filter. */
    "response_person_day" },
  [QUERY_CHECK_INS] = {
    "SELECT id, day, goal_id, note, stressors, win FROM check_in "
    "WHERE person_id = ?1 AND day BETWEEN ?2 AND ?3 ORDER BY day DESC, id DESC",
    "check_in_person_day" },
  [QUERY_REST_DAYS] = {
    "SELECT day FROM rest_day WHERE person_id = ?1 AND day BETWEEN ?2 AND ?3",
    "sqlite_autoindex_rest_day_2" },
  [QUERY_HOMEWORK] = {
    "SELECT id, title, due_on, done_at FROM homework WHERE person_id = ?1 "
    "AND (due_on BETWEEN ?2 AND ?3 OR (done_at >= ?4 AND done_at < ?5)) "
    "ORDER BY due_on, id",
    "homework_person_due" },
  [QUERY_INSTRUMENTS] = {
    "SELECT instrument, count(*) FROM response "
    "WHERE person_id = ?1 AND day BETWEEN ?2 AND ?3 GROUP BY instrument ORDER BY instrument",
    "response_person_instrument_day" },
  [QUERY_LATEST_RESPONSES] = {
    "SELECT day, total, band FROM response "
    "WHERE person_id = ?1 AND instrument = ?2 AND day <= ?3 "
    "ORDER BY day DESC, taken_at DESC LIMIT 2",
    "response_person_instrument_day" },
};

const TandemQueryPlan *
_tandem_overview_get_queries (guint *n_queries)
{
  *n_queries = N_QUERIES;
  return queries;
}

/* Boilerplate ------------------------------------------------------------- */

static void
clear_flag (gpointer data)
{
  TandemOverviewFlag *flag = data;

  g_free (flag->instrument);
  g_free (flag->short_name);
}

static void
clear_homework (gpointer data)
{
  TandemOverviewHomework *homework = data;

  g_free (homework->title);
  g_free (homework->due_on);
  g_free (homework->done_on);
}

static void
clear_scale (gpointer data)
{
  TandemOverviewScale *scale = data;

  g_free (scale->instrument);
  g_free (scale->short_name);
  g_free (scale->band_label);
}

static void
clear_goal (gpointer data)
{
  TandemOverviewGoal *goal = data;

  g_free (goal->title);
  g_free (goal->unit);
  g_free (goal->trend_text);
}

static void
clear_win (gpointer data)
{
  TandemOverviewWin *win = data;

  g_free (win->note);
}

static void
clear_stressor (gpointer data)
{
  TandemOverviewStressor *stressor = data;

  g_free (stressor->stressor);
}

static GArray *
new_array (gsize          element_size,
           GDestroyNotify clear_func)
{
  GArray *array = g_array_new (FALSE, TRUE, element_size);

  if (clear_func != NULL)
    g_array_set_clear_func (array, clear_func);
  return array;
}

static void
tandem_overview_finalize (GObject *object)
{
  TandemOverview *self = TANDEM_OVERVIEW (object);

  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);
  g_clear_pointer (&self->flags, g_array_unref);
  g_clear_pointer (&self->homework, g_array_unref);
  g_clear_pointer (&self->weeks, g_array_unref);
  g_clear_pointer (&self->scales, g_array_unref);
  g_clear_pointer (&self->goals, g_array_unref);
  g_clear_pointer (&self->wins, g_array_unref);
  g_clear_pointer (&self->stressors, g_array_unref);

  G_OBJECT_CLASS (tandem_overview_parent_class)->finalize (object);
}

static void
tandem_overview_class_init (TandemOverviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tandem_overview_finalize;
}

static void
tandem_overview_init (TandemOverview *self)
{
  self->flags = new_array (sizeof (TandemOverviewFlag), clear_flag);
  self->homework = new_array (sizeof (TandemOverviewHomework), clear_homework);
  self->weeks = new_array (sizeof (TandemOverviewWeek), NULL);
  self->scales = new_array (sizeof (TandemOverviewScale), clear_scale);
  self->goals = new_array (sizeof (TandemOverviewGoal), clear_goal);
  self->wins = new_array (sizeof (TandemOverviewWin), clear_win);
  self->stressors = new_array (sizeof (TandemOverviewStressor), clear_stressor);
}

/* Helpers ----------------------------------------------------------------- */

static gboolean
finish_rows (TandemStore   *store,
             sqlite3_stmt  *stmt,
             int            rc,
             GError       **error)
{
  if (rc != SQLITE_DONE)
    {
      rc = sqlite3_extended_errcode (_tandem_store_get_db (store));
      sqlite3_reset (stmt);
      _tandem_store_set_error (store, rc, error);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL && text[0] != '\0' ? g_strdup (text) : NULL;
}

static void
copy_day (char        dest[11],
          const char *day)
{
  g_strlcpy (dest, day != NULL ? day : "", 11);
}

/* The local date of the instant @usec, "YYYY-MM-DD". */
static char *
local_date_of (gint64 usec)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (usec / G_USEC_PER_SEC);

  return local != NULL ? g_date_time_format (local, "%Y-%m-%d") : NULL;
}

/* µs since the epoch of local midnight at the start of @day. */
static gint64
local_midnight (const char *day)
{
  g_autoptr(GDateTime) midnight = NULL;
  GDate date;

  if (!tandem_date_parse (day, &date))
    return 0;
  midnight = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                    g_date_get_day (&date), 0, 0, 0);
  return midnight != NULL ? g_date_time_to_unix (midnight) * G_USEC_PER_SEC : 0;
}

static const char *
short_name_of (TandemScaleRegistry *registry,
               const char          *instrument)
{
  TandemScale *scale = registry != NULL ? tandem_scale_registry_lookup (registry, instrument) : NULL;

  return scale != NULL ? tandem_scale_get_short_name (scale) : instrument;
}

/* Index of the ISO week (Monday first) of @day among the weeks from the
 * Monday on or before the period's first day. */
static guint
week_index (TandemOverview *self,
            const char     *day)
{
  return (guint) ((tandem_date_days_between (self->weeks->len > 0 ?
                                             g_array_index (self->weeks, TandemOverviewWeek, 0).week_start :
                                             self->from,
                                             day)) / 7);
}

/* Parts ------------------------------------------------------------------- */

static gboolean
find_period (TandemOverview  *self,
             TandemStore     *store,
             const char      *since,
             const char      *today,
             gint64           now,
             GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  self->to = g_strdup (today);

  if (since != NULL)
    {
      self->from = g_strdup (since);
      return TRUE;
    }

  if (!(stmt = _tandem_store_prepare (store, queries[QUERY_LAST_SESSION].sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->person_id);
  sqlite3_bind_int64 (stmt, 2, now);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      self->session_id = sqlite3_column_int64 (stmt, 0);
      self->session_starts_at = sqlite3_column_int64 (stmt, 1);
      rc = sqlite3_step (stmt);
    }
  if (!finish_rows (store, stmt, rc, error))
    return FALSE;

  if (self->session_id != 0)
    {
      self->from = local_date_of (self->session_starts_at);
      /* A "now" later than "today" (a caller's mistake) still gives a period. */
      if (self->from != NULL && tandem_date_days_between (self->from, today) < 0)
        {
          g_free (self->from);
          self->from = g_strdup (today);
        }
    }

  if (self->from == NULL)
    self->from = tandem_date_add_days (today, -(DEFAULT_DAYS - 1));

  return TRUE;
}

static gboolean
load_flags (TandemOverview       *self,
            TandemStore          *store,
            TandemScaleRegistry  *registry,
            GError              **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _tandem_store_prepare (store, queries[QUERY_FLAGS].sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->person_id);
  sqlite3_bind_text (stmt, 2, self->from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, self->to, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemOverviewFlag flag = { 0 };
      const char *instrument = (const char *) sqlite3_column_text (stmt, 1);

      flag.response_id = sqlite3_column_int64 (stmt, 0);
      flag.instrument = g_strdup (instrument);
      flag.short_name = g_strdup (short_name_of (registry, instrument));
      copy_day (flag.day, (const char *) sqlite3_column_text (stmt, 2));
      flag.taken_at = sqlite3_column_int64 (stmt, 3);
      flag.score = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 4);
      g_array_append_val (self->flags, flag);
    }

  return finish_rows (store, stmt, rc, error);
}

static int
compare_stressors (gconstpointer a,
                   gconstpointer b)
{
  const TandemOverviewStressor *sa = a, *sb = b;

  if (sa->count != sb->count)
    return sa->count > sb->count ? -1 : 1;
  return g_utf8_collate (sa->stressor, sb->stressor);
}

/* Check-in days, wins and stressors, from one pass over the period's
 * check-ins; then the rest days without a check-in. */
static gboolean
load_check_ins (TandemOverview  *self,
                TandemStore     *store,
                GError         **error)
{
  g_autoptr(GHashTable) days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) stressor_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _tandem_store_prepare (store, queries[QUERY_CHECK_INS].sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->person_id);
  sqlite3_bind_text (stmt, 2, self->from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, self->to, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *day = (const char *) sqlite3_column_text (stmt, 1);
      const char *stressors = (const char *) sqlite3_column_text (stmt, 4);

      if (day != NULL)
        g_hash_table_add (days, g_strdup (day));

      if (sqlite3_column_int (stmt, 5) != 0)
        {
          TandemOverviewWin win = { 0 };

          win.check_in_id = sqlite3_column_int64 (stmt, 0);
          copy_day (win.day, day);
          win.goal_id = sqlite3_column_int64 (stmt, 2);
          win.note = column_dup (stmt, 3);
          g_array_append_val (self->wins, win);
        }

      if (stressors != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (stressors, ",", -1);

          for (guint i = 0; parts[i] != NULL; i++)
            {
              const char *stressor = g_strstrip (parts[i]);
              char *key;
              gpointer index;

              if (stressor[0] == '\0')
                continue;

              key = g_utf8_casefold (stressor, -1);
              if (g_hash_table_lookup_extended (stressor_index, key, NULL, &index))
                {
                  g_array_index (self->stressors, TandemOverviewStressor,
                                 GPOINTER_TO_UINT (index)).count++;
                  g_free (key);
                }
              else
                {
                  TandemOverviewStressor entry = { g_strdup (stressor), 1 };

                  g_hash_table_insert (stressor_index, key, GUINT_TO_POINTER (self->stressors->len));
                  g_array_append_val (self->stressors, entry);
                }
            }
        }
    }

  if (!finish_rows (store, stmt, rc, error))
    return FALSE;

  g_array_sort (self->stressors, compare_stressors);
  self->n_check_in_days = g_hash_table_size (days);

  if (!(stmt = _tandem_store_prepare (store, queries[QUERY_REST_DAYS].sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->person_id);
  sqlite3_bind_text (stmt, 2, self->from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, self->to, -1, SQLITE_STATIC);

  /* A rest day with a check-in counts as a day with a check-in. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!g_hash_table_contains (days, sqlite3_column_text (stmt, 0)))
      self->n_rest_days++;

  return finish_rows (store, stmt, rc, error);
}

static gboolean
load_homework (TandemOverview  *self,
               TandemStore     *store,
               GError         **error)
{
  g_autofree char *after_to = tandem_date_add_days (self->to, 1);
  GDate from, to, monday;
  sqlite3_stmt *stmt;
  int rc;

  /* The weeks of the period, from the Monday on or before its first day. */
  tandem_date_parse (self->from, &from);
  tandem_date_parse (self->to, &to);
  monday = from;
  g_date_subtract_days (&monday, g_date_get_weekday (&monday) - G_DATE_MONDAY);
  while (g_date_compare (&monday, &to) <= 0)
    {
      TandemOverviewWeek week = { { 0 } };

      g_snprintf (week.week_start, sizeof week.week_start, "%04u-%02u-%02u",
                  g_date_get_year (&monday), g_date_get_month (&monday), g_date_get_day (&monday));
      g_array_append_val (self->weeks, week);
      g_date_add_days (&monday, 7);
    }

  if (!(stmt = _tandem_store_prepare (store, queries[QUERY_HOMEWORK].sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->person_id);
  sqlite3_bind_text (stmt, 2, self->from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, self->to, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, local_midnight (self->from));
  sqlite3_bind_int64 (stmt, 5, local_midnight (after_to));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemOverviewHomework homework = { 0 };
      gint64 done_at = sqlite3_column_int64 (stmt, 3);

      homework.homework_id = sqlite3_column_int64 (stmt, 0);
      homework.title = column_dup (stmt, 1);
      homework.due_on = column_dup (stmt, 2);
      homework.done_on = done_at != 0 ? local_date_of (done_at) : NULL;

      if (homework.due_on != NULL &&
          tandem_date_days_between (self->from, homework.due_on) >= 0 &&
          tandem_date_days_between (homework.due_on, self->to) >= 0)
        {
          guint index = week_index (self, homework.due_on);

          if (index < self->weeks->len)
            {
              TandemOverviewWeek *week = &g_array_index (self->weeks, TandemOverviewWeek, index);

              week->n_due++;
              self->n_homework_due++;
              if (homework.done_on != NULL)
                {
                  week->n_done++;
                  self->n_homework_done++;
                }
            }
        }

      g_array_append_val (self->homework, homework);
    }

  return finish_rows (store, stmt, rc, error);
}

static gboolean
load_scales (TandemOverview       *self,
             TandemStore          *store,
             TandemScaleRegistry  *registry,
             GError              **error)
{
  g_autoptr(GPtrArray) instruments = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (guint));
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _tandem_store_prepare (store, queries[QUERY_INSTRUMENTS].sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->person_id);
  sqlite3_bind_text (stmt, 2, self->from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, self->to, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint count = sqlite3_column_int (stmt, 1);

      g_ptr_array_add (instruments, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_array_append_val (counts, count);
    }
  if (!finish_rows (store, stmt, rc, error))
    return FALSE;

  for (guint i = 0; i < instruments->len; i++)
    {
      const char *instrument = g_ptr_array_index (instruments, i);
      TandemScale *scale = registry != NULL ? tandem_scale_registry_lookup (registry, instrument) : NULL;
      TandemOverviewScale entry = { 0 };
      g_autofree char *band_id = NULL;
      guint n_rows = 0;

      entry.instrument = g_strdup (instrument);
      entry.short_name = g_strdup (short_name_of (registry, instrument));
      entry.n_in_period = g_array_index (counts, guint, i);
      entry.latest_score = NAN;
      entry.previous_score = NAN;
      entry.change.classification = TANDEM_CHANGE_CLASS_NOT_AVAILABLE;

      if (!(stmt = _tandem_store_prepare (store, queries[QUERY_LATEST_RESPONSES].sql, error)))
        {
          clear_scale (&entry);
          return FALSE;
        }
      sqlite3_bind_int64 (stmt, 1, self->person_id);
      sqlite3_bind_text (stmt, 2, instrument, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, self->to, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *day = (const char *) sqlite3_column_text (stmt, 0);
          double score = sqlite3_column_type (stmt, 1) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 1);

          if (n_rows++ == 0)
            {
              copy_day (entry.latest_day, day);
              entry.latest_score = score;
              band_id = column_dup (stmt, 2);
            }
          else
            {
              entry.has_previous = TRUE;
              copy_day (entry.previous_day, day);
              entry.previous_score = score;
            }
        }
      if (!finish_rows (store, stmt, rc, error))
        {
          clear_scale (&entry);
          return FALSE;
        }

      if (scale != NULL && !isnan (entry.latest_score))
        {
          const TandemScaleBand *band = tandem_scale_find_band (scale, entry.latest_score);

          if (band != NULL)
            entry.band_label = g_strdup (tandem_scale_translate_label (band->label));
        }
      if (entry.band_label == NULL)
        entry.band_label = g_steal_pointer (&band_id);

      if (scale != NULL && entry.has_previous &&
          !isnan (entry.latest_score) && !isnan (entry.previous_score))
        tandem_scale_compare (scale, entry.previous_score, entry.latest_score, &entry.change);

      g_array_append_val (self->scales, entry);
    }

  return TRUE;
}

static gboolean
load_goals (TandemOverview  *self,
            TandemStore     *store,
            GError         **error)
{
  g_autoptr(GListStore) goals = NULL;
  guint n_goals;

  if (!(goals = tandem_store_list_goals (store, self->person_id, error)))
    return FALSE;

  n_goals = g_list_model_get_n_items (G_LIST_MODEL (goals));
  for (guint i = 0; i < n_goals; i++)
    {
      g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);
      g_autoptr(TandemGoalSummary) summary = NULL;
      TandemOverviewGoal entry = { 0 };
      const char *unit;

      if (tandem_goal_get_status (goal) != TANDEM_GOAL_STATUS_ACTIVE)
        continue;

      if (!(summary = tandem_goal_summary_load (store, tandem_record_get_id (TANDEM_RECORD (goal)),
                                                self->from, self->to, error)))
        return FALSE;

      unit = tandem_goal_get_unit (goal);
      entry.goal_id = tandem_record_get_id (TANDEM_RECORD (goal));
      entry.title = g_strdup (tandem_goal_get_title (goal));
      entry.unit = unit != NULL && unit[0] != '\0' ? g_strdup (unit) : NULL;
      entry.latest = NAN;
      entry.baseline = NAN;
      entry.target = NAN;
      entry.progress = NAN;
      entry.trend = tandem_goal_summary_get_trend (summary);
      entry.trend_text = tandem_goal_summary_dup_trend_text (summary);

      for (guint w = tandem_goal_summary_get_n_weeks (summary); w > 0; w--)
        {
          const TandemSummaryWeek *week = tandem_goal_summary_get_week (summary, w - 1);

          if (isnan (week->measure))
            continue;

          copy_day (entry.latest_week, week->week_start);
          entry.latest = week->measure;
          entry.baseline = week->baseline;
          entry.target = week->target;
          entry.met = week->met;
          if (!isnan (entry.baseline) && !isnan (entry.target) && entry.target != entry.baseline)
            entry.progress = (entry.latest - entry.baseline) / (entry.target - entry.baseline);
          break;
        }

      g_array_append_val (self->goals, entry);
    }

  return TRUE;
}

/* API --------------------------------------------------------------------- */

/**
 * tandem_overview_load:
 * @store: the store
 * @registry: (nullable): the questionnaires, for names, bands and reliable
 *   change; without it questionnaires are named by their id and not compared
 * @person_id: whose overview
 * @since: (nullable): the first day of the period, "YYYY-MM-DD"; %NULL for
 *   the day of the last therapy session before @now, or the last 14 days
 * @today: the last day of the period, the local date of @now
 * @now: µs since the epoch (UTC); sessions that start before it count
 * @error: a %TANDEM_STORE_ERROR
 *
 * Reads what happened for the person in the period: responses with the
 * safety flag (newest first), the days with a check-in and the rest days,
 * the homework due or done and its completion per week, each questionnaire
 * taken with its latest score, band, previous score and the reliable-change
 * classification, each active goal's latest week against its baseline and
 * target, the wins and the stressors.
 *
 * Returns: (transfer full): the overview, or %NULL with @error set
 */
TandemOverview *
tandem_overview_load (TandemStore          *store,
                      TandemScaleRegistry  *registry,
                      gint64                person_id,
                      const char           *since,
                      const char           *today,
                      gint64                now,
                      GError              **error)
{
  g_autoptr(TandemOverview) self = NULL;
  g_autoptr(TandemPerson) person = NULL;
  int span;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (registry == NULL || TANDEM_IS_SCALE_REGISTRY (registry), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!tandem_date_is_valid (today))
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("Today’s date is not a date in the form YYYY-MM-DD."));
      return NULL;
    }
  if (since != NULL && !tandem_date_is_valid (since))
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("The first day of the period is not a date in the form YYYY-MM-DD."));
      return NULL;
    }
  if (since != NULL && tandem_date_days_between (since, today) < 0)
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                   /* Translators: both are dates, YYYY-MM-DD */
                   _("The period cannot start on %s, after today (%s)."), since, today);
      return NULL;
    }

  if (!(person = tandem_store_get (store, TANDEM_TYPE_PERSON, person_id, error)))
    return NULL;

  self = g_object_new (TANDEM_TYPE_OVERVIEW, NULL);
  self->person_id = person_id;

  if (!find_period (self, store, since, today, now, error))
    return NULL;

  span = tandem_date_days_between (self->from, self->to);
  self->n_days = span >= 0 ? (guint) span + 1 : 0;

  if (!load_flags (self, store, registry, error) ||
      !load_check_ins (self, store, error) ||
      !load_homework (self, store, error) ||
      !load_scales (self, store, registry, error) ||
      !load_goals (self, store, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * tandem_overview_find_current_session:
 * @store: the store
 * @person_id: whose session
 * @now: µs since the epoch (UTC)
 * @error: a %TANDEM_STORE_ERROR
 *
 * Finds the therapy session in progress at @now, or else the next one
 * (sessions that started more than a day ago are not looked at).
 *
 * Returns: (transfer full) (nullable): the session, or %NULL when there is
 *   none (@error unset) or on failure (@error set)
 */
TandemTherapySession *
tandem_overview_find_current_session (TandemStore  *store,
                                      gint64        person_id,
                                      gint64        now,
                                      GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(stmt = _tandem_store_prepare (store, queries[QUERY_CURRENT_SESSION].sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_int64 (stmt, 2, now - G_TIME_SPAN_DAY);
  sqlite3_bind_int64 (stmt, 3, now);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      rc = sqlite3_step (stmt);
    }
  if (!finish_rows (store, stmt, rc, error))
    return NULL;

  return id != 0 ? tandem_store_get (store, TANDEM_TYPE_THERAPY_SESSION, id, error) : NULL;
}

gint64
tandem_overview_get_person_id (TandemOverview *self)
{
  g_return_val_if_fail (TANDEM_IS_OVERVIEW (self), 0);

  return self->person_id;
}

/**
 * tandem_overview_get_from:
 *
 * Returns: (transfer none): the first day of the period, "YYYY-MM-DD"
 */
const char *
tandem_overview_get_from (TandemOverview *self)
{
  g_return_val_if_fail (TANDEM_IS_OVERVIEW (self), NULL);

  return self->from;
}

/**
 * tandem_overview_get_to:
 *
 * Returns: (transfer none): the last day of the period (today)
 */
const char *
tandem_overview_get_to (TandemOverview *self)
{
  g_return_val_if_fail (TANDEM_IS_OVERVIEW (self), NULL);

  return self->to;
}

/**
 * tandem_overview_get_session_id:
 *
 * Returns: the therapy session the period starts with, or 0 when the
 *   period was given or there was no session before
 */
gint64
tandem_overview_get_session_id (TandemOverview *self)
{
  g_return_val_if_fail (TANDEM_IS_OVERVIEW (self), 0);

  return self->session_id;
}

gint64
tandem_overview_get_session_starts_at (TandemOverview *self)
{
  g_return_val_if_fail (TANDEM_IS_OVERVIEW (self), 0);

  return self->session_starts_at;
}

guint
tandem_overview_get_n_days (TandemOverview *self)
{
  g_return_val_if_fail (TANDEM_IS_OVERVIEW (self), 0);

  return self->n_days;
}

/**
 * tandem_overview_get_n_check_in_days:
 *
 * Returns: the days of the period with at least one check-in
 */
guint
tandem_overview_get_n_check_in_days (TandemOverview *self)
{
  g_return_val_if_fail (TANDEM_IS_OVERVIEW (self), 0);

  return self->n_check_in_days;
}

/**
 * tandem_overview_get_n_rest_days:
 *
 * Returns: the rest days of the period that have no check-in
 */
guint
tandem_overview_get_n_rest_days (TandemOverview *self)
{
  g_return_val_if_fail (TANDEM_IS_OVERVIEW (self), 0);

  return self->n_rest_days;
}

#define ARRAY_GETTER(name, Type, field)                             \
const Type *                                                        \
tandem_overview_get_##name (TandemOverview *self,                  \
                            guint          *n_items)                \
{                                                                   \
  g_return_val_if_fail (TANDEM_IS_OVERVIEW (self), NULL);          \
  g_return_val_if_fail (n_items != NULL, NULL);                    \
                                                                    \
  *n_items = self->field->len;                                      \
  return (const Type *) (gpointer) self->field->data;               \
}

/* Each returns (transfer none) an array of *n_items elements. */
ARRAY_GETTER (flags, TandemOverviewFlag, flags)
ARRAY_GETTER (homework, TandemOverviewHomework, homework)
ARRAY_GETTER (homework_weeks, TandemOverviewWeek, weeks)
ARRAY_GETTER (scales, TandemOverviewScale, scales)
ARRAY_GETTER (goals, TandemOverviewGoal, goals)
ARRAY_GETTER (wins, TandemOverviewWin, wins)
ARRAY_GETTER (stressors, TandemOverviewStressor, stressors)

/**
 * tandem_overview_get_homework_totals:
 * @n_due: (out): homework due in the period
 * @n_done: (out): of those, how many are done
 */
void
tandem_overview_get_homework_totals (TandemOverview *self,
                                     guint          *n_due,
                                     guint          *n_done)
{
  g_return_if_fail (TANDEM_IS_OVERVIEW (self));

  if (n_due != NULL)
    *n_due = self->n_homework_due;
  if (n_done != NULL)
    *n_done = self->n_homework_done;
}
