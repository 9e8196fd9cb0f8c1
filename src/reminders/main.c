/* main.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-reminders"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "tandem-reminder-service.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TandemReminderService) service = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Tandem Reminders"));

  service = tandem_reminder_service_new ();

  return tandem_reminder_service_run (service, argc, argv);
}
