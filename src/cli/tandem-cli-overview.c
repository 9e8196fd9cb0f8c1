/* tandem-cli-overview.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-cli-private.h"

/* overview ---------------------------------------------------------------- */

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL || value[0] == '\0')
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

static void
add_double (JsonBuilder *builder,
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
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_id (JsonBuilder *builder,
        const char  *name,
        gint64       id)
{
  json_builder_set_member_name (builder, name);
  if (id == 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, id);
}

static void
add_rate (JsonBuilder *builder,
          const char  *name,
          guint        done,
          guint        due)
{
  add_double (builder, name, due > 0 ? (double) done / due : NAN);
}

static const char *
trend_to_string (TandemTrend trend)
{
  switch (trend)
    {
    case TANDEM_TREND_TOWARD_TARGET:
      return "toward-target";
    case TANDEM_TREND_STEADY:
      return "steady";
    case TANDEM_TREND_AT_TARGET:
      return "at-target";
    case TANDEM_TREND_AWAY_FROM_TARGET:
      return "away-from-target";
    case TANDEM_TREND_NOT_ENOUGH_DATA:
    default:
      return "not-enough-data";
    }
}

/* The end of the local day @day, as "now" for a day given on the command
 * line: every session of that day counts as before it. */
static gint64
end_of_day (const char *day)
{
  g_autoptr(GDateTime) midnight = NULL;
  GDate date;

  if (!tandem_date_parse (day, &date))
    return 0;
  g_date_add_days (&date, 1);
  midnight = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                    g_date_get_day (&date), 0, 0, 0);
  return midnight != NULL ? g_date_time_to_unix (midnight) * G_USEC_PER_SEC - 1 : 0;
}

