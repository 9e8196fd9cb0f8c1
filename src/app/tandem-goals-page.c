/* tandem-goals-page.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-goals-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-gas-rating-dialog.h"
#include "tandem-goal-history-window.h"
#include "tandem-goals-page.h"

#define N_GROUPS 4

struct _TandemGoalsPage
{
  TandemPage     parent_instance;

  GListStore    *goals;
  gint64         focus_goal_id;
  guint          move_idle_id;
  gint64         drop_goal_id;
  gint64         drop_target_id;
  gboolean       drop_after;

  /* Template widgets */
  GtkStack      *stack;
  AdwStatusPage *empty_page;
  GtkWidget     *t_score_box;
  GtkLabel      *t_score_label;
  TandemListRow *t_score_row;
  GtkWidget     *active_heading;
  GtkWidget     *paused_heading;
  GtkWidget     *achieved_heading;
  GtkWidget     *dropped_heading;
  GtkListBox    *active_list;
  GtkListBox    *paused_list;
  GtkListBox    *achieved_list;
  GtkListBox    *dropped_list;
};

G_DEFINE_FINAL_TYPE (TandemGoalsPage, tandem_goals_page, TANDEM_TYPE_PAGE)

/* The goals, grouped by status in this order, each group in priority order
 * with short-term goals beneath their long-term goal. Each row opens the
 * wizard to edit its goal; dragging it, its menu and Alt+Up/Down change the
 * order, and the menu changes the status with undo in a toast, shows the
 * goal's history and rates its attainment. */

static gboolean has_parent_in (TandemGoal *goal,
                               GPtrArray  *goals);
static GPtrArray *list_group  (TandemGoalsPage  *self,
                               TandemGoalStatus  status);
static TandemGoal *find_goal  (TandemGoalsPage *self,
                               gint64           id);

static void
get_group (TandemGoalsPage   *self,
           TandemGoalStatus   status,
           GtkWidget        **heading,
           GtkListBox       **list)
{
  switch (status)
    {
    case TANDEM_GOAL_STATUS_PAUSED:
      *heading = self->paused_heading;
      *list = self->paused_list;
      break;

    case TANDEM_GOAL_STATUS_ACHIEVED:
      *heading = self->achieved_heading;
      *list = self->achieved_list;
      break;

    case TANDEM_GOAL_STATUS_DROPPED:
      *heading = self->dropped_heading;
      *list = self->dropped_list;
      break;

    case TANDEM_GOAL_STATUS_ACTIVE:
    default:
      *heading = self->active_heading;
      *list = self->active_list;
      break;
    }
}

static TandemAuthor
get_profile_author (TandemGoalsPage *self)
{
  return tandem_page_get_therapist_profile (TANDEM_PAGE (self)) ? TANDEM_AUTHOR_THERAPIST
                                                                : TANDEM_AUTHOR_CLIENT;
}

static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g", value));
}

static double
get_latest_value (TandemGoalsPage *self,
                  TandemGoal      *goal)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *today = tandem_date_today ();
  g_autofree char *from = tandem_date_add_days (today, -90);
  double value;

  if (!tandem_store_get_latest_goal_value (store, tandem_record_get_id (TANDEM_RECORD (goal)),
                                           from, today, &value, &error))
    {
      g_warning ("Could not read the latest value: %s", error->message);
      return NAN;
    }

  return value;
}

static char *
dup_measure_text (TandemGoalsPage *self,
                  TandemGoal      *goal)
{
  const char *name = tandem_goal_get_measure_name (goal);
  double baseline = tandem_goal_get_baseline (goal);
  double target = tandem_goal_get_target (goal);
  double latest;
  g_autofree char *target_text = NULL;
  g_autofree char *progress = NULL;

  if (tandem_goal_get_measure_kind (goal) == TANDEM_MEASURE_NONE || isnan (target))
    return NULL;

  if (name == NULL || name[0] == '\0')
    name = tandem_goal_get_instrument (goal);
  if (name == NULL)
    name = "";

  target_text = format_number (target);
  if (!isnan (baseline))
    {
      g_autofree char *baseline_text = format_number (baseline);

      /* Translators: what a goal measures, its starting point and its
       * target, e.g. “GAD-7 score: 14 → 7” */
      progress = g_strdup_printf (_("%1$s: %2$s → %3$s"), name, baseline_text, target_text);
    }
  else
    /* Translators: what a goal measures and its target, e.g. “Walks: → 5” */
    progress = g_strdup_printf (_("%1$s: target %2$s"), name, target_text);

  /* A measure counted per week: this week's total so far. */
  if (tandem_goal_get_measure_period (goal) == TANDEM_PERIOD_WEEK &&
      tandem_goal_get_measure_kind (goal) != TANDEM_MEASURE_QUESTIONNAIRE)
    {
      TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
      g_autofree char *today = tandem_date_today ();
      g_autofree char *monday = NULL;
      g_autoptr(TandemGoalSummary) summary = NULL;
      g_autoptr(GError) error = NULL;
      GDate date;

      /* The summary's weeks run Monday to Sunday. */
      g_date_clear (&date, 1);
      tandem_date_parse (today, &date);
      monday = tandem_date_add_days (today, -(int) (g_date_get_weekday (&date) - G_DATE_MONDAY));
      summary = tandem_goal_summary_load (store, tandem_record_get_id (TANDEM_RECORD (goal)), monday, today, &error);
      if (summary == NULL)
        g_warning ("Could not sum this week: %s", error->message);
      else if (tandem_goal_summary_get_n_weeks (summary) > 0)
        {
          const TandemSummaryWeek *week = tandem_goal_summary_get_week (summary, 0);
          g_autofree char *week_text = format_number (isnan (week->measure) ? 0 : week->measure);

          /* Translators: the goal's progress, then its total so far this week */
          return g_strdup_printf (_("%1$s (this week %2$s)"), progress, week_text);
        }
    }

  latest = get_latest_value (self, goal);
  if (!isnan (latest))
    {
      g_autofree char *latest_text = format_number (latest);

      /* Translators: the goal's progress, then its latest measured value */
      return g_strdup_printf (_("%1$s (latest %2$s)"), progress, latest_text);
    }

  return g_steal_pointer (&progress);
}

