/* tandem-exchange.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-exchange"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-core.h"
#include "tandem-exchange.h"
#include "tandem-record-private.h"
#include "tandem-store-private.h"

/* Exchange bundles (docs/bundle-format.md): one person's records as JSON,
 * references written as the UUIDs of the records they name, merged into
 * another database by UUID. An import checks the whole bundle before it
 * writes anything, then writes in one transaction. */

enum
{
  KIND_PLAN     = 1 << 0,
  KIND_PROGRESS = 1 << 1,
};

typedef struct
{
  const char  *entity;
  GType      (*get_type) (void);
  const char  *tail;    /* the person's records; ?1 is the person's row id */
  guint        kinds;   /* besides "all", which has everything */
} EntityInfo;

/* In the order an import writes them: what is referred to comes first. */
static const EntityInfo entities[] = {
  { "strategy", tandem_strategy_get_type, "WHERE person_id = ?1 ORDER BY id", KIND_PLAN | KIND_PROGRESS },
  { "goal", tandem_goal_get_type, "WHERE person_id = ?1 ORDER BY id", KIND_PLAN | KIND_PROGRESS },
  { "goal-revision", tandem_goal_revision_get_type,
    "WHERE goal_id IN (SELECT id FROM goal WHERE person_id = ?1) ORDER BY id", KIND_PLAN },
  { "goal-attainment", tandem_goal_attainment_get_type,
    "WHERE goal_id IN (SELECT id FROM goal WHERE person_id = ?1) ORDER BY id", KIND_PLAN },
  { "check-in", tandem_check_in_get_type, "WHERE person_id = ?1 ORDER BY id", KIND_PROGRESS },
  { "rest-day", tandem_rest_day_get_type, "WHERE person_id = ?1 ORDER BY id", KIND_PROGRESS },
  { "homework", tandem_homework_get_type, "WHERE person_id = ?1 ORDER BY id", KIND_PLAN | KIND_PROGRESS },
  { "questionnaire", tandem_questionnaire_get_type, "WHERE ?1 IS NOT NULL ORDER BY id", KIND_PLAN },
  { "response", tandem_response_get_type, "WHERE person_id = ?1 ORDER BY id", KIND_PROGRESS },
  { "reminder", tandem_reminder_get_type, "WHERE person_id = ?1 ORDER BY id", KIND_PLAN | KIND_PROGRESS },
  { "reminder-firing", tandem_reminder_firing_get_type,
    "WHERE reminder_id IN (SELECT id FROM reminder WHERE person_id = ?1) ORDER BY id", KIND_PROGRESS },
  { "therapy-session", tandem_therapy_session_get_type, "WHERE person_id = ?1 ORDER BY id", 0 },
};

static const char * const kind_nicks[] = { "plan", "progress", "all" };

/* A record id that stands for one still to be inserted, while checking. */
#define PENDING_ID G_MAXINT32

static int
entity_index (const char *entity)
{
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    if (g_strcmp0 (entities[i].entity, entity) == 0)
      return (int) i;
  return -1;
}

static const char *
table_of (const char *entity)
{
  int i = entity_index (entity);
  g_autoptr(GTypeClass) klass = NULL;

  if (g_strcmp0 (entity, "person") == 0)
    return "person";
  if (i < 0)
    return NULL;

  klass = g_type_class_ref (entities[i].get_type ());
  return _tandem_record_class_get_schema (klass)->table;
}

/**
 * tandem_exchange_kind_to_nick:
 *
 * Returns: "plan", "progress" or "all"
 */
const char *
tandem_exchange_kind_to_nick (TandemExchangeKind kind)
{
  g_return_val_if_fail (kind <= TANDEM_EXCHANGE_KIND_ALL, NULL);

  return kind_nicks[kind];
}

/**
 * tandem_exchange_kind_from_nick:
 * @kind: (out): the kind named by @nick
 *
 * Returns: %FALSE when @nick names no kind of bundle
 */
