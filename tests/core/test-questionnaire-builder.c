/* test-questionnaire-builder.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A therapist's own questionnaire: written in the built-in format, checked
 * by the same parser, stored with a code of its own, loaded by the
 * registry and scored with its reversed items; and each refusal.
 */

#define G_LOG_DOMAIN "test-questionnaire-builder"

#include "config.h"

#include <json-glib/json-glib.h>

#include "test-util.h"

#define BAD(part) TANDEM_QUESTIONNAIRE_BUILDER_ERROR, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_##part

/* Three items (the second reversed), options 0..3, bands 0-4 and 5-9. */
static TandemQuestionnaireBuilder *
make_mood (const char *short_name)
{
  TandemQuestionnaireBuilder *builder = tandem_questionnaire_builder_new ();

  tandem_questionnaire_builder_set_name (builder, "  Weekly Mood Check ");
  tandem_questionnaire_builder_set_short_name (builder, short_name);
  tandem_questionnaire_builder_set_instructions (builder, "Over the last week, how often…");
  tandem_questionnaire_builder_add_item (builder, "Feeling low", FALSE);
  tandem_questionnaire_builder_add_item (builder, "Enjoying things", TRUE);
  tandem_questionnaire_builder_add_item (builder, "Sleeping badly", FALSE);
  tandem_questionnaire_builder_add_option (builder, "Not at all", 0);
  tandem_questionnaire_builder_add_option (builder, "Several days", 1);
  tandem_questionnaire_builder_add_option (builder, "More than half the days", 2);
  tandem_questionnaire_builder_add_option (builder, "Nearly every day", 3);
  tandem_questionnaire_builder_add_band (builder, 5, 9, "Higher");
  tandem_questionnaire_builder_add_band (builder, 0, 4, "Lower");

  return builder;
}

static gint64
count_questionnaires (TestStore *t)
{
  return test_count (t, "SELECT COUNT(*) FROM questionnaire");
}

