/* tandem-cli-homework.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-cli-private.h"

/* homework ---------------------------------------------------------------- */

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
add_homework_json (JsonBuilder    *builder,
                   TandemHomework *homework)
{
  TandemRecord *record = TANDEM_RECORD (homework);
  gint64 done_at = tandem_homework_get_done_at (homework);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, tandem_record_get_id (record));
  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, tandem_record_get_uuid (record));
  json_builder_set_member_name (builder, "person_id");
  json_builder_add_int_value (builder, tandem_homework_get_person_id (homework));
  json_builder_set_member_name (builder, "goal_id");
  if (tandem_homework_get_goal_id (homework) == 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, tandem_homework_get_goal_id (homework));
  add_nullable_string (builder, "title", tandem_homework_get_title (homework));
  add_nullable_string (builder, "details", tandem_homework_get_details (homework));
  add_nullable_string (builder, "assigned_on", tandem_homework_get_assigned_on (homework));
  add_nullable_string (builder, "due_on", tandem_homework_get_due_on (homework));
  json_builder_set_member_name (builder, "done");
  json_builder_add_boolean_value (builder, done_at != 0);
  json_builder_set_member_name (builder, "done_at");
  if (done_at == 0)
    json_builder_add_null_value (builder);
  else
    {
      g_autofree char *text = tandem_cli_format_instant (done_at);

      json_builder_add_string_value (builder, text);
    }
  json_builder_set_member_name (builder, "created_at");
  json_builder_add_int_value (builder, tandem_record_get_created_at (record));
  json_builder_set_member_name (builder, "updated_at");
  json_builder_add_int_value (builder, tandem_record_get_updated_at (record));
  json_builder_end_object (builder);
}

static void
print_homework_json (TandemHomework *homework)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  add_homework_json (builder, homework);
  root = json_builder_get_root (builder);
  tandem_cli_print_json (root);
}

