/* tandem-schedule-store.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-schedule"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-check-in.h"
#include "tandem-date.h"
#include "tandem-enum-types.h"
#include "tandem-homework.h"
#include "tandem-questionnaire.h"
#include "tandem-reminder.h"
#include "tandem-reminder-firing.h"
#include "tandem-schedule.h"
#include "tandem-store-private.h"

/* The part of the schedule that reads the database: whether an occurrence is
 * already done ("only if not done yet"), and the cached next due time that
 * the reminder service sleeps until. The arithmetic itself stays in
 * tandem-schedule.c. */

/* How many done occurrences in a row are passed over before a reminder is
 * taken to have nothing left to remind of. */
#define MAX_DONE_IN_A_ROW 64

static GDateTime *
date_time_from_us (gint64 us)
{
  g_autoptr(GDateTime) seconds = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);

  return g_date_time_add (seconds, us % G_USEC_PER_SEC);
}

static char *
local_day (gint64     us,
           GTimeZone *tz)
{
  g_autoptr(GDateTime) utc = date_time_from_us (us);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (local, "%Y-%m-%d");
}

static gboolean
has_rows (GListStore *list,
          gboolean   *result)
{
  if (list == NULL)
    return FALSE;

  *result = g_list_model_get_n_items (G_LIST_MODEL (list)) > 0;
  g_object_unref (list);
  return TRUE;
}

/* The first day of the window a questionnaire answers for: the period of
 * the recurrence that ends on @day. */
static char *
window_start (TandemReminder *reminder,
              const char     *day)
{
  GDate date;

  switch (tandem_reminder_get_recurrence (reminder))
    {
    case TANDEM_RECURRENCE_ONCE:
      return g_strdup (tandem_reminder_get_start_date (reminder));

    case TANDEM_RECURRENCE_WEEKLY:
      return tandem_date_add_days (day, 1 - 7 * MAX (1, tandem_reminder_get_interval_weeks (reminder)));

    case TANDEM_RECURRENCE_MONTHLY:
      if (!tandem_date_parse (day, &date))
        return g_strdup (day);
      g_date_subtract_months (&date, 1);
      g_date_add_days (&date, 1);
      return tandem_date_format (&date);

    case TANDEM_RECURRENCE_DAILY:
    case TANDEM_RECURRENCE_WEEKDAYS:
    default:
      return g_strdup (day);
    }
}

