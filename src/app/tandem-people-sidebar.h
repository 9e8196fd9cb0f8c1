/* tandem-people-sidebar.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PEOPLE_SIDEBAR (tandem_people_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (TandemPeopleSidebar, tandem_people_sidebar, TANDEM, PEOPLE_SIDEBAR, AdwBin)

GtkWidget    *tandem_people_sidebar_new                 (void);
TandemStore  *tandem_people_sidebar_get_store           (TandemPeopleSidebar *self);
void          tandem_people_sidebar_set_store           (TandemPeopleSidebar *self,
                                                         TandemStore         *store);
TandemPerson *tandem_people_sidebar_get_selected_person (TandemPeopleSidebar *self);
gboolean      tandem_people_sidebar_select_person_id    (TandemPeopleSidebar *self,
                                                         gint64               person_id);
guint         tandem_people_sidebar_get_n_clients       (TandemPeopleSidebar *self);
void          tandem_people_sidebar_reload              (TandemPeopleSidebar *self);

G_END_DECLS
