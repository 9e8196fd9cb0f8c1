/* tandem-chart.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * TandemChartPoint:
 * @time: when, in microseconds since the epoch (UTC)
 * @value: the value
 * @flagged: whether the point needs attention (drawn in the error colour)
 */
typedef struct
{
  gint64   time;
  double   value;
  gboolean flagged;
} TandemChartPoint;

#define TANDEM_TYPE_CHART (tandem_chart_get_type ())

G_DECLARE_FINAL_TYPE (TandemChart, tandem_chart, TANDEM, CHART, GtkWidget)

GtkWidget  *tandem_chart_new             (void);
void        tandem_chart_clear           (TandemChart            *self);
guint       tandem_chart_add_series      (TandemChart            *self,
                                          const char             *name,
                                          const TandemChartPoint *points,
                                          guint                   n_points);
guint       tandem_chart_get_n_series    (TandemChart            *self);
void        tandem_chart_set_y_range     (TandemChart            *self,
                                          double                  min,
                                          double                  max);
void        tandem_chart_set_time_range  (TandemChart            *self,
                                          gint64                  from,
                                          gint64                  to);
void        tandem_chart_add_band        (TandemChart            *self,
                                          double                  from,
                                          double                  to,
                                          const char             *label);
void        tandem_chart_set_caseness    (TandemChart            *self,
                                          double                  value);
void        tandem_chart_set_goal_lines  (TandemChart            *self,
                                          double                  baseline,
                                          double                  target);
void        tandem_chart_add_event       (TandemChart            *self,
                                          gint64                  time,
                                          const char             *label);
void        tandem_chart_set_summary     (TandemChart            *self,
                                          const char             *summary);
const char *tandem_chart_get_summary     (TandemChart            *self);
int         tandem_chart_get_focus_point (TandemChart            *self);
void        tandem_chart_set_focus_point (TandemChart            *self,
                                          int                     index);
char       *tandem_chart_dup_point_text  (TandemChart            *self,
                                          guint                   index);
guint       tandem_chart_get_n_drawn     (TandemChart            *self,
                                          guint                   series);
void        tandem_chart_draw            (TandemChart            *self,
                                          cairo_t                *cr,
                                          int                     width,
                                          int                     height);
gboolean    tandem_chart_export          (TandemChart            *self,
                                          const char             *path,
                                          const char             *format,
                                          int                     width,
                                          int                     height,
                                          GError                **error);

guint      *tandem_chart_decimate        (const TandemChartPoint *points,
                                          guint                   n_points,
                                          gint64                  from,
                                          gint64                  to,
                                          guint                   n_columns,
                                          guint                  *n_kept);

G_END_DECLS
