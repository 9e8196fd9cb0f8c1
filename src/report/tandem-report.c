/* tandem-report.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "tandem-core.h"
#include "tandem-report.h"

/* The progress report of one person over a period: goals with their status
 * and weekly progress, questionnaire charts over their severity bands, the
 * check-in calendar, homework and wins.
 *
 * The data is read once, in tandem_report_new(). The layout is a list of
 * blocks (a paragraph, a goal's weekly bars, a chart, a row of month grids)
 * measured for a page size and placed on pages; tandem_report_draw_page()
 * draws one page into any cairo context of that size, in points, so the
 * PDF file and GtkPrintOperation share every line of drawing code. Text is
 * measured at 72 dpi with hinting off, so the layout does not depend on the
 * surface it is drawn on. */

#define MARGIN_X        50.0
#define MARGIN_TOP      40.0
#define MARGIN_BOTTOM   40.0
#define HEADER_HEIGHT   30.0
#define FOOTER_HEIGHT   22.0
#define CHART_HEIGHT   170.0
#define BARS_HEIGHT     58.0
#define MONTH_GAP       18.0
#define MONTH_CELL      15.0
#define MONTHS_PER_ROW   3

#define FONT_TITLE      "Sans Bold 20"
#define FONT_HEADING    "Sans Bold 14"
#define FONT_SUBHEADING "Sans Bold 11"
#define FONT_BODY       "Sans 9.5"
#define FONT_SMALL      "Sans 8"
#define FONT_TINY       "Sans 6.5"

#define MUTED_SPAN "<span foreground=\"#5e5c64\">"

typedef struct { double r, g, b; } Rgb;

static const Rgb ink = { 0.14, 0.14, 0.16 };
static const Rgb muted = { 0.37, 0.36, 0.39 };
static const Rgb rule = { 0.80, 0.80, 0.82 };
static const Rgb faint = { 0.72, 0.72, 0.74 };
static const Rgb accent = { 0.11, 0.44, 0.85 };
static const Rgb accent_soft = { 0.78, 0.86, 0.96 };
static const Rgb win_gold = { 0.90, 0.64, 0.04 };
static const Rgb flag_red = { 0.75, 0.11, 0.16 };

/* Severity bands from calm to warm: soft enough for black text on top. */
static const Rgb band_tints[] = {
  { 0.89, 0.95, 0.91 },
  { 0.95, 0.96, 0.88 },
  { 0.99, 0.95, 0.86 },
  { 0.99, 0.91, 0.85 },
  { 0.98, 0.87, 0.86 },
};

typedef struct
{
  char    *title;
  char    *details;     /* markup */
  GArray  *measures;    /* double per week, NAN without entries */
  GArray  *targets;     /* double per week, or NAN */
  GArray  *met;         /* gboolean per week */
  char    *first_week;
  char    *last_week;
  double   y_max;
} GoalInfo;

typedef struct
{
  guint32  julian;
  double   score;
  gboolean flagged;
} ScorePoint;

typedef struct
{
  char        *id;
  char        *title;     /* markup */
  char        *summary;   /* markup */
  TandemScale *scale;     /* nullable */
  GArray      *points;    /* ScorePoint */
} ScaleInfo;

enum {
  DAY_IN_PERIOD = 1 << 0,
  DAY_CHECK_IN  = 1 << 1,
  DAY_WIN       = 1 << 2,
  DAY_REST      = 1 << 3,
};

typedef struct
{
  guint  year;
  guint  month;
  guint8 days[32];  /* flags by day of the month */
} MonthInfo;

typedef enum
{
  BLOCK_TEXT,
  BLOCK_GOAL_BARS,
  BLOCK_CHART,
  BLOCK_MONTHS,
} BlockKind;

typedef struct
{
  BlockKind    kind;
  PangoLayout *layout;          /* BLOCK_TEXT */
  guint        index;           /* goal, scale or first month */
  guint        count;           /* months in the row */
  double       space_before;
  double       height;
  gboolean     keep_with_next;
  guint        page;
  double       y;
} Block;

struct _TandemReport
{
  GObject       parent_instance;

  char         *person_name;
  char         *from_day;
  char         *to_day;
  char         *period_text;
  char         *made_on;
  guint32       from_julian;
  guint32       to_julian;
  GDateWeekday  first_weekday;

  /* What the report says */
  GPtrArray    *goals;       /* GoalInfo */
  GPtrArray    *scales;      /* ScaleInfo */
  GArray       *months;      /* MonthInfo */
  GPtrArray    *homework;    /* markup, one line each */
  GPtrArray    *wins;        /* markup, one line each */
  char         *summary;     /* markup */
  char         *calendar_summary;
  char         *homework_summary;
  guint         n_safety_flags;

  /* Layout */
  PangoContext *pango;
  double        page_width;
  double        page_height;
  GArray       *blocks;      /* Block */
  guint         n_pages;
};

G_DEFINE_FINAL_TYPE (TandemReport, tandem_report, G_TYPE_OBJECT)

G_DEFINE_QUARK (tandem-report-error-quark, tandem_report_error)

/* Helpers ------------------------------------------------------------------ */

static void
goal_info_free (gpointer data)
{
  GoalInfo *info = data;

  g_free (info->title);
  g_free (info->details);
  g_clear_pointer (&info->measures, g_array_unref);
  g_clear_pointer (&info->targets, g_array_unref);
  g_clear_pointer (&info->met, g_array_unref);
  g_free (info->first_week);
  g_free (info->last_week);
  g_free (info);
}

static void
scale_info_free (gpointer data)
{
  ScaleInfo *info = data;

  g_free (info->id);
  g_free (info->title);
  g_free (info->summary);
  g_clear_object (&info->scale);
  g_clear_pointer (&info->points, g_array_unref);
  g_free (info);
}

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->layout);
}

static guint32
day_to_julian (const char *day)
{
  GDate date;

  if (day == NULL || !tandem_date_parse (day, &date))
    return 0;

  return g_date_get_julian (&date);
}

static char *
format_day_with (const char *day,
                 const char *format)
{
  g_autoptr(GDateTime) date_time = NULL;
  GDate date;

  if (day == NULL || !tandem_date_parse (day, &date))
    return g_strdup (day ? day : "");

  date_time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                     g_date_get_day (&date), 12, 0, 0);

  return g_date_time_format (date_time, format);
}

static char *
format_day (const char *day)
{
  /* Translators: a date in the report, in g_date_time_format () syntax,
   * e.g. "3 November 2026" */
  return format_day_with (day, C_("report date", "%-d %B %Y"));
}

static char *
format_short_day (const char *day)
{
  /* Translators: a short date in the report's charts and lists, in
   * g_date_time_format () syntax, e.g. "3 Nov" */
  return format_day_with (day, C_("report short date", "%-d %b"));
}

static char *
format_number (double value)
{
  return g_strdup_printf ("%g", floor (value * 10 + 0.5) / 10);
}

static void
set_source (cairo_t   *cr,
            const Rgb *rgb)
{
  cairo_set_source_rgb (cr, rgb->r, rgb->g, rgb->b);
}

static const char *
status_text (TandemGoalStatus status)
{
  switch (status)
    {
    case TANDEM_GOAL_STATUS_PAUSED:
      return C_("goal status", "Paused");
    case TANDEM_GOAL_STATUS_ACHIEVED:
      return C_("goal status", "Achieved");
    case TANDEM_GOAL_STATUS_DROPPED:
      return C_("goal status", "Dropped");
    case TANDEM_GOAL_STATUS_ACTIVE:
    default:
      return C_("goal status", "Active");
    }
}

