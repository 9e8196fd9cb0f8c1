/* tandem-rest-day.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-rest-day"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enum-types.h"
#include "tandem-rest-day.h"
#include "tandem-date.h"
#include "tandem-record-private.h"

struct _TandemRestDay
{
  TandemRecord parent_instance;

  gint64  person_id;
  char   *day;
  char   *note;
};

G_DEFINE_FINAL_TYPE (TandemRestDay, tandem_rest_day, TANDEM_TYPE_RECORD)

enum {
  FIELD_PERSON_ID,
  FIELD_DAY,
  FIELD_NOTE,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_PERSON_ID] = { "person-id", TANDEM_FIELD_REF, 0,
      TANDEM_FIELD_AT (TandemRestDay, person_id), .ref_entity = "person", .label = NC_("field name", "person") },
  [FIELD_DAY] = { "day", TANDEM_FIELD_DATE, 0,
      TANDEM_FIELD_AT (TandemRestDay, day), .label = NC_("field name", "date") },
  [FIELD_NOTE] = { "note", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemRestDay, note) },
};

static void
tandem_rest_day_class_init (TandemRestDayClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "rest_day", "rest-day",
                                      fields, N_FIELDS);
}

static void
tandem_rest_day_init (TandemRestDay *self)
{

}

/**
 * tandem_rest_day_new:
 *
 * Marks @day as a rest day, which does not break a run of check-ins.
 *
 * Returns: (transfer full): a new, not yet stored rest-day
 */
TandemRestDay *
tandem_rest_day_new (gint64      person_id,
                     const char *day)
{
  return g_object_new (TANDEM_TYPE_REST_DAY,
                       "person-id", person_id,
                       "day", day,
                       NULL);
}

gint64
tandem_rest_day_get_person_id (TandemRestDay *self)
{
  g_return_val_if_fail (TANDEM_IS_REST_DAY (self), 0);

  return self->person_id;
}

void
tandem_rest_day_set_person_id (TandemRestDay *self,
                               gint64         person_id)
{
  g_return_if_fail (TANDEM_IS_REST_DAY (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_PERSON_ID, person_id);
}

const char *
tandem_rest_day_get_day (TandemRestDay *self)
{
  g_return_val_if_fail (TANDEM_IS_REST_DAY (self), NULL);

  return self->day;
}

void
tandem_rest_day_set_day (TandemRestDay *self,
                         const char    *day)
{
  g_return_if_fail (TANDEM_IS_REST_DAY (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_DAY, day);
}

const char *
tandem_rest_day_get_note (TandemRestDay *self)
{
  g_return_val_if_fail (TANDEM_IS_REST_DAY (self), NULL);

  return self->note;
}

void
tandem_rest_day_set_note (TandemRestDay *self,
                          const char    *note)
{
  g_return_if_fail (TANDEM_IS_REST_DAY (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_NOTE, note);
}

static gboolean
check_day (const char  *day,
           GError     **error)
{
  if (tandem_date_is_valid (day))
    return TRUE;

  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                       _("A rest day must be a real date. Nothing was changed."));
  return FALSE;
}

/**
 * tandem_rest_day_mark:
 * @store: the store
 * @person_id: whose day it is
 * @day: the local calendar date, "YYYY-MM-DD"
 * @note: (nullable): why, in the person's words
 * @error: a %TANDEM_STORE_ERROR
 *
 * Marks @day as a rest day of @person_id: a run of days with a check-in
 * goes on across it. Marking a day that is already a rest day changes only
 * its note (when @note is given).
 *
 * Returns: %TRUE when the day is a rest day now
 */
gboolean
tandem_rest_day_mark (TandemStore  *store,
                      gint64        person_id,
                      const char   *day,
                      const char   *note,
                      GError      **error)
{
  g_autoptr(GListStore) existing = NULL;
  g_autoptr(TandemRestDay) rest_day = NULL;
  gboolean ok;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (person_id > 0, FALSE);

  if (!check_day (day, error) || !tandem_store_begin (store, error))
    return FALSE;

  if (!(existing = tandem_store_list_rest_days (store, person_id, day, day, error)))
    {
      tandem_store_rollback (store);
      return FALSE;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (existing)) > 0)
    {
      rest_day = g_list_model_get_item (G_LIST_MODEL (existing), 0);
      if (note == NULL || g_strcmp0 (note, rest_day->note) == 0)
        return tandem_store_commit (store, error);
      tandem_rest_day_set_note (rest_day, note);
      ok = tandem_store_update (store, TANDEM_RECORD (rest_day), error);
    }
  else
    {
      rest_day = tandem_rest_day_new (person_id, day);
      tandem_rest_day_set_note (rest_day, note);
      ok = tandem_store_insert (store, TANDEM_RECORD (rest_day), error);
    }

  if (!ok)
    {
      tandem_store_rollback (store);
      return FALSE;
    }

  return tandem_store_commit (store, error);
}

/**
 * tandem_rest_day_unmark:
 * @store: the store
 * @person_id: whose day it is
 * @day: the local calendar date, "YYYY-MM-DD"
 * @error: a %TANDEM_STORE_ERROR
 *
 * Makes @day an ordinary day again. A day that is not a rest day is left
 * as it is.
 *
 * Returns: %TRUE when the day is not a rest day now
 */
gboolean
tandem_rest_day_unmark (TandemStore  *store,
                        gint64        person_id,
                        const char   *day,
                        GError      **error)
{
  g_autoptr(GListStore) existing = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (person_id > 0, FALSE);

  if (!check_day (day, error) || !tandem_store_begin (store, error))
    return FALSE;

  if (!(existing = tandem_store_list_rest_days (store, person_id, day, day, error)))
    {
      tandem_store_rollback (store);
      return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (existing)); i++)
    {
      g_autoptr(TandemRecord) record = g_list_model_get_item (G_LIST_MODEL (existing), i);

      if (!tandem_store_delete (store, record, error))
        {
          tandem_store_rollback (store);
          return FALSE;
        }
    }

  return tandem_store_commit (store, error);
}
