/* tandem-homework.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-homework"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-date.h"
#include "tandem-enum-types.h"
#include "tandem-goal.h"
#include "tandem-homework.h"
#include "tandem-quick-check-in.h"
#include "tandem-record-private.h"
#include "tandem-schedule.h"
#include "tandem-store-private.h"

struct _TandemHomework
{
  TandemRecord parent_instance;

  gint64  person_id;
  gint64  goal_id;
  char   *title;
  char   *details;
  char   *assigned_on;
  char   *due_on;
  gint64  done_at;
};

G_DEFINE_FINAL_TYPE (TandemHomework, tandem_homework, TANDEM_TYPE_RECORD)

enum {
  FIELD_PERSON_ID,
  FIELD_GOAL_ID,
  FIELD_TITLE,
  FIELD_DETAILS,
  FIELD_ASSIGNED_ON,
  FIELD_DUE_ON,
  FIELD_DONE_AT,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_PERSON_ID] = { "person-id", TANDEM_FIELD_REF, 0,
      TANDEM_FIELD_AT (TandemHomework, person_id), .ref_entity = "person", .label = NC_("field name", "person") },
  [FIELD_GOAL_ID] = { "goal-id", TANDEM_FIELD_REF, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemHomework, goal_id), .ref_entity = "goal", .label = NC_("field name", "goal") },
  [FIELD_TITLE] = { "title", TANDEM_FIELD_STRING, TANDEM_FIELD_REQUIRED,
      TANDEM_FIELD_AT (TandemHomework, title), .label = NC_("field name", "title") },
  [FIELD_DETAILS] = { "details", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemHomework, details) },
  [FIELD_ASSIGNED_ON] = { "assigned-on", TANDEM_FIELD_DATE, 0,
      TANDEM_FIELD_AT (TandemHomework, assigned_on), .label = NC_("field name", "date assigned") },
  [FIELD_DUE_ON] = { "due-on", TANDEM_FIELD_DATE, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemHomework, due_on), .label = NC_("field name", "due date") },
  [FIELD_DONE_AT] = { "done-at", TANDEM_FIELD_TIMESTAMP, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemHomework, done_at) },
};

/* A rule for new input only: bundles from before it may hold homework due
 * before the day it was assigned, and importing them keeps it as it is. */
static gboolean
tandem_homework_check_input (TandemRecord  *record,
                             GError       **error)
{
  TandemHomework *self = TANDEM_HOMEWORK (record);

  /* Dates compare as text: both are YYYY-MM-DD. */
  if (self->due_on != NULL && g_strcmp0 (self->due_on, self->assigned_on) < 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("The due date cannot come before the day the homework is assigned."));
      return FALSE;
    }

  return TRUE;
}

static void
tandem_homework_class_init (TandemHomeworkClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "homework", "homework",
                                      fields, N_FIELDS);

  TANDEM_RECORD_CLASS (klass)->check_input = tandem_homework_check_input;
}

static void
tandem_homework_init (TandemHomework *self)
{

}

/**
 * tandem_homework_new:
 *
 * Creates a task agreed in session.
 *
 * Returns: (transfer full): a new, not yet stored homework
 */
TandemHomework *
tandem_homework_new (gint64      person_id,
                     const char *title,
                     const char *assigned_on)
{
  return g_object_new (TANDEM_TYPE_HOMEWORK,
                       "person-id", person_id,
                       "title", title,
                       "assigned-on", assigned_on,
                       NULL);
}

gint64
tandem_homework_get_person_id (TandemHomework *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), 0);

  return self->person_id;
}

void
tandem_homework_set_person_id (TandemHomework *self,
                               gint64          person_id)
{
  g_return_if_fail (TANDEM_IS_HOMEWORK (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_PERSON_ID, person_id);
}

gint64
tandem_homework_get_goal_id (TandemHomework *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), 0);

  return self->goal_id;
}

void
tandem_homework_set_goal_id (TandemHomework *self,
                             gint64          goal_id)
{
  g_return_if_fail (TANDEM_IS_HOMEWORK (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_GOAL_ID, goal_id);
}

const char *
tandem_homework_get_title (TandemHomework *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), NULL);

  return self->title;
}

void
tandem_homework_set_title (TandemHomework *self,
                           const char     *title)
{
  g_return_if_fail (TANDEM_IS_HOMEWORK (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_TITLE, title);
}

const char *
tandem_homework_get_details (TandemHomework *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), NULL);

  return self->details;
}

