/* tandem-strategy.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_STRATEGY (tandem_strategy_get_type ())

G_DECLARE_FINAL_TYPE (TandemStrategy, tandem_strategy, TANDEM, STRATEGY, TandemRecord)

TandemStrategy *tandem_strategy_new             (gint64      person_id,
                                                 const char *name);
gint64          tandem_strategy_get_person_id   (TandemStrategy *self);
void            tandem_strategy_set_person_id   (TandemStrategy *self,
                                                 gint64          person_id);
const char     *tandem_strategy_get_name        (TandemStrategy *self);
void            tandem_strategy_set_name        (TandemStrategy *self,
                                                 const char     *name);
const char     *tandem_strategy_get_description (TandemStrategy *self);
void            tandem_strategy_set_description (TandemStrategy *self,
                                                 const char     *description);

G_END_DECLS
