/* tandem-csv.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "tandem-core.h"
#include "tandem-csv.h"
#include "tandem-plans-private.h"
#include "tandem-quick-check-in.h"
#include "tandem-record-private.h"
#include "tandem-store-private.h"

/* CSV for spreadsheets (RFC 4180): a header row, fields separated by commas,
 * records ended by CRLF, a field quoted when it holds a comma, a quote or a
 * line break, with its quotes doubled. UTF-8. The header names are column
 * keys, not sentences, and stay the same in every language so that
 * spreadsheets and scripts can rely on them. */

/* The columns of a check-in row, in the order the export writes them. The
 * import finds them by name, in any order. */
typedef enum
{
  COLUMN_DATE,
  COLUMN_GOAL,
  COLUMN_VALUE,
  COLUMN_RATING,
  COLUMN_NOTE,
  COLUMN_STRESSORS,
  COLUMN_WIN,
  COLUMN_STRATEGIES,
  COLUMN_UUID,
  COLUMN_CREATED_AT,
  COLUMN_UPDATED_AT,
  N_COLUMNS
} Column;

static const char * const check_in_columns[N_COLUMNS] = {
  "date", "goal", "value", "rating", "note", "stressors", "win", "strategies used",
  "uuid", "created at", "updated at",
};

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

/* An instant as ISO 8601 in UTC with microseconds, which spreadsheets read
 * and which keeps the exact value: "2026-03-01T18:30:05.123456Z". */
static char *
instant_text (gint64 us)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);
  g_autofree char *seconds = NULL;

  if (time == NULL)
    return NULL;

  seconds = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S");
  return g_strdup_printf ("%s.%06dZ", seconds, (int) (us % G_USEC_PER_SEC));
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
 *   (helped)" separated by "; "), then what lets tandem_csv_import_check_ins()
 *   merge the file back: uuid, created at and updated at (ISO 8601, UTC)
 */
