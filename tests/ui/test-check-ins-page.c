/* test-check-ins-page.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-check-ins-page"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tandem-check-ins-page.h"
#include "tandem-month-view.h"
#include "tandem-test-util.h"

/* The Check-ins page on a real database in a temporary folder, in a real
 * window: the selected day's check-ins, deleting with undo, rest days. */

typedef struct
{
  char          *dir;
  TandemStore   *store;
  TandemPerson  *person;
  TandemGoal    *goal;
  TandemCheckIn *check_in;
  char          *today;
  GtkWidget     *window;
  GtkWidget     *page;
  char          *check_in_day;
} Fixture;

static void
on_check_in_day_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    Fixture       *f)
{
  g_free (f->check_in_day);
  f->check_in_day = g_variant_dup_string (parameter, NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemStrategy) strategy = NULL;
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = NULL;
  gint64 person_id;

  f->store = tandem_test_open_store (&f->dir);
  f->today = tandem_quick_check_in_dup_today (f->store);

  f->person = tandem_person_new ("Alex", TANDEM_PERSON_ROLE_OWNER);
  tandem_store_insert (f->store, TANDEM_RECORD (f->person), &error);
  g_assert_no_error (error);
  person_id = tandem_record_get_id (TANDEM_RECORD (f->person));

  f->goal = tandem_goal_new (person_id, TANDEM_FRAMEWORK_SMART, "Walk every day");
  tandem_goal_set_measure_kind (f->goal, TANDEM_MEASURE_COUNT);
  tandem_goal_set_target (f->goal, 4);
  tandem_store_insert (f->store, TANDEM_RECORD (f->goal), &error);
  g_assert_no_error (error);

  strategy = tandem_strategy_new (person_id, "Box breathing");
  tandem_store_insert (f->store, TANDEM_RECORD (strategy), &error);
  g_assert_no_error (error);

  f->check_in = tandem_check_in_new (person_id, tandem_record_get_id (TANDEM_RECORD (f->goal)),
                                     f->today);
  tandem_check_in_set_value (f->check_in, 3);
  tandem_check_in_set_note (f->check_in, "Walked to the park and back.");
  tandem_check_in_set_stressors (f->check_in, "A deadline at work");
  tandem_check_in_set_win (f->check_in, TRUE);
  tandem_check_in_add_strategy (f->check_in, tandem_record_get_id (TANDEM_RECORD (strategy)),
                                TANDEM_HELPED_YES);
  tandem_store_insert (f->store, TANDEM_RECORD (f->check_in), &error);
  g_assert_no_error (error);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  action = g_simple_action_new ("check-in-day", G_VARIANT_TYPE_STRING);
  g_signal_connect (action, "activate", G_CALLBACK (on_check_in_day_cb), f);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (f->window, "win", G_ACTION_GROUP (group));

  f->page = tandem_check_ins_page_new ();
  gtk_window_set_child (GTK_WINDOW (f->window), f->page);
  g_object_set (f->page, "store", f->store, "person", f->person, NULL);
  gtk_window_present (GTK_WINDOW (f->window));
  tandem_test_iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  tandem_test_iterate ();
  g_clear_object (&f->check_in);
  g_clear_object (&f->goal);
  g_clear_object (&f->person);
  g_clear_object (&f->store);
  tandem_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->today);
  g_free (f->check_in_day);
}

static GtkWidget *
get_child (Fixture    *f,
           const char *name)
{
  return tandem_test_get_child (f->page, TANDEM_TYPE_CHECK_INS_PAGE, name);
}

static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

/* The text of the selected day's check-ins, one label a line. */
static char *
dup_entries_text (Fixture *f)
{
  GString *text = g_string_new (NULL);
  GtkWidget *list = get_child (f, "entries_list");

  if (gtk_widget_get_visible (list))
    collect_labels (list, text);

  return g_string_free (text, FALSE);
}

static TandemDayCell *
get_cell (Fixture    *f,
          const char *day)
{
  TandemMonthView *view = TANDEM_MONTH_VIEW (get_child (f, "month_view"));
  int index = tandem_calendar_month_find_day (tandem_month_view_get_month (view), day);

  g_assert_cmpint (index, >=, 0);
  return tandem_month_view_get_cell (view, index);
}

static gboolean
check_in_is_stored (Fixture *f,
                    gint64   id)
{
  g_autoptr(TandemCheckIn) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = tandem_store_get (f->store, TANDEM_TYPE_CHECK_IN, id, &error);
  if (stored == NULL)
    g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);

  return stored != NULL;
}

