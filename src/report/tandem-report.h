/* tandem-report.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "tandem-store.h"

G_BEGIN_DECLS

#define TANDEM_REPORT_ERROR (tandem_report_error_quark ())

/**
 * TandemReportError:
 * @TANDEM_REPORT_ERROR_INVALID_PERIOD: a day that does not exist, or a
 *   period that ends before it starts
 * @TANDEM_REPORT_ERROR_NO_SESSION: "since the last session" was asked for a
 *   person without a therapy session
 * @TANDEM_REPORT_ERROR_FAILED: drawing the PDF failed
 */
typedef enum
{
  TANDEM_REPORT_ERROR_INVALID_PERIOD,
  TANDEM_REPORT_ERROR_NO_SESSION,
  TANDEM_REPORT_ERROR_FAILED,
} TandemReportError;

/**
 * TandemReportPeriod:
 * @TANDEM_REPORT_PERIOD_FOUR_WEEKS: the last 28 days, today included
 * @TANDEM_REPORT_PERIOD_THREE_MONTHS: from the day after the same date three
 *   months ago up to today
 * @TANDEM_REPORT_PERIOD_SINCE_LAST_SESSION: from the day of the latest
 *   therapy session up to today
 *
 * The periods the application offers.
 */
typedef enum
{
  TANDEM_REPORT_PERIOD_FOUR_WEEKS,
  TANDEM_REPORT_PERIOD_THREE_MONTHS,
  TANDEM_REPORT_PERIOD_SINCE_LAST_SESSION,
} TandemReportPeriod;

/* ISO A4, in points. */
#define TANDEM_REPORT_A4_WIDTH  595.2756
#define TANDEM_REPORT_A4_HEIGHT 841.8898

#define TANDEM_TYPE_REPORT (tandem_report_get_type ())

G_DECLARE_FINAL_TYPE (TandemReport, tandem_report, TANDEM, REPORT, GObject)

GQuark        tandem_report_error_quark       (void);
gboolean      tandem_report_check_period      (const char          *from_day,
                                               const char          *to_day,
                                               GError             **error);
gboolean      tandem_report_period_get_days   (TandemStore         *store,
                                               gint64               person_id,
                                               TandemReportPeriod   period,
                                               const char          *today,
                                               char               **from_day,
                                               char               **to_day,
                                               GError             **error);

TandemReport *tandem_report_new               (TandemStore         *store,
                                               gint64               person_id,
                                               const char          *from_day,
                                               const char          *to_day,
                                               GError             **error);
const char   *tandem_report_get_person_name   (TandemReport        *self);
const char   *tandem_report_get_from_day      (TandemReport        *self);
const char   *tandem_report_get_to_day        (TandemReport        *self);
char         *tandem_report_dup_file_name     (TandemReport        *self);

void          tandem_report_set_page_size     (TandemReport        *self,
                                               double               width,
                                               double               height);
double        tandem_report_get_page_width    (TandemReport        *self);
double        tandem_report_get_page_height   (TandemReport        *self);
guint         tandem_report_get_n_pages       (TandemReport        *self);
void          tandem_report_draw_page         (TandemReport        *self,
                                               cairo_t             *cr,
                                               guint                page);

GBytes       *tandem_report_render_pdf        (TandemReport        *self,
                                               GError             **error);
gboolean      tandem_report_write_pdf         (TandemReport        *self,
                                               const char          *path,
                                               GError             **error);

G_END_DECLS
