/* tandem-report-print.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tandem-report.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_REPORT_PRINT (tandem_report_print_get_type ())

G_DECLARE_FINAL_TYPE (TandemReportPrint, tandem_report_print, TANDEM, REPORT_PRINT, GtkPrintOperation)

TandemReportPrint *tandem_report_print_new        (TandemReport      *report);
TandemReport      *tandem_report_print_get_report (TandemReportPrint *self);

G_END_DECLS
