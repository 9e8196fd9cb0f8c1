/* tandem-calendar.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-store.h"

G_BEGIN_DECLS

/* A month grid shows six weeks. */
#define TANDEM_CALENDAR_N_DAYS 42

/**
 * TandemCalendarDay:
 * @date: the local calendar date, "YYYY-MM-DD"
 * @day_of_month: 1 to 31
 * @in_month: whether the day belongs to the month shown (the grid also
 *   shows the end of the month before and the start of the month after)
 * @n_check_ins: how many check-ins the person wrote for the day
 * @win: whether one of them is marked as a win
 * @rest_day: whether the day is a rest day
 * @value: the chosen goal's measure that day (the sum of counts, the mean of
 *   ratings or questionnaire totals), or NAN when there is none
 * @intensity: @value placed between the goal's baseline (0) and its target
 *   (1), clamped to 0…1, or NAN when there is no value
 * @homework_due: homework due that day
 * @homework_done: homework done that day
 * @questionnaires: questionnaires taken that day
 * @therapy_sessions: therapy sessions that start that day
 * @missed_reminders: reminders due that day that were missed
 *
 * What the calendar shows for one day.
 */
typedef struct
{
  char      date[11];
  guint8    day_of_month;
  gboolean  in_month;
  guint     n_check_ins;
  gboolean  win;
  gboolean  rest_day;
  double    value;
  double    intensity;
  guint     homework_due;
  guint     homework_done;
  guint     questionnaires;
  guint     therapy_sessions;
  guint     missed_reminders;
} TandemCalendarDay;

#define TANDEM_TYPE_CALENDAR_DAY (tandem_calendar_day_get_type ())

GType              tandem_calendar_day_get_type (void) G_GNUC_CONST;
TandemCalendarDay *tandem_calendar_day_copy     (const TandemCalendarDay *day);
void               tandem_calendar_day_free     (TandemCalendarDay       *day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemCalendarDay, tandem_calendar_day_free)

#define TANDEM_TYPE_CALENDAR_MONTH (tandem_calendar_month_get_type ())

G_DECLARE_FINAL_TYPE (TandemCalendarMonth, tandem_calendar_month, TANDEM, CALENDAR_MONTH, GObject)

void                     tandem_calendar_get_grid_range          (guint                year,
                                                                  guint                month,
                                                                  GDateWeekday         first_weekday,
                                                                  GDate               *first,
                                                                  GDate               *last);
TandemCalendarMonth     *tandem_calendar_month_load              (TandemStore         *store,
                                                                  gint64               person_id,
                                                                  guint                year,
                                                                  guint                month,
                                                                  GDateWeekday         first_weekday,
                                                                  gint64               goal_id,
                                                                  GError             **error);
gint64                   tandem_calendar_month_get_person_id     (TandemCalendarMonth *self);
guint                    tandem_calendar_month_get_year          (TandemCalendarMonth *self);
guint                    tandem_calendar_month_get_month         (TandemCalendarMonth *self);
GDateWeekday             tandem_calendar_month_get_first_weekday (TandemCalendarMonth *self);
gint64                   tandem_calendar_month_get_goal_id       (TandemCalendarMonth *self);
const char              *tandem_calendar_month_get_first_day     (TandemCalendarMonth *self);
const char              *tandem_calendar_month_get_last_day      (TandemCalendarMonth *self);
const TandemCalendarDay *tandem_calendar_month_get_day           (TandemCalendarMonth *self,
                                                                  guint                index);
int                      tandem_calendar_month_find_day          (TandemCalendarMonth *self,
                                                                  const char          *date);

G_END_DECLS
