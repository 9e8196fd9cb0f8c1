/* tandem-cli.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-cli"

#include "config.h"

#include <gio/gunixinputstream.h>
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

/* goal -------------------------------------------------------------------- */

/* A person by row id or by UUID. */
static TandemPerson *
find_person (TandemStore  *store,
             const char   *text,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  TandemPerson *person = NULL;
  gint64 id;

  if (g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &id, NULL))
    person = tandem_store_get (store, TANDEM_TYPE_PERSON, id, &local_error);
  else
    person = tandem_store_get_by_uuid (store, TANDEM_TYPE_PERSON, text, &local_error);

  if (person == NULL)
    {
      if (g_error_matches (local_error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
        g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                     _("There is no person with the id or UUID “%s”."), text);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
    }

  return person;
}

static TandemGoal *
find_goal (TandemStore  *store,
           const char   *text,
           GError      **error)
{
  gint64 id;
  TandemGoal *goal;

  if (!g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &id, NULL))
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                   _("“%s” is not a goal id."), text);
      return NULL;
    }

  goal = tandem_store_get (store, TANDEM_TYPE_GOAL, id, error);
  if (goal == NULL && error != NULL &&
      g_error_matches (*error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
    {
      g_clear_error (error);
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                   _("There is no goal with the id %s."), text);
    }

  return goal;
}

static char *
format_instant (gint64 us)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;

  return local ? g_date_time_format_iso8601 (local) : NULL;
}

/* The record's fields, with its row id first. */
static JsonNode *
record_to_json_node (TandemRecord *record)
{
  JsonObject *object = tandem_record_to_json (record);
  JsonNode *node = json_node_alloc ();

  json_object_set_int_member (object, "id", tandem_record_get_id (record));
  return json_node_init_object (node, object);
}

static JsonNode *
goal_to_json_node (TandemGoal *goal)
{
  JsonNode *node = record_to_json_node (TANDEM_RECORD (goal));
  JsonObject *object = json_node_get_object (node);
  JsonArray *strategies = json_array_new ();
  const gint64 *ids;
  guint n_ids;

  ids = tandem_goal_get_strategy_ids (goal, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    json_array_add_int_element (strategies, ids[i]);
  json_object_set_array_member (object, "strategies", strategies);

  json_object_unref (object);
  return node;
}

static gboolean
read_json_object (const char   *path,
                  JsonNode    **root,
                  GError      **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  gboolean ok;

  if (path == NULL || g_str_equal (path, "-"))
    {
      g_autoptr(GInputStream) in = g_unix_input_stream_new (0, FALSE);

      display = g_strdup (_("the standard input"));
      ok = json_parser_load_from_stream (parser, in, NULL, &local_error);
    }
  else
    {
      display = g_strdup_printf ("“%s”", path);
      ok = json_parser_load_from_file (parser, path, &local_error);
    }

  if (!ok)
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                   /* Translators: where the JSON came from, then the parser's message with its line */
                   _("Could not read JSON from %s: %s"), display, local_error->message);
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                   /* Translators: %s is a file name or “the standard input” */
                   _("The JSON in %s must be one object, { … }."), display);
      return FALSE;
    }

  *root = json_node_copy (json_parser_get_root (parser));
  return TRUE;
}

static int
goal_add (CliContext  *context,
          int          argc,
          char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) output = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *person_text = NULL;
  g_autofree char *template_id = NULL;
  const TandemGoalTemplate *template = NULL;
  const char * const ignore[] = { "id", "uuid", "updated-at", "strategies", NULL };
  gboolean json = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person_text,
      N_("Whose goal: a person’s id or UUID"), N_("P") },
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_id,
      N_("Start from this template, then apply the JSON"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the new goal as JSON"), NULL },
    { NULL }
  };

  if ((status = parse_options ("goal add", "[FILE]",
                               _("Adds a goal from a JSON object in FILE, or on the standard input, "
                                 "with the same rules as the goal wizard: an invalid goal lists "
                                 "every field to change, and nothing is saved."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 2)
    return usage_error (_("“goal add” takes at most one file, but got “%s”."), argv[2]);
  if (person_text == NULL)
    return usage_error (_("Say whose goal it is with --person."));
  if (template_id != NULL && !(template = tandem_goal_template_lookup (template_id)))
    return usage_error (_("There is no goal template called “%s”."), template_id);

  if (!read_json_object (argc > 1 ? argv[1] : NULL, &root, &error))
    return fail_with (error);

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(person = find_person (store, person_text, &error)))
    return fail_with (error);

  if (template != NULL)
    goal = tandem_goal_template_new_goal (template, tandem_record_get_id (TANDEM_RECORD (person)), NULL);
  else
    goal = tandem_goal_new (tandem_record_get_id (TANDEM_RECORD (person)), TANDEM_FRAMEWORK_SMART, NULL);

  if (!tandem_record_set_from_json (TANDEM_RECORD (goal), json_node_get_object (root), ignore, &error))
    return fail_with (error);

  /* The goal belongs to the person named on the command line. */
  tandem_goal_set_person_id (goal, tandem_record_get_id (TANDEM_RECORD (person)));

  if (!tandem_goal_rules_check_all (goal, NULL, NULL, &error))
    {
      g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

      print_error (_("The goal was not saved. Change these fields:"));
      for (guint i = 0; lines[i] != NULL; i++)
        g_printerr ("  %s\n", lines[i]);
      return TANDEM_CLI_FAILED;
    }

  if (!tandem_store_insert (store, TANDEM_RECORD (goal), &error))
    return fail_with (error);

  if (json)
    {
      output = goal_to_json_node (goal);
      print_json (output);
    }
  else
    g_print ("%" G_GINT64_FORMAT "\n", tandem_record_get_id (TANDEM_RECORD (goal)));

  return TANDEM_CLI_OK;
}

static int
goal_list (CliContext  *context,
           int          argc,
           char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *person_text = NULL;
  g_autoptr(JsonArray) array = json_array_new ();
  gboolean json = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person_text,
      N_("Whose goals: a person’s id or UUID"), N_("P") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  if ((status = parse_options ("goal list", NULL, _("Lists a person’s goals in priority order."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return usage_error (_("“goal list” takes no arguments, but got “%s”."), argv[1]);
  if (person_text == NULL)
    return usage_error (_("Say whose goals to list with --person."));

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(person = find_person (store, person_text, &error)) ||
      !(goals = tandem_store_list_goals (store, tandem_record_get_id (TANDEM_RECORD (person)), &error)))
    return fail_with (error);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (goals)); i++)
    {
      g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);

      if (json)
        json_array_add_element (array, goal_to_json_node (goal));
      else
        g_print ("%" G_GINT64_FORMAT "\t%s\t%s\n", tandem_record_get_id (TANDEM_RECORD (goal)),
                 g_enum_get_value (g_type_class_peek (TANDEM_TYPE_GOAL_STATUS),
                                   tandem_goal_get_status (goal))->value_nick,
                 tandem_goal_get_title (goal));
    }

  if (json)
    {
      g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), array);
      print_json (node);
    }

  return TANDEM_CLI_OK;
}

