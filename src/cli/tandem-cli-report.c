/* tandem-cli-report.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-cli-private.h"
#include "tandem-report.h"

/* report ------------------------------------------------------------------- */

int
tandem_cli_command_report (CliContext  *context,
                           int          argc,
                           char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *person_text = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  int status;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person_text, N_("Whose report: a person’s id or UUID"), N_("PERSON") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The first day of the period, YYYY-MM-DD"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The last day of the period, YYYY-MM-DD"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), N_("FILE") },
    { NULL }
  };

  if ((status = tandem_cli_parse_options ("report", NULL,
                                          _("Writes a person’s progress report for a period as a PDF file: goals, questionnaire charts, the check-in calendar, homework and wins. The file can be read only by you."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“report” takes no arguments, but got “%s”."), argv[1]);
  if (person_text == NULL)
    return tandem_cli_usage_error (_("--person needs the id or UUID of a person."));
  if (from == NULL || to == NULL)
    return tandem_cli_usage_error (_("--from and --to need the first and the last day of the period, YYYY-MM-DD."));
  if (output == NULL)
    return tandem_cli_usage_error (_("-o needs the file to write."));
  if (!tandem_report_check_period (from, to, &error))
    return tandem_cli_usage_error ("%s", error->message);

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(person = tandem_cli_find_person (store, person_text, &error)) ||
      !(report = tandem_report_new (store, tandem_record_get_id (TANDEM_RECORD (person)), from, to, &error)) ||
      !tandem_report_write_pdf (report, output, &error))
    return tandem_cli_fail_with (error);

  return TANDEM_CLI_OK;
}