gboolean
tandem_exchange_kind_from_nick (const char         *nick,
                                TandemExchangeKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_nicks); i++)
    if (g_strcmp0 (nick, kind_nicks[i]) == 0)
      {
        *kind = (TandemExchangeKind) i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
kind_has (TandemExchangeKind kind,
          const EntityInfo  *info)
{
  switch (kind)
    {
    case TANDEM_EXCHANGE_KIND_PLAN:
      return (info->kinds & KIND_PLAN) != 0;
    case TANDEM_EXCHANGE_KIND_PROGRESS:
      return (info->kinds & KIND_PROGRESS) != 0;
    case TANDEM_EXCHANGE_KIND_ALL:
    default:
      return TRUE;
    }
}

/* Small queries --------------------------------------------------------- */

static char *
uuid_for_id (TandemStore  *store,
             const char   *entity,
             gint64        id,
             GError      **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT uuid FROM %s WHERE id = ?", table_of (entity));
  sqlite3_stmt *stmt;
  char *uuid = NULL;

  if (!(stmt = _tandem_store_prepare (store, sql, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (uuid == NULL)
    g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FAILED,
                         _("A record refers to another one that is missing from the database."));
  return uuid;
}

/* The row id, creation and update times of the record with @uuid; FALSE
 * when there is none. */
static gboolean
lookup_uuid (TandemStore *store,
             const char  *entity,
             const char  *uuid,
             gint64      *id,
             gint64      *created_at,
             gint64      *updated_at)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id, created_at, updated_at FROM %s WHERE uuid = ?",
                                          table_of (entity));
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  if (!(stmt = _tandem_store_prepare (store, sql, NULL)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      if (id)
        *id = sqlite3_column_int64 (stmt, 0);
      if (created_at)
        *created_at = sqlite3_column_int64 (stmt, 1);
      if (updated_at)
        *updated_at = sqlite3_column_int64 (stmt, 2);
    }
  sqlite3_reset (stmt);
  return found;
}

/* Whether the stored record with @uuid is one of @person_id's. */
static gboolean
belongs_to (TandemStore      *store,
            const EntityInfo *info,
            const char       *uuid,
            gint64            person_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s %s", table_of (info->entity),
                                          info->tail);
  g_autofree char *with_uuid = NULL;
  sqlite3_stmt *stmt;
  gboolean found = FALSE;
  char *order = strstr (sql, " ORDER BY");

  if (order != NULL)
    *order = '\0';
  with_uuid = g_strconcat (sql, " AND uuid = ?2", NULL);

  if (!(stmt = _tandem_store_prepare (store, with_uuid, NULL)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    found = sqlite3_column_int64 (stmt, 0) > 0;
  sqlite3_reset (stmt);
  return found;
}

/* The name of the person here whose record @uuid is, for a message. */
static char *
dup_owner_name (TandemStore      *store,
                const EntityInfo *info,
                const char       *uuid)
{
  g_autoptr(GListStore) persons = tandem_store_list_persons (store, TRUE, NULL);
  guint n = persons ? g_list_model_get_n_items (G_LIST_MODEL (persons)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemPerson) person = g_list_model_get_item (G_LIST_MODEL (persons), i);

      if (belongs_to (store, info, uuid, tandem_record_get_id (TANDEM_RECORD (person))))
        return g_strdup (tandem_person_get_display_name (person));
    }

  return NULL;
}

/* When the record with @uuid was deleted here, or 0. */
static gint64
local_tombstone (TandemStore *store,
                 const char  *uuid)
{
  sqlite3_stmt *stmt;
  gint64 deleted_at = 0;

  if (!(stmt = _tandem_store_prepare (store, "SELECT deleted_at FROM tombstone WHERE uuid = ?", NULL)))
    return 0;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    deleted_at = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return deleted_at;
}

/* Export ---------------------------------------------------------------- */

static JsonObject *
record_to_bundle_json (TandemStore   *store,
                       TandemRecord  *record,
                       GError       **error)
{
  const TandemRecordSchema *schema = _tandem_record_get_schema (record);
  g_autoptr(JsonObject) object = tandem_record_to_json (record);

  json_object_set_int_member (object, "created-at", tandem_record_get_created_at (record));

  for (guint i = 0; i < schema->n_fields; i++)
    {
      const TandemField *field = &schema->fields[i];
      gint64 id;

      if (field->type != TANDEM_FIELD_REF)
        continue;

      id = *(gint64 *) _tandem_record_field_ptr (record, field);
      if (id == 0)
        json_object_set_null_member (object, field->name);
      else
        {
          g_autofree char *uuid = uuid_for_id (store, field->ref_entity, id, error);

          if (uuid == NULL)
            return NULL;
          json_object_set_string_member (object, field->name, uuid);
        }
    }

  if (TANDEM_IS_GOAL (record))
    {
      JsonArray *array = json_array_new ();
      guint n;
      const gint64 *ids = tandem_goal_get_strategy_ids (TANDEM_GOAL (record), &n);

      json_object_set_array_member (object, "strategies", array);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *uuid = uuid_for_id (store, "strategy", ids[i], error);

          if (uuid == NULL)
            return NULL;
          json_array_add_string_element (array, uuid);
        }
    }
  else if (TANDEM_IS_CHECK_IN (record))
    {
      g_autoptr(GEnumClass) helped_class = g_type_class_ref (TANDEM_TYPE_HELPED);
      JsonArray *array = json_array_new ();
      guint n;
      const TandemStrategyUse *uses = tandem_check_in_get_strategies (TANDEM_CHECK_IN (record), &n);

      json_object_set_array_member (object, "strategies-used", array);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *uuid = uuid_for_id (store, "strategy", uses[i].strategy_id, error);
          JsonObject *use;

          if (uuid == NULL)
            return NULL;
          use = json_object_new ();
          json_object_set_string_member (use, "strategy", uuid);
          json_object_set_string_member (use, "helped",
                                         g_enum_get_value (helped_class, uses[i].helped)->value_nick);
          json_array_add_object_element (array, use);
        }
    }
  else if (TANDEM_IS_RESPONSE (record))
    {
      JsonArray *array = json_array_new ();
      guint n;
      const int *answers = tandem_response_get_answers (TANDEM_RESPONSE (record), &n);

      json_object_set_array_member (object, "answers", array);
      for (guint i = 0; i < n; i++)
        {
          if (answers[i] == TANDEM_INT_UNSET)
            json_array_add_null_element (array);
          else
            json_array_add_int_element (array, answers[i]);
        }
    }

  return g_steal_pointer (&object);
}

/**
 * tandem_exchange_export:
 * @person_id: whose records go into the bundle
 * @kind: which of them
 *
 * Writes a bundle of @person_id's records (docs/bundle-format.md): every
 * reference as the UUID of the record it names, and the tombstones of
 * deleted records of the kinds the bundle carries. Therapy sessions, with
 * the therapist's private notes, go only into a bundle of every record.
 *
 * Returns: (transfer full): the bundle, UTF-8 JSON
 */
GBytes *
tandem_exchange_export (TandemStore         *store,
                        gint64               person_id,
                        TandemExchangeKind   kind,
                        GError             **error)
{
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *now_text = NULL;
  g_autofree char *text = NULL;
  JsonObject *person_object;
  JsonObject *records = NULL;
  JsonArray *tombstones = NULL;
  sqlite3_stmt *stmt;
  gsize length;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (kind <= TANDEM_EXCHANGE_KIND_ALL, NULL);

  if (!(person = tandem_store_get (store, TANDEM_TYPE_PERSON, person_id, error)))
    return NULL;

  now = g_date_time_new_from_unix_utc (_tandem_store_now (store) / G_USEC_PER_SEC);
  now_text = g_date_time_format_iso8601 (now);

  json_object_set_string_member (root, "format", TANDEM_EXCHANGE_FORMAT);
  json_object_set_int_member (root, "version", TANDEM_EXCHANGE_VERSION);
  json_object_set_string_member (root, "kind", kind_nicks[kind]);
  json_object_set_string_member (root, "created-at", now_text);

  person_object = tandem_record_to_json (TANDEM_RECORD (person));
  json_object_set_int_member (person_object, "created-at",
                              tandem_record_get_created_at (TANDEM_RECORD (person)));
  json_object_set_object_member (root, "person", person_object);
  records = json_object_new ();
  json_object_set_object_member (root, "records", records);
  tombstones = json_array_new ();
  json_object_set_array_member (root, "tombstones", tombstones);

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      g_autoptr(GListStore) list = NULL;
      JsonArray *array;
      guint n;

      if (!kind_has (kind, &entities[i]))
        continue;

      if (!(list = _tandem_store_list_where_id (store, entities[i].get_type (), entities[i].tail,
                                                person_id, error)))
        return NULL;

      array = json_array_new ();
      json_object_set_array_member (records, entities[i].entity, array);

      n = g_list_model_get_n_items (G_LIST_MODEL (list));
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(TandemRecord) record = g_list_model_get_item (G_LIST_MODEL (list), j);
          JsonObject *object = record_to_bundle_json (store, record, error);

          if (object == NULL)
            return NULL;
          json_array_add_object_element (array, object);
        }
    }

  /* Only this person's deletions travel (and those of custom questionnaires,
   * which belong to nobody): a bundle tells nothing about anyone else. */
  stmt = _tandem_store_prepare (store,
                                "SELECT uuid, entity, deleted_at FROM tombstone"
                                " WHERE person_uuid = ? OR entity = 'questionnaire'"
                                " ORDER BY deleted_at, uuid",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, tandem_record_get_uuid (TANDEM_RECORD (person)), -1, SQLITE_TRANSIENT);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *entity = (const char *) sqlite3_column_text (stmt, 1);
      int index = entity_index (entity);
      JsonObject *object;

      if (index < 0 || !kind_has (kind, &entities[index]))
        continue;

      object = json_object_new ();
      json_object_set_string_member (object, "uuid", (const char *) sqlite3_column_text (stmt, 0));
      json_object_set_string_member (object, "entity", entity);
      json_object_set_int_member (object, "deleted-at", sqlite3_column_int64 (stmt, 2));
      json_array_add_object_element (tombstones, object);
    }
  sqlite3_reset (stmt);

  node = json_node_init_object (json_node_alloc (), root);
  text = json_to_string (node, TRUE);
  length = strlen (text);
  return g_bytes_new_take (g_steal_pointer (&text), length);
}

