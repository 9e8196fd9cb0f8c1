/* tandem-day-cell.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-day-cell"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-date.h"
#include "tandem-day-cell.h"

/* One day of the month grid: a button with the day's number as its label,
 * so that it is focusable, activates with Enter, Space or a click, and can
 * be pressed through the accessibility tree. The intensity of the chosen goal's value is the
 * background, drawn in the accent colour; the marks are drawn in a row at
 * the bottom. Everything that changes with the day is computed in
 * set_day (), so that snapshot only draws. */

#define MARK_SIZE     7.0
#define MARK_SPACING  3.0
#define CORNER_RADIUS 8.0

struct _TandemDayCell
{
  GtkButton          parent_instance;

  GtkWidget         *number;
  TandemCalendarDay  day;
  gboolean           has_day;
  gboolean           is_today;
  gboolean           selected;
  char              *description;

  TandemDayMark      marks[TANDEM_N_DAY_MARKS];
  guint              n_marks;

  GdkRGBA            accent_bg;
  GdkRGBA            colors[TANDEM_N_DAY_MARKS];
};

G_DEFINE_FINAL_TYPE (TandemDayCell, tandem_day_cell, GTK_TYPE_BUTTON)

static void
lookup_color (GtkStyleContext *context,
              const char      *name,
              const char      *fallback,
              GdkRGBA         *rgba)
{
  if (!gtk_style_context_lookup_color (context, name, rgba))
    gdk_rgba_parse (rgba, fallback);
}

/* The colours of the marks, all named colours of libadwaita, so that they
 * follow the light and dark styles. */
static void
lookup_mark_colors (GtkWidget *widget,
                    GdkRGBA   *accent_bg,
                    GdkRGBA    colors[TANDEM_N_DAY_MARKS])
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA fg;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (context, &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  lookup_color (context, "accent_bg_color", "#3584e4", accent_bg);
  lookup_color (context, "accent_color", "#1c71d8", &colors[TANDEM_DAY_MARK_CHECK_IN]);
  lookup_color (context, "warning_color", "#9c6e03", &colors[TANDEM_DAY_MARK_WIN]);
  lookup_color (context, "success_color", "#1b8553", &colors[TANDEM_DAY_MARK_HOMEWORK_DONE]);
  lookup_color (context, "purple_2", "#c061cb", &colors[TANDEM_DAY_MARK_QUESTIONNAIRE]);
  colors[TANDEM_DAY_MARK_HOMEWORK_DUE] = colors[TANDEM_DAY_MARK_HOMEWORK_DONE];
  colors[TANDEM_DAY_MARK_SESSION] = fg;
  colors[TANDEM_DAY_MARK_SESSION].alpha *= 0.8f;
  colors[TANDEM_DAY_MARK_MISSED_REMINDER] = fg;
  colors[TANDEM_DAY_MARK_MISSED_REMINDER].alpha *= 0.55f;
  colors[TANDEM_DAY_MARK_REST_DAY] = colors[TANDEM_DAY_MARK_CHECK_IN];
}

static void
draw_mark (TandemDayMark  mark,
           const GdkRGBA *color,
           cairo_t       *cr,
           double         x,
           double         y)
{
  double r = MARK_SIZE / 2;

  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, 1.5);
  cairo_new_path (cr);

  switch (mark)
    {
    case TANDEM_DAY_MARK_CHECK_IN:
      /* a filled dot */
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_fill (cr);
      break;

    case TANDEM_DAY_MARK_WIN:
      /* a star */
      for (int i = 0; i < 10; i++)
        {
          double radius = i % 2 == 0 ? r + 1 : (r + 1) * 0.45;
          double angle = -G_PI / 2 + i * G_PI / 5;

          cairo_line_to (cr, x + radius * cos (angle), y + radius * sin (angle));
        }
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case TANDEM_DAY_MARK_HOMEWORK_DUE:
      /* an empty box */
      cairo_rectangle (cr, x - r + 0.75, y - r + 0.75, MARK_SIZE - 1.5, MARK_SIZE - 1.5);
      cairo_stroke (cr);
      break;

    case TANDEM_DAY_MARK_HOMEWORK_DONE:
      /* a filled box */
      cairo_rectangle (cr, x - r, y - r, MARK_SIZE, MARK_SIZE);
      cairo_fill (cr);
      break;

    case TANDEM_DAY_MARK_QUESTIONNAIRE:
      /* a diamond */
      cairo_move_to (cr, x, y - r - 0.5);
      cairo_line_to (cr, x + r + 0.5, y);
      cairo_line_to (cr, x, y + r + 0.5);
      cairo_line_to (cr, x - r - 0.5, y);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case TANDEM_DAY_MARK_SESSION:
      /* a triangle */
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y + r);
      cairo_line_to (cr, x - r, y + r);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case TANDEM_DAY_MARK_MISSED_REMINDER:
      /* an empty ring */
      cairo_arc (cr, x, y, r - 0.75, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;

    case TANDEM_DAY_MARK_REST_DAY:
      /* a crescent */
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_arc_negative (cr, x + r * 0.6, y - r * 0.35, r * 0.8, 2 * G_PI, 0);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_fill (cr);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
      break;

    case TANDEM_N_DAY_MARKS:
    default:
      g_assert_not_reached ();
    }
}

