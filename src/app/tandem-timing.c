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
 * reads the number. Without the variable nothing is measured or printed. */

static gboolean enabled;
static gboolean reported;
static gint64 process_start_us;

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