/* The import plan ------------------------------------------------------- */

typedef enum
{
  ACTION_UNCHANGED,
  ACTION_ADD,
  ACTION_CHANGE,
  ACTION_REMOVE,
} Action;

typedef struct
{
  GPtrArray *added;    /* uuids */
  GPtrArray *changed;
  GPtrArray *removed;
  guint      unchanged;
} EntityPlan;

struct _TandemImportPlan
{
  gint64     person_id;
  char      *kind;
  EntityPlan entities[G_N_ELEMENTS (entities)];
};

static TandemImportPlan *
import_plan_new (void)
{
  TandemImportPlan *plan = g_new0 (TandemImportPlan, 1);

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      plan->entities[i].added = g_ptr_array_new_with_free_func (g_free);
      plan->entities[i].changed = g_ptr_array_new_with_free_func (g_free);
      plan->entities[i].removed = g_ptr_array_new_with_free_func (g_free);
    }
  return plan;
}

/**
 * tandem_import_plan_free:
 */
void
tandem_import_plan_free (TandemImportPlan *plan)
{
  if (plan == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      g_ptr_array_unref (plan->entities[i].added);
      g_ptr_array_unref (plan->entities[i].changed);
      g_ptr_array_unref (plan->entities[i].removed);
    }
  g_free (plan->kind);
  g_free (plan);
}

/**
 * tandem_import_plan_get_person_id:
 *
 * Returns: the row id of the person the bundle's records go to
 */
gint64
tandem_import_plan_get_person_id (TandemImportPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);

  return plan->person_id;
}

/**
 * tandem_import_plan_get_counts:
 * @entity: a kind of record as the bundle names it ("check-in")
 * @added: (out) (optional): records new here
 * @changed: (out) (optional): records the bundle has a newer version of
 * @removed: (out) (optional): records the bundle's tombstones delete
 * @unchanged: (out) (optional): records that stay as they are
 *
 * Returns: %FALSE when @entity is not a kind of record a bundle carries
 */
gboolean
tandem_import_plan_get_counts (TandemImportPlan *plan,
                               const char       *entity,
                               guint            *added,
                               guint            *changed,
                               guint            *removed,
                               guint            *unchanged)
{
  int i;

  g_return_val_if_fail (plan != NULL, FALSE);

  if ((i = entity_index (entity)) < 0)
    return FALSE;

  if (added)
    *added = plan->entities[i].added->len;
  if (changed)
    *changed = plan->entities[i].changed->len;
  if (removed)
    *removed = plan->entities[i].removed->len;
  if (unchanged)
    *unchanged = plan->entities[i].unchanged;
  return TRUE;
}

static void
add_uuid_array (JsonBuilder *builder,
                const char  *name,
                GPtrArray   *uuids)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < uuids->len; i++)
    json_builder_add_string_value (builder, uuids->pdata[i]);
  json_builder_end_array (builder);
}

/**
 * tandem_import_plan_to_json:
 *
 * Returns: (transfer full): `{"person-id", "kind", "entities": {entity:
 *   {"added", "changed", "removed", "unchanged", "added-uuids",
 *   "changed-uuids", "removed-uuids"}}}`, every kind of record listed
 */
JsonNode *
tandem_import_plan_to_json (TandemImportPlan *plan)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (plan != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "person-id");
  json_builder_add_int_value (builder, plan->person_id);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, plan->kind);
  json_builder_set_member_name (builder, "entities");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      EntityPlan *e = &plan->entities[i];

      json_builder_set_member_name (builder, entities[i].entity);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "added");
      json_builder_add_int_value (builder, e->added->len);
      json_builder_set_member_name (builder, "changed");
      json_builder_add_int_value (builder, e->changed->len);
      json_builder_set_member_name (builder, "removed");
      json_builder_add_int_value (builder, e->removed->len);
      json_builder_set_member_name (builder, "unchanged");
      json_builder_add_int_value (builder, e->unchanged);
      add_uuid_array (builder, "added-uuids", e->added);
      add_uuid_array (builder, "changed-uuids", e->changed);
      add_uuid_array (builder, "removed-uuids", e->removed);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Reading a bundle ------------------------------------------------------ */

typedef struct
{
  int           entity;      /* index in entities[] */
  char         *path;        /* "records.check-in[3]" */
  JsonObject   *object;      /* borrowed from the parsed tree */
  TandemRecord *record;      /* checked, references still pending */
  const char   *uuid;
  gint64        updated_at;
  gint64        created_at;
  Action        action;
  gint64        local_id;
  gint64        local_created_at;
} Item;

typedef struct
{
  char   *uuid;
  int     entity;
  gint64  deleted_at;
  Action  action;
} Tombstone;

typedef struct
{
  TandemStore *store;
  JsonParser  *parser;
  char        *kind;
  TandemExchangeKind kind_value;
  const char  *person_uuid;
  const char  *person_name;  /* nullable */
  gint64       person_id;
  GPtrArray   *items;        /* Item */
  GArray      *tombstones;   /* Tombstone */
  GHashTable  *by_uuid;      /* uuid → Item */
} Bundle;

static void
item_free (gpointer data)
{
  Item *item = data;

  g_free (item->path);
  g_clear_object (&item->record);
  g_free (item);
}

static void
tombstone_clear (gpointer data)
{
  g_free (((Tombstone *) data)->uuid);
}

static void
bundle_clear (Bundle *bundle)
{
  g_clear_object (&bundle->parser);
  g_clear_pointer (&bundle->kind, g_free);
  g_clear_pointer (&bundle->items, g_ptr_array_unref);
  g_clear_pointer (&bundle->tombstones, g_array_unref);
  g_clear_pointer (&bundle->by_uuid, g_hash_table_unref);
}

G_GNUC_PRINTF (3, 4)
static gboolean
bundle_error (GError     **error,
              const char  *path,
              const char  *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (path != NULL)
    g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                 /* Translators: a place in a bundle file, such as
                  * “records.check-in[12].rating”, then what is wrong there */
                 _("%s: %s"), path, message);
  else
    g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* bundle_error() for functions that return a pointer. */
#define bundle_error_null(...) ((void) bundle_error (__VA_ARGS__), NULL)

static gboolean
prefix_error (GError     **error,
              GError      *local_error,
              const char  *path)
{
  bundle_error (error, path, "%s", local_error->message);
  g_error_free (local_error);
  return FALSE;
}

