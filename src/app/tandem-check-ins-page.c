/* tandem-check-ins-page.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-check-ins-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tandem-check-ins-page.h"
#include "tandem-timing.h"
#include "tandem-month-view.h"

/* The Check-ins page: a month calendar of one person, with kind streak
 * texts above it, a chooser of the goal whose value shades the days, the
 * month's trend per goal below, and beside it a pane with the selected
 * day's check-ins and its rest-day switch.
 *
 * Deleting a check-in waits until its toast goes away: until then Undo
 * simply forgets the deletion, so that nothing is written twice and no
 * tombstone is left for a check-in that still exists. The page carries out
 * what is still waiting when the person changes and when it goes away. */

struct _TandemCheckInsPage
{
  TandemPage       parent_instance;

  gint64           person_id;
  guint            year;
  guint            month;
  char            *selected_day;
  GArray          *goal_ids;        /* gint64, parallel to the chooser, 0 first */
  GHashTable      *goal_titles;     /* gint64* → char* */
  GHashTable      *strategy_names;  /* gint64* → char* */
  GPtrArray       *pending_deletes; /* PendingDelete */
  TandemStreak    *streak;          /* NULL until read, and after a change */
  GPtrArray       *summary_rows;    /* TandemListRow, one per goal_ids[1…] */
  gboolean         updating;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwLeaflet      *leaflet;
  GtkWidget       *calendar_box;
  GtkWidget       *day_pane;
  GtkWidget       *back_button;
  GtkLabel        *streak_label;
  GtkLabel        *longest_run_label;
  GtkDropDown     *goal_dropdown;
  TandemMonthView *month_view;
  GtkWidget       *summary_heading;
  GtkListBox      *summary_list;
  GtkLabel        *day_title;
  GtkWidget       *check_in_button;
  GtkWidget       *edit_button;
  GtkSwitch       *rest_day_switch;
  GtkLabel        *rest_day_error;
  GtkLabel        *no_entries_label;
  GtkListBox      *entries_list;
};

G_DEFINE_FINAL_TYPE (TandemCheckInsPage, tandem_check_ins_page, TANDEM_TYPE_PAGE)

typedef struct
{
  TandemCheckInsPage *page;
  TandemCheckIn      *check_in;
  AdwToast           *toast;
} PendingDelete;

static void
pending_delete_free (gpointer data)
{
  PendingDelete *pending = data;

  g_signal_handlers_disconnect_by_data (pending->toast, pending);
  g_object_unref (pending->toast);
  g_object_unref (pending->check_in);
  g_free (pending);
}

static gboolean
is_pending_delete (TandemCheckInsPage *self,
                   gint64              id)
{
  for (guint i = 0; i < self->pending_deletes->len; i++)
    {
      PendingDelete *pending = g_ptr_array_index (self->pending_deletes, i);

      if (tandem_record_get_id (TANDEM_RECORD (pending->check_in)) == id)
        return TRUE;
    }

  return FALSE;
}

