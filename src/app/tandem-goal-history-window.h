/* tandem-goal-history-window.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_GOAL_HISTORY_WINDOW (tandem_goal_history_window_get_type ())

G_DECLARE_FINAL_TYPE (TandemGoalHistoryWindow, tandem_goal_history_window, TANDEM, GOAL_HISTORY_WINDOW, AdwWindow)

GtkWidget *tandem_goal_history_window_new           (GtkWindow               *parent,
                                                     TandemStore             *store,
                                                     TandemGoal              *goal,
                                                     TandemAuthor             viewer,
                                                     const char              *client_name);
guint      tandem_goal_history_window_get_n_changes (TandemGoalHistoryWindow *self);

G_END_DECLS