/* A record of the bundle is stored here as another person's: the bundle
 * does not fit the chosen person (TANDEM_STORE_ERROR_CONSTRAINT, so that a
 * caller can offer another), and the message names whose it is. */
static gboolean
clash_error (Bundle  *bundle,
             Item    *item,
             GError **error)
{
  g_autofree char *name = dup_owner_name (bundle->store, &entities[item->entity], item->uuid);
  g_autofree char *message = NULL;

  if (name != NULL)
    /* Translators: %s is the name of a person (a client, or the therapist) */
    message = g_strdup_printf (_("This record belongs to another person in this database: %s."), name);
  else
    message = g_strdup (_("This record belongs to another person in this database."));

  g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CONSTRAINT,
               /* Translators: a place in a bundle file, such as
                * “records.check-in[12].rating”, then what is wrong there */
               _("%s: %s"), item->path, message);
  return FALSE;
}

static gboolean
is_uuid_text (JsonNode *node)
{
  const char *text;
  gsize length;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;

  text = json_node_get_string (node);
  length = strlen (text);
  if (length < 8 || length > 64)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static gboolean
get_time_member (JsonObject  *object,
                 const char  *name,
                 gboolean     required,
                 gint64      *value,
                 const char  *path,
                 GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);
  g_autofree char *where = g_strdup_printf ("%s.%s", path, name);

  if (node == NULL && !required)
    {
      *value = 0;
      return TRUE;
    }

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) <= 0)
    return bundle_error (error, where, "%s",
                         _("A time in microseconds since 1970, a whole number above 0, must be given."));

  *value = json_node_get_int (node);
  return TRUE;
}

/* The row id a reference will have: the target person, a record of the
 * bundle (PENDING_ID until it is written) or one stored here. */
static gboolean
resolve_reference (Bundle      *bundle,
                   const char  *entity,
                   JsonNode    *node,
                   gboolean     pending_ok,
                   gint64      *id,
                   const char  *path,
                   GError     **error)
{
  const char *uuid;
  Item *item;

  if (!is_uuid_text (node))
    return bundle_error (error, path, "%s", _("A reference must be the UUID of a record, as text."));

  uuid = json_node_get_string (node);

  if (g_str_equal (entity, "person"))
    {
      if (!g_str_equal (uuid, bundle->person_uuid))
        return bundle_error (error, path, "%s",
                             _("This record belongs to someone other than the bundle’s person."));
      *id = bundle->person_id;
      return TRUE;
    }

  /* While checking, a record of the bundle will have a row. */
  item = g_hash_table_lookup (bundle->by_uuid, uuid);
  if (pending_ok && item != NULL && g_str_equal (entities[item->entity].entity, entity))
    {
      *id = item->local_id != 0 ? item->local_id : PENDING_ID;
      return TRUE;
    }

  if (lookup_uuid (bundle->store, entity, uuid, id, NULL, NULL))
    return TRUE;

  return bundle_error (error, path,
                       /* Translators: the first %s is a kind of record (“goal”), the second a UUID */
                       _("No %s with the UUID “%s” is in the bundle or in this database."),
                       entity, uuid);
}

/* Sets the references and the rows that belong to @item's record from the
 * bundle: with @pending_ok while checking, for real while writing. */
static gboolean
set_references (Bundle   *bundle,
                Item     *item,
                gboolean  pending_ok,
                GError  **error)
{
  const TandemRecordSchema *schema = _tandem_record_get_schema (item->record);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      const TandemField *field = &schema->fields[i];
      JsonNode *node;
      g_autofree char *path = NULL;
      gint64 id = 0;

      if (field->type != TANDEM_FIELD_REF)
        continue;

      path = g_strdup_printf ("%s.%s", item->path, field->name);
      node = json_object_get_member (item->object, field->name);

      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        {
          if (!(field->flags & TANDEM_FIELD_NULLABLE))
            return bundle_error (error, path, "%s", _("This reference must be given."));
        }
      else if (!pending_ok && g_str_equal (field->name, "parent-id") && TANDEM_IS_GOAL (item->record))
        id = 0;  /* A long-term goal is linked after every goal is written. */
      else if (!resolve_reference (bundle, field->ref_entity, node, pending_ok, &id, path, error))
        return FALSE;

      _tandem_record_set_int64 (item->record, i, id);
    }

  if (TANDEM_IS_GOAL (item->record))
    {
      JsonNode *node = json_object_get_member (item->object, "strategies");
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autofree char *path = g_strdup_printf ("%s.strategies", item->path);

      if (node != NULL && !JSON_NODE_HOLDS_ARRAY (node))
        return bundle_error (error, path, "%s", _("This must be a list of strategy UUIDs."));

      for (guint i = 0; node != NULL && i < json_array_get_length (json_node_get_array (node)); i++)
        {
          g_autofree char *where = g_strdup_printf ("%s[%u]", path, i);
          gint64 id;

          if (!resolve_reference (bundle, "strategy", json_array_get_element (json_node_get_array (node), i),
                                  pending_ok, &id, where, error))
            return FALSE;
          g_array_append_val (ids, id);
        }
      tandem_goal_set_strategy_ids (TANDEM_GOAL (item->record), (gint64 *) (gpointer) ids->data, ids->len);
    }
  else if (TANDEM_IS_CHECK_IN (item->record))
    {
      JsonNode *node = json_object_get_member (item->object, "strategies-used");
      g_autofree char *path = g_strdup_printf ("%s.strategies-used", item->path);
      g_autoptr(GEnumClass) helped_class = g_type_class_ref (TANDEM_TYPE_HELPED);

      if (node != NULL && !JSON_NODE_HOLDS_ARRAY (node))
        return bundle_error (error, path, "%s", _("This must be a list of strategies used."));

      tandem_check_in_clear_strategies (TANDEM_CHECK_IN (item->record));
      for (guint i = 0; node != NULL && i < json_array_get_length (json_node_get_array (node)); i++)
        {
          JsonNode *use = json_array_get_element (json_node_get_array (node), i);
          g_autofree char *where = g_strdup_printf ("%s[%u]", path, i);
          g_autofree char *where_strategy = g_strdup_printf ("%s.strategy", where);
          g_autofree char *where_helped = g_strdup_printf ("%s.helped", where);
          GEnumValue *helped = NULL;
          gint64 id;

          if (!JSON_NODE_HOLDS_OBJECT (use))
            return bundle_error (error, where, "%s",
                                 _("A strategy used must have a “strategy” and a “helped”."));
          if (!resolve_reference (bundle, "strategy",
                                  json_object_get_member (json_node_get_object (use), "strategy"),
                                  pending_ok, &id, where_strategy, error))
            return FALSE;

          if (json_object_has_member (json_node_get_object (use), "helped"))
            {
              JsonNode *h = json_object_get_member (json_node_get_object (use), "helped");

              if (json_node_get_value_type (h) == G_TYPE_STRING)
                helped = g_enum_get_value_by_nick (helped_class, json_node_get_string (h));
              if (helped == NULL)
                return bundle_error (error, where_helped, "%s",
                                     _("This must be “unknown”, “no”, “somewhat” or “yes”."));
            }
          tandem_check_in_add_strategy (TANDEM_CHECK_IN (item->record), id,
                                        helped ? helped->value : TANDEM_HELPED_UNKNOWN);
        }
    }
  else if (TANDEM_IS_RESPONSE (item->record))
    {
      JsonNode *node = json_object_get_member (item->object, "answers");
      g_autofree char *path = g_strdup_printf ("%s.answers", item->path);
      g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (int));

      if (node != NULL && !JSON_NODE_HOLDS_ARRAY (node))
        return bundle_error (error, path, "%s", _("This must be a list of answers."));

      for (guint i = 0; node != NULL && i < json_array_get_length (json_node_get_array (node)); i++)
        {
          JsonNode *answer = json_array_get_element (json_node_get_array (node), i);
          int value = TANDEM_INT_UNSET;

          if (!JSON_NODE_HOLDS_NULL (answer))
            {
              if (json_node_get_value_type (answer) != G_TYPE_INT64 ||
                  json_node_get_int (answer) < -1000 || json_node_get_int (answer) > 1000)
                {
                  g_autofree char *where = g_strdup_printf ("%s[%u]", path, i);

                  return bundle_error (error, where, "%s",
                                       _("An answer must be a whole number or null."));
                }
              value = (int) json_node_get_int (answer);
            }
          g_array_append_val (answers, value);
        }
      tandem_response_set_answers (TANDEM_RESPONSE (item->record), (int *) (gpointer) answers->data,
                                   answers->len);
    }

  return TRUE;
}