static void
show_toast (TandemCheckInsPage *self,
            const char         *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* At most one decimal, in the locale's way of writing it. */
static char *
format_number (double value)
{
  if (value == round (value))
    return g_strdup_printf ("%.0f", value);

  return g_strdup_printf ("%.1f", value);
}

static const char *
lookup_goal_title (TandemCheckInsPage *self,
                   gint64              goal_id)
{
  if (goal_id == 0 || self->goal_titles == NULL)
    return NULL;

  return g_hash_table_lookup (self->goal_titles, &goal_id);
}

static GHashTable *
new_id_table (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

/* Goals and strategies ---------------------------------------------------- */

static void
load_names (TandemCheckInsPage *self)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GListStore) strategies = NULL;
  g_autoptr(GtkStringList) choices = NULL;
  g_autoptr(GError) error = NULL;
  gint64 chosen = 0;
  guint selected = 0;

  if (self->goal_ids->len > 0)
    chosen = g_array_index (self->goal_ids, gint64,
                            MIN (gtk_drop_down_get_selected (self->goal_dropdown),
                                 self->goal_ids->len - 1));

  g_clear_pointer (&self->goal_titles, g_hash_table_unref);
  g_clear_pointer (&self->strategy_names, g_hash_table_unref);
  self->goal_titles = new_id_table ();
  self->strategy_names = new_id_table ();
  g_array_set_size (self->goal_ids, 0);

  choices = gtk_string_list_new (NULL);
  /* Translators: in the chooser of the goal that shades the calendar */
  gtk_string_list_append (choices, C_("shade by", "No Goal"));
  g_array_append_vals (self->goal_ids, &(gint64) { 0 }, 1);

  if (store != NULL && self->person_id != 0)
    {
      if ((goals = tandem_store_list_goals (store, self->person_id, &error)) == NULL)
        {
          g_warning ("Could not list goals: %s", error->message);
          g_clear_error (&error);
        }
      if ((strategies = tandem_store_list_strategies (store, self->person_id, &error)) == NULL)
        {
          g_warning ("Could not list strategies: %s", error->message);
          g_clear_error (&error);
        }
    }

  for (guint i = 0; goals != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (goals)); i++)
    {
      g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);
      gint64 id = tandem_record_get_id (TANDEM_RECORD (goal));

      g_hash_table_insert (self->goal_titles, g_memdup2 (&id, sizeof id),
                           g_strdup (tandem_goal_get_title (goal)));

      if (tandem_goal_get_status (goal) != TANDEM_GOAL_STATUS_ACTIVE ||
          tandem_goal_get_measure_kind (goal) == TANDEM_MEASURE_NONE)
        continue;

      if (id == chosen)
        selected = self->goal_ids->len;
      gtk_string_list_append (choices, tandem_goal_get_title (goal));
      g_array_append_val (self->goal_ids, id);
    }

  for (guint i = 0; strategies != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (strategies)); i++)
    {
      g_autoptr(TandemStrategy) strategy = g_list_model_get_item (G_LIST_MODEL (strategies), i);
      gint64 id = tandem_record_get_id (TANDEM_RECORD (strategy));

      g_hash_table_insert (self->strategy_names, g_memdup2 (&id, sizeof id),
                           g_strdup (tandem_strategy_get_name (strategy)));
    }

  /* The month's summary rows are made here, once per goal, and only their
   * subtitles change with the month. */
  tandem_page_clear_list (self->summary_list);
  g_ptr_array_set_size (self->summary_rows, 0);
  for (guint i = 1; i < self->goal_ids->len; i++)
    {
      gint64 id = g_array_index (self->goal_ids, gint64, i);
      GtkWidget *row = tandem_page_create_row (lookup_goal_title (self, id), NULL);

      gtk_list_box_append (self->summary_list, row);
      g_ptr_array_add (self->summary_rows, row);
    }

  /* The first goal with a measure shades the days until another is chosen. */
  if (chosen == 0 && self->goal_ids->len > 1)
    selected = 1;

  self->updating = TRUE;
  gtk_drop_down_set_model (self->goal_dropdown, G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (self->goal_dropdown, selected);
  self->updating = FALSE;
}

static gint64
get_chosen_goal (TandemCheckInsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->goal_dropdown);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->goal_ids->len)
    return 0;

  return g_array_index (self->goal_ids, gint64, selected);
}

/* The month --------------------------------------------------------------- */

static char *
dup_month_text (TandemCheckInsPage  *self,
                TandemCalendarMonth *month)
{
  const char *today = tandem_month_view_get_today (self->month_view);
  g_autoptr(GDateTime) first = NULL;
  g_autofree char *month_name = NULL;
  gboolean this_month;
  guint n_days = 0;
  GDate today_date;

  for (guint i = 0; i < TANDEM_CALENDAR_N_DAYS; i++)
    {
      const TandemCalendarDay *day = tandem_calendar_month_get_day (month, i);

      if (day->in_month && day->n_check_ins > 0 && strcmp (day->date, today) <= 0)
        n_days++;
    }

  this_month = tandem_date_parse (today, &today_date) &&
               g_date_get_year (&today_date) == self->year &&
               g_date_get_month (&today_date) == self->month;

  if (this_month)
    {
      if (n_days == 0)
        return g_strdup (_("No check-ins yet this month. Any day is a good day to start."));

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Checked in on %u day this month",
                                           "Checked in on %u days this month",
                                           n_days),
                              n_days);
    }

  first = g_date_time_new_utc (self->year, self->month, 1, 0, 0, 0);
  /* Translators: a month and its year, e.g. "March 2026"; see strftime(3). */
  month_name = g_date_time_format (first, C_("month and year", "%OB %Y"));

  if (n_days == 0)
    /* Translators: %s is a month and its year, e.g. "March 2026". */
    return g_strdup_printf (_("No check-ins in %s."), month_name);

  /* Translators: %u is a number of days, %s a month and its year */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Checked in on %u day in %s",
                                       "Checked in on %u days in %s",
                                       n_days),
                          n_days, month_name);
}

