/* test-homework.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-homework"

#include "config.h"

#include <math.h>

#include "tandem-core.h"
#include "tandem-store-private.h"
#include "test-util.h"

/* The store's clock stands still at 10:00 on this day, a Friday. */
#define TODAY "2026-12-04"

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
set_up (TestStore *t)
{
  test_store_init (t);
  _tandem_store_set_now (t->store, local_usec (2026, 12, 4, 10, 0));
}

static gint64
add_goal (TestStore  *t,
          gint64      person_id,
          const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemGoal) goal = tandem_goal_new (person_id, TANDEM_FRAMEWORK_SMART, title);

  g_assert_true (tandem_store_insert (t->store, TANDEM_RECORD (goal), &error));
  g_assert_no_error (error);

  return tandem_record_get_id (TANDEM_RECORD (goal));
}

static TandemHomework *
add_homework (TestStore  *t,
              const char *title,
              const char *assigned_on,
              const char *due_on)
{
  g_autoptr(GError) error = NULL;
  TandemHomework *homework = tandem_homework_new (t->owner_id, title, assigned_on);

  tandem_homework_set_due_on (homework, due_on);
  g_assert_true (tandem_homework_save (t->store, homework, &error));
  g_assert_no_error (error);

  return homework;
}

static char *
titles_of (GListStore *list)
{
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(TandemHomework) homework = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (i > 0)
        g_string_append (titles, ", ");
      g_string_append (titles, tandem_homework_get_title (homework));
    }

  return g_string_free (titles, FALSE);
}

/* Saving -------------------------------------------------------------------- */

