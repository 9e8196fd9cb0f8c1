/* test-schedule.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-schedule"

#include "config.h"

#include <string.h>

#include "tandem-core.h"
#include "test-util.h"

/* Every test names its "now" and its time zone: nothing here depends on the
 * machine's clock or zone. */

static gint64
iso_us (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

static char *
us_to_iso (gint64     us,
           GTimeZone *tz)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z");
}

static TandemReminder *
make (TandemRecurrence  recurrence,
      const char       *times,
      const char       *start)
{
  return tandem_reminder_new (1, TANDEM_REMINDER_KIND_CHECK_IN, recurrence, times, start);
}

/* Asserts the next due times after @now, given as ISO 8601 with offsets, and
 * that there are no more than those when @complete. */
static void
assert_next (TandemReminder     *reminder,
             const char         *zone,
             const char         *now,
             const char * const *expected,
             gboolean            complete)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zone);
  g_autoptr(GDateTime) now_dt = g_date_time_new_from_iso8601 (now, NULL);
  guint n_expected = g_strv_length ((char **) expected);
  gint64 due[64];
  guint n;

  g_assert_nonnull (tz);
  g_assert_nonnull (now_dt);
  g_assert_cmpuint (n_expected, <, G_N_ELEMENTS (due));

  n = tandem_schedule_next_occurrences (reminder, now_dt, tz, due,
                                        complete ? G_N_ELEMENTS (due) : n_expected);

  for (guint i = 0; i < MIN (n, n_expected); i++)
    {
      g_autofree char *got = us_to_iso (due[i], tz);
      g_autofree char *want = us_to_iso (iso_us (expected[i]), tz);

      g_assert_cmpstr (got, ==, want);
    }
  g_assert_cmpuint (n, ==, n_expected);

  if (n > 0)
    g_assert_cmpint (tandem_schedule_next (reminder, now_dt, tz), ==, due[0]);
  else
    g_assert_cmpint (tandem_schedule_next (reminder, now_dt, tz), ==, 0);
}

