/* tandem-avatar.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_AVATAR (tandem_avatar_get_type ())

G_DECLARE_FINAL_TYPE (TandemAvatar, tandem_avatar, TANDEM, AVATAR, GtkWidget)

GtkWidget  *tandem_avatar_new      (void);
void        tandem_avatar_set_name (TandemAvatar *self,
                                    const char   *name);

G_END_DECLS
