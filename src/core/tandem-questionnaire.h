/* tandem-questionnaire.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_QUESTIONNAIRE (tandem_questionnaire_get_type ())

G_DECLARE_FINAL_TYPE (TandemQuestionnaire, tandem_questionnaire, TANDEM, QUESTIONNAIRE, TandemRecord)

TandemQuestionnaire *tandem_questionnaire_new            (const char *code,
                                                          const char *title,
                                                          const char *definition);
const char          *tandem_questionnaire_get_code       (TandemQuestionnaire *self);
void                 tandem_questionnaire_set_code       (TandemQuestionnaire *self,
                                                          const char          *code);
const char          *tandem_questionnaire_get_title      (TandemQuestionnaire *self);
void                 tandem_questionnaire_set_title      (TandemQuestionnaire *self,
                                                          const char          *title);
const char          *tandem_questionnaire_get_definition (TandemQuestionnaire *self);
void                 tandem_questionnaire_set_definition (TandemQuestionnaire *self,
                                                          const char          *definition);

G_END_DECLS
