/* test-check-ins.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-check-ins"

#include "config.h"

#include <math.h>
#include <string.h>
#include <time.h>

#include "tandem-core.h"
#include "tandem-store-private.h"
#include "test-util.h"

/* µs of a local wall-clock time. */
static gint64
local_usec (int year,
            int month,
            int day,
            int hour,
            int minute)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (time) * G_USEC_PER_SEC;
}

static gint64
add_goal (TestStore         *t,
          const char        *title,
          TandemMeasureKind  kind,
          TandemPeriod       period,
          double             baseline,
          double             target,
          TandemDirection    direction)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemGoal) goal = tandem_goal_new (t->owner_id, TANDEM_FRAMEWORK_SMART, title);

  tandem_goal_set_measure_kind (goal, kind);
  tandem_goal_set_measure_period (goal, period);
  tandem_goal_set_baseline (goal, baseline);
  tandem_goal_set_target (goal, target);
  tandem_goal_set_direction (goal, direction);
  g_assert_true (tandem_store_insert (t->store, TANDEM_RECORD (goal), &error));
  g_assert_no_error (error);

  return tandem_record_get_id (TANDEM_RECORD (goal));
}

static void
check_in (TestStore  *t,
          gint64      goal_id,
          const char *day,
          double      value,
          int         rating)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemCheckIn) entry = tandem_check_in_new (t->owner_id, goal_id, day);

  tandem_check_in_set_value (entry, value);
  tandem_check_in_set_rating (entry, rating);
  g_assert_true (tandem_store_insert (t->store, TANDEM_RECORD (entry), &error));
  g_assert_no_error (error);
}

/* Quick check-in ----------------------------------------------------------- */