/* The month's count comes from the month shown; the longest run, which
 * does not depend on the month, is read once and again only after a change,
 * so that switching month does not read five years of days. */
static void
update_streak (TandemCheckInsPage *self)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  TandemCalendarMonth *month = tandem_month_view_get_month (self->month_view);
  g_autofree char *month_text = NULL;
  g_autofree char *longest_text = NULL;

  if (store == NULL || self->person_id == 0 || month == NULL)
    {
      gtk_label_set_text (self->streak_label, "");
      gtk_label_set_text (self->longest_run_label, "");
      return;
    }

  if (self->streak == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->streak = tandem_streak_load (store, self->person_id, self->year, self->month,
                                         tandem_month_view_get_today (self->month_view), &error);
      if (self->streak == NULL)
        g_warning ("Could not count check-ins: %s", error->message);
    }

  month_text = dup_month_text (self, month);
  gtk_label_set_text (self->streak_label, month_text);

  if (self->streak != NULL)
    {
      longest_text = tandem_streak_dup_longest_run_text (self->streak);
      gtk_label_set_text (self->longest_run_label, longest_text);
    }
}


/* "Week by week: 3 of 5, 5 of 5 (reached), no entries": the measure of each
 * week of the month against what the target asks of that week. */
static char *
dup_weeks_text (TandemGoalSummary *summary)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = tandem_goal_summary_get_n_weeks (summary);

  for (guint i = 0; i < n; i++)
    {
      const TandemSummaryWeek *week = tandem_goal_summary_get_week (summary, i);
      g_autofree char *measure = NULL;
      g_autofree char *target = NULL;
      g_autofree char *item = NULL;

      if (week->n_entries == 0 || isnan (week->measure))
        item = g_strdup (_("no entries"));
      else if (isnan (week->target))
        item = format_number (week->measure);
      else
        {
          measure = format_number (week->measure);
          target = format_number (week->target);
          item = week->met
            /* Translators: one week's measure against its target, when
             * the target was reached, e.g. “5 of 5, reached” */
            ? g_strdup_printf (_("%1$s of %2$s, reached"), measure, target)
            /* Translators: one week's measure against its target, e.g. “3 of 5” */
            : g_strdup_printf (_("%1$s of %2$s"), measure, target);
        }

      if (text->len > 0)
        /* Translators: between the weeks of “Week by week: …” */
        g_string_append (text, _("; "));
      g_string_append (text, item);
    }

  if (text->len == 0)
    return NULL;

  /* Translators: %s lists the month's weeks, e.g. “3 of 5; 5 of 5, reached” */
  return g_strdup_printf (_("Week by week: %s"), text->str);
}

static void
update_summaries (TandemCheckInsPage *self)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  g_autofree char *from_day = NULL;
  g_autofree char *to_day = NULL;
  GDate first;

  if (store != NULL && self->person_id != 0)
    {
      g_date_clear (&first, 1);
      g_date_set_dmy (&first, 1, self->month, self->year);
      from_day = tandem_date_format (&first);
      g_date_add_days (&first, g_date_get_days_in_month (self->month, self->year) - 1);
      to_day = tandem_date_format (&first);
    }

  /* goal_ids holds the active goals with a measure, after "No Goal". */
  for (guint i = 1; from_day != NULL && i < self->goal_ids->len; i++)
    {
      gint64 goal_id = g_array_index (self->goal_ids, gint64, i);
      TandemListRow *row = g_ptr_array_index (self->summary_rows, i - 1);
      g_autoptr(TandemGoalSummary) summary = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *trend = NULL;
      g_autofree char *weeks = NULL;
      g_autofree char *text = NULL;

      summary = tandem_goal_summary_load (store, goal_id, from_day, to_day, &error);
      if (summary == NULL)
        {
          g_warning ("Could not summarise a goal: %s", error->message);
          tandem_list_row_set_subtitle (row, "");
          continue;
        }

      trend = tandem_goal_summary_dup_trend_text (summary);
      weeks = dup_weeks_text (summary);
      text = weeks != NULL ? g_strdup_printf ("%s\n%s", trend, weeks) : g_strdup (trend);
      tandem_list_row_set_subtitle (row, text);
    }

  gtk_widget_set_visible (self->summary_heading, self->summary_rows->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_list), self->summary_rows->len > 0);
}

