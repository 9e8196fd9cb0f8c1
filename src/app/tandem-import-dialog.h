/* tandem-import-dialog.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_IMPORT_DIALOG (tandem_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemImportDialog, tandem_import_dialog, TANDEM, IMPORT_DIALOG, AdwWindow)

GtkWidget  *tandem_import_dialog_new            (GtkWindow          *parent,
                                                 TandemStore        *store,
                                                 GFile              *file,
                                                 gboolean            therapist,
                                                 gint64              person_id);
gboolean    tandem_import_dialog_is_loaded      (TandemImportDialog *self);
gboolean    tandem_import_dialog_is_bundle      (TandemImportDialog *self);
const char *tandem_import_dialog_get_problem    (TandemImportDialog *self);
gint64      tandem_import_dialog_get_person_id  (TandemImportDialog *self);
void        tandem_import_dialog_set_person_id  (TandemImportDialog *self,
                                                 gint64              person_id);

G_END_DECLS
