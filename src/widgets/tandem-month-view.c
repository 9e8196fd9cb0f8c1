/* tandem-month-view.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-month-view"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-month-view.h"

/* A month grid: a header with the month's name and Previous, Today and Next
 * buttons, the weekday names from the month's first weekday on, 42 day cells
 * and a legend of the marks. The cells are made once and re-set for each
 * month. The view never reads the store: when the user asks for another
 * month it emits ::month-changed, and whoever owns it loads that month and
 * hands it to tandem_month_view_set_month (). */

struct _TandemMonthView
{
  GtkWidget            parent_instance;

  GtkWidget           *header;
  GtkWidget           *title;
  GtkWidget           *grid;
  GtkWidget           *legend;
  GtkWidget           *weekdays[7];
  TandemDayCell       *cells[TANDEM_CALENDAR_N_DAYS];

  TandemCalendarMonth *month;
  GDateWeekday         first_weekday;
  char                *title_text;
  char                *weekday_names[7];
  char                *today;
  char                *selected;
  char                *pending;        /* the day to show once its month is set */
  gboolean             pending_focus;
};

G_DEFINE_FINAL_TYPE (TandemMonthView, tandem_month_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MONTH,
  PROP_TODAY,
  PROP_SELECTED_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DAY_SELECTED,
  MONTH_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
get_shown_month (TandemMonthView *self,
                 guint           *year,
                 guint           *month)
{
  if (self->month == NULL)
    return FALSE;

  *year = tandem_calendar_month_get_year (self->month);
  *month = tandem_calendar_month_get_month (self->month);
  return TRUE;
}

static int
find_focused_cell (TandemMonthView *self)
{
  for (guint i = 0; i < TANDEM_CALENDAR_N_DAYS; i++)
    if (gtk_widget_is_focus (GTK_WIDGET (self->cells[i])))
      return (int) i;

  return -1;
}

static void
update_weekdays (TandemMonthView *self,
                 GDateWeekday     first_weekday)
{
  if (self->first_weekday == first_weekday)
    return;

  self->first_weekday = first_weekday;

  for (guint column = 0; column < 7; column++)
    {
      guint weekday = ((guint) first_weekday - 1 + column) % 7 + 1;
      /* 1 January 2024 was a Monday, G_DATE_MONDAY is 1. */
      g_autoptr(GDateTime) date = g_date_time_new_utc (2024, 1, weekday, 12, 0, 0);
      g_autofree char *abbreviation = g_date_time_format (date, "%a");

      g_free (self->weekday_names[column]);
      self->weekday_names[column] = g_date_time_format (date, "%A");

      gtk_label_set_text (GTK_LABEL (self->weekdays[column]), abbreviation);
      gtk_widget_set_tooltip_text (self->weekdays[column], self->weekday_names[column]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->weekdays[column]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, self->weekday_names[column],
                                      -1);
    }
}

static void
update_title (TandemMonthView *self)
{
  guint year, month;

  g_clear_pointer (&self->title_text, g_free);

  if (get_shown_month (self, &year, &month))
    {
      g_autoptr(GDateTime) first = g_date_time_new_utc (year, month, 1, 12, 0, 0);

      /* Translators: the calendar's heading, in g_date_time_format ()
       * syntax, e.g. "November 2026"; %OB is the month's name on its own */
      self->title_text = g_date_time_format (first, C_("calendar month", "%OB %Y"));
    }

  gtk_label_set_text (GTK_LABEL (self->title), self->title_text ? self->title_text : "");
}

static void
update_selection (TandemMonthView *self)
{
  for (guint i = 0; i < TANDEM_CALENDAR_N_DAYS; i++)
    {
      const char *date = tandem_day_cell_get_date (self->cells[i]);

      tandem_day_cell_set_selected (self->cells[i],
                                    date != NULL && g_strcmp0 (date, self->selected) == 0);
    }
}

/* The date @days away from @day, or from the first of the month shifted by
 * @months with the day of the month kept where it exists. */
static char *
shift_date (const char *day,
            int         days,
            int         months)
{
  GDate date;

  if (!tandem_date_parse (day, &date))
    return NULL;

  if (days > 0)
    g_date_add_days (&date, days);
  else if (days < 0)
    g_date_subtract_days (&date, -days);

  if (months > 0)
    g_date_add_months (&date, months);
  else if (months < 0)
    g_date_subtract_months (&date, -months);

  return tandem_date_format (&date);
}

static void
request_month (TandemMonthView *self,
               guint            year,
               guint            month)
{
  g_signal_emit (self, signals[MONTH_CHANGED], 0, year, month);
}

static void
change_month (TandemMonthView *self,
              int              delta)
{
  int focused = find_focused_cell (self);
  guint year, month;
  GDate first;

  if (!get_shown_month (self, &year, &month))
    return;

  /* From the keyboard, the same day of the other month takes the focus. */
  if (focused >= 0)
    {
      g_autofree char *target = shift_date (tandem_day_cell_get_date (self->cells[focused]),
                                            0, delta);
      const TandemCalendarDay *day = tandem_day_cell_get_day (self->cells[focused]);

      /* A dimmed day of a neighbouring month counts from the month shown. */
      if (target != NULL && day != NULL && day->in_month)
        {
          tandem_month_view_show_day (self, target, TRUE);
          return;
        }
    }

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month, year);
  if (delta > 0)
    g_date_add_months (&first, delta);
  else
    g_date_subtract_months (&first, -delta);

  if (focused >= 0)
    {
      g_autofree char *target = tandem_date_format (&first);

      tandem_month_view_show_day (self, target, TRUE);
      return;
    }

  request_month (self, g_date_get_year (&first), g_date_get_month (&first));
}

