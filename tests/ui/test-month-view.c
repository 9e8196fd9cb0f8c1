/* test-month-view.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-month-view"

#include "config.h"

#include <math.h>

#include "tandem-month-view.h"
#include "tandem-test-util.h"

/* The month view alone, fed with months read from a real store, as the
 * Check-ins page does. */

typedef struct
{
  char            *dir;
  TandemStore     *store;
  TandemPerson    *person;
  GtkWidget       *window;
  TandemMonthView *view;
  GDateWeekday     first_weekday;
  guint            n_month_changes;
  char            *selected;
} Fixture;

static TandemCalendarMonth *
load_month (Fixture *f,
            guint    year,
            guint    month)
{
  g_autoptr(GError) error = NULL;
  TandemCalendarMonth *loaded;

  loaded = tandem_calendar_month_load (f->store, tandem_record_get_id (TANDEM_RECORD (f->person)),
                                       year, month, f->first_weekday, 0, &error);
  g_assert_no_error (error);
  return loaded;
}

static void
on_month_changed_cb (TandemMonthView *view,
                     guint            year,
                     guint            month,
                     Fixture         *f)
{
  g_autoptr(TandemCalendarMonth) loaded = load_month (f, year, month);

  f->n_month_changes++;
  tandem_month_view_set_month (view, loaded);
}

static void
on_day_selected_cb (TandemMonthView *view,
                    const char      *day,
                    Fixture         *f)
{
  g_free (f->selected);
  f->selected = g_strdup (day);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemCheckIn) check_in = NULL;
  g_autoptr(TandemCalendarMonth) month = NULL;
  gint64 person_id;

  f->store = tandem_test_open_store (&f->dir);
  f->person = tandem_person_new ("Alex", TANDEM_PERSON_ROLE_OWNER);
  tandem_store_insert (f->store, TANDEM_RECORD (f->person), &error);
  g_assert_no_error (error);
  person_id = tandem_record_get_id (TANDEM_RECORD (f->person));

  check_in = tandem_check_in_new (person_id, 0, "2026-11-03");
  tandem_check_in_set_win (check_in, TRUE);
  tandem_store_insert (f->store, TANDEM_RECORD (check_in), &error);
  g_assert_no_error (error);
  g_assert_true (tandem_rest_day_mark (f->store, person_id, "2026-11-07", NULL, &error));
  g_assert_no_error (error);

  f->first_weekday = GPOINTER_TO_UINT (data);
  f->view = TANDEM_MONTH_VIEW (tandem_month_view_new ());
  tandem_month_view_set_today (f->view, "2026-11-22");
  g_signal_connect (f->view, "month-changed", G_CALLBACK (on_month_changed_cb), f);
  g_signal_connect (f->view, "day-selected", G_CALLBACK (on_day_selected_cb), f);

  month = load_month (f, 2026, 11);
  tandem_month_view_set_month (f->view, month);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 700, 600);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->view));
  gtk_window_present (GTK_WINDOW (f->window));
  tandem_test_iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  tandem_test_iterate ();
  g_clear_object (&f->person);
  g_clear_object (&f->store);
  tandem_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->selected);
}

/* Presses @keyval on @widget through the shortcuts its class installed,
 * as a key press on the focused widget would. */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n_controllers = g_list_model_get_n_items (controllers);

  for (guint i = 0; i < n_controllers; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      guint n_shortcuts;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      n_shortcuts = g_list_model_get_n_items (G_LIST_MODEL (controller));
      for (guint j = 0; j < n_shortcuts; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                 GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

/* A button reports Enter and Space a moment later, once it was seen pressed. */
static void
wait_for_selected (Fixture    *f,
                   const char *day)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_strcmp0 (f->selected, day) != 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  g_assert_cmpstr (f->selected, ==, day);
}

static const char *
focused_date (Fixture *f)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (f->window));

  g_assert_true (TANDEM_IS_DAY_CELL (focus));
  return tandem_day_cell_get_date (TANDEM_DAY_CELL (focus));
}

static void
focus_day (Fixture    *f,
           const char *date)
{
  int index = tandem_calendar_month_find_day (tandem_month_view_get_month (f->view), date);

  g_assert_cmpint (index, >=, 0);
  gtk_widget_grab_focus (GTK_WIDGET (tandem_month_view_get_cell (f->view, index)));
  g_assert_cmpstr (focused_date (f), ==, date);
}

