/* tandem-store.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tandem-enum-types.h"
#include "tandem-goal.h"
#include "tandem-goal-attainment.h"
#include "tandem-goal-draft.h"
#include "tandem-goal-revision.h"
#include "tandem-person.h"
#include "tandem-plans-private.h"
#include "tandem-check-in.h"
#include "tandem-homework.h"
#include "tandem-questionnaire.h"
#include "tandem-record-private.h"
#include "tandem-reminder.h"
#include "tandem-reminder-firing.h"
#include "tandem-response.h"
#include "tandem-rest-day.h"
#include "tandem-schema.h"
#include "tandem-store-private.h"
#include "tandem-strategy.h"
#include "tandem-therapy-session.h"
#include "tandem-uuid.h"

#define BUSY_TIMEOUT_MS 5000
#define SQLITE_HEADER "SQLite format 3"

struct _TandemStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;   /* SQL text → sqlite3_stmt */
  guint       depth;        /* nesting of open transactions */
  gint64      fixed_now;    /* µs; 0 = the real clock */
  int         schema_version;
};

G_DEFINE_FINAL_TYPE (TandemStore, tandem_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (tandem-store-error-quark, tandem_store_error)

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
tandem_store_finalize (GObject *object)
{
  TandemStore *self = TANDEM_STORE (object);

  if (self->depth > 0)
    g_warning ("A store was closed inside a transaction; it is rolled back");

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close (self->db);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (tandem_store_parent_class)->finalize (object);
}

static void
tandem_store_class_init (TandemStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_store_finalize;
}

static void
tandem_store_init (TandemStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
}

/* Errors ----------------------------------------------------------------- */

/* Turns an SQLite result into a sentence for people; SQLite's own message
 * goes to the debug log only, since it never contains values. */
void
_tandem_store_set_error (TandemStore  *self,
                         int           rc,
                         GError      **error)
{
  int code = TANDEM_STORE_ERROR_FAILED;
  const char *message;

  g_debug ("SQLite error %d: %s", rc, self && self->db ? sqlite3_errmsg (self->db) : "");

  switch (rc)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = TANDEM_STORE_ERROR_BUSY;
      message = _("Another program is using the Tandem database. Nothing was changed; try again in a moment.");
      break;

    case SQLITE_CONSTRAINT_FOREIGNKEY:
      code = TANDEM_STORE_ERROR_CONSTRAINT;
      message = _("This refers to something that no longer exists. Nothing was changed.");
      break;

    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      code = TANDEM_STORE_ERROR_CONSTRAINT;
      message = _("The same entry is already saved. Nothing was changed.");
      break;

    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
    case SQLITE_CONSTRAINT:
      code = TANDEM_STORE_ERROR_CONSTRAINT;
      message = _("A value is outside what Tandem can save. Nothing was changed.");
      break;

    case SQLITE_FULL:
      code = TANDEM_STORE_ERROR_IO;
      message = _("The disk is full. Nothing was changed; free some space and try again.");
      break;

    case SQLITE_READONLY:
    case SQLITE_READONLY_DBMOVED:
    case SQLITE_PERM:
      code = TANDEM_STORE_ERROR_READ_ONLY;
      message = _("The Tandem database cannot be written to. Nothing was changed.");
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = TANDEM_STORE_ERROR_NOT_A_DATABASE;
      message = _("The Tandem database is damaged. Nothing was changed.");
      break;

    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      code = TANDEM_STORE_ERROR_IO;
      message = _("Reading or writing the Tandem database failed. Nothing was changed.");
      break;

    default:
      if ((rc & 0xff) == SQLITE_IOERR)
        {
          code = TANDEM_STORE_ERROR_IO;
          message = _("Reading or writing the Tandem database failed. Nothing was changed.");
        }
      else if ((rc & 0xff) == SQLITE_CONSTRAINT)
        {
          code = TANDEM_STORE_ERROR_CONSTRAINT;
          message = _("A value is outside what Tandem can save. Nothing was changed.");
        }
      else
        message = _("The Tandem database reported an unexpected problem. Nothing was changed.");
      break;
    }

  g_set_error_literal (error, TANDEM_STORE_ERROR, code, message);
}

/* Statements ------------------------------------------------------------- */

sqlite3 *
_tandem_store_get_db (TandemStore *self)
{
  return self->db;
}

sqlite3_stmt *
_tandem_store_prepare (TandemStore  *self,
                       const char   *sql,
                       GError      **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_critical ("Cannot prepare a statement: %s", sqlite3_errmsg (self->db));
      _tandem_store_set_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
_tandem_store_step_done (TandemStore   *self,
                         sqlite3_stmt  *stmt,
                         GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }

  rc = sqlite3_extended_errcode (self->db);
  sqlite3_reset (stmt);
  _tandem_store_set_error (self, rc, error);
  return FALSE;
}

static gboolean
exec_cached (TandemStore  *self,
             const char   *sql,
             GError      **error)
{
  sqlite3_stmt *stmt = _tandem_store_prepare (self, sql, error);

  return stmt != NULL && _tandem_store_step_done (self, stmt, error);
}

gint64
_tandem_store_now (TandemStore *self)
{
  return self->fixed_now != 0 ? self->fixed_now : g_get_real_time ();
}

/* Tests and the demo generator pin the clock; 0 returns to the real one. */
void
_tandem_store_set_now (TandemStore *self,
                       gint64       now)
{
  self->fixed_now = now;
}

/* Transactions ----------------------------------------------------------- */

/**
 * tandem_store_begin:
 *
 * Starts a transaction, or a savepoint inside the one already open. Every
 * write of the store runs in one; group several writes with it so that they
 * succeed or fail together.
 */
