/* tandem-cli.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tandem-cli-private.h"

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

  if ((status = tandem_cli_parse_options ("init", NULL,
                                          _("Creates the database, or upgrades an older one, and prints where it is."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“init” takes no arguments, but got “%s”."), argv[1]);

  if (!(store = tandem_store_open (context->db_path, &error)))
    return tandem_cli_fail_with (error);

  owner = tandem_store_dup_owner (store, &error);
  if (error != NULL)
    return tandem_cli_fail_with (error);

  if (owner == NULL && name != NULL)
    {
      owner = tandem_person_new (name, TANDEM_PERSON_ROLE_OWNER);
      if (!tandem_store_insert (store, TANDEM_RECORD (owner), &error))
        return tandem_cli_fail_with (error);
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
  { "goal-attainment", tandem_goal_attainment_get_type },
  { "goal-draft", tandem_goal_draft_get_type },
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

  if ((status = tandem_cli_parse_options ("stats", NULL,
                                          _("Prints how many records of each kind the database holds, as JSON."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“stats” takes no arguments, but got “%s”."), argv[1]);

  if (!(store = tandem_store_open (context->db_path, &error)))
    return tandem_cli_fail_with (error);

  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      if ((count = tandem_store_count (store, entities[i].get_type (), &error)) < 0)
        return tandem_cli_fail_with (error);

      json_builder_set_member_name (builder, entities[i].name);
      json_builder_add_int_value (builder, count);
    }

  if ((count = tandem_store_count_tombstones (store, &error)) < 0)
    return tandem_cli_fail_with (error);
  json_builder_set_member_name (builder, "tombstone");
  json_builder_add_int_value (builder, count);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  tandem_cli_print_json (root);
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

  if ((status = tandem_cli_parse_options ("demo", NULL,
                                          _("Fills an empty database with realistic example data."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“demo” takes no arguments, but got “%s”."), argv[1]);

  if (profile == NULL || g_str_equal (profile, "client"))
    options.profile = TANDEM_DEMO_PROFILE_CLIENT;
  else if (g_str_equal (profile, "therapist"))
    options.profile = TANDEM_DEMO_PROFILE_THERAPIST;
  else
    return tandem_cli_usage_error (_("Unknown profile “%s”: use “client” or “therapist”."), profile);

  if (clients == 0 || clients < -1 || clients > 100000)
    return tandem_cli_usage_error (_("--clients must be between 1 and 100000."));
  if (years == 0 || years < -1 || years > 50)
    return tandem_cli_usage_error (_("--years must be between 1 and 50."));
  if (seed < 0)
    return tandem_cli_usage_error (_("--seed must not be negative."));
  if (today != NULL && !tandem_date_is_valid (today))
    return tandem_cli_usage_error (_("“%s” is not a date in the form YYYY-MM-DD."), today);

  options.clients = clients > 0 ? clients : 12;
  options.years = years > 0 ? years : 0;
  options.seed = seed;
  options.today = today;

  if (!(store = tandem_store_open (context->db_path, &error)))
    return tandem_cli_fail_with (error);

  if ((persons = tandem_store_count (store, TANDEM_TYPE_PERSON, &error)) < 0)
    return tandem_cli_fail_with (error);
  if (persons > 0)
    {
      tandem_cli_print_error (_("The database already holds data; “demo” only fills an empty one. "
                                "Nothing was changed."));
      return TANDEM_CLI_FAILED;
    }

  started = g_get_monotonic_time ();
  if (!tandem_demo_fill (store, &options, &error))
    return tandem_cli_fail_with (error);

  g_printerr (_("Demo data written in %.1f s.\n"),
              (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  return TANDEM_CLI_OK;
}

/* Dispatch ---------------------------------------------------------------- */

static const Command commands[] = {
  { "init", command_init, N_("Create or upgrade the database") },
  { "stats", command_stats, N_("Count the records in the database (JSON)") },
  { "demo", command_demo, N_("Fill an empty database with example data") },
  { "goal", tandem_cli_command_goal, N_("Add, list and show goals and their history") },
  { "reminder", tandem_cli_command_reminder, N_("Add, list and preview reminders") },
  { "checkin", tandem_cli_command_checkin, N_("Add, list, delete or import check-ins") },
  { "homework", tandem_cli_command_homework, N_("Assign, list, complete or delete homework") },
  { "clients", tandem_cli_command_clients, N_("List a therapist’s clients, flagged first (JSON)") },
  { "calendar", tandem_cli_command_calendar, N_("Print one month of the calendar (JSON)") },
  { "overview", tandem_cli_command_overview, N_("Print what happened since the last session (JSON)") },
  { "score", tandem_cli_command_score, N_("Score answers to a questionnaire (JSON)") },
  { "change", tandem_cli_command_change, N_("Classify the change between two scores (JSON)") },
  { "recovery", tandem_cli_command_recovery, N_("Recovery by PHQ-9 and GAD-7, as NHS Talking Therapies defines it (JSON)") },
  { "questionnaire", tandem_cli_command_questionnaire, N_("List questionnaires, or store a person’s answers") },
  { "response", tandem_cli_command_response, N_("List a person’s questionnaire responses") },
  { "export", tandem_cli_command_export, N_("Write a person’s records to a bundle or CSV file") },
  { "import", tandem_cli_command_import, N_("Merge a bundle into the database (JSON)") },
  { "report", tandem_cli_command_report, N_("Write a person’s progress report for a period as PDF") },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: tandem-cli [--db PATH] COMMAND [OPTIONS…]"));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
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
            return tandem_cli_usage_error (_("--db needs the path of a database file."));
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
          return tandem_cli_usage_error (_("Unknown option “%s”. See “tandem-cli --help”."), argv[i]);
        }
    }

  if (context.db_path != NULL && context.db_path[0] == '\0')
    return tandem_cli_usage_error (_("--db needs the path of a database file."));

  if (i >= argc)
    {
      print_usage (stderr);
      return TANDEM_CLI_USAGE;
    }

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    if (g_str_equal (argv[i], commands[c].name))
      return commands[c].func (&context, argc - i, argv + i);

  return tandem_cli_usage_error (_("Unknown command “%s”. See “tandem-cli --help”."), argv[i]);
}
