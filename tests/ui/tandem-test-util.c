/* tandem-test-util.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-test"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>

#include "tandem-test-util.h"

/**
 * tandem_test_init:
 *
 * Sets up GLib's test framework, GTK and libadwaita. Without a display it
 * prints a TAP plan that skips everything.
 *
 * Returns: %FALSE when there is no display and the program should exit 0
 */
gboolean
tandem_test_init (int    *argc,
                  char ***argv)
{
  GdkDisplay *display;

  setlocale (LC_ALL, "");
  g_test_init (argc, argv, NULL);

  if (!gtk_init_check ())
    {
      printf ("1..0 # SKIP no display\n");
      return FALSE;
    }

  adw_init ();

  /* Focusing an entry selects its text, which claims the X PRIMARY
   * selection. Other GTK programs on the same test display then ask this
   * one for the selection's targets, and a test that ends while GDK is
   * still answering leaves GDK's reply half sent, which LeakSanitizer
   * reports. Nothing here tests the selection, so keep it unclaimed. */
  g_object_set (gtk_settings_get_default (),
                "gtk-entry-select-on-focus", FALSE,
                NULL);

  /* The application adds these itself; templates here load without one. */
  display = gdk_display_get_default ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display),
                                    RESOURCE_BASE "/icons");

  return TRUE;
}

/**
 * tandem_test_open_store:
 * @dir: (out): the temporary folder holding the database
 *
 * Returns: (transfer full): a new, empty store in a temporary folder
 */
TandemStore *
tandem_test_open_store (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  TandemStore *store;

  *dir = g_dir_make_tmp ("tandem-ui-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (*dir, "tandem.db", NULL);
  store = tandem_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (TANDEM_IS_STORE (store));

  return store;
}

void
tandem_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = NULL;
  const char *name;

  handle = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (handle);

  while ((name = g_dir_read_name (handle)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

void
tandem_test_reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);

  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

/* Runs everything that is ready, such as idle callbacks and redraws. */
void
tandem_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/**
 * tandem_test_get_child:
 *
 * Returns: (transfer none): the template child @name of @widget, which
 *   must exist
 */
GtkWidget *
tandem_test_get_child (gpointer    widget,
                       GType       widget_type,
                       const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), widget_type, name);

  g_assert_nonnull (child);
  g_assert_true (GTK_IS_WIDGET (child));

  return GTK_WIDGET (child);
}
