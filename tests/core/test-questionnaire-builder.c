/* test-questionnaire-builder.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A therapist's own questionnaire: written in the built-in format, checked
 * by the same parser, stored with a code of its own, loaded by the
 * registry and scored with its reversed items; and each refusal. A stored
 * one read back, edited (its scoring locked once taken) and deleted.
 */

#define G_LOG_DOMAIN "test-questionnaire-builder"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "tandem-plans-private.h"
#include "tandem-store-private.h"
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

static void
assert_same_builder (TandemQuestionnaireBuilder *a,
                     TandemQuestionnaireBuilder *b)
{
  g_assert_cmpstr (tandem_questionnaire_builder_get_name (a), ==, tandem_questionnaire_builder_get_name (b));
  g_assert_cmpstr (tandem_questionnaire_builder_get_short_name (a), ==,
                   tandem_questionnaire_builder_get_short_name (b));
  g_assert_cmpstr (tandem_questionnaire_builder_get_instructions (a), ==,
                   tandem_questionnaire_builder_get_instructions (b));

  g_assert_cmpuint (tandem_questionnaire_builder_get_n_items (a), ==, tandem_questionnaire_builder_get_n_items (b));
  for (guint i = 0; i < tandem_questionnaire_builder_get_n_items (a); i++)
    {
      gboolean ra, rb;

      g_assert_cmpstr (tandem_questionnaire_builder_get_item (a, i, &ra), ==,
                       tandem_questionnaire_builder_get_item (b, i, &rb));
      g_assert_cmpint (ra, ==, rb);
    }

  g_assert_cmpuint (tandem_questionnaire_builder_get_n_options (a), ==,
                    tandem_questionnaire_builder_get_n_options (b));
  for (guint i = 0; i < tandem_questionnaire_builder_get_n_options (a); i++)
    {
      int va, vb;

      g_assert_cmpstr (tandem_questionnaire_builder_get_option (a, i, &va), ==,
                       tandem_questionnaire_builder_get_option (b, i, &vb));
      g_assert_cmpint (va, ==, vb);
    }

  g_assert_cmpuint (tandem_questionnaire_builder_get_n_bands (a), ==, tandem_questionnaire_builder_get_n_bands (b));
  for (guint i = 0; i < tandem_questionnaire_builder_get_n_bands (a); i++)
    {
      int mina, maxa, minb, maxb;

      g_assert_cmpstr (tandem_questionnaire_builder_get_band (a, i, &mina, &maxa), ==,
                       tandem_questionnaire_builder_get_band (b, i, &minb, &maxb));
      g_assert_cmpint (mina, ==, minb);
      g_assert_cmpint (maxa, ==, maxb);
    }
}

/* Builder → store → builder gives the same questionnaire. */
static void
test_round_trip (void)
{
  g_autoptr(TandemQuestionnaireBuilder) builder = tandem_questionnaire_builder_new ();
  g_autoptr(TandemQuestionnaireBuilder) loaded = NULL;
  g_autoptr(TandemQuestionnaire) saved = NULL;
  g_autoptr(TandemQuestionnaire) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *again = NULL;
  TestStore t;

  test_store_init (&t);

  /* Bands in ascending order, as the definition keeps them. */
  tandem_questionnaire_builder_set_name (builder, "Weekly Mood Check");
  tandem_questionnaire_builder_set_short_name (builder, "Mood-3");
  tandem_questionnaire_builder_set_instructions (builder, "Over the last week, how often…");
  tandem_questionnaire_builder_add_item (builder, "Feeling low", FALSE);
  tandem_questionnaire_builder_add_item (builder, "Enjoying things", TRUE);
  tandem_questionnaire_builder_add_item (builder, "Sleeping “badly”", FALSE);
  tandem_questionnaire_builder_add_option (builder, "Never", 0);
  tandem_questionnaire_builder_add_option (builder, "Sometimes", 2);
  tandem_questionnaire_builder_add_option (builder, "Always", 5);
  tandem_questionnaire_builder_add_band (builder, 0, 4, "Lower");
  tandem_questionnaire_builder_add_band (builder, 5, 15, "Higher");
  saved = tandem_questionnaire_builder_save (builder, t.store, &error);
  g_assert_no_error (error);

  stored = tandem_store_get (t.store, TANDEM_TYPE_QUESTIONNAIRE,
                             tandem_record_get_id (TANDEM_RECORD (saved)), &error);
  g_assert_no_error (error);
  loaded = tandem_questionnaire_builder_new_for_questionnaire (stored, &error);
  g_assert_no_error (error);
  g_assert_true (tandem_questionnaire_builder_get_questionnaire (loaded) == stored);
  assert_same_builder (builder, loaded);

  /* It writes the very same definition. */
  again = tandem_questionnaire_builder_dup_definition (loaded, tandem_questionnaire_get_code (stored));
  g_assert_cmpstr (again, ==, tandem_questionnaire_get_definition (stored));

  /* Its own short name does not count as taken. */
  g_assert_true (tandem_questionnaire_builder_check (loaded, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_NAME,
                                                     t.store, &error));
  g_assert_no_error (error);

  test_store_clear (&t);
}

