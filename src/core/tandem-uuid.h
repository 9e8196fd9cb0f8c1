/* tandem-uuid.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *tandem_uuid_new (gint64  time_us,
                       GRand  *rand);

G_END_DECLS
