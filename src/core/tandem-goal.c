/* tandem-goal.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-goal"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enum-types.h"
#include "tandem-goal.h"
#include "tandem-record-private.h"
#include "tandem-store-private.h"

struct _TandemGoal
{
  TandemRecord parent_instance;

  gint64             person_id;
  gint64             parent_id;
  TandemFramework    framework;
  char              *title;
  char              *specific;
  char              *measurable;
  char              *achievable;
  char              *relevant;
  char              *time_bound;
  char              *purposeful;
  char              *actionable;
  char              *continuous;
  char              *trackable;
  TandemMeasureKind  measure_kind;
  char              *measure_name;
  char              *unit;
  TandemPeriod       measure_period;
  double             baseline;
  double             target;
  TandemDirection    direction;
  char              *instrument;
  char              *start_date;
  char              *due_date;
  int                review_every_days;
  int                priority;
  TandemHorizon      horizon;
  TandemGoalStatus   status;
  TandemAuthor       author;
  char              *gas_much_less;
  char              *gas_less;
  char              *gas_expected;
  char              *gas_more;
  char              *gas_much_more;

  GArray   *strategy_ids;  /* gint64 */
  gboolean  strategies_dirty;
};

G_DEFINE_FINAL_TYPE (TandemGoal, tandem_goal, TANDEM_TYPE_RECORD)

enum {
  FIELD_PERSON_ID,
  FIELD_PARENT_ID,
  FIELD_FRAMEWORK,
  FIELD_TITLE,
  FIELD_SPECIFIC,
  FIELD_MEASURABLE,
  FIELD_ACHIEVABLE,
  FIELD_RELEVANT,
  FIELD_TIME_BOUND,
  FIELD_PURPOSEFUL,
  FIELD_ACTIONABLE,
  FIELD_CONTINUOUS,
  FIELD_TRACKABLE,
  FIELD_MEASURE_KIND,
  FIELD_MEASURE_NAME,
  FIELD_UNIT,
  FIELD_MEASURE_PERIOD,
  FIELD_BASELINE,
  FIELD_TARGET,
  FIELD_DIRECTION,
  FIELD_INSTRUMENT,
  FIELD_START_DATE,
  FIELD_DUE_DATE,
  FIELD_REVIEW_EVERY_DAYS,
  FIELD_PRIORITY,
  FIELD_HORIZON,
  FIELD_STATUS,
  FIELD_AUTHOR,
  FIELD_GAS_MUCH_LESS,
  FIELD_GAS_LESS,
  FIELD_GAS_EXPECTED,
  FIELD_GAS_MORE,
  FIELD_GAS_MUCH_MORE,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_PERSON_ID] = { "person-id", TANDEM_FIELD_REF, 0,
      TANDEM_FIELD_AT (TandemGoal, person_id), .ref_entity = "person", .label = NC_("field name", "person") },
  [FIELD_PARENT_ID] = { "parent-id", TANDEM_FIELD_REF, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, parent_id), .ref_entity = "goal", .label = NC_("field name", "long-term goal") },
  [FIELD_FRAMEWORK] = { "framework", TANDEM_FIELD_ENUM, 0,
      TANDEM_FIELD_AT (TandemGoal, framework), .enum_type = tandem_framework_get_type },
  [FIELD_TITLE] = { "title", TANDEM_FIELD_STRING, TANDEM_FIELD_REQUIRED,
      TANDEM_FIELD_AT (TandemGoal, title), .label = NC_("field name", "title") },
  [FIELD_SPECIFIC] = { "specific", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, specific) },
  [FIELD_MEASURABLE] = { "measurable", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, measurable) },
  [FIELD_ACHIEVABLE] = { "achievable", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, achievable) },
  [FIELD_RELEVANT] = { "relevant", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, relevant) },
  [FIELD_TIME_BOUND] = { "time-bound", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, time_bound) },
  [FIELD_PURPOSEFUL] = { "purposeful", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, purposeful) },
  [FIELD_ACTIONABLE] = { "actionable", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, actionable) },
  [FIELD_CONTINUOUS] = { "continuous", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, continuous) },
  [FIELD_TRACKABLE] = { "trackable", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, trackable) },
  [FIELD_MEASURE_KIND] = { "measure-kind", TANDEM_FIELD_ENUM, 0,
      TANDEM_FIELD_AT (TandemGoal, measure_kind), .enum_type = tandem_measure_kind_get_type },
  [FIELD_MEASURE_NAME] = { "measure-name", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, measure_name) },
  [FIELD_UNIT] = { "unit", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, unit) },
  [FIELD_MEASURE_PERIOD] = { "measure-period", TANDEM_FIELD_ENUM, 0,
      TANDEM_FIELD_AT (TandemGoal, measure_period), .enum_type = tandem_period_get_type },
  [FIELD_BASELINE] = { "baseline", TANDEM_FIELD_DOUBLE, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, baseline), .label = NC_("field name", "baseline") },
  [FIELD_TARGET] = { "target", TANDEM_FIELD_DOUBLE, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, target), .label = NC_("field name", "target") },
  [FIELD_DIRECTION] = { "direction", TANDEM_FIELD_ENUM, 0,
      TANDEM_FIELD_AT (TandemGoal, direction), .enum_type = tandem_direction_get_type },
  [FIELD_INSTRUMENT] = { "instrument", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, instrument) },
  [FIELD_START_DATE] = { "start-date", TANDEM_FIELD_DATE, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, start_date) },
  [FIELD_DUE_DATE] = { "due-date", TANDEM_FIELD_DATE, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, due_date) },
  [FIELD_REVIEW_EVERY_DAYS] = { "review-every-days", TANDEM_FIELD_INT, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, review_every_days), .min = 1, .max = 366, .label = NC_("field name", "review interval in days") },
  [FIELD_PRIORITY] = { "priority", TANDEM_FIELD_INT, 0,
      TANDEM_FIELD_AT (TandemGoal, priority), .min = 0, .max = 1000000, .label = NC_("field name", "priority") },
  [FIELD_HORIZON] = { "horizon", TANDEM_FIELD_ENUM, 0,
      TANDEM_FIELD_AT (TandemGoal, horizon), .enum_type = tandem_horizon_get_type },
  [FIELD_STATUS] = { "status", TANDEM_FIELD_ENUM, 0,
      TANDEM_FIELD_AT (TandemGoal, status), .enum_type = tandem_goal_status_get_type },
  [FIELD_AUTHOR] = { "author", TANDEM_FIELD_ENUM, 0,
      TANDEM_FIELD_AT (TandemGoal, author), .enum_type = tandem_author_get_type },
  /* Goal attainment scaling: what each level from -2 to +2 means for this goal. */
  [FIELD_GAS_MUCH_LESS] = { "gas-much-less", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, gas_much_less) },
  [FIELD_GAS_LESS] = { "gas-less", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, gas_less) },
  [FIELD_GAS_EXPECTED] = { "gas-expected", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, gas_expected) },
  [FIELD_GAS_MORE] = { "gas-more", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, gas_more) },
  [FIELD_GAS_MUCH_MORE] = { "gas-much-more", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoal, gas_much_more) },
};