/* Four items (reversed where @reversed has the bit), options 0, 1, 2 and
 * @last, bands up to the highest total, editing @questionnaire. */
static TandemQuestionnaireBuilder *
make_edit (TandemQuestionnaire *questionnaire,
           guint                reversed,
           int                  last,
           const char          *wording)
{
  TandemQuestionnaireBuilder *builder = tandem_questionnaire_builder_new ();
  const char *texts[] = { "Feeling low", "Enjoying things", "Sleeping badly", "Eating badly" };

  tandem_questionnaire_builder_set_questionnaire (builder, questionnaire);
  tandem_questionnaire_builder_set_name (builder, wording ? wording : "Mood Check");
  tandem_questionnaire_builder_set_short_name (builder, "Mood-3");
  tandem_questionnaire_builder_set_instructions (builder, "Over the last week, how often…");
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *text = g_strdup_printf ("%s%s", texts[i], wording ? " (reworded)" : "");

      tandem_questionnaire_builder_add_item (builder, text, (reversed & (1u << i)) != 0);
    }
  tandem_questionnaire_builder_add_option (builder, wording ? "Never" : "Not at all", 0);
  tandem_questionnaire_builder_add_option (builder, "Several days", 1);
  tandem_questionnaire_builder_add_option (builder, "More than half the days", 2);
  tandem_questionnaire_builder_add_option (builder, "Nearly every day", last);
  tandem_questionnaire_builder_add_band (builder, 0, wording ? 3 : 4, wording ? "Little" : "Lower");
  tandem_questionnaire_builder_add_band (builder, wording ? 4 : 5, 9, "Higher");
  tandem_questionnaire_builder_add_band (builder, 10, 4 * last, "Highest");

  return builder;
}

static gint64
updated_at_of (TestStore           *t,
               TandemQuestionnaire *questionnaire)
{
  g_autofree char *sql = g_strdup_printf ("SELECT updated_at FROM questionnaire WHERE id = %" G_GINT64_FORMAT,
                                          tandem_record_get_id (TANDEM_RECORD (questionnaire)));

  return test_count (t, sql);
}

/* A change is refused with @message; the record and its row stay as they were. */
static void
expect_locked (TestStore                  *t,
               TandemQuestionnaireBuilder *builder,
               const char                 *message)
{
  TandemQuestionnaire *questionnaire = tandem_questionnaire_builder_get_questionnaire (builder);
  g_autofree char *title = g_strdup (tandem_questionnaire_get_title (questionnaire));
  g_autofree char *definition = g_strdup (tandem_questionnaire_get_definition (questionnaire));
  gint64 updated_at = updated_at_of (t, questionnaire);
  g_autoptr(TandemQuestionnaire) saved = NULL;
  g_autoptr(GError) error = NULL;

  saved = tandem_questionnaire_builder_save (builder, t->store, &error);
  g_assert_null (saved);
  g_assert_error (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_TAKEN);
  g_assert_cmpstr (error->message, ==, message);
  g_clear_error (&error);

  g_assert_false (tandem_questionnaire_builder_check (builder, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_TAKEN,
                                                      t->store, &error));
  g_assert_cmpstr (error->message, ==, message);

  g_assert_cmpstr (tandem_questionnaire_get_title (questionnaire), ==, title);
  g_assert_cmpstr (tandem_questionnaire_get_definition (questionnaire), ==, definition);
  g_assert_cmpint (tandem_record_get_updated_at (TANDEM_RECORD (questionnaire)), ==, updated_at);
  g_assert_cmpint (updated_at_of (t, questionnaire), ==, updated_at);
}