/* As long as a person takes to reach the toast. */
static void
wait_a_moment (void)
{
  gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_day_pane (Fixture       *f,
               gconstpointer  data)
{
  TandemMonthView *view = TANDEM_MONTH_VIEW (get_child (f, "month_view"));
  g_autofree char *text = dup_entries_text (f);
  const TandemCalendarDay *day;

  /* Today is selected at first, and shows its check-in in full. */
  g_assert_cmpstr (tandem_month_view_get_selected_day (view), ==, f->today);
  g_assert_true (strstr (text, "Walk every day\n") != NULL);
  g_assert_true (strstr (text, "A win\n") != NULL);
  g_assert_true (strstr (text, "Value: 3\n") != NULL);
  g_assert_true (strstr (text, "Walked to the park and back.\n") != NULL);
  g_assert_true (strstr (text, "Stressors: A deadline at work\n") != NULL);
  g_assert_true (strstr (text, "Tried: Box breathing, helped\n") != NULL);
  g_assert_false (gtk_widget_get_visible (get_child (f, "no_entries_label")));
  g_assert_true (gtk_widget_get_visible (get_child (f, "edit_button")));

  /* The goal with a measure shades the days; today is three quarters there. */
  day = tandem_day_cell_get_day (get_cell (f, f->today));
  g_assert_cmpuint (day->n_check_ins, ==, 1);
  g_assert_cmpfloat_with_epsilon (day->intensity, 0.75, 1e-9);
  g_assert_true (strstr (tandem_day_cell_get_description (get_cell (f, f->today)),
                         "checked in, goal value 3, a win") != NULL);

  /* The streak is counted in kind words. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get_child (f, "streak_label"))), ==,
                   "Checked in on 1 day this month");

  /* Check In and Edit ask the window for the check-in dialog of the day. */
  g_signal_emit_by_name (get_child (f, "edit_button"), "clicked");
  g_assert_cmpstr (f->check_in_day, ==, f->today);
}

static void
test_other_day (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *yesterday = tandem_date_add_days (f->today, -1);
  g_autofree char *tomorrow = tandem_date_add_days (f->today, 1);
  TandemMonthView *view = TANDEM_MONTH_VIEW (get_child (f, "month_view"));
  g_autofree char *text = NULL;

  /* Choosing a day, from the keyboard or a click, shows it in the pane. */
  tandem_month_view_show_day (view, yesterday, TRUE);
  g_signal_emit_by_name (get_cell (f, yesterday), "clicked");
  g_assert_cmpstr (tandem_month_view_get_selected_day (view), ==, yesterday);
  text = dup_entries_text (f);
  g_assert_cmpstr (text, ==, "");
  g_assert_true (gtk_widget_get_visible (get_child (f, "no_entries_label")));
  g_assert_false (gtk_widget_get_visible (get_child (f, "edit_button")));
  g_assert_true (gtk_widget_get_sensitive (get_child (f, "check_in_button")));

  g_signal_emit_by_name (get_child (f, "check_in_button"), "clicked");
  g_assert_cmpstr (f->check_in_day, ==, yesterday);

  /* A day still ahead cannot be checked in yet. */
  tandem_month_view_show_day (view, tomorrow, TRUE);
  g_signal_emit_by_name (get_cell (f, tomorrow), "clicked");
  g_assert_false (gtk_widget_get_sensitive (get_child (f, "check_in_button")));
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  gint64 id = tandem_record_get_id (TANDEM_RECORD (f->check_in));
  g_autofree char *text = NULL;
  gint64 deadline;

  gtk_widget_activate_action (f->page, "check-ins.delete", "x", id);
  text = dup_entries_text (f);
  g_assert_cmpstr (text, ==, "");
  g_assert_true (gtk_widget_get_visible (get_child (f, "no_entries_label")));

  /* Until the toast goes, the check-in is kept, so Undo loses nothing. */
  g_assert_true (check_in_is_stored (f, id));
  wait_a_moment ();
  gtk_widget_activate_action (f->page, "check-ins.undo-delete", "x", id);
  g_clear_pointer (&text, g_free);
  text = dup_entries_text (f);
  g_assert_true (strstr (text, "Walked to the park and back.\n") != NULL);
  g_assert_true (check_in_is_stored (f, id));
  g_assert_cmpint (tandem_store_count_tombstones (f->store, NULL), ==, 0);

  /* Once the toast times out, the deletion is carried out. */
  gtk_widget_activate_action (f->page, "check-ins.delete", "x", id);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (check_in_is_stored (f, id) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (check_in_is_stored (f, id));
  g_assert_cmpint (tandem_store_count_tombstones (f->store, NULL), ==, 1);
  g_assert_cmpuint (tandem_day_cell_get_day (get_cell (f, f->today))->n_check_ins, ==, 0);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get_child (f, "streak_label"))), ==,
                   "No check-ins yet this month. Any day is a good day to start.");
}

