/* tandem-cli-goal.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-cli"

#include "config.h"

#include <gio/gunixinputstream.h>
#include <glib/gi18n.h>
#include <stdio.h>

#include "tandem-cli-private.h"

/* goal -------------------------------------------------------------------- */

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
  g_autoptr(TandemScaleRegistry) registry = NULL;
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

  if ((status = tandem_cli_parse_options ("goal add", _("[FILE]"),
                                          _("Adds a goal from a JSON object in FILE, or on the standard input, "
                                            "with the same rules as the goal wizard: an invalid goal lists "
                                            "every field to change, and nothing is saved."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 2)
    return tandem_cli_usage_error (_("“goal add” takes at most one file, but got “%s”."), argv[2]);
  if (person_text == NULL)
    return tandem_cli_usage_error (_("Say whose goal it is with --person."));
  if (template_id != NULL && !(template = tandem_goal_template_lookup (template_id)))
    return tandem_cli_usage_error (_("There is no goal template called “%s”."), template_id);

  if (!read_json_object (argc > 1 ? argv[1] : NULL, &root, &error))
    return tandem_cli_fail_with (error);

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(person = tandem_cli_find_person (store, person_text, &error)))
    return tandem_cli_fail_with (error);

  if (template != NULL)
    goal = tandem_goal_template_new_goal (template, tandem_record_get_id (TANDEM_RECORD (person)), NULL);
  else
    goal = tandem_goal_new (tandem_record_get_id (TANDEM_RECORD (person)), TANDEM_FRAMEWORK_SMART, NULL);

  if (!tandem_record_set_from_json (TANDEM_RECORD (goal), json_node_get_object (root), ignore, &error))
    return tandem_cli_fail_with (error);

  /* The goal belongs to the person named on the command line. */
  tandem_goal_set_person_id (goal, tandem_record_get_id (TANDEM_RECORD (person)));

  /* A questionnaire target must lie within that questionnaire's scores,
   * built-in or custom. */
  if (!(registry = tandem_scale_registry_new (&error)) ||
      !tandem_scale_registry_load_custom (registry, store, &error))
    return tandem_cli_fail_with (error);

  if (!tandem_goal_rules_check_all (goal, tandem_scale_registry_score_range, registry, &error))
    {
      g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

      tandem_cli_print_error (_("The goal was not saved. Change these fields:"));
      for (guint i = 0; lines[i] != NULL; i++)
        g_printerr ("  %s\n", lines[i]);
      return TANDEM_CLI_FAILED;
    }

  if (!tandem_store_insert (store, TANDEM_RECORD (goal), &error))
    return tandem_cli_fail_with (error);

  if (json)
    {
      output = goal_to_json_node (goal);
      tandem_cli_print_json (output);
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

  if ((status = tandem_cli_parse_options ("goal list", NULL, _("Lists a person’s goals in priority order."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“goal list” takes no arguments, but got “%s”."), argv[1]);
  if (person_text == NULL)
    return tandem_cli_usage_error (_("Say whose goals to list with --person."));

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(person = tandem_cli_find_person (store, person_text, &error)) ||
      !(goals = tandem_store_list_goals (store, tandem_record_get_id (TANDEM_RECORD (person)), &error)))
    return tandem_cli_fail_with (error);

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
      tandem_cli_print_json (node);
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

  if ((status = tandem_cli_parse_options ("goal show", "ID", _("Prints a goal with every field, as JSON."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return tandem_cli_usage_error (_("“goal show” takes the id of one goal."));

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(goal = find_goal (store, argv[1], &error)))
    return tandem_cli_fail_with (error);

  node = goal_to_json_node (goal);
  tandem_cli_print_json (node);
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

  if ((status = tandem_cli_parse_options ("goal history", "ID",
                                          _("Prints every change of a goal: when, by whom, why and what changed, "
                                            "as JSON."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return tandem_cli_usage_error (_("“goal history” takes the id of one goal."));

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(goal = find_goal (store, argv[1], &error)) ||
      !(revisions = tandem_store_list_goal_revisions (store, tandem_record_get_id (TANDEM_RECORD (goal)),
                                                      &error)))
    return tandem_cli_fail_with (error);

  /* Each revision holds the goal as it was before the change; the next
   * revision, or the goal itself, holds it after. */
  n = g_list_model_get_n_items (G_LIST_MODEL (revisions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemGoalRevision) revision = g_list_model_get_item (G_LIST_MODEL (revisions), i);
      g_autoptr(JsonNode) before = json_from_string (tandem_goal_revision_get_snapshot (revision), NULL);
      g_autoptr(JsonNode) after = NULL;
      g_autofree char *when = tandem_cli_format_instant (tandem_goal_revision_get_revised_at (revision));
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
  tandem_cli_print_json (node);
  return TANDEM_CLI_OK;
}

int
tandem_cli_command_goal (CliContext  *context,
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

  return tandem_cli_usage_error (_("Unknown goal command “%s”: use add, list, show or history."), argv[1]);
}