/* A whole number that the field's property refuses, but the record's
 * validation explains better: it is set directly. */
static gboolean
out_of_range (const TandemRecordSchema *schema,
              guint                     i,
              JsonNode                 *node)
{
  GParamSpecInt *pspec;
  gint64 value;

  if (schema->fields[i].type != TANDEM_FIELD_INT || node == NULL ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;

  pspec = G_PARAM_SPEC_INT (schema->pspecs[i]);
  value = json_node_get_int (node);
  return value >= G_MININT && value <= G_MAXINT && (value < pspec->minimum || value > pspec->maximum);
}

/* Members of a record in a bundle that are not fields, and unset numbers,
 * which a fresh record has already (a NaN does not pass through a
 * property). */
static const char * const *
ignored_members (const TandemRecordSchema *schema,
                 JsonObject               *object,
                 const char               *also)
{
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < schema->n_fields; i++)
    {
      JsonNode *node = json_object_get_member (object, schema->fields[i].name);

      if (schema->fields[i].type == TANDEM_FIELD_DOUBLE && node != NULL && JSON_NODE_HOLDS_NULL (node))
        g_ptr_array_add (names, (gpointer) schema->fields[i].name);
      else if (out_of_range (schema, i, node))
        g_ptr_array_add (names, (gpointer) schema->fields[i].name);
    }

  g_ptr_array_add (names, (gpointer) "created-at");
  g_ptr_array_add (names, (gpointer) "strategies");
  g_ptr_array_add (names, (gpointer) "strategies-used");
  g_ptr_array_add (names, (gpointer) "answers");
  for (guint i = 0; i < schema->n_fields; i++)
    if (schema->fields[i].type == TANDEM_FIELD_REF)
      g_ptr_array_add (names, (gpointer) schema->fields[i].name);
  if (also != NULL)
    g_ptr_array_add (names, (gpointer) also);
  g_ptr_array_add (names, NULL);

  return (const char * const *) g_ptr_array_free (names, FALSE);
}

/* Sets the fields of @record from @object, leaving @skip at its default. */
static gboolean
load_fields (TandemRecord  *record,
             JsonObject    *object,
             const char    *skip,
             GError       **error)
{
  const TandemRecordSchema *schema = _tandem_record_get_schema (record);
  g_autofree const char **ignore = (const char **) ignored_members (schema, object, skip);

  if (!tandem_record_set_from_json (record, object, ignore, error))
    return FALSE;

  for (guint i = 0; i < schema->n_fields; i++)
    {
      JsonNode *node = json_object_get_member (object, schema->fields[i].name);

      if (g_strcmp0 (skip, schema->fields[i].name) != 0 && out_of_range (schema, i, node))
        _tandem_record_set_int (record, i, (int) json_node_get_int (node));
    }
  return TRUE;
}

/* Which field a failed validation is about: the one whose default value
 * makes the record valid, else the first whose default changes the
 * message. */
static const char *
culprit_field (Bundle       *bundle,
               Item         *item,
               const char   *message)
{
  const TandemRecordSchema *schema = _tandem_record_get_schema (item->record);
  const char *first_different = NULL;

  for (guint i = 0; i < schema->n_fields; i++)
    {
      g_autoptr(TandemRecord) probe = g_object_new (G_OBJECT_TYPE (item->record), NULL);
      g_autoptr(GError) error = NULL;
      TandemRecord *saved = item->record;
      gboolean referenced, valid;

      if (!load_fields (probe, item->object, schema->fields[i].name, NULL))
        continue;

      item->record = probe;
      referenced = set_references (bundle, item, TRUE, NULL);
      item->record = saved;
      if (!referenced)
        continue;

      valid = tandem_record_validate (probe, &error);
      if (valid)
        return schema->fields[i].name;
      if (first_different == NULL && g_strcmp0 (error->message, message) != 0)
        first_different = schema->fields[i].name;
    }
  return first_different;
}

