/* test-questionnaire-editor.c: a therapist writes a questionnaire of their
 * own, with a real store; the registry then loads and scores it. A stored
 * one is edited (its scoring locked once taken) and deleted.
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

/* "Weekly Mood Check" (MOOD-3) stored through the core, as the editor would. */
static TandemQuestionnaire *
store_mood (Fixture *fixture)
{
  g_autoptr(TandemQuestionnaireBuilder) builder = tandem_questionnaire_builder_new ();
  g_autoptr(GError) error = NULL;
  TandemQuestionnaire *questionnaire;

  tandem_questionnaire_builder_set_name (builder, "Weekly Mood Check");
  tandem_questionnaire_builder_set_short_name (builder, "Mood-3");
  tandem_questionnaire_builder_set_instructions (builder, "Over the last week, how often…");
  tandem_questionnaire_builder_add_item (builder, "Feeling low", FALSE);
  tandem_questionnaire_builder_add_item (builder, "Enjoying things", TRUE);
  tandem_questionnaire_builder_add_item (builder, "Sleeping badly", FALSE);
  tandem_questionnaire_builder_add_option (builder, "Not at all", 0);
  tandem_questionnaire_builder_add_option (builder, "Several days", 1);
  tandem_questionnaire_builder_add_option (builder, "More than half the days", 2);
  tandem_questionnaire_builder_add_option (builder, "Nearly every day", 3);
  tandem_questionnaire_builder_add_band (builder, 0, 4, "Lower");
  tandem_questionnaire_builder_add_band (builder, 5, 9, "Higher");
  questionnaire = tandem_questionnaire_builder_save (builder, fixture->store, &error);
  g_assert_no_error (error);

  return questionnaire;
}

static void
take (Fixture    *fixture,
      const char *code)
{
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(TandemResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  int answers[] = { 1, 0, 1 };

  registry = tandem_scale_registry_new (&error);
  g_assert_true (tandem_scale_registry_load_custom (registry, fixture->store, &error));
  g_assert_no_error (error);
  owner = tandem_store_dup_owner (fixture->store, &error);
  g_assert_no_error (error);
  response = tandem_scale_save_response (tandem_scale_registry_lookup (registry, code), fixture->store,
                                         tandem_record_get_id (TANDEM_RECORD (owner)), "2026-03-02",
                                         g_get_real_time (), answers, G_N_ELEMENTS (answers), NULL, &error);
  g_assert_no_error (error);
}

static TandemQuestionnaireEditor *
open_edit (Fixture             *fixture,
           TandemQuestionnaire *questionnaire)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *editor = tandem_questionnaire_editor_new_for_questionnaire (NULL, fixture->store, questionnaire,
                                                                         &error);

  g_assert_no_error (error);
  g_object_ref_sink (editor);
  gtk_window_present (GTK_WINDOW (editor));
  tandem_test_iterate ();

  return TANDEM_QUESTIONNAIRE_EDITOR (editor);
}

static const char *
text_of (TandemQuestionnaireEditor *editor,
         const char                *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (tandem_test_get_child (editor, TANDEM_TYPE_QUESTIONNAIRE_EDITOR,
                                                                     name)));
}