void
tandem_homework_set_details (TandemHomework *self,
                             const char     *details)
{
  g_return_if_fail (TANDEM_IS_HOMEWORK (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_DETAILS, details);
}

const char *
tandem_homework_get_assigned_on (TandemHomework *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), NULL);

  return self->assigned_on;
}

void
tandem_homework_set_assigned_on (TandemHomework *self,
                                 const char     *assigned_on)
{
  g_return_if_fail (TANDEM_IS_HOMEWORK (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_ASSIGNED_ON, assigned_on);
}

const char *
tandem_homework_get_due_on (TandemHomework *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), NULL);

  return self->due_on;
}

void
tandem_homework_set_due_on (TandemHomework *self,
                            const char     *due_on)
{
  g_return_if_fail (TANDEM_IS_HOMEWORK (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_DUE_ON, due_on);
}

gint64
tandem_homework_get_done_at (TandemHomework *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), 0);

  return self->done_at;
}

void
tandem_homework_set_done_at (TandemHomework *self,
                             gint64          done_at)
{
  g_return_if_fail (TANDEM_IS_HOMEWORK (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_DONE_AT, done_at);
}

/* Storing ----------------------------------------------------------------- */

/* A linked goal must exist and belong to the same person. */
static gboolean
check_goal (TandemStore     *store,
            TandemHomework  *homework,
            GError         **error)
{
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(GError) local_error = NULL;

  if (homework->goal_id == 0)
    return TRUE;

  if (!(goal = tandem_store_get (store, TANDEM_TYPE_GOAL, homework->goal_id, &local_error)))
    {
      if (g_error_matches (local_error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
        g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                             _("The goal this homework is linked to no longer exists. Nothing was saved."));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (tandem_goal_get_person_id (goal) != homework->person_id)
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                   /* Translators: %s is the title of a goal */
                   _("The goal “%s” belongs to someone else. Nothing was saved."),
                   tandem_goal_get_title (goal));
      return FALSE;
    }

  return TRUE;
}

/**
 * tandem_homework_save:
 * @store: the store
 * @homework: a new or stored homework
 * @error: a %TANDEM_STORE_ERROR
 *
 * Inserts @homework, or updates it when it is stored already. Besides the
 * rules every record follows (a title; real dates), the rules for new
 * input apply (a due date not before the day it is assigned, which an
 * import does not ask of older records), and a linked goal must be one of
 * the same person's.
 * A homework without an assigned day gets today's (the store's clock).
 *
 * Returns: %TRUE when saved; on failure nothing was written
 */
gboolean
tandem_homework_save (TandemStore     *store,
                      TandemHomework  *homework,
                      GError         **error)
{
  gboolean ok;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (homework), FALSE);

  if (homework->assigned_on == NULL)
    {
      g_autofree char *today = tandem_quick_check_in_dup_today (store);

      tandem_homework_set_assigned_on (homework, today);
    }

  if (!tandem_record_check_input (TANDEM_RECORD (homework), error) ||
      !check_goal (store, homework, error))
    return FALSE;

  if (tandem_record_is_stored (TANDEM_RECORD (homework)))
    ok = tandem_store_update (store, TANDEM_RECORD (homework), error);
  else
    ok = tandem_store_insert (store, TANDEM_RECORD (homework), error);

  return ok;
}

/**
 * tandem_homework_mark_done:
 * @store: the store
 * @homework: a stored homework
 * @done: done, or open again
 * @error: a %TANDEM_STORE_ERROR
 *
 * Marks @homework done now (the store's clock) or open again, and writes
 * it with a new `updated_at`, so that the change travels in a bundle.
 * Marking done what is done already keeps the time it was done.
 *
 * Returns: %TRUE when @homework is stored as @done
 */
gboolean
tandem_homework_mark_done (TandemStore     *store,
                           TandemHomework  *homework,
                           gboolean         done,
                           GError         **error)
{
  gint64 previous;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (homework), FALSE);
  g_return_val_if_fail (tandem_record_is_stored (TANDEM_RECORD (homework)), FALSE);

  previous = homework->done_at;
  if ((previous != 0) == !!done)
    return TRUE;

  tandem_homework_set_done_at (homework, done ? _tandem_store_now (store) : 0);
  if (!tandem_store_update (store, TANDEM_RECORD (homework), error))
    {
      tandem_homework_set_done_at (homework, previous);
      return FALSE;
    }

  return TRUE;
}