gboolean
tandem_store_begin (TandemStore  *self,
                    GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  if (!exec_cached (self, self->depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT tandem", error))
    return FALSE;

  self->depth++;
  return TRUE;
}

gboolean
tandem_store_commit (TandemStore  *self,
                     GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (!exec_cached (self, self->depth == 1 ? "COMMIT" : "RELEASE tandem", error))
    {
      tandem_store_rollback (self);
      return FALSE;
    }

  self->depth--;
  return TRUE;
}

void
tandem_store_rollback (TandemStore *self)
{
  g_return_if_fail (TANDEM_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth == 1)
    exec_cached (self, "ROLLBACK", NULL);
  else
    {
      exec_cached (self, "ROLLBACK TO tandem", NULL);
      exec_cached (self, "RELEASE tandem", NULL);
    }

  self->depth--;
}

/* Opening ---------------------------------------------------------------- */

/**
 * tandem_store_dup_default_path:
 *
 * Returns: (transfer full): $TANDEM_DB when set, otherwise
 *   $XDG_DATA_HOME/tandem/tandem.db
 */
char *
tandem_store_dup_default_path (void)
{
  const char *env = g_getenv ("TANDEM_DB");

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "tandem", "tandem.db", NULL);
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static int
count_tables_read_only (const char *path)
{
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int count = -1;

  /* immutable=1: no locks, no journal, no -shm: the file cannot change. */
  uri = g_strdup_printf ("file:%s?immutable=1", path);
  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return count;
}

/* Decides from the file alone, before SQLite may write anything, whether it
 * is one we can open. Sets *is_new when it must be initialised. */
static gboolean
inspect_file (const char  *path,
              gboolean    *is_new,
              GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  guint8 header[100];
  guint32 application_id, user_version;
  struct stat st;
  ssize_t n;
  int fd;

  *is_new = FALSE;

  if (g_stat (path, &st) != 0)
    {
      if (errno == ENOENT)
        {
          *is_new = TRUE;
          return TRUE;
        }

      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_IO,
                   _("Tandem cannot read “%s”: %s. The file was left as it is."),
                   display, g_strerror (errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a file. Choose a Tandem database file."), display);
      return FALSE;
    }

  if (st.st_size == 0)
    {
      *is_new = TRUE;
    }
  else
    {
      fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
      if (fd < 0)
        {
          g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_IO,
                       _("Tandem cannot read “%s”: %s. The file was left as it is."),
                       display, g_strerror (errno));
          return FALSE;
        }
      n = read (fd, header, sizeof header);
      close (fd);

      if (n < (ssize_t) sizeof header || memcmp (header, SQLITE_HEADER, sizeof SQLITE_HEADER) != 0)
        {
          g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_A_DATABASE,
                       _("“%s” is not a Tandem database: it is not a database file at all. "
                         "Tandem did not open it and left it as it is."), display);
          return FALSE;
        }

      /* The SQLite header keeps user_version at offset 60 and
       * application_id at 68, both big-endian. */
      user_version = read_be32 (header + 60);
      application_id = read_be32 (header + 68);

      if (application_id != TANDEM_STORE_APPLICATION_ID)
        {
          if (application_id != 0 || user_version != 0 || count_tables_read_only (path) != 0)
            {
              g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FOREIGN,
                           _("“%s” is a database of another application, not of Tandem. "
                             "Tandem did not open it and left it as it is."), display);
              return FALSE;
            }

          /* An SQLite file with nothing in it: ours to initialise. */
          *is_new = TRUE;
        }
      else if (user_version > TANDEM_SCHEMA_VERSION)
        {
          g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_TOO_NEW,
                       _("“%s” was saved by a newer version of Tandem (database version %u; "
                         "this version reads up to %d). Update Tandem to open it. "
                         "The file was left as it is."),
                       display, user_version, TANDEM_SCHEMA_VERSION);
          return FALSE;
        }
    }

  /* root may write anywhere; a file its owner marked read-only is still
   * treated as read-only. */
  if (access (path, W_OK) != 0 || (st.st_mode & S_IWUSR) == 0)
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only, so Tandem could not save anything in it. "
                     "Tandem did not open it and left it as it is. "
                     "Make the file writable, or choose another file."), display);
      return FALSE;
    }

  if (access (dir, W_OK) != 0)
    {
      g_autofree char *dir_display = g_filename_display_name (dir);

      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_READ_ONLY,
                   _("The folder “%s” is read-only, and Tandem needs to write beside its "
                     "database. Tandem did not open “%s” and left it as it is."),
                   dir_display, display);
      return FALSE;
    }

  return TRUE;
}

static gboolean
prepare_location (const char  *path,
                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NO_FOLDER,
                   _("Tandem could not create the folder “%s” for its data: %s."),
                   display, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, TANDEM_STORE_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS ? TANDEM_STORE_ERROR_READ_ONLY
                                                                 : TANDEM_STORE_ERROR_IO,
                   _("Tandem could not create its database “%s”: %s."),
                   display, g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

static int
query_int (TandemStore *self,
           const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);

  sqlite3_finalize (stmt);
  return value;
}

/* Runs every step from the file's version to ours in one transaction: the
 * upgrade happens whole or not at all. */
static gboolean
migrate (TandemStore  *self,
         GError      **error)
{
  int version = query_int (self, "PRAGMA user_version");
  g_autofree char *display = g_filename_display_name (self->path);
  g_autofree char *set_version = NULL;
  char *errmsg = NULL;

  if (version == TANDEM_SCHEMA_VERSION)
    return TRUE;

  if (sqlite3_exec (self->db, "BEGIN EXCLUSIVE", NULL, NULL, NULL) != SQLITE_OK)
    {
      _tandem_store_set_error (self, sqlite3_extended_errcode (self->db), error);
      return FALSE;
    }

  for (int step = version + 1; step <= TANDEM_SCHEMA_VERSION; step++)
    {
      if (sqlite3_exec (self->db, _tandem_schema_get_step (step), NULL, NULL, &errmsg) != SQLITE_OK)
        {
          g_warning ("Upgrading the database to version %d failed: %s", step, errmsg);
          sqlite3_free (errmsg);
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_MIGRATION,
                       _("Tandem could not upgrade “%s” to its current format (step %d of %d "
                         "failed). The file was left as it was before."),
                       display, step, TANDEM_SCHEMA_VERSION);
          return FALSE;
        }
    }

  set_version = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                                 TANDEM_STORE_APPLICATION_ID, TANDEM_SCHEMA_VERSION);
  if (sqlite3_exec (self->db, set_version, NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      int rc = sqlite3_extended_errcode (self->db);

      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      _tandem_store_set_error (self, rc, error);
      return FALSE;
    }

  g_debug ("Upgraded the database from version %d to %d", version, TANDEM_SCHEMA_VERSION);
  return TRUE;
}

static gboolean
configure_connection (TandemStore  *self,
                      GError      **error)
{
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  /* foreign_keys cannot change inside a transaction, so before migrating;
   * WAL only once the schema is ours, so that a refused upgrade leaves the
   * header as it was. */
  if (sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK ||
      !migrate (self, error))
    {
      if (error != NULL && *error == NULL)
        _tandem_store_set_error (self, sqlite3_extended_errcode (self->db), error);
      return FALSE;
    }

  if (sqlite3_exec (self->db,
                    "PRAGMA journal_mode = WAL;"
                    "PRAGMA synchronous = NORMAL;",
                    NULL, NULL, NULL) != SQLITE_OK)
    {
      _tandem_store_set_error (self, sqlite3_extended_errcode (self->db), error);
      return FALSE;
    }

  self->schema_version = query_int (self, "PRAGMA user_version");
  return TRUE;
}

