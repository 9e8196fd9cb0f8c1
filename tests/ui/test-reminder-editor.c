/* test-reminder-editor.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-reminder-editor"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tandem-autostart.h"
#include "tandem-preferences-window.h"
#include "tandem-reminder-editor.h"
#include "tandem-reminders-page.h"
#include "tandem-test-util.h"

/* Monday 23 November 2026, 10:00 in Europe/Berlin (the tests' TZ). */
#define NOW_YEAR  2026
#define NOW_MONTH 11
#define NOW_DAY   23

typedef struct
{
  char         *dir;
  TandemStore  *store;
  TandemPerson *owner;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = tandem_test_open_store (&fixture->dir);
  fixture->owner = tandem_person_new ("Alex", TANDEM_PERSON_ROLE_OWNER);
  tandem_store_insert (fixture->store, TANDEM_RECORD (fixture->owner), &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->owner);
  g_assert_finalize_object (fixture->store);
  tandem_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static GListStore *
list_reminders (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GListStore *reminders;

  reminders = tandem_store_list_reminders (fixture->store,
                                           tandem_record_get_id (TANDEM_RECORD (fixture->owner)),
                                           &error);
  g_assert_no_error (error);

  return reminders;
}

static TandemReminderEditor *
open_editor (Fixture        *fixture,
             TandemReminder *reminder)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (NOW_YEAR, NOW_MONTH, NOW_DAY, 10, 0, 0);
  TandemReminderEditor *editor;

  editor = TANDEM_REMINDER_EDITOR (tandem_reminder_editor_new (NULL, fixture->store,
                                                               fixture->owner, reminder));
  tandem_reminder_editor_set_now (editor, now);
  gtk_window_present (GTK_WINDOW (editor));
  tandem_test_iterate ();

  return editor;
}

static GtkWidget *
child (TandemReminderEditor *editor,
       const char           *name)
{
  return tandem_test_get_child (editor, TANDEM_TYPE_REMINDER_EDITOR, name);
}

static void
select_day (TandemReminderEditor *editor,
            const char           *calendar,
            int                   year,
            int                   month,
            int                   day)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 12, 0, 0);

  gtk_calendar_select_day (GTK_CALENDAR (child (editor, calendar)), date);
}

/* The day toggle buttons, Monday first, in the days row's box. */
static void
toggle_day (TandemReminderEditor *editor,
            guint                 index,
            gboolean              active)
{
  GtkWidget *button = gtk_widget_get_first_child (child (editor, "days_box"));

  for (guint i = 0; i < index; i++)
    button = gtk_widget_get_next_sibling (button);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), active);
}

/* The first time-of-day row of the editor. */
static GtkWidget *
first_time_row (TandemReminderEditor *editor)
{
  GtkWidget *row = gtk_widget_get_first_child (child (editor, "times_list"));

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  return row;
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  /* The row's own remove button, not the entry row's internal ones. */
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Remove This Time") == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_switch (GtkWidget *widget)
{
  if (GTK_IS_SWITCH (widget))
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_switch (c);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
assert_problem (TandemReminderEditor *editor,
                const char           *label_name,
                const char           *expected)
{
  GtkWidget *label = child (editor, label_name);

  g_assert_true (gtk_widget_get_visible (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected);
}

static void
assert_no_problem (TandemReminderEditor *editor,
                   const char           *label_name)
{
  g_assert_false (gtk_widget_get_visible (child (editor, label_name)));
}

static void
set_weekdays_schedule (TandemReminderEditor *editor)
{
  select_day (editor, "start_calendar", NOW_YEAR, NOW_MONTH, NOW_DAY);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, "schedule_row")), TANDEM_RECURRENCE_WEEKDAYS);
  toggle_day (editor, 0, TRUE);
  toggle_day (editor, 2, TRUE);
  toggle_day (editor, 4, TRUE);
}

/* A schedule on chosen days shows its next five occurrences in words,
 * counted from "now"; every two weeks counts from the first day's week. */