static void
test_parse_times (void)
{
  int minutes[TANDEM_SCHEDULE_MAX_TIMES];
  guint n = 0;
  const char *bad[] = { "", "8:00", "24:00", "12:60", "12:00,", "12:00;13:00", "ab:cd", "12-00" };
  int value;

  g_assert_true (tandem_schedule_parse_times ("20:30,08:00, 08:00", minutes, &n));
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (minutes[0], ==, 8 * 60);
  g_assert_cmpint (minutes[1], ==, 20 * 60 + 30);
  g_assert_true (tandem_schedule_parse_times ("00:00", NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (tandem_schedule_parse_times (bad[i], minutes, &n));
  g_assert_false (tandem_schedule_parse_times (NULL, NULL, NULL));

  g_assert_true (tandem_schedule_parse_time_of_day ("23:59", &value));
  g_assert_cmpint (value, ==, 23 * 60 + 59);
  g_assert_false (tandem_schedule_parse_time_of_day ("23:59 ", NULL));
}

static void
test_validate (void)
{
  g_autoptr(TandemReminder) reminder = make (TANDEM_RECURRENCE_DAILY, "08:00", "2026-02-01");
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_schedule_validate (reminder, &error));
  g_assert_no_error (error);

  tandem_reminder_set_times (reminder, "8 o'clock");
  g_assert_false (tandem_schedule_validate (reminder, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  tandem_reminder_set_times (reminder, "08:00");

  tandem_reminder_set_end_date (reminder, "2026-01-31");
  g_assert_false (tandem_schedule_validate (reminder, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  tandem_reminder_set_end_date (reminder, NULL);

  tandem_reminder_set_recurrence (reminder, TANDEM_RECURRENCE_WEEKDAYS);
  g_assert_false (tandem_schedule_validate (reminder, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  tandem_reminder_set_weekdays (reminder, TANDEM_WEEKDAY_MONDAY);

  tandem_reminder_set_quiet_start (reminder, "22:00");
  g_assert_false (tandem_schedule_validate (reminder, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  tandem_reminder_set_quiet_end (reminder, "07:00");
  g_assert_true (tandem_schedule_validate (reminder, NULL));
}

static void
test_weekday_bits (void)
{
  GDate date;

  /* 2026-02-02 is a Monday. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, G_DATE_FEBRUARY, 2026);
  g_assert_cmpint (TANDEM_WEEKDAY_BIT (g_date_get_weekday (&date)), ==, TANDEM_WEEKDAY_MONDAY);
  g_date_add_days (&date, 6);
  g_assert_cmpint (TANDEM_WEEKDAY_BIT (g_date_get_weekday (&date)), ==, TANDEM_WEEKDAY_SUNDAY);
  g_assert_cmpint (TANDEM_WEEKDAY_SUNDAY, ==, 1 << 6);
}

static void
test_local_to_utc (void)
{
  g_autoptr(GTimeZone) ny = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GTimeZone) london = g_time_zone_new_identifier ("Europe/London");

  /* An ordinary day. */
  g_assert_cmpint (tandem_schedule_local_to_utc (ny, 2026, 1, 15, 9 * 60), ==,
                   iso_us ("2026-01-15T09:00:00-05:00"));
  /* The gap: 02:00–03:00 does not exist on 2026-03-08 in New York. */
  g_assert_cmpint (tandem_schedule_local_to_utc (ny, 2026, 3, 8, 2 * 60 + 30), ==,
                   iso_us ("2026-03-08T03:00:00-04:00"));
  g_assert_cmpint (tandem_schedule_local_to_utc (ny, 2026, 3, 8, 3 * 60), ==,
                   iso_us ("2026-03-08T03:00:00-04:00"));
  /* The repeated hour: 01:30 happens twice on 2026-11-01; the first counts. */
  g_assert_cmpint (tandem_schedule_local_to_utc (ny, 2026, 11, 1, 60 + 30), ==,
                   iso_us ("2026-11-01T01:30:00-04:00"));
  g_assert_cmpint (tandem_schedule_local_to_utc (london, 2026, 3, 29, 60 + 30), ==,
                   iso_us ("2026-03-29T02:00:00+01:00"));
  g_assert_cmpint (tandem_schedule_local_to_utc (london, 2026, 10, 25, 60 + 30), ==,
                   iso_us ("2026-10-25T01:30:00+01:00"));
  g_assert_cmpint (tandem_schedule_local_to_utc (london, 2026, 2, 30, 0), ==, 0);
}

static void
test_daily_spring_forward_new_york (void)
{
  g_autoptr(TandemReminder) reminder = make (TANDEM_RECURRENCE_DAILY, "02:30", "2026-01-01");
  const char *expected[] = {
    "2026-03-07T02:30:00-05:00",
    "2026-03-08T03:00:00-04:00",  /* 02:30 does not exist: once, just after the gap */
    "2026-03-09T02:30:00-04:00",
    "2026-03-10T02:30:00-04:00",
    NULL
  };

  assert_next (reminder, "America/New_York", "2026-03-06T12:00:00-05:00", expected, FALSE);
}

static void
test_daily_spring_forward_london (void)
{
  g_autoptr(TandemReminder) reminder = make (TANDEM_RECURRENCE_DAILY, "01:30,09:00", "2026-01-01");
  const char *expected[] = {
    "2026-03-28T09:00:00+00:00",
    "2026-03-29T02:00:00+01:00",  /* 01:30 does not exist */
    "2026-03-29T09:00:00+01:00",
    "2026-03-30T01:30:00+01:00",
    NULL
  };

  assert_next (reminder, "Europe/London", "2026-03-28T08:00:00+00:00", expected, FALSE);
}

static void
test_daily_fall_back_new_york (void)
{
  g_autoptr(TandemReminder) reminder = make (TANDEM_RECURRENCE_DAILY, "01:30", "2026-01-01");
  const char *expected[] = {
    "2026-10-31T01:30:00-04:00",
    "2026-11-01T01:30:00-04:00",  /* the first of the two 01:30s, only */
    "2026-11-02T01:30:00-05:00",
    NULL
  };
  const char *after_first[] = {
    "2026-11-02T01:30:00-05:00",
    NULL
  };

  assert_next (reminder, "America/New_York", "2026-10-30T12:00:00-04:00", expected, FALSE);
  /* Between the two 01:30s the second one does not fire. */
  assert_next (reminder, "America/New_York", "2026-11-01T01:45:00-04:00", after_first, FALSE);
  assert_next (reminder, "America/New_York", "2026-11-01T01:10:00-05:00", after_first, FALSE);
}

static void
test_daily_fall_back_london (void)
{
  g_autoptr(TandemReminder) reminder = make (TANDEM_RECURRENCE_DAILY, "01:30", "2026-01-01");
  const char *expected[] = {
    "2026-10-24T01:30:00+01:00",
    "2026-10-25T01:30:00+01:00",
    "2026-10-26T01:30:00+00:00",
    NULL
  };

  assert_next (reminder, "Europe/London", "2026-10-23T12:00:00+01:00", expected, FALSE);
}

static void
test_monthly_short_months (void)
{
  g_autoptr(TandemReminder) reminder = make (TANDEM_RECURRENCE_MONTHLY, "09:00", "2026-01-31");
  const char *expected[] = {
    "2026-01-31T09:00:00+01:00",
    "2026-02-28T09:00:00+01:00",
    "2026-03-31T09:00:00+02:00",
    "2026-04-30T09:00:00+02:00",
    "2026-05-31T09:00:00+02:00",
    "2026-06-30T09:00:00+02:00",
    NULL
  };
  const char *leap[] = {
    "2028-01-31T09:00:00+01:00",
    "2028-02-29T09:00:00+01:00",
    "2028-03-31T09:00:00+02:00",
    NULL
  };
  const char *day_30[] = {
    "2028-02-29T09:00:00+01:00",
    "2028-03-30T09:00:00+02:00",
    NULL
  };

  assert_next (reminder, "Europe/Berlin", "2026-01-01T00:00:00+01:00", expected, FALSE);

  tandem_reminder_set_start_date (reminder, "2028-01-01");
  tandem_reminder_set_month_day (reminder, 31);
  assert_next (reminder, "Europe/Berlin", "2027-12-01T00:00:00+01:00", leap, FALSE);

  tandem_reminder_set_month_day (reminder, 30);
  assert_next (reminder, "Europe/Berlin", "2028-02-01T00:00:00+01:00", day_30, FALSE);
}

static void
test_every_two_weeks (void)
{
  g_autoptr(TandemReminder) reminder = make (TANDEM_RECURRENCE_WEEKLY, "18:00", "2026-01-07");
  /* 2026-01-07 is a Wednesday; without chosen days, its day of the week. */
  const char *wednesdays[] = {
    "2026-01-07T18:00:00+01:00",
    "2026-01-21T18:00:00+01:00",
    "2026-02-04T18:00:00+01:00",
    "2026-02-18T18:00:00+01:00",
    NULL
  };
  /* Monday and Friday of every other week, counted from the start's week:
   * that week's Monday (01-05) comes before the start, so it is left out. */
  const char *mon_fri[] = {
    "2026-01-09T18:00:00+01:00",
    "2026-01-19T18:00:00+01:00",
    "2026-01-23T18:00:00+01:00",
    "2026-02-02T18:00:00+01:00",
    NULL
  };

  tandem_reminder_set_interval_weeks (reminder, 2);
  assert_next (reminder, "Europe/Berlin", "2026-01-01T00:00:00+01:00", wednesdays, FALSE);

  tandem_reminder_set_weekdays (reminder, TANDEM_WEEKDAY_MONDAY | TANDEM_WEEKDAY_FRIDAY);
  assert_next (reminder, "Europe/Berlin", "2026-01-01T00:00:00+01:00", mon_fri, FALSE);
}

static void
test_weekdays (void)
{
  g_autoptr(TandemReminder) reminder = make (TANDEM_RECURRENCE_WEEKDAYS, "07:30", "2026-01-01");
  /* 2026-02-01 is a Sunday. */
  const char *expected[] = {
    "2026-02-02T07:30:00+01:00",
    "2026-02-04T07:30:00+01:00",
    "2026-02-06T07:30:00+01:00",
    "2026-02-09T07:30:00+01:00",
    NULL
  };

  tandem_reminder_set_weekdays (reminder, TANDEM_WEEKDAY_MONDAY | TANDEM_WEEKDAY_WEDNESDAY |
                                          TANDEM_WEEKDAY_FRIDAY);
  assert_next (reminder, "Europe/Berlin", "2026-02-01T10:00:00+01:00", expected, FALSE);
}

static void
test_end_date (void)
{
  g_autoptr(TandemReminder) reminder = make (TANDEM_RECURRENCE_DAILY, "08:00,20:00", "2026-01-01");
  const char *expected[] = {
    "2026-02-01T20:00:00+01:00",
    "2026-02-02T08:00:00+01:00",
    "2026-02-02T20:00:00+01:00",
    "2026-02-03T08:00:00+01:00",
    "2026-02-03T20:00:00+01:00",
    NULL
  };
  const char *none[] = { NULL };

  tandem_reminder_set_end_date (reminder, "2026-02-03");
  assert_next (reminder, "Europe/Berlin", "2026-02-01T10:00:00+01:00", expected, TRUE);
  assert_next (reminder, "Europe/Berlin", "2026-02-03T20:00:00+01:00", none, TRUE);
}

static void
test_once (void)
{
  g_autoptr(TandemReminder) reminder = make (TANDEM_RECURRENCE_ONCE, "09:00,17:00", "2026-03-10");
  const char *expected[] = {
    "2026-03-10T09:00:00+01:00",
    "2026-03-10T17:00:00+01:00",
    NULL
  };
  const char *none[] = { NULL };

  assert_next (reminder, "Europe/Berlin", "2026-02-01T10:00:00+01:00", expected, TRUE);
  /* In the past: no next. */
  assert_next (reminder, "Europe/Berlin", "2026-03-10T17:00:00+01:00", none, TRUE);
  assert_next (reminder, "Europe/Berlin", "2027-01-01T00:00:00+01:00", none, TRUE);
}

static void
test_snooze (void)
{
  g_autoptr(TandemReminder) reminder = make (TANDEM_RECURRENCE_DAILY, "08:00", "2026-01-01");
  const char *snoozed[] = {
    "2026-02-01T08:10:00+01:00",
    "2026-02-02T08:00:00+01:00",
    NULL
  };
  const char *long_snooze[] = {
    "2026-02-03T09:00:00+01:00",  /* the mornings of the 2nd and 3rd are covered by it */
    "2026-02-04T08:00:00+01:00",
    NULL
  };
  const char *over[] = {
    "2026-02-02T08:00:00+01:00",
    NULL
  };

  tandem_reminder_set_snoozed_until (reminder, iso_us ("2026-02-01T08:10:00+01:00"));
  assert_next (reminder, "Europe/Berlin", "2026-02-01T08:00:00+01:00", snoozed, FALSE);
  /* Once the snooze is over, it no longer counts. */
  assert_next (reminder, "Europe/Berlin", "2026-02-01T08:10:00+01:00", over, FALSE);

  tandem_reminder_set_snoozed_until (reminder, iso_us ("2026-02-03T09:00:00+01:00"));
  assert_next (reminder, "Europe/Berlin", "2026-02-01T08:00:00+01:00", long_snooze, FALSE);
}

static void
test_quiet_hours (void)
{
  g_autoptr(TandemReminder) reminder = make (TANDEM_RECURRENCE_DAILY, "06:00,12:00,23:00",
                                             "2026-01-01");
  /* Quiet from 22:00 to 07:00: 06:00 moves to 07:00, 23:00 to 07:00 the next
   * morning, where it meets that day's 06:00 and fires once. */
  const char *across_midnight[] = {
    "2026-02-01T07:00:00+01:00",
    "2026-02-01T12:00:00+01:00",
    "2026-02-02T07:00:00+01:00",
    "2026-02-02T12:00:00+01:00",
    "2026-02-03T07:00:00+01:00",
    NULL
  };
  /* Last night's 23:00 fires this morning at the end of the quiet hours. */
  const char *from_last_night[] = {
    "2026-02-01T07:00:00+01:00",
    NULL
  };
  const char *same_day[] = {
    "2026-02-01T06:00:00+01:00",
    "2026-02-01T14:00:00+01:00",
    "2026-02-01T23:00:00+01:00",
    NULL
  };
  const char *none_quiet[] = {
    "2026-02-01T06:00:00+01:00",
    "2026-02-01T12:00:00+01:00",
    NULL
  };

  tandem_reminder_set_quiet_start (reminder, "22:00");
  tandem_reminder_set_quiet_end (reminder, "07:00");
  assert_next (reminder, "Europe/Berlin", "2026-02-01T00:00:00+01:00", across_midnight, FALSE);
  assert_next (reminder, "Europe/Berlin", "2026-02-01T06:30:00+01:00", from_last_night, FALSE);

  tandem_reminder_set_quiet_start (reminder, "12:00");
  tandem_reminder_set_quiet_end (reminder, "14:00");
  assert_next (reminder, "Europe/Berlin", "2026-02-01T00:00:00+01:00", same_day, FALSE);

  tandem_reminder_set_quiet_end (reminder, "12:00");
  assert_next (reminder, "Europe/Berlin", "2026-02-01T00:00:00+01:00", none_quiet, FALSE);
}

static void
test_start_in_future (void)
{
  g_autoptr(TandemReminder) reminder = make (TANDEM_RECURRENCE_WEEKLY, "10:00", "2030-06-03");
  const char *expected[] = {
    "2030-06-03T10:00:00+02:00",
    NULL
  };

  tandem_reminder_set_interval_weeks (reminder, 52);
  assert_next (reminder, "Europe/Berlin", "2026-02-01T00:00:00+01:00", expected, FALSE);
}

/* With the store ---------------------------------------------------------- */

static TandemReminder *
insert_reminder (TestStore          *t,
                 TandemReminderKind  kind,
                 TandemRecurrence    recurrence,
                 const char         *times,
                 const char         *target)
{
  g_autoptr(GError) error = NULL;
  TandemReminder *reminder = tandem_reminder_new (t->owner_id, kind, recurrence, times,
                                                  "2026-01-01");

  tandem_reminder_set_only_if_not_done (reminder, TRUE);
  tandem_reminder_set_target_uuid (reminder, target);
  g_assert_true (tandem_store_insert (t->store, TANDEM_RECORD (reminder), &error));
  g_assert_no_error (error);

  return reminder;
}

static void
test_only_if_not_done (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-02-02T09:00:00+01:00", NULL);
  g_autoptr(TandemReminder) check_in = NULL;
  g_autoptr(TandemReminder) phq9 = NULL;
  g_autoptr(TandemReminder) homework_reminder = NULL;
  g_autoptr(TandemReminder) appointment = NULL;
  g_autoptr(TandemCheckIn) entry = NULL;
  g_autoptr(TandemResponse) response = NULL;
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(GError) error = NULL;
  gint64 evening = iso_us ("2026-02-02T20:00:00+01:00");
  gboolean done = TRUE;
  gint64 due;
  TestStore t;

  test_store_init (&t);

  check_in = insert_reminder (&t, TANDEM_REMINDER_KIND_CHECK_IN, TANDEM_RECURRENCE_DAILY,
                              "20:00", NULL);
  g_assert_true (tandem_store_is_reminder_done (t.store, check_in, evening, tz, &done, &error));
  g_assert_no_error (error);
  g_assert_false (done);

  /* Today's check-in exists: tonight's reminder is done, tomorrow's is not. */
  entry = tandem_check_in_new (t.owner_id, 0, "2026-02-02");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (entry), &error));
  g_assert_true (tandem_store_is_reminder_done (t.store, check_in, evening, tz, &done, &error));
  g_assert_true (done);
  g_assert_true (tandem_store_next_reminder_due (t.store, check_in, now, tz, &due, &error));
  g_assert_no_error (error);
  g_assert_cmpint (due, ==, iso_us ("2026-02-03T20:00:00+01:00"));

  /* Just after midnight is the next local day. */
  g_assert_true (tandem_store_is_reminder_done (t.store, check_in,
                                                iso_us ("2026-02-03T00:30:00+01:00"), tz,
                                                &done, &error));
  g_assert_false (done);

  /* Without "only if not done", it always fires. */
  tandem_reminder_set_only_if_not_done (check_in, FALSE);
  g_assert_true (tandem_store_is_reminder_done (t.store, check_in, evening, tz, &done, &error));
  g_assert_false (done);

  /* A questionnaire every week: answered on Saturday, the Monday reminder
   * (whose window is the last seven days) is done. */
  phq9 = insert_reminder (&t, TANDEM_REMINDER_KIND_QUESTIONNAIRE, TANDEM_RECURRENCE_WEEKLY,
                          "18:00", "phq9");
  tandem_reminder_set_weekdays (phq9, TANDEM_WEEKDAY_MONDAY);
  g_assert_true (tandem_store_is_reminder_done (t.store, phq9,
                                                iso_us ("2026-02-02T18:00:00+01:00"), tz,
                                                &done, &error));
  g_assert_false (done);
  response = tandem_response_new (t.owner_id, "phq9", "2026-01-31");
  tandem_response_set_taken_at (response, iso_us ("2026-01-31T10:00:00+01:00"));
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (response), &error));
  g_assert_no_error (error);
  g_assert_true (tandem_store_is_reminder_done (t.store, phq9,
                                                iso_us ("2026-02-02T18:00:00+01:00"), tz,
                                                &done, &error));
  g_assert_true (done);
  g_assert_true (tandem_store_is_reminder_done (t.store, phq9,
                                                iso_us ("2026-02-09T18:00:00+01:00"), tz,
                                                &done, &error));
  g_assert_false (done);
  /* Another instrument does not count. */
  tandem_reminder_set_target_uuid (phq9, "gad7");
  g_assert_true (tandem_store_is_reminder_done (t.store, phq9,
                                                iso_us ("2026-02-02T18:00:00+01:00"), tz,
                                                &done, &error));
  g_assert_false (done);

  /* Homework: done once it is marked done. */
  homework = tandem_homework_new (t.owner_id, "Breathing exercise", "2026-01-20");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (homework), &error));
  homework_reminder = insert_reminder (&t, TANDEM_REMINDER_KIND_HOMEWORK, TANDEM_RECURRENCE_DAILY,
                                       "19:00",
                                       tandem_record_get_uuid (TANDEM_RECORD (homework)));
  g_assert_true (tandem_store_next_reminder_due (t.store, homework_reminder, now, tz, &due,
                                                 &error));
  g_assert_cmpint (due, ==, iso_us ("2026-02-02T19:00:00+01:00"));
  tandem_homework_set_done_at (homework, iso_us ("2026-02-02T08:00:00+01:00"));
  g_assert_true (tandem_store_update (t.store, TANDEM_RECORD (homework), &error));
  g_assert_no_error (error);
  g_assert_true (tandem_store_is_reminder_done (t.store, homework_reminder, evening, tz,
                                                &done, &error));
  g_assert_true (done);
  g_assert_true (tandem_store_next_reminder_due (t.store, homework_reminder, now, tz, &due,
                                                 &error));
  g_assert_cmpint (due, ==, 0);

  /* Appointments are never "done". */
  appointment = insert_reminder (&t, TANDEM_REMINDER_KIND_APPOINTMENT, TANDEM_RECURRENCE_DAILY,
                                 "19:00", NULL);
  g_assert_true (tandem_store_is_reminder_done (t.store, appointment, evening, tz,
                                                &done, &error));
  g_assert_false (done);
  g_assert_no_error (error);

  test_store_clear (&t);
}

static void
test_next_due_cache (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-03-07T12:00:00-05:00", NULL);
  g_autoptr(TandemReminder) daily = NULL;
  g_autoptr(TandemReminder) morning = NULL;
  g_autoptr(TandemReminder) off = NULL;
  g_autoptr(TandemReminder) earliest = NULL;
  g_autoptr(TandemReminder) stored = NULL;
  g_autoptr(GArray) coming = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plan = NULL;
  gint64 updated_at;
  TestStore t;

  test_store_init (&t);

  /* Nothing cached yet: no earliest. */
  g_assert_null (tandem_store_dup_earliest_reminder (t.store, &error));
  g_assert_no_error (error);

  daily = insert_reminder (&t, TANDEM_REMINDER_KIND_CHECK_IN, TANDEM_RECURRENCE_DAILY,
                           "20:00", NULL);
  morning = insert_reminder (&t, TANDEM_REMINDER_KIND_CUSTOM, TANDEM_RECURRENCE_DAILY,
                             "02:30", NULL);
  off = insert_reminder (&t, TANDEM_REMINDER_KIND_CUSTOM, TANDEM_RECURRENCE_DAILY,
                         "13:00", NULL);
  tandem_reminder_set_enabled (off, FALSE);
  g_assert_true (tandem_store_update (t.store, TANDEM_RECORD (off), &error));
  updated_at = tandem_record_get_updated_at (TANDEM_RECORD (daily));

  g_assert_true (tandem_store_update_next_due (t.store, 0, now, tz, &error));
  g_assert_no_error (error);

  earliest = tandem_store_dup_earliest_reminder (t.store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (earliest);
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (earliest)), ==,
                   tandem_record_get_id (TANDEM_RECORD (daily)));
  g_assert_cmpint (tandem_reminder_get_next_due (earliest), ==,
                   iso_us ("2026-03-07T20:00:00-05:00"));
  /* A cached value is not an edit. */
  g_assert_cmpint (tandem_record_get_updated_at (TANDEM_RECORD (earliest)), ==, updated_at);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM reminder WHERE next_due IS NULL"), ==, 1);

  /* After the evening, the next is the 02:30 that does not exist. */
  {
    g_autoptr(GDateTime) later = g_date_time_new_from_iso8601 ("2026-03-07T21:00:00-05:00", NULL);
    g_autoptr(TandemReminder) next = NULL;

    g_assert_true (tandem_store_update_next_due (t.store,
                                                 tandem_record_get_id (TANDEM_RECORD (morning)),
                                                 later, tz, &error));
    g_assert_true (tandem_store_update_next_due (t.store,
                                                 tandem_record_get_id (TANDEM_RECORD (daily)),
                                                 later, tz, &error));
    next = tandem_store_dup_earliest_reminder (t.store, &error);
    g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (next)), ==,
                     tandem_record_get_id (TANDEM_RECORD (morning)));
    g_assert_cmpint (tandem_reminder_get_next_due (next), ==,
                     iso_us ("2026-03-08T03:00:00-04:00"));
  }

  /* Unknown reminder: a sentence, nothing changed. */
  g_assert_false (tandem_store_update_next_due (t.store, 999, now, tz, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  stored = tandem_store_get (t.store, TANDEM_TYPE_REMINDER,
                             tandem_record_get_id (TANDEM_RECORD (off)), &error);
  g_assert_cmpint (tandem_reminder_get_next_due (stored), ==, 0);

  /* All coming due times together, earliest first, disabled ones left out. */
  coming = tandem_store_list_next_due (t.store, 0, now, tz, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coming->len, ==, 5);
  g_assert_cmpint (g_array_index (coming, TandemDue, 0).due, ==, iso_us ("2026-03-07T20:00:00-05:00"));
  g_assert_cmpint (g_array_index (coming, TandemDue, 1).due, ==, iso_us ("2026-03-08T03:00:00-04:00"));
  g_assert_cmpint (g_array_index (coming, TandemDue, 2).due, ==, iso_us ("2026-03-08T20:00:00-04:00"));
  g_assert_cmpint (g_array_index (coming, TandemDue, 3).due, ==, iso_us ("2026-03-09T02:30:00-04:00"));
  for (guint i = 0; i < coming->len; i++)
    g_assert_true (tandem_reminder_get_enabled (g_array_index (coming, TandemDue, i).reminder));

  /* Another connection's commit changes the data version; our own does not. */
  {
    gint64 before = tandem_store_get_data_version (t.store, &error);

    g_assert_no_error (error);
    g_assert_cmpint (before, >=, 0);
    g_assert_true (tandem_store_update_next_due (t.store, 0, now, tz, &error));
    g_assert_cmpint (tandem_store_get_data_version (t.store, &error), ==, before);
    test_sqlite_exec (t.path, "UPDATE reminder SET title = 'x' WHERE id = 1");
    g_assert_cmpint (tandem_store_get_data_version (t.store, &error), !=, before);
    g_assert_no_error (error);
  }

  /* The query the service runs uses the partial index. */
  plan = test_query_plan (&t, "SELECT id FROM reminder WHERE enabled = 1 "
                              "AND next_due IS NOT NULL ORDER BY next_due LIMIT 1");
  g_test_message ("%s", plan);
  g_assert_nonnull (strstr (plan, "reminder_next_due"));
  g_assert_null (strstr (plan, "TEMP B-TREE"));

  test_store_clear (&t);
}

static gint64
firing_count (TestStore  *t,
              const char *outcome)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM reminder_firing WHERE outcome = '%s'",
                                          outcome);

  return test_count (t, sql);
}