static gboolean
is_visible (TandemQuestionnaireEditor *editor,
            const char                *name)
{
  return gtk_widget_get_visible (tandem_test_get_child (editor, TANDEM_TYPE_QUESTIONNAIRE_EDITOR, name));
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(TandemQuestionnaire) stored = store_mood (fixture);
  TandemQuestionnaireEditor *editor = open_edit (fixture, stored);
  g_autoptr(GPtrArray) items = widgets_in (editor, "items_group", ADW_TYPE_ENTRY_ROW);
  g_autoptr(GPtrArray) checks = widgets_in (editor, "items_group", GTK_TYPE_CHECK_BUTTON);
  g_autoptr(GPtrArray) options = widgets_in (editor, "options_group", ADW_TYPE_ENTRY_ROW);
  g_autoptr(GPtrArray) bands = widgets_in (editor, "bands_group", ADW_TYPE_ENTRY_ROW);
  g_autoptr(GPtrArray) band_spins = widgets_in (editor, "bands_group", GTK_TYPE_SPIN_BUTTON);
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  TandemScale *scale;

  /* The stored questionnaire, read back into the form. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Questionnaire");
  g_assert_true (tandem_questionnaire_editor_get_questionnaire (editor) == stored);
  g_assert_cmpstr (text_of (editor, "name_row"), ==, "Weekly Mood Check");
  g_assert_cmpstr (text_of (editor, "short_name_row"), ==, "Mood-3");
  g_assert_cmpstr (text_of (editor, "instructions_row"), ==, "Over the last week, how often…");
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (items->pdata[2]), ==, "Sleeping badly");
  g_assert_false (gtk_check_button_get_active (checks->pdata[0]));
  g_assert_true (gtk_check_button_get_active (checks->pdata[1]));
  g_assert_true (gtk_widget_get_sensitive (checks->pdata[1]));
  g_assert_cmpuint (options->len, ==, 4);
  g_assert_cmpuint (bands->len, ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (bands->pdata[1]), ==, "Higher");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (band_spins->pdata[2]), ==, 5);

  /* Never taken: no lock, and it can be deleted. */
  g_assert_false (is_visible (editor, "locked_group"));
  g_assert_true (is_visible (editor, "delete_button"));

  /* Reword, reverse another item and add one: nobody has taken it yet. */
  set_text (editor, "name_row", "Mood Check");
  gtk_editable_set_text (GTK_EDITABLE (items->pdata[0]), "Feeling down");
  gtk_check_button_set_active (checks->pdata[2], TRUE);
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved_cb), &code);
  g_assert_true (tandem_questionnaire_editor_save (editor));
  tandem_test_iterate ();
  g_assert_finalize_object (editor);
  g_assert_cmpstr (code, ==, "mood-3");
  g_assert_cmpuint (count_stored (fixture), ==, 1);

  registry = tandem_scale_registry_new (&error);
  g_assert_true (tandem_scale_registry_load_custom (registry, fixture->store, &error));
  g_assert_no_error (error);
  scale = tandem_scale_registry_lookup (registry, "mood-3");
  g_assert_cmpstr (tandem_scale_get_name (scale), ==, "Mood Check");
  g_assert_cmpstr (tandem_scale_get_item_text (scale, 0), ==, "Feeling down");
  g_assert_true (tandem_scale_get_item_reversed (scale, 2));
}

static void
test_taken_is_locked (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TandemQuestionnaire) stored = store_mood (fixture);
  TandemQuestionnaireEditor *editor = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) option_spins = NULL;
  g_autoptr(GPtrArray) options = NULL;
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *locked_row;

  take (fixture, "mood-3");
  editor = open_edit (fixture, stored);
  items = widgets_in (editor, "items_group", ADW_TYPE_ENTRY_ROW);
  checks = widgets_in (editor, "items_group", GTK_TYPE_CHECK_BUTTON);
  options = widgets_in (editor, "options_group", ADW_TYPE_ENTRY_ROW);
  option_spins = widgets_in (editor, "options_group", GTK_TYPE_SPIN_BUTTON);

  /* The scoring stays, and a row says why; it cannot be deleted. */
  g_assert_true (is_visible (editor, "locked_group"));
  locked_row = tandem_test_get_child (editor, TANDEM_TYPE_QUESTIONNAIRE_EDITOR, "locked_row");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (locked_row)), ==, "Taken 1 time");
  g_assert_false (is_visible (editor, "delete_button"));
  for (guint i = 0; i < checks->len; i++)
    g_assert_false (gtk_widget_get_sensitive (checks->pdata[i]));
  for (guint i = 0; i < option_spins->len; i++)
    g_assert_false (gtk_widget_get_sensitive (option_spins->pdata[i]));
  gtk_widget_activate_action (GTK_WIDGET (editor), "questionnaire-editor.add-item", NULL);
  gtk_widget_activate_action (GTK_WIDGET (editor), "questionnaire-editor.add-option", NULL);
  gtk_widget_activate_action (GTK_WIDGET (editor), "questionnaire-editor.delete", NULL);
  {
    g_autoptr(GPtrArray) after = widgets_in (editor, "items_group", ADW_TYPE_ENTRY_ROW);
    g_autoptr(GPtrArray) options_after = widgets_in (editor, "options_group", ADW_TYPE_ENTRY_ROW);

    g_assert_cmpuint (after->len, ==, 3);
    g_assert_cmpuint (options_after->len, ==, 4);
  }

  /* The wording may change. */
  gtk_editable_set_text (GTK_EDITABLE (items->pdata[1]), "Enjoying the things I like");
  gtk_editable_set_text (GTK_EDITABLE (options->pdata[0]), "Never");
  g_assert_true (tandem_questionnaire_editor_save (editor));
  tandem_test_iterate ();
  g_assert_finalize_object (editor);

  registry = tandem_scale_registry_new (&error);
  g_assert_true (tandem_scale_registry_load_custom (registry, fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_scale_get_item_text (tandem_scale_registry_lookup (registry, "mood-3"), 1), ==,
                   "Enjoying the things I like");
  g_assert_cmpstr (tandem_scale_get_option_label (tandem_scale_registry_lookup (registry, "mood-3"), 0), ==,
                   "Never");
  g_assert_cmpuint (count_stored (fixture), ==, 1);
}