static char *
dup_when_text (TandemGoal *goal)
{
  const char *due = tandem_goal_get_due_date (goal);
  int days = tandem_goal_get_review_every_days (goal);

  if (due != NULL)
    {
      g_autofree char *day = tandem_page_format_day (due);

      /* Translators: %s is a date */
      return g_strdup_printf (_("Due %s"), day);
    }

  if (days > 0 && days % 7 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Review every week", "Review every %d weeks", days / 7),
                            days / 7);
  if (days > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Review every day", "Review every %d days", days),
                            days);

  return NULL;
}

static char *
dup_author_text (TandemGoalsPage *self,
                 TandemGoal      *goal)
{
  TandemPerson *person = tandem_page_get_person (TANDEM_PAGE (self));
  TandemAuthor author = tandem_goal_get_author (goal);

  if (author == get_profile_author (self))
    return g_strdup (_("Written by you"));
  if (author == TANDEM_AUTHOR_THERAPIST)
    return g_strdup (_("Written by your therapist"));

  /* Translators: %s is the name of the therapist's client */
  return g_strdup_printf (_("Written by %s"), person ? tandem_person_get_display_name (person) : "");
}

static char *
dup_attainment_text (TandemGoalsPage *self,
                     TandemGoal      *goal)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  g_autoptr(GListStore) ratings = NULL;
  g_autoptr(TandemGoalAttainment) latest = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  guint n;

  ratings = tandem_store_list_goal_attainments (store, tandem_record_get_id (TANDEM_RECORD (goal)), &error);
  if (ratings == NULL)
    {
      g_warning ("Could not list attainment ratings: %s", error->message);
      return NULL;
    }

  /* Oldest first: the last is the latest. */
  if ((n = g_list_model_get_n_items (G_LIST_MODEL (ratings))) == 0)
    return NULL;

  latest = g_list_model_get_item (G_LIST_MODEL (ratings), n - 1);
  day = tandem_page_format_day (tandem_goal_attainment_get_day (latest));

  /* Translators: the latest goal attainment rating, e.g. “Attainment:
   * somewhat more than expected (12 May 2026)” */
  return g_strdup_printf (_("Attainment: %1$s (%2$s)"),
                          tandem_gas_level_describe (tandem_goal_attainment_get_level (latest)),
                          day);
}

static gint64
get_row_goal_id (GtkWidget *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "goal-id");

  return id ? *id : 0;
}

/* The goals a goal can swap places with share its level in its group: the
 * top-level goals, or the short-term goals of one long-term goal. */
static gint64
get_level (TandemGoal *goal,
           GPtrArray  *group)
{
  return has_parent_in (goal, group) ? tandem_goal_get_parent_id (goal) : -1;
}

/* Where a goal would go when dropped before or after @target_id: the goal
 * it goes next to at its own level, or 0 when it cannot go there. A
 * long-term goal dropped on a short-term goal goes next to its long-term
 * goal. */
static gint64
resolve_drop_target (TandemGoalsPage *self,
                     gint64           goal_id,
                     gint64           target_id)
{
  TandemGoal *goal = find_goal (self, goal_id);
  TandemGoal *target = find_goal (self, target_id);
  g_autoptr(GPtrArray) group = NULL;
  gint64 level;

  if (goal == NULL || target == NULL || goal_id == target_id ||
      tandem_goal_get_status (goal) != tandem_goal_get_status (target))
    return 0;

  group = list_group (self, tandem_goal_get_status (goal));
  level = get_level (goal, group);

  if (get_level (target, group) == level)
    return target_id;

  /* A top-level goal on a short-term goal of another top-level goal. */
  if (level == -1 && get_level (target, group) != goal_id)
    return get_level (target, group);

  return 0;
}

