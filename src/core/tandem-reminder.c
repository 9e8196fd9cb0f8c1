/* tandem-reminder.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-reminder"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enum-types.h"
#include "tandem-reminder.h"
#include "tandem-record-private.h"

struct _TandemReminder
{
  TandemRecord parent_instance;

  gint64              person_id;
  TandemReminderKind  kind;
  char               *target_uuid;
  char               *title;
  TandemRecurrence    recurrence;
  int                 weekdays;
  int                 interval_weeks;
  int                 month_day;
  char               *times;
  char               *start_date;
  char               *end_date;
  gboolean            only_if_not_done;
  char               *quiet_start;
  char               *quiet_end;
  gboolean            enabled;
  gint64              snoozed_until;
  gint64              next_due;
};

G_DEFINE_FINAL_TYPE (TandemReminder, tandem_reminder, TANDEM_TYPE_RECORD)

enum {
  FIELD_PERSON_ID,
  FIELD_KIND,
  FIELD_TARGET_UUID,
  FIELD_TITLE,
  FIELD_RECURRENCE,
  FIELD_WEEKDAYS,
  FIELD_INTERVAL_WEEKS,
  FIELD_MONTH_DAY,
  FIELD_TIMES,
  FIELD_START_DATE,
  FIELD_END_DATE,
  FIELD_ONLY_IF_NOT_DONE,
  FIELD_QUIET_START,
  FIELD_QUIET_END,
  FIELD_ENABLED,
  FIELD_SNOOZED_UNTIL,
  FIELD_NEXT_DUE,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_PERSON_ID] = { "person-id", TANDEM_FIELD_REF, 0,
      TANDEM_FIELD_AT (TandemReminder, person_id), .ref_entity = "person", .label = NC_("field name", "person") },
  [FIELD_KIND] = { "kind", TANDEM_FIELD_ENUM, 0,
      TANDEM_FIELD_AT (TandemReminder, kind), .enum_type = tandem_reminder_kind_get_type },
  [FIELD_TARGET_UUID] = { "target-uuid", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemReminder, target_uuid) },
  [FIELD_TITLE] = { "title", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemReminder, title) },
  [FIELD_RECURRENCE] = { "recurrence", TANDEM_FIELD_ENUM, 0,
      TANDEM_FIELD_AT (TandemReminder, recurrence), .enum_type = tandem_recurrence_get_type },
  [FIELD_WEEKDAYS] = { "weekdays", TANDEM_FIELD_INT, 0,
      TANDEM_FIELD_AT (TandemReminder, weekdays), .min = 0, .max = 127, .label = NC_("field name", "weekdays") },
  [FIELD_INTERVAL_WEEKS] = { "interval-weeks", TANDEM_FIELD_INT, 0,
      TANDEM_FIELD_AT (TandemReminder, interval_weeks), .min = 1, .max = 52, .label = NC_("field name", "interval in weeks") },
  [FIELD_MONTH_DAY] = { "month-day", TANDEM_FIELD_INT, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemReminder, month_day), .min = 1, .max = 31, .label = NC_("field name", "day of the month") },
  [FIELD_TIMES] = { "times", TANDEM_FIELD_STRING, TANDEM_FIELD_REQUIRED,
      TANDEM_FIELD_AT (TandemReminder, times), .label = NC_("field name", "times of day") },
  [FIELD_START_DATE] = { "start-date", TANDEM_FIELD_DATE, 0,
      TANDEM_FIELD_AT (TandemReminder, start_date), .label = NC_("field name", "start date") },
  [FIELD_END_DATE] = { "end-date", TANDEM_FIELD_DATE, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemReminder, end_date), .label = NC_("field name", "end date") },
  [FIELD_ONLY_IF_NOT_DONE] = { "only-if-not-done", TANDEM_FIELD_BOOLEAN, 0,
      TANDEM_FIELD_AT (TandemReminder, only_if_not_done) },
  [FIELD_QUIET_START] = { "quiet-start", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemReminder, quiet_start) },
  [FIELD_QUIET_END] = { "quiet-end", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemReminder, quiet_end) },
  [FIELD_ENABLED] = { "enabled", TANDEM_FIELD_BOOLEAN, 0,
      TANDEM_FIELD_AT (TandemReminder, enabled) },
  [FIELD_SNOOZED_UNTIL] = { "snoozed-until", TANDEM_FIELD_TIMESTAMP, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemReminder, snoozed_until) },
  [FIELD_NEXT_DUE] = { "next-due", TANDEM_FIELD_TIMESTAMP, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemReminder, next_due) },
};

static void
tandem_reminder_class_init (TandemReminderClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "reminder", "reminder",
                                      fields, N_FIELDS);
}

static void
tandem_reminder_init (TandemReminder *self)
{
  self->interval_weeks = 1;
  self->month_day = TANDEM_INT_UNSET;
  self->enabled = TRUE;
}

/**
 * tandem_reminder_new:
 *
 * Creates a reminder; @times lists local times of day as "HH:MM", separated
 * by commas.
 *
 * Returns: (transfer full): a new, not yet stored reminder
 */
