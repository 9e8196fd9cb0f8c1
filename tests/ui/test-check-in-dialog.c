/* test-check-in-dialog.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-check-in-dialog"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tandem-check-in-dialog.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"
#include "tandem-window.h"

/* The store's clock stands still at noon on this day. */
#define TODAY     "2026-03-15"
#define TOMORROW  "2026-03-16"
#define LAST_WEEK "2026-03-08"

typedef struct
{
  char         *dir;
  TandemStore  *store;
  gint64        person_id;
  gint64        count_id;
  gint64        rating_id;
  gint64        yes_no_id;
  gint64        questionnaire_id;
  gint64        paused_id;
  gint64        strategy_id;
} Fixture;

static gint64
add_goal (Fixture           *f,
          const char        *title,
          TandemMeasureKind  kind,
          TandemGoalStatus   status)
{
  g_autoptr(TandemGoal) goal = tandem_goal_new (f->person_id, TANDEM_FRAMEWORK_SMART, title);
  g_autoptr(GError) error = NULL;

  tandem_goal_set_measure_kind (goal, kind);
  tandem_goal_set_measure_name (goal, title);
  tandem_goal_set_status (goal, status);
  if (kind == TANDEM_MEASURE_QUESTIONNAIRE)
    tandem_goal_set_instrument (goal, "gad7");
  g_assert_true (tandem_store_insert (f->store, TANDEM_RECORD (goal), &error));
  g_assert_no_error (error);

  return tandem_record_get_id (TANDEM_RECORD (goal));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(TandemPerson) person = tandem_person_new ("Alex", TANDEM_PERSON_ROLE_OWNER);
  g_autoptr(TandemStrategy) strategy = NULL;
  g_autoptr(TandemCheckIn) earlier = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 15, 12, 0, 0);
  g_autoptr(GError) error = NULL;

  f->store = tandem_test_open_store (&f->dir);
  _tandem_store_set_now (f->store, g_date_time_to_unix (now) * G_USEC_PER_SEC);

  g_assert_true (tandem_store_insert (f->store, TANDEM_RECORD (person), &error));
  g_assert_no_error (error);
  f->person_id = tandem_record_get_id (TANDEM_RECORD (person));

  f->count_id = add_goal (f, "Positive conversations", TANDEM_MEASURE_COUNT, TANDEM_GOAL_STATUS_ACTIVE);
  f->rating_id = add_goal (f, "Sleep quality", TANDEM_MEASURE_RATING, TANDEM_GOAL_STATUS_ACTIVE);
  f->yes_no_id = add_goal (f, "Walked today", TANDEM_MEASURE_YES_NO, TANDEM_GOAL_STATUS_ACTIVE);
  f->questionnaire_id = add_goal (f, "Less anxious", TANDEM_MEASURE_QUESTIONNAIRE, TANDEM_GOAL_STATUS_ACTIVE);
  f->paused_id = add_goal (f, "Learn Spanish", TANDEM_MEASURE_COUNT, TANDEM_GOAL_STATUS_PAUSED);

  strategy = tandem_strategy_new (f->person_id, "Box breathing");
  g_assert_true (tandem_store_insert (f->store, TANDEM_RECORD (strategy), &error));
  g_assert_no_error (error);
  f->strategy_id = tandem_record_get_id (TANDEM_RECORD (strategy));

  /* Stressors of an earlier day, to be suggested. */
  earlier = tandem_check_in_new (f->person_id, 0, LAST_WEEK);
  tandem_check_in_set_stressors (earlier, "Work deadline, Poor sleep");
  g_assert_true (tandem_quick_check_in_save (f->store, f->person_id, LAST_WEEK, earlier, NULL, 0, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  tandem_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* -- finding the controls ------------------------------------------------- */

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static void
collect_rows (GtkWidget  *widget,
              GPtrArray  *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child))
        g_ptr_array_add (rows, child);
      collect_rows (child, rows);
    }
}

/* The row titled @title in the template child @group. */
static GtkWidget *
find_row (TandemCheckInDialog *dialog,
          const char          *group,
          const char          *title)
{
  GtkWidget *parent = tandem_test_get_child (dialog, TANDEM_TYPE_CHECK_IN_DIALOG, group);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (parent, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), title) == 0)
      return rows->pdata[i];

  return NULL;
}

static GtkWidget *
goal_control (TandemCheckInDialog *dialog,
              const char          *title,
              GType                type)
{
  GtkWidget *row = find_row (dialog, "goals_group", title);
  GtkWidget *control;

  g_assert_nonnull (row);
  control = find_descendant (row, type);
  g_assert_nonnull (control);

  return control;
}

