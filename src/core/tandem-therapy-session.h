/* tandem-therapy-session.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_THERAPY_SESSION (tandem_therapy_session_get_type ())

G_DECLARE_FINAL_TYPE (TandemTherapySession, tandem_therapy_session, TANDEM, THERAPY_SESSION, TandemRecord)

TandemTherapySession *tandem_therapy_session_new                  (gint64 person_id,
                                                                   gint64 starts_at);
gint64                tandem_therapy_session_get_person_id        (TandemTherapySession *self);
void                  tandem_therapy_session_set_person_id        (TandemTherapySession *self,
                                                                   gint64                person_id);
gint64                tandem_therapy_session_get_starts_at        (TandemTherapySession *self);
void                  tandem_therapy_session_set_starts_at        (TandemTherapySession *self,
                                                                   gint64                starts_at);
int                   tandem_therapy_session_get_duration_minutes (TandemTherapySession *self);
void                  tandem_therapy_session_set_duration_minutes (TandemTherapySession *self,
                                                                   int                   duration_minutes);
const char           *tandem_therapy_session_get_agenda           (TandemTherapySession *self);
void                  tandem_therapy_session_set_agenda           (TandemTherapySession *self,
                                                                   const char           *agenda);
const char           *tandem_therapy_session_get_notes            (TandemTherapySession *self);
void                  tandem_therapy_session_set_notes            (TandemTherapySession *self,
                                                                   const char           *notes);

G_END_DECLS