static char *
format_date (const char *date)
{
  GDate parsed;
  g_autoptr(GDateTime) noon = NULL;

  if (!tandem_date_parse (date, &parsed))
    return g_strdup (date);

  noon = g_date_time_new_local (g_date_get_year (&parsed), g_date_get_month (&parsed),
                                g_date_get_day (&parsed), 12, 0, 0);
  if (noon == NULL)
    return g_strdup (date);

  /* Translators: a day of the calendar as read aloud, in
   * g_date_time_format () syntax, e.g. "Tuesday 3 November" */
  return g_date_time_format (noon, C_("calendar day", "%A %-d %B"));
}

static void
update_marks (TandemDayCell *self)
{
  const TandemCalendarDay *day = &self->day;

  self->n_marks = 0;
  if (!self->has_day)
    return;

  /* The check-in dot has a place of its own, under the number. */
  if (day->win)
    self->marks[self->n_marks++] = TANDEM_DAY_MARK_WIN;
  if (day->homework_done > 0)
    self->marks[self->n_marks++] = TANDEM_DAY_MARK_HOMEWORK_DONE;
  if (day->homework_due > 0)
    self->marks[self->n_marks++] = TANDEM_DAY_MARK_HOMEWORK_DUE;
  if (day->questionnaires > 0)
    self->marks[self->n_marks++] = TANDEM_DAY_MARK_QUESTIONNAIRE;
  if (day->therapy_sessions > 0)
    self->marks[self->n_marks++] = TANDEM_DAY_MARK_SESSION;
  if (day->missed_reminders > 0)
    self->marks[self->n_marks++] = TANDEM_DAY_MARK_MISSED_REMINDER;
  if (day->rest_day)
    self->marks[self->n_marks++] = TANDEM_DAY_MARK_REST_DAY;
}

static void
update_state (TandemDayCell *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  if (self->is_today)
    gtk_widget_add_css_class (widget, "today");
  else
    gtk_widget_remove_css_class (widget, "today");

  if (self->has_day && !self->day.in_month)
    gtk_widget_add_css_class (widget, "other-month");
  else
    gtk_widget_remove_css_class (widget, "other-month");

  if (self->selected)
    gtk_widget_add_css_class (widget, "selected");
  else
    gtk_widget_remove_css_class (widget, "selected");

  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_SELECTED, self->selected,
                               -1);
}

static void
tandem_day_cell_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  TandemDayCell *self = TANDEM_DAY_CELL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (self->has_day && !isnan (self->day.intensity))
    {
      GskRoundedRect rect;
      GdkRGBA color = self->accent_bg;

      color.alpha = 0.08f + 0.42f * (float) self->day.intensity;
      gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (0, 0, width, height),
                                       CORNER_RADIUS);
      gtk_snapshot_push_rounded_clip (snapshot, &rect);
      gtk_snapshot_append_color (snapshot, &color, &rect.bounds);
      gtk_snapshot_pop (snapshot);
    }

  gtk_widget_snapshot_child (widget, self->number, snapshot);

  if (self->has_day && (self->day.n_check_ins > 0 || self->n_marks > 0))
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                               &GRAPHENE_RECT_INIT (0, 0, width, height));
      double row_width = self->n_marks * MARK_SIZE + MAX (0, (int) self->n_marks - 1) * MARK_SPACING;
      double x = floor ((width - row_width) / 2) + MARK_SIZE / 2;
      double y = height - MARK_SIZE / 2 - 5;

      cairo_set_antialias (cr, CAIRO_ANTIALIAS_GOOD);

      if (self->day.n_check_ins > 0)
        draw_mark (TANDEM_DAY_MARK_CHECK_IN, &self->colors[TANDEM_DAY_MARK_CHECK_IN], cr,
                   width / 2.0, y - MARK_SIZE - 4);

      for (guint i = 0; i < self->n_marks; i++)
        {
          draw_mark (self->marks[i], &self->colors[self->marks[i]], cr, x, y);
          x += MARK_SIZE + MARK_SPACING;
        }

      cairo_destroy (cr);
    }
}