static const char *
change_class_phrase (TandemChangeClass classification)
{
  switch (classification)
    {
    case TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT:
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

/* Periods ------------------------------------------------------------------ */

/**
 * tandem_report_check_period:
 * @from_day: the first day, "YYYY-MM-DD"
 * @to_day: the last day, "YYYY-MM-DD"
 *
 * Checks that both days exist and that the period does not end before it
 * starts; the message says which day is wrong.
 *
 * Returns: %TRUE when the period can be reported on
 */
gboolean
tandem_report_check_period (const char  *from_day,
                            const char  *to_day,
                            GError     **error)
{
  if (from_day == NULL || !tandem_date_is_valid (from_day))
    {
      g_set_error (error, TANDEM_REPORT_ERROR, TANDEM_REPORT_ERROR_INVALID_PERIOD,
                   /* Translators: %s is what was given as the first day */
                   _("“%s” is not a day that exists: give the first day of the period as YYYY-MM-DD."),
                   from_day ? from_day : "");
      return FALSE;
    }

  if (to_day == NULL || !tandem_date_is_valid (to_day))
    {
      g_set_error (error, TANDEM_REPORT_ERROR, TANDEM_REPORT_ERROR_INVALID_PERIOD,
                   /* Translators: %s is what was given as the last day */
                   _("“%s” is not a day that exists: give the last day of the period as YYYY-MM-DD."),
                   to_day ? to_day : "");
      return FALSE;
    }

  if (g_strcmp0 (to_day, from_day) < 0)
    {
      g_set_error (error, TANDEM_REPORT_ERROR, TANDEM_REPORT_ERROR_INVALID_PERIOD,
                   /* Translators: the two days of a period, last then first */
                   _("The period ends on %s, before it starts on %s: the last day must not come before the first."),
                   to_day, from_day);
      return FALSE;
    }

  return TRUE;
}

/**
 * tandem_report_period_get_days:
 * @person_id: whose therapy sessions count for
 *   %TANDEM_REPORT_PERIOD_SINCE_LAST_SESSION
 * @today: (nullable): today's local date, "YYYY-MM-DD"; %NULL for the real one
 * @from_day: (out) (transfer full): the first day
 * @to_day: (out) (transfer full): the last day, @today
 *
 * Returns: %TRUE when the period has days; %FALSE with
 *   %TANDEM_REPORT_ERROR_NO_SESSION when there was no session yet
 */
gboolean
tandem_report_period_get_days (TandemStore         *store,
                               gint64               person_id,
                               TandemReportPeriod   period,
                               const char          *today,
                               char               **from_day,
                               char               **to_day,
                               GError             **error)
{
  g_autofree char *real_today = NULL;
  g_autofree char *from = NULL;
  GDate date;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (from_day != NULL && to_day != NULL, FALSE);

  if (today == NULL)
    today = real_today = tandem_date_today ();

  if (!tandem_date_parse (today, &date))
    return tandem_report_check_period (today, today, error);

  switch (period)
    {
    case TANDEM_REPORT_PERIOD_FOUR_WEEKS:
      g_date_subtract_days (&date, 27);
      from = tandem_date_format (&date);
      break;

    case TANDEM_REPORT_PERIOD_THREE_MONTHS:
      g_date_subtract_months (&date, 3);
      g_date_add_days (&date, 1);
      from = tandem_date_format (&date);
      break;

    case TANDEM_REPORT_PERIOD_SINCE_LAST_SESSION:
    default:
      {
        g_autoptr(GListStore) sessions = NULL;
        guint n;

        if (!(sessions = tandem_store_list_therapy_sessions (store, person_id, error)))
          return FALSE;

        n = g_list_model_get_n_items (G_LIST_MODEL (sessions));
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(TandemTherapySession) session = g_list_model_get_item (G_LIST_MODEL (sessions), i);
            g_autoptr(GDateTime) starts = NULL;
            g_autofree char *day = NULL;

            starts = g_date_time_new_from_unix_local (tandem_therapy_session_get_starts_at (session) / G_USEC_PER_SEC);
            if (starts == NULL)
              continue;
            day = g_date_time_format (starts, "%Y-%m-%d");
            if (g_strcmp0 (day, today) <= 0 && g_strcmp0 (day, from) > 0)
              {
                g_free (from);
                from = g_steal_pointer (&day);
              }
          }

        if (from == NULL)
          {
            g_set_error_literal (error, TANDEM_REPORT_ERROR, TANDEM_REPORT_ERROR_NO_SESSION,
                                 _("There was no therapy session up to today, so there is no period since the last one."));
            return FALSE;
          }
      }
      break;
    }

  *from_day = g_steal_pointer (&from);
  *to_day = g_strdup (today);

  return TRUE;
}

/* Reading ------------------------------------------------------------------ */

static char *
describe_measure (TandemGoal          *goal,
                  TandemScaleRegistry *registry)
{
  TandemMeasureKind kind = tandem_goal_get_measure_kind (goal);
  const char *name = tandem_goal_get_measure_name (goal);
  const char *unit = tandem_goal_get_unit (goal);
  double target = tandem_goal_get_target (goal);
  g_autofree char *value = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *target_text = NULL;

  if (kind == TANDEM_MEASURE_NONE)
    return NULL;

  if (name == NULL || name[0] == '\0')
    {
      TandemScale *scale = NULL;

      if (kind == TANDEM_MEASURE_QUESTIONNAIRE && registry != NULL && tandem_goal_get_instrument (goal) != NULL)
        scale = tandem_scale_registry_lookup (registry, tandem_goal_get_instrument (goal));
      name = scale ? tandem_scale_get_short_name (scale)
                   : kind == TANDEM_MEASURE_RATING ? _("Rating from 0 to 10") : _("Measure");
    }

  if (isnan (target))
    return g_strdup (name);

  value = format_number (target);
  if (unit != NULL && unit[0] != '\0')
    /* Translators: a target and its unit, e.g. "3 walks" */
    amount = g_strdup_printf (C_("target with unit", "%s %s"), value, unit);
  else
    amount = g_steal_pointer (&value);

  switch (tandem_goal_get_measure_period (goal))
    {
    case TANDEM_PERIOD_DAY:
      /* Translators: a target per day, e.g. "2 walks a day" */
      target_text = g_strdup_printf (_("%s a day"), amount);
      break;
    case TANDEM_PERIOD_WEEK:
      /* Translators: a target per week, e.g. "3 walks a week" */
      target_text = g_strdup_printf (_("%s a week"), amount);
      break;
    case TANDEM_PERIOD_MONTH:
      /* Translators: a target per month, e.g. "1 outing a month" */
      target_text = g_strdup_printf (_("%s a month"), amount);
      break;
    case TANDEM_PERIOD_NONE:
    default:
      target_text = g_steal_pointer (&amount);
      break;
    }

  /* Translators: a goal's measure and its target, e.g. "Walks: target 3 a week" */
  return g_strdup_printf (_("%s: target %s"), name, target_text);
}

static gboolean
read_goals (TandemReport         *self,
            TandemStore          *store,
            gint64                person_id,
            TandemScaleRegistry  *registry,
            GHashTable           *goal_titles,
            GError              **error)
{
  g_autoptr(GListStore) goals = NULL;
  guint n;

  if (!(goals = tandem_store_list_goals (store, person_id, error)))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (goals));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);
      g_autoptr(TandemGoalSummary) summary = NULL;
      g_autoptr(GListStore) attainments = NULL;
      g_autoptr(GString) details = g_string_new (NULL);
      g_autofree char *measure = NULL;
      gint64 goal_id = tandem_record_get_id (TANDEM_RECORD (goal));
      GoalInfo *info = g_new0 (GoalInfo, 1);
      guint n_with_entries = 0, n_met = 0;

      info->title = g_strdup (tandem_goal_get_title (goal));
      g_hash_table_insert (goal_titles, g_memdup2 (&goal_id, sizeof goal_id), g_strdup (info->title));
      g_ptr_array_add (self->goals, info);

      measure = describe_measure (goal, registry);
      {
        g_autofree char *line = NULL;

        if (measure != NULL)
          /* Translators: a goal's status and its measure, e.g. "Active · Walks: target 3 a week" */
          line = g_markup_printf_escaped (_("%s · %s"), status_text (tandem_goal_get_status (goal)), measure);
        else
          line = g_markup_escape_text (status_text (tandem_goal_get_status (goal)), -1);
        g_string_append_printf (details, MUTED_SPAN "%s</span>", line);
      }

      if (tandem_goal_get_measure_kind (goal) != TANDEM_MEASURE_NONE)
        {
          if (!(summary = tandem_goal_summary_load (store, goal_id, self->from_day, self->to_day, error)))
            return FALSE;

          info->measures = g_array_new (FALSE, FALSE, sizeof (double));
          info->targets = g_array_new (FALSE, FALSE, sizeof (double));
          info->met = g_array_new (FALSE, FALSE, sizeof (gboolean));
          info->y_max = tandem_goal_get_measure_kind (goal) == TANDEM_MEASURE_RATING ? 10 : 0;

          for (guint w = 0; w < tandem_goal_summary_get_n_weeks (summary); w++)
            {
              const TandemSummaryWeek *week = tandem_goal_summary_get_week (summary, w);

              g_array_append_val (info->measures, week->measure);
              g_array_append_val (info->targets, week->target);
              g_array_append_val (info->met, week->met);
              if (!isnan (week->measure))
                {
                  n_with_entries++;
                  n_met += week->met ? 1 : 0;
                  info->y_max = MAX (info->y_max, week->measure);
                }
              if (!isnan (week->target))
                info->y_max = MAX (info->y_max, week->target);
              if (w == 0)
                info->first_week = g_strdup (week->week_start);
              g_free (info->last_week);
              info->last_week = g_strdup (week->week_start);
            }

          if (tandem_goal_get_measure_kind (goal) == TANDEM_MEASURE_QUESTIONNAIRE && registry != NULL &&
              tandem_goal_get_instrument (goal) != NULL)
            {
              TandemScale *scale = tandem_scale_registry_lookup (registry, tandem_goal_get_instrument (goal));
              double min, max;

              if (scale != NULL)
                {
                  tandem_scale_get_score_range (scale, &min, &max);
                  info->y_max = MAX (info->y_max, max);
                }
            }
          if (info->y_max <= 0)
            info->y_max = 1;

          if (n_with_entries == 0)
            {
              g_string_append_printf (details, "\n%s", _("No entries in this period."));
              g_clear_pointer (&info->measures, g_array_unref);
            }
          else
            {
              g_autofree char *trend = tandem_goal_summary_dup_trend_text (summary);
              g_autofree char *met = NULL;

              if (!isnan (tandem_goal_get_target (goal)))
                met = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "Target met in %u of %u week with entries.",
                                                    "Target met in %u of %u weeks with entries.",
                                                    n_with_entries),
                                       n_met, n_with_entries);
              else
                met = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "Entries in %u week.",
                                                    "Entries in %u weeks.",
                                                    n_with_entries),
                                       n_with_entries);

              /* Translators: how often the weekly target was met, then the
               * trend, e.g. "Target met in 5 of 8 weeks with entries. Steady." */
              g_autofree char *line = g_markup_printf_escaped (_("%s %s."), met, trend);

              g_string_append_printf (details, "\n%s", line);
            }
        }

      /* The latest goal attainment rating up to the end of the period. */
      if (!(attainments = tandem_store_list_goal_attainments (store, goal_id, error)))
        return FALSE;

      for (guint a = g_list_model_get_n_items (G_LIST_MODEL (attainments)); a > 0; a--)
        {
          g_autoptr(TandemGoalAttainment) attainment = g_list_model_get_item (G_LIST_MODEL (attainments), a - 1);
          const char *day = tandem_goal_attainment_get_day (attainment);
          int level = tandem_goal_attainment_get_level (attainment);

          if (g_strcmp0 (day, self->to_day) <= 0 && level >= -2 && level <= 2)
            {
              g_autofree char *date = format_day (day);
              g_autofree char *text = NULL;

              /* Translators: a goal attainment rating: the day of the review
               * and the level in words, e.g. "as expected" */
              text = g_markup_printf_escaped (_("Attainment at the review of %s: %s."),
                                              date, tandem_gas_level_describe (level));
              g_string_append_printf (details, "\n%s", text);
              break;
            }
        }

      info->details = g_string_free (g_steal_pointer (&details), FALSE);
    }

  return TRUE;
}

