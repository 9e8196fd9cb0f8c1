/* tandem-timing.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-timing"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "tandem-timing.h"

/* With TANDEM_TIMING set in the environment, the first window reports on
 * stderr when its first frame was drawn:
 *
 *   tandem-timing: first-frame <milliseconds since the process started>
 *
 * Tests wait for this line before they take screenshots, and the benchmark
 * reads the number. Without the variable nothing is measured or printed.
 *
 * It also measures what a person waits for after an input: switching
 * client, month or chart range. tandem_timing_begin() is called where the
 * input is handled; the measurement ends when the frame that shows the
 * result has been painted, and is reported as
 *
 *   tandem-timing: <what> <total ms> (handling <ms>)
 *
 * The total is the handling (from tandem_timing_begin() until the main loop
 * is free again) plus the frame (from its layout phase to the end of its
 * paint). The wait between the two, for the frame clock's next tick, is
 * left out: it depends on the display's refresh, not on Tandem. */

static gboolean enabled;
static gboolean reported;
static gint64 process_start_us;

typedef struct
{
  GdkFrameClock *frame_clock;
  char          *what;
  gint64         start;
  gint64         handled;
  gint64         layout_start;
  guint          handled_source;
  gulong         layout_handler;
  gulong         after_paint_handler;
} Measure;

static Measure *current;
static TandemTimingFunc observer;
static gpointer observer_data;

/* How long ago the kernel started this process, in µs; 0 if unknown. The
 * dynamic linker and library constructors run before main(), so main() is
 * too late a starting point. */
static gint64
get_process_age_us (void)
{
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  struct timespec now;
  const char *after_name;
  guint64 start_ticks;
  long ticks_per_second;
  gint64 age;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL))
    return 0;

  /* The command name may hold spaces; the fields after it are plain.
   * starttime is the 22nd field, the 20th after the name. */
  after_name = strrchr (stat, ')');
  if (after_name == NULL)
    return 0;

  fields = g_strsplit (after_name + 1, " ", 0);
  if (g_strv_length (fields) < 21)
    return 0;

  start_ticks = g_ascii_strtoull (fields[20], NULL, 10);
  ticks_per_second = sysconf (_SC_CLK_TCK);
  if (ticks_per_second <= 0 || clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return 0;

  age = (gint64)now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000
        - (gint64)(start_ticks * G_USEC_PER_SEC / (guint64)ticks_per_second);

  /* Clock ticks are coarse; anything odd means the numbers do not match. */
  if (age < 0 || age > 60 * G_USEC_PER_SEC)
    return 0;

  return age;
}

/**
 * tandem_timing_init:
 *
 * Notes when the process started, if TANDEM_TIMING is set. Call it first
 * thing in main().
 */
void
tandem_timing_init (void)
{
  if (g_getenv ("TANDEM_TIMING") == NULL)
    return;

  enabled = TRUE;
  process_start_us = g_get_monotonic_time () - get_process_age_us ();
}

static void
on_frame_clock_after_paint_cb (GdkFrameClock *frame_clock,
                               GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (frame_clock, on_frame_clock_after_paint_cb, window);

  if (reported)
    return;

  reported = TRUE;
  fprintf (stderr, "tandem-timing: first-frame %.1f\n",
           (g_get_monotonic_time () - process_start_us) / 1000.0);
  fflush (stderr);
}

static void
on_window_realize_cb (GtkWindow *window)
{
  GdkFrameClock *frame_clock;

  g_signal_handlers_disconnect_by_func (window, on_window_realize_cb, NULL);

  frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  if (frame_clock == NULL || reported)
    return;

  g_signal_connect_object (frame_clock, "after-paint",
                           G_CALLBACK (on_frame_clock_after_paint_cb),
                           window, 0);
}

/**
 * tandem_timing_watch_first_frame:
 * @window: a window about to be shown
 *
 * Reports the first frame of @window, unless another window's first frame
 * was reported already. Does nothing without TANDEM_TIMING.
 */