static void
tandem_day_cell_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  TandemDayCell *self = TANDEM_DAY_CELL (widget);

  GTK_WIDGET_CLASS (tandem_day_cell_parent_class)->css_changed (widget, change);

  lookup_mark_colors (widget, &self->accent_bg, self->colors);
  gtk_widget_queue_draw (widget);
}

static void
tandem_day_cell_finalize (GObject *object)
{
  TandemDayCell *self = TANDEM_DAY_CELL (object);

  g_free (self->description);

  G_OBJECT_CLASS (tandem_day_cell_parent_class)->finalize (object);
}

static void
tandem_day_cell_class_init (TandemDayCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tandem_day_cell_finalize;

  widget_class->snapshot = tandem_day_cell_snapshot;
  widget_class->css_changed = tandem_day_cell_css_changed;

  gtk_widget_class_set_css_name (widget_class, "daycell");
}

static void
tandem_day_cell_init (TandemDayCell *self)
{
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  self->number = gtk_label_new (NULL);
  gtk_widget_set_valign (self->number, GTK_ALIGN_START);
  gtk_widget_set_halign (self->number, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->number, "numeric");
  gtk_widget_add_css_class (self->number, "day-number");
  gtk_button_set_child (GTK_BUTTON (self), self->number);

  lookup_mark_colors (GTK_WIDGET (self), &self->accent_bg, self->colors);
  update_state (self);
}

/**
 * tandem_day_cell_new:
 *
 * Returns: (transfer floating): a new, empty day cell
 */
GtkWidget *
tandem_day_cell_new (void)
{
  return g_object_new (TANDEM_TYPE_DAY_CELL, NULL);
}

/**
 * tandem_day_cell_describe:
 * @day: the day
 * @is_today: whether @day is today
 *
 * Says in words what the cell shows, for its accessible name, e.g.
 * "Tuesday 3 November: checked in, a win, homework done".
 *
 * Returns: (transfer full): the sentence
 */
char *
tandem_day_cell_describe (const TandemCalendarDay *day,
                          gboolean                 is_today)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *list = NULL;

  g_return_val_if_fail (day != NULL, NULL);

  date = format_date (day->date);
  if (is_today)
    /* Translators: %s is a day, e.g. "Tuesday 3 November" */
    heading = g_strdup_printf (C_("calendar day", "Today, %s"), date);
  else
    heading = g_steal_pointer (&date);

  /* One check-in writes an entry per goal and one for the day as a whole:
   * the person checked in, however many entries that made. */
  if (day->n_check_ins > 0)
    g_ptr_array_add (parts, g_strdup (_("checked in")));
  if (!isnan (day->value))
    /* Translators: the chosen goal's measure on one day, e.g. "goal value 4" */
    g_ptr_array_add (parts, g_strdup_printf (_("goal value %g"), round (day->value * 10) / 10));
  if (day->win)
    g_ptr_array_add (parts, g_strdup (_("a win")));
  if (day->homework_done > 0)
    g_ptr_array_add (parts, g_strdup (_("homework done")));
  if (day->homework_due > 0)
    g_ptr_array_add (parts, g_strdup (_("homework due")));
  if (day->questionnaires > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u questionnaire taken",
                                                          "%u questionnaires taken",
                                                          day->questionnaires),
                                             day->questionnaires));
  if (day->therapy_sessions > 0)
    g_ptr_array_add (parts, g_strdup (_("a therapy session")));
  if (day->missed_reminders > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u reminder went by",
                                                          "%u reminders went by",
                                                          day->missed_reminders),
                                             day->missed_reminders));
  if (day->rest_day)
    g_ptr_array_add (parts, g_strdup (_("a rest day")));

  if (parts->len == 0)
    return g_steal_pointer (&heading);

  g_ptr_array_add (parts, NULL);
  /* Translators: separates the things that happened on a day */
  list = g_strjoinv (C_("calendar day", ", "), (char **) parts->pdata);

  /* Translators: the first %s is a day, the second what happened on it,
   * e.g. "Tuesday 3 November: checked in, a win, homework done" */
  return g_strdup_printf (C_("calendar day", "%s: %s"), heading, list);
}

