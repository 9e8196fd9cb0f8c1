/* tandem-questionnaire-window.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_QUESTIONNAIRE_WINDOW (tandem_questionnaire_window_get_type ())

G_DECLARE_FINAL_TYPE (TandemQuestionnaireWindow, tandem_questionnaire_window, TANDEM, QUESTIONNAIRE_WINDOW, AdwWindow)

GtkWidget   *tandem_questionnaire_window_new         (GtkWindow                 *parent,
                                                      TandemStore               *store,
                                                      TandemPerson              *person,
                                                      const char                *scale_id);
gboolean     tandem_questionnaire_window_set_scale   (TandemQuestionnaireWindow *self,
                                                      const char                *scale_id);
TandemScale *tandem_questionnaire_window_get_scale   (TandemQuestionnaireWindow *self);
void         tandem_questionnaire_window_set_answer  (TandemQuestionnaireWindow *self,
                                                      guint                      item,
                                                      guint                      option);
gboolean     tandem_questionnaire_window_submit      (TandemQuestionnaireWindow *self);
const char  *tandem_questionnaire_window_get_problem (TandemQuestionnaireWindow *self);
const char  *tandem_questionnaire_window_get_view    (TandemQuestionnaireWindow *self);

G_END_DECLS
