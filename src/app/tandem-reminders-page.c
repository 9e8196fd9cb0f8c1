/* tandem-reminders-page.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-reminders-page"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-reminders-page.h"

struct _TandemRemindersPage
{
  TandemPage     parent_instance;

  /* Template widgets */
  GtkStack      *stack;
  AdwStatusPage *empty_page;
  GtkListBox    *list;
};

G_DEFINE_FINAL_TYPE (TandemRemindersPage, tandem_reminders_page, TANDEM_TYPE_PAGE)

static const char *
kind_to_string (TandemReminderKind kind)
{
  switch (kind)
    {
    case TANDEM_REMINDER_KIND_CHECK_IN:
      return _("Check-in");
    case TANDEM_REMINDER_KIND_HOMEWORK:
      return _("Homework");
    case TANDEM_REMINDER_KIND_QUESTIONNAIRE:
      return _("Questionnaire");
    case TANDEM_REMINDER_KIND_APPOINTMENT:
      return _("Appointment");
    case TANDEM_REMINDER_KIND_CUSTOM:
    default:
      return _("Reminder");
    }
}

static char *
describe_schedule (TandemReminder *reminder)
{
  const char *times = tandem_reminder_get_times (reminder);

  if (times == NULL)
    times = "";

  switch (tandem_reminder_get_recurrence (reminder))
    {
    case TANDEM_RECURRENCE_ONCE:
      /* Translators: %s lists times of day, e.g. "09:00, 18:30" */
      return g_strdup_printf (_("Once at %s"), times);
    case TANDEM_RECURRENCE_DAILY:
      /* Translators: %s lists times of day, e.g. "09:00, 18:30" */
      return g_strdup_printf (_("Every day at %s"), times);
    case TANDEM_RECURRENCE_WEEKDAYS:
      /* Translators: %s lists times of day, e.g. "09:00, 18:30" */
      return g_strdup_printf (_("On chosen days of the week at %s"), times);
    case TANDEM_RECURRENCE_WEEKLY:
      {
        int weeks = MAX (1, tandem_reminder_get_interval_weeks (reminder));

        if (weeks == 1)
          /* Translators: %s lists times of day, e.g. "09:00, 18:30" */
          return g_strdup_printf (_("Every week at %s"), times);

        /* Translators: %d is a number of weeks (2 or more), %s lists times of day */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %d week at %s",
                                             "Every %d weeks at %s", weeks),
                                weeks, times);
      }
    case TANDEM_RECURRENCE_MONTHLY:
      /* Translators: %s lists times of day, e.g. "09:00, 18:30" */
      return g_strdup_printf (_("Every month at %s"), times);
    default:
      return g_strdup (times);
    }
}

static GtkWidget *
create_reminder_row (TandemReminder *reminder)
{
  const char *title = tandem_reminder_get_title (reminder);
  g_autofree char *schedule = describe_schedule (reminder);
  GtkWidget *row;

  if (title == NULL || title[0] == '\0')
    title = kind_to_string (tandem_reminder_get_kind (reminder));

  row = tandem_page_create_row (title, schedule);

  if (!tandem_reminder_get_enabled (reminder))
    {
      /* Translators: shown next to a reminder that is switched off */
      GtkWidget *label = gtk_label_new (_("Off"));

      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  return row;
}

static void
update_empty_page (TandemRemindersPage *self)
{
  TandemPage *page = TANDEM_PAGE (self);
  TandemPerson *person = tandem_page_get_person (page);
  const char *name = person ? tandem_person_get_display_name (person) : NULL;
  g_autofree char *description = NULL;

  if (tandem_page_get_is_client (page))
    /* Translators: %s is the name of the therapist's client */
    description = g_markup_printf_escaped (_("Agree on reminders with %s at the end of a "
                                             "session. They arrive on the client’s "
                                             "computer once the plan is imported there."),
                                           name);
  else if (tandem_page_get_therapist_profile (page))
    description = g_markup_escape_text (_("Reminders nudge you at the times you choose, "
                                          "even when Tandem is closed."),
                                        -1);
  else
    description = g_markup_escape_text (_("Reminders nudge you to check in, do your "
                                          "homework or fill in a questionnaire at the "
                                          "times you choose, even when Tandem is closed."),
                                        -1);

  adw_status_page_set_description (self->empty_page, description);
}

static void
tandem_reminders_page_reload (TandemPage *page)
{
  TandemRemindersPage *self = (TandemRemindersPage *)page;
  TandemStore *store = tandem_page_get_store (page);
  TandemPerson *person = tandem_page_get_person (page);
  g_autoptr(GListStore) reminders = NULL;
  g_autoptr(GError) error = NULL;
  guint n_reminders = 0;

  g_assert (TANDEM_IS_REMINDERS_PAGE (self));

  tandem_page_clear_list (self->list);
  update_empty_page (self);

  if (store != NULL && person != NULL)
    {
      gint64 person_id = tandem_record_get_id (TANDEM_RECORD (person));

      reminders = tandem_store_list_reminders (store, person_id, &error);
      if (reminders == NULL)
        g_warning ("Could not list reminders: %s", error->message);
      else
        n_reminders = g_list_model_get_n_items (G_LIST_MODEL (reminders));
    }

  for (guint i = 0; i < n_reminders; i++)
    {
      g_autoptr(TandemReminder) reminder = g_list_model_get_item (G_LIST_MODEL (reminders), i);

      gtk_list_box_append (self->list, create_reminder_row (reminder));
    }

  gtk_stack_set_visible_child_name (self->stack, n_reminders > 0 ? "list" : "empty");
}

static void
tandem_reminders_page_class_init (TandemRemindersPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TandemPageClass *page_class = TANDEM_PAGE_CLASS (klass);

  page_class->reload = tandem_reminders_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-reminders-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemRemindersPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemRemindersPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TandemRemindersPage, list);
}

static void
tandem_reminders_page_init (TandemRemindersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update_empty_page (self);
}

GtkWidget *
tandem_reminders_page_new (void)
{
  return g_object_new (TANDEM_TYPE_REMINDERS_PAGE, NULL);
}