/* Moves a goal, with its short-term goals, before or after another goal
 * of its level, stores the new order of its group and shows it. */
static gboolean
move_goal (TandemGoalsPage *self,
           gint64           goal_id,
           gint64           target_id,
           gboolean         after)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  TandemPerson *person = tandem_page_get_person (TANDEM_PAGE (self));
  g_autoptr(GPtrArray) group = NULL;
  g_autoptr(GArray) block = NULL;
  g_autoptr(GArray) order = NULL;
  g_autoptr(GError) error = NULL;
  TandemGoal *goal;
  guint insert_at = G_MAXUINT;

  if (store == NULL || person == NULL || !(goal = find_goal (self, goal_id)) ||
      (target_id = resolve_drop_target (self, goal_id, target_id)) == 0)
    return FALSE;

  group = list_group (self, tandem_goal_get_status (goal));
  block = g_array_new (FALSE, FALSE, sizeof (gint64));
  order = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* The goal and its short-term goals move together. */
  for (guint i = 0; i < group->len; i++)
    {
      gint64 id = tandem_record_get_id (group->pdata[i]);

      if (id == goal_id || (get_level (group->pdata[i], group) == goal_id))
        g_array_append_val (block, id);
      else
        g_array_append_val (order, id);
    }

  for (guint i = 0; i < order->len; i++)
    if (g_array_index (order, gint64, i) == target_id)
      {
        insert_at = i;
        if (after)
          {
            /* After the target's short-term goals too. */
            insert_at++;
            while (insert_at < order->len &&
                   get_level (find_goal (self, g_array_index (order, gint64, insert_at)), group) == target_id)
              insert_at++;
          }
        break;
      }

  if (insert_at == G_MAXUINT)
    return FALSE;

  g_array_insert_vals (order, insert_at, block->data, block->len);

  if (!tandem_store_reorder_goal_group (store, tandem_record_get_id (TANDEM_RECORD (person)),
                                        tandem_goal_get_status (goal),
                                        (const gint64 *) (gpointer) order->data, order->len, &error))
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

      g_warning ("Could not reorder goals: %s", error->message);
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
      tandem_page_reload (TANDEM_PAGE (self));
      return FALSE;
    }

  self->focus_goal_id = goal_id;
  tandem_page_reload (TANDEM_PAGE (self));

  return TRUE;
}

/* Drag and drop */

static void
clear_drop_indicator (GtkWidget *row)
{
  gtk_widget_remove_css_class (row, "drop-before");
  gtk_widget_remove_css_class (row, "drop-after");
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource   *source,
                    double           x,
                    double           y,
                    TandemGoalsPage *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  GValue value = G_VALUE_INIT;
  GdkContentProvider *provider;

  g_object_set_data (G_OBJECT (row), "drag-x", GINT_TO_POINTER ((int) x));
  g_object_set_data (G_OBJECT (row), "drag-y", GINT_TO_POINTER ((int) y));

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, get_row_goal_id (row));
  provider = gdk_content_provider_new_for_value (&value);
  g_value_unset (&value);

  return provider;
}

static void
on_drag_begin_cb (GtkDragSource   *source,
                  GdkDrag         *drag,
                  TandemGoalsPage *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon,
                            GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "drag-x")),
                            GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "drag-y")));
}

static GdkDragAction
on_drop_motion_cb (GtkDropTarget   *target,
                   double           x,
                   double           y,
                   TandemGoalsPage *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  const GValue *value = gtk_drop_target_get_value (target);
  gboolean after = y > gtk_widget_get_height (row) / 2.0;

  if (value == NULL || !G_VALUE_HOLDS_INT64 (value) ||
      resolve_drop_target (self, g_value_get_int64 (value), get_row_goal_id (row)) == 0)
    {
      clear_drop_indicator (row);
      return 0;
    }

  /* A line above or below the row shows where the goal goes. */
  gtk_widget_remove_css_class (row, after ? "drop-before" : "drop-after");
  gtk_widget_add_css_class (row, after ? "drop-after" : "drop-before");

  return GDK_ACTION_MOVE;
}

static void
on_drop_leave_cb (GtkDropTarget   *target,
                  TandemGoalsPage *self)
{
  clear_drop_indicator (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)));
}

static gboolean
move_dropped_cb (gpointer user_data)
{
  TandemGoalsPage *self = user_data;

  self->move_idle_id = 0;
  gtk_widget_activate_action (GTK_WIDGET (self), "goals.move-to", "(xxb)",
                              self->drop_goal_id, self->drop_target_id, self->drop_after);

  return G_SOURCE_REMOVE;
}