static void
test_save_and_score (void)
{
  g_autoptr(TandemQuestionnaireBuilder) builder = make_mood ("Mood-3");
  g_autoptr(TandemQuestionnaire) saved = NULL;
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(TandemScaleScore) score = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const TandemScaleBand *bands;
  TandemScale *scale;
  JsonObject *root, *scoring;
  int answers[] = { 3, 0, 2 };   /* 3 + (3 − 0) + 2 = 8 */
  double min, max;
  guint n_bands;
  TestStore t;

  test_store_init (&t);

  saved = tandem_questionnaire_builder_save (builder, t.store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_cmpstr (tandem_questionnaire_get_code (saved), ==, "mood-3");
  g_assert_cmpstr (tandem_questionnaire_get_title (saved), ==, "Weekly Mood Check");
  g_assert_cmpint (count_questionnaires (&t), ==, 1);

  /* The definition has the members of the built-in files. */
  g_assert_true (json_parser_load_from_data (parser, tandem_questionnaire_get_definition (saved), -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "tandem-questionnaire");
  g_assert_cmpint (json_object_get_int_member (root, "format_version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (root, "id"), ==, "mood-3");
  g_assert_cmpstr (json_object_get_string_member (root, "short_name"), ==, "Mood-3");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "items")), ==, 3);
  scoring = json_object_get_object_member (root, "scoring");
  g_assert_cmpstr (json_object_get_string_member (scoring, "method"), ==, "sum");
  g_assert_cmpint (json_object_get_int_member (scoring, "min"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (scoring, "max"), ==, 9);

  /* The registry loads it from the store beside the built-in ones. */
  registry = tandem_scale_registry_new (&error);
  g_assert_no_error (error);
  g_assert_true (tandem_scale_registry_load_custom (registry, t.store, &error));
  g_assert_no_error (error);
  scale = tandem_scale_registry_lookup (registry, "mood-3");
  g_assert_nonnull (scale);
  g_assert_true (tandem_scale_get_custom (scale));
  g_assert_cmpstr (tandem_scale_get_short_name (scale), ==, "Mood-3");
  g_assert_cmpuint (tandem_scale_get_n_items (scale), ==, 3);
  g_assert_true (tandem_scale_get_item_reversed (scale, 1));
  g_assert_false (tandem_scale_get_item_reversed (scale, 0));
  g_assert_cmpuint (tandem_scale_get_n_options (scale), ==, 4);
  tandem_scale_get_total_range (scale, &min, &max);
  g_assert_cmpfloat (min, ==, 0);
  g_assert_cmpfloat (max, ==, 9);
  bands = tandem_scale_get_bands (scale, &n_bands);
  g_assert_cmpuint (n_bands, ==, 2);
  g_assert_cmpstr (bands[0].label, ==, "Lower");
  g_assert_cmpstr (bands[1].label, ==, "Higher");

  score = tandem_scale_score (scale, answers, G_N_ELEMENTS (answers), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (score->total, ==, 8);
  g_assert_cmpstr (score->band_label, ==, "Higher");

  test_store_clear (&t);
}

static void
test_codes_are_unique (void)
{
  g_autoptr(TandemQuestionnaireBuilder) first = make_mood ("My Scale");
  g_autoptr(TandemQuestionnaireBuilder) second = make_mood ("my-scale!");
  g_autoptr(TandemQuestionnaireBuilder) builtin = make_mood ("GAD 7");
  g_autoptr(TandemQuestionnaireBuilder) foreign = make_mood ("Ünü");
  g_autoptr(TandemQuestionnaire) a = NULL;
  g_autoptr(TandemQuestionnaire) b = NULL;
  g_autoptr(TandemQuestionnaire) c = NULL;
  g_autoptr(TandemQuestionnaire) d = NULL;
  g_autoptr(GError) error = NULL;
  TestStore t;

  test_store_init (&t);

  a = tandem_questionnaire_builder_save (first, t.store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_questionnaire_get_code (a), ==, "my-scale");
  b = tandem_questionnaire_builder_save (second, t.store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_questionnaire_get_code (b), ==, "my-scale-2");

  /* "GAD 7" is not the short name "GAD-7", but "gad-7" must not shadow
   * anything either; "gad7" is the built-in id. */
  c = tandem_questionnaire_builder_save (builtin, t.store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_questionnaire_get_code (c), ==, "gad-7");
  d = tandem_questionnaire_builder_save (foreign, t.store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_questionnaire_get_code (d), ==, "n");
  g_assert_cmpint (count_questionnaires (&t), ==, 4);

  test_store_clear (&t);
}

static void
expect_refused (TandemQuestionnaireBuilder      *builder,
                TestStore                       *t,
                TandemQuestionnaireBuilderError  part,
                const char                      *message)
{
  g_autoptr(TandemQuestionnaire) saved = NULL;
  g_autoptr(GError) error = NULL;
  gint64 before = count_questionnaires (t);

  saved = tandem_questionnaire_builder_save (builder, t->store, &error);
  g_assert_null (saved);
  g_assert_error (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR, (int) part);
  g_assert_cmpstr (error->message, ==, message);
  g_clear_error (&error);

  /* The part's own check says the same, for the form. */
  g_assert_false (tandem_questionnaire_builder_check (builder, part, t->store, &error));
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpint (count_questionnaires (t), ==, before);
}

static void
test_refusals (void)
{
  TestStore t;

  test_store_init (&t);

  {
    g_autoptr(TandemQuestionnaireBuilder) builder = make_mood ("M");

    tandem_questionnaire_builder_set_name (builder, "   ");
    expect_refused (builder, &t, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_NAME,
                    "Give the questionnaire a name.");
  }
  {
    g_autoptr(TandemQuestionnaireBuilder) builder = make_mood ("phq-9");

    expect_refused (builder, &t, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_NAME,
                    "There is already a questionnaire called “phq-9”; choose another short name.");
  }
  {
    g_autoptr(TandemQuestionnaireBuilder) builder = tandem_questionnaire_builder_new ();

    tandem_questionnaire_builder_set_name (builder, "Empty");
    tandem_questionnaire_builder_set_short_name (builder, "E");
    tandem_questionnaire_builder_set_instructions (builder, "Answer.");
    tandem_questionnaire_builder_add_option (builder, "No", 0);
    tandem_questionnaire_builder_add_option (builder, "Yes", 1);
    expect_refused (builder, &t, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_ITEMS, "Add at least one item.");

    tandem_questionnaire_builder_add_item (builder, "Tired", FALSE);
    tandem_questionnaire_builder_add_item (builder, " ", FALSE);
    expect_refused (builder, &t, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_ITEMS,
                    "Item 2 has no text; write it or remove the item.");
  }
  {
    g_autoptr(TandemQuestionnaireBuilder) builder = tandem_questionnaire_builder_new ();

    tandem_questionnaire_builder_set_name (builder, "One option");
    tandem_questionnaire_builder_set_short_name (builder, "O");
    tandem_questionnaire_builder_set_instructions (builder, "Answer.");
    tandem_questionnaire_builder_add_item (builder, "Tired", FALSE);
    tandem_questionnaire_builder_add_option (builder, "Yes", 1);
    expect_refused (builder, &t, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_OPTIONS,
                    "Give at least two response options.");

    tandem_questionnaire_builder_add_option (builder, "Often", 1);
    expect_refused (builder, &t, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_OPTIONS,
                    "“Yes” and “Often” both count 1; give each option its own value.");
  }
  {
    g_autoptr(TandemQuestionnaireBuilder) builder = make_mood ("Gap");

    tandem_questionnaire_builder_add_band (builder, 0, 0, "Extra");
    expect_refused (builder, &t, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_BANDS,
                    "The bands “Extra” and “Lower” overlap; each total may fall in one band only.");
  }
  {
    g_autoptr(TandemQuestionnaireBuilder) builder = tandem_questionnaire_builder_new ();

    tandem_questionnaire_builder_set_name (builder, "Gaps");
    tandem_questionnaire_builder_set_short_name (builder, "G");
    tandem_questionnaire_builder_set_instructions (builder, "Answer.");
    for (guint i = 0; i < 3; i++)
      tandem_questionnaire_builder_add_item (builder, "Tired", FALSE);
    tandem_questionnaire_builder_add_option (builder, "No", 0);
    tandem_questionnaire_builder_add_option (builder, "Yes", 3);
    tandem_questionnaire_builder_add_band (builder, 0, 3, "Low");
    tandem_questionnaire_builder_add_band (builder, 6, 8, "High");
    expect_refused (builder, &t, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_BANDS,
                    "No band covers the totals 4 to 5; the bands must cover every total from 0 to 9.");
  }
  {
    g_autoptr(TandemQuestionnaireBuilder) builder = tandem_questionnaire_builder_new ();

    tandem_questionnaire_builder_set_name (builder, "Short");
    tandem_questionnaire_builder_set_short_name (builder, "S");
    tandem_questionnaire_builder_set_instructions (builder, "Answer.");
    tandem_questionnaire_builder_add_item (builder, "Tired", FALSE);
    tandem_questionnaire_builder_add_option (builder, "No", 0);
    tandem_questionnaire_builder_add_option (builder, "Yes", 3);
    tandem_questionnaire_builder_add_band (builder, 0, 1, "Low");
    expect_refused (builder, &t, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_BANDS,
                    "No band covers the totals 2 to 3; the bands must cover every total from 0 to 3.");
  }

  g_assert_cmpint (count_questionnaires (&t), ==, 0);
  test_store_clear (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/questionnaire-builder/save-and-score", test_save_and_score);
  g_test_add_func ("/questionnaire-builder/codes-are-unique", test_codes_are_unique);
  g_test_add_func ("/questionnaire-builder/refusals", test_refusals);

  return g_test_run ();
}