static void
test_cells (Fixture       *f,
            gconstpointer  data)
{
  TandemCalendarMonth *month = tandem_month_view_get_month (f->view);
  GtkWidget *grid = gtk_widget_get_parent (GTK_WIDGET (tandem_month_view_get_cell (f->view, 0)));
  guint n_cells = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (grid);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_cells += TANDEM_IS_DAY_CELL (child);
  g_assert_cmpuint (n_cells, ==, TANDEM_CALENDAR_N_DAYS);

  for (guint i = 0; i < TANDEM_CALENDAR_N_DAYS; i++)
    {
      TandemDayCell *cell = tandem_month_view_get_cell (f->view, i);

      g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (cell)));
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (cell)), ==,
                       GTK_ACCESSIBLE_ROLE_BUTTON);
      g_assert_cmpstr (tandem_day_cell_get_date (cell), ==,
                       tandem_calendar_month_get_day (month, i)->date);
      g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (cell), "other-month"), ==,
                       !tandem_calendar_month_get_day (month, i)->in_month);
    }

  g_assert_cmpstr (tandem_month_view_get_title (f->view), ==, "November 2026");
}

static void
test_first_weekday (Fixture       *f,
                    gconstpointer  data)
{
  TandemDayCell *first = tandem_month_view_get_cell (f->view, 0);
  GDate date;

  g_assert_true (tandem_date_parse (tandem_day_cell_get_date (first), &date));
  g_assert_cmpint (g_date_get_weekday (&date), ==, f->first_weekday);

  if (f->first_weekday == G_DATE_MONDAY)
    {
      g_assert_cmpstr (tandem_day_cell_get_date (first), ==, "2026-10-26");
      g_assert_cmpstr (tandem_month_view_get_weekday_name (f->view, 0), ==, "Monday");
      g_assert_cmpstr (tandem_month_view_get_weekday_name (f->view, 6), ==, "Sunday");
    }
  else
    {
      /* 1 November 2026 is a Sunday: the grid starts on it. */
      g_assert_cmpstr (tandem_day_cell_get_date (first), ==, "2026-11-01");
      g_assert_cmpstr (tandem_month_view_get_weekday_name (f->view, 0), ==, "Sunday");
      g_assert_cmpstr (tandem_month_view_get_weekday_name (f->view, 6), ==, "Saturday");
    }
}

static TandemDayCell *
cell_of (Fixture    *f,
         const char *date)
{
  int index = tandem_calendar_month_find_day (tandem_month_view_get_month (f->view), date);

  g_assert_cmpint (index, >=, 0);
  return tandem_month_view_get_cell (f->view, index);
}