static ScaleInfo *
find_scale_info (TandemReport *self,
                 const char   *id)
{
  for (guint i = 0; i < self->scales->len; i++)
    {
      ScaleInfo *info = g_ptr_array_index (self->scales, i);

      if (g_str_equal (info->id, id))
        return info;
    }

  return NULL;
}

static char *
describe_score (TandemScale *scale,
                double       score,
                const char  *day)
{
  const TandemScaleBand *band = scale ? tandem_scale_find_band (scale, score) : NULL;
  g_autofree char *value = format_number (score);
  g_autofree char *date = format_day (day);

  if (band != NULL)
    /* Translators: a questionnaire score, its band and its date, e.g. "12 (moderate) on 3 November 2026" */
    return g_strdup_printf (_("%s (%s) on %s"), value, tandem_scale_translate_label (band->label), date);

  /* Translators: a questionnaire score and its date, e.g. "12 on 3 November 2026" */
  return g_strdup_printf (_("%s on %s"), value, date);
}

static gboolean
read_responses (TandemReport         *self,
                TandemStore          *store,
                gint64                person_id,
                TandemScaleRegistry  *registry,
                GError              **error)
{
  g_autoptr(GListStore) responses = NULL;
  guint n;

  if (!(responses = tandem_store_list_responses (store, person_id, NULL, self->from_day, self->to_day, error)))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (responses));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemResponse) response = g_list_model_get_item (G_LIST_MODEL (responses), i);
      const char *id = tandem_response_get_instrument (response);
      ScaleInfo *info = find_scale_info (self, id);
      ScorePoint point;

      if (info == NULL)
        {
          TandemScale *scale = registry ? tandem_scale_registry_lookup (registry, id) : NULL;

          info = g_new0 (ScaleInfo, 1);
          info->id = g_strdup (id);
          info->scale = scale ? g_object_ref (scale) : NULL;
          info->points = g_array_new (FALSE, FALSE, sizeof (ScorePoint));
          if (scale != NULL)
            info->title = g_markup_printf_escaped ("%s  " MUTED_SPAN "%s</span>",
                                                   tandem_scale_get_short_name (scale),
                                                   tandem_scale_get_name (scale));
          else
            info->title = g_markup_escape_text (id, -1);
          g_ptr_array_add (self->scales, info);
        }

      point.julian = day_to_julian (tandem_response_get_day (response));
      point.score = tandem_response_get_total (response);
      point.flagged = tandem_response_get_safety_flag (response);
      if (point.julian == 0)
        continue;
      g_array_append_val (info->points, point);
    }

  /* Each questionnaire's first and latest score and the change between them. */
  for (guint i = 0; i < self->scales->len; i++)
    {
      ScaleInfo *info = g_ptr_array_index (self->scales, i);
      g_autoptr(GString) summary = g_string_new (NULL);
      const ScorePoint *first, *last;
      g_autofree char *first_day = NULL;
      g_autofree char *last_day = NULL;
      g_autofree char *first_text = NULL;
      g_autofree char *last_text = NULL;
      g_autofree char *line = NULL;
      GDate date;

      if (info->points->len == 0)
        continue;

      first = &g_array_index (info->points, ScorePoint, 0);
      last = &g_array_index (info->points, ScorePoint, info->points->len - 1);
      g_date_clear (&date, 1);
      g_date_set_julian (&date, first->julian);
      first_day = tandem_date_format (&date);
      g_date_set_julian (&date, last->julian);
      last_day = tandem_date_format (&date);
      first_text = describe_score (info->scale, first->score, first_day);
      last_text = describe_score (info->scale, last->score, last_day);

      if (info->points->len == 1)
        {
          /* Translators: the only questionnaire result of the period, e.g. "One result: 12 (moderate) on 3 November 2026." */
          line = g_markup_printf_escaped (_("One result: %s."), last_text);
        }
      else
        {
          const char *phrase = NULL;

          if (info->scale != NULL)
            {
              TandemScaleChange change;

              tandem_scale_compare (info->scale, first->score, last->score, &change);
              phrase = change_class_phrase (change.classification);
            }

          if (phrase != NULL)
            /* Translators: the first and the latest questionnaire result of the
             * period and what the change means, e.g. "From 15 (moderate) on
             * 1 September 2026 to 6 (mild) on 30 November 2026: a reliable improvement." */
            line = g_markup_printf_escaped (_("From %s to %s: %s."), first_text, last_text, phrase);
          else
            /* Translators: the first and the latest questionnaire result of the period */
            line = g_markup_printf_escaped (_("From %s to %s."), first_text, last_text);
        }
      g_string_append (summary, line);

      for (guint p = 0; p < info->points->len; p++)
        {
          const ScorePoint *point = &g_array_index (info->points, ScorePoint, p);

          if (point->flagged)
            {
              g_autofree char *day = NULL;
              g_autofree char *when = NULL;
              g_autofree char *flag = NULL;

              g_date_set_julian (&date, point->julian);
              day = tandem_date_format (&date);
              when = format_day (day);
              /* Translators: in the report, under a PHQ-9 chart whose item 9
               * (thoughts of self-harm) was answered above zero; %s is a date */
              flag = g_markup_printf_escaped (_("Thoughts of self-harm were reported on %s. Please follow up."), when);
              g_string_append_printf (summary, "\n<span foreground=\"#c01c28\" weight=\"bold\">%s</span>", flag);
              self->n_safety_flags++;
            }
        }

      info->summary = g_string_free (g_steal_pointer (&summary), FALSE);
    }

  return TRUE;
}

