/* tandem-export.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * TandemExportWhat:
 * @TANDEM_EXPORT_PLAN: a plan bundle, from a therapist for a client
 * @TANDEM_EXPORT_PROGRESS: a progress bundle, from a client for the therapist
 * @TANDEM_EXPORT_CHECK_INS_CSV: the person's check-ins as CSV
 * @TANDEM_EXPORT_RESPONSES_CSV: the person's questionnaire responses as CSV
 */
typedef enum
{
  TANDEM_EXPORT_PLAN,
  TANDEM_EXPORT_PROGRESS,
  TANDEM_EXPORT_CHECK_INS_CSV,
  TANDEM_EXPORT_RESPONSES_CSV,
} TandemExportWhat;

#define TANDEM_BUNDLE_SUFFIX ".tandem"

char     *tandem_export_dup_file_name (TandemExportWhat      what,
                                       const char           *person_name,
                                       const char           *day);
void      tandem_export_async         (const char           *db_path,
                                       gint64                person_id,
                                       TandemExportWhat      what,
                                       GFile                *file,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
gboolean  tandem_export_finish        (GAsyncResult         *result,
                                       GError              **error);

G_END_DECLS
