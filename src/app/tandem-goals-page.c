/* tandem-goals-page.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-goals-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-goals-page.h"

#define N_GROUPS 4

struct _TandemGoalsPage
{
  TandemPage     parent_instance;

  GListStore    *goals;
  gint64         focus_goal_id;

  /* Template widgets */
  GtkStack      *stack;
  AdwStatusPage *empty_page;
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
 * wizard to edit its goal; its menu and Alt+Up/Down change the order, and
 * the menu changes the status with undo in a toast. */

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
  g_autoptr(GListStore) check_ins = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = tandem_date_today ();
  g_autofree char *from = tandem_date_add_days (today, -90);
  guint n;

  check_ins = tandem_store_list_goal_check_ins (store, tandem_record_get_id (TANDEM_RECORD (goal)),
                                                from, today, &error);
  if (check_ins == NULL)
    {
      g_warning ("Could not list check-ins: %s", error->message);
      return NAN;
    }

  /* The newest check-in with a value. */
  n = g_list_model_get_n_items (G_LIST_MODEL (check_ins));
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(TandemCheckIn) check_in = g_list_model_get_item (G_LIST_MODEL (check_ins), i - 1);

      if (!isnan (tandem_check_in_get_value (check_in)))
        return tandem_check_in_get_value (check_in);
    }

  return NAN;
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

static void
on_row_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       gpointer               user_data)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  gint64 goal_id = *(gint64 *) g_object_get_data (G_OBJECT (row), "goal-id");
  int delta;

  if ((state & GDK_ALT_MASK) == 0)
    return;

  if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    delta = -1;
  else if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    delta = 1;
  else
    return;

  gtk_widget_activate_action (row, "goals.move", "(xi)", goal_id, delta);
}

static GMenuModel *
create_goal_menu (TandemGoal *goal)
{
  gint64 id = tandem_record_get_id (TANDEM_RECORD (goal));
  TandemGoalStatus status = tandem_goal_get_status (goal);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
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

  item = g_menu_item_new (_("Move _Up"), NULL);
  g_menu_item_set_action_and_target (item, "goals.move", "(xi)", id, -1);
  g_menu_append_item (order, item);
  g_clear_object (&item);
  item = g_menu_item_new (_("Move _Down"), NULL);
  g_menu_item_set_action_and_target (item, "goals.move", "(xi)", id, 1);
  g_menu_append_item (order, item);
  g_clear_object (&item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));

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
                 TandemGoal      *parent)
{
  gint64 id = tandem_record_get_id (TANDEM_RECORD (goal));
  g_autofree char *measure = dup_measure_text (self, goal);
  g_autofree char *when = dup_when_text (goal);
  g_autofree char *author = dup_author_text (self, goal);
  g_autofree char *subtitle = NULL;
  g_autofree char *menu_label = NULL;
  g_autoptr(GMenuModel) menu = NULL;
  g_autoptr(GString) details = g_string_new (NULL);
  GtkEventController *keys;
  GtkWidget *row, *button;

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

  subtitle = measure ? g_strdup_printf ("%s\n%s", measure, details->str) : g_strdup (details->str);
  row = tandem_page_create_row (tandem_goal_get_title (goal), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.edit-goal");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", id);
  g_object_set_data_full (G_OBJECT (row), "goal-id", g_memdup2 (&id, sizeof id), g_free);

  if (parent != NULL)
    {
      /* Translators: %s is the title of the long-term goal that a
       * short-term goal belongs to */
      g_autofree char *part_of = g_strdup_printf (_("Part of “%s”"), tandem_goal_get_title (parent));

      gtk_widget_add_css_class (row, "goal-child");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, part_of, -1);
    }

  menu = create_goal_menu (goal);
  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: %s is a goal's title */
  menu_label = g_strdup_printf (_("Actions for “%s”"), tandem_goal_get_title (goal));
  gtk_widget_set_tooltip_text (button, _("Goal Actions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_row_key_pressed_cb), NULL);
  gtk_widget_add_controller (row, keys);

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
          GtkWidget *row = create_goal_row (self, goal, parent);

          gtk_list_box_append (list, row);
          if (tandem_record_get_id (TANDEM_RECORD (goal)) == self->focus_goal_id)
            focus = row;
        }

      gtk_widget_set_visible (heading, goals->len > 0);
      gtk_widget_set_visible (GTK_WIDGET (list), goals->len > 0);
    }

  gtk_stack_set_visible_child_name (self->stack, n_goals > 0 ? "list" : "empty");

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
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  TandemPerson *person = tandem_page_get_person (TANDEM_PAGE (self));
  g_autoptr(GArray) order = NULL;
  g_autoptr(GPtrArray) group = NULL;
  g_autoptr(GError) error = NULL;
  TandemGoal *goal;
  TandemGoal *other = NULL;
  gint64 goal_id;
  int delta;
  guint n;

  g_variant_get (param, "(xi)", &goal_id, &delta);

  if (store == NULL || person == NULL || !(goal = find_goal (self, goal_id)))
    return;

  /* The neighbour among the goals shown at the same level of the same group. */
  group = list_group (self, tandem_goal_get_status (goal));
  for (guint i = 0; i < group->len; i++)
    if (group->pdata[i] == (gpointer) goal || tandem_record_get_id (group->pdata[i]) == goal_id)
      {
        gint64 parent_id = has_parent_in (goal, group) ? tandem_goal_get_parent_id (goal) : -1;

        for (int j = (int) i + delta; j >= 0 && j < (int) group->len; j += delta)
          {
            TandemGoal *candidate = group->pdata[j];
            gint64 candidate_parent = has_parent_in (candidate, group) ? tandem_goal_get_parent_id (candidate) : -1;

            if (candidate_parent == parent_id)
              {
                other = candidate;
                break;
              }
          }
        break;
      }

  if (other == NULL)
    return;

  /* Every goal in its current order, with the two swapped. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->goals));
  order = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemGoal) item = g_list_model_get_item (G_LIST_MODEL (self->goals), i);
      gint64 id = tandem_record_get_id (TANDEM_RECORD (item));

      if (id == goal_id)
        id = tandem_record_get_id (TANDEM_RECORD (other));
      else if (id == tandem_record_get_id (TANDEM_RECORD (other)))
        id = goal_id;
      g_array_append_val (order, id);
    }

  if (!tandem_store_reorder_goals (store, tandem_record_get_id (TANDEM_RECORD (person)),
                                   (const gint64 *) order->data, order->len, &error))
    {
      g_warning ("Could not reorder goals: %s", error->message);
      return;
    }

  self->focus_goal_id = goal_id;
  tandem_page_reload (TANDEM_PAGE (self));
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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-goals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, active_heading);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, paused_heading);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, achieved_heading);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, dropped_heading);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, active_list);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, paused_list);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, achieved_list);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, dropped_list);

  gtk_widget_class_install_action (widget_class, "goals.move", "(xi)", move_action);
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