static gboolean
read_calendar (TandemReport  *self,
               TandemStore   *store,
               gint64         person_id,
               guint         *n_check_in_days,
               GError       **error)
{
  GDate from, to;
  guint year, month;

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_julian (&from, self->from_julian);
  g_date_set_julian (&to, self->to_julian);
  year = g_date_get_year (&from);
  month = g_date_get_month (&from);
  *n_check_in_days = 0;

  while (year < g_date_get_year (&to) || (year == g_date_get_year (&to) && month <= g_date_get_month (&to)))
    {
      g_autoptr(TandemCalendarMonth) grid = NULL;
      MonthInfo info = { year, month, { 0 } };

      if (!(grid = tandem_calendar_month_load (store, person_id, year, month,
                                               self->first_weekday, 0, error)))
        return FALSE;

      for (guint i = 0; i < TANDEM_CALENDAR_N_DAYS; i++)
        {
          const TandemCalendarDay *day = tandem_calendar_month_get_day (grid, i);
          guint32 julian;
          guint8 flags = 0;

          if (!day->in_month)
            continue;

          julian = day_to_julian (day->date);
          if (julian >= self->from_julian && julian <= self->to_julian)
            {
              flags |= DAY_IN_PERIOD;
              if (day->n_check_ins > 0)
                {
                  flags |= DAY_CHECK_IN;
                  (*n_check_in_days)++;
                }
              if (day->win)
                flags |= DAY_WIN;
              if (day->rest_day)
                flags |= DAY_REST;
            }
          info.days[day->day_of_month] = flags;
        }

      g_array_append_val (self->months, info);

      if (++month > 12)
        {
          month = 1;
          year++;
        }
    }

  return TRUE;
}

static gboolean
read_homework (TandemReport  *self,
               TandemStore   *store,
               gint64         person_id,
               guint         *n_done,
               guint         *n_total,
               GError       **error)
{
  g_autoptr(GListStore) homework = NULL;
  g_autofree char *today = tandem_date_today ();
  guint n;

  if (!(homework = tandem_store_list_homework (store, person_id, error)))
    return FALSE;

  *n_done = *n_total = 0;
  n = g_list_model_get_n_items (G_LIST_MODEL (homework));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemHomework) task = g_list_model_get_item (G_LIST_MODEL (homework), i);
      const char *due = tandem_homework_get_due_on (task);
      const char *day = due ? due : tandem_homework_get_assigned_on (task);
      gboolean done = tandem_homework_get_done_at (task) != 0;
      g_autofree char *when = NULL;
      g_autofree char *state = NULL;

      /* Homework belongs to the period it was due in (or given in, without a due day). */
      if (day == NULL || g_strcmp0 (day, self->from_day) < 0 || g_strcmp0 (day, self->to_day) > 0)
        continue;

      (*n_total)++;
      when = format_short_day (day);
      if (done)
        {
          (*n_done)++;
          /* Translators: a homework task that was done; %s is its due date */
          state = g_strdup_printf (due ? _("done, due %s") : _("done, given %s"), when);
        }
      else if (due != NULL && g_strcmp0 (due, today) >= 0)
        {
          /* Translators: a homework task not due yet; %s is its due date */
          state = g_strdup_printf (_("due %s"), when);
        }
      else
        {
          /* Translators: a homework task that was not done; %s is its due date */
          state = g_strdup_printf (due ? _("not done, due %s") : _("not done, given %s"), when);
        }

      g_ptr_array_add (self->homework,
                       g_markup_printf_escaped ("%s  %s  " MUTED_SPAN "%s</span>",
                                                done ? "✓" : "○",
                                                tandem_homework_get_title (task), state));
    }

  return TRUE;
}

static gboolean
read_wins (TandemReport  *self,
           TandemStore   *store,
           gint64         person_id,
           GHashTable    *goal_titles,
           GError       **error)
{
  g_autoptr(GListStore) check_ins = NULL;
  guint n;

  if (!(check_ins = tandem_store_list_check_ins (store, person_id, self->from_day, self->to_day, error)))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (check_ins));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemCheckIn) check_in = g_list_model_get_item (G_LIST_MODEL (check_ins), i);
      gint64 goal_id = tandem_check_in_get_goal_id (check_in);
      const char *goal_title = goal_id ? g_hash_table_lookup (goal_titles, &goal_id) : NULL;
      const char *note = tandem_check_in_get_note (check_in);
      g_autofree char *when = NULL;

      if (!tandem_check_in_get_win (check_in))
        continue;

      when = format_short_day (tandem_check_in_get_day (check_in));
      if (note == NULL || note[0] == '\0')
        /* Translators: a win marked without a note */
        note = _("A win");

      if (goal_title != NULL)
        g_ptr_array_add (self->wins,
                         g_markup_printf_escaped ("<b>%s</b>  %s  " MUTED_SPAN "(%s)</span>",
                                                  when, note, goal_title));
      else
        g_ptr_array_add (self->wins, g_markup_printf_escaped ("<b>%s</b>  %s", when, note));
    }

  return TRUE;
}

/* GObject ------------------------------------------------------------------ */

static void
tandem_report_finalize (GObject *object)
{
  TandemReport *self = (TandemReport *) object;

  g_free (self->person_name);
  g_free (self->from_day);
  g_free (self->to_day);
  g_free (self->period_text);
  g_free (self->made_on);
  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_pointer (&self->scales, g_ptr_array_unref);
  g_clear_pointer (&self->months, g_array_unref);
  g_clear_pointer (&self->homework, g_ptr_array_unref);
  g_clear_pointer (&self->wins, g_ptr_array_unref);
  g_free (self->summary);
  g_free (self->calendar_summary);
  g_free (self->homework_summary);
  g_clear_object (&self->pango);
  g_clear_pointer (&self->blocks, g_array_unref);

  G_OBJECT_CLASS (tandem_report_parent_class)->finalize (object);
}

static void
tandem_report_class_init (TandemReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_report_finalize;
}

