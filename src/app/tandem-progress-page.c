/* tandem-progress-page.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-progress-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "tandem-chart.h"
#include "tandem-progress-page.h"
#include "tandem-timing.h"
#include "tandem-window.h"

/* One questionnaire at a time over a time range: a chart with the
 * questionnaire's bands and clinical cut-off, the reliable change between
 * the first and the latest result in the range, and the same numbers as a
 * table. In the therapist profile a safety flag comes first. */

struct _TandemProgressPage
{
  TandemPage           parent_instance;

  TandemScaleRegistry *registry;
  TandemStore         *registry_store;
  GListStore          *responses;      /* all of the person's, by day */
  GStrv                instruments;    /* in the dropdown's order */
  char                *instrument;
  char                *range;
  gint64               person_id;
  guint                n_responses;
  gboolean             updating;

  /* Template widgets */
  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  GtkWidget           *flag_banner;
  GtkLabel            *flag_label;
  GtkDropDown         *questionnaire_dropdown;
  GtkToggleButton     *table_button;
  GtkLabel            *latest_label;
  GtkLabel            *badge;
  GtkStack            *view_stack;
  GtkWidget           *remind_button;
  GHashTable          *goals;           /* "goal:ID" → TandemGoal, the measured goals */
  GArray              *goal_values;     /* TandemGoalValue: the chosen goal's or mood's, in range */
  GArray              *moods;           /* TandemGoalValue: every mood of the person's */
  GPtrArray           *table_responses; /* the rows of the table, oldest first */
  gboolean             table_stale;     /* the table is filled when shown */
  TandemChart         *chart;
  GtkListBox          *list;
  GtkLabel            *range_empty_label;
};

G_DEFINE_FINAL_TYPE (TandemProgressPage, tandem_progress_page, TANDEM_TYPE_PAGE)

/* The chooser's entry for the overall mood of the days. */
#define MOOD_ID "mood"

enum {
  PROP_0,
  PROP_RANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *flag_text_msgid =
  /* Translators: shown beside a PHQ-9 result whose item 9 (thoughts of
   * being better off dead or of self-harm) was answered above zero */
  N_("Needs follow-up: thoughts of self-harm were reported");

static gint64
day_to_time (const char *day)
{
  g_autoptr(GDateTime) date = NULL;
  int y, m, d;

  if (day == NULL || sscanf (day, "%d-%d-%d", &y, &m, &d) != 3 ||
      !(date = g_date_time_new_local (y, m, d, 12, 0, 0)))
    return 0;

  return g_date_time_to_unix (date) * G_USEC_PER_SEC;
}

static char *
format_short_day (const char *day)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (day_to_time (day) / G_USEC_PER_SEC);

  /* Translators: a short date inside a sentence, in g_date_time_format ()
   * syntax, e.g. "3 March" */
  return g_date_time_format (date, C_("short date", "%-d %B"));
}

/* The first day of the chosen range, or NULL for all. */
static char *
dup_range_start (const char *range)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = NULL;

  if (g_strcmp0 (range, "month") == 0)
    start = g_date_time_add_months (now, -1);
  else if (g_strcmp0 (range, "3-months") == 0)
    start = g_date_time_add_months (now, -3);
  else if (g_strcmp0 (range, "6-months") == 0)
    start = g_date_time_add_months (now, -6);
  else if (g_strcmp0 (range, "year") == 0)
    start = g_date_time_add_years (now, -1);
  else
    return NULL;

  return g_date_time_format (start, "%Y-%m-%d");
}

static TandemScale *
lookup_scale (TandemProgressPage *self,
              const char         *id)
{
  return self->registry ? tandem_scale_registry_lookup (self->registry, id) : NULL;
}

static char *
dup_instrument_name (TandemProgressPage *self,
                     const char         *id)
{
  TandemScale *scale = lookup_scale (self, id);

  if (scale != NULL)
    return g_strdup (tandem_scale_get_short_name (scale));

  return g_ascii_strup (id, -1);
}

static void
ensure_registry (TandemProgressPage *self,
                 TandemStore        *store)
{
  g_autoptr(GError) error = NULL;

  if (self->registry != NULL && self->registry_store == store)
    return;

  g_clear_object (&self->registry);
  self->registry_store = store;
  self->registry = tandem_scale_registry_new (&error);
  if (self->registry == NULL)
    {
      g_warning ("The built-in questionnaires could not be read: %s", error->message);
      return;
    }
  if (store != NULL && !tandem_scale_registry_load_custom (self->registry, store, &error))
    g_warning ("Custom questionnaires could not be read: %s", error->message);
}

static const char *
change_class_text (TandemChangeClass classification)
{
  switch (classification)
    {
    case TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT:
      return _("Reliable improvement");
    case TANDEM_CHANGE_CLASS_NO_RELIABLE_CHANGE:
      return _("No reliable change");
    case TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION:
      return _("Reliable deterioration");
    case TANDEM_CHANGE_CLASS_NOT_AVAILABLE:
    default:
      return NULL;
    }
}