static gboolean
load_month (TandemCheckInsPage *self)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  g_autoptr(TandemCalendarMonth) month = NULL;
  g_autoptr(GError) error = NULL;

  if (store != NULL && self->person_id != 0)
    {
      month = tandem_calendar_month_load (store, self->person_id, self->year, self->month,
                                          tandem_date_get_locale_first_weekday (),
                                          get_chosen_goal (self), &error);
      if (month == NULL)
        {
          g_warning ("Could not read the calendar: %s", error->message);
          show_toast (self, error->message);
        }
    }

  tandem_month_view_set_month (self->month_view, month);
  update_streak (self);

  return month != NULL;
}

/* The selected day -------------------------------------------------------- */

static const char *
describe_helped (TandemHelped helped)
{
  switch (helped)
    {
    case TANDEM_HELPED_YES:
      return _("helped");
    case TANDEM_HELPED_SOMEWHAT:
      return _("helped somewhat");
    case TANDEM_HELPED_NO:
      return _("did not help this time");
    case TANDEM_HELPED_UNKNOWN:
    default:
      return NULL;
    }
}

static GtkWidget *
create_detail_label (const char *text,
                     gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static GtkWidget *
create_check_in_row (TandemCheckInsPage *self,
                     TandemCheckIn      *check_in)
{
  gint64 id = tandem_record_get_id (TANDEM_RECORD (check_in));
  gint64 goal_id = tandem_check_in_get_goal_id (check_in);
  const char *goal_title = lookup_goal_title (self, goal_id);
  const char *note = tandem_check_in_get_note (check_in);
  const char *stressors = tandem_check_in_get_stressors (check_in);
  double value = tandem_check_in_get_value (check_in);
  int rating = tandem_check_in_get_rating (check_in);
  const TandemStrategyUse *uses;
  g_autofree char *title = NULL;
  g_autofree char *delete_label = NULL;
  GtkWidget *row, *box, *header, *heading, *button;
  guint n_uses = 0;

  if (goal_id == 0)
    title = g_strdup (_("How the day went"));
  else if (goal_title != NULL)
    title = g_strdup (goal_title);
  else
    title = g_strdup (_("A goal no longer listed"));

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (box, "tandem-check-in-entry");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* A grid, not a horizontal box: a box would measure the wrapping
   * heading's width for the row's height, trying many widths (see
   * tandem-list-row.c). */
  header = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (header), 6);
  heading = create_detail_label (title, FALSE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_grid_attach (GTK_GRID (header), heading, 0, 0, 1, 1);

  if (tandem_check_in_get_win (check_in))
    {
      GtkWidget *win = gtk_label_new (_("A win"));

      gtk_widget_add_css_class (win, "tandem-badge");
      gtk_widget_add_css_class (win, "success");
      gtk_widget_set_valign (win, GTK_ALIGN_CENTER);
      gtk_grid_attach (GTK_GRID (header), win, 1, 0, 1, 1);
    }

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Delete"));
  /* Translators: %s is what the check-in is about, a goal's title */
  delete_label = g_strdup_printf (_("Delete the check-in for “%s”"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "check-ins.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  gtk_grid_attach (GTK_GRID (header), button, 2, 0, 1, 1);
  gtk_box_append (GTK_BOX (box), header);

  if (!isnan (value))
    {
      g_autofree char *number = format_number (value);
      g_autofree char *text = NULL;

      /* Translators: a check-in's value for its goal's measure, e.g. "Value: 3" */
      text = g_strdup_printf (_("Value: %s"), number);
      gtk_box_append (GTK_BOX (box), create_detail_label (text, FALSE));
    }

  if (rating >= 0)
    {
      g_autofree char *text = NULL;

      if (goal_id == 0)
        /* Translators: the overall mood of a day on a scale of 0 to 10 */
        text = g_strdup_printf (_("Mood: %d out of 10"), rating);
      else
        /* Translators: a check-in's rating on a scale of 0 to 10 */
        text = g_strdup_printf (_("Rating: %d out of 10"), rating);
      gtk_box_append (GTK_BOX (box), create_detail_label (text, FALSE));
    }

  if (note != NULL && note[0] != '\0')
    gtk_box_append (GTK_BOX (box), create_detail_label (note, FALSE));

  if (stressors != NULL && stressors[0] != '\0')
    {
      g_autofree char *text = NULL;

      /* Translators: %s lists what was stressful, in the person's words */
      text = g_strdup_printf (_("Stressors: %s"), stressors);
      gtk_box_append (GTK_BOX (box), create_detail_label (text, TRUE));
    }

  uses = tandem_check_in_get_strategies (check_in, &n_uses);
  for (guint i = 0; i < n_uses; i++)
    {
      gint64 strategy_id = uses[i].strategy_id;
      const char *name = g_hash_table_lookup (self->strategy_names, &strategy_id);
      const char *helped = describe_helped (uses[i].helped);
      g_autofree char *text = NULL;

      if (name == NULL)
        name = _("A strategy no longer listed");

      if (helped != NULL)
        /* Translators: a coping strategy used and whether it helped,
         * e.g. "Tried: Box breathing, helped somewhat" */
        text = g_strdup_printf (_("Tried: %s, %s"), name, helped);
      else
        /* Translators: a coping strategy used, e.g. "Tried: Box breathing" */
        text = g_strdup_printf (_("Tried: %s"), name);
      gtk_box_append (GTK_BOX (box), create_detail_label (text, TRUE));
    }

  return row;
}

static void
update_day_pane (TandemCheckInsPage *self)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  const char *today = tandem_month_view_get_today (self->month_view);
  g_autoptr(GListStore) check_ins = NULL;
  g_autoptr(GListStore) rest_days = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gboolean have_day = store != NULL && self->person_id != 0 && self->selected_day != NULL;
  gboolean future;
  guint n_shown = 0;

  tandem_page_clear_list (self->entries_list);
  gtk_widget_set_visible (GTK_WIDGET (self->rest_day_error), FALSE);

  title = self->selected_day ? tandem_page_format_day (self->selected_day) : g_strdup ("");
  gtk_label_set_text (self->day_title, title);

  if (have_day)
    {
      check_ins = tandem_store_list_check_ins (store, self->person_id, self->selected_day,
                                               self->selected_day, &error);
      if (check_ins == NULL)
        {
          g_warning ("Could not list check-ins: %s", error->message);
          g_clear_error (&error);
        }

      rest_days = tandem_store_list_rest_days (store, self->person_id, self->selected_day,
                                               self->selected_day, &error);
      if (rest_days == NULL)
        g_warning ("Could not read rest days: %s", error->message);
    }

  for (guint i = 0; check_ins != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (check_ins)); i++)
    {
      g_autoptr(TandemCheckIn) check_in = g_list_model_get_item (G_LIST_MODEL (check_ins), i);

      if (is_pending_delete (self, tandem_record_get_id (TANDEM_RECORD (check_in))))
        continue;

      gtk_list_box_append (self->entries_list, create_check_in_row (self, check_in));
      n_shown++;
    }

  future = self->selected_day != NULL && today != NULL && g_strcmp0 (self->selected_day, today) > 0;

  if (future)
    gtk_label_set_text (self->no_entries_label, _("This day is still ahead. Check-ins can be "
                                                  "written for today and the days before."));
  else if (g_strcmp0 (self->selected_day, today) == 0)
    gtk_label_set_text (self->no_entries_label, _("Nothing logged yet today. A check-in "
                                                  "takes a few seconds."));
  else
    gtk_label_set_text (self->no_entries_label, _("Nothing was logged on this day."));

  gtk_widget_set_visible (GTK_WIDGET (self->no_entries_label), n_shown == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->entries_list), n_shown > 0);
  gtk_widget_set_sensitive (self->check_in_button, have_day && !future);
  gtk_widget_set_visible (self->edit_button, n_shown > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->rest_day_switch), have_day);

  self->updating = TRUE;
  gtk_switch_set_active (self->rest_day_switch,
                         rest_days != NULL && g_list_model_get_n_items (G_LIST_MODEL (rest_days)) > 0);
  self->updating = FALSE;
}

