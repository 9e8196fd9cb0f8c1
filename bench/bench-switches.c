/* bench-switches.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a therapist waits for in session, on the reference database, read
 * from the application's own timing instrument (tandem-timing.c): Tandem's
 * main window in the therapist profile
 *
 *   - switches client on the Goals page and on the Check-ins page,
 *   - goes back a month at a time on the Check-ins page,
 *   - switches the chart's range on the Progress page,
 *
 * each measured from the input to the end of the frame that shows it (the
 * wait for the frame clock's tick left out, see tandem-timing.c). It also
 * draws a five-year daily chart of one goal into an image surface.
 *
 *   tandem-headless -- bench-switches DATABASE [COUNT [FIGURE]]
 *
 * With FIGURE (such as switch-month), only that figure is measured: for
 * profiling.
 *
 * Needs the settings of the therapist profile (run-bench.py sets them up).
 * Prints one line per figure: "NAME median X ms max Y ms handling Z ms".
 * Use a copy of the reference database: the store may upgrade it.
 */

#define G_LOG_DOMAIN "bench-switches"

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

#include "tandem-chart.h"
#include "tandem-check-ins-page.h"
#include "tandem-people-sidebar.h"
#include "tandem-progress-page.h"
#include "tandem-timing.h"
#include "tandem-window.h"

#define WAIT_US (5 * G_USEC_PER_SEC)

typedef struct
{
  GArray *totals;
  GArray *handling;
  guint   n_reports;
} Figures;

static Figures figures;

static void
on_timing_cb (const char *what,
              double      total_ms,
              double      handling_ms,
              gpointer    user_data)
{
  g_array_append_val (figures.totals, total_ms);
  g_array_append_val (figures.handling, handling_ms);
  figures.n_reports++;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static void
iterate_until (gint64 deadline,
               guint  n_reports)
{
  while (figures.n_reports < n_reports && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

/* Lets whatever an input started (idle fills, a frame) finish. */
static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + 100 * 1000;

  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static void
begin_figure (void)
{
  g_array_set_size (figures.totals, 0);
  g_array_set_size (figures.handling, 0);
  figures.n_reports = 0;
}

/* Runs @input @count times after one warm-up, each time until its frame is
 * reported, and prints the figure. */
static void
measure (const char *name,
         int         count,
         void      (*input) (int i, gpointer data),
         gpointer    data)
{
  guint missed = 0;

  input (-1, data);
  settle ();
  begin_figure ();

  for (int i = 0; i < count; i++)
    {
      guint before = figures.n_reports;

      input (i, data);
      iterate_until (g_get_monotonic_time () + WAIT_US, before + 1);
      if (figures.n_reports == before)
        missed++;
      settle ();
    }

  if (figures.totals->len == 0)
    {
      printf ("%s no frames reported\n", name);
      return;
    }

  {
    double handling = median (figures.handling);
    double total = median (figures.totals);

    printf ("%s median %.2f ms max %.2f ms handling %.2f ms (%u inputs, %u without a frame)\n",
            name, total, g_array_index (figures.totals, double, figures.totals->len - 1),
            handling, figures.totals->len, missed);
  }
}

/* Inputs ------------------------------------------------------------------- */

typedef struct
{
  GtkWidget            *window;
  TandemPeopleSidebar  *sidebar;
  GArray               *client_ids;
  GtkWidget            *month_view;
  TandemProgressPage   *progress_page;
} Bench;

static void
switch_client (int      i,
               gpointer data)
{
  Bench *bench = data;
  gint64 id = g_array_index (bench->client_ids, gint64,
                             (guint) (i + 1) % bench->client_ids->len);

  tandem_people_sidebar_select_person_id (bench->sidebar, id);
}

static void
switch_month (int      i,
              gpointer data)
{
  Bench *bench = data;

  gtk_widget_activate_action (bench->month_view, "calendar.previous-month", NULL);
}

static void
switch_range (int      i,
              gpointer data)
{
  static const char * const ranges[] = { "month", "3-months", "6-months", "year", "all" };
  Bench *bench = data;

  tandem_progress_page_set_range (bench->progress_page, ranges[(guint) (i + 1) % G_N_ELEMENTS (ranges)]);
}

static void
show_page (Bench      *bench,
           const char *name)
{
  gtk_widget_activate_action (bench->window, "win.show-page", "s", name);
  settle ();
}

/* The chart ---------------------------------------------------------------- */

/* One goal's daily values of the client with the most check-ins on a goal. */
static GArray *
read_daily_series (const char *path)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (TandemChartPoint));
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db,
                          "SELECT unixepoch (day), value FROM check_in"
                          " WHERE goal_id = (SELECT goal_id FROM check_in"
                          "                  WHERE goal_id IS NOT NULL AND value IS NOT NULL"
                          "                  ORDER BY id DESC LIMIT 1)"
                          "   AND value IS NOT NULL ORDER BY day",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      fprintf (stderr, "%s\n", sqlite3_errmsg (db));
      exit (1);
    }

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TandemChartPoint point = {
        .time = sqlite3_column_int64 (stmt, 0) * G_USEC_PER_SEC,
        .value = sqlite3_column_double (stmt, 1),
      };
      g_array_append_val (points, point);
    }

  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return points;
}

