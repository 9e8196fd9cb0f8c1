/* tandem-month-view.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tandem-calendar.h"
#include "tandem-day-cell.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_MONTH_VIEW (tandem_month_view_get_type ())

G_DECLARE_FINAL_TYPE (TandemMonthView, tandem_month_view, TANDEM, MONTH_VIEW, GtkWidget)

GtkWidget           *tandem_month_view_new              (void);
TandemCalendarMonth *tandem_month_view_get_month        (TandemMonthView     *self);
void                 tandem_month_view_set_month        (TandemMonthView     *self,
                                                         TandemCalendarMonth *month);
const char          *tandem_month_view_get_today        (TandemMonthView     *self);
void                 tandem_month_view_set_today        (TandemMonthView     *self,
                                                         const char          *today);
const char          *tandem_month_view_get_selected_day (TandemMonthView     *self);
void                 tandem_month_view_select_day       (TandemMonthView     *self,
                                                         const char          *day);
TandemDayCell       *tandem_month_view_get_cell         (TandemMonthView     *self,
                                                         guint                index);
const char          *tandem_month_view_get_title        (TandemMonthView     *self);
const char          *tandem_month_view_get_weekday_name (TandemMonthView     *self,
                                                         guint                column);
void                 tandem_month_view_show_day         (TandemMonthView     *self,
                                                         const char          *day,
                                                         gboolean             focus);

G_END_DECLS
