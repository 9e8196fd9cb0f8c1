/* bench-bare-window.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The floor Tandem's start is measured against: a bare libadwaita window
 * with a header bar, a button, a GtkCalendar and a cairo drawing, built in
 * the same tree with the same flags, reporting its first frame the same way
 * (TANDEM_TIMING=1).
 */

#define G_LOG_DOMAIN "bench-bare-window"

#include "config.h"

#include <adwaita.h>

#include "tandem-timing.h"

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, 0, height);
  for (int x = 0; x <= width; x += 8)
    cairo_line_to (cr, x, height / 2.0 + (height / 3.0) * ((x / 8) % 5 - 2) / 2.0);
  cairo_set_source_rgb (cr, 0.2, 0.4, 0.8);
  cairo_stroke (cr);
}

static void
activate_cb (GApplication *app,
             gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (content), gtk_button_new_with_label ("Button"));
  gtk_box_append (GTK_BOX (content), gtk_calendar_new ());
  gtk_widget_set_hexpand (area, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_cb, NULL, NULL);
  gtk_box_append (GTK_BOX (content), area);
  gtk_box_append (GTK_BOX (box), content);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);

  tandem_timing_watch_first_frame (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  tandem_timing_init ();

  app = adw_application_new ("io.github.tandemgoals.Tandem.BenchBareWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