static void
test_preview (Fixture       *fixture,
              gconstpointer  data)
{
  TandemReminderEditor *editor = open_editor (fixture, NULL);
  g_autofree char *text = NULL;
  g_autofree char *fortnightly = NULL;

  /* A new reminder: a daily check-in at 19:00. */
  text = tandem_reminder_editor_dup_occurrences_text (editor);
  g_assert_true (g_str_has_prefix (text, "Today at 19:00\nTomorrow at 19:00\n"));
  g_clear_pointer (&text, g_free);

  set_weekdays_schedule (editor);
  text = tandem_reminder_editor_dup_occurrences_text (editor);
  g_assert_cmpstr (text, ==,
                   "Today at 19:00\n"
                   "Wednesday 25 November at 19:00\n"
                   "Friday 27 November at 19:00\n"
                   "Monday 30 November at 19:00\n"
                   "Wednesday 2 December at 19:00");

  /* Every two weeks on Mondays, into the next year. */
  toggle_day (editor, 2, FALSE);
  toggle_day (editor, 4, FALSE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, "schedule_row")), TANDEM_RECURRENCE_WEEKLY);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (editor, "interval_spin")), 2);
  fortnightly = tandem_reminder_editor_dup_occurrences_text (editor);
  g_assert_cmpstr (fortnightly, ==,
                   "Today at 19:00\n"
                   "Monday 7 December at 19:00\n"
                   "Monday 21 December at 19:00\n"
                   "Monday 4 January 2027 at 19:00\n"
                   "Monday 18 January 2027 at 19:00");

  /* Two times of day: both count. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, "schedule_row")), TANDEM_RECURRENCE_DAILY);
  tandem_reminder_editor_add_time (editor, "8:30");
  g_clear_pointer (&text, g_free);
  text = tandem_reminder_editor_dup_occurrences_text (editor);
  g_assert_cmpstr (text, ==,
                   "Today at 19:00\n"
                   "Tomorrow at 08:30\n"
                   "Tomorrow at 19:00\n"
                   "Wednesday 25 November at 08:30\n"
                   "Wednesday 25 November at 19:00");

  gtk_window_destroy (GTK_WINDOW (editor));
}

/* Invalid input is explained beside its field, Save is refused, nothing is
 * stored and nothing typed is lost. */
static void
test_invalid_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  TandemReminderEditor *editor = open_editor (fixture, NULL);
  g_autoptr(GListStore) reminders = NULL;
  g_autofree char *text = NULL;
  GtkWidget *time_row;

  select_day (editor, "start_calendar", NOW_YEAR, NOW_MONTH, NOW_DAY);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, "schedule_row")), TANDEM_RECURRENCE_WEEKDAYS);

  /* No day of the week. */
  g_assert_false (tandem_reminder_editor_save (editor));
  assert_problem (editor, "schedule_error", "Choose at least one day of the week.");
  assert_no_problem (editor, "times_error");
  g_assert_true (gtk_widget_has_css_class (child (editor, "days_row"), "error"));
  text = tandem_reminder_editor_dup_occurrences_text (editor);
  g_assert_cmpstr (text, ==, "The next reminders appear here once the schedule is complete.");

  /* Choosing a day clears the problem at once. */
  toggle_day (editor, 1, TRUE);
  assert_no_problem (editor, "schedule_error");
  g_assert_false (gtk_widget_has_css_class (child (editor, "days_row"), "error"));

  /* A last day before the first. */
  gtk_switch_set_active (GTK_SWITCH (child (editor, "has_end_switch")), TRUE);
  select_day (editor, "end_calendar", NOW_YEAR, NOW_MONTH, NOW_DAY - 1);
  g_assert_false (tandem_reminder_editor_save (editor));
  assert_problem (editor, "schedule_error",
                  "The last day is before the first day. Choose a last day on or after the first.");
  select_day (editor, "end_calendar", NOW_YEAR, NOW_MONTH + 1, 6);
  assert_no_problem (editor, "schedule_error");

  /* A time that is not one, then no time at all. */
  time_row = first_time_row (editor);
  gtk_editable_set_text (GTK_EDITABLE (time_row), "25:00");
  g_assert_false (tandem_reminder_editor_save (editor));
  assert_problem (editor, "times_error",
                  "“25:00” is not a time of day. Write it as hours and minutes, such as 19:00.");
  g_assert_true (gtk_widget_has_css_class (time_row, "error"));

  g_signal_emit_by_name (find_button (time_row), "clicked");
  g_assert_false (tandem_reminder_editor_save (editor));
  assert_problem (editor, "times_error", "Add at least one time of day.");

  /* Quiet hours that begin and end together. */
  gtk_switch_set_active (GTK_SWITCH (child (editor, "quiet_switch")), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (child (editor, "quiet_end_row")), "22:00");
  assert_problem (editor, "quiet_error", "Quiet hours need to end at another time than they begin.");

  /* A custom reminder needs a title. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, "kind_row")), TANDEM_REMINDER_KIND_CUSTOM);
  assert_problem (editor, "title_error", "Write a few words about what this reminder is for.");

  reminders = list_reminders (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reminders)), ==, 0);
  g_assert_null (tandem_reminder_editor_get_reminder (editor));

  /* Put everything right: it saves, with the choices made before. */
  gtk_editable_set_text (GTK_EDITABLE (child (editor, "title_row")), "Call the dentist");
  gtk_editable_set_text (GTK_EDITABLE (child (editor, "quiet_end_row")), "07:00");
  tandem_reminder_editor_add_time (editor, "09:15");
  g_assert_true (tandem_reminder_editor_save (editor));
  assert_no_problem (editor, "title_error");
  assert_no_problem (editor, "times_error");
  assert_no_problem (editor, "quiet_error");
  g_clear_object (&reminders);
  reminders = list_reminders (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reminders)), ==, 1);
  {
    g_autoptr(TandemReminder) stored = g_list_model_get_item (G_LIST_MODEL (reminders), 0);

    g_assert_cmpint (tandem_reminder_get_kind (stored), ==, TANDEM_REMINDER_KIND_CUSTOM);
    g_assert_cmpstr (tandem_reminder_get_title (stored), ==, "Call the dentist");
    g_assert_cmpint (tandem_reminder_get_weekdays (stored), ==, TANDEM_WEEKDAY_TUESDAY);
    g_assert_cmpstr (tandem_reminder_get_times (stored), ==, "09:15");
    g_assert_cmpstr (tandem_reminder_get_end_date (stored), ==, "2026-12-06");
    g_assert_cmpstr (tandem_reminder_get_quiet_start (stored), ==, "22:00");
    g_assert_cmpstr (tandem_reminder_get_quiet_end (stored), ==, "07:00");
  }

  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
