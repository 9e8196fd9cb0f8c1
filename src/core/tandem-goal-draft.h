/* tandem-goal-draft.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_GOAL_DRAFT (tandem_goal_draft_get_type ())

G_DECLARE_FINAL_TYPE (TandemGoalDraft, tandem_goal_draft, TANDEM, GOAL_DRAFT, TandemRecord)

TandemGoalDraft *tandem_goal_draft_new           (gint64      person_id,
                                                  const char *content);
gint64           tandem_goal_draft_get_person_id (TandemGoalDraft *self);
void             tandem_goal_draft_set_person_id (TandemGoalDraft *self,
                                                  gint64           person_id);
gint64           tandem_goal_draft_get_goal_id   (TandemGoalDraft *self);
void             tandem_goal_draft_set_goal_id   (TandemGoalDraft *self,
                                                  gint64           goal_id);
int              tandem_goal_draft_get_step      (TandemGoalDraft *self);
void             tandem_goal_draft_set_step      (TandemGoalDraft *self,
                                                  int              step);
const char      *tandem_goal_draft_get_content   (TandemGoalDraft *self);
void             tandem_goal_draft_set_content   (TandemGoalDraft *self,
                                                  const char      *content);

G_END_DECLS
