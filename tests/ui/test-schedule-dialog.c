/* test-schedule-dialog.c: agreeing a client's reminders at the end of a
 * session, with a real store.
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tandem-schedule-dialog.h"
#include "tandem-test-util.h"

typedef struct
{
  char         *dir;
  TandemStore  *store;
  TandemPerson *client;
  TandemHomework *homework;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TandemPerson) owner = tandem_person_new ("Dr. Alex", TANDEM_PERSON_ROLE_OWNER);
  g_autoptr(TandemTherapySession) session = NULL;
  g_autoptr(TandemHomework) done = NULL;
  g_autoptr(GError) error = NULL;
  gint64 client_id;

  fixture->store = tandem_test_open_store (&fixture->dir);
  g_assert_true (tandem_store_insert (fixture->store, TANDEM_RECORD (owner), &error));
  fixture->client = tandem_person_new ("Robin", TANDEM_PERSON_ROLE_CLIENT);
  g_assert_true (tandem_store_insert (fixture->store, TANDEM_RECORD (fixture->client), &error));
  client_id = tandem_record_get_id (TANDEM_RECORD (fixture->client));

  /* An open task due far ahead, one done already, and a session to come. */
  fixture->homework = tandem_homework_new (client_id, "Breathing practice", "2026-11-01");
  tandem_homework_set_due_on (fixture->homework, "2099-03-10");
  g_assert_true (tandem_store_insert (fixture->store, TANDEM_RECORD (fixture->homework), &error));
  done = tandem_homework_new (client_id, "Thought record", "2026-11-01");
  tandem_homework_set_due_on (done, "2099-03-10");
  tandem_homework_set_done_at (done, g_get_real_time ());
  g_assert_true (tandem_store_insert (fixture->store, TANDEM_RECORD (done), &error));
  session = tandem_therapy_session_new (client_id, g_get_real_time () + 7 * G_TIME_SPAN_DAY);
  g_assert_true (tandem_store_insert (fixture->store, TANDEM_RECORD (session), &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->homework);
  g_clear_object (&fixture->client);
  g_assert_finalize_object (fixture->store);
  tandem_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static TandemScheduleDialog *
open_dialog (Fixture *fixture)
{
  GtkWidget *dialog = tandem_schedule_dialog_new (NULL, fixture->store, fixture->client);

  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  tandem_test_iterate ();

  return TANDEM_SCHEDULE_DIALOG (dialog);
}

static void
close_dialog (TandemScheduleDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  tandem_test_iterate ();
  g_assert_finalize_object (dialog);
}

static void
collect_expanders (GtkWidget *widget,
                   GPtrArray *rows)
{
  if (ADW_IS_EXPANDER_ROW (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_expanders (child, rows);
}

/* The expander rows of a group, in order. */
static GPtrArray *
expanders_of (TandemScheduleDialog *dialog,
              const char           *group_name)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_expanders (tandem_test_get_child (GTK_WIDGET (dialog), TANDEM_TYPE_SCHEDULE_DIALOG, group_name), rows);

  return rows;
}

static GListStore *
list_reminders (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GListStore *reminders = tandem_store_list_reminders (fixture->store,
                                                       tandem_record_get_id (TANDEM_RECORD (fixture->client)),
                                                       &error);

  g_assert_no_error (error);
  return reminders;
}

static void
test_agree_and_change (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 client_id = tandem_record_get_id (TANDEM_RECORD (fixture->client));
  g_autoptr(GPtrArray) questionnaires = NULL;
  g_autoptr(GPtrArray) homework = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GListStore) reminders = NULL;
  g_autoptr(TandemReminder) check_in = NULL;
  g_autoptr(TandemReminder) phq9 = NULL;
  g_autoptr(TandemReminder) task = NULL;
  g_autoptr(TandemReminder) appointment = NULL;
  TandemScheduleDialog *dialog;
  GtkWidget *check_in_row, *time_row, *days_box;

  dialog = open_dialog (fixture);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Schedule with Robin");

  /* Nothing agreed yet: every reminder is off; PHQ-9 and GAD-7 are offered,
   * the open task only, and the next session. */
  check_in_row = tandem_test_get_child (GTK_WIDGET (dialog), TANDEM_TYPE_SCHEDULE_DIALOG, "check_in_row");
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (check_in_row)));
  questionnaires = expanders_of (dialog, "questionnaires_group");
  g_assert_cmpuint (questionnaires->len, ==, 2);
  homework = expanders_of (dialog, "homework_group");
  g_assert_cmpuint (homework->len, ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (homework->pdata[0]), ==, "Breathing practice");
  sessions = expanders_of (dialog, "session_group");
  g_assert_cmpuint (sessions->len, ==, 1);

  /* Check-ins on Monday, Wednesday and Friday at 19:30; a time that is not
   * one is explained beside the field and nothing is saved. */
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (check_in_row), TRUE);
  days_box = tandem_test_get_child (GTK_WIDGET (dialog), TANDEM_TYPE_SCHEDULE_DIALOG, "days_box");
  {
    guint i = 0;

    for (GtkWidget *day = gtk_widget_get_first_child (days_box); day; day = gtk_widget_get_next_sibling (day), i++)
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (day), i == 0 || i == 2 || i == 4);
  }
  time_row = tandem_test_get_child (GTK_WIDGET (dialog), TANDEM_TYPE_SCHEDULE_DIALOG, "check_in_time_row");
  gtk_editable_set_text (GTK_EDITABLE (time_row), "half past seven");
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (questionnaires->pdata[0]), TRUE);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (homework->pdata[0]), TRUE);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (sessions->pdata[0]), TRUE);

  g_assert_false (tandem_schedule_dialog_save (dialog));
  g_assert_true (gtk_widget_has_css_class (time_row, "error"));
  reminders = list_reminders (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reminders)), ==, 0);
  g_clear_object (&reminders);

  gtk_editable_set_text (GTK_EDITABLE (time_row), "19:30");
  g_assert_true (tandem_schedule_dialog_save (dialog));
  tandem_test_iterate ();
  g_assert_finalize_object (dialog);

  reminders = list_reminders (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reminders)), ==, 4);

  check_in = tandem_store_find_reminder (fixture->store, client_id, TANDEM_REMINDER_KIND_CHECK_IN, NULL, NULL);
  g_assert_nonnull (check_in);
  g_assert_cmpint (tandem_reminder_get_recurrence (check_in), ==, TANDEM_RECURRENCE_WEEKDAYS);
  g_assert_cmpint (tandem_reminder_get_weekdays (check_in), ==,
                   TANDEM_WEEKDAY_MONDAY | TANDEM_WEEKDAY_WEDNESDAY | TANDEM_WEEKDAY_FRIDAY);
  g_assert_cmpstr (tandem_reminder_get_times (check_in), ==, "19:30");
  g_assert_true (tandem_reminder_get_only_if_not_done (check_in));

  phq9 = tandem_store_find_reminder (fixture->store, client_id, TANDEM_REMINDER_KIND_QUESTIONNAIRE, "phq9", NULL);
  g_assert_nonnull (phq9);
  g_assert_cmpint (tandem_reminder_get_recurrence (phq9), ==, TANDEM_RECURRENCE_WEEKLY);
  g_assert_cmpint (tandem_reminder_get_interval_weeks (phq9), ==, 2);

  task = tandem_store_find_reminder (fixture->store, client_id, TANDEM_REMINDER_KIND_HOMEWORK,
                                     tandem_record_get_uuid (TANDEM_RECORD (fixture->homework)), NULL);
  g_assert_nonnull (task);
  g_assert_cmpint (tandem_reminder_get_recurrence (task), ==, TANDEM_RECURRENCE_ONCE);
  g_assert_cmpstr (tandem_reminder_get_start_date (task), ==, "2099-03-10");
  g_assert_cmpstr (tandem_reminder_get_times (task), ==, "18:00");

  appointment = tandem_store_find_reminder (fixture->store, client_id, TANDEM_REMINDER_KIND_APPOINTMENT,
                                            NULL, NULL);
  g_assert_null (appointment);
  {
    g_autoptr(TandemReminder) found = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (reminders)); i++)
      {
        g_autoptr(TandemReminder) reminder = g_list_model_get_item (G_LIST_MODEL (reminders), i);

        if (tandem_reminder_get_kind (reminder) == TANDEM_REMINDER_KIND_APPOINTMENT)
          g_set_object (&found, reminder);
      }
    g_assert_nonnull (found);
    g_assert_cmpint (tandem_reminder_get_recurrence (found), ==, TANDEM_RECURRENCE_ONCE);
  }

  /* Agreed again: the dialog shows what there is; switching check-ins off
   * keeps the reminder, switched off, and adds nothing. */
  dialog = open_dialog (fixture);
  check_in_row = tandem_test_get_child (GTK_WIDGET (dialog), TANDEM_TYPE_SCHEDULE_DIALOG, "check_in_row");
  time_row = tandem_test_get_child (GTK_WIDGET (dialog), TANDEM_TYPE_SCHEDULE_DIALOG, "check_in_time_row");
  g_assert_true (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (check_in_row)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time_row)), ==, "19:30");
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (check_in_row), FALSE);
  g_assert_true (tandem_schedule_dialog_save (dialog));
  tandem_test_iterate ();
  g_assert_finalize_object (dialog);

  g_clear_object (&reminders);
  reminders = list_reminders (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reminders)), ==, 4);
  g_clear_object (&check_in);
  check_in = tandem_store_find_reminder (fixture->store, client_id, TANDEM_REMINDER_KIND_CHECK_IN, NULL, NULL);
  g_assert_false (tandem_reminder_get_enabled (check_in));
}

