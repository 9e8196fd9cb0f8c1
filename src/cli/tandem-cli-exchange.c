/* tandem-cli-exchange.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-cli-private.h"

/* export, import ---------------------------------------------------------- */

/* Health data: only the person who wrote the file may read it. */
static gboolean
write_private_file (const char  *path,
                    GBytes      *bytes,
                    GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return g_file_set_contents_full (path, data, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

int
tandem_cli_command_export (CliContext  *context,
                           int          argc,
                           char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *person_text = NULL;
  g_autofree char *format = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *what = NULL;
  g_autofree char *output = NULL;
  TandemExchangeKind kind = TANDEM_EXCHANGE_KIND_ALL;
  gint64 person_id;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person_text, N_("Whose records: a person’s id or UUID"), N_("PERSON") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("“bundle” to exchange with Tandem elsewhere, or “csv” for spreadsheets"), N_("FORMAT") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text,
      N_("Which records go into a bundle: “plan”, “progress” or “all” (the default)"), N_("KIND") },
    { "what", 0, 0, G_OPTION_ARG_STRING, &what,
      N_("What a CSV file holds: “check-ins” (the default) or “responses”"), N_("WHAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { NULL }
  };

  if ((status = tandem_cli_parse_options ("export", NULL,
                                          _("Writes a person’s records to a file: a bundle for Tandem on another computer, or CSV for a spreadsheet. The file can be read only by you."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“export” takes no arguments, but got “%s”."), argv[1]);
  if (person_text == NULL)
    return tandem_cli_usage_error (_("--person needs the id or UUID of a person."));
  if (g_strcmp0 (format, "bundle") != 0 && g_strcmp0 (format, "csv") != 0)
    return tandem_cli_usage_error (_("--format must be “bundle” or “csv”."));
  if (kind_text != NULL && (!g_str_equal (format, "bundle") || !tandem_exchange_kind_from_nick (kind_text, &kind)))
    return tandem_cli_usage_error (_("--kind must be “plan”, “progress” or “all”, and only for a bundle."));
  if (what != NULL && (!g_str_equal (format, "csv") ||
                       (!g_str_equal (what, "check-ins") && !g_str_equal (what, "responses"))))
    return tandem_cli_usage_error (_("--what must be “check-ins” or “responses”, and only for CSV."));
  if (output == NULL)
    return tandem_cli_usage_error (_("-o needs the file to write."));

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(person = tandem_cli_find_person (store, person_text, &error)))
    return tandem_cli_fail_with (error);
  person_id = tandem_record_get_id (TANDEM_RECORD (person));

  if (g_str_equal (format, "bundle"))
    bytes = tandem_exchange_export (store, person_id, kind, &error);
  else if (what != NULL && g_str_equal (what, "responses"))
    bytes = tandem_csv_export_responses (store, person_id, &error);
  else
    bytes = tandem_csv_export_check_ins (store, person_id, &error);

  if (bytes == NULL || !write_private_file (output, bytes, &error))
    return tandem_cli_fail_with (error);

  return TANDEM_CLI_OK;
}

int
tandem_cli_command_import (CliContext  *context,
                           int          argc,
                           char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *person_text = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  gboolean dry_run = FALSE;
  gint64 person_id = 0;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person_text,
      N_("Whose records the bundle holds here: a person’s id or UUID"), N_("PERSON") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Only say what importing would change"), NULL },
    { NULL }
  };

  if ((status = tandem_cli_parse_options ("import", _("FILE"),
                                          _("Merges a bundle from Tandem on another computer into the database and prints what was added, changed and removed, as JSON. A bundle with any problem changes nothing."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return tandem_cli_usage_error (_("“import” needs the bundle file to read."));

  if (!g_file_get_contents (argv[1], &contents, &length, &error))
    return tandem_cli_fail_with (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  if (!(store = tandem_store_open (context->db_path, &error)))
    return tandem_cli_fail_with (error);

  if (person_text != NULL)
    {
      if (!(person = tandem_cli_find_person (store, person_text, &error)))
        return tandem_cli_fail_with (error);
      person_id = tandem_record_get_id (TANDEM_RECORD (person));
    }

  if (dry_run)
    plan = tandem_exchange_preview (store, bytes, person_id, &error);
  else if (!tandem_exchange_import (store, bytes, person_id, &plan, &error))
    g_clear_pointer (&plan, tandem_import_plan_free);

  if (plan == NULL)
    {
      if (person_id == 0 && g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
        {
          g_autofree char *message = g_strdup_printf ("%s %s", error->message,
                                                      _("Name the person with --person."));

          tandem_cli_print_error (message);
          return TANDEM_CLI_FAILED;
        }
      return tandem_cli_fail_with (error);
    }

  node = tandem_import_plan_to_json (plan);
  json_object_set_boolean_member (json_node_get_object (node), "dry-run", dry_run);
  tandem_cli_print_json (node);
  return TANDEM_CLI_OK;
}