/**
 * tandem_homework_delete:
 * @store: the store
 * @homework: a stored homework
 * @error: a %TANDEM_STORE_ERROR
 *
 * Deletes @homework and the reminders for it, in one transaction.
 *
 * Returns: %TRUE when deleted; on failure nothing was
 */
gboolean
tandem_homework_delete (TandemStore     *store,
                        TandemHomework  *homework,
                        GError         **error)
{
  g_autoptr(GListStore) reminders = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (homework), FALSE);

  if (!tandem_store_begin (store, error))
    return FALSE;

  if (!(reminders = tandem_homework_list_reminders (store, homework, error)))
    goto failed;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (reminders)); i++)
    {
      g_autoptr(TandemRecord) reminder = g_list_model_get_item (G_LIST_MODEL (reminders), i);

      if (!tandem_store_delete (store, reminder, error))
        goto failed;
    }

  if (!tandem_store_delete (store, TANDEM_RECORD (homework), error))
    goto failed;

  return tandem_store_commit (store, error);

failed:
  tandem_store_rollback (store);
  return FALSE;
}

/* Reading ----------------------------------------------------------------- */

/**
 * tandem_homework_list:
 * @store: the store
 * @person_id: whose homework
 * @open_only: leave out what is done
 * @error: a %TANDEM_STORE_ERROR
 *
 * Lists a person's homework as a list shows it: what is open first, by due
 * date (homework without one after those with one), then what is done,
 * the most recently done first.
 *
 * Returns: (transfer full): a list of #TandemHomework
 */
GListStore *
tandem_homework_list (TandemStore  *store,
                      gint64        person_id,
                      gboolean      open_only,
                      GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  if (open_only)
    return _tandem_store_list_where_id (store, TANDEM_TYPE_HOMEWORK,
                                        "WHERE person_id = ? AND done_at IS NULL "
                                        "ORDER BY due_on IS NULL, due_on, id",
                                        person_id, error);

  return _tandem_store_list_where_id (store, TANDEM_TYPE_HOMEWORK,
                                      "WHERE person_id = ? "
                                      "ORDER BY done_at IS NOT NULL, "
                                      "(done_at IS NULL AND due_on IS NULL), "
                                      "CASE WHEN done_at IS NULL THEN due_on END, "
                                      "done_at DESC, id",
                                      person_id, error);
}

static char *
local_day_of (gint64 us)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (us / G_USEC_PER_SEC);

  return g_date_time_format (time, "%Y-%m-%d");
}

/**
 * tandem_homework_get_completion:
 * @store: the store
 * @person_id: whose homework
 * @from_day: (nullable): the first day of the period, inclusive
 * @to_day: (nullable): the last day, inclusive
 * @completion: (out caller-allocates): the counts
 * @error: a %TANDEM_STORE_ERROR
 *
 * Counts the homework that came due in the period, by its due date or,
 * without one, by the day it was assigned, and how much of it is done, and
 * done on or before the due date (the local date it was marked done).
 *
 * Returns: %TRUE on success
 */
