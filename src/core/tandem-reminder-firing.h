/* tandem-reminder-firing.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_REMINDER_FIRING (tandem_reminder_firing_get_type ())

G_DECLARE_FINAL_TYPE (TandemReminderFiring, tandem_reminder_firing, TANDEM, REMINDER_FIRING, TandemRecord)

TandemReminderFiring *tandem_reminder_firing_new             (gint64              reminder_id,
                                                              gint64              due_at,
                                                              TandemFiringOutcome outcome);
gint64                tandem_reminder_firing_get_reminder_id (TandemReminderFiring *self);
void                  tandem_reminder_firing_set_reminder_id (TandemReminderFiring *self,
                                                              gint64                reminder_id);
gint64                tandem_reminder_firing_get_due_at      (TandemReminderFiring *self);
void                  tandem_reminder_firing_set_due_at      (TandemReminderFiring *self,
                                                              gint64                due_at);
gint64                tandem_reminder_firing_get_fired_at    (TandemReminderFiring *self);
void                  tandem_reminder_firing_set_fired_at    (TandemReminderFiring *self,
                                                              gint64                fired_at);
TandemFiringOutcome   tandem_reminder_firing_get_outcome     (TandemReminderFiring *self);
void                  tandem_reminder_firing_set_outcome     (TandemReminderFiring *self,
                                                              TandemFiringOutcome   outcome);

G_END_DECLS
