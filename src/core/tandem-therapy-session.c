/* tandem-therapy-session.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-therapy-session"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enum-types.h"
#include "tandem-therapy-session.h"
#include "tandem-record-private.h"

struct _TandemTherapySession
{
  TandemRecord parent_instance;

  gint64  person_id;
  gint64  starts_at;
  int     duration_minutes;
  char   *agenda;
  char   *notes;
};

G_DEFINE_FINAL_TYPE (TandemTherapySession, tandem_therapy_session, TANDEM_TYPE_RECORD)

enum {
  FIELD_PERSON_ID,
  FIELD_STARTS_AT,
  FIELD_DURATION_MINUTES,
  FIELD_AGENDA,
  FIELD_NOTES,
  N_FIELDS
};

static const TandemField fields[N_FIELDS] = {
  [FIELD_PERSON_ID] = { "person-id", TANDEM_FIELD_REF, 0,
      TANDEM_FIELD_AT (TandemTherapySession, person_id), .ref_entity = "person", .label = NC_("field name", "person") },
  [FIELD_STARTS_AT] = { "starts-at", TANDEM_FIELD_TIMESTAMP, 0,
      TANDEM_FIELD_AT (TandemTherapySession, starts_at) },
  [FIELD_DURATION_MINUTES] = { "duration-minutes", TANDEM_FIELD_INT, 0,
      TANDEM_FIELD_AT (TandemTherapySession, duration_minutes), .min = 0, .max = 1440, .label = NC_("field name", "duration") },
  [FIELD_AGENDA] = { "agenda", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemTherapySession, agenda) },
  [FIELD_NOTES] = { "notes", TANDEM_FIELD_STRING, TANDEM_FIELD_NULLABLE,
      TANDEM_FIELD_AT (TandemTherapySession, notes) },
};

static void
tandem_therapy_session_class_init (TandemTherapySessionClass *klass)
{
  _tandem_record_class_install_fields (G_OBJECT_CLASS (klass), "therapy_session", "therapy-session",
                                      fields, N_FIELDS);
}

static void
tandem_therapy_session_init (TandemTherapySession *self)
{
  self->duration_minutes = 50;
}

/**
 * tandem_therapy_session_new:
 *
 * Creates a session of a therapist with the client @person_id.
 *
 * Returns: (transfer full): a new, not yet stored therapy-session
 */
TandemTherapySession *
tandem_therapy_session_new (gint64 person_id,
                            gint64 starts_at)
{
  return g_object_new (TANDEM_TYPE_THERAPY_SESSION,
                       "person-id", person_id,
                       "starts-at", starts_at,
                       NULL);
}

gint64
tandem_therapy_session_get_person_id (TandemTherapySession *self)
{
  g_return_val_if_fail (TANDEM_IS_THERAPY_SESSION (self), 0);

  return self->person_id;
}

void
tandem_therapy_session_set_person_id (TandemTherapySession *self,
                                      gint64                person_id)
{
  g_return_if_fail (TANDEM_IS_THERAPY_SESSION (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_PERSON_ID, person_id);
}

gint64
tandem_therapy_session_get_starts_at (TandemTherapySession *self)
{
  g_return_val_if_fail (TANDEM_IS_THERAPY_SESSION (self), 0);

  return self->starts_at;
}

void
tandem_therapy_session_set_starts_at (TandemTherapySession *self,
                                      gint64                starts_at)
{
  g_return_if_fail (TANDEM_IS_THERAPY_SESSION (self));

  _tandem_record_set_int64 (TANDEM_RECORD (self), FIELD_STARTS_AT, starts_at);
}

int
tandem_therapy_session_get_duration_minutes (TandemTherapySession *self)
{
  g_return_val_if_fail (TANDEM_IS_THERAPY_SESSION (self), 0);

  return self->duration_minutes;
}

void
tandem_therapy_session_set_duration_minutes (TandemTherapySession *self,
                                             int                   duration_minutes)
{
  g_return_if_fail (TANDEM_IS_THERAPY_SESSION (self));

  _tandem_record_set_int (TANDEM_RECORD (self), FIELD_DURATION_MINUTES, duration_minutes);
}

const char *
tandem_therapy_session_get_agenda (TandemTherapySession *self)
{
  g_return_val_if_fail (TANDEM_IS_THERAPY_SESSION (self), NULL);

  return self->agenda;
}

void
tandem_therapy_session_set_agenda (TandemTherapySession *self,
                                   const char           *agenda)
{
  g_return_if_fail (TANDEM_IS_THERAPY_SESSION (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_AGENDA, agenda);
}

const char *
tandem_therapy_session_get_notes (TandemTherapySession *self)
{
  g_return_val_if_fail (TANDEM_IS_THERAPY_SESSION (self), NULL);

  return self->notes;
}

void
tandem_therapy_session_set_notes (TandemTherapySession *self,
                                  const char           *notes)
{
  g_return_if_fail (TANDEM_IS_THERAPY_SESSION (self));

  _tandem_record_set_string (TANDEM_RECORD (self), FIELD_NOTES, notes);
}
