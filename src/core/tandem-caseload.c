/* tandem-caseload.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-caseload"

#include "config.h"

#include <sqlite3.h>

#include "tandem-caseload.h"
#include "tandem-plans-private.h"
#include "tandem-store-private.h"

/* A therapist's clients with what the Clients sidebar sorts and flags them
 * by: the last day with a check-in or a questionnaire, the next therapy
 * session, and whether a questionnaire answer raised a safety flag since
 * the last session (or, with no session yet, within FLAG_WINDOW_DAYS). */

#define FLAG_WINDOW_DAYS 30

struct _TandemCaseloadEntry
{
  GObject       parent_instance;

  TandemPerson *person;
  char         *sort_key;      /* the name's collation key */
  char         *last_activity;
  gint64        next_session;
  gboolean      flagged;
};

G_DEFINE_FINAL_TYPE (TandemCaseloadEntry, tandem_caseload_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PERSON,
  PROP_NAME,
  PROP_LAST_ACTIVITY,
  PROP_NEXT_SESSION,
  PROP_FLAGGED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_caseload_entry_finalize (GObject *object)
{
  TandemCaseloadEntry *self = TANDEM_CASELOAD_ENTRY (object);

  g_clear_object (&self->person);
  g_clear_pointer (&self->sort_key, g_free);
  g_clear_pointer (&self->last_activity, g_free);

  G_OBJECT_CLASS (tandem_caseload_entry_parent_class)->finalize (object);
}

static void
tandem_caseload_entry_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TandemCaseloadEntry *self = TANDEM_CASELOAD_ENTRY (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;

    case PROP_NAME:
      g_value_set_string (value, tandem_caseload_entry_get_name (self));
      break;

    case PROP_LAST_ACTIVITY:
      g_value_set_string (value, self->last_activity);
      break;

    case PROP_NEXT_SESSION:
      g_value_set_int64 (value, self->next_session);
      break;

    case PROP_FLAGGED:
      g_value_set_boolean (value, self->flagged);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_caseload_entry_class_init (TandemCaseloadEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_caseload_entry_finalize;
  object_class->get_property = tandem_caseload_entry_get_property;

  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL, TANDEM_TYPE_PERSON,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_ACTIVITY] =
    g_param_spec_string ("last-activity", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NEXT_SESSION] =
    g_param_spec_int64 ("next-session", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FLAGGED] =
    g_param_spec_boolean ("flagged", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_caseload_entry_init (TandemCaseloadEntry *self)
{
}

/**
 * tandem_caseload_entry_get_person:
 *
 * Returns: (transfer none): the client
 */
TandemPerson *
tandem_caseload_entry_get_person (TandemCaseloadEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ENTRY (self), NULL);

  return self->person;
}

/**
 * tandem_caseload_entry_get_name:
 *
 * Returns: the client's display name, what a search matches
 */
const char *
tandem_caseload_entry_get_name (TandemCaseloadEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ENTRY (self), NULL);

  return tandem_person_get_display_name (self->person);
}

/**
 * tandem_caseload_entry_get_last_activity:
 *
 * Returns: (nullable): the last day ("YYYY-MM-DD") with a check-in or a
 *   questionnaire, or %NULL when there was none
 */
const char *
tandem_caseload_entry_get_last_activity (TandemCaseloadEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ENTRY (self), NULL);

  return self->last_activity;
}

/**
 * tandem_caseload_entry_get_next_session:
 *
 * Returns: the start of the next therapy session (µs since the epoch), or
 *   0 when none is planned
 */
gint64
tandem_caseload_entry_get_next_session (TandemCaseloadEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ENTRY (self), 0);

  return self->next_session;
}

/**
 * tandem_caseload_entry_get_flagged:
 *
 * Returns: whether a questionnaire answer raised a safety flag since the
 *   client's last session
 */
gboolean
tandem_caseload_entry_get_flagged (TandemCaseloadEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ENTRY (self), FALSE);

  return self->flagged;
}

static int
compare_names (TandemCaseloadEntry *a,
               TandemCaseloadEntry *b)
{
  int result = strcmp (a->sort_key, b->sort_key);

  if (result != 0)
    return result;

  return (tandem_record_get_id (TANDEM_RECORD (a->person)) >
          tandem_record_get_id (TANDEM_RECORD (b->person))) -
         (tandem_record_get_id (TANDEM_RECORD (a->person)) <
          tandem_record_get_id (TANDEM_RECORD (b->person)));
}

/**
 * tandem_caseload_entry_compare:
 * @order: the sort order
 *
 * Compares two entries for @order: flagged clients first, then by @order,
 * then by name.
 *
 * Returns: negative when @a comes first, positive when @b does, 0 for the
 *   same client
 */
