/* tandem-reminder-service.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tandem-types.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_REMINDER_SERVICE (tandem_reminder_service_get_type ())

G_DECLARE_FINAL_TYPE (TandemReminderService, tandem_reminder_service,
                      TANDEM, REMINDER_SERVICE, GApplication)

TandemReminderService *tandem_reminder_service_new           (void);
int                    tandem_reminder_service_run           (TandemReminderService  *self,
                                                              int                     argc,
                                                              char                  **argv);
TandemStore           *tandem_reminder_service_get_store     (TandemReminderService  *self);
guint                  tandem_reminder_service_get_n_enabled (TandemReminderService  *self);

G_END_DECLS