static gboolean
questionnaire_done (TandemStore     *self,
                    TandemReminder  *reminder,
                    const char      *day,
                    gboolean        *done,
                    GError         **error)
{
  const char *target = tandem_reminder_get_target_uuid (reminder);
  g_autoptr(TandemQuestionnaire) questionnaire = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *from_day = window_start (reminder, day);
  const char *instrument = target;

  if (target != NULL)
    {
      questionnaire = tandem_store_get_by_uuid (self, TANDEM_TYPE_QUESTIONNAIRE, target,
                                                &local_error);
      if (questionnaire != NULL)
        instrument = tandem_questionnaire_get_code (questionnaire);
      else if (!g_error_matches (local_error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  return has_rows (tandem_store_list_responses (self, tandem_reminder_get_person_id (reminder),
                                                instrument, from_day, day, error),
                   done);
}

static gboolean
homework_done (TandemStore     *self,
               TandemReminder  *reminder,
               gboolean        *done,
               GError         **error)
{
  const char *target = tandem_reminder_get_target_uuid (reminder);
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(GError) local_error = NULL;

  *done = FALSE;
  if (target == NULL)
    return TRUE;

  homework = tandem_store_get_by_uuid (self, TANDEM_TYPE_HOMEWORK, target, &local_error);
  if (homework == NULL)
    {
      if (!g_error_matches (local_error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      /* The homework was deleted: nothing is left to remind of. */
      *done = TRUE;
      return TRUE;
    }

  *done = tandem_homework_get_done_at (homework) != 0;
  return TRUE;
}

/**
 * tandem_store_is_reminder_done:
 * @self: a store
 * @reminder: a reminder
 * @due: an occurrence of it, in microseconds since the epoch (UTC)
 * @tz: the time zone that decides which local day @due falls on
 * @done: (out): whether the occurrence can be left out
 * @error: a #TANDEM_STORE_ERROR
 *
 * Decides "only if not done yet". Only reminders with only-if-not-done set
 * can be done; then:
 *
 * - check-in: the person has a check-in on the local day of @due;
 * - questionnaire: the person answered the instrument in the reminder's
 *   window, the period of the recurrence that ends on the day of @due (that
 *   day for daily and weekday reminders, the last 7 × N days for every N
 *   weeks, the month since the previous month's day for monthly ones, and
 *   from the start date for a single reminder). The target-uuid names the
 *   questionnaire: the uuid of a stored questionnaire, or else an instrument
 *   code such as "phq9"; without a target, any questionnaire counts;
 * - homework: the homework whose uuid is the target-uuid is done, or was
 *   deleted;
 * - appointments and custom reminders are never done.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
tandem_store_is_reminder_done (TandemStore     *self,
                               TandemReminder  *reminder,
                               gint64           due,
                               GTimeZone       *tz,
                               gboolean        *done,
                               GError         **error)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_REMINDER (reminder), FALSE);
  g_return_val_if_fail (tz != NULL, FALSE);
  g_return_val_if_fail (done != NULL, FALSE);

  *done = FALSE;
  if (!tandem_reminder_get_only_if_not_done (reminder))
    return TRUE;

  day = local_day (due, tz);

  switch (tandem_reminder_get_kind (reminder))
    {
    case TANDEM_REMINDER_KIND_CHECK_IN:
      return has_rows (tandem_store_list_check_ins (self, tandem_reminder_get_person_id (reminder),
                                                    day, day, error),
                       done);

    case TANDEM_REMINDER_KIND_QUESTIONNAIRE:
      return questionnaire_done (self, reminder, day, done, error);

    case TANDEM_REMINDER_KIND_HOMEWORK:
      return homework_done (self, reminder, done, error);

    case TANDEM_REMINDER_KIND_APPOINTMENT:
    case TANDEM_REMINDER_KIND_CUSTOM:
    default:
      return TRUE;
    }
}

/* Appends up to @max due times of @reminder after @now that are not done. */
static gboolean
collect_due (TandemStore     *self,
             TandemReminder  *reminder,
             GDateTime       *now,
             GTimeZone       *tz,
             guint            max,
             GArray          *out,
             GError         **error)
{
  g_autoptr(GDateTime) cursor = g_date_time_ref (now);
  guint done_in_a_row = 0;
  guint added = 0;

  while (added < max && done_in_a_row < MAX_DONE_IN_A_ROW)
    {
      gint64 due[16];
      guint n = tandem_schedule_next_occurrences (reminder, cursor, tz, due, G_N_ELEMENTS (due));

      for (guint i = 0; i < n && added < max && done_in_a_row < MAX_DONE_IN_A_ROW; i++)
        {
          gboolean done;

          if (!tandem_store_is_reminder_done (self, reminder, due[i], tz, &done, error))
            return FALSE;

          if (done)
            {
              done_in_a_row++;
              continue;
            }

          done_in_a_row = 0;
          g_array_append_val (out, due[i]);
          added++;
        }

      if (n < G_N_ELEMENTS (due))
        break;

      g_date_time_unref (cursor);
      cursor = date_time_from_us (due[n - 1]);
    }

  return TRUE;
}

/**
 * tandem_store_next_reminder_due:
 * @self: a store
 * @reminder: a reminder
 * @now: the present moment
 * @tz: the time zone of the reminder's wall-clock times
 * @due: (out): the next due time that is not done yet (microseconds since
 *   the epoch, UTC), or 0 when there is none
 * @error: a #TANDEM_STORE_ERROR
 *
 * tandem_schedule_next(), passing over occurrences that
 * tandem_store_is_reminder_done() finds done. A disabled reminder has no
 * next due time.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
tandem_store_next_reminder_due (TandemStore     *self,
                                TandemReminder  *reminder,
                                GDateTime       *now,
                                GTimeZone       *tz,
                                gint64          *due,
                                GError         **error)
{
  g_autoptr(GArray) found = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_REMINDER (reminder), FALSE);
  g_return_val_if_fail (now != NULL && tz != NULL && due != NULL, FALSE);

  *due = 0;
  if (!tandem_reminder_get_enabled (reminder))
    return TRUE;

  found = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (!collect_due (self, reminder, now, tz, 1, found, error))
    return FALSE;

  if (found->len > 0)
    *due = g_array_index (found, gint64, 0);

  return TRUE;
}

/**
 * tandem_store_update_next_due:
 * @self: a store
 * @reminder_id: a reminder, or 0 for all of them
 * @now: the present moment
 * @tz: the time zone of the reminders' wall-clock times
 * @error: a #TANDEM_STORE_ERROR
 *
 * Computes tandem_store_next_reminder_due() and keeps it in the reminder's
 * next-due column (none when there is no next due time), where
 * tandem_store_dup_earliest_reminder() finds it. The cached value is not an
 * edit: the reminder's updated-at stays as it was.
 *
 * Returns: %TRUE on success, %FALSE with @error set and nothing changed
 */
gboolean
tandem_store_update_next_due (TandemStore  *self,
                              gint64        reminder_id,
                              GDateTime    *now,
                              GTimeZone    *tz,
                              GError      **error)
{
  g_autoptr(GListStore) list = NULL;
  guint n;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (now != NULL && tz != NULL, FALSE);

  if (reminder_id != 0)
    {
      g_autoptr(TandemReminder) reminder = tandem_store_get (self, TANDEM_TYPE_REMINDER,
                                                             reminder_id, error);

      if (reminder == NULL)
        return FALSE;
      list = g_list_store_new (TANDEM_TYPE_REMINDER);
      g_list_store_append (list, reminder);
    }
  else if (!(list = tandem_store_list_reminders (self, 0, error)))
    {
      return FALSE;
    }

  if (!tandem_store_begin (self, error))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemReminder) reminder = g_list_model_get_item (G_LIST_MODEL (list), i);
      sqlite3_stmt *stmt;
      gint64 due;

      if (!tandem_store_next_reminder_due (self, reminder, now, tz, &due, error) ||
          !(stmt = _tandem_store_prepare (self, "UPDATE reminder SET next_due = ? WHERE id = ?",
                                          error)))
        {
          tandem_store_rollback (self);
          return FALSE;
        }

      if (due != 0)
        sqlite3_bind_int64 (stmt, 1, due);
      else
        sqlite3_bind_null (stmt, 1);
      sqlite3_bind_int64 (stmt, 2, tandem_record_get_id (TANDEM_RECORD (reminder)));

      if (!_tandem_store_step_done (self, stmt, error))
        {
          tandem_store_rollback (self);
          return FALSE;
        }

      tandem_reminder_set_next_due (reminder, due);
    }

  return tandem_store_commit (self, error);
}

/**
 * tandem_store_dup_earliest_reminder:
 * @self: a store
 * @error: a #TANDEM_STORE_ERROR
 *
 * The enabled reminder with the earliest cached next due time (see
 * tandem_store_update_next_due()), found through the `reminder_next_due`
 * index.
 *
 * Returns: (transfer full) (nullable): the reminder, or %NULL without an
 *   error when no enabled reminder has a next due time
 */
TandemReminder *
tandem_store_dup_earliest_reminder (TandemStore  *self,
                                    GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 id;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (!(stmt = _tandem_store_prepare (self,
                                      "SELECT id FROM reminder WHERE enabled = 1 "
                                      "AND next_due IS NOT NULL ORDER BY next_due LIMIT 1",
                                      error)))
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _tandem_store_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }

  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return tandem_store_get (self, TANDEM_TYPE_REMINDER, id, error);
}

/**
 * tandem_store_find_reminder:
 * @person_id: whose reminder
 * @kind: what it reminds of
 * @target_uuid: (nullable): what it is for: a goal's or homework's UUID, a
 *   questionnaire's id; %NULL for none
 * @error: a #TANDEM_STORE_ERROR
 *
 * Finds the person's first reminder of @kind for @target_uuid, so that a
 * reminder agreed again changes the one there is instead of adding another.
 *
 * Returns: (transfer full) (nullable): the reminder, or %NULL without an
 *   error when there is none
 */
TandemReminder *
tandem_store_find_reminder (TandemStore         *self,
                            gint64               person_id,
                            TandemReminderKind   kind,
                            const char          *target_uuid,
                            GError             **error)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (TANDEM_TYPE_REMINDER_KIND);
  GEnumValue *value = g_enum_get_value (kinds, kind);
  sqlite3_stmt *stmt;
  gint64 id;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);
  g_return_val_if_fail (value != NULL, NULL);

  if (!(stmt = _tandem_store_prepare (self,
                                      "SELECT id FROM reminder WHERE person_id = ?1 AND kind = ?2"
                                      " AND target_uuid IS ?3 ORDER BY id LIMIT 1",
                                      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, value->value_nick, -1, SQLITE_STATIC);
  if (target_uuid != NULL)
    sqlite3_bind_text (stmt, 3, target_uuid, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 3);

  rc = sqlite3_step (stmt);
  id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _tandem_store_set_error (self, rc, error);
      return NULL;
    }
  if (id == 0)
    return NULL;

  return tandem_store_get (self, TANDEM_TYPE_REMINDER, id, error);
}

static void
clear_due (gpointer data)
{
  TandemDue *item = data;

  g_clear_object (&item->reminder);
}

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const TandemDue *x = a;
  const TandemDue *y = b;
  gint64 id_x, id_y;

  if (x->due != y->due)
    return x->due < y->due ? -1 : 1;

  id_x = tandem_record_get_id (TANDEM_RECORD (x->reminder));
  id_y = tandem_record_get_id (TANDEM_RECORD (y->reminder));
  return (id_x > id_y) - (id_x < id_y);
}

