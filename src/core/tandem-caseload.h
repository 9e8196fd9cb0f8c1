/* tandem-caseload.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-person.h"
#include "tandem-store.h"

G_BEGIN_DECLS

/**
 * TandemCaseloadOrder:
 * @TANDEM_CASELOAD_ORDER_NAME: by name
 * @TANDEM_CASELOAD_ORDER_NEXT_SESSION: the soonest next session first;
 *   clients without one last
 * @TANDEM_CASELOAD_ORDER_LAST_ACTIVITY: the most recent check-in or
 *   questionnaire first; clients without any last
 *
 * How the caseload is sorted. In every order, clients with a safety flag
 * since their last session come first.
 */
typedef enum
{
  TANDEM_CASELOAD_ORDER_NAME,
  TANDEM_CASELOAD_ORDER_NEXT_SESSION,
  TANDEM_CASELOAD_ORDER_LAST_ACTIVITY,
} TandemCaseloadOrder;

#define TANDEM_TYPE_CASELOAD_ENTRY (tandem_caseload_entry_get_type ())

G_DECLARE_FINAL_TYPE (TandemCaseloadEntry, tandem_caseload_entry, TANDEM, CASELOAD_ENTRY, GObject)

TandemPerson *tandem_caseload_entry_get_person        (TandemCaseloadEntry *self);
const char   *tandem_caseload_entry_get_name          (TandemCaseloadEntry *self);
const char   *tandem_caseload_entry_get_last_activity (TandemCaseloadEntry *self);
gint64        tandem_caseload_entry_get_next_session  (TandemCaseloadEntry *self);
gboolean      tandem_caseload_entry_get_flagged       (TandemCaseloadEntry *self);
int           tandem_caseload_entry_compare           (TandemCaseloadEntry *a,
                                                       TandemCaseloadEntry *b,
                                                       TandemCaseloadOrder  order);

GListStore   *tandem_caseload_load                    (TandemStore         *store,
                                                       gint64               now,
                                                       gboolean             include_archived,
                                                       GError             **error);

G_END_DECLS