static const char *
change_class_phrase (TandemChangeClass classification)
{
  switch (classification)
    {
    case TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT:
      /* Translators: ends the chart's summary, e.g. "9 points lower, a reliable improvement" */
      return _("a reliable improvement");
    case TANDEM_CHANGE_CLASS_NO_RELIABLE_CHANGE:
      return _("no reliable change");
    case TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION:
      return _("a reliable deterioration");
    case TANDEM_CHANGE_CLASS_NOT_AVAILABLE:
    default:
      return NULL;
    }
}

static GtkWidget *
create_flag_icon (void)
{
  const char *text = _(flag_text_msgid);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_set_tooltip_text (icon, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  gtk_widget_add_css_class (icon, "warning");

  return icon;
}

static GtkWidget *
create_response_row (TandemProgressPage *self,
                     TandemScale        *scale,
                     TandemResponse     *response)
{
  const TandemScaleBand *band = NULL;
  g_autofree char *day = tandem_page_format_day (tandem_response_get_day (response));
  g_autofree char *total = g_strdup_printf ("%g", tandem_response_get_total (response));
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (scale != NULL)
    band = tandem_scale_find_band (scale, tandem_response_get_total (response));

  if (band != NULL)
    /* Translators: a questionnaire result in the table: the score and its band in plain words */
    subtitle = g_strdup_printf (_("Score %s, %s"), total, tandem_scale_translate_label (band->label));
  else
    /* Translators: a questionnaire result in the table: the score */
    subtitle = g_strdup_printf (_("Score %s"), total);

  row = tandem_page_create_row (day, subtitle);

  if (tandem_response_get_safety_flag (response))
    tandem_list_row_add_suffix (TANDEM_LIST_ROW (row), create_flag_icon ());

  return row;
}

static void
update_flag_banner (TandemProgressPage *self)
{
  TandemPage *page = TANDEM_PAGE (self);
  TandemResponse *flagged = NULL;
  guint n = self->responses ? g_list_model_get_n_items (G_LIST_MODEL (self->responses)) : 0;

  for (guint i = n; i > 0 && flagged == NULL; i--)
    {
      g_autoptr(TandemResponse) response = g_list_model_get_item (G_LIST_MODEL (self->responses), i - 1);

      if (tandem_response_get_safety_flag (response))
        flagged = response;
    }

  if (flagged != NULL && tandem_page_get_therapist_profile (page))
    {
      g_autofree char *name = dup_instrument_name (self, tandem_response_get_instrument (flagged));
      g_autofree char *day = format_short_day (tandem_response_get_day (flagged));
      g_autofree char *text = NULL;

      /* Translators: at the top of a client's Progress page; %s are a
       * questionnaire's short name and a short date */
      text = g_strdup_printf (_("On the %s of %s, thoughts of self-harm were reported. "
                                "Please follow up."), name, day);
      gtk_label_set_label (self->flag_label, text);
      gtk_widget_set_visible (self->flag_banner, TRUE);
    }
  else
    {
      gtk_widget_set_visible (self->flag_banner, FALSE);
    }
}

/* A value of a goal's measure in words: "3 walks", "Yes", "7 out of 10". */
static char *
format_goal_value (TandemGoal *goal,
                   double      value)
{
  const char *unit = tandem_goal_get_unit (goal);

  switch (tandem_goal_get_measure_kind (goal))
    {
    case TANDEM_MEASURE_YES_NO:
      return g_strdup (value >= 0.5 ? _("Yes") : _("No"));
    case TANDEM_MEASURE_RATING:
      /* Translators: a rating on a goal's 0 to 10 scale */
      return g_strdup_printf (_("%g out of 10"), value);
    case TANDEM_MEASURE_COUNT:
    case TANDEM_MEASURE_NONE:
    case TANDEM_MEASURE_QUESTIONNAIRE:
    default:
      if (unit != NULL && unit[0] != '\0')
        /* Translators: a count and its unit, e.g. "3 walks" */
        return g_strdup_printf (_("%g %s"), value, unit);
      return g_strdup_printf ("%g", value);
    }
}

static gboolean
is_charted_goal (TandemGoal *goal)
{
  switch (tandem_goal_get_measure_kind (goal))
    {
    case TANDEM_MEASURE_COUNT:
    case TANDEM_MEASURE_RATING:
    case TANDEM_MEASURE_YES_NO:
      return tandem_goal_get_status (goal) != TANDEM_GOAL_STATUS_DROPPED;
    case TANDEM_MEASURE_NONE:
    case TANDEM_MEASURE_QUESTIONNAIRE: /* charted as its questionnaire */
    default:
      return FALSE;
    }
}

/* Therapy sessions, and for a goal its changes, as marks on the time axis. */
static void
add_events (TandemProgressPage *self,
            TandemGoal         *goal)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  TandemPerson *person = tandem_page_get_person (TANDEM_PAGE (self));
  g_autoptr(GListStore) sessions = NULL;
  g_autoptr(GListStore) revisions = NULL;

  if (store == NULL || person == NULL)
    return;

  if ((sessions = tandem_store_list_therapy_sessions (store, tandem_record_get_id (TANDEM_RECORD (person)), NULL)))
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sessions)); i++)
      {
        g_autoptr(TandemTherapySession) session = g_list_model_get_item (G_LIST_MODEL (sessions), i);

        tandem_chart_add_event (self->chart, tandem_therapy_session_get_starts_at (session),
                                _("Therapy session"));
      }

  if (goal != NULL &&
      (revisions = tandem_store_list_goal_revisions (store, tandem_record_get_id (TANDEM_RECORD (goal)), NULL)))
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (revisions)); i++)
      {
        g_autoptr(TandemGoalRevision) revision = g_list_model_get_item (G_LIST_MODEL (revisions), i);

        tandem_chart_add_event (self->chart, tandem_record_get_created_at (TANDEM_RECORD (revision)),
                                _("Goal changed"));
      }
}