static void
tandem_report_init (TandemReport *self)
{
  cairo_font_options_t *options;

  self->goals = g_ptr_array_new_with_free_func (goal_info_free);
  self->scales = g_ptr_array_new_with_free_func (scale_info_free);
  self->months = g_array_new (FALSE, TRUE, sizeof (MonthInfo));
  self->homework = g_ptr_array_new_with_free_func (g_free);
  self->wins = g_ptr_array_new_with_free_func (g_free);
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);

  /* Points as units, no hinting: the same line breaks on paper, in a PDF
   * and on any printer's resolution. */
  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->pango, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->pango, FALSE);

  self->page_width = TANDEM_REPORT_A4_WIDTH;
  self->page_height = TANDEM_REPORT_A4_HEIGHT;
}

static void layout_pages (TandemReport *self);

/**
 * tandem_report_new:
 * @store: the database
 * @person_id: whose report
 * @from_day: the first day of the period, "YYYY-MM-DD"
 * @to_day: the last day, "YYYY-MM-DD"
 *
 * Reads everything the report shows and lays it out on A4 pages.
 *
 * Returns: (transfer full): the report, or %NULL when the period is not
 *   valid (%TANDEM_REPORT_ERROR_INVALID_PERIOD), the person does not exist
 *   (%TANDEM_STORE_ERROR_NOT_FOUND) or reading failed
 */
TandemReport *
tandem_report_new (TandemStore  *store,
                   gint64        person_id,
                   const char   *from_day,
                   const char   *to_day,
                   GError      **error)
{
  g_autoptr(TandemReport) self = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(GHashTable) goal_titles = NULL;
  g_autoptr(GError) registry_error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *check_in_text = NULL;
  g_autofree char *homework_text = NULL;
  g_autofree char *wins_text = NULL;
  guint n_days, n_check_in_days = 0, n_done = 0, n_total = 0;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!tandem_report_check_period (from_day, to_day, error))
    return NULL;

  if (!(person = tandem_store_get (store, TANDEM_TYPE_PERSON, person_id, error)))
    return NULL;

  self = g_object_new (TANDEM_TYPE_REPORT, NULL);
  self->person_name = g_strdup (tandem_person_get_display_name (person));
  self->from_day = g_strdup (from_day);
  self->to_day = g_strdup (to_day);
  self->from_julian = day_to_julian (from_day);
  self->to_julian = day_to_julian (to_day);
  self->first_weekday = tandem_date_get_locale_first_weekday ();
  from_text = format_day (from_day);
  to_text = format_day (to_day);
  /* Translators: a period of days, e.g. "1 November 2026 – 30 November 2026" */
  self->period_text = g_strdup_printf (_("%s – %s"), from_text, to_text);
  now = g_date_time_new_now_local ();
  {
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

    self->made_on = format_day (today);
  }

  /* A broken custom questionnaire costs its bands, not the report. */
  if (!(registry = tandem_scale_registry_new (&registry_error)))
    g_warning ("The built-in questionnaires could not be read: %s", registry_error->message);
  else if (!tandem_scale_registry_load_custom (registry, store, &registry_error))
    g_warning ("Custom questionnaires could not be read: %s", registry_error->message);

  goal_titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  if (!read_goals (self, store, person_id, registry, goal_titles, error) ||
      !read_responses (self, store, person_id, registry, error) ||
      !read_calendar (self, store, person_id, &n_check_in_days, error) ||
      !read_homework (self, store, person_id, &n_done, &n_total, error) ||
      !read_wins (self, store, person_id, goal_titles, error))
    return NULL;

  n_days = self->to_julian - self->from_julian + 1;
  check_in_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Check-ins on %u of %u day.",
                                                "Check-ins on %u of %u days.", n_days),
                                   n_check_in_days, n_days);
  if (n_total > 0)
    homework_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%u of %u homework task done.",
                                                  "%u of %u homework tasks done.", n_total),
                                     n_done, n_total);
  else
    homework_text = g_strdup (_("No homework was due."));
  wins_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u win.", "%u wins.", self->wins->len),
                               self->wins->len);

  /* Translators: the report's opening summary: check-ins, homework, wins */
  self->summary = g_markup_printf_escaped (_("%s %s %s"), check_in_text, homework_text, wins_text);
  self->calendar_summary = g_markup_escape_text (check_in_text, -1);
  self->homework_summary = g_markup_escape_text (homework_text, -1);

  layout_pages (self);

  return g_steal_pointer (&self);
}

const char *
tandem_report_get_person_name (TandemReport *self)
{
  g_return_val_if_fail (TANDEM_IS_REPORT (self), NULL);

  return self->person_name;
}

const char *
tandem_report_get_from_day (TandemReport *self)
{
  g_return_val_if_fail (TANDEM_IS_REPORT (self), NULL);

  return self->from_day;
}

const char *
tandem_report_get_to_day (TandemReport *self)
{
  g_return_val_if_fail (TANDEM_IS_REPORT (self), NULL);

  return self->to_day;
}

/**
 * tandem_report_dup_file_name:
 *
 * Returns: (transfer full): a file name to suggest, with the person's name
 *   and the months of the period, e.g. "Tandem report – Robin – 2026-11.pdf"
 */
char *
tandem_report_dup_file_name (TandemReport *self)
{
  g_autofree char *name = NULL;
  g_autofree char *months = NULL;

  g_return_val_if_fail (TANDEM_IS_REPORT (self), NULL);

  name = g_strdelimit (g_strdup (self->person_name), "/\\:", '-');
  if (strncmp (self->from_day, self->to_day, 7) == 0)
    months = g_strndup (self->to_day, 7);
  else
    months = g_strdup_printf ("%.7s – %.7s", self->from_day, self->to_day);

  /* Translators: the suggested file name of a progress report: the
   * person's name and the month or months, e.g. "Tandem report – Robin – 2026-11.pdf" */
  return g_strdup_printf (_("Tandem report – %s – %s.pdf"), name, months);
}

/* Layout ------------------------------------------------------------------- */

static double
content_width (TandemReport *self)
{
  return self->page_width - 2 * MARGIN_X;
}

static double
content_top (TandemReport *self)
{
  return MARGIN_TOP + HEADER_HEIGHT;
}

static double
content_bottom (TandemReport *self)
{
  return self->page_height - MARGIN_BOTTOM - FOOTER_HEIGHT;
}

static double
month_width (TandemReport *self)
{
  return (content_width (self) - (MONTHS_PER_ROW - 1) * MONTH_GAP) / MONTHS_PER_ROW;
}

static PangoLayout *
create_layout (TandemReport *self,
               const char   *markup,
               const char   *font,
               double        width)
{
  PangoLayout *layout = pango_layout_new (self->pango);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_width (layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  return logical.height / (double) PANGO_SCALE;
}

static void
add_text (TandemReport *self,
          const char   *markup,
          const char   *font,
          double        space_before,
          gboolean      keep_with_next)
{
  Block block = { BLOCK_TEXT };

  block.layout = create_layout (self, markup, font, content_width (self));
  block.height = layout_height (block.layout);
  block.space_before = space_before;
  block.keep_with_next = keep_with_next;
  g_array_append_val (self->blocks, block);
}

static void
add_plain_text (TandemReport *self,
                const char   *text,
                const char   *font,
                double        space_before,
                gboolean      keep_with_next)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  add_text (self, markup, font, space_before, keep_with_next);
}

static void
add_graphic (TandemReport *self,
             BlockKind     kind,
             guint         index,
             guint         count,
             double        height,
             double        space_before,
             gboolean      keep_with_next)
{
  Block block = { kind };

  block.index = index;
  block.count = count;
  block.height = height;
  block.space_before = space_before;
  block.keep_with_next = keep_with_next;
  g_array_append_val (self->blocks, block);
}