/**
 * tandem_store_list_next_due:
 * @self: a store
 * @person_id: a person, or 0 for everyone
 * @now: the present moment
 * @tz: the time zone of the reminders' wall-clock times
 * @count: how many due times are wanted
 * @error: a #TANDEM_STORE_ERROR
 *
 * The next @count due times of all enabled reminders together, as the
 * reminder service computes them: tandem_schedule_next_occurrences(),
 * leaving out what tandem_store_is_reminder_done() finds done.
 *
 * Returns: (transfer full) (element-type TandemDue): the due times, earliest
 *   first, or %NULL with @error set
 */
GArray *
tandem_store_list_next_due (TandemStore  *self,
                            gint64        person_id,
                            GDateTime    *now,
                            GTimeZone    *tz,
                            guint         count,
                            GError      **error)
{
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GArray) result = NULL;
  guint n;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL && tz != NULL, NULL);

  if (!(list = tandem_store_list_reminders (self, person_id, error)))
    return NULL;

  result = g_array_new (FALSE, FALSE, sizeof (TandemDue));
  g_array_set_clear_func (result, clear_due);

  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemReminder) reminder = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autoptr(GArray) found = NULL;

      if (!tandem_reminder_get_enabled (reminder))
        continue;

      found = g_array_new (FALSE, FALSE, sizeof (gint64));
      if (!collect_due (self, reminder, now, tz, count, found, error))
        return NULL;

      for (guint k = 0; k < found->len; k++)
        {
          TandemDue item = { g_object_ref (reminder), g_array_index (found, gint64, k) };

          g_array_append_val (result, item);
        }
    }

  g_array_sort (result, compare_due);
  if (result->len > count)
    g_array_set_size (result, count);

  return g_steal_pointer (&result);
}