static void update_table (TandemProgressPage *self);

/* The overall mood of the days in the range, 0 to 10. */
static void
update_mood_view (TandemProgressPage *self)
{
  g_autofree char *from_day = dup_range_start (self->range);
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (TandemChartPoint));

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remind_button), "(ss)", "check-in", "");
  g_array_set_size (self->goal_values, 0);

  for (guint i = 0; self->moods != NULL && i < self->moods->len; i++)
    {
      const TandemGoalValue *value = &g_array_index (self->moods, TandemGoalValue, i);
      TandemChartPoint point = { day_to_time (value->day), value->value, FALSE };

      if (from_day != NULL && strcmp (value->day, from_day) < 0)
        continue;
      g_array_append_val (points, point);
      g_array_append_val (self->goal_values, *value);
    }

  tandem_chart_set_y_range (self->chart, 0, 10);
  if (from_day != NULL)
    tandem_chart_set_time_range (self->chart, day_to_time (from_day), g_get_real_time ());
  tandem_chart_add_series (self->chart, _("Mood"), (TandemChartPoint *) (gpointer) points->data, points->len);
  add_events (self, NULL);

  if (self->goal_values->len > 0)
    {
      const TandemGoalValue *last = &g_array_index (self->goal_values, TandemGoalValue, self->goal_values->len - 1);
      g_autofree char *day = format_short_day (last->day);
      g_autofree char *latest = NULL;

      /* Translators: the latest overall mood: its date and the value out of 10 */
      latest = g_strdup_printf (_("Latest, %s: %g out of 10"), day, last->value);
      gtk_label_set_label (self->latest_label, latest);
    }

  update_table (self);
  gtk_widget_set_visible (GTK_WIDGET (self->range_empty_label), self->goal_values->len == 0);
}

