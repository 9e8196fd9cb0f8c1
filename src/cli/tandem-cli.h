/* tandem-cli.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses: success, a failure the message explains, bad usage. */
#define TANDEM_CLI_OK      0
#define TANDEM_CLI_FAILED  1
#define TANDEM_CLI_USAGE   2

int tandem_cli_run (int    argc,
                    char **argv);

G_END_DECLS