static gboolean
on_drop_cb (GtkDropTarget   *target,
            const GValue    *value,
            double           x,
            double           y,
            TandemGoalsPage *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  gint64 goal_id;

  clear_drop_indicator (row);

  if (!G_VALUE_HOLDS_INT64 (value))
    return FALSE;

  goal_id = g_value_get_int64 (value);
  if (resolve_drop_target (self, goal_id, get_row_goal_id (row)) == 0)
    return FALSE;

  /* The rows are rebuilt after the drop has finished, not inside it. */
  self->drop_goal_id = goal_id;
  self->drop_target_id = get_row_goal_id (row);
  self->drop_after = y > gtk_widget_get_height (row) / 2.0;
  g_clear_handle_id (&self->move_idle_id, g_source_remove);
  self->move_idle_id = g_idle_add (move_dropped_cb, self);

  return TRUE;
}

static void
create_goal_popover_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  gtk_menu_button_set_menu_model (button, g_object_get_data (G_OBJECT (button), "goal-menu"));
}

static GMenuModel *
create_goal_menu (TandemGoal *goal,
                  guint       position,
                  guint       n_positions)
{
  gint64 id = tandem_record_get_id (TANDEM_RECORD (goal));
  TandemGoalStatus status = tandem_goal_get_status (goal);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  g_autoptr(GMenu) review = g_menu_new ();
  g_autoptr(GMenu) statuses = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;

  item = g_menu_item_new (_("_Edit…"), NULL);
  g_menu_item_set_action_and_target (item, "win.edit-goal", "x", id);
  g_menu_append_item (menu, item);
  g_clear_object (&item);

  if (tandem_goal_get_horizon (goal) == TANDEM_HORIZON_LONG)
    {
      item = g_menu_item_new (_("Add _Short-Term Goal…"), NULL);
      g_menu_item_set_action_and_target (item, "win.new-short-term-goal", "x", id);
      g_menu_append_item (menu, item);
      g_clear_object (&item);
    }

  /* Only the moves there is room for. */
  if (position > 1)
    {
      item = g_menu_item_new (_("Move _Up"), NULL);
      g_menu_item_set_action_and_target (item, "goals.move", "(xi)", id, -1);
      g_menu_append_item (order, item);
      g_clear_object (&item);
    }
  if (position < n_positions)
    {
      item = g_menu_item_new (_("Move _Down"), NULL);
      g_menu_item_set_action_and_target (item, "goals.move", "(xi)", id, 1);
      g_menu_append_item (order, item);
      g_clear_object (&item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (order)) > 0)
    g_menu_append_section (menu, NULL, G_MENU_MODEL (order));

  if (status == TANDEM_GOAL_STATUS_ACTIVE || status == TANDEM_GOAL_STATUS_PAUSED)
    {
      item = g_menu_item_new (_("Set a _Reminder…"), NULL);
      g_menu_item_set_action_and_target (item, "win.new-reminder", "(ss)", "check-in",
                                         tandem_record_get_uuid (TANDEM_RECORD (goal)));
      g_menu_append_item (review, item);
      g_clear_object (&item);
    }

  item = g_menu_item_new (_("_History"), NULL);
  g_menu_item_set_action_and_target (item, "goals.history", "x", id);
  g_menu_append_item (review, item);
  g_clear_object (&item);
  if (tandem_gas_rating_dialog_has_levels (goal))
    {
      item = g_menu_item_new (_("Ra_te Attainment…"), NULL);
      g_menu_item_set_action_and_target (item, "goals.rate", "x", id);
      g_menu_append_item (review, item);
      g_clear_object (&item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (review));

  if (status != TANDEM_GOAL_STATUS_ACHIEVED)
    {
      item = g_menu_item_new (_("Mark _Achieved"), NULL);
      g_menu_item_set_action_and_target (item, "goals.set-status", "(xs)", id, "achieved");
      g_menu_append_item (statuses, item);
      g_clear_object (&item);
    }
  if (status == TANDEM_GOAL_STATUS_ACTIVE)
    {
      item = g_menu_item_new (_("_Pause"), NULL);
      g_menu_item_set_action_and_target (item, "goals.set-status", "(xs)", id, "paused");
      g_menu_append_item (statuses, item);
      g_clear_object (&item);
    }
  if (status != TANDEM_GOAL_STATUS_DROPPED)
    {
      item = g_menu_item_new (_("D_rop"), NULL);
      g_menu_item_set_action_and_target (item, "goals.set-status", "(xs)", id, "dropped");
      g_menu_append_item (statuses, item);
      g_clear_object (&item);
    }
  if (status != TANDEM_GOAL_STATUS_ACTIVE)
    {
      item = g_menu_item_new (_("_Restore"), NULL);
      g_menu_item_set_action_and_target (item, "goals.set-status", "(xs)", id, "active");
      g_menu_append_item (statuses, item);
      g_clear_object (&item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (statuses));

  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static GtkWidget *
create_goal_row (TandemGoalsPage *self,
                 TandemGoal      *goal,
                 TandemGoal      *parent,
                 guint            position,
                 guint            n_positions)
{
  gint64 id = tandem_record_get_id (TANDEM_RECORD (goal));
  g_autofree char *measure = dup_measure_text (self, goal);
  g_autofree char *when = dup_when_text (goal);
  g_autofree char *author = dup_author_text (self, goal);
  g_autofree char *attainment = dup_attainment_text (self, goal);
  g_autofree char *place = NULL;
  g_autofree char *description = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *menu_label = NULL;
  g_autoptr(GMenuModel) menu = NULL;
  g_autoptr(GString) details = g_string_new (NULL);
  GtkDragSource *drag_source;
  GtkDropTarget *drop_target;
  GtkWidget *row, *button, *handle;

  g_string_append (details, tandem_goal_get_horizon (goal) == TANDEM_HORIZON_LONG
                            ? _("Long-term goal") : _("Short-term goal"));
  {
    guint n = g_list_model_get_n_items (G_LIST_MODEL (self->goals));
    guint n_children = 0, n_achieved = 0;

    /* A long-term goal's progress summarises its short-term goals. */
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(TandemGoal) other = g_list_model_get_item (G_LIST_MODEL (self->goals), i);

        if (tandem_goal_get_parent_id (other) == id)
          {
            n_children++;
            n_achieved += tandem_goal_get_status (other) == TANDEM_GOAL_STATUS_ACHIEVED;
          }
      }

    if (n_children > 0)
      {
        g_autofree char *summary = NULL;

        /* Translators: e.g. “1 of 3 short-term goals achieved” */
        summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%1$u of %2$u short-term goal achieved",
                                                "%1$u of %2$u short-term goals achieved",
                                                n_children),
                                   n_achieved, n_children);
        g_string_append_printf (details, " · %s", summary);
      }
  }
  if (when != NULL)
    g_string_append_printf (details, " · %s", when);
  g_string_append_printf (details, " · %s", author);

  if (attainment != NULL)
    g_string_append_printf (details, "\n%s", attainment);

  subtitle = measure ? g_strdup_printf ("%s\n%s", measure, details->str) : g_strdup (details->str);
  row = tandem_page_create_row (tandem_goal_get_title (goal), subtitle);
  tandem_list_row_set_subtitle_lines (TANDEM_LIST_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.edit-goal");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", id);
  g_object_set_data_full (G_OBJECT (row), "goal-id", g_memdup2 (&id, sizeof id), g_free);

  /* The row's place among the goals it can swap with, so that a screen
   * reader tells the new place after a move. */
  if (parent != NULL)
    {
      gtk_widget_add_css_class (row, "goal-child");
      /* Translators: a short-term goal's place, e.g. “Part of “Feel calmer”,
       * position 2 of 3” */
      place = g_strdup_printf (_("Part of “%1$s”, position %2$u of %3$u"),
                               tandem_goal_get_title (parent), position, n_positions);
    }
  else
    /* Translators: a goal's place in its group, e.g. “Position 2 of 3” */
    place = g_strdup_printf (_("Position %1$u of %2$u"), position, n_positions);

  description = g_strdup_printf ("%s. %s", place, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  g_object_set_data_full (G_OBJECT (row), "goal-place", g_steal_pointer (&place), g_free);

  handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  gtk_widget_add_css_class (handle, "dim-label");
  gtk_widget_set_tooltip_text (handle, _("Drag to change the order, or press Alt+Up or Alt+Down"));
  tandem_list_row_add_prefix (TANDEM_LIST_ROW (row), handle);

  menu = create_goal_menu (goal, position, n_positions);
  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  /* The popover is built when the menu is first opened: building one per
   * row would slow every switch of client down. */
  g_object_set_data_full (G_OBJECT (button), "goal-menu", g_steal_pointer (&menu), g_object_unref);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_goal_popover_cb, NULL, NULL);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: %s is a goal's title */
  menu_label = g_strdup_printf (_("Actions for “%s”"), tandem_goal_get_title (goal));
  gtk_widget_set_tooltip_text (button, _("Goal Actions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
  tandem_list_row_add_suffix (TANDEM_LIST_ROW (row), button);

  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect_object (drag_source, "prepare", G_CALLBACK (on_drag_prepare_cb), self, 0);
  g_signal_connect_object (drag_source, "drag-begin", G_CALLBACK (on_drag_begin_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag_source));

  drop_target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  gtk_drop_target_set_preload (drop_target, TRUE);
  g_signal_connect_object (drop_target, "motion", G_CALLBACK (on_drop_motion_cb), self, 0);
  g_signal_connect_object (drop_target, "leave", G_CALLBACK (on_drop_leave_cb), self, 0);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (on_drop_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop_target));

  return row;
}

static gboolean
has_parent_in (TandemGoal *goal,
               GPtrArray  *goals)
{
  gint64 parent_id = tandem_goal_get_parent_id (goal);

  if (parent_id == 0)
    return FALSE;

  for (guint i = 0; i < goals->len; i++)
    if (tandem_record_get_id (TANDEM_RECORD (goals->pdata[i])) == parent_id)
      return TRUE;

  return FALSE;
}

/* The goals of one status in display order: each top-level goal, then its
 * short-term goals. */
static GPtrArray *
list_group (TandemGoalsPage  *self,
            TandemGoalStatus  status)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *ordered = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = self->goals ? g_list_model_get_n_items (G_LIST_MODEL (self->goals)) : 0;

  for (guint i = 0; i < n; i++)
    {
      TandemGoal *goal = g_list_model_get_item (G_LIST_MODEL (self->goals), i);

      if (tandem_goal_get_status (goal) == status)
        g_ptr_array_add (members, goal);
      else
        g_object_unref (goal);
    }

  for (guint i = 0; i < members->len; i++)
    {
      TandemGoal *goal = members->pdata[i];
      gint64 id = tandem_record_get_id (TANDEM_RECORD (goal));

      if (has_parent_in (goal, members))
        continue;

      g_ptr_array_add (ordered, g_object_ref (goal));
      for (guint j = 0; j < members->len; j++)
        if (tandem_goal_get_parent_id (members->pdata[j]) == id)
          g_ptr_array_add (ordered, g_object_ref (members->pdata[j]));
    }

  return ordered;
}