static gboolean
tandem_goal_save_children (TandemRecord  *record,
                           TandemStore   *store,
                           gboolean       is_new,
                           GError       **error)
{
  TandemGoal *self = TANDEM_GOAL (record);
  gint64 id = tandem_record_get_id (record);
  sqlite3_stmt *stmt;

  if (!self->strategies_dirty)
    return TRUE;

  if (!is_new)
    {
      if (!(stmt = _tandem_store_prepare (store, "DELETE FROM goal_strategy WHERE goal_id = ?", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!_tandem_store_step_done (store, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < self->strategy_ids->len; i++)
    {
      if (!(stmt = _tandem_store_prepare (store,
                                          "INSERT OR IGNORE INTO goal_strategy (goal_id, strategy_id) "
                                          "VALUES (?, ?)", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (self->strategy_ids, gint64, i));
      if (!_tandem_store_step_done (store, stmt, error))
        return FALSE;
    }

  self->strategies_dirty = FALSE;
  return TRUE;
}

static gboolean
tandem_goal_load_children (TandemRecord  *record,
                           TandemStore   *store,
                           GError       **error)
{
  TandemGoal *self = TANDEM_GOAL (record);
  sqlite3_stmt *stmt;

  if (!(stmt = _tandem_store_prepare (store,
                                      "SELECT strategy_id FROM goal_strategy WHERE goal_id = ? "
                                      "ORDER BY strategy_id", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (record));
  g_array_set_size (self->strategy_ids, 0);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 strategy_id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (self->strategy_ids, strategy_id);
    }
  sqlite3_reset (stmt);

  self->strategies_dirty = FALSE;
  return TRUE;
}

static gboolean
tandem_goal_validate (TandemRecord  *record,
                      GError       **error)
{
  TandemGoal *self = TANDEM_GOAL (record);

  if (!_tandem_record_check_ranges (record, error))
    return FALSE;

  if (self->start_date != NULL && self->due_date != NULL &&
      g_strcmp0 (self->due_date, self->start_date) <= 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("The due date must come after the start date."));
      return FALSE;
    }

  return TRUE;
}

static void
tandem_goal_finalize (GObject *object)
{
  TandemGoal *self = TANDEM_GOAL (object);

  g_clear_pointer (&self->strategy_ids, g_array_unref);

  G_OBJECT_CLASS (tandem_goal_parent_class)->finalize (object);
}

static void
tandem_goal_class_init (TandemGoalClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "goal", "goal",
                                      fields, N_FIELDS);

  G_OBJECT_CLASS (klass)->finalize = tandem_goal_finalize;
  TANDEM_RECORD_CLASS (klass)->validate = tandem_goal_validate;
  TANDEM_RECORD_CLASS (klass)->save_children = tandem_goal_save_children;
  TANDEM_RECORD_CLASS (klass)->load_children = tandem_goal_load_children;
}

static void
tandem_goal_init (TandemGoal *self)
{
  self->baseline = NAN;
  self->target = NAN;
  self->review_every_days = TANDEM_INT_UNSET;
  self->strategy_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * tandem_goal_new:
 *
 * Creates a goal of @person_id written with @framework.
 *
 * Returns: (transfer full): a new, not yet stored goal
 */
TandemGoal *
tandem_goal_new (gint64          person_id,
                 TandemFramework framework,
                 const char     *title)
{
  return g_object_new (TANDEM_TYPE_GOAL,
                       "person-id", person_id,
                       "framework", framework,
                       "title", title,
                       NULL);
}

gint64
tandem_goal_get_person_id (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), 0);

  return self->person_id;
}

void
tandem_goal_set_person_id (TandemGoal *self,
                           gint64      person_id)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_PERSON_ID, person_id);
}

gint64
tandem_goal_get_parent_id (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), 0);

  return self->parent_id;
}

