/* tandem-plans-private.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A query on a hot read path and the index it must use: the query-plan
 * tests run EXPLAIN QUERY PLAN over each. */
typedef struct
{
  const char *sql;
  const char *index;
} TandemQueryPlan;

const TandemQueryPlan *_tandem_calendar_month_get_queries (guint *n_queries);
const TandemQueryPlan *_tandem_streak_get_queries         (guint *n_queries);
const TandemQueryPlan *_tandem_goal_summary_get_queries   (guint *n_queries);
const TandemQueryPlan *_tandem_csv_import_get_queries     (guint *n_queries);
const TandemQueryPlan *_tandem_overview_get_queries       (guint *n_queries);
const char            *_tandem_caseload_get_sql           (void);
const char            *_tandem_store_count_responses_get_sql (void);

G_END_DECLS