static void
test_accessible_names (Fixture       *f,
                       gconstpointer  data)
{
  TandemCalendarDay day = { "2026-11-03", 3, TRUE, 2, TRUE, FALSE, NAN, NAN, 1, 1, 1, 1, 1 };
  g_autofree char *text = NULL;

  g_assert_cmpstr (tandem_day_cell_get_description (cell_of (f, "2026-11-03")), ==,
                   "Tuesday 3 November: checked in, a win");
  g_assert_cmpstr (tandem_day_cell_get_description (cell_of (f, "2026-11-07")), ==,
                   "Saturday 7 November: a rest day");
  g_assert_cmpstr (tandem_day_cell_get_description (cell_of (f, "2026-11-04")), ==,
                   "Wednesday 4 November");
  g_assert_cmpstr (tandem_day_cell_get_description (cell_of (f, "2026-11-22")), ==,
                   "Today, Sunday 22 November");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell_of (f, "2026-11-22")), "today"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell_of (f, "2026-11-21")), "today"));

  day.value = 4;
  text = tandem_day_cell_describe (&day, FALSE);
  g_assert_cmpstr (text, ==,
                   "Tuesday 3 November: checked in, goal value 4, a win, homework done, "
                   "homework due, 1 questionnaire taken, a therapy session, 1 reminder went by");
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (f->view);

  /* Arrows move by day and by week within the month. */
  focus_day (f, "2026-11-18");
  g_assert_true (press_key (view, GDK_KEY_Right));
  g_assert_cmpstr (focused_date (f), ==, "2026-11-19");
  g_assert_true (press_key (view, GDK_KEY_Up));
  g_assert_cmpstr (focused_date (f), ==, "2026-11-12");
  g_assert_true (press_key (view, GDK_KEY_Down));
  g_assert_true (press_key (view, GDK_KEY_Left));
  g_assert_cmpstr (focused_date (f), ==, "2026-11-18");
  g_assert_cmpuint (f->n_month_changes, ==, 0);

  /* Across the end of the month, the next month is loaded. */
  focus_day (f, "2026-11-30");
  g_assert_true (press_key (view, GDK_KEY_Right));
  g_assert_cmpuint (f->n_month_changes, ==, 1);
  g_assert_cmpstr (tandem_month_view_get_title (f->view), ==, "December 2026");
  g_assert_cmpstr (focused_date (f), ==, "2026-12-01");
  g_assert_true (press_key (view, GDK_KEY_Up));
  g_assert_cmpuint (f->n_month_changes, ==, 2);
  g_assert_cmpstr (tandem_month_view_get_title (f->view), ==, "November 2026");
  g_assert_cmpstr (focused_date (f), ==, "2026-11-24");

  /* Page Down and Page Up keep the day of the month where they can. */
  g_assert_true (press_key (view, GDK_KEY_Page_Down));
  g_assert_cmpstr (tandem_month_view_get_title (f->view), ==, "December 2026");
  g_assert_cmpstr (focused_date (f), ==, "2026-12-24");
  g_assert_true (press_key (view, GDK_KEY_Page_Down));
  g_assert_true (press_key (view, GDK_KEY_Page_Down));
  g_assert_cmpstr (tandem_month_view_get_title (f->view), ==, "February 2027");
  g_assert_cmpstr (focused_date (f), ==, "2027-02-24");
  g_assert_true (press_key (view, GDK_KEY_Page_Up));
  g_assert_cmpstr (focused_date (f), ==, "2027-01-24");
  g_assert_null (f->selected);

  /* Home comes back to today and selects it. */
  g_assert_true (press_key (view, GDK_KEY_Home));
  g_assert_cmpstr (tandem_month_view_get_title (f->view), ==, "November 2026");
  g_assert_cmpstr (focused_date (f), ==, "2026-11-22");
  g_assert_cmpstr (f->selected, ==, "2026-11-22");
  g_assert_cmpstr (tandem_month_view_get_selected_day (f->view), ==, "2026-11-22");
  g_assert_true (tandem_day_cell_get_selected (cell_of (f, "2026-11-22")));

  /* Enter and Space select the focused day. */
  g_assert_true (press_key (view, GDK_KEY_Left));
  g_assert_true (press_key (gtk_window_get_focus (GTK_WINDOW (f->window)), GDK_KEY_Return));
  wait_for_selected (f, "2026-11-21");
  g_assert_true (tandem_day_cell_get_selected (cell_of (f, "2026-11-21")));
  g_assert_false (tandem_day_cell_get_selected (cell_of (f, "2026-11-22")));
  g_assert_true (press_key (view, GDK_KEY_Left));
  g_assert_true (press_key (gtk_window_get_focus (GTK_WINDOW (f->window)), GDK_KEY_space));
  wait_for_selected (f, "2026-11-20");
}

static void
test_buttons (Fixture       *f,
              gconstpointer  data)
{
  TandemDayCell *first = tandem_month_view_get_cell (f->view, 0);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.previous-month", NULL);
  g_assert_cmpstr (tandem_month_view_get_title (f->view), ==, "October 2026");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.next-month", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.next-month", NULL);
  g_assert_cmpstr (tandem_month_view_get_title (f->view), ==, "December 2026");
  g_assert_cmpuint (f->n_month_changes, ==, 3);

  /* The cells are re-used, never made anew. */
  g_assert_true (tandem_month_view_get_cell (f->view, 0) == first);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.today", NULL);
  g_assert_cmpstr (tandem_month_view_get_title (f->view), ==, "November 2026");
  g_assert_cmpstr (f->selected, ==, "2026-11-22");
}

static void
test_finalize (void)
{
  GtkWidget *view = g_object_ref_sink (tandem_month_view_new ());

  g_assert_null (tandem_month_view_get_title (TANDEM_MONTH_VIEW (view)));
  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  if (!tandem_test_init (&argc, &argv))
    return 0;

#define ADD(path, func, weekday) \
  g_test_add (path, Fixture, GUINT_TO_POINTER (weekday), fixture_set_up, func, fixture_tear_down)

  ADD ("/month-view/cells", test_cells, G_DATE_MONDAY);
  ADD ("/month-view/first-weekday/monday", test_first_weekday, G_DATE_MONDAY);
  ADD ("/month-view/first-weekday/sunday", test_first_weekday, G_DATE_SUNDAY);
  ADD ("/month-view/accessible-names", test_accessible_names, G_DATE_MONDAY);
  ADD ("/month-view/keyboard/monday", test_keyboard, G_DATE_MONDAY);
  ADD ("/month-view/keyboard/sunday", test_keyboard, G_DATE_SUNDAY);
  ADD ("/month-view/buttons", test_buttons, G_DATE_MONDAY);
  g_test_add_func ("/month-view/finalize", test_finalize);

#undef ADD

  return g_test_run ();
}