static TandemGoal *
find_goal (TandemGoalsPage *self,
           gint64           id)
{
  guint n = self->goals ? g_list_model_get_n_items (G_LIST_MODEL (self->goals)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (self->goals), i);

      if (tandem_record_get_id (TANDEM_RECORD (goal)) == id)
        return goal;
    }

  return NULL;
}

static void
update_empty_page (TandemGoalsPage *self)
{
  TandemPage *page = TANDEM_PAGE (self);
  TandemPerson *person = tandem_page_get_person (page);
  const char *name = person ? tandem_person_get_display_name (person) : NULL;
  g_autofree char *description = NULL;

  if (tandem_page_get_is_client (page))
    /* Translators: %s is the name of the therapist's client */
    description = g_markup_printf_escaped (_("Write the first goal together with %s in a "
                                             "session. A guided wizard helps make it "
                                             "specific and measurable."),
                                           name);
  else if (tandem_page_get_therapist_profile (page))
    description = g_markup_escape_text (_("Your own professional goals go here. A guided "
                                          "wizard helps you make them specific and "
                                          "measurable."),
                                        -1);
  else
    description = g_markup_escape_text (_("Write your first goal together with your "
                                          "therapist, or on your own. A guided wizard "
                                          "helps you make it specific and measurable."),
                                        -1);

  adw_status_page_set_description (self->empty_page, description);
}