GBytes *
tandem_csv_export_check_ins (TandemStore  *store,
                             gint64        person_id,
                             GError      **error)
{
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
  append_row (csv, check_in_columns, N_COLUMNS);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (check_ins)); i++)
    {
      g_autoptr(TandemCheckIn) check_in = g_list_model_get_item (G_LIST_MODEL (check_ins), i);
      gint64 goal_id = tandem_check_in_get_goal_id (check_in);
      g_autofree char *value = number_text (tandem_check_in_get_value (check_in));
      g_autofree char *rating = NULL;
      g_autofree char *created_at = instant_text (tandem_record_get_created_at (TANDEM_RECORD (check_in)));
      g_autofree char *updated_at = instant_text (tandem_record_get_updated_at (TANDEM_RECORD (check_in)));
      g_autoptr(GString) used = g_string_new (NULL);
      const TandemStrategyUse *uses;
      guint n_uses;
      const char *fields[N_COLUMNS];

      if (tandem_check_in_get_rating (check_in) != TANDEM_INT_UNSET)
        rating = g_strdup_printf ("%d", tandem_check_in_get_rating (check_in));

      uses = tandem_check_in_get_strategies (check_in, &n_uses);
      for (guint j = 0; j < n_uses; j++)
        {
          const char *name = g_hash_table_lookup (strategy_names, &uses[j].strategy_id);

          g_string_append_printf (used, "%s%s (%s)", j > 0 ? "; " : "", name ? name : "",
                                  g_enum_get_value (helped_class, uses[j].helped)->value_nick);
        }

      fields[COLUMN_DATE] = tandem_check_in_get_day (check_in);
      fields[COLUMN_GOAL] = goal_id != 0 ? g_hash_table_lookup (goal_titles, &goal_id) : NULL;
      fields[COLUMN_VALUE] = value;
      fields[COLUMN_RATING] = rating;
      fields[COLUMN_NOTE] = tandem_check_in_get_note (check_in);
      fields[COLUMN_STRESSORS] = tandem_check_in_get_stressors (check_in);
      fields[COLUMN_WIN] = tandem_check_in_get_win (check_in) ? "yes" : "no";
      fields[COLUMN_STRATEGIES] = used->str;
      fields[COLUMN_UUID] = tandem_record_get_uuid (TANDEM_RECORD (check_in));
      fields[COLUMN_CREATED_AT] = created_at;
      fields[COLUMN_UPDATED_AT] = updated_at;
      append_row (csv, fields, N_COLUMNS);
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

/* Import of check-ins ------------------------------------------------------ */

/* A streamed RFC 4180 reader: one record at a time into a reused buffer,
 * each field ended by a NUL byte, so a file of any size needs the memory of
 * its longest record. Line ends may be CRLF or LF; fields in quotes may
 * hold commas, doubled quotes and line breaks. */
typedef struct
{
  GInputStream  *input;
  GCancellable  *cancellable;
  char          *buffer;
  gsize          pos;
  gsize          len;
  gboolean       eof;
  guint          line;         /* the physical line of the next byte, from 1 */
  guint          record_line;  /* where the record just read starts */
  GString       *row;
  GArray        *starts;       /* guint: offset of each field in row */
  const char   **names;        /* column of each field, for messages; or NULL */
  guint          n_names;
} CsvReader;

#define READ_SIZE (64 * 1024)

static const char *
reader_field (CsvReader *reader,
              guint      index)
{
  return reader->row->str + g_array_index (reader->starts, guint, index);
}

static const char *
reader_column_name (CsvReader *reader,
                    guint      index)
{
  return index < reader->n_names ? reader->names[index] : "?";
}

static gboolean
reader_fill (CsvReader  *reader,
             GError    **error)
{
  gssize n;

  if (reader->pos < reader->len || reader->eof)
    return TRUE;

  n = g_input_stream_read (reader->input, reader->buffer, READ_SIZE, reader->cancellable, error);
  if (n < 0)
    return FALSE;

  reader->pos = 0;
  reader->len = (gsize) n;
  reader->eof = n == 0;
  return TRUE;
}

/* After the last field of a record: consumes CR, LF or CRLF. */
static gboolean
reader_end_line (CsvReader  *reader,
                 GError    **error)
{
  gboolean cr = reader->buffer[reader->pos] == '\r';

  reader->pos++;
  reader->line++;
  if (cr)
    {
      if (!reader_fill (reader, error))
        return FALSE;
      if (reader->pos < reader->len && reader->buffer[reader->pos] == '\n')
        reader->pos++;
    }
  return TRUE;
}

static void
reader_end_field (CsvReader *reader)
{
  g_string_append_c (reader->row, '\0');
}

/* Reads the next record; *got stays FALSE at the end of the file. */
static gboolean
reader_next (CsvReader  *reader,
             gboolean   *got,
             GError    **error)
{
  enum { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE } state = FIELD_START;

  g_string_truncate (reader->row, 0);
  g_array_set_size (reader->starts, 0);
  reader->record_line = reader->line;
  *got = FALSE;

  for (;;)
    {
      const char *p, *q, *end;

      if (!reader_fill (reader, error))
        return FALSE;

      if (reader->pos == reader->len)
        {
          if (state == QUOTED)
            {
              g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           /* Translators: %u is a line number of a CSV file */
                           _("Line %u: a quoted field is not closed before the end of the file."),
                           reader->record_line);
              return FALSE;
            }
          if (state == FIELD_START)
            {
              guint start = reader->row->len;

              if (reader->starts->len == 0)
                return TRUE;  /* no more records */
              /* The record ended with a comma: its last field is empty. */
              g_array_append_val (reader->starts, start);
            }
          reader_end_field (reader);
          *got = TRUE;
          return TRUE;
        }

      p = reader->buffer + reader->pos;
      end = reader->buffer + reader->len;

      switch (state)
        {
        case FIELD_START:
          {
            guint start = reader->row->len;

            g_array_append_val (reader->starts, start);
            if (*p == '"')
              {
                reader->pos++;
                state = QUOTED;
              }
            else
              state = UNQUOTED;
          }
          break;

        case UNQUOTED:
          for (q = p; q < end && *q != ',' && *q != '\n' && *q != '\r' && *q != '"'; q++)
            ;
          g_string_append_len (reader->row, p, q - p);
          reader->pos += q - p;
          if (q == end)
            break;

          if (*q == '"')
            {
              g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           /* Translators: a line number and a column name of a CSV file */
                           _("Line %u, column “%s”: a quote can only be inside a field that is in quotes, and doubled there."),
                           reader->line, reader_column_name (reader, reader->starts->len - 1));
              return FALSE;
            }
          reader_end_field (reader);
          if (*q == ',')
            {
              reader->pos++;
              state = FIELD_START;
              break;
            }
          *got = TRUE;
          return reader_end_line (reader, error);

        case QUOTED:
          for (q = p; q < end && *q != '"'; q++)
            if (*q == '\n')
              reader->line++;
          g_string_append_len (reader->row, p, q - p);
          reader->pos += q - p;
          if (q < end)
            {
              reader->pos++;
              state = AFTER_QUOTE;
            }
          break;

        case AFTER_QUOTE:
          if (*p == '"')
            {
              g_string_append_c (reader->row, '"');
              reader->pos++;
              state = QUOTED;
              break;
            }
          if (*p == ',')
            {
              reader_end_field (reader);
              reader->pos++;
              state = FIELD_START;
              break;
            }
          if (*p == '\r' || *p == '\n')
            {
              reader_end_field (reader);
              *got = TRUE;
              return reader_end_line (reader, error);
            }
          g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                       /* Translators: a line number and a column name of a CSV file */
                       _("Line %u, column “%s”: there is text after the closing quote of the field."),
                       reader->line, reader_column_name (reader, reader->starts->len - 1));
          return FALSE;

        default:
          g_assert_not_reached ();
        }
    }
}

/* One row, as it will be written. Text points into the reader's buffer. */
typedef struct
{
  const char *day;
  gint64      goal_id;
  double      value;
  int         rating;
  const char *note;
  const char *stressors;
  gboolean    win;
  GArray     *uses;          /* TandemStrategyUse */
  char        uuid[37];
  gint64      created_at;
  gint64      updated_at;
  gboolean    has_time;      /* the file says when the row last changed */
} Row;

typedef struct
{
  TandemStore        *store;
  gint64              person_id;
  CsvReader           reader;
  int                 position[N_COLUMNS];  /* field index of each column, or -1 */
  guint               n_fields;
  char               *today;
  guint8              person_uuid[16];
  GHashTable         *goals_by_uuid;        /* uuid → id */
  GHashTable         *goals_by_title;       /* title → id, -1 when shared */
  GHashTable         *strategies_by_name;   /* name → id, -1 when shared */
  GHashTable         *derived;              /* digest of a row without uuid → how often seen */
  GChecksum          *checksum;
  gboolean            has_tombstones;
  int                 rating_min;
  int                 rating_max;
  gint64              now;
  Row                 row;

  /* The prepared statements, reused for every row. */
  const TandemRecordSchema *schema;
  int                 bind_at[N_COLUMNS];   /* schema field index of a column, or -1 */
  int                 person_field;
} Import;

/* The queries run once per row and the index each must use; the tests run
 * EXPLAIN QUERY PLAN over them. */
static const TandemQueryPlan import_queries[] = {
  { "SELECT id, person_id, updated_at FROM check_in WHERE uuid = ?", "sqlite_autoindex_check_in_1" },
  { "SELECT deleted_at FROM tombstone WHERE uuid = ?", "PRIMARY KEY" },
};