static int
goal_show (CliContext  *context,
           int          argc,
           char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = TRUE;
  int status;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (the default)"), NULL },
    { NULL }
  };

  if ((status = parse_options ("goal show", "ID", _("Prints a goal with every field, as JSON."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return usage_error (_("“goal show” takes the id of one goal."));

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(goal = find_goal (store, argv[1], &error)))
    return fail_with (error);

  node = goal_to_json_node (goal);
  print_json (node);
  return TANDEM_CLI_OK;
}

/* The fields whose values differ between two JSON forms of a goal. */
static JsonArray *
diff_goal_json (JsonObject *before,
                JsonObject *after)
{
  g_autoptr(GList) members = json_object_get_members (after);
  JsonArray *changes = json_array_new ();

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *old_value = json_object_get_member (before, name);
      JsonNode *new_value = json_object_get_member (after, name);
      JsonObject *change;

      if (g_str_equal (name, "updated-at") || g_str_equal (name, "id") ||
          g_str_equal (name, "strategies") ||
          (old_value != NULL && json_node_equal (old_value, new_value)))
        continue;

      change = json_object_new ();
      json_object_set_string_member (change, "field", name);
      json_object_set_member (change, "before",
                              old_value ? json_node_copy (old_value) : json_node_new (JSON_NODE_NULL));
      json_object_set_member (change, "after", json_node_copy (new_value));
      json_array_add_object_element (changes, change);
    }

  return changes;
}

static int
goal_history (CliContext  *context,
              int          argc,
              char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(GListStore) revisions = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) history = json_array_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GEnumClass) authors = g_type_class_ref (TANDEM_TYPE_AUTHOR);
  gboolean json = TRUE;
  guint n;
  int status;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (the default)"), NULL },
    { NULL }
  };

  if ((status = parse_options ("goal history", "ID",
                               _("Prints every change of a goal: when, by whom, why and what changed, "
                                 "as JSON."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return usage_error (_("“goal history” takes the id of one goal."));

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(goal = find_goal (store, argv[1], &error)) ||
      !(revisions = tandem_store_list_goal_revisions (store, tandem_record_get_id (TANDEM_RECORD (goal)),
                                                      &error)))
    return fail_with (error);

  /* Each revision holds the goal as it was before the change; the next
   * revision, or the goal itself, holds it after. */
  n = g_list_model_get_n_items (G_LIST_MODEL (revisions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemGoalRevision) revision = g_list_model_get_item (G_LIST_MODEL (revisions), i);
      g_autoptr(JsonNode) before = json_from_string (tandem_goal_revision_get_snapshot (revision), NULL);
      g_autoptr(JsonNode) after = NULL;
      g_autofree char *when = format_instant (tandem_goal_revision_get_revised_at (revision));
      JsonObject *entry = json_object_new ();

      if (i + 1 < n)
        {
          g_autoptr(TandemGoalRevision) next = g_list_model_get_item (G_LIST_MODEL (revisions), i + 1);
          after = json_from_string (tandem_goal_revision_get_snapshot (next), NULL);
        }
      else
        after = json_node_init_object (json_node_alloc (), tandem_record_to_json (TANDEM_RECORD (goal)));

      json_object_set_string_member (entry, "revised-at", when);
      json_object_set_string_member (entry, "revised-by",
                                     g_enum_get_value (authors, tandem_goal_revision_get_revised_by (revision))->value_nick);
      if (tandem_goal_revision_get_reason (revision) != NULL)
        json_object_set_string_member (entry, "reason", tandem_goal_revision_get_reason (revision));
      else
        json_object_set_null_member (entry, "reason");

      if (before != NULL && after != NULL && JSON_NODE_HOLDS_OBJECT (before))
        json_object_set_array_member (entry, "changes",
                                      diff_goal_json (json_node_get_object (before),
                                                      json_node_get_object (after)));
      json_array_add_object_element (history, entry);
    }

  node = json_node_init_array (json_node_alloc (), history);
  print_json (node);
  return TANDEM_CLI_OK;
}

static int
command_goal (CliContext  *context,
              int          argc,
              char       **argv)
{
  static const struct {
    const char *name;
    CommandFunc func;
  } subcommands[] = {
    { "add", goal_add },
    { "list", goal_list },
    { "show", goal_show },
    { "history", goal_history },
  };

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      FILE *out = argc < 2 ? stderr : stdout;

      fprintf (out, "%s\n", _("Usage: tandem-cli goal add|list|show|history [OPTIONS…]"));
      fprintf (out, "%s\n", _("“tandem-cli goal SUBCOMMAND --help” describes each."));
      return argc < 2 ? TANDEM_CLI_USAGE : TANDEM_CLI_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    if (g_str_equal (argv[1], subcommands[i].name))
      return subcommands[i].func (context, argc - 1, argv + 1);

  return usage_error (_("Unknown goal command “%s”: use add, list, show or history."), argv[1]);
}

/* reminder ---------------------------------------------------------------- */

static const char * const weekday_names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
static const char * const weekday_full_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
};

/* "mon,wed,fri" (or full English names) → bits, Monday = bit 0. */
static gboolean
parse_days (const char *text,
            int        *mask)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);

  *mask = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = g_strstrip (parts[i]);
      guint day;

      for (day = 0; day < G_N_ELEMENTS (weekday_names); day++)
        if (g_ascii_strcasecmp (part, weekday_names[day]) == 0 ||
            g_ascii_strcasecmp (part, weekday_full_names[day]) == 0)
          break;
      if (day == G_N_ELEMENTS (weekday_names))
        return FALSE;
      *mask |= 1 << day;
    }

  return *mask != 0;
}

