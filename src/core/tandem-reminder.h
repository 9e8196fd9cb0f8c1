/* tandem-reminder.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_REMINDER (tandem_reminder_get_type ())

G_DECLARE_FINAL_TYPE (TandemReminder, tandem_reminder, TANDEM, REMINDER, TandemRecord)

TandemReminder    *tandem_reminder_new                  (gint64             person_id,
                                                         TandemReminderKind kind,
                                                         TandemRecurrence   recurrence,
                                                         const char        *times,
                                                         const char        *start_date);
gint64             tandem_reminder_get_person_id        (TandemReminder *self);
void               tandem_reminder_set_person_id        (TandemReminder *self,
                                                         gint64          person_id);
TandemReminderKind tandem_reminder_get_kind             (TandemReminder *self);
void               tandem_reminder_set_kind             (TandemReminder    *self,
                                                         TandemReminderKind kind);
const char        *tandem_reminder_get_target_uuid      (TandemReminder *self);
void               tandem_reminder_set_target_uuid      (TandemReminder *self,
                                                         const char     *target_uuid);
const char        *tandem_reminder_get_title            (TandemReminder *self);
void               tandem_reminder_set_title            (TandemReminder *self,
                                                         const char     *title);
TandemRecurrence   tandem_reminder_get_recurrence       (TandemReminder *self);
void               tandem_reminder_set_recurrence       (TandemReminder  *self,
                                                         TandemRecurrence recurrence);
int                tandem_reminder_get_weekdays         (TandemReminder *self);
void               tandem_reminder_set_weekdays         (TandemReminder *self,
                                                         int             weekdays);
int                tandem_reminder_get_interval_weeks   (TandemReminder *self);
void               tandem_reminder_set_interval_weeks   (TandemReminder *self,
                                                         int             interval_weeks);
int                tandem_reminder_get_month_day        (TandemReminder *self);
void               tandem_reminder_set_month_day        (TandemReminder *self,
                                                         int             month_day);
const char        *tandem_reminder_get_times            (TandemReminder *self);
void               tandem_reminder_set_times            (TandemReminder *self,
                                                         const char     *times);
const char        *tandem_reminder_get_start_date       (TandemReminder *self);
void               tandem_reminder_set_start_date       (TandemReminder *self,
                                                         const char     *start_date);
const char        *tandem_reminder_get_end_date         (TandemReminder *self);
void               tandem_reminder_set_end_date         (TandemReminder *self,
                                                         const char     *end_date);
gboolean           tandem_reminder_get_only_if_not_done (TandemReminder *self);
void               tandem_reminder_set_only_if_not_done (TandemReminder *self,
                                                         gboolean        only_if_not_done);
const char        *tandem_reminder_get_quiet_start      (TandemReminder *self);
void               tandem_reminder_set_quiet_start      (TandemReminder *self,
                                                         const char     *quiet_start);
const char        *tandem_reminder_get_quiet_end        (TandemReminder *self);
void               tandem_reminder_set_quiet_end        (TandemReminder *self,
                                                         const char     *quiet_end);
gboolean           tandem_reminder_get_enabled          (TandemReminder *self);
void               tandem_reminder_set_enabled          (TandemReminder *self,
                                                         gboolean        enabled);
gint64             tandem_reminder_get_snoozed_until    (TandemReminder *self);
void               tandem_reminder_set_snoozed_until    (TandemReminder *self,
                                                         gint64          snoozed_until);
gint64             tandem_reminder_get_next_due         (TandemReminder *self);
void               tandem_reminder_set_next_due         (TandemReminder *self,
                                                         gint64          next_due);

G_END_DECLS
