/* tandem-goal-revision.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-goal-revision"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enum-types.h"
#include "tandem-goal-revision.h"
#include "tandem-record-private.h"

struct _TandemGoalRevision
{
  TandemRecord parent_instance;

  gint64  goal_id;
  gint64  revised_at;
  char   *reason;
  char   *snapshot;
  TandemAuthor revised_by;
};

G_DEFINE_FINAL_TYPE (TandemGoalRevision, tandem_goal_revision, TANDEM_TYPE_RECORD)

enum {
  FIELD_GOAL_ID,
  FIELD_REVISED_AT,
  FIELD_REASON,
  FIELD_SNAPSHOT,
  FIELD_REVISED_BY,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_GOAL_ID] = { "goal-id", TANDEM_FIELD_REF, 0,
      TANDEM_FIELD_AT (TandemGoalRevision, goal_id), .ref_entity = "goal", .label = NC_("field name", "goal") },
  [FIELD_REVISED_AT] = { "revised-at", TANDEM_FIELD_TIMESTAMP, 0,
      TANDEM_FIELD_AT (TandemGoalRevision, revised_at) },
  [FIELD_REASON] = { "reason", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoalRevision, reason) },
  [FIELD_SNAPSHOT] = { "snapshot", TANDEM_FIELD_STRING, TANDEM_FIELD_REQUIRED,
      TANDEM_FIELD_AT (TandemGoalRevision, snapshot), .label = NC_("field name", "previous version") },
  [FIELD_REVISED_BY] = { "revised-by", TANDEM_FIELD_ENUM, 0,
      TANDEM_FIELD_AT (TandemGoalRevision, revised_by), .enum_type = tandem_author_get_type },
};

static void
tandem_goal_revision_class_init (TandemGoalRevisionClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "goal_revision", "goal-revision",
                                      fields, N_FIELDS);
}

static void
tandem_goal_revision_init (TandemGoalRevision *self)
{

}

/**
 * tandem_goal_revision_new:
 *
 * Records the state of a goal before an edit, with the reason for it.
 *
 * Returns: (transfer full): a new, not yet stored goal-revision
 */
TandemGoalRevision *
tandem_goal_revision_new (gint64      goal_id,
                          const char *reason,
                          const char *snapshot)
{
  return g_object_new (TANDEM_TYPE_GOAL_REVISION,
                       "goal-id", goal_id,
                       "reason", reason,
                       "snapshot", snapshot,
                       NULL);
}

gint64
tandem_goal_revision_get_goal_id (TandemGoalRevision *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_REVISION (self), 0);

  return self->goal_id;
}

void
tandem_goal_revision_set_goal_id (TandemGoalRevision *self,
                                  gint64              goal_id)
{
  g_return_if_fail (TANDEM_IS_GOAL_REVISION (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_GOAL_ID, goal_id);
}

gint64
tandem_goal_revision_get_revised_at (TandemGoalRevision *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_REVISION (self), 0);

  return self->revised_at;
}

void
tandem_goal_revision_set_revised_at (TandemGoalRevision *self,
                                     gint64              revised_at)
{
  g_return_if_fail (TANDEM_IS_GOAL_REVISION (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_REVISED_AT, revised_at);
}

const char *
tandem_goal_revision_get_reason (TandemGoalRevision *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_REVISION (self), NULL);

  return self->reason;
}

void
tandem_goal_revision_set_reason (TandemGoalRevision *self,
                                 const char         *reason)
{
  g_return_if_fail (TANDEM_IS_GOAL_REVISION (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_REASON, reason);
}

const char *
tandem_goal_revision_get_snapshot (TandemGoalRevision *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_REVISION (self), NULL);

  return self->snapshot;
}

void
tandem_goal_revision_set_snapshot (TandemGoalRevision *self,
                                   const char         *snapshot)
{
  g_return_if_fail (TANDEM_IS_GOAL_REVISION (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_SNAPSHOT, snapshot);
}

/**
 * tandem_goal_revision_get_revised_by:
 *
 * Returns: who changed the goal: the client or the therapist
 */
TandemAuthor
tandem_goal_revision_get_revised_by (TandemGoalRevision *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_REVISION (self), TANDEM_AUTHOR_CLIENT);

  return self->revised_by;
}

void
tandem_goal_revision_set_revised_by (TandemGoalRevision *self,
                                     TandemAuthor        revised_by)
{
  g_return_if_fail (TANDEM_IS_GOAL_REVISION (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_REVISED_BY, revised_by);
}
