/* tandem-questionnaire-builder.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tandem-questionnaire.h"
#include "tandem-types.h"

G_BEGIN_DECLS

#define TANDEM_QUESTIONNAIRE_BUILDER_ERROR (tandem_questionnaire_builder_error_quark ())

/**
 * TandemQuestionnaireBuilderError:
 * @TANDEM_QUESTIONNAIRE_BUILDER_ERROR_NAME: the name, short name or
 *   instruction is missing, or the short name is taken
 * @TANDEM_QUESTIONNAIRE_BUILDER_ERROR_ITEMS: no items, or an item without text
 * @TANDEM_QUESTIONNAIRE_BUILDER_ERROR_OPTIONS: fewer than two options, an
 *   option without a label, or two options with the same value
 * @TANDEM_QUESTIONNAIRE_BUILDER_ERROR_BANDS: bands that overlap, leave gaps
 *   or lie outside the possible totals
 * @TANDEM_QUESTIONNAIRE_BUILDER_ERROR_TAKEN: the questionnaire being edited
 *   has been taken, so its scoring cannot change and it cannot be deleted
 * @TANDEM_QUESTIONNAIRE_BUILDER_ERROR_IN_USE: goals or reminders use the
 *   questionnaire, so it cannot be deleted
 *
 * The code says which part of the questionnaire the message is about.
 */
typedef enum
{
  TANDEM_QUESTIONNAIRE_BUILDER_ERROR_NAME,
  TANDEM_QUESTIONNAIRE_BUILDER_ERROR_ITEMS,
  TANDEM_QUESTIONNAIRE_BUILDER_ERROR_OPTIONS,
  TANDEM_QUESTIONNAIRE_BUILDER_ERROR_BANDS,
  TANDEM_QUESTIONNAIRE_BUILDER_ERROR_TAKEN,
  TANDEM_QUESTIONNAIRE_BUILDER_ERROR_IN_USE,
} TandemQuestionnaireBuilderError;

#define TANDEM_TYPE_QUESTIONNAIRE_BUILDER (tandem_questionnaire_builder_get_type ())

G_DECLARE_FINAL_TYPE (TandemQuestionnaireBuilder, tandem_questionnaire_builder, TANDEM, QUESTIONNAIRE_BUILDER, GObject)

GQuark                      tandem_questionnaire_builder_error_quark      (void);

TandemQuestionnaireBuilder *tandem_questionnaire_builder_new              (void);
TandemQuestionnaireBuilder *tandem_questionnaire_builder_new_for_questionnaire (TandemQuestionnaire *questionnaire,
                                                                                GError             **error);
void                        tandem_questionnaire_builder_set_questionnaire (TandemQuestionnaireBuilder *self,
                                                                            TandemQuestionnaire        *questionnaire);
TandemQuestionnaire        *tandem_questionnaire_builder_get_questionnaire (TandemQuestionnaireBuilder *self);
const char                 *tandem_questionnaire_builder_get_name         (TandemQuestionnaireBuilder  *self);
const char                 *tandem_questionnaire_builder_get_short_name   (TandemQuestionnaireBuilder  *self);
const char                 *tandem_questionnaire_builder_get_instructions (TandemQuestionnaireBuilder  *self);
guint                       tandem_questionnaire_builder_get_n_items      (TandemQuestionnaireBuilder  *self);
const char                 *tandem_questionnaire_builder_get_item         (TandemQuestionnaireBuilder  *self,
                                                                           guint                        item,
                                                                           gboolean                    *reversed);
guint                       tandem_questionnaire_builder_get_n_options    (TandemQuestionnaireBuilder  *self);
const char                 *tandem_questionnaire_builder_get_option       (TandemQuestionnaireBuilder  *self,
                                                                           guint                        option,
                                                                           int                         *value);
guint                       tandem_questionnaire_builder_get_n_bands      (TandemQuestionnaireBuilder  *self);
const char                 *tandem_questionnaire_builder_get_band         (TandemQuestionnaireBuilder  *self,
                                                                           guint                        band,
                                                                           int                         *min,
                                                                           int                         *max);
void                        tandem_questionnaire_builder_set_name         (TandemQuestionnaireBuilder  *self,
                                                                           const char                  *name);
void                        tandem_questionnaire_builder_set_short_name   (TandemQuestionnaireBuilder  *self,
                                                                           const char                  *short_name);
void                        tandem_questionnaire_builder_set_instructions (TandemQuestionnaireBuilder  *self,
                                                                           const char                  *instructions);
void                        tandem_questionnaire_builder_add_item         (TandemQuestionnaireBuilder  *self,
                                                                           const char                  *text,
                                                                           gboolean                     reversed);
void                        tandem_questionnaire_builder_add_option       (TandemQuestionnaireBuilder  *self,
                                                                           const char                  *label,
                                                                           int                          value);
void                        tandem_questionnaire_builder_add_band         (TandemQuestionnaireBuilder  *self,
                                                                           int                          min,
                                                                           int                          max,
                                                                           const char                  *label);
gboolean                    tandem_questionnaire_builder_check            (TandemQuestionnaireBuilder  *self,
                                                                           TandemQuestionnaireBuilderError part,
                                                                           TandemStore                 *store,
                                                                           GError                     **error);
char                       *tandem_questionnaire_builder_dup_code         (TandemQuestionnaireBuilder  *self,
                                                                           TandemStore                 *store,
                                                                           GError                     **error);
char                       *tandem_questionnaire_builder_dup_definition   (TandemQuestionnaireBuilder  *self,
                                                                           const char                  *code);
TandemQuestionnaire        *tandem_questionnaire_builder_save             (TandemQuestionnaireBuilder  *self,
                                                                           TandemStore                 *store,
                                                                           GError                     **error);
gboolean                    tandem_questionnaire_builder_delete           (TandemQuestionnaireBuilder  *self,
                                                                           TandemStore                 *store,
                                                                           GError                     **error);

G_END_DECLS
