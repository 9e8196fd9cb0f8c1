/* tandem-progress-page.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-chart.h"
#include "tandem-page.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PROGRESS_PAGE (tandem_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (TandemProgressPage, tandem_progress_page, TANDEM, PROGRESS_PAGE, TandemPage)

GtkWidget   *tandem_progress_page_new            (void);
const char  *tandem_progress_page_get_range      (TandemProgressPage *self);
void         tandem_progress_page_set_range      (TandemProgressPage *self,
                                                  const char         *range);
const char  *tandem_progress_page_get_instrument (TandemProgressPage *self);
TandemChart *tandem_progress_page_get_chart      (TandemProgressPage *self);
void         tandem_progress_page_reload_questionnaires (TandemProgressPage *self);

G_END_DECLS
