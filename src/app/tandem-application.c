/* tandem-application.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-application"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-application-private.h"
#include "tandem-autostart.h"
#include "tandem-error-window.h"
#include "tandem-timing.h"
#include "tandem-window.h"

/* The application opens the store when it is first activated. If that
 * fails, it shows the error window, which offers another file; otherwise
 * the main window, which takes a reference on the store. */

G_DEFINE_FINAL_TYPE (TandemApplication, tandem_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "db", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database in FILE instead of the default one"), N_("FILE") },
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[BUNDLE]") },
  { NULL }
};

static void
update_color_scheme (TandemApplication *self)
{
  g_autofree char *color_scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (color_scheme, "light"))
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (color_scheme, "dark"))
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
present_window (GtkWindow *window)
{
  tandem_timing_watch_first_frame (window);
  gtk_window_present (window);
}

static void
show_main_window (TandemApplication *self)
{
  TandemWindow *window = tandem_window_new (GTK_APPLICATION (self), self->store);

  present_window (GTK_WINDOW (window));

  /* A bundle opened while the store could not be opened. */
  if (self->pending_import != NULL)
    {
      g_autoptr(GFile) file = g_steal_pointer (&self->pending_import);

      tandem_window_open_import (window, file);
    }
}

static gboolean
open_store (TandemApplication  *self,
            const char         *path,
            GError            **error)
{
  g_autoptr(TandemStore) store = tandem_store_open (path, error);

  if (store == NULL)
    return FALSE;

  g_set_object (&self->store, store);
  g_debug ("Opened %s", tandem_store_get_path (store));

  return TRUE;
}

static void
on_error_window_file_chosen_cb (TandemApplication *self,
                                GFile             *file,
                                TandemErrorWindow *error_window)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_assert (TANDEM_IS_APPLICATION (self));
  g_assert (TANDEM_IS_ERROR_WINDOW (error_window));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Only files on this computer can hold a Tandem database."));
      tandem_error_window_set_error (error_window, NULL, error);
      return;
    }

  if (!open_store (self, path, &error))
    {
      tandem_error_window_set_error (error_window, path, error);
      return;
    }

  g_free (self->db_path);
  self->db_path = g_steal_pointer (&path);

  show_main_window (self);
  gtk_window_destroy (GTK_WINDOW (error_window));
}

static void
show_error_window (TandemApplication *self,
                   const GError      *error)
{
  GtkWidget *window = tandem_error_window_new (GTK_APPLICATION (self));
  g_autofree char *path = NULL;

  if (self->db_path != NULL)
    path = g_strdup (self->db_path);
  else
    path = tandem_store_dup_default_path ();

  tandem_error_window_set_error (TANDEM_ERROR_WINDOW (window), path, error);
  g_signal_connect_object (window, "file-chosen",
                           G_CALLBACK (on_error_window_file_chosen_cb),
                           self,
                           G_CONNECT_SWAPPED);
  present_window (GTK_WINDOW (window));
}

static void
tandem_application_activate (GApplication *app)
{
  TandemApplication *self = (TandemApplication *)app;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  g_assert (TANDEM_IS_APPLICATION (self));

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->store == NULL && !open_store (self, self->db_path, &error))
    {
      g_warning ("Could not open the database: %s", error->message);
      show_error_window (self, error);
      return;
    }

  show_main_window (self);
}

/**
 * _tandem_application_open_import:
 * @file: an exchange bundle
 *
 * Opens the store and the main window when needed, then the import dialog
 * on @file (the window keeps it until a profile is chosen). When the store
 * cannot be opened, the error window says why and the file waits for the
 * main window that a successful retry opens.
 */
