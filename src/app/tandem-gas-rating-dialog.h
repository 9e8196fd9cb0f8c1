/* tandem-gas-rating-dialog.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_GAS_RATING_DIALOG (tandem_gas_rating_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemGasRatingDialog, tandem_gas_rating_dialog, TANDEM, GAS_RATING_DIALOG, AdwWindow)

GtkWidget *tandem_gas_rating_dialog_new        (GtkWindow             *parent,
                                                TandemStore           *store,
                                                TandemGoal            *goal);
gboolean   tandem_gas_rating_dialog_has_levels (TandemGoal            *goal);
void       tandem_gas_rating_dialog_set_level  (TandemGasRatingDialog *self,
                                                int                    level);

G_END_DECLS