static void
test_no_day_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  TandemScheduleDialog *dialog = open_dialog (fixture);
  GtkWidget *check_in_row = tandem_test_get_child (GTK_WIDGET (dialog), TANDEM_TYPE_SCHEDULE_DIALOG, "check_in_row");
  GtkWidget *days_box = tandem_test_get_child (GTK_WIDGET (dialog), TANDEM_TYPE_SCHEDULE_DIALOG, "days_box");
  g_autoptr(GListStore) reminders = NULL;

  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (check_in_row), TRUE);
  for (GtkWidget *day = gtk_widget_get_first_child (days_box); day; day = gtk_widget_get_next_sibling (day))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (day), FALSE);

  g_assert_false (tandem_schedule_dialog_save (dialog));
  reminders = list_reminders (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reminders)), ==, 0);

  close_dialog (dialog);
}

int
main (int   argc,
      char *argv[])
{
  if (!tandem_test_init (&argc, &argv))
    return 0;

  tandem_test_reset_settings ();

  g_test_add ("/ui/schedule-dialog/agree-and-change", Fixture, NULL,
              fixture_set_up, test_agree_and_change, fixture_tear_down);
  g_test_add ("/ui/schedule-dialog/no-day-refused", Fixture, NULL,
              fixture_set_up, test_no_day_refused, fixture_tear_down);

  return g_test_run ();
}
