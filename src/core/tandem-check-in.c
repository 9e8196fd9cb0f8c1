/* tandem-check-in.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-check-in"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enum-types.h"
#include "tandem-check-in.h"
#include "tandem-record-private.h"
#include "tandem-store-private.h"

struct _TandemCheckIn
{
  TandemRecord parent_instance;

  gint64    person_id;
  gint64    goal_id;
  char     *day;
  double    value;
  int       rating;
  char     *note;
  char     *stressors;
  gboolean  win;

  GArray   *strategies;  /* TandemStrategyUse */
  gboolean  strategies_dirty;
};

G_DEFINE_FINAL_TYPE (TandemCheckIn, tandem_check_in, TANDEM_TYPE_RECORD)

enum {
  FIELD_PERSON_ID,
  FIELD_GOAL_ID,
  FIELD_DAY,
  FIELD_VALUE,
  FIELD_RATING,
  FIELD_NOTE,
  FIELD_STRESSORS,
  FIELD_WIN,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_PERSON_ID] = { "person-id", TANDEM_FIELD_REF, 0,
      TANDEM_FIELD_AT (TandemCheckIn, person_id), .ref_entity = "person", .label = NC_("field name", "person") },
  [FIELD_GOAL_ID] = { "goal-id", TANDEM_FIELD_REF, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemCheckIn, goal_id), .ref_entity = "goal", .label = NC_("field name", "goal") },
  [FIELD_DAY] = { "day", TANDEM_FIELD_DATE, 0,
      TANDEM_FIELD_AT (TandemCheckIn, day), .label = NC_("field name", "date") },
  [FIELD_VALUE] = { "value", TANDEM_FIELD_DOUBLE, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemCheckIn, value), .label = NC_("field name", "value") },
  [FIELD_RATING] = { "rating", TANDEM_FIELD_INT, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemCheckIn, rating), .min = 0, .max = 10, .label = NC_("field name", "rating") },
  [FIELD_NOTE] = { "note", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemCheckIn, note) },
  [FIELD_STRESSORS] = { "stressors", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemCheckIn, stressors) },
  [FIELD_WIN] = { "win", TANDEM_FIELD_BOOLEAN, 0,
      TANDEM_FIELD_AT (TandemCheckIn, win) },
};

