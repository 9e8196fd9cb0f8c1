/* tandem-welcome-view.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_WELCOME_VIEW (tandem_welcome_view_get_type ())

G_DECLARE_FINAL_TYPE (TandemWelcomeView, tandem_welcome_view, TANDEM, WELCOME_VIEW, AdwBin)

GtkWidget *tandem_welcome_view_new (void);

G_END_DECLS