/**
 * tandem_store_open:
 * @path: (nullable): the database file, or %NULL for the default location
 *
 * Opens the database, creating it (folder 0700, file 0600) when there is
 * none, and upgrading an older one. A file that is not a Tandem database, was
 * written by a newer version, or cannot be written is refused before anything
 * touches it: its bytes stay the same.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
TandemStore *
tandem_store_open (const char  *path,
                   GError     **error)
{
  g_autoptr(TandemStore) self = NULL;
  g_autofree char *default_path = NULL;
  gboolean is_new;
  int rc;

  if (path == NULL)
    path = default_path = tandem_store_dup_default_path ();

  if (!prepare_location (path, error) || !inspect_file (path, &is_new, error))
    return NULL;

  if (is_new && !create_private_file (path, error))
    return NULL;

  /* Health data: only the owner may read it, whatever the umask was. */
  if (g_chmod (path, 0600) != 0)
    g_debug ("Could not restrict the database's permissions: %s", g_strerror (errno));

  self = g_object_new (TANDEM_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc != SQLITE_OK)
    {
      _tandem_store_set_error (self, rc, error);
      return NULL;
    }

  if (!configure_connection (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
tandem_store_get_path (TandemStore *self)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return self->path;
}

int
tandem_store_get_schema_version (TandemStore *self)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), 0);

  return self->schema_version;
}

/**
 * tandem_store_limit_memory:
 * @self: a #TandemStore
 * @cache_kib: the most page cache the connection may keep, in KiB
 *
 * For a process that stays open and reads the database now and then (the
 * reminder service): caps SQLite's page cache for this connection and
 * gives back the cache it holds now. Call it again after a large read to
 * give that back too. Nothing is lost: pages are read again when needed.
 */
void
tandem_store_limit_memory (TandemStore *self,
                           guint        cache_kib)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (TANDEM_IS_STORE (self));

  /* A negative cache_size is in KiB, a positive one in pages. */
  sql = g_strdup_printf ("PRAGMA cache_size = -%u", MAX (cache_kib, 1));
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    g_debug ("Cannot limit the page cache: %s", sqlite3_errmsg (self->db));

  sqlite3_db_release_memory (self->db);
}

/**
 * tandem_store_get_cache_kib:
 * @self: a #TandemStore
 *
 * Returns: the page cache limit of the connection, in KiB
 */
guint
tandem_store_get_cache_kib (TandemStore *self)
{
  int value;

  g_return_val_if_fail (TANDEM_IS_STORE (self), 0);

  value = query_int (self, "PRAGMA cache_size");
  if (value < 0)
    return (guint) -value;

  return (guint) (((gint64) value * query_int (self, "PRAGMA page_size")) / 1024);
}

/* Binding and reading records ---------------------------------------------- */

static const char *
enum_nick (const TandemField *field,
           int                value)
{
  GEnumClass *enum_class = g_type_class_peek (field->enum_type ());
  GEnumValue *enum_value = g_enum_get_value (enum_class, value);

  return enum_value ? enum_value->value_nick : NULL;
}

static int
enum_value_for_nick (const TandemField *field,
                     const char        *nick)
{
  GEnumClass *enum_class = g_type_class_peek (field->enum_type ());
  GEnumValue *enum_value = nick ? g_enum_get_value_by_nick (enum_class, nick) : NULL;

  return enum_value ? enum_value->value : enum_class->values[0].value;
}

