/* tandem-rest-day.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-record.h"
#include "tandem-store.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_REST_DAY (tandem_rest_day_get_type ())

G_DECLARE_FINAL_TYPE (TandemRestDay, tandem_rest_day, TANDEM, REST_DAY, TandemRecord)

TandemRestDay *tandem_rest_day_new           (gint64      person_id,
                                              const char *day);
gint64         tandem_rest_day_get_person_id (TandemRestDay *self);
void           tandem_rest_day_set_person_id (TandemRestDay *self,
                                              gint64         person_id);
const char    *tandem_rest_day_get_day       (TandemRestDay *self);
void           tandem_rest_day_set_day       (TandemRestDay *self,
                                              const char    *day);
const char    *tandem_rest_day_get_note      (TandemRestDay *self);
void           tandem_rest_day_set_note      (TandemRestDay *self,
                                              const char    *note);

gboolean       tandem_rest_day_mark          (TandemStore   *store,
                                              gint64         person_id,
                                              const char    *day,
                                              const char    *note,
                                              GError       **error);
gboolean       tandem_rest_day_unmark        (TandemStore   *store,
                                              gint64         person_id,
                                              const char    *day,
                                              GError       **error);

G_END_DECLS