const TandemQueryPlan *
_tandem_csv_import_get_queries (guint *n_queries)
{
  *n_queries = G_N_ELEMENTS (import_queries);
  return import_queries;
}

#define DELETE_USES_SQL "DELETE FROM check_in_strategy WHERE check_in_id = ?"
#define INSERT_USE_SQL \
  "INSERT OR REPLACE INTO check_in_strategy (check_in_id, strategy_id, helped) VALUES (?, ?, ?)"
#define FORGET_TOMBSTONE_SQL "DELETE FROM tombstone WHERE uuid = ?"

G_GNUC_PRINTF (4, 5)
static gboolean
row_error (Import      *import,
           Column       column,
           GError     **error,
           const char  *format,
           ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
               /* Translators: a line number of a CSV file, a column name such as
                * “rating”, then a sentence that says what is wrong, e.g.
                * “Line 1043, column “rating”: 11 is not between 0 and 10.” */
               _("Line %u, column “%s”: %s"),
               import->reader.record_line, check_in_columns[column], problem);
  return FALSE;
}

/* The field of @column in the current record, or "" when the file has no
 * such column. */
static const char *
column_text (Import *import,
             Column  column)
{
  int position = import->position[column];

  return position < 0 ? "" : reader_field (&import->reader, position);
}

static gboolean
check_text (Import      *import,
            Column       column,
            const char **text,
            GError     **error)
{
  const char *value = column_text (import, column);

  if (!g_utf8_validate (value, -1, NULL))
    return row_error (import, column, error, "%s", _("the text is not in UTF-8."));

  *text = value[0] != '\0' ? value : NULL;
  return TRUE;
}

/* The columns as a header row, or as a list in a message. */
static char *
join_columns (const char *separator)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < N_COLUMNS; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? separator : "", check_in_columns[i]);
  return g_string_free (text, FALSE);
}

static guint
digest_hash (gconstpointer key)
{
  guint hash;

  memcpy (&hash, key, sizeof hash);
  return hash;
}

static gboolean
digest_equal (gconstpointer a,
              gconstpointer b)
{
  return memcmp (a, b, 16) == 0;
}

static GHashTable *
new_name_table (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Adds @name → @id; a name used twice maps to -1 (ambiguous). */
static void
add_name (GHashTable *table,
          const char *name,
          gint64      id)
{
  if (name == NULL)
    return;
  if (g_hash_table_contains (table, name))
    g_hash_table_insert (table, g_strdup (name), GINT_TO_POINTER (-1));
  else
    g_hash_table_insert (table, g_strdup (name), GSIZE_TO_POINTER ((gsize) id));
}

static gint64
lookup_name (GHashTable *table,
             const char *name,
             gboolean   *ambiguous)
{
  gpointer value;

  *ambiguous = FALSE;
  if (!g_hash_table_lookup_extended (table, name, NULL, &value))
    return 0;
  if (GPOINTER_TO_INT (value) == -1)
    {
      *ambiguous = TRUE;
      return 0;
    }
  return (gint64) GPOINTER_TO_SIZE (value);
}

static inline int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
parse_uuid (const char *text,
            guint8      bytes[16])
{
  guint n = 0;

  if (strlen (text) != 36)
    return FALSE;

  for (guint i = 0; i < 36; i++)
    {
      int high, low;

      if (i == 8 || i == 13 || i == 18 || i == 23)
        {
          if (text[i] != '-')
            return FALSE;
          continue;
        }
      high = hex_value (text[i]);
      low = hex_value (text[i + 1]);
      if (high < 0 || low < 0)
        return FALSE;
      bytes[n++] = (guint8) (high << 4 | low);
      i++;
    }

  return TRUE;
}

static void
format_uuid (const guint8  bytes[16],
             char          text[37])
{
  static const char hex[] = "0123456789abcdef";
  guint n = 0;

  for (guint i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        text[n++] = '-';
      text[n++] = hex[bytes[i] >> 4];
      text[n++] = hex[bytes[i] & 0x0f];
    }
  text[n] = '\0';
}

static gboolean
load_names (Import  *import,
            GError **error)
{
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GListStore) strategies = NULL;

  if (!(goals = tandem_store_list_goals (import->store, import->person_id, error)) ||
      !(strategies = tandem_store_list_strategies (import->store, import->person_id, error)))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (goals)); i++)
    {
      g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);
      gint64 id = tandem_record_get_id (TANDEM_RECORD (goal));

      add_name (import->goals_by_uuid, tandem_record_get_uuid (TANDEM_RECORD (goal)), id);
      add_name (import->goals_by_title, tandem_goal_get_title (goal), id);
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (strategies)); i++)
    {
      g_autoptr(TandemStrategy) strategy = g_list_model_get_item (G_LIST_MODEL (strategies), i);

      add_name (import->strategies_by_name, tandem_strategy_get_name (strategy),
                tandem_record_get_id (TANDEM_RECORD (strategy)));
    }

  return TRUE;
}