static void
bind_field (sqlite3_stmt      *stmt,
            int                index,
            TandemRecord      *record,
            const TandemField *field)
{
  gpointer ptr = _tandem_record_field_ptr (record, field);

  switch (field->type)
    {
    case TANDEM_FIELD_STRING:
    case TANDEM_FIELD_DATE:
      sqlite3_bind_text (stmt, index, *(char **) ptr, -1, SQLITE_STATIC);
      break;

    case TANDEM_FIELD_INT:
      if ((field->flags & TANDEM_FIELD_NULLABLE) && *(int *) ptr == TANDEM_INT_UNSET)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int (stmt, index, *(int *) ptr);
      break;

    case TANDEM_FIELD_TIMESTAMP:
    case TANDEM_FIELD_REF:
      if ((field->flags & TANDEM_FIELD_NULLABLE) && *(gint64 *) ptr == 0)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int64 (stmt, index, *(gint64 *) ptr);
      break;

    case TANDEM_FIELD_DOUBLE:
      if (isnan (*(double *) ptr))
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_double (stmt, index, *(double *) ptr);
      break;

    case TANDEM_FIELD_BOOLEAN:
      sqlite3_bind_int (stmt, index, *(gboolean *) ptr ? 1 : 0);
      break;

    case TANDEM_FIELD_ENUM:
      sqlite3_bind_text (stmt, index, enum_nick (field, *(int *) ptr), -1, SQLITE_STATIC);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
read_field (sqlite3_stmt      *stmt,
            int                column,
            TandemRecord      *record,
            const TandemField *field)
{
  gpointer ptr = _tandem_record_field_ptr (record, field);
  gboolean is_null = sqlite3_column_type (stmt, column) == SQLITE_NULL;

  switch (field->type)
    {
    case TANDEM_FIELD_STRING:
    case TANDEM_FIELD_DATE:
      g_free (*(char **) ptr);
      *(char **) ptr = g_strdup ((const char *) sqlite3_column_text (stmt, column));
      break;

    case TANDEM_FIELD_INT:
      *(int *) ptr = is_null ? TANDEM_INT_UNSET : sqlite3_column_int (stmt, column);
      break;

    case TANDEM_FIELD_TIMESTAMP:
    case TANDEM_FIELD_REF:
      *(gint64 *) ptr = is_null ? 0 : sqlite3_column_int64 (stmt, column);
      break;

    case TANDEM_FIELD_DOUBLE:
      *(double *) ptr = is_null ? NAN : sqlite3_column_double (stmt, column);
      break;

    case TANDEM_FIELD_BOOLEAN:
      *(gboolean *) ptr = sqlite3_column_int (stmt, column) != 0;
      break;

    case TANDEM_FIELD_ENUM:
      *(int *) ptr = enum_value_for_nick (field, (const char *) sqlite3_column_text (stmt, column));
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Reads the row the statement stands on (columns as in the schema's
 * select_sql) into a new record, without its child rows. */
static TandemRecord *
record_from_row (GType                     type,
                 const TandemRecordSchema *schema,
                 sqlite3_stmt             *stmt)
{
  TandemRecord *record = g_object_new (type, NULL);

  _tandem_record_set_identity (record,
                               sqlite3_column_int64 (stmt, 0),
                               (const char *) sqlite3_column_text (stmt, 1),
                               sqlite3_column_int64 (stmt, 2),
                               sqlite3_column_int64 (stmt, 3));

  for (guint i = 0; i < schema->n_fields; i++)
    read_field (stmt, 4 + i, record, &schema->fields[i]);

  return record;
}

/* Collects every row of a prepared query into a list. Child rows are read
 * after the main query has finished, because they use other statements. */
static GListStore *
collect_records (TandemStore   *self,
                 GType          type,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  g_autoptr(GListStore) list = g_list_store_new (type);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  const TandemRecordSchema *schema = _tandem_record_class_get_schema (klass);
  TandemRecordClass *record_class = TANDEM_RECORD_CLASS (klass);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, record_from_row (type, schema, stmt));

  if (rc != SQLITE_DONE)
    {
      rc = sqlite3_extended_errcode (self->db);
      sqlite3_reset (stmt);
      _tandem_store_set_error (self, rc, error);
      return NULL;
    }
  sqlite3_reset (stmt);

  if (record_class->load_children != NULL)
    for (guint i = 0; i < records->len; i++)
      if (!record_class->load_children (records->pdata[i], self, error))
        return NULL;

  g_list_store_splice (list, 0, 0, records->pdata, records->len);
  return g_steal_pointer (&list);
}

/* Create, read, update, delete ------------------------------------------- */

/**
 * tandem_store_insert:
 * @record: a record that is not stored yet
 *
 * Validates and stores @record with the rows that belong to it, in one
 * transaction. A record that brings its own UUID and times (an import, the
 * demo) keeps them; otherwise they are set here.
 *
 * Returns: %TRUE on success; on failure nothing was written
 */
gboolean
tandem_store_insert (TandemStore   *self,
                     TandemRecord  *record,
                     GError       **error)
{
  const TandemRecordSchema *schema;
  TandemRecordClass *klass;
  g_autofree char *uuid = NULL;
  sqlite3_stmt *stmt;
  gboolean had_uuid;
  gint64 given_created_at, given_updated_at;
  gint64 created_at, updated_at;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_RECORD (record), FALSE);
  g_return_val_if_fail (!tandem_record_is_stored (record), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!tandem_record_validate (record, error))
    return FALSE;

  schema = _tandem_record_get_schema (record);
  klass = TANDEM_RECORD_GET_CLASS (record);

  uuid = g_strdup (tandem_record_get_uuid (record));
  had_uuid = uuid != NULL;
  if (!had_uuid)
    uuid = tandem_uuid_new (_tandem_store_now (self), NULL);
  given_created_at = tandem_record_get_created_at (record);
  given_updated_at = tandem_record_get_updated_at (record);
  created_at = given_created_at != 0 ? given_created_at : _tandem_store_now (self);
  updated_at = given_updated_at != 0 ? given_updated_at : created_at;

  if (!tandem_store_begin (self, error))
    return FALSE;

  if (!(stmt = _tandem_store_prepare (self, schema->insert_sql, error)))
    goto failed;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, created_at);
  sqlite3_bind_int64 (stmt, 3, updated_at);
  for (guint i = 0; i < schema->n_fields; i++)
    bind_field (stmt, 4 + i, record, &schema->fields[i]);

  if (!_tandem_store_step_done (self, stmt, error))
    goto failed;

  _tandem_record_set_identity (record, sqlite3_last_insert_rowid (self->db),
                               uuid, created_at, updated_at);

  if (klass->save_children != NULL && !klass->save_children (record, self, TRUE, error))
    goto failed;

  if (!tandem_store_commit (self, error))
    goto forget;

  return TRUE;

failed:
  tandem_store_rollback (self);
forget:
  /* The record must not look stored when its row was rolled back. */
  _tandem_record_set_identity (record, 0, had_uuid ? uuid : NULL,
                               given_created_at, given_updated_at);
  return FALSE;
}

static gboolean
update_row_at (TandemStore   *self,
               TandemRecord  *record,
               gint64         now,
               GError       **error)
{
  const TandemRecordSchema *schema = _tandem_record_get_schema (record);
  TandemRecordClass *klass = TANDEM_RECORD_GET_CLASS (record);
  sqlite3_stmt *stmt;

  if (!(stmt = _tandem_store_prepare (self, schema->update_sql, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, now);
  for (guint i = 0; i < schema->n_fields; i++)
    bind_field (stmt, 2 + i, record, &schema->fields[i]);
  sqlite3_bind_int64 (stmt, 2 + schema->n_fields, tandem_record_get_id (record));

  if (!_tandem_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                           _("This entry no longer exists; it may have been deleted meanwhile."));
      return FALSE;
    }

  if (klass->save_children != NULL && !klass->save_children (record, self, FALSE, error))
    return FALSE;

  _tandem_record_set_updated_at (record, now);
  return TRUE;
}

static gboolean
update_row (TandemStore   *self,
            TandemRecord  *record,
            GError       **error)
{
  return update_row_at (self, record, _tandem_store_now (self), error);
}

/* An import writes a record as another machine changed it: its updated_at
 * stays the one it brings, and a goal gets no revision of its own (the
 * revisions travel in the bundle). */
gboolean
_tandem_store_update_as_imported (TandemStore   *self,
                                  TandemRecord  *record,
                                  GError       **error)
{
  g_return_val_if_fail (tandem_record_is_stored (record), FALSE);

  if (!tandem_record_validate (record, error))
    return FALSE;

  if (!tandem_store_begin (self, error))
    return FALSE;

  if (!update_row_at (self, record, tandem_record_get_updated_at (record), error))
    {
      tandem_store_rollback (self);
      return FALSE;
    }

  return tandem_store_commit (self, error);
}

/* Every record of @type matching @tail ("WHERE person_id = ?1 …"), with
 * @id bound to ?1. */
GListStore *
_tandem_store_list_where_id (TandemStore  *self,
                             GType         type,
                             const char   *tail,
                             gint64        id,
                             GError      **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  const TandemRecordSchema *schema = _tandem_record_class_get_schema (klass);
  g_autofree char *sql = g_strdup_printf ("%s %s", schema->select_sql, tail);
  sqlite3_stmt *stmt;

  if (!(stmt = _tandem_store_prepare (self, sql, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  return collect_records (self, type, stmt, error);
}

/**
 * tandem_store_update:
 *
 * Writes the changed fields of a stored record and marks it updated now.
 * A goal keeps a revision of its previous state (see
 * tandem_store_revise_goal() to give a reason).
 */
gboolean
tandem_store_update (TandemStore   *self,
                     TandemRecord  *record,
                     GError       **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_RECORD (record), FALSE);
  g_return_val_if_fail (tandem_record_is_stored (record), FALSE);

  if (TANDEM_IS_GOAL (record))
    return tandem_store_revise_goal (self, TANDEM_GOAL (record), NULL,
                                     tandem_goal_get_author (TANDEM_GOAL (record)), error);

  if (!tandem_record_validate (record, error))
    return FALSE;

  if (!tandem_store_begin (self, error))
    return FALSE;

  if (!update_row (self, record, error))
    {
      tandem_store_rollback (self);
      return FALSE;
    }

  return tandem_store_commit (self, error);
}

/**
 * tandem_store_revise_goal:
 * @reason: (nullable): why the goal changed, in the person's words
 * @revised_by: who changed it, the client or the therapist
 *
 * Stores the edited @goal and, in the same transaction, a revision holding
 * the goal as it was before.
 */
gboolean
tandem_store_revise_goal (TandemStore   *self,
                          TandemGoal    *goal,
                          const char    *reason,
                          TandemAuthor   revised_by,
                          GError       **error)
{
  g_autoptr(TandemGoal) before = NULL;
  g_autoptr(TandemGoalRevision) revision = NULL;
  g_autoptr(JsonObject) snapshot = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *json = NULL;
  gint64 id;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_GOAL (goal), FALSE);

  id = tandem_record_get_id (TANDEM_RECORD (goal));
  g_return_val_if_fail (id > 0, FALSE);

  if (!tandem_record_validate (TANDEM_RECORD (goal), error))
    return FALSE;

  if (!tandem_store_begin (self, error))
    return FALSE;

  if (!(before = tandem_store_get (self, TANDEM_TYPE_GOAL, id, error)))
    goto failed;

  snapshot = tandem_record_to_json (TANDEM_RECORD (before));
  node = json_node_init_object (json_node_alloc (), snapshot);
  json = json_to_string (node, FALSE);

  revision = tandem_goal_revision_new (id, reason, json);
  tandem_goal_revision_set_revised_at (revision, _tandem_store_now (self));
  tandem_goal_revision_set_revised_by (revision, revised_by);

  if (!tandem_store_insert (self, TANDEM_RECORD (revision), error) ||
      !update_row (self, TANDEM_RECORD (goal), error))
    goto failed;

  return tandem_store_commit (self, error);

failed:
  tandem_store_rollback (self);
  return FALSE;
}

/**
 * tandem_store_reorder_goals:
 * @person_id: whose goals
 * @goal_ids: (array length=n_ids): goals of that person, most important first
 * @n_ids: how many
 *
 * Gives the goals the priorities 0, 1, 2 … in the order of @goal_ids, in
 * one transaction. A new order is not a change of the goal itself, so no
 * revision is kept. If any id is not a goal of @person_id, nothing changes.
 */
gboolean
tandem_store_reorder_goals (TandemStore   *self,
                            gint64         person_id,
                            const gint64  *goal_ids,
                            guint          n_ids,
                            GError       **error)
{
  gint64 now;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (goal_ids != NULL || n_ids == 0, FALSE);

  if (!tandem_store_begin (self, error))
    return FALSE;

  now = _tandem_store_now (self);

  for (guint i = 0; i < n_ids; i++)
    {
      sqlite3_stmt *stmt;

      if (!(stmt = _tandem_store_prepare (self,
                                          "UPDATE goal SET priority = ?, updated_at = ? "
                                          "WHERE id = ? AND person_id = ? AND priority IS NOT ?",
                                          error)))
        goto failed;

      sqlite3_bind_int (stmt, 1, (int) i);
      sqlite3_bind_int64 (stmt, 2, now);
      sqlite3_bind_int64 (stmt, 3, goal_ids[i]);
      sqlite3_bind_int64 (stmt, 4, person_id);
      sqlite3_bind_int (stmt, 5, (int) i);

      if (!_tandem_store_step_done (self, stmt, error))
        goto failed;

      if (sqlite3_changes (self->db) == 0)
        {
          g_autoptr(TandemGoal) goal = tandem_store_get (self, TANDEM_TYPE_GOAL, goal_ids[i], NULL);

          /* Unchanged because it already had that priority is fine. */
          if (goal == NULL || tandem_goal_get_person_id (goal) != person_id)
            {
              g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                                   _("One of these goals no longer exists; it may have been deleted meanwhile."));
              goto failed;
            }
        }
    }

  return tandem_store_commit (self, error);

failed:
  tandem_store_rollback (self);
  return FALSE;
}

/**
 * tandem_store_reorder_goal_group:
 * @person_id: whose goals
 * @status: the status group, e.g. the active goals
 * @goal_ids: (array length=n_ids): every goal of @person_id with @status,
 *   in their new order, most important first
 * @n_ids: how many
 *
 * Puts one status group of a person's goals in a new order, in one
 * transaction. The goals of the other groups keep their places: the
 * person's goals are renumbered 0, 1, 2 … with the members of the group
 * taking, in the new order, the places the group held before.
 *
 * If @goal_ids is not exactly the goals of that group (a goal was added,
 * deleted or changed its status meanwhile), nothing changes.
 */
gboolean
tandem_store_reorder_goal_group (TandemStore       *self,
                                 gint64             person_id,
                                 TandemGoalStatus   status,
                                 const gint64      *goal_ids,
                                 guint              n_ids,
                                 GError           **error)
{
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GArray) order = NULL;
  guint n, next = 0, n_members = 0;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (goal_ids != NULL || n_ids == 0, FALSE);

  if (!tandem_store_begin (self, error))
    return FALSE;

  if (!(goals = tandem_store_list_goals (self, person_id, error)))
    goto failed;

  n = g_list_model_get_n_items (G_LIST_MODEL (goals));
  order = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);
      gint64 id = tandem_record_get_id (TANDEM_RECORD (goal));
      gboolean listed = FALSE;

      for (guint j = 0; j < n_ids && !listed; j++)
        listed = goal_ids[j] == id;

      if (tandem_goal_get_status (goal) != status)
        {
          if (listed)
            goto changed;
          g_array_append_val (order, id);
          continue;
        }

      if (!listed)
        goto changed;

      n_members++;
      g_array_append_val (order, goal_ids[next]);
      next++;
    }

  /* Every listed goal once, and nothing else. */
  if (n_members != n_ids)
    goto changed;

  if (!tandem_store_reorder_goals (self, person_id, (const gint64 *) (gpointer) order->data,
                                   order->len, error))
    goto failed;

  return tandem_store_commit (self, error);

