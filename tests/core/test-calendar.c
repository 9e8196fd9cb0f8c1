/* test-calendar.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-calendar"

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

static void
insert (TestStore *t,
        gpointer   record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_store_insert (t->store, record, &error));
  g_assert_no_error (error);
  g_object_unref (record);
}

static TandemCheckIn *
new_check_in (TestStore  *t,
              gint64      goal_id,
              const char *day,
              double      value,
              int         rating)
{
  TandemCheckIn *entry = tandem_check_in_new (t->owner_id, goal_id, day);

  tandem_check_in_set_value (entry, value);
  tandem_check_in_set_rating (entry, rating);
  return entry;
}

static const TandemCalendarDay *
day_of (TandemCalendarMonth *month,
        const char          *date)
{
  int index = tandem_calendar_month_find_day (month, date);

  g_assert_cmpint (index, >=, 0);
  return tandem_calendar_month_get_day (month, index);
}

static void
test_grid_range (void)
{
  struct {
    guint year, month;
    GDateWeekday first_weekday;
    const char *first, *last;
  } cases[] = {
    /* 1 March 2026 is a Sunday. */
    { 2026, 3, G_DATE_MONDAY, "2026-02-23", "2026-04-05" },
    { 2026, 3, G_DATE_SUNDAY, "2026-03-01", "2026-04-11" },
    { 2026, 3, G_DATE_SATURDAY, "2026-02-28", "2026-04-10" },
    /* Across the year end; 1 January 2027 is a Friday. */
    { 2027, 1, G_DATE_MONDAY, "2026-12-28", "2027-02-07" },
    { 2026, 12, G_DATE_MONDAY, "2026-11-30", "2027-01-10" },
    /* A leap February that starts on a Tuesday. */
    { 2028, 2, G_DATE_MONDAY, "2028-01-31", "2028-03-12" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;
      GDate a, b;

      tandem_calendar_get_grid_range (cases[i].year, cases[i].month, cases[i].first_weekday, &a, &b);
      first = tandem_date_format (&a);
      last = tandem_date_format (&b);
      g_assert_cmpstr (first, ==, cases[i].first);
      g_assert_cmpstr (last, ==, cases[i].last);
      g_assert_cmpint (g_date_get_weekday (&a), ==, cases[i].first_weekday);
    }
}

