/* test-goals-page.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-goals-page"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tandem-gas-rating-dialog.h"
#include "tandem-goal-history-window.h"
#include "tandem-goals-page.h"
#include "tandem-test-util.h"

typedef struct
{
  char         *dir;
  TandemStore  *store;
  TandemPerson *owner;
  GtkWidget    *window;
  TandemPage   *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = tandem_test_open_store (&f->dir);
  f->owner = tandem_person_new ("Alex", TANDEM_PERSON_ROLE_OWNER);
  tandem_store_insert (f->store, TANDEM_RECORD (f->owner), &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (f->window));
      tandem_test_iterate ();
    }
  g_clear_object (&f->owner);
  g_clear_object (&f->store);
  tandem_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gint64
add_goal (Fixture          *f,
          const char       *title,
          TandemGoalStatus  status,
          gint64            parent_id)
{
  g_autoptr(TandemGoal) goal = tandem_goal_new (tandem_record_get_id (TANDEM_RECORD (f->owner)),
                                                TANDEM_FRAMEWORK_PACT, title);
  g_autoptr(GError) error = NULL;
  static int priority = 0;

  tandem_goal_set_priority (goal, priority++);
  tandem_goal_set_status (goal, status);
  if (parent_id != 0)
    tandem_goal_set_parent_id (goal, parent_id);
  g_assert_true (tandem_store_insert (f->store, TANDEM_RECORD (goal), &error));
  g_assert_no_error (error);

  return tandem_record_get_id (TANDEM_RECORD (goal));
}

/* The page in a shown window, as in the application. */
static void
show_page (Fixture  *f,
           gboolean  therapist)
{
  g_autoptr(GSimpleActionGroup) win_actions = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) edit_goal = g_simple_action_new ("edit-goal", G_VARIANT_TYPE_INT64);

  f->window = gtk_window_new ();
  /* The main window's action that a row activates. */
  g_action_map_add_action (G_ACTION_MAP (win_actions), G_ACTION (edit_goal));
  gtk_widget_insert_action_group (f->window, "win", G_ACTION_GROUP (win_actions));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 600, 700);
  f->page = TANDEM_PAGE (tandem_goals_page_new ());
  tandem_page_set_therapist_profile (f->page, therapist);
  g_object_set (f->page, "store", f->store, "person", f->owner, NULL);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (GTK_WINDOW (f->window));

  /* Until the window is on screen and can take the focus. */
  {
    gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (!gtk_widget_get_mapped (GTK_WIDGET (f->page)) && g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->page)));
  tandem_test_iterate ();
}

/* The titles of the person's goals as stored, in priority order. */
static char *
dup_stored_order (Fixture *f)
{
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GError) error = NULL;
  GString *titles = g_string_new (NULL);

  goals = tandem_store_list_goals (f->store, tandem_record_get_id (TANDEM_RECORD (f->owner)), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (goals)); i++)
    {
      g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);

      g_string_append_printf (titles, "%s%s", i ? " " : "", tandem_goal_get_title (goal));
    }

  return g_string_free (titles, FALSE);
}

/* The titles of the rows of one list of the page. */
static char *
dup_shown_order (Fixture    *f,
                 const char *list_name)
{
  GtkWidget *list = tandem_test_get_child (f->page, TANDEM_TYPE_GOALS_PAGE, list_name);
  GString *titles = g_string_new (NULL);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i)); i++)
    g_string_append_printf (titles, "%s%s", i ? " " : "",
                            tandem_list_row_get_title (TANDEM_LIST_ROW (row)));

  return g_string_free (titles, FALSE);
}

static GtkWidget *
find_row (Fixture    *f,
          const char *list_name,
          const char *title)
{
  GtkWidget *list = tandem_test_get_child (f->page, TANDEM_TYPE_GOALS_PAGE, list_name);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i)); i++)
    if (g_strcmp0 (tandem_list_row_get_title (TANDEM_LIST_ROW (row)), title) == 0)
      return GTK_WIDGET (row);

  return NULL;
}

