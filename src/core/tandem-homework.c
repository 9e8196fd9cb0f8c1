/* tandem-homework.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-homework"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enum-types.h"
#include "tandem-homework.h"
#include "tandem-record-private.h"

struct _TandemHomework
{
  TandemRecord parent_instance;

  gint64  person_id;
  gint64  goal_id;
  char   *title;
  char   *details;
  char   *assigned_on;
  char   *due_on;
  gint64  done_at;
};

G_DEFINE_FINAL_TYPE (TandemHomework, tandem_homework, TANDEM_TYPE_RECORD)

enum {
  FIELD_PERSON_ID,
  FIELD_GOAL_ID,
  FIELD_TITLE,
  FIELD_DETAILS,
  FIELD_ASSIGNED_ON,
  FIELD_DUE_ON,
  FIELD_DONE_AT,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_PERSON_ID] = { "person-id", TANDEM_FIELD_REF, 0,
      TANDEM_FIELD_AT (TandemHomework, person_id), .ref_entity = "person", .label = NC_("field name", "person") },
  [FIELD_GOAL_ID] = { "goal-id", TANDEM_FIELD_REF, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemHomework, goal_id), .ref_entity = "goal", .label = NC_("field name", "goal") },
  [FIELD_TITLE] = { "title", TANDEM_FIELD_STRING, TANDEM_FIELD_REQUIRED,
      TANDEM_FIELD_AT (TandemHomework, title), .label = NC_("field name", "title") },
  [FIELD_DETAILS] = { "details", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemHomework, details) },
  [FIELD_ASSIGNED_ON] = { "assigned-on", TANDEM_FIELD_DATE, 0,
      TANDEM_FIELD_AT (TandemHomework, assigned_on), .label = NC_("field name", "date assigned") },
  [FIELD_DUE_ON] = { "due-on", TANDEM_FIELD_DATE, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemHomework, due_on), .label = NC_("field name", "due date") },
  [FIELD_DONE_AT] = { "done-at", TANDEM_FIELD_TIMESTAMP, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemHomework, done_at) },
};

static void
tandem_homework_class_init (TandemHomeworkClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "homework", "homework",
                                      fields, N_FIELDS);
}

static void
tandem_homework_init (TandemHomework *self)
{

}

/**
 * tandem_homework_new:
 *
 * Creates a task agreed in session.
 *
 * Returns: (transfer full): a new, not yet stored homework
 */
TandemHomework *
tandem_homework_new (gint64      person_id,
                     const char *title,
                     const char *assigned_on)
{
  return g_object_new (TANDEM_TYPE_HOMEWORK,
                       "person-id", person_id,
                       "title", title,
                       "assigned-on", assigned_on,
                       NULL);
}

gint64
tandem_homework_get_person_id (TandemHomework *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), 0);

  return self->person_id;
}

void
tandem_homework_set_person_id (TandemHomework *self,
                               gint64          person_id)
{
  g_return_if_fail (TANDEM_IS_HOMEWORK (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_PERSON_ID, person_id);
}

gint64
tandem_homework_get_goal_id (TandemHomework *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), 0);

  return self->goal_id;
}

void
tandem_homework_set_goal_id (TandemHomework *self,
                             gint64          goal_id)
{
  g_return_if_fail (TANDEM_IS_HOMEWORK (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_GOAL_ID, goal_id);
}

const char *
tandem_homework_get_title (TandemHomework *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), NULL);

  return self->title;
}

void
tandem_homework_set_title (TandemHomework *self,
                           const char     *title)
{
  g_return_if_fail (TANDEM_IS_HOMEWORK (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_TITLE, title);
}

const char *
tandem_homework_get_details (TandemHomework *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), NULL);

  return self->details;
}

void
tandem_homework_set_details (TandemHomework *self,
                             const char     *details)
{
  g_return_if_fail (TANDEM_IS_HOMEWORK (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_DETAILS, details);
}

const char *
tandem_homework_get_assigned_on (TandemHomework *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), NULL);

  return self->assigned_on;
}

void
tandem_homework_set_assigned_on (TandemHomework *self,
                                 const char     *assigned_on)
{
  g_return_if_fail (TANDEM_IS_HOMEWORK (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_ASSIGNED_ON, assigned_on);
}

const char *
tandem_homework_get_due_on (TandemHomework *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), NULL);

  return self->due_on;
}

void
tandem_homework_set_due_on (TandemHomework *self,
                            const char     *due_on)
{
  g_return_if_fail (TANDEM_IS_HOMEWORK (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_DUE_ON, due_on);
}

gint64
tandem_homework_get_done_at (TandemHomework *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK (self), 0);

  return self->done_at;
}

void
tandem_homework_set_done_at (TandemHomework *self,
                             gint64          done_at)
{
  g_return_if_fail (TANDEM_IS_HOMEWORK (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_DONE_AT, done_at);
}
