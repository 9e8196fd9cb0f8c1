/* test-goal-wizard.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-goal-wizard"

#include "config.h"

#include <string.h>

#include "tandem-goal-wizard.h"
#include "tandem-goals-page.h"
#include "tandem-test-util.h"

typedef struct
{
  char         *dir;
  TandemStore  *store;
  TandemPerson *owner;
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
  g_clear_object (&f->owner);
  g_clear_object (&f->store);
  tandem_test_remove_dir (f->dir);
  g_free (f->dir);
}

static TandemGoalWizard *
create_wizard (Fixture *f)
{
  TandemGoalWizard *wizard = tandem_goal_wizard_new (NULL, f->store, f->owner, NULL, FALSE);

  g_assert_true (TANDEM_IS_GOAL_WIZARD (wizard));
  gtk_window_present (GTK_WINDOW (wizard));
  tandem_test_iterate ();

  return wizard;
}

static void
destroy_wizard (TandemGoalWizard *wizard)
{
  gtk_window_destroy (GTK_WINDOW (wizard));
  tandem_test_iterate ();
}

static gboolean
button_enabled (TandemGoalWizard *wizard,
                const char       *name)
{
  GtkWidget *button = tandem_test_get_child (wizard, TANDEM_TYPE_GOAL_WIZARD, name);

  return gtk_widget_get_visible (button) && gtk_widget_get_sensitive (button);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type,
                 gboolean (*match) (GtkWidget *widget))
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_visible (widget) &&
      (match == NULL || match (widget)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_visible (child))
        continue;
      if ((found = find_descendant (child, type, match)))
        return found;
    }

  return NULL;
}

static GtkWidget *
visible_page (TandemGoalWizard *wizard)
{
  GtkStack *stack = GTK_STACK (tandem_test_get_child (wizard, TANDEM_TYPE_GOAL_WIZARD, "stack"));

  return gtk_stack_get_visible_child (stack);
}

static gboolean
is_error_with_text (GtkWidget *widget)
{
  return gtk_widget_has_css_class (widget, "error") &&
         gtk_label_get_text (GTK_LABEL (widget))[0] != '\0';
}

static void
next (TandemGoalWizard *wizard)
{
  g_assert_true (button_enabled (wizard, "next_button"));
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.next", NULL);
  tandem_test_iterate ();
}

static gboolean
quit_loop_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

static void
wait_ms (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_loop_cb, loop);
  g_main_loop_run (loop);
}

static void
test_builds (Fixture       *f,
             gconstpointer  data)
{
  TandemGoalWizard *wizard = create_wizard (f);
  GtkWidget *steps = tandem_test_get_child (wizard, TANDEM_TYPE_GOAL_WIZARD, "steps_box");

  g_assert_cmpint (tandem_goal_wizard_get_step (wizard), ==, TANDEM_GOAL_STEP_FRAMEWORK);
  g_assert_true (button_enabled (wizard, "next_button"));
  g_assert_false (button_enabled (wizard, "back_button"));
  g_assert_false (button_enabled (wizard, "save_button"));
  g_assert_nonnull (gtk_widget_get_first_child (steps));
  g_assert_false (tandem_goal_wizard_has_draft (wizard));
  g_assert_false (tandem_goal_wizard_apply_template (wizard, "no-such-template"));

  destroy_wizard (wizard);
}

static void
test_template_steps (Fixture       *f,
                     gconstpointer  data)
{
  static const TandemGoalStep expected[] = {
    TANDEM_GOAL_STEP_SPECIFIC,
    TANDEM_GOAL_STEP_MEASURABLE,
    TANDEM_GOAL_STEP_ACHIEVABLE,
    TANDEM_GOAL_STEP_RELEVANT,
    TANDEM_GOAL_STEP_TIME_BOUND,
    TANDEM_GOAL_STEP_REVIEW,
  };
  TandemGoalWizard *wizard = create_wizard (f);
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_goal_wizard_apply_template (wizard, "reduce-anxiety"));
  g_assert_cmpstr (tandem_goal_get_title (tandem_goal_wizard_get_goal (wizard)), ==, "Reduce my anxiety");

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      next (wizard);
      g_assert_cmpint (tandem_goal_wizard_get_step (wizard), ==, expected[i]);
      g_assert_true (button_enabled (wizard, "back_button"));
    }

  g_assert_false (button_enabled (wizard, "next_button"));
  g_assert_true (button_enabled (wizard, "save_button"));

  /* Back and forth keeps the place. */
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.back", NULL);
  g_assert_cmpint (tandem_goal_wizard_get_step (wizard), ==, TANDEM_GOAL_STEP_TIME_BOUND);
  next (wizard);

  g_object_ref (wizard);
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.save", NULL);
  tandem_test_iterate ();
  g_object_unref (wizard);

  goals = tandem_store_list_goals (f->store, tandem_record_get_id (TANDEM_RECORD (f->owner)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (goals)), ==, 1);
  {
    g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), 0);

    g_assert_cmpstr (tandem_goal_get_title (goal), ==, "Reduce my anxiety");
    g_assert_cmpstr (tandem_goal_get_instrument (goal), ==, "gad7");
    g_assert_cmpint (tandem_goal_get_author (goal), ==, TANDEM_AUTHOR_CLIENT);
    g_assert_nonnull (tandem_goal_get_gas_expected (goal));
  }
}

