/* tandem-rest-day.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-rest-day"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enum-types.h"
#include "tandem-rest-day.h"
#include "tandem-record-private.h"

struct _TandemRestDay
{
  TandemRecord parent_instance;

  gint64  person_id;
  char   *day;
  char   *note;
};

G_DEFINE_FINAL_TYPE (TandemRestDay, tandem_rest_day, TANDEM_TYPE_RECORD)

enum {
  FIELD_PERSON_ID,
  FIELD_DAY,
  FIELD_NOTE,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_PERSON_ID] = { "person-id", TANDEM_FIELD_REF, 0,
      TANDEM_FIELD_AT (TandemRestDay, person_id), .ref_entity = "person", .label = NC_("field name", "person") },
  [FIELD_DAY] = { "day", TANDEM_FIELD_DATE, 0,
      TANDEM_FIELD_AT (TandemRestDay, day), .label = NC_("field name", "date") },
  [FIELD_NOTE] = { "note", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemRestDay, note) },
};

static void
tandem_rest_day_class_init (TandemRestDayClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "rest_day", "rest-day",
                                      fields, N_FIELDS);
}

static void
tandem_rest_day_init (TandemRestDay *self)
{

}

/**
 * tandem_rest_day_new:
 *
 * Marks @day as a rest day, which does not break a run of check-ins.
 *
 * Returns: (transfer full): a new, not yet stored rest-day
 */
TandemRestDay *
tandem_rest_day_new (gint64      person_id,
                     const char *day)
{
  return g_object_new (TANDEM_TYPE_REST_DAY,
                       "person-id", person_id,
                       "day", day,
                       NULL);
}

gint64
tandem_rest_day_get_person_id (TandemRestDay *self)
{
  g_return_val_if_fail (TANDEM_IS_REST_DAY (self), 0);

  return self->person_id;
}

void
tandem_rest_day_set_person_id (TandemRestDay *self,
                               gint64         person_id)
{
  g_return_if_fail (TANDEM_IS_REST_DAY (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_PERSON_ID, person_id);
}

const char *
tandem_rest_day_get_day (TandemRestDay *self)
{
  g_return_val_if_fail (TANDEM_IS_REST_DAY (self), NULL);

  return self->day;
}

void
tandem_rest_day_set_day (TandemRestDay *self,
                         const char    *day)
{
  g_return_if_fail (TANDEM_IS_REST_DAY (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_DAY, day);
}

const char *
tandem_rest_day_get_note (TandemRestDay *self)
{
  g_return_val_if_fail (TANDEM_IS_REST_DAY (self), NULL);

  return self->note;
}

void
tandem_rest_day_set_note (TandemRestDay *self,
                          const char    *note)
{
  g_return_if_fail (TANDEM_IS_REST_DAY (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_NOTE, note);
}