static gboolean
read_header (Import  *import,
             GError **error)
{
  CsvReader *reader = &import->reader;
  gboolean got;

  for (guint i = 0; i < N_COLUMNS; i++)
    import->position[i] = -1;

  if (!reader_next (reader, &got, error))
    return FALSE;
  if (!got)
    {
      g_autofree char *header = join_columns (",");

      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                   /* Translators: %s is the header row, “date,goal,…” */
                   _("The file is empty. A CSV file of check-ins starts with a header row: %s."),
                   header);
      return FALSE;
    }

  import->n_fields = reader->starts->len;
  reader->names = g_new0 (const char *, import->n_fields);
  reader->n_names = import->n_fields;

  for (guint i = 0; i < import->n_fields; i++)
    {
      g_autofree char *name = g_strstrip (g_utf8_make_valid (reader_field (reader, i), -1));
      guint column;

      for (column = 0; column < N_COLUMNS; column++)
        if (g_ascii_strcasecmp (name, check_in_columns[column]) == 0)
          break;

      if (column == N_COLUMNS)
        {
          g_autofree char *known = join_columns ("”, “");

          g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                       /* Translators: a column name, then the list of column names */
                       _("Line 1: “%s” is not a column of check-ins. The columns are “%s”."),
                       name, known);
          return FALSE;
        }
      if (import->position[column] >= 0)
        {
          g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                       /* Translators: a column name */
                       _("Line 1: the column “%s” is there twice."), check_in_columns[column]);
          return FALSE;
        }
      import->position[column] = (int) i;
      reader->names[i] = check_in_columns[column];
    }

  if (import->position[COLUMN_DATE] < 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("Line 1: the column “date” is missing: every check-in needs its date."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_date (Import  *import,
            GError **error)
{
  const char *day = column_text (import, COLUMN_DATE);

  if (day[0] == '\0')
    return row_error (import, COLUMN_DATE, error, "%s", _("a check-in needs its date."));
  if (!tandem_date_is_valid (day))
    return row_error (import, COLUMN_DATE, error,
                      /* Translators: %s is what the file has as a date */
                      _("“%s” is not a real date in the form YYYY-MM-DD."), day);
  if (strcmp (day, import->today) > 0)
    return row_error (import, COLUMN_DATE, error,
                      /* Translators: %s is a date in the form YYYY-MM-DD */
                      _("%s is in the future: a check-in can be dated today or earlier."), day);

  import->row.day = day;
  return TRUE;
}

static gboolean
goal_of_someone_else (Import     *import,
                      const char *text)
{
  sqlite3_stmt *stmt = _tandem_store_prepare (import->store,
                                              "SELECT count(*) FROM goal WHERE uuid = ?1 OR title = ?1",
                                              NULL);
  gboolean found = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    found = sqlite3_column_int64 (stmt, 0) > 0;
  sqlite3_reset (stmt);
  return found;
}

static gboolean
parse_goal (Import  *import,
            GError **error)
{
  const char *text;
  gboolean ambiguous;
  gint64 id;

  if (!check_text (import, COLUMN_GOAL, &text, error))
    return FALSE;

  import->row.goal_id = 0;
  if (text == NULL)
    return TRUE;  /* the day as a whole */

  id = lookup_name (import->goals_by_uuid, text, &ambiguous);
  if (id == 0)
    id = lookup_name (import->goals_by_title, text, &ambiguous);

  if (ambiguous)
    return row_error (import, COLUMN_GOAL, error,
                      /* Translators: %s is a goal's title */
                      _("more than one goal of this person is called “%s”; write the goal’s UUID instead."),
                      text);
  if (id == 0)
    {
      if (goal_of_someone_else (import, text))
        return row_error (import, COLUMN_GOAL, error,
                          /* Translators: %s is a goal's title or UUID */
                          _("“%s” is a goal of someone else."), text);
      return row_error (import, COLUMN_GOAL, error,
                        /* Translators: %s is a goal's title or UUID */
                        _("this person has no goal “%s”. Add the goal first, or leave the field empty for the day as a whole."),
                        text);
    }

  import->row.goal_id = id;
  return TRUE;
}

static gboolean
parse_value (Import  *import,
             GError **error)
{
  const char *text = column_text (import, COLUMN_VALUE);
  char *end = NULL;
  double value;

  import->row.value = NAN;
  if (text[0] == '\0')
    return TRUE;

  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value))
    return row_error (import, COLUMN_VALUE, error,
                      /* Translators: %s is what the file has as a number */
                      _("“%s” is not a number."), text);

  import->row.value = value;
  return TRUE;
}

static gboolean
parse_rating (Import  *import,
              GError **error)
{
  const char *text = column_text (import, COLUMN_RATING);
  gint64 value;
  char *end = NULL;

  import->row.rating = TANDEM_INT_UNSET;
  if (text[0] == '\0')
    return TRUE;

  value = g_ascii_strtoll (text, &end, 10);
  if (end == text || *end != '\0')
    return row_error (import, COLUMN_RATING, error,
                      /* Translators: %s is what the file has as a rating */
                      _("“%s” is not a whole number."), text);

  /* The range is the check-in's field table's, the one every save checks. */
  if (value < import->rating_min || value > import->rating_max)
    return row_error (import, COLUMN_RATING, error,
                      /* Translators: a number from the file, then the lowest and
                       * highest allowed, e.g. “11 is not between 0 and 10.” */
                      _("%s is not between %d and %d."),
                      text, import->rating_min, import->rating_max);

  import->row.rating = (int) value;
  return TRUE;
}

static gboolean
parse_win (Import  *import,
           GError **error)
{
  const char *text = column_text (import, COLUMN_WIN);

  /* Spreadsheets may turn yes and no into TRUE and FALSE, or 1 and 0. */
  if (text[0] == '\0' || g_ascii_strcasecmp (text, "no") == 0 ||
      g_ascii_strcasecmp (text, "false") == 0 || strcmp (text, "0") == 0)
    import->row.win = FALSE;
  else if (g_ascii_strcasecmp (text, "yes") == 0 || g_ascii_strcasecmp (text, "true") == 0 ||
           strcmp (text, "1") == 0)
    import->row.win = TRUE;
  else
    return row_error (import, COLUMN_WIN, error,
                      /* Translators: %s is what the file has; “yes” and “no” are
                       * written as they are in the file: do not translate them */
                      _("“%s” is neither “yes” nor “no”."), text);
  return TRUE;
}

