/* tandem-gas.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-store.h"

G_BEGIN_DECLS

/* The assumed correlation between goal scores (Kiresuk & Sherman). */
#define TANDEM_GAS_RHO 0.3

const char *tandem_gas_level_describe (int            level);
double      tandem_gas_t_score        (const int     *levels,
                                       const double  *weights,
                                       guint          n_goals,
                                       double         rho);
gboolean    tandem_store_gas_t_score  (TandemStore   *store,
                                       gint64         person_id,
                                       const char    *on_day,
                                       double        *t_score,
                                       guint         *n_goals,
                                       GError       **error);

G_END_DECLS