static GtkWidget *
get_focused_row (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  g_assert_nonnull (focus);
  return GTK_IS_LIST_BOX_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
}

static void
assert_order (Fixture    *f,
              const char *stored,
              const char *shown)
{
  g_autofree char *stored_order = dup_stored_order (f);
  g_autofree char *shown_order = dup_shown_order (f, "active_list");

  g_assert_cmpstr (stored_order, ==, stored);
  g_assert_cmpstr (shown_order, ==, shown);
}

/* Whether the row's menu offers an item with that label. */
static gboolean
menu_has (GMenuModel *menu,
          const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *text = NULL;

      if (section != NULL && menu_has (section, label))
        return TRUE;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &text) &&
          g_str_equal (text, label))
        return TRUE;
    }

  return FALSE;
}

static gboolean
row_menu_has (GtkWidget  *row,
              const char *label)
{
  GtkWidget *button = gtk_widget_get_last_child (row);

  /* The menu button is the last suffix of the row. */
  while (button != NULL && !GTK_IS_MENU_BUTTON (button))
    {
      GtkWidget *child = gtk_widget_get_last_child (button);

      button = child;
    }
  g_assert_nonnull (button);

  /* The menu is built when it is first opened, as a click would. */
  if (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)) == NULL)
    {
      gtk_menu_button_popup (GTK_MENU_BUTTON (button));
      gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
    }

  return menu_has (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), label);
}

static void
test_keyboard_reorder (Fixture       *f,
                       gconstpointer  data)
{
  gint64 a;
  GtkWidget *row;

  a = add_goal (f, "A", TANDEM_GOAL_STATUS_ACTIVE, 0);
  add_goal (f, "P", TANDEM_GOAL_STATUS_PAUSED, 0);
  add_goal (f, "B", TANDEM_GOAL_STATUS_ACTIVE, 0);
  add_goal (f, "A1", TANDEM_GOAL_STATUS_ACTIVE, a);
  add_goal (f, "C", TANDEM_GOAL_STATUS_ACTIVE, 0);
  show_page (f, FALSE);

  assert_order (f, "A P B A1 C", "A A1 B C");

  /* Alt+Up on the focused row of C: C goes before B, the focus stays on it,
   * and its place is told. */
  row = find_row (f, "active_list", "C");
  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "goal-place"), ==, "Position 3 of 3");
  gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.move-focused", "i", -1);
  tandem_test_iterate ();
  assert_order (f, "A P A1 C B", "A A1 C B");
  row = get_focused_row (f);
  g_assert_cmpstr (tandem_list_row_get_title (TANDEM_LIST_ROW (row)), ==, "C");
  g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "goal-place"), ==, "Position 2 of 3");

  /* Again: C goes before A and its short-term goal. The paused goal keeps
   * its place; the active ones take theirs in the order shown. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.move-focused", "i", -1);
  tandem_test_iterate ();
  assert_order (f, "C P A A1 B", "C A A1 B");
  row = get_focused_row (f);
  g_assert_cmpstr (tandem_list_row_get_title (TANDEM_LIST_ROW (row)), ==, "C");
  g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "goal-place"), ==, "Position 1 of 3");

  /* The menu offers only the moves there is room for. */
  g_assert_false (row_menu_has (row, "Move _Up"));
  g_assert_true (row_menu_has (row, "Move _Down"));
  g_assert_true (row_menu_has (find_row (f, "active_list", "A"), "Move _Up"));
  g_assert_false (row_menu_has (find_row (f, "active_list", "A1"), "Move _Down"));
  g_assert_true (row_menu_has (row, "_History"));
  g_assert_false (row_menu_has (row, "Ra_te Attainment…"));

  /* At the top, Alt+Up changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.move-focused", "i", -1);
  tandem_test_iterate ();
  assert_order (f, "C P A A1 B", "C A A1 B");

  /* Alt+Down on A moves it with its short-term goal past B. */
  row = find_row (f, "active_list", "A");
  g_assert_true (gtk_widget_grab_focus (row));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.move-focused", "i", 1);
  tandem_test_iterate ();
  assert_order (f, "C P B A A1", "C B A A1");
  row = get_focused_row (f);
  g_assert_cmpstr (tandem_list_row_get_title (TANDEM_LIST_ROW (row)), ==, "A");

  /* A short-term goal is the only one of its level: it stays. */
  row = find_row (f, "active_list", "A1");
  g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "goal-place"), ==, "Part of “A”, position 1 of 1");
  g_assert_true (gtk_widget_grab_focus (row));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.move-focused", "i", -1);
  tandem_test_iterate ();
  assert_order (f, "C P B A A1", "C B A A1");

  /* The order survives a reload. */
  tandem_page_reload (f->page);
  assert_order (f, "C P B A A1", "C B A A1");
}