/* A goal's measure over the range: its values, baseline and target. */
static void
update_goal_view (TandemProgressPage *self,
                  TandemGoal         *goal)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  g_autofree char *from_day = dup_range_start (self->range);
  g_autofree char *today = tandem_date_today ();
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (TandemChartPoint));
  g_autoptr(GArray) values = NULL;
  g_autoptr(TandemGoalSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  double baseline = tandem_goal_get_baseline (goal);
  double target = tandem_goal_get_target (goal);
  double max = 1;

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remind_button), "(ss)", "check-in",
                                    tandem_record_get_uuid (TANDEM_RECORD (goal)));

  values = tandem_store_list_goal_values (store, tandem_record_get_id (TANDEM_RECORD (goal)),
                                          from_day, today, &error);
  if (values == NULL)
    {
      g_warning ("Could not read the goal's values: %s", error->message);
      return;
    }

  /* The weeks of the range: a measure counted per week or month is charted
   * week by week against its target, a daily one day by day. */
  if (values->len > 0)
    summary = tandem_goal_summary_load (store, tandem_record_get_id (TANDEM_RECORD (goal)),
                                        from_day ? from_day : g_array_index (values, TandemGoalValue, 0).day,
                                        today, &error);
  if (values->len > 0 && summary == NULL)
    g_warning ("Could not sum the goal's weeks: %s", error->message);

  if (summary != NULL && tandem_goal_get_measure_period (goal) != TANDEM_PERIOD_DAY &&
      tandem_goal_get_measure_period (goal) != TANDEM_PERIOD_NONE)
    {
      for (guint i = 0; i < tandem_goal_summary_get_n_weeks (summary); i++)
        {
          const TandemSummaryWeek *week = tandem_goal_summary_get_week (summary, i);
          TandemChartPoint point = { day_to_time (week->week_start), week->measure, FALSE };

          if (week->n_entries == 0 || isnan (week->measure))
            continue;
          g_array_append_val (points, point);
          max = MAX (max, week->measure);
        }
    }
  else
    {
      for (guint i = 0; i < values->len; i++)
        {
          const TandemGoalValue *value = &g_array_index (values, TandemGoalValue, i);
          TandemChartPoint point = { day_to_time (value->day), value->value, FALSE };

          g_array_append_val (points, point);
          max = MAX (max, value->value);
        }
    }

  /* The trend in words, as the badge. */
  if (summary != NULL)
    {
      TandemTrend trend = tandem_goal_summary_get_trend (summary);
      g_autofree char *text = tandem_goal_summary_dup_trend_text (summary);

      gtk_label_set_label (self->badge, text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->badge), "success");
      gtk_widget_remove_css_class (GTK_WIDGET (self->badge), "warning");
      if (trend == TANDEM_TREND_TOWARD_TARGET || trend == TANDEM_TREND_AT_TARGET)
        gtk_widget_add_css_class (GTK_WIDGET (self->badge), "success");
      gtk_widget_set_visible (GTK_WIDGET (self->badge), trend != TANDEM_TREND_NOT_ENOUGH_DATA);
    }

  switch (tandem_goal_get_measure_kind (goal))
    {
    case TANDEM_MEASURE_RATING:
      tandem_chart_set_y_range (self->chart, 0, 10);
      break;
    case TANDEM_MEASURE_YES_NO:
      tandem_chart_set_y_range (self->chart, 0, 1);
      break;
    case TANDEM_MEASURE_COUNT:
    case TANDEM_MEASURE_NONE:
    case TANDEM_MEASURE_QUESTIONNAIRE:
    default:
      if (!isnan (target))
        max = MAX (max, target);
      if (!isnan (baseline))
        max = MAX (max, baseline);
      tandem_chart_set_y_range (self->chart, 0, ceil (max * 1.1));
      break;
    }
  tandem_chart_set_goal_lines (self->chart, baseline, target);
  if (from_day != NULL)
    tandem_chart_set_time_range (self->chart, day_to_time (from_day), g_get_real_time ());
  tandem_chart_add_series (self->chart, tandem_goal_get_title (goal),
                           (TandemChartPoint *) (gpointer) points->data, points->len);
  add_events (self, goal);

  if (points->len > 0 && summary != NULL && tandem_goal_get_measure_period (goal) != TANDEM_PERIOD_DAY &&
      tandem_goal_get_measure_period (goal) != TANDEM_PERIOD_NONE)
    {
      const TandemSummaryWeek *week = NULL;
      g_autofree char *day = NULL;
      g_autofree char *text = NULL;
      g_autofree char *latest = NULL;

      for (guint i = tandem_goal_summary_get_n_weeks (summary); i > 0 && week == NULL; i--)
        {
          const TandemSummaryWeek *candidate = tandem_goal_summary_get_week (summary, i - 1);

          if (candidate->n_entries > 0 && !isnan (candidate->measure))
            week = candidate;
        }
      day = format_short_day (week->week_start);
      text = format_goal_value (goal, week->measure);
      /* Translators: the latest week of a goal's measure: the week's first day and its total */
      latest = g_strdup_printf (_("Week of %s: %s"), day, text);
      gtk_label_set_label (self->latest_label, latest);
    }
  else if (values->len > 0)
    {
      const TandemGoalValue *last = &g_array_index (values, TandemGoalValue, values->len - 1);
      g_autofree char *day = format_short_day (last->day);
      g_autofree char *text = format_goal_value (goal, last->value);
      g_autofree char *latest = NULL;

      /* Translators: the latest value of a goal's measure: its date and the value */
      latest = g_strdup_printf (_("Latest, %s: %s"), day, text);
      gtk_label_set_label (self->latest_label, latest);
    }

  g_array_set_size (self->goal_values, 0);
  g_array_append_vals (self->goal_values, values->data, values->len);
  update_table (self);
  gtk_widget_set_visible (GTK_WIDGET (self->range_empty_label), values->len == 0);
}

