/* tandem-person.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PERSON (tandem_person_get_type ())

G_DECLARE_FINAL_TYPE (TandemPerson, tandem_person, TANDEM, PERSON, TandemRecord)

TandemPerson    *tandem_person_new              (const char      *display_name,
                                                 TandemPersonRole role);
const char      *tandem_person_get_display_name (TandemPerson *self);
void             tandem_person_set_display_name (TandemPerson *self,
                                                 const char   *display_name);
const char      *tandem_person_get_notes        (TandemPerson *self);
void             tandem_person_set_notes        (TandemPerson *self,
                                                 const char   *notes);
TandemPersonRole tandem_person_get_role         (TandemPerson *self);
void             tandem_person_set_role         (TandemPerson    *self,
                                                 TandemPersonRole role);
gboolean         tandem_person_get_archived     (TandemPerson *self);
void             tandem_person_set_archived     (TandemPerson *self,
                                                 gboolean      archived);

G_END_DECLS