static void
on_deleted_cb (TandemQuestionnaireEditor  *editor,
               TandemQuestionnaire        *questionnaire,
               char                      **title)
{
  *title = g_strdup (tandem_questionnaire_get_title (questionnaire));
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(TandemQuestionnaire) stored = store_mood (fixture);
  TandemQuestionnaireEditor *editor = open_edit (fixture, stored);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 tombstones = tandem_store_count_tombstones (fixture->store, &error);
  GtkWidget *dialog;

  g_signal_connect (editor, "deleted", G_CALLBACK (on_deleted_cb), &title);

  /* Asked first; Cancel keeps it. */
  dialog = tandem_questionnaire_editor_ask_delete (editor);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Delete “Weekly Mood Check”?");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==, "cancel");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* As a click on its button does. */
  gtk_window_close (GTK_WINDOW (dialog));
  tandem_test_iterate ();
  g_assert_null (title);
  g_assert_cmpuint (count_stored (fixture), ==, 1);

  /* Delete: gone, with a tombstone, and the editor closes. */
  dialog = tandem_questionnaire_editor_ask_delete (editor);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  /* As a click on its button does. */
  gtk_window_close (GTK_WINDOW (dialog));
  tandem_test_iterate ();
  g_assert_cmpstr (title, ==, "Weekly Mood Check");
  g_assert_cmpuint (count_stored (fixture), ==, 0);
  g_assert_cmpint (tandem_store_count_tombstones (fixture->store, &error), ==, tombstones + 1);
  g_assert_finalize_object (editor);
}

/* Taken after the editor opened: Delete is refused with the core's reason. */
static void
test_delete_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TandemQuestionnaire) stored = store_mood (fixture);
  TandemQuestionnaireEditor *editor = open_edit (fixture, stored);
  GtkWidget *save_error = tandem_test_get_child (editor, TANDEM_TYPE_QUESTIONNAIRE_EDITOR, "save_error_label");
  GtkWidget *dialog;

  take (fixture, "mood-3");
  dialog = tandem_questionnaire_editor_ask_delete (editor);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  /* As a click on its button does. */
  gtk_window_close (GTK_WINDOW (dialog));
  tandem_test_iterate ();
  g_assert_true (gtk_widget_get_visible (save_error));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (save_error)), ==,
                   "“Weekly Mood Check” has been taken 1 time, so it cannot be deleted: its response "
                   "would lose its questionnaire. Nothing was deleted.");
  g_assert_cmpuint (count_stored (fixture), ==, 1);

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
  g_test_add ("/ui/questionnaire-editor/edit", Fixture, NULL,
              fixture_set_up, test_edit, fixture_tear_down);
  g_test_add ("/ui/questionnaire-editor/taken-is-locked", Fixture, NULL,
              fixture_set_up, test_taken_is_locked, fixture_tear_down);
  g_test_add ("/ui/questionnaire-editor/delete", Fixture, NULL,
              fixture_set_up, test_delete, fixture_tear_down);
  g_test_add ("/ui/questionnaire-editor/delete-refused", Fixture, NULL,
              fixture_set_up, test_delete_refused, fixture_tear_down);

  return g_test_run ();
}
