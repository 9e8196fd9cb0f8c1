/* tandem-cli-checkin.c
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

  if ((status = tandem_cli_parse_options ("checkin add", NULL,
                                          _("Saves a check-in: an entry for a goal, the overall mood, or both, in one go."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“checkin add” takes no arguments, but got “%s”."), argv[1]);
  if (!parse_id (person, &person_id))
    return tandem_cli_usage_error (_("--person needs the id of a person."));
  if (goal_text != NULL && !parse_id (goal_text, &goal_id))
    return tandem_cli_usage_error (_("--goal needs the id of a goal."));
  if (date == NULL || !tandem_date_is_valid (date))
    return tandem_cli_usage_error (_("--date needs a date in the form YYYY-MM-DD."));
  if (mood != G_MININT && (mood < 0 || mood > 10))
    return tandem_cli_usage_error (_("--mood must be between 0 and 10."));
  if (value_text != NULL)
    {
      char *end = NULL;

      value = g_ascii_strtod (value_text, &end);
      if (end == value_text || *end != '\0' || !isfinite (value))
        return tandem_cli_usage_error (_("“%s” is not a number."), value_text);
      if (goal_id == 0)
        return tandem_cli_usage_error (_("--value needs --goal: a value belongs to a goal."));
    }

  if (!(store = open_store (context, &error)) || !check_person (store, person_id, &error))
    return tandem_cli_fail_with (error);

  if (goal_id != 0)
    {
      if (!(goal = tandem_store_get (store, TANDEM_TYPE_GOAL, goal_id, &error)))
        {
          if (g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
            {
              g_autofree char *id = id_text (goal_id);
              g_autofree char *message = g_strdup_printf (_("No goal has the id %s."), id);

              tandem_cli_print_error (message);
              return TANDEM_CLI_FAILED;
            }
          return tandem_cli_fail_with (error);
        }

      entry = tandem_check_in_new (person_id, goal_id, date);
      if (!isnan (value))
        {
          TandemMeasureKind kind = tandem_goal_get_measure_kind (goal);

          if (kind == TANDEM_MEASURE_RATING || kind == TANDEM_MEASURE_QUESTIONNAIRE)
            {
              if (value != floor (value) || value < G_MININT || value > G_MAXINT)
                return tandem_cli_usage_error (kind == TANDEM_MEASURE_RATING
                                               ? _("“%s” is measured by a rating: --value must be a whole number from 0 to 10.")
                                               : _("“%s” is measured by a questionnaire: --value is a rating, a whole number from 0 to 10."),
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
    return tandem_cli_fail_with (error);

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
      tandem_cli_print_json (root);
    }
  else
    {
      if (overall != NULL)
        g_print ("%" G_GINT64_FORMAT "\n", tandem_record_get_id (TANDEM_RECORD (overall)));
      if (entry != NULL)
        g_print ("%" G_GINT64_FORMAT "\n", tandem_record_get_id (TANDEM_RECORD (entry)));
    }

  tandem_cli_wake_reminders ();
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

  if ((status = tandem_cli_parse_options ("checkin list", NULL,
                                          _("Prints a person’s check-ins in a range of days, by date, as JSON."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“checkin list” takes no arguments, but got “%s”."), argv[1]);
  if (!parse_id (person, &person_id))
    return tandem_cli_usage_error (_("--person needs the id of a person."));
  if ((from != NULL && !tandem_date_is_valid (from)) || (to != NULL && !tandem_date_is_valid (to)))
    return tandem_cli_usage_error (_("--from and --to need dates in the form YYYY-MM-DD."));

  if (!(store = open_store (context, &error)) || !check_person (store, person_id, &error) ||
      !(check_ins = tandem_store_list_check_ins (store, person_id, from, to, &error)))
    return tandem_cli_fail_with (error);

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (check_ins)); i++)
    {
      g_autoptr(TandemCheckIn) check_in = g_list_model_get_item (G_LIST_MODEL (check_ins), i);

      add_check_in_json (builder, check_in);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  tandem_cli_print_json (root);
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

  if ((status = tandem_cli_parse_options ("checkin delete", _("ID"),
                                          _("Deletes one check-in."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return tandem_cli_usage_error (_("“checkin delete” needs the id of one check-in."));
  if (!parse_id (argv[1], &id))
    return tandem_cli_usage_error (_("“%s” is not the id of a check-in."), argv[1]);

  if (!(store = open_store (context, &error)))
    return tandem_cli_fail_with (error);

  if (!(check_in = tandem_store_get (store, TANDEM_TYPE_CHECK_IN, id, &error)))
    {
      if (g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
        {
          g_autofree char *id_string = id_text (id);
          g_autofree char *message = g_strdup_printf (_("No check-in has the id %s."), id_string);

          tandem_cli_print_error (message);
          return TANDEM_CLI_FAILED;
        }
      return tandem_cli_fail_with (error);
    }

  if (!tandem_store_delete (store, TANDEM_RECORD (check_in), &error))
    return tandem_cli_fail_with (error);

  tandem_cli_wake_reminders ();
  return TANDEM_CLI_OK;
}

static int
checkin_import (CliContext  *context,
                int          argc,
                char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *person_text = NULL;
  TandemCsvImportCounts counts = { 0, };
  gboolean dry_run = FALSE, json = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person_text,
      N_("Whose check-ins the file holds: a person’s id or UUID"), N_("P") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Check the whole file and count what would change, but save nothing"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the counts as JSON"), NULL },
    { NULL }
  };

  if ((status = tandem_cli_parse_options ("checkin import", _("FILE.csv"),
                                          _("Imports check-ins from a CSV file with the columns "
                                            "“export --format csv” writes, in one go: a file with "
                                            "any wrong row saves nothing and names the line and "
                                            "the column. Check-ins already here are replaced only "
                                            "by newer versions."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return tandem_cli_usage_error (_("“checkin import” needs one CSV file to read."));
  if (person_text == NULL)
    return tandem_cli_usage_error (_("Say whose check-ins the file holds with --person."));

  file = g_file_new_for_commandline_arg (argv[1]);
  if (!(input = g_file_read (file, NULL, &error)))
    return tandem_cli_fail_with (error);

  if (!(store = open_store (context, &error)) ||
      !(person = tandem_cli_find_person (store, person_text, &error)))
    return tandem_cli_fail_with (error);

  if (!tandem_csv_import_check_ins (store, tandem_record_get_id (TANDEM_RECORD (person)),
                                    G_INPUT_STREAM (input), dry_run, &counts, NULL, &error))
    return tandem_cli_fail_with (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "person_id");
      json_builder_add_int_value (builder, tandem_record_get_id (TANDEM_RECORD (person)));
      json_builder_set_member_name (builder, "dry_run");
      json_builder_add_boolean_value (builder, dry_run);
      json_builder_set_member_name (builder, "rows");
      json_builder_add_int_value (builder, counts.rows);
      json_builder_set_member_name (builder, "added");
      json_builder_add_int_value (builder, counts.added);
      json_builder_set_member_name (builder, "changed");
      json_builder_add_int_value (builder, counts.changed);
      json_builder_set_member_name (builder, "unchanged");
      json_builder_add_int_value (builder, counts.unchanged);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      tandem_cli_print_json (root);
    }
  else
    {
      /* Translators: each line is followed by a number */
      g_print ("%s %u\n", dry_run ? _("Rows that would be added:") : _("Rows added:"), counts.added);
      g_print ("%s %u\n", dry_run ? _("Rows that would be changed:") : _("Rows changed:"), counts.changed);
      g_print ("%s %u\n", _("Rows that change nothing:"), counts.unchanged);
    }

  if (!dry_run && counts.added + counts.changed > 0)
    tandem_cli_wake_reminders ();
  return TANDEM_CLI_OK;
}