static void
test_delete_kept_when_page_goes (Fixture       *f,
                                 gconstpointer  data)
{
  gint64 id = tandem_record_get_id (TANDEM_RECORD (f->check_in));

  gtk_widget_activate_action (f->page, "check-ins.delete", "x", id);
  g_assert_true (check_in_is_stored (f, id));
  wait_a_moment ();

  /* Another person is shown: what was deleted stays deleted. */
  tandem_page_set_person (TANDEM_PAGE (f->page), NULL);
  g_assert_false (check_in_is_stored (f, id));
}

static void
test_rest_day (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *day = tandem_date_add_days (f->today, -2);
  gint64 person_id = tandem_record_get_id (TANDEM_RECORD (f->person));
  TandemMonthView *view = TANDEM_MONTH_VIEW (get_child (f, "month_view"));
  GtkSwitch *rest_switch = GTK_SWITCH (get_child (f, "rest_day_switch"));
  g_autoptr(GListStore) rest_days = NULL;

  tandem_month_view_show_day (view, day, TRUE);
  g_signal_emit_by_name (get_cell (f, day), "clicked");
  g_assert_false (gtk_switch_get_active (rest_switch));

  gtk_switch_set_active (rest_switch, TRUE);
  rest_days = tandem_store_list_rest_days (f->store, person_id, day, day, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rest_days)), ==, 1);
  g_assert_true (tandem_day_cell_get_day (get_cell (f, day))->rest_day);
  g_clear_object (&rest_days);

  /* The switch follows the day shown. */
  g_signal_emit_by_name (get_cell (f, f->today), "clicked");
  g_assert_false (gtk_switch_get_active (rest_switch));
  g_signal_emit_by_name (get_cell (f, day), "clicked");
  g_assert_true (gtk_switch_get_active (rest_switch));

  gtk_switch_set_active (rest_switch, FALSE);
  rest_days = tandem_store_list_rest_days (f->store, person_id, day, day, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rest_days)), ==, 0);
  g_assert_false (tandem_day_cell_get_day (get_cell (f, day))->rest_day);
}

static void
test_goal_chooser (Fixture       *f,
                   gconstpointer  data)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (get_child (f, "goal_dropdown"));
  GListModel *model = gtk_drop_down_get_model (dropdown);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 1), ==, "Walk every day");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);

  /* The month's summary: the trend in words, then each week's measure. */
  {
    GtkWidget *list = get_child (f, "summary_list");
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
    const char *subtitle;

    g_assert_nonnull (row);
    subtitle = tandem_list_row_get_subtitle (TANDEM_LIST_ROW (row));
    g_test_message ("summary: %s", subtitle);
    g_assert_nonnull (strstr (subtitle, "\nWeek by week: "));
    g_assert_nonnull (strstr (subtitle, "3"));
  }

  /* No goal: no shading, the check-in is still marked. */
  gtk_drop_down_set_selected (dropdown, 0);
  g_assert_true (isnan (tandem_day_cell_get_day (get_cell (f, f->today))->intensity));
  g_assert_cmpuint (tandem_day_cell_get_day (get_cell (f, f->today))->n_check_ins, ==, 1);
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (get_child (f, "leaflet"));
  g_autofree char *yesterday = tandem_date_add_days (f->today, -1);
  TandemMonthView *view = TANDEM_MONTH_VIEW (get_child (f, "month_view"));

  /* Wide, the calendar and the day sit side by side. */
  g_assert_false (adw_leaflet_get_folded (leaflet));
  g_assert_false (gtk_widget_get_visible (get_child (f, "back_button")));

  gtk_window_set_default_size (GTK_WINDOW (f->window), 420, 700);
  while (!adw_leaflet_get_folded (leaflet))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_visible (get_child (f, "back_button")));

  /* Narrow, choosing a day shows it, and Back returns to the calendar. */
  tandem_month_view_show_day (view, yesterday, TRUE);
  g_signal_emit_by_name (get_cell (f, yesterday), "clicked");
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == get_child (f, "day_pane"));
  g_signal_emit_by_name (get_child (f, "back_button"), "clicked");
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == get_child (f, "calendar_box"));
}

int
main (int   argc,
      char *argv[])
{
  if (!tandem_test_init (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/check-ins-page/day-pane", test_day_pane);
  ADD ("/check-ins-page/other-day", test_other_day);
  ADD ("/check-ins-page/delete-and-undo", test_delete_and_undo);
  ADD ("/check-ins-page/delete-kept-when-page-goes", test_delete_kept_when_page_goes);
  ADD ("/check-ins-page/rest-day", test_rest_day);
  ADD ("/check-ins-page/goal-chooser", test_goal_chooser);
  ADD ("/check-ins-page/narrow", test_narrow);

#undef ADD

  return g_test_run ();
}