void
tandem_goal_set_parent_id (TandemGoal *self,
                           gint64      parent_id)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_PARENT_ID, parent_id);
}

TandemFramework
tandem_goal_get_framework (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), 0);

  return self->framework;
}

void
tandem_goal_set_framework (TandemGoal      *self,
                           TandemFramework  framework)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_FRAMEWORK, framework);
}

const char *
tandem_goal_get_title (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->title;
}

void
tandem_goal_set_title (TandemGoal *self,
                       const char *title)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_TITLE, title);
}

const char *
tandem_goal_get_specific (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->specific;
}

void
tandem_goal_set_specific (TandemGoal *self,
                          const char *specific)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_SPECIFIC, specific);
}

const char *
tandem_goal_get_measurable (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->measurable;
}

void
tandem_goal_set_measurable (TandemGoal *self,
                            const char *measurable)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_MEASURABLE, measurable);
}

const char *
tandem_goal_get_achievable (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->achievable;
}

void
tandem_goal_set_achievable (TandemGoal *self,
                            const char *achievable)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_ACHIEVABLE, achievable);
}

const char *
tandem_goal_get_relevant (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->relevant;
}

void
tandem_goal_set_relevant (TandemGoal *self,
                          const char *relevant)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_RELEVANT, relevant);
}

const char *
tandem_goal_get_time_bound (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->time_bound;
}

void
tandem_goal_set_time_bound (TandemGoal *self,
                            const char *time_bound)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_TIME_BOUND, time_bound);
}

const char *
tandem_goal_get_purposeful (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->purposeful;
}

void
tandem_goal_set_purposeful (TandemGoal *self,
                            const char *purposeful)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_PURPOSEFUL, purposeful);
}

const char *
tandem_goal_get_actionable (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->actionable;
}

void
tandem_goal_set_actionable (TandemGoal *self,
                            const char *actionable)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_ACTIONABLE, actionable);
}

const char *
tandem_goal_get_continuous (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->continuous;
}

void
tandem_goal_set_continuous (TandemGoal *self,
                            const char *continuous)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_CONTINUOUS, continuous);
}

const char *
tandem_goal_get_trackable (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->trackable;
}

void
tandem_goal_set_trackable (TandemGoal *self,
                           const char *trackable)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_TRACKABLE, trackable);
}

TandemMeasureKind
tandem_goal_get_measure_kind (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), 0);

  return self->measure_kind;
}

void
tandem_goal_set_measure_kind (TandemGoal        *self,
                              TandemMeasureKind  measure_kind)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_MEASURE_KIND, measure_kind);
}

const char *
tandem_goal_get_measure_name (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->measure_name;
}

void
tandem_goal_set_measure_name (TandemGoal *self,
                              const char *measure_name)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_MEASURE_NAME, measure_name);
}

const char *
tandem_goal_get_unit (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->unit;
}

void
tandem_goal_set_unit (TandemGoal *self,
                      const char *unit)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_UNIT, unit);
}

