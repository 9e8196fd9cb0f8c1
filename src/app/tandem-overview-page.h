/* tandem-overview-page.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-page.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_OVERVIEW_PAGE (tandem_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (TandemOverviewPage, tandem_overview_page, TANDEM, OVERVIEW_PAGE, TandemPage)

GtkWidget            *tandem_overview_page_new            (void);
gboolean              tandem_overview_page_get_presenting (TandemOverviewPage *self);
void                  tandem_overview_page_set_presenting (TandemOverviewPage *self,
                                                           gboolean            presenting);
TandemOverview       *tandem_overview_page_get_overview   (TandemOverviewPage *self);
TandemTherapySession *tandem_overview_page_get_session    (TandemOverviewPage *self);
gboolean              tandem_overview_page_save_session   (TandemOverviewPage *self,
                                                           GError            **error);
void                  tandem_overview_page_reload_questionnaires (TandemOverviewPage *self);

G_END_DECLS
