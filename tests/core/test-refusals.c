/* test-refusals.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files Tandem must not open are refused with a clear message, and their
 * bytes stay exactly as they were.
 */

#define G_LOG_DOMAIN "test-refusals"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "tandem-core.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = test_make_dir ();
  f->path = g_build_filename (f->dir, "tandem.db", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Opens @path, expects @code, and checks that the file is byte for byte
 * what it was and that nothing was created beside it. */
static void
assert_refused (const char *path,
                int         code,
                const char *expected_words)
{
  g_autoptr(GBytes) before = test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  store = tandem_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, TANDEM_STORE_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, expected_words));
  g_assert_nonnull (strstr (error->message, "left"));

  after = test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

static void
test_not_sqlite (Fixture       *f,
                 gconstpointer  data)
{
  const char text[] = "Dear diary, today I practised box breathing twice.\n";
  g_autofree char *big = g_strnfill (4096, 'x');

  test_write_file (f->path, text, sizeof text - 1);
  assert_refused (f->path, TANDEM_STORE_ERROR_NOT_A_DATABASE, "not a database file");

  /* Longer than a header, still not SQLite. */
  test_write_file (f->path, big, 4096);
  assert_refused (f->path, TANDEM_STORE_ERROR_NOT_A_DATABASE, "not a database file");
}

static void
test_other_application (Fixture       *f,
                        gconstpointer  data)
{
  /* Most applications leave application_id at 0: the tables give them away. */
  test_sqlite_exec (f->path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                             "INSERT INTO moz_places (url) VALUES ('https://example.org');");
  assert_refused (f->path, TANDEM_STORE_ERROR_FOREIGN, "another application");

  g_unlink (f->path);
  test_sqlite_exec (f->path, "PRAGMA application_id = 1196444487;"  /* GPKG */
                             "CREATE TABLE t (x);");
  assert_refused (f->path, TANDEM_STORE_ERROR_FOREIGN, "another application");

  /* In WAL mode too: inspecting it must not create -wal or -shm files. */
  g_unlink (f->path);
  test_sqlite_exec (f->path, "PRAGMA journal_mode = WAL; CREATE TABLE notes (body TEXT);");
  assert_refused (f->path, TANDEM_STORE_ERROR_FOREIGN, "another application");
}

static void
test_newer_schema (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;"
                                          "CREATE TABLE person (id INTEGER PRIMARY KEY);",
                                          TANDEM_STORE_APPLICATION_ID,
                                          TANDEM_STORE_SCHEMA_VERSION + 1);

  test_sqlite_exec (f->path, sql);
  assert_refused (f->path, TANDEM_STORE_ERROR_TOO_NEW, "newer version of Tandem");
}

static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = tandem_store_open (f->path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  assert_refused (f->path, TANDEM_STORE_ERROR_READ_ONLY, "read-only");
  g_chmod (f->path, 0600);
}

static void
test_folder_cannot_be_created (Fixture       *f,
                               gconstpointer  data)
{
  /* A file where the folder should be: even root cannot make it a folder. */
  g_autofree char *blocker = g_build_filename (f->dir, "tandem", NULL);
  g_autofree char *path = g_build_filename (blocker, "tandem.db", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;

  test_write_file (blocker, "not a folder", 12);
  before = test_read_bytes (blocker);

  store = tandem_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NO_FOLDER);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "could not create the folder"));

  after = test_read_bytes (blocker);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_empty_files_are_initialised (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* A zero-byte file, as a file chooser's "new file" leaves it. */
  test_write_file (f->path, "", 0);
  store = tandem_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_store_get_schema_version (store), ==, TANDEM_STORE_SCHEMA_VERSION);
  g_clear_object (&store);

  /* An SQLite file with nothing in it. */
  g_unlink (f->path);
  test_sqlite_exec (f->path, "PRAGMA user_version = 0;");
  store = tandem_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (f->path, "PRAGMA application_id"), ==, TANDEM_STORE_APPLICATION_ID);
}

static void
test_reopen_keeps_data (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) person = tandem_person_new ("Kim", TANDEM_PERSON_ROLE_OWNER);
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(GError) error = NULL;

  store = tandem_store_open (f->path, &error);
  g_assert_true (tandem_store_insert (store, TANDEM_RECORD (person), &error));
  g_clear_object (&store);

  /* A permissive mode from elsewhere is tightened when Tandem opens it. */
  g_chmod (f->path, 0644);
  store = tandem_store_open (f->path, &error);
  g_assert_no_error (error);
  owner = tandem_store_dup_owner (store, &error);
  g_assert_cmpstr (tandem_person_get_display_name (owner), ==, "Kim");
  {
    GStatBuf st;
    g_assert_cmpint (g_stat (f->path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/refusals/not-sqlite", test_not_sqlite);
  ADD ("/refusals/other-application", test_other_application);
  ADD ("/refusals/newer-schema", test_newer_schema);
  ADD ("/refusals/read-only-file", test_read_only_file);
  ADD ("/refusals/folder-cannot-be-created", test_folder_cannot_be_created);
  ADD ("/refusals/empty-files-are-initialised", test_empty_files_are_initialised);
  ADD ("/refusals/reopen-keeps-data", test_reopen_keeps_data);
#undef ADD

  return g_test_run ();
}
