/* tandem-csv.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tandem-store.h"

G_BEGIN_DECLS

void    tandem_csv_append_field     (GString      *csv,
                                     const char   *field);
GBytes *tandem_csv_export_check_ins (TandemStore  *store,
                                     gint64        person_id,
                                     GError      **error);
GBytes *tandem_csv_export_responses (TandemStore  *store,
                                     gint64        person_id,
                                     GError      **error);

/**
 * TandemCsvImportCounts:
 * @rows: the rows read, header and blank lines not counted
 * @added: check-ins that were not here
 * @changed: check-ins here that the file has a newer version of
 * @unchanged: rows that changed nothing (the same or an older version, or
 *   a check-in deleted here after the file's version)
 */
typedef struct
{
  guint rows;
  guint added;
  guint changed;
  guint unchanged;
} TandemCsvImportCounts;

gboolean tandem_csv_import_check_ins (TandemStore            *store,
                                      gint64                  person_id,
                                      GInputStream           *input,
                                      gboolean                dry_run,
                                      TandemCsvImportCounts  *counts,
                                      GCancellable           *cancellable,
                                      GError                **error);

G_END_DECLS