static void
test_edit (void)
{
  g_autoptr(TandemQuestionnaireBuilder) builder = make_mood ("Mood-3");
  g_autoptr(TandemQuestionnaire) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  gint64 created_at;
  TestStore t;

  test_store_init (&t);
  _tandem_store_set_now (t.store, 1700000000000000);

  saved = tandem_questionnaire_builder_save (builder, t.store, &error);
  g_assert_no_error (error);
  uuid = g_strdup (tandem_record_get_uuid (TANDEM_RECORD (saved)));
  created_at = tandem_record_get_created_at (TANDEM_RECORD (saved));
  g_assert_cmpint (tandem_store_count_responses (t.store, "mood-3", &error), ==, 0);
  g_assert_no_error (error);

  /* Never taken: the scoring may change too; the record stays the same one. */
  {
    g_autoptr(TandemQuestionnaireBuilder) edit = make_edit (saved, 1u << 1 | 1u << 3, 3, NULL);
    g_autoptr(TandemQuestionnaire) edited = NULL;
    g_autoptr(TandemScaleRegistry) registry = NULL;
    TandemScale *scale;

    g_assert_true (tandem_questionnaire_builder_check (edit, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_TAKEN,
                                                       t.store, &error));
    g_assert_no_error (error);

    /* A refusal of another part leaves the record alone. */
    tandem_questionnaire_builder_add_band (edit, 12, 12, "Overlap");
    edited = tandem_questionnaire_builder_save (edit, t.store, &error);
    g_assert_error (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_BANDS);
    g_assert_null (edited);
    g_clear_error (&error);
    g_assert_cmpstr (tandem_questionnaire_get_title (saved), ==, "Weekly Mood Check");
    g_clear_object (&edit);

    edit = make_edit (saved, 1u << 1 | 1u << 3, 3, NULL);
    _tandem_store_set_now (t.store, 1700000001000000);
    edited = tandem_questionnaire_builder_save (edit, t.store, &error);
    g_assert_no_error (error);
    g_assert_true (edited == saved);
    g_assert_cmpstr (tandem_record_get_uuid (TANDEM_RECORD (edited)), ==, uuid);
    g_assert_cmpstr (tandem_questionnaire_get_code (edited), ==, "mood-3");
    g_assert_cmpstr (tandem_questionnaire_get_title (edited), ==, "Mood Check");
    g_assert_cmpint (tandem_record_get_created_at (TANDEM_RECORD (edited)), ==, created_at);
    g_assert_cmpint (tandem_record_get_updated_at (TANDEM_RECORD (edited)), ==, 1700000001000000);
    g_assert_cmpint (updated_at_of (&t, saved), ==, 1700000001000000);
    g_assert_cmpint (count_questionnaires (&t), ==, 1);

    registry = tandem_scale_registry_new (&error);
    g_assert_no_error (error);
    g_assert_true (tandem_scale_registry_load_custom (registry, t.store, &error));
    g_assert_no_error (error);
    scale = tandem_scale_registry_lookup (registry, "mood-3");
    g_assert_cmpstr (tandem_scale_get_name (scale), ==, "Mood Check");
    g_assert_cmpuint (tandem_scale_get_n_items (scale), ==, 4);
    g_assert_true (tandem_scale_get_item_reversed (scale, 3));
  }

  /* Taken three times. */
  {
    g_autoptr(TandemScaleRegistry) registry = tandem_scale_registry_new (&error);
    int answers[] = { 1, 2, 3, 0 };

    g_assert_true (tandem_scale_registry_load_custom (registry, t.store, &error));
    g_assert_no_error (error);
    for (guint i = 0; i < 3; i++)
      {
        g_autoptr(TandemResponse) response = NULL;
        g_autofree char *day = g_strdup_printf ("2026-03-0%u", i + 1);

        response = tandem_scale_save_response (tandem_scale_registry_lookup (registry, "mood-3"), t.store,
                                               t.owner_id, day, 1700000002000000 + i, answers,
                                               G_N_ELEMENTS (answers), NULL, &error);
        g_assert_no_error (error);
      }
    g_assert_cmpint (tandem_store_count_responses (t.store, "mood-3", &error), ==, 3);
    g_assert_cmpint (tandem_store_count_responses (t.store, "gad7", &error), ==, 0);
    g_assert_no_error (error);
  }

  /* Now the items, their reversal and the option values stay. */
  {
    g_autoptr(TandemQuestionnaireBuilder) edit = make_edit (saved, 1u << 1 | 1u << 3, 3, NULL);

    tandem_questionnaire_builder_add_item (edit, "Waking early", FALSE);
    tandem_questionnaire_builder_add_band (edit, 13, 15, "Top");
    expect_locked (&t, edit,
                   "It has been taken 3 times, so it must keep its 4 items: earlier totals are sums "
                   "of their answers. Its wording and bands can still change.");
  }
  {
    g_autoptr(TandemQuestionnaireBuilder) edit = make_edit (saved, 1u << 3, 3, NULL);

    expect_locked (&t, edit,
                   "It has been taken 3 times, so item 2 must stay reversed: earlier totals counted "
                   "it that way. Its wording and bands can still change.");
  }
  {
    g_autoptr(TandemQuestionnaireBuilder) edit = make_edit (saved, 1u << 0 | 1u << 1 | 1u << 3, 3, NULL);

    expect_locked (&t, edit,
                   "It has been taken 3 times, so item 1 cannot become reversed: earlier totals "
                   "counted it the other way. Its wording and bands can still change.");
  }
  {
    g_autoptr(TandemQuestionnaireBuilder) edit = make_edit (saved, 1u << 1 | 1u << 3, 4, NULL);

    expect_locked (&t, edit,
                   "It has been taken 3 times, so its response options must keep their values, in "
                   "order: 0, 1, 2, 3. Earlier answers are stored as these values. Their labels can "
                   "still change.");
  }

  /* The wording, option labels and bands may change. */
  {
    g_autoptr(TandemQuestionnaireBuilder) edit = make_edit (saved, 1u << 1 | 1u << 3, 3, "Mood Check, Reworded");
    g_autoptr(TandemQuestionnaire) edited = NULL;
    g_autoptr(TandemScaleRegistry) registry = NULL;
    const TandemScaleBand *bands;
    TandemScale *scale;
    guint n_bands;

    _tandem_store_set_now (t.store, 1700000003000000);
    edited = tandem_questionnaire_builder_save (edit, t.store, &error);
    g_assert_no_error (error);
    g_assert_cmpint (updated_at_of (&t, saved), ==, 1700000003000000);

    registry = tandem_scale_registry_new (&error);
    g_assert_true (tandem_scale_registry_load_custom (registry, t.store, &error));
    g_assert_no_error (error);
    scale = tandem_scale_registry_lookup (registry, "mood-3");
    g_assert_cmpstr (tandem_scale_get_name (scale), ==, "Mood Check, Reworded");
    g_assert_cmpstr (tandem_scale_get_item_text (scale, 0), ==, "Feeling low (reworded)");
    g_assert_cmpstr (tandem_scale_get_option_label (scale, 0), ==, "Never");
    bands = tandem_scale_get_bands (scale, &n_bands);
    g_assert_cmpuint (n_bands, ==, 3);
    g_assert_cmpstr (bands[0].label, ==, "Little");
    g_assert_cmpfloat (bands[0].max, ==, 3);
    g_assert_cmpint (tandem_store_count_responses (t.store, "mood-3", &error), ==, 3);
  }

  test_store_clear (&t);
}