changed:
  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CONSTRAINT,
                       _("These goals changed meanwhile, so their order was left as it was. "
                         "Please try again."));
failed:
  tandem_store_rollback (self);
  return FALSE;
}

/**
 * tandem_store_delete:
 *
 * Deletes a stored record and what belongs to it. Each deleted record that
 * travels leaves a tombstone, so that an import elsewhere deletes it too.
 */
gboolean
tandem_store_delete (TandemStore   *self,
                     TandemRecord  *record,
                     GError       **error)
{
  const TandemRecordSchema *schema;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_RECORD (record), FALSE);
  g_return_val_if_fail (tandem_record_is_stored (record), FALSE);

  schema = _tandem_record_get_schema (record);

  if (!tandem_store_begin (self, error))
    return FALSE;

  if (!(stmt = _tandem_store_prepare (self, schema->delete_sql, error)))
    goto failed;

  sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (record));
  if (!_tandem_store_step_done (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                           _("This entry no longer exists; it may have been deleted meanwhile."));
      goto failed;
    }

  if (!tandem_store_commit (self, error))
    return FALSE;

  _tandem_record_set_identity (record, 0, tandem_record_get_uuid (record), 0, 0);
  return TRUE;

failed:
  tandem_store_rollback (self);
  return FALSE;
}

