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

G_END_DECLS