static void
select_day (TandemMonthView *self,
            const char      *day,
            gboolean         notify_user)
{
  if (g_strcmp0 (self->selected, day) != 0)
    {
      g_free (self->selected);
      self->selected = g_strdup (day);
      update_selection (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_DAY]);
    }

  if (notify_user && day != NULL)
    g_signal_emit (self, signals[DAY_SELECTED], 0, day);
}

static void
on_cell_clicked_cb (TandemMonthView *self,
                     TandemDayCell   *cell)
{
  const char *date = tandem_day_cell_get_date (cell);
  const TandemCalendarDay *day = tandem_day_cell_get_day (cell);

  if (date == NULL)
    return;

  select_day (self, date, TRUE);

  /* Choosing a dimmed day goes to its month. */
  if (day != NULL && !day->in_month)
    tandem_month_view_show_day (self, date, TRUE);
}

static void
previous_month_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  change_month (TANDEM_MONTH_VIEW (widget), -1);
}

static void
next_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  change_month (TANDEM_MONTH_VIEW (widget), 1);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TandemMonthView *self = TANDEM_MONTH_VIEW (widget);
  g_autofree char *today = g_strdup (self->today);

  tandem_month_view_show_day (self, today, find_focused_cell (self) >= 0);
  select_day (self, today, TRUE);
}

static gboolean
move_focus_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  TandemMonthView *self = TANDEM_MONTH_VIEW (widget);
  int focused = find_focused_cell (self);
  g_autofree char *target = NULL;
  gboolean horizontal;
  int days;

  if (focused < 0)
    return FALSE;

  g_variant_get (args, "(ib)", &days, &horizontal);
  if (horizontal && gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    days = -days;

  target = shift_date (tandem_day_cell_get_date (self->cells[focused]), days, 0);
  if (target == NULL)
    return FALSE;

  tandem_month_view_show_day (self, target, TRUE);
  return TRUE;
}

static void
draw_legend_mark (GtkDrawingArea *area,
                  cairo_t        *cr,
                  int             width,
                  int             height,
                  gpointer        user_data)
{
  tandem_day_mark_draw (GPOINTER_TO_INT (user_data), GTK_WIDGET (area), cr,
                        width / 2.0, height / 2.0);
}

static GtkWidget *
create_legend (void)
{
  GtkWidget *legend = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (legend), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (legend), TANDEM_N_DAY_MARKS);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (legend), 12);
  gtk_widget_set_can_focus (legend, FALSE);
  gtk_widget_add_css_class (legend, "tandem-calendar-legend");
  gtk_accessible_update_property (GTK_ACCESSIBLE (legend),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Legend"),
                                  -1);

  for (int mark = 0; mark < TANDEM_N_DAY_MARKS; mark++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *area = gtk_drawing_area_new ();
      GtkWidget *label = gtk_label_new (tandem_day_mark_get_label (mark));

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 12);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 12);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_legend_mark,
                                      GINT_TO_POINTER (mark), NULL);
      gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
      gtk_accessible_update_state (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), area);
      gtk_box_append (GTK_BOX (box), label);
      gtk_flow_box_append (GTK_FLOW_BOX (legend), box);
      gtk_widget_set_focusable (gtk_widget_get_parent (box), FALSE);
    }

  return legend;
}