static void
test_outcome_and_snooze (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-02-02T20:00:30+01:00", NULL);
  g_autoptr(TandemReminder) reminder = NULL;
  g_autoptr(TandemReminder) stored = NULL;
  g_autoptr(TandemReminderFiring) firing = NULL;
  g_autoptr(GError) error = NULL;
  gint64 evening = iso_us ("2026-02-02T20:00:00+01:00");
  gint64 until = iso_us ("2026-02-02T20:10:30+01:00");
  gint64 id, updated_at;
  gboolean changed = TRUE;

  TestStore t;

  test_store_init (&t);

  reminder = insert_reminder (&t, TANDEM_REMINDER_KIND_CHECK_IN, TANDEM_RECURRENCE_DAILY,
                              "20:00", NULL);
  id = tandem_record_get_id (TANDEM_RECORD (reminder));
  updated_at = tandem_record_get_updated_at (TANDEM_RECORD (reminder));

  /* No such firing: nothing changes, and that is no error. */
  g_assert_true (tandem_store_set_firing_outcome (t.store, id, evening, TANDEM_FIRING_ACTED,
                                                  &changed, &error));
  g_assert_no_error (error);
  g_assert_false (changed);

  firing = tandem_reminder_firing_new (id, evening, TANDEM_FIRING_SHOWN);
  tandem_reminder_firing_set_fired_at (firing, evening);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (firing), &error));

  /* Snoozed: stored, the next due time is the snooze, the firing says so. */
  g_assert_true (tandem_store_snooze_reminder (t.store, id, evening, until, now, tz, &error));
  g_assert_no_error (error);
  stored = tandem_store_get (t.store, TANDEM_TYPE_REMINDER, id, &error);
  g_assert_cmpint (tandem_reminder_get_snoozed_until (stored), ==, until);
  g_assert_cmpint (tandem_reminder_get_next_due (stored), ==, until);
  g_assert_cmpint (tandem_record_get_updated_at (TANDEM_RECORD (stored)), ==, updated_at);
  g_assert_cmpint (firing_count (&t, "snoozed"), ==, 1);

  /* Recorded once: closing it afterwards does not make it dismissed. */
  g_assert_true (tandem_store_set_firing_outcome (t.store, id, evening, TANDEM_FIRING_DISMISSED,
                                                  &changed, &error));
  g_assert_no_error (error);
  g_assert_false (changed);
  g_assert_cmpint (firing_count (&t, "snoozed"), ==, 1);
  g_assert_cmpint (firing_count (&t, "dismissed"), ==, 0);

  /* A shown firing takes one outcome. */
  test_exec (&t, "UPDATE reminder_firing SET outcome = 'shown'");
  g_assert_true (tandem_store_set_firing_outcome (t.store, id, evening, TANDEM_FIRING_ACTED,
                                                  &changed, &error));
  g_assert_true (changed);
  g_assert_true (tandem_store_set_firing_outcome (t.store, id, evening, TANDEM_FIRING_DISMISSED,
                                                  &changed, &error));
  g_assert_false (changed);
  g_assert_cmpint (firing_count (&t, "acted"), ==, 1);

  /* The outcome is written through the unique index of (reminder, due time). */
  {
    g_autofree char *plan = test_query_plan (&t, "UPDATE reminder_firing SET outcome = 'acted', "
                                                 "updated_at = 1 WHERE reminder_id = 1 "
                                                 "AND due_at = 2 AND outcome = 'shown'");

    g_test_message ("%s", plan);
    g_assert_nonnull (strstr (plan, "USING INDEX sqlite_autoindex_reminder_firing"));
  }

  /* Snoozing a reminder that is gone: a sentence, nothing changed. */
  g_assert_false (tandem_store_snooze_reminder (t.store, 999, 0, until, now, tz, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  test_store_clear (&t);
}

static void
test_missed (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-02-05T12:00:00+01:00", NULL);
  g_autoptr(TandemReminder) daily = NULL;
  g_autoptr(TandemReminder) homework_reminder = NULL;
  g_autoptr(TandemReminder) off = NULL;
  g_autoptr(TandemReminderFiring) firing = NULL;
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(GArray) missed = NULL;
  g_autoptr(GArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plan = NULL;
  TestStore t;

  test_store_init (&t);

  daily = insert_reminder (&t, TANDEM_REMINDER_KIND_CHECK_IN, TANDEM_RECURRENCE_DAILY,
                           "09:00", NULL);
  homework = tandem_homework_new (t.owner_id, "Breathing", "2026-01-01");
  tandem_homework_set_done_at (homework, iso_us ("2026-01-20T10:00:00+01:00"));
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (homework), &error));
  homework_reminder = insert_reminder (&t, TANDEM_REMINDER_KIND_HOMEWORK, TANDEM_RECURRENCE_DAILY,
                                       "10:00", tandem_record_get_uuid (TANDEM_RECORD (homework)));
  off = insert_reminder (&t, TANDEM_REMINDER_KIND_CUSTOM, TANDEM_RECURRENCE_DAILY, "11:00", NULL);
  tandem_reminder_set_enabled (off, FALSE);
  g_assert_true (tandem_store_update (t.store, TANDEM_RECORD (off), &error));
  /* The reminders were made in January. */
  test_exec (&t, "UPDATE reminder SET created_at = 1767225600000000, updated_at = 1767225600000000");

  /* The daily one last fired on 2 February: 3, 4 and 5 February were missed.
   * The homework is done, the disabled one does not count. */
  firing = tandem_reminder_firing_new (tandem_record_get_id (TANDEM_RECORD (daily)),
                                       iso_us ("2026-02-02T09:00:00+01:00"), TANDEM_FIRING_SHOWN);
  tandem_reminder_firing_set_fired_at (firing, iso_us ("2026-02-02T09:00:00+01:00"));
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (firing), &error));

  missed = tandem_store_record_missed (t.store, now, tz, 7 * G_TIME_SPAN_DAY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (missed);
  g_assert_cmpuint (missed->len, ==, 3);
  g_assert_cmpint (g_array_index (missed, TandemDue, 0).due, ==, iso_us ("2026-02-03T09:00:00+01:00"));
  g_assert_cmpint (g_array_index (missed, TandemDue, 2).due, ==, iso_us ("2026-02-05T09:00:00+01:00"));
  g_assert_cmpint (firing_count (&t, "missed"), ==, 3);

  /* Recorded once: a second start finds nothing new. */
  again = tandem_store_record_missed (t.store, now, tz, 7 * G_TIME_SPAN_DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 0);
  g_clear_pointer (&again, g_array_unref);

  /* Never fired: bounded by the window, here one day back. */
  test_exec (&t, "DELETE FROM reminder_firing");
  again = tandem_store_record_missed (t.store, now, tz, G_TIME_SPAN_DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 1);
  g_assert_cmpint (g_array_index (again, TandemDue, 0).due, ==, iso_us ("2026-02-05T09:00:00+01:00"));
  g_clear_pointer (&again, g_array_unref);

  /* Nothing before the reminder's last edit. */
  test_exec (&t, "DELETE FROM reminder_firing");
  test_exec (&t, "UPDATE reminder SET updated_at = 1770282000000000");  /* 2026-02-05 10:00 */
  again = tandem_store_record_missed (t.store, now, tz, 7 * G_TIME_SPAN_DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 0);

  plan = test_query_plan (&t, "SELECT max(due_at) FROM reminder_firing WHERE reminder_id = 1");
  g_test_message ("%s", plan);
  g_assert_nonnull (strstr (plan, "USING COVERING INDEX sqlite_autoindex_reminder_firing"));

  test_store_clear (&t);
}

