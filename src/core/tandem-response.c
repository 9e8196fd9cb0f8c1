/* tandem-response.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-response"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enum-types.h"
#include "tandem-response.h"
#include "tandem-record-private.h"
#include "tandem-store-private.h"

struct _TandemResponse
{
  TandemRecord parent_instance;

  gint64    person_id;
  char     *instrument;
  gint64    taken_at;
  char     *day;
  double    total;
  char     *band;
  gboolean  safety_flag;

  GArray   *answers;  /* int per item, TANDEM_INT_UNSET when unanswered */
  gboolean  answers_dirty;
};

G_DEFINE_FINAL_TYPE (TandemResponse, tandem_response, TANDEM_TYPE_RECORD)

enum {
  FIELD_PERSON_ID,
  FIELD_INSTRUMENT,
  FIELD_TAKEN_AT,
  FIELD_DAY,
  FIELD_TOTAL,
  FIELD_BAND,
  FIELD_SAFETY_FLAG,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_PERSON_ID] = { "person-id", TANDEM_FIELD_REF, 0,
      TANDEM_FIELD_AT (TandemResponse, person_id), .ref_entity = "person", .label = NC_("field name", "person") },
  [FIELD_INSTRUMENT] = { "instrument", TANDEM_FIELD_STRING, TANDEM_FIELD_REQUIRED,
      TANDEM_FIELD_AT (TandemResponse, instrument), .label = NC_("field name", "questionnaire") },
  [FIELD_TAKEN_AT] = { "taken-at", TANDEM_FIELD_TIMESTAMP, 0,
      TANDEM_FIELD_AT (TandemResponse, taken_at) },
  [FIELD_DAY] = { "day", TANDEM_FIELD_DATE, 0,
      TANDEM_FIELD_AT (TandemResponse, day), .label = NC_("field name", "date") },
  [FIELD_TOTAL] = { "total", TANDEM_FIELD_DOUBLE, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemResponse, total) },
  [FIELD_BAND] = { "band", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemResponse, band) },
  [FIELD_SAFETY_FLAG] = { "safety-flag", TANDEM_FIELD_BOOLEAN, 0,
      TANDEM_FIELD_AT (TandemResponse, safety_flag) },
};