int
tandem_cli_command_checkin (CliContext  *context,
                            int          argc,
                            char       **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "add"))
    return checkin_add (context, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return checkin_list (context, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "delete"))
    return checkin_delete (context, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "import"))
    return checkin_import (context, argc - 1, argv + 1);

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      g_print ("%s\n\n", _("Usage: tandem-cli checkin add|list|delete|import [OPTIONS…]"));
      g_print ("  %-8s %s\n", "add", _("Save a check-in"));
      g_print ("  %-8s %s\n", "list", _("Print a person’s check-ins (JSON)"));
      g_print ("  %-8s %s\n", "delete", _("Delete a check-in"));
      g_print ("  %-8s %s\n", "import", _("Import check-ins from a CSV file"));
      return TANDEM_CLI_OK;
    }

  if (argc < 2)
    return tandem_cli_usage_error (_("“checkin” needs “add”, “list”, “delete” or “import”."));
  return tandem_cli_usage_error (_("Unknown “checkin” command “%s”: use “add”, “list”, “delete” or “import”."), argv[1]);
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

int
tandem_cli_command_calendar (CliContext  *context,
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

  if ((status = tandem_cli_parse_options ("calendar", NULL,
                                          _("Prints what the calendar shows for one person and one month, as JSON."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“calendar” takes no arguments, but got “%s”."), argv[1]);
  if (!parse_id (person, &person_id))
    return tandem_cli_usage_error (_("--person needs the id of a person."));
  if (goal_text != NULL && !parse_id (goal_text, &goal_id))
    return tandem_cli_usage_error (_("--goal needs the id of a goal."));
  if (month_text == NULL || strlen (month_text) != 7 || month_text[4] != '-' ||
      !g_ascii_string_to_unsigned (month_text + 5, 10, 1, 12, &month_number, NULL) ||
      !g_ascii_isdigit (month_text[5]) || !g_ascii_isdigit (month_text[6]))
    return tandem_cli_usage_error (_("--month needs a month in the form YYYY-MM."));
  {
    g_autofree char *year_text = g_strndup (month_text, 4);

    if (!g_ascii_isdigit (year_text[0]) ||
        !g_ascii_string_to_unsigned (year_text, 10, 1, 9999, &year, NULL))
      return tandem_cli_usage_error (_("--month needs a month in the form YYYY-MM."));
  }
  if (first_weekday < G_DATE_MONDAY || first_weekday > G_DATE_SUNDAY)
    return tandem_cli_usage_error (_("--first-weekday must be between 1 (Monday) and 7 (Sunday)."));

  if (!(store = open_store (context, &error)) || !check_person (store, person_id, &error))
    return tandem_cli_fail_with (error);

  if (!(month = tandem_calendar_month_load (store, person_id, year, month_number,
                                            first_weekday, goal_id, &error)))
    {
      if (goal_id != 0 && g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
        {
          g_autofree char *id = id_text (goal_id);
          g_autofree char *message = g_strdup_printf (_("No goal has the id %s."), id);

          tandem_cli_print_error (message);
          return TANDEM_CLI_FAILED;
        }
      return tandem_cli_fail_with (error);
    }

  if (!(streak = tandem_streak_load (store, person_id, year, month_number, NULL, &error)))
    return tandem_cli_fail_with (error);

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
  tandem_cli_print_json (root);
  return TANDEM_CLI_OK;
}
