/* tandem-day-cell.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tandem-calendar.h"

G_BEGIN_DECLS

/**
 * TandemDayMark:
 * @TANDEM_DAY_MARK_CHECK_IN: at least one check-in
 * @TANDEM_DAY_MARK_WIN: a win
 * @TANDEM_DAY_MARK_HOMEWORK_DUE: homework due
 * @TANDEM_DAY_MARK_HOMEWORK_DONE: homework done
 * @TANDEM_DAY_MARK_QUESTIONNAIRE: a questionnaire taken
 * @TANDEM_DAY_MARK_SESSION: a therapy session
 * @TANDEM_DAY_MARK_MISSED_REMINDER: a reminder that went by unanswered
 * @TANDEM_DAY_MARK_REST_DAY: a rest day
 *
 * The small marks a day of the calendar can carry. Each has its own shape as
 * well as its own colour, so that colour is never the only difference.
 */
typedef enum
{
  TANDEM_DAY_MARK_CHECK_IN,
  TANDEM_DAY_MARK_WIN,
  TANDEM_DAY_MARK_HOMEWORK_DUE,
  TANDEM_DAY_MARK_HOMEWORK_DONE,
  TANDEM_DAY_MARK_QUESTIONNAIRE,
  TANDEM_DAY_MARK_SESSION,
  TANDEM_DAY_MARK_MISSED_REMINDER,
  TANDEM_DAY_MARK_REST_DAY,
  TANDEM_N_DAY_MARKS
} TandemDayMark;

#define TANDEM_TYPE_DAY_CELL (tandem_day_cell_get_type ())

G_DECLARE_FINAL_TYPE (TandemDayCell, tandem_day_cell, TANDEM, DAY_CELL, GtkButton)

GtkWidget               *tandem_day_cell_new                 (void);
void                     tandem_day_cell_set_day             (TandemDayCell           *self,
                                                              const TandemCalendarDay *day,
                                                              gboolean                 is_today);
const TandemCalendarDay *tandem_day_cell_get_day             (TandemDayCell           *self);
const char              *tandem_day_cell_get_date            (TandemDayCell           *self);
gboolean                 tandem_day_cell_get_selected        (TandemDayCell           *self);
void                     tandem_day_cell_set_selected        (TandemDayCell           *self,
                                                              gboolean                 selected);
const char              *tandem_day_cell_get_description     (TandemDayCell           *self);
char                    *tandem_day_cell_describe            (const TandemCalendarDay *day,
                                                              gboolean                 is_today);
const char              *tandem_day_mark_get_label           (TandemDayMark            mark);
void                     tandem_day_mark_draw                (TandemDayMark            mark,
                                                              GtkWidget               *widget,
                                                              cairo_t                 *cr,
                                                              double                   x,
                                                              double                   y);

G_END_DECLS
