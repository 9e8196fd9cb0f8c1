/* test-overview.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-overview"

#include "config.h"

#include <math.h>
#include <string.h>
#include <time.h>

#include "tandem-core.h"
#include "tandem-plans-private.h"
#include "test-util.h"

static void
set_time_zone (const char *zone)
{
  g_autoptr(GTimeZone) local = NULL;

  g_setenv ("TZ", zone, TRUE);
  tzset ();
  local = g_time_zone_new_local ();
  g_assert_cmpstr (g_time_zone_get_identifier (local), ==, zone);
}

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
insert (TestStore *t,
        gpointer   record)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (tandem_store_insert (t->store, record, &error));
  g_assert_no_error (error);
  id = tandem_record_get_id (record);
  g_object_unref (record);
  return id;
}

static void
add_check_in (TestStore  *t,
              gint64      person_id,
              gint64      goal_id,
              const char *day,
              double      value,
              const char *stressors,
              gboolean    win,
              const char *note)
{
  TandemCheckIn *entry = tandem_check_in_new (person_id, goal_id, day);

  tandem_check_in_set_value (entry, value);
  if (goal_id == 0)
    tandem_check_in_set_rating (entry, 5);
  tandem_check_in_set_stressors (entry, stressors);
  tandem_check_in_set_win (entry, win);
  tandem_check_in_set_note (entry, note);
  insert (t, entry);
}

static void
add_homework (TestStore  *t,
              const char *title,
              const char *due_on,
              gint64      done_at)
{
  TandemHomework *homework = tandem_homework_new (t->owner_id, title, "2026-12-01");

  tandem_homework_set_due_on (homework, due_on);
  tandem_homework_set_done_at (homework, done_at);
  insert (t, homework);
}

static void
add_response (TestStore  *t,
              const char *instrument,
              int         year,
              int         month,
              int         day,
              double      score,
              gboolean    safety)
{
  g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
  TandemResponse *response = tandem_response_new (t->owner_id, instrument, date);

  tandem_response_set_taken_at (response, local_usec (year, month, day, 9, 0));
  tandem_response_set_total (response, score);
  tandem_response_set_safety_flag (response, safety);
  insert (t, response);
}

static TandemScaleRegistry *
new_registry (void)
{
  g_autoptr(GError) error = NULL;
  TandemScaleRegistry *registry = tandem_scale_registry_new (&error);

  g_assert_no_error (error);
  return registry;
}

/* A fortnight between two sessions, with something of every kind inside
 * the period and just outside it. */
