/* tandem-reminder-editor.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_REMINDER_EDITOR (tandem_reminder_editor_get_type ())

G_DECLARE_FINAL_TYPE (TandemReminderEditor, tandem_reminder_editor, TANDEM, REMINDER_EDITOR, AdwWindow)

GtkWidget      *tandem_reminder_editor_new                  (GtkWindow            *parent,
                                                             TandemStore          *store,
                                                             TandemPerson         *person,
                                                             TandemReminder       *reminder);
TandemReminder *tandem_reminder_editor_get_reminder         (TandemReminderEditor *self);
void            tandem_reminder_editor_preset               (TandemReminderEditor *self,
                                                             TandemReminderKind    kind,
                                                             const char           *target_id);
void            tandem_reminder_editor_set_now              (TandemReminderEditor *self,
                                                             GDateTime            *now);
void            tandem_reminder_editor_add_time             (TandemReminderEditor *self,
                                                             const char           *time_of_day);
char           *tandem_reminder_editor_dup_occurrences_text (TandemReminderEditor *self);
gboolean        tandem_reminder_editor_save                 (TandemReminderEditor *self);

char           *tandem_reminder_format_occurrence           (gint64                due,
                                                             GDateTime            *now,
                                                             GTimeZone            *tz);
void            tandem_reminders_reschedule_service         (void);

G_END_DECLS
