/* tandem-preferences-window.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-autostart.h"
#include "tandem-preferences-window.h"

struct _TandemPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  GtkCheckButton       *client_check;
  GtkCheckButton       *therapist_check;
  GtkCheckButton       *follow_system_check;
  GtkCheckButton       *light_check;
  GtkCheckButton       *dark_check;
  AdwEntryRow          *crisis_line_row;
  GtkSwitch            *show_titles_switch;
  GtkSwitch            *autostart_switch;
};

G_DEFINE_FINAL_TYPE (TandemPreferencesWindow, tandem_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
on_autostart_active_cb (TandemPreferencesWindow *self)
{
  gboolean active = gtk_switch_get_active (self->autostart_switch);
  g_autoptr(GError) error = NULL;

  if (active == tandem_autostart_get_enabled ())
    return;

  if (!tandem_autostart_set_enabled (active, &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
      g_signal_handlers_block_by_func (self->autostart_switch, on_autostart_active_cb, self);
      gtk_switch_set_active (self->autostart_switch, !active);
      g_signal_handlers_unblock_by_func (self->autostart_switch, on_autostart_active_cb, self);
      return;
    }

  g_settings_set_boolean (self->settings, "remind-when-closed", active);
}

static void
tandem_preferences_window_dispose (GObject *object)
{
  TandemPreferencesWindow *self = (TandemPreferencesWindow *)object;

  gtk_widget_insert_action_group (GTK_WIDGET (self), "prefs", NULL);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (tandem_preferences_window_parent_class)->dispose (object);
}

static void
tandem_preferences_window_class_init (TandemPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, client_check);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, therapist_check);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, follow_system_check);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, light_check);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, dark_check);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, crisis_line_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, show_titles_switch);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, autostart_switch);
}

static void
tandem_preferences_window_init (TandemPreferencesWindow *self)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GAction) profile = NULL;
  g_autoptr(GAction) color_scheme = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Radio rows: each check button targets one value of a settings action. */
  self->settings = g_settings_new (APP_ID);
  profile = g_settings_create_action (self->settings, "profile");
  color_scheme = g_settings_create_action (self->settings, "color-scheme");
  g_action_map_add_action (G_ACTION_MAP (group), profile);
  g_action_map_add_action (G_ACTION_MAP (group), color_scheme);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "prefs", G_ACTION_GROUP (group));

  g_settings_bind (self->settings, "crisis-line", self->crisis_line_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "notifications-show-titles", self->show_titles_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  /* The autostart entry on disk is the truth: it may be changed elsewhere. */
  gtk_switch_set_active (self->autostart_switch, tandem_autostart_get_enabled ());
  g_signal_connect_swapped (self->autostart_switch, "notify::active",
                            G_CALLBACK (on_autostart_active_cb), self);
}

GtkWidget *
tandem_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (TANDEM_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}