static GtkToggleButton *
yes_no_button (TandemCheckInDialog *dialog,
               const char          *title,
               const char          *label)
{
  GtkWidget *row = find_row (dialog, "goals_group", title);

  g_assert_nonnull (row);
  for (GtkWidget *button = find_descendant (row, GTK_TYPE_TOGGLE_BUTTON);
       button != NULL;
       button = gtk_widget_get_next_sibling (button))
    if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), label) == 0)
      return GTK_TOGGLE_BUTTON (button);

  g_assert_not_reached ();
}

static char *
dup_note (TandemCheckInDialog *dialog)
{
  GtkTextView *view = GTK_TEXT_VIEW (tandem_test_get_child (dialog, TANDEM_TYPE_CHECK_IN_DIALOG, "note_view"));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
}

static void
set_note (TandemCheckInDialog *dialog,
          const char          *text)
{
  GtkTextView *view = GTK_TEXT_VIEW (tandem_test_get_child (dialog, TANDEM_TYPE_CHECK_IN_DIALOG, "note_view"));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static GtkWidget *
get (TandemCheckInDialog *dialog,
     const char          *name)
{
  return tandem_test_get_child (dialog, TANDEM_TYPE_CHECK_IN_DIALOG, name);
}

static TandemCheckInDialog *
open_dialog (Fixture    *f,
             const char *day,
             gint64      goal_id)
{
  GtkWidget *dialog = tandem_check_in_dialog_new (NULL, f->store, f->person_id, day, goal_id);

  g_assert_true (TANDEM_IS_CHECK_IN_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  tandem_test_iterate ();

  return TANDEM_CHECK_IN_DIALOG (dialog);
}

static void
close_dialog (TandemCheckInDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  tandem_test_iterate ();
}

/* The check-ins of @day, by goal id (0 for the day as a whole). */
static GHashTable *
read_day (Fixture    *f,
          const char *day)
{
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *by_goal = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  list = tandem_store_list_check_ins (f->store, f->person_id, day, day, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      TandemCheckIn *check_in = g_list_model_get_item (G_LIST_MODEL (list), i);
      gint64 *key = g_new (gint64, 1);

      *key = tandem_check_in_get_goal_id (check_in);
      g_assert_false (g_hash_table_contains (by_goal, key));
      g_hash_table_insert (by_goal, key, check_in);
    }

  return by_goal;
}

static TandemCheckIn *
entry_of (GHashTable *day,
          gint64      goal_id)
{
  TandemCheckIn *check_in = g_hash_table_lookup (day, &goal_id);

  g_assert_nonnull (check_in);
  return check_in;
}

/* -- tests ---------------------------------------------------------------- */

static void
test_controls (Fixture       *f,
               gconstpointer  data)
{
  TandemCheckInDialog *dialog = open_dialog (f, NULL, 0);
  GtkWidget *take;
  GtkFlowBox *chips;
  GVariant *target;
  g_autoptr(GPtrArray) chip_labels = g_ptr_array_new ();

  g_assert_cmpstr (tandem_check_in_dialog_get_day (dialog), ==, TODAY);

  /* One control per active goal, fitting its measure. */
  g_assert_nonnull (goal_control (dialog, "Positive conversations", GTK_TYPE_SPIN_BUTTON));
  g_assert_nonnull (goal_control (dialog, "Sleep quality", GTK_TYPE_SCALE));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (yes_no_button (dialog, "Walked today", "Yes"))), ==, "Yes");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (yes_no_button (dialog, "Walked today", "No"))), ==, "No");
  g_assert_null (find_row (dialog, "goals_group", "Learn Spanish"));

  take = goal_control (dialog, "Less anxious", GTK_TYPE_BUTTON);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (take)), ==, "Take GAD-7");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (take)), ==, "app.take-questionnaire");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (take));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "gad7");

  g_assert_nonnull (find_row (dialog, "strategies_group", "Box breathing"));

  /* Earlier stressors are suggested, and a chip adds its stressor once. */
  chips = GTK_FLOW_BOX (get (dialog, "stressor_chips"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chips)));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (chips));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (chip_labels, gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child)));
  g_assert_cmpuint (chip_labels->len, ==, 2);
  g_assert_cmpstr (gtk_button_get_label (chip_labels->pdata[0]), ==, "Work deadline");
  g_assert_cmpstr (gtk_button_get_label (chip_labels->pdata[1]), ==, "Poor sleep");
  g_signal_emit_by_name (chip_labels->pdata[1], "clicked");
  g_signal_emit_by_name (chip_labels->pdata[0], "clicked");
  g_signal_emit_by_name (chip_labels->pdata[1], "clicked");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get (dialog, "stressors_entry"))), ==,
                   "Poor sleep, Work deadline");

  /* Today is not in the future: no message beside the date. */
  g_assert_false (gtk_widget_get_visible (get (dialog, "date_error_label")));
  g_assert_true (gtk_widget_get_sensitive (get (dialog, "save_button")));

  close_dialog (dialog);
}