on_saved_cb (TandemReminderEditor *editor,
             TandemReminder       *reminder,
             guint                *n_saved)
{
  g_assert_true (TANDEM_IS_REMINDER (reminder));
  (*n_saved)++;
}

/* Saving stores every choice in one record, with its next due time; the
 * editor opened on it shows the same choices, and saving again updates it. */
static void
test_save_and_edit (Fixture       *fixture,
                    gconstpointer  data)
{
  TandemReminderEditor *editor = open_editor (fixture, NULL);
  g_autoptr(GListStore) reminders = NULL;
  g_autoptr(TandemReminder) stored = NULL;
  g_autoptr(TandemReminder) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *preview = NULL;
  g_autofree char *edit_preview = NULL;
  guint n_saved = 0;
  gint64 id;

  set_weekdays_schedule (editor);
  gtk_switch_set_active (GTK_SWITCH (child (editor, "only_if_switch")), TRUE);
  preview = tandem_reminder_editor_dup_occurrences_text (editor);
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved_cb), &n_saved);

  g_assert_true (tandem_reminder_editor_save (editor));
  g_assert_cmpuint (n_saved, ==, 1);
  gtk_window_destroy (GTK_WINDOW (editor));

  reminders = list_reminders (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reminders)), ==, 1);
  stored = g_list_model_get_item (G_LIST_MODEL (reminders), 0);
  id = tandem_record_get_id (TANDEM_RECORD (stored));
  g_assert_cmpint (tandem_reminder_get_kind (stored), ==, TANDEM_REMINDER_KIND_CHECK_IN);
  g_assert_cmpint (tandem_reminder_get_recurrence (stored), ==, TANDEM_RECURRENCE_WEEKDAYS);
  g_assert_cmpint (tandem_reminder_get_weekdays (stored), ==,
                   TANDEM_WEEKDAY_MONDAY | TANDEM_WEEKDAY_WEDNESDAY | TANDEM_WEEKDAY_FRIDAY);
  g_assert_cmpstr (tandem_reminder_get_times (stored), ==, "19:00");
  g_assert_cmpstr (tandem_reminder_get_start_date (stored), ==, "2026-11-23");
  g_assert_null (tandem_reminder_get_end_date (stored));
  g_assert_null (tandem_reminder_get_target_uuid (stored));
  g_assert_null (tandem_reminder_get_quiet_start (stored));
  g_assert_true (tandem_reminder_get_only_if_not_done (stored));
  g_assert_true (tandem_reminder_get_enabled (stored));
  g_assert_cmpint (tandem_reminder_get_next_due (stored), >, 0);

  /* Editing loads the same choices. */
  editor = open_editor (fixture, stored);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Reminder");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (child (editor, "schedule_row"))), ==,
                    TANDEM_RECURRENCE_WEEKDAYS);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (child (editor, "only_if_switch"))));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (child (editor, "has_end_switch"))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (first_time_row (editor))), ==, "19:00");
  edit_preview = tandem_reminder_editor_dup_occurrences_text (editor);
  g_assert_cmpstr (edit_preview, ==, preview);

  /* Changing it updates the same record. */
  gtk_editable_set_text (GTK_EDITABLE (first_time_row (editor)), "08:30");
  gtk_switch_set_active (GTK_SWITCH (child (editor, "enabled_switch")), FALSE);
  g_assert_true (tandem_reminder_editor_save (editor));
  gtk_window_destroy (GTK_WINDOW (editor));

  reloaded = tandem_store_get (fixture->store, TANDEM_TYPE_REMINDER, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_reminder_get_times (reloaded), ==, "08:30");
  g_assert_false (tandem_reminder_get_enabled (reloaded));
  g_clear_object (&reminders);
  reminders = list_reminders (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reminders)), ==, 1);
}

