/* tandem-csv.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-csv"

#include "config.h"

#include <math.h>

#include "tandem-core.h"
#include "tandem-csv.h"

/* CSV for spreadsheets (RFC 4180): a header row, fields separated by commas,
 * records ended by CRLF, a field quoted when it holds a comma, a quote or a
 * line break, with its quotes doubled. UTF-8. The header names are column
 * keys, not sentences, and stay the same in every language so that
 * spreadsheets and scripts can rely on them. */

/**
 * tandem_csv_append_field:
 * @csv: the text so far
 * @field: (nullable): the field; %NULL is an empty field
 *
 * Appends one field, quoted when it needs to be. The caller writes the
 * separators.
 */
void
tandem_csv_append_field (GString    *csv,
                         const char *field)
{
  if (field == NULL)
    return;

  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (csv, field);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static void
append_row (GString            *csv,
            const char * const *fields,
            guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      tandem_csv_append_field (csv, fields[i]);
    }
  g_string_append (csv, "\r\n");
}

static char *
number_text (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return NULL;
  return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value));
}

static GBytes *
finish (GString *csv)
{
  gsize length = csv->len;

  return g_bytes_new_take (g_string_free (csv, FALSE), length);
}

/**
 * tandem_csv_export_check_ins:
 * @person_id: whose check-ins
 *
 * Returns: (transfer full): the person's check-ins by date, one row each:
 *   date, goal (its title; empty for the day's overall entry), value,
 *   rating, note, stressors, win (yes or no), strategies used ("name
 *   (helped)" separated by "; ")
 */
GBytes *
tandem_csv_export_check_ins (TandemStore  *store,
                             gint64        person_id,
                             GError      **error)
{
  static const char * const header[] = {
    "date", "goal", "value", "rating", "note", "stressors", "win", "strategies used",
  };
  g_autoptr(GListStore) check_ins = NULL;
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GListStore) strategies = NULL;
  g_autoptr(GHashTable) goal_titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) strategy_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GEnumClass) helped_class = g_type_class_ref (TANDEM_TYPE_HELPED);
  GString *csv;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  if (!(check_ins = tandem_store_list_check_ins (store, person_id, NULL, NULL, error)) ||
      !(goals = tandem_store_list_goals (store, person_id, error)) ||
      !(strategies = tandem_store_list_strategies (store, person_id, error)))
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (goals)); i++)
    {
      g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);

      gint64 id = tandem_record_get_id (TANDEM_RECORD (goal));

      g_hash_table_insert (goal_titles, g_memdup2 (&id, sizeof id),
                           g_strdup (tandem_goal_get_title (goal)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (strategies)); i++)
    {
      g_autoptr(TandemStrategy) strategy = g_list_model_get_item (G_LIST_MODEL (strategies), i);

      gint64 id = tandem_record_get_id (TANDEM_RECORD (strategy));

      g_hash_table_insert (strategy_names, g_memdup2 (&id, sizeof id),
                           g_strdup (tandem_strategy_get_name (strategy)));
    }

  csv = g_string_new (NULL);
  append_row (csv, header, G_N_ELEMENTS (header));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (check_ins)); i++)
    {
      g_autoptr(TandemCheckIn) check_in = g_list_model_get_item (G_LIST_MODEL (check_ins), i);
      gint64 goal_id = tandem_check_in_get_goal_id (check_in);
      g_autofree char *value = number_text (tandem_check_in_get_value (check_in));
      g_autofree char *rating = NULL;
      g_autoptr(GString) used = g_string_new (NULL);
      const TandemStrategyUse *uses;
      guint n_uses;
      const char *fields[8];

      if (tandem_check_in_get_rating (check_in) != TANDEM_INT_UNSET)
        rating = g_strdup_printf ("%d", tandem_check_in_get_rating (check_in));

      uses = tandem_check_in_get_strategies (check_in, &n_uses);
      for (guint j = 0; j < n_uses; j++)
        {
          const char *name = g_hash_table_lookup (strategy_names, &uses[j].strategy_id);

          g_string_append_printf (used, "%s%s (%s)", j > 0 ? "; " : "", name ? name : "",
                                  g_enum_get_value (helped_class, uses[j].helped)->value_nick);
        }

      fields[0] = tandem_check_in_get_day (check_in);
      fields[1] = goal_id != 0 ? g_hash_table_lookup (goal_titles, &goal_id) : NULL;
      fields[2] = value;
      fields[3] = rating;
      fields[4] = tandem_check_in_get_note (check_in);
      fields[5] = tandem_check_in_get_stressors (check_in);
      fields[6] = tandem_check_in_get_win (check_in) ? "yes" : "no";
      fields[7] = used->str;
      append_row (csv, fields, G_N_ELEMENTS (fields));
    }

  return finish (csv);
}

/**
 * tandem_csv_export_responses:
 * @person_id: whose questionnaire responses
 *
 * Returns: (transfer full): one row per response: date, questionnaire (its
 *   code), total, band, safety flag (yes or no), answers (the item values
 *   in order separated by "; ", empty where unanswered)
 */
GBytes *
tandem_csv_export_responses (TandemStore  *store,
                             gint64        person_id,
                             GError      **error)
{
  static const char * const header[] = {
    "date", "questionnaire", "total", "band", "safety flag", "answers",
  };
  g_autoptr(GListStore) responses = NULL;
  GString *csv;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  if (!(responses = tandem_store_list_responses (store, person_id, NULL, NULL, NULL, error)))
    return NULL;

  csv = g_string_new (NULL);
  append_row (csv, header, G_N_ELEMENTS (header));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (responses)); i++)
    {
      g_autoptr(TandemResponse) response = g_list_model_get_item (G_LIST_MODEL (responses), i);
      g_autofree char *total = number_text (tandem_response_get_total (response));
      g_autoptr(GString) answers_text = g_string_new (NULL);
      const int *answers;
      guint n;
      const char *fields[6];

      answers = tandem_response_get_answers (response, &n);
      for (guint j = 0; j < n; j++)
        {
          if (j > 0)
            g_string_append (answers_text, "; ");
          if (answers[j] != TANDEM_INT_UNSET)
            g_string_append_printf (answers_text, "%d", answers[j]);
        }

      fields[0] = tandem_response_get_day (response);
      fields[1] = tandem_response_get_instrument (response);
      fields[2] = total;
      fields[3] = tandem_response_get_band (response);
      fields[4] = tandem_response_get_safety_flag (response) ? "yes" : "no";
      fields[5] = answers_text->str;
      append_row (csv, fields, G_N_ELEMENTS (fields));
    }

  return finish (csv);
}
