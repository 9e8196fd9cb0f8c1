/* test-report.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-report"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "tandem-core.h"
#include "tandem-report.h"
#include "test-util.h"

/* The progress report of the demo data, written as a PDF file and read
 * back with poppler's pdfinfo, pdftotext and pdftoppm. */

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");

  return pdftotext != NULL && pdfinfo != NULL && pdftoppm != NULL;
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);

  return g_steal_pointer (&out);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };

  return run (argv);
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (argv);
  const char *line = strstr (info, "\nPages:");

  g_assert_nonnull (line);

  return (guint) g_ascii_strtoull (line + strlen ("\nPages:") + strspn (line + strlen ("\nPages:"), " "), NULL, 10);
}

static gboolean
text_contains (const char *haystack,
               const char *needle)
{
  /* pdftotext may break a line where the PDF wraps it. */
  g_autofree char *flat = g_strdup (haystack);

  g_strdelimit (flat, "\n", ' ');

  return strstr (flat, needle) != NULL;
}

static char *
fill_demo (const char        *dir,
           TandemDemoProfile  profile)
{
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;
  TandemDemoOptions options = { .profile = profile, .clients = 2, .seed = 1, .today = "2026-11-22" };

  store = tandem_store_open (path, &error);
  g_assert_no_error (error);
  tandem_demo_fill (store, &options, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static void
test_check_period (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_report_check_period ("2026-11-01", "2026-11-30", &error));
  g_assert_no_error (error);
  g_assert_true (tandem_report_check_period ("2026-11-01", "2026-11-01", &error));
  g_assert_no_error (error);

  g_assert_false (tandem_report_check_period ("2026-02-30", "2026-03-31", &error));
  g_assert_error (error, TANDEM_REPORT_ERROR, TANDEM_REPORT_ERROR_INVALID_PERIOD);
  g_assert_nonnull (strstr (error->message, "“2026-02-30” is not a day that exists"));
  g_assert_nonnull (strstr (error->message, "first day"));
  g_clear_error (&error);

  g_assert_false (tandem_report_check_period ("2026-01-01", "2026-13-01", &error));
  g_assert_error (error, TANDEM_REPORT_ERROR, TANDEM_REPORT_ERROR_INVALID_PERIOD);
  g_assert_nonnull (strstr (error->message, "last day"));
  g_clear_error (&error);

  g_assert_false (tandem_report_check_period ("2026-11-30", "2026-11-01", &error));
  g_assert_error (error, TANDEM_REPORT_ERROR, TANDEM_REPORT_ERROR_INVALID_PERIOD);
  g_assert_nonnull (strstr (error->message, "ends on 2026-11-01, before it starts on 2026-11-30"));
  g_clear_error (&error);
}

static void
test_period_choices (void)
{
  TestStore t;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) past = g_date_time_new_local (2026, 11, 10, 18, 30, 0);
  g_autoptr(GDateTime) future = g_date_time_new_local (2026, 11, 30, 9, 0, 0);
  g_autoptr(TandemTherapySession) earlier = NULL;
  g_autoptr(TandemTherapySession) later = NULL;
  char *from = NULL, *to = NULL;

  test_store_init (&t);

  g_assert_true (tandem_report_period_get_days (t.store, t.owner_id, TANDEM_REPORT_PERIOD_FOUR_WEEKS,
                                                "2026-11-22", &from, &to, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (from, ==, "2026-10-26");
  g_assert_cmpstr (to, ==, "2026-11-22");
  g_clear_pointer (&from, g_free);
  g_clear_pointer (&to, g_free);

  g_assert_true (tandem_report_period_get_days (t.store, t.owner_id, TANDEM_REPORT_PERIOD_THREE_MONTHS,
                                                "2026-05-31", &from, &to, &error));
  g_assert_no_error (error);
  /* 28 February is what is left of 31 February; the period starts the day after. */
  g_assert_cmpstr (from, ==, "2026-03-01");
  g_assert_cmpstr (to, ==, "2026-05-31");
  g_clear_pointer (&from, g_free);
  g_clear_pointer (&to, g_free);

  g_assert_false (tandem_report_period_get_days (t.store, t.owner_id, TANDEM_REPORT_PERIOD_SINCE_LAST_SESSION,
                                                 "2026-11-22", &from, &to, &error));
  g_assert_error (error, TANDEM_REPORT_ERROR, TANDEM_REPORT_ERROR_NO_SESSION);
  g_assert_null (from);
  g_clear_error (&error);

  /* The latest session up to today counts, not one still to come. */
  earlier = tandem_therapy_session_new (t.owner_id, g_date_time_to_unix (past) * G_USEC_PER_SEC);
  later = tandem_therapy_session_new (t.owner_id, g_date_time_to_unix (future) * G_USEC_PER_SEC);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (earlier), &error));
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (later), &error));
  g_assert_no_error (error);

  g_assert_true (tandem_report_period_get_days (t.store, t.owner_id, TANDEM_REPORT_PERIOD_SINCE_LAST_SESSION,
                                                "2026-11-22", &from, &to, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (from, ==, "2026-11-10");
  g_assert_cmpstr (to, ==, "2026-11-22");
  g_clear_pointer (&from, g_free);
  g_clear_pointer (&to, g_free);

  test_store_clear (&t);
}

static void
test_refusals (void)
{
  TestStore t;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemReport) report = NULL;

  test_store_init (&t);

  report = tandem_report_new (t.store, t.owner_id + 41, "2026-11-01", "2026-11-30", &error);
  g_assert_null (report);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  report = tandem_report_new (t.store, t.owner_id, "2026-11-31", "2026-12-30", &error);
  g_assert_null (report);
  g_assert_error (error, TANDEM_REPORT_ERROR, TANDEM_REPORT_ERROR_INVALID_PERIOD);
  g_clear_error (&error);

  report = tandem_report_new (t.store, t.owner_id, "2026-11-01", "2026-10-31", &error);
  g_assert_null (report);
  g_assert_error (error, TANDEM_REPORT_ERROR, TANDEM_REPORT_ERROR_INVALID_PERIOD);
  g_clear_error (&error);

  test_store_clear (&t);
}

