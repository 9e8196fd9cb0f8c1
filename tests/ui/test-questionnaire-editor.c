/* test-questionnaire-editor.c: a therapist writes a questionnaire of their
 * own, with a real store; the registry then loads and scores it.
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tandem-questionnaire-editor.h"
#include "tandem-test-util.h"

typedef struct
{
  char        *dir;
  TandemStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TandemPerson) owner = tandem_person_new ("Dr. Alex", TANDEM_PERSON_ROLE_OWNER);
  g_autoptr(GError) error = NULL;

  fixture->store = tandem_test_open_store (&fixture->dir);
  g_assert_true (tandem_store_insert (fixture->store, TANDEM_RECORD (owner), &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  tandem_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static TandemQuestionnaireEditor *
open_editor (Fixture *fixture)
{
  GtkWidget *editor = tandem_questionnaire_editor_new (NULL, fixture->store);

  g_object_ref_sink (editor);
  gtk_window_present (GTK_WINDOW (editor));
  tandem_test_iterate ();

  return TANDEM_QUESTIONNAIRE_EDITOR (editor);
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      g_ptr_array_add (found, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/* The widgets of @type in the template child @group, in order. */
static GPtrArray *
widgets_in (TandemQuestionnaireEditor *editor,
            const char                *group,
            GType                      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (tandem_test_get_child (editor, TANDEM_TYPE_QUESTIONNAIRE_EDITOR, group), type, found);
  return found;
}

static void
set_text (TandemQuestionnaireEditor *editor,
          const char                *name,
          const char                *text)
{
  gtk_editable_set_text (GTK_EDITABLE (tandem_test_get_child (editor, TANDEM_TYPE_QUESTIONNAIRE_EDITOR, name)),
                         text);
}

/* Name, three items (the second reversed), the four example options and
 * two bands, @low_to and @high_from apart. */
static void
fill (TandemQuestionnaireEditor *editor,
      int                        low_to,
      int                        high_from)
{
  const char *texts[] = { "Feeling low", "Enjoying things", "Sleeping badly" };
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) options = NULL;
  g_autoptr(GPtrArray) bands = NULL;
  g_autoptr(GPtrArray) spins = NULL;

  set_text (editor, "name_row", "Weekly Mood Check");
  set_text (editor, "short_name_row", "Mood-3");
  set_text (editor, "instructions_row", "Over the last week, how often…");

  /* One empty item is there to start with. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "questionnaire-editor.add-item", NULL);
  gtk_widget_activate_action (GTK_WIDGET (editor), "questionnaire-editor.add-item", NULL);
  items = widgets_in (editor, "items_group", ADW_TYPE_ENTRY_ROW);
  checks = widgets_in (editor, "items_group", GTK_TYPE_CHECK_BUTTON);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpuint (checks->len, ==, 3);
  g_assert_cmpstr (adw_preferences_row_get_title (items->pdata[2]), ==, "Item 3");
  for (guint i = 0; i < 3; i++)
    gtk_editable_set_text (GTK_EDITABLE (items->pdata[i]), texts[i]);
  gtk_check_button_set_active (checks->pdata[1], TRUE);

  /* The example options, 0 to 3, are kept. */
  options = widgets_in (editor, "options_group", ADW_TYPE_ENTRY_ROW);
  g_assert_cmpuint (options->len, ==, 4);
  g_assert_cmpstr (gtk_editable_get_text (options->pdata[3]), ==, "Nearly every day");

  gtk_widget_activate_action (GTK_WIDGET (editor), "questionnaire-editor.add-band", NULL);
  gtk_widget_activate_action (GTK_WIDGET (editor), "questionnaire-editor.add-band", NULL);
  bands = widgets_in (editor, "bands_group", ADW_TYPE_ENTRY_ROW);
  spins = widgets_in (editor, "bands_group", GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpuint (bands->len, ==, 2);
  g_assert_cmpuint (spins->len, ==, 4);
  gtk_editable_set_text (GTK_EDITABLE (bands->pdata[0]), "Lower");
  gtk_editable_set_text (GTK_EDITABLE (bands->pdata[1]), "Higher");
  gtk_spin_button_set_value (spins->pdata[0], 0);
  gtk_spin_button_set_value (spins->pdata[1], low_to);
  gtk_spin_button_set_value (spins->pdata[2], high_from);
  gtk_spin_button_set_value (spins->pdata[3], 9);
}

