/* tandem-questionnaire-editor.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_QUESTIONNAIRE_EDITOR (tandem_questionnaire_editor_get_type ())

G_DECLARE_FINAL_TYPE (TandemQuestionnaireEditor, tandem_questionnaire_editor, TANDEM, QUESTIONNAIRE_EDITOR, AdwWindow)

GtkWidget           *tandem_questionnaire_editor_new                   (GtkWindow                 *parent,
                                                                        TandemStore               *store);
GtkWidget           *tandem_questionnaire_editor_new_for_questionnaire (GtkWindow                 *parent,
                                                                        TandemStore               *store,
                                                                        TandemQuestionnaire       *questionnaire,
                                                                        GError                   **error);
TandemQuestionnaire *tandem_questionnaire_editor_get_questionnaire     (TandemQuestionnaireEditor *self);
gboolean             tandem_questionnaire_editor_save                  (TandemQuestionnaireEditor *self);
GtkWidget           *tandem_questionnaire_editor_ask_delete            (TandemQuestionnaireEditor *self);

G_END_DECLS