static void
test_quick_save_is_one_transaction (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemCheckIn) overall = NULL;
  g_autoptr(TandemCheckIn) calm = NULL;
  g_autoptr(TandemCheckIn) talks = NULL;
  g_autoptr(GListStore) saved = NULL;
  TandemCheckIn *entries[2];
  gint64 calm_id, talks_id;
  TestStore t;

  test_store_init (&t);
  _tandem_store_set_now (t.store, local_usec (2026, 3, 10, 21, 0));
  calm_id = add_goal (&t, "Stay calm", TANDEM_MEASURE_RATING, TANDEM_PERIOD_DAY, 3, 7,
                      TANDEM_DIRECTION_INCREASE);
  talks_id = add_goal (&t, "Good talks", TANDEM_MEASURE_COUNT, TANDEM_PERIOD_WEEK, 1, 5,
                       TANDEM_DIRECTION_INCREASE);

  overall = tandem_check_in_new (0, 0, NULL);
  tandem_check_in_set_rating (overall, 6);
  tandem_check_in_set_note (overall, "A quiet day");
  tandem_check_in_set_win (overall, TRUE);
  calm = tandem_check_in_new (0, calm_id, NULL);
  tandem_check_in_set_rating (calm, 5);
  talks = tandem_check_in_new (0, talks_id, NULL);
  tandem_check_in_set_value (talks, 2);
  entries[0] = calm;
  entries[1] = talks;

  g_assert_true (tandem_quick_check_in_save (t.store, t.owner_id, "2026-03-10", overall,
                                             entries, 2, &error));
  g_assert_no_error (error);
  g_assert_true (tandem_record_is_stored (TANDEM_RECORD (overall)));
  g_assert_cmpstr (tandem_check_in_get_day (calm), ==, "2026-03-10");
  g_assert_cmpint (tandem_check_in_get_person_id (talks), ==, t.owner_id);

  saved = tandem_store_list_check_ins (t.store, t.owner_id, "2026-03-10", "2026-03-10", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (saved)), ==, 3);

  /* Editing: stored entries are updated, not duplicated. */
  tandem_check_in_set_rating (calm, 8);
  g_assert_true (tandem_quick_check_in_save (t.store, t.owner_id, "2026-03-10", NULL,
                                             entries, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM check_in"), ==, 3);
  g_assert_cmpint (test_count (&t, "SELECT rating FROM check_in WHERE goal_id IS NOT NULL AND rating IS NOT NULL"),
                   ==, 8);

  /* A bad value in the second entry: the message names the goal, and
   * neither the new overall entry nor the first goal entry is written. */
  {
    g_autoptr(TandemCheckIn) overall2 = tandem_check_in_new (0, 0, NULL);
    g_autoptr(TandemCheckIn) calm2 = tandem_check_in_new (0, calm_id, NULL);
    g_autoptr(TandemCheckIn) talks2 = tandem_check_in_new (0, talks_id, NULL);
    TandemCheckIn *bad[2] = { talks2, calm2 };

    tandem_check_in_set_rating (calm2, 11);
    g_assert_false (tandem_quick_check_in_save (t.store, t.owner_id, "2026-03-09", overall2,
                                                bad, 2, &error));
    g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "“Stay calm”"));
    g_assert_nonnull (strstr (error->message, "11"));
    g_assert_cmpint (test_count (&t, "SELECT count(*) FROM check_in"), ==, 3);
    g_assert_false (tandem_record_is_stored (TANDEM_RECORD (overall2)));
    g_assert_false (tandem_record_is_stored (TANDEM_RECORD (talks2)));
    g_clear_error (&error);

    /* The overall entry is named as such. */
    tandem_check_in_set_rating (calm2, 4);
    tandem_check_in_set_rating (overall2, -3);
    g_assert_false (tandem_quick_check_in_save (t.store, t.owner_id, "2026-03-09", overall2,
                                                bad, 2, &error));
    g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
    g_assert_true (g_str_has_prefix (error->message, "Overall entry: "));
    g_clear_error (&error);
  }

  /* A goal that does not exist is refused before anything is written. */
  {
    g_autoptr(TandemCheckIn) overall3 = tandem_check_in_new (0, 0, NULL);
    g_autoptr(TandemCheckIn) ghost = tandem_check_in_new (0, 999, NULL);
    TandemCheckIn *one[1] = { ghost };

    g_assert_false (tandem_quick_check_in_save (t.store, t.owner_id, "2026-03-08", overall3,
                                                one, 1, &error));
    g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
    g_assert_false (tandem_record_is_stored (TANDEM_RECORD (overall3)));
    g_clear_error (&error);
  }

  /* A failure while writing (a strategy that no longer exists) rolls back
   * the entries written before it, and they do not look stored. */
  {
    g_autoptr(TandemCheckIn) overall4 = tandem_check_in_new (0, 0, NULL);
    g_autoptr(TandemCheckIn) calm4 = tandem_check_in_new (0, calm_id, NULL);
    TandemCheckIn *one[1] = { calm4 };

    tandem_check_in_add_strategy (calm4, 4242, TANDEM_HELPED_YES);
    g_assert_false (tandem_quick_check_in_save (t.store, t.owner_id, "2026-03-08", overall4,
                                                one, 1, &error));
    g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CONSTRAINT);
    g_assert_false (tandem_record_is_stored (TANDEM_RECORD (overall4)));
    g_assert_false (tandem_record_is_stored (TANDEM_RECORD (calm4)));
    g_assert_cmpint (test_count (&t, "SELECT count(*) FROM check_in"), ==, 3);
    g_clear_error (&error);

    /* Once the problem is gone the same objects save. */
    tandem_check_in_clear_strategies (calm4);
    g_assert_true (tandem_quick_check_in_save (t.store, t.owner_id, "2026-03-08", overall4,
                                               one, 1, &error));
    g_assert_no_error (error);
    g_assert_cmpint (test_count (&t, "SELECT count(*) FROM check_in"), ==, 5);
  }

  test_store_clear (&t);
}