static GtkWidget *
create_header (TandemMonthView *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *previous = gtk_button_new_from_icon_name ("go-previous-symbolic");
  GtkWidget *today = gtk_button_new ();
  GtkWidget *today_label = gtk_label_new_with_mnemonic (_("_Today"));
  GtkWidget *next = gtk_button_new_from_icon_name ("go-next-symbolic");

  self->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_widget_set_hexpand (self->title, TRUE);
  gtk_widget_add_css_class (self->title, "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (previous), "calendar.previous-month");
  gtk_widget_set_tooltip_text (previous, _("Previous Month (Page Up)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (previous),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Previous month"),
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (today), "calendar.today");
  gtk_widget_set_tooltip_text (today, _("Go to Today (Home)"));
  /* A label child, so that GTK 4.8 names the button by the label's text
   * and not by its mnemonic with the underscore. */
  gtk_label_set_mnemonic_widget (GTK_LABEL (today_label), today);
  gtk_button_set_child (GTK_BUTTON (today), today_label);
  gtk_widget_add_css_class (today, "text-button");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (next), "calendar.next-month");
  gtk_widget_set_tooltip_text (next, _("Next Month (Page Down)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (next),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Next month"),
                                  -1);

  gtk_widget_add_css_class (buttons, "linked");
  gtk_box_append (GTK_BOX (buttons), previous);
  gtk_box_append (GTK_BOX (buttons), today);
  gtk_box_append (GTK_BOX (buttons), next);

  gtk_box_append (GTK_BOX (header), self->title);
  gtk_box_append (GTK_BOX (header), buttons);

  return header;
}

static void
tandem_month_view_dispose (GObject *object)
{
  TandemMonthView *self = TANDEM_MONTH_VIEW (object);

  g_clear_pointer (&self->header, gtk_widget_unparent);
  g_clear_pointer (&self->grid, gtk_widget_unparent);
  g_clear_pointer (&self->legend, gtk_widget_unparent);
  g_clear_object (&self->month);

  G_OBJECT_CLASS (tandem_month_view_parent_class)->dispose (object);
}

static void
tandem_month_view_finalize (GObject *object)
{
  TandemMonthView *self = TANDEM_MONTH_VIEW (object);

  g_free (self->title_text);
  for (guint i = 0; i < 7; i++)
    g_free (self->weekday_names[i]);
  g_free (self->today);
  g_free (self->selected);
  g_free (self->pending);

  G_OBJECT_CLASS (tandem_month_view_parent_class)->finalize (object);
}