static void
test_empty_title_blocks_next (Fixture       *f,
                              gconstpointer  data)
{
  TandemGoalWizard *wizard = create_wizard (f);
  GtkWidget *entry;
  GtkWidget *message;

  tandem_goal_wizard_apply_template (wizard, "reduce-anxiety");
  next (wizard);
  g_assert_cmpint (tandem_goal_wizard_get_step (wizard), ==, TANDEM_GOAL_STEP_SPECIFIC);
  g_assert_null (find_descendant (visible_page (wizard), GTK_TYPE_LABEL, is_error_with_text));

  entry = find_descendant (visible_page (wizard), GTK_TYPE_ENTRY, NULL);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Reduce my anxiety");

  gtk_editable_set_text (GTK_EDITABLE (entry), "  ");
  tandem_test_iterate ();

  g_assert_false (button_enabled (wizard, "next_button"));
  message = find_descendant (visible_page (wizard), GTK_TYPE_LABEL, is_error_with_text);
  g_assert_nonnull (message);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), ==, "Give the goal a short title.");

  /* Next does nothing while disabled, even from a key binding. */
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.next", NULL);
  g_assert_cmpint (tandem_goal_wizard_get_step (wizard), ==, TANDEM_GOAL_STEP_SPECIFIC);

  gtk_editable_set_text (GTK_EDITABLE (entry), "Calmer evenings");
  tandem_test_iterate ();
  g_assert_true (button_enabled (wizard, "next_button"));
  g_assert_null (find_descendant (visible_page (wizard), GTK_TYPE_LABEL, is_error_with_text));
  g_assert_cmpstr (tandem_goal_get_title (tandem_goal_wizard_get_goal (wizard)), ==, "Calmer evenings");

  destroy_wizard (wizard);
}

