/* tandem-goal-wizard.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_GOAL_WIZARD (tandem_goal_wizard_get_type ())

G_DECLARE_FINAL_TYPE (TandemGoalWizard, tandem_goal_wizard, TANDEM, GOAL_WIZARD, AdwWindow)

TandemGoalWizard *tandem_goal_wizard_new            (GtkWindow        *parent,
                                                     TandemStore      *store,
                                                     TandemPerson     *person,
                                                     TandemGoal       *goal,
                                                     gboolean          therapist_profile);
void              tandem_goal_wizard_open           (TandemGoalWizard *self);
TandemGoal       *tandem_goal_wizard_get_goal       (TandemGoalWizard *self);
TandemGoalStep    tandem_goal_wizard_get_step       (TandemGoalWizard *self);
gboolean          tandem_goal_wizard_has_draft      (TandemGoalWizard *self);
void              tandem_goal_wizard_resume_draft   (TandemGoalWizard *self,
                                                     gboolean          resume);
gboolean          tandem_goal_wizard_apply_template (TandemGoalWizard *self,
                                                     const char       *template_id);
void              tandem_goal_wizard_save_draft     (TandemGoalWizard *self);

G_END_DECLS