static void
on_saved_cb (TandemCheckInDialog *dialog,
             gpointer             user_data)
{
  guint *n_saved = user_data;

  (*n_saved)++;
}

static void
test_save (Fixture       *f,
           gconstpointer  data)
{
  TandemCheckInDialog *dialog = open_dialog (f, NULL, 0);
  GtkWidget *strategy_row = find_row (dialog, "strategies_group", "Box breathing");
  g_autoptr(GHashTable) day = NULL;
  TandemCheckIn *overall;
  const TandemStrategyUse *uses;
  guint n_uses = 0;
  guint n_saved = 0;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved_cb), &n_saved);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (goal_control (dialog, "Positive conversations",
                                                            GTK_TYPE_SPIN_BUTTON)), 3);
  gtk_range_set_value (GTK_RANGE (goal_control (dialog, "Sleep quality", GTK_TYPE_SCALE)), 7);
  gtk_toggle_button_set_active (yes_no_button (dialog, "Walked today", "Yes"), TRUE);

  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (get (dialog, "mood_row")), TRUE);
  gtk_range_set_value (GTK_RANGE (get (dialog, "mood_scale")), 6);
  gtk_switch_set_active (GTK_SWITCH (get (dialog, "win_switch")), TRUE);
  set_note (dialog, "  Called my sister.  ");
  gtk_editable_set_text (GTK_EDITABLE (get (dialog, "stressors_entry")), "Work deadline");
  g_assert_nonnull (strategy_row);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_descendant (strategy_row, GTK_TYPE_CHECK_BUTTON)), TRUE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_descendant (strategy_row, GTK_TYPE_DROP_DOWN)),
                              TANDEM_HELPED_YES);

  /* The Save button's action: it saves and closes the dialog. */
  g_signal_emit_by_name (get (dialog, "save_button"), "clicked");
  tandem_test_iterate ();
  g_assert_cmpuint (n_saved, ==, 1);
  g_assert_null (dialog);

  day = read_day (f, TODAY);
  g_assert_cmpuint (g_hash_table_size (day), ==, 4);
  g_assert_cmpfloat (tandem_check_in_get_value (entry_of (day, f->count_id)), ==, 3);
  g_assert_cmpint (tandem_check_in_get_rating (entry_of (day, f->rating_id)), ==, 7);
  g_assert_cmpfloat (tandem_check_in_get_value (entry_of (day, f->yes_no_id)), ==, 1);
  g_assert_false (g_hash_table_contains (day, &f->questionnaire_id));

  overall = entry_of (day, 0);
  g_assert_cmpint (tandem_check_in_get_rating (overall), ==, 6);
  g_assert_cmpstr (tandem_check_in_get_note (overall), ==, "Called my sister.");
  g_assert_cmpstr (tandem_check_in_get_stressors (overall), ==, "Work deadline");
  g_assert_true (tandem_check_in_get_win (overall));
  uses = tandem_check_in_get_strategies (overall, &n_uses);
  g_assert_cmpuint (n_uses, ==, 1);
  g_assert_cmpint (uses[0].strategy_id, ==, f->strategy_id);
  g_assert_cmpint (uses[0].helped, ==, TANDEM_HELPED_YES);
}

