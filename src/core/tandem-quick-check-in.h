/* tandem-quick-check-in.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-check-in.h"
#include "tandem-store.h"

G_BEGIN_DECLS

gboolean  tandem_quick_check_in_save       (TandemStore          *store,
                                            gint64                person_id,
                                            const char           *day,
                                            TandemCheckIn        *overall,
                                            TandemCheckIn *const *goal_entries,
                                            guint                 n_goal_entries,
                                            GError              **error);
char     *tandem_quick_check_in_dup_today  (TandemStore          *store);

G_END_DECLS