static void
build_blocks (TandemReport *self)
{
  g_autofree char *intro = NULL;

  g_array_set_size (self->blocks, 0);

  add_plain_text (self, _("Progress report"), FONT_TITLE, 0, TRUE);
  intro = g_markup_printf_escaped ("<b>%s</b>\n" MUTED_SPAN "%s</span>", self->person_name, self->period_text);
  add_text (self, intro, FONT_SUBHEADING, 6, TRUE);
  add_text (self, self->summary, FONT_BODY, 8, FALSE);

  /* Goals */
  add_plain_text (self, _("Goals"), FONT_HEADING, 22, TRUE);
  if (self->goals->len == 0)
    add_plain_text (self, _("No goals were written yet."), FONT_BODY, 4, FALSE);
  else
    {
      g_autofree char *legend = NULL;

      legend = g_markup_printf_escaped (MUTED_SPAN "%s</span>",
                                        _("Bars show each week’s measure, darker when the week met its target; dashes mark the target."));
      add_text (self, legend, FONT_SMALL, 4, TRUE);
    }
  for (guint i = 0; i < self->goals->len; i++)
    {
      GoalInfo *info = g_ptr_array_index (self->goals, i);

      add_plain_text (self, info->title, FONT_SUBHEADING, 14, TRUE);
      add_text (self, info->details, FONT_BODY, 3, info->measures != NULL);
      if (info->measures != NULL)
        add_graphic (self, BLOCK_GOAL_BARS, i, 0, BARS_HEIGHT, 6, FALSE);
    }

  /* Questionnaires */
  add_plain_text (self, _("Questionnaires"), FONT_HEADING, 24, TRUE);
  if (self->scales->len == 0)
    add_plain_text (self, _("No questionnaires were taken in this period."), FONT_BODY, 4, FALSE);
  for (guint i = 0; i < self->scales->len; i++)
    {
      ScaleInfo *info = g_ptr_array_index (self->scales, i);

      add_text (self, info->title, FONT_SUBHEADING, 14, TRUE);
      add_graphic (self, BLOCK_CHART, i, 0, CHART_HEIGHT, 6, TRUE);
      if (info->summary != NULL)
        add_text (self, info->summary, FONT_BODY, 4, FALSE);
    }

  /* The check-in calendar */
  add_plain_text (self, _("Check-in calendar"), FONT_HEADING, 24, TRUE);
  {
    g_autofree char *text = NULL;

    text = g_markup_printf_escaped ("%s\n" MUTED_SPAN "%s</span>", self->calendar_summary,
                                    _("Shaded days had a check-in; a gold dot marks a win and a ring a rest day. "
                                      "Days outside the period are grey."));
    add_text (self, text, FONT_BODY, 4, TRUE);
  }
  for (guint i = 0; i < self->months->len; i += MONTHS_PER_ROW)
    add_graphic (self, BLOCK_MONTHS, i, MIN (MONTHS_PER_ROW, self->months->len - i),
                 16 + 12 + 6 * MONTH_CELL, 10, FALSE);

  /* Homework */
  add_plain_text (self, _("Homework"), FONT_HEADING, 24, TRUE);
  add_text (self, self->homework_summary, FONT_BODY, 4, self->homework->len > 0);
  for (guint i = 0; i < self->homework->len; i++)
    add_text (self, g_ptr_array_index (self->homework, i), FONT_BODY, 3, FALSE);

  /* Wins */
  add_plain_text (self, _("Wins"), FONT_HEADING, 24, TRUE);
  if (self->wins->len == 0)
    add_plain_text (self, _("No wins were marked in this period."), FONT_BODY, 4, FALSE);
  for (guint i = 0; i < self->wins->len; i++)
    add_text (self, g_ptr_array_index (self->wins, i), FONT_BODY, i == 0 ? 4 : 3, FALSE);
}

/* Places the blocks on pages. A block that keeps with the next one (a
 * heading, a chart's title) moves to a new page with it when both do not
 * fit; a block taller than a page gets a page of its own. */
static void
paginate (TandemReport *self)
{
  double top = content_top (self);
  double available = content_bottom (self) - top;
  double y = 0;
  guint page = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      double need = (y > 0 ? block->space_before : 0) + block->height;
      double chain = need;

      for (guint j = i; j + 1 < self->blocks->len; j++)
        {
          const Block *next = &g_array_index (self->blocks, Block, j + 1);

          if (!g_array_index (self->blocks, Block, j).keep_with_next)
            break;
          chain += next->space_before + next->height;
        }
      if (chain > available)
        chain = need;

      if (y > 0 && y + chain > available)
        {
          page++;
          y = 0;
          need = block->height;
        }

      block->page = page;
      block->y = top + y + need - block->height;
      y += need;
    }

  self->n_pages = page + 1;
}

static void
layout_pages (TandemReport *self)
{
  build_blocks (self);
  paginate (self);
}

/**
 * tandem_report_set_page_size:
 * @width: the page's width in points
 * @height: its height in points
 *
 * Lays the report out again for another paper size (A4 by default), such
 * as a printer's.
 */
void
tandem_report_set_page_size (TandemReport *self,
                             double        width,
                             double        height)
{
  g_return_if_fail (TANDEM_IS_REPORT (self));
  g_return_if_fail (width > 2 * MARGIN_X + 100 && height > MARGIN_TOP + MARGIN_BOTTOM + 200);

  if (width == self->page_width && height == self->page_height)
    return;

  self->page_width = width;
  self->page_height = height;
  layout_pages (self);
}

double
tandem_report_get_page_width (TandemReport *self)
{
  g_return_val_if_fail (TANDEM_IS_REPORT (self), 0);

  return self->page_width;
}

double
tandem_report_get_page_height (TandemReport *self)
{
  g_return_val_if_fail (TANDEM_IS_REPORT (self), 0);

  return self->page_height;
}

/**
 * tandem_report_get_n_pages:
 *
 * Returns: how many pages the report has at its page size
 */
guint
tandem_report_get_n_pages (TandemReport *self)
{
  g_return_val_if_fail (TANDEM_IS_REPORT (self), 0);

  return self->n_pages;
}

/* Drawing ------------------------------------------------------------------ */

/* Draws text in a box of @width starting at @x; @anchor moves it up by that
 * fraction of its height (0.5 centres it on @y). */
static double
draw_text (TandemReport   *self,
           cairo_t        *cr,
           const char     *markup,
           const char     *font,
           const Rgb      *color,
           double          x,
           double          y,
           double          width,
           PangoAlignment  alignment,
           double          anchor)
{
  g_autoptr(PangoLayout) layout = create_layout (self, markup, font, width);
  double height;

  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  height = layout_height (layout);

  cairo_move_to (cr, x, y - anchor * height);
  set_source (cr, color);
  pango_cairo_show_layout (cr, layout);

  return height;
}

static double
draw_plain_text (TandemReport   *self,
                 cairo_t        *cr,
                 const char     *text,
                 const char     *font,
                 const Rgb      *color,
                 double          x,
                 double          y,
                 double          width,
                 PangoAlignment  alignment,
                 double          anchor)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return draw_text (self, cr, markup, font, color, x, y, width, alignment, anchor);
}

static void
draw_header_and_footer (TandemReport *self,
                        cairo_t      *cr,
                        guint         page)
{
  double width = content_width (self);
  double footer_y = self->page_height - MARGIN_BOTTOM;
  g_autofree char *title = NULL;
  g_autofree char *made = NULL;
  g_autofree char *page_text = NULL;

  draw_plain_text (self, cr, self->person_name, FONT_SUBHEADING, &ink,
                   MARGIN_X, MARGIN_TOP, width * 0.45, PANGO_ALIGN_LEFT, 0);
  /* Translators: at the top of each page of the report; %s is the period */
  title = g_strdup_printf (_("Progress report · %s"), self->period_text);
  draw_plain_text (self, cr, title, FONT_SMALL, &muted,
                   MARGIN_X + width * 0.45, MARGIN_TOP + 2, width * 0.55, PANGO_ALIGN_RIGHT, 0);

  set_source (cr, &rule);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, MARGIN_X, MARGIN_TOP + 18);
  cairo_line_to (cr, MARGIN_X + width, MARGIN_TOP + 18);
  cairo_stroke (cr);

  /* Translators: at the foot of each page of the report; %s is a date */
  made = g_strdup_printf (_("Made with Tandem on %s"), self->made_on);
  draw_plain_text (self, cr, made, FONT_SMALL, &muted,
                   MARGIN_X, footer_y, width * 0.6, PANGO_ALIGN_LEFT, 1);
  /* Translators: the page number at the foot of each page of the report */
  page_text = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  draw_plain_text (self, cr, page_text, FONT_SMALL, &muted,
                   MARGIN_X + width * 0.6, footer_y, width * 0.4, PANGO_ALIGN_RIGHT, 1);
}

