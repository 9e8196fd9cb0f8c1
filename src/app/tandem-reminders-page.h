/* tandem-reminders-page.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-page.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_REMINDERS_PAGE (tandem_reminders_page_get_type ())

G_DECLARE_FINAL_TYPE (TandemRemindersPage, tandem_reminders_page, TANDEM, REMINDERS_PAGE, TandemPage)

GtkWidget *tandem_reminders_page_new (void);

G_END_DECLS
