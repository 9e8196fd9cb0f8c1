/* tandem-cli-private.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "tandem-cli.h"
#include "tandem-core.h"

G_BEGIN_DECLS

typedef struct
{
  const char *db_path;  /* NULL: the default location */
} CliContext;

typedef int (*CommandFunc) (CliContext  *context,
                            int          argc,
                            char       **argv);

typedef struct
{
  const char  *name;
  CommandFunc  func;
  const char  *summary;  /* N_() */
} Command;

/* Shared by every command: messages on stderr as "tandem-cli: …", options,
 * JSON output, people by id or UUID, instants as local ISO 8601. */
void          tandem_cli_print_error    (const char    *message);
int           tandem_cli_usage_error    (const char    *format,
                                         ...) G_GNUC_PRINTF (1, 2);
int           tandem_cli_fail_with      (GError        *error);
int           tandem_cli_parse_options  (const char    *command,
                                         const char    *parameters,
                                         const char    *description,
                                         GOptionEntry  *entries,
                                         int           *argc,
                                         char        ***argv);
void          tandem_cli_print_json     (JsonNode      *node);
TandemPerson *tandem_cli_find_person    (TandemStore   *store,
                                         const char    *text,
                                         GError       **error);
char         *tandem_cli_format_instant (gint64         us);
void          tandem_cli_wake_reminders (void);

/* The commands, one file per area. */
int tandem_cli_command_goal          (CliContext *context, int argc, char **argv);
int tandem_cli_command_reminder      (CliContext *context, int argc, char **argv);
int tandem_cli_command_checkin       (CliContext *context, int argc, char **argv);
int tandem_cli_command_homework      (CliContext *context, int argc, char **argv);
int tandem_cli_command_clients       (CliContext *context, int argc, char **argv);
int tandem_cli_command_calendar      (CliContext *context, int argc, char **argv);
int tandem_cli_command_score         (CliContext *context, int argc, char **argv);
int tandem_cli_command_change        (CliContext *context, int argc, char **argv);
int tandem_cli_command_recovery      (CliContext *context, int argc, char **argv);
int tandem_cli_command_questionnaire (CliContext *context, int argc, char **argv);
int tandem_cli_command_response      (CliContext *context, int argc, char **argv);
int tandem_cli_command_export        (CliContext *context, int argc, char **argv);
int tandem_cli_command_import        (CliContext *context, int argc, char **argv);
int tandem_cli_command_report        (CliContext *context, int argc, char **argv);
int tandem_cli_command_overview      (CliContext *context, int argc, char **argv);

G_END_DECLS