static guint
count_stored (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = tandem_store_list_questionnaires (fixture->store, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static void
on_saved_cb (TandemQuestionnaireEditor  *editor,
             TandemQuestionnaire        *questionnaire,
             char                      **code)
{
  *code = g_strdup (tandem_questionnaire_get_code (questionnaire));
}

static void
test_save_and_score (Fixture       *fixture,
                     gconstpointer  data)
{
  TandemQuestionnaireEditor *editor = open_editor (fixture);
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(TandemScaleScore) score = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  TandemScale *scale;
  int answers[] = { 1, 0, 1 };   /* 1 + (3 − 0) + 1 = 5 */
  int lowest[] = { 0, 3, 0 };    /* 0 + (3 − 3) + 0 = 0 */

  g_signal_connect (editor, "saved", G_CALLBACK (on_saved_cb), &code);
  fill (editor, 4, 5);
  g_assert_true (tandem_questionnaire_editor_save (editor));
  tandem_test_iterate ();
  g_assert_finalize_object (editor);
  g_assert_cmpstr (code, ==, "mood-3");
  g_assert_cmpuint (count_stored (fixture), ==, 1);

  registry = tandem_scale_registry_new (&error);
  g_assert_no_error (error);
  g_assert_true (tandem_scale_registry_load_custom (registry, fixture->store, &error));
  g_assert_no_error (error);
  scale = tandem_scale_registry_lookup (registry, "mood-3");
  g_assert_nonnull (scale);
  g_assert_cmpstr (tandem_scale_get_name (scale), ==, "Weekly Mood Check");
  g_assert_cmpuint (tandem_scale_get_n_items (scale), ==, 3);
  g_assert_true (tandem_scale_get_item_reversed (scale, 1));
  g_assert_cmpuint (tandem_scale_get_n_options (scale), ==, 4);
  g_assert_cmpstr (tandem_scale_get_option_label (scale, 1), ==, "Several days");

  score = tandem_scale_score (scale, answers, G_N_ELEMENTS (answers), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (score->total, ==, 5);
  g_assert_cmpstr (score->band_label, ==, "Higher");
  g_clear_pointer (&score, tandem_scale_score_free);

  score = tandem_scale_score (scale, lowest, G_N_ELEMENTS (lowest), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (score->total, ==, 0);
  g_assert_cmpstr (score->band_label, ==, "Lower");
}

static void
test_gap_refused (Fixture       *fixture,
                  gconstpointer  data)
{
  TandemQuestionnaireEditor *editor = open_editor (fixture);
  GtkWidget *bands_error = tandem_test_get_child (editor, TANDEM_TYPE_QUESTIONNAIRE_EDITOR, "bands_error_label");
  GtkWidget *items_error = tandem_test_get_child (editor, TANDEM_TYPE_QUESTIONNAIRE_EDITOR, "items_error_label");

  /* Totals 5 and 6 fall in no band. */
  fill (editor, 4, 7);
  g_assert_false (gtk_widget_get_visible (bands_error));
  g_assert_false (tandem_questionnaire_editor_save (editor));
  g_assert_true (gtk_widget_get_visible (bands_error));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (bands_error)), ==,
                   "No band covers the totals 5 to 6; the bands must cover every total from 0 to 9.");
  g_assert_false (gtk_widget_get_visible (items_error));
  g_assert_cmpuint (count_stored (fixture), ==, 0);

  gtk_window_destroy (GTK_WINDOW (editor));
  tandem_test_iterate ();
  g_assert_finalize_object (editor);
  g_assert_cmpuint (count_stored (fixture), ==, 0);
}

static void
test_remove_rows (Fixture       *fixture,
                  gconstpointer  data)
{
  TandemQuestionnaireEditor *editor = open_editor (fixture);
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GPtrArray) options = NULL;

  /* Removing the first option leaves three, numbered again. */
  buttons = widgets_in (editor, "options_group", GTK_TYPE_BUTTON);
  for (guint i = buttons->len; i > 0; i--)
    if (!g_str_has_prefix (gtk_widget_get_tooltip_text (buttons->pdata[i - 1]) ?: "", "Remove Option"))
      g_ptr_array_remove_index (buttons, i - 1);
  g_assert_cmpuint (buttons->len, ==, 4);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (buttons->pdata[0]), ==, "Remove Option 1");
  g_signal_emit_by_name (buttons->pdata[0], "clicked");
  options = widgets_in (editor, "options_group", ADW_TYPE_ENTRY_ROW);
  g_assert_cmpuint (options->len, ==, 3);
  g_assert_cmpstr (adw_preferences_row_get_title (options->pdata[0]), ==, "Option 1");
  g_assert_cmpstr (gtk_editable_get_text (options->pdata[0]), ==, "Several days");

  gtk_window_destroy (GTK_WINDOW (editor));
  tandem_test_iterate ();
  g_assert_finalize_object (editor);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  if (!tandem_test_init (&argc, &argv))
    return 0;

  tandem_test_reset_settings ();

  g_test_add ("/ui/questionnaire-editor/save-and-score", Fixture, NULL,
              fixture_set_up, test_save_and_score, fixture_tear_down);
  g_test_add ("/ui/questionnaire-editor/gap-refused", Fixture, NULL,
              fixture_set_up, test_gap_refused, fixture_tear_down);
  g_test_add ("/ui/questionnaire-editor/remove-rows", Fixture, NULL,
              fixture_set_up, test_remove_rows, fixture_tear_down);

  return g_test_run ();
}