static void
test_only_touched_goals (Fixture       *f,
                         gconstpointer  data)
{
  TandemCheckInDialog *dialog = open_dialog (f, NULL, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) day = NULL;

  /* Nothing answered: nothing to save, and it says so. */
  g_assert_false (tandem_check_in_dialog_save (dialog, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* "No" is an answer; a goal left alone is not recorded. */
  gtk_toggle_button_set_active (yes_no_button (dialog, "Walked today", "No"), TRUE);
  g_assert_true (tandem_check_in_dialog_save (dialog, &error));
  g_assert_no_error (error);

  day = read_day (f, TODAY);
  g_assert_cmpuint (g_hash_table_size (day), ==, 1);
  g_assert_cmpfloat (tandem_check_in_get_value (entry_of (day, f->yes_no_id)), ==, 0);

  close_dialog (dialog);
}

/* A save that fails (a goal deleted by someone else meanwhile) says why
 * and keeps the dialog open with everything typed. */
static void
test_failed_save_keeps_input (Fixture       *f,
                              gconstpointer  data)
{
  TandemCheckInDialog *dialog = open_dialog (f, NULL, 0);
  GtkWidget *error_label = get (dialog, "error_label");
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(GHashTable) day = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  guint n_saved = 0;

  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved_cb), &n_saved);
  gtk_range_set_value (GTK_RANGE (goal_control (dialog, "Sleep quality", GTK_TYPE_SCALE)), 9);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (goal_control (dialog, "Positive conversations",
                                                            GTK_TYPE_SPIN_BUTTON)), 4);
  set_note (dialog, "A good day");

  goal = tandem_store_get (f->store, TANDEM_TYPE_GOAL, f->rating_id, &error);
  g_assert_no_error (error);
  g_assert_true (tandem_store_delete (f->store, TANDEM_RECORD (goal), &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "check-in.save", NULL));
  tandem_test_iterate ();

  g_assert_cmpuint (n_saved, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "no longer exists"));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (goal_control (dialog, "Positive conversations",
                                                                               GTK_TYPE_SPIN_BUTTON))), ==, 4);
  note = dup_note (dialog);
  g_assert_cmpstr (note, ==, "A good day");

  /* One transaction: not even the day as a whole was written. */
  day = read_day (f, TODAY);
  g_assert_cmpuint (g_hash_table_size (day), ==, 0);

  close_dialog (dialog);
}

static void
test_future_refused (Fixture       *f,
                     gconstpointer  data)
{
  TandemCheckInDialog *dialog = open_dialog (f, NULL, 0);
  GtkWidget *date_error = get (dialog, "date_error_label");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) all = NULL;
  g_autoptr(GHashTable) day = NULL;
  g_autofree char *note = NULL;

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (goal_control (dialog, "Positive conversations",
                                                            GTK_TYPE_SPIN_BUTTON)), 2);
  set_note (dialog, "Planned ahead");

  tandem_check_in_dialog_set_day (dialog, TOMORROW);
  tandem_test_iterate ();

  /* The reason is beside the date, and Save is off. */
  g_assert_true (gtk_widget_get_visible (date_error));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (date_error)), "future"));
  g_assert_false (gtk_widget_get_sensitive (get (dialog, "save_button")));

  /* Saving anyway writes nothing and keeps what was typed. */
  g_assert_false (tandem_check_in_dialog_save (dialog, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  note = dup_note (dialog);
  g_assert_cmpstr (note, ==, "Planned ahead");
  g_clear_error (&error);

  all = tandem_store_list_check_ins (f->store, f->person_id, "2000-01-01", "2100-01-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 1);  /* last week's */

  /* Back to today: the message goes, Save comes back, and what was typed
   * is saved for today. */
  tandem_check_in_dialog_set_day (dialog, TODAY);
  g_assert_false (gtk_widget_get_visible (date_error));
  g_assert_true (gtk_widget_get_sensitive (get (dialog, "save_button")));
  g_assert_true (tandem_check_in_dialog_save (dialog, &error));
  g_assert_no_error (error);
  day = read_day (f, TODAY);
  g_assert_cmpuint (g_hash_table_size (day), ==, 2);
  g_assert_cmpstr (tandem_check_in_get_note (entry_of (day, 0)), ==, "Planned ahead");
  g_assert_cmpfloat (tandem_check_in_get_value (entry_of (day, f->count_id)), ==, 2);

  /* Loaded entries do not move along to another day: last week's are shown. */
  tandem_check_in_dialog_set_day (dialog, LAST_WEEK);
  g_clear_pointer (&note, g_free);
  note = dup_note (dialog);
  g_assert_cmpstr (note, ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get (dialog, "stressors_entry"))), ==,
                   "Work deadline, Poor sleep");

  close_dialog (dialog);
}

