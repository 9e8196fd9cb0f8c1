/* tandem-schedule-dialog.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SCHEDULE_DIALOG (tandem_schedule_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemScheduleDialog, tandem_schedule_dialog, TANDEM, SCHEDULE_DIALOG, AdwWindow)

GtkWidget *tandem_schedule_dialog_new      (GtkWindow            *parent,
                                            TandemStore          *store,
                                            TandemPerson         *client);
gboolean   tandem_schedule_dialog_save     (TandemScheduleDialog *self);

G_END_DECLS
