/* tandem-person.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-person"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enum-types.h"
#include "tandem-person.h"
#include "tandem-record-private.h"

struct _TandemPerson
{
  TandemRecord parent_instance;

  char             *display_name;
  char             *notes;
  TandemPersonRole  role;
  gboolean          archived;
};

G_DEFINE_FINAL_TYPE (TandemPerson, tandem_person, TANDEM_TYPE_RECORD)

enum {
  FIELD_DISPLAY_NAME,
  FIELD_NOTES,
  FIELD_ROLE,
  FIELD_ARCHIVED,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_DISPLAY_NAME] = { "display-name", TANDEM_FIELD_STRING, TANDEM_FIELD_REQUIRED,
      TANDEM_FIELD_AT (TandemPerson, display_name), .label = NC_("field name", "name") },
  [FIELD_NOTES] = { "notes", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemPerson, notes) },
  [FIELD_ROLE] = { "role", TANDEM_FIELD_ENUM, 0,
      TANDEM_FIELD_AT (TandemPerson, role), .enum_type = tandem_person_role_get_type },
  [FIELD_ARCHIVED] = { "archived", TANDEM_FIELD_BOOLEAN, 0,
      TANDEM_FIELD_AT (TandemPerson, archived) },
};

static void
tandem_person_class_init (TandemPersonClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "person", "person",
                                      fields, N_FIELDS);
}

static void
tandem_person_init (TandemPerson *self)
{

}

/**
 * tandem_person_new:
 *
 * Creates the owner of the database or one of a therapist's clients.
 *
 * Returns: (transfer full): a new, not yet stored person
 */
TandemPerson *
tandem_person_new (const char      *display_name,
                   TandemPersonRole role)
{
  return g_object_new (TANDEM_TYPE_PERSON,
                       "display-name", display_name,
                       "role", role,
                       NULL);
}

const char *
tandem_person_get_display_name (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->display_name;
}

void
tandem_person_set_display_name (TandemPerson *self,
                                const char   *display_name)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_DISPLAY_NAME, display_name);
}

const char *
tandem_person_get_notes (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->notes;
}

void
tandem_person_set_notes (TandemPerson *self,
                         const char   *notes)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_NOTES, notes);
}

TandemPersonRole
tandem_person_get_role (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), 0);

  return self->role;
}

void
tandem_person_set_role (TandemPerson     *self,
                        TandemPersonRole  role)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_ROLE, role);
}

gboolean
tandem_person_get_archived (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), FALSE);

  return self->archived;
}

void
tandem_person_set_archived (TandemPerson *self,
                            gboolean      archived)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  _tandem_record_set_boolean (TANDEM_RECORD (self), FIELD_ARCHIVED, archived);
}