static void
test_delete (void)
{
  g_autoptr(TandemQuestionnaireBuilder) first = make_mood ("Mood-3");
  g_autoptr(TandemQuestionnaireBuilder) second = make_mood ("Taken-3");
  g_autoptr(TandemQuestionnaire) unused = NULL;
  g_autoptr(TandemQuestionnaire) taken = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *sql = NULL;
  TestStore t;

  test_store_init (&t);

  unused = tandem_questionnaire_builder_save (first, t.store, &error);
  g_assert_no_error (error);
  taken = tandem_questionnaire_builder_save (second, t.store, &error);
  g_assert_no_error (error);
  uuid = g_strdup (tandem_record_get_uuid (TANDEM_RECORD (unused)));

  /* Taken once: it stays, and says why. */
  {
    g_autoptr(TandemScaleRegistry) registry = tandem_scale_registry_new (&error);
    g_autoptr(TandemQuestionnaireBuilder) edit = NULL;
    g_autoptr(TandemResponse) response = NULL;
    int answers[] = { 0, 1, 2 };

    g_assert_true (tandem_scale_registry_load_custom (registry, t.store, &error));
    response = tandem_scale_save_response (tandem_scale_registry_lookup (registry, "taken-3"), t.store,
                                           t.owner_id, "2026-03-01", 1700000002000000, answers,
                                           G_N_ELEMENTS (answers), NULL, &error);
    g_assert_no_error (error);

    edit = tandem_questionnaire_builder_new_for_questionnaire (taken, &error);
    g_assert_no_error (error);
    g_assert_false (tandem_questionnaire_builder_delete (edit, t.store, &error));
    g_assert_error (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_TAKEN);
    g_assert_cmpstr (error->message, ==,
                     "“Weekly Mood Check” has been taken 1 time, so it cannot be deleted: its "
                     "response would lose its questionnaire. Nothing was deleted.");
    g_clear_error (&error);
    g_assert_cmpint (count_questionnaires (&t), ==, 2);
    g_assert_true (tandem_record_is_stored (TANDEM_RECORD (taken)));
    g_assert_cmpint (test_count (&t, "SELECT COUNT(*) FROM tombstone WHERE entity = 'questionnaire'"), ==, 0);
  }

  /* Never taken, but a goal is measured by it and a reminder is for it. */
  {
    g_autoptr(TandemQuestionnaireBuilder) edit = tandem_questionnaire_builder_new_for_questionnaire (unused, &error);
    g_autoptr(TandemGoal) goal = tandem_goal_new (t.owner_id, TANDEM_FRAMEWORK_SMART, "Sleep better");
    g_autoptr(TandemReminder) reminder = NULL;

    g_assert_no_error (error);
    tandem_goal_set_measure_kind (goal, TANDEM_MEASURE_QUESTIONNAIRE);
    tandem_goal_set_instrument (goal, "mood-3");
    g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (goal), &error));
    g_assert_no_error (error);
    reminder = tandem_reminder_new (t.owner_id, TANDEM_REMINDER_KIND_QUESTIONNAIRE, TANDEM_RECURRENCE_DAILY,
                                    "20:00", "2026-03-01");
    tandem_reminder_set_target_uuid (reminder, uuid);
    g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (reminder), &error));
    g_assert_no_error (error);

    g_assert_false (tandem_questionnaire_builder_delete (edit, t.store, &error));
    g_assert_error (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_IN_USE);
    g_assert_cmpstr (error->message, ==,
                     "“Weekly Mood Check” cannot be deleted: it is used by 1 goal and 1 reminder. "
                     "Change those first, or delete them. Nothing was deleted.");
    g_clear_error (&error);

    g_assert_true (tandem_store_delete (t.store, TANDEM_RECORD (reminder), &error));
    g_assert_false (tandem_questionnaire_builder_delete (edit, t.store, &error));
    g_assert_cmpstr (error->message, ==,
                     "“Weekly Mood Check” cannot be deleted: it is used by 1 goal. Change those first, "
                     "or delete them. Nothing was deleted.");
    g_clear_error (&error);
    g_assert_true (tandem_store_delete (t.store, TANDEM_RECORD (goal), &error));
    g_assert_no_error (error);
    g_assert_cmpint (count_questionnaires (&t), ==, 2);
  }

  /* Never taken: deleted, with a tombstone for the other machine. */
  {
    g_autoptr(TandemQuestionnaireBuilder) edit = tandem_questionnaire_builder_new_for_questionnaire (unused, &error);

    g_assert_no_error (error);
    g_assert_true (tandem_questionnaire_builder_delete (edit, t.store, &error));
    g_assert_no_error (error);
    g_assert_false (tandem_record_is_stored (TANDEM_RECORD (unused)));
    g_assert_cmpint (count_questionnaires (&t), ==, 1);
    sql = g_strdup_printf ("SELECT COUNT(*) FROM tombstone WHERE entity = 'questionnaire' AND uuid = '%s'", uuid);
    g_assert_cmpint (test_count (&t, sql), ==, 1);
  }

  test_store_clear (&t);
}

/* Counting a questionnaire's responses goes through each client's index
 * entries, never the whole response table. */
static void
test_count_query_plan (void)
{
  g_autofree char *plan = NULL;
  TestStore t;

  test_store_init (&t);

  plan = test_query_plan (&t, _tandem_store_count_responses_get_sql ());
  g_test_message ("%s\n  → %s", _tandem_store_count_responses_get_sql (), plan);
  g_assert_nonnull (strstr (plan, "response_person_instrument_day (person_id=? AND instrument=?)"));
  g_assert_null (strstr (plan, "SCAN response"));

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
  g_test_add_func ("/questionnaire-builder/round-trip", test_round_trip);
  g_test_add_func ("/questionnaire-builder/edit", test_edit);
  g_test_add_func ("/questionnaire-builder/delete", test_delete);
  g_test_add_func ("/questionnaire-builder/count-query-plan", test_count_query_plan);

  return g_test_run ();
}