/* Set from a goal or a questionnaire, a new reminder starts as one for it;
 * goals that are over are not offered. */
static void
test_preset_and_finished_goals (Fixture       *fixture,
                                gconstpointer  data)
{
  gint64 owner_id = tandem_record_get_id (TANDEM_RECORD (fixture->owner));
  g_autoptr(TandemGoal) walk = tandem_goal_new (owner_id, TANDEM_FRAMEWORK_SMART, "Walk every morning");
  g_autoptr(TandemGoal) done = tandem_goal_new (owner_id, TANDEM_FRAMEWORK_SMART, "Sleep by eleven");
  g_autoptr(GListStore) reminders = NULL;
  g_autoptr(TandemReminder) stored = NULL;
  g_autoptr(GError) error = NULL;
  TandemReminderEditor *editor;
  GListModel *targets;

  tandem_goal_set_status (done, TANDEM_GOAL_STATUS_ACHIEVED);
  tandem_store_insert (fixture->store, TANDEM_RECORD (walk), &error);
  g_assert_no_error (error);
  tandem_store_insert (fixture->store, TANDEM_RECORD (done), &error);
  g_assert_no_error (error);

  editor = open_editor (fixture, NULL);
  tandem_reminder_editor_preset (editor, TANDEM_REMINDER_KIND_CHECK_IN,
                                 tandem_record_get_uuid (TANDEM_RECORD (walk)));
  targets = adw_combo_row_get_model (ADW_COMBO_ROW (child (editor, "target_row")));
  /* "The day as a whole" and the active goal; not the achieved one. */
  g_assert_cmpuint (g_list_model_get_n_items (targets), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (targets), 1), ==, "Walk every morning");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (child (editor, "target_row"))), ==, 1);
  g_assert_true (tandem_reminder_editor_save (editor));
  gtk_window_destroy (GTK_WINDOW (editor));

  reminders = list_reminders (fixture);
  stored = g_list_model_get_item (G_LIST_MODEL (reminders), 0);
  g_assert_cmpint (tandem_reminder_get_kind (stored), ==, TANDEM_REMINDER_KIND_CHECK_IN);
  g_assert_cmpstr (tandem_reminder_get_target_uuid (stored), ==, tandem_record_get_uuid (TANDEM_RECORD (walk)));

  /* A questionnaire, by its id. */
  editor = open_editor (fixture, NULL);
  tandem_reminder_editor_preset (editor, TANDEM_REMINDER_KIND_QUESTIONNAIRE, "gad7");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (child (editor, "kind_row"))),
                    ==, TANDEM_REMINDER_KIND_QUESTIONNAIRE);
  targets = adw_combo_row_get_model (ADW_COMBO_ROW (child (editor, "target_row")));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (targets),
                                               adw_combo_row_get_selected (ADW_COMBO_ROW (child (editor, "target_row")))),
                   ==, "Generalized Anxiety Disorder 7-item scale");
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* A check-in reminder can be for one goal; the page lists it by the goal's
 * title with its schedule in words, and deletes it with an undo. */
