/* test-homework.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-homework"

#include "config.h"

#include "tandem-homework-dialog.h"
#include "tandem-homework-page.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"

/* The store's clock stands still at noon on this day, a Friday. */
#define TODAY     "2026-12-04"
#define NEXT_WEEK "2026-12-11"

typedef struct
{
  char         *dir;
  TandemStore  *store;
  TandemPerson *person;
  gint64        person_id;
  gint64        goal_id;
  gint64        paused_goal_id;
} Fixture;

static gint64
add_goal (Fixture          *f,
          const char       *title,
          TandemGoalStatus  status)
{
  g_autoptr(TandemGoal) goal = tandem_goal_new (f->person_id, TANDEM_FRAMEWORK_SMART, title);
  g_autoptr(GError) error = NULL;

  tandem_goal_set_status (goal, status);
  g_assert_true (tandem_store_insert (f->store, TANDEM_RECORD (goal), &error));
  g_assert_no_error (error);

  return tandem_record_get_id (TANDEM_RECORD (goal));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 4, 12, 0, 0);
  g_autoptr(GError) error = NULL;

  f->store = tandem_test_open_store (&f->dir);
  _tandem_store_set_now (f->store, g_date_time_to_unix (now) * G_USEC_PER_SEC);

  f->person = tandem_person_new ("Alex", TANDEM_PERSON_ROLE_OWNER);
  g_assert_true (tandem_store_insert (f->store, TANDEM_RECORD (f->person), &error));
  g_assert_no_error (error);
  f->person_id = tandem_record_get_id (TANDEM_RECORD (f->person));

  f->goal_id = add_goal (f, "Sleep better", TANDEM_GOAL_STATUS_ACTIVE);
  f->paused_goal_id = add_goal (f, "Learn Spanish", TANDEM_GOAL_STATUS_PAUSED);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->person);
  g_clear_object (&f->store);
  tandem_test_remove_dir (f->dir);
  g_free (f->dir);
}

static GtkWidget *
get (gpointer    dialog,
     const char *name)
{
  return tandem_test_get_child (dialog, TANDEM_TYPE_HOMEWORK_DIALOG, name);
}

static TandemHomeworkDialog *
open_dialog (Fixture        *f,
             TandemHomework *homework,
             gboolean        assign)
{
  GtkWidget *dialog = tandem_homework_dialog_new (NULL, f->store, f->person, homework, assign);

  g_assert_true (TANDEM_IS_HOMEWORK_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  tandem_test_iterate ();

  return TANDEM_HOMEWORK_DIALOG (dialog);
}

static void
close_dialog (TandemHomeworkDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  tandem_test_iterate ();
}

static const char *
error_text (TandemHomeworkDialog *dialog,
            const char           *name)
{
  GtkWidget *label = get (dialog, name);

  return gtk_widget_get_visible (label) ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

static void
counter_inc (TandemHomeworkDialog *dialog,
             TandemHomework       *homework,
             guint                *count)
{
  (*count)++;
}

/* -- the dialog ----------------------------------------------------------- */

static void
test_dialog_defaults (Fixture       *f,
                      gconstpointer  data)
{
  TandemHomeworkDialog *dialog = open_dialog (f, NULL, TRUE);
  GListModel *goals;

  /* A therapist assigns; the due date defaults to a week from today. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Assign Homework");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (get (dialog, "save_button"))), ==, "Assign");
  g_assert_cmpstr (tandem_homework_dialog_get_due (dialog), ==, NEXT_WEEK);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (get (dialog, "due_button"))), ==,
                   "Friday, December 11, 2026");

  /* The goal can be left out; paused goals are not offered. */
  goals = adw_combo_row_get_model (ADW_COMBO_ROW (get (dialog, "goal_row")));
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (goals), 0), ==, "No goal");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (goals), 1), ==, "Sleep better");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (get (dialog, "goal_row"))), ==, 0);
  close_dialog (dialog);

  dialog = open_dialog (f, NULL, FALSE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Homework");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (get (dialog, "save_button"))), ==, "Save");
  close_dialog (dialog);
}

