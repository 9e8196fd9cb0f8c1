/* tandem-cli-questionnaire.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "tandem-cli-private.h"

/* Questionnaires ------------------------------------------------------------ */

/* Custom questionnaires live in a database: they are loaded when one is
 * named (--db or $TANDEM_DB), so scoring needs no database otherwise. */
static TandemScaleRegistry *
open_registry (CliContext   *context,
               TandemStore  *store,
               GError      **error)
{
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(TandemStore) opened = NULL;
  const char *env = g_getenv ("TANDEM_DB");

  if (!(registry = tandem_scale_registry_new (error)))
    return NULL;

  if (store == NULL && (context->db_path != NULL || (env != NULL && env[0] != '\0')))
    {
      if (!(opened = tandem_store_open (context->db_path, error)))
        return NULL;
      store = opened;
    }

  if (store != NULL && !tandem_scale_registry_load_custom (registry, store, error))
    return NULL;

  return g_steal_pointer (&registry);
}

/* "0,1,,3": option values in item order, an empty entry for a missing item. */
static int *
parse_answers (const char  *text,
               guint       *n_answers,
               GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  guint n = g_strv_length (parts);
  g_autofree int *answers = g_new (int, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *entry = g_strstrip (g_strdup (parts[i]));
      gint64 value;

      if (entry[0] == '\0')
        {
          answers[i] = TANDEM_INT_UNSET;
          continue;
        }

      if (!g_ascii_string_to_signed (entry, 10, -1000000, 1000000, &value, NULL) ||
          value == TANDEM_INT_UNSET)
        {
          g_set_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_ANSWERS,
                       _("Answer %u, “%s”, is not the value of an option."), i + 1, entry);
          return NULL;
        }
      answers[i] = (int) value;
    }

  *n_answers = n;
  return g_steal_pointer (&answers);
}

static gboolean
parse_score_value (const char *text,
                   double     *value)
{
  char *end = NULL;

  *value = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*value);
}

static void
add_number (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (builder, name);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else if (value == floor (value) && fabs (value) < 1e15)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_bool (JsonBuilder *builder,
          const char  *name,
          gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

static void
add_score_members (JsonBuilder            *builder,
                   const TandemScaleScore *score)
{
  add_string (builder, "scale", score->scale_id);
  add_number (builder, "total", score->total);
  add_number (builder, "score", score->score);
  add_string (builder, "band", score->band_id);
  add_string (builder, "band_label", score->band_label);
  add_bool (builder, "caseness", score->caseness);
  add_bool (builder, "caseness_defined", score->has_caseness);

  json_builder_set_member_name (builder, "flags");
  json_builder_begin_array (builder);
  if (score->flags & TANDEM_SCORE_FLAG_SAFETY)
    json_builder_add_string_value (builder, "safety");
  if (score->flags & TANDEM_SCORE_FLAG_LOW_ITEM)
    json_builder_add_string_value (builder, "low-item");
  if (score->flags & TANDEM_SCORE_FLAG_PRORATED)
    json_builder_add_string_value (builder, "prorated");
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "safety_item");
  if (score->safety_item > 0)
    json_builder_add_int_value (builder, score->safety_item);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "missing");
  json_builder_add_int_value (builder, score->n_missing);
}

static void
warn_about_safety (TandemScale            *scale,
                   const TandemScaleScore *score)
{
  g_autofree char *message = NULL;

  if (!(score->flags & TANDEM_SCORE_FLAG_SAFETY))
    return;

  /* Never silent, even in a script: the same guidance the app shows. */
  /* Translators: an item number, a questionnaire's short name and the
   * label of its first option ("Not at all"). */
  message = g_strdup_printf (_("Item %u of the %s was answered above “%s”. If you are thinking "
                               "about harming yourself, contact emergency services or a crisis "
                               "line now, and tell your therapist. This program is not monitored "
                               "and does not assess risk."),
                             score->safety_item, tandem_scale_get_short_name (scale),
                             tandem_scale_get_option_label (scale, 0));
  tandem_cli_print_error (message);
}