static void
test_drop_reorder (Fixture       *f,
                   gconstpointer  data)
{
  gint64 a, a1, a2, b, p;

  a = add_goal (f, "A", TANDEM_GOAL_STATUS_ACTIVE, 0);
  a1 = add_goal (f, "A1", TANDEM_GOAL_STATUS_ACTIVE, a);
  a2 = add_goal (f, "A2", TANDEM_GOAL_STATUS_ACTIVE, a);
  b = add_goal (f, "B", TANDEM_GOAL_STATUS_ACTIVE, 0);
  p = add_goal (f, "P", TANDEM_GOAL_STATUS_PAUSED, 0);
  show_page (f, FALSE);

  /* What a drop does: B dropped on the upper half of A1 goes before A with
   * all its short-term goals, since B is at the level of A; dropped on the
   * lower half of A, after A's short-term goals. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.move-to", "(xxb)", b, a1, FALSE);
  assert_order (f, "B A A1 A2 P", "B A A1 A2");
  gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.move-to", "(xxb)", b, a, TRUE);
  assert_order (f, "A A1 A2 B P", "A A1 A2 B");

  /* A short-term goal moves among its siblings only. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.move-to", "(xxb)", a2, a1, FALSE);
  assert_order (f, "A A2 A1 B P", "A A2 A1 B");
  gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.move-to", "(xxb)", a2, b, TRUE);
  assert_order (f, "A A2 A1 B P", "A A2 A1 B");

  /* Not into another status group, not onto itself. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.move-to", "(xxb)", p, a, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.move-to", "(xxb)", b, b, FALSE);
  assert_order (f, "A A2 A1 B P", "A A2 A1 B");
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      /* The list of toplevels keeps the window alive. */
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }

  return NULL;
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

static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  gint64 id = add_goal (f, "Calm mornings", TANDEM_GOAL_STATUS_ACTIVE, 0);
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *window, *list;
  const char *title_change, *target_change;

  /* The client renames it with a reason, the therapist sets a target. */
  goal = tandem_store_get (f->store, TANDEM_TYPE_GOAL, id, &error);
  tandem_goal_set_title (goal, "Calmer mornings");
  g_assert_true (tandem_store_revise_goal (f->store, goal, "It reads better.", TANDEM_AUTHOR_CLIENT, &error));
  tandem_goal_set_measure_kind (goal, TANDEM_MEASURE_RATING);
  tandem_goal_set_direction (goal, TANDEM_DIRECTION_DECREASE);
  tandem_goal_set_baseline (goal, 7);
  tandem_goal_set_target (goal, 4);
  g_assert_true (tandem_store_revise_goal (f->store, goal, NULL, TANDEM_AUTHOR_THERAPIST, &error));
  g_assert_no_error (error);

  show_page (f, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.history", "x", id);
  tandem_test_iterate ();

  window = find_toplevel (TANDEM_TYPE_GOAL_HISTORY_WINDOW);
  g_assert_nonnull (window);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (window)) == GTK_WINDOW (f->window));
  g_assert_cmpuint (tandem_goal_history_window_get_n_changes (TANDEM_GOAL_HISTORY_WINDOW (window)), ==, 2);

  list = tandem_test_get_child (window, TANDEM_TYPE_GOAL_HISTORY_WINDOW, "list");
  collect_labels (list, text);

  /* Field by field, in words, with who and why; the newest first. */
  title_change = strstr (text->str, "Title changed from “Calm mornings” to “Calmer mornings”\n");
  target_change = strstr (text->str, "Target set to 4\n");
  g_assert_nonnull (title_change);
  g_assert_nonnull (target_change);
  g_assert_true (target_change < title_change);
  g_assert_nonnull (strstr (text->str, "Baseline set to 7\n"));
  g_assert_nonnull (strstr (text->str, "Direction changed from more is better to less is better\n"));
  g_assert_nonnull (strstr (text->str, "Reason: It reads better.\n"));
  g_assert_nonnull (strstr (text->str, "Changed by you\n"));
  g_assert_nonnull (strstr (text->str, "Changed by your therapist\n"));

  gtk_window_destroy (GTK_WINDOW (window));
  tandem_test_iterate ();
}