static gboolean
tandem_check_in_save_children (TandemRecord  *record,
                               TandemStore   *store,
                               gboolean       is_new,
                               GError       **error)
{
  TandemCheckIn *self = TANDEM_CHECK_IN (record);
  gint64 id = tandem_record_get_id (record);
  sqlite3_stmt *stmt;

  if (!self->strategies_dirty)
    return TRUE;

  if (!is_new)
    {
      if (!(stmt = _tandem_store_prepare (store, "DELETE FROM check_in_strategy WHERE check_in_id = ?",
                                          error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!_tandem_store_step_done (store, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < self->strategies->len; i++)
    {
      const TandemStrategyUse *use = &g_array_index (self->strategies, TandemStrategyUse, i);
      g_autoptr(GEnumClass) helped_class = g_type_class_ref (TANDEM_TYPE_HELPED);

      if (!(stmt = _tandem_store_prepare (store,
                                          "INSERT OR REPLACE INTO check_in_strategy "
                                          "(check_in_id, strategy_id, helped) VALUES (?, ?, ?)",
                                          error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, use->strategy_id);
      sqlite3_bind_text (stmt, 3, g_enum_get_value (helped_class, use->helped)->value_nick,
                         -1, SQLITE_STATIC);
      if (!_tandem_store_step_done (store, stmt, error))
        return FALSE;
    }

  self->strategies_dirty = FALSE;
  return TRUE;
}

static gboolean
tandem_check_in_load_children (TandemRecord  *record,
                               TandemStore   *store,
                               GError       **error)
{
  TandemCheckIn *self = TANDEM_CHECK_IN (record);
  g_autoptr(GEnumClass) helped_class = g_type_class_ref (TANDEM_TYPE_HELPED);
  sqlite3_stmt *stmt;

  if (!(stmt = _tandem_store_prepare (store,
                                      "SELECT strategy_id, helped FROM check_in_strategy "
                                      "WHERE check_in_id = ? ORDER BY strategy_id", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (record));
  g_array_set_size (self->strategies, 0);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      GEnumValue *helped = g_enum_get_value_by_nick (helped_class,
                                                     (const char *) sqlite3_column_text (stmt, 1));
      TandemStrategyUse use = {
        .strategy_id = sqlite3_column_int64 (stmt, 0),
        .helped = helped ? helped->value : TANDEM_HELPED_UNKNOWN,
      };
      g_array_append_val (self->strategies, use);
    }
  sqlite3_reset (stmt);

  self->strategies_dirty = FALSE;
  return TRUE;
}

static void
tandem_check_in_finalize (GObject *object)
{
  TandemCheckIn *self = TANDEM_CHECK_IN (object);

  g_clear_pointer (&self->strategies, g_array_unref);

  G_OBJECT_CLASS (tandem_check_in_parent_class)->finalize (object);
}

static void
tandem_check_in_class_init (TandemCheckInClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "check_in", "check-in",
                                      fields, N_FIELDS);

  G_OBJECT_CLASS (klass)->finalize = tandem_check_in_finalize;
  TANDEM_RECORD_CLASS (klass)->save_children = tandem_check_in_save_children;
  TANDEM_RECORD_CLASS (klass)->load_children = tandem_check_in_load_children;
}

static void
tandem_check_in_init (TandemCheckIn *self)
{
  self->value = NAN;
  self->rating = TANDEM_INT_UNSET;
  self->strategies = g_array_new (FALSE, FALSE, sizeof (TandemStrategyUse));
}

/**
 * tandem_check_in_new:
 *
 * Creates a check-in of @person_id on the local calendar date @day, for the
 * goal @goal_id or, when it is 0, for the day as a whole.
 *
 * Returns: (transfer full): a new, not yet stored check-in
 */
TandemCheckIn *
tandem_check_in_new (gint64      person_id,
                     gint64      goal_id,
                     const char *day)
{
  return g_object_new (TANDEM_TYPE_CHECK_IN,
                       "person-id", person_id,
                       "goal-id", goal_id,
                       "day", day,
                       NULL);
}

gint64
tandem_check_in_get_person_id (TandemCheckIn *self)
{
  g_return_val_if_fail (TANDEM_IS_CHECK_IN (self), 0);

  return self->person_id;
}

void
tandem_check_in_set_person_id (TandemCheckIn *self,
                               gint64         person_id)
{
  g_return_if_fail (TANDEM_IS_CHECK_IN (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_PERSON_ID, person_id);
}

gint64
tandem_check_in_get_goal_id (TandemCheckIn *self)
{
  g_return_val_if_fail (TANDEM_IS_CHECK_IN (self), 0);

  return self->goal_id;
}

void
tandem_check_in_set_goal_id (TandemCheckIn *self,
                             gint64         goal_id)
{
  g_return_if_fail (TANDEM_IS_CHECK_IN (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_GOAL_ID, goal_id);
}

const char *
tandem_check_in_get_day (TandemCheckIn *self)
{
  g_return_val_if_fail (TANDEM_IS_CHECK_IN (self), NULL);

  return self->day;
}

void
tandem_check_in_set_day (TandemCheckIn *self,
                         const char    *day)
{
  g_return_if_fail (TANDEM_IS_CHECK_IN (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_DAY, day);
}

double
tandem_check_in_get_value (TandemCheckIn *self)
{
  g_return_val_if_fail (TANDEM_IS_CHECK_IN (self), NAN);

  return self->value;
}

void
tandem_check_in_set_value (TandemCheckIn *self,
                           double         value)
{
  g_return_if_fail (TANDEM_IS_CHECK_IN (self));

  _tandem_record_set_double (TANDEM_RECORD (self), FIELD_VALUE, value);
}

int
tandem_check_in_get_rating (TandemCheckIn *self)
{
  g_return_val_if_fail (TANDEM_IS_CHECK_IN (self), 0);

  return self->rating;
}

void
tandem_check_in_set_rating (TandemCheckIn *self,
                            int            rating)
{
  g_return_if_fail (TANDEM_IS_CHECK_IN (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_RATING, rating);
}

const char *
tandem_check_in_get_note (TandemCheckIn *self)
{
  g_return_val_if_fail (TANDEM_IS_CHECK_IN (self), NULL);

  return self->note;
}

void
tandem_check_in_set_note (TandemCheckIn *self,
                          const char    *note)
{
  g_return_if_fail (TANDEM_IS_CHECK_IN (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_NOTE, note);
}

const char *
tandem_check_in_get_stressors (TandemCheckIn *self)
{
  g_return_val_if_fail (TANDEM_IS_CHECK_IN (self), NULL);

  return self->stressors;
}

void
tandem_check_in_set_stressors (TandemCheckIn *self,
                               const char    *stressors)
{
  g_return_if_fail (TANDEM_IS_CHECK_IN (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_STRESSORS, stressors);
}

gboolean
tandem_check_in_get_win (TandemCheckIn *self)
{
  g_return_val_if_fail (TANDEM_IS_CHECK_IN (self), FALSE);

  return self->win;
}

void
tandem_check_in_set_win (TandemCheckIn *self,
                         gboolean       win)
{
  g_return_if_fail (TANDEM_IS_CHECK_IN (self));

  _tandem_record_set_boolean (TANDEM_RECORD (self), FIELD_WIN, win);
}

/**
 * tandem_check_in_get_strategies:
 * @n_uses: (out): how many
 *
 * Returns: (array length=n_uses) (transfer none): the strategies used that
 *   day and whether each helped
 */
const TandemStrategyUse *
tandem_check_in_get_strategies (TandemCheckIn *self,
                                guint         *n_uses)
{
  g_return_val_if_fail (TANDEM_IS_CHECK_IN (self), NULL);
  g_return_val_if_fail (n_uses != NULL, NULL);

  *n_uses = self->strategies->len;
  return (const TandemStrategyUse *) (gpointer) self->strategies->data;
}

void
tandem_check_in_add_strategy (TandemCheckIn *self,
                              gint64         strategy_id,
                              TandemHelped   helped)
{
  TandemStrategyUse use = { strategy_id, helped };

  g_return_if_fail (TANDEM_IS_CHECK_IN (self));
  g_return_if_fail (strategy_id > 0);

  for (guint i = 0; i < self->strategies->len; i++)
    {
      TandemStrategyUse *existing = &g_array_index (self->strategies, TandemStrategyUse, i);

      if (existing->strategy_id == strategy_id)
        {
          existing->helped = helped;
          self->strategies_dirty = TRUE;
          return;
        }
    }

  g_array_append_val (self->strategies, use);
  self->strategies_dirty = TRUE;
}

void
tandem_check_in_clear_strategies (TandemCheckIn *self)
{
  g_return_if_fail (TANDEM_IS_CHECK_IN (self));

  g_array_set_size (self->strategies, 0);
  self->strategies_dirty = TRUE;
}
