/* tandem-scale-registry.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tandem-scale.h"
#include "tandem-types.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SCALE_REGISTRY (tandem_scale_registry_get_type ())

G_DECLARE_FINAL_TYPE (TandemScaleRegistry, tandem_scale_registry, TANDEM, SCALE_REGISTRY, GObject)

TandemScaleRegistry *tandem_scale_registry_new         (GError              **error);
TandemScaleRegistry *tandem_scale_registry_new_for_dir (const char           *dir,
                                                        GError              **error);
gboolean             tandem_scale_registry_load_custom (TandemScaleRegistry  *self,
                                                        TandemStore          *store,
                                                        GError              **error);
GListModel          *tandem_scale_registry_get_scales  (TandemScaleRegistry  *self);
TandemScale         *tandem_scale_registry_lookup      (TandemScaleRegistry  *self,
                                                        const char           *id);
TandemScale         *tandem_scale_registry_get         (TandemScaleRegistry  *self,
                                                        const char           *id,
                                                        GError              **error);
gboolean             tandem_scale_registry_score_range (const char           *id,
                                                        double               *min,
                                                        double               *max,
                                                        gpointer              registry);

G_END_DECLS
