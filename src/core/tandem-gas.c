/* tandem-gas.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-gas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-gas.h"
#include "tandem-goal.h"
#include "tandem-store-private.h"

/* Goal attainment scaling (Kiresuk & Sherman 1968): each goal is rated from
 * -2 (much less than expected) to +2 (much more than expected), and the
 * ratings of a person's goals combine into one T-score:
 *
 *   T = 50 + 10 Σ wᵢxᵢ / √((1 − ρ) Σ wᵢ² + ρ (Σ wᵢ)²)
 *
 * T is 50 when every goal is at its expected level. */

/**
 * tandem_gas_level_describe:
 * @level: an attainment level, -2 … +2
 *
 * Returns: the level in words, to follow e.g. “Attainment:”, translated
 */
const char *
tandem_gas_level_describe (int level)
{
  g_return_val_if_fail (level >= -2 && level <= 2, NULL);

  switch (level)
    {
    case -2:
      return _("much less than expected");
    case -1:
      return _("somewhat less than expected");
    case 1:
      return _("somewhat more than expected");
    case 2:
      return _("much more than expected");
    case 0:
    default:
      return _("as expected");
    }
}

/**
 * tandem_gas_t_score:
 * @levels: (array length=n_goals): the attained level of each goal, -2 … +2
 * @weights: (array length=n_goals) (nullable): each goal's weight; %NULL
 *   weighs every goal 1
 * @rho: the assumed correlation between goals, %TANDEM_GAS_RHO by convention
 *
 * Returns: the T-score, or %NAN when there are no goals or the weights add
 *   up to nothing
 */
double
tandem_gas_t_score (const int    *levels,
                    const double *weights,
                    guint         n_goals,
                    double        rho)
{
  double sum_wx = 0, sum_w2 = 0, sum_w = 0, denominator;

  g_return_val_if_fail (levels != NULL || n_goals == 0, NAN);

  for (guint i = 0; i < n_goals; i++)
    {
      double w = weights != NULL ? weights[i] : 1.0;

      g_return_val_if_fail (levels[i] >= -2 && levels[i] <= 2, NAN);
      g_return_val_if_fail (w >= 0, NAN);

      sum_wx += w * levels[i];
      sum_w2 += w * w;
      sum_w += w;
    }

  denominator = sqrt ((1 - rho) * sum_w2 + rho * sum_w * sum_w);
  if (n_goals == 0 || denominator <= 0)
    return NAN;

  return 50 + 10 * sum_wx / denominator;
}

/**
 * tandem_store_gas_t_score:
 * @person_id: whose goals
 * @on_day: (nullable): the day of the review, "YYYY-MM-DD"; %NULL for all
 *   ratings so far
 * @t_score: (out): the T-score, %NAN when no goal has a rating
 * @n_goals: (out) (optional): how many goals it combines
 *
 * Combines the latest rating, on or before @on_day, of each of the person's
 * goals that are not dropped. Priority is the weight: of n rated goals in
 * priority order, the first weighs n, the next n − 1, the last 1.
 */
gboolean
tandem_store_gas_t_score (TandemStore  *store,
                          gint64        person_id,
                          const char   *on_day,
                          double       *t_score,
                          guint        *n_goals,
                          GError      **error)
{
  g_autoptr(GArray) levels = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) weights = g_array_new (FALSE, FALSE, sizeof (double));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (t_score != NULL, FALSE);

  stmt = _tandem_store_prepare (store,
                                "SELECT (SELECT a.level FROM goal_attainment a"
                                "        WHERE a.goal_id = g.id AND a.day <= ?2"
                                "        ORDER BY a.day DESC, a.id DESC LIMIT 1) AS level"
                                " FROM goal g"
                                " WHERE g.person_id = ?1 AND g.status <> 'dropped'"
                                " ORDER BY g.priority, g.id",
                                error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, on_day != NULL ? on_day : "9999-99-99", -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int level;

      if (sqlite3_column_type (stmt, 0) == SQLITE_NULL)
        continue;

      level = sqlite3_column_int (stmt, 0);
      g_array_append_val (levels, level);
    }

  if (rc != SQLITE_DONE)
    {
      _tandem_store_set_error (store, sqlite3_extended_errcode (_tandem_store_get_db (store)), error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < levels->len; i++)
    {
      double weight = levels->len - i;
      g_array_append_val (weights, weight);
    }

  *t_score = tandem_gas_t_score ((const int *) (gpointer) levels->data,
                                 (const double *) (gpointer) weights->data,
                                 levels->len, TANDEM_GAS_RHO);
  if (n_goals != NULL)
    *n_goals = levels->len;

  return TRUE;
}
