/* tandem-report-print.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-report-print"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-report-print.h"

/* Prints a progress report through GTK's print dialog. The report lays
 * itself out again for the paper the dialog chose and draws each page with
 * the same code that writes the PDF file. */

struct _TandemReportPrint
{
  GtkPrintOperation  parent_instance;

  TandemReport      *report;
};

G_DEFINE_FINAL_TYPE (TandemReportPrint, tandem_report_print, GTK_TYPE_PRINT_OPERATION)

static void
tandem_report_print_begin_print (GtkPrintOperation *operation,
                                 GtkPrintContext   *context)
{
  TandemReportPrint *self = TANDEM_REPORT_PRINT (operation);

  tandem_report_set_page_size (self->report,
                               gtk_print_context_get_width (context),
                               gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, tandem_report_get_n_pages (self->report));
}

static void
tandem_report_print_draw_page (GtkPrintOperation *operation,
                               GtkPrintContext   *context,
                               int                page)
{
  TandemReportPrint *self = TANDEM_REPORT_PRINT (operation);

  if (page >= 0 && (guint) page < tandem_report_get_n_pages (self->report))
    tandem_report_draw_page (self->report, gtk_print_context_get_cairo_context (context), page);
}

static void
tandem_report_print_finalize (GObject *object)
{
  TandemReportPrint *self = (TandemReportPrint *) object;

  g_clear_object (&self->report);

  G_OBJECT_CLASS (tandem_report_print_parent_class)->finalize (object);
}

static void
tandem_report_print_class_init (TandemReportPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = tandem_report_print_finalize;
  operation_class->begin_print = tandem_report_print_begin_print;
  operation_class->draw_page = tandem_report_print_draw_page;
}

static void
tandem_report_print_init (TandemReportPrint *self)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  /* The report keeps its own margins, the same as in the PDF file. */
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
}

/**
 * tandem_report_print_new:
 * @report: the report to print
 *
 * Returns: (transfer full): a print operation for @report on A4 paper
 *   unless the person chooses another
 */
TandemReportPrint *
tandem_report_print_new (TandemReport *report)
{
  TandemReportPrint *self;
  g_autofree char *job_name = NULL;

  g_return_val_if_fail (TANDEM_IS_REPORT (report), NULL);

  self = g_object_new (TANDEM_TYPE_REPORT_PRINT, NULL);
  self->report = g_object_ref (report);

  /* Translators: the print job's name; %s is the person's name */
  job_name = g_strdup_printf (_("Progress report – %s"), tandem_report_get_person_name (report));
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job_name);

  return self;
}

TandemReport *
tandem_report_print_get_report (TandemReportPrint *self)
{
  g_return_val_if_fail (TANDEM_IS_REPORT_PRINT (self), NULL);

  return self->report;
}
