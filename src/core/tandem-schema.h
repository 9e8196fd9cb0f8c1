/* tandem-schema.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "tandem-store.h"

G_BEGIN_DECLS

#define TANDEM_SCHEMA_VERSION TANDEM_STORE_SCHEMA_VERSION

const char *_tandem_schema_get_step (int version);

G_END_DECLS
