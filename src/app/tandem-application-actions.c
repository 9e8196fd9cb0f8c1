/* tandem-application-actions.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-application-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-application-private.h"
#include "tandem-preferences-window.h"
#include "tandem-questionnaire-window.h"
#include "tandem-window.h"

static void
tandem_application_actions_quit (GSimpleAction *action,
                                 GVariant      *param,
                                 gpointer       user_data)
{
  TandemApplication *self = user_data;
  GList *windows;

  g_assert (TANDEM_IS_APPLICATION (self));

  /* Closing each window lets it save its size. Closing one can destroy
   * others, such as its dialogs, so hold on to them meanwhile. */
  windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                              (GCopyFunc) g_object_ref, NULL);
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);

  g_application_quit (G_APPLICATION (self));
}

static void
tandem_application_actions_preferences (GSimpleAction *action,
                                        GVariant      *param,
                                        gpointer       user_data)
{
  TandemApplication *self = user_data;
  GtkWindow *parent;
  GtkWidget *preferences;

  g_assert (TANDEM_IS_APPLICATION (self));

  parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  preferences = tandem_preferences_window_new (parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
tandem_application_actions_about (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  TandemApplication *self = user_data;
  static const char *developers[] = { "The Tandem authors", NULL };

  g_assert (TANDEM_IS_APPLICATION (self));

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Tandem"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Tandem authors"),
                         "developers", developers,
                         "copyright", _("© 2026 The Tandem authors"),
                         "comments", _("Set goals with your therapist and follow your progress. "
                                       "Everything stays on this computer."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", PACKAGE_URL,
                         "issue-url", PACKAGE_URL "/issues",
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
on_response_saved_cb (TandemWindow   *window,
                      TandemResponse *response)
{
  g_assert (TANDEM_IS_WINDOW (window));

  tandem_window_reload (window);
  tandem_window_show_page (window, "progress");
}

static void
tandem_application_actions_take_questionnaire (GSimpleAction *action,
                                               GVariant      *param,
                                               gpointer       user_data)
{
  TandemApplication *self = user_data;
  GtkWindow *active;
  TandemWindow *window = NULL;
  GtkWidget *questionnaire;

  g_assert (TANDEM_IS_APPLICATION (self));

  /* The questionnaire window may itself be active: look for the main window. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (TANDEM_IS_WINDOW (l->data))
      {
        window = l->data;
        break;
      }

  active = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (active != NULL && TANDEM_IS_WINDOW (active))
    window = TANDEM_WINDOW (active);

  if (window == NULL ||
      tandem_window_get_store (window) == NULL ||
      tandem_window_get_person (window) == NULL)
    return;

  questionnaire = tandem_questionnaire_window_new (GTK_WINDOW (window),
                                                   tandem_window_get_store (window),
                                                   tandem_window_get_person (window),
                                                   g_variant_get_string (param, NULL));
  g_signal_connect_object (questionnaire, "response-saved",
                           G_CALLBACK (on_response_saved_cb), window,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (questionnaire));
}

/* The reminder service's "Check In" button, over D-Bus:
 * org.freedesktop.Application.ActivateAction ("check-in", [<int64 goal>], {}),
 * with 0 for no goal in particular. */
static void
tandem_application_actions_check_in (GSimpleAction *action,
                                     GVariant      *param,
                                     gpointer       user_data)
{
  TandemApplication *self = user_data;
  gint64 goal_id = g_variant_get_int64 (param);

  g_assert (TANDEM_IS_APPLICATION (self));

  /* Opens the store and the main window when the action started the
   * application, and presents the window otherwise. */
  g_application_activate (G_APPLICATION (self));

  /* A dialog may be the active window: look for the main window. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (TANDEM_IS_WINDOW (l->data))
      {
        tandem_window_open_check_in (TANDEM_WINDOW (l->data), NULL, MAX (goal_id, 0));
        break;
      }
}

/* Opens the import dialog on a bundle: "s", a path or a URI. Over D-Bus,
 * org.freedesktop.Application.ActivateAction ("import", [<"/path/to/x.tandem">], {}). */
static void
tandem_application_actions_import (GSimpleAction *action,
                                   GVariant      *param,
                                   gpointer       user_data)
{
  TandemApplication *self = user_data;
  g_autoptr(GFile) file = NULL;
  const char *location = g_variant_get_string (param, NULL);

  g_assert (TANDEM_IS_APPLICATION (self));

  if (location[0] == '\0')
    {
      g_warning ("app.import needs the bundle's path or URI");
      return;
    }

  file = g_file_new_for_commandline_arg (location);
  _tandem_application_open_import (self, file);
}

static const GActionEntry actions[] = {
  { "check-in", tandem_application_actions_check_in, "x" },
  { "import", tandem_application_actions_import, "s" },
  { "quit", tandem_application_actions_quit },
  { "preferences", tandem_application_actions_preferences },
  { "about", tandem_application_actions_about },
  { "take-questionnaire", tandem_application_actions_take_questionnaire, "s" },
};

void
_tandem_application_install_actions (TandemApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  g_return_if_fail (TANDEM_IS_APPLICATION (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "app.preferences", preferences_accels);
}