/* Reads homework ID, or says that there is none with it. */
static TandemHomework *
get_homework (TandemStore  *store,
              gint64        id,
              GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  TandemHomework *homework;

  if ((homework = tandem_store_get (store, TANDEM_TYPE_HOMEWORK, id, &local_error)))
    return homework;

  if (g_error_matches (local_error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
    {
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                   _("No homework has the id %s."), id_text);
    }
  else
    g_propagate_error (error, g_steal_pointer (&local_error));

  return NULL;
}

static int
homework_add (CliContext  *context,
              int          argc,
              char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *person_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *goal_text = NULL;
  g_autofree char *due = NULL;
  g_autofree char *assigned = NULL;
  g_autofree char *details = NULL;
  g_autofree char *remind = NULL;
  gboolean json = FALSE;
  gint64 goal_id = 0;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person_text, N_("Whose homework: a person’s id or UUID"), N_("P") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("What to do"), N_("TEXT") },
    { "goal", 0, 0, G_OPTION_ARG_STRING, &goal_text, N_("The goal it serves: a goal’s id"), N_("ID") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due, N_("The due date, YYYY-MM-DD"), N_("DATE") },
    { "assigned", 0, 0, G_OPTION_ARG_STRING, &assigned,
      N_("The day it was assigned, YYYY-MM-DD (default: today)"), N_("DATE") },
    { "details", 0, 0, G_OPTION_ARG_STRING, &details, N_("How to do it"), N_("TEXT") },
    { "remind", 0, 0, G_OPTION_ARG_STRING, &remind,
      N_("Remind every day at this time until it is done or due, HH:MM"), N_("TIME") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the saved homework as JSON"), NULL },
    { NULL }
  };

  if ((status = tandem_cli_parse_options ("homework add", NULL,
                                          _("Assigns homework: a task agreed in session."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“homework add” takes no arguments, but got “%s”."), argv[1]);
  if (person_text == NULL)
    return tandem_cli_usage_error (_("--person needs the id or UUID of a person."));
  if (title == NULL)
    return tandem_cli_usage_error (_("--title needs what the homework is."));
  if (goal_text != NULL && !parse_id (goal_text, &goal_id))
    return tandem_cli_usage_error (_("--goal needs the id of a goal."));
  if (due != NULL && !tandem_date_is_valid (due))
    return tandem_cli_usage_error (_("--due needs a date in the form YYYY-MM-DD."));
  if (assigned != NULL && !tandem_date_is_valid (assigned))
    return tandem_cli_usage_error (_("--assigned needs a date in the form YYYY-MM-DD."));
  if (remind != NULL && !tandem_schedule_parse_time_of_day (remind, NULL))
    return tandem_cli_usage_error (_("--remind needs a time of day in the form HH:MM."));

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(person = tandem_cli_find_person (store, person_text, &error)))
    return tandem_cli_fail_with (error);

  homework = tandem_homework_new (tandem_record_get_id (TANDEM_RECORD (person)), title, assigned);
  tandem_homework_set_goal_id (homework, goal_id);
  tandem_homework_set_due_on (homework, due);
  tandem_homework_set_details (homework, details);

  if (!tandem_store_begin (store, &error))
    return tandem_cli_fail_with (error);

  if (!tandem_homework_save (store, homework, &error))
    {
      tandem_store_rollback (store);
      return tandem_cli_fail_with (error);
    }

  if (remind != NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autoptr(GTimeZone) tz = g_time_zone_new_local ();

      if (!tandem_homework_set_reminder (store, homework, remind, now, tz, &error))
        {
          tandem_store_rollback (store);
          return tandem_cli_fail_with (error);
        }
    }

  if (!tandem_store_commit (store, &error))
    return tandem_cli_fail_with (error);

  if (json)
    print_homework_json (homework);
  else
    g_print ("%" G_GINT64_FORMAT "\n", tandem_record_get_id (TANDEM_RECORD (homework)));

  tandem_cli_wake_reminders ();
  return TANDEM_CLI_OK;
}

static int
homework_list (CliContext  *context,
               int          argc,
               char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *person_text = NULL;
  gboolean open_only = FALSE, json = TRUE;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person_text, N_("Whose homework: a person’s id or UUID"), N_("P") },
    { "open", 0, 0, G_OPTION_ARG_NONE, &open_only, N_("Only homework that is not done"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (the default)"), NULL },
    { NULL }
  };

  if ((status = tandem_cli_parse_options ("homework list", NULL,
                                          _("Prints a person’s homework as JSON: what is open first, by due date, then what is done."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“homework list” takes no arguments, but got “%s”."), argv[1]);
  if (person_text == NULL)
    return tandem_cli_usage_error (_("--person needs the id or UUID of a person."));

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(person = tandem_cli_find_person (store, person_text, &error)) ||
      !(list = tandem_homework_list (store, tandem_record_get_id (TANDEM_RECORD (person)),
                                     open_only, &error)))
    return tandem_cli_fail_with (error);

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(TandemHomework) homework = g_list_model_get_item (G_LIST_MODEL (list), i);

      add_homework_json (builder, homework);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  tandem_cli_print_json (root);
  return TANDEM_CLI_OK;
}

static int
homework_done (CliContext  *context,
               int          argc,
               char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(GError) error = NULL;
  gboolean undo = FALSE, json = FALSE;
  gint64 id = 0;
  int status;
  GOptionEntry entries[] = {
    { "undo", 0, 0, G_OPTION_ARG_NONE, &undo, N_("Mark it not done again"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the homework as JSON"), NULL },
    { NULL }
  };

  if ((status = tandem_cli_parse_options ("homework done", _("ID"),
                                          _("Marks homework done, or with --undo not done."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return tandem_cli_usage_error (_("“homework done” needs the id of one homework."));
  if (!parse_id (argv[1], &id))
    return tandem_cli_usage_error (_("“%s” is not the id of a homework."), argv[1]);

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(homework = get_homework (store, id, &error)) ||
      !tandem_homework_mark_done (store, homework, !undo, &error))
    return tandem_cli_fail_with (error);

  if (json)
    print_homework_json (homework);

  tandem_cli_wake_reminders ();
  return TANDEM_CLI_OK;
}

static int
homework_delete (CliContext  *context,
                 int          argc,
                 char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  int status;
  GOptionEntry entries[] = { { NULL } };

  if ((status = tandem_cli_parse_options ("homework delete", _("ID"),
                                          _("Deletes homework and its reminders."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return tandem_cli_usage_error (_("“homework delete” needs the id of one homework."));
  if (!parse_id (argv[1], &id))
    return tandem_cli_usage_error (_("“%s” is not the id of a homework."), argv[1]);

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(homework = get_homework (store, id, &error)) ||
      !tandem_homework_delete (store, homework, &error))
    return tandem_cli_fail_with (error);

  tandem_cli_wake_reminders ();
  return TANDEM_CLI_OK;
}

static int
homework_completion (CliContext  *context,
                     int          argc,
                     char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *person_text = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  TandemHomeworkCompletion completion;
  gboolean json = TRUE;
  double rate;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person_text, N_("Whose homework: a person’s id or UUID"), N_("P") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The first day, YYYY-MM-DD (default: the first)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The last day, YYYY-MM-DD (default: the last)"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (the default)"), NULL },
    { NULL }
  };

  if ((status = tandem_cli_parse_options ("homework completion", NULL,
                                          _("Prints how much of the homework due in a period is done, as JSON."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“homework completion” takes no arguments, but got “%s”."), argv[1]);
  if (person_text == NULL)
    return tandem_cli_usage_error (_("--person needs the id or UUID of a person."));
  if ((from != NULL && !tandem_date_is_valid (from)) || (to != NULL && !tandem_date_is_valid (to)))
    return tandem_cli_usage_error (_("--from and --to need dates in the form YYYY-MM-DD."));

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(person = tandem_cli_find_person (store, person_text, &error)) ||
      !tandem_homework_get_completion (store, tandem_record_get_id (TANDEM_RECORD (person)),
                                       from, to, &completion, &error))
    return tandem_cli_fail_with (error);

  rate = tandem_homework_completion_get_rate (&completion);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "due");
  json_builder_add_int_value (builder, completion.due);
  json_builder_set_member_name (builder, "done");
  json_builder_add_int_value (builder, completion.done);
  json_builder_set_member_name (builder, "done_on_time");
  json_builder_add_int_value (builder, completion.done_on_time);
  json_builder_set_member_name (builder, "rate");
  if (isnan (rate))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, rate);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  tandem_cli_print_json (root);
  return TANDEM_CLI_OK;
}

int
tandem_cli_command_homework (CliContext  *context,
                             int          argc,
                             char       **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "add"))
    return homework_add (context, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return homework_list (context, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "done"))
    return homework_done (context, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "delete"))
    return homework_delete (context, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "completion"))
    return homework_completion (context, argc - 1, argv + 1);

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      g_print ("%s\n\n", _("Usage: tandem-cli homework add|list|done|delete|completion [OPTIONS…]"));
      g_print ("  %-11s %s\n", "add", _("Assign homework"));
      g_print ("  %-11s %s\n", "list", _("Print a person’s homework (JSON)"));
      g_print ("  %-11s %s\n", "done", _("Mark homework done, or not done with --undo"));
      g_print ("  %-11s %s\n", "delete", _("Delete homework and its reminders"));
      g_print ("  %-11s %s\n", "completion", _("How much of the homework due in a period is done (JSON)"));
      return TANDEM_CLI_OK;
    }

  if (argc < 2)
    return tandem_cli_usage_error (_("“homework” needs “add”, “list”, “done”, “delete” or “completion”."));
  return tandem_cli_usage_error (_("Unknown “homework” command “%s”: use “add”, “list”, “done”, “delete” or “completion”."),
                                 argv[1]);
}