static void
test_edit_day (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TandemCheckIn) overall = tandem_check_in_new (f->person_id, 0, LAST_WEEK);
  g_autoptr(TandemCheckIn) count = tandem_check_in_new (f->person_id, f->count_id, LAST_WEEK);
  g_autoptr(TandemCheckIn) rating = tandem_check_in_new (f->person_id, f->rating_id, LAST_WEEK);
  TandemCheckIn *entries[] = { count, rating };
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  TandemCheckInDialog *dialog;
  GtkWidget *strategy_row;

  /* Last week's day as a whole already has its stressors (fixture). */
  before = read_day (f, LAST_WEEK);
  g_object_unref (overall);
  overall = g_object_ref (entry_of (before, 0));
  tandem_check_in_set_rating (overall, 4);
  tandem_check_in_set_note (overall, "Old note");
  tandem_check_in_add_strategy (overall, f->strategy_id, TANDEM_HELPED_SOMEWHAT);
  tandem_check_in_set_value (count, 2);
  tandem_check_in_set_rating (rating, 8);
  g_assert_true (tandem_quick_check_in_save (f->store, f->person_id, LAST_WEEK, overall,
                                             entries, G_N_ELEMENTS (entries), &error));
  g_assert_no_error (error);
  g_clear_pointer (&before, g_hash_table_unref);
  before = read_day (f, LAST_WEEK);

  dialog = open_dialog (f, LAST_WEEK, 0);

  /* Loaded for editing. */
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (goal_control (dialog, "Positive conversations",
                                                                               GTK_TYPE_SPIN_BUTTON))), ==, 2);
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (goal_control (dialog, "Sleep quality", GTK_TYPE_SCALE))), ==, 8);
  g_assert_true (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (get (dialog, "mood_row"))));
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (get (dialog, "mood_scale"))), ==, 4);
  note = dup_note (dialog);
  g_assert_cmpstr (note, ==, "Old note");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get (dialog, "stressors_entry"))), ==,
                   "Work deadline, Poor sleep");
  strategy_row = find_row (dialog, "strategies_group", "Box breathing");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_descendant (strategy_row, GTK_TYPE_CHECK_BUTTON))));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (find_descendant (strategy_row, GTK_TYPE_DROP_DOWN))),
                    ==, TANDEM_HELPED_SOMEWHAT);

  /* Edited and saved twice: the same rows are updated, none added. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (goal_control (dialog, "Positive conversations",
                                                            GTK_TYPE_SPIN_BUTTON)), 5);
  set_note (dialog, "New note");
  g_assert_true (tandem_check_in_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_toggle_button_set_active (yes_no_button (dialog, "Walked today", "Yes"), TRUE);
  g_assert_true (tandem_check_in_dialog_save (dialog, &error));
  g_assert_no_error (error);

  after = read_day (f, LAST_WEEK);
  g_assert_cmpuint (g_hash_table_size (after), ==, 4);
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (entry_of (after, 0))), ==,
                   tandem_record_get_id (TANDEM_RECORD (entry_of (before, 0))));
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (entry_of (after, f->count_id))), ==,
                   tandem_record_get_id (TANDEM_RECORD (entry_of (before, f->count_id))));
  g_assert_cmpfloat (tandem_check_in_get_value (entry_of (after, f->count_id)), ==, 5);
  g_assert_cmpint (tandem_check_in_get_rating (entry_of (after, f->rating_id)), ==, 8);
  g_assert_cmpfloat (tandem_check_in_get_value (entry_of (after, f->yes_no_id)), ==, 1);
  g_assert_cmpstr (tandem_check_in_get_note (entry_of (after, 0)), ==, "New note");
  g_assert_cmpint (tandem_check_in_get_rating (entry_of (after, 0)), ==, 4);

  /* Another day shows its own (empty) entries. */
  tandem_check_in_dialog_set_day (dialog, TODAY);
  g_clear_pointer (&note, g_free);
  note = dup_note (dialog);
  g_assert_cmpstr (note, ==, "");
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (get (dialog, "mood_row"))));

  close_dialog (dialog);
}

static void
test_focus_goal (Fixture       *f,
                 gconstpointer  data)
{
  TandemCheckInDialog *dialog = open_dialog (f, NULL, f->rating_id);

  g_assert_true (gtk_window_get_focus (GTK_WINDOW (dialog)) ==
                 goal_control (dialog, "Sleep quality", GTK_TYPE_SCALE));

  tandem_check_in_dialog_focus_goal (dialog, f->yes_no_id);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (dialog)) ==
                 GTK_WIDGET (yes_no_button (dialog, "Walked today", "Yes")));

  close_dialog (dialog);
}

static void
on_take_questionnaire_cb (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  char **taken = user_data;

  g_free (*taken);
  *taken = g_variant_dup_string (param, NULL);
}

