/* tandem-exchange.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "tandem-store.h"

G_BEGIN_DECLS

/**
 * TandemExchangeKind:
 * @TANDEM_EXCHANGE_KIND_PLAN: what the therapist gives the client: goals,
 *   strategies, goal revisions and attainments, homework, reminders,
 *   questionnaires
 * @TANDEM_EXCHANGE_KIND_PROGRESS: what the client gives back: check-ins,
 *   rest days, responses, homework, reminder firings, with the goals,
 *   strategies and reminders they refer to
 * @TANDEM_EXCHANGE_KIND_ALL: every record of the person, therapy sessions
 *   with their notes included
 */
typedef enum
{
  TANDEM_EXCHANGE_KIND_PLAN,
  TANDEM_EXCHANGE_KIND_PROGRESS,
  TANDEM_EXCHANGE_KIND_ALL,
} TandemExchangeKind;

/* The bundle format this build writes and the newest it reads. */
#define TANDEM_EXCHANGE_FORMAT  "tandem-bundle"
#define TANDEM_EXCHANGE_VERSION 1

typedef struct _TandemImportPlan TandemImportPlan;

const char       *tandem_exchange_kind_to_nick   (TandemExchangeKind   kind);
gboolean          tandem_exchange_kind_from_nick (const char          *nick,
                                                  TandemExchangeKind  *kind);

GBytes           *tandem_exchange_export         (TandemStore         *store,
                                                  gint64               person_id,
                                                  TandemExchangeKind   kind,
                                                  GError             **error);
TandemImportPlan *tandem_exchange_preview        (TandemStore         *store,
                                                  GBytes              *bundle,
                                                  gint64               target_person_id,
                                                  GError             **error);
gboolean          tandem_exchange_match_person   (TandemStore         *store,
                                                  GBytes              *bundle,
                                                  gint64              *person_id,
                                                  TandemExchangeKind  *kind,
                                                  char               **display_name,
                                                  GError             **error);
gboolean          tandem_exchange_import         (TandemStore         *store,
                                                  GBytes              *bundle,
                                                  gint64               target_person_id,
                                                  TandemImportPlan   **plan,
                                                  GError             **error);

gint64            tandem_import_plan_get_person_id (TandemImportPlan   *plan);
gboolean          tandem_import_plan_get_counts    (TandemImportPlan   *plan,
                                                    const char         *entity,
                                                    guint              *added,
                                                    guint              *changed,
                                                    guint              *removed,
                                                    guint              *unchanged);
JsonNode         *tandem_import_plan_to_json       (TandemImportPlan   *plan);
void              tandem_import_plan_free          (TandemImportPlan   *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemImportPlan, tandem_import_plan_free)

G_END_DECLS