int
tandem_caseload_entry_compare (TandemCaseloadEntry *a,
                               TandemCaseloadEntry *b,
                               TandemCaseloadOrder  order)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ENTRY (a), 0);
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ENTRY (b), 0);

  if (a->flagged != b->flagged)
    return a->flagged ? -1 : 1;

  switch (order)
    {
    case TANDEM_CASELOAD_ORDER_NEXT_SESSION:
      if (a->next_session != b->next_session)
        {
          if (a->next_session == 0 || b->next_session == 0)
            return a->next_session == 0 ? 1 : -1;
          return a->next_session < b->next_session ? -1 : 1;
        }
      break;

    case TANDEM_CASELOAD_ORDER_LAST_ACTIVITY:
      if (g_strcmp0 (a->last_activity, b->last_activity) != 0)
        {
          if (a->last_activity == NULL || b->last_activity == NULL)
            return a->last_activity == NULL ? 1 : -1;
          return -strcmp (a->last_activity, b->last_activity);
        }
      break;

    case TANDEM_CASELOAD_ORDER_NAME:
    default:
      break;
    }

  return compare_names (a, b);
}

/* One row per client: every figure comes from an index on person_id
 * (check_in_person_day, response_person_day, therapy_session_person and the
 * partial response_flagged). */
static const char caseload_sql[] =
  "SELECT id, last_check_in, last_response, next_session,"
  "       EXISTS (SELECT 1 FROM response r"
  "               WHERE r.person_id = s.id AND r.safety_flag = 1"
  "                 AND r.taken_at > COALESCE (last_session, ?2))"
  " FROM (SELECT p.id AS id,"
  "              (SELECT MAX (day) FROM check_in c WHERE c.person_id = p.id) AS last_check_in,"
  "              (SELECT MAX (day) FROM response r WHERE r.person_id = p.id) AS last_response,"
  "              (SELECT MIN (starts_at) FROM therapy_session t"
  "               WHERE t.person_id = p.id AND t.starts_at >= ?1) AS next_session,"
  "              (SELECT MAX (starts_at) FROM therapy_session t"
  "               WHERE t.person_id = p.id AND t.starts_at < ?1) AS last_session"
  "       FROM person p WHERE p.role = 'client') AS s";

const char *
_tandem_caseload_get_sql (void)
{
  return caseload_sql;
}

typedef struct
{
  char     *last_activity;
  gint64    next_session;
  gboolean  flagged;
} Figures;

static void
figures_free (gpointer data)
{
  Figures *figures = data;

  g_free (figures->last_activity);
  g_free (figures);
}

static const char *
later_day (const char *a,
           const char *b)
{
  if (a == NULL)
    return b;
  if (b == NULL)
    return a;
  return strcmp (a, b) >= 0 ? a : b;
}

/**
 * tandem_caseload_load:
 * @store: a #TandemStore
 * @now: the current time, µs since the epoch (sessions at or after it are
 *   "next")
 * @include_archived: also list archived clients
 *
 * Reads the clients of a therapist's database with the figures the
 * caseload is sorted by, in name order. The owner is not among them.
 *
 * Returns: (transfer full) (nullable): a list of #TandemCaseloadEntry
 */
GListStore *
tandem_caseload_load (TandemStore  *store,
                      gint64        now,
                      gboolean      include_archived,
                      GError      **error)
{
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GListStore) persons = NULL;
  g_autoptr(GListStore) entries = NULL;
  sqlite3_stmt *stmt;
  guint n;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(stmt = _tandem_store_prepare (store, caseload_sql, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, now - (gint64) FLAG_WINDOW_DAYS * G_USEC_PER_SEC * 60 * 60 * 24);

  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, figures_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Figures *figures = g_new0 (Figures, 1);
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      figures->last_activity = g_strdup (later_day ((const char *) sqlite3_column_text (stmt, 1),
                                                    (const char *) sqlite3_column_text (stmt, 2)));
      figures->next_session = sqlite3_column_int64 (stmt, 3);
      figures->flagged = sqlite3_column_int (stmt, 4) != 0;
      g_hash_table_insert (by_id, id, figures);
    }
  if (rc != SQLITE_DONE)
    {
      _tandem_store_set_error (store, rc, error);
      return NULL;
    }

  persons = tandem_store_list_persons (store, include_archived, error);
  if (persons == NULL)
    return NULL;

  entries = g_list_store_new (TANDEM_TYPE_CASELOAD_ENTRY);
  n = g_list_model_get_n_items (G_LIST_MODEL (persons));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemPerson) person = g_list_model_get_item (G_LIST_MODEL (persons), i);
      gint64 id = tandem_record_get_id (TANDEM_RECORD (person));
      Figures *figures = g_hash_table_lookup (by_id, &id);
      TandemCaseloadEntry *entry;

      if (figures == NULL)
        continue;  /* the owner */

      entry = g_object_new (TANDEM_TYPE_CASELOAD_ENTRY, NULL);
      entry->person = g_steal_pointer (&person);
      /* Made once here: sorting compares names many times over. */
      entry->sort_key = g_utf8_collate_key (tandem_person_get_display_name (entry->person), -1);
      entry->last_activity = g_steal_pointer (&figures->last_activity);
      entry->next_session = figures->next_session;
      entry->flagged = figures->flagged;
      g_list_store_append (entries, entry);
      g_object_unref (entry);
    }

  return g_steal_pointer (&entries);
}