gboolean
tandem_homework_get_completion (TandemStore               *store,
                                gint64                     person_id,
                                const char                *from_day,
                                const char                *to_day,
                                TandemHomeworkCompletion  *completion,
                                GError                   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (completion != NULL, FALSE);

  *completion = (TandemHomeworkCompletion) { 0, 0, 0 };

  if (!(stmt = _tandem_store_prepare (store,
                                      "SELECT COALESCE(due_on, assigned_on), done_at FROM homework "
                                      "WHERE person_id = ?1 "
                                      "AND COALESCE(due_on, assigned_on) BETWEEN ?2 AND ?3",
                                      error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, from_day ? from_day : "0000-01-01", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, to_day ? to_day : "9999-12-31", -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *due = (const char *) sqlite3_column_text (stmt, 0);

      completion->due++;
      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        {
          g_autofree char *done_day = local_day_of (sqlite3_column_int64 (stmt, 1));

          completion->done++;
          if (g_strcmp0 (done_day, due) <= 0)
            completion->done_on_time++;
        }
    }

  if (rc != SQLITE_DONE)
    {
      _tandem_store_set_error (store, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * tandem_homework_completion_get_rate:
 *
 * Returns: the share of the homework due that is done, from 0 to 1, or
 *   NAN when nothing came due
 */
double
tandem_homework_completion_get_rate (const TandemHomeworkCompletion *completion)
{
  g_return_val_if_fail (completion != NULL, NAN);

  if (completion->due == 0)
    return NAN;

  return (double) completion->done / completion->due;
}

/* Words ------------------------------------------------------------------- */

/**
 * tandem_homework_is_overdue:
 * @today: the local date, "YYYY-MM-DD"
 *
 * Returns: %TRUE when @self is open and its due date has gone by
 */
gboolean
tandem_homework_is_overdue (TandemHomework *self,
                            const char     *today)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  return self->done_at == 0 && self->due_on != NULL && g_strcmp0 (self->due_on, today) < 0;
}

static GDateTime *
noon_of (const GDate *date)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 12, 0, 0);
}

/* "2 December", or "2 December 2027" in another year than @today's. */
static char *
format_short_day (const GDate *date,
                  const GDate *today)
{
  g_autoptr(GDateTime) time = noon_of (date);

  if (g_date_get_year (date) == g_date_get_year (today))
    /* Translators: a day in this year, a g_date_time_format() pattern,
     * such as “2 December” */
    /* xgettext:no-c-format */
    return g_date_time_format (time, C_("homework date", "%-d %B"));

  /* Translators: a day in another year, a g_date_time_format() pattern,
   * such as “2 December 2027” */
  /* xgettext:no-c-format */
  return g_date_time_format (time, C_("homework date", "%-d %B %Y"));
}

/**
 * tandem_homework_describe_due:
 * @today: the local date, "YYYY-MM-DD"
 *
 * Says when @self is due, in plain and neutral words: "Due today", "Due
 * tomorrow", "Due Friday" (within a week), "Due 12 December", "Overdue
 * since 2 December", "No due date"; for homework that is done, "Done
 * today" or "Done 3 December".
 *
 * Returns: (transfer full): the sentence
 */
char *
tandem_homework_describe_due (TandemHomework *self,
                              const char     *today)
{
  GDate today_date, due_date;
  int days;

  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (!tandem_date_parse (today, &today_date))
    g_return_val_if_reached (NULL);

  if (self->done_at != 0)
    {
      g_autofree char *done_day = local_day_of (self->done_at);
      g_autofree char *when = NULL;
      GDate done_date;

      if (g_str_equal (done_day, today) || !tandem_date_parse (done_day, &done_date))
        return g_strdup (_("Done today"));

      when = format_short_day (&done_date, &today_date);
      /* Translators: %s is a day, such as “3 December” */
      return g_strdup_printf (_("Done %s"), when);
    }

  if (self->due_on == NULL || !tandem_date_parse (self->due_on, &due_date))
    return g_strdup (_("No due date"));

  days = g_date_days_between (&today_date, &due_date);

  if (days < 0)
    {
      g_autofree char *when = format_short_day (&due_date, &today_date);

      /* Translators: %s is the due date, such as “2 December” */
      return g_strdup_printf (_("Overdue since %s"), when);
    }
  if (days == 0)
    return g_strdup (_("Due today"));
  if (days == 1)
    return g_strdup (_("Due tomorrow"));
  if (days < 7)
    {
      g_autoptr(GDateTime) time = noon_of (&due_date);
      g_autofree char *weekday = g_date_time_format (time, "%A");

      /* Translators: %s is a day of the week, such as “Friday” */
      return g_strdup_printf (C_("due on a weekday", "Due %s"), weekday);
    }

  {
    g_autofree char *when = format_short_day (&due_date, &today_date);

    /* Translators: %s is a day, such as “12 December” */
    return g_strdup_printf (C_("due on a date", "Due %s"), when);
  }
}

/* Reminders --------------------------------------------------------------- */

/**
 * tandem_homework_list_reminders:
 * @store: the store
 * @homework: a stored homework
 * @error: a %TANDEM_STORE_ERROR
 *
 * Returns: (transfer full): the homework reminders whose target is @homework
 */
GListStore *
tandem_homework_list_reminders (TandemStore     *store,
                                TandemHomework  *homework,
                                GError         **error)
{
  g_autoptr(GListStore) all = NULL;
  GListStore *result;
  const char *uuid;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (homework), NULL);

  if (!(all = tandem_store_list_reminders (store, homework->person_id, error)))
    return NULL;

  uuid = tandem_record_get_uuid (TANDEM_RECORD (homework));
  result = g_list_store_new (TANDEM_TYPE_REMINDER);
  for (guint i = 0; uuid != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (all)); i++)
    {
      g_autoptr(TandemReminder) reminder = g_list_model_get_item (G_LIST_MODEL (all), i);

      if (tandem_reminder_get_kind (reminder) == TANDEM_REMINDER_KIND_HOMEWORK &&
          g_strcmp0 (tandem_reminder_get_target_uuid (reminder), uuid) == 0)
        g_list_store_append (result, reminder);
    }

  return result;
}