/* A reminder agreed again is found by whom, what and what for. */
static void
test_find_reminder (void)
{
  g_autoptr(TandemReminder) day = NULL;
  g_autoptr(TandemReminder) phq9 = NULL;
  g_autoptr(TandemReminder) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plan = NULL;
  TestStore t;

  test_store_init (&t);

  found = tandem_store_find_reminder (t.store, t.owner_id, TANDEM_REMINDER_KIND_CHECK_IN, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (found);

  day = insert_reminder (&t, TANDEM_REMINDER_KIND_CHECK_IN, TANDEM_RECURRENCE_DAILY, "20:00", NULL);
  phq9 = insert_reminder (&t, TANDEM_REMINDER_KIND_QUESTIONNAIRE, TANDEM_RECURRENCE_WEEKLY, "10:00", "phq9");

  found = tandem_store_find_reminder (t.store, t.owner_id, TANDEM_REMINDER_KIND_CHECK_IN, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (found)), ==, tandem_record_get_id (TANDEM_RECORD (day)));
  g_clear_object (&found);

  found = tandem_store_find_reminder (t.store, t.owner_id, TANDEM_REMINDER_KIND_QUESTIONNAIRE, "phq9", &error);
  g_assert_nonnull (found);
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (found)), ==, tandem_record_get_id (TANDEM_RECORD (phq9)));
  g_clear_object (&found);

  /* Another questionnaire, another person: none. */
  found = tandem_store_find_reminder (t.store, t.owner_id, TANDEM_REMINDER_KIND_QUESTIONNAIRE, "gad7", &error);
  g_assert_null (found);
  found = tandem_store_find_reminder (t.store, t.owner_id + 1, TANDEM_REMINDER_KIND_CHECK_IN, NULL, &error);
  g_assert_null (found);
  g_assert_no_error (error);

  plan = test_query_plan (&t, "SELECT id FROM reminder WHERE person_id = 1 AND kind = 'check-in'"
                              " AND target_uuid IS NULL ORDER BY id LIMIT 1");
  g_assert_nonnull (strstr (plan, "reminder_person"));

  test_store_clear (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/schedule/parse-times", test_parse_times);
  g_test_add_func ("/schedule/validate", test_validate);
  g_test_add_func ("/schedule/weekday-bits", test_weekday_bits);
  g_test_add_func ("/schedule/local-to-utc", test_local_to_utc);
  g_test_add_func ("/schedule/daily/spring-forward/new-york", test_daily_spring_forward_new_york);
  g_test_add_func ("/schedule/daily/spring-forward/london", test_daily_spring_forward_london);
  g_test_add_func ("/schedule/daily/fall-back/new-york", test_daily_fall_back_new_york);
  g_test_add_func ("/schedule/daily/fall-back/london", test_daily_fall_back_london);
  g_test_add_func ("/schedule/monthly/short-months", test_monthly_short_months);
  g_test_add_func ("/schedule/weekly/every-two-weeks", test_every_two_weeks);
  g_test_add_func ("/schedule/weekdays", test_weekdays);
  g_test_add_func ("/schedule/end-date", test_end_date);
  g_test_add_func ("/schedule/once", test_once);
  g_test_add_func ("/schedule/snooze", test_snooze);
  g_test_add_func ("/schedule/quiet-hours", test_quiet_hours);
  g_test_add_func ("/schedule/start-in-future", test_start_in_future);
  g_test_add_func ("/schedule/store/only-if-not-done", test_only_if_not_done);
  g_test_add_func ("/schedule/store/next-due-cache", test_next_due_cache);
  g_test_add_func ("/schedule/store/outcome-and-snooze", test_outcome_and_snooze);
  g_test_add_func ("/schedule/store/missed", test_missed);
  g_test_add_func ("/schedule/store/find-reminder", test_find_reminder);

  return g_test_run ();
}