static void
test_client_report (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *db = fill_demo (dir, TANDEM_DEMO_PROFILE_CLIENT);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *first_page = NULL;
  g_autofree char *last_page = NULL;
  g_autofree char *name = NULL;
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf info;
  guint n_pages, n_png = 0;

  store = tandem_store_open (db, &error);
  g_assert_no_error (error);
  report = tandem_report_new (store, 1, "2026-08-23", "2026-11-22", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_report_get_person_name (report), ==, "Alex");

  name = tandem_report_dup_file_name (report);
  g_assert_cmpstr (name, ==, "Tandem report – Alex – 2026-08 – 2026-11.pdf");

  n_pages = tandem_report_get_n_pages (report);
  g_assert_cmpuint (n_pages, >=, 3);
  g_assert_cmpuint (n_pages, <=, 8);

  g_assert_true (tandem_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (pdf, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  if (!have_poppler ())
    {
      g_test_skip ("poppler-utils (pdftotext, pdfinfo, pdftoppm) are not installed");
      test_remove_tree (dir);
      return;
    }

  g_assert_cmpuint (pdf_pages (pdf), ==, n_pages);

  text = pdf_text (pdf);
  first_page = g_strdup_printf ("Page 1 of %u", n_pages);
  last_page = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  for (guint i = 0; i < 2; i++)
    g_assert_true (text_contains (text, i == 0 ? first_page : last_page));
  g_assert_true (text_contains (text, "Progress report"));
  g_assert_true (text_contains (text, "Alex"));
  g_assert_true (text_contains (text, "23 August 2026 – 22 November 2026"));
  g_assert_true (text_contains (text, "Reduce my anxiety"));
  g_assert_true (text_contains (text, "GAD-7"));
  g_assert_true (text_contains (text, "Check-in calendar"));
  g_assert_true (text_contains (text, "November 2026"));
  g_assert_true (text_contains (text, "September 2026"));
  g_assert_true (text_contains (text, "Homework"));
  g_assert_true (text_contains (text, "Wins"));
  g_assert_true (text_contains (text, "Target met in"));

  /* Every page renders to a picture. */
  {
    const char *argv[] = { "pdftoppm", "-png", "-r", "30", pdf, prefix, NULL };
    g_autoptr(GDir) listing = NULL;
    const char *file;

    g_free (run (argv));

    listing = g_dir_open (dir, 0, &error);
    g_assert_no_error (error);
    while ((file = g_dir_read_name (listing)))
      if (g_str_has_prefix (file, "page") && g_str_has_suffix (file, ".png"))
        n_png++;
    g_assert_cmpuint (n_png, ==, n_pages);
  }

  test_remove_tree (dir);
}

static void
test_therapist_client_report (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *db = fill_demo (dir, TANDEM_DEMO_PROFILE_THERAPIST);
  g_autofree char *pdf = g_build_filename (dir, "client.pdf", NULL);
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  char *from = NULL, *to = NULL;

  store = tandem_store_open (db, &error);
  g_assert_no_error (error);

  /* A client with weekly or fortnightly sessions. */
  g_assert_true (tandem_report_period_get_days (store, 2, TANDEM_REPORT_PERIOD_SINCE_LAST_SESSION,
                                                "2026-11-22", &from, &to, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (from, >=, "2026-11-08");
  g_free (from);
  g_free (to);

  report = tandem_report_new (store, 2, "2026-09-01", "2026-11-22", &error);
  g_assert_no_error (error);
  g_assert_true (tandem_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);

  if (!have_poppler ())
    {
      g_test_skip ("poppler-utils are not installed");
      test_remove_tree (dir);
      return;
    }

  g_assert_cmpuint (pdf_pages (pdf), ==, tandem_report_get_n_pages (report));
  text = pdf_text (pdf);
  g_assert_true (text_contains (text, tandem_report_get_person_name (report)));
  g_assert_true (text_contains (text, "PHQ-9"));
  g_assert_true (text_contains (text, "GAD-7"));

  test_remove_tree (dir);
}

static void
test_empty_and_long (void)
{
  TestStore t;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemReport) report = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) title = g_string_new ("Spend");
  guint empty_pages;

  test_store_init (&t);
  pdf = g_build_filename (t.dir, "empty.pdf", NULL);

  report = tandem_report_new (t.store, t.owner_id, "2026-11-01", "2026-11-30", &error);
  g_assert_no_error (error);
  empty_pages = tandem_report_get_n_pages (report);
  g_assert_cmpuint (empty_pages, ==, 1);
  g_assert_true (tandem_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);
  if (have_poppler ())
    {
      text = pdf_text (pdf);
      g_assert_true (text_contains (text, "No goals were written yet."));
      g_assert_true (text_contains (text, "No questionnaires were taken in this period."));
      g_assert_true (text_contains (text, "No wins were marked in this period."));
      g_assert_true (text_contains (text, "Page 1 of 1"));
      g_clear_pointer (&text, g_free);
    }
  g_clear_object (&report);

  /* A title far wider than the page wraps: its last word is still there. */
  for (guint i = 0; i < 40; i++)
    g_string_append (title, " time outdoors with friends");
  g_string_append (title, " Zanzibar");
  goal = tandem_goal_new (t.owner_id, TANDEM_FRAMEWORK_PACT, title->str);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (goal), &error));
  g_assert_no_error (error);

  report = tandem_report_new (t.store, t.owner_id, "2026-11-01", "2026-11-30", &error);
  g_assert_no_error (error);
  g_assert_true (tandem_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);
  if (have_poppler ())
    {
      text = pdf_text (pdf);
      g_assert_true (text_contains (text, "Zanzibar"));
    }

  test_store_clear (&t);
}