TandemPeriod
tandem_goal_get_measure_period (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), 0);

  return self->measure_period;
}

void
tandem_goal_set_measure_period (TandemGoal   *self,
                                TandemPeriod  measure_period)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_MEASURE_PERIOD, measure_period);
}

double
tandem_goal_get_baseline (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NAN);

  return self->baseline;
}

void
tandem_goal_set_baseline (TandemGoal *self,
                          double      baseline)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_double (TANDEM_RECORD (self), FIELD_BASELINE, baseline);
}

double
tandem_goal_get_target (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NAN);

  return self->target;
}

void
tandem_goal_set_target (TandemGoal *self,
                        double      target)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_double (TANDEM_RECORD (self), FIELD_TARGET, target);
}

TandemDirection
tandem_goal_get_direction (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), 0);

  return self->direction;
}

void
tandem_goal_set_direction (TandemGoal      *self,
                           TandemDirection  direction)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_DIRECTION, direction);
}

const char *
tandem_goal_get_instrument (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->instrument;
}

void
tandem_goal_set_instrument (TandemGoal *self,
                            const char *instrument)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_INSTRUMENT, instrument);
}

const char *
tandem_goal_get_start_date (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->start_date;
}

void
tandem_goal_set_start_date (TandemGoal *self,
                            const char *start_date)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_START_DATE, start_date);
}

const char *
tandem_goal_get_due_date (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->due_date;
}

void
tandem_goal_set_due_date (TandemGoal *self,
                          const char *due_date)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_DUE_DATE, due_date);
}

int
tandem_goal_get_review_every_days (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), 0);

  return self->review_every_days;
}

void
tandem_goal_set_review_every_days (TandemGoal *self,
                                   int         review_every_days)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_REVIEW_EVERY_DAYS, review_every_days);
}

int
tandem_goal_get_priority (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), 0);

  return self->priority;
}

void
tandem_goal_set_priority (TandemGoal *self,
                          int         priority)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_PRIORITY, priority);
}

TandemHorizon
tandem_goal_get_horizon (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), 0);

  return self->horizon;
}

void
tandem_goal_set_horizon (TandemGoal    *self,
                         TandemHorizon  horizon)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_HORIZON, horizon);
}

TandemGoalStatus
tandem_goal_get_status (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), 0);

  return self->status;
}

void
tandem_goal_set_status (TandemGoal       *self,
                        TandemGoalStatus  status)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_STATUS, status);
}

TandemAuthor
tandem_goal_get_author (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), 0);

  return self->author;
}

void
tandem_goal_set_author (TandemGoal   *self,
                        TandemAuthor  author)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_AUTHOR, author);
}

/**
 * tandem_goal_get_strategy_ids:
 * @n_ids: (out): the number of ids
 *
 * Returns: (array length=n_ids) (transfer none): the strategies practised
 *   for the goal
 */
const gint64 *
tandem_goal_get_strategy_ids (TandemGoal *self,
                              guint      *n_ids)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = self->strategy_ids->len;
  return (const gint64 *) (gpointer) self->strategy_ids->data;
}

void
tandem_goal_set_strategy_ids (TandemGoal   *self,
                              const gint64 *ids,
                              guint         n_ids)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  g_array_set_size (self->strategy_ids, 0);
  g_array_append_vals (self->strategy_ids, ids, n_ids);
  self->strategies_dirty = TRUE;
}

const char *
tandem_goal_get_gas_much_less (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->gas_much_less;
}

void
tandem_goal_set_gas_much_less (TandemGoal *self,
                               const char *gas_much_less)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_GAS_MUCH_LESS, gas_much_less);
}

const char *
tandem_goal_get_gas_less (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->gas_less;
}

void
tandem_goal_set_gas_less (TandemGoal *self,
                          const char *gas_less)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_GAS_LESS, gas_less);
}

const char *
tandem_goal_get_gas_expected (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->gas_expected;
}

void
tandem_goal_set_gas_expected (TandemGoal *self,
                              const char *gas_expected)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_GAS_EXPECTED, gas_expected);
}

const char *
tandem_goal_get_gas_more (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->gas_more;
}

void
tandem_goal_set_gas_more (TandemGoal *self,
                          const char *gas_more)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_GAS_MORE, gas_more);
}

const char *
tandem_goal_get_gas_much_more (TandemGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (self), NULL);

  return self->gas_much_more;
}

void
tandem_goal_set_gas_much_more (TandemGoal *self,
                               const char *gas_much_more)
{
  g_return_if_fail (TANDEM_IS_GOAL (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_GAS_MUCH_MORE, gas_much_more);
}