static void
test_draft (Fixture       *f,
            gconstpointer  data)
{
  gint64 owner_id = tandem_record_get_id (TANDEM_RECORD (f->owner));
  TandemGoalWizard *wizard = create_wizard (f);
  g_autoptr(GListStore) drafts = NULL;
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *entry;

  tandem_goal_wizard_apply_template (wizard, "reduce-anxiety");
  next (wizard);
  entry = find_descendant (visible_page (wizard), GTK_TYPE_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Sleep before midnight");

  /* Written after a short pause in typing. */
  wait_ms (800);
  drafts = tandem_store_list_goal_drafts (f->store, owner_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (drafts)), ==, 1);
  {
    g_autoptr(TandemGoalDraft) draft = g_list_model_get_item (G_LIST_MODEL (drafts), 0);

    g_assert_nonnull (strstr (tandem_goal_draft_get_content (draft), "Sleep before midnight"));
    g_assert_cmpint (tandem_goal_draft_get_step (draft), ==, TANDEM_GOAL_STEP_SPECIFIC);
    g_assert_cmpint (tandem_goal_draft_get_goal_id (draft), ==, 0);
  }
  g_clear_object (&drafts);

  /* Typing more and closing keeps one draft, with the latest text. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Sleep before eleven");
  gtk_window_close (GTK_WINDOW (wizard));
  tandem_test_iterate ();
  drafts = tandem_store_list_goal_drafts (f->store, owner_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (drafts)), ==, 1);
  g_clear_object (&drafts);

  /* A new wizard offers it, and continues where it stopped. */
  wizard = create_wizard (f);
  g_assert_true (tandem_goal_wizard_has_draft (wizard));
  tandem_goal_wizard_resume_draft (wizard, TRUE);
  g_assert_cmpstr (tandem_goal_get_title (tandem_goal_wizard_get_goal (wizard)), ==, "Sleep before eleven");
  g_assert_cmpint (tandem_goal_wizard_get_step (wizard), ==, TANDEM_GOAL_STEP_SPECIFIC);

  while (tandem_goal_wizard_get_step (wizard) != TANDEM_GOAL_STEP_REVIEW)
    next (wizard);

  /* Saving stores the goal and deletes the draft. */
  g_object_ref (wizard);
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.save", NULL);
  tandem_test_iterate ();
  g_object_unref (wizard);

  drafts = tandem_store_list_goal_drafts (f->store, owner_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (drafts)), ==, 0);
  goals = tandem_store_list_goals (f->store, owner_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (goals)), ==, 1);

  /* Starting over deletes a draft. */
  wizard = create_wizard (f);
  g_assert_false (tandem_goal_wizard_has_draft (wizard));
  tandem_goal_wizard_apply_template (wizard, "self-esteem");
  tandem_goal_wizard_save_draft (wizard);
  destroy_wizard (wizard);

  wizard = create_wizard (f);
  g_assert_true (tandem_goal_wizard_has_draft (wizard));
  tandem_goal_wizard_resume_draft (wizard, FALSE);
  g_assert_false (tandem_goal_wizard_has_draft (wizard));
  g_assert_cmpstr (tandem_goal_get_title (tandem_goal_wizard_get_goal (wizard)), ==, "");
  destroy_wizard (wizard);
}

static void
test_edit_records_revision (Fixture       *f,
                            gconstpointer  data)
{
  gint64 owner_id = tandem_record_get_id (TANDEM_RECORD (f->owner));
  const TandemGoalTemplate *template = tandem_goal_template_lookup ("reduce-anxiety");
  g_autoptr(TandemGoal) goal = tandem_goal_template_new_goal (template, owner_id, NULL);
  g_autoptr(TandemGoal) stored = NULL;
  g_autoptr(GListStore) revisions = NULL;
  g_autoptr(GError) error = NULL;
  TandemGoalWizard *wizard;
  GtkWidget *entry;

  g_assert_true (tandem_store_insert (f->store, TANDEM_RECORD (goal), &error));

  wizard = tandem_goal_wizard_new (NULL, f->store, f->owner, goal, TRUE);
  gtk_window_present (GTK_WINDOW (wizard));
  tandem_test_iterate ();

  next (wizard);
  entry = find_descendant (visible_page (wizard), GTK_TYPE_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Calmer mornings");
  while (tandem_goal_wizard_get_step (wizard) != TANDEM_GOAL_STEP_REVIEW)
    next (wizard);

  g_object_ref (wizard);
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.save", NULL);
  tandem_test_iterate ();
  g_object_unref (wizard);

  stored = tandem_store_get (f->store, TANDEM_TYPE_GOAL, tandem_record_get_id (TANDEM_RECORD (goal)), &error);
  g_assert_cmpstr (tandem_goal_get_title (stored), ==, "Calmer mornings");
  revisions = tandem_store_list_goal_revisions (f->store, tandem_record_get_id (TANDEM_RECORD (goal)), &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (revisions)), ==, 1);
  {
    g_autoptr(TandemGoalRevision) revision = g_list_model_get_item (G_LIST_MODEL (revisions), 0);

    g_assert_cmpint (tandem_goal_revision_get_revised_by (revision), ==, TANDEM_AUTHOR_THERAPIST);
  }
}