/* The table, newest first: filled when it is on screen and out of date. */
static void
update_table (TandemProgressPage *self)
{
  TandemScale *scale;

  if (!self->table_stale || !gtk_toggle_button_get_active (self->table_button))
    return;

  self->table_stale = FALSE;
  tandem_page_clear_list (self->list);
  if (self->instrument == NULL)
    return;

  if (g_str_equal (self->instrument, MOOD_ID))
    {
      for (guint i = self->goal_values->len; i > 0; i--)
        {
          const TandemGoalValue *value = &g_array_index (self->goal_values, TandemGoalValue, i - 1);
          g_autofree char *day = tandem_page_format_day (value->day);
          /* Translators: the overall mood of a day, on a 0 to 10 scale */
          g_autofree char *text = g_strdup_printf (_("%g out of 10"), value->value);

          gtk_list_box_append (self->list, tandem_page_create_row (day, text));
        }
      return;
    }

  if (g_hash_table_contains (self->goals, self->instrument))
    {
      TandemGoal *goal = g_hash_table_lookup (self->goals, self->instrument);

      for (guint i = self->goal_values->len; i > 0; i--)
        {
          const TandemGoalValue *value = &g_array_index (self->goal_values, TandemGoalValue, i - 1);
          g_autofree char *day = tandem_page_format_day (value->day);
          g_autofree char *text = format_goal_value (goal, value->value);

          gtk_list_box_append (self->list, tandem_page_create_row (day, text));
        }
      return;
    }

  scale = lookup_scale (self, self->instrument);
  for (guint i = self->table_responses->len; i > 0; i--)
    gtk_list_box_append (self->list,
                         create_response_row (self, scale, g_ptr_array_index (self->table_responses, i - 1)));
}

static void
update_view (TandemProgressPage *self)
{
  TandemScale *scale;
  g_autofree char *from_day = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (TandemChartPoint));
  g_autoptr(GPtrArray) in_range = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = self->responses ? g_list_model_get_n_items (G_LIST_MODEL (self->responses)) : 0;
  double min = 0, max = 10;
  const char *op;
  double threshold;

  tandem_chart_clear (self->chart);
  g_ptr_array_set_size (self->table_responses, 0);
  self->table_stale = TRUE;
  gtk_label_set_label (self->latest_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->badge), FALSE);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remind_button), "(ss)", "questionnaire",
                                    self->instrument ? self->instrument : "");
  if (self->instrument == NULL)
    return;

  if (g_str_equal (self->instrument, MOOD_ID))
    {
      update_mood_view (self);
      return;
    }

  if (g_hash_table_contains (self->goals, self->instrument))
    {
      update_goal_view (self, g_hash_table_lookup (self->goals, self->instrument));
      return;
    }

  scale = lookup_scale (self, self->instrument);
  name = dup_instrument_name (self, self->instrument);
  from_day = dup_range_start (self->range);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemResponse) response = g_list_model_get_item (G_LIST_MODEL (self->responses), i);
      TandemChartPoint point;

      if (g_strcmp0 (tandem_response_get_instrument (response), self->instrument) != 0)
        continue;
      if (from_day != NULL && g_strcmp0 (tandem_response_get_day (response), from_day) < 0)
        continue;

      point.time = day_to_time (tandem_response_get_day (response));
      point.value = tandem_response_get_total (response);
      point.flagged = tandem_response_get_safety_flag (response);
      g_array_append_val (points, point);
      g_ptr_array_add (in_range, g_steal_pointer (&response));
    }

  /* The chart: bands, cut-off and the points. */
  if (scale != NULL)
    {
      const TandemScaleBand *bands;
      guint n_bands;

      tandem_scale_get_score_range (scale, &min, &max);
      bands = tandem_scale_get_bands (scale, &n_bands);
      for (guint i = 0; i < n_bands; i++)
        tandem_chart_add_band (self->chart, bands[i].min, bands[i].max,
                               tandem_scale_translate_label (bands[i].label));
      if (tandem_scale_get_caseness (scale, &op, &threshold))
        tandem_chart_set_caseness (self->chart, threshold);
    }
  else
    {
      for (guint i = 0; i < points->len; i++)
        max = MAX (max, g_array_index (points, TandemChartPoint, i).value);
    }
  tandem_chart_set_y_range (self->chart, min, max);

  if (from_day != NULL)
    tandem_chart_set_time_range (self->chart, day_to_time (from_day),
                                 g_get_real_time ());

  tandem_chart_add_series (self->chart, name, (TandemChartPoint *) (gpointer) points->data,
                           points->len);

  add_events (self, NULL);

  /* The latest result and the change since the first one in range. */
  if (in_range->len > 0)
    {
      TandemResponse *first = g_ptr_array_index (in_range, 0);
      TandemResponse *last = g_ptr_array_index (in_range, in_range->len - 1);
      g_autofree char *day = format_short_day (tandem_response_get_day (last));
      g_autofree char *total = g_strdup_printf ("%g", tandem_response_get_total (last));
      const TandemScaleBand *band = scale ? tandem_scale_find_band (scale, tandem_response_get_total (last)) : NULL;
      g_autofree char *latest = NULL;

      if (band != NULL)
        /* Translators: the latest questionnaire result: its date, score and band */
        latest = g_strdup_printf (_("Latest, %s: %s, %s"), day, total, tandem_scale_translate_label (band->label));
      else
        /* Translators: the latest questionnaire result: its date and score */
        latest = g_strdup_printf (_("Latest, %s: %s"), day, total);
      gtk_label_set_label (self->latest_label, latest);

      if (scale != NULL && in_range->len > 1)
        {
          TandemScaleChange change;
          const char *text;
          const char *phrase;

          tandem_scale_compare (scale, tandem_response_get_total (first),
                                tandem_response_get_total (last), &change);
          text = change_class_text (change.classification);
          phrase = change_class_phrase (change.classification);

          if (text != NULL)
            {
              gtk_label_set_label (self->badge, text);
              gtk_widget_remove_css_class (GTK_WIDGET (self->badge), "success");
              gtk_widget_remove_css_class (GTK_WIDGET (self->badge), "warning");
              if (change.classification == TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT)
                gtk_widget_add_css_class (GTK_WIDGET (self->badge), "success");
              else if (change.classification == TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION)
                gtk_widget_add_css_class (GTK_WIDGET (self->badge), "warning");
              gtk_widget_set_visible (GTK_WIDGET (self->badge), TRUE);
            }

          if (phrase != NULL)
            {
              int points_changed = (int) floor (fabs (change.change) + 0.5);
              g_autofree char *amount = NULL;
              g_autofree char *summary = NULL;

              if (points_changed == 0)
                amount = g_strdup (_("no change"));
              else if (change.change < 0)
                amount = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d point lower",
                                                       "%d points lower", points_changed),
                                          points_changed);
              else
                amount = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d point higher",
                                                       "%d points higher", points_changed),
                                          points_changed);

              /* Translators: the chart read aloud: the chart's own summary
               * ("PHQ-9: 18 on 3 March, 9 on 2 June"), the change ("9 points
               * lower") and its meaning ("a reliable improvement") */
              summary = g_strdup_printf (C_("chart summary", "%s: %s, %s"),
                                         tandem_chart_get_summary (self->chart), amount, phrase);
              tandem_chart_set_summary (self->chart, summary);
            }
        }
    }

  /* The table: built when it is shown, as a page of widgets per result
   * would slow every switch of client or range down. */
  for (guint i = 0; i < in_range->len; i++)
    g_ptr_array_add (self->table_responses, g_object_ref (g_ptr_array_index (in_range, i)));
  update_table (self);

  gtk_widget_set_visible (GTK_WIDGET (self->range_empty_label), in_range->len == 0);
}