static gboolean
parse_enum (GType       type,
            const char *nick,
            int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value_by_nick (klass, nick);

  if (found == NULL)
    return FALSE;

  *value = found->value;
  return TRUE;
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  return found != NULL ? found->value_nick : NULL;
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static char *
format_local (gint64     us,
              GTimeZone *tz)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z");
}

static void
add_time_or_null (JsonBuilder *builder,
                  const char  *name,
                  gint64       us,
                  GTimeZone   *tz)
{
  g_autofree char *text = us != 0 ? format_local (us, tz) : NULL;

  add_string_or_null (builder, name, text);
}

static int
reminder_add (CliContext  *context,
              int          argc,
              char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemReminder) reminder = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autofree char *kind_text = NULL, *schedule_text = NULL, *days = NULL, *times = NULL;
  g_autofree char *start = NULL, *end = NULL, *quiet = NULL, *title = NULL, *target = NULL;
  g_autofree char *today = NULL;
  g_auto(GStrv) quiet_parts = NULL;
  gint64 person_id = 0;
  int every_weeks = 0, month_day = 0, kind, recurrence, mask = 0;
  gboolean only_if_not_done = FALSE, json = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_INT64, &person_id,
      N_("The id of the person reminded (default: the owner)"), N_("ID") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text,
      N_("check-in, homework, questionnaire, appointment or custom"), N_("KIND") },
    { "schedule", 0, 0, G_OPTION_ARG_STRING, &schedule_text,
      N_("once, daily, weekdays, weekly or monthly"), N_("SCHEDULE") },
    { "days", 0, 0, G_OPTION_ARG_STRING, &days,
      N_("Days of the week for “weekdays” and “weekly”, such as mon,wed,fri"), N_("DAYS") },
    { "every-weeks", 0, 0, G_OPTION_ARG_INT, &every_weeks,
      N_("For “weekly”: every N weeks, counted from the start date (default 1)"), N_("N") },
    { "month-day", 0, 0, G_OPTION_ARG_INT, &month_day,
      N_("For “monthly”: the day of the month, 1 to 31 (default: the start date’s)"), N_("D") },
    { "times", 0, 0, G_OPTION_ARG_STRING, &times,
      N_("Local times of day, such as 08:00,20:30"), N_("TIMES") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start,
      N_("First day, YYYY-MM-DD (default: today)"), N_("DATE") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end,
      N_("Last day, YYYY-MM-DD (default: none)"), N_("DATE") },
    { "only-if-not-done", 0, 0, G_OPTION_ARG_NONE, &only_if_not_done,
      N_("Leave the reminder out when what it is for is already done"), NULL },
    { "quiet", 0, 0, G_OPTION_ARG_STRING, &quiet,
      N_("Quiet hours, such as 22:00-07:00: reminders wait until they end"), N_("HH:MM-HH:MM") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title,
      N_("What the reminder is for, in words"), N_("TITLE") },
    { "target", 0, 0, G_OPTION_ARG_STRING, &target,
      N_("The uuid of the homework or questionnaire it is for"), N_("UUID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the new reminder’s id and uuid as JSON"), NULL },
    { NULL }
  };

  if ((status = parse_options ("reminder add", NULL,
                               _("Adds a reminder and prints its id."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return usage_error (_("“reminder add” takes no arguments, but got “%s”."), argv[1]);

  if (kind_text == NULL || !parse_enum (TANDEM_TYPE_REMINDER_KIND, kind_text, &kind))
    return usage_error (_("--kind must be one of check-in, homework, questionnaire, "
                          "appointment or custom."));
  if (schedule_text == NULL || !parse_enum (TANDEM_TYPE_RECURRENCE, schedule_text, &recurrence))
    return usage_error (_("--schedule must be one of once, daily, weekdays, weekly or monthly."));
  if (times == NULL || !tandem_schedule_parse_times (times, NULL, NULL))
    return usage_error (_("--times needs local times of day written HH:MM, separated by "
                          "commas, such as 08:00,20:30."));

  if (days != NULL)
    {
      if (recurrence != TANDEM_RECURRENCE_WEEKDAYS && recurrence != TANDEM_RECURRENCE_WEEKLY)
        return usage_error (_("--days goes with --schedule weekdays or weekly."));
      if (!parse_days (days, &mask))
        return usage_error (_("--days needs days of the week such as mon,wed,fri."));
    }
  else if (recurrence == TANDEM_RECURRENCE_WEEKDAYS)
    {
      return usage_error (_("--schedule weekdays needs --days, such as mon,wed,fri."));
    }

  if (every_weeks != 0 && recurrence != TANDEM_RECURRENCE_WEEKLY)
    return usage_error (_("--every-weeks goes with --schedule weekly."));
  if (every_weeks < 0 || every_weeks > 52)
    return usage_error (_("--every-weeks must be between 1 and 52."));
  if (month_day != 0 && recurrence != TANDEM_RECURRENCE_MONTHLY)
    return usage_error (_("--month-day goes with --schedule monthly."));
  if (month_day < 0 || month_day > 31)
    return usage_error (_("--month-day must be between 1 and 31."));

  if (start != NULL && !tandem_date_is_valid (start))
    return usage_error (_("“%s” is not a date in the form YYYY-MM-DD."), start);
  if (end != NULL && !tandem_date_is_valid (end))
    return usage_error (_("“%s” is not a date in the form YYYY-MM-DD."), end);

  if (quiet != NULL)
    {
      quiet_parts = g_strsplit (quiet, "-", -1);
      if (g_strv_length (quiet_parts) != 2 ||
          !tandem_schedule_parse_time_of_day (quiet_parts[0], NULL) ||
          !tandem_schedule_parse_time_of_day (quiet_parts[1], NULL))
        return usage_error (_("--quiet needs two times of day, such as 22:00-07:00."));
    }

  if (start == NULL)
    {
      g_autoptr(GDateTime) local_now = g_date_time_to_timezone (now, tz);

      today = g_date_time_format (local_now, "%Y-%m-%d");
    }

  reminder = tandem_reminder_new (person_id, kind, recurrence, times, start ? start : today);
  tandem_reminder_set_weekdays (reminder, mask);
  if (every_weeks > 0)
    tandem_reminder_set_interval_weeks (reminder, every_weeks);
  if (month_day > 0)
    tandem_reminder_set_month_day (reminder, month_day);
  tandem_reminder_set_end_date (reminder, end);
  tandem_reminder_set_only_if_not_done (reminder, only_if_not_done);
  if (quiet_parts != NULL)
    {
      tandem_reminder_set_quiet_start (reminder, quiet_parts[0]);
      tandem_reminder_set_quiet_end (reminder, quiet_parts[1]);
    }
  tandem_reminder_set_title (reminder, title);
  tandem_reminder_set_target_uuid (reminder, target);

  if (!tandem_schedule_validate (reminder, &error))
    return usage_error ("%s", error->message);

  if (!(store = tandem_store_open (context->db_path, &error)))
    return fail_with (error);

  if (person_id == 0)
    {
      if (!(person = tandem_store_dup_owner (store, &error)))
        {
          if (error != NULL)
            return fail_with (error);
          print_error (_("The database has no owner yet: create one with “init --name” "
                         "or name a person with --person."));
          return TANDEM_CLI_FAILED;
        }
    }
  else if (!(person = tandem_store_get (store, TANDEM_TYPE_PERSON, person_id, &error)))
    {
      if (g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, person_id);
          g_autofree char *message = g_strdup_printf (_("There is no person with the id %s."), id);

          print_error (message);
          return TANDEM_CLI_FAILED;
        }
      return fail_with (error);
    }

  tandem_reminder_set_person_id (reminder, tandem_record_get_id (TANDEM_RECORD (person)));

  if (!tandem_store_insert (store, TANDEM_RECORD (reminder), &error) ||
      !tandem_store_update_next_due (store, tandem_record_get_id (TANDEM_RECORD (reminder)),
                                     now, tz, &error))
    return fail_with (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, tandem_record_get_id (TANDEM_RECORD (reminder)));
      json_builder_set_member_name (builder, "uuid");
      json_builder_add_string_value (builder, tandem_record_get_uuid (TANDEM_RECORD (reminder)));
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      print_json (root);
    }
  else
    {
      g_print ("%" G_GINT64_FORMAT "\n", tandem_record_get_id (TANDEM_RECORD (reminder)));
    }

  return TANDEM_CLI_OK;
}

static void
build_reminder (JsonBuilder    *builder,
                TandemReminder *reminder,
                GTimeZone      *tz)
{
  int mask = tandem_reminder_get_weekdays (reminder);
  int month_day = tandem_reminder_get_month_day (reminder);
  g_auto(GStrv) times = g_strsplit (tandem_reminder_get_times (reminder), ",", -1);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, tandem_record_get_id (TANDEM_RECORD (reminder)));
  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, tandem_record_get_uuid (TANDEM_RECORD (reminder)));
  json_builder_set_member_name (builder, "person_id");
  json_builder_add_int_value (builder, tandem_reminder_get_person_id (reminder));
  add_string_or_null (builder, "kind",
                      enum_nick (TANDEM_TYPE_REMINDER_KIND, tandem_reminder_get_kind (reminder)));
  add_string_or_null (builder, "title", tandem_reminder_get_title (reminder));
  add_string_or_null (builder, "target", tandem_reminder_get_target_uuid (reminder));
  add_string_or_null (builder, "schedule",
                      enum_nick (TANDEM_TYPE_RECURRENCE, tandem_reminder_get_recurrence (reminder)));

  json_builder_set_member_name (builder, "days");
  json_builder_begin_array (builder);
  for (guint day = 0; day < G_N_ELEMENTS (weekday_names); day++)
    if (mask & (1 << day))
      json_builder_add_string_value (builder, weekday_names[day]);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "every_weeks");
  json_builder_add_int_value (builder, tandem_reminder_get_interval_weeks (reminder));
  json_builder_set_member_name (builder, "month_day");
  if (month_day != TANDEM_INT_UNSET)
    json_builder_add_int_value (builder, month_day);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "times");
  json_builder_begin_array (builder);
  for (guint i = 0; times[i] != NULL; i++)
    json_builder_add_string_value (builder, g_strstrip (times[i]));
  json_builder_end_array (builder);

  add_string_or_null (builder, "start", tandem_reminder_get_start_date (reminder));
  add_string_or_null (builder, "end", tandem_reminder_get_end_date (reminder));
  json_builder_set_member_name (builder, "only_if_not_done");
  json_builder_add_boolean_value (builder, tandem_reminder_get_only_if_not_done (reminder));
  add_string_or_null (builder, "quiet_start", tandem_reminder_get_quiet_start (reminder));
  add_string_or_null (builder, "quiet_end", tandem_reminder_get_quiet_end (reminder));
  json_builder_set_member_name (builder, "enabled");
  json_builder_add_boolean_value (builder, tandem_reminder_get_enabled (reminder));
  add_time_or_null (builder, "snoozed_until", tandem_reminder_get_snoozed_until (reminder), tz);
  add_time_or_null (builder, "next_due", tandem_reminder_get_next_due (reminder), tz);
  json_builder_end_object (builder);
}

