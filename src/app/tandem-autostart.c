/* tandem-autostart.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-autostart"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "tandem-autostart.h"

/* The reminder service starts at login through an XDG autostart entry in
 * the user's own autostart folder. The installed entry lives outside the
 * system autostart folders (it would start the service for every user), and
 * Preferences copies it. Switching it off follows the XDG Autostart
 * specification: the user's entry of the same name gets Hidden=true, which
 * also disables an entry a packager put into a system autostart folder. */

#define ENTRY_NAME APP_ID ".Reminders.desktop"

/* Used when the installed entry cannot be found (an uninstalled build). */
static const char fallback_entry[] =
  "[Desktop Entry]\n"
  "Name=Tandem Reminders\n"
  "Exec=tandem-reminders\n"
  "Icon=" APP_ID "\n"
  "Terminal=false\n"
  "Type=Application\n"
  "NoDisplay=true\n"
  "X-GNOME-Autostart-enabled=true\n"
  "X-GNOME-UsesNotifications=true\n";

/**
 * tandem_autostart_dup_user_path:
 *
 * Returns: (transfer full): where the user's autostart entry of the
 *   reminder service is, in `$XDG_CONFIG_HOME/autostart`
 */
char *
tandem_autostart_dup_user_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", ENTRY_NAME, NULL);
}

static char *
dup_source_path (void)
{
  const char *source = g_getenv ("TANDEM_AUTOSTART_SOURCE");

  if (source != NULL && source[0] != '\0')
    return g_strdup (source);

  return g_build_filename (PKGDATADIR, "autostart", ENTRY_NAME, NULL);
}

/* Whether a loaded entry starts anything, by the XDG rules. */
static gboolean
entry_is_enabled (GKeyFile *key_file)
{
  const char *group = G_KEY_FILE_DESKTOP_GROUP;

  if (g_key_file_get_boolean (key_file, group, G_KEY_FILE_DESKTOP_KEY_HIDDEN, NULL))
    return FALSE;
  if (g_key_file_has_key (key_file, group, "X-GNOME-Autostart-enabled", NULL) &&
      !g_key_file_get_boolean (key_file, group, "X-GNOME-Autostart-enabled", NULL))
    return FALSE;

  return TRUE;
}

static GKeyFile *
load_entry (const char *path)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();

  if (!g_key_file_load_from_file (key_file, path,
                                  G_KEY_FILE_KEEP_COMMENTS | G_KEY_FILE_KEEP_TRANSLATIONS,
                                  NULL))
    return NULL;

  return g_steal_pointer (&key_file);
}

/**
 * tandem_autostart_get_enabled:
 *
 * Says whether the reminder service starts at login: the user's entry
 * decides when there is one, else an entry in a system autostart folder.
 *
 * Returns: %TRUE if an autostart entry starts the reminder service
 */
gboolean
tandem_autostart_get_enabled (void)
{
  g_autofree char *user_path = tandem_autostart_dup_user_path ();
  g_autoptr(GKeyFile) user_entry = load_entry (user_path);
  const char * const *dirs = g_get_system_config_dirs ();

  if (user_entry != NULL)
    return entry_is_enabled (user_entry);

  for (guint i = 0; dirs[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dirs[i], "autostart", ENTRY_NAME, NULL);
      g_autoptr(GKeyFile) entry = load_entry (path);

      if (entry != NULL)
        return entry_is_enabled (entry);
    }

  return FALSE;
}

/**
 * tandem_autostart_set_enabled:
 * @enabled: whether the reminder service should start at login
 * @error: a #GError with a sentence for people
 *
 * Writes the user's autostart entry of the reminder service: a copy of the
 * installed entry when @enabled, the same entry with Hidden=true otherwise.
 *
 * Returns: %TRUE on success
 */
gboolean
tandem_autostart_set_enabled (gboolean   enabled,
                              GError   **error)
{
  g_autofree char *user_path = tandem_autostart_dup_user_path ();
  g_autofree char *source_path = dup_source_path ();
  g_autofree char *dir = g_path_get_dirname (user_path);
  g_autoptr(GKeyFile) entry = load_entry (source_path);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  if (entry == NULL)
    {
      entry = g_key_file_new ();
      g_key_file_load_from_data (entry, fallback_entry, -1, G_KEY_FILE_NONE, NULL);
    }

  if (enabled)
    {
      g_key_file_remove_key (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_HIDDEN, NULL);
      g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", TRUE);
    }
  else
    {
      g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_HIDDEN, TRUE);
    }

  data = g_key_file_to_data (entry, &length, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents (user_path, data, (gssize) length, &local_error))
    {
      g_debug ("Cannot write %s: %s", user_path,
               local_error ? local_error->message : g_strerror (errno));
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is a folder */
                   _("The reminder service’s start-up entry could not be written in %s. "
                     "Check that the folder can be written to."),
                   dir);
      return FALSE;
    }

  return TRUE;
}

/**
 * tandem_autostart_ensure_default:
 * @wanted: the `remind-when-closed` setting
 *
 * Writes the user's autostart entry the first time, when reminders are
 * wanted while Tandem is closed (the default) and the entry is installed.
 * An entry the user already has, switched on or off, is left alone, and an
 * uninstalled build writes nothing.
 */
void
tandem_autostart_ensure_default (gboolean wanted)
{
  g_autofree char *user_path = tandem_autostart_dup_user_path ();
  g_autofree char *source_path = dup_source_path ();
  g_autoptr(GError) error = NULL;

  if (!wanted || g_file_test (user_path, G_FILE_TEST_EXISTS) ||
      !g_file_test (source_path, G_FILE_TEST_IS_REGULAR))
    return;

  if (!tandem_autostart_set_enabled (TRUE, &error))
    g_warning ("%s", error->message);
}