static void
test_save_validates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(TandemPerson) other = NULL;
  gint64 own_goal, other_goal;
  TestStore t;

  set_up (&t);

  other = tandem_person_new ("Sam", TANDEM_PERSON_ROLE_CLIENT);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (other), &error));
  g_assert_no_error (error);
  own_goal = add_goal (&t, t.owner_id, "Sleep better");
  other_goal = add_goal (&t, tandem_record_get_id (TANDEM_RECORD (other)), "Someone else's");

  /* A title is required; blanks are not one. */
  homework = tandem_homework_new (t.owner_id, "   ", NULL);
  g_assert_false (tandem_homework_save (t.store, homework, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The title cannot be empty.");
  g_clear_error (&error);

  /* The due date may be the day it is assigned, not earlier. */
  tandem_homework_set_title (homework, "Thought record");
  tandem_homework_set_assigned_on (homework, "2026-12-04");
  tandem_homework_set_due_on (homework, "2026-12-03");
  g_assert_false (tandem_homework_save (t.store, homework, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The due date cannot come before the day the homework is assigned.");
  g_clear_error (&error);

  tandem_homework_set_due_on (homework, "2026-02-30");
  g_assert_false (tandem_homework_save (t.store, homework, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“2026-02-30” is not a date in the form YYYY-MM-DD.");
  g_clear_error (&error);

  /* A goal of someone else is refused and named. */
  tandem_homework_set_due_on (homework, "2026-12-04");
  tandem_homework_set_goal_id (homework, other_goal);
  g_assert_false (tandem_homework_save (t.store, homework, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The goal “Someone else's” belongs to someone else. Nothing was saved.");
  g_clear_error (&error);

  tandem_homework_set_goal_id (homework, 9999);
  g_assert_false (tandem_homework_save (t.store, homework, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM homework"), ==, 0);

  tandem_homework_set_goal_id (homework, own_goal);
  g_assert_true (tandem_homework_save (t.store, homework, &error));
  g_assert_no_error (error);
  g_assert_true (tandem_record_is_stored (TANDEM_RECORD (homework)));

  /* Saving again updates the same row. */
  tandem_homework_set_details (homework, "One a day, when it happens.");
  g_assert_true (tandem_homework_save (t.store, homework, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM homework"), ==, 1);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM homework WHERE details IS NOT NULL"), ==, 1);

  /* Without an assigned day it is assigned today, by the store's clock. */
  g_clear_object (&homework);
  homework = tandem_homework_new (t.owner_id, "Walk", NULL);
  g_assert_true (tandem_homework_save (t.store, homework, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_homework_get_assigned_on (homework), ==, TODAY);

  test_store_clear (&t);
}

/* Done and not done ------------------------------------------------------ */

static void
test_mark_done_and_undo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(TandemHomework) stored = NULL;
  gint64 updated_before;
  TestStore t;

  set_up (&t);
  homework = add_homework (&t, "Thought record", "2026-11-27", "2026-12-04");
  updated_before = tandem_record_get_updated_at (TANDEM_RECORD (homework));

  _tandem_store_set_now (t.store, local_usec (2026, 12, 4, 18, 30));
  g_assert_true (tandem_homework_mark_done (t.store, homework, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_homework_get_done_at (homework), ==, local_usec (2026, 12, 4, 18, 30));
  g_assert_cmpint (tandem_record_get_updated_at (TANDEM_RECORD (homework)), >, updated_before);

  stored = tandem_store_get (t.store, TANDEM_TYPE_HOMEWORK,
                             tandem_record_get_id (TANDEM_RECORD (homework)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_homework_get_done_at (stored), ==, local_usec (2026, 12, 4, 18, 30));

  /* Done twice keeps the first time. */
  _tandem_store_set_now (t.store, local_usec (2026, 12, 5, 9, 0));
  g_assert_true (tandem_homework_mark_done (t.store, homework, TRUE, &error));
  g_assert_cmpint (tandem_homework_get_done_at (homework), ==, local_usec (2026, 12, 4, 18, 30));

  /* Open again. */
  g_assert_true (tandem_homework_mark_done (t.store, homework, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_homework_get_done_at (homework), ==, 0);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM homework WHERE done_at IS NULL"), ==, 1);
  g_assert_cmpint (tandem_record_get_updated_at (TANDEM_RECORD (homework)), ==, local_usec (2026, 12, 5, 9, 0));

  test_store_clear (&t);
}

/* Lists and completion ------------------------------------------------------ */

static void
test_list_open_first (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemHomework) later = NULL;
  g_autoptr(TandemHomework) sooner = NULL;
  g_autoptr(TandemHomework) undated = NULL;
  g_autoptr(TandemHomework) done_first = NULL;
  g_autoptr(TandemHomework) done_last = NULL;
  g_autoptr(GListStore) all = NULL;
  g_autoptr(GListStore) open = NULL;
  g_autofree char *all_titles = NULL;
  g_autofree char *open_titles = NULL;
  TestStore t;

  set_up (&t);
  later = add_homework (&t, "Later", "2026-12-01", "2026-12-20");
  undated = add_homework (&t, "Undated", "2026-12-01", NULL);
  done_first = add_homework (&t, "Done first", "2026-11-01", "2026-11-08");
  sooner = add_homework (&t, "Sooner", "2026-12-01", "2026-12-02");
  done_last = add_homework (&t, "Done last", "2026-11-01", "2026-11-30");

  _tandem_store_set_now (t.store, local_usec (2026, 11, 7, 12, 0));
  g_assert_true (tandem_homework_mark_done (t.store, done_first, TRUE, &error));
  _tandem_store_set_now (t.store, local_usec (2026, 11, 29, 12, 0));
  g_assert_true (tandem_homework_mark_done (t.store, done_last, TRUE, &error));
  g_assert_no_error (error);

  all = tandem_homework_list (t.store, t.owner_id, FALSE, &error);
  g_assert_no_error (error);
  all_titles = titles_of (all);
  g_assert_cmpstr (all_titles, ==, "Sooner, Later, Undated, Done last, Done first");

  open = tandem_homework_list (t.store, t.owner_id, TRUE, &error);
  g_assert_no_error (error);
  open_titles = titles_of (open);
  g_assert_cmpstr (open_titles, ==, "Sooner, Later, Undated");

  test_store_clear (&t);
}

static void
test_completion_over_a_period (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemHomework) on_time = NULL;
  g_autoptr(TandemHomework) late = NULL;
  g_autoptr(TandemHomework) open = NULL;
  g_autoptr(TandemHomework) undated = NULL;
  g_autoptr(TandemHomework) outside = NULL;
  TandemHomeworkCompletion completion;
  TestStore t;

  set_up (&t);
  on_time = add_homework (&t, "On time", "2026-11-01", "2026-11-10");
  late = add_homework (&t, "Late", "2026-11-01", "2026-11-12");
  open = add_homework (&t, "Open", "2026-11-01", "2026-11-20");
  undated = add_homework (&t, "Undated", "2026-11-15", NULL);
  outside = add_homework (&t, "Outside", "2026-11-01", "2026-12-02");

  /* 23:30 local on the due day is still on time. */
  _tandem_store_set_now (t.store, local_usec (2026, 11, 10, 23, 30));
  g_assert_true (tandem_homework_mark_done (t.store, on_time, TRUE, &error));
  _tandem_store_set_now (t.store, local_usec (2026, 11, 13, 0, 30));
  g_assert_true (tandem_homework_mark_done (t.store, late, TRUE, &error));
  g_assert_true (tandem_homework_mark_done (t.store, undated, TRUE, &error));
  g_assert_no_error (error);

  g_assert_true (tandem_homework_get_completion (t.store, t.owner_id, "2026-11-01", "2026-11-30",
                                                 &completion, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (completion.due, ==, 4);
  g_assert_cmpuint (completion.done, ==, 3);
  g_assert_cmpuint (completion.done_on_time, ==, 2);
  g_assert_cmpfloat_with_epsilon (tandem_homework_completion_get_rate (&completion), 0.75, 1e-9);

  /* Open bounds take everything. */
  g_assert_true (tandem_homework_get_completion (t.store, t.owner_id, NULL, NULL, &completion, &error));
  g_assert_cmpuint (completion.due, ==, 5);

  /* Nothing due: no rate, not 0. */
  g_assert_true (tandem_homework_get_completion (t.store, t.owner_id, "2027-01-01", "2027-01-31",
                                                 &completion, &error));
  g_assert_cmpuint (completion.due, ==, 0);
  g_assert_true (isnan (tandem_homework_completion_get_rate (&completion)));

  test_store_clear (&t);
}

/* Words --------------------------------------------------------------------- */

static void
check_due (const char *due_on,
           const char *expected,
           gboolean    overdue)
{
  g_autoptr(TandemHomework) homework = tandem_homework_new (1, "Task", "2026-01-01");
  g_autofree char *text = NULL;

  tandem_homework_set_due_on (homework, due_on);
  text = tandem_homework_describe_due (homework, TODAY);
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpint (tandem_homework_is_overdue (homework, TODAY), ==, overdue);
}

static void
test_describe_due (void)
{
  g_autoptr(TandemHomework) done = tandem_homework_new (1, "Task", "2026-01-01");
  g_autofree char *done_today = NULL;
  g_autofree char *done_earlier = NULL;

  check_due ("2026-12-04", "Due today", FALSE);
  check_due ("2026-12-05", "Due tomorrow", FALSE);
  check_due ("2026-12-09", "Due Wednesday", FALSE);
  check_due ("2026-12-10", "Due Thursday", FALSE);
  check_due ("2026-12-11", "Due 11 December", FALSE);
  check_due ("2027-01-15", "Due 15 January 2027", FALSE);
  check_due ("2026-12-02", "Overdue since 2 December", TRUE);
  check_due ("2025-12-30", "Overdue since 30 December 2025", TRUE);
  check_due (NULL, "No due date", FALSE);

  tandem_homework_set_due_on (done, "2026-12-02");
  tandem_homework_set_done_at (done, local_usec (2026, 12, 4, 0, 15));
  done_today = tandem_homework_describe_due (done, TODAY);
  g_assert_cmpstr (done_today, ==, "Done today");
  g_assert_false (tandem_homework_is_overdue (done, TODAY));

  tandem_homework_set_done_at (done, local_usec (2026, 12, 3, 23, 50));
  done_earlier = tandem_homework_describe_due (done, TODAY);
  g_assert_cmpstr (done_earlier, ==, "Done 3 December");
}

/* Reminders ----------------------------------------------------------------- */

static void
test_reminder_follows_homework (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(GListStore) reminders = NULL;
  g_autoptr(TandemReminder) reminder = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 4, 10, 0, 0);
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  gboolean done = TRUE;
  TestStore t;

  set_up (&t);
  homework = add_homework (&t, "Thought record", "2026-12-01", "2026-12-08");

  g_assert_true (tandem_homework_set_reminder (t.store, homework, "18:30", now, tz, &error));
  g_assert_no_error (error);

  reminders = tandem_homework_list_reminders (t.store, homework, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reminders)), ==, 1);
  reminder = g_list_model_get_item (G_LIST_MODEL (reminders), 0);
  g_assert_cmpint (tandem_reminder_get_kind (reminder), ==, TANDEM_REMINDER_KIND_HOMEWORK);
  g_assert_cmpint (tandem_reminder_get_recurrence (reminder), ==, TANDEM_RECURRENCE_DAILY);
  g_assert_cmpstr (tandem_reminder_get_target_uuid (reminder), ==,
                   tandem_record_get_uuid (TANDEM_RECORD (homework)));
  g_assert_cmpstr (tandem_reminder_get_times (reminder), ==, "18:30");
  g_assert_cmpstr (tandem_reminder_get_start_date (reminder), ==, "2026-12-01");
  g_assert_cmpstr (tandem_reminder_get_end_date (reminder), ==, "2026-12-08");
  g_assert_true (tandem_reminder_get_only_if_not_done (reminder));
  g_assert_cmpint (tandem_reminder_get_next_due (reminder), ==, local_usec (2026, 12, 4, 18, 30));
  g_clear_object (&reminder);
  g_clear_object (&reminders);

  /* A new due date and time move the same reminder. */
  tandem_homework_set_due_on (homework, "2026-12-15");
  g_assert_true (tandem_homework_save (t.store, homework, &error));
  g_assert_true (tandem_homework_set_reminder (t.store, homework, "08:00", now, tz, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM reminder"), ==, 1);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM reminder WHERE end_date = '2026-12-15' "
                                   "AND times = '08:00'"), ==, 1);

  /* A time that is not one changes nothing. */
  g_assert_false (tandem_homework_set_reminder (t.store, homework, "25:00", now, tz, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“25:00” is not a time of day. Write it as HH:MM, such as 18:30.");
  g_clear_error (&error);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM reminder WHERE times = '08:00'"), ==, 1);

  /* Done: the reminder has nothing left to remind of. */
  g_assert_true (tandem_homework_mark_done (t.store, homework, TRUE, &error));
  reminders = tandem_homework_list_reminders (t.store, homework, &error);
  reminder = g_list_model_get_item (G_LIST_MODEL (reminders), 0);
  g_assert_true (tandem_store_is_reminder_done (t.store, reminder, local_usec (2026, 12, 5, 8, 0),
                                                tz, &done, &error));
  g_assert_no_error (error);
  g_assert_true (done);

  /* Off removes it. */
  g_assert_true (tandem_homework_set_reminder (t.store, homework, NULL, now, tz, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM reminder"), ==, 0);

  test_store_clear (&t);
}

static void
test_delete_takes_its_reminders (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(TandemHomework) other = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 4, 10, 0, 0);
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  TestStore t;

  set_up (&t);
  homework = add_homework (&t, "Thought record", "2026-12-01", "2026-12-08");
  other = add_homework (&t, "Walk", "2026-12-01", NULL);
  g_assert_true (tandem_homework_set_reminder (t.store, homework, "18:30", now, tz, &error));
  g_assert_true (tandem_homework_set_reminder (t.store, other, "09:00", now, tz, &error));
  g_assert_no_error (error);

  g_assert_true (tandem_homework_delete (t.store, homework, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM homework"), ==, 1);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM reminder WHERE times = '09:00'"), ==, 1);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM reminder"), ==, 1);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM tombstone WHERE entity = 'homework'"), ==, 1);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM tombstone WHERE entity = 'reminder'"), ==, 1);

  test_store_clear (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/homework/save/validates", test_save_validates);
  g_test_add_func ("/homework/done-and-undo", test_mark_done_and_undo);
  g_test_add_func ("/homework/list/open-first", test_list_open_first);
  g_test_add_func ("/homework/completion", test_completion_over_a_period);
  g_test_add_func ("/homework/describe-due", test_describe_due);
  g_test_add_func ("/homework/reminder", test_reminder_follows_homework);
  g_test_add_func ("/homework/delete-with-reminders", test_delete_takes_its_reminders);

  return g_test_run ();
}
