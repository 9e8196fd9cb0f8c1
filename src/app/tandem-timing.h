/* tandem-timing.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void tandem_timing_init              (void);
void tandem_timing_watch_first_frame (GtkWindow *window);

G_END_DECLS