static void
draw_goal_bars (TandemReport *self,
                cairo_t      *cr,
                GoalInfo     *info,
                double        x,
                double        y,
                double        width,
                double        height)
{
  double left = x + 30, right = x + width - 6, top = y + 4, bottom = y + height - 14;
  guint n = info->measures->len;
  double slot = (right - left) / MAX (n, 1);
  double bar = MIN (slot * 0.62, 26);
  double dashes[] = { 2.5, 1.5 };
  g_autofree char *max_text = format_number (info->y_max);
  g_autofree char *first = format_short_day (info->first_week);
  g_autofree char *last = format_short_day (info->last_week);

#define BAR_Y(v) (bottom - CLAMP ((v) / info->y_max, 0, 1) * (bottom - top))

  for (guint i = 0; i < n; i++)
    {
      double measure = g_array_index (info->measures, double, i);
      double target = g_array_index (info->targets, double, i);
      gboolean met = g_array_index (info->met, gboolean, i);
      double cx = left + slot * (i + 0.5);

      if (!isnan (measure))
        {
          cairo_rectangle (cr, cx - bar / 2, BAR_Y (measure), bar, bottom - BAR_Y (measure));
          set_source (cr, met ? &accent : &accent_soft);
          cairo_fill (cr);
        }
      if (!isnan (target))
        {
          cairo_save (cr);
          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
          cairo_set_line_width (cr, 0.9);
          set_source (cr, &ink);
          cairo_move_to (cr, cx - slot / 2 + 1, BAR_Y (target));
          cairo_line_to (cr, cx + slot / 2 - 1, BAR_Y (target));
          cairo_stroke (cr);
          cairo_restore (cr);
        }
    }

#undef BAR_Y

  set_source (cr, &rule);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, left, bottom);
  cairo_line_to (cr, right, bottom);
  cairo_move_to (cr, left, top);
  cairo_line_to (cr, left, bottom);
  cairo_stroke (cr);

  draw_plain_text (self, cr, "0", FONT_TINY, &muted, x, bottom, 26, PANGO_ALIGN_RIGHT, 0.5);
  draw_plain_text (self, cr, max_text, FONT_TINY, &muted, x, top, 26, PANGO_ALIGN_RIGHT, 0.5);
  draw_plain_text (self, cr, first, FONT_TINY, &muted, left, bottom + 2, (right - left) / 2, PANGO_ALIGN_LEFT, 0);
  if (n > 1)
    draw_plain_text (self, cr, last, FONT_TINY, &muted, left + (right - left) / 2, bottom + 2,
                     (right - left) / 2, PANGO_ALIGN_RIGHT, 0);
}

static void
draw_chart (TandemReport *self,
            cairo_t      *cr,
            ScaleInfo    *info,
            double        x,
            double        y,
            double        width,
            double        height)
{
  double left = x + 30, right = x + width - 6, top = y + 2, bottom = y + height - 16;
  double span = self->to_julian - self->from_julian + 1;
  double min = 0, max = 0, threshold, label_end;
  const TandemScaleBand *bands = NULL;
  guint n_bands = 0;
  gboolean higher_is_better = FALSE;
  const char *op;
  double dashes[] = { 3, 2 };
  GDate date;

  if (info->scale != NULL)
    {
      tandem_scale_get_score_range (info->scale, &min, &max);
      bands = tandem_scale_get_bands (info->scale, &n_bands);
      higher_is_better = tandem_scale_get_higher_is_better (info->scale);
    }
  else
    {
      for (guint i = 0; i < info->points->len; i++)
        max = MAX (max, g_array_index (info->points, ScorePoint, i).score);
    }
  if (max <= min)
    max = min + 1;

#define CHART_Y(v) (bottom - (CLAMP ((v), min, max) - min) / (max - min) * (bottom - top))
#define CHART_X(j) (left + ((double) (j) - self->from_julian + 0.5) / span * (right - left))

  /* The severity bands, calm to warm. */
  for (guint i = 0; i < n_bands; i++)
    {
      double high = i + 1 < n_bands ? bands[i].max + 0.5 : max;
      double low = i > 0 ? bands[i].min - 0.5 : min;
      guint last = G_N_ELEMENTS (band_tints) - 1;
      guint tint = n_bands > 1 ? i * last / (n_bands - 1) : 0;
      double y0 = CHART_Y (high), y1 = CHART_Y (low);

      if (higher_is_better)
        tint = last - tint;
      set_source (cr, &band_tints[tint]);
      cairo_rectangle (cr, left, y0, right - left, y1 - y0);
      cairo_fill (cr);

      if (y1 - y0 >= 9)
        draw_plain_text (self, cr, tandem_scale_translate_label (bands[i].label), FONT_TINY, &muted,
                         left + 4, y0 + 1.5, right - left - 8, PANGO_ALIGN_LEFT, 0);
    }

  set_source (cr, &rule);
  cairo_set_line_width (cr, 0.6);
  cairo_rectangle (cr, left, top, right - left, bottom - top);
  cairo_stroke (cr);

  /* The value axis: the ends of the range and the edges of the bands. */
  {
    g_autofree char *min_text = format_number (min);
    g_autofree char *max_text = format_number (max);

    draw_plain_text (self, cr, min_text, FONT_TINY, &muted, x, CHART_Y (min), 26, PANGO_ALIGN_RIGHT, 0.5);
    draw_plain_text (self, cr, max_text, FONT_TINY, &muted, x, CHART_Y (max), 26, PANGO_ALIGN_RIGHT, 0.5);
    for (guint i = 1; i < n_bands; i++)
      {
        g_autofree char *text = format_number (bands[i].min);
        double band_y = CHART_Y (bands[i].min - 0.5);

        if (band_y - CHART_Y (max) > 8 && CHART_Y (min) - band_y > 8)
          draw_plain_text (self, cr, text, FONT_TINY, &muted, x, band_y, 26, PANGO_ALIGN_RIGHT, 0.5);
      }
  }

  /* The clinical cut-off. */
  if (info->scale != NULL && tandem_scale_get_caseness (info->scale, &op, &threshold))
    {
      cairo_save (cr);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_set_line_width (cr, 0.8);
      set_source (cr, &muted);
      cairo_move_to (cr, left, CHART_Y (threshold - 0.5));
      cairo_line_to (cr, right, CHART_Y (threshold - 0.5));
      cairo_stroke (cr);
      cairo_restore (cr);
      draw_plain_text (self, cr, _("clinical cut-off"), FONT_TINY, &muted,
                       left, CHART_Y (threshold - 0.5) - 1, right - left - 4, PANGO_ALIGN_RIGHT, 1);
    }

  /* The time axis: the first and the last day, and the first of each
   * month between them where there is room. */
  {
    g_autofree char *first = format_short_day (self->from_day);
    g_autofree char *last = format_short_day (self->to_day);
    double last_width = 60;

    draw_plain_text (self, cr, first, FONT_TINY, &muted, left, bottom + 3, 60, PANGO_ALIGN_LEFT, 0);
    draw_plain_text (self, cr, last, FONT_TINY, &muted, right - last_width, bottom + 3, last_width,
                     PANGO_ALIGN_RIGHT, 0);
    label_end = left + 40;

    g_date_clear (&date, 1);
    g_date_set_julian (&date, self->from_julian);
    g_date_set_day (&date, 1);
    for (g_date_add_months (&date, 1);
         g_date_get_julian (&date) <= self->to_julian;
         g_date_add_months (&date, 1))
      {
        g_autofree char *day = tandem_date_format (&date);
        g_autofree char *text = format_short_day (day);
        double tick_x = CHART_X (g_date_get_julian (&date) - 0.5);

        set_source (cr, &faint);
        cairo_move_to (cr, tick_x, bottom);
        cairo_line_to (cr, tick_x, bottom + 3);
        cairo_stroke (cr);

        if (tick_x - 16 > label_end && tick_x + 40 < right - 40)
          {
            draw_plain_text (self, cr, text, FONT_TINY, &muted, tick_x - 30, bottom + 3, 60, PANGO_ALIGN_CENTER, 0);
            label_end = tick_x + 30;
          }
      }
  }

  /* The scores. */
  if (info->points->len > 1)
    {
      cairo_set_line_width (cr, 1.4);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      set_source (cr, &accent);
      for (guint i = 0; i < info->points->len; i++)
        {
          const ScorePoint *point = &g_array_index (info->points, ScorePoint, i);

          if (i == 0)
            cairo_move_to (cr, CHART_X (point->julian), CHART_Y (point->score));
          else
            cairo_line_to (cr, CHART_X (point->julian), CHART_Y (point->score));
        }
      cairo_stroke (cr);
    }

  for (guint i = 0; i < info->points->len; i++)
    {
      const ScorePoint *point = &g_array_index (info->points, ScorePoint, i);
      double px = CHART_X (point->julian), py = CHART_Y (point->score);

      cairo_new_sub_path (cr);
      cairo_arc (cr, px, py, 2.4, 0, 2 * G_PI);
      set_source (cr, point->flagged ? &flag_red : &accent);
      cairo_fill (cr);

      if (point->flagged)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, px, py, 4.6, 0, 2 * G_PI);
          cairo_set_line_width (cr, 1.2);
          cairo_stroke (cr);
        }
    }