static void
test_goal_target_and_page (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(GListStore) reminders = NULL;
  g_autoptr(TandemReminder) stored = NULL;
  g_autoptr(GError) error = NULL;
  TandemReminderEditor *editor;
  GtkWidget *window, *page, *list, *row;
  gint64 id;

  goal = tandem_goal_new (tandem_record_get_id (TANDEM_RECORD (fixture->owner)),
                          TANDEM_FRAMEWORK_SMART, "Walk every morning");
  tandem_store_insert (fixture->store, TANDEM_RECORD (goal), &error);
  g_assert_no_error (error);

  editor = open_editor (fixture, NULL);
  /* "The day as a whole", then the goal. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, "target_row")), 1);
  g_assert_true (tandem_reminder_editor_save (editor));
  gtk_window_destroy (GTK_WINDOW (editor));

  reminders = list_reminders (fixture);
  stored = g_list_model_get_item (G_LIST_MODEL (reminders), 0);
  g_assert_cmpstr (tandem_reminder_get_target_uuid (stored), ==,
                   tandem_record_get_uuid (TANDEM_RECORD (goal)));
  id = tandem_record_get_id (TANDEM_RECORD (stored));

  /* A fortnightly questionnaire, added as tandem-cli would. */
  {
    g_autoptr(TandemReminder) fortnightly = NULL;

    fortnightly = tandem_reminder_new (tandem_record_get_id (TANDEM_RECORD (fixture->owner)),
                                       TANDEM_REMINDER_KIND_QUESTIONNAIRE, TANDEM_RECURRENCE_WEEKLY,
                                       "10:00", "2026-11-22");
    tandem_reminder_set_interval_weeks (fortnightly, 2);
    tandem_reminder_set_weekdays (fortnightly, TANDEM_WEEKDAY_SUNDAY);
    tandem_reminder_set_target_uuid (fortnightly, "phq9");
    tandem_store_insert (fixture->store, TANDEM_RECORD (fortnightly), &error);
    g_assert_no_error (error);
  }

  window = gtk_window_new ();
  page = tandem_reminders_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), page);
  tandem_page_set_store (TANDEM_PAGE (page), fixture->store);
  tandem_page_set_person (TANDEM_PAGE (page), fixture->owner);
  gtk_window_present (GTK_WINDOW (window));
  tandem_test_iterate ();

  list = tandem_test_get_child (page, TANDEM_TYPE_REMINDERS_PAGE, "list");
  row = gtk_widget_get_first_child (list);
  g_assert_true (TANDEM_IS_LIST_ROW (row));
  g_assert_cmpstr (tandem_list_row_get_title (TANDEM_LIST_ROW (row)), ==,
                   "Check-in: Walk every morning");
  g_assert_true (g_str_has_prefix (tandem_list_row_get_subtitle (TANDEM_LIST_ROW (row)),
                                   "Every day at 19:00\nNext: "));

  row = gtk_widget_get_next_sibling (row);
  g_assert_true (TANDEM_IS_LIST_ROW (row));
  g_assert_true (g_str_has_prefix (tandem_list_row_get_title (TANDEM_LIST_ROW (row)), "PHQ-9") ||
                 strstr (tandem_list_row_get_title (TANDEM_LIST_ROW (row)), "Patient Health") != NULL);
  g_assert_true (g_str_has_prefix (tandem_list_row_get_subtitle (TANDEM_LIST_ROW (row)),
                                   "Every 2 weeks on Sun at 10:00\nNext: "));

  /* Switching the first one off stores it, and the row says so. */
  {
    GtkWidget *first = gtk_widget_get_first_child (list);
    GtkWidget *enabled_switch = find_switch (first);
    g_autoptr(TandemReminder) switched = NULL;

    gtk_switch_set_active (GTK_SWITCH (enabled_switch), FALSE);
    tandem_test_iterate ();
    switched = tandem_store_get (fixture->store, TANDEM_TYPE_REMINDER, id, &error);
    g_assert_no_error (error);
    g_assert_false (tandem_reminder_get_enabled (switched));
    first = gtk_widget_get_first_child (list);
    g_assert_true (g_str_has_suffix (tandem_list_row_get_subtitle (TANDEM_LIST_ROW (first)),
                                     "\nSwitched off"));
  }

  g_assert_true (gtk_widget_activate_action (page, "reminders.delete", "x", id));
  g_clear_object (&reminders);
  reminders = list_reminders (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reminders)), ==, 1);
  row = gtk_widget_get_first_child (list);
  g_assert_cmpstr (tandem_list_row_get_subtitle (TANDEM_LIST_ROW (row)), !=, NULL);
  g_assert_false (g_str_has_prefix (tandem_list_row_get_title (TANDEM_LIST_ROW (row)), "Check-in"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Preferences write the reminder service's autostart entry into the
 * temporary XDG_CONFIG_HOME, and switching it off hides it, as the XDG
 * Autostart specification asks. */
static void
test_autostart (void)
{
  g_autofree char *path = tandem_autostart_dup_user_path ();
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  GtkWidget *autostart_switch;
  GtkWidget *titles_switch;

  tandem_test_reset_settings ();
  g_assert_true (g_str_has_prefix (path, g_getenv ("XDG_CONFIG_HOME")));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (tandem_autostart_get_enabled ());

  /* Not wanted: nothing is written. */
  tandem_autostart_ensure_default (FALSE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  window = tandem_preferences_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  tandem_test_iterate ();

  autostart_switch = tandem_test_get_child (window, TANDEM_TYPE_PREFERENCES_WINDOW, "autostart_switch");
  titles_switch = tandem_test_get_child (window, TANDEM_TYPE_PREFERENCES_WINDOW, "show_titles_switch");
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (autostart_switch)));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (titles_switch)));

  /* On: a copy of the installed entry. */
  gtk_switch_set_active (GTK_SWITCH (autostart_switch), TRUE);
  g_assert_true (tandem_autostart_get_enabled ());
  g_assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  {
    g_autofree char *exec = g_key_file_get_string (entry, "Desktop Entry", "Exec", NULL);

    g_assert_cmpstr (exec, ==, "tandem-reminders");
  }
  g_assert_false (g_key_file_has_key (entry, "Desktop Entry", "Hidden", NULL));
  g_assert_true (g_settings_get_boolean (settings, "remind-when-closed"));

  /* Off: the user's entry stays, hidden. */
  gtk_switch_set_active (GTK_SWITCH (autostart_switch), FALSE);
  g_assert_false (tandem_autostart_get_enabled ());
  g_assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, &error));
  g_assert_true (g_key_file_get_boolean (entry, "Desktop Entry", "Hidden", &error));
  g_assert_no_error (error);
  g_assert_false (g_settings_get_boolean (settings, "remind-when-closed"));

  /* The first start does not switch on again what the person switched off. */
  tandem_autostart_ensure_default (TRUE);
  g_assert_false (tandem_autostart_get_enabled ());
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  /* The privacy switch is the setting the reminder service reads. */
  gtk_switch_set_active (GTK_SWITCH (titles_switch), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "notifications-show-titles"));

  gtk_window_destroy (GTK_WINDOW (window));
  tandem_test_reset_settings ();

  /* Wanted, with no entry yet: the first start writes it. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  tandem_autostart_ensure_default (TRUE);
  g_assert_true (tandem_autostart_get_enabled ());
  g_assert_cmpint (g_unlink (path), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config_home = g_dir_make_tmp ("tandem-config-XXXXXX", NULL);
  g_autofree char *source = NULL;
  g_autofree char *autostart_dir = NULL;
  int status;

  /* Before GLib reads it: the autostart entry goes here. */
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_setenv ("XDG_CONFIG_DIRS", config_home, TRUE);

  source = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                             "..", "data", APP_ID ".Reminders.desktop", NULL);
  g_setenv ("TANDEM_AUTOSTART_SOURCE", source, TRUE);

  if (!tandem_test_init (&argc, &argv))
    return 0;

  g_test_add ("/reminder-editor/preview", Fixture, NULL, fixture_set_up, test_preview, fixture_tear_down);
  g_test_add ("/reminder-editor/invalid-refused", Fixture, NULL,
              fixture_set_up, test_invalid_refused, fixture_tear_down);
  g_test_add ("/reminder-editor/save-and-edit", Fixture, NULL,
              fixture_set_up, test_save_and_edit, fixture_tear_down);
  g_test_add ("/reminder-editor/preset-and-finished-goals", Fixture, NULL,
              fixture_set_up, test_preset_and_finished_goals, fixture_tear_down);
  g_test_add ("/reminder-editor/goal-target-and-page", Fixture, NULL,
              fixture_set_up, test_goal_target_and_page, fixture_tear_down);
  g_test_add_func ("/reminder-editor/autostart", test_autostart);

  status = g_test_run ();

  autostart_dir = g_build_filename (config_home, "autostart", NULL);
  g_rmdir (autostart_dir);
  g_rmdir (config_home);

  return status;
}
