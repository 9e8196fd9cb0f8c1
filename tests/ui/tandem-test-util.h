/* tandem-test-util.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

gboolean     tandem_test_init              (int          *argc,
                                            char       ***argv);
TandemStore *tandem_test_open_store        (char        **dir);
void         tandem_test_remove_dir        (const char   *dir);
void         tandem_test_reset_settings    (void);
void         tandem_test_iterate           (void);
GtkWidget   *tandem_test_get_child         (gpointer      widget,
                                            GType         widget_type,
                                            const char   *name);

G_END_DECLS
