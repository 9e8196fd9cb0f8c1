/* tandem-check-in-dialog.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CHECK_IN_DIALOG (tandem_check_in_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemCheckInDialog, tandem_check_in_dialog, TANDEM, CHECK_IN_DIALOG, AdwWindow)

GtkWidget  *tandem_check_in_dialog_new     (GtkWindow           *parent,
                                            TandemStore         *store,
                                            gint64               person_id,
                                            const char          *day,
                                            gint64               goal_id);
const char *tandem_check_in_dialog_get_day (TandemCheckInDialog *self);
void        tandem_check_in_dialog_set_day (TandemCheckInDialog *self,
                                            const char          *day);
gboolean    tandem_check_in_dialog_save    (TandemCheckInDialog *self,
                                            GError             **error);
void        tandem_check_in_dialog_focus_goal (TandemCheckInDialog *self,
                                               gint64               goal_id);

G_END_DECLS
