/* bench-month-switch.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Switching month on the Check-ins page, query and layout included: the
 * page shows a client of the reference database in a window, goes back one
 * month at a time, and measures each switch as the time spent handling it
 * (reading the month, the streak and the goal summaries, re-setting the 42
 * cells) plus the time of the frame that lays it out and paints it. The
 * wait for the frame clock's next tick is not counted.
 *
 *   tandem-headless -- bench-month-switch DATABASE [SWITCHES]
 *
 * Prints the median and the largest switch on stdout. Use a copy of the
 * reference database: the store may upgrade it.
 */

#define G_LOG_DOMAIN "bench-month-switch"

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>

#include "tandem-check-ins-page.h"
#include "tandem-month-view.h"

typedef struct
{
  gint64   layout_start;
  gint64   painted;
} Frame;

static void
on_layout_cb (GdkFrameClock *clock,
              Frame         *frame)
{
  if (frame->layout_start == 0)
    frame->layout_start = g_get_monotonic_time ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Frame         *frame)
{
  if (frame->layout_start != 0 && frame->painted == 0)
    frame->painted = g_get_monotonic_time ();
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
wait_for_frame (Frame *frame)
{
  while (frame->painted == 0)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GListStore) persons = NULL;
  g_autoptr(TandemPerson) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *times = NULL;
  g_autofree double *handling = NULL;
  GtkWidget *window, *page;
  TandemMonthView *view;
  GdkFrameClock *clock;
  Frame frame = { 0, 0 };
  int n_switches;

  if (argc < 2)
    {
      fprintf (stderr, "Usage: %s DATABASE [SWITCHES]\n", argv[0]);
      return 2;
    }
  n_switches = argc > 2 ? atoi (argv[2]) : 36;
  if (n_switches < 1)
    n_switches = 36;

  gtk_init ();
  adw_init ();

  if (!(store = tandem_store_open (argv[1], &error)) ||
      !(persons = tandem_store_list_persons (store, FALSE, &error)))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  /* The last person listed: a client with five years of check-ins. */
  client = g_list_model_get_item (G_LIST_MODEL (persons),
                                  g_list_model_get_n_items (G_LIST_MODEL (persons)) - 1);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  page = tandem_check_ins_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), page);
  g_object_set (page, "store", store, "therapist-profile", TRUE, "person", client, NULL);
  gtk_window_present (GTK_WINDOW (window));

  view = TANDEM_MONTH_VIEW (gtk_widget_get_template_child (page, TANDEM_TYPE_CHECK_INS_PAGE,
                                                          "month_view"));
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "layout", G_CALLBACK (on_layout_cb), &frame);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &frame);

  /* The first frame, and one warm-up switch. */
  frame.layout_start = 1;
  wait_for_frame (&frame);

  times = g_new0 (double, n_switches);
  handling = g_new0 (double, n_switches);
  for (int i = -1; i < n_switches; i++)
    {
      gint64 start, handled;

      frame.layout_start = frame.painted = 0;
      start = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (view), "calendar.previous-month", NULL);
      handled = g_get_monotonic_time ();
      wait_for_frame (&frame);

      if (i >= 0)
        {
          handling[i] = (handled - start) / 1000.0;
          times[i] = handling[i] + (frame.painted - frame.layout_start) / 1000.0;
        }
    }

  qsort (times, n_switches, sizeof *times, compare_doubles);
  qsort (handling, n_switches, sizeof *handling, compare_doubles);
  printf ("month-switch median %.2f ms max %.2f ms, of which reading and re-setting "
          "median %.2f ms (%d switches, %s)\n",
          times[n_switches / 2], times[n_switches - 1], handling[n_switches / 2],
          n_switches, tandem_person_get_display_name (client));

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