static void
tandem_month_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TandemMonthView *self = TANDEM_MONTH_VIEW (object);

  switch (prop_id)
    {
    case PROP_MONTH:
      g_value_set_object (value, self->month);
      break;
    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;
    case PROP_SELECTED_DAY:
      g_value_set_string (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_month_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TandemMonthView *self = TANDEM_MONTH_VIEW (object);

  switch (prop_id)
    {
    case PROP_MONTH:
      tandem_month_view_set_month (self, g_value_get_object (value));
      break;
    case PROP_TODAY:
      tandem_month_view_set_today (self, g_value_get_string (value));
      break;
    case PROP_SELECTED_DAY:
      tandem_month_view_select_day (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_move_binding (GtkWidgetClass *widget_class,
                  guint           keyval,
                  guint           keypad_keyval,
                  int             days,
                  gboolean        horizontal)
{
  gtk_widget_class_add_binding (widget_class, keyval, 0, move_focus_cb, "(ib)", days, horizontal);
  gtk_widget_class_add_binding (widget_class, keypad_keyval, 0, move_focus_cb, "(ib)", days, horizontal);
}

static void
tandem_month_view_class_init (TandemMonthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_month_view_dispose;
  object_class->finalize = tandem_month_view_finalize;
  object_class->get_property = tandem_month_view_get_property;
  object_class->set_property = tandem_month_view_set_property;

  properties[PROP_MONTH] =
    g_param_spec_object ("month", NULL, NULL,
                         TANDEM_TYPE_CALENDAR_MONTH,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_DAY] =
    g_param_spec_string ("selected-day", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TandemMonthView::day-selected:
   * @day: the date, "YYYY-MM-DD"
   *
   * The user chose a day: a click, Enter or Space on it, or Today.
   */
  signals[DAY_SELECTED] =
    g_signal_new ("day-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * TandemMonthView::month-changed:
   * @year: the year asked for
   * @month: the month asked for, 1 to 12
   *
   * The user asked for another month. The handler loads it and calls
   * tandem_month_view_set_month (); until then the view shows the old one.
   */
  signals[MONTH_CHANGED] =
    g_signal_new ("month-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "calendar.previous-month", NULL, previous_month_action);
  gtk_widget_class_install_action (widget_class, "calendar.next-month", NULL, next_month_action);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, today_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "calendar.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Up, 0, "calendar.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "calendar.next-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Down, 0, "calendar.next-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "calendar.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "calendar.today", NULL);

  add_move_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, -1, TRUE);
  add_move_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, 1, TRUE);
  add_move_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, -7, FALSE);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, 7, FALSE);

  gtk_widget_class_set_css_name (widget_class, "monthview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
tandem_month_view_init (TandemMonthView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);

  self->today = tandem_date_today ();

  self->header = create_header (self);
  gtk_widget_set_parent (self->header, GTK_WIDGET (self));

  self->grid = gtk_grid_new ();
  gtk_grid_set_row_homogeneous (GTK_GRID (self->grid), FALSE);
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), TRUE);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 4);
  gtk_widget_add_css_class (self->grid, "tandem-month-grid");
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));

  for (guint column = 0; column < 7; column++)
    {
      self->weekdays[column] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->weekdays[column], "caption-heading");
      gtk_widget_add_css_class (self->weekdays[column], "dim-label");
      gtk_grid_attach (GTK_GRID (self->grid), self->weekdays[column], column, 0, 1, 1);
    }

  for (guint i = 0; i < TANDEM_CALENDAR_N_DAYS; i++)
    {
      self->cells[i] = TANDEM_DAY_CELL (tandem_day_cell_new ());
      gtk_widget_set_hexpand (GTK_WIDGET (self->cells[i]), TRUE);
      gtk_widget_set_vexpand (GTK_WIDGET (self->cells[i]), TRUE);
      g_signal_connect_object (self->cells[i], "clicked",
                               G_CALLBACK (on_cell_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_grid_attach (GTK_GRID (self->grid), GTK_WIDGET (self->cells[i]),
                       i % 7, 1 + i / 7, 1, 1);
    }

  self->legend = create_legend ();
  gtk_widget_set_parent (self->legend, GTK_WIDGET (self));

  update_weekdays (self, tandem_date_get_locale_first_weekday ());
  update_title (self);
}

/**
 * tandem_month_view_new:
 *
 * Returns: (transfer floating): a new month view with no month
 */
GtkWidget *
tandem_month_view_new (void)
{
  return g_object_new (TANDEM_TYPE_MONTH_VIEW, NULL);
}

/**
 * tandem_month_view_get_month:
 *
 * Returns: (transfer none) (nullable): the month shown
 */
TandemCalendarMonth *
tandem_month_view_get_month (TandemMonthView *self)
{
  g_return_val_if_fail (TANDEM_IS_MONTH_VIEW (self), NULL);

  return self->month;
}

/**
 * tandem_month_view_set_month:
 * @month: (nullable): the month to show
 *
 * Shows @month in the 42 cells, which are re-used. A day the user moved to
 * from the keyboard in the month before takes the focus.
 */
void
tandem_month_view_set_month (TandemMonthView     *self,
                             TandemCalendarMonth *month)
{
  g_return_if_fail (TANDEM_IS_MONTH_VIEW (self));
  g_return_if_fail (month == NULL || TANDEM_IS_CALENDAR_MONTH (month));

  if (!g_set_object (&self->month, month))
    return;

  if (month != NULL)
    update_weekdays (self, tandem_calendar_month_get_first_weekday (month));

  for (guint i = 0; i < TANDEM_CALENDAR_N_DAYS; i++)
    {
      const TandemCalendarDay *day = month ? tandem_calendar_month_get_day (month, i) : NULL;

      tandem_day_cell_set_day (self->cells[i], day,
                               day != NULL && g_strcmp0 (day->date, self->today) == 0);
    }

  update_title (self);
  update_selection (self);

  if (self->pending != NULL && month != NULL)
    {
      g_autofree char *pending = g_steal_pointer (&self->pending);
      int index = tandem_calendar_month_find_day (month, pending);

      if (index >= 0 && self->pending_focus)
        gtk_widget_grab_focus (GTK_WIDGET (self->cells[index]));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTH]);
}