static void
test_month_markers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemCalendarMonth) month = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(TandemPerson) other = tandem_person_new ("Other", TANDEM_PERSON_ROLE_CLIENT);
  TandemCheckIn *entry;
  TandemHomework *homework;
  TandemResponse *response;
  TandemReminder *reminder;
  const TandemCalendarDay *day;
  gint64 goal_id, reminder_id, other_id;
  TestStore t;

  set_time_zone ("Europe/Berlin");
  test_store_init (&t);

  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (other), &error));
  other_id = tandem_record_get_id (TANDEM_RECORD (other));

  goal = tandem_goal_new (t.owner_id, TANDEM_FRAMEWORK_SMART, "Good talks");
  tandem_goal_set_measure_kind (goal, TANDEM_MEASURE_COUNT);
  tandem_goal_set_measure_period (goal, TANDEM_PERIOD_DAY);
  tandem_goal_set_baseline (goal, 0);
  tandem_goal_set_target (goal, 4);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (goal), &error));
  goal_id = tandem_record_get_id (TANDEM_RECORD (goal));

  /* Check-ins on the year end and in the grid's edges. */
  insert (&t, new_check_in (&t, 0, "2026-12-28", NAN, 5));     /* first day of the grid */
  insert (&t, new_check_in (&t, goal_id, "2026-12-31", 1, TANDEM_INT_UNSET));
  insert (&t, new_check_in (&t, goal_id, "2026-12-31", 1, TANDEM_INT_UNSET));
  insert (&t, new_check_in (&t, goal_id, "2027-01-01", 6, TANDEM_INT_UNSET));
  entry = new_check_in (&t, 0, "2027-01-01", NAN, 7);
  tandem_check_in_set_win (entry, TRUE);
  insert (&t, entry);
  insert (&t, new_check_in (&t, 0, "2027-02-07", NAN, 4));     /* last day of the grid */
  insert (&t, new_check_in (&t, 0, "2027-02-08", NAN, 4));     /* after it */
  insert (&t, new_check_in (&t, 0, "2026-12-27", NAN, 4));     /* before it */
  entry = tandem_check_in_new (other_id, 0, "2027-01-05");     /* someone else's */
  insert (&t, entry);

  g_assert_true (tandem_rest_day_mark (t.store, t.owner_id, "2027-01-02", NULL, &error));

  homework = tandem_homework_new (t.owner_id, "Breathing", "2026-12-20");
  tandem_homework_set_due_on (homework, "2027-01-04");
  tandem_homework_set_done_at (homework, local_usec (2027, 1, 3, 23, 50));
  insert (&t, homework);
  homework = tandem_homework_new (t.owner_id, "Journal", "2026-11-20");
  tandem_homework_set_due_on (homework, "2026-11-30");  /* due before, done inside */
  tandem_homework_set_done_at (homework, local_usec (2027, 1, 15, 0, 10));
  insert (&t, homework);

  response = tandem_response_new (t.owner_id, "phq9", "2027-01-06");
  tandem_response_set_taken_at (response, local_usec (2027, 1, 6, 9, 0));
  tandem_response_set_total (response, 9);
  insert (&t, response);
  response = tandem_response_new (t.owner_id, "gad7", "2027-01-06");
  tandem_response_set_taken_at (response, local_usec (2027, 1, 6, 9, 5));
  tandem_response_set_total (response, 8);
  insert (&t, response);

  /* A session late on New Year's Eve is on the 31st locally, although it
   * is 1 January in no time zone... and one just after the grid ends. */
  insert (&t, tandem_therapy_session_new (t.owner_id, local_usec (2026, 12, 31, 23, 30)));
  insert (&t, tandem_therapy_session_new (t.owner_id, local_usec (2027, 2, 8, 0, 0)));
  insert (&t, tandem_therapy_session_new (t.owner_id, local_usec (2026, 12, 28, 0, 0)));

  reminder = tandem_reminder_new (t.owner_id, TANDEM_REMINDER_KIND_CHECK_IN, TANDEM_RECURRENCE_DAILY,
                                  "20:00", "2026-12-01");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (reminder), &error));
  reminder_id = tandem_record_get_id (TANDEM_RECORD (reminder));
  g_object_unref (reminder);
  insert (&t, tandem_reminder_firing_new (reminder_id, local_usec (2027, 1, 8, 20, 0), TANDEM_FIRING_MISSED));
  insert (&t, tandem_reminder_firing_new (reminder_id, local_usec (2027, 1, 9, 20, 0), TANDEM_FIRING_ACTED));
  insert (&t, tandem_reminder_firing_new (reminder_id, local_usec (2027, 1, 9, 23, 59), TANDEM_FIRING_MISSED));

  month = tandem_calendar_month_load (t.store, t.owner_id, 2027, 1, G_DATE_MONDAY, goal_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_calendar_month_get_first_day (month), ==, "2026-12-28");
  g_assert_cmpstr (tandem_calendar_month_get_last_day (month), ==, "2027-02-07");
  g_assert_cmpuint (tandem_calendar_month_get_year (month), ==, 2027);
  g_assert_cmpuint (tandem_calendar_month_get_month (month), ==, 1);
  g_assert_cmpint (tandem_calendar_month_get_goal_id (month), ==, goal_id);
  g_assert_cmpint (tandem_calendar_month_get_person_id (month), ==, t.owner_id);
  g_assert_cmpint (tandem_calendar_month_get_first_weekday (month), ==, G_DATE_MONDAY);
  g_assert_cmpint (tandem_calendar_month_find_day (month, "2026-12-27"), ==, -1);
  g_assert_cmpint (tandem_calendar_month_find_day (month, "2027-02-08"), ==, -1);
  g_assert_cmpint (tandem_calendar_month_find_day (month, "2027-01-01"), ==, 4);

  day = tandem_calendar_month_get_day (month, 0);
  g_assert_cmpstr (day->date, ==, "2026-12-28");
  g_assert_false (day->in_month);
  g_assert_cmpuint (day->n_check_ins, ==, 1);
  g_assert_cmpuint (day->therapy_sessions, ==, 1);
  g_assert_true (isnan (day->value) && isnan (day->intensity));

  day = day_of (month, "2026-12-31");
  g_assert_cmpuint (day->day_of_month, ==, 31);
  g_assert_cmpuint (day->n_check_ins, ==, 2);
  g_assert_cmpfloat (day->value, ==, 2);           /* counts add up */
  g_assert_cmpfloat (day->intensity, ==, 0.5);     /* 2 of 0 → 4 */
  g_assert_cmpuint (day->therapy_sessions, ==, 1);
  g_assert_false (day->win);

  day = day_of (month, "2027-01-01");
  g_assert_true (day->in_month);
  g_assert_cmpuint (day->day_of_month, ==, 1);
  g_assert_cmpuint (day->n_check_ins, ==, 2);
  g_assert_true (day->win);
  g_assert_cmpfloat (day->value, ==, 6);
  g_assert_cmpfloat (day->intensity, ==, 1);       /* clamped */
  g_assert_cmpuint (day->therapy_sessions, ==, 0);

  g_assert_true (day_of (month, "2027-01-02")->rest_day);
  g_assert_false (day_of (month, "2027-01-03")->rest_day);
  g_assert_cmpuint (day_of (month, "2027-01-03")->homework_done, ==, 1);
  g_assert_cmpuint (day_of (month, "2027-01-04")->homework_due, ==, 1);
  g_assert_cmpuint (day_of (month, "2027-01-04")->homework_done, ==, 0);
  g_assert_cmpuint (day_of (month, "2027-01-15")->homework_done, ==, 1);
  g_assert_cmpuint (day_of (month, "2027-01-06")->questionnaires, ==, 2);
  g_assert_cmpuint (day_of (month, "2027-01-05")->n_check_ins, ==, 0);
  g_assert_cmpuint (day_of (month, "2027-01-08")->missed_reminders, ==, 1);
  g_assert_cmpuint (day_of (month, "2027-01-09")->missed_reminders, ==, 1);
  g_assert_cmpuint (day_of (month, "2027-02-07")->n_check_ins, ==, 1);
  g_assert_cmpuint (day_of (month, "2027-02-07")->therapy_sessions, ==, 0);
  g_clear_object (&month);

  /* Without a goal there are no values; with a goal that does not exist,
   * a sentence. */
  month = tandem_calendar_month_load (t.store, t.owner_id, 2027, 1, G_DATE_SUNDAY, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_calendar_month_get_first_day (month), ==, "2026-12-27");
  g_assert_cmpuint (day_of (month, "2026-12-27")->n_check_ins, ==, 1);
  g_assert_true (isnan (day_of (month, "2026-12-31")->value));
  g_clear_object (&month);
  g_assert_null (tandem_calendar_month_load (t.store, t.owner_id, 2027, 1, G_DATE_MONDAY, 9999, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  test_store_clear (&t);
}

/* Goals measured by rating, to decrease, and by questionnaire. */
static void
test_intensity_directions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemCalendarMonth) month = NULL;
  g_autoptr(TandemGoal) worry = tandem_goal_new (0, TANDEM_FRAMEWORK_SMART, "Worry less");
  g_autoptr(TandemGoal) mood = tandem_goal_new (0, TANDEM_FRAMEWORK_SMART, "Mood");
  g_autoptr(TandemGoal) anxiety = tandem_goal_new (0, TANDEM_FRAMEWORK_SMART, "Anxiety");
  TandemResponse *response;
  TestStore t;

  set_time_zone ("Europe/Berlin");
  test_store_init (&t);

  tandem_goal_set_person_id (worry, t.owner_id);
  tandem_goal_set_measure_kind (worry, TANDEM_MEASURE_RATING);
  tandem_goal_set_baseline (worry, 8);
  tandem_goal_set_target (worry, 2);
  tandem_goal_set_direction (worry, TANDEM_DIRECTION_DECREASE);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (worry), &error));

  tandem_goal_set_person_id (mood, t.owner_id);
  tandem_goal_set_measure_kind (mood, TANDEM_MEASURE_RATING);  /* no baseline or target */
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (mood), &error));

  tandem_goal_set_person_id (anxiety, t.owner_id);
  tandem_goal_set_measure_kind (anxiety, TANDEM_MEASURE_QUESTIONNAIRE);
  tandem_goal_set_instrument (anxiety, "gad7");
  tandem_goal_set_baseline (anxiety, 15);
  tandem_goal_set_target (anxiety, 5);
  tandem_goal_set_direction (anxiety, TANDEM_DIRECTION_DECREASE);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (anxiety), &error));
  g_assert_no_error (error);

  /* February of a leap year. */
  insert (&t, new_check_in (&t, tandem_record_get_id (TANDEM_RECORD (worry)), "2028-02-28", NAN, 8));
  insert (&t, new_check_in (&t, tandem_record_get_id (TANDEM_RECORD (worry)), "2028-02-29", NAN, 4));
  insert (&t, new_check_in (&t, tandem_record_get_id (TANDEM_RECORD (worry)), "2028-02-29", NAN, 2));
  insert (&t, new_check_in (&t, tandem_record_get_id (TANDEM_RECORD (worry)), "2028-03-01", NAN, 1));
  insert (&t, new_check_in (&t, tandem_record_get_id (TANDEM_RECORD (mood)), "2028-02-29", NAN, 7));
  response = tandem_response_new (t.owner_id, "gad7", "2028-02-29");
  tandem_response_set_taken_at (response, local_usec (2028, 2, 29, 12, 0));
  tandem_response_set_total (response, 10);
  insert (&t, response);

  month = tandem_calendar_month_load (t.store, t.owner_id, 2028, 2, G_DATE_MONDAY,
                                      tandem_record_get_id (TANDEM_RECORD (worry)), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (day_of (month, "2028-02-28")->intensity, ==, 0);
  g_assert_cmpfloat (day_of (month, "2028-02-29")->value, ==, 3);        /* ratings: the mean */
  g_assert_cmpfloat_with_epsilon (day_of (month, "2028-02-29")->intensity, 5.0 / 6, 1e-9);
  g_assert_cmpfloat (day_of (month, "2028-03-01")->intensity, ==, 1);
  g_assert_false (day_of (month, "2028-03-01")->in_month);
  g_clear_object (&month);

  month = tandem_calendar_month_load (t.store, t.owner_id, 2028, 2, G_DATE_MONDAY,
                                      tandem_record_get_id (TANDEM_RECORD (mood)), &error);
  g_assert_cmpfloat_with_epsilon (day_of (month, "2028-02-29")->intensity, 0.7, 1e-9);
  g_clear_object (&month);

  month = tandem_calendar_month_load (t.store, t.owner_id, 2028, 2, G_DATE_MONDAY,
                                      tandem_record_get_id (TANDEM_RECORD (anxiety)), &error);
  g_assert_cmpfloat (day_of (month, "2028-02-29")->value, ==, 10);
  g_assert_cmpfloat (day_of (month, "2028-02-29")->intensity, ==, 0.5);
  g_assert_cmpuint (day_of (month, "2028-02-29")->questionnaires, ==, 1);
  g_assert_true (isnan (day_of (month, "2028-02-28")->intensity));
  g_clear_object (&month);
  g_assert_no_error (error);

  test_store_clear (&t);
}

