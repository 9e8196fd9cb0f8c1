/* tandem-error-window.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_ERROR_WINDOW (tandem_error_window_get_type ())

G_DECLARE_FINAL_TYPE (TandemErrorWindow, tandem_error_window, TANDEM, ERROR_WINDOW, AdwApplicationWindow)

GtkWidget *tandem_error_window_new       (GtkApplication    *application);
void       tandem_error_window_set_error (TandemErrorWindow *self,
                                          const char        *path,
                                          const GError      *error);

G_END_DECLS