void
tandem_timing_watch_first_frame (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (!enabled || reported)
    return;

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    on_window_realize_cb (window);
  else
    g_signal_connect (window, "realize", G_CALLBACK (on_window_realize_cb), NULL);
}

/**
 * tandem_timing_is_enabled:
 *
 * Returns: whether TANDEM_TIMING was set when tandem_timing_init() ran
 */
gboolean
tandem_timing_is_enabled (void)
{
  return enabled;
}

static void
measure_free (Measure *measure)
{
  g_clear_handle_id (&measure->handled_source, g_source_remove);
  g_clear_signal_handler (&measure->layout_handler, measure->frame_clock);
  g_clear_signal_handler (&measure->after_paint_handler, measure->frame_clock);
  g_clear_object (&measure->frame_clock);
  g_free (measure->what);
  g_free (measure);
}

static gboolean
on_handled_cb (gpointer data)
{
  Measure *measure = data;

  measure->handled_source = 0;
  measure->handled = g_get_monotonic_time ();

  return G_SOURCE_REMOVE;
}

static void
on_measure_layout_cb (GdkFrameClock *frame_clock,
                      Measure       *measure)
{
  /* A frame that began before the handling ended is not the one that
   * shows its result. */
  if (measure->handled != 0 && measure->layout_start == 0)
    measure->layout_start = g_get_monotonic_time ();
}

static void
on_measure_after_paint_cb (GdkFrameClock *frame_clock,
                           Measure       *measure)
{
  double handling_ms, total_ms;

  if (measure->layout_start == 0)
    return;

  handling_ms = (measure->handled - measure->start) / 1000.0;
  total_ms = handling_ms + (g_get_monotonic_time () - measure->layout_start) / 1000.0;

  fprintf (stderr, "tandem-timing: %s %.2f (handling %.2f)\n", measure->what, total_ms, handling_ms);
  fflush (stderr);
  if (observer != NULL)
    observer (measure->what, total_ms, handling_ms, observer_data);

  g_assert (measure == current);
  g_clear_pointer (&current, measure_free);
}

/**
 * tandem_timing_begin:
 * @widget: the widget that will show the result
 * @what: a short name for the input, such as "switch-client"
 *
 * Starts measuring an input, from now to the end of the frame that shows
 * its result; a measurement still running is dropped. Does nothing without
 * TANDEM_TIMING, or when @widget is not on screen.
 */
void
tandem_timing_begin (GtkWidget  *widget,
                     const char *what)
{
  GdkFrameClock *frame_clock;
  Measure *measure;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (what != NULL);

  if (!enabled || (frame_clock = gtk_widget_get_frame_clock (widget)) == NULL)
    return;

  g_clear_pointer (&current, measure_free);

  measure = g_new0 (Measure, 1);
  measure->frame_clock = g_object_ref (frame_clock);
  measure->what = g_strdup (what);
  measure->start = g_get_monotonic_time ();
  /* Before input and redraws: the first thing the main loop does once the
   * handler has returned. */
  measure->handled_source = g_idle_add_full (G_PRIORITY_HIGH, on_handled_cb, measure, NULL);
  measure->layout_handler = g_signal_connect (frame_clock, "layout",
                                              G_CALLBACK (on_measure_layout_cb), measure);
  measure->after_paint_handler = g_signal_connect (frame_clock, "after-paint",
                                                   G_CALLBACK (on_measure_after_paint_cb), measure);
  current = measure;
}

/**
 * tandem_timing_set_observer:
 * @func: (nullable): called with each finished measurement
 * @user_data: passed to @func
 *
 * Lets a benchmark collect the measurements of tandem_timing_begin()
 * as well as reading them on stderr.
 */
void
tandem_timing_set_observer (TandemTimingFunc func,
                            gpointer         user_data)
{
  observer = func;
  observer_data = user_data;
}
