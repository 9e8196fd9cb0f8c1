/* tandem-questionnaire.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-questionnaire"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enum-types.h"
#include "tandem-questionnaire.h"
#include "tandem-record-private.h"

struct _TandemQuestionnaire
{
  TandemRecord parent_instance;

  char *code;
  char *title;
  char *definition;
};

G_DEFINE_FINAL_TYPE (TandemQuestionnaire, tandem_questionnaire, TANDEM_TYPE_RECORD)

enum {
  FIELD_CODE,
  FIELD_TITLE,
  FIELD_DEFINITION,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_CODE] = { "code", TANDEM_FIELD_STRING, TANDEM_FIELD_REQUIRED,
      TANDEM_FIELD_AT (TandemQuestionnaire, code), .label = NC_("field name", "short name") },
  [FIELD_TITLE] = { "title", TANDEM_FIELD_STRING, TANDEM_FIELD_REQUIRED,
      TANDEM_FIELD_AT (TandemQuestionnaire, title), .label = NC_("field name", "title") },
  [FIELD_DEFINITION] = { "definition", TANDEM_FIELD_STRING, TANDEM_FIELD_REQUIRED,
      TANDEM_FIELD_AT (TandemQuestionnaire, definition), .label = NC_("field name", "definition") },
};

static void
tandem_questionnaire_class_init (TandemQuestionnaireClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "questionnaire", "questionnaire",
                                      fields, N_FIELDS);
}

static void
tandem_questionnaire_init (TandemQuestionnaire *self)
{

}

/**
 * tandem_questionnaire_new:
 *
 * Creates a custom questionnaire; @definition is its items, options and
 * bands as JSON.
 *
 * Returns: (transfer full): a new, not yet stored questionnaire
 */
TandemQuestionnaire *
tandem_questionnaire_new (const char *code,
                          const char *title,
                          const char *definition)
{
  return g_object_new (TANDEM_TYPE_QUESTIONNAIRE,
                       "code", code,
                       "title", title,
                       "definition", definition,
                       NULL);
}

const char *
tandem_questionnaire_get_code (TandemQuestionnaire *self)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE (self), NULL);

  return self->code;
}

void
tandem_questionnaire_set_code (TandemQuestionnaire *self,
                               const char          *code)
{
  g_return_if_fail (TANDEM_IS_QUESTIONNAIRE (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_CODE, code);
}

const char *
tandem_questionnaire_get_title (TandemQuestionnaire *self)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE (self), NULL);

  return self->title;
}

void
tandem_questionnaire_set_title (TandemQuestionnaire *self,
                                const char          *title)
{
  g_return_if_fail (TANDEM_IS_QUESTIONNAIRE (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_TITLE, title);
}

const char *
tandem_questionnaire_get_definition (TandemQuestionnaire *self)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE (self), NULL);

  return self->definition;
}

void
tandem_questionnaire_set_definition (TandemQuestionnaire *self,
                                     const char          *definition)
{
  g_return_if_fail (TANDEM_IS_QUESTIONNAIRE (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_DEFINITION, definition);
}
