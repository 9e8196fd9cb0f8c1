/* tandem-report-dialog.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"
#include "tandem-report.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_REPORT_DIALOG (tandem_report_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemReportDialog, tandem_report_dialog, TANDEM, REPORT_DIALOG, AdwMessageDialog)

GtkWidget          *tandem_report_dialog_new        (GtkWindow          *parent,
                                                     TandemStore        *store,
                                                     TandemPerson       *person,
                                                     gboolean            print);
gboolean            tandem_report_dialog_get_print  (TandemReportDialog *self);
TandemReportPeriod  tandem_report_dialog_get_period (TandemReportDialog *self);
void                tandem_report_dialog_set_period (TandemReportDialog *self,
                                                     TandemReportPeriod  period);
gboolean            tandem_report_dialog_get_days   (TandemReportDialog *self,
                                                     char              **from_day,
                                                     char              **to_day);

G_END_DECLS
