/* test-migration.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Upgrades a database saved by schema version 1 (tests/fixtures), and checks
 * that a failed upgrade leaves the file as it was.
 */

#define G_LOG_DOMAIN "test-migration"

#include "config.h"

#include <glib/gstdio.h>

#include "tandem-core.h"
#include "test-util.h"

static char *
make_database (const char *dir,
               const char *fixture_name,
               int         version,
               const char *extra_sql)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", fixture_name, NULL);
  g_autofree char *path = g_build_filename (dir, "tandem.db", NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (fixture, &sql, NULL, &error);
  g_assert_no_error (error);
  test_sqlite_exec (path, sql);
  if (extra_sql != NULL)
    test_sqlite_exec (path, extra_sql);

  g_assert_cmpint (test_query_int (path, "PRAGMA user_version"), ==, version);
  return g_steal_pointer (&path);
}

static char *
make_v1_database (const char *dir,
                  const char *extra_sql)
{
  return make_database (dir, "tandem-v1.sql", 1, extra_sql);
}

static void
test_upgrade_from_v1 (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = make_v1_database (dir, NULL);
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GListStore) check_ins = NULL;
  g_autoptr(GListStore) responses = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(TandemCheckIn) check_in = NULL;
  g_autoptr(TandemResponse) response = NULL;
  g_autoptr(TandemRestDay) rest = NULL;
  const TandemStrategyUse *uses;
  const int *answers;
  guint n;

  store = tandem_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_store_get_schema_version (store), ==, TANDEM_STORE_SCHEMA_VERSION);
  g_assert_cmpint (test_query_int (path, "PRAGMA user_version"), ==, TANDEM_STORE_SCHEMA_VERSION);

  /* Everything saved before is still there, with its UUIDs. */
  owner = tandem_store_dup_owner (store, &error);
  g_assert_cmpstr (tandem_person_get_display_name (owner), ==, "Robin");
  g_assert_cmpstr (tandem_record_get_uuid (TANDEM_RECORD (owner)), ==,
                   "0190a0b1-0000-7000-8000-000000000001");

  goals = tandem_store_list_goals (store, tandem_record_get_id (TANDEM_RECORD (owner)), &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (goals)), ==, 1);
  goal = g_list_model_get_item (G_LIST_MODEL (goals), 0);
  g_assert_cmpstr (tandem_goal_get_title (goal), ==, "Handle anger with a coping strategy");
  g_assert_cmpint (tandem_goal_get_measure_kind (goal), ==, TANDEM_MEASURE_COUNT);
  g_assert_cmpint (tandem_goal_get_measure_period (goal), ==, TANDEM_PERIOD_WEEK);
  g_assert_cmpfloat (tandem_goal_get_target (goal), ==, 5);
  tandem_goal_get_strategy_ids (goal, &n);
  g_assert_cmpuint (n, ==, 1);

  check_ins = tandem_store_list_check_ins (store, tandem_record_get_id (TANDEM_RECORD (owner)),
                                           "2024-07-01", "2024-07-31", &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (check_ins)), ==, 1);
  check_in = g_list_model_get_item (G_LIST_MODEL (check_ins), 0);
  g_assert_cmpstr (tandem_check_in_get_note (check_in), ==, "Calmer than last week");
  g_assert_true (tandem_check_in_get_win (check_in));
  uses = tandem_check_in_get_strategies (check_in, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (uses[0].helped, ==, TANDEM_HELPED_YES);

  responses = tandem_store_list_responses (store, tandem_record_get_id (TANDEM_RECORD (owner)),
                                           "gad7", NULL, NULL, &error);
  response = g_list_model_get_item (G_LIST_MODEL (responses), 0);
  answers = tandem_response_get_answers (response, &n);
  g_assert_cmpuint (n, ==, 7);
  g_assert_cmpint (answers[0] + answers[1] + answers[2] + answers[3] + answers[4] + answers[5] + answers[6],
                   ==, 12);

  /* What version 2 brings works. */
  rest = tandem_rest_day_new (tandem_record_get_id (TANDEM_RECORD (owner)), "2024-07-02");
  g_assert_true (tandem_store_insert (store, TANDEM_RECORD (rest), &error));
  g_assert_no_error (error);

  g_clear_object (&store);
  test_remove_tree (dir);
}