static void
test_dialog_validation (Fixture       *f,
                        gconstpointer  data)
{
  TandemHomeworkDialog *dialog = open_dialog (f, NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) stored = NULL;
  g_autoptr(GListStore) reminders = NULL;
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(TandemReminder) reminder = NULL;
  guint saved = 0;

  g_signal_connect (dialog, "saved", G_CALLBACK (counter_inc), &saved);

  /* Nothing typed: the title is missing, said beside it; nothing is stored. */
  g_assert_null (error_text (dialog, "title_error_label"));
  g_assert_false (tandem_homework_dialog_save (dialog, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (error_text (dialog, "title_error_label"), ==, "The title cannot be empty.");

  /* Typing follows the problems once Save was pressed. */
  gtk_editable_set_text (GTK_EDITABLE (get (dialog, "title_row")), "Thought record");
  g_assert_null (error_text (dialog, "title_error_label"));

  /* A due date before today, the day it is assigned. */
  tandem_homework_dialog_set_due (dialog, "2026-12-01");
  g_assert_cmpstr (error_text (dialog, "due_error_label"), ==,
                   "The due date cannot come before the day the homework is assigned.");
  g_assert_false (tandem_homework_dialog_save (dialog, &error));
  g_clear_error (&error);

  /* A reminder at a time that is not one. */
  tandem_homework_dialog_set_due (dialog, "2026-12-08");
  g_assert_null (error_text (dialog, "due_error_label"));
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (get (dialog, "remind_row")), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (get (dialog, "time_row")), "7pm");
  g_assert_cmpstr (error_text (dialog, "time_error_label"), ==,
                   "“7pm” is not a time of day. Write it as HH:MM, such as 18:30.");
  g_assert_false (tandem_homework_dialog_save (dialog, &error));
  g_clear_error (&error);

  g_assert_cmpint (saved, ==, 0);
  stored = tandem_homework_list (f->store, f->person_id, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (stored)), ==, 0);
  g_clear_object (&stored);

  /* Everything typed is still there; fixed, it saves with its reminder. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get (dialog, "title_row"))), ==, "Thought record");
  gtk_editable_set_text (GTK_EDITABLE (get (dialog, "time_row")), "19:30");
  adw_combo_row_set_selected (ADW_COMBO_ROW (get (dialog, "goal_row")), 1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (get (dialog, "details_view"))),
                            "One page when a worry comes.", -1);
  g_assert_true (tandem_homework_dialog_save (dialog, &error));
  g_assert_no_error (error);
  g_assert_cmpint (saved, ==, 1);

  stored = tandem_homework_list (f->store, f->person_id, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (stored)), ==, 1);
  homework = g_list_model_get_item (G_LIST_MODEL (stored), 0);
  g_assert_cmpstr (tandem_homework_get_title (homework), ==, "Thought record");
  g_assert_cmpstr (tandem_homework_get_details (homework), ==, "One page when a worry comes.");
  g_assert_cmpstr (tandem_homework_get_assigned_on (homework), ==, TODAY);
  g_assert_cmpstr (tandem_homework_get_due_on (homework), ==, "2026-12-08");
  g_assert_cmpint (tandem_homework_get_goal_id (homework), ==, f->goal_id);

  reminders = tandem_homework_list_reminders (f->store, homework, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reminders)), ==, 1);
  reminder = g_list_model_get_item (G_LIST_MODEL (reminders), 0);
  g_assert_cmpstr (tandem_reminder_get_times (reminder), ==, "19:30");
  g_assert_cmpstr (tandem_reminder_get_end_date (reminder), ==, "2026-12-08");
  close_dialog (dialog);

  /* Editing: the reminder shows; switched off, it goes. */
  dialog = open_dialog (f, homework, FALSE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Homework");
  g_assert_true (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (get (dialog, "remind_row"))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get (dialog, "time_row"))), ==, "19:30");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (get (dialog, "goal_row"))), ==, 1);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (get (dialog, "remind_row")), FALSE);
  tandem_homework_dialog_set_due (dialog, NULL);
  g_assert_true (tandem_homework_dialog_save (dialog, &error));
  g_assert_no_error (error);
  g_clear_object (&reminders);
  reminders = tandem_store_list_reminders (f->store, f->person_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reminders)), ==, 0);
  g_clear_object (&stored);
  stored = tandem_homework_list (f->store, f->person_id, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (stored)), ==, 1);
  close_dialog (dialog);
}

/* -- the page ------------------------------------------------------------- */

static TandemHomework *
store_homework (Fixture    *f,
                const char *title,
                const char *due)
{
  g_autoptr(GError) error = NULL;
  TandemHomework *homework = tandem_homework_new (f->person_id, title, "2026-11-27");

  tandem_homework_set_due_on (homework, due);
  g_assert_true (tandem_homework_save (f->store, homework, &error));
  g_assert_no_error (error);

  return homework;
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child; child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

static GtkWidget *
row_at (GtkWidget *list,
        guint      index)
{
  return GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index));
}

static GtkCheckButton *
check_of (GtkWidget *row)
{
  GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "tandem-check");

  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  return check;
}

