/* tandem-progress-page.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-page.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PROGRESS_PAGE (tandem_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (TandemProgressPage, tandem_progress_page, TANDEM, PROGRESS_PAGE, TandemPage)

GtkWidget *tandem_progress_page_new (void);

G_END_DECLS
