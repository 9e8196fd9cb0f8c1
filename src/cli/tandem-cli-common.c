/* tandem-cli-common.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "tandem-cli-private.h"

void
tandem_cli_print_error (const char *message)
{
  g_printerr ("tandem-cli: %s\n", message);
}

int
tandem_cli_usage_error (const char *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  tandem_cli_print_error (message);
  return TANDEM_CLI_USAGE;
}

int
tandem_cli_fail_with (GError *error)
{
  tandem_cli_print_error (error->message);
  return TANDEM_CLI_FAILED;
}

/* Parses a command's options; returns -1 to go on, or the exit status. */
int
tandem_cli_parse_options (const char    *command,
                          const char    *parameters,
                          const char    *description,
                          GOptionEntry  *entries,
                          int           *argc,
                          char        ***argv)
{
  g_autoptr(GOptionContext) option_context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *full = g_strdup_printf ("%s%s%s", command, parameters ? " " : "",
                                           parameters ? parameters : "");

  option_context = g_option_context_new (full);
  g_option_context_set_summary (option_context, description);
  g_option_context_add_main_entries (option_context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (option_context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (option_context, argc, argv, &error))
    return tandem_cli_usage_error ("%s", error->message);

  return -1;
}

void
tandem_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}


/* A person by row id or by UUID. */
TandemPerson *
tandem_cli_find_person (TandemStore  *store,
                        const char   *text,
                        GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  TandemPerson *person = NULL;
  gint64 id;

  if (g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &id, NULL))
    person = tandem_store_get (store, TANDEM_TYPE_PERSON, id, &local_error);
  else
    person = tandem_store_get_by_uuid (store, TANDEM_TYPE_PERSON, text, &local_error);

  if (person == NULL)
    {
      if (g_error_matches (local_error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
        g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                     _("There is no person with the id or UUID “%s”."), text);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
    }

  return person;
}

/* An instant (µs since the epoch) as local ISO 8601 with its offset, the
 * form every command prints: 2026-03-08T09:00:00+01:00. */
char *
tandem_cli_format_instant (gint64 us)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;

  return local ? g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z") : NULL;
}

/* Tells a running reminder service that reminders, check-ins, homework or
 * responses changed, so that it computes its schedule again at once (its
 * file monitor would notice too, a little later). Best effort: a service
 * that is not running is not started, and no session bus is no error. */
void
tandem_cli_wake_reminders (void)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bus_socket = NULL;
  const char *runtime_dir = g_getenv ("XDG_RUNTIME_DIR");
  const char *address = g_getenv ("DBUS_SESSION_BUS_ADDRESS");

  /* Connect only to a bus that is there: never launch one. */
  if (runtime_dir != NULL && runtime_dir[0] != '\0')
    bus_socket = g_build_filename (runtime_dir, "bus", NULL);
  if ((address == NULL || address[0] == '\0') &&
      (bus_socket == NULL || !g_file_test (bus_socket, G_FILE_TEST_EXISTS)))
    return;

  if (!(bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error)))
    {
      g_debug ("No session bus: %s", error->message);
      return;
    }

  reply = g_dbus_connection_call_sync (bus, APP_ID ".Reminders",
                                       "/io/github/tandemgoals/Tandem/Reminders",
                                       APP_ID ".Reminders1", "Reschedule",
                                       NULL, NULL, G_DBUS_CALL_FLAGS_NO_AUTO_START,
                                       2000, NULL, &error);
  if (reply == NULL)
    g_debug ("The reminder service was not told: %s", error->message);
}