static void
test_since_last_session (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemOverview) overview = NULL;
  g_autoptr(TandemScaleRegistry) registry = new_registry ();
  g_autoptr(TandemPerson) other = tandem_person_new ("Other", TANDEM_PERSON_ROLE_CLIENT);
  g_autoptr(TandemTherapySession) current = NULL;
  const TandemOverviewFlag *flags;
  const TandemOverviewHomework *homework;
  const TandemOverviewWeek *weeks;
  const TandemOverviewScale *scales;
  const TandemOverviewGoal *goals;
  const TandemOverviewWin *wins;
  const TandemOverviewStressor *stressors;
  TandemGoal *goal;
  gint64 goal_id, paused_id, other_id, session_id, next_id;
  guint n, n_due, n_done;
  TestStore t;

  set_time_zone ("Europe/Berlin");
  test_store_init (&t);
  other_id = insert (&t, g_steal_pointer (&other));

  insert (&t, tandem_therapy_session_new (t.owner_id, local_usec (2026, 12, 30, 10, 0)));
  session_id = insert (&t, tandem_therapy_session_new (t.owner_id, local_usec (2027, 1, 6, 10, 0)));
  next_id = insert (&t, tandem_therapy_session_new (t.owner_id, local_usec (2027, 1, 20, 16, 0)));
  insert (&t, tandem_therapy_session_new (other_id, local_usec (2027, 1, 19, 10, 0)));

  goal = tandem_goal_new (t.owner_id, TANDEM_FRAMEWORK_SMART, "Good talks");
  tandem_goal_set_measure_kind (goal, TANDEM_MEASURE_COUNT);
  tandem_goal_set_measure_period (goal, TANDEM_PERIOD_DAY);
  tandem_goal_set_unit (goal, "talks");
  tandem_goal_set_baseline (goal, 0);
  tandem_goal_set_target (goal, 2);
  goal_id = insert (&t, goal);
  goal = tandem_goal_new (t.owner_id, TANDEM_FRAMEWORK_SMART, "Paused goal");
  tandem_goal_set_status (goal, TANDEM_GOAL_STATUS_PAUSED);
  paused_id = insert (&t, goal);

  add_check_in (&t, t.owner_id, 0, "2027-01-05", NAN, "Family", FALSE, NULL);  /* before */
  add_check_in (&t, t.owner_id, goal_id, "2027-01-06", 1, NULL, FALSE, NULL);
  add_check_in (&t, t.owner_id, 0, "2027-01-06", NAN, "Work, sleep", FALSE, NULL);
  add_check_in (&t, t.owner_id, goal_id, "2027-01-07", 2, NULL, FALSE, NULL);
  add_check_in (&t, t.owner_id, 0, "2027-01-07", NAN, " work ,", TRUE, "Spoke up in a meeting");
  add_check_in (&t, t.owner_id, goal_id, "2027-01-10", 3, NULL, FALSE, NULL);
  add_check_in (&t, t.owner_id, paused_id, "2027-01-10", 1, NULL, TRUE, NULL);
  add_check_in (&t, other_id, 0, "2027-01-08", NAN, "Money", TRUE, "Not mine");  /* someone else's */

  g_assert_true (tandem_rest_day_mark (t.store, t.owner_id, "2027-01-08", NULL, &error));
  g_assert_true (tandem_rest_day_mark (t.store, t.owner_id, "2027-01-10", NULL, &error));
  g_assert_true (tandem_rest_day_mark (t.store, t.owner_id, "2027-01-21", NULL, &error));
  g_assert_no_error (error);

  add_homework (&t, "Breathing", "2027-01-08", local_usec (2027, 1, 8, 12, 0));
  add_homework (&t, "Journal", "2027-01-13", 0);
  add_homework (&t, "Letter", "2027-01-02", local_usec (2027, 1, 6, 9, 0));   /* due before, done inside */
  add_homework (&t, "Walk", "2027-01-25", 0);                                  /* due after */
  add_homework (&t, "Read", NULL, local_usec (2027, 1, 19, 23, 30));           /* no due date */
  add_homework (&t, "Call a friend", "2027-01-19", local_usec (2027, 1, 20, 0, 30));
  add_homework (&t, "Old", "2026-12-20", local_usec (2027, 1, 5, 23, 59));     /* all before */

  add_response (&t, "phq9", 2027, 1, 1, 17, TRUE);   /* flagged, before the period */
  add_response (&t, "phq9", 2026, 12, 30, 16, FALSE);
  add_response (&t, "phq9", 2027, 1, 13, 9, TRUE);
  add_response (&t, "gad7", 2027, 1, 7, 8, FALSE);
  add_response (&t, "gad7", 2027, 1, 15, 13, FALSE);
  add_response (&t, "rses", 2027, 1, 21, 20, FALSE); /* after today */

  overview = tandem_overview_load (t.store, registry, t.owner_id, NULL, "2027-01-20",
                                   local_usec (2027, 1, 20, 15, 0), &error);
  g_assert_no_error (error);
  g_assert_nonnull (overview);

  g_assert_cmpint (tandem_overview_get_person_id (overview), ==, t.owner_id);
  g_assert_cmpstr (tandem_overview_get_from (overview), ==, "2027-01-06");
  g_assert_cmpstr (tandem_overview_get_to (overview), ==, "2027-01-20");
  g_assert_cmpint (tandem_overview_get_session_id (overview), ==, session_id);
  g_assert_cmpint (tandem_overview_get_session_starts_at (overview), ==, local_usec (2027, 1, 6, 10, 0));
  g_assert_cmpuint (tandem_overview_get_n_days (overview), ==, 15);

  /* Adherence: the 6th, 7th and 10th; the rest day on the 10th has a
   * check-in, so only the 8th is a rest day. */
  g_assert_cmpuint (tandem_overview_get_n_check_in_days (overview), ==, 3);
  g_assert_cmpuint (tandem_overview_get_n_rest_days (overview), ==, 1);

  flags = tandem_overview_get_flags (overview, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (flags[0].instrument, ==, "phq9");
  g_assert_cmpstr (flags[0].short_name, ==, "PHQ-9");
  g_assert_cmpstr (flags[0].day, ==, "2027-01-13");
  g_assert_cmpfloat (flags[0].score, ==, 9);

  homework = tandem_overview_get_homework (overview, &n);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpstr (homework[0].title, ==, "Read");
  g_assert_null (homework[0].due_on);
  g_assert_cmpstr (homework[0].done_on, ==, "2027-01-19");
  g_assert_cmpstr (homework[1].title, ==, "Letter");
  g_assert_cmpstr (homework[1].done_on, ==, "2027-01-06");
  g_assert_cmpstr (homework[2].title, ==, "Breathing");
  g_assert_cmpstr (homework[2].due_on, ==, "2027-01-08");
  g_assert_cmpstr (homework[3].title, ==, "Journal");
  g_assert_null (homework[3].done_on);
  g_assert_cmpstr (homework[4].title, ==, "Call a friend");
  g_assert_cmpstr (homework[4].done_on, ==, "2027-01-20");

  weeks = tandem_overview_get_homework_weeks (overview, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (weeks[0].week_start, ==, "2027-01-04");
  g_assert_cmpuint (weeks[0].n_due, ==, 1);
  g_assert_cmpuint (weeks[0].n_done, ==, 1);
  g_assert_cmpstr (weeks[1].week_start, ==, "2027-01-11");
  g_assert_cmpuint (weeks[1].n_due, ==, 1);
  g_assert_cmpuint (weeks[1].n_done, ==, 0);
  g_assert_cmpstr (weeks[2].week_start, ==, "2027-01-18");
  g_assert_cmpuint (weeks[2].n_due, ==, 1);
  g_assert_cmpuint (weeks[2].n_done, ==, 1);
  tandem_overview_get_homework_totals (overview, &n_due, &n_done);
  g_assert_cmpuint (n_due, ==, 3);
  g_assert_cmpuint (n_done, ==, 2);

  /* GAD-7 up 5 (threshold 4): worse; PHQ-9 down 7 from the response
   * before the period (threshold 6): better. */
  scales = tandem_overview_get_scales (overview, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (scales[0].instrument, ==, "gad7");
  g_assert_cmpstr (scales[0].short_name, ==, "GAD-7");
  g_assert_cmpuint (scales[0].n_in_period, ==, 2);
  g_assert_cmpstr (scales[0].latest_day, ==, "2027-01-15");
  g_assert_cmpfloat (scales[0].latest_score, ==, 13);
  g_assert_cmpstr (scales[0].band_label, ==, "Moderate");
  g_assert_true (scales[0].has_previous);
  g_assert_cmpstr (scales[0].previous_day, ==, "2027-01-07");
  g_assert_cmpfloat (scales[0].previous_score, ==, 8);
  g_assert_cmpint (scales[0].change.classification, ==, TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION);
  g_assert_cmpstr (scales[1].instrument, ==, "phq9");
  g_assert_cmpuint (scales[1].n_in_period, ==, 1);
  g_assert_cmpfloat (scales[1].latest_score, ==, 9);
  g_assert_cmpstr (scales[1].band_label, ==, "Mild");
  g_assert_cmpstr (scales[1].previous_day, ==, "2027-01-01");
  g_assert_cmpfloat (scales[1].previous_score, ==, 17);
  g_assert_cmpint (scales[1].change.classification, ==, TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT);

  /* The paused goal is left out. The week of the 4th has five days in the
   * period: a daily target of 2 is 10 for it, and 6 talks is 60 %. */
  goals = tandem_overview_get_goals (overview, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (goals[0].goal_id, ==, goal_id);
  g_assert_cmpstr (goals[0].title, ==, "Good talks");
  g_assert_cmpstr (goals[0].unit, ==, "talks");
  g_assert_cmpstr (goals[0].latest_week, ==, "2027-01-04");
  g_assert_cmpfloat (goals[0].latest, ==, 6);
  g_assert_cmpfloat (goals[0].baseline, ==, 0);
  g_assert_cmpfloat_with_epsilon (goals[0].target, 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (goals[0].progress, 0.6, 1e-9);
  g_assert_false (goals[0].met);
  g_assert_cmpint (goals[0].trend, ==, TANDEM_TREND_NOT_ENOUGH_DATA);
  g_assert_nonnull (goals[0].trend_text);

  /* Wins newest first, the paused goal's included: a win is a win. */
  wins = tandem_overview_get_wins (overview, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (wins[0].day, ==, "2027-01-10");
  g_assert_cmpint (wins[0].goal_id, ==, paused_id);
  g_assert_null (wins[0].note);
  g_assert_cmpstr (wins[1].day, ==, "2027-01-07");
  g_assert_cmpint (wins[1].goal_id, ==, 0);
  g_assert_cmpstr (wins[1].note, ==, "Spoke up in a meeting");

  stressors = tandem_overview_get_stressors (overview, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (stressors[0].count, ==, 2);
  g_assert_cmpuint (stressors[1].count, ==, 1);
  g_assert_cmpstr (stressors[1].stressor, ==, "sleep");
  /* The spelling seen first: the newest check-in comes first. */
  g_assert_true (g_ascii_strcasecmp (stressors[0].stressor, "work") == 0);

  /* The session at 16:00 is the next one until it ends at 16:50. */
  current = tandem_overview_find_current_session (t.store, t.owner_id, local_usec (2027, 1, 20, 15, 0), &error);
  g_assert_no_error (error);
  g_assert_nonnull (current);
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (current)), ==, next_id);
  g_clear_object (&current);
  current = tandem_overview_find_current_session (t.store, t.owner_id, local_usec (2027, 1, 20, 16, 49), &error);
  g_assert_nonnull (current);
  g_clear_object (&current);
  current = tandem_overview_find_current_session (t.store, t.owner_id, local_usec (2027, 1, 20, 16, 50), &error);
  g_assert_no_error (error);
  g_assert_null (current);

  /* In the session, the period still starts with the one before. */
  g_clear_object (&overview);
  overview = tandem_overview_load (t.store, registry, t.owner_id, NULL, "2027-01-20",
                                   local_usec (2027, 1, 20, 16, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_overview_get_session_id (overview), ==, session_id);

  /* After it, it starts today. */
  g_clear_object (&overview);
  overview = tandem_overview_load (t.store, registry, t.owner_id, NULL, "2027-01-20",
                                   local_usec (2027, 1, 20, 16, 1), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_overview_get_session_id (overview), ==, next_id);
  g_assert_cmpstr (tandem_overview_get_from (overview), ==, "2027-01-20");
  g_assert_cmpuint (tandem_overview_get_n_days (overview), ==, 1);
  g_assert_cmpuint (tandem_overview_get_n_check_in_days (overview), ==, 0);
  tandem_overview_get_homework (overview, &n);
  g_assert_cmpuint (n, ==, 1);  /* "Call a friend", done just after midnight */

  /* A given first day wins over the sessions. */
  g_clear_object (&overview);
  overview = tandem_overview_load (t.store, registry, t.owner_id, "2027-01-10", "2027-01-20",
                                   local_usec (2027, 1, 20, 15, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_overview_get_session_id (overview), ==, 0);
  g_assert_cmpstr (tandem_overview_get_from (overview), ==, "2027-01-10");
  g_assert_cmpuint (tandem_overview_get_n_days (overview), ==, 11);
  g_assert_cmpuint (tandem_overview_get_n_check_in_days (overview), ==, 1);
  g_assert_cmpuint (tandem_overview_get_n_rest_days (overview), ==, 0);
  tandem_overview_get_homework_weeks (overview, &n);
  g_assert_cmpuint (n, ==, 3);

  /* Without a registry, questionnaires keep their id and are not compared. */
  g_clear_object (&overview);
  overview = tandem_overview_load (t.store, NULL, t.owner_id, NULL, "2027-01-20",
                                   local_usec (2027, 1, 20, 15, 0), &error);
  g_assert_no_error (error);
  scales = tandem_overview_get_scales (overview, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (scales[1].short_name, ==, "phq9");
  g_assert_cmpint (scales[1].change.classification, ==, TANDEM_CHANGE_CLASS_NOT_AVAILABLE);

  test_store_clear (&t);
}

/* A person with nothing yet: the last 14 days, all of it empty. */
static void
test_empty_person (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemOverview) overview = NULL;
  g_autoptr(TandemScaleRegistry) registry = new_registry ();
  g_autoptr(TandemTherapySession) current = NULL;
  const TandemOverviewWeek *weeks;
  guint n, n_due = 99, n_done = 99;
  TestStore t;

  set_time_zone ("Europe/Berlin");
  test_store_init (&t);

  overview = tandem_overview_load (t.store, registry, t.owner_id, NULL, "2027-01-20",
                                   local_usec (2027, 1, 20, 15, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_overview_get_from (overview), ==, "2027-01-07");
  g_assert_cmpstr (tandem_overview_get_to (overview), ==, "2027-01-20");
  g_assert_cmpint (tandem_overview_get_session_id (overview), ==, 0);
  g_assert_cmpint (tandem_overview_get_session_starts_at (overview), ==, 0);
  g_assert_cmpuint (tandem_overview_get_n_days (overview), ==, 14);
  g_assert_cmpuint (tandem_overview_get_n_check_in_days (overview), ==, 0);
  g_assert_cmpuint (tandem_overview_get_n_rest_days (overview), ==, 0);
  tandem_overview_get_flags (overview, &n);
  g_assert_cmpuint (n, ==, 0);
  tandem_overview_get_homework (overview, &n);
  g_assert_cmpuint (n, ==, 0);
  weeks = tandem_overview_get_homework_weeks (overview, &n);
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (weeks[i].n_due, ==, 0);
  tandem_overview_get_homework_totals (overview, &n_due, &n_done);
  g_assert_cmpuint (n_due, ==, 0);
  g_assert_cmpuint (n_done, ==, 0);
  tandem_overview_get_scales (overview, &n);
  g_assert_cmpuint (n, ==, 0);
  tandem_overview_get_goals (overview, &n);
  g_assert_cmpuint (n, ==, 0);
  tandem_overview_get_wins (overview, &n);
  g_assert_cmpuint (n, ==, 0);
  tandem_overview_get_stressors (overview, &n);
  g_assert_cmpuint (n, ==, 0);

  current = tandem_overview_find_current_session (t.store, t.owner_id, local_usec (2027, 1, 20, 15, 0), &error);
  g_assert_no_error (error);
  g_assert_null (current);

  test_store_clear (&t);
}

/* One-day periods, across a year end and a change of the clocks, and
 * periods that cannot be. */
static void
test_period_edges (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemOverview) overview = NULL;
  const TandemOverviewWeek *weeks;
  const TandemOverviewHomework *homework;
  guint n;
  TestStore t;

  set_time_zone ("Europe/Berlin");
  test_store_init (&t);

  /* The first day is today. */
  add_check_in (&t, t.owner_id, 0, "2027-03-28", NAN, NULL, FALSE, NULL);
  overview = tandem_overview_load (t.store, NULL, t.owner_id, "2027-03-28", "2027-03-28",
                                   local_usec (2027, 3, 28, 12, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tandem_overview_get_n_days (overview), ==, 1);
  g_assert_cmpuint (tandem_overview_get_n_check_in_days (overview), ==, 1);
  weeks = tandem_overview_get_homework_weeks (overview, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (weeks[0].week_start, ==, "2027-03-22");  /* the 28th is a Sunday */
  g_clear_object (&overview);

  /* Homework done late on the day the clocks go forward belongs to it;
   * done just after the period's last midnight, it does not. */
  add_homework (&t, "Inside", NULL, local_usec (2027, 3, 28, 23, 59));
  add_homework (&t, "Outside", NULL, local_usec (2027, 3, 29, 0, 0));
  overview = tandem_overview_load (t.store, NULL, t.owner_id, "2027-03-28", "2027-03-28",
                                   local_usec (2027, 3, 28, 23, 59), &error);
  g_assert_no_error (error);
  homework = tandem_overview_get_homework (overview, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (homework[0].title, ==, "Inside");
  g_clear_object (&overview);

  /* The last 14 days across a year end. */
  overview = tandem_overview_load (t.store, NULL, t.owner_id, NULL, "2027-01-03",
                                   local_usec (2027, 1, 3, 8, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_overview_get_from (overview), ==, "2026-12-21");
  g_assert_cmpuint (tandem_overview_get_n_days (overview), ==, 14);
  g_clear_object (&overview);

  /* A session that starts late on a day is on that local day. */
  insert (&t, tandem_therapy_session_new (t.owner_id, local_usec (2026, 12, 31, 23, 30)));
  overview = tandem_overview_load (t.store, NULL, t.owner_id, NULL, "2027-01-03",
                                   local_usec (2027, 1, 3, 8, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_overview_get_from (overview), ==, "2026-12-31");
  g_assert_cmpuint (tandem_overview_get_n_days (overview), ==, 4);
  g_clear_object (&overview);

  /* Refusals, each with a message for people. */
  overview = tandem_overview_load (t.store, NULL, t.owner_id, "2027-01-04", "2027-01-03", 0, &error);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2027-01-04"));
  g_assert_null (overview);
  g_clear_error (&error);

  overview = tandem_overview_load (t.store, NULL, t.owner_id, "2027-02-30", "2027-03-03", 0, &error);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);

  overview = tandem_overview_load (t.store, NULL, t.owner_id, NULL, "today", 0, &error);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);

  overview = tandem_overview_load (t.store, NULL, 4242, NULL, "2027-01-03", 0, &error);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_assert_null (overview);
  g_clear_error (&error);

  test_store_clear (&t);
}

static void
test_query_plans (void)
{
  const TandemQueryPlan *plans;
  guint n_plans;
  TestStore t;

  test_store_init (&t);

  plans = _tandem_overview_get_queries (&n_plans);
  g_assert_cmpuint (n_plans, ==, 8);
  for (guint i = 0; i < n_plans; i++)
    {
      g_autofree char *plan = test_query_plan (&t, plans[i].sql);

      g_test_message ("%s\n  → %s", plans[i].sql, plan);
      g_assert_nonnull (strstr (plan, plans[i].index));
      g_assert_null (strstr (plan, "SCAN "));
    }

  test_store_clear (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/overview/since-last-session", test_since_last_session);
  g_test_add_func ("/overview/empty-person", test_empty_person);
  g_test_add_func ("/overview/period-edges", test_period_edges);
  g_test_add_func ("/overview/query-plans", test_query_plans);

  return g_test_run ();
}
