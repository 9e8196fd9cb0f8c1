/* main.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "tandem-application.h"
#include "tandem-timing.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TandemApplication) app = NULL;

  tandem_timing_init ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Tandem"));

  app = tandem_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