/* Deleting with undo ------------------------------------------------------ */

static void
carry_out_delete (TandemCheckInsPage *self,
                  PendingDelete      *pending)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (store == NULL || !tandem_record_is_stored (TANDEM_RECORD (pending->check_in)))
    return;

  if (!tandem_store_delete (store, TANDEM_RECORD (pending->check_in), &error) &&
      !g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
    {
      g_warning ("Could not delete a check-in: %s", error->message);
      show_toast (self, error->message);
    }
}

static void
flush_pending_deletes (TandemCheckInsPage *self)
{
  g_autoptr(GPtrArray) pending = NULL;

  if (self->pending_deletes->len == 0)
    return;

  pending = g_steal_pointer (&self->pending_deletes);
  self->pending_deletes = g_ptr_array_new_with_free_func (pending_delete_free);

  for (guint i = 0; i < pending->len; i++)
    {
      PendingDelete *item = g_ptr_array_index (pending, i);

      g_signal_handlers_disconnect_by_data (item->toast, item);
      carry_out_delete (self, item);
      /* Its Undo can do nothing any more. */
      adw_toast_dismiss (item->toast);
    }
}

static void
on_toast_dismissed_cb (AdwToast      *toast,
                       PendingDelete *pending)
{
  TandemCheckInsPage *self = pending->page;

  carry_out_delete (self, pending);
  g_clear_object (&self->streak);
  /* Frees @pending, which disconnects this handler. */
  g_ptr_array_remove (self->pending_deletes, pending);

  load_month (self);
  update_day_pane (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemCheckInsPage *self = TANDEM_CHECK_INS_PAGE (widget);
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(TandemCheckIn) check_in = NULL;
  g_autoptr(GError) error = NULL;
  PendingDelete *pending;

  if (store == NULL || is_pending_delete (self, id))
    return;

  check_in = tandem_store_get (store, TANDEM_TYPE_CHECK_IN, id, &error);
  if (check_in == NULL)
    {
      show_toast (self, error->message);
      update_day_pane (self);
      return;
    }

  pending = g_new0 (PendingDelete, 1);
  pending->page = self;
  pending->check_in = g_steal_pointer (&check_in);
  pending->toast = g_object_ref_sink (adw_toast_new (_("Check-in deleted")));
  adw_toast_set_button_label (pending->toast, _("_Undo"));
  adw_toast_set_action_name (pending->toast, "check-ins.undo-delete");
  adw_toast_set_action_target (pending->toast, "x", id);
  g_signal_connect (pending->toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb), pending);
  g_ptr_array_add (self->pending_deletes, pending);

  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (pending->toast));
  update_day_pane (self);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TandemCheckInsPage *self = TANDEM_CHECK_INS_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);

  for (guint i = 0; i < self->pending_deletes->len; i++)
    {
      PendingDelete *pending = g_ptr_array_index (self->pending_deletes, i);

      if (tandem_record_get_id (TANDEM_RECORD (pending->check_in)) == id)
        {
          /* Forgets the deletion. The toast's button dismisses the toast;
           * dismissing it here as well, perhaps while it is still sliding
           * in, trips up libadwaita 1.2. */
          g_ptr_array_remove_index (self->pending_deletes, i);
          update_day_pane (self);
          return;
        }
    }
}