/**
 * tandem_homework_new_reminder:
 * @homework: a stored homework
 * @time_of_day: "HH:MM"
 *
 * Makes the reminder that goes with @homework: every day at @time_of_day
 * from the day it is assigned until its due date (or until it is done,
 * without one), only while it is not done.
 *
 * Returns: (transfer full): a new, not yet stored reminder
 */
TandemReminder *
tandem_homework_new_reminder (TandemHomework *homework,
                              const char     *time_of_day)
{
  TandemReminder *reminder;

  g_return_val_if_fail (TANDEM_IS_HOMEWORK (homework), NULL);
  g_return_val_if_fail (time_of_day != NULL, NULL);

  reminder = tandem_reminder_new (homework->person_id, TANDEM_REMINDER_KIND_HOMEWORK,
                                  TANDEM_RECURRENCE_DAILY, time_of_day, homework->assigned_on);
  tandem_reminder_set_target_uuid (reminder, tandem_record_get_uuid (TANDEM_RECORD (homework)));
  tandem_reminder_set_end_date (reminder, homework->due_on);
  tandem_reminder_set_only_if_not_done (reminder, TRUE);

  return reminder;
}

/**
 * tandem_homework_set_reminder:
 * @store: the store
 * @homework: a stored homework
 * @time_of_day: (nullable): "HH:MM", or %NULL for no reminder
 * @now: the time the next due time is computed from
 * @tz: the local time zone
 * @error: a %TANDEM_STORE_ERROR
 *
 * Gives @homework its daily reminder (see tandem_homework_new_reminder()),
 * or keeps the one it has and updates its time, first and last day from
 * the homework; with %NULL removes its reminders. The reminder's next due
 * time is written in the same transaction. Call it after every change of
 * the homework's dates.
 *
 * Returns: %TRUE on success; on failure nothing was changed
 */
gboolean
tandem_homework_set_reminder (TandemStore     *store,
                              TandemHomework  *homework,
                              const char      *time_of_day,
                              GDateTime       *now,
                              GTimeZone       *tz,
                              GError         **error)
{
  g_autoptr(GListStore) existing = NULL;
  g_autoptr(TandemReminder) reminder = NULL;
  guint n_existing;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (homework), FALSE);
  g_return_val_if_fail (tandem_record_is_stored (TANDEM_RECORD (homework)), FALSE);
  g_return_val_if_fail (now != NULL && tz != NULL, FALSE);

  if (time_of_day != NULL && !tandem_schedule_parse_time_of_day (time_of_day, NULL))
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                   /* Translators: %s is what was entered as a time of day */
                   _("“%s” is not a time of day. Write it as HH:MM, such as 18:30."), time_of_day);
      return FALSE;
    }

  if (!tandem_store_begin (store, error))
    return FALSE;

  if (!(existing = tandem_homework_list_reminders (store, homework, error)))
    goto failed;
  n_existing = g_list_model_get_n_items (G_LIST_MODEL (existing));

  if (time_of_day == NULL)
    {
      for (guint i = 0; i < n_existing; i++)
        {
          g_autoptr(TandemRecord) old = g_list_model_get_item (G_LIST_MODEL (existing), i);

          if (!tandem_store_delete (store, old, error))
            goto failed;
        }

      return tandem_store_commit (store, error);
    }

  if (n_existing > 0)
    {
      reminder = g_list_model_get_item (G_LIST_MODEL (existing), 0);
      tandem_reminder_set_times (reminder, time_of_day);
      tandem_reminder_set_start_date (reminder, homework->assigned_on);
      tandem_reminder_set_end_date (reminder, homework->due_on);
      tandem_reminder_set_enabled (reminder, TRUE);
      if (!tandem_schedule_validate (reminder, error) ||
          !tandem_store_update (store, TANDEM_RECORD (reminder), error))
        goto failed;
    }
  else
    {
      reminder = tandem_homework_new_reminder (homework, time_of_day);
      if (!tandem_schedule_validate (reminder, error) ||
          !tandem_store_insert (store, TANDEM_RECORD (reminder), error))
        goto failed;
    }

  if (!tandem_store_update_next_due (store, tandem_record_get_id (TANDEM_RECORD (reminder)),
                                     now, tz, error))
    goto failed;

  return tandem_store_commit (store, error);

failed:
  tandem_store_rollback (store);
  return FALSE;
}