static void
test_upgrade_from_v2 (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = make_database (dir, "tandem-v2.sql", 2, NULL);
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(GListStore) rest_days = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(TandemGoal) again = NULL;
  g_autoptr(TandemGoalAttainment) attainment = NULL;
  g_autoptr(TandemGoalDraft) draft = NULL;
  g_autoptr(GListStore) list = NULL;

  store = tandem_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_store_get_schema_version (store), ==, TANDEM_STORE_SCHEMA_VERSION);

  owner = tandem_store_dup_owner (store, &error);
  rest_days = tandem_store_list_rest_days (store, tandem_record_get_id (TANDEM_RECORD (owner)),
                                           NULL, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rest_days)), ==, 1);

  /* Version 3: goal attainment scaling and drafts. */
  goal = tandem_store_get (store, TANDEM_TYPE_GOAL, 1, &error);
  g_assert_no_error (error);
  g_assert_null (tandem_goal_get_gas_expected (goal));
  tandem_goal_set_gas_expected (goal, "Four outbursts a week handled with a strategy");
  g_assert_true (tandem_store_update (store, TANDEM_RECORD (goal), &error));
  again = tandem_store_get (store, TANDEM_TYPE_GOAL, 1, &error);
  g_assert_cmpstr (tandem_goal_get_gas_expected (again), ==, "Four outbursts a week handled with a strategy");

  attainment = tandem_goal_attainment_new (1, "2024-08-01", 1);
  g_assert_true (tandem_store_insert (store, TANDEM_RECORD (attainment), &error));
  g_assert_no_error (error);
  list = tandem_store_list_goal_attainments (store, 1, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_clear_object (&list);

  draft = tandem_goal_draft_new (tandem_record_get_id (TANDEM_RECORD (owner)), "{\"title\":\"Sleep\"}");
  g_assert_true (tandem_store_insert (store, TANDEM_RECORD (draft), &error));
  list = tandem_store_list_goal_drafts (store, tandem_record_get_id (TANDEM_RECORD (owner)), &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  /* Drafts stay on this machine: deleting one leaves no tombstone. */
  g_assert_true (tandem_store_delete (store, TANDEM_RECORD (draft), &error));
  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM tombstone WHERE entity = 'goal-draft'"), ==, 0);

  g_clear_object (&store);
  test_remove_tree (dir);
}

/* Version 4: tombstones name their person, through cascades as far as the
 * person still exists. */
static void
test_upgrade_from_v3 (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = make_database (dir, "tandem-v3.sql", 3, NULL);
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemGoal) goal = NULL;

  store = tandem_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_store_get_schema_version (store), ==, TANDEM_STORE_SCHEMA_VERSION);

  /* Deleting the goal takes its attainment rating, revisions and check-in. */
  goal = tandem_store_get (store, TANDEM_TYPE_GOAL, 1, &error);
  g_assert_no_error (error);
  g_assert_true (tandem_store_delete (store, TANDEM_RECORD (goal), &error));
  g_assert_no_error (error);

  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM tombstone WHERE entity = 'goal'"
                                         " AND person_uuid = '0190a0b1-0000-7000-8000-000000000001'"), ==, 1);
  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM tombstone WHERE entity = 'check-in'"
                                         " AND person_uuid = '0190a0b1-0000-7000-8000-000000000001'"), ==, 1);
  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM tombstone WHERE entity = 'goal-attainment'"), ==, 1);

  g_clear_object (&store);
  test_remove_tree (dir);
}

/* Version 5: the caseload finds a client's latest questionnaire by index. */
static void
test_upgrade_from_v4 (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = make_database (dir, "tandem-v4.sql", 4, NULL);
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GListStore) entries = NULL;
  g_autoptr(TandemCaseloadEntry) sam = NULL;
  g_autoptr(GError) error = NULL;

  store = tandem_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_store_get_schema_version (store), ==, TANDEM_STORE_SCHEMA_VERSION);
  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM sqlite_master"
                                         " WHERE type = 'index' AND name = 'response_person_day'"), ==, 1);

  entries = tandem_caseload_load (store, G_GINT64_CONSTANT (1730000000000000), FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (entries)), ==, 1);
  sam = g_list_model_get_item (G_LIST_MODEL (entries), 0);
  g_assert_cmpstr (tandem_caseload_entry_get_name (sam), ==, "Sam");
  g_assert_cmpstr (tandem_caseload_entry_get_last_activity (sam), ==, "2024-07-05");

  g_clear_object (&store);
  test_remove_tree (dir);
}

static void
test_failed_upgrade_changes_nothing (void)
{
  g_autofree char *dir = test_make_dir ();
  /* Something in the way of step 2: its table already exists. */
  g_autofree char *path = make_v1_database (dir, "CREATE TABLE rest_day (x);");
  g_autoptr(GBytes) before = test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_test_expect_message ("tandem-store", G_LOG_LEVEL_WARNING, "Upgrading the database to version 2 failed*");
  store = tandem_store_open (path, &error);
  g_test_assert_expected_messages ();
  g_assert_null (store);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_MIGRATION);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "left as it was"));

  after = test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (test_query_int (path, "PRAGMA user_version"), ==, 1);

  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/migration/upgrade-from-v1", test_upgrade_from_v1);
  g_test_add_func ("/migration/upgrade-from-v2", test_upgrade_from_v2);
  g_test_add_func ("/migration/upgrade-from-v3", test_upgrade_from_v3);
  g_test_add_func ("/migration/upgrade-from-v4", test_upgrade_from_v4);
  g_test_add_func ("/migration/failed-upgrade-changes-nothing", test_failed_upgrade_changes_nothing);

  return g_test_run ();
}
