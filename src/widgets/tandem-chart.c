/* tandem-chart.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-chart"

#include "config.h"

#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>

#include "tandem-chart.h"

/* A time chart: series of (time, value) points over shaded bands, with a
 * caseness line, goal lines, month labels and event marks. Screen
 * coordinates are computed when the data or the size change; snapshot only
 * draws them. Series with more points than pixel columns are decimated
 * (first, lowest, highest and last per column) so that extremes survive. */

#define MARGIN_LEFT   40
#define MARGIN_RIGHT  16
#define MARGIN_TOP    12
#define MARGIN_BOTTOM 28
#define POINT_RADIUS  3.5

typedef struct
{
  double  from;
  double  to;
  char   *label;
} Band;

typedef struct
{
  gint64  time;
  char   *label;
} Event;

typedef struct
{
  double x;
  double y;
  guint  index;
} Drawn;

typedef struct
{
  char   *name;
  GArray *points;   /* TandemChartPoint, sorted by time */
  GArray *drawn;    /* Drawn, after decimation */
} Series;

struct _TandemChart
{
  GtkWidget  parent_instance;

  GPtrArray *series;
  GArray    *bands;
  GArray    *events;
  double     y_min;
  double     y_max;
  gint64     t_from;
  gint64     t_to;
  double     caseness;
  double     baseline;
  double     target;
  char      *summary;
  char      *own_summary;

  int        focus;     /* index into the first series, or -1 */
  gboolean   layout_valid;
  int        width;
  int        height;

  GdkRGBA    fg;
  GdkRGBA    bg;
  GdkRGBA    accent;
  GdkRGBA    warning;
  GdkRGBA    error;
  GdkRGBA    success;
};

G_DEFINE_FINAL_TYPE (TandemChart, tandem_chart, GTK_TYPE_WIDGET)

static void
series_free (gpointer data)
{
  Series *series = data;

  g_free (series->name);
  g_array_unref (series->points);
  g_array_unref (series->drawn);
  g_free (series);
}

static void
band_clear (gpointer data)
{
  g_free (((Band *) data)->label);
}

static void
event_clear (gpointer data)
{
  g_free (((Event *) data)->label);
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  gint64 ta = ((const TandemChartPoint *) a)->time;
  gint64 tb = ((const TandemChartPoint *) b)->time;

  return ta < tb ? -1 : ta > tb;
}

static char *
format_time (gint64 time)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (time / G_USEC_PER_SEC);

  if (date == NULL)
    return g_strdup ("");

  /* Translators: a short date inside a sentence, in g_date_time_format ()
   * syntax, e.g. "3 March" */
  return g_date_time_format (date, C_("short date", "%-d %B"));
}

static char *
format_value (double value)
{
  return g_strdup_printf ("%g", round (value * 10) / 10);
}

static void
get_time_range (TandemChart *self,
                gint64      *from,
                gint64      *to)
{
  gint64 lo = G_MAXINT64, hi = G_MININT64;

  if (self->t_from < self->t_to)
    {
      *from = self->t_from;
      *to = self->t_to;
      return;
    }

  for (guint s = 0; s < self->series->len; s++)
    {
      Series *series = g_ptr_array_index (self->series, s);

      if (series->points->len == 0)
        continue;
      lo = MIN (lo, g_array_index (series->points, TandemChartPoint, 0).time);
      hi = MAX (hi, g_array_index (series->points, TandemChartPoint, series->points->len - 1).time);
    }

  if (lo > hi)
    {
      hi = g_get_real_time ();
      lo = hi - 30 * G_TIME_SPAN_DAY;
    }
  if (hi - lo < G_TIME_SPAN_DAY)
    {
      lo -= 7 * G_TIME_SPAN_DAY;
      hi += G_TIME_SPAN_DAY;
    }

  *from = lo;
  *to = hi;
}

static double
x_for_time (TandemChart *self,
            gint64       time,
            gint64       from,
            gint64       to)
{
  double plot_width = MAX (1, self->width - MARGIN_LEFT - MARGIN_RIGHT);

  return MARGIN_LEFT + plot_width * (double) (time - from) / (double) MAX (1, to - from);
}

static double
y_for_value (TandemChart *self,
             double       value)
{
  double plot_height = MAX (1, self->height - MARGIN_TOP - MARGIN_BOTTOM);
  double span = self->y_max > self->y_min ? self->y_max - self->y_min : 1;

  return MARGIN_TOP + plot_height * (1 - (value - self->y_min) / span);
}

