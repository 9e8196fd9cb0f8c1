/* tandem-reminders-window.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"
#include "tandem-page.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_REMINDERS_WINDOW (tandem_reminders_window_get_type ())

G_DECLARE_FINAL_TYPE (TandemRemindersWindow, tandem_reminders_window, TANDEM, REMINDERS_WINDOW, AdwWindow)

GtkWidget  *tandem_reminders_window_new        (GtkWindow             *parent,
                                                TandemStore           *store);
TandemPage *tandem_reminders_window_get_page   (TandemRemindersWindow *self);
void        tandem_reminders_window_set_person (TandemRemindersWindow *self,
                                                TandemPerson          *person,
                                                gboolean               therapist_profile);

G_END_DECLS
