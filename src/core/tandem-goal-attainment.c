/* tandem-goal-attainment.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-goal-attainment"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enum-types.h"
#include "tandem-goal-attainment.h"
#include "tandem-record-private.h"

struct _TandemGoalAttainment
{
  TandemRecord parent_instance;

  gint64  goal_id;
  char   *day;
  int     level;
  char   *note;
};

G_DEFINE_FINAL_TYPE (TandemGoalAttainment, tandem_goal_attainment, TANDEM_TYPE_RECORD)

enum {
  FIELD_GOAL_ID,
  FIELD_DAY,
  FIELD_LEVEL,
  FIELD_NOTE,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_GOAL_ID] = { "goal-id", TANDEM_FIELD_REF, 0,
      TANDEM_FIELD_AT (TandemGoalAttainment, goal_id), .ref_entity = "goal", .label = NC_("field name", "goal") },
  [FIELD_DAY] = { "day", TANDEM_FIELD_DATE, 0,
      TANDEM_FIELD_AT (TandemGoalAttainment, day), .label = NC_("field name", "date") },
  [FIELD_LEVEL] = { "level", TANDEM_FIELD_INT, 0,
      TANDEM_FIELD_AT (TandemGoalAttainment, level), .min = -2, .max = 2, .label = NC_("field name", "attainment level") },
  [FIELD_NOTE] = { "note", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoalAttainment, note) },
};

static void
tandem_goal_attainment_class_init (TandemGoalAttainmentClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "goal_attainment", "goal-attainment",
                                      fields, N_FIELDS);
}

static void
tandem_goal_attainment_init (TandemGoalAttainment *self)
{

}

/**
 * tandem_goal_attainment_new:
 *
 * Records, at a review on @day, how far a goal was attained on its goal
 * attainment scale: from -2 (much less than expected) to +2 (much more).
 *
 * Returns: (transfer full): a new, not yet stored goal-attainment
 */
TandemGoalAttainment *
tandem_goal_attainment_new (gint64      goal_id,
                            const char *day,
                            int         level)
{
  return g_object_new (TANDEM_TYPE_GOAL_ATTAINMENT,
                       "goal-id", goal_id,
                       "day", day,
                       "level", level,
                       NULL);
}

gint64
tandem_goal_attainment_get_goal_id (TandemGoalAttainment *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_ATTAINMENT (self), 0);

  return self->goal_id;
}

void
tandem_goal_attainment_set_goal_id (TandemGoalAttainment *self,
                                    gint64                goal_id)
{
  g_return_if_fail (TANDEM_IS_GOAL_ATTAINMENT (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_GOAL_ID, goal_id);
}

const char *
tandem_goal_attainment_get_day (TandemGoalAttainment *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_ATTAINMENT (self), NULL);

  return self->day;
}

void
tandem_goal_attainment_set_day (TandemGoalAttainment *self,
                                const char           *day)
{
  g_return_if_fail (TANDEM_IS_GOAL_ATTAINMENT (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_DAY, day);
}

int
tandem_goal_attainment_get_level (TandemGoalAttainment *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_ATTAINMENT (self), 0);

  return self->level;
}

void
tandem_goal_attainment_set_level (TandemGoalAttainment *self,
                                  int                   level)
{
  g_return_if_fail (TANDEM_IS_GOAL_ATTAINMENT (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_LEVEL, level);
}

const char *
tandem_goal_attainment_get_note (TandemGoalAttainment *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_ATTAINMENT (self), NULL);

  return self->note;
}

void
tandem_goal_attainment_set_note (TandemGoalAttainment *self,
                                 const char           *note)
{
  g_return_if_fail (TANDEM_IS_GOAL_ATTAINMENT (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_NOTE, note);
}
