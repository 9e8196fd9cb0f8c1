/* tandem-goals-page.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-goals-page"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-goals-page.h"

struct _TandemGoalsPage
{
  TandemPage     parent_instance;

  /* Template widgets */
  GtkStack      *stack;
  AdwStatusPage *empty_page;
  GtkListBox    *list;
};

G_DEFINE_FINAL_TYPE (TandemGoalsPage, tandem_goals_page, TANDEM_TYPE_PAGE)

static const char *
status_to_string (TandemGoalStatus status)
{
  switch (status)
    {
    case TANDEM_GOAL_STATUS_ACTIVE:
      return _("Active");
    case TANDEM_GOAL_STATUS_PAUSED:
      return _("Paused");
    case TANDEM_GOAL_STATUS_ACHIEVED:
      return _("Achieved");
    case TANDEM_GOAL_STATUS_DROPPED:
      return _("Dropped");
    default:
      return NULL;
    }
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
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GError) error = NULL;
  guint n_goals = 0;

  g_assert (TANDEM_IS_GOALS_PAGE (self));

  tandem_page_clear_list (self->list);
  update_empty_page (self);

  if (store != NULL && person != NULL)
    {
      gint64 person_id = tandem_record_get_id (TANDEM_RECORD (person));

      goals = tandem_store_list_goals (store, person_id, &error);
      if (goals == NULL)
        g_warning ("Could not list goals: %s", error->message);
      else
        n_goals = g_list_model_get_n_items (G_LIST_MODEL (goals));
    }

  for (guint i = 0; i < n_goals; i++)
    {
      g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);
      const char *status = status_to_string (tandem_goal_get_status (goal));

      gtk_list_box_append (self->list,
                           tandem_page_create_row (tandem_goal_get_title (goal), status));
    }

  gtk_stack_set_visible_child_name (self->stack, n_goals > 0 ? "list" : "empty");
}

static void
tandem_goals_page_class_init (TandemGoalsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TandemPageClass *page_class = TANDEM_PAGE_CLASS (klass);

  page_class->reload = tandem_goals_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-goals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalsPage, list);
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