static void
test_quick_save_refuses_future_and_foreign (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemCheckIn) overall = tandem_check_in_new (0, 0, NULL);
  g_autoptr(TandemPerson) other = tandem_person_new ("Other", TANDEM_PERSON_ROLE_CLIENT);
  g_autoptr(TandemGoal) foreign = NULL;
  g_autofree char *tomorrow = NULL;
  g_autofree char *today = NULL;
  TandemCheckIn *entries[1];
  TestStore t;

  test_store_init (&t);

  /* With the real clock: tomorrow is refused, today is fine. */
  today = tandem_quick_check_in_dup_today (t.store);
  tomorrow = tandem_date_add_days (today, 1);
  g_assert_false (tandem_quick_check_in_save (t.store, t.owner_id, tomorrow, overall, NULL, 0, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "A check-in cannot be dated in the future. Choose today or an earlier day.");
  g_clear_error (&error);

  /* "Today" is the local date: at 00:30 on 1 January in Berlin it is
   * already the new year, although it is still 31 December in UTC. */
  _tandem_store_set_now (t.store, local_usec (2027, 1, 1, 0, 30));
  g_assert_true (tandem_quick_check_in_save (t.store, t.owner_id, "2027-01-01", overall, NULL, 0, &error));
  g_assert_no_error (error);
  g_clear_object (&overall);
  overall = tandem_check_in_new (0, 0, NULL);
  g_assert_false (tandem_quick_check_in_save (t.store, t.owner_id, "2027-01-02", overall, NULL, 0, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* In New York, 20:00 on 1 January is already 2 January in UTC and in
   * Berlin, but still 1 January for the person. */
  g_setenv ("TZ", "America/New_York", TRUE);
  tzset ();
  _tandem_store_set_now (t.store, local_usec (2027, 1, 1, 20, 0));
  {
    g_autofree char *ny_today = tandem_quick_check_in_dup_today (t.store);

    g_assert_cmpstr (ny_today, ==, "2027-01-01");
  }
  g_clear_object (&overall);
  overall = tandem_check_in_new (0, 0, NULL);
  g_assert_false (tandem_quick_check_in_save (t.store, t.owner_id, "2027-01-02", overall, NULL, 0, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  tzset ();

  /* Dates that do not exist, and empty check-ins. */
  g_assert_false (tandem_quick_check_in_save (t.store, t.owner_id, "2026-02-29", overall, NULL, 0, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (tandem_quick_check_in_save (t.store, t.owner_id, "2024-02-29", overall, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_false (tandem_quick_check_in_save (t.store, t.owner_id, "2026-12-01", NULL, NULL, 0, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Someone else's goal. */
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (other), &error));
  foreign = tandem_goal_new (tandem_record_get_id (TANDEM_RECORD (other)), TANDEM_FRAMEWORK_SMART, "Theirs");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (foreign), &error));
  entries[0] = tandem_check_in_new (0, tandem_record_get_id (TANDEM_RECORD (foreign)), NULL);
  g_assert_false (tandem_quick_check_in_save (t.store, t.owner_id, "2026-12-01", NULL, entries, 1, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Theirs”"));
  g_clear_error (&error);
  g_object_unref (entries[0]);

  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM check_in"), ==, 2);
  test_store_clear (&t);
}

/* Rest days ------------------------------------------------------------------ */

static void
test_rest_days_mark_and_unmark (void)
{
  g_autoptr(GError) error = NULL;
  TestStore t;

  test_store_init (&t);

  g_assert_true (tandem_rest_day_mark (t.store, t.owner_id, "2026-05-03", NULL, &error));
  g_assert_true (tandem_rest_day_mark (t.store, t.owner_id, "2026-05-03", "Family visit", &error));
  g_assert_true (tandem_rest_day_mark (t.store, t.owner_id, "2026-05-03", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM rest_day"), ==, 1);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM rest_day WHERE note = 'Family visit'"), ==, 1);

  g_assert_true (tandem_rest_day_unmark (t.store, t.owner_id, "2026-05-03", &error));
  g_assert_true (tandem_rest_day_unmark (t.store, t.owner_id, "2026-05-03", &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM rest_day"), ==, 0);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM tombstone WHERE entity = 'rest-day'"), ==, 1);

  g_assert_false (tandem_rest_day_mark (t.store, t.owner_id, "2026-02-30", NULL, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tandem_rest_day_unmark (t.store, t.owner_id, "tomorrow", &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);

  test_store_clear (&t);
}

/* Streaks ------------------------------------------------------------------- */

static const char * const unkind_words[] = {
  "broke", "break", "lost", "fail", "miss", "streak", "only", "again", "should",
};

static void
assert_kind (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  g_test_message ("%s", text);
  for (guint i = 0; i < G_N_ELEMENTS (unkind_words); i++)
    g_assert_null (strstr (lower, unkind_words[i]));
}

static void
assert_streak_texts_kind (TandemStreak *streak)
{
  g_autofree char *month = tandem_streak_dup_month_text (streak);
  g_autofree char *current = tandem_streak_dup_current_run_text (streak);
  g_autofree char *longest = tandem_streak_dup_longest_run_text (streak);

  assert_kind (month);
  assert_kind (current);
  assert_kind (longest);
}

static void
test_streaks (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemStreak) streak = NULL;
  g_autofree char *text = NULL;
  TestStore t;
  /* Dec 29 – Jan 3 across the year end, a rest day on Jan 1 inside it;
   * then Jan 6, 7 after a two-day gap; a leap day run Feb 28, 29, Mar 1. */
  const char *days[] = {
    "2027-12-29", "2027-12-30", "2027-12-31", "2028-01-02", "2028-01-03",
    "2028-01-06", "2028-01-07",
    "2028-02-28", "2028-02-29", "2028-03-01",
  };

  test_store_init (&t);

  streak = tandem_streak_load (t.store, t.owner_id, 2028, 1, "2028-01-07", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tandem_streak_get_days_in_month (streak), ==, 0);
  g_assert_cmpuint (tandem_streak_get_longest_run (streak), ==, 0);
  assert_streak_texts_kind (streak);
  g_clear_object (&streak);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    check_in (&t, 0, days[i], NAN, 5);
  check_in (&t, 0, "2028-01-06", NAN, 6);  /* two on one day count once */
  g_assert_true (tandem_rest_day_mark (t.store, t.owner_id, "2028-01-01", NULL, &error));

  streak = tandem_streak_load (t.store, t.owner_id, 2028, 1, "2028-01-07", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tandem_streak_get_days_in_month (streak), ==, 4);
  g_assert_cmpuint (tandem_streak_get_current_run (streak), ==, 2);
  /* The rest day bridges the year end run without adding to it. */
  g_assert_cmpuint (tandem_streak_get_longest_run (streak), ==, 5);
  text = tandem_streak_dup_month_text (streak);
  g_assert_cmpstr (text, ==, "4 days with a check-in this month");
  g_clear_pointer (&text, g_free);
  text = tandem_streak_dup_longest_run_text (streak);
  g_assert_cmpstr (text, ==, "Your longest run: 5 days with a check-in");
  g_clear_pointer (&text, g_free);
  assert_streak_texts_kind (streak);
  g_clear_object (&streak);

  /* Without the rest day the run splits: 3 then 2. */
  g_assert_true (tandem_rest_day_unmark (t.store, t.owner_id, "2028-01-01", &error));
  streak = tandem_streak_load (t.store, t.owner_id, 2027, 12, "2028-01-07", &error);
  g_assert_cmpuint (tandem_streak_get_longest_run (streak), ==, 3);
  g_assert_cmpuint (tandem_streak_get_days_in_month (streak), ==, 3);
  text = tandem_streak_dup_month_text (streak);
  g_assert_cmpstr (text, ==, "3 days with a check-in in December 2027");
  g_clear_pointer (&text, g_free);
  g_clear_object (&streak);

  /* Today has no check-in yet: yesterday's run is still current. */
  streak = tandem_streak_load (t.store, t.owner_id, 2028, 1, "2028-01-08", &error);
  g_assert_cmpuint (tandem_streak_get_current_run (streak), ==, 2);
  g_clear_object (&streak);

  /* Two days without: no current run, kindly said. */
  streak = tandem_streak_load (t.store, t.owner_id, 2028, 1, "2028-01-09", &error);
  g_assert_cmpuint (tandem_streak_get_current_run (streak), ==, 0);
  assert_streak_texts_kind (streak);
  g_clear_object (&streak);

  /* ... unless those days are rest days. */
  g_assert_true (tandem_rest_day_mark (t.store, t.owner_id, "2028-01-08", NULL, &error));
  streak = tandem_streak_load (t.store, t.owner_id, 2028, 1, "2028-01-09", &error);
  g_assert_cmpuint (tandem_streak_get_current_run (streak), ==, 2);
  g_clear_object (&streak);

  /* Across the leap day; check-ins after "today" do not count. */
  streak = tandem_streak_load (t.store, t.owner_id, 2028, 2, "2028-03-01", &error);
  g_assert_cmpuint (tandem_streak_get_days_in_month (streak), ==, 2);
  g_assert_cmpuint (tandem_streak_get_current_run (streak), ==, 3);
  g_clear_object (&streak);
  streak = tandem_streak_load (t.store, t.owner_id, 2028, 2, "2028-02-28", &error);
  g_assert_cmpuint (tandem_streak_get_days_in_month (streak), ==, 1);
  g_assert_cmpuint (tandem_streak_get_current_run (streak), ==, 1);
  text = tandem_streak_dup_current_run_text (streak);
  g_assert_cmpstr (text, ==, "1 day with a check-in in a row");
  g_clear_object (&streak);

  g_assert_no_error (error);
  test_store_clear (&t);
}

/* Summary ------------------------------------------------------------------- */

static void
test_summary_weeks_and_trend (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemGoalSummary) summary = NULL;
  g_autofree char *text = NULL;
  const TandemSummaryWeek *week;
  gint64 talks, calm, worry, flat;
  TestStore t;

  test_store_init (&t);
  talks = add_goal (&t, "Good talks", TANDEM_MEASURE_COUNT, TANDEM_PERIOD_WEEK, 1, 5,
                    TANDEM_DIRECTION_INCREASE);
  calm = add_goal (&t, "Calm", TANDEM_MEASURE_RATING, TANDEM_PERIOD_DAY, 3, 7,
                   TANDEM_DIRECTION_INCREASE);
  worry = add_goal (&t, "Worry less", TANDEM_MEASURE_RATING, TANDEM_PERIOD_DAY, 8, 3,
                    TANDEM_DIRECTION_DECREASE);
  flat = add_goal (&t, "Walks", TANDEM_MEASURE_COUNT, TANDEM_PERIOD_DAY, 0, 1,
                   TANDEM_DIRECTION_INCREASE);

  /* Weeks across the year end: Mon 2026-12-28 is ISO week 53 of 2026,
   * Mon 2027-01-04 week 1 of 2027. Counts add up per week. */
  check_in (&t, talks, "2026-12-28", 1, TANDEM_INT_UNSET);
  check_in (&t, talks, "2027-01-03", 1, TANDEM_INT_UNSET);
  check_in (&t, talks, "2027-01-04", 2, TANDEM_INT_UNSET);
  check_in (&t, talks, "2027-01-10", 1, TANDEM_INT_UNSET);
  check_in (&t, talks, "2027-01-11", 5, TANDEM_INT_UNSET);
  check_in (&t, talks, "2027-01-18", 6, TANDEM_INT_UNSET);

  summary = tandem_goal_summary_load (t.store, talks, "2026-12-28", "2027-01-24", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tandem_goal_summary_get_n_weeks (summary), ==, 4);
  week = tandem_goal_summary_get_week (summary, 0);
  g_assert_cmpstr (week->week_start, ==, "2026-12-28");
  g_assert_cmpuint (week->iso_year, ==, 2026);
  g_assert_cmpuint (week->iso_week, ==, 53);
  g_assert_cmpfloat (week->measure, ==, 2);
  g_assert_cmpfloat (week->target, ==, 5);
  g_assert_false (week->met);
  week = tandem_goal_summary_get_week (summary, 1);
  g_assert_cmpuint (week->iso_year, ==, 2027);
  g_assert_cmpuint (week->iso_week, ==, 1);
  g_assert_cmpfloat (week->measure, ==, 3);
  week = tandem_goal_summary_get_week (summary, 3);
  g_assert_true (week->met);
  g_assert_cmpint (tandem_goal_summary_get_trend (summary), ==, TANDEM_TREND_TOWARD_TARGET);
  g_assert_cmpfloat (tandem_goal_summary_get_slope (summary), >, 0);
  text = tandem_goal_summary_dup_trend_text (summary);
  g_assert_cmpstr (text, ==, "Rising toward the target");
  g_clear_pointer (&text, g_free);
  g_clear_object (&summary);

  /* A partial first week: Thursday to Sunday, the target scaled to 4/7. */
  summary = tandem_goal_summary_load (t.store, talks, "2026-12-31", "2027-01-03", &error);
  g_assert_cmpuint (tandem_goal_summary_get_n_weeks (summary), ==, 1);
  week = tandem_goal_summary_get_week (summary, 0);
  g_assert_cmpuint (week->n_days, ==, 4);
  g_assert_cmpfloat_with_epsilon (week->target, 5.0 * 4 / 7, 1e-9);
  g_assert_cmpfloat (week->measure, ==, 1);
  g_assert_cmpint (tandem_goal_summary_get_trend (summary), ==, TANDEM_TREND_NOT_ENOUGH_DATA);
  text = tandem_goal_summary_dup_trend_text (summary);
  assert_kind (text);
  g_clear_pointer (&text, g_free);
  g_clear_object (&summary);

  /* Ratings are averaged; a daily count target becomes 7 a week. Leap
   * February 2028: Mon 2028-02-28 to Sun 2028-03-05 is one week. */
  check_in (&t, calm, "2028-02-28", NAN, 4);
  check_in (&t, calm, "2028-02-29", NAN, 6);
  check_in (&t, flat, "2028-02-29", 1, TANDEM_INT_UNSET);
  summary = tandem_goal_summary_load (t.store, calm, "2028-02-28", "2028-03-05", &error);
  week = tandem_goal_summary_get_week (summary, 0);
  g_assert_cmpfloat (week->measure, ==, 5);
  g_assert_cmpuint (week->n_entries, ==, 2);
  g_assert_cmpfloat (week->target, ==, 7);
  g_clear_object (&summary);
  summary = tandem_goal_summary_load (t.store, flat, "2028-02-28", "2028-03-05", &error);
  week = tandem_goal_summary_get_week (summary, 0);
  g_assert_cmpfloat (week->target, ==, 7);
  g_assert_cmpfloat (week->measure, ==, 1);
  g_clear_object (&summary);

  /* A goal to decrease: falling ratings move toward the target, rising
   * ones away from it; flat ones are steady, or at the target. */
  for (int w = 0; w < 4; w++)
    {
      g_autofree char *day = tandem_date_add_days ("2027-03-01", 7 * w);

      check_in (&t, worry, day, NAN, 8 - w);
    }
  summary = tandem_goal_summary_load (t.store, worry, "2027-03-01", "2027-03-28", &error);
  g_assert_cmpint (tandem_goal_summary_get_trend (summary), ==, TANDEM_TREND_TOWARD_TARGET);
  text = tandem_goal_summary_dup_trend_text (summary);
  g_assert_cmpstr (text, ==, "Falling toward the target");
  g_clear_pointer (&text, g_free);
  g_clear_object (&summary);

  for (int w = 0; w < 4; w++)
    {
      g_autofree char *day = tandem_date_add_days ("2027-05-03", 7 * w);
      g_autofree char *later = tandem_date_add_days ("2027-06-07", 7 * w);
      g_autofree char *flat_day = tandem_date_add_days ("2027-08-02", 7 * w);

      check_in (&t, worry, day, NAN, 4 + w);
      check_in (&t, worry, later, NAN, 6);
      check_in (&t, worry, flat_day, NAN, 3);
    }
  summary = tandem_goal_summary_load (t.store, worry, "2027-05-03", "2027-05-30", &error);
  g_assert_cmpint (tandem_goal_summary_get_trend (summary), ==, TANDEM_TREND_AWAY_FROM_TARGET);
  text = tandem_goal_summary_dup_trend_text (summary);
  assert_kind (text);
  g_clear_pointer (&text, g_free);
  g_clear_object (&summary);
  summary = tandem_goal_summary_load (t.store, worry, "2027-06-07", "2027-07-04", &error);
  g_assert_cmpint (tandem_goal_summary_get_trend (summary), ==, TANDEM_TREND_STEADY);
  text = tandem_goal_summary_dup_trend_text (summary);
  g_assert_cmpstr (text, ==, "Steady");
  g_clear_pointer (&text, g_free);
  g_clear_object (&summary);
  summary = tandem_goal_summary_load (t.store, worry, "2027-08-02", "2027-08-29", &error);
  g_assert_cmpint (tandem_goal_summary_get_trend (summary), ==, TANDEM_TREND_AT_TARGET);
  g_clear_object (&summary);
  g_assert_no_error (error);

  /* Bad periods and goals are refused with a sentence. */
  g_assert_null (tandem_goal_summary_load (t.store, talks, "2027-02-01", "2027-01-01", &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (tandem_goal_summary_load (t.store, 12345, "2027-01-01", "2027-02-01", &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  test_store_clear (&t);
}

static void
test_summary_questionnaire_goal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemGoalSummary) summary = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  TestStore t;
  int totals[] = { 15, 12, 10, 7 };

  test_store_init (&t);
  goal = tandem_goal_new (t.owner_id, TANDEM_FRAMEWORK_SMART, "Less anxious");
  tandem_goal_set_measure_kind (goal, TANDEM_MEASURE_QUESTIONNAIRE);
  tandem_goal_set_instrument (goal, "gad7");
  tandem_goal_set_baseline (goal, 15);
  tandem_goal_set_target (goal, 5);
  tandem_goal_set_direction (goal, TANDEM_DIRECTION_DECREASE);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (goal), &error));

  for (guint i = 0; i < G_N_ELEMENTS (totals); i++)
    {
      g_autofree char *day = tandem_date_add_days ("2026-09-07", 7 * i);
      g_autoptr(TandemResponse) response = tandem_response_new (t.owner_id, "gad7", day);

      tandem_response_set_taken_at (response, local_usec (2026, 9, 7 + 7 * i, 10, 0));
      tandem_response_set_total (response, totals[i]);
      g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (response), &error));
      g_assert_no_error (error);
    }

  summary = tandem_goal_summary_load (t.store, tandem_record_get_id (TANDEM_RECORD (goal)),
                                      "2026-09-07", "2026-10-04", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (tandem_goal_summary_get_week (summary, 3)->measure, ==, 7);
  g_assert_cmpfloat (tandem_goal_summary_get_week (summary, 3)->target, ==, 5);
  g_assert_cmpint (tandem_goal_summary_get_trend (summary), ==, TANDEM_TREND_TOWARD_TARGET);

  test_store_clear (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/check-ins/quick/one-transaction", test_quick_save_is_one_transaction);
  g_test_add_func ("/check-ins/quick/refusals", test_quick_save_refuses_future_and_foreign);
  g_test_add_func ("/check-ins/rest-days", test_rest_days_mark_and_unmark);
  g_test_add_func ("/check-ins/streaks", test_streaks);
  g_test_add_func ("/check-ins/summary/weeks-and-trend", test_summary_weeks_and_trend);
  g_test_add_func ("/check-ins/summary/questionnaire", test_summary_questionnaire_goal);

  return g_test_run ();
}