int
tandem_cli_command_score (CliContext  *context,
                          int          argc,
                          char       **argv)
{
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(TandemScaleScore) score = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree int *answers = NULL;
  TandemScale *scale;
  guint n_answers;
  int status;
  GOptionEntry entries[] = { { NULL } };

  if ((status = tandem_cli_parse_options ("score", _("SCALE ANSWERS"),
                                          _("Scores answers to a questionnaire and prints the result as JSON. "
                                            "ANSWERS are the values of the options chosen, in item order, "
                                            "separated by commas; leave an entry empty for an unanswered item."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 3)
    return tandem_cli_usage_error (_("“score” needs a questionnaire and the answers, for example "
                                     "“score phq9 0,1,2,3,0,1,2,3,0”."));

  if (!(registry = open_registry (context, NULL, &error)) ||
      !(scale = tandem_scale_registry_get (registry, argv[1], &error)) ||
      !(answers = parse_answers (argv[2], &n_answers, &error)) ||
      !(score = tandem_scale_score (scale, answers, n_answers, &error)))
    return tandem_cli_fail_with (error);

  json_builder_begin_object (builder);
  add_score_members (builder, score);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  tandem_cli_print_json (root);
  warn_about_safety (scale, score);
  tandem_cli_wake_reminders ();
  return TANDEM_CLI_OK;
}

static void
add_change_members (JsonBuilder             *builder,
                    TandemScale             *scale,
                    const TandemScaleChange *change)
{
  double threshold, reliability, sd;

  tandem_scale_get_reliable_change (scale, &threshold, &reliability, &sd);

  add_string (builder, "scale", tandem_scale_get_id (scale));
  add_number (builder, "before", change->before);
  add_number (builder, "after", change->after);
  add_number (builder, "change", change->change);
  json_builder_set_member_name (builder, "reliable");
  if (change->has_criterion)
    json_builder_add_boolean_value (builder, change->reliable);
  else
    json_builder_add_null_value (builder);
  add_string (builder, "direction", tandem_change_direction_to_string (change->direction));
  add_string (builder, "classification", tandem_change_class_to_string (change->classification));
  add_string (builder, "criterion", !isnan (threshold) ? "threshold"
                                  : !isnan (reliability) ? "jacobson-truax" : NULL);
  add_number (builder, "threshold", threshold);
  add_number (builder, "rci", change->rci);
}

int
tandem_cli_command_change (CliContext  *context,
                           int          argc,
                           char       **argv)
{
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  TandemScaleChange change;
  TandemScale *scale;
  double before, after, min, max;
  int status;
  GOptionEntry entries[] = { { NULL } };

  if ((status = tandem_cli_parse_options ("change", _("SCALE BEFORE AFTER"),
                                          _("Classifies the change between two scores of a questionnaire "
                                            "(the “score” value that the “score” command prints) and prints it as JSON."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 4)
    return tandem_cli_usage_error (_("“change” needs a questionnaire and two scores, for example "
                                     "“change phq9 18 9”."));

  if (!(registry = open_registry (context, NULL, &error)) ||
      !(scale = tandem_scale_registry_get (registry, argv[1], &error)))
    return tandem_cli_fail_with (error);

  tandem_scale_get_score_range (scale, &min, &max);
  if (!parse_score_value (argv[2], &before) || !parse_score_value (argv[3], &after) ||
      before < min || before > max || after < min || after > max)
    {
      g_autofree char *message =
        g_strdup_printf (_("Scores of the %s run from %g to %g; “%s” and “%s” are not both such scores."),
                         tandem_scale_get_short_name (scale), min, max, argv[2], argv[3]);

      tandem_cli_print_error (message);
      return TANDEM_CLI_FAILED;
    }

  tandem_scale_compare (scale, before, after, &change);

  json_builder_begin_object (builder);
  add_change_members (builder, scale, &change);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  tandem_cli_print_json (root);
  return TANDEM_CLI_OK;
}

int
tandem_cli_command_recovery (CliContext  *context,
                             int          argc,
                             char       **argv)
{
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  TandemPairedOutcome outcome;
  TandemScale *phq9, *gad7;
  double values[4];
  int status;
  GOptionEntry entries[] = { { NULL } };

  if ((status = tandem_cli_parse_options ("recovery", _("PHQ9_BEFORE GAD7_BEFORE PHQ9_AFTER GAD7_AFTER"),
                                          _("Classifies a course of treatment by its first and last PHQ-9 and "
                                            "GAD-7 scores as NHS Talking Therapies does, and prints it as JSON."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 5)
    return tandem_cli_usage_error (_("“recovery” needs four scores: PHQ-9 and GAD-7 at the start, "
                                     "then PHQ-9 and GAD-7 at the end."));

  if (!(registry = tandem_scale_registry_new (&error)) ||
      !(phq9 = tandem_scale_registry_get (registry, "phq9", &error)) ||
      !(gad7 = tandem_scale_registry_get (registry, "gad7", &error)))
    return tandem_cli_fail_with (error);

  for (guint i = 0; i < 4; i++)
    {
      TandemScale *scale = i % 2 == 0 ? phq9 : gad7;
      double min, max;

      tandem_scale_get_score_range (scale, &min, &max);
      if (!parse_score_value (argv[i + 1], &values[i]) || values[i] < min || values[i] > max)
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” is not a score of the %s, which runs from %g to %g."),
                             argv[i + 1], tandem_scale_get_short_name (scale), min, max);

          tandem_cli_print_error (message);
          return TANDEM_CLI_FAILED;
        }
    }

  tandem_scale_classify_pair (phq9, gad7, values[0], values[1], values[2], values[3], &outcome);

  json_builder_begin_object (builder);
  add_bool (builder, "case_before", outcome.case_before);
  add_bool (builder, "case_after", outcome.case_after);
  add_string (builder, "recovery", tandem_outcome_to_string (outcome.recovery));
  add_bool (builder, "reliable_improvement", outcome.reliable_improvement);
  add_bool (builder, "reliable_deterioration", outcome.reliable_deterioration);
  add_string (builder, "reliable_recovery", tandem_outcome_to_string (outcome.reliable_recovery));
  json_builder_set_member_name (builder, "phq9");
  json_builder_begin_object (builder);
  add_change_members (builder, phq9, &outcome.depression);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "gad7");
  json_builder_begin_object (builder);
  add_change_members (builder, gad7, &outcome.anxiety);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  tandem_cli_print_json (root);
  return TANDEM_CLI_OK;
}

static void
add_scale (JsonBuilder *builder,
           TandemScale *scale)
{
  const TandemScaleBand *bands;
  const char *op;
  double min, max, threshold, reliability, sd;
  guint n_bands;

  json_builder_begin_object (builder);
  add_string (builder, "id", tandem_scale_get_id (scale));
  add_string (builder, "short_name", tandem_scale_get_short_name (scale));
  add_string (builder, "name", tandem_scale_get_name (scale));
  add_bool (builder, "custom", tandem_scale_get_custom (scale));
  json_builder_set_member_name (builder, "items");
  json_builder_add_int_value (builder, tandem_scale_get_n_items (scale));
  json_builder_set_member_name (builder, "options");
  json_builder_begin_array (builder);
  for (guint i = 0; i < tandem_scale_get_n_options (scale); i++)
    json_builder_add_int_value (builder, tandem_scale_get_option_value (scale, i));
  json_builder_end_array (builder);
  tandem_scale_get_total_range (scale, &min, &max);
  add_number (builder, "total_min", min);
  add_number (builder, "total_max", max);
  tandem_scale_get_score_range (scale, &min, &max);
  add_number (builder, "score_min", min);
  add_number (builder, "score_max", max);
  add_bool (builder, "higher_is_better", tandem_scale_get_higher_is_better (scale));

  json_builder_set_member_name (builder, "bands");
  json_builder_begin_array (builder);
  bands = tandem_scale_get_bands (scale, &n_bands);
  for (guint i = 0; i < n_bands; i++)
    {
      json_builder_begin_object (builder);
      add_string (builder, "id", bands[i].id);
      add_number (builder, "min", bands[i].min);
      add_number (builder, "max", bands[i].max);
      add_string (builder, "label", bands[i].label);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "caseness");
  if (tandem_scale_get_caseness (scale, &op, &threshold))
    {
      json_builder_begin_object (builder);
      add_string (builder, "operator", op);
      add_number (builder, "threshold", threshold);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "reliable_change");
  if (tandem_scale_get_reliable_change (scale, &threshold, &reliability, &sd))
    {
      json_builder_begin_object (builder);
      if (!isnan (threshold))
        add_number (builder, "threshold", threshold);
      else
        {
          add_number (builder, "reliability", reliability);
          add_number (builder, "sd", sd);
        }
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "safety_items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < tandem_scale_get_n_items (scale); i++)
    if (tandem_scale_is_safety_item (scale, i))
      json_builder_add_int_value (builder, i + 1);
  json_builder_end_array (builder);
  add_string (builder, "attribution", tandem_scale_get_attribution (scale));
  json_builder_end_object (builder);
}

static int
questionnaire_list (CliContext  *context,
                    int          argc,
                    char       **argv)
{
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  GListModel *scales;
  int status;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  if ((status = tandem_cli_parse_options ("questionnaire list", NULL,
                                          _("Lists the built-in questionnaires, and the custom ones of the "
                                            "database when one is named."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“questionnaire list” takes no arguments, but got “%s”."), argv[1]);

  if (!(registry = open_registry (context, NULL, &error)))
    return tandem_cli_fail_with (error);

  scales = tandem_scale_registry_get_scales (registry);
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (scales); i++)
        {
          g_autoptr(TandemScale) scale = g_list_model_get_item (scales, i);

          add_scale (builder, scale);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      tandem_cli_print_json (root);
    }
  else
    {
      for (guint i = 0; i < g_list_model_get_n_items (scales); i++)
        {
          g_autoptr(TandemScale) scale = g_list_model_get_item (scales, i);

          g_print ("%-8s %-8s %s\n", tandem_scale_get_id (scale),
                   tandem_scale_get_short_name (scale), tandem_scale_get_name (scale));
        }
    }

  return TANDEM_CLI_OK;
}

static int
questionnaire_take (CliContext  *context,
                    int          argc,
                    char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemResponse) response = NULL;
  g_autoptr(TandemScaleScore) score = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *person_text = NULL;
  g_autofree char *day = NULL;
  g_autofree int *answers = NULL;
  TandemScale *scale;
  guint n_answers;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person_text,
      N_("Who answered: the person’s id or UUID (required)"), N_("PERSON") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &day,
      N_("The date the answers are about, YYYY-MM-DD (default: today)"), N_("DATE") },
    { NULL }
  };

  if ((status = tandem_cli_parse_options ("questionnaire take", _("SCALE ANSWERS"),
                                          _("Scores answers to a questionnaire and stores them for a person, "
                                            "then prints the result as JSON."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 3)
    return tandem_cli_usage_error (_("“questionnaire take” needs a questionnaire and the answers."));
  if (person_text == NULL)
    return tandem_cli_usage_error (_("“questionnaire take” needs --person."));
  if (day != NULL && !tandem_date_is_valid (day))
    return tandem_cli_usage_error (_("“%s” is not a date in the form YYYY-MM-DD."), day);

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(registry = open_registry (context, store, &error)) ||
      !(person = tandem_cli_find_person (store, person_text, &error)) ||
      !(scale = tandem_scale_registry_get (registry, argv[1], &error)) ||
      !(answers = parse_answers (argv[2], &n_answers, &error)))
    return tandem_cli_fail_with (error);

  response = tandem_scale_save_response (scale, store,
                                         tandem_record_get_id (TANDEM_RECORD (person)),
                                         day, 0, answers, n_answers, &score, &error);
  if (response == NULL)
    return tandem_cli_fail_with (error);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, tandem_record_get_id (TANDEM_RECORD (response)));
  add_string (builder, "uuid", tandem_record_get_uuid (TANDEM_RECORD (response)));
  json_builder_set_member_name (builder, "person");
  json_builder_add_int_value (builder, tandem_record_get_id (TANDEM_RECORD (person)));
  add_string (builder, "day", tandem_response_get_day (response));
  add_score_members (builder, score);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  tandem_cli_print_json (root);
  warn_about_safety (scale, score);
  return TANDEM_CLI_OK;
}

/* Deletes a custom questionnaire nobody has taken and nothing uses; the
 * core refuses otherwise and says why. */
static int
questionnaire_delete (CliContext  *context,
                      int          argc,
                      char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GListStore) stored = NULL;
  g_autoptr(TandemQuestionnaireBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  GOptionEntry entries[] = {
    { NULL }
  };

  if ((status = tandem_cli_parse_options ("questionnaire delete", _("CODE"),
                                          _("Deletes a custom questionnaire that nobody has taken and no "
                                            "goal or reminder uses."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return tandem_cli_usage_error (_("“questionnaire delete” needs the code of one custom questionnaire."));

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(stored = tandem_store_list_questionnaires (store, &error)))
    return tandem_cli_fail_with (error);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (stored)) && builder == NULL; i++)
    {
      g_autoptr(TandemQuestionnaire) questionnaire = g_list_model_get_item (G_LIST_MODEL (stored), i);

      if (g_str_equal (tandem_questionnaire_get_code (questionnaire), argv[1]))
        {
          builder = tandem_questionnaire_builder_new ();
          tandem_questionnaire_builder_set_questionnaire (builder, questionnaire);
        }
    }
  if (builder == NULL)
    {
      g_set_error (&error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                   _("There is no custom questionnaire “%s” in this database."), argv[1]);
      return tandem_cli_fail_with (error);
    }

  if (!tandem_questionnaire_builder_delete (builder, store, &error))
    return tandem_cli_fail_with (error);

  return TANDEM_CLI_OK;
}

int
tandem_cli_command_questionnaire (CliContext  *context,
                                  int          argc,
                                  char       **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return questionnaire_list (context, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "take"))
    return questionnaire_take (context, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "delete"))
    return questionnaire_delete (context, argc - 1, argv + 1);

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      g_print ("%s\n\n  list    %s\n  take    %s\n  delete  %s\n",
               _("Usage: tandem-cli questionnaire list|take|delete [OPTIONS…]"),
               _("List the questionnaires"),
               _("Score and store a person’s answers"),
               _("Delete a custom questionnaire nobody has taken"));
      return TANDEM_CLI_OK;
    }

  return tandem_cli_usage_error (_("“questionnaire” needs “list”, “take” or “delete”."));
}

static int
response_list (CliContext  *context,
               int          argc,
               char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GListStore) responses = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *person_text = NULL;
  g_autofree char *instrument = NULL;
  gboolean json = FALSE;
  guint n;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person_text,
      N_("Whose responses: the person’s id or UUID (required)"), N_("PERSON") },
    { "scale", 0, 0, G_OPTION_ARG_STRING, &instrument,
      N_("Only this questionnaire"), N_("SCALE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  if ((status = tandem_cli_parse_options ("response list", NULL,
                                          _("Lists a person’s questionnaire responses by date."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“response list” takes no arguments, but got “%s”."), argv[1]);
  if (person_text == NULL)
    return tandem_cli_usage_error (_("“response list” needs --person."));

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(person = tandem_cli_find_person (store, person_text, &error)) ||
      !(responses = tandem_store_list_responses (store,
                                                 tandem_record_get_id (TANDEM_RECORD (person)),
                                                 instrument, NULL, NULL, &error)))
    return tandem_cli_fail_with (error);

  n = g_list_model_get_n_items (G_LIST_MODEL (responses));
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TandemResponse) response = g_list_model_get_item (G_LIST_MODEL (responses), i);
          g_autofree char *taken_at = tandem_cli_format_instant (tandem_response_get_taken_at (response));
          const int *answers;
          guint n_answers;

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, tandem_record_get_id (TANDEM_RECORD (response)));
          add_string (builder, "uuid", tandem_record_get_uuid (TANDEM_RECORD (response)));
          add_string (builder, "scale", tandem_response_get_instrument (response));
          add_string (builder, "day", tandem_response_get_day (response));
          add_string (builder, "taken_at", taken_at);
          add_number (builder, "score", tandem_response_get_total (response));
          add_string (builder, "band", tandem_response_get_band (response));
          add_bool (builder, "safety_flag", tandem_response_get_safety_flag (response));
          json_builder_set_member_name (builder, "answers");
          json_builder_begin_array (builder);
          answers = tandem_response_get_answers (response, &n_answers);
          for (guint a = 0; a < n_answers; a++)
            if (answers[a] == TANDEM_INT_UNSET)
              json_builder_add_null_value (builder);
            else
              json_builder_add_int_value (builder, answers[a]);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      tandem_cli_print_json (root);
    }
  else
    {
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TandemResponse) response = g_list_model_get_item (G_LIST_MODEL (responses), i);
          const char *band = tandem_response_get_band (response);

          g_print ("%s  %-6s %4g  %s%s\n", tandem_response_get_day (response),
                   tandem_response_get_instrument (response),
                   tandem_response_get_total (response), band ? band : "",
                   tandem_response_get_safety_flag (response) ? "  !" : "");
        }
    }

  return TANDEM_CLI_OK;
}

int
tandem_cli_command_response (CliContext  *context,
                             int          argc,
                             char       **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return response_list (context, argc - 1, argv + 1);

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      g_print ("%s\n\n  list  %s\n", _("Usage: tandem-cli response list [OPTIONS…]"),
               _("List a person’s questionnaire responses"));
      return TANDEM_CLI_OK;
    }

  return tandem_cli_usage_error (_("“response” needs “list”."));
}
