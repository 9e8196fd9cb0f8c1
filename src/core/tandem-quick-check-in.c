/* tandem-quick-check-in.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-quick-check-in"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-goal.h"
#include "tandem-quick-check-in.h"
#include "tandem-record-private.h"
#include "tandem-store-private.h"

/* Replaces @error by one that says which entry it is about, keeping its
 * domain and code. */
static void
name_entry_in_error (GError     **error,
                     const char  *goal_title)
{
  g_autofree char *message = NULL;
  GError *original;

  if (error == NULL || *error == NULL)
    return;

  original = *error;
  if (goal_title != NULL)
    /* Translators: the first %s is a goal's title, the second a sentence
     * that says what is wrong, e.g. "The rating must be between 0 and 10, not 11." */
    message = g_strdup_printf (_("Entry for “%s”: %s Nothing was saved."),
                               goal_title, original->message);
  else
    /* Translators: %s is a sentence that says what is wrong. */
    message = g_strdup_printf (_("Overall entry: %s Nothing was saved."), original->message);

  *error = g_error_new_literal (original->domain, original->code, message);
  g_error_free (original);
}

/**
 * tandem_quick_check_in_dup_today:
 *
 * Returns: (transfer full): the local calendar date of the store's clock,
 *   the last day a check-in may be written for
 */
char *
tandem_quick_check_in_dup_today (TandemStore *store)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  now = g_date_time_new_from_unix_local (_tandem_store_now (store) / G_USEC_PER_SEC);
  return g_date_time_format (now, "%Y-%m-%d");
}

static gboolean
prepare_entry (TandemStore    *store,
               TandemCheckIn  *entry,
               gint64          person_id,
               const char     *day,
               gboolean        is_overall,
               char          **goal_title,
               GError        **error)
{
  gint64 goal_id = tandem_check_in_get_goal_id (entry);

  if (!is_overall)
    {
      g_autoptr(TandemGoal) goal = NULL;
      g_autoptr(GError) local_error = NULL;

      if (goal_id == 0)
        {
          g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                               _("Each goal entry of a check-in must name its goal. Nothing was saved."));
          return FALSE;
        }

      if (!(goal = tandem_store_get (store, TANDEM_TYPE_GOAL, goal_id, &local_error)))
        {
          if (g_error_matches (local_error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
            g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                                 _("One of the goals of this check-in no longer exists. Nothing was saved."));
          else
            g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      *goal_title = g_strdup (tandem_goal_get_title (goal));

      if (tandem_goal_get_person_id (goal) != person_id)
        {
          g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                       _("The goal “%s” belongs to someone else. Nothing was saved."), *goal_title);
          return FALSE;
        }
    }

  tandem_check_in_set_person_id (entry, person_id);
  tandem_check_in_set_day (entry, day);

  if (!tandem_record_validate (TANDEM_RECORD (entry), error))
    {
      name_entry_in_error (error, *goal_title);
      return FALSE;
    }

  return TRUE;
}

/**
 * tandem_quick_check_in_save:
 * @store: the store
 * @person_id: whose check-in it is
 * @day: the local calendar date, "YYYY-MM-DD"; today or earlier
 * @overall: (nullable): the entry for the day as a whole (mood, note, win),
 *   without a goal
 * @goal_entries: (array length=n_goal_entries) (nullable): one entry per goal
 * @n_goal_entries: how many
 * @error: a %TANDEM_STORE_ERROR
 *
 * Saves a quick check-in: every entry gets @person_id and @day, and all of
 * them are written in one transaction, so that either every entry is saved
 * or none. Entries that are already stored are updated, the others inserted.
 *
 * A date after today (the local date of the store's clock) is refused with
 * %TANDEM_STORE_ERROR_INVALID, and so is an entry whose values break a rule;
 * the message then says which entry ("Entry for “Sleep”: …").
 *
 * Returns: %TRUE when everything was saved; on failure nothing was
 */
gboolean
tandem_quick_check_in_save (TandemStore          *store,
                            gint64                person_id,
                            const char           *day,
                            TandemCheckIn        *overall,
                            TandemCheckIn *const *goal_entries,
                            guint                 n_goal_entries,
                            GError              **error)
{
  g_autofree char *today = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree gboolean *was_new = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (person_id > 0, FALSE);
  g_return_val_if_fail (overall == NULL || TANDEM_IS_CHECK_IN (overall), FALSE);
  g_return_val_if_fail (overall == NULL || tandem_check_in_get_goal_id (overall) == 0, FALSE);
  g_return_val_if_fail (n_goal_entries == 0 || goal_entries != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!tandem_date_is_valid (day))
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("The date of a check-in must be a real date. Nothing was saved."));
      return FALSE;
    }

  today = tandem_quick_check_in_dup_today (store);
  if (g_strcmp0 (day, today) > 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("A check-in cannot be dated in the future. Choose today or an earlier day."));
      return FALSE;
    }

  if (overall == NULL && n_goal_entries == 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("This check-in has no entries. Nothing was saved."));
      return FALSE;
    }

  /* Check every entry before writing any. */
  if (overall != NULL)
    {
      g_autofree char *title = NULL;  /* stays NULL: the day as a whole */

      if (!prepare_entry (store, overall, person_id, day, TRUE, &title, error))
        return FALSE;
    }

  for (guint i = 0; i < n_goal_entries; i++)
    {
      g_autofree char *title = NULL;

      g_return_val_if_fail (TANDEM_IS_CHECK_IN (goal_entries[i]), FALSE);
      if (!prepare_entry (store, goal_entries[i], person_id, day, FALSE, &title, error))
        return FALSE;
    }

  entries = g_ptr_array_new ();
  if (overall != NULL)
    g_ptr_array_add (entries, overall);
  for (guint i = 0; i < n_goal_entries; i++)
    g_ptr_array_add (entries, goal_entries[i]);
  was_new = g_new0 (gboolean, entries->len);

  if (!tandem_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      TandemRecord *record = entries->pdata[i];

      was_new[i] = !tandem_record_is_stored (record);
      if (!(was_new[i] ? tandem_store_insert (store, record, error)
                       : tandem_store_update (store, record, error)))
        {
          tandem_store_rollback (store);
          goto failed;
        }
    }

  if (tandem_store_commit (store, error))
    return TRUE;

failed:
  /* The rows inserted so far were rolled back: their records must not look
   * stored. */
  for (guint i = 0; i < entries->len; i++)
    if (was_new[i] && tandem_record_is_stored (entries->pdata[i]))
      _tandem_record_forget_identity (entries->pdata[i]);
  return FALSE;
}
