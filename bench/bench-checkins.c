/* bench-checkins.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-checkins"

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "tandem-core.h"

/* Times the check-in paths on the reference database
 * (tandem-cli demo --profile therapist --clients 200 --years 5), given as
 * $TANDEM_BENCH_DB or the first argument; without one the benchmark is
 * skipped. It works on a copy, so the reference stays as it was.
 *
 * Prints the median and the 95th percentile, in milliseconds, of: loading
 * a month of the calendar (with a goal's intensity), the same with the
 * streak, saving one check-in, and saving a quick check-in of five goals
 * and a mood. */

#define ROUNDS 300

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        double     *ms,
        guint       n)
{
  qsort (ms, n, sizeof *ms, compare_doubles);
  g_print ("%-40s median %.3f ms   p95 %.3f ms   (%u rounds)\n",
           what, ms[n / 2], ms[(n * 95) / 100], n);
}

static double
elapsed_ms (gint64 started)
{
  return (g_get_monotonic_time () - started) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GListStore) persons = NULL;
  g_autoptr(GArray) clients = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) goals = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *today = NULL;
  const char *reference = argc > 1 ? argv[1] : g_getenv ("TANDEM_BENCH_DB");
  double ms[ROUNDS];

  if (reference == NULL || !g_file_test (reference, G_FILE_TEST_IS_REGULAR))
    {
      g_print ("Skipped: set TANDEM_BENCH_DB to the reference database.\n");
      return 77;
    }

  dir = g_dir_make_tmp ("tandem-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "tandem.db", NULL);
  source = g_file_new_for_path (reference);
  copy = g_file_new_for_path (path);
  g_file_copy (source, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  store = tandem_store_open (path, &error);
  g_assert_no_error (error);

  persons = tandem_store_list_persons (store, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (persons)); i++)
    {
      g_autoptr(TandemPerson) person = g_list_model_get_item (G_LIST_MODEL (persons), i);
      g_autoptr(GListStore) person_goals = NULL;
      g_autoptr(TandemGoal) goal = NULL;
      gint64 id = tandem_record_get_id (TANDEM_RECORD (person));

      if (tandem_person_get_role (person) != TANDEM_PERSON_ROLE_CLIENT)
        continue;
      person_goals = tandem_store_list_goals (store, id, &error);
      g_assert_no_error (error);
      if (g_list_model_get_n_items (G_LIST_MODEL (person_goals)) < 5)
        continue;
      goal = g_list_model_get_item (G_LIST_MODEL (person_goals), 0);
      g_array_append_val (clients, id);
      id = tandem_record_get_id (TANDEM_RECORD (goal));
      g_array_append_val (goals, id);
    }
  g_assert_cmpuint (clients->len, >, 0);

  today = tandem_quick_check_in_dup_today (store);
  g_print ("reference %s: %u clients\n", reference, clients->len);

  /* A month of the calendar: each round another client and month of the
   * last five years, as when paging through them. */
  for (guint i = 0; i < ROUNDS; i++)
    {
      g_autoptr(TandemCalendarMonth) month = NULL;
      GDate date;
      gint64 started;

      tandem_date_parse (today, &date);
      g_date_subtract_months (&date, i % 60);
      started = g_get_monotonic_time ();
      month = tandem_calendar_month_load (store, g_array_index (clients, gint64, i % clients->len),
                                          g_date_get_year (&date), g_date_get_month (&date),
                                          G_DATE_MONDAY, g_array_index (goals, gint64, i % goals->len),
                                          &error);
      ms[i] = elapsed_ms (started);
      g_assert_no_error (error);
    }
  report ("calendar month (query)", ms, ROUNDS);

  for (guint i = 0; i < ROUNDS; i++)
    {
      g_autoptr(TandemCalendarMonth) month = NULL;
      g_autoptr(TandemStreak) streak = NULL;
      GDate date;
      gint64 started;

      tandem_date_parse (today, &date);
      g_date_subtract_months (&date, i % 60);
      started = g_get_monotonic_time ();
      month = tandem_calendar_month_load (store, g_array_index (clients, gint64, i % clients->len),
                                          g_date_get_year (&date), g_date_get_month (&date),
                                          G_DATE_MONDAY, g_array_index (goals, gint64, i % goals->len),
                                          &error);
      streak = tandem_streak_load (store, g_array_index (clients, gint64, i % clients->len),
                                   g_date_get_year (&date), g_date_get_month (&date), today, &error);
      ms[i] = elapsed_ms (started);
      g_assert_no_error (error);
    }
  report ("calendar month + streak", ms, ROUNDS);

  /* Saving one check-in (a mood for the day), each its own transaction. */
  for (guint i = 0; i < ROUNDS; i++)
    {
      g_autoptr(TandemCheckIn) overall = tandem_check_in_new (0, 0, NULL);
      g_autofree char *day = tandem_date_add_days (today, -(int) (i % 365));
      gint64 started;

      tandem_check_in_set_rating (overall, i % 11);
      tandem_check_in_set_note (overall, "Benchmark");
      started = g_get_monotonic_time ();
      tandem_quick_check_in_save (store, g_array_index (clients, gint64, i % clients->len), day,
                                  overall, NULL, 0, &error);
      ms[i] = elapsed_ms (started);
      g_assert_no_error (error);
    }
  report ("save one check-in", ms, ROUNDS);

  /* A quick check-in: five goals and a mood, one transaction. */
  for (guint i = 0; i < ROUNDS; i++)
    {
      gint64 person_id = g_array_index (clients, gint64, i % clients->len);
      g_autoptr(GListStore) person_goals = tandem_store_list_goals (store, person_id, &error);
      g_autoptr(TandemCheckIn) overall = tandem_check_in_new (0, 0, NULL);
      g_autofree char *day = tandem_date_add_days (today, -(int) (i % 365));
      TandemCheckIn *entries[5];
      gint64 started;

      tandem_check_in_set_rating (overall, 5);
      for (guint g = 0; g < 5; g++)
        {
          g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (person_goals), g);

          entries[g] = tandem_check_in_new (0, tandem_record_get_id (TANDEM_RECORD (goal)), NULL);
          tandem_check_in_set_rating (entries[g], 4);
        }

      started = g_get_monotonic_time ();
      tandem_quick_check_in_save (store, person_id, day, overall, entries, 5, &error);
      ms[i] = elapsed_ms (started);
      g_assert_no_error (error);

      for (guint g = 0; g < 5; g++)
        g_object_unref (entries[g]);
    }
  report ("save a quick check-in (5 goals + mood)", ms, ROUNDS);

  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
    g_unlink (path);
    g_rmdir (dir);
  }

  return 0;
}
