/* tandem-response.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_RESPONSE (tandem_response_get_type ())

G_DECLARE_FINAL_TYPE (TandemResponse, tandem_response, TANDEM, RESPONSE, TandemRecord)

TandemResponse *tandem_response_new             (gint64      person_id,
                                                 const char *instrument,
                                                 const char *day);
gint64          tandem_response_get_person_id   (TandemResponse *self);
void            tandem_response_set_person_id   (TandemResponse *self,
                                                 gint64          person_id);
const char     *tandem_response_get_instrument  (TandemResponse *self);
void            tandem_response_set_instrument  (TandemResponse *self,
                                                 const char     *instrument);
gint64          tandem_response_get_taken_at    (TandemResponse *self);
void            tandem_response_set_taken_at    (TandemResponse *self,
                                                 gint64          taken_at);
const char     *tandem_response_get_day         (TandemResponse *self);
void            tandem_response_set_day         (TandemResponse *self,
                                                 const char     *day);
double          tandem_response_get_total       (TandemResponse *self);
void            tandem_response_set_total       (TandemResponse *self,
                                                 double          total);
const char     *tandem_response_get_band        (TandemResponse *self);
void            tandem_response_set_band        (TandemResponse *self,
                                                 const char     *band);
gboolean        tandem_response_get_safety_flag (TandemResponse *self);
void            tandem_response_set_safety_flag (TandemResponse *self,
                                                 gboolean        safety_flag);

const int *tandem_response_get_answers (TandemResponse *self,
                                        guint          *n_items);
void       tandem_response_set_answers (TandemResponse *self,
                                        const int      *answers,
                                        guint           n_items);

G_END_DECLS
