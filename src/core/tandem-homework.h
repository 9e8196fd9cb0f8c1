/* tandem-homework.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-record.h"

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

G_END_DECLS