/* Instants land on the local date they happen on, on the days the clocks
 * change too, and the grid's bounds are local midnights. */
static void
check_dst_month (const char *zone,
                 int         month_number,
                 int         change_day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemCalendarMonth) month = NULL;
  g_autofree char *change = g_strdup_printf ("2026-%02d-%02d", month_number, change_day);
  g_autofree char *before = tandem_date_add_days (change, -1);
  GDate first, last, eve;
  TestStore t;

  set_time_zone (zone);
  test_store_init (&t);
  tandem_calendar_get_grid_range (2026, month_number, G_DATE_MONDAY, &first, &last);

  /* Around the change: 00:30, 03:30 and 23:30 on the day itself, 23:59
   * the day before. */
  insert (&t, tandem_therapy_session_new (t.owner_id, local_usec (2026, month_number, change_day, 0, 30)));
  insert (&t, tandem_therapy_session_new (t.owner_id, local_usec (2026, month_number, change_day, 3, 30)));
  insert (&t, tandem_therapy_session_new (t.owner_id, local_usec (2026, month_number, change_day, 23, 30)));
  tandem_date_parse (before, &eve);
  insert (&t, tandem_therapy_session_new (t.owner_id, local_usec (2026, g_date_get_month (&eve),
                                                                   g_date_get_day (&eve), 23, 59)));
  /* The grid's first minute and the minute after its last. */
  insert (&t, tandem_therapy_session_new (t.owner_id, local_usec (g_date_get_year (&first),
                                                                   g_date_get_month (&first),
                                                                   g_date_get_day (&first), 0, 0)));
  insert (&t, tandem_therapy_session_new (t.owner_id, local_usec (g_date_get_year (&last),
                                                                   g_date_get_month (&last),
                                                                   g_date_get_day (&last), 23, 59) + 60 * G_USEC_PER_SEC));
  insert (&t, new_check_in (&t, 0, change, NAN, 5));

  month = tandem_calendar_month_load (t.store, t.owner_id, 2026, month_number, G_DATE_MONDAY, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (day_of (month, change)->therapy_sessions, ==, 3);
  g_assert_cmpuint (day_of (month, change)->n_check_ins, ==, 1);
  g_assert_cmpuint (day_of (month, before)->therapy_sessions, ==, 1);
  g_assert_cmpuint (tandem_calendar_month_get_day (month, 0)->therapy_sessions, ==, 1);
  g_assert_cmpuint (tandem_calendar_month_get_day (month, TANDEM_CALENDAR_N_DAYS - 1)->therapy_sessions, ==, 0);

  test_store_clear (&t);
}

