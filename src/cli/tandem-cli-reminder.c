/* tandem-cli-reminder.c
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

  if ((status = tandem_cli_parse_options ("reminder add", NULL,
                                          _("Adds a reminder and prints its id."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“reminder add” takes no arguments, but got “%s”."), argv[1]);

  if (kind_text == NULL || !parse_enum (TANDEM_TYPE_REMINDER_KIND, kind_text, &kind))
    return tandem_cli_usage_error (_("--kind must be one of check-in, homework, questionnaire, "
                                     "appointment or custom."));
  if (schedule_text == NULL || !parse_enum (TANDEM_TYPE_RECURRENCE, schedule_text, &recurrence))
    return tandem_cli_usage_error (_("--schedule must be one of once, daily, weekdays, weekly or monthly."));
  if (times == NULL || !tandem_schedule_parse_times (times, NULL, NULL))
    return tandem_cli_usage_error (_("--times needs local times of day written HH:MM, separated by "
                                     "commas, such as 08:00,20:30."));

  if (days != NULL)
    {
      if (recurrence != TANDEM_RECURRENCE_WEEKDAYS && recurrence != TANDEM_RECURRENCE_WEEKLY)
        return tandem_cli_usage_error (_("--days goes with --schedule weekdays or weekly."));
      if (!parse_days (days, &mask))
        return tandem_cli_usage_error (_("--days needs days of the week such as mon,wed,fri."));
    }
  else if (recurrence == TANDEM_RECURRENCE_WEEKDAYS)
    {
      return tandem_cli_usage_error (_("--schedule weekdays needs --days, such as mon,wed,fri."));
    }

  if (every_weeks != 0 && recurrence != TANDEM_RECURRENCE_WEEKLY)
    return tandem_cli_usage_error (_("--every-weeks goes with --schedule weekly."));
  if (every_weeks < 0 || every_weeks > 52)
    return tandem_cli_usage_error (_("--every-weeks must be between 1 and 52."));
  if (month_day != 0 && recurrence != TANDEM_RECURRENCE_MONTHLY)
    return tandem_cli_usage_error (_("--month-day goes with --schedule monthly."));
  if (month_day < 0 || month_day > 31)
    return tandem_cli_usage_error (_("--month-day must be between 1 and 31."));

  if (start != NULL && !tandem_date_is_valid (start))
    return tandem_cli_usage_error (_("“%s” is not a date in the form YYYY-MM-DD."), start);
  if (end != NULL && !tandem_date_is_valid (end))
    return tandem_cli_usage_error (_("“%s” is not a date in the form YYYY-MM-DD."), end);

  if (quiet != NULL)
    {
      quiet_parts = g_strsplit (quiet, "-", -1);
      if (g_strv_length (quiet_parts) != 2 ||
          !tandem_schedule_parse_time_of_day (quiet_parts[0], NULL) ||
          !tandem_schedule_parse_time_of_day (quiet_parts[1], NULL))
        return tandem_cli_usage_error (_("--quiet needs two times of day, such as 22:00-07:00."));
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
    return tandem_cli_usage_error ("%s", error->message);

  if (!(store = tandem_store_open (context->db_path, &error)))
    return tandem_cli_fail_with (error);

  if (person_id == 0)
    {
      if (!(person = tandem_store_dup_owner (store, &error)))
        {
          if (error != NULL)
            return tandem_cli_fail_with (error);
          tandem_cli_print_error (_("The database has no owner yet: create one with “init --name” "
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

          tandem_cli_print_error (message);
          return TANDEM_CLI_FAILED;
        }
      return tandem_cli_fail_with (error);
    }

  tandem_reminder_set_person_id (reminder, tandem_record_get_id (TANDEM_RECORD (person)));

  if (!tandem_store_insert (store, TANDEM_RECORD (reminder), &error) ||
      !tandem_store_update_next_due (store, tandem_record_get_id (TANDEM_RECORD (reminder)),
                                     now, tz, &error))
    return tandem_cli_fail_with (error);

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
      tandem_cli_print_json (root);
    }
  else
    {
      g_print ("%" G_GINT64_FORMAT "\n", tandem_record_get_id (TANDEM_RECORD (reminder)));
    }

  tandem_cli_wake_reminders ();
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

  if ((status = tandem_cli_parse_options ("reminder list", NULL,
                                          _("Prints the reminders, the next due first, as JSON."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“reminder list” takes no arguments, but got “%s”."), argv[1]);
  if (person_id < 0)
    return tandem_cli_usage_error (_("--person needs the id of a person."));

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(list = tandem_store_list_reminders (store, person_id, &error)))
    return tandem_cli_fail_with (error);

  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemReminder) reminder = g_list_model_get_item (G_LIST_MODEL (list), i);

      build_reminder (builder, reminder, tz);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  tandem_cli_print_json (root);
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

  if ((status = tandem_cli_parse_options ("reminder next", NULL,
                                          _("Prints the next due times of the enabled reminders, as the "
                                            "reminder service computes them, as JSON."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“reminder next” takes no arguments, but got “%s”."), argv[1]);
  if (count < 1 || count > 1000)
    return tandem_cli_usage_error (_("--count must be between 1 and 1000."));
  if (person_id < 0)
    return tandem_cli_usage_error (_("--person needs the id of a person."));

  if (at != NULL)
    {
      if (!(now = g_date_time_new_from_iso8601 (at, NULL)))
        return tandem_cli_usage_error (_("“%s” is not a time in ISO 8601 with an offset, such as "
                                         "2026-03-08T09:00:00+01:00."), at);
    }
  else
    {
      now = g_date_time_new_now_utc ();
    }

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(coming = tandem_store_list_next_due (store, person_id, now, tz, count, &error)))
    return tandem_cli_fail_with (error);

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
  tandem_cli_print_json (root);
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

int
tandem_cli_command_reminder (CliContext  *context,
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

  return tandem_cli_usage_error (_("Unknown command “reminder %s”. See “tandem-cli reminder --help”."),
                                 argv[1]);
}