static void
test_history_empty (Fixture       *f,
                    gconstpointer  data)
{
  gint64 id = add_goal (f, "New", TANDEM_GOAL_STATUS_ACTIVE, 0);
  GtkWidget *window;
  GtkStack *stack;

  show_page (f, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.history", "x", id);
  tandem_test_iterate ();

  window = find_toplevel (TANDEM_TYPE_GOAL_HISTORY_WINDOW);
  g_assert_nonnull (window);
  stack = GTK_STACK (tandem_test_get_child (window, TANDEM_TYPE_GOAL_HISTORY_WINDOW, "stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  gtk_window_destroy (GTK_WINDOW (window));
  tandem_test_iterate ();
}

static void
test_rating (Fixture       *f,
             gconstpointer  data)
{
  gint64 id = add_goal (f, "Walks", TANDEM_GOAL_STATUS_ACTIVE, 0);
  gint64 plain = add_goal (f, "Plain", TANDEM_GOAL_STATUS_ACTIVE, 0);
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(GListStore) ratings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = tandem_date_today ();
  g_autofree char *tomorrow = tandem_date_add_days (today, 1);
  GtkWidget *dialog, *day_row, *note_row, *error_label, *t_score_box, *row;

  goal = tandem_store_get (f->store, TANDEM_TYPE_GOAL, id, &error);
  tandem_goal_set_gas_much_less (goal, "No walks");
  tandem_goal_set_gas_less (goal, "One walk a week");
  tandem_goal_set_gas_expected (goal, "Two walks a week");
  tandem_goal_set_gas_more (goal, "Three walks a week");
  tandem_goal_set_gas_much_more (goal, "A walk most days");
  g_assert_true (tandem_store_update (f->store, TANDEM_RECORD (goal), &error));
  g_assert_no_error (error);

  show_page (f, TRUE);
  t_score_box = tandem_test_get_child (f->page, TANDEM_TYPE_GOALS_PAGE, "t_score_box");
  g_assert_false (gtk_widget_get_visible (t_score_box));

  /* Only a goal with attainment levels offers a rating. */
  g_assert_true (row_menu_has (find_row (f, "active_list", "Walks"), "Ra_te Attainment…"));
  g_assert_false (row_menu_has (find_row (f, "active_list", "Plain"), "Ra_te Attainment…"));

  /* A goal without levels cannot be rated. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.rate", "x", plain);
  tandem_test_iterate ();
  g_assert_null (find_toplevel (TANDEM_TYPE_GAS_RATING_DIALOG));

  gtk_widget_activate_action (GTK_WIDGET (f->page), "goals.rate", "x", id);
  tandem_test_iterate ();
  dialog = find_toplevel (TANDEM_TYPE_GAS_RATING_DIALOG);
  g_assert_nonnull (dialog);
  day_row = tandem_test_get_child (dialog, TANDEM_TYPE_GAS_RATING_DIALOG, "day_row");
  note_row = tandem_test_get_child (dialog, TANDEM_TYPE_GAS_RATING_DIALOG, "note_row");
  error_label = tandem_test_get_child (dialog, TANDEM_TYPE_GAS_RATING_DIALOG, "error_label");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (day_row)), ==, today);

  /* Nothing saves without a level. */
  gtk_widget_activate_action (dialog, "rating.save", NULL);
  tandem_test_iterate ();
  g_assert_cmpint (tandem_store_count (f->store, TANDEM_TYPE_GOAL_ATTAINMENT, &error), ==, 0);

  /* A wrong date is explained beside it, and nothing saves. */
  tandem_gas_rating_dialog_set_level (TANDEM_GAS_RATING_DIALOG (dialog), 1);
  gtk_editable_set_text (GTK_EDITABLE (day_row), "2026-13-40");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "year, month and day"));
  gtk_widget_activate_action (dialog, "rating.save", NULL);
  gtk_editable_set_text (GTK_EDITABLE (day_row), tomorrow);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "future"));
  gtk_widget_activate_action (dialog, "rating.save", NULL);
  tandem_test_iterate ();
  g_assert_cmpint (tandem_store_count (f->store, TANDEM_TYPE_GOAL_ATTAINMENT, &error), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (day_row), today);
  g_assert_false (gtk_widget_get_visible (error_label));
  gtk_editable_set_text (GTK_EDITABLE (note_row), "  Three walks, one in the rain.  ");
  gtk_widget_activate_action (dialog, "rating.save", NULL);
  tandem_test_iterate ();
  g_assert_null (find_toplevel (TANDEM_TYPE_GAS_RATING_DIALOG));

  ratings = tandem_store_list_goal_attainments (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ratings)), ==, 1);
  {
    g_autoptr(TandemGoalAttainment) rating = g_list_model_get_item (G_LIST_MODEL (ratings), 0);

    g_assert_cmpint (tandem_goal_attainment_get_level (rating), ==, 1);
    g_assert_cmpstr (tandem_goal_attainment_get_day (rating), ==, today);
    g_assert_cmpstr (tandem_goal_attainment_get_note (rating), ==, "Three walks, one in the rain.");
  }

  /* The row shows the latest level in words, the header the T-score. */
  row = find_row (f, "active_list", "Walks");
  g_assert_nonnull (strstr (tandem_list_row_get_subtitle (TANDEM_LIST_ROW (row)),
                            "Attainment: somewhat more than expected"));
  g_assert_true (gtk_widget_get_visible (t_score_box));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (tandem_test_get_child (f->page, TANDEM_TYPE_GOALS_PAGE,
                                                                         "t_score_label"))),
                   ==, "T-score 60");

  /* A client's own view keeps the T-score out of the way. */
  tandem_page_set_therapist_profile (f->page, FALSE);
  g_assert_false (gtk_widget_get_visible (t_score_box));
}

int
main (int   argc,
      char *argv[])
{
  if (!tandem_test_init (&argc, &argv))
    return 0;

  g_test_add ("/ui/goals-page/keyboard-reorder", Fixture, NULL, fixture_set_up, test_keyboard_reorder, fixture_tear_down);
  g_test_add ("/ui/goals-page/drop-reorder", Fixture, NULL, fixture_set_up, test_drop_reorder, fixture_tear_down);
  g_test_add ("/ui/goals-page/history", Fixture, NULL, fixture_set_up, test_history, fixture_tear_down);
  g_test_add ("/ui/goals-page/history-empty", Fixture, NULL, fixture_set_up, test_history_empty, fixture_tear_down);
  g_test_add ("/ui/goals-page/rating", Fixture, NULL, fixture_set_up, test_rating, fixture_tear_down);

  return g_test_run ();
}