/**
 * tandem_store_get_data_version:
 * @self: a store
 * @error: a #TANDEM_STORE_ERROR
 *
 * SQLite's data version of the database: it changes when another connection
 * (the application, tandem-cli) commits a change, and not for this store's
 * own writes. The reminder service compares it to tell other writers'
 * changes from its own.
 *
 * Returns: the data version, or -1 with @error set
 */
gint64
tandem_store_get_data_version (TandemStore  *self,
                               GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 version;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), -1);

  if (!(stmt = _tandem_store_prepare (self, "PRAGMA data_version", error)))
    return -1;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _tandem_store_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return -1;
    }

  version = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return version;
}

static const char *
outcome_nick (TandemFiringOutcome outcome)
{
  GEnumClass *klass = g_type_class_peek (TANDEM_TYPE_FIRING_OUTCOME);
  GEnumValue *value;

  if (klass == NULL)
    klass = g_type_class_ref (TANDEM_TYPE_FIRING_OUTCOME);  /* kept for the process */
  value = g_enum_get_value (klass, outcome);

  return value != NULL ? value->value_nick : NULL;
}

/**
 * tandem_store_set_firing_outcome:
 * @self: a store
 * @reminder_id: a reminder
 * @due_at: the due time of one of its firings (microseconds since the epoch)
 * @outcome: what became of it: %TANDEM_FIRING_ACTED, %TANDEM_FIRING_SNOOZED
 *   or %TANDEM_FIRING_DISMISSED
 * @changed: (out) (optional): whether the firing took @outcome
 * @error: a #TANDEM_STORE_ERROR
 *
 * Records what became of a notification. Only a firing that is still
 * "shown" changes, so an outcome is recorded once: a notification that was
 * snoozed and then closed stays snoozed, and a missed firing stays missed.
 * A firing that does not exist is not an error; @changed is then %FALSE.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
tandem_store_set_firing_outcome (TandemStore          *self,
                                 gint64                reminder_id,
                                 gint64                due_at,
                                 TandemFiringOutcome   outcome,
                                 gboolean             *changed,
                                 GError              **error)
{
  sqlite3_stmt *stmt;
  const char *nick;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  if (changed != NULL)
    *changed = FALSE;

  nick = outcome_nick (outcome);
  g_return_val_if_fail (nick != NULL, FALSE);

  if (!tandem_store_begin (self, error))
    return FALSE;

  if (!(stmt = _tandem_store_prepare (self,
                                      "UPDATE reminder_firing SET outcome = ?, updated_at = ? "
                                      "WHERE reminder_id = ? AND due_at = ? AND outcome = 'shown'",
                                      error)))
    {
      tandem_store_rollback (self);
      return FALSE;
    }

  sqlite3_bind_text (stmt, 1, nick, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, _tandem_store_now (self));
  sqlite3_bind_int64 (stmt, 3, reminder_id);
  sqlite3_bind_int64 (stmt, 4, due_at);

  if (!_tandem_store_step_done (self, stmt, error))
    {
      tandem_store_rollback (self);
      return FALSE;
    }

  if (changed != NULL)
    *changed = sqlite3_changes (_tandem_store_get_db (self)) > 0;

  return tandem_store_commit (self, error);
}

/**
 * tandem_store_snooze_reminder:
 * @self: a store
 * @reminder_id: a reminder
 * @due_at: the due time of the firing that was snoozed, or 0
 * @until: when the reminder is due again (microseconds since the epoch),
 *   after @now
 * @now: the present moment
 * @tz: the time zone of the reminder's wall-clock times
 * @error: a #TANDEM_STORE_ERROR
 *
 * Snoozes a reminder: keeps @until in its snoozed-until column, records the
 * firing at @due_at as snoozed (see tandem_store_set_firing_outcome()) and
 * computes its next due time again, which is then @until unless that
 * occurrence is already done. All of it happens in one transaction. Like
 * the cached next due time, a snooze belongs to this machine and is not an
 * edit: the reminder's updated-at stays as it was.
 *
 * Returns: %TRUE on success, %FALSE with @error set and nothing changed
 */
