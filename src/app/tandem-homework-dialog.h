/* tandem-homework-dialog.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_HOMEWORK_DIALOG (tandem_homework_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemHomeworkDialog, tandem_homework_dialog, TANDEM, HOMEWORK_DIALOG, AdwWindow)

GtkWidget      *tandem_homework_dialog_new          (GtkWindow            *parent,
                                                     TandemStore          *store,
                                                     TandemPerson         *person,
                                                     TandemHomework       *homework,
                                                     gboolean              assign);
TandemHomework *tandem_homework_dialog_get_homework (TandemHomeworkDialog *self);
const char     *tandem_homework_dialog_get_due      (TandemHomeworkDialog *self);
void            tandem_homework_dialog_set_due      (TandemHomeworkDialog *self,
                                                     const char           *day);
gboolean        tandem_homework_dialog_save         (TandemHomeworkDialog *self,
                                                     GError              **error);

G_END_DECLS
