/* tandem-timing.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*TandemTimingFunc) (const char *what,
                                  double      total_ms,
                                  double      handling_ms,
                                  gpointer    user_data);

void     tandem_timing_init              (void);
gboolean tandem_timing_is_enabled        (void);
void     tandem_timing_watch_first_frame (GtkWindow        *window);
void     tandem_timing_begin             (GtkWidget        *widget,
                                          const char       *what);
void     tandem_timing_set_observer      (TandemTimingFunc  func,
                                          gpointer          user_data);

G_END_DECLS
