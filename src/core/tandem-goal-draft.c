/* tandem-goal-draft.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-goal-draft"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enum-types.h"
#include "tandem-goal-draft.h"
#include "tandem-record-private.h"

struct _TandemGoalDraft
{
  TandemRecord parent_instance;

  gint64  person_id;
  gint64  goal_id;
  int     step;
  char   *content;
};

G_DEFINE_FINAL_TYPE (TandemGoalDraft, tandem_goal_draft, TANDEM_TYPE_RECORD)

enum {
  FIELD_PERSON_ID,
  FIELD_GOAL_ID,
  FIELD_STEP,
  FIELD_CONTENT,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_PERSON_ID] = { "person-id", TANDEM_FIELD_REF, 0,
      TANDEM_FIELD_AT (TandemGoalDraft, person_id), .ref_entity = "person", .label = NC_("field name", "person") },
  [FIELD_GOAL_ID] = { "goal-id", TANDEM_FIELD_REF, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemGoalDraft, goal_id), .ref_entity = "goal", .label = NC_("field name", "goal") },
  [FIELD_STEP] = { "step", TANDEM_FIELD_INT, 0,
      TANDEM_FIELD_AT (TandemGoalDraft, step), .min = 0, .max = 100, .label = NC_("field name", "step") },
  [FIELD_CONTENT] = { "content", TANDEM_FIELD_STRING, TANDEM_FIELD_REQUIRED,
      TANDEM_FIELD_AT (TandemGoalDraft, content), .label = NC_("field name", "draft") },
};

static void
tandem_goal_draft_class_init (TandemGoalDraftClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "goal_draft", "goal-draft",
                                      fields, N_FIELDS);
}

static void
tandem_goal_draft_init (TandemGoalDraft *self)
{

}

/**
 * tandem_goal_draft_new:
 *
 * Keeps a goal that is being written in the wizard, so that closing the
 * wizard or the app loses nothing. @content is the goal's fields as JSON.
 *
 * Returns: (transfer full): a new, not yet stored goal-draft
 */
TandemGoalDraft *
tandem_goal_draft_new (gint64      person_id,
                       const char *content)
{
  return g_object_new (TANDEM_TYPE_GOAL_DRAFT,
                       "person-id", person_id,
                       "content", content,
                       NULL);
}

gint64
tandem_goal_draft_get_person_id (TandemGoalDraft *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_DRAFT (self), 0);

  return self->person_id;
}

void
tandem_goal_draft_set_person_id (TandemGoalDraft *self,
                                 gint64           person_id)
{
  g_return_if_fail (TANDEM_IS_GOAL_DRAFT (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_PERSON_ID, person_id);
}

gint64
tandem_goal_draft_get_goal_id (TandemGoalDraft *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_DRAFT (self), 0);

  return self->goal_id;
}

void
tandem_goal_draft_set_goal_id (TandemGoalDraft *self,
                               gint64           goal_id)
{
  g_return_if_fail (TANDEM_IS_GOAL_DRAFT (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_GOAL_ID, goal_id);
}

int
tandem_goal_draft_get_step (TandemGoalDraft *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_DRAFT (self), 0);

  return self->step;
}

void
tandem_goal_draft_set_step (TandemGoalDraft *self,
                            int              step)
{
  g_return_if_fail (TANDEM_IS_GOAL_DRAFT (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_STEP, step);
}

const char *
tandem_goal_draft_get_content (TandemGoalDraft *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_DRAFT (self), NULL);

  return self->content;
}

void
tandem_goal_draft_set_content (TandemGoalDraft *self,
                               const char      *content)
{
  g_return_if_fail (TANDEM_IS_GOAL_DRAFT (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_CONTENT, content);
}