gboolean
tandem_store_snooze_reminder (TandemStore  *self,
                              gint64        reminder_id,
                              gint64        due_at,
                              gint64        until,
                              GDateTime    *now,
                              GTimeZone    *tz,
                              GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (now != NULL && tz != NULL, FALSE);

  if (!tandem_store_begin (self, error))
    return FALSE;

  if (!(stmt = _tandem_store_prepare (self, "UPDATE reminder SET snoozed_until = ? WHERE id = ?",
                                      error)))
    goto failed;

  sqlite3_bind_int64 (stmt, 1, until);
  sqlite3_bind_int64 (stmt, 2, reminder_id);
  if (!_tandem_store_step_done (self, stmt, error))
    goto failed;

  if (sqlite3_changes (_tandem_store_get_db (self)) == 0)
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                   _("The reminder no longer exists."));
      goto failed;
    }

  if ((due_at != 0 &&
       !tandem_store_set_firing_outcome (self, reminder_id, due_at, TANDEM_FIRING_SNOOZED,
                                         NULL, error)) ||
      !tandem_store_update_next_due (self, reminder_id, now, tz, error))
    goto failed;

  return tandem_store_commit (self, error);

failed:
  tandem_store_rollback (self);
  return FALSE;
}

/* The due time of the latest firing of a reminder, 0 when it never fired. */
static gboolean
latest_firing (TandemStore  *self,
               gint64        reminder_id,
               gint64       *due_at,
               GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _tandem_store_prepare (self,
                                      "SELECT max(due_at) FROM reminder_firing "
                                      "WHERE reminder_id = ?",
                                      error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, reminder_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _tandem_store_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  *due_at = sqlite3_column_int64 (stmt, 0);  /* NULL reads as 0 */
  sqlite3_reset (stmt);
  return TRUE;
}

/* The most missed occurrences recorded for one reminder. */
#define MAX_MISSED_PER_REMINDER 256

static gboolean
record_missed_of (TandemStore     *self,
                  TandemReminder  *reminder,
                  gint64           now_us,
                  gint64           window_start,
                  GTimeZone       *tz,
                  GArray          *out,
                  GError         **error)
{
  gint64 id = tandem_record_get_id (TANDEM_RECORD (reminder));
  g_autoptr(GDateTime) cursor = NULL;
  gint64 from;
  guint added = 0;

  if (!latest_firing (self, id, &from, error))
    return FALSE;

  /* Not before the reminder took its present form, nor before the window. */
  from = MAX (from, tandem_record_get_updated_at (TANDEM_RECORD (reminder)));
  from = MAX (from, window_start);
  if (from >= now_us)
    return TRUE;

  cursor = date_time_from_us (from);
  while (added < MAX_MISSED_PER_REMINDER)
    {
      gint64 due[16];
      guint n = tandem_schedule_next_occurrences (reminder, cursor, tz, due, G_N_ELEMENTS (due));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TandemReminderFiring) firing = NULL;
          gboolean done;

          if (due[i] > now_us || added >= MAX_MISSED_PER_REMINDER)
            return TRUE;

          if (!tandem_store_is_reminder_done (self, reminder, due[i], tz, &done, error))
            return FALSE;
          if (done)
            continue;

          firing = tandem_reminder_firing_new (id, due[i], TANDEM_FIRING_MISSED);
          tandem_reminder_firing_set_fired_at (firing, now_us);
          if (!tandem_store_insert (self, TANDEM_RECORD (firing), error))
            return FALSE;

          {
            TandemDue item = { g_object_ref (reminder), due[i] };

            g_array_append_val (out, item);
          }
          added++;
        }

      if (n < G_N_ELEMENTS (due))
        return TRUE;

      g_date_time_unref (cursor);
      cursor = date_time_from_us (due[n - 1]);
    }

  return TRUE;
}