void
_tandem_application_open_import (TandemApplication *self,
                                 GFile             *file)
{
  g_return_if_fail (TANDEM_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  g_application_activate (G_APPLICATION (self));

  /* A dialog may be the active window: look for the main window. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (TANDEM_IS_WINDOW (l->data))
      {
        tandem_window_open_import (TANDEM_WINDOW (l->data), file);
        return;
      }

  g_set_object (&self->pending_import, file);
}

/* A bundle opened from the file manager, over D-Bus. */
static void
tandem_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  TandemApplication *self = (TandemApplication *)app;

  g_assert (TANDEM_IS_APPLICATION (self));

  if (n_files > 1)
    g_warning ("Tandem imports one bundle at a time; opening only the first of %d", n_files);

  if (n_files > 0)
    _tandem_application_open_import (self, files[0]);
  else
    g_application_activate (app);
}

static int
tandem_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("tandem %s\n", PACKAGE_VERSION);
      return 0;
    }

  return G_APPLICATION_CLASS (tandem_application_parent_class)->handle_local_options (app, options);
}

static int
tandem_application_command_line (GApplication            *app,
                                 GApplicationCommandLine *command_line)
{
  TandemApplication *self = (TandemApplication *)app;
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree const char **bundles = NULL;
  const char *db = NULL;

  g_assert (TANDEM_IS_APPLICATION (self));

  /* Runs in the primary instance, so a second "tandem --db" reaches it. */
  if (g_variant_dict_lookup (options, "db", "^&ay", &db))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, db);
      g_autofree char *path = g_file_get_path (file);

      if (self->store == NULL)
        {
          g_free (self->db_path);
          self->db_path = g_steal_pointer (&path);
        }
      else if (g_strcmp0 (path, tandem_store_get_path (self->store)) != 0)
        {
          g_application_command_line_printerr (command_line,
                                               _("Tandem is already open with another database. "
                                                 "Close it first to open %s.\n"),
                                               db);
          return 1;
        }
    }

  /* "tandem FILE": import the bundle, as when opened from the file manager. */
  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &bundles) && bundles[0] != NULL)
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, bundles[0]);

      if (bundles[1] != NULL)
        g_application_command_line_printerr (command_line, "%s\n",
                                             _("Tandem imports one bundle at a time; only the first one is opened."));
      _tandem_application_open_import (self, file);
      return 0;
    }

  g_application_activate (app);

  return 0;
}

static void
tandem_application_startup (GApplication *app)
{
  TandemApplication *self = (TandemApplication *)app;

  g_assert (TANDEM_IS_APPLICATION (self));

  G_APPLICATION_CLASS (tandem_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APP_ID);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (update_color_scheme),
                           self,
                           G_CONNECT_SWAPPED);
  update_color_scheme (self);

  tandem_autostart_ensure_default (g_settings_get_boolean (self->settings, "remind-when-closed"));

  _tandem_application_install_actions (self);
}

static void
tandem_application_dispose (GObject *object)
{
  TandemApplication *self = (TandemApplication *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_object (&self->pending_import);

  G_OBJECT_CLASS (tandem_application_parent_class)->dispose (object);
}

static void
tandem_application_finalize (GObject *object)
{
  TandemApplication *self = (TandemApplication *)object;

  g_clear_pointer (&self->db_path, g_free);

  G_OBJECT_CLASS (tandem_application_parent_class)->finalize (object);
}

static void
tandem_application_class_init (TandemApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = tandem_application_dispose;
  object_class->finalize = tandem_application_finalize;

  app_class->activate = tandem_application_activate;
  app_class->command_line = tandem_application_command_line;
  app_class->handle_local_options = tandem_application_handle_local_options;
  app_class->open = tandem_application_open;
  app_class->startup = tandem_application_startup;
}

static void
tandem_application_init (TandemApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
}

TandemApplication *
tandem_application_new (void)
{
  return g_object_new (TANDEM_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * tandem_application_get_store:
 *
 * Returns: (transfer none) (nullable): the open store, or %NULL when it
 *   could not be opened (yet)
 */
TandemStore *
tandem_application_get_store (TandemApplication *self)
{
  g_return_val_if_fail (TANDEM_IS_APPLICATION (self), NULL);

  return self->store;
}
