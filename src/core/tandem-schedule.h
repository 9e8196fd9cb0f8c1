/* tandem-schedule.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tandem-types.h"

G_BEGIN_DECLS

/**
 * TandemWeekdayMask:
 *
 * The bits of a reminder's `weekdays`: Monday is bit 0, Sunday bit 6, so
 * that `1 << (g_date_get_weekday (date) - 1)` is the bit of @date.
 */
#define TANDEM_WEEKDAY_MONDAY    (1 << 0)
#define TANDEM_WEEKDAY_TUESDAY   (1 << 1)
#define TANDEM_WEEKDAY_WEDNESDAY (1 << 2)
#define TANDEM_WEEKDAY_THURSDAY  (1 << 3)
#define TANDEM_WEEKDAY_FRIDAY    (1 << 4)
#define TANDEM_WEEKDAY_SATURDAY  (1 << 5)
#define TANDEM_WEEKDAY_SUNDAY    (1 << 6)
#define TANDEM_WEEKDAY_ALL       0x7f

#define TANDEM_WEEKDAY_BIT(weekday) (1 << ((int) (weekday) - 1))

/* The most times of day one reminder may have. */
#define TANDEM_SCHEDULE_MAX_TIMES 24

/* The schedule: pure functions of a reminder, "now" and a time zone. */
gboolean  tandem_schedule_parse_time_of_day (const char      *text,
                                             int             *minutes);
gboolean  tandem_schedule_parse_times       (const char      *times,
                                             int             *minutes,
                                             guint           *n_minutes);
gboolean  tandem_schedule_validate          (TandemReminder  *reminder,
                                             GError         **error);
gint64    tandem_schedule_local_to_utc      (GTimeZone       *tz,
                                             int              year,
                                             int              month,
                                             int              day,
                                             int              minute_of_day);
guint     tandem_schedule_next_occurrences  (TandemReminder  *reminder,
                                             GDateTime       *now,
                                             GTimeZone       *tz,
                                             gint64          *due,
                                             guint            n_due);
gint64    tandem_schedule_next              (TandemReminder  *reminder,
                                             GDateTime       *now,
                                             GTimeZone       *tz);

/**
 * TandemDue:
 * @reminder: the reminder
 * @due: when it is due, in microseconds since the epoch (UTC)
 *
 * One coming occurrence of a reminder.
 */
typedef struct
{
  TandemReminder *reminder;
  gint64          due;
} TandemDue;

/* With the store: what is already done, and the cached next due time. */
gboolean        tandem_store_is_reminder_done      (TandemStore     *self,
                                                    TandemReminder  *reminder,
                                                    gint64           due,
                                                    GTimeZone       *tz,
                                                    gboolean        *done,
                                                    GError         **error);
gboolean        tandem_store_next_reminder_due     (TandemStore     *self,
                                                    TandemReminder  *reminder,
                                                    GDateTime       *now,
                                                    GTimeZone       *tz,
                                                    gint64          *due,
                                                    GError         **error);
gboolean        tandem_store_update_next_due       (TandemStore     *self,
                                                    gint64           reminder_id,
                                                    GDateTime       *now,
                                                    GTimeZone       *tz,
                                                    GError         **error);
TandemReminder *tandem_store_find_reminder (TandemStore         *self,
                                            gint64               person_id,
                                            TandemReminderKind   kind,
                                            const char          *target_uuid,
                                            GError             **error);
TandemReminder *tandem_store_dup_earliest_reminder (TandemStore     *self,
                                                    GError         **error);
gint64          tandem_store_get_data_version      (TandemStore     *self,
                                                    GError         **error);
GArray         *tandem_store_list_next_due         (TandemStore     *self,
                                                    gint64           person_id,
                                                    GDateTime       *now,
                                                    GTimeZone       *tz,
                                                    guint            count,
                                                    GError         **error);

/* What became of a firing, snoozing, and what came due while no service ran. */
gboolean        tandem_store_set_firing_outcome    (TandemStore          *self,
                                                    gint64                reminder_id,
                                                    gint64                due_at,
                                                    TandemFiringOutcome   outcome,
                                                    gboolean             *changed,
                                                    GError              **error);
gboolean        tandem_store_snooze_reminder       (TandemStore          *self,
                                                    gint64                reminder_id,
                                                    gint64                due_at,
                                                    gint64                until,
                                                    GDateTime            *now,
                                                    GTimeZone            *tz,
                                                    GError              **error);
GArray         *tandem_store_record_missed         (TandemStore          *self,
                                                    GDateTime            *now,
                                                    GTimeZone            *tz,
                                                    GTimeSpan             window,
                                                    GError              **error);

G_END_DECLS