/* A questionnaire goal's button runs the application's action for it. */
static void
test_take_questionnaire (Fixture       *f,
                         gconstpointer  data)
{
  const GActionEntry entries[] = {
    { "take-questionnaire", on_take_questionnaire_cb, "s" },
  };
  g_autoptr(GSimpleActionGroup) app_actions = g_simple_action_group_new ();
  TandemCheckInDialog *dialog = open_dialog (f, NULL, f->questionnaire_id);
  g_autofree char *taken = NULL;
  GtkWidget *take;

  g_action_map_add_action_entries (G_ACTION_MAP (app_actions), entries, G_N_ELEMENTS (entries), &taken);
  gtk_widget_insert_action_group (GTK_WIDGET (dialog), "app", G_ACTION_GROUP (app_actions));
  tandem_test_iterate ();

  take = goal_control (dialog, "Less anxious", GTK_TYPE_BUTTON);
  g_assert_true (gtk_widget_get_sensitive (take));
  tandem_check_in_dialog_focus_goal (dialog, f->questionnaire_id);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (dialog)) == take);

  g_signal_emit_by_name (take, "clicked");
  g_assert_cmpstr (taken, ==, "gad7");

  close_dialog (dialog);
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;

  return FALSE;
}

/* win.check-in-day opens the dialog on that day, over the main window; a
 * second activation brings the same dialog forward. */
static void
test_window_action (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GSettings) settings = NULL;
  GtkWidget *window;
  GtkWindow *dialog = NULL;
  GListModel *toplevels;
  guint n_dialogs = 0;

  tandem_test_reset_settings ();
  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "profile", "client");

  window = GTK_WIDGET (tandem_window_new (NULL, f->store));
  gtk_window_present (GTK_WINDOW (window));
  tandem_test_iterate ();

  g_assert_true (gtk_widget_activate_action (window, "win.check-in-day", "s", LAST_WEEK));
  g_assert_true (gtk_widget_activate_action (window, "win.check-in", NULL));
  tandem_test_iterate ();

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (TANDEM_IS_CHECK_IN_DIALOG (toplevel))
        {
          dialog = toplevel;
          n_dialogs++;
        }
    }
  g_assert_cmpuint (n_dialogs, ==, 1);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_cmpstr (tandem_check_in_dialog_get_day (TANDEM_CHECK_IN_DIALOG (dialog)), ==, LAST_WEEK);

  /* Saved: the dialog closes and the window says so. */
  gtk_toggle_button_set_active (yes_no_button (TANDEM_CHECK_IN_DIALOG (dialog), "Walked today", "Yes"), TRUE);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "check-in.save", NULL));
  tandem_test_iterate ();
  g_assert_null (dialog);
  g_assert_true (has_label (window, "Check-in saved."));

  gtk_window_destroy (GTK_WINDOW (window));
  tandem_test_iterate ();
  tandem_test_reset_settings ();
}

int
main (int   argc,
      char *argv[])
{
  /* Check-in dates are local calendar dates. */
  g_setenv ("TZ", "Europe/Berlin", TRUE);

  if (!tandem_test_init (&argc, &argv))
    return 0;

  g_test_add ("/ui/check-in-dialog/controls", Fixture, NULL, fixture_set_up, test_controls, fixture_tear_down);
  g_test_add ("/ui/check-in-dialog/save", Fixture, NULL, fixture_set_up, test_save, fixture_tear_down);
  g_test_add ("/ui/check-in-dialog/only-touched-goals", Fixture, NULL, fixture_set_up, test_only_touched_goals, fixture_tear_down);
  g_test_add ("/ui/check-in-dialog/failed-save", Fixture, NULL, fixture_set_up, test_failed_save_keeps_input, fixture_tear_down);
  g_test_add ("/ui/check-in-dialog/future-refused", Fixture, NULL, fixture_set_up, test_future_refused, fixture_tear_down);
  g_test_add ("/ui/check-in-dialog/edit-day", Fixture, NULL, fixture_set_up, test_edit_day, fixture_tear_down);
  g_test_add ("/ui/check-in-dialog/focus-goal", Fixture, NULL, fixture_set_up, test_focus_goal, fixture_tear_down);
  g_test_add ("/ui/check-in-dialog/take-questionnaire", Fixture, NULL, fixture_set_up, test_take_questionnaire, fixture_tear_down);
  g_test_add ("/ui/check-in-dialog/window-action", Fixture, NULL, fixture_set_up, test_window_action, fixture_tear_down);

  return g_test_run ();
}
