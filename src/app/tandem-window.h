/* tandem-window.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_WINDOW (tandem_window_get_type ())

G_DECLARE_FINAL_TYPE (TandemWindow, tandem_window, TANDEM, WINDOW, AdwApplicationWindow)

TandemWindow *tandem_window_new        (GtkApplication *application,
                                        TandemStore    *store);
TandemStore  *tandem_window_get_store  (TandemWindow   *self);
TandemPerson *tandem_window_get_person (TandemWindow   *self);
void          tandem_window_show_page  (TandemWindow   *self,
                                        const char     *page_name);
void          tandem_window_add_toast  (TandemWindow   *self,
                                        const char     *title);
void          tandem_window_reload     (TandemWindow   *self);
gboolean      tandem_window_get_presenting (TandemWindow *self);
void          tandem_window_set_presenting (TandemWindow *self,
                                            gboolean      presenting);
void          tandem_window_open_check_in (TandemWindow *self,
                                           const char   *day,
                                           gint64        goal_id);
void          tandem_window_open_import   (TandemWindow *self,
                                           GFile        *file);

G_END_DECLS