static void
on_questionnaire_dropdown_selected_cb (TandemProgressPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->questionnaire_dropdown);

  if (self->updating || self->instruments == NULL ||
      selected >= g_strv_length (self->instruments))
    return;

  g_free (self->instrument);
  self->instrument = g_strdup (self->instruments[selected]);
  update_view (self);
}

static void
on_table_button_toggled_cb (TandemProgressPage *self)
{
  gboolean table = gtk_toggle_button_get_active (self->table_button);

  update_table (self);
  gtk_stack_set_visible_child_name (self->view_stack, table ? "table" : "chart");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->table_button),
                               table ? _("Show as Chart") : _("Show as Table"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  table ? _("Show as Chart") : _("Show as Table"),
                                  -1);
}

static void
on_export_response_cb (GtkNativeDialog    *dialog,
                       int                 response,
                       TandemProgressPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkRoot *root;
  int width, height;

  g_assert (TANDEM_IS_PROGRESS_PAGE (self));

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) &&
      (path = g_file_get_path (file)))
    {
      const char *format = g_str_has_suffix (path, ".svg") || g_str_has_suffix (path, ".SVG")
                           ? "svg" : "png";

      width = MAX (800, gtk_widget_get_width (GTK_WIDGET (self->chart)));
      height = MAX (360, gtk_widget_get_height (GTK_WIDGET (self->chart)));

      if (!tandem_chart_export (self->chart, path, format, width, height, &error))
        {
          root = gtk_widget_get_root (GTK_WIDGET (self));
          if (TANDEM_IS_WINDOW (root))
            tandem_window_add_toast (TANDEM_WINDOW (root), error->message);
          else
            g_warning ("%s", error->message);
        }
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TandemProgressPage *self = TANDEM_PROGRESS_PAGE (widget);
  g_autoptr(GtkFileFilter) png = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) svg = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;
  GtkRoot *root = gtk_widget_get_root (widget);

  dialog = gtk_file_chooser_native_new (_("Save the Chart"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  gtk_file_filter_set_name (png, _("PNG picture"));
  gtk_file_filter_add_suffix (png, "png");
  gtk_file_filter_set_name (svg, _("SVG drawing"));
  gtk_file_filter_add_suffix (svg, "svg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), png);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), svg);

  /* Translators: the suggested file name of a saved chart; %s is a
   * questionnaire's id, e.g. "phq9" */
  name = g_strdup_printf (_("chart-%s.png"), self->instrument ? self->instrument : "");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
update_empty_page (TandemProgressPage *self)
{
  TandemPage *page = TANDEM_PAGE (self);
  TandemPerson *person = tandem_page_get_person (page);
  const char *name = person ? tandem_person_get_display_name (person) : NULL;
  g_autofree char *description = NULL;

  if (tandem_page_get_is_client (page))
    /* Translators: %s is the name of the therapist's client */
    description = g_markup_printf_escaped (_("Once %s has checked in a few times or filled "
                                             "in a questionnaire, the trend appears here."),
                                           name);
  else
    description = g_markup_escape_text (_("After a few check-ins or a questionnaire, your "
                                          "trend appears here, so you can see how far you "
                                          "have come."),
                                        -1);

  adw_status_page_set_description (self->empty_page, description);
}

static void
tandem_progress_page_reload (TandemPage *page)
{
  TandemProgressPage *self = (TandemProgressPage *)page;
  TandemStore *store = tandem_page_get_store (page);
  TandemPerson *person = tandem_page_get_person (page);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  const char *latest = NULL;
  gint64 latest_taken_at = G_MININT64;
  gint64 person_id = person ? tandem_record_get_id (TANDEM_RECORD (person)) : 0;
  gboolean added;
  guint selected = 0;
  guint n = 0;

  g_assert (TANDEM_IS_PROGRESS_PAGE (self));

  update_empty_page (self);
  g_clear_object (&self->responses);
  g_clear_pointer (&self->instruments, g_strfreev);

  if (store != NULL && person != NULL)
    {
      ensure_registry (self, store);
      self->responses = tandem_store_list_responses (store,
                                                     tandem_record_get_id (TANDEM_RECORD (person)),
                                                     NULL, NULL, NULL,
                                                     &error);
      if (self->responses == NULL)
        g_warning ("Could not list questionnaire results: %s", error->message);
      else
        n = g_list_model_get_n_items (G_LIST_MODEL (self->responses));
    }

  /* The questionnaires this person has results for, in the order first taken. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemResponse) response = g_list_model_get_item (G_LIST_MODEL (self->responses), i);
      const char *id = tandem_response_get_instrument (response);

      if (!g_hash_table_contains (seen, id))
        {
          g_autofree char *name = dup_instrument_name (self, id);

          g_hash_table_add (seen, (gpointer) g_intern_string (id));
          g_strv_builder_add (ids, id);
          gtk_string_list_append (names, name);
        }
      if (tandem_response_get_taken_at (response) >= latest_taken_at)
        {
          latest_taken_at = tandem_response_get_taken_at (response);
          latest = g_intern_string (id);
        }
    }
  /* Then the goals with a measure of their own. */
  g_hash_table_remove_all (self->goals);
  if (store != NULL && person != NULL)
    {
      g_autoptr(GError) goals_error = NULL;
      g_autoptr(GListStore) goals = tandem_store_list_goals (store, person_id, &goals_error);

      if (goals == NULL)
        g_warning ("Could not list goals: %s", goals_error->message);

      for (guint i = 0; goals != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (goals)); i++)
        {
          g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);
          char *id;

          if (!is_charted_goal (goal))
            continue;

          id = g_strdup_printf ("goal:%" G_GINT64_FORMAT, tandem_record_get_id (TANDEM_RECORD (goal)));
          g_strv_builder_add (ids, id);
          gtk_string_list_append (names, tandem_goal_get_title (goal));
          g_hash_table_insert (self->goals, id, g_steal_pointer (&goal));
          /* With no questionnaire, the first goal is shown. */
          if (latest == NULL)
            latest = id;
        }
    }
  /* Then the overall mood of the days, when there is one. */
  g_clear_pointer (&self->moods, g_array_unref);
  if (store != NULL && person != NULL)
    {
      g_autoptr(GError) mood_error = NULL;

      self->moods = tandem_store_list_mood_values (store, person_id, NULL, NULL, &mood_error);
      if (self->moods == NULL)
        g_warning ("Could not read the moods: %s", mood_error->message);
      else if (self->moods->len > 0)
        {
          g_strv_builder_add (ids, MOOD_ID);
          gtk_string_list_append (names, _("Mood"));
          if (latest == NULL)
            latest = MOOD_ID;
        }
    }
  self->instruments = g_strv_builder_end (ids);

  /* Keep the chosen questionnaire, unless a result was just added: then,
   * as when nothing was chosen, show the one taken last. */
  added = person_id == self->person_id && n > self->n_responses;
  self->person_id = person_id;
  self->n_responses = n;
  if (added || self->instrument == NULL ||
      !g_strv_contains ((const char * const *) self->instruments, self->instrument))
    {
      g_free (self->instrument);
      self->instrument = g_strdup (latest);
    }
  for (guint i = 0; self->instruments[i] != NULL; i++)
    if (g_strcmp0 (self->instruments[i], self->instrument) == 0)
      selected = i;

  self->updating = TRUE;
  gtk_drop_down_set_model (self->questionnaire_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->questionnaire_dropdown, selected);
  self->updating = FALSE;

  update_flag_banner (self);
  update_view (self);

  gtk_stack_set_visible_child_name (self->stack, self->instruments[0] != NULL ? "list" : "empty");
}

static void
tandem_progress_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TandemProgressPage *self = TANDEM_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      g_value_set_string (value, tandem_progress_page_get_range (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_progress_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TandemProgressPage *self = TANDEM_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      tandem_progress_page_set_range (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_progress_page_dispose (GObject *object)
{
  TandemProgressPage *self = (TandemProgressPage *)object;

  g_clear_object (&self->registry);
  g_clear_object (&self->responses);

  G_OBJECT_CLASS (tandem_progress_page_parent_class)->dispose (object);
}

static void
tandem_progress_page_finalize (GObject *object)
{
  TandemProgressPage *self = (TandemProgressPage *)object;

  g_clear_pointer (&self->instruments, g_strfreev);
  g_clear_pointer (&self->instrument, g_free);
  g_clear_pointer (&self->range, g_free);
  g_clear_pointer (&self->table_responses, g_ptr_array_unref);
  g_clear_pointer (&self->goals, g_hash_table_unref);
  g_clear_pointer (&self->goal_values, g_array_unref);
  g_clear_pointer (&self->moods, g_array_unref);

  G_OBJECT_CLASS (tandem_progress_page_parent_class)->finalize (object);
}

static void
tandem_progress_page_class_init (TandemProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TandemPageClass *page_class = TANDEM_PAGE_CLASS (klass);

  object_class->get_property = tandem_progress_page_get_property;
  object_class->set_property = tandem_progress_page_set_property;
  object_class->dispose = tandem_progress_page_dispose;
  object_class->finalize = tandem_progress_page_finalize;

  page_class->reload = tandem_progress_page_reload;

  /**
   * TandemProgressPage:range:
   *
   * The time range shown: "month", "3-months", "6-months", "year" or "all".
   */
  properties[PROP_RANGE] =
    g_param_spec_string ("range", NULL, NULL, "all",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TANDEM_TYPE_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, flag_banner);
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, flag_label);
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, questionnaire_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, table_button);
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, latest_label);
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, badge);
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, remind_button);
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, chart);
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, list);
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, range_empty_label);

  gtk_widget_class_install_property_action (widget_class, "chart.range", "range");
  gtk_widget_class_install_action (widget_class, "chart.export", NULL, export_action);
}