static gboolean
read_records (Bundle      *bundle,
              JsonObject  *records,
              GError     **error)
{
  g_autoptr(GList) members = json_object_get_members (records);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      g_autofree char *path = g_strdup_printf ("records.%s", (const char *) l->data);
      JsonNode *node = json_object_get_member (records, l->data);

      if (entity_index (l->data) < 0)
        return bundle_error (error, path, "%s", _("This is not a kind of record a bundle can hold."));
      /* A client's progress must not overwrite the therapist's notes. */
      if (!kind_has (bundle->kind_value, &entities[entity_index (l->data)]))
        return bundle_error (error, path, "%s", _("A bundle of this kind does not carry these records."));
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return bundle_error (error, path, "%s", _("This must be a list of records."));
    }

  /* First every uuid, so that references can point forward. */
  for (guint e = 0; e < G_N_ELEMENTS (entities); e++)
    {
      JsonArray *array;

      if (!json_object_has_member (records, entities[e].entity))
        continue;

      array = json_object_get_array_member (records, entities[e].entity);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          Item *item = g_new0 (Item, 1);
          g_autofree char *uuid_path = NULL;

          item->entity = (int) e;
          item->path = g_strdup_printf ("records.%s[%u]", entities[e].entity, i);
          g_ptr_array_add (bundle->items, item);

          if (!JSON_NODE_HOLDS_OBJECT (node))
            return bundle_error (error, item->path, "%s", _("A record must be a JSON object."));
          item->object = json_node_get_object (node);

          uuid_path = g_strdup_printf ("%s.uuid", item->path);
          if (!is_uuid_text (json_object_get_member (item->object, "uuid")))
            return bundle_error (error, uuid_path, "%s", _("Every record needs its UUID, as text."));
          item->uuid = json_object_get_string_member (item->object, "uuid");

          if (g_hash_table_contains (bundle->by_uuid, item->uuid) ||
              g_str_equal (item->uuid, bundle->person_uuid))
            return bundle_error (error, uuid_path, "%s",
                                 _("Another record in the bundle has the same UUID."));
          g_hash_table_insert (bundle->by_uuid, (gpointer) item->uuid, item);

          if (!get_time_member (item->object, "updated-at", TRUE, &item->updated_at, item->path, error) ||
              !get_time_member (item->object, "created-at", FALSE, &item->created_at, item->path, error))
            return FALSE;
          if (item->created_at == 0 || item->created_at > item->updated_at)
            item->created_at = item->updated_at;
        }
    }

  /* Then each record on a fresh object, checked as the store would. */
  for (guint i = 0; i < bundle->items->len; i++)
    {
      Item *item = bundle->items->pdata[i];
      GError *local_error = NULL;

      item->record = g_object_new (entities[item->entity].get_type (), NULL);
      if (!load_fields (item->record, item->object, NULL, &local_error))
        return prefix_error (error, local_error, item->path);

      if (lookup_uuid (bundle->store, entities[item->entity].entity, item->uuid, &item->local_id,
                       &item->local_created_at, NULL))
        {
          if (!belongs_to (bundle->store, &entities[item->entity], item->uuid, bundle->person_id))
            return clash_error (bundle, item, error);
        }

      if (!set_references (bundle, item, TRUE, error))
        return FALSE;

      if (!tandem_record_validate (item->record, &local_error))
        {
          const char *field = culprit_field (bundle, item, local_error->message);
          g_autofree char *where = field ? g_strdup_printf ("%s.%s", item->path, field) : g_strdup (item->path);

          return prefix_error (error, local_error, where);
        }
    }

  return TRUE;
}

static gboolean
read_tombstones (Bundle    *bundle,
                 JsonNode  *node,
                 GError   **error)
{
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return bundle_error (error, "tombstones", "%s", _("This must be a list of deleted records."));

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("tombstones[%u]", i);
      JsonObject *object;
      JsonNode *entity;
      Tombstone tombstone = { 0, };

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return bundle_error (error, path, "%s", _("A deleted record must be a JSON object."));
      object = json_node_get_object (element);

      if (!is_uuid_text (json_object_get_member (object, "uuid")))
        {
          g_autofree char *where = g_strdup_printf ("%s.uuid", path);
          return bundle_error (error, where, "%s", _("Every record needs its UUID, as text."));
        }

      entity = json_object_get_member (object, "entity");
      if (entity == NULL || json_node_get_value_type (entity) != G_TYPE_STRING ||
          (tombstone.entity = entity_index (json_node_get_string (entity))) < 0)
        {
          g_autofree char *where = g_strdup_printf ("%s.entity", path);
          return bundle_error (error, where, "%s", _("This is not a kind of record a bundle can hold."));
        }
      if (!kind_has (bundle->kind_value, &entities[tombstone.entity]))
        {
          g_autofree char *where = g_strdup_printf ("%s.entity", path);
          return bundle_error (error, where, "%s", _("A bundle of this kind does not carry these records."));
        }

      if (!get_time_member (object, "deleted-at", TRUE, &tombstone.deleted_at, path, error))
        return FALSE;

      tombstone.uuid = g_strdup (json_object_get_string_member (object, "uuid"));
      g_array_append_val (bundle->tombstones, tombstone);
    }

  return TRUE;
}

/* Finds the person the bundle's records go to. */
static gboolean
choose_person (Bundle   *bundle,
               gint64    target_person_id,
               GError  **error)
{
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemPerson) owner = NULL;
  gint64 count;

  if (target_person_id > 0)
    {
      if (!(person = tandem_store_get (bundle->store, TANDEM_TYPE_PERSON, target_person_id, error)))
        return FALSE;
      bundle->person_id = target_person_id;
      return TRUE;
    }

  if (lookup_uuid (bundle->store, "person", bundle->person_uuid, &bundle->person_id, NULL, NULL))
    return TRUE;

  if ((count = tandem_store_count (bundle->store, TANDEM_TYPE_PERSON, error)) < 0)
    return FALSE;
  if (count == 1 && (owner = tandem_store_dup_owner (bundle->store, NULL)) != NULL)
    {
      bundle->person_id = tandem_record_get_id (TANDEM_RECORD (owner));
      return TRUE;
    }

  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                       _("This bundle is for a person this database does not know yet: choose whose records it holds."));
  return FALSE;
}

/* Parses the bundle and checks what comes before its records: the format,
 * the version, the kind and the person. Returns the root object. */
