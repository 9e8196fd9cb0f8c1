/* tandem-progress-page.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-progress-page"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-progress-page.h"

#define MAX_ROWS 30

struct _TandemProgressPage
{
  TandemPage     parent_instance;

  /* Template widgets */
  GtkStack      *stack;
  AdwStatusPage *empty_page;
  GtkListBox    *list;
};

G_DEFINE_FINAL_TYPE (TandemProgressPage, tandem_progress_page, TANDEM_TYPE_PAGE)

/* Questionnaires stored in the database carry a title; otherwise the
 * instrument's code stands in for it. */
static char *
dup_instrument_title (TandemResponse *response,
                      GHashTable     *titles)
{
  const char *code = tandem_response_get_instrument (response);
  const char *title = g_hash_table_lookup (titles, code);

  if (title != NULL && title[0] != '\0')
    return g_strdup (title);

  return g_ascii_strup (code, -1);
}

static GHashTable *
list_questionnaire_titles (TandemStore *store)
{
  g_autoptr(GHashTable) titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GListStore) questionnaires = NULL;
  g_autoptr(GError) error = NULL;
  guint n_questionnaires;

  questionnaires = tandem_store_list_questionnaires (store, &error);
  if (questionnaires == NULL)
    {
      g_warning ("Could not list questionnaires: %s", error->message);
      return g_steal_pointer (&titles);
    }

  n_questionnaires = g_list_model_get_n_items (G_LIST_MODEL (questionnaires));
  for (guint i = 0; i < n_questionnaires; i++)
    {
      g_autoptr(TandemQuestionnaire) questionnaire = NULL;

      questionnaire = g_list_model_get_item (G_LIST_MODEL (questionnaires), i);

      g_hash_table_insert (titles,
                           g_strdup (tandem_questionnaire_get_code (questionnaire)),
                           g_strdup (tandem_questionnaire_get_title (questionnaire)));
    }

  return g_steal_pointer (&titles);
}

static GtkWidget *
create_response_row (TandemResponse *response,
                     GHashTable     *titles)
{
  const char *band = tandem_response_get_band (response);
  g_autofree char *subtitle = NULL;
  g_autofree char *total = NULL;
  g_autofree char *day = NULL;
  g_autofree char *title = NULL;
  GtkWidget *label;
  GtkWidget *row;

  total = g_strdup_printf ("%g", tandem_response_get_total (response));
  day = tandem_page_format_day (tandem_response_get_day (response));

  if (band != NULL && band[0] != '\0')
    /* Translators: a questionnaire result: the day it was taken, the total
     * score and the severity band, e.g. "Monday, March 2, 2026: 12, moderate" */
    subtitle = g_strdup_printf (_("%s: %s, %s"), day, total, band);
  else
    /* Translators: a questionnaire result: the day it was taken and the total score */
    subtitle = g_strdup_printf (_("%s: %s"), day, total);

  title = dup_instrument_title (response, titles);
  row = tandem_page_create_row (title, subtitle);

  if (tandem_response_get_safety_flag (response))
    {
      /* Translators: shown beside a PHQ-9 result whose item 9 (thoughts of
       * being better off dead or of self-harm) was answered above zero */
      const char *text = _("Needs follow-up: thoughts of self-harm were reported");

      label = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_set_tooltip_text (label, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      -1);
      gtk_widget_add_css_class (label, "warning");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  return row;
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
  g_autoptr(GListStore) responses = NULL;
  g_autoptr(GHashTable) titles = NULL;
  g_autoptr(GError) error = NULL;
  guint n_responses = 0;

  g_assert (TANDEM_IS_PROGRESS_PAGE (self));

  tandem_page_clear_list (self->list);
  update_empty_page (self);

  if (store != NULL && person != NULL)
    {
      responses = tandem_store_list_responses (store,
                                               tandem_record_get_id (TANDEM_RECORD (person)),
                                               NULL, NULL, NULL,
                                               &error);
      if (responses == NULL)
        g_warning ("Could not list questionnaire results: %s", error->message);
      else
        n_responses = g_list_model_get_n_items (G_LIST_MODEL (responses));

      if (n_responses > 0)
        titles = list_questionnaire_titles (store);
    }

  /* Newest first. */
  for (guint i = n_responses; i > 0 && n_responses - i < MAX_ROWS; i--)
    {
      g_autoptr(TandemResponse) response = g_list_model_get_item (G_LIST_MODEL (responses), i - 1);

      gtk_list_box_append (self->list, create_response_row (response, titles));
    }

  gtk_stack_set_visible_child_name (self->stack, n_responses > 0 ? "list" : "empty");
}

static void
tandem_progress_page_class_init (TandemProgressPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TandemPageClass *page_class = TANDEM_PAGE_CLASS (klass);

  page_class->reload = tandem_progress_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TandemProgressPage, list);
}

static void
tandem_progress_page_init (TandemProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update_empty_page (self);
}

GtkWidget *
tandem_progress_page_new (void)
{
  return g_object_new (TANDEM_TYPE_PROGRESS_PAGE, NULL);
}