/* The goal attainment T-score across the person's rated goals, for the
 * therapist, once there are ratings. */
static void
update_t_score (TandemGoalsPage *self)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  TandemPerson *person = tandem_page_get_person (TANDEM_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *score = NULL;
  g_autofree char *detail = NULL;
  double t_score = NAN;
  guint n_rated = 0;

  if (store == NULL || person == NULL || !tandem_page_get_therapist_profile (TANDEM_PAGE (self)))
    {
      gtk_widget_set_visible (self->t_score_box, FALSE);
      return;
    }

  if (!tandem_store_gas_t_score (store, tandem_record_get_id (TANDEM_RECORD (person)), NULL,
                                 &t_score, &n_rated, &error))
    g_warning ("Could not compute the goal attainment T-score: %s", error->message);

  gtk_widget_set_visible (self->t_score_box, n_rated > 0 && !isnan (t_score));
  if (n_rated == 0 || isnan (t_score))
    return;

  /* Translators: the goal attainment T-score, e.g. “T-score 54” */
  score = g_strdup_printf (_("T-score %.0f"), t_score);
  detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "From %u rated goal. 50 means the expected outcome.",
                                         "Across %u rated goals, weighted by priority. 50 means "
                                         "every goal at its expected outcome.",
                                         n_rated),
                            n_rated);
  gtk_label_set_text (self->t_score_label, score);
  tandem_list_row_set_subtitle (self->t_score_row, detail);
}

