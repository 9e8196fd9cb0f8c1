/* tandem-homework.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-record.h"
#include "tandem-reminder.h"
#include "tandem-store.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_HOMEWORK (tandem_homework_get_type ())

G_DECLARE_FINAL_TYPE (TandemHomework, tandem_homework, TANDEM, HOMEWORK, TandemRecord)

TandemHomework *tandem_homework_new             (gint64      person_id,
                                                 const char *title,
                                                 const char *assigned_on);
gint64          tandem_homework_get_person_id   (TandemHomework *self);
void            tandem_homework_set_person_id   (TandemHomework *self,
                                                 gint64          person_id);
gint64          tandem_homework_get_goal_id     (TandemHomework *self);
void            tandem_homework_set_goal_id     (TandemHomework *self,
                                                 gint64          goal_id);
const char     *tandem_homework_get_title       (TandemHomework *self);
void            tandem_homework_set_title       (TandemHomework *self,
                                                 const char     *title);
const char     *tandem_homework_get_details     (TandemHomework *self);
void            tandem_homework_set_details     (TandemHomework *self,
                                                 const char     *details);
const char     *tandem_homework_get_assigned_on (TandemHomework *self);
void            tandem_homework_set_assigned_on (TandemHomework *self,
                                                 const char     *assigned_on);
const char     *tandem_homework_get_due_on      (TandemHomework *self);
void            tandem_homework_set_due_on      (TandemHomework *self,
                                                 const char     *due_on);
gint64          tandem_homework_get_done_at     (TandemHomework *self);
void            tandem_homework_set_done_at     (TandemHomework *self,
                                                 gint64          done_at);

/**
 * TandemHomeworkCompletion:
 * @due: homework that came due in the period (by its due date, or by the
 *   day it was assigned when it has no due date)
 * @done: how many of those are done
 * @done_on_time: how many of those were done on or before their due date
 *
 * How a person's homework went over a period.
 */
typedef struct
{
  guint due;
  guint done;
  guint done_on_time;
} TandemHomeworkCompletion;

gboolean        tandem_homework_save            (TandemStore     *store,
                                                 TandemHomework  *homework,
                                                 GError         **error);
gboolean        tandem_homework_mark_done       (TandemStore     *store,
                                                 TandemHomework  *homework,
                                                 gboolean         done,
                                                 GError         **error);
gboolean        tandem_homework_delete          (TandemStore     *store,
                                                 TandemHomework  *homework,
                                                 GError         **error);
GListStore     *tandem_homework_list            (TandemStore     *store,
                                                 gint64           person_id,
                                                 gboolean         open_only,
                                                 GError         **error);
gboolean        tandem_homework_get_completion  (TandemStore     *store,
                                                 gint64           person_id,
                                                 const char      *from_day,
                                                 const char      *to_day,
                                                 TandemHomeworkCompletion *completion,
                                                 GError         **error);
double          tandem_homework_completion_get_rate (const TandemHomeworkCompletion *completion);

gboolean        tandem_homework_is_overdue      (TandemHomework  *self,
                                                 const char      *today);
char           *tandem_homework_describe_due    (TandemHomework  *self,
                                                 const char      *today);

GListStore     *tandem_homework_list_reminders  (TandemStore     *store,
                                                 TandemHomework  *homework,
                                                 GError         **error);
TandemReminder *tandem_homework_new_reminder    (TandemHomework  *homework,
                                                 const char      *time_of_day);
gboolean        tandem_homework_set_reminder    (TandemStore     *store,
                                                 TandemHomework  *homework,
                                                 const char      *time_of_day,
                                                 GDateTime       *now,
                                                 GTimeZone       *tz,
                                                 GError         **error);

G_END_DECLS