static void
test_page_done_toggle (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(TandemHomework) walk = store_homework (f, "Walk after lunch", "2026-12-02");
  g_autoptr(TandemHomework) record = store_homework (f, "Thought record", TODAY);
  g_autoptr(TandemHomework) stored = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = tandem_homework_page_new ();
  GtkWidget *open_list, *done_list;

  gtk_window_set_child (GTK_WINDOW (window), page);
  tandem_page_set_store (TANDEM_PAGE (page), f->store);
  tandem_page_set_person (TANDEM_PAGE (page), f->person);
  gtk_window_present (GTK_WINDOW (window));
  tandem_test_iterate ();

  open_list = tandem_test_get_child (page, TANDEM_TYPE_HOMEWORK_PAGE, "open_list");
  done_list = tandem_test_get_child (page, TANDEM_TYPE_HOMEWORK_PAGE, "done_list");
  g_assert_cmpuint (count_rows (open_list), ==, 2);
  g_assert_cmpuint (count_rows (done_list), ==, 0);
  g_assert_false (gtk_widget_get_visible (done_list));

  /* Open first by due date, each saying when in plain words. */
  g_assert_cmpstr (tandem_list_row_get_title (TANDEM_LIST_ROW (row_at (open_list, 0))), ==,
                   "Walk after lunch");
  g_assert_cmpstr (tandem_list_row_get_subtitle (TANDEM_LIST_ROW (row_at (open_list, 0))), ==,
                   "Overdue since 2 December");
  g_assert_cmpstr (tandem_list_row_get_subtitle (TANDEM_LIST_ROW (row_at (open_list, 1))), ==, "Due today");

  /* Ticking it off stores it done and moves it to the done list. */
  gtk_check_button_set_active (check_of (row_at (open_list, 0)), TRUE);
  stored = tandem_store_get (f->store, TANDEM_TYPE_HOMEWORK, tandem_record_get_id (TANDEM_RECORD (walk)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_homework_get_done_at (stored), !=, 0);
  tandem_test_iterate ();

  g_assert_cmpuint (count_rows (open_list), ==, 1);
  g_assert_cmpuint (count_rows (done_list), ==, 1);
  g_assert_true (gtk_widget_get_visible (done_list));
  g_assert_cmpstr (tandem_list_row_get_title (TANDEM_LIST_ROW (row_at (done_list, 0))), ==,
                   "Walk after lunch");
  g_assert_cmpstr (tandem_list_row_get_subtitle (TANDEM_LIST_ROW (row_at (done_list, 0))), ==, "Done today");
  g_assert_true (gtk_check_button_get_active (check_of (row_at (done_list, 0))));
  /* The focus follows the row it was on. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == GTK_WIDGET (check_of (row_at (done_list, 0))));

  /* Unticking opens it again. */
  gtk_check_button_set_active (check_of (row_at (done_list, 0)), FALSE);
  g_clear_object (&stored);
  stored = tandem_store_get (f->store, TANDEM_TYPE_HOMEWORK, tandem_record_get_id (TANDEM_RECORD (walk)), &error);
  g_assert_cmpint (tandem_homework_get_done_at (stored), ==, 0);
  tandem_test_iterate ();
  g_assert_cmpuint (count_rows (open_list), ==, 2);
  g_assert_cmpuint (count_rows (done_list), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  tandem_test_iterate ();
}

static void
test_page_delete_and_undo (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(TandemHomework) walk = store_homework (f, "Walk after lunch", "2026-12-09");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) left = NULL;
  gint64 id = tandem_record_get_id (TANDEM_RECORD (walk));
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = tandem_homework_page_new ();
  GtkWidget *open_list, *stack;

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  tandem_page_set_store (TANDEM_PAGE (page), f->store);
  tandem_page_set_person (TANDEM_PAGE (page), f->person);
  gtk_window_present (GTK_WINDOW (window));
  tandem_test_iterate ();

  open_list = tandem_test_get_child (page, TANDEM_TYPE_HOMEWORK_PAGE, "open_list");
  stack = tandem_test_get_child (page, TANDEM_TYPE_HOMEWORK_PAGE, "stack");
  g_assert_cmpstr (tandem_list_row_get_subtitle (TANDEM_LIST_ROW (row_at (open_list, 0))), ==, "Due Wednesday");

  /* Deleting hides it at once; Undo brings it back and nothing was deleted. */
  g_assert_true (gtk_widget_activate_action (page, "homework.delete", "x", id));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  g_assert_true (gtk_widget_activate_action (page, "homework.undo-delete", "x", id));
  g_assert_cmpuint (count_rows (open_list), ==, 1);
  g_assert_cmpint (tandem_store_count (f->store, TANDEM_TYPE_HOMEWORK, &error), ==, 1);
  g_assert_cmpint (tandem_store_count_tombstones (f->store, &error), ==, 0);

  /* Deleted again, it goes for good when the page goes. */
  g_assert_true (gtk_widget_activate_action (page, "homework.delete", "x", id));
  g_assert_cmpint (tandem_store_count (f->store, TANDEM_TYPE_HOMEWORK, &error), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  tandem_test_iterate ();
  left = tandem_homework_list (f->store, f->person_id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (left)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);

  if (!tandem_test_init (&argc, &argv))
    return 0;

  g_test_add ("/ui/homework/dialog/defaults", Fixture, NULL, fixture_set_up, test_dialog_defaults, fixture_tear_down);
  g_test_add ("/ui/homework/dialog/validation", Fixture, NULL, fixture_set_up, test_dialog_validation, fixture_tear_down);
  g_test_add ("/ui/homework/page/done-toggle", Fixture, NULL, fixture_set_up, test_page_done_toggle, fixture_tear_down);
  g_test_add ("/ui/homework/page/delete-and-undo", Fixture, NULL, fixture_set_up, test_page_delete_and_undo, fixture_tear_down);

  return g_test_run ();
}
