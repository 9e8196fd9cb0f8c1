/* test-report-print.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-report-print"

#include "config.h"

#include <string.h>

#include "tandem-report-dialog.h"
#include "tandem-report-print.h"
#include "tandem-test-util.h"
#include "tandem-window.h"

/* Printing the progress report goes through the same layout as the PDF
 * file: GTK's print operation, exported to PDF without a dialog, has as
 * many pages as the report, and the window's actions open the period
 * dialog. */

static TandemStore *
open_demo_store (char **dir)
{
  g_autoptr(GError) error = NULL;
  TandemDemoOptions options = { .profile = TANDEM_DEMO_PROFILE_CLIENT, .seed = 1, .today = "2026-11-22" };
  TandemStore *store = tandem_test_open_store (dir);

  tandem_demo_fill (store, &options, &error);
  g_assert_no_error (error);

  return store;
}

static guint
pdf_pages (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  const char *argv[] = { "pdfinfo", path, NULL };
  const char *line;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &info, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  line = strstr (info, "\nPages:");
  g_assert_nonnull (line);

  return (guint) g_ascii_strtoull (line + strlen ("\nPages:") + strspn (line + strlen ("\nPages:"), " "), NULL, 10);
}

static void
test_print_page_count (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *written = NULL;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autoptr(TandemStore) store = open_demo_store (&dir);
  g_autoptr(TandemReport) report = NULL;
  g_autoptr(TandemReport) same = NULL;
  g_autoptr(TandemReportPrint) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  int n_pages = 0;

  report = tandem_report_new (store, 1, "2026-08-23", "2026-11-22", &error);
  g_assert_no_error (error);
  same = tandem_report_new (store, 1, "2026-08-23", "2026-11-22", &error);
  g_assert_no_error (error);

  printed = g_build_filename (dir, "printed.pdf", NULL);
  written = g_build_filename (dir, "written.pdf", NULL);

  operation = tandem_report_print_new (report);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), printed);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  /* The print context was A4 in points: the layout is the PDF file's. */
  g_object_get (operation, "n-pages", &n_pages, NULL);
  g_assert_cmpint (n_pages, >=, 3);
  g_assert_cmpint (n_pages, ==, (int) tandem_report_get_n_pages (same));
  g_assert_cmpfloat_with_epsilon (tandem_report_get_page_width (report), TANDEM_REPORT_A4_WIDTH, 0.5);
  g_assert_cmpfloat_with_epsilon (tandem_report_get_page_height (report), TANDEM_REPORT_A4_HEIGHT, 0.5);

  g_assert_true (tandem_report_write_pdf (same, written, &error));
  g_assert_no_error (error);

  if (pdfinfo != NULL)
    {
      g_assert_cmpuint (pdf_pages (printed), ==, (guint) n_pages);
      g_assert_cmpuint (pdf_pages (written), ==, (guint) n_pages);
    }
  else
    {
      g_test_message ("pdfinfo is not installed; page counts of the files not compared");
    }

  g_clear_object (&operation);
  g_clear_object (&store);
  tandem_test_remove_dir (dir);
}

static TandemReportDialog *
find_report_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (TANDEM_IS_REPORT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return TANDEM_REPORT_DIALOG (window);
    }

  return NULL;
}

static void
test_window_actions (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(TandemStore) store = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GtkWidget *window;
  TandemReportDialog *dialog;

  tandem_test_reset_settings ();
  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "profile", "client");
  store = open_demo_store (&dir);

  window = GTK_WIDGET (tandem_window_new (NULL, store));
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  tandem_test_iterate ();

  g_assert_nonnull (tandem_window_get_person (TANDEM_WINDOW (window)));
  g_assert_true (gtk_widget_activate_action (window, "win.export-report", NULL));
  tandem_test_iterate ();
  dialog = find_report_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (tandem_report_dialog_get_print (dialog));
  g_assert_cmpint (tandem_report_dialog_get_period (dialog), ==, TANDEM_REPORT_PERIOD_FOUR_WEEKS);
  g_assert_true (tandem_report_dialog_get_days (dialog, &from, &to));
  g_assert_cmpint (tandem_date_days_between (from, to), ==, 27);
  g_clear_pointer (&from, g_free);
  g_clear_pointer (&to, g_free);

  /* A client without sessions cannot choose "since the last session". */
  g_assert_false (gtk_widget_get_sensitive (tandem_test_get_child (dialog, TANDEM_TYPE_REPORT_DIALOG,
                                                                   "since_session_row")));
  tandem_report_dialog_set_period (dialog, TANDEM_REPORT_PERIOD_THREE_MONTHS);
  g_assert_cmpint (tandem_report_dialog_get_period (dialog), ==, TANDEM_REPORT_PERIOD_THREE_MONTHS);
  gtk_window_close (GTK_WINDOW (dialog));
  tandem_test_iterate ();
  g_assert_null (find_report_dialog ());

  g_assert_true (gtk_widget_activate_action (window, "win.print-report", NULL));
  tandem_test_iterate ();
  dialog = find_report_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (tandem_report_dialog_get_print (dialog));
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "accept"), ==, "_Print…");
  gtk_window_close (GTK_WINDOW (dialog));
  tandem_test_iterate ();

  gtk_window_destroy (GTK_WINDOW (window));
  tandem_test_iterate ();
  g_assert_finalize_object (window);
  g_clear_object (&store);
  tandem_test_remove_dir (dir);
  tandem_test_reset_settings ();
}

int
main (int   argc,
      char *argv[])
{
  if (!tandem_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/report-print/page-count", test_print_page_count);
  g_test_add_func ("/report-print/window-actions", test_window_actions);

  return g_test_run ();
}