static JsonObject *
read_head (Bundle      *bundle,
           GBytes      *bytes,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonObject *object;
  JsonNode *node;
  JsonObject *person;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  bundle->parser = json_parser_new_immutable ();
  bundle->items = g_ptr_array_new_with_free_func (item_free);
  bundle->tombstones = g_array_new (FALSE, TRUE, sizeof (Tombstone));
  g_array_set_clear_func (bundle->tombstones, tombstone_clear);
  bundle->by_uuid = g_hash_table_new (g_str_hash, g_str_equal);

  if (data == NULL || length == 0)
    return bundle_error_null (error, NULL, "%s", _("The file is empty: it is not a Tandem bundle."));

  if (!json_parser_load_from_data (bundle->parser, data, (gssize) length, &local_error))
    {
      guint64 line = 0, column = 0;
      char *end = NULL;
      const char *detail = local_error->message;

      /* json-glib says "<data>:LINE:COLUMN: Parse error: WHAT". */
      if (g_str_has_prefix (detail, "<data>:"))
        {
          line = g_ascii_strtoull (detail + 7, &end, 10);
          if (end != NULL && *end == ':')
            column = g_ascii_strtoull (end + 1, &end, 10);
          if (end != NULL && g_str_has_prefix (end, ": Parse error: "))
            detail = end + strlen (": Parse error: ");
          else if (end != NULL && g_str_has_prefix (end, ": "))
            detail = end + 2;
        }

      if (line > 0 && column > 0)
        {
          g_autofree char *line_text = g_strdup_printf ("%" G_GUINT64_FORMAT, line);
          g_autofree char *column_text = g_strdup_printf ("%" G_GUINT64_FORMAT, column);

          return bundle_error_null (error, NULL,
                                    /* Translators: a line and a column number, then the JSON reader's
                                     * own description of the problem */
                                    _("The file is not a Tandem bundle: it is not valid JSON at line %s, column %s (%s)."),
                                    line_text, column_text, detail);
        }

      return bundle_error_null (error, NULL,
                                /* Translators: %s is the JSON reader's message */
                                _("The file is not a Tandem bundle: it is not valid JSON (%s)."),
                                local_error->message);
    }

  root = json_parser_get_root (bundle->parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return bundle_error_null (error, NULL, "%s", _("The file is not a Tandem bundle."));
  object = json_node_get_object (root);

  /* The format first: an encrypted envelope will have another one. */
  node = json_object_get_member (object, "format");
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return bundle_error_null (error, NULL, "%s", _("The file is not a Tandem bundle: it does not say its format."));
  if (!g_str_equal (json_node_get_string (node), TANDEM_EXCHANGE_FORMAT))
    return bundle_error_null (error, "format",
                              /* Translators: %s is the format the file names */
                              _("The file is not a Tandem bundle but “%s”."), json_node_get_string (node));

  node = json_object_get_member (object, "version");
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) < 1)
    return bundle_error_null (error, "version", "%s", _("The bundle’s version must be a whole number from 1."));
  if (json_node_get_int (node) > TANDEM_EXCHANGE_VERSION)
    {
      g_autofree char *version = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

      return bundle_error_null (error, "version",
                                /* Translators: %s is a version number */
                                _("The bundle was written by a newer version of Tandem (bundle version %s); update Tandem to import it."),
                                version);
    }

  node = json_object_get_member (object, "kind");
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING ||
      !g_strv_contains (kind_nicks, json_node_get_string (node)))
    return bundle_error_null (error, "kind", "%s", _("The kind of bundle must be “plan”, “progress” or “all”."));
  bundle->kind = g_strdup (json_node_get_string (node));
  tandem_exchange_kind_from_nick (bundle->kind, &bundle->kind_value);

  node = json_object_get_member (object, "person");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return bundle_error_null (error, "person", "%s", _("The bundle must say whose records it holds."));
  person = json_node_get_object (node);
  if (!is_uuid_text (json_object_get_member (person, "uuid")))
    return bundle_error_null (error, "person.uuid", "%s", _("Every record needs its UUID, as text."));
  bundle->person_uuid = json_object_get_string_member (person, "uuid");
  if (json_object_has_member (person, "display-name") &&
      json_node_get_value_type (json_object_get_member (person, "display-name")) == G_TYPE_STRING)
    bundle->person_name = json_object_get_string_member (person, "display-name");

  return object;
}

static gboolean
read_bundle (Bundle      *bundle,
             GBytes      *bytes,
             gint64       target_person_id,
             GError     **error)
{
  JsonObject *object;
  JsonNode *node;

  if (!(object = read_head (bundle, bytes, error)))
    return FALSE;

  if (!choose_person (bundle, target_person_id, error))
    return FALSE;

  node = json_object_get_member (object, "records");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return bundle_error (error, "records", "%s", _("The bundle must have its records."));

  return read_records (bundle, json_node_get_object (node), error) &&
         read_tombstones (bundle, json_object_get_member (object, "tombstones"), error);
}

/* Decides what happens to each record, without writing. */
static TandemImportPlan *
plan_bundle (Bundle *bundle)
{
  TandemImportPlan *plan = import_plan_new ();

  plan->person_id = bundle->person_id;
  plan->kind = g_strdup (bundle->kind);

  for (guint i = 0; i < bundle->items->len; i++)
    {
      Item *item = bundle->items->pdata[i];
      EntityPlan *e = &plan->entities[item->entity];
      gint64 local_updated_at;

      if (lookup_uuid (bundle->store, entities[item->entity].entity, item->uuid, NULL, NULL, &local_updated_at))
        item->action = item->updated_at > local_updated_at ? ACTION_CHANGE : ACTION_UNCHANGED;
      else
        item->action = local_tombstone (bundle->store, item->uuid) >= item->updated_at
                       ? ACTION_UNCHANGED : ACTION_ADD;

      if (item->action == ACTION_ADD)
        g_ptr_array_add (e->added, g_strdup (item->uuid));
      else if (item->action == ACTION_CHANGE)
        g_ptr_array_add (e->changed, g_strdup (item->uuid));
      else
        e->unchanged++;
    }

  for (guint i = 0; i < bundle->tombstones->len; i++)
    {
      Tombstone *t = &g_array_index (bundle->tombstones, Tombstone, i);
      EntityPlan *e = &plan->entities[t->entity];
      gint64 local_updated_at;

      t->action = ACTION_UNCHANGED;
      if (g_hash_table_contains (bundle->by_uuid, t->uuid))
        continue;
      if (!lookup_uuid (bundle->store, entities[t->entity].entity, t->uuid, NULL, NULL, &local_updated_at) ||
          !belongs_to (bundle->store, &entities[t->entity], t->uuid, bundle->person_id))
        continue;

      if (local_updated_at < t->deleted_at)
        {
          t->action = ACTION_REMOVE;
          g_ptr_array_add (e->removed, g_strdup (t->uuid));
        }
      else
        e->unchanged++;
    }

  return plan;
}

