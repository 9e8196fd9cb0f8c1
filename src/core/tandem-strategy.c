/* tandem-strategy.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-strategy"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enum-types.h"
#include "tandem-strategy.h"
#include "tandem-record-private.h"

struct _TandemStrategy
{
  TandemRecord parent_instance;

  gint64  person_id;
  char   *name;
  char   *description;
};

G_DEFINE_FINAL_TYPE (TandemStrategy, tandem_strategy, TANDEM_TYPE_RECORD)

enum {
  FIELD_PERSON_ID,
  FIELD_NAME,
  FIELD_DESCRIPTION,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_PERSON_ID] = { "person-id", TANDEM_FIELD_REF, 0,
      TANDEM_FIELD_AT (TandemStrategy, person_id), .ref_entity = "person", .label = NC_("field name", "person") },
  [FIELD_NAME] = { "name", TANDEM_FIELD_STRING, TANDEM_FIELD_REQUIRED,
      TANDEM_FIELD_AT (TandemStrategy, name), .label = NC_("field name", "name") },
  [FIELD_DESCRIPTION] = { "description", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemStrategy, description) },
};

static void
tandem_strategy_class_init (TandemStrategyClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "strategy", "strategy",
                                      fields, N_FIELDS);
}

static void
tandem_strategy_init (TandemStrategy *self)
{

}

/**
 * tandem_strategy_new:
 *
 * Creates a technique that @person_id practises, such as a breathing
 * exercise.
 *
 * Returns: (transfer full): a new, not yet stored strategy
 */
TandemStrategy *
tandem_strategy_new (gint64      person_id,
                     const char *name)
{
  return g_object_new (TANDEM_TYPE_STRATEGY,
                       "person-id", person_id,
                       "name", name,
                       NULL);
}

gint64
tandem_strategy_get_person_id (TandemStrategy *self)
{
  g_return_val_if_fail (TANDEM_IS_STRATEGY (self), 0);

  return self->person_id;
}

void
tandem_strategy_set_person_id (TandemStrategy *self,
                               gint64          person_id)
{
  g_return_if_fail (TANDEM_IS_STRATEGY (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_PERSON_ID, person_id);
}

const char *
tandem_strategy_get_name (TandemStrategy *self)
{
  g_return_val_if_fail (TANDEM_IS_STRATEGY (self), NULL);

  return self->name;
}

void
tandem_strategy_set_name (TandemStrategy *self,
                          const char     *name)
{
  g_return_if_fail (TANDEM_IS_STRATEGY (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_NAME, name);
}

const char *
tandem_strategy_get_description (TandemStrategy *self)
{
  g_return_val_if_fail (TANDEM_IS_STRATEGY (self), NULL);

  return self->description;
}

void
tandem_strategy_set_description (TandemStrategy *self,
                                 const char     *description)
{
  g_return_if_fail (TANDEM_IS_STRATEGY (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_DESCRIPTION, description);
}