static gpointer
get_where (TandemStore  *self,
           GType         type,
           const char   *column,
           gint64        id,
           const char   *uuid,
           GError      **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  const TandemRecordSchema *schema = _tandem_record_class_get_schema (klass);
  g_autofree char *sql = g_strdup_printf ("%s WHERE %s = ?", schema->select_sql, column);
  g_autoptr(GListStore) list = NULL;
  sqlite3_stmt *stmt;

  if (!(stmt = _tandem_store_prepare (self, sql, error)))
    return NULL;

  if (uuid != NULL)
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int64 (stmt, 1, id);

  if (!(list = collect_records (self, type, stmt, error)))
    return NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (list)) == 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                           _("This entry no longer exists; it may have been deleted meanwhile."));
      return NULL;
    }

  return g_list_model_get_item (G_LIST_MODEL (list), 0);
}

/**
 * tandem_store_get:
 * @type: a #TandemRecord subtype
 *
 * Returns: (transfer full) (type TandemRecord): the record with row @id, or
 *   %NULL with a %TANDEM_STORE_ERROR_NOT_FOUND error
 */
gpointer
tandem_store_get (TandemStore  *self,
                  GType         type,
                  gint64        id,
                  GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, TANDEM_TYPE_RECORD), NULL);

  return get_where (self, type, "id", id, NULL, error);
}

/**
 * tandem_store_get_by_uuid:
 *
 * Returns: (transfer full) (type TandemRecord): the record with @uuid
 */
gpointer
tandem_store_get_by_uuid (TandemStore  *self,
                          GType         type,
                          const char   *uuid,
                          GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, TANDEM_TYPE_RECORD), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  return get_where (self, type, "uuid", 0, uuid, error);
}

static gint64
count_rows (TandemStore  *self,
            const char   *table,
            GError      **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3_stmt *stmt;
  gint64 count;

  if (!(stmt = _tandem_store_prepare (self, sql, error)))
    return -1;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _tandem_store_set_error (self, sqlite3_extended_errcode (self->db), error);
      sqlite3_reset (stmt);
      return -1;
    }

  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}

/**
 * tandem_store_count:
 *
 * Returns: how many records of @type are stored, or -1 with @error set
 */
gint64
tandem_store_count (TandemStore  *self,
                    GType         type,
                    GError      **error)
{
  g_autoptr(GTypeClass) klass = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (self), -1);
  g_return_val_if_fail (g_type_is_a (type, TANDEM_TYPE_RECORD), -1);

  klass = g_type_class_ref (type);
  return count_rows (self, _tandem_record_class_get_schema (klass)->table, error);
}

gint64
tandem_store_count_tombstones (TandemStore  *self,
                               GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), -1);

  return count_rows (self, "tombstone", error);
}

/* Every response is a client's: going through the clients lets each look-up
 * use response_person_instrument_day, where "WHERE instrument = ?" alone
 * would read the whole table. */
#define COUNT_RESPONSES_SQL \
  "SELECT count(*) FROM person CROSS JOIN response " \
  "ON response.person_id = person.id AND response.instrument = ?"

const char *
_tandem_store_count_responses_get_sql (void)
{
  return COUNT_RESPONSES_SQL;
}

/**
 * tandem_store_count_responses:
 * @instrument: a questionnaire's code
 *
 * Returns: how many times anyone took the questionnaire, or -1 with @error set
 */
gint64
tandem_store_count_responses (TandemStore  *self,
                              const char   *instrument,
                              GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 count;

  g_return_val_if_fail (TANDEM_IS_STORE (self), -1);
  g_return_val_if_fail (instrument != NULL, -1);

  if (!(stmt = _tandem_store_prepare (self, COUNT_RESPONSES_SQL, error)))
    return -1;

  sqlite3_bind_text (stmt, 1, instrument, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _tandem_store_set_error (self, sqlite3_extended_errcode (self->db), error);
      sqlite3_reset (stmt);
      return -1;
    }

  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}

/**
 * tandem_store_count_questionnaire_uses:
 * @code: a custom questionnaire's code
 * @uuid: its uuid
 * @n_goals: (out): how many goals are measured by it
 * @n_reminders: (out): how many reminders are for it (by uuid or code)
 *
 * What would point nowhere if the questionnaire were deleted. Both tables
 * are read whole: this runs only when a questionnaire is deleted.
 *
 * Returns: %TRUE on success
 */