TandemReminder *
tandem_reminder_new (gint64             person_id,
                     TandemReminderKind kind,
                     TandemRecurrence   recurrence,
                     const char        *times,
                     const char        *start_date)
{
  return g_object_new (TANDEM_TYPE_REMINDER,
                       "person-id", person_id,
                       "kind", kind,
                       "recurrence", recurrence,
                       "times", times,
                       "start-date", start_date,
                       NULL);
}

gint64
tandem_reminder_get_person_id (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), 0);

  return self->person_id;
}

void
tandem_reminder_set_person_id (TandemReminder *self,
                               gint64          person_id)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_PERSON_ID, person_id);
}

TandemReminderKind
tandem_reminder_get_kind (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), 0);

  return self->kind;
}

void
tandem_reminder_set_kind (TandemReminder     *self,
                          TandemReminderKind  kind)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_KIND, kind);
}

const char *
tandem_reminder_get_target_uuid (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), NULL);

  return self->target_uuid;
}

void
tandem_reminder_set_target_uuid (TandemReminder *self,
                                 const char     *target_uuid)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_TARGET_UUID, target_uuid);
}

const char *
tandem_reminder_get_title (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), NULL);

  return self->title;
}

void
tandem_reminder_set_title (TandemReminder *self,
                           const char     *title)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_TITLE, title);
}

TandemRecurrence
tandem_reminder_get_recurrence (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), 0);

  return self->recurrence;
}

void
tandem_reminder_set_recurrence (TandemReminder   *self,
                                TandemRecurrence  recurrence)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_RECURRENCE, recurrence);
}

int
tandem_reminder_get_weekdays (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), 0);

  return self->weekdays;
}

void
tandem_reminder_set_weekdays (TandemReminder *self,
                              int             weekdays)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_WEEKDAYS, weekdays);
}

int
tandem_reminder_get_interval_weeks (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), 0);

  return self->interval_weeks;
}

void
tandem_reminder_set_interval_weeks (TandemReminder *self,
                                    int             interval_weeks)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_INTERVAL_WEEKS, interval_weeks);
}

int
tandem_reminder_get_month_day (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), 0);

  return self->month_day;
}

void
tandem_reminder_set_month_day (TandemReminder *self,
                               int             month_day)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_MONTH_DAY, month_day);
}

const char *
tandem_reminder_get_times (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), NULL);

  return self->times;
}

void
tandem_reminder_set_times (TandemReminder *self,
                           const char     *times)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_TIMES, times);
}

const char *
tandem_reminder_get_start_date (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), NULL);

  return self->start_date;
}

void
tandem_reminder_set_start_date (TandemReminder *self,
                                const char     *start_date)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_START_DATE, start_date);
}

const char *
tandem_reminder_get_end_date (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), NULL);

  return self->end_date;
}

void
tandem_reminder_set_end_date (TandemReminder *self,
                              const char     *end_date)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_END_DATE, end_date);
}

gboolean
tandem_reminder_get_only_if_not_done (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), FALSE);

  return self->only_if_not_done;
}

void
tandem_reminder_set_only_if_not_done (TandemReminder *self,
                                      gboolean        only_if_not_done)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_boolean (TANDEM_RECORD (self), FIELD_ONLY_IF_NOT_DONE, only_if_not_done);
}

const char *
tandem_reminder_get_quiet_start (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), NULL);

  return self->quiet_start;
}

void
tandem_reminder_set_quiet_start (TandemReminder *self,
                                 const char     *quiet_start)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_QUIET_START, quiet_start);
}

const char *
tandem_reminder_get_quiet_end (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), NULL);

  return self->quiet_end;
}

void
tandem_reminder_set_quiet_end (TandemReminder *self,
                               const char     *quiet_end)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_QUIET_END, quiet_end);
}

gboolean
tandem_reminder_get_enabled (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), FALSE);

  return self->enabled;
}

void
tandem_reminder_set_enabled (TandemReminder *self,
                             gboolean        enabled)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_boolean (TANDEM_RECORD (self), FIELD_ENABLED, enabled);
}

gint64
tandem_reminder_get_snoozed_until (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), 0);

  return self->snoozed_until;
}

void
tandem_reminder_set_snoozed_until (TandemReminder *self,
                                   gint64          snoozed_until)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_SNOOZED_UNTIL, snoozed_until);
}

gint64
tandem_reminder_get_next_due (TandemReminder *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER (self), 0);

  return self->next_due;
}

void
tandem_reminder_set_next_due (TandemReminder *self,
                              gint64          next_due)
{
  g_return_if_fail (TANDEM_IS_REMINDER (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_NEXT_DUE, next_due);
}