static int
reminder_list (CliContext  *context,
               int          argc,
               char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  gint64 person_id = 0;
  gboolean json = TRUE;
  int status;
  guint n;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_INT64, &person_id,
      N_("Only this person’s reminders (default: everyone’s)"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (the default)"), NULL },
    { NULL }
  };

  if ((status = parse_options ("reminder list", NULL,
                               _("Prints the reminders, the next due first, as JSON."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return usage_error (_("“reminder list” takes no arguments, but got “%s”."), argv[1]);
  if (person_id < 0)
    return usage_error (_("--person needs the id of a person."));

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(list = tandem_store_list_reminders (store, person_id, &error)))
    return fail_with (error);

  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemReminder) reminder = g_list_model_get_item (G_LIST_MODEL (list), i);

      build_reminder (builder, reminder, tz);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  print_json (root);
  return TANDEM_CLI_OK;
}

static int
reminder_next (CliContext  *context,
               int          argc,
               char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GArray) coming = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *at = NULL;
  gint64 person_id = 0;
  gboolean json = TRUE;
  int count = 5;
  int status;
  GOptionEntry entries[] = {
    { "at", 0, 0, G_OPTION_ARG_STRING, &at,
      N_("Count from this moment, ISO 8601 with an offset (default: now)"), N_("TIME") },
    { "count", 0, 0, G_OPTION_ARG_INT, &count,
      N_("How many due times to print (default 5)"), N_("N") },
    { "person", 0, 0, G_OPTION_ARG_INT64, &person_id,
      N_("Only this person’s reminders (default: everyone’s)"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (the default)"), NULL },
    { NULL }
  };

  if ((status = parse_options ("reminder next", NULL,
                               _("Prints the next due times of the enabled reminders, as the "
                                 "reminder service computes them, as JSON."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return usage_error (_("“reminder next” takes no arguments, but got “%s”."), argv[1]);
  if (count < 1 || count > 1000)
    return usage_error (_("--count must be between 1 and 1000."));
  if (person_id < 0)
    return usage_error (_("--person needs the id of a person."));

  if (at != NULL)
    {
      if (!(now = g_date_time_new_from_iso8601 (at, NULL)))
        return usage_error (_("“%s” is not a time in ISO 8601 with an offset, such as "
                              "2026-03-08T09:00:00+01:00."), at);
    }
  else
    {
      now = g_date_time_new_now_utc ();
    }

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(coming = tandem_store_list_next_due (store, person_id, now, tz, count, &error)))
    return fail_with (error);

  json_builder_begin_array (builder);
  for (guint i = 0; i < coming->len; i++)
    {
      const TandemDue *item = &g_array_index (coming, TandemDue, i);
      g_autofree char *due = format_local (item->due, tz);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, tandem_record_get_id (TANDEM_RECORD (item->reminder)));
      json_builder_set_member_name (builder, "uuid");
      json_builder_add_string_value (builder,
                                     tandem_record_get_uuid (TANDEM_RECORD (item->reminder)));
      add_string_or_null (builder, "kind",
                          enum_nick (TANDEM_TYPE_REMINDER_KIND,
                                     tandem_reminder_get_kind (item->reminder)));
      add_string_or_null (builder, "title", tandem_reminder_get_title (item->reminder));
      json_builder_set_member_name (builder, "due");
      json_builder_add_string_value (builder, due);
      json_builder_set_member_name (builder, "due_us");
      json_builder_add_int_value (builder, item->due);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  print_json (root);
  return TANDEM_CLI_OK;
}

static const Command reminder_commands[] = {
  { "add", reminder_add, N_("Add a reminder") },
  { "list", reminder_list, N_("List the reminders (JSON)") },
  { "next", reminder_next, N_("Show the next due times (JSON)") },
};

static void
print_reminder_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: tandem-cli [--db PATH] reminder COMMAND [OPTIONS…]"));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (reminder_commands); i++)
    fprintf (out, "  %-10s %s\n", reminder_commands[i].name, _(reminder_commands[i].summary));
  fprintf (out, "\n%s\n", _("“tandem-cli reminder COMMAND --help” describes a command."));
}

static int
command_reminder (CliContext  *context,
                  int          argc,
                  char       **argv)
{
  if (argc < 2)
    {
      print_reminder_usage (stderr);
      return TANDEM_CLI_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_reminder_usage (stdout);
      return TANDEM_CLI_OK;
    }

  for (guint c = 0; c < G_N_ELEMENTS (reminder_commands); c++)
    if (g_str_equal (argv[1], reminder_commands[c].name))
      return reminder_commands[c].func (context, argc - 1, argv + 1);

  return usage_error (_("Unknown command “reminder %s”. See “tandem-cli reminder --help”."),
                      argv[1]);
}

/* checkin ----------------------------------------------------------------- */

/* Reads a positive row id; FALSE when @text is not one. */
static gboolean
parse_id (const char *text,
          gint64     *id)
{
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;

  *id = (gint64) value;
  return TRUE;
}

static TandemStore *
open_store (CliContext  *context,
            GError     **error)
{
  return tandem_store_open (context->db_path, error);
}

/* Ids go into messages as text: a format macro inside _() would hide the
 * message from the translators. */
static char *
id_text (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

/* Fails with a sentence when no person has @person_id. */
static gboolean
check_person (TandemStore  *store,
              gint64        person_id,
              GError      **error)
{
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GError) local_error = NULL;

  if ((person = tandem_store_get (store, TANDEM_TYPE_PERSON, person_id, &local_error)))
    return TRUE;

  if (g_error_matches (local_error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
    {
      g_autofree char *id = id_text (person_id);

      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                   _("No person has the id %s."), id);
    }
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static void
add_nullable_double (JsonBuilder *builder,
                     const char  *name,
                     double       value)
{
  json_builder_set_member_name (builder, name);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_nullable_string (JsonBuilder *builder,
                     const char  *name,
                     const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

static void
add_check_in_json (JsonBuilder   *builder,
                   TandemCheckIn *check_in)
{
  g_autoptr(GEnumClass) helped_class = g_type_class_ref (TANDEM_TYPE_HELPED);
  TandemRecord *record = TANDEM_RECORD (check_in);
  const TandemStrategyUse *uses;
  guint n_uses;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, tandem_record_get_id (record));
  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, tandem_record_get_uuid (record));
  json_builder_set_member_name (builder, "person_id");
  json_builder_add_int_value (builder, tandem_check_in_get_person_id (check_in));
  json_builder_set_member_name (builder, "goal_id");
  if (tandem_check_in_get_goal_id (check_in) == 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, tandem_check_in_get_goal_id (check_in));
  json_builder_set_member_name (builder, "day");
  json_builder_add_string_value (builder, tandem_check_in_get_day (check_in));
  add_nullable_double (builder, "value", tandem_check_in_get_value (check_in));
  json_builder_set_member_name (builder, "rating");
  if (tandem_check_in_get_rating (check_in) == TANDEM_INT_UNSET)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, tandem_check_in_get_rating (check_in));
  add_nullable_string (builder, "note", tandem_check_in_get_note (check_in));
  add_nullable_string (builder, "stressors", tandem_check_in_get_stressors (check_in));
  json_builder_set_member_name (builder, "win");
  json_builder_add_boolean_value (builder, tandem_check_in_get_win (check_in));

  json_builder_set_member_name (builder, "strategies");
  json_builder_begin_array (builder);
  uses = tandem_check_in_get_strategies (check_in, &n_uses);
  for (guint i = 0; i < n_uses; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "strategy_id");
      json_builder_add_int_value (builder, uses[i].strategy_id);
      json_builder_set_member_name (builder, "helped");
      json_builder_add_string_value (builder, g_enum_get_value (helped_class, uses[i].helped)->value_nick);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "created_at");
  json_builder_add_int_value (builder, tandem_record_get_created_at (record));
  json_builder_set_member_name (builder, "updated_at");
  json_builder_add_int_value (builder, tandem_record_get_updated_at (record));
  json_builder_end_object (builder);
}

static int
checkin_add (CliContext  *context,
             int          argc,
             char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(TandemCheckIn) overall = NULL;
  g_autoptr(TandemCheckIn) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *person = NULL;
  g_autofree char *goal_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *value_text = NULL;
  g_autofree char *note = NULL;
  gint64 person_id = 0, goal_id = 0;
  double value = NAN;
  int mood = G_MININT;
  gboolean win = FALSE, json = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person, N_("Whose check-in: a person’s id"), N_("ID") },
    { "goal", 0, 0, G_OPTION_ARG_STRING, &goal_text, N_("The goal the entry is for: a goal’s id"), N_("ID") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day, YYYY-MM-DD: today or earlier"), N_("DATE") },
    { "value", 0, 0, G_OPTION_ARG_STRING, &value_text,
      N_("The goal’s measure: a count, or a rating from 0 to 10 for a goal measured by rating"), N_("V") },
    { "mood", 0, 0, G_OPTION_ARG_INT, &mood, N_("The overall mood, 0 to 10"), N_("M") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note"), N_("TEXT") },
    { "win", 0, 0, G_OPTION_ARG_NONE, &win, N_("Mark the entry as a win"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the saved check-ins as JSON"), NULL },
    { NULL }
  };

  if ((status = parse_options ("checkin add", NULL,
                               _("Saves a check-in: an entry for a goal, the overall mood, or both, in one go."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return usage_error (_("“checkin add” takes no arguments, but got “%s”."), argv[1]);
  if (!parse_id (person, &person_id))
    return usage_error (_("--person needs the id of a person."));
  if (goal_text != NULL && !parse_id (goal_text, &goal_id))
    return usage_error (_("--goal needs the id of a goal."));
  if (date == NULL || !tandem_date_is_valid (date))
    return usage_error (_("--date needs a date in the form YYYY-MM-DD."));
  if (mood != G_MININT && (mood < 0 || mood > 10))
    return usage_error (_("--mood must be between 0 and 10."));
  if (value_text != NULL)
    {
      char *end = NULL;

      value = g_ascii_strtod (value_text, &end);
      if (end == value_text || *end != '\0' || !isfinite (value))
        return usage_error (_("“%s” is not a number."), value_text);
      if (goal_id == 0)
        return usage_error (_("--value needs --goal: a value belongs to a goal."));
    }

  if (!(store = open_store (context, &error)) || !check_person (store, person_id, &error))
    return fail_with (error);

  if (goal_id != 0)
    {
      if (!(goal = tandem_store_get (store, TANDEM_TYPE_GOAL, goal_id, &error)))
        {
          if (g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
            {
              g_autofree char *id = id_text (goal_id);
              g_autofree char *message = g_strdup_printf (_("No goal has the id %s."), id);

              print_error (message);
              return TANDEM_CLI_FAILED;
            }
          return fail_with (error);
        }

      entry = tandem_check_in_new (person_id, goal_id, date);
      if (!isnan (value))
        {
          TandemMeasureKind kind = tandem_goal_get_measure_kind (goal);

          if (kind == TANDEM_MEASURE_RATING || kind == TANDEM_MEASURE_QUESTIONNAIRE)
            {
              if (value != floor (value) || value < G_MININT || value > G_MAXINT)
                return usage_error (_("“%s” is measured by a rating: --value must be a whole number from 0 to 10."),
                                    tandem_goal_get_title (goal));
              tandem_check_in_set_rating (entry, (int) value);
            }
          else
            tandem_check_in_set_value (entry, value);
        }
      tandem_check_in_set_note (entry, note);
      tandem_check_in_set_win (entry, win);
    }

  if (goal_id == 0 || mood != G_MININT)
    {
      overall = tandem_check_in_new (person_id, 0, date);
      if (mood != G_MININT)
        tandem_check_in_set_rating (overall, mood);
      if (goal_id == 0)
        {
          tandem_check_in_set_note (overall, note);
          tandem_check_in_set_win (overall, win);
        }
    }

  if (!tandem_quick_check_in_save (store, person_id, date, overall,
                                   entry ? &entry : NULL, entry ? 1 : 0, &error))
    return fail_with (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      if (overall != NULL)
        add_check_in_json (builder, overall);
      if (entry != NULL)
        add_check_in_json (builder, entry);
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      print_json (root);
    }
  else
    {
      if (overall != NULL)
        g_print ("%" G_GINT64_FORMAT "\n", tandem_record_get_id (TANDEM_RECORD (overall)));
      if (entry != NULL)
        g_print ("%" G_GINT64_FORMAT "\n", tandem_record_get_id (TANDEM_RECORD (entry)));
    }

  return TANDEM_CLI_OK;
}

static int
checkin_list (CliContext  *context,
              int          argc,
              char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GListStore) check_ins = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *person = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gboolean json = TRUE;
  gint64 person_id = 0;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person, N_("Whose check-ins: a person’s id"), N_("ID") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The first day, YYYY-MM-DD (default: the first)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The last day, YYYY-MM-DD (default: the last)"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (the default)"), NULL },
    { NULL }
  };

  if ((status = parse_options ("checkin list", NULL,
                               _("Prints a person’s check-ins in a range of days, by date, as JSON."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return usage_error (_("“checkin list” takes no arguments, but got “%s”."), argv[1]);
  if (!parse_id (person, &person_id))
    return usage_error (_("--person needs the id of a person."));
  if ((from != NULL && !tandem_date_is_valid (from)) || (to != NULL && !tandem_date_is_valid (to)))
    return usage_error (_("--from and --to need dates in the form YYYY-MM-DD."));

  if (!(store = open_store (context, &error)) || !check_person (store, person_id, &error) ||
      !(check_ins = tandem_store_list_check_ins (store, person_id, from, to, &error)))
    return fail_with (error);

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (check_ins)); i++)
    {
      g_autoptr(TandemCheckIn) check_in = g_list_model_get_item (G_LIST_MODEL (check_ins), i);

      add_check_in_json (builder, check_in);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  print_json (root);
  return TANDEM_CLI_OK;
}

static int
checkin_delete (CliContext  *context,
                int          argc,
                char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemCheckIn) check_in = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  int status;
  GOptionEntry entries[] = { { NULL } };

  if ((status = parse_options ("checkin delete", _("ID"),
                               _("Deletes one check-in."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return usage_error (_("“checkin delete” needs the id of one check-in."));
  if (!parse_id (argv[1], &id))
    return usage_error (_("“%s” is not the id of a check-in."), argv[1]);

  if (!(store = open_store (context, &error)))
    return fail_with (error);

  if (!(check_in = tandem_store_get (store, TANDEM_TYPE_CHECK_IN, id, &error)))
    {
      if (g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
        {
          g_autofree char *id_string = id_text (id);
          g_autofree char *message = g_strdup_printf (_("No check-in has the id %s."), id_string);

          print_error (message);
          return TANDEM_CLI_FAILED;
        }
      return fail_with (error);
    }

  if (!tandem_store_delete (store, TANDEM_RECORD (check_in), &error))
    return fail_with (error);

  return TANDEM_CLI_OK;
}

static int
command_checkin (CliContext  *context,
                 int          argc,
                 char       **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "add"))
    return checkin_add (context, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return checkin_list (context, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "delete"))
    return checkin_delete (context, argc - 1, argv + 1);

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      g_print ("%s\n\n", _("Usage: tandem-cli checkin add|list|delete [OPTIONS…]"));
      g_print ("  %-8s %s\n", "add", _("Save a check-in"));
      g_print ("  %-8s %s\n", "list", _("Print a person’s check-ins (JSON)"));
      g_print ("  %-8s %s\n", "delete", _("Delete a check-in"));
      return TANDEM_CLI_OK;
    }

  if (argc < 2)
    return usage_error (_("“checkin” needs “add”, “list” or “delete”."));
  return usage_error (_("Unknown “checkin” command “%s”: use “add”, “list” or “delete”."), argv[1]);
}

/* calendar ---------------------------------------------------------------- */

static void
add_uint_member (JsonBuilder *builder,
                 const char  *name,
                 guint        value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static int
command_calendar (CliContext  *context,
                  int          argc,
                  char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemCalendarMonth) month = NULL;
  g_autoptr(TandemStreak) streak = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *person = NULL;
  g_autofree char *month_text = NULL;
  g_autofree char *goal_text = NULL;
  g_autofree char *streak_month = NULL;
  g_autofree char *streak_current = NULL;
  g_autofree char *streak_longest = NULL;
  gint64 person_id = 0, goal_id = 0;
  int first_weekday = G_DATE_MONDAY;
  gboolean json = TRUE;
  guint64 year = 0, month_number = 0;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person, N_("Whose calendar: a person’s id"), N_("ID") },
    { "month", 0, 0, G_OPTION_ARG_STRING, &month_text, N_("The month, YYYY-MM"), N_("MONTH") },
    { "goal", 0, 0, G_OPTION_ARG_STRING, &goal_text,
      N_("The goal whose value sets each day’s intensity: a goal’s id"), N_("ID") },
    { "first-weekday", 0, 0, G_OPTION_ARG_INT, &first_weekday,
      N_("The first column of the grid: 1 for Monday (the default) to 7 for Sunday"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (the default)"), NULL },
    { NULL }
  };

  if ((status = parse_options ("calendar", NULL,
                               _("Prints what the calendar shows for one person and one month, as JSON."),
                               entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return usage_error (_("“calendar” takes no arguments, but got “%s”."), argv[1]);
  if (!parse_id (person, &person_id))
    return usage_error (_("--person needs the id of a person."));
  if (goal_text != NULL && !parse_id (goal_text, &goal_id))
    return usage_error (_("--goal needs the id of a goal."));
  if (month_text == NULL || strlen (month_text) != 7 || month_text[4] != '-' ||
      !g_ascii_string_to_unsigned (month_text + 5, 10, 1, 12, &month_number, NULL) ||
      !g_ascii_isdigit (month_text[5]) || !g_ascii_isdigit (month_text[6]))
    return usage_error (_("--month needs a month in the form YYYY-MM."));
  {
    g_autofree char *year_text = g_strndup (month_text, 4);

    if (!g_ascii_isdigit (year_text[0]) ||
        !g_ascii_string_to_unsigned (year_text, 10, 1, 9999, &year, NULL))
      return usage_error (_("--month needs a month in the form YYYY-MM."));
  }
  if (first_weekday < G_DATE_MONDAY || first_weekday > G_DATE_SUNDAY)
    return usage_error (_("--first-weekday must be between 1 (Monday) and 7 (Sunday)."));

  if (!(store = open_store (context, &error)) || !check_person (store, person_id, &error))
    return fail_with (error);

  if (!(month = tandem_calendar_month_load (store, person_id, year, month_number,
                                            first_weekday, goal_id, &error)))
    {
      if (goal_id != 0 && g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
        {
          g_autofree char *id = id_text (goal_id);
          g_autofree char *message = g_strdup_printf (_("No goal has the id %s."), id);

          print_error (message);
          return TANDEM_CLI_FAILED;
        }
      return fail_with (error);
    }

  if (!(streak = tandem_streak_load (store, person_id, year, month_number, NULL, &error)))
    return fail_with (error);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "person_id");
  json_builder_add_int_value (builder, person_id);
  add_uint_member (builder, "year", year);
  add_uint_member (builder, "month", month_number);
  add_uint_member (builder, "first_weekday", first_weekday);
  json_builder_set_member_name (builder, "goal_id");
  if (goal_id == 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, goal_id);
  add_nullable_string (builder, "first_day", tandem_calendar_month_get_first_day (month));
  add_nullable_string (builder, "last_day", tandem_calendar_month_get_last_day (month));

  json_builder_set_member_name (builder, "days");
  json_builder_begin_array (builder);
  for (guint i = 0; i < TANDEM_CALENDAR_N_DAYS; i++)
    {
      const TandemCalendarDay *day = tandem_calendar_month_get_day (month, i);

      json_builder_begin_object (builder);
      add_nullable_string (builder, "date", day->date);
      json_builder_set_member_name (builder, "in_month");
      json_builder_add_boolean_value (builder, day->in_month);
      add_uint_member (builder, "check_ins", day->n_check_ins);
      json_builder_set_member_name (builder, "win");
      json_builder_add_boolean_value (builder, day->win);
      json_builder_set_member_name (builder, "rest_day");
      json_builder_add_boolean_value (builder, day->rest_day);
      add_nullable_double (builder, "value", day->value);
      add_nullable_double (builder, "intensity", day->intensity);
      add_uint_member (builder, "homework_due", day->homework_due);
      add_uint_member (builder, "homework_done", day->homework_done);
      add_uint_member (builder, "questionnaires", day->questionnaires);
      add_uint_member (builder, "therapy_sessions", day->therapy_sessions);
      add_uint_member (builder, "missed_reminders", day->missed_reminders);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  streak_month = tandem_streak_dup_month_text (streak);
  streak_current = tandem_streak_dup_current_run_text (streak);
  streak_longest = tandem_streak_dup_longest_run_text (streak);

  json_builder_set_member_name (builder, "streak");
  json_builder_begin_object (builder);
  add_nullable_string (builder, "today", tandem_streak_get_today (streak));
  add_uint_member (builder, "days_with_check_in", tandem_streak_get_days_in_month (streak));
  add_uint_member (builder, "current_run", tandem_streak_get_current_run (streak));
  add_uint_member (builder, "longest_run", tandem_streak_get_longest_run (streak));
  add_nullable_string (builder, "month_text", streak_month);
  add_nullable_string (builder, "current_run_text", streak_current);
  add_nullable_string (builder, "longest_run_text", streak_longest);
  json_builder_end_object (builder);

  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  print_json (root);
  return TANDEM_CLI_OK;
}

/* Dispatch ---------------------------------------------------------------- */

static const Command commands[] = {
  { "init", command_init, N_("Create or upgrade the database") },
  { "stats", command_stats, N_("Count the records in the database (JSON)") },
  { "demo", command_demo, N_("Fill an empty database with example data") },
  { "goal", command_goal, N_("Add, list and show goals and their history") },
  { "reminder", command_reminder, N_("Add, list and preview reminders") },
  { "checkin", command_checkin, N_("Add, list or delete check-ins") },
  { "calendar", command_calendar, N_("Print one month of the calendar (JSON)") },
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