#undef CHART_X
#undef CHART_Y
}

static void
draw_month (TandemReport    *self,
            cairo_t         *cr,
            const MonthInfo *month,
            double           x,
            double           y,
            double           width)
{
  double cell = width / 7;
  double radius = MIN (cell, MONTH_CELL) / 2 - 0.8;
  double grid_top = y + 28;
  double dashes[] = { 1.5, 1.2 };
  g_autoptr(GDateTime) first_date_time = g_date_time_new_local (month->year, month->month, 1, 12, 0, 0);
  g_autofree char *title = NULL;
  GDate first;
  guint offset, n_days;

  /* Translators: a month's name and year, in g_date_time_format () syntax */
  title = g_date_time_format (first_date_time, C_("month and year", "%OB %Y"));
  draw_plain_text (self, cr, title, "Sans Bold 9", &ink, x, y, width, PANGO_ALIGN_LEFT, 0);

  for (guint column = 0; column < 7; column++)
    {
      guint weekday = (self->first_weekday - 1 + column) % 7 + 1;
      char name[64];
      g_autofree char *initials = NULL;
      GDate date;

      /* 1 January 2024 was a Monday. */
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, weekday, G_DATE_JANUARY, 2024);
      if (g_date_strftime (name, sizeof name, "%a", &date) == 0)
        continue;
      initials = g_utf8_substring (name, 0, MIN (2, g_utf8_strlen (name, -1)));
      draw_plain_text (self, cr, initials, FONT_TINY, &muted, x + column * cell, y + 15, cell,
                       PANGO_ALIGN_CENTER, 0);
    }

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month->month, month->year);
  offset = ((int) g_date_get_weekday (&first) - (int) self->first_weekday + 7) % 7;
  n_days = g_date_get_days_in_month (month->month, month->year);

  for (guint day = 1; day <= n_days; day++)
    {
      guint index = offset + day - 1;
      double cx = x + cell * (index % 7 + 0.5);
      double cy = grid_top + MONTH_CELL * (index / 7 + 0.5);
      guint8 flags = month->days[day];
      char number[4];

      if (flags & DAY_CHECK_IN)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
          set_source (cr, &accent_soft);
          cairo_fill (cr);
        }
      if (flags & DAY_REST)
        {
          cairo_save (cr);
          cairo_new_sub_path (cr);
          cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
          cairo_set_line_width (cr, 0.8);
          set_source (cr, &muted);
          cairo_stroke (cr);
          cairo_restore (cr);
        }

      g_snprintf (number, sizeof number, "%u", day);
      draw_plain_text (self, cr, number, FONT_TINY, (flags & DAY_IN_PERIOD) ? &ink : &faint,
                       cx - cell / 2, cy, cell, PANGO_ALIGN_CENTER, 0.5);

      if (flags & DAY_WIN)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, cx + radius * 0.75, cy - radius * 0.75, 1.9, 0, 2 * G_PI);
          set_source (cr, &win_gold);
          cairo_fill (cr);
        }
    }
}

/**
 * tandem_report_draw_page:
 * @cr: a cairo context whose user space is the page, in points
 * @page: the page, from 0
 *
 * Draws one page: its header and footer and the blocks placed on it.
 */
void
tandem_report_draw_page (TandemReport *self,
                         cairo_t      *cr,
                         guint         page)
{
  double width;

  g_return_if_fail (TANDEM_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  width = content_width (self);

  cairo_save (cr);
  draw_header_and_footer (self, cr, page);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);

      if (block->page != page)
        continue;

      switch (block->kind)
        {
        case BLOCK_TEXT:
          cairo_move_to (cr, MARGIN_X, block->y);
          set_source (cr, &ink);
          pango_cairo_show_layout (cr, block->layout);
          break;

        case BLOCK_GOAL_BARS:
          draw_goal_bars (self, cr, g_ptr_array_index (self->goals, block->index),
                          MARGIN_X, block->y, width, block->height);
          break;

        case BLOCK_CHART:
          draw_chart (self, cr, g_ptr_array_index (self->scales, block->index),
                      MARGIN_X, block->y, width, block->height);
          break;

        case BLOCK_MONTHS:
          for (guint m = 0; m < block->count; m++)
            draw_month (self, cr, &g_array_index (self->months, MonthInfo, block->index + m),
                        MARGIN_X + m * (month_width (self) + MONTH_GAP), block->y, month_width (self));
          break;

        default:
          g_assert_not_reached ();
        }
    }

  cairo_restore (cr);
}

/* PDF ---------------------------------------------------------------------- */

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/**
 * tandem_report_render_pdf:
 *
 * Returns: (transfer full): the report as a PDF document, one page per
 *   page of the layout
 */
GBytes *
tandem_report_render_pdf (TandemReport  *self,
                          GError       **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (TANDEM_IS_REPORT (self), NULL);

  surface = cairo_pdf_surface_create_for_stream (append_to_array, bytes,
                                                 self->page_width, self->page_height);
  /* Translators: the title of the PDF document; %s is the person's name */
  title = g_strdup_printf (_("Progress report – %s"), self->person_name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Tandem " PACKAGE_VERSION);

  cr = cairo_create (surface);
  for (guint page = 0; page < self->n_pages; page++)
    {
      tandem_report_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TANDEM_REPORT_ERROR, TANDEM_REPORT_ERROR_FAILED,
                   _("The report could not be drawn: %s."), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * tandem_report_write_pdf:
 * @path: the file to write
 *
 * Writes the report as a PDF file readable only by its owner (it is health
 * data). The file is replaced whole or not at all: the PDF is written to a
 * temporary file beside it and renamed over it.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
tandem_report_write_pdf (TandemReport  *self,
                         const char    *path,
                         GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (TANDEM_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(bytes = tandem_report_render_pdf (self, error)))
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  if (!g_file_set_contents_full (path, data, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0600, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   /* Translators: %s is GLib's message, which names the file */
                   _("The report was not saved. %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}