static void
tandem_goals_page_reload (TandemPage *page)
{
  TandemGoalsPage *self = (TandemGoalsPage *)page;
  TandemStore *store = tandem_page_get_store (page);
  TandemPerson *person = tandem_page_get_person (page);
  g_autoptr(GError) error = NULL;
  GtkWidget *focus = NULL;
  guint n_goals = 0;

  g_assert (TANDEM_IS_GOALS_PAGE (self));

  update_empty_page (self);
  g_clear_object (&self->goals);

  if (store != NULL && person != NULL)
    {
      gint64 person_id = tandem_record_get_id (TANDEM_RECORD (person));

      self->goals = tandem_store_list_goals (store, person_id, &error);
      if (self->goals == NULL)
        g_warning ("Could not list goals: %s", error->message);
      else
        n_goals = g_list_model_get_n_items (G_LIST_MODEL (self->goals));
    }

  for (TandemGoalStatus status = TANDEM_GOAL_STATUS_ACTIVE; status <= TANDEM_GOAL_STATUS_DROPPED; status++)
    {
      g_autoptr(GPtrArray) goals = list_group (self, status);
      GtkWidget *heading;
      GtkListBox *list;

      get_group (self, status, &heading, &list);
      tandem_page_clear_list (list);

      for (guint i = 0; i < goals->len; i++)
        {
          TandemGoal *goal = goals->pdata[i];
          TandemGoal *parent = has_parent_in (goal, goals)
                               ? find_goal (self, tandem_goal_get_parent_id (goal)) : NULL;
          gint64 level = get_level (goal, goals);
          guint position = 0, n_positions = 0;
          GtkWidget *row;

          for (guint j = 0; j < goals->len; j++)
            if (get_level (goals->pdata[j], goals) == level)
              {
                n_positions++;
                if (j <= i)
                  position++;
              }

          row = create_goal_row (self, goal, parent, position, n_positions);

          gtk_list_box_append (list, row);
          if (tandem_record_get_id (TANDEM_RECORD (goal)) == self->focus_goal_id)
            focus = row;
        }

      gtk_widget_set_visible (heading, goals->len > 0);
      gtk_widget_set_visible (GTK_WIDGET (list), goals->len > 0);
    }

  gtk_stack_set_visible_child_name (self->stack, n_goals > 0 ? "list" : "empty");
  update_t_score (self);

  if (focus != NULL)
    gtk_widget_grab_focus (focus);
  self->focus_goal_id = 0;
}

/* Order */

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TandemGoalsPage *self = TANDEM_GOALS_PAGE (widget);
  g_autoptr(GPtrArray) group = NULL;
  TandemGoal *goal;
  gint64 goal_id, level;
  int delta;

  g_variant_get (param, "(xi)", &goal_id, &delta);

  if (delta == 0 || !(goal = find_goal (self, goal_id)))
    return;

  /* The neighbour among the goals shown at the same level of the group. */
  group = list_group (self, tandem_goal_get_status (goal));
  level = get_level (goal, group);
  for (guint i = 0; i < group->len; i++)
    if (tandem_record_get_id (group->pdata[i]) == goal_id)
      {
        for (int j = (int) i + (delta < 0 ? -1 : 1); j >= 0 && j < (int) group->len; j += delta < 0 ? -1 : 1)
          if (get_level (group->pdata[j], group) == level)
            {
              move_goal (self, goal_id, tandem_record_get_id (group->pdata[j]), delta > 0);
              return;
            }
        break;
      }

  /* Already first or last: the focus stays where it is. */
}

static void
move_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  TandemGoalsPage *self = TANDEM_GOALS_PAGE (widget);
  gint64 goal_id, target_id;
  gboolean after;

  g_variant_get (param, "(xxb)", &goal_id, &target_id, &after);
  move_goal (self, goal_id, target_id, after);
}

/* Alt+Up and Alt+Down move the goal whose row has the focus. */
static void
move_focused_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;
  gint64 goal_id;

  if (row == NULL || !gtk_widget_is_ancestor (row, widget) || !(goal_id = get_row_goal_id (row)))
    return;

  gtk_widget_activate_action (widget, "goals.move", "(xi)", goal_id, g_variant_get_int32 (param));
}

/* History and attainment */

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  TandemGoalsPage *self = TANDEM_GOALS_PAGE (widget);
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  TandemPerson *person = tandem_page_get_person (TANDEM_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (widget);
  TandemGoal *goal = find_goal (self, g_variant_get_int64 (param));
  GtkWidget *window;

  if (store == NULL || goal == NULL)
    return;

  window = tandem_goal_history_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                           store, goal, get_profile_author (self),
                                           person && tandem_page_get_is_client (TANDEM_PAGE (self))
                                           ? tandem_person_get_display_name (person) : NULL);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_rating_saved_cb (TandemGoalsPage       *self,
                    TandemGasRatingDialog *dialog)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  self->focus_goal_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "goal-id"));
  tandem_page_reload (TANDEM_PAGE (self));

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (_("Rating saved")));
}

