/* tandem-reminder-firing.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-reminder-firing"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enum-types.h"
#include "tandem-reminder-firing.h"
#include "tandem-record-private.h"

struct _TandemReminderFiring
{
  TandemRecord parent_instance;

  gint64               reminder_id;
  gint64               due_at;
  gint64               fired_at;
  TandemFiringOutcome  outcome;
};

G_DEFINE_FINAL_TYPE (TandemReminderFiring, tandem_reminder_firing, TANDEM_TYPE_RECORD)

enum {
  FIELD_REMINDER_ID,
  FIELD_DUE_AT,
  FIELD_FIRED_AT,
  FIELD_OUTCOME,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_REMINDER_ID] = { "reminder-id", TANDEM_FIELD_REF, 0,
      TANDEM_FIELD_AT (TandemReminderFiring, reminder_id), .ref_entity = "reminder", .label = NC_("field name", "reminder") },
  [FIELD_DUE_AT] = { "due-at", TANDEM_FIELD_TIMESTAMP, 0,
      TANDEM_FIELD_AT (TandemReminderFiring, due_at) },
  [FIELD_FIRED_AT] = { "fired-at", TANDEM_FIELD_TIMESTAMP, 0,
      TANDEM_FIELD_AT (TandemReminderFiring, fired_at) },
  [FIELD_OUTCOME] = { "outcome", TANDEM_FIELD_ENUM, 0,
      TANDEM_FIELD_AT (TandemReminderFiring, outcome), .enum_type = tandem_firing_outcome_get_type },
};

static void
tandem_reminder_firing_class_init (TandemReminderFiringClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "reminder_firing", "reminder-firing",
                                      fields, N_FIELDS);
}

static void
tandem_reminder_firing_init (TandemReminderFiring *self)
{

}

/**
 * tandem_reminder_firing_new:
 *
 * Records that a reminder came due and what became of it.
 *
 * Returns: (transfer full): a new, not yet stored reminder-firing
 */
TandemReminderFiring *
tandem_reminder_firing_new (gint64              reminder_id,
                            gint64              due_at,
                            TandemFiringOutcome outcome)
{
  return g_object_new (TANDEM_TYPE_REMINDER_FIRING,
                       "reminder-id", reminder_id,
                       "due-at", due_at,
                       "outcome", outcome,
                       NULL);
}

gint64
tandem_reminder_firing_get_reminder_id (TandemReminderFiring *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER_FIRING (self), 0);

  return self->reminder_id;
}

void
tandem_reminder_firing_set_reminder_id (TandemReminderFiring *self,
                                        gint64                reminder_id)
{
  g_return_if_fail (TANDEM_IS_REMINDER_FIRING (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_REMINDER_ID, reminder_id);
}

gint64
tandem_reminder_firing_get_due_at (TandemReminderFiring *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER_FIRING (self), 0);

  return self->due_at;
}

void
tandem_reminder_firing_set_due_at (TandemReminderFiring *self,
                                   gint64                due_at)
{
  g_return_if_fail (TANDEM_IS_REMINDER_FIRING (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_DUE_AT, due_at);
}

gint64
tandem_reminder_firing_get_fired_at (TandemReminderFiring *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER_FIRING (self), 0);

  return self->fired_at;
}

void
tandem_reminder_firing_set_fired_at (TandemReminderFiring *self,
                                     gint64                fired_at)
{
  g_return_if_fail (TANDEM_IS_REMINDER_FIRING (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_FIRED_AT, fired_at);
}

TandemFiringOutcome
tandem_reminder_firing_get_outcome (TandemReminderFiring *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER_FIRING (self), 0);

  return self->outcome;
}

void
tandem_reminder_firing_set_outcome (TandemReminderFiring *self,
                                    TandemFiringOutcome   outcome)
{
  g_return_if_fail (TANDEM_IS_REMINDER_FIRING (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_OUTCOME, outcome);
}
