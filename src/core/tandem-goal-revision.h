/* tandem-goal-revision.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-record.h"
#include "tandem-types.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_GOAL_REVISION (tandem_goal_revision_get_type ())

G_DECLARE_FINAL_TYPE (TandemGoalRevision, tandem_goal_revision, TANDEM, GOAL_REVISION, TandemRecord)

TandemGoalRevision *tandem_goal_revision_new            (gint64      goal_id,
                                                         const char *reason,
                                                         const char *snapshot);
gint64              tandem_goal_revision_get_goal_id    (TandemGoalRevision *self);
void                tandem_goal_revision_set_goal_id    (TandemGoalRevision *self,
                                                         gint64              goal_id);
gint64              tandem_goal_revision_get_revised_at (TandemGoalRevision *self);
void                tandem_goal_revision_set_revised_at (TandemGoalRevision *self,
                                                         gint64              revised_at);
const char         *tandem_goal_revision_get_reason     (TandemGoalRevision *self);
void                tandem_goal_revision_set_reason     (TandemGoalRevision *self,
                                                         const char         *reason);
const char         *tandem_goal_revision_get_snapshot   (TandemGoalRevision *self);
void                tandem_goal_revision_set_snapshot   (TandemGoalRevision *self,
                                                         const char         *snapshot);
TandemAuthor        tandem_goal_revision_get_revised_by (TandemGoalRevision *self);
void                tandem_goal_revision_set_revised_by (TandemGoalRevision *self,
                                                         TandemAuthor        revised_by);

G_END_DECLS
