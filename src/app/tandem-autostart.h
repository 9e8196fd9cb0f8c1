/* tandem-autostart.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *tandem_autostart_dup_user_path (void);
gboolean  tandem_autostart_get_enabled   (void);
gboolean  tandem_autostart_set_enabled   (gboolean   enabled,
                                          GError   **error);
void      tandem_autostart_ensure_default (gboolean   wanted);

G_END_DECLS