static void
update_layout (TandemChart *self)
{
  gint64 from, to;
  guint columns;

  if (self->layout_valid || self->width <= 0 || self->height <= 0)
    return;

  get_time_range (self, &from, &to);
  columns = MAX (1, self->width - MARGIN_LEFT - MARGIN_RIGHT);

  for (guint s = 0; s < self->series->len; s++)
    {
      Series *series = g_ptr_array_index (self->series, s);
      g_autofree guint *kept = NULL;
      guint n_kept = 0;

      g_array_set_size (series->drawn, 0);
      kept = tandem_chart_decimate ((const TandemChartPoint *) (gpointer) series->points->data,
                                    series->points->len, from, to, columns, &n_kept);

      for (guint i = 0; i < n_kept; i++)
        {
          const TandemChartPoint *point = &g_array_index (series->points, TandemChartPoint, kept[i]);
          Drawn drawn;

          drawn.x = x_for_time (self, point->time, from, to);
          drawn.y = y_for_value (self, point->value);
          drawn.index = kept[i];
          g_array_append_val (series->drawn, drawn);
        }
    }

  self->layout_valid = TRUE;
}

static void
invalidate (TandemChart *self)
{
  self->layout_valid = FALSE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static const Band *
find_band (TandemChart *self,
           double       value)
{
  for (guint i = 0; i < self->bands->len; i++)
    {
      const Band *band = &g_array_index (self->bands, Band, i);

      if (value >= band->from && value <= band->to)
        return band;
    }

  return NULL;
}

static void
update_summary (TandemChart *self)
{
  Series *series;
  const TandemChartPoint *first, *last;
  g_autofree char *first_value = NULL;
  g_autofree char *last_value = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  const char *label;

  g_clear_pointer (&self->own_summary, g_free);

  if (self->series->len == 0 ||
      (series = g_ptr_array_index (self->series, 0))->points->len == 0)
    {
      self->own_summary = g_strdup (_("Chart without results"));
    }
  else
    {
      first = &g_array_index (series->points, TandemChartPoint, 0);
      last = &g_array_index (series->points, TandemChartPoint, series->points->len - 1);
      first_value = format_value (first->value);
      last_value = format_value (last->value);
      first_day = format_time (first->time);
      last_day = format_time (last->time);

      if (series->points->len == 1)
        /* Translators: a chart read aloud: the questionnaire, its only score and its date */
        self->own_summary = g_strdup_printf (_("%s: %s on %s"), series->name, first_value, first_day);
      else
        /* Translators: a chart read aloud: the questionnaire, the first score and its date,
         * the latest score and its date */
        self->own_summary = g_strdup_printf (_("%s: %s on %s, %s on %s"), series->name,
                                             first_value, first_day, last_value, last_day);
    }

  label = self->summary ? self->summary : self->own_summary;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
set_source (cairo_t       *cr,
            const GdkRGBA *rgba,
            double         alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}

static void
draw_text (TandemChart   *self,
           cairo_t       *cr,
           const char    *text,
           double         x,
           double         y,
           double         xalign,
           double         yalign,
           const GdkRGBA *color,
           double         alpha)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoFontDescription *font;
  int w, h;

  font = pango_font_description_from_string ("Sans 8");
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_get_pixel_size (layout, &w, &h);
  set_source (cr, color, alpha);
  cairo_move_to (cr, x - w * xalign, y - h * yalign);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_hline (cairo_t       *cr,
            double         x0,
            double         x1,
            double         y,
            const GdkRGBA *color,
            gboolean       dashed)
{
  static const double dash[] = { 6, 4 };

  set_source (cr, color, 1);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dash, dashed ? 2 : 0, 0);
  cairo_move_to (cr, x0, round (y) + 0.5);
  cairo_line_to (cr, x1, round (y) + 0.5);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_months (TandemChart *self,
             cairo_t     *cr,
             gint64       from,
             gint64       to)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (from / G_USEC_PER_SEC);
  g_autoptr(GDateTime) month = NULL;
  double plot_width = self->width - MARGIN_LEFT - MARGIN_RIGHT;
  double months = (double) (to - from) / (30.44 * G_TIME_SPAN_DAY);
  int step = 1;
  double bottom = self->height - MARGIN_BOTTOM;

  if (start == NULL)
    return;

  while (months / step > 1 && plot_width / (months / step) < 56)
    step = step < 3 ? step + 1 : (step < 6 ? 6 : step + 6);

  month = g_date_time_new_local (g_date_time_get_year (start), g_date_time_get_month (start),
                                 1, 0, 0, 0);

  for (int guard = 0; month != NULL && guard < 1200; guard++)
    {
      gint64 t = g_date_time_to_unix (month) * G_USEC_PER_SEC;
      GDateTime *next;

      if (t > to)
        break;

      if (t >= from && (g_date_time_get_month (month) - 1) % step == 0)
        {
          double x = x_for_time (self, t, from, to);
          g_autofree char *text = NULL;

          set_source (cr, &self->fg, 0.15);
          cairo_set_line_width (cr, 1);
          cairo_move_to (cr, round (x) + 0.5, MARGIN_TOP);
          cairo_line_to (cr, round (x) + 0.5, bottom);
          cairo_stroke (cr);

          if (g_date_time_get_month (month) == 1 || step >= 6)
            /* Translators: a month label on a chart's time axis, with the year */
            text = g_date_time_format (month, C_("chart month", "%b %Y"));
          else
            /* Translators: a month label on a chart's time axis */
            text = g_date_time_format (month, C_("chart month", "%b"));
          draw_text (self, cr, text, x + 3, bottom + 4, 0, 0, &self->fg, 0.7);
        }

      next = g_date_time_add_months (month, 1);
      g_date_time_unref (month);
      month = next;
    }
}

/**
 * tandem_chart_draw:
 * @cr: where to draw
 * @width: the width to draw at
 * @height: the height to draw at
 *
 * Draws the chart; the widget draws itself with this, and the same paths can
 * go into an image or SVG surface.
 */
void
tandem_chart_draw (TandemChart *self,
                   cairo_t     *cr,
                   int          width,
                   int          height)
{
  double left = MARGIN_LEFT, right = width - MARGIN_RIGHT;
  double top = MARGIN_TOP, bottom = height - MARGIN_BOTTOM;
  gint64 from, to;

  g_return_if_fail (TANDEM_IS_CHART (self));

  if (width != self->width || height != self->height)
    {
      self->width = width;
      self->height = height;
      self->layout_valid = FALSE;
    }
  update_layout (self);
  get_time_range (self, &from, &to);

  /* Bands, alternately shaded, labelled at the left. */
  for (guint i = 0; i < self->bands->len; i++)
    {
      const Band *band = &g_array_index (self->bands, Band, i);
      double y0 = y_for_value (self, MIN (band->to + (i + 1 < self->bands->len ? 0.5 : 0), self->y_max));
      double y1 = y_for_value (self, MAX (band->from - (i > 0 ? 0.5 : 0), self->y_min));

      set_source (cr, &self->fg, i % 2 ? 0.07 : 0.03);
      cairo_rectangle (cr, left, y0, right - left, y1 - y0);
      cairo_fill (cr);

      if (band->label != NULL && y1 - y0 >= 12)
        draw_text (self, cr, band->label, left + 6, y0 + 2, 0, 0, &self->fg, 0.55);
    }

  /* Value axis: the range's ends and the band edges. */
  {
    g_autofree char *lo = format_value (self->y_min);
    g_autofree char *hi = format_value (self->y_max);

    draw_text (self, cr, hi, left - 6, top, 1, 0.5, &self->fg, 0.7);
    draw_text (self, cr, lo, left - 6, bottom, 1, 0.5, &self->fg, 0.7);
    for (guint i = 1; i < self->bands->len; i++)
      {
        const Band *band = &g_array_index (self->bands, Band, i);
        g_autofree char *text = format_value (band->from);
        double y = y_for_value (self, band->from);

        if (y > top + 10 && y < bottom - 10)
          draw_text (self, cr, text, left - 6, y, 1, 0.5, &self->fg, 0.7);
      }
  }

  draw_months (self, cr, from, to);

  set_source (cr, &self->fg, 0.3);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, left, round (bottom) + 0.5);
  cairo_line_to (cr, right, round (bottom) + 0.5);
  cairo_stroke (cr);

  if (!isnan (self->caseness))
    {
      double y = y_for_value (self, self->caseness);

      draw_hline (cr, left, right, y, &self->warning, TRUE);
      /* Translators: label of the line on a chart where scores count as a clinical case */
      draw_text (self, cr, _("Clinical cut-off"), right - 4, y - 2, 1, 1, &self->warning, 1);
    }
  if (!isnan (self->baseline))
    {
      double y = y_for_value (self, self->baseline);

      draw_hline (cr, left, right, y, &self->fg, TRUE);
      /* Translators: label of a goal's starting value on a chart */
      draw_text (self, cr, _("Baseline"), right - 4, y - 2, 1, 1, &self->fg, 0.8);
    }
  if (!isnan (self->target))
    {
      double y = y_for_value (self, self->target);

      draw_hline (cr, left, right, y, &self->success, FALSE);
      /* Translators: label of a goal's target value on a chart */
      draw_text (self, cr, _("Target"), right - 4, y - 2, 1, 1, &self->success, 1);
    }

  /* Events: small marks on the time axis. */
  for (guint i = 0; i < self->events->len; i++)
    {
      const Event *event = &g_array_index (self->events, Event, i);
      double x;

      if (event->time < from || event->time > to)
        continue;
      x = x_for_time (self, event->time, from, to);
      set_source (cr, &self->accent, 0.8);
      cairo_move_to (cr, x, bottom - 7);
      cairo_line_to (cr, x - 4, bottom);
      cairo_line_to (cr, x + 4, bottom);
      cairo_close_path (cr);
      cairo_fill (cr);
    }

  /* Series: a line through the points, then the points. */
  cairo_save (cr);
  cairo_rectangle (cr, left - POINT_RADIUS - 1, top - POINT_RADIUS - 1,
                   right - left + 2 * POINT_RADIUS + 2, bottom - top + 2 * POINT_RADIUS + 2);
  cairo_clip (cr);
  for (guint s = 0; s < self->series->len; s++)
    {
      Series *series = g_ptr_array_index (self->series, s);
      double alpha = s == 0 ? 1 : 0.5;

      if (series->drawn->len == 0)
        continue;

      set_source (cr, &self->accent, alpha);
      cairo_set_line_width (cr, 2);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
      /* Points closer than two pixels: a coarser antialiasing draws the
       * line several times faster and looks the same at that density. */
      if (series->drawn->len * 2 > (guint) MAX (right - left, 1))
        cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
      for (guint i = 0; i < series->drawn->len; i++)
        {
          const Drawn *d = &g_array_index (series->drawn, Drawn, i);

          if (i == 0)
            cairo_move_to (cr, d->x, d->y);
          else
            cairo_line_to (cr, d->x, d->y);
        }
      cairo_stroke (cr);

      /* Dots only where they stay apart. */
      if (series->drawn->len * 8 < (guint) (right - left) || series->drawn->len < 60)
        for (guint i = 0; i < series->drawn->len; i++)
          {
            const Drawn *d = &g_array_index (series->drawn, Drawn, i);
            const TandemChartPoint *p = &g_array_index (series->points, TandemChartPoint, d->index);

            set_source (cr, p->flagged ? &self->error : &self->accent, alpha);
            cairo_arc (cr, d->x, d->y, p->flagged ? POINT_RADIUS + 1.5 : POINT_RADIUS, 0, 2 * G_PI);
            cairo_fill (cr);
          }
    }
  cairo_restore (cr);

  /* The focused or hovered point, with its text. */
  if (self->focus >= 0 && self->series->len > 0)
    {
      Series *series = g_ptr_array_index (self->series, 0);
      const TandemChartPoint *p = &g_array_index (series->points, TandemChartPoint, self->focus);
      g_autofree char *text = tandem_chart_dup_point_text (self, self->focus);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
      double x = x_for_time (self, p->time, from, to);
      double y = y_for_value (self, p->value);
      double bx, by;
      int w, h;

      set_source (cr, &self->fg, 1);
      cairo_set_line_width (cr, 2);
      cairo_arc (cr, x, y, POINT_RADIUS + 4, 0, 2 * G_PI);
      cairo_stroke (cr);

      pango_layout_get_pixel_size (layout, &w, &h);
      bx = CLAMP (x - w / 2.0 - 6, 0, MAX (0, width - w - 12));
      by = y - h - 20 >= 0 ? y - h - 20 : y + 14;
      set_source (cr, &self->fg, 0.9);
      cairo_rectangle (cr, bx, by, w + 12, h + 8);
      cairo_fill (cr);
      /* The label's text in the window background's colour: fg inverted. */
      cairo_set_source_rgba (cr, 1 - self->fg.red, 1 - self->fg.green, 1 - self->fg.blue, 1);
      cairo_move_to (cr, bx + 6, by + 4);
      pango_cairo_show_layout (cr, layout);
    }
}