static JsonNode *
overview_to_json (TandemOverview *overview)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const TandemOverviewFlag *flags;
  const TandemOverviewHomework *homework;
  const TandemOverviewWeek *weeks;
  const TandemOverviewScale *scales;
  const TandemOverviewGoal *goals;
  const TandemOverviewWin *wins;
  const TandemOverviewStressor *stressors;
  guint n, n_due, n_done;

  json_builder_begin_object (builder);
  add_int (builder, "person_id", tandem_overview_get_person_id (overview));
  add_string (builder, "from", tandem_overview_get_from (overview));
  add_string (builder, "to", tandem_overview_get_to (overview));
  add_id (builder, "session_id", tandem_overview_get_session_id (overview));
  if (tandem_overview_get_session_id (overview) != 0)
    {
      g_autofree char *starts_at = tandem_cli_format_instant (tandem_overview_get_session_starts_at (overview));

      add_string (builder, "session_starts_at", starts_at);
    }
  else
    add_string (builder, "session_starts_at", NULL);

  flags = tandem_overview_get_flags (overview, &n);
  json_builder_set_member_name (builder, "safety_flags");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *taken_at = tandem_cli_format_instant (flags[i].taken_at);

      json_builder_begin_object (builder);
      add_int (builder, "response_id", flags[i].response_id);
      add_string (builder, "scale", flags[i].instrument);
      add_string (builder, "short_name", flags[i].short_name);
      add_string (builder, "day", flags[i].day);
      add_string (builder, "taken_at", taken_at);
      add_double (builder, "score", flags[i].score);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "adherence");
  json_builder_begin_object (builder);
  add_int (builder, "days", tandem_overview_get_n_days (overview));
  add_int (builder, "days_with_check_in", tandem_overview_get_n_check_in_days (overview));
  add_int (builder, "rest_days", tandem_overview_get_n_rest_days (overview));
  json_builder_end_object (builder);

  tandem_overview_get_homework_totals (overview, &n_due, &n_done);
  json_builder_set_member_name (builder, "homework");
  json_builder_begin_object (builder);
  add_int (builder, "due", n_due);
  add_int (builder, "done", n_done);
  add_rate (builder, "rate", n_done, n_due);
  homework = tandem_overview_get_homework (overview, &n);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      json_builder_begin_object (builder);
      add_int (builder, "id", homework[i].homework_id);
      add_string (builder, "title", homework[i].title);
      add_string (builder, "due_on", homework[i].due_on);
      add_string (builder, "done_on", homework[i].done_on);
      json_builder_set_member_name (builder, "done");
      json_builder_add_boolean_value (builder, homework[i].done_on != NULL);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  weeks = tandem_overview_get_homework_weeks (overview, &n);
  json_builder_set_member_name (builder, "weeks");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      json_builder_begin_object (builder);
      add_string (builder, "week_start", weeks[i].week_start);
      add_int (builder, "due", weeks[i].n_due);
      add_int (builder, "done", weeks[i].n_done);
      add_rate (builder, "rate", weeks[i].n_done, weeks[i].n_due);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  scales = tandem_overview_get_scales (overview, &n);
  json_builder_set_member_name (builder, "questionnaires");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      json_builder_begin_object (builder);
      add_string (builder, "scale", scales[i].instrument);
      add_string (builder, "short_name", scales[i].short_name);
      add_int (builder, "in_period", scales[i].n_in_period);
      add_string (builder, "latest_day", scales[i].latest_day);
      add_double (builder, "latest_score", scales[i].latest_score);
      add_string (builder, "band_label", scales[i].band_label);
      add_string (builder, "previous_day", scales[i].has_previous ? scales[i].previous_day : NULL);
      add_double (builder, "previous_score", scales[i].has_previous ? scales[i].previous_score : NAN);
      add_string (builder, "classification", tandem_change_class_to_string (scales[i].change.classification));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  goals = tandem_overview_get_goals (overview, &n);
  json_builder_set_member_name (builder, "goals");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      json_builder_begin_object (builder);
      add_int (builder, "id", goals[i].goal_id);
      add_string (builder, "title", goals[i].title);
      add_string (builder, "unit", goals[i].unit);
      add_string (builder, "latest_week", goals[i].latest_week);
      add_double (builder, "latest", goals[i].latest);
      add_double (builder, "baseline", goals[i].baseline);
      add_double (builder, "target", goals[i].target);
      add_double (builder, "progress", goals[i].progress);
      json_builder_set_member_name (builder, "met");
      json_builder_add_boolean_value (builder, goals[i].met);
      add_string (builder, "trend", trend_to_string (goals[i].trend));
      add_string (builder, "trend_text", goals[i].trend_text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  wins = tandem_overview_get_wins (overview, &n);
  json_builder_set_member_name (builder, "wins");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      json_builder_begin_object (builder);
      add_int (builder, "check_in_id", wins[i].check_in_id);
      add_string (builder, "day", wins[i].day);
      add_id (builder, "goal_id", wins[i].goal_id);
      add_string (builder, "note", wins[i].note);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  stressors = tandem_overview_get_stressors (overview, &n);
  json_builder_set_member_name (builder, "stressors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      json_builder_begin_object (builder);
      add_string (builder, "stressor", stressors[i].stressor);
      add_int (builder, "count", stressors[i].count);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

int
tandem_cli_command_overview (CliContext  *context,
                             int          argc,
                             char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemOverview) overview = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *person_text = NULL;
  g_autofree char *since = NULL;
  g_autofree char *today = NULL;
  gboolean json = TRUE;
  gint64 now;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person_text, N_("Whose overview: a person’s id or UUID"), N_("P") },
    { "since", 0, 0, G_OPTION_ARG_STRING, &since,
      N_("The first day, YYYY-MM-DD (default: the day of the last session, or the last 14 days)"), N_("DATE") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today, N_("The last day, YYYY-MM-DD (default: today)"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (the default)"), NULL },
    { NULL }
  };

  if ((status = tandem_cli_parse_options ("overview", NULL,
                                          _("Prints what happened since the last session, as JSON."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“overview” takes no arguments, but got “%s”."), argv[1]);
  if (person_text == NULL)
    return tandem_cli_usage_error (_("--person needs the id or UUID of a person."));
  if (since != NULL && !tandem_date_is_valid (since))
    return tandem_cli_usage_error (_("--since needs a date in the form YYYY-MM-DD."));
  if (today != NULL && !tandem_date_is_valid (today))
    return tandem_cli_usage_error (_("--today needs a date in the form YYYY-MM-DD."));

  if (today == NULL)
    {
      today = tandem_date_today ();
      now = g_get_real_time ();
    }
  else
    now = end_of_day (today);

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(person = tandem_cli_find_person (store, person_text, &error)) ||
      !(registry = tandem_scale_registry_new (&error)))
    return tandem_cli_fail_with (error);
  if (!tandem_scale_registry_load_custom (registry, store, &error))
    return tandem_cli_fail_with (error);

  if (!(overview = tandem_overview_load (store, registry, tandem_record_get_id (TANDEM_RECORD (person)),
                                         since, today, now, &error)))
    return tandem_cli_fail_with (error);

  root = overview_to_json (overview);
  tandem_cli_print_json (root);
  return TANDEM_CLI_OK;
}