/* Callbacks --------------------------------------------------------------- */

static void
on_month_view_month_changed_cb (TandemCheckInsPage *self,
                                guint               year,
                                guint               month,
                                TandemMonthView    *view)
{
  tandem_timing_begin (GTK_WIDGET (self), "switch-month");

  self->year = year;
  self->month = month;
  load_month (self);
  update_summaries (self);
}

static void
on_month_view_day_selected_cb (TandemCheckInsPage *self,
                               const char         *day,
                               TandemMonthView    *view)
{
  g_free (self->selected_day);
  self->selected_day = g_strdup (day);
  update_day_pane (self);

  /* Narrow, the calendar and the day take turns. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->day_pane);
}

static void
on_back_clicked_cb (TandemCheckInsPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->calendar_box);
}

static void
on_goal_dropdown_selected_cb (TandemCheckInsPage *self)
{
  if (self->updating)
    return;

  load_month (self);
}

static void
on_check_in_clicked_cb (TandemCheckInsPage *self)
{
  if (self->selected_day == NULL)
    return;

  /* The window opens the check-in dialog for the day. */
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.check-in-day", "s", self->selected_day))
    g_debug ("No window action to check in with");
}

static void
on_rest_day_switch_active_cb (TandemCheckInsPage *self)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  gboolean active = gtk_switch_get_active (self->rest_day_switch);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->updating || store == NULL || self->person_id == 0 || self->selected_day == NULL)
    return;

  if (active)
    ok = tandem_rest_day_mark (store, self->person_id, self->selected_day, NULL, &error);
  else
    ok = tandem_rest_day_unmark (store, self->person_id, self->selected_day, &error);

  if (!ok)
    {
      /* Said beside the switch, which goes back to what is stored. */
      self->updating = TRUE;
      gtk_switch_set_active (self->rest_day_switch, !active);
      self->updating = FALSE;
      gtk_label_set_text (self->rest_day_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->rest_day_error), TRUE);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->rest_day_error), FALSE);
  g_clear_object (&self->streak);
  load_month (self);
}

