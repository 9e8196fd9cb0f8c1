/* tandem-add-client-dialog.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_ADD_CLIENT_DIALOG (tandem_add_client_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemAddClientDialog, tandem_add_client_dialog, TANDEM, ADD_CLIENT_DIALOG, AdwMessageDialog)

GtkWidget *tandem_add_client_dialog_new      (GtkWindow             *parent);
GtkWidget *tandem_add_client_dialog_new_rename (GtkWindow             *parent,
                                                const char            *name);
char      *tandem_add_client_dialog_dup_name (TandemAddClientDialog *self);

G_END_DECLS
