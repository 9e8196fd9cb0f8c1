/* test-chart.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-chart"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "tandem-chart.h"
#include "tandem-test-util.h"

#define DAY G_TIME_SPAN_DAY
/* 3 March 2026, 12:00 UTC */
#define MARCH_3 ((gint64) 1772539200 * G_USEC_PER_SEC)

static void
test_decimate_small (void)
{
  TandemChartPoint points[] = { { 0, 1 }, { DAY, 2 }, { 2 * DAY, 3 } };
  g_autofree guint *kept = NULL;
  guint n_kept = 0;

  kept = tandem_chart_decimate (points, 3, 0, 2 * DAY, 100, &n_kept);
  g_assert_cmpuint (n_kept, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (kept[i], ==, i);
}

/* Five years of daily values, a dip and a spike on single days: both
 * survive decimation into 300 columns, as do the first and the last day. */
static void
test_decimate_keeps_extremes (void)
{
  guint n = 5 * 365;
  g_autofree TandemChartPoint *points = g_new0 (TandemChartPoint, n);
  g_autofree guint *kept = NULL;
  guint n_kept = 0;
  gboolean saw_min = FALSE, saw_max = FALSE, saw_first = FALSE, saw_last = FALSE;

  for (guint i = 0; i < n; i++)
    {
      points[i].time = MARCH_3 + i * DAY;
      points[i].value = 10 + 3 * sin (i / 20.0);
    }
  points[777].value = -5;
  points[1234].value = 40;

  kept = tandem_chart_decimate (points, n, points[0].time, points[n - 1].time, 300, &n_kept);
  g_assert_cmpuint (n_kept, <=, 4 * 301);
  g_assert_cmpuint (n_kept, <, n);

  for (guint i = 0; i < n_kept; i++)
    {
      if (i > 0)
        g_assert_cmpuint (kept[i], >, kept[i - 1]);
      saw_min |= kept[i] == 777;
      saw_max |= kept[i] == 1234;
      saw_first |= kept[i] == 0;
      saw_last |= kept[i] == n - 1;
    }

  g_assert_true (saw_min);
  g_assert_true (saw_max);
  g_assert_true (saw_first);
  g_assert_true (saw_last);
}

static void
test_chart_data_and_summary (void)
{
  TandemChartPoint points[] = {
    { MARCH_3, 18, FALSE },
    { MARCH_3 + 30 * DAY, 14, TRUE },
    { MARCH_3 + 91 * DAY, 9, FALSE },
  };
  GtkWidget *window;
  TandemChart *chart;
  g_autofree char *text = NULL;

  chart = TANDEM_CHART (tandem_chart_new ());
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 300);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (chart));

  g_assert_cmpstr (tandem_chart_get_summary (chart), ==, "Chart without results");

  tandem_chart_set_y_range (chart, 0, 27);
  tandem_chart_add_band (chart, 0, 4, "Minimal");
  tandem_chart_add_band (chart, 5, 9, "Mild");
  tandem_chart_add_band (chart, 10, 14, "Moderate");
  tandem_chart_add_band (chart, 15, 19, "Moderately severe");
  tandem_chart_add_band (chart, 20, 27, "Severe");
  tandem_chart_set_caseness (chart, 10);
  tandem_chart_add_event (chart, MARCH_3 + 10 * DAY, "Therapy session");
  g_assert_cmpuint (tandem_chart_add_series (chart, "PHQ-9", points, G_N_ELEMENTS (points)), ==, 0);
  g_assert_cmpuint (tandem_chart_get_n_series (chart), ==, 1);

  /* The dates depend on the time zone; TZ is Europe/Berlin in tests. */
  g_assert_cmpstr (tandem_chart_get_summary (chart), ==, "PHQ-9: 18 on 3 March, 9 on 2 June");
  tandem_chart_set_summary (chart, "PHQ-9: 18 on 3 March, 9 on 2 June: 9 points lower, a reliable improvement");
  g_assert_cmpstr (tandem_chart_get_summary (chart), ==,
                   "PHQ-9: 18 on 3 March, 9 on 2 June: 9 points lower, a reliable improvement");

  text = tandem_chart_dup_point_text (chart, 1);
  g_assert_cmpstr (text, ==, "2 April: 14, Moderate (needs follow-up)");
  g_clear_pointer (&text, g_free);
  text = tandem_chart_dup_point_text (chart, 2);
  g_assert_cmpstr (text, ==, "2 June: 9, Mild");

  gtk_window_present (GTK_WINDOW (window));
  tandem_test_iterate ();

  g_assert_cmpint (tandem_chart_get_focus_point (chart), ==, -1);
  tandem_chart_set_focus_point (chart, 2);
  g_assert_cmpint (tandem_chart_get_focus_point (chart), ==, 2);
  tandem_chart_set_focus_point (chart, 99);
  g_assert_cmpint (tandem_chart_get_focus_point (chart), ==, -1);
  g_assert_cmpuint (tandem_chart_get_n_drawn (chart, 0), ==, 3);

  /* PNG and SVG export draw the same chart. */
  {
    g_autofree char *dir = g_dir_make_tmp ("test-chart-XXXXXX", NULL);
    g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
    g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
    g_autofree char *bad = g_build_filename (dir, "missing", "chart.png", NULL);
    g_autofree char *contents = NULL;
    g_autoptr(GError) error = NULL;
    cairo_surface_t *image;

    g_assert_true (tandem_chart_export (chart, png, "png", 400, 200, &error));
    g_assert_no_error (error);
    image = cairo_image_surface_create_from_png (png);
    g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (image), ==, 400);
    cairo_surface_destroy (image);

    g_assert_true (tandem_chart_export (chart, svg, "svg", 400, 200, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "<svg"));

    g_assert_false (tandem_chart_export (chart, bad, "png", 400, 200, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);

    /* The widget keeps its own layout. */
    g_assert_cmpuint (tandem_chart_get_n_drawn (chart, 0), ==, 3);

    g_unlink (png);
    g_unlink (svg);
    g_rmdir (dir);
  }

  tandem_chart_clear (chart);
  g_assert_cmpuint (tandem_chart_get_n_series (chart), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A five-year daily series in a 600 px chart: fewer points drawn than
 * given, and drawing it takes … (printed, not asserted). */
static void
test_chart_long_series (void)
{
  guint n = 5 * 365;
  g_autofree TandemChartPoint *points = g_new0 (TandemChartPoint, n);
  cairo_surface_t *surface;
  TandemChart *chart;
  GtkWidget *window;
  gint64 start;
  cairo_t *cr;

  for (guint i = 0; i < n; i++)
    {
      points[i].time = MARCH_3 + i * DAY;
      points[i].value = 12 + 6 * sin (i / 30.0);
    }

  chart = TANDEM_CHART (tandem_chart_new ());
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 300);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (chart));
  tandem_chart_set_y_range (chart, 0, 27);
  tandem_chart_add_series (chart, "PHQ-9", points, n);
  gtk_window_present (GTK_WINDOW (window));
  tandem_test_iterate ();

  g_assert_cmpuint (tandem_chart_get_n_drawn (chart, 0), <, n);
  g_assert_cmpuint (tandem_chart_get_n_drawn (chart, 0), >, 0);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 300);
  cr = cairo_create (surface);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 10; i++)
    tandem_chart_draw (chart, cr, 600, 300);
  g_test_message ("drawing a 5-year daily series (%u points, %u drawn) at 600×300: %.2f ms",
                  n, tandem_chart_get_n_drawn (chart, 0),
                  (g_get_monotonic_time () - start) / 10 / 1000.0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!tandem_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/ui/chart/decimate-small", test_decimate_small);
  g_test_add_func ("/ui/chart/decimate-keeps-extremes", test_decimate_keeps_extremes);
  g_test_add_func ("/ui/chart/data-and-summary", test_chart_data_and_summary);
  g_test_add_func ("/ui/chart/long-series", test_chart_long_series);

  return g_test_run ();
}