static void
test_goals_page_groups (Fixture       *f,
                        gconstpointer  data)
{
  gint64 owner_id = tandem_record_get_id (TANDEM_RECORD (f->owner));
  g_autoptr(GError) error = NULL;
  GtkWidget *page;
  GtkListBox *active, *achieved, *paused;
  const struct { const char *title; TandemGoalStatus status; int parent; } goals[] = {
    { "Long", TANDEM_GOAL_STATUS_ACTIVE, -1 },
    { "Other", TANDEM_GOAL_STATUS_ACTIVE, -1 },
    { "Short", TANDEM_GOAL_STATUS_ACTIVE, 0 },
    { "Done", TANDEM_GOAL_STATUS_ACHIEVED, -1 },
  };
  gint64 ids[G_N_ELEMENTS (goals)];

  for (guint i = 0; i < G_N_ELEMENTS (goals); i++)
    {
      g_autoptr(TandemGoal) goal = tandem_goal_new (owner_id, TANDEM_FRAMEWORK_PACT, goals[i].title);

      tandem_goal_set_priority (goal, i);
      tandem_goal_set_status (goal, goals[i].status);
      if (goals[i].parent >= 0)
        tandem_goal_set_parent_id (goal, ids[goals[i].parent]);
      g_assert_true (tandem_store_insert (f->store, TANDEM_RECORD (goal), &error));
      ids[i] = tandem_record_get_id (TANDEM_RECORD (goal));
    }

  page = g_object_ref_sink (tandem_goals_page_new ());
  g_object_set (page, "store", f->store, "person", f->owner, NULL);

  active = GTK_LIST_BOX (tandem_test_get_child (page, TANDEM_TYPE_GOALS_PAGE, "active_list"));
  achieved = GTK_LIST_BOX (tandem_test_get_child (page, TANDEM_TYPE_GOALS_PAGE, "achieved_list"));
  paused = GTK_LIST_BOX (tandem_test_get_child (page, TANDEM_TYPE_GOALS_PAGE, "paused_list"));

  /* The short-term goal comes right after its long-term goal. */
#define ROW_TITLE(list, i) tandem_list_row_get_title (TANDEM_LIST_ROW (gtk_list_box_get_row_at_index (list, i)))
  g_assert_cmpstr (ROW_TITLE (active, 0), ==, "Long");
  g_assert_cmpstr (ROW_TITLE (active, 1), ==, "Short");
  g_assert_cmpstr (ROW_TITLE (active, 2), ==, "Other");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (gtk_list_box_get_row_at_index (active, 1)), "goal-child"));
  g_assert_cmpstr (ROW_TITLE (achieved, 0), ==, "Done");
  {
    TandemListRow *row = TANDEM_LIST_ROW (gtk_list_box_get_row_at_index (active, 0));

    g_assert_nonnull (strstr (tandem_list_row_get_subtitle (row), "0 of 1 short-term goal achieved"));
  }
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (paused)));

  /* Moving "Other" up puts it before "Long" and its short-term goal. */
  gtk_widget_activate_action (page, "goals.move", "(xi)", ids[1], -1);
  g_assert_cmpstr (ROW_TITLE (active, 0), ==, "Other");
  g_assert_cmpstr (ROW_TITLE (active, 1), ==, "Long");
  g_assert_cmpstr (ROW_TITLE (active, 2), ==, "Short");

  /* Pausing moves it to its group. */
  gtk_widget_activate_action (page, "goals.set-status", "(xs)", ids[1], "paused");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (paused)));
  g_assert_cmpstr (ROW_TITLE (paused, 0), ==, "Other");
  g_assert_cmpstr (ROW_TITLE (active, 0), ==, "Long");
#undef ROW_TITLE

  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  if (!tandem_test_init (&argc, &argv))
    return 0;

  g_test_add ("/ui/goal-wizard/builds", Fixture, NULL, fixture_set_up, test_builds, fixture_tear_down);
  g_test_add ("/ui/goal-wizard/template-steps", Fixture, NULL, fixture_set_up, test_template_steps, fixture_tear_down);
  g_test_add ("/ui/goal-wizard/empty-title", Fixture, NULL, fixture_set_up, test_empty_title_blocks_next, fixture_tear_down);
  g_test_add ("/ui/goal-wizard/draft", Fixture, NULL, fixture_set_up, test_draft, fixture_tear_down);
  g_test_add ("/ui/goal-wizard/edit", Fixture, NULL, fixture_set_up, test_edit_records_revision, fixture_tear_down);
  g_test_add ("/ui/goals-page/groups", Fixture, NULL, fixture_set_up, test_goals_page_groups, fixture_tear_down);

  return g_test_run ();
}