static void
test_page_sizes (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *db = fill_demo (dir, TANDEM_DEMO_PROFILE_CLIENT);
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemReport) report = NULL;
  g_autoptr(GError) error = NULL;
  guint a4, a5;

  store = tandem_store_open (db, &error);
  g_assert_no_error (error);
  report = tandem_report_new (store, 1, "2026-08-23", "2026-11-22", &error);
  g_assert_no_error (error);
  a4 = tandem_report_get_n_pages (report);

  /* A5: the same content needs more pages, and each one draws cleanly. */
  tandem_report_set_page_size (report, 419.53, 595.28);
  a5 = tandem_report_get_n_pages (report);
  g_assert_cmpuint (a5, >, a4);
  for (guint page = 0; page < a5; page++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);

      tandem_report_draw_page (report, cr, page);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  tandem_report_set_page_size (report, TANDEM_REPORT_A4_WIDTH, TANDEM_REPORT_A4_HEIGHT);
  g_assert_cmpuint (tandem_report_get_n_pages (report), ==, a4);

  test_remove_tree (dir);
}

static void
test_write_failure (void)
{
  TestStore t;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemReport) report = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *existing = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  test_store_init (&t);
  missing = g_build_filename (t.dir, "no such folder", "report.pdf", NULL);
  existing = g_build_filename (t.dir, "old.pdf", NULL);

  report = tandem_report_new (t.store, t.owner_id, "2026-11-01", "2026-11-30", &error);
  g_assert_no_error (error);

  g_assert_false (tandem_report_write_pdf (report, missing, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "The report was not saved."));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Writing over a file replaces it whole, readable only by its owner. */
  test_write_file (existing, "old", 3);
  g_assert_cmpint (g_chmod (existing, 0644), ==, 0);
  before = test_read_bytes (existing);
  g_assert_true (tandem_report_write_pdf (report, existing, &error));
  g_assert_no_error (error);
  after = test_read_bytes (existing);
  g_assert_false (g_bytes_equal (before, after));
  g_assert_true (g_str_has_prefix (g_bytes_get_data (after, NULL), "%PDF-"));
  {
    GStatBuf info;

    g_assert_cmpint (g_stat (existing, &info), ==, 0);
    g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  }

  test_store_clear (&t);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/period/check", test_check_period);
  g_test_add_func ("/report/period/choices", test_period_choices);
  g_test_add_func ("/report/refusals", test_refusals);
  g_test_add_func ("/report/client", test_client_report);
  g_test_add_func ("/report/therapist-client", test_therapist_client_report);
  g_test_add_func ("/report/empty-and-long", test_empty_and_long);
  g_test_add_func ("/report/page-sizes", test_page_sizes);
  g_test_add_func ("/report/write-failure", test_write_failure);

  return g_test_run ();
}