static void
tandem_chart_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  TandemChart *self = TANDEM_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  tandem_chart_draw (self, cr, width, height);
  cairo_destroy (cr);

  if (gtk_widget_has_visible_focus (widget) && self->focus < 0)
    {
      GdkRGBA focus = self->accent;

      focus.alpha = 0.5;
      gtk_snapshot_append_border (snapshot,
                                  &GSK_ROUNDED_RECT_INIT (1, 1, width - 2, height - 2),
                                  (float[4]) { 2, 2, 2, 2 },
                                  (GdkRGBA[4]) { focus, focus, focus, focus });
    }
}

static void
tandem_chart_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  TandemChart *self = TANDEM_CHART (widget);

  if (width != self->width || height != self->height)
    {
      self->width = width;
      self->height = height;
      self->layout_valid = FALSE;
    }
  update_layout (self);
}

static void
tandem_chart_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 600;
    }
  else
    {
      *minimum = 180;
      *natural = 280;
    }
}

static void
lookup_color (GtkStyleContext *context,
              const char      *name,
              const char      *fallback,
              GdkRGBA         *rgba)
{
  if (!gtk_style_context_lookup_color (context, name, rgba))
    gdk_rgba_parse (rgba, fallback);
}

static void
tandem_chart_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  TandemChart *self = TANDEM_CHART (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  GTK_WIDGET_CLASS (tandem_chart_parent_class)->css_changed (widget, change);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (context, &self->fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  lookup_color (context, "window_bg_color", "#fafafa", &self->bg);
  lookup_color (context, "accent_color", "#1c71d8", &self->accent);
  lookup_color (context, "warning_color", "#9c6e03", &self->warning);
  lookup_color (context, "error_color", "#c01c28", &self->error);
  lookup_color (context, "success_color", "#1b8553", &self->success);

  gtk_widget_queue_draw (widget);
}

static int
nearest_point (TandemChart *self,
               double       x)
{
  Series *series;
  gint64 from, to;
  double best = G_MAXDOUBLE;
  int index = -1;

  if (self->series->len == 0)
    return -1;

  series = g_ptr_array_index (self->series, 0);
  get_time_range (self, &from, &to);

  for (guint i = 0; i < series->drawn->len; i++)
    {
      const Drawn *d = &g_array_index (series->drawn, Drawn, i);

      if (fabs (d->x - x) < best)
        {
          best = fabs (d->x - x);
          index = d->index;
        }
    }

  return best <= 24 ? index : -1;
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              TandemChart              *self)
{
  tandem_chart_set_focus_point (self, nearest_point (self, x));
}

static void
on_leave_cb (GtkEventControllerMotion *motion,
             TandemChart              *self)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    tandem_chart_set_focus_point (self, -1);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *key,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   TandemChart           *self)
{
  Series *series;
  int n;

  if (self->series->len == 0)
    return FALSE;
  series = g_ptr_array_index (self->series, 0);
  n = series->points->len;
  if (n == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      tandem_chart_set_focus_point (self, self->focus < 0 ? n - 1 : MAX (0, self->focus - 1));
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      tandem_chart_set_focus_point (self, self->focus < 0 ? 0 : MIN (n - 1, self->focus + 1));
      return TRUE;
    case GDK_KEY_Home:
      tandem_chart_set_focus_point (self, 0);
      return TRUE;
    case GDK_KEY_End:
      tandem_chart_set_focus_point (self, n - 1);
      return TRUE;
    case GDK_KEY_Escape:
      if (self->focus < 0)
        return FALSE;
      tandem_chart_set_focus_point (self, -1);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
tandem_chart_finalize (GObject *object)
{
  TandemChart *self = (TandemChart *)object;

  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->bands, g_array_unref);
  g_clear_pointer (&self->events, g_array_unref);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->own_summary, g_free);

  G_OBJECT_CLASS (tandem_chart_parent_class)->finalize (object);
}