static void
test_daylight_saving_days (void)
{
  /* Summer time starts and ends in 2026: Berlin on 29 March and 25
   * October, New York on 8 March and 1 November. */
  check_dst_month ("Europe/Berlin", 3, 29);
  check_dst_month ("Europe/Berlin", 10, 25);
  check_dst_month ("America/New_York", 3, 8);
  check_dst_month ("America/New_York", 11, 1);
  set_time_zone ("Europe/Berlin");
}

static void
assert_plans (TestStore             *t,
              const TandemQueryPlan *plans,
              guint                  n_plans)
{
  for (guint i = 0; i < n_plans; i++)
    {
      g_autofree char *plan = test_query_plan (t, plans[i].sql);

      g_test_message ("%s\n  → %s", plans[i].sql, plan);
      g_assert_nonnull (strstr (plan, plans[i].index));
      g_assert_null (strstr (plan, "SCAN "));
    }
}

static void
test_query_plans (void)
{
  const TandemQueryPlan *plans;
  guint n_plans;
  TestStore t;

  test_store_init (&t);

  plans = _tandem_calendar_month_get_queries (&n_plans);
  g_assert_cmpuint (n_plans, ==, 6);
  assert_plans (&t, plans, n_plans);
  /* Missed reminders: through the person's reminders, then each one's
   * firings by due time. */
  {
    g_autofree char *plan = test_query_plan (&t, plans[5].sql);

    g_assert_nonnull (strstr (plan, "sqlite_autoindex_reminder_firing_2"));
  }

  plans = _tandem_streak_get_queries (&n_plans);
  assert_plans (&t, plans, n_plans);
  plans = _tandem_goal_summary_get_queries (&n_plans);
  assert_plans (&t, plans, n_plans);

  test_store_clear (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/calendar/grid-range", test_grid_range);
  g_test_add_func ("/calendar/markers", test_month_markers);
  g_test_add_func ("/calendar/intensity", test_intensity_directions);
  g_test_add_func ("/calendar/daylight-saving", test_daylight_saving_days);
  g_test_add_func ("/calendar/query-plans", test_query_plans);

  return g_test_run ();
}