gboolean
tandem_store_count_questionnaire_uses (TandemStore  *self,
                                       const char   *code,
                                       const char   *uuid,
                                       gint64       *n_goals,
                                       gint64       *n_reminders,
                                       GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (code != NULL && uuid != NULL, FALSE);
  g_return_val_if_fail (n_goals != NULL && n_reminders != NULL, FALSE);

  stmt = _tandem_store_prepare (self,
                                "SELECT (SELECT count(*) FROM goal "
                                "        WHERE measure_kind = 'questionnaire' AND instrument = ?1), "
                                "       (SELECT count(*) FROM reminder "
                                "        WHERE kind = 'questionnaire' AND target_uuid IN (?1, ?2))",
                                error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _tandem_store_set_error (self, sqlite3_extended_errcode (self->db), error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  *n_goals = sqlite3_column_int64 (stmt, 0);
  *n_reminders = sqlite3_column_int64 (stmt, 1);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Lists ------------------------------------------------------------------ */

typedef enum
{
  ARG_INT64,
  ARG_TEXT,
} ArgType;

typedef struct
{
  ArgType     type;
  gint64      i;
  const char *s;
} Arg;

#define INT_ARG(v)  ((Arg) { ARG_INT64, (v), NULL })
#define TEXT_ARG(v) ((Arg) { ARG_TEXT, 0, (v) })

/* Runs the entity's SELECT with @tail ("WHERE … ORDER BY …") and @args bound
 * in order. */
static GListStore *
list_where (TandemStore  *self,
            GType         type,
            const char   *tail,
            const Arg    *args,
            guint         n_args,
            GError      **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  const TandemRecordSchema *schema = _tandem_record_class_get_schema (klass);
  g_autofree char *sql = g_strdup_printf ("%s %s", schema->select_sql, tail);
  sqlite3_stmt *stmt;

  if (!(stmt = _tandem_store_prepare (self, sql, error)))
    return NULL;

  for (guint i = 0; i < n_args; i++)
    {
      if (args[i].type == ARG_INT64)
        sqlite3_bind_int64 (stmt, i + 1, args[i].i);
      else
        sqlite3_bind_text (stmt, i + 1, args[i].s, -1, SQLITE_STATIC);
    }

  return collect_records (self, type, stmt, error);
}

/* Open bounds of a date range: every stored date sorts between these. */
#define FIRST_DAY "0000-00-00"
#define LAST_DAY  "9999-99-99"

/**
 * tandem_store_dup_owner:
 *
 * Returns: (transfer full) (nullable): the person who owns the database, or
 *   %NULL (without an error) when none was created yet
 */
TandemPerson *
tandem_store_dup_owner (TandemStore  *self,
                        GError      **error)
{
  g_autoptr(GListStore) list = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  list = list_where (self, TANDEM_TYPE_PERSON, "WHERE role = 'owner' ORDER BY id LIMIT 1",
                     NULL, 0, error);
  if (list == NULL || g_list_model_get_n_items (G_LIST_MODEL (list)) == 0)
    return NULL;

  return g_list_model_get_item (G_LIST_MODEL (list), 0);
}

/**
 * tandem_store_list_persons:
 *
 * Returns: (transfer full): the owner first, then clients by name
 */
GListStore *
tandem_store_list_persons (TandemStore  *self,
                           gboolean      include_archived,
                           GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_where (self, TANDEM_TYPE_PERSON,
                     include_archived
                       ? "ORDER BY role <> 'owner', display_name COLLATE NOCASE, id"
                       : "WHERE archived = 0 ORDER BY role <> 'owner', display_name COLLATE NOCASE, id",
                     NULL, 0, error);
}

/**
 * tandem_store_list_goals:
 *
 * Returns: (transfer full): the person's goals in priority order
 */
GListStore *
tandem_store_list_goals (TandemStore  *self,
                         gint64        person_id,
                         GError      **error)
{
  Arg args[] = { INT_ARG (person_id) };

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_where (self, TANDEM_TYPE_GOAL, "WHERE person_id = ? ORDER BY priority, id",
                     args, G_N_ELEMENTS (args), error);
}

/**
 * tandem_store_list_goal_revisions:
 *
 * Returns: (transfer full): the goal's earlier versions, oldest first
 */
GListStore *
tandem_store_list_goal_revisions (TandemStore  *self,
                                  gint64        goal_id,
                                  GError      **error)
{
  Arg args[] = { INT_ARG (goal_id) };

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_where (self, TANDEM_TYPE_GOAL_REVISION,
                     "WHERE goal_id = ? ORDER BY revised_at, id",
                     args, G_N_ELEMENTS (args), error);
}

/**
 * tandem_store_list_goal_attainments:
 *
 * Returns: (transfer full): the attainment levels recorded for the goal at
 *   its reviews, oldest first
 */
GListStore *
tandem_store_list_goal_attainments (TandemStore  *self,
                                    gint64        goal_id,
                                    GError      **error)
{
  Arg args[] = { INT_ARG (goal_id) };

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_where (self, TANDEM_TYPE_GOAL_ATTAINMENT,
                     "WHERE goal_id = ? ORDER BY day, id",
                     args, G_N_ELEMENTS (args), error);
}

/**
 * tandem_store_list_goal_drafts:
 *
 * Returns: (transfer full): the person's unfinished goals from the wizard,
 *   the most recently changed first
 */
GListStore *
tandem_store_list_goal_drafts (TandemStore  *self,
                               gint64        person_id,
                               GError      **error)
{
  Arg args[] = { INT_ARG (person_id) };

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_where (self, TANDEM_TYPE_GOAL_DRAFT,
                     "WHERE person_id = ? ORDER BY updated_at DESC, id DESC",
                     args, G_N_ELEMENTS (args), error);
}

GListStore *
tandem_store_list_strategies (TandemStore  *self,
                              gint64        person_id,
                              GError      **error)
{
  Arg args[] = { INT_ARG (person_id) };

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_where (self, TANDEM_TYPE_STRATEGY,
                     "WHERE person_id = ? ORDER BY name COLLATE NOCASE, id",
                     args, G_N_ELEMENTS (args), error);
}

/**
 * tandem_store_list_check_ins:
 * @from_day: (nullable): the first day, inclusive
 * @to_day: (nullable): the last day, inclusive
 *
 * Returns: (transfer full): the person's check-ins in the range by date,
 *   through the (person_id, day) index
 */
GListStore *
tandem_store_list_check_ins (TandemStore  *self,
                             gint64        person_id,
                             const char   *from_day,
                             const char   *to_day,
                             GError      **error)
{
  Arg args[] = { INT_ARG (person_id), TEXT_ARG (from_day ? from_day : FIRST_DAY),
                 TEXT_ARG (to_day ? to_day : LAST_DAY) };

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_where (self, TANDEM_TYPE_CHECK_IN,
                     "WHERE person_id = ? AND day BETWEEN ? AND ? ORDER BY day, id",
                     args, G_N_ELEMENTS (args), error);
}

/**
 * tandem_store_list_goal_check_ins:
 *
 * Returns: (transfer full): one goal's check-ins in the range by date,
 *   through the (goal_id, day) index
 */
GListStore *
tandem_store_list_goal_check_ins (TandemStore  *self,
                                  gint64        goal_id,
                                  const char   *from_day,
                                  const char   *to_day,
                                  GError      **error)
{
  Arg args[] = { INT_ARG (goal_id), TEXT_ARG (from_day ? from_day : FIRST_DAY),
                 TEXT_ARG (to_day ? to_day : LAST_DAY) };

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_where (self, TANDEM_TYPE_CHECK_IN,
                     "WHERE goal_id = ? AND day BETWEEN ? AND ? ORDER BY day, id",
                     args, G_N_ELEMENTS (args), error);
}

/**
 * tandem_store_list_goal_values:
 * @goal_id: the goal
 * @from_day: (nullable): the first day
 * @to_day: (nullable): the last day
 *
 * The values a goal's check-ins recorded in the range (a count or yes/no
 * as the value, a 0–10 rating as the rating), by day, read from
 * the (goal_id, day) index without building a record for each: what a
 * chart of the goal's measure needs, for years of daily check-ins.
 *
 * Returns: (transfer full) (element-type TandemGoalValue): the values, or
 *   %NULL with @error set
 */
GArray *
tandem_store_list_goal_values (TandemStore  *self,
                               gint64        goal_id,
                               const char   *from_day,
                               const char   *to_day,
                               GError      **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (TandemGoalValue));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (!(stmt = _tandem_store_prepare (self,
                                      "SELECT day, COALESCE (value, rating) FROM check_in"
                                      " WHERE goal_id = ?1 AND day BETWEEN ?2 AND ?3"
                                      "   AND COALESCE (value, rating) IS NOT NULL"
                                      " ORDER BY day, id",
                                      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, goal_id);
  sqlite3_bind_text (stmt, 2, from_day ? from_day : FIRST_DAY, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, to_day ? to_day : LAST_DAY, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemGoalValue value = { { 0 }, 0 };
      const char *day = (const char *) sqlite3_column_text (stmt, 0);

      g_strlcpy (value.day, day ? day : "", sizeof value.day);
      value.value = sqlite3_column_double (stmt, 1);
      g_array_append_val (values, value);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_DONE)
    {
      _tandem_store_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&values);
}

/**
 * tandem_store_list_mood_values:
 * @person_id: whose mood
 * @from_day: (nullable): the first day
 * @to_day: (nullable): the last day
 *
 * The overall mood (0–10) of a person's check-ins for the day as a whole in
 * the range, by day, read through the (person_id, day) index without
 * building records.
 *
 * Returns: (transfer full) (element-type TandemGoalValue): the values, or
 *   %NULL with @error set
 */
GArray *
tandem_store_list_mood_values (TandemStore  *self,
                               gint64        person_id,
                               const char   *from_day,
                               const char   *to_day,
                               GError      **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (TandemGoalValue));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (!(stmt = _tandem_store_prepare (self,
                                      "SELECT day, rating FROM check_in"
                                      " WHERE person_id = ?1 AND day BETWEEN ?2 AND ?3"
                                      "   AND goal_id IS NULL AND rating IS NOT NULL"
                                      " ORDER BY day, id",
                                      error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, from_day ? from_day : FIRST_DAY, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, to_day ? to_day : LAST_DAY, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemGoalValue value = { { 0 }, 0 };
      const char *day = (const char *) sqlite3_column_text (stmt, 0);

      g_strlcpy (value.day, day ? day : "", sizeof value.day);
      value.value = sqlite3_column_double (stmt, 1);
      g_array_append_val (values, value);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_DONE)
    {
      _tandem_store_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&values);
}

/**
 * tandem_store_get_latest_goal_value:
 * @goal_id: the goal
 * @from_day: (nullable): the first day to look at
 * @to_day: (nullable): the last day to look at
 * @value: (out): the value, or NAN when there is none
 *
 * Reads the value of the goal's newest check-in with a value in the range,
 * through the (goal_id, day) index, without reading the others.
 *
 * Returns: %FALSE with @error set if the database could not be read
 */
gboolean
tandem_store_get_latest_goal_value (TandemStore  *self,
                                    gint64        goal_id,
                                    const char   *from_day,
                                    const char   *to_day,
                                    double       *value,
                                    GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  *value = NAN;
  if (!(stmt = _tandem_store_prepare (self,
                                      "SELECT COALESCE (value, rating) FROM check_in"
                                      " WHERE goal_id = ?1 AND day BETWEEN ?2 AND ?3"
                                      "   AND COALESCE (value, rating) IS NOT NULL"
                                      " ORDER BY day DESC, id DESC LIMIT 1",
                                      error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, goal_id);
  sqlite3_bind_text (stmt, 2, from_day ? from_day : FIRST_DAY, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, to_day ? to_day : LAST_DAY, -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_double (stmt, 0);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _tandem_store_set_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

GListStore *
tandem_store_list_homework (TandemStore  *self,
                            gint64        person_id,
                            GError      **error)
{
  Arg args[] = { INT_ARG (person_id) };

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_where (self, TANDEM_TYPE_HOMEWORK,
                     "WHERE person_id = ? ORDER BY due_on IS NULL, due_on, id",
                     args, G_N_ELEMENTS (args), error);
}

GListStore *
tandem_store_list_questionnaires (TandemStore  *self,
                                  GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_where (self, TANDEM_TYPE_QUESTIONNAIRE, "ORDER BY title COLLATE NOCASE, id",
                     NULL, 0, error);
}

/**
 * tandem_store_list_responses:
 * @instrument: (nullable): one questionnaire, or %NULL for all
 *
 * Returns: (transfer full): the person's questionnaire responses by date
 */
GListStore *
tandem_store_list_responses (TandemStore  *self,
                             gint64        person_id,
                             const char   *instrument,
                             const char   *from_day,
                             const char   *to_day,
                             GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (instrument != NULL)
    {
      Arg args[] = { INT_ARG (person_id), TEXT_ARG (instrument),
                     TEXT_ARG (from_day ? from_day : FIRST_DAY),
                     TEXT_ARG (to_day ? to_day : LAST_DAY) };

      return list_where (self, TANDEM_TYPE_RESPONSE,
                         "WHERE person_id = ? AND instrument = ? AND day BETWEEN ? AND ? "
                         "ORDER BY day, taken_at, id",
                         args, G_N_ELEMENTS (args), error);
    }
  else
    {
      Arg args[] = { INT_ARG (person_id), TEXT_ARG (from_day ? from_day : FIRST_DAY),
                     TEXT_ARG (to_day ? to_day : LAST_DAY) };

      return list_where (self, TANDEM_TYPE_RESPONSE,
                         "WHERE person_id = ? AND day BETWEEN ? AND ? ORDER BY day, taken_at, id",
                         args, G_N_ELEMENTS (args), error);
    }
}

/**
 * tandem_store_list_reminders:
 * @person_id: a person, or 0 for everyone's
 *
 * Returns: (transfer full): the reminders, the next due first
 */
GListStore *
tandem_store_list_reminders (TandemStore  *self,
                             gint64        person_id,
                             GError      **error)
{
  Arg args[] = { INT_ARG (person_id) };

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (person_id == 0)
    return list_where (self, TANDEM_TYPE_REMINDER, "ORDER BY next_due IS NULL, next_due, id",
                       NULL, 0, error);

  return list_where (self, TANDEM_TYPE_REMINDER,
                     "WHERE person_id = ? ORDER BY next_due IS NULL, next_due, id",
                     args, G_N_ELEMENTS (args), error);
}

GListStore *
tandem_store_list_reminder_firings (TandemStore  *self,
                                    gint64        reminder_id,
                                    GError      **error)
{
  Arg args[] = { INT_ARG (reminder_id) };

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_where (self, TANDEM_TYPE_REMINDER_FIRING,
                     "WHERE reminder_id = ? ORDER BY due_at, id",
                     args, G_N_ELEMENTS (args), error);
}

GListStore *
tandem_store_list_therapy_sessions (TandemStore  *self,
                                    gint64        person_id,
                                    GError      **error)
{
  Arg args[] = { INT_ARG (person_id) };

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_where (self, TANDEM_TYPE_THERAPY_SESSION,
                     "WHERE person_id = ? ORDER BY starts_at, id",
                     args, G_N_ELEMENTS (args), error);
}

GListStore *
tandem_store_list_rest_days (TandemStore  *self,
                             gint64        person_id,
                             const char   *from_day,
                             const char   *to_day,
                             GError      **error)
{
  Arg args[] = { INT_ARG (person_id), TEXT_ARG (from_day ? from_day : FIRST_DAY),
                 TEXT_ARG (to_day ? to_day : LAST_DAY) };

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_where (self, TANDEM_TYPE_REST_DAY,
                     "WHERE person_id = ? AND day BETWEEN ? AND ? ORDER BY day",
                     args, G_N_ELEMENTS (args), error);
}