/**
 * tandem_store_record_missed:
 * @self: a store
 * @now: the present moment
 * @tz: the time zone of the reminders' wall-clock times
 * @window: how far back to look, in microseconds
 * @error: a #TANDEM_STORE_ERROR
 *
 * Records the occurrences that came due while no reminder service was
 * running: for each enabled reminder, those after its latest firing, after
 * its last edit (its updated-at) and within @window before @now, up to
 * @now, leaving out what tandem_store_is_reminder_done() finds done. Each is
 * inserted into `reminder_firing` as missed, all in one transaction, so that
 * they are recorded once: called again, the function finds none of them.
 *
 * Returns: (transfer full) (element-type TandemDue): the occurrences
 *   recorded, earliest first (possibly none), or %NULL with @error set and
 *   nothing recorded
 */
GArray *
tandem_store_record_missed (TandemStore  *self,
                            GDateTime    *now,
                            GTimeZone    *tz,
                            GTimeSpan     window,
                            GError      **error)
{
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GArray) result = NULL;
  gint64 now_us;
  guint n;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL && tz != NULL, NULL);
  g_return_val_if_fail (window >= 0, NULL);

  now_us = g_date_time_to_unix (now) * G_USEC_PER_SEC + g_date_time_get_microsecond (now);

  if (!(list = tandem_store_list_reminders (self, 0, error)))
    return NULL;

  result = g_array_new (FALSE, FALSE, sizeof (TandemDue));
  g_array_set_clear_func (result, clear_due);

  if (!tandem_store_begin (self, error))
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemReminder) reminder = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (!tandem_reminder_get_enabled (reminder))
        continue;

      if (!record_missed_of (self, reminder, now_us, now_us - window, tz, result, error))
        {
          tandem_store_rollback (self);
          return NULL;
        }
    }

  if (!tandem_store_commit (self, error))
    return NULL;

  g_array_sort (result, compare_due);
  return g_steal_pointer (&result);
}
