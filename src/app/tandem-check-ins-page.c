/* tandem-check-ins-page.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-check-ins-page"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-check-ins-page.h"

/* The list shows the newest check-ins only; the calendar shows the rest. */
#define MAX_ROWS      30
#define RECENT_DAYS   90

struct _TandemCheckInsPage
{
  TandemPage     parent_instance;

  /* Template widgets */
  GtkStack      *stack;
  AdwStatusPage *empty_page;
  GtkListBox    *list;
};

G_DEFINE_FINAL_TYPE (TandemCheckInsPage, tandem_check_ins_page, TANDEM_TYPE_PAGE)

static GtkWidget *
create_check_in_row (TandemCheckIn *check_in,
                     GHashTable    *goal_titles)
{
  g_autofree char *title = tandem_page_format_day (tandem_check_in_get_day (check_in));
  const char *note = tandem_check_in_get_note (check_in);
  const char *subtitle = NULL;
  int rating = tandem_check_in_get_rating (check_in);
  GtkWidget *row;

  if (note != NULL && note[0] != '\0')
    subtitle = note;
  else if (tandem_check_in_get_goal_id (check_in) != 0)
    {
      gint64 goal_id = tandem_check_in_get_goal_id (check_in);

      subtitle = g_hash_table_lookup (goal_titles, &goal_id);
    }

  row = tandem_page_create_row (title, subtitle);

  if (tandem_check_in_get_win (check_in))
    {
      GtkWidget *image = gtk_image_new_from_icon_name ("starred-symbolic");

      gtk_widget_set_tooltip_text (image, _("A win"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("A win"),
                                      -1);
      gtk_widget_add_css_class (image, "accent");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), image);
    }

  if (rating >= 0)
    {
      g_autofree char *text = NULL;
      g_autofree char *accessible = NULL;
      GtkWidget *label;

      /* Translators: a check-in's rating on a scale from 0 to 10, kept short */
      text = g_strdup_printf (_("%d/10"), rating);
      /* Translators: a check-in's rating on a scale from 0 to 10, read aloud */
      accessible = g_strdup_printf (_("Rated %d out of 10"), rating);

      label = gtk_label_new (text);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  return row;
}

static GHashTable *
list_goal_titles (TandemStore *store,
                  gint64       person_id)
{
  g_autoptr(GHashTable) titles = NULL;
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GError) error = NULL;
  guint n_goals;

  titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  goals = tandem_store_list_goals (store, person_id, &error);
  if (goals == NULL)
    {
      g_warning ("Could not list goals: %s", error->message);
      return g_steal_pointer (&titles);
    }

  n_goals = g_list_model_get_n_items (G_LIST_MODEL (goals));
  for (guint i = 0; i < n_goals; i++)
    {
      g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);
      gint64 goal_id = tandem_record_get_id (TANDEM_RECORD (goal));

      g_hash_table_insert (titles,
                           g_memdup2 (&goal_id, sizeof goal_id),
                           g_strdup (tandem_goal_get_title (goal)));
    }

  return g_steal_pointer (&titles);
}

static void
update_empty_page (TandemCheckInsPage *self)
{
  TandemPage *page = TANDEM_PAGE (self);
  TandemPerson *person = tandem_page_get_person (page);
  const char *name = person ? tandem_person_get_display_name (person) : NULL;
  g_autofree char *description = NULL;

  if (tandem_page_get_is_client (page))
    /* Translators: %s is the name of the therapist's client */
    description = g_markup_printf_escaped (_("The check-ins %s logs, at home or with you "
                                             "in a session, appear here."),
                                           name);
  else
    description = g_markup_escape_text (_("A check-in takes a few seconds: how the day "
                                          "went, a rating from 0 to 10, and any wins. "
                                          "Once you have a goal, check in here every day."),
                                        -1);

  adw_status_page_set_description (self->empty_page, description);
}

static GListStore *
list_recent_check_ins (TandemStore   *store,
                       gint64         person_id,
                       GError       **error)
{
  g_autofree char *today = tandem_date_today ();
  g_autofree char *from_day = tandem_date_add_days (today, -RECENT_DAYS);
  g_autoptr(GListStore) check_ins = NULL;

  check_ins = tandem_store_list_check_ins (store, person_id, from_day, NULL, error);

  /* Someone who has not checked in for a while still has a history. */
  if (check_ins != NULL && g_list_model_get_n_items (G_LIST_MODEL (check_ins)) == 0)
    {
      g_clear_object (&check_ins);
      check_ins = tandem_store_list_check_ins (store, person_id, NULL, NULL, error);
    }

  return g_steal_pointer (&check_ins);
}

static void
tandem_check_ins_page_reload (TandemPage *page)
{
  TandemCheckInsPage *self = (TandemCheckInsPage *)page;
  TandemStore *store = tandem_page_get_store (page);
  TandemPerson *person = tandem_page_get_person (page);
  g_autoptr(GListStore) check_ins = NULL;
  g_autoptr(GHashTable) goal_titles = NULL;
  g_autoptr(GError) error = NULL;
  guint n_check_ins = 0;

  g_assert (TANDEM_IS_CHECK_INS_PAGE (self));

  tandem_page_clear_list (self->list);
  update_empty_page (self);

  if (store != NULL && person != NULL)
    {
      gint64 person_id = tandem_record_get_id (TANDEM_RECORD (person));

      check_ins = list_recent_check_ins (store, person_id, &error);
      if (check_ins == NULL)
        g_warning ("Could not list check-ins: %s", error->message);
      else
        n_check_ins = g_list_model_get_n_items (G_LIST_MODEL (check_ins));

      if (n_check_ins > 0)
        goal_titles = list_goal_titles (store, person_id);
    }

  /* The store lists the oldest first. */
  for (guint i = n_check_ins; i > 0 && n_check_ins - i < MAX_ROWS; i--)
    {
      g_autoptr(TandemCheckIn) check_in = g_list_model_get_item (G_LIST_MODEL (check_ins), i - 1);

      gtk_list_box_append (self->list, create_check_in_row (check_in, goal_titles));
    }

  gtk_stack_set_visible_child_name (self->stack, n_check_ins > 0 ? "list" : "empty");
}

static void
tandem_check_ins_page_class_init (TandemCheckInsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TandemPageClass *page_class = TANDEM_PAGE_CLASS (klass);

  page_class->reload = tandem_check_ins_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-check-ins-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInsPage, list);
}

static void
tandem_check_ins_page_init (TandemCheckInsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update_empty_page (self);
}

GtkWidget *
tandem_check_ins_page_new (void)
{
  return g_object_new (TANDEM_TYPE_CHECK_INS_PAGE, NULL);
}