static void
chart_draw (const char *path)
{
  g_autoptr(GArray) points = read_daily_series (path);
  g_autoptr(GArray) draw = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) fresh = g_array_new (FALSE, FALSE, sizeof (double));
  TandemChart *chart;
  cairo_surface_t *surface;
  const int width = 900, height = 320, runs = 200;
  gint64 from, to;

  if (points->len < 2)
    {
      printf ("chart-draw no daily series\n");
      return;
    }

  chart = TANDEM_CHART (g_object_ref_sink (tandem_chart_new ()));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  from = g_array_index (points, TandemChartPoint, 0).time;
  to = g_array_index (points, TandemChartPoint, points->len - 1).time;

  for (int i = -1; i < runs; i++)
    {
      gint64 start, loaded, drawn;
      cairo_t *cr = cairo_create (surface);

      /* New data each time: the decimation is part of the cost. */
      start = g_get_monotonic_time ();
      tandem_chart_clear (chart);
      tandem_chart_set_y_range (chart, 0, 10);
      tandem_chart_set_time_range (chart, from, to);
      tandem_chart_set_goal_lines (chart, 2, 8);
      tandem_chart_add_series (chart, "Goal", (const TandemChartPoint *) (gpointer) points->data,
                               points->len);
      tandem_chart_draw (chart, cr, width, height);
      loaded = g_get_monotonic_time ();
      /* The same data again: a redraw, as after a resize or a theme change. */
      tandem_chart_draw (chart, cr, width, height);
      cairo_surface_flush (surface);
      drawn = g_get_monotonic_time ();
      cairo_destroy (cr);

      if (i >= 0)
        {
          double fresh_ms = (loaded - start) / 1000.0, draw_ms = (drawn - loaded) / 1000.0;

          g_array_append_val (fresh, fresh_ms);
          g_array_append_val (draw, draw_ms);
        }
    }

  {
    double fresh_median = median (fresh), draw_median = median (draw);

    printf ("chart-draw median %.3f ms max %.3f ms handling %.3f ms (%u points, %d draws)\n",
            fresh_median, g_array_index (fresh, double, fresh->len - 1),
            draw_median, points->len, runs);
  }

  cairo_surface_destroy (surface);
  g_object_unref (chart);
}

static gboolean
wanted (const char *only,
        const char *figure)
{
  return only == NULL || g_str_equal (only, figure);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GListStore) persons = NULL;
  g_autoptr(GError) error = NULL;
  Bench bench = { 0 };
  const char *only;
  int count;

  if (argc < 2)
    {
      fprintf (stderr, "Usage: %s DATABASE [COUNT]\n", argv[0]);
      return 2;
    }
  count = argc > 2 ? atoi (argv[2]) : 40;
  if (count < 1)
    count = 40;
  only = argc > 3 ? argv[3] : NULL;

  g_setenv ("TANDEM_TIMING", "1", TRUE);
  tandem_timing_init ();
  gtk_init ();
  adw_init ();

  figures.totals = g_array_new (FALSE, FALSE, sizeof (double));
  figures.handling = g_array_new (FALSE, FALSE, sizeof (double));
  tandem_timing_set_observer (on_timing_cb, NULL);

  if (wanted (only, "chart-draw"))
    chart_draw (argv[1]);

  if (!(store = tandem_store_open (argv[1], &error)) ||
      !(persons = tandem_store_list_persons (store, FALSE, &error)))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  bench.client_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (persons)) && bench.client_ids->len < 24; i++)
    {
      g_autoptr(TandemPerson) person = g_list_model_get_item (G_LIST_MODEL (persons), i);

      if (tandem_person_get_role (person) == TANDEM_PERSON_ROLE_CLIENT)
        {
          gint64 id = tandem_record_get_id (TANDEM_RECORD (person));
          g_array_append_val (bench.client_ids, id);
        }
    }
  if (bench.client_ids->len < 2)
    {
      fprintf (stderr, "The database has fewer than two clients\n");
      return 1;
    }

  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_set_string (settings, "profile", "therapist");
  }

  bench.window = GTK_WIDGET (tandem_window_new (NULL, store));
  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1100, 760);
  gtk_window_present (GTK_WINDOW (bench.window));
  settle ();

  bench.sidebar = TANDEM_PEOPLE_SIDEBAR (gtk_widget_get_template_child (bench.window, TANDEM_TYPE_WINDOW,
                                                                        "people_sidebar"));
  bench.progress_page = TANDEM_PROGRESS_PAGE (gtk_widget_get_template_child (bench.window, TANDEM_TYPE_WINDOW,
                                                                             "progress_page"));
  bench.month_view = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (gtk_widget_get_template_child (bench.window,
                                                                                                            TANDEM_TYPE_WINDOW,
                                                                                                            "check_ins_page")),
                                                                 TANDEM_TYPE_CHECK_INS_PAGE, "month_view"));

  if (wanted (only, "switch-client-goals"))
    {
      show_page (&bench, "goals");
      measure ("switch-client-goals", count, switch_client, &bench);
    }
  if (wanted (only, "switch-client-check-ins") || wanted (only, "switch-month"))
    show_page (&bench, "check-ins");
  if (wanted (only, "switch-client-check-ins"))
    measure ("switch-client-check-ins", count, switch_client, &bench);
  if (wanted (only, "switch-month"))
    measure ("switch-month", count, switch_month, &bench);
  if (wanted (only, "switch-client-progress") || wanted (only, "switch-range"))
    show_page (&bench, "progress");
  if (wanted (only, "switch-client-progress"))
    measure ("switch-client-progress", count, switch_client, &bench);
  if (wanted (only, "switch-range"))
    {
      /* A client with five years of questionnaires. */
      tandem_people_sidebar_select_person_id (bench.sidebar, g_array_index (bench.client_ids, gint64, 0));
      settle ();
      measure ("switch-range", count, switch_range, &bench);
    }

  gtk_window_destroy (GTK_WINDOW (bench.window));
  g_array_unref (bench.client_ids);
  g_array_unref (figures.totals);
  g_array_unref (figures.handling);

  return 0;
}