static gboolean
tandem_response_save_children (TandemRecord  *record,
                               TandemStore   *store,
                               gboolean       is_new,
                               GError       **error)
{
  TandemResponse *self = TANDEM_RESPONSE (record);
  gint64 id = tandem_record_get_id (record);
  sqlite3_stmt *stmt;

  if (!self->answers_dirty)
    return TRUE;

  if (!is_new)
    {
      if (!(stmt = _tandem_store_prepare (store, "DELETE FROM response_item WHERE response_id = ?",
                                          error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!_tandem_store_step_done (store, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < self->answers->len; i++)
    {
      int value = g_array_index (self->answers, int, i);

      if (value == TANDEM_INT_UNSET)
        continue;

      if (!(stmt = _tandem_store_prepare (store,
                                          "INSERT INTO response_item (response_id, item, value) "
                                          "VALUES (?, ?, ?)", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_int (stmt, 3, value);
      if (!_tandem_store_step_done (store, stmt, error))
        return FALSE;
    }

  self->answers_dirty = FALSE;
  return TRUE;
}

static gboolean
tandem_response_load_children (TandemRecord  *record,
                               TandemStore   *store,
                               GError       **error)
{
  TandemResponse *self = TANDEM_RESPONSE (record);
  sqlite3_stmt *stmt;

  if (!(stmt = _tandem_store_prepare (store,
                                      "SELECT item, value FROM response_item "
                                      "WHERE response_id = ? ORDER BY item", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (record));
  g_array_set_size (self->answers, 0);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      guint item = sqlite3_column_int (stmt, 0);
      int unset = TANDEM_INT_UNSET;

      while (self->answers->len < item)
        g_array_append_val (self->answers, unset);
      g_array_set_size (self->answers, item + 1);
      g_array_index (self->answers, int, item) = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);

  self->answers_dirty = FALSE;
  return TRUE;
}

static void
tandem_response_finalize (GObject *object)
{
  TandemResponse *self = TANDEM_RESPONSE (object);

  g_clear_pointer (&self->answers, g_array_unref);

  G_OBJECT_CLASS (tandem_response_parent_class)->finalize (object);
}

static void
tandem_response_class_init (TandemResponseClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "response", "response",
                                      fields, N_FIELDS);

  G_OBJECT_CLASS (klass)->finalize = tandem_response_finalize;
  TANDEM_RECORD_CLASS (klass)->save_children = tandem_response_save_children;
  TANDEM_RECORD_CLASS (klass)->load_children = tandem_response_load_children;
}

static void
tandem_response_init (TandemResponse *self)
{
  self->total = NAN;
  self->answers = g_array_new (FALSE, FALSE, sizeof (int));
}

/**
 * tandem_response_new:
 *
 * Creates the answers of @person_id to the questionnaire @instrument.
 *
 * Returns: (transfer full): a new, not yet stored response
 */
TandemResponse *
tandem_response_new (gint64      person_id,
                     const char *instrument,
                     const char *day)
{
  return g_object_new (TANDEM_TYPE_RESPONSE,
                       "person-id", person_id,
                       "instrument", instrument,
                       "day", day,
                       NULL);
}

gint64
tandem_response_get_person_id (TandemResponse *self)
{
  g_return_val_if_fail (TANDEM_IS_RESPONSE (self), 0);

  return self->person_id;
}

void
tandem_response_set_person_id (TandemResponse *self,
                               gint64          person_id)
{
  g_return_if_fail (TANDEM_IS_RESPONSE (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_PERSON_ID, person_id);
}

const char *
tandem_response_get_instrument (TandemResponse *self)
{
  g_return_val_if_fail (TANDEM_IS_RESPONSE (self), NULL);

  return self->instrument;
}

void
tandem_response_set_instrument (TandemResponse *self,
                                const char     *instrument)
{
  g_return_if_fail (TANDEM_IS_RESPONSE (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_INSTRUMENT, instrument);
}

gint64
tandem_response_get_taken_at (TandemResponse *self)
{
  g_return_val_if_fail (TANDEM_IS_RESPONSE (self), 0);

  return self->taken_at;
}

void
tandem_response_set_taken_at (TandemResponse *self,
                              gint64          taken_at)
{
  g_return_if_fail (TANDEM_IS_RESPONSE (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_TAKEN_AT, taken_at);
}

const char *
tandem_response_get_day (TandemResponse *self)
{
  g_return_val_if_fail (TANDEM_IS_RESPONSE (self), NULL);

  return self->day;
}

void
tandem_response_set_day (TandemResponse *self,
                         const char     *day)
{
  g_return_if_fail (TANDEM_IS_RESPONSE (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_DAY, day);
}

double
tandem_response_get_total (TandemResponse *self)
{
  g_return_val_if_fail (TANDEM_IS_RESPONSE (self), NAN);

  return self->total;
}

void
tandem_response_set_total (TandemResponse *self,
                           double          total)
{
  g_return_if_fail (TANDEM_IS_RESPONSE (self));

  _tandem_record_set_double (TANDEM_RECORD (self), FIELD_TOTAL, total);
}

const char *
tandem_response_get_band (TandemResponse *self)
{
  g_return_val_if_fail (TANDEM_IS_RESPONSE (self), NULL);

  return self->band;
}

void
tandem_response_set_band (TandemResponse *self,
                          const char     *band)
{
  g_return_if_fail (TANDEM_IS_RESPONSE (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_BAND, band);
}

gboolean
tandem_response_get_safety_flag (TandemResponse *self)
{
  g_return_val_if_fail (TANDEM_IS_RESPONSE (self), FALSE);

  return self->safety_flag;
}

void
tandem_response_set_safety_flag (TandemResponse *self,
                                 gboolean        safety_flag)
{
  g_return_if_fail (TANDEM_IS_RESPONSE (self));

  _tandem_record_set_boolean (TANDEM_RECORD (self), FIELD_SAFETY_FLAG, safety_flag);
}

/**
 * tandem_response_get_answers:
 * @n_items: (out): the number of items
 *
 * Returns: (array length=n_items) (transfer none): the answer to each item,
 *   the option's value as listed, %TANDEM_INT_UNSET where unanswered
 */
const int *
tandem_response_get_answers (TandemResponse *self,
                             guint          *n_items)
{
  g_return_val_if_fail (TANDEM_IS_RESPONSE (self), NULL);
  g_return_val_if_fail (n_items != NULL, NULL);

  *n_items = self->answers->len;
  return (const int *) (gpointer) self->answers->data;
}

void
tandem_response_set_answers (TandemResponse *self,
                             const int      *answers,
                             guint           n_items)
{
  g_return_if_fail (TANDEM_IS_RESPONSE (self));
  g_return_if_fail (answers != NULL || n_items == 0);

  g_array_set_size (self->answers, 0);
  g_array_append_vals (self->answers, answers, n_items);
  self->answers_dirty = TRUE;
}