/* TandemPage -------------------------------------------------------------- */

static void
tandem_check_ins_page_reload (TandemPage *page)
{
  TandemCheckInsPage *self = (TandemCheckInsPage *)page;
  TandemStore *store = tandem_page_get_store (page);
  TandemPerson *person = tandem_page_get_person (page);
  gint64 person_id = person ? tandem_record_get_id (TANDEM_RECORD (person)) : 0;
  g_autofree char *today = NULL;

  g_assert (TANDEM_IS_CHECK_INS_PAGE (self));

  flush_pending_deletes (self);
  g_clear_object (&self->streak);

  today = store ? tandem_quick_check_in_dup_today (store) : tandem_date_today ();
  tandem_month_view_set_today (self->month_view, today);

  /* Another person starts at today; the same person stays where they were. */
  if (person_id != self->person_id || self->year == 0)
    {
      GDate date;

      tandem_date_parse (today, &date);
      self->year = g_date_get_year (&date);
      self->month = g_date_get_month (&date);
      g_free (self->selected_day);
      self->selected_day = g_strdup (today);
      if (person_id != self->person_id)
        g_array_set_size (self->goal_ids, 0);
    }
  self->person_id = store != NULL ? person_id : 0;

  load_names (self);
  load_month (self);
  update_summaries (self);
  tandem_month_view_select_day (self->month_view, self->selected_day);
  update_day_pane (self);
}

static void
tandem_check_ins_page_dispose (GObject *object)
{
  TandemCheckInsPage *self = TANDEM_CHECK_INS_PAGE (object);

  /* What the user deleted stays deleted, even when the toast is still up. */
  if (self->pending_deletes != NULL)
    flush_pending_deletes (self);

  G_OBJECT_CLASS (tandem_check_ins_page_parent_class)->dispose (object);
}

static void
tandem_check_ins_page_finalize (GObject *object)
{
  TandemCheckInsPage *self = TANDEM_CHECK_INS_PAGE (object);

  g_clear_pointer (&self->pending_deletes, g_ptr_array_unref);
  g_clear_pointer (&self->summary_rows, g_ptr_array_unref);
  g_clear_object (&self->streak);
  g_clear_pointer (&self->goal_ids, g_array_unref);
  g_clear_pointer (&self->goal_titles, g_hash_table_unref);
  g_clear_pointer (&self->strategy_names, g_hash_table_unref);
  g_free (self->selected_day);

  G_OBJECT_CLASS (tandem_check_ins_page_parent_class)->finalize (object);
}

static void
tandem_check_ins_page_class_init (TandemCheckInsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TandemPageClass *page_class = TANDEM_PAGE_CLASS (klass);

  object_class->dispose = tandem_check_ins_page_dispose;
  object_class->finalize = tandem_check_ins_page_finalize;

  page_class->reload = tandem_check_ins_page_reload;

  g_type_ensure (TANDEM_TYPE_MONTH_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-check-ins-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, calendar_box);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, day_pane);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, streak_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, longest_run_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, goal_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, month_view);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, summary_heading);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, summary_list);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, day_title);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, check_in_button);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, rest_day_switch);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, rest_day_error);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, no_entries_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, entries_list);
  gtk_widget_class_bind_template_callback (widget_class, on_month_view_month_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_month_view_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_check_in_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_rest_day_switch_active_cb);

  gtk_widget_class_install_action (widget_class, "check-ins.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "check-ins.undo-delete", "x", undo_delete_action);
}

static void
tandem_check_ins_page_init (TandemCheckInsPage *self)
{
  self->goal_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pending_deletes = g_ptr_array_new_with_free_func (pending_delete_free);
  self->summary_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->goal_dropdown, "notify::selected",
                           G_CALLBACK (on_goal_dropdown_selected_cb), self,
                           G_CONNECT_SWAPPED);

  load_names (self);
  update_day_pane (self);
}

GtkWidget *
tandem_check_ins_page_new (void)
{
  return g_object_new (TANDEM_TYPE_CHECK_INS_PAGE, NULL);
}