static void
rate_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TandemGoalsPage *self = TANDEM_GOALS_PAGE (widget);
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (widget);
  gint64 goal_id = g_variant_get_int64 (param);
  TandemGoal *goal = find_goal (self, goal_id);
  GtkWidget *dialog;

  if (store == NULL || goal == NULL || !tandem_gas_rating_dialog_has_levels (goal))
    return;

  dialog = tandem_gas_rating_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, store, goal);
  g_object_set_data (G_OBJECT (dialog), "goal-id", GSIZE_TO_POINTER ((gsize) goal_id));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_rating_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Status */

static gboolean
set_status (TandemGoalsPage   *self,
            gint64             goal_id,
            TandemGoalStatus   status,
            TandemGoalStatus  *old_status)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(GError) error = NULL;

  if (store == NULL)
    return FALSE;

  if (!(goal = tandem_store_get (store, TANDEM_TYPE_GOAL, goal_id, &error)))
    goto failed;

  if (old_status != NULL)
    *old_status = tandem_goal_get_status (goal);

  tandem_goal_set_status (goal, status);
  if (!tandem_store_revise_goal (store, goal, NULL, get_profile_author (self), &error))
    goto failed;

  self->focus_goal_id = goal_id;
  tandem_page_reload (TANDEM_PAGE (self));
  return TRUE;

failed:
  {
    GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

    g_warning ("Could not change the goal: %s", error->message);
    if (overlay != NULL)
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
  }
  return FALSE;
}

static void
on_undo_clicked_cb (AdwToast        *toast,
                    TandemGoalsPage *self)
{
  gint64 goal_id = *(gint64 *) g_object_get_data (G_OBJECT (toast), "goal-id");
  TandemGoalStatus status = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toast), "old-status"));

  set_status (self, goal_id, status, NULL);
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  TandemGoalsPage *self = TANDEM_GOALS_PAGE (widget);
  g_autoptr(GEnumClass) statuses = g_type_class_ref (TANDEM_TYPE_GOAL_STATUS);
  TandemGoalStatus old_status;
  GtkWidget *overlay;
  const char *nick;
  GEnumValue *value;
  AdwToast *toast;
  gint64 goal_id;
  const char *title;

  g_variant_get (param, "(x&s)", &goal_id, &nick);
  if (!(value = g_enum_get_value_by_nick (statuses, nick)))
    return;

  if (!set_status (self, goal_id, value->value, &old_status))
    return;

  switch (value->value)
    {
    case TANDEM_GOAL_STATUS_ACHIEVED:
      title = _("Well done — goal achieved");
      break;
    case TANDEM_GOAL_STATUS_PAUSED:
      title = _("Goal paused");
      break;
    case TANDEM_GOAL_STATUS_DROPPED:
      title = _("Goal dropped");
      break;
    case TANDEM_GOAL_STATUS_ACTIVE:
    default:
      title = _("Goal restored");
      break;
    }

  if (!(overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY)))
    return;

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "goal-id", g_memdup2 (&goal_id, sizeof goal_id), g_free);
  g_object_set_data (G_OBJECT (toast), "old-status", GINT_TO_POINTER (old_status));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
tandem_goals_page_dispose (GObject *object)
{
  TandemGoalsPage *self = (TandemGoalsPage *)object;

  g_clear_handle_id (&self->move_idle_id, g_source_remove);
  g_clear_object (&self->goals);

  G_OBJECT_CLASS (tandem_goals_page_parent_class)->dispose (object);
}

static void
tandem_goals_page_class_init (TandemGoalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TandemPageClass *page_class = TANDEM_PAGE_CLASS (klass);

  object_class->dispose = tandem_goals_page_dispose;
  page_class->reload = tandem_goals_page_reload;

  g_type_ensure (TANDEM_TYPE_LIST_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-goals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, t_score_box);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, t_score_label);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, t_score_row);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, active_heading);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, paused_heading);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, achieved_heading);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, dropped_heading);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, active_list);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, paused_list);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, achieved_list);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, dropped_list);

  gtk_widget_class_install_action (widget_class, "goals.move", "(xi)", move_action);
  gtk_widget_class_install_action (widget_class, "goals.move-to", "(xxb)", move_to_action);
  gtk_widget_class_install_action (widget_class, "goals.move-focused", "i", move_focused_action);
  gtk_widget_class_install_action (widget_class, "goals.history", "x", history_action);
  gtk_widget_class_install_action (widget_class, "goals.rate", "x", rate_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "goals.move-focused", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK, "goals.move-focused", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "goals.move-focused", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK, "goals.move-focused", "i", 1);
  gtk_widget_class_install_action (widget_class, "goals.set-status", "(xs)", set_status_action);
}

static void
tandem_goals_page_init (TandemGoalsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update_empty_page (self);
}

GtkWidget *
tandem_goals_page_new (void)
{
  return g_object_new (TANDEM_TYPE_GOALS_PAGE, NULL);
}