/**
 * tandem_month_view_get_today:
 *
 * Returns: today's date, "YYYY-MM-DD"
 */
const char *
tandem_month_view_get_today (TandemMonthView *self)
{
  g_return_val_if_fail (TANDEM_IS_MONTH_VIEW (self), NULL);

  return self->today;
}

/**
 * tandem_month_view_set_today:
 * @today: (nullable): the date to outline as today, "YYYY-MM-DD"; %NULL
 *   for the local date of the system clock
 */
void
tandem_month_view_set_today (TandemMonthView *self,
                             const char      *today)
{
  g_autofree char *value = NULL;

  g_return_if_fail (TANDEM_IS_MONTH_VIEW (self));
  g_return_if_fail (today == NULL || tandem_date_is_valid (today));

  value = today ? g_strdup (today) : tandem_date_today ();
  if (g_strcmp0 (value, self->today) == 0)
    return;

  g_free (self->today);
  self->today = g_steal_pointer (&value);

  for (guint i = 0; i < TANDEM_CALENDAR_N_DAYS; i++)
    {
      const TandemCalendarDay *day = tandem_day_cell_get_day (self->cells[i]);

      if (day != NULL)
        tandem_day_cell_set_day (self->cells[i], day, g_strcmp0 (day->date, self->today) == 0);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

/**
 * tandem_month_view_get_selected_day:
 *
 * Returns: (nullable): the selected date, "YYYY-MM-DD"
 */
const char *
tandem_month_view_get_selected_day (TandemMonthView *self)
{
  g_return_val_if_fail (TANDEM_IS_MONTH_VIEW (self), NULL);

  return self->selected;
}

/**
 * tandem_month_view_select_day:
 * @day: (nullable): the date to select, "YYYY-MM-DD"
 *
 * Selects @day without emitting ::day-selected. It need not be shown.
 */
void
tandem_month_view_select_day (TandemMonthView *self,
                              const char      *day)
{
  g_return_if_fail (TANDEM_IS_MONTH_VIEW (self));

  select_day (self, day, FALSE);
}

/**
 * tandem_month_view_show_day:
 * @day: the date, "YYYY-MM-DD"
 * @focus: whether its cell takes the focus
 *
 * Makes @day visible: at once if it belongs to the month shown, otherwise
 * by emitting ::month-changed for its month.
 */
void
tandem_month_view_show_day (TandemMonthView *self,
                            const char      *day,
                            gboolean         focus)
{
  GDate date;
  guint year, month;

  g_return_if_fail (TANDEM_IS_MONTH_VIEW (self));
  g_return_if_fail (day != NULL);

  if (!tandem_date_parse (day, &date))
    return;

  if (get_shown_month (self, &year, &month) &&
      g_date_get_year (&date) == year && g_date_get_month (&date) == month)
    {
      int index = tandem_calendar_month_find_day (self->month, day);

      if (index >= 0 && focus)
        gtk_widget_grab_focus (GTK_WIDGET (self->cells[index]));
      return;
    }

  g_free (self->pending);
  self->pending = g_strdup (day);
  self->pending_focus = focus;
  request_month (self, g_date_get_year (&date), g_date_get_month (&date));
}

/**
 * tandem_month_view_get_cell:
 * @index: 0 to %TANDEM_CALENDAR_N_DAYS - 1, row by row
 *
 * Returns: (transfer none): the day cell at @index
 */
TandemDayCell *
tandem_month_view_get_cell (TandemMonthView *self,
                            guint            index)
{
  g_return_val_if_fail (TANDEM_IS_MONTH_VIEW (self), NULL);
  g_return_val_if_fail (index < TANDEM_CALENDAR_N_DAYS, NULL);

  return self->cells[index];
}

/**
 * tandem_month_view_get_title:
 *
 * Returns: (nullable): the heading, e.g. "November 2026"
 */
const char *
tandem_month_view_get_title (TandemMonthView *self)
{
  g_return_val_if_fail (TANDEM_IS_MONTH_VIEW (self), NULL);

  return self->title_text;
}

/**
 * tandem_month_view_get_weekday_name:
 * @column: 0 to 6
 *
 * Returns: the full name of the weekday heading @column
 */
const char *
tandem_month_view_get_weekday_name (TandemMonthView *self,
                                    guint            column)
{
  g_return_val_if_fail (TANDEM_IS_MONTH_VIEW (self), NULL);
  g_return_val_if_fail (column < 7, NULL);

  return self->weekday_names[column];
}