static gboolean
forget_tombstone (TandemStore  *store,
                  const char   *uuid,
                  GError      **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _tandem_store_prepare (store, "DELETE FROM tombstone WHERE uuid = ?", error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  return _tandem_store_step_done (store, stmt, error);
}

static gboolean
link_parent_goal (TandemStore  *store,
                  gint64        goal_id,
                  gint64        parent_id,
                  GError      **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _tandem_store_prepare (store, "UPDATE goal SET parent_id = ? WHERE id = ?", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, parent_id);
  sqlite3_bind_int64 (stmt, 2, goal_id);
  return _tandem_store_step_done (store, stmt, error);
}

static gboolean
write_item (Bundle  *bundle,
            Item    *item,
            GError **error)
{
  GError *local_error = NULL;

  if (!set_references (bundle, item, FALSE, &local_error))
    return prefix_error (error, local_error, NULL);

  if (item->action == ACTION_ADD)
    {
      /* Alive again: the older deletion no longer applies. */
      if (local_tombstone (bundle->store, item->uuid) != 0 &&
          !forget_tombstone (bundle->store, item->uuid, error))
        return FALSE;
      _tandem_record_set_identity (item->record, 0, item->uuid, item->created_at, item->updated_at);
      if (!tandem_store_insert (bundle->store, item->record, &local_error))
        return prefix_error (error, local_error, item->path);
    }
  else
    {
      _tandem_record_set_identity (item->record, item->local_id, item->uuid,
                                   item->local_created_at, item->updated_at);
      if (!_tandem_store_update_as_imported (bundle->store, item->record, &local_error))
        return prefix_error (error, local_error, item->path);
    }

  return TRUE;
}

static gboolean
write_bundle (Bundle  *bundle,
              GError **error)
{
  for (guint i = 0; i < bundle->items->len; i++)
    {
      Item *item = bundle->items->pdata[i];

      if (item->action != ACTION_UNCHANGED && !write_item (bundle, item, error))
        return FALSE;
    }

  /* Long-term goals, now that every goal has its row. Linking does not
   * count as a change of its own. */
  for (guint i = 0; i < bundle->items->len; i++)
    {
      Item *item = bundle->items->pdata[i];
      JsonNode *node;
      gint64 parent = 0;
      g_autofree char *path = NULL;

      if (item->action == ACTION_UNCHANGED || !TANDEM_IS_GOAL (item->record))
        continue;

      node = json_object_get_member (item->object, "parent-id");
      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;

      path = g_strdup_printf ("%s.parent-id", item->path);
      if (!resolve_reference (bundle, "goal", node, FALSE, &parent, path, error) ||
          !link_parent_goal (bundle->store, tandem_record_get_id (item->record), parent, error))
        return FALSE;
    }

  for (guint i = 0; i < bundle->tombstones->len; i++)
    {
      Tombstone *t = &g_array_index (bundle->tombstones, Tombstone, i);
      g_autoptr(TandemRecord) record = NULL;
      sqlite3_stmt *stmt;

      if (t->action != ACTION_REMOVE)
        continue;

      /* A cascade may have taken it already. */
      if (!(record = tandem_store_get_by_uuid (bundle->store, entities[t->entity].get_type (), t->uuid, NULL)))
        continue;
      if (!tandem_store_delete (bundle->store, record, error))
        return FALSE;

      /* The trigger wrote the tombstone, naming the person; it keeps the
       * time of the deletion it came from. */
      stmt = _tandem_store_prepare (bundle->store,
                                    "UPDATE tombstone SET deleted_at = ? WHERE uuid = ?",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, t->deleted_at);
      sqlite3_bind_text (stmt, 2, t->uuid, -1, SQLITE_TRANSIENT);
      if (!_tandem_store_step_done (bundle->store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * tandem_exchange_preview:
 * @bundle: the bundle's bytes
 * @target_person_id: whose records the bundle's records become, or 0: the
 *   person with the bundle person's UUID, else the owner when the database
 *   has no one else
 *
 * Reads and checks the whole bundle and says what importing it would add,
 * change and remove, without writing anything. A problem is a
 * %TANDEM_STORE_ERROR_INVALID error that says where in the file it is
 * ("records.check-in[12].rating: …").
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
TandemImportPlan *
tandem_exchange_preview (TandemStore  *store,
                         GBytes       *bundle_bytes,
                         gint64        target_person_id,
                         GError      **error)
{
  Bundle bundle = { .store = store };
  TandemImportPlan *plan = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (bundle_bytes != NULL, NULL);

  if (read_bundle (&bundle, bundle_bytes, target_person_id, error))
    plan = plan_bundle (&bundle);

  bundle_clear (&bundle);
  return plan;
}

/* The one person, not archived, whose name is @name when case is ignored;
 * 0 when there is none or more than one. */
static gint64
person_by_name (TandemStore  *store,
                const char   *name,
                GError      **error)
{
  g_autoptr(GListStore) persons = NULL;
  g_autofree char *wanted = NULL;
  gint64 found = 0;
  guint n;

  if (!(persons = tandem_store_list_persons (store, FALSE, error)))
    return -1;

  wanted = g_utf8_casefold (name, -1);
  n = g_list_model_get_n_items (G_LIST_MODEL (persons));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemPerson) person = g_list_model_get_item (G_LIST_MODEL (persons), i);
      g_autofree char *folded = g_utf8_casefold (tandem_person_get_display_name (person), -1);

      if (!g_str_equal (folded, wanted))
        continue;
      if (found != 0)
        return 0;
      found = tandem_record_get_id (TANDEM_RECORD (person));
    }

  return found;
}

/**
 * tandem_exchange_match_person:
 * @bundle: the bundle's bytes
 * @person_id: (out) (optional): the person here whose records the bundle
 *   holds, or 0 when no one is known to be that person
 * @kind: (out) (optional): the kind of bundle
 * @display_name: (out) (optional) (transfer full) (nullable): the name the
 *   bundle gives its person
 *
 * Reads what a bundle says about itself (format, version, kind, person)
 * and finds its person here: the person with the same UUID, else the one
 * person, not archived, with the same name (case ignored). A therapist's
 * record of a client and the client's own database name the same person
 * with different UUIDs, so the name is what connects them; a name two
 * people share connects nobody. The records are not checked: see
 * tandem_exchange_preview().
 *
 * Returns: %FALSE with a %TANDEM_STORE_ERROR_INVALID error that says what
 *   is wrong when the file is not a bundle this version can read
 */
gboolean
tandem_exchange_match_person (TandemStore         *store,
                              GBytes              *bundle_bytes,
                              gint64              *person_id,
                              TandemExchangeKind  *kind,
                              char               **display_name,
                              GError             **error)
{
  Bundle bundle = { .store = store };
  gint64 found = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (bundle_bytes != NULL, FALSE);

  if (read_head (&bundle, bundle_bytes, error))
    {
      ok = TRUE;
      if (!lookup_uuid (store, "person", bundle.person_uuid, &found, NULL, NULL) &&
          bundle.person_name != NULL &&
          (found = person_by_name (store, bundle.person_name, error)) < 0)
        ok = FALSE;

      if (ok && person_id != NULL)
        *person_id = found;
      if (ok && kind != NULL)
        *kind = bundle.kind_value;
      if (ok && display_name != NULL)
        *display_name = g_strdup (bundle.person_name);
    }

  bundle_clear (&bundle);
  return ok;
}

/**
 * tandem_exchange_import:
 * @plan: (out) (optional) (transfer full): what was added, changed and removed
 *
 * Merges a bundle into the store by UUID, in one transaction: a record new
 * here is added; a known one is replaced when the bundle's is newer; a
 * tombstone deletes a record last changed before the deletion; a record
 * deleted here after the bundle's version was changed stays deleted. The
 * records keep the times they bring, and goals get no revision of their
 * own, so that importing the same bundle again changes nothing. Any problem
 * leaves the store as it was (see tandem_exchange_preview()).
 */
gboolean
tandem_exchange_import (TandemStore       *store,
                        GBytes            *bundle_bytes,
                        gint64             target_person_id,
                        TandemImportPlan **plan,
                        GError           **error)
{
  Bundle bundle = { .store = store };
  g_autoptr(TandemImportPlan) result = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (bundle_bytes != NULL, FALSE);

  if (!tandem_store_begin (store, error))
    return FALSE;

  if (read_bundle (&bundle, bundle_bytes, target_person_id, error))
    {
      result = plan_bundle (&bundle);
      ok = write_bundle (&bundle, error);
    }

  bundle_clear (&bundle);

  if (!ok)
    {
      tandem_store_rollback (store);
      return FALSE;
    }

  if (!tandem_store_commit (store, error))
    return FALSE;

  if (plan != NULL)
    *plan = g_steal_pointer (&result);
  return TRUE;
}