static void
tandem_progress_page_init (TandemProgressPage *self)
{
  self->range = g_strdup ("all");
  self->table_responses = g_ptr_array_new_with_free_func (g_object_unref);
  self->goals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->goal_values = g_array_new (FALSE, FALSE, sizeof (TandemGoalValue));

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->questionnaire_dropdown, "notify::selected",
                           G_CALLBACK (on_questionnaire_dropdown_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->table_button, "toggled",
                           G_CALLBACK (on_table_button_toggled_cb), self,
                           G_CONNECT_SWAPPED);

  update_empty_page (self);
}

GtkWidget *
tandem_progress_page_new (void)
{
  return g_object_new (TANDEM_TYPE_PROGRESS_PAGE, NULL);
}

const char *
tandem_progress_page_get_range (TandemProgressPage *self)
{
  g_return_val_if_fail (TANDEM_IS_PROGRESS_PAGE (self), NULL);

  return self->range;
}

/**
 * tandem_progress_page_set_range:
 * @range: "month", "3-months", "6-months", "year" or "all"
 */
void
tandem_progress_page_set_range (TandemProgressPage *self,
                                const char         *range)
{
  g_return_if_fail (TANDEM_IS_PROGRESS_PAGE (self));

  if (range == NULL)
    range = "all";
  if (g_strcmp0 (self->range, range) == 0)
    return;

  tandem_timing_begin (GTK_WIDGET (self), "switch-range");

  g_free (self->range);
  self->range = g_strdup (range);
  update_view (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE]);
}

/**
 * tandem_progress_page_get_instrument:
 *
 * Returns: (nullable): the questionnaire shown
 */
const char *
tandem_progress_page_get_instrument (TandemProgressPage *self)
{
  g_return_val_if_fail (TANDEM_IS_PROGRESS_PAGE (self), NULL);

  return self->instrument;
}

/**
 * tandem_progress_page_get_chart:
 *
 * Returns: (transfer none): the page's chart
 */
TandemChart *
tandem_progress_page_get_chart (TandemProgressPage *self)
{
  g_return_val_if_fail (TANDEM_IS_PROGRESS_PAGE (self), NULL);

  return self->chart;
}

/**
 * tandem_progress_page_reload_questionnaires:
 *
 * Reads the questionnaires again, the built-in ones and the custom ones in
 * the store, then reloads the page: after a questionnaire was added.
 */
void
tandem_progress_page_reload_questionnaires (TandemProgressPage *self)
{
  g_return_if_fail (TANDEM_IS_PROGRESS_PAGE (self));

  g_clear_object (&self->registry);
  self->registry_store = NULL;
  tandem_page_reload (TANDEM_PAGE (self));
}