/* "Box breathing (yes); Grounding (unknown)": the export's form. A name
 * whose last parentheses hold no answer to "did it help?" is taken whole. */
static gboolean
parse_strategies (Import  *import,
                  GError **error)
{
  g_autoptr(GEnumClass) helped_class = NULL;
  g_auto(GStrv) items = NULL;
  const char *text;

  g_array_set_size (import->row.uses, 0);
  if (!check_text (import, COLUMN_STRATEGIES, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  helped_class = g_type_class_ref (TANDEM_TYPE_HELPED);
  items = g_strsplit (text, ";", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      char *item = g_strstrip (items[i]);
      char *paren = strrchr (item, '(');
      size_t length = strlen (item);
      GEnumValue *helped = NULL;
      TandemStrategyUse use = { 0, TANDEM_HELPED_UNKNOWN };
      gboolean ambiguous;

      if (item[0] == '\0')
        continue;

      if (paren != NULL && paren > item && item[length - 1] == ')')
        {
          g_autofree char *nick = g_strndup (paren + 1, item + length - 1 - (paren + 1));

          helped = g_enum_get_value_by_nick (helped_class, g_strstrip (nick));
        }

      if (helped != NULL)
        {
          *paren = '\0';
          g_strchomp (item);
          use.helped = helped->value;
        }

      use.strategy_id = lookup_name (import->strategies_by_name, item, &ambiguous);
      if (ambiguous)
        return row_error (import, COLUMN_STRATEGIES, error,
                          /* Translators: %s is a strategy's name */
                          _("more than one strategy of this person is called “%s”."), item);
      if (use.strategy_id == 0)
        return row_error (import, COLUMN_STRATEGIES, error,
                          /* Translators: %s is a strategy's name */
                          _("this person has no strategy “%s”."), item);

      /* Named twice: the last answer counts, as when ticked twice. */
      for (guint j = 0; j < import->row.uses->len; j++)
        if (g_array_index (import->row.uses, TandemStrategyUse, j).strategy_id == use.strategy_id)
          {
            g_array_remove_index (import->row.uses, j);
            break;
          }
      g_array_append_val (import->row.uses, use);
    }

  return TRUE;
}

static gint64
days_from_civil (int year,
                 int month,
                 int day)
{
  /* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
  int y = year - (month <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return (gint64) era * 146097 + doe - 719468;
}

static int
digits (const char *text,
        guint       n)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return -1;
      value = value * 10 + (text[i] - '0');
    }
  return value;
}

/* The export's form "2026-03-01T18:30:05.123456Z" quickly; any other ISO
 * 8601 form with a time zone through GDateTime. */
static gboolean
parse_instant (const char *text,
               gint64     *us)
{
  g_autoptr(GDateTime) time = NULL;
  size_t length = strlen (text);

  if (length == 27 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' &&
      text[16] == ':' && text[19] == '.' && text[26] == 'Z')
    {
      int year = digits (text, 4), month = digits (text + 5, 2), day = digits (text + 8, 2);
      int hour = digits (text + 11, 2), minute = digits (text + 14, 2), second = digits (text + 17, 2);
      int fraction = digits (text + 20, 6);

      if (year >= 1 && month >= 1 && month <= 12 && day >= 1 &&
          g_date_valid_dmy (day, month, year) &&
          hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 &&
          fraction >= 0)
        {
          *us = ((days_from_civil (year, month, day) * 86400 + hour * 3600 + minute * 60 + second)
                 * G_USEC_PER_SEC) + fraction;
          return *us >= 0;
        }
      return FALSE;
    }

  if (!(time = g_date_time_new_from_iso8601 (text, NULL)))
    return FALSE;
  *us = g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
  return *us >= 0;
}

static gboolean
parse_times (Import  *import,
             GError **error)
{
  static const Column columns[] = { COLUMN_CREATED_AT, COLUMN_UPDATED_AT };
  gint64 times[2] = { 0, 0 };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      const char *text = column_text (import, columns[i]);

      if (text[0] != '\0' && !parse_instant (text, &times[i]))
        return row_error (import, columns[i], error,
                          /* Translators: %s is what the file has as a time; keep the
                           * example as it is */
                          _("“%s” is not a time in the form 2026-03-01T18:30:05Z."), text);
    }

  import->row.has_time = times[1] != 0;
  import->row.updated_at = times[1] != 0 ? times[1] : import->now;
  import->row.created_at = times[0] != 0 ? times[0] : import->row.updated_at;
  if (import->row.created_at > import->row.updated_at)
    import->row.created_at = import->row.updated_at;
  return TRUE;
}

/* A row without a UUID gets one made from the person's UUID and the row's
 * content (a version 5, name-based UUID) and from how many rows of the same
 * content came before it in the file, so that importing the same file again
 * finds the same check-ins instead of adding them twice. */
static void
derive_uuid (Import *import)
{
  guint8 digest[20];
  gsize digest_length = sizeof digest;
  gpointer seen;
  guint count;

  g_checksum_reset (import->checksum);
  g_checksum_update (import->checksum, import->person_uuid, 16);
  for (guint column = 0; column < N_COLUMNS; column++)
    {
      const char *text = column_text (import, column);

      if (column == COLUMN_UUID || column == COLUMN_CREATED_AT || column == COLUMN_UPDATED_AT)
        continue;
      g_checksum_update (import->checksum, (const guchar *) text, strlen (text) + 1);
    }
  g_checksum_get_digest (import->checksum, digest, &digest_length);

  seen = g_hash_table_lookup (import->derived, digest);
  count = GPOINTER_TO_UINT (seen);
  g_hash_table_insert (import->derived, g_memdup2 (digest, 16), GUINT_TO_POINTER (count + 1));
  if (count > 0)
    {
      g_checksum_reset (import->checksum);
      g_checksum_update (import->checksum, digest, 16);
      g_checksum_update (import->checksum, (const guchar *) &count, sizeof count);
      g_checksum_get_digest (import->checksum, digest, &digest_length);
    }

  digest[6] = 0x50 | (digest[6] & 0x0f);  /* version 5 */
  digest[8] = 0x80 | (digest[8] & 0x3f);  /* RFC 9562 variant */
  format_uuid (digest, import->row.uuid);
}

/* Whether @text is a UUID as Tandem writes it: lower case, with dashes. */
static gboolean
is_canonical_uuid (const char *text)
{
  for (guint i = 0; i < 36; i++)
    {
      char c = text[i];

      if (i == 8 || i == 13 || i == 18 || i == 23)
        {
          if (c != '-')
            return FALSE;
        }
      else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
        return FALSE;
    }
  return text[36] == '\0';
}

static gboolean
parse_row_uuid (Import  *import,
                GError **error)
{
  const char *text = column_text (import, COLUMN_UUID);
  guint8 bytes[16];

  if (text[0] == '\0')
    {
      derive_uuid (import);
      return TRUE;
    }

  if (is_canonical_uuid (text))
    {
      memcpy (import->row.uuid, text, sizeof import->row.uuid);
      return TRUE;
    }

  if (!parse_uuid (text, bytes))
    return row_error (import, COLUMN_UUID, error,
                      /* Translators: %s is what the file has as a UUID */
                      _("“%s” is not a UUID."), text);

  format_uuid (bytes, import->row.uuid);  /* lower case, as Tandem writes them */
  return TRUE;
}

static gboolean
parse_row (Import  *import,
           GError **error)
{
  return parse_date (import, error) &&
         parse_goal (import, error) &&
         parse_value (import, error) &&
         parse_rating (import, error) &&
         check_text (import, COLUMN_NOTE, &import->row.note, error) &&
         check_text (import, COLUMN_STRESSORS, &import->row.stressors, error) &&
         parse_win (import, error) &&
         parse_strategies (import, error) &&
         parse_row_uuid (import, error) &&
         parse_times (import, error);
}

/* Binds the row's fields to the schema's INSERT or UPDATE statement, whose
 * field i is parameter @first + i. */
static void
bind_row (Import       *import,
          sqlite3_stmt *stmt,
          int           first)
{
  const Row *row = &import->row;

  sqlite3_bind_int64 (stmt, first + import->person_field, import->person_id);
  if (row->goal_id != 0)
    sqlite3_bind_int64 (stmt, first + import->bind_at[COLUMN_GOAL], row->goal_id);
  else
    sqlite3_bind_null (stmt, first + import->bind_at[COLUMN_GOAL]);
  sqlite3_bind_text (stmt, first + import->bind_at[COLUMN_DATE], row->day, 10, SQLITE_STATIC);
  if (isnan (row->value))
    sqlite3_bind_null (stmt, first + import->bind_at[COLUMN_VALUE]);
  else
    sqlite3_bind_double (stmt, first + import->bind_at[COLUMN_VALUE], row->value);
  if (row->rating == TANDEM_INT_UNSET)
    sqlite3_bind_null (stmt, first + import->bind_at[COLUMN_RATING]);
  else
    sqlite3_bind_int (stmt, first + import->bind_at[COLUMN_RATING], row->rating);
  sqlite3_bind_text (stmt, first + import->bind_at[COLUMN_NOTE], row->note, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + import->bind_at[COLUMN_STRESSORS], row->stressors, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, first + import->bind_at[COLUMN_WIN], row->win ? 1 : 0);
}

static gboolean
step (Import        *import,
      sqlite3_stmt  *stmt,
      GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }

  rc = sqlite3_extended_errcode (_tandem_store_get_db (import->store));
  sqlite3_reset (stmt);
  _tandem_store_set_error (import->store, rc, error);
  return FALSE;
}

static gboolean
write_uses (Import   *import,
            gint64    check_in_id,
            gboolean  is_new,
            GError  **error)
{
  g_autoptr(GEnumClass) helped_class = NULL;
  sqlite3_stmt *stmt;

  if (!is_new)
    {
      if (!(stmt = _tandem_store_prepare (import->store, DELETE_USES_SQL, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, check_in_id);
      if (!step (import, stmt, error))
        return FALSE;
    }

  if (import->row.uses->len == 0)
    return TRUE;

  helped_class = g_type_class_ref (TANDEM_TYPE_HELPED);
  if (!(stmt = _tandem_store_prepare (import->store, INSERT_USE_SQL, error)))
    return FALSE;
  for (guint i = 0; i < import->row.uses->len; i++)
    {
      const TandemStrategyUse *use = &g_array_index (import->row.uses, TandemStrategyUse, i);

      sqlite3_bind_int64 (stmt, 1, check_in_id);
      sqlite3_bind_int64 (stmt, 2, use->strategy_id);
      sqlite3_bind_text (stmt, 3, g_enum_get_value (helped_class, use->helped)->value_nick,
                         -1, SQLITE_STATIC);
      if (!step (import, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Inserts the row unless its UUID is stored already (then changes() is 0). */
static gboolean
insert_row (Import        *import,
            sqlite3_stmt  *insert,
            GError       **error)
{
  Row *row = &import->row;
  sqlite3 *db = _tandem_store_get_db (import->store);

  sqlite3_bind_text (insert, 1, row->uuid, 36, SQLITE_STATIC);
  sqlite3_bind_int64 (insert, 2, row->created_at);
  sqlite3_bind_int64 (insert, 3, row->updated_at);
  bind_row (import, insert, 4);
  if (!step (import, insert, error))
    return FALSE;

  return sqlite3_changes (db) == 0 ||
         write_uses (import, sqlite3_last_insert_rowid (db), TRUE, error);
}

/* The merge rule of bundles: a check-in not here is added, unless it was
 * deleted here after the file's version; one here is replaced only by a
 * newer version; a row that does not say when it changed never replaces
 * anything. */
static gboolean
merge_row (Import                 *import,
           sqlite3_stmt           *find,
           sqlite3_stmt           *insert,
           sqlite3_stmt           *update,
           TandemCsvImportCounts  *counts,
           GError                **error)
{
  Row *row = &import->row;
  sqlite3 *db = _tandem_store_get_db (import->store);
  gint64 id = 0, owner = 0, local_updated_at = 0;
  int rc;

  /* Most rows are new: the insert itself probes the UUID index, and adds
   * nothing when the UUID is there (ON CONFLICT DO NOTHING); only then is
   * the stored check-in looked up. A deleted check-in's UUID is in no
   * index of check_in, so the tombstone is looked at first. */
  if (!import->has_tombstones)
    {
      if (!insert_row (import, insert, error))
        return FALSE;
      if (sqlite3_changes (db) > 0)
        {
          counts->added++;
          return TRUE;
        }
    }

  sqlite3_bind_text (find, 1, row->uuid, 36, SQLITE_STATIC);
  rc = sqlite3_step (find);
  if (rc == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (find, 0);
      owner = sqlite3_column_int64 (find, 1);
      local_updated_at = sqlite3_column_int64 (find, 2);
    }
  sqlite3_reset (find);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _tandem_store_set_error (import->store, sqlite3_extended_errcode (db), error);
      return FALSE;
    }

  if (id != 0)
    {
      if (owner != import->person_id)
        return row_error (import, COLUMN_UUID, error, "%s",
                          _("a check-in with this UUID belongs to someone else."));

      if (!row->has_time || row->updated_at <= local_updated_at)
        {
          counts->unchanged++;
          return TRUE;
        }

      /* As imported: the file's update time, the local creation time. */
      sqlite3_bind_int64 (update, 1, row->updated_at);
      bind_row (import, update, 2);
      sqlite3_bind_int64 (update, 2 + import->schema->n_fields, id);
      if (!step (import, update, error) || !write_uses (import, id, FALSE, error))
        return FALSE;
      counts->changed++;
      return TRUE;
    }

  if (import->has_tombstones)
    {
      sqlite3_stmt *tombstone = _tandem_store_prepare (import->store, import_queries[1].sql, error);
      gint64 deleted_at = 0;

      if (tombstone == NULL)
        return FALSE;
      sqlite3_bind_text (tombstone, 1, row->uuid, 36, SQLITE_STATIC);
      if (sqlite3_step (tombstone) == SQLITE_ROW)
        deleted_at = sqlite3_column_int64 (tombstone, 0);
      sqlite3_reset (tombstone);

      if (deleted_at != 0)
        {
          if (!row->has_time || deleted_at >= row->updated_at)
            {
              counts->unchanged++;
              return TRUE;
            }

          /* Changed elsewhere after it was deleted here: alive again. */
          if (!(tombstone = _tandem_store_prepare (import->store, FORGET_TOMBSTONE_SQL, error)))
            return FALSE;
          sqlite3_bind_text (tombstone, 1, row->uuid, 36, SQLITE_STATIC);
          if (!step (import, tombstone, error))
            return FALSE;
        }
    }

  if (!insert_row (import, insert, error))
    return FALSE;

  counts->added++;
  return TRUE;
}

static int
schema_field (const TandemRecordSchema *schema,
              const char               *name)
{
  for (guint i = 0; i < schema->n_fields; i++)
    if (g_str_equal (schema->fields[i].name, name))
      return (int) i;

  g_assert_not_reached ();
}

static gboolean
prepare (Import  *import,
         GError **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (TANDEM_TYPE_CHECK_IN);
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GError) local_error = NULL;
  const TandemField *rating;
  sqlite3_stmt *stmt;

  if (!(person = tandem_store_get (import->store, TANDEM_TYPE_PERSON, import->person_id, &local_error)))
    {
      if (g_error_matches (local_error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
        g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                             _("The person to import the check-ins for is not in this database."));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!parse_uuid (tandem_record_get_uuid (TANDEM_RECORD (person)), import->person_uuid))
    memset (import->person_uuid, 0, sizeof import->person_uuid);

  import->schema = _tandem_record_class_get_schema (klass);
  import->person_field = schema_field (import->schema, "person-id");
  for (guint i = 0; i < N_COLUMNS; i++)
    import->bind_at[i] = -1;
  import->bind_at[COLUMN_DATE] = schema_field (import->schema, "day");
  import->bind_at[COLUMN_GOAL] = schema_field (import->schema, "goal-id");
  import->bind_at[COLUMN_VALUE] = schema_field (import->schema, "value");
  import->bind_at[COLUMN_RATING] = schema_field (import->schema, "rating");
  import->bind_at[COLUMN_NOTE] = schema_field (import->schema, "note");
  import->bind_at[COLUMN_STRESSORS] = schema_field (import->schema, "stressors");
  import->bind_at[COLUMN_WIN] = schema_field (import->schema, "win");
  rating = &import->schema->fields[import->bind_at[COLUMN_RATING]];
  import->rating_min = (int) rating->min;
  import->rating_max = (int) rating->max;

  import->today = tandem_quick_check_in_dup_today (import->store);
  import->now = _tandem_store_now (import->store);

  if (!load_names (import, error))
    return FALSE;

  if (!(stmt = _tandem_store_prepare (import->store,
                                      "SELECT EXISTS (SELECT 1 FROM tombstone WHERE entity = 'check-in')",
                                      error)))
    return FALSE;
  import->has_tombstones = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);

  return TRUE;
}

static gboolean
import_rows (Import                 *import,
             TandemCsvImportCounts  *counts,
             GError                **error)
{
  CsvReader *reader = &import->reader;
  g_autofree char *insert_sql = g_strconcat (import->schema->insert_sql,
                                             " ON CONFLICT (uuid) DO NOTHING", NULL);
  sqlite3_stmt *find, *insert, *update;

  /* Prepared once: the cache keeps them, and the loop reuses them. */
  if (!(find = _tandem_store_prepare (import->store, import_queries[0].sql, error)) ||
      !(insert = _tandem_store_prepare (import->store, insert_sql, error)) ||
      !(update = _tandem_store_prepare (import->store, import->schema->update_sql, error)) ||
      !_tandem_store_prepare (import->store, DELETE_USES_SQL, error) ||
      !_tandem_store_prepare (import->store, INSERT_USE_SQL, error))
    return FALSE;

  for (;;)
    {
      gboolean got;

      if (!reader_next (reader, &got, error))
        return FALSE;
      if (!got)
        return TRUE;

      /* A blank line is no row. */
      if (reader->starts->len == 1 && reader_field (reader, 0)[0] == '\0')
        continue;

      if (reader->starts->len != import->n_fields)
        {
          g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                       /* Translators: a line number, then two counts */
                       _("Line %u: the row has a different number of fields (%u) than the header has columns (%u)."),
                       reader->record_line, reader->starts->len, import->n_fields);
          return FALSE;
        }

      counts->rows++;
      if (!parse_row (import, error) ||
          !merge_row (import, find, insert, update, counts, error))
        return FALSE;
    }
}

/**
 * tandem_csv_import_check_ins:
 * @store: the store
 * @person_id: whose check-ins the file holds
 * @input: a CSV file with a header row and the columns the export writes
 *   (date, goal, value, rating, note, stressors, win, strategies used, uuid,
 *   created at, updated at), in any order; only date is required
 * @dry_run: check and count everything, then write nothing
 * @counts: (out) (optional): how many rows were added, changed, unchanged
 * @cancellable: (nullable): for reading @input
 * @error: a %TANDEM_STORE_ERROR, or the stream's error
 *
 * Imports check-ins from a spreadsheet or another tracker in one
 * transaction. The file is read as a stream, record by record. Every row
 * gets the checks of a check-in saved in the app: a real date, not after
 * today, a rating within the field's range, a goal and strategies of this
 * person (by title or UUID, as the export names them). The first wrong row
 * stops the import with a %TANDEM_STORE_ERROR_INVALID message that names
 * its line and column ("Line 1043, column “rating”: 11 is not between 0 and
 * 10."), and nothing is written.
 *
 * Rows merge by UUID as bundles do: a check-in here is replaced only by a
 * newer version (its "updated at"), one deleted here stays deleted unless
 * the row changed after the deletion, so importing the same file twice
 * changes nothing. A row without a UUID gets one from its content, which
 * keeps that true for files from elsewhere.
 *
 * Returns: %TRUE on success; on failure nothing was written
 */
gboolean
tandem_csv_import_check_ins (TandemStore            *store,
                             gint64                  person_id,
                             GInputStream           *input,
                             gboolean                dry_run,
                             TandemCsvImportCounts  *counts,
                             GCancellable           *cancellable,
                             GError                **error)
{
  Import import = { 0, };
  TandemCsvImportCounts local_counts = { 0, };
  gboolean ok;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (person_id > 0, FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (input), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  import.store = store;
  import.person_id = person_id;
  import.reader.input = input;
  import.reader.cancellable = cancellable;
  import.reader.buffer = g_malloc (READ_SIZE);
  import.reader.line = 1;
  import.reader.row = g_string_sized_new (1024);
  import.reader.starts = g_array_sized_new (FALSE, FALSE, sizeof (guint), N_COLUMNS);
  import.goals_by_uuid = new_name_table ();
  import.goals_by_title = new_name_table ();
  import.strategies_by_name = new_name_table ();
  import.derived = g_hash_table_new_full (digest_hash, digest_equal, g_free, NULL);
  import.checksum = g_checksum_new (G_CHECKSUM_SHA1);
  import.row.uses = g_array_new (FALSE, FALSE, sizeof (TandemStrategyUse));

  ok = reader_fill (&import.reader, error);
  /* A byte order mark, as some spreadsheets write, is not part of the header. */
  if (ok && import.reader.len >= 3 && memcmp (import.reader.buffer, "\xEF\xBB\xBF", 3) == 0)
    import.reader.pos = 3;

  ok = ok && prepare (&import, error) && read_header (&import, error);

  if (ok && (ok = tandem_store_begin (store, error)))
    {
      ok = import_rows (&import, &local_counts, error);
      if (ok && !dry_run)
        ok = tandem_store_commit (store, error);
      else
        tandem_store_rollback (store);
    }

  if (ok && counts != NULL)
    *counts = local_counts;

  g_free (import.reader.buffer);
  g_string_free (import.reader.row, TRUE);
  g_array_unref (import.reader.starts);
  g_free ((gpointer) import.reader.names);
  g_free (import.today);
  g_hash_table_unref (import.goals_by_uuid);
  g_hash_table_unref (import.goals_by_title);
  g_hash_table_unref (import.strategies_by_name);
  g_hash_table_unref (import.derived);
  g_checksum_free (import.checksum);
  g_array_unref (import.row.uses);

  return ok;
}