static void
tandem_chart_class_init (TandemChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tandem_chart_finalize;

  widget_class->snapshot = tandem_chart_snapshot;
  widget_class->size_allocate = tandem_chart_size_allocate;
  widget_class->measure = tandem_chart_measure;
  widget_class->css_changed = tandem_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tandem_chart_init (TandemChart *self)
{
  GtkEventController *controller;

  self->series = g_ptr_array_new_with_free_func (series_free);
  self->bands = g_array_new (FALSE, TRUE, sizeof (Band));
  g_array_set_clear_func (self->bands, band_clear);
  self->events = g_array_new (FALSE, TRUE, sizeof (Event));
  g_array_set_clear_func (self->events, event_clear);
  self->y_min = 0;
  self->y_max = 10;
  self->caseness = NAN;
  self->baseline = NAN;
  self->target = NAN;
  self->focus = -1;

  gdk_rgba_parse (&self->fg, "#000000");
  gdk_rgba_parse (&self->bg, "#fafafa");
  gdk_rgba_parse (&self->accent, "#1c71d8");
  gdk_rgba_parse (&self->warning, "#9c6e03");
  gdk_rgba_parse (&self->error, "#c01c28");
  gdk_rgba_parse (&self->success, "#1b8553");

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  update_summary (self);
}

GtkWidget *
tandem_chart_new (void)
{
  return g_object_new (TANDEM_TYPE_CHART, NULL);
}

/**
 * tandem_chart_clear:
 *
 * Removes every series, band, event and line.
 */
void
tandem_chart_clear (TandemChart *self)
{
  g_return_if_fail (TANDEM_IS_CHART (self));

  g_ptr_array_set_size (self->series, 0);
  g_array_set_size (self->bands, 0);
  g_array_set_size (self->events, 0);
  self->caseness = self->baseline = self->target = NAN;
  self->t_from = self->t_to = 0;
  self->focus = -1;
  g_clear_pointer (&self->summary, g_free);
  update_summary (self);
  invalidate (self);
}

/**
 * tandem_chart_add_series:
 * @name: what the series shows, e.g. "PHQ-9"
 * @points: (array length=n_points): the points, in any order
 *
 * Returns: the series' index
 */
guint
tandem_chart_add_series (TandemChart            *self,
                         const char             *name,
                         const TandemChartPoint *points,
                         guint                   n_points)
{
  Series *series;

  g_return_val_if_fail (TANDEM_IS_CHART (self), 0);
  g_return_val_if_fail (points != NULL || n_points == 0, 0);

  series = g_new0 (Series, 1);
  series->name = g_strdup (name ? name : "");
  series->points = g_array_sized_new (FALSE, FALSE, sizeof (TandemChartPoint), n_points);
  series->drawn = g_array_new (FALSE, FALSE, sizeof (Drawn));
  g_array_append_vals (series->points, points, n_points);
  g_array_sort (series->points, compare_points);
  g_ptr_array_add (self->series, series);

  self->focus = -1;
  update_summary (self);
  invalidate (self);

  return self->series->len - 1;
}

guint
tandem_chart_get_n_series (TandemChart *self)
{
  g_return_val_if_fail (TANDEM_IS_CHART (self), 0);

  return self->series->len;
}

void
tandem_chart_set_y_range (TandemChart *self,
                          double       min,
                          double       max)
{
  g_return_if_fail (TANDEM_IS_CHART (self));

  self->y_min = min;
  self->y_max = max > min ? max : min + 1;
  invalidate (self);
}

/**
 * tandem_chart_set_time_range:
 * @from: the left end, in µs since the epoch
 * @to: the right end; when not after @from, the data decide
 */
void
tandem_chart_set_time_range (TandemChart *self,
                             gint64       from,
                             gint64       to)
{
  g_return_if_fail (TANDEM_IS_CHART (self));

  self->t_from = from;
  self->t_to = to;
  invalidate (self);
}

/**
 * tandem_chart_add_band:
 * @from: lowest value of the band (inclusive)
 * @to: highest value (inclusive)
 * @label: (nullable): the band in plain words
 *
 * Adds a shaded horizontal band; add them in ascending order.
 */
void
tandem_chart_add_band (TandemChart *self,
                       double       from,
                       double       to,
                       const char  *label)
{
  Band band = { from, to, g_strdup (label) };

  g_return_if_fail (TANDEM_IS_CHART (self));

  g_array_append_val (self->bands, band);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * tandem_chart_set_caseness:
 * @value: the clinical cut-off, or NAN for none
 */
void
tandem_chart_set_caseness (TandemChart *self,
                           double       value)
{
  g_return_if_fail (TANDEM_IS_CHART (self));

  self->caseness = value;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * tandem_chart_set_goal_lines:
 * @baseline: a goal's starting value, or NAN
 * @target: its target, or NAN
 */
void
tandem_chart_set_goal_lines (TandemChart *self,
                             double       baseline,
                             double       target)
{
  g_return_if_fail (TANDEM_IS_CHART (self));

  self->baseline = baseline;
  self->target = target;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * tandem_chart_add_event:
 * @time: when, in µs since the epoch
 * @label: (nullable): what happened, e.g. "Therapy session"
 */
void
tandem_chart_add_event (TandemChart *self,
                        gint64       time,
                        const char  *label)
{
  Event event = { time, g_strdup (label) };

  g_return_if_fail (TANDEM_IS_CHART (self));

  g_array_append_val (self->events, event);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * tandem_chart_set_summary:
 * @summary: (nullable): the chart in words, for screen readers; %NULL for
 *   the chart's own ("PHQ-9: 18 on 3 March, 9 on 2 June")
 */
void
tandem_chart_set_summary (TandemChart *self,
                          const char  *summary)
{
  g_return_if_fail (TANDEM_IS_CHART (self));

  g_free (self->summary);
  self->summary = g_strdup (summary);
  update_summary (self);
}

/**
 * tandem_chart_get_summary:
 *
 * Returns: the chart in words, as its accessible label
 */
const char *
tandem_chart_get_summary (TandemChart *self)
{
  g_return_val_if_fail (TANDEM_IS_CHART (self), NULL);

  return self->summary ? self->summary : self->own_summary;
}

int
tandem_chart_get_focus_point (TandemChart *self)
{
  g_return_val_if_fail (TANDEM_IS_CHART (self), -1);

  return self->focus;
}

/**
 * tandem_chart_set_focus_point:
 * @index: a point of the first series, or -1 for none
 *
 * Marks a point and shows its date, value and band, as hovering or the
 * arrow keys do.
 */
void
tandem_chart_set_focus_point (TandemChart *self,
                              int          index)
{
  Series *series;

  g_return_if_fail (TANDEM_IS_CHART (self));

  if (self->series->len == 0)
    index = -1;
  else if (index >= 0)
    {
      series = g_ptr_array_index (self->series, 0);
      if ((guint) index >= series->points->len)
        index = -1;
    }

  if (index == self->focus)
    return;

  self->focus = index;

  if (index >= 0)
    {
      g_autofree char *text = tandem_chart_dup_point_text (self, index);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                      -1);
    }
  else
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * tandem_chart_dup_point_text:
 * @index: a point of the first series
 *
 * Returns: (transfer full): "3 March: 12, moderate": the point's date,
 *   value and band
 */
char *
tandem_chart_dup_point_text (TandemChart *self,
                             guint        index)
{
  Series *series;
  const TandemChartPoint *point;
  const Band *band;
  g_autofree char *day = NULL;
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (TANDEM_IS_CHART (self), NULL);
  g_return_val_if_fail (self->series->len > 0, NULL);

  series = g_ptr_array_index (self->series, 0);
  g_return_val_if_fail (index < series->points->len, NULL);

  point = &g_array_index (series->points, TandemChartPoint, index);
  day = format_time (point->time);
  value = format_value (point->value);
  band = find_band (self, point->value);

  if (band != NULL && band->label != NULL)
    /* Translators: a chart point: its date, value and band, e.g. "3 March: 12, moderate" */
    text = g_strdup_printf (_("%s: %s, %s"), day, value, band->label);
  else
    /* Translators: a chart point: its date and value, e.g. "3 March: 12" */
    text = g_strdup_printf (_("%s: %s"), day, value);

  if (point->flagged)
    {
      g_autofree char *plain = g_steal_pointer (&text);

      /* Translators: a chart point that needs attention (a safety answer);
       * %s is its date, value and band */
      text = g_strdup_printf (_("%s (needs follow-up)"), plain);
    }

  return g_steal_pointer (&text);
}

/**
 * tandem_chart_get_n_drawn:
 * @series: a series' index
 *
 * Returns: how many of the series' points are drawn at the current size,
 *   after decimation
 */
guint
tandem_chart_get_n_drawn (TandemChart *self,
                          guint        series)
{
  g_return_val_if_fail (TANDEM_IS_CHART (self), 0);
  g_return_val_if_fail (series < self->series->len, 0);

  update_layout (self);

  return ((Series *) g_ptr_array_index (self->series, series))->drawn->len;
}

/**
 * tandem_chart_decimate:
 * @points: (array length=n_points): points sorted by time
 * @from: the time at the left edge
 * @to: the time at the right edge
 * @n_columns: the number of pixel columns
 * @n_kept: (out): the number of indices returned
 *
 * Chooses the points to draw when there are more points than columns: per
 * column the first, the lowest, the highest and the last, in time order, so
 * that extremes survive. With no more points than columns, all are kept.
 *
 * Returns: (transfer full) (array length=n_kept): indices into @points
 */
guint *
tandem_chart_decimate (const TandemChartPoint *points,
                       guint                   n_points,
                       gint64                  from,
                       gint64                  to,
                       guint                   n_columns,
                       guint                  *n_kept)
{
  guint *kept;
  guint n = 0;
  guint i = 0;

  g_return_val_if_fail (points != NULL || n_points == 0, NULL);
  g_return_val_if_fail (n_kept != NULL, NULL);

  kept = g_new (guint, MAX (n_points, 1));

  if (n_points <= n_columns || n_columns == 0 || to <= from)
    {
      for (i = 0; i < n_points; i++)
        kept[i] = i;
      *n_kept = n_points;
      return kept;
    }

  while (i < n_points)
    {
      gint64 column = (gint64) ((double) (points[i].time - from) / (double) (to - from) * n_columns);
      guint first = i, last = i, lo = i, hi = i;
      guint picks[4];
      guint n_picks = 0;

      while (last + 1 < n_points &&
             (gint64) ((double) (points[last + 1].time - from) / (double) (to - from) * n_columns) == column)
        {
          last++;
          if (points[last].value < points[lo].value)
            lo = last;
          if (points[last].value > points[hi].value)
            hi = last;
        }

      /* In time order, without repeats. */
      picks[n_picks++] = first;
      if (MIN (lo, hi) != first)
        picks[n_picks++] = MIN (lo, hi);
      if (MAX (lo, hi) != picks[n_picks - 1])
        picks[n_picks++] = MAX (lo, hi);
      if (last != picks[n_picks - 1])
        picks[n_picks++] = last;

      for (guint k = 0; k < n_picks; k++)
        kept[n++] = picks[k];

      i = last + 1;
    }

  *n_kept = n;
  return kept;
}

/**
 * tandem_chart_export:
 * @path: the file to write
 * @format: "png" or "svg"
 * @width: the picture's width in pixels (points for SVG)
 * @height: its height
 * @error: a sentence for people when the file cannot be written
 *
 * Draws the chart, as it looks now, into a PNG or SVG file.
 *
 * Returns: whether the file was written
 */
gboolean
tandem_chart_export (TandemChart  *self,
                     const char   *path,
                     const char   *format,
                     int           width,
                     int           height,
                     GError      **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  gboolean png;
  int old_width, old_height;
  cairo_t *cr;

  g_return_val_if_fail (TANDEM_IS_CHART (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  png = g_ascii_strcasecmp (format, "png") == 0;
  if (png)
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  else
    surface = cairo_svg_surface_create (path, width, height);

  old_width = self->width;
  old_height = self->height;

  cr = cairo_create (surface);
  set_source (cr, &self->bg, 1);
  cairo_paint (cr);
  tandem_chart_draw (self, cr, width, height);
  cairo_destroy (cr);

  /* Back to the widget's own size. */
  self->width = old_width;
  self->height = old_height;
  self->layout_valid = FALSE;
  update_layout (self);

  if (png)
    {
      status = cairo_surface_write_to_png (surface, path);
    }
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is a file name */
                   _("The chart could not be saved as “%s”. Check that the folder exists "
                     "and that you may write to it."), name);
      return FALSE;
    }

  return TRUE;
}