/**
 * tandem_day_cell_set_day:
 * @day: (nullable): the day to show, copied
 * @is_today: whether @day is today
 *
 * Shows @day: its number, intensity and marks, and says them in the
 * accessible name.
 */
void
tandem_day_cell_set_day (TandemDayCell           *self,
                         const TandemCalendarDay *day,
                         gboolean                 is_today)
{
  char number[4];

  g_return_if_fail (TANDEM_IS_DAY_CELL (self));

  g_clear_pointer (&self->description, g_free);

  if (day == NULL)
    {
      self->has_day = FALSE;
      self->is_today = FALSE;
      gtk_label_set_text (GTK_LABEL (self->number), "");
    }
  else
    {
      self->day = *day;
      self->has_day = TRUE;
      self->is_today = is_today;
      g_snprintf (number, sizeof number, "%u", day->day_of_month);
      gtk_label_set_text (GTK_LABEL (self->number), number);
      self->description = tandem_day_cell_describe (day, is_today);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->description ? self->description : "",
                                  -1);
  update_marks (self);
  update_state (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * tandem_day_cell_get_day:
 *
 * Returns: (transfer none) (nullable): the day shown
 */
const TandemCalendarDay *
tandem_day_cell_get_day (TandemDayCell *self)
{
  g_return_val_if_fail (TANDEM_IS_DAY_CELL (self), NULL);

  return self->has_day ? &self->day : NULL;
}

/**
 * tandem_day_cell_get_date:
 *
 * Returns: (nullable): the date shown, "YYYY-MM-DD"
 */
const char *
tandem_day_cell_get_date (TandemDayCell *self)
{
  g_return_val_if_fail (TANDEM_IS_DAY_CELL (self), NULL);

  return self->has_day ? self->day.date : NULL;
}

gboolean
tandem_day_cell_get_selected (TandemDayCell *self)
{
  g_return_val_if_fail (TANDEM_IS_DAY_CELL (self), FALSE);

  return self->selected;
}

void
tandem_day_cell_set_selected (TandemDayCell *self,
                              gboolean       selected)
{
  g_return_if_fail (TANDEM_IS_DAY_CELL (self));

  selected = !!selected;
  if (self->selected == selected)
    return;

  self->selected = selected;
  update_state (self);
}

/**
 * tandem_day_cell_get_description:
 *
 * Returns: (nullable): the accessible name, as tandem_day_cell_describe ()
 *   made it
 */
const char *
tandem_day_cell_get_description (TandemDayCell *self)
{
  g_return_val_if_fail (TANDEM_IS_DAY_CELL (self), NULL);

  return self->description;
}

/**
 * tandem_day_mark_get_label:
 *
 * Returns: the mark's name, for a legend
 */
const char *
tandem_day_mark_get_label (TandemDayMark mark)
{
  switch (mark)
    {
    case TANDEM_DAY_MARK_CHECK_IN:
      return _("Check-in");
    case TANDEM_DAY_MARK_WIN:
      return _("Win");
    case TANDEM_DAY_MARK_HOMEWORK_DUE:
      return _("Homework due");
    case TANDEM_DAY_MARK_HOMEWORK_DONE:
      return _("Homework done");
    case TANDEM_DAY_MARK_QUESTIONNAIRE:
      return _("Questionnaire");
    case TANDEM_DAY_MARK_SESSION:
      return _("Therapy session");
    case TANDEM_DAY_MARK_MISSED_REMINDER:
      return _("Reminder went by");
    case TANDEM_DAY_MARK_REST_DAY:
      return _("Rest day");
    case TANDEM_N_DAY_MARKS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * tandem_day_mark_draw:
 * @mark: the mark
 * @widget: the widget whose style gives the colours
 * @cr: where to draw
 * @x: the centre
 * @y: the centre
 *
 * Draws @mark as the day cells do, for a legend.
 */
void
tandem_day_mark_draw (TandemDayMark  mark,
                      GtkWidget     *widget,
                      cairo_t       *cr,
                      double         x,
                      double         y)
{
  GdkRGBA accent_bg;
  GdkRGBA colors[TANDEM_N_DAY_MARKS];

  g_return_if_fail (mark < TANDEM_N_DAY_MARKS);
  g_return_if_fail (GTK_IS_WIDGET (widget));

  lookup_mark_colors (widget, &accent_bg, colors);
  draw_mark (mark, &colors[mark], cr, x, y);
}
