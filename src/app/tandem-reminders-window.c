/* tandem-reminders-window.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-reminders-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-reminders-page.h"
#include "tandem-reminders-window.h"

/* The person's reminders in a window of their own (win.show-reminders,
 * Ctrl+R): set up now and then rather than looked at every day, so they are
 * not one of the main window's pages. The window follows the person the
 * main window shows. */

struct _TandemRemindersWindow
{
  AdwWindow       parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  TandemPage     *page;
};

G_DEFINE_FINAL_TYPE (TandemRemindersWindow, tandem_reminders_window, ADW_TYPE_WINDOW)

static void
tandem_reminders_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TANDEM_TYPE_REMINDERS_WINDOW);

  G_OBJECT_CLASS (tandem_reminders_window_parent_class)->dispose (object);
}

static void
tandem_reminders_window_class_init (TandemRemindersWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_reminders_window_dispose;

  g_type_ensure (TANDEM_TYPE_REMINDERS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tandemgoals/Tandem/ui/tandem-reminders-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemRemindersWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TandemRemindersWindow, page);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
tandem_reminders_window_init (TandemRemindersWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tandem_reminders_window_new:
 * @parent: (nullable): the main window
 * @store: the store
 *
 * Returns: (transfer none): the window, not yet shown
 */
GtkWidget *
tandem_reminders_window_new (GtkWindow   *parent,
                             TandemStore *store)
{
  TandemRemindersWindow *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  self = g_object_new (TANDEM_TYPE_REMINDERS_WINDOW,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       NULL);
  tandem_page_set_store (self->page, store);

  return GTK_WIDGET (self);
}

/**
 * tandem_reminders_window_get_page:
 *
 * Returns: (transfer none): the list of reminders it shows
 */
TandemPage *
tandem_reminders_window_get_page (TandemRemindersWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDERS_WINDOW (self), NULL);

  return self->page;
}

/**
 * tandem_reminders_window_set_person:
 * @person: (nullable): whose reminders
 * @therapist_profile: whether the therapist's profile is in use
 *
 * Shows @person's reminders; the subtitle names a therapist's client.
 */
void
tandem_reminders_window_set_person (TandemRemindersWindow *self,
                                    TandemPerson          *person,
                                    gboolean               therapist_profile)
{
  g_return_if_fail (TANDEM_IS_REMINDERS_WINDOW (self));
  g_return_if_fail (!person || TANDEM_IS_PERSON (person));

  tandem_page_set_therapist_profile (self->page, therapist_profile);
  tandem_page_set_person (self->page, person);

  if (person != NULL && therapist_profile &&
      tandem_person_get_role (person) == TANDEM_PERSON_ROLE_CLIENT)
    adw_window_title_set_subtitle (self->window_title, tandem_person_get_display_name (person));
  else if (person != NULL && therapist_profile)
    adw_window_title_set_subtitle (self->window_title, _("Me"));
  else
    adw_window_title_set_subtitle (self->window_title, NULL);
}
