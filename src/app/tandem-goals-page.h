/* tandem-goals-page.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-page.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_GOALS_PAGE (tandem_goals_page_get_type ())

G_DECLARE_FINAL_TYPE (TandemGoalsPage, tandem_goals_page, TANDEM, GOALS_PAGE, TandemPage)

GtkWidget *tandem_goals_page_new (void);

G_END_DECLS
