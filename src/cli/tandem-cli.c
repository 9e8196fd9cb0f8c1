/* tandem-cli.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tandem-cli.h"
#include "tandem-core.h"

typedef struct
{
  const char *db_path;  /* NULL: the default location */
} CliContext;

typedef int (*CommandFunc) (CliContext  *context,
                            int          argc,
                            char       **argv);

typedef struct
{
  const char  *name;
  CommandFunc  func;
  const char  *summary;  /* N_() */
} Command;

static void
print_error (const char *message)
{
  g_printerr ("tandem-cli: %s\n", message);
}

G_GNUC_PRINTF (1, 2)
static int
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  print_error (message);
  return TANDEM_CLI_USAGE;
}

static int
fail_with (GError *error)
{
  print_error (error->message);
  return TANDEM_CLI_FAILED;
}

/* Parses a command's options; returns -1 to go on, or the exit status. */
static int
parse_options (const char    *command,
               const char    *parameters,
               const char    *description,
               GOptionEntry  *entries,
               int           *argc,
               char        ***argv)
{
  g_autoptr(GOptionContext) option_context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *full = g_strdup_printf ("%s%s%s", command, parameters ? " " : "",
                                           parameters ? parameters : "");

  option_context = g_option_context_new (full);
  g_option_context_set_summary (option_context, description);
  g_option_context_add_main_entries (option_context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (option_context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (option_context, argc, argv, &error))
    return usage_error ("%s", error->message);

  return -1;
}

static void
print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* init -------------------------------------------------------------------- */

static int
command_init (CliContext  *context,
              int          argc,
              char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  int status;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name,
      N_("Create the owner of the database with this name"), N_("NAME") },
    { NULL }
  };

  if ((status = parse_options ("init", NULL,
                               _("Creates the database, or upgrades an older one, and prints where it is."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return usage_error (_("“init” takes no arguments, but got “%s”."), argv[1]);

  if (!(store = tandem_store_open (context->db_path, &error)))
    return fail_with (error);

  owner = tandem_store_dup_owner (store, &error);
  if (error != NULL)
    return fail_with (error);

  if (owner == NULL && name != NULL)
    {
      owner = tandem_person_new (name, TANDEM_PERSON_ROLE_OWNER);
      if (!tandem_store_insert (store, TANDEM_RECORD (owner), &error))
        return fail_with (error);
    }

  g_print ("%s\n", tandem_store_get_path (store));
  return TANDEM_CLI_OK;
}

/* stats ------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  GType     (*get_type) (void);
} Entity;

static const Entity entities[] = {
  { "person", tandem_person_get_type },
  { "goal", tandem_goal_get_type },
  { "goal-revision", tandem_goal_revision_get_type },
  { "strategy", tandem_strategy_get_type },
  { "check-in", tandem_check_in_get_type },
  { "rest-day", tandem_rest_day_get_type },
  { "homework", tandem_homework_get_type },
  { "questionnaire", tandem_questionnaire_get_type },
  { "response", tandem_response_get_type },
  { "reminder", tandem_reminder_get_type },
  { "reminder-firing", tandem_reminder_firing_get_type },
  { "therapy-session", tandem_therapy_session_get_type },
};

static int
command_stats (CliContext  *context,
               int          argc,
               char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  gboolean json = TRUE;
  gint64 count;
  int status;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (the default)"), NULL },
    { NULL }
  };

  if ((status = parse_options ("stats", NULL,
                               _("Prints how many records of each kind the database holds, as JSON."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return usage_error (_("“stats” takes no arguments, but got “%s”."), argv[1]);

  if (!(store = tandem_store_open (context->db_path, &error)))
    return fail_with (error);

  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      if ((count = tandem_store_count (store, entities[i].get_type (), &error)) < 0)
        return fail_with (error);

      json_builder_set_member_name (builder, entities[i].name);
      json_builder_add_int_value (builder, count);
    }

  if ((count = tandem_store_count_tombstones (store, &error)) < 0)
    return fail_with (error);
  json_builder_set_member_name (builder, "tombstone");
  json_builder_add_int_value (builder, count);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  print_json (root);
  return TANDEM_CLI_OK;
}

/* demo -------------------------------------------------------------------- */

static int
command_demo (CliContext  *context,
              int          argc,
              char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *today = NULL;
  int clients = -1, years = -1, seed = 1;
  TandemDemoOptions options = { 0 };
  gint64 persons;
  gint64 started;
  int status;
  GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile,
      N_("Whose data: “client” (one person, the default) or “therapist” (a caseload)"),
      N_("PROFILE") },
    { "clients", 0, 0, G_OPTION_ARG_INT, &clients,
      N_("How many clients the therapist has (default 12)"), N_("N") },
    { "years", 0, 0, G_OPTION_ARG_INT, &years,
      N_("Years of history (default: 5 months for a client, 1 year for a therapist)"), N_("Y") },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed,
      N_("Seed of the generator: the same seed gives the same data (default 1)"), N_("S") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today,
      N_("Pretend today is this date, YYYY-MM-DD"), N_("DATE") },
    { NULL }
  };

  if ((status = parse_options ("demo", NULL,
                               _("Fills an empty database with realistic example data."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return usage_error (_("“demo” takes no arguments, but got “%s”."), argv[1]);

  if (profile == NULL || g_str_equal (profile, "client"))
    options.profile = TANDEM_DEMO_PROFILE_CLIENT;
  else if (g_str_equal (profile, "therapist"))
    options.profile = TANDEM_DEMO_PROFILE_THERAPIST;
  else
    return usage_error (_("Unknown profile “%s”: use “client” or “therapist”."), profile);

  if (clients == 0 || clients < -1 || clients > 100000)
    return usage_error (_("--clients must be between 1 and 100000."));
  if (years == 0 || years < -1 || years > 50)
    return usage_error (_("--years must be between 1 and 50."));
  if (seed < 0)
    return usage_error (_("--seed must not be negative."));
  if (today != NULL && !tandem_date_is_valid (today))
    return usage_error (_("“%s” is not a date in the form YYYY-MM-DD."), today);

  options.clients = clients > 0 ? clients : 12;
  options.years = years > 0 ? years : 0;
  options.seed = seed;
  options.today = today;

  if (!(store = tandem_store_open (context->db_path, &error)))
    return fail_with (error);

  if ((persons = tandem_store_count (store, TANDEM_TYPE_PERSON, &error)) < 0)
    return fail_with (error);
  if (persons > 0)
    {
      print_error (_("The database already holds data; “demo” only fills an empty one. "
                     "Nothing was changed."));
      return TANDEM_CLI_FAILED;
    }

  started = g_get_monotonic_time ();
  if (!tandem_demo_fill (store, &options, &error))
    return fail_with (error);

  g_printerr (_("Demo data written in %.1f s.\n"),
              (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  return TANDEM_CLI_OK;
}

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
  print_error (message);
}

static int
command_score (CliContext  *context,
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

  if ((status = parse_options ("score", _("SCALE ANSWERS"),
                               _("Scores answers to a questionnaire and prints the result as JSON. "
                                 "ANSWERS are the values of the options chosen, in item order, "
                                 "separated by commas; leave an entry empty for an unanswered item."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 3)
    return usage_error (_("“score” needs a questionnaire and the answers, for example "
                          "“score phq9 0,1,2,3,0,1,2,3,0”."));

  if (!(registry = open_registry (context, NULL, &error)) ||
      !(scale = tandem_scale_registry_get (registry, argv[1], &error)) ||
      !(answers = parse_answers (argv[2], &n_answers, &error)) ||
      !(score = tandem_scale_score (scale, answers, n_answers, &error)))
    return fail_with (error);

  json_builder_begin_object (builder);
  add_score_members (builder, score);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  print_json (root);
  warn_about_safety (scale, score);
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

static int
command_change (CliContext  *context,
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

  if ((status = parse_options ("change", _("SCALE BEFORE AFTER"),
                               _("Classifies the change between two scores of a questionnaire "
                                 "(the “score” that “score” prints) and prints it as JSON."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 4)
    return usage_error (_("“change” needs a questionnaire and two scores, for example "
                          "“change phq9 18 9”."));

  if (!(registry = open_registry (context, NULL, &error)) ||
      !(scale = tandem_scale_registry_get (registry, argv[1], &error)))
    return fail_with (error);

  tandem_scale_get_score_range (scale, &min, &max);
  if (!parse_score_value (argv[2], &before) || !parse_score_value (argv[3], &after) ||
      before < min || before > max || after < min || after > max)
    {
      g_autofree char *message =
        g_strdup_printf (_("Scores of the %s run from %g to %g; “%s” and “%s” are not both such scores."),
                         tandem_scale_get_short_name (scale), min, max, argv[2], argv[3]);

      print_error (message);
      return TANDEM_CLI_FAILED;
    }

  tandem_scale_compare (scale, before, after, &change);

  json_builder_begin_object (builder);
  add_change_members (builder, scale, &change);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  print_json (root);
  return TANDEM_CLI_OK;
}

static int
command_recovery (CliContext  *context,
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

  if ((status = parse_options ("recovery", _("PHQ9_BEFORE GAD7_BEFORE PHQ9_AFTER GAD7_AFTER"),
                               _("Classifies a course of treatment by its first and last PHQ-9 and "
                                 "GAD-7 scores as NHS Talking Therapies does, and prints it as JSON."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 5)
    return usage_error (_("“recovery” needs four scores: PHQ-9 and GAD-7 at the start, "
                          "then PHQ-9 and GAD-7 at the end."));

  if (!(registry = tandem_scale_registry_new (&error)) ||
      !(phq9 = tandem_scale_registry_get (registry, "phq9", &error)) ||
      !(gad7 = tandem_scale_registry_get (registry, "gad7", &error)))
    return fail_with (error);

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

          print_error (message);
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
  print_json (root);
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

  if ((status = parse_options ("questionnaire list", NULL,
                               _("Lists the built-in questionnaires, and the custom ones of the "
                                 "database when one is named."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return usage_error (_("“questionnaire list” takes no arguments, but got “%s”."), argv[1]);

  if (!(registry = open_registry (context, NULL, &error)))
    return fail_with (error);

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
      print_json (root);
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

/* A person by row id (digits only) or by UUID. */
static TandemPerson *
find_person (TandemStore  *store,
             const char   *text,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  TandemPerson *person;
  guint64 id;

  if (g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &id, NULL))
    person = tandem_store_get (store, TANDEM_TYPE_PERSON, (gint64) id, &local_error);
  else
    person = tandem_store_get_by_uuid (store, TANDEM_TYPE_PERSON, text, &local_error);

  if (person == NULL)
    {
      if (g_error_matches (local_error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
        g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                     _("There is no person “%s” in this database; give a person’s number or UUID."),
                     text);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
    }

  return person;
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
      N_("Who answered: the person’s number or UUID (required)"), N_("PERSON") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &day,
      N_("The date the answers are about, YYYY-MM-DD (default: today)"), N_("DATE") },
    { NULL }
  };

  if ((status = parse_options ("questionnaire take", _("SCALE ANSWERS"),
                               _("Scores answers to a questionnaire and stores them for a person, "
                                 "then prints the result as JSON."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 3)
    return usage_error (_("“questionnaire take” needs a questionnaire and the answers."));
  if (person_text == NULL)
    return usage_error (_("“questionnaire take” needs --person."));
  if (day != NULL && !tandem_date_is_valid (day))
    return usage_error (_("“%s” is not a date in the form YYYY-MM-DD."), day);

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(registry = open_registry (context, store, &error)) ||
      !(person = find_person (store, person_text, &error)) ||
      !(scale = tandem_scale_registry_get (registry, argv[1], &error)) ||
      !(answers = parse_answers (argv[2], &n_answers, &error)))
    return fail_with (error);

  response = tandem_scale_save_response (scale, store,
                                         tandem_record_get_id (TANDEM_RECORD (person)),
                                         day, 0, answers, n_answers, &score, &error);
  if (response == NULL)
    return fail_with (error);

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
  print_json (root);
  warn_about_safety (scale, score);
  return TANDEM_CLI_OK;
}

static int
command_questionnaire (CliContext  *context,
                       int          argc,
                       char       **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return questionnaire_list (context, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "take"))
    return questionnaire_take (context, argc - 1, argv + 1);

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      g_print ("%s\n\n  list  %s\n  take  %s\n",
               _("Usage: tandem-cli questionnaire list|take [OPTIONS…]"),
               _("List the questionnaires"),
               _("Score and store a person’s answers"));
      return TANDEM_CLI_OK;
    }

  return usage_error (_("“questionnaire” needs “list” or “take”."));
}

static char *
format_instant (gint64 us)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);

  return time != NULL ? g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ") : NULL;
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
      N_("Whose responses: the person’s number or UUID (required)"), N_("PERSON") },
    { "scale", 0, 0, G_OPTION_ARG_STRING, &instrument,
      N_("Only this questionnaire"), N_("SCALE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  if ((status = parse_options ("response list", NULL,
                               _("Lists a person’s questionnaire responses by date."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return usage_error (_("“response list” takes no arguments, but got “%s”."), argv[1]);
  if (person_text == NULL)
    return usage_error (_("“response list” needs --person."));

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(person = find_person (store, person_text, &error)) ||
      !(responses = tandem_store_list_responses (store,
                                                 tandem_record_get_id (TANDEM_RECORD (person)),
                                                 instrument, NULL, NULL, &error)))
    return fail_with (error);

  n = g_list_model_get_n_items (G_LIST_MODEL (responses));
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TandemResponse) response = g_list_model_get_item (G_LIST_MODEL (responses), i);
          g_autofree char *taken_at = format_instant (tandem_response_get_taken_at (response));
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
      print_json (root);
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

static int
command_response (CliContext  *context,
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

  return usage_error (_("“response” needs “list”."));
}

/* Dispatch ---------------------------------------------------------------- */

static const Command commands[] = {
  { "init", command_init, N_("Create or upgrade the database") },
  { "stats", command_stats, N_("Count the records in the database (JSON)") },
  { "demo", command_demo, N_("Fill an empty database with example data") },
  { "score", command_score, N_("Score answers to a questionnaire (JSON)") },
  { "change", command_change, N_("Classify the change between two scores (JSON)") },
  { "recovery", command_recovery, N_("Recovery by PHQ-9 and GAD-7, as NHS Talking Therapies defines it (JSON)") },
  { "questionnaire", command_questionnaire, N_("List questionnaires, or store a person’s answers") },
  { "response", command_response, N_("List a person’s questionnaire responses") },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: tandem-cli [--db PATH] COMMAND [OPTIONS…]"));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-14s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Options:"));
  fprintf (out, "  %-10s %s\n", "--db PATH",
           _("The database (default: $TANDEM_DB, or ~/.local/share/tandem/tandem.db)"));
  fprintf (out, "  %-10s %s\n", "--version", _("Print the version"));
  fprintf (out, "\n%s\n", _("“tandem-cli COMMAND --help” describes a command."));
}

/**
 * tandem_cli_run:
 *
 * Runs `tandem-cli [--db PATH] COMMAND [OPTIONS]`.
 *
 * Returns: the exit status: 0 on success, 1 on failure, 2 on bad usage
 */
int
tandem_cli_run (int    argc,
                char **argv)
{
  CliContext context = { NULL };
  int i = 1;

  /* Global options come before the command. */
  while (i < argc && argv[i][0] == '-')
    {
      if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          print_usage (stdout);
          return TANDEM_CLI_OK;
        }
      else if (g_str_equal (argv[i], "--version"))
        {
          g_print ("tandem-cli %s\n", PACKAGE_VERSION);
          return TANDEM_CLI_OK;
        }
      else if (g_str_equal (argv[i], "--db"))
        {
          if (i + 1 >= argc)
            return usage_error (_("--db needs the path of a database file."));
          context.db_path = argv[i + 1];
          i += 2;
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        {
          context.db_path = argv[i] + strlen ("--db=");
          i++;
        }
      else
        {
          return usage_error (_("Unknown option “%s”. See “tandem-cli --help”."), argv[i]);
        }
    }

  if (context.db_path != NULL && context.db_path[0] == '\0')
    return usage_error (_("--db needs the path of a database file."));

  if (i >= argc)
    {
      print_usage (stderr);
      return TANDEM_CLI_USAGE;
    }

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    if (g_str_equal (argv[i], commands[c].name))
      return commands[c].func (&context, argc - i, argv + i);

  return usage_error (_("Unknown command “%s”. See “tandem-cli --help”."), argv[i]);
}
