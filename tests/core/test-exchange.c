/* test-exchange.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-exchange"

#include "config.h"

#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "tandem-core.h"
#include "tandem-store-private.h"
#include "test-util.h"

/* Pinned clocks well before the real one, so that tombstones written by the
 * schema's triggers (at the real time) are newer. */
#define T1 G_GINT64_CONSTANT (1700000000000000)
#define T2 (T1 + (gint64) G_USEC_PER_SEC * 3600)
#define T3 (T2 + (gint64) G_USEC_PER_SEC * 3600)

/* Every row of every table, in a stable order: "changes nothing" means this
 * text stays the same. */
static int
dump_row (void  *data,
          int    n_columns,
          char **values,
          char **names)
{
  GString *dump = data;

  for (int i = 0; i < n_columns; i++)
    g_string_append_printf (dump, "%s=%s|", names[i], values[i] ? values[i] : "NULL");
  g_string_append_c (dump, '\n');
  return 0;
}

static char *
dump_store (TandemStore *store)
{
  sqlite3 *db = _tandem_store_get_db (store);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  GString *dump = g_string_new (NULL);
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY 1, 2", (char *) tables->pdata[i]);

      g_string_append_printf (dump, "[%s]\n", (char *) tables->pdata[i]);
      g_assert_cmpint (sqlite3_exec (db, sql, dump_row, dump, NULL), ==, SQLITE_OK);
    }

  return g_string_free (dump, FALSE);
}

static JsonNode *
export_node (TandemStore        *store,
             gint64              person_id,
             TandemExchangeKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = tandem_exchange_export (store, person_id, kind, &error);
  JsonNode *node;
  gsize length;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &length);
  node = json_from_string (data, &error);
  g_assert_no_error (error);
  return node;
}

static GBytes *
node_bytes (JsonNode *node)
{
  char *text = json_to_string (node, FALSE);

  return g_bytes_new_take (text, strlen (text));
}

static TandemImportPlan *
import_ok (TandemStore *store,
           GBytes      *bytes,
           gint64       person_id)
{
  g_autoptr(GError) error = NULL;
  TandemImportPlan *plan = NULL;
  gboolean ok = tandem_exchange_import (store, bytes, person_id, &plan, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_nonnull (plan);
  return plan;
}

static void
assert_counts (TandemImportPlan *plan,
               const char       *entity,
               guint             added,
               guint             changed,
               guint             removed,
               guint             unchanged)
{
  guint a, c, r, u;

  g_assert_true (tandem_import_plan_get_counts (plan, entity, &a, &c, &r, &u));
  g_assert_cmpuint (a, ==, added);
  g_assert_cmpuint (c, ==, changed);
  g_assert_cmpuint (r, ==, removed);
  g_assert_cmpuint (u, ==, unchanged);
}

static gint64
first_client (TandemStore *store)
{
  g_autoptr(GListStore) persons = tandem_store_list_persons (store, TRUE, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (persons)); i++)
    {
      g_autoptr(TandemPerson) person = g_list_model_get_item (G_LIST_MODEL (persons), i);

      if (tandem_person_get_role (person) == TANDEM_PERSON_ROLE_CLIENT)
        return tandem_record_get_id (TANDEM_RECORD (person));
    }
  g_assert_not_reached ();
}

static guint
n_items (GListStore *list)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  g_object_unref (list);
  return n;
}

/* Therapist → client → therapist, with the demo's therapist database. */
static void
test_round_trip (void)
{
  TestStore therapist = { 0, }, client = { 0, };
  TandemDemoOptions options = { TANDEM_DEMO_PROFILE_THERAPIST, 2, 1, 7, "2026-03-01" };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) plan_node = NULL;
  g_autoptr(JsonNode) progress_node = NULL;
  g_autoptr(GBytes) plan_bytes = NULL;
  g_autoptr(GBytes) progress_bytes = NULL;
  g_autoptr(TandemImportPlan) plan = NULL;
  g_autoptr(TandemImportPlan) again = NULL;
  g_autoptr(TandemImportPlan) back = NULL;
  g_autoptr(TandemImportPlan) back_again = NULL;
  g_autoptr(TandemCheckIn) check_in = NULL;
  g_autoptr(TandemCheckIn) arrived = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(GListStore) client_goals = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *done_uuid = NULL;
  gint64 client_id;
  guint n_goals, n_homework;
  JsonObject *records;

  /* The therapist's database: owner and two clients. */
  therapist.dir = test_make_dir ();
  therapist.path = g_build_filename (therapist.dir, "therapist.db", NULL);
  therapist.store = tandem_store_open (therapist.path, &error);
  g_assert_no_error (error);
  g_assert_true (tandem_demo_fill (therapist.store, &options, &error));
  g_assert_no_error (error);
  client_id = first_client (therapist.store);

  test_store_init (&client);

  plan_node = export_node (therapist.store, client_id, TANDEM_EXCHANGE_KIND_PLAN);
  records = json_object_get_object_member (json_node_get_object (plan_node), "records");
  g_assert_false (json_object_has_member (records, "check-in"));
  g_assert_false (json_object_has_member (records, "therapy-session"));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (plan_node), "format"), ==, "tandem-bundle");
  n_goals = json_array_get_length (json_object_get_array_member (records, "goal"));
  n_homework = json_array_get_length (json_object_get_array_member (records, "homework"));
  g_assert_cmpuint (n_goals, >, 0);

  /* The client's database has only its owner: the plan goes there. */
  plan_bytes = node_bytes (plan_node);
  plan = import_ok (client.store, plan_bytes, 0);
  g_assert_cmpint (tandem_import_plan_get_person_id (plan), ==, client.owner_id);
  assert_counts (plan, "goal", n_goals, 0, 0, 0);
  assert_counts (plan, "homework", n_homework, 0, 0, 0);
  g_assert_cmpuint (n_items (tandem_store_list_goals (client.store, client.owner_id, NULL)), ==, n_goals);
  g_assert_cmpint (test_count (&client, "SELECT count(*) FROM goal_revision"), ==, 0);

  /* The same bundle again changes nothing. */
  before = dump_store (client.store);
  again = import_ok (client.store, plan_bytes, 0);
  assert_counts (again, "goal", 0, 0, 0, n_goals);
  after = dump_store (client.store);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);

  /* The client checks in, and sends progress back. */
  client_goals = tandem_store_list_goals (client.store, client.owner_id, NULL);
  goal = g_list_model_get_item (G_LIST_MODEL (client_goals), 0);
  check_in = tandem_check_in_new (client.owner_id, tandem_record_get_id (TANDEM_RECORD (goal)), "2026-03-01");
  tandem_check_in_set_note (check_in, "Went well");
  g_assert_true (tandem_store_insert (client.store, TANDEM_RECORD (check_in), &error));
  g_assert_no_error (error);

  /* …and marks a homework done. */
  {
    g_autoptr(GListStore) homework = tandem_store_list_homework (client.store, client.owner_id, NULL);
    g_autoptr(TandemHomework) first = g_list_model_get_item (G_LIST_MODEL (homework), 0);

    done_uuid = g_strdup (tandem_record_get_uuid (TANDEM_RECORD (first)));
    tandem_homework_set_done_at (first, g_get_real_time ());
    g_assert_true (tandem_store_update (client.store, TANDEM_RECORD (first), &error));
    g_assert_no_error (error);
  }

  progress_node = export_node (client.store, client.owner_id, TANDEM_EXCHANGE_KIND_PROGRESS);
  progress_bytes = node_bytes (progress_node);
  back = import_ok (therapist.store, progress_bytes, client_id);
  assert_counts (back, "check-in", 1, 0, 0, 0);
  assert_counts (back, "goal", 0, 0, 0, n_goals);
  assert_counts (back, "homework", 0, 1, 0, n_homework - 1);
  {
    g_autoptr(TandemHomework) done = tandem_store_get_by_uuid (therapist.store, TANDEM_TYPE_HOMEWORK, done_uuid, &error);

    g_assert_no_error (error);
    g_assert_cmpint (tandem_homework_get_done_at (done), >, 0);
  }

  arrived = tandem_store_get_by_uuid (therapist.store, TANDEM_TYPE_CHECK_IN,
                                      tandem_record_get_uuid (TANDEM_RECORD (check_in)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_check_in_get_person_id (arrived), ==, client_id);
  g_assert_cmpstr (tandem_check_in_get_note (arrived), ==, "Went well");
  {
    g_autoptr(TandemGoal) their_goal = tandem_store_get (therapist.store, TANDEM_TYPE_GOAL,
                                                         tandem_check_in_get_goal_id (arrived), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (tandem_record_get_uuid (TANDEM_RECORD (their_goal)), ==,
                     tandem_record_get_uuid (TANDEM_RECORD (goal)));
  }

  before = dump_store (therapist.store);
  back_again = import_ok (therapist.store, progress_bytes, client_id);
  assert_counts (back_again, "check-in", 0, 0, 0, 1);
  after = dump_store (therapist.store);
  g_assert_cmpstr (before, ==, after);

  /* The therapist revises the goal in session; the client gets the change
   * and the therapist's revision, and no revision of its own. */
  {
    g_autoptr(TandemGoal) theirs = tandem_store_get_by_uuid (therapist.store, TANDEM_TYPE_GOAL,
                                                              tandem_record_get_uuid (TANDEM_RECORD (goal)), &error);
    g_autoptr(JsonNode) revised_node = NULL;
    g_autoptr(GBytes) revised_bytes = NULL;
    g_autoptr(TandemImportPlan) revised = NULL;
    g_autoptr(TandemGoal) mine = NULL;
    gint64 revisions_before = test_count (&client, "SELECT count(*) FROM goal_revision");

    g_assert_no_error (error);
    tandem_goal_set_title (theirs, "Walk to the park twice a week");
    g_assert_true (tandem_store_revise_goal (therapist.store, theirs, "Agreed in session",
                                             TANDEM_AUTHOR_THERAPIST, &error));
    g_assert_no_error (error);

    revised_node = export_node (therapist.store, client_id, TANDEM_EXCHANGE_KIND_PLAN);
    revised_bytes = node_bytes (revised_node);
    revised = import_ok (client.store, revised_bytes, 0);
    assert_counts (revised, "goal", 0, 1, 0, n_goals - 1);
    assert_counts (revised, "goal-revision", 1, 0, 0, (guint) revisions_before);
    mine = tandem_store_get_by_uuid (client.store, TANDEM_TYPE_GOAL, tandem_record_get_uuid (TANDEM_RECORD (goal)), &error);
    g_assert_cmpstr (tandem_goal_get_title (mine), ==, "Walk to the park twice a week");
    g_assert_cmpint (tandem_record_get_updated_at (TANDEM_RECORD (mine)), ==,
                     tandem_record_get_updated_at (TANDEM_RECORD (theirs)));
    g_assert_cmpint (test_count (&client, "SELECT count(*) FROM goal_revision"), ==, revisions_before + 1);
  }

  test_store_clear (&client);
  test_store_clear (&therapist);
}

/* Newer wins, older loses, tombstones delete, a newer record survives an
 * older tombstone, a newer local deletion keeps a record deleted. */
static void
test_merge_rules (void)
{
  TestStore a = { 0, }, b = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemStrategy) s = NULL;
  g_autoptr(TandemStrategy) s2 = NULL;
  g_autoptr(TandemStrategy) in_b = NULL;
  g_autoptr(TandemStrategy) s2_in_b = NULL;
  g_autoptr(TandemStrategy) in_a = NULL;
  g_autoptr(TandemStrategy) s2_in_a = NULL;
  g_autoptr(JsonNode) bundle1 = NULL;
  g_autoptr(JsonNode) bundle2 = NULL;
  g_autoptr(JsonNode) bundle3 = NULL;
  g_autoptr(GBytes) bytes1 = NULL;
  g_autoptr(GBytes) bytes2 = NULL;
  g_autoptr(GBytes) bytes3 = NULL;
  g_autoptr(TandemImportPlan) p1 = NULL;
  g_autoptr(TandemImportPlan) p2 = NULL;
  g_autoptr(TandemImportPlan) p3 = NULL;
  g_autoptr(TandemImportPlan) p4 = NULL;
  g_autoptr(TandemImportPlan) p5 = NULL;
  g_autoptr(TandemImportPlan) preview = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *uuid, *uuid2;

  test_store_init (&a);
  test_store_init (&b);

  _tandem_store_set_now (a.store, T1);
  s = tandem_strategy_new (a.owner_id, "Breathe");
  s2 = tandem_strategy_new (a.owner_id, "Walk");
  g_assert_true (tandem_store_insert (a.store, TANDEM_RECORD (s), &error));
  g_assert_true (tandem_store_insert (a.store, TANDEM_RECORD (s2), &error));
  g_assert_no_error (error);
  uuid = tandem_record_get_uuid (TANDEM_RECORD (s));
  uuid2 = tandem_record_get_uuid (TANDEM_RECORD (s2));

  /* The two owners are different people: name the target. */
  bundle1 = export_node (a.store, a.owner_id, TANDEM_EXCHANGE_KIND_ALL);
  bytes1 = node_bytes (bundle1);

  /* The preview writes nothing. */
  before = dump_store (b.store);
  preview = tandem_exchange_preview (b.store, bytes1, b.owner_id, &error);
  g_assert_no_error (error);
  assert_counts (preview, "strategy", 2, 0, 0, 0);
  after = dump_store (b.store);
  g_assert_cmpstr (before, ==, after);

  p1 = import_ok (b.store, bytes1, b.owner_id);
  assert_counts (p1, "strategy", 2, 0, 0, 0);

  /* B edits later: the newer version wins in A. */
  in_b = tandem_store_get_by_uuid (b.store, TANDEM_TYPE_STRATEGY, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_record_get_updated_at (TANDEM_RECORD (in_b)), ==, T1);
  _tandem_store_set_now (b.store, T2);
  tandem_strategy_set_name (in_b, "Breathe slowly");
  g_assert_true (tandem_store_update (b.store, TANDEM_RECORD (in_b), &error));
  bundle2 = export_node (b.store, b.owner_id, TANDEM_EXCHANGE_KIND_ALL);
  bytes2 = node_bytes (bundle2);

  p2 = import_ok (a.store, bytes2, a.owner_id);
  assert_counts (p2, "strategy", 0, 1, 0, 1);
  in_a = tandem_store_get_by_uuid (a.store, TANDEM_TYPE_STRATEGY, uuid, &error);
  g_assert_cmpstr (tandem_strategy_get_name (in_a), ==, "Breathe slowly");
  g_assert_cmpint (tandem_record_get_updated_at (TANDEM_RECORD (in_a)), ==, T2);

  /* A edits later still: B's older bundle loses. */
  _tandem_store_set_now (a.store, T3);
  tandem_strategy_set_name (in_a, "Box breathing");
  g_assert_true (tandem_store_update (a.store, TANDEM_RECORD (in_a), &error));
  p3 = import_ok (a.store, bytes2, a.owner_id);
  assert_counts (p3, "strategy", 0, 0, 0, 2);
  g_clear_object (&in_a);
  in_a = tandem_store_get_by_uuid (a.store, TANDEM_TYPE_STRATEGY, uuid, &error);
  g_assert_cmpstr (tandem_strategy_get_name (in_a), ==, "Box breathing");

  /* B deletes both (its tombstones are at the real time, after T3); A has
   * meanwhile changed the second one later than that: it survives. */
  s2_in_b = tandem_store_get_by_uuid (b.store, TANDEM_TYPE_STRATEGY, uuid2, &error);
  g_assert_true (tandem_store_delete (b.store, TANDEM_RECORD (in_b), &error));
  g_assert_true (tandem_store_delete (b.store, TANDEM_RECORD (s2_in_b), &error));
  g_assert_no_error (error);
  _tandem_store_set_now (a.store, g_get_real_time () + (gint64) G_USEC_PER_SEC * 86400);
  s2_in_a = tandem_store_get_by_uuid (a.store, TANDEM_TYPE_STRATEGY, uuid2, &error);
  tandem_strategy_set_name (s2_in_a, "Walk outside");
  g_assert_true (tandem_store_update (a.store, TANDEM_RECORD (s2_in_a), &error));

  bundle3 = export_node (b.store, b.owner_id, TANDEM_EXCHANGE_KIND_ALL);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (bundle3), "tombstones")), ==, 2);
  bytes3 = node_bytes (bundle3);
  p4 = import_ok (a.store, bytes3, a.owner_id);
  assert_counts (p4, "strategy", 0, 0, 1, 1);
  g_assert_null (tandem_store_get_by_uuid (a.store, TANDEM_TYPE_STRATEGY, uuid, NULL));
  g_clear_object (&s2_in_a);
  s2_in_a = tandem_store_get_by_uuid (a.store, TANDEM_TYPE_STRATEGY, uuid2, NULL);
  g_assert_nonnull (s2_in_a);
  g_assert_cmpstr (tandem_strategy_get_name (s2_in_a), ==, "Walk outside");
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM tombstone WHERE uuid = '%s' AND entity = 'strategy'", uuid);
    g_assert_cmpint (test_count (&a, sql), ==, 1);
  }

  /* A's own deletion is newer than the first bundle's record: it stays
   * deleted, and the same tombstones again change nothing. */
  p5 = import_ok (a.store, bytes1, a.owner_id);
  assert_counts (p5, "strategy", 0, 0, 0, 2);
  g_assert_null (tandem_store_get_by_uuid (a.store, TANDEM_TYPE_STRATEGY, uuid, NULL));
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);
  before = dump_store (a.store);
  g_clear_pointer (&p4, tandem_import_plan_free);
  p4 = import_ok (a.store, bytes3, a.owner_id);
  assert_counts (p4, "strategy", 0, 0, 0, 1);
  after = dump_store (a.store);
  g_assert_cmpstr (before, ==, after);

  test_store_clear (&a);
  test_store_clear (&b);
}

/* A bad bundle changes nothing and says where it is wrong. */
static void
assert_refused (TestStore  *t,
                const char *text,
                gint64      person_id,
                const char *expected)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump_store (t->store);
  g_autofree char *after = NULL;
  TandemImportPlan *plan = NULL;

  g_assert_null (tandem_exchange_preview (t->store, bytes, person_id, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (tandem_exchange_import (t->store, bytes, person_id, &plan, &error));
  g_assert_null (plan);
  g_assert_nonnull (error);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, expected);

  after = dump_store (t->store);
  g_assert_cmpstr (before, ==, after);
}

static char *
edited_bundle (JsonNode   *bundle,
               const char *entity,
               const char *member,
               JsonNode   *value)
{
  g_autofree char *text = json_to_string (bundle, FALSE);
  g_autoptr(JsonNode) copy = json_from_string (text, NULL);
  JsonObject *records = json_object_get_object_member (json_node_get_object (copy), "records");
  JsonObject *record = json_array_get_object_element (json_object_get_array_member (records, entity), 0);

  json_object_set_member (record, member, value);
  return json_to_string (copy, FALSE);
}

static void
test_bad_bundles (void)
{
  TestStore t = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(TandemCheckIn) check_in = NULL;
  g_autoptr(JsonNode) bundle = NULL;
  g_autofree char *good = NULL;
  g_autofree char *rating = NULL;
  g_autofree char *dangling = NULL;
  g_autofree char *wrong_type = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *duplicate = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *other_person = NULL;
  g_autofree char *unknown_member = NULL;
  char *p;

  test_store_init (&t);
  goal = tandem_goal_new (t.owner_id, TANDEM_FRAMEWORK_SMART, "Walk more");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (goal), &error));
  check_in = tandem_check_in_new (t.owner_id, 0, "2026-03-01");
  tandem_check_in_set_rating (check_in, 6);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (check_in), &error));
  g_assert_no_error (error);

  bundle = export_node (t.store, t.owner_id, TANDEM_EXCHANGE_KIND_ALL);
  good = json_to_string (bundle, FALSE);

  /* Delete everything but the owner, so that a good bundle would add. */
  test_exec (&t, "DELETE FROM check_in; DELETE FROM goal; DELETE FROM tombstone");

  assert_refused (&t, "", 0, "empty");
  assert_refused (&t, "{\"format\": \"tandem-bundle\",\n \"version\": ", 0, "not valid JSON");
  assert_refused (&t, "{\"format\": \"tandem-bundle\",\n \"version\": ", 0, "at line 2, column");
  assert_refused (&t, "[1, 2]", 0, "not a Tandem bundle");
  assert_refused (&t, "{\"format\": \"tandem-envelope\", \"version\": 1}", 0, "“tandem-envelope”");
  assert_refused (&t, "{\"version\": 1}", 0, "does not say its format");

  /* Wrong types and missing parts, each named. */
  {
    g_autofree char *head = NULL;
    g_autofree char *person = NULL;
    g_autoptr(JsonNode) person_node = json_node_init_object (json_node_alloc (),
                                                             json_object_get_object_member (json_node_get_object (bundle), "person"));
    static const struct { const char *rest; const char *expected; } cases[] = {
      { "}", "records: The bundle must have its records." },
      { ", \"records\": []}", "records: The bundle must have its records." },
      { ", \"records\": {\"goal\": {}}}", "records.goal: This must be a list of records." },
      { ", \"records\": {\"goal\": [5]}}", "records.goal[0]: A record must be a JSON object." },
      { ", \"records\": {\"goal\": [{\"title\": \"x\"}]}}", "records.goal[0].uuid:" },
      { ", \"records\": {}, \"tombstones\": {}}", "tombstones: This must be a list" },
      { ", \"records\": {}, \"tombstones\": [{\"uuid\": \"01900000-0000-7000-8000-000000000002\", "
        "\"entity\": \"goal\", \"deleted-at\": -1}]}", "tombstones[0].deleted-at:" },
    };

    person = json_to_string (person_node, FALSE);
    head = g_strdup_printf ("{\"format\": \"tandem-bundle\", \"version\": 1, \"kind\": \"all\", "
                            "\"person\": %s", person);
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *text = g_strconcat (head, cases[i].rest, NULL);

        assert_refused (&t, text, 0, cases[i].expected);
      }
    assert_refused (&t, "{\"format\": \"tandem-bundle\", \"version\": 1, \"kind\": \"some\"}", 0,
                    "kind: The kind of bundle must be");
    assert_refused (&t, "{\"format\": \"tandem-bundle\", \"version\": \"1\", \"kind\": \"all\"}", 0,
                    "version: The bundle’s version must be a whole number");
    assert_refused (&t, "{\"format\": \"tandem-bundle\", \"version\": 1, \"kind\": \"all\"}", 0,
                    "person: The bundle must say whose records it holds.");
  }

  newer = g_strdup (good);
  p = strstr (newer, "\"version\":1");
  g_assert_nonnull (p);
  p[10] = '2';
  assert_refused (&t, newer, 0, "version: The bundle was written by a newer version of Tandem");

  rating = edited_bundle (bundle, "check-in", "rating", json_node_init_int (json_node_alloc (), 11));
  assert_refused (&t, rating, 0, "records.check-in[0].rating: The rating must be between 0 and 10, not 11.");

  dangling = edited_bundle (bundle, "check-in", "goal-id",
                            json_node_init_string (json_node_alloc (), "01900000-0000-7000-8000-000000000000"));
  assert_refused (&t, dangling, 0, "records.check-in[0].goal-id: No goal with the UUID");

  other_person = edited_bundle (bundle, "check-in", "person-id",
                                json_node_init_string (json_node_alloc (), "01900000-0000-7000-8000-000000000001"));
  assert_refused (&t, other_person, 0, "records.check-in[0].person-id:");

  wrong_type = edited_bundle (bundle, "goal", "title", json_node_init_int (json_node_alloc (), 3));
  assert_refused (&t, wrong_type, 0, "records.goal[0]: “title” must be text.");

  unknown_member = edited_bundle (bundle, "goal", "colour", json_node_init_string (json_node_alloc (), "red"));
  assert_refused (&t, unknown_member, 0, "records.goal[0]: “colour”");

  duplicate = edited_bundle (bundle, "check-in", "uuid",
                             json_node_init_string (json_node_alloc (),
                                                    tandem_record_get_uuid (TANDEM_RECORD (goal))));
  assert_refused (&t, duplicate, 0, "records.check-in[0].uuid: Another record in the bundle has the same UUID.");

  unknown = g_strdup (good);
  p = strstr (unknown, "\"check-in\"");
  g_assert_nonnull (p);
  memcpy (p, "\"check-on\"", 10);
  assert_refused (&t, unknown, 0, "records.check-on:");

  /* An enormous string is just text; a huge number is not a time. */
  {
    g_autoptr(GString) huge = g_string_new (NULL);
    g_autofree char *bad_time = NULL;

    for (guint i = 0; i < 100000; i++)
      g_string_append (huge, "0123456789");
    bad_time = edited_bundle (bundle, "check-in", "updated-at", json_node_init_string (json_node_alloc (), huge->str));
    assert_refused (&t, bad_time, 0, "records.check-in[0].updated-at:");
  }

  /* A progress bundle cannot carry therapy sessions (the therapist's
   * notes). */
  {
    g_autoptr(TandemTherapySession) session = tandem_therapy_session_new (t.owner_id, T1);
    g_autoptr(JsonNode) progress = NULL;
    g_autoptr(JsonNode) all = NULL;
    g_autofree char *text = NULL;
    JsonObject *records;

    g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (session), &error));
    g_assert_no_error (error);
    all = export_node (t.store, t.owner_id, TANDEM_EXCHANGE_KIND_ALL);
    progress = export_node (t.store, t.owner_id, TANDEM_EXCHANGE_KIND_PROGRESS);
    records = json_object_get_object_member (json_node_get_object (progress), "records");
    json_object_set_array_member (records, "therapy-session",
                                  json_array_ref (json_object_get_array_member (
                                    json_object_get_object_member (json_node_get_object (all), "records"),
                                    "therapy-session")));
    text = json_to_string (progress, FALSE);
    assert_refused (&t, text, 0, "records.therapy-session: A bundle of this kind does not carry these records.");
    test_exec (&t, "DELETE FROM therapy_session; DELETE FROM tombstone");
  }

  /* And the good bundle goes in. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new (good, strlen (good));
    g_autoptr(TandemImportPlan) plan = import_ok (t.store, bytes, 0);

    assert_counts (plan, "check-in", 1, 0, 0, 0);
    assert_counts (plan, "goal", 1, 0, 0, 0);
  }

  test_store_clear (&t);
}

/* Without a person of the bundle's UUID and with clients, the target must
 * be named. */
static void
test_person_needed (void)
{
  TestStore a = { 0, }, b = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPerson) client = tandem_person_new ("Client", TANDEM_PERSON_ROLE_CLIENT);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TandemImportPlan) plan = NULL;
  g_autoptr(JsonNode) node = NULL;

  test_store_init (&a);
  test_store_init (&b);
  g_assert_true (tandem_store_insert (b.store, TANDEM_RECORD (client), &error));
  bytes = tandem_exchange_export (a.store, a.owner_id, TANDEM_EXCHANGE_KIND_PLAN, &error);
  g_assert_no_error (error);

  g_assert_null (tandem_exchange_preview (b.store, bytes, 0, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  plan = tandem_exchange_preview (b.store, bytes, tandem_record_get_id (TANDEM_RECORD (client)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_import_plan_get_person_id (plan), ==, tandem_record_get_id (TANDEM_RECORD (client)));
  node = tandem_import_plan_to_json (plan);
  g_assert_true (json_object_has_member (json_object_get_object_member (json_node_get_object (node), "entities"),
                                         "check-in"));
  g_assert_cmpstr (tandem_exchange_kind_to_nick (TANDEM_EXCHANGE_KIND_PROGRESS), ==, "progress");
  {
    TandemExchangeKind kind;

    g_assert_true (tandem_exchange_kind_from_nick ("plan", &kind));
    g_assert_cmpint (kind, ==, TANDEM_EXCHANGE_KIND_PLAN);
    g_assert_false (tandem_exchange_kind_from_nick ("other", &kind));
  }

  test_store_clear (&a);
  test_store_clear (&b);
}

static GBytes *
bytes_of (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

/* A therapist's record of a client and the client's own database know the
 * same person under different UUIDs: the name connects them, unless two
 * people share it. The UUID wins when it is known. */
static void
test_match_person (void)
{
  TestStore therapist = { 0, }, client = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPerson) alex = tandem_person_new ("Alex", TANDEM_PERSON_ROLE_CLIENT);
  g_autoptr(TandemPerson) sam = tandem_person_new ("Sam", TANDEM_PERSON_ROLE_CLIENT);
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(GBytes) progress = NULL;
  g_autoptr(GBytes) sams = NULL;
  g_autoptr(GBytes) newer = NULL;
  g_autofree char *name = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TandemExchangeKind kind = TANDEM_EXCHANGE_KIND_ALL;
  gint64 person_id = -1;

  test_store_init (&therapist);
  test_store_init (&client);
  g_assert_true (tandem_store_insert (therapist.store, TANDEM_RECORD (alex), &error));
  g_assert_true (tandem_store_insert (therapist.store, TANDEM_RECORD (sam), &error));
  g_assert_no_error (error);

  /* The client's own database calls its owner "alex". */
  owner = tandem_store_get (client.store, TANDEM_TYPE_PERSON, client.owner_id, &error);
  tandem_person_set_display_name (owner, "alex");
  g_assert_true (tandem_store_update (client.store, TANDEM_RECORD (owner), &error));
  g_assert_no_error (error);
  progress = tandem_exchange_export (client.store, client.owner_id, TANDEM_EXCHANGE_KIND_PROGRESS, &error);
  g_assert_no_error (error);

  before = dump_store (therapist.store);
  g_assert_true (tandem_exchange_match_person (therapist.store, progress, &person_id, &kind, &name, &error));
  g_assert_no_error (error);
  g_assert_cmpint (person_id, ==, tandem_record_get_id (TANDEM_RECORD (alex)));
  g_assert_cmpint (kind, ==, TANDEM_EXCHANGE_KIND_PROGRESS);
  g_assert_cmpstr (name, ==, "alex");
  g_clear_pointer (&name, g_free);

  /* The UUID first: Sam's own bundle goes to Sam whatever it calls Sam. */
  tandem_person_set_display_name (sam, "Alex");
  g_assert_true (tandem_store_update (therapist.store, TANDEM_RECORD (sam), &error));
  g_assert_no_error (error);
  sams = tandem_exchange_export (therapist.store, tandem_record_get_id (TANDEM_RECORD (sam)),
                                 TANDEM_EXCHANGE_KIND_PLAN, &error);
  g_assert_no_error (error);
  g_assert_true (tandem_exchange_match_person (therapist.store, sams, &person_id, NULL, NULL, &error));
  g_assert_cmpint (person_id, ==, tandem_record_get_id (TANDEM_RECORD (sam)));

  /* Two clients called Alex now: the client's bundle matches no one. */
  g_assert_true (tandem_exchange_match_person (therapist.store, progress, &person_id, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (person_id, ==, 0);

  /* A file that is not a bundle, or one from a newer Tandem, says so. */
  {
    g_autoptr(GBytes) junk = bytes_of ("\x89PNG not json");

    g_assert_false (tandem_exchange_match_person (therapist.store, junk, &person_id, NULL, NULL, &error));
    g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "not a Tandem bundle"));
    g_clear_error (&error);
  }
  newer = bytes_of ("{\"format\": \"tandem-bundle\", \"version\": 99, \"kind\": \"progress\"}");
  g_assert_false (tandem_exchange_match_person (therapist.store, newer, &person_id, NULL, NULL, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "version: The bundle was written by a newer version"));
  g_clear_error (&error);

  /* Matching writes nothing. */
  tandem_person_set_display_name (sam, "Sam");
  g_assert_true (tandem_store_update (therapist.store, TANDEM_RECORD (sam), &error));
  g_assert_no_error (error);
  g_free (before);
  before = dump_store (therapist.store);
  g_assert_true (tandem_exchange_match_person (therapist.store, progress, &person_id, NULL, NULL, &error));
  after = dump_store (therapist.store);
  g_assert_cmpstr (before, ==, after);

  test_store_clear (&therapist);
  test_store_clear (&client);
}

/* Only "all" carries therapy sessions and the therapist's private notes. */
static void
test_private_notes (void)
{
  TestStore t = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemTherapySession) session = tandem_therapy_session_new (0, T1);

  test_store_init (&t);
  tandem_therapy_session_set_person_id (session, t.owner_id);
  tandem_therapy_session_set_notes (session, "Private: discuss the letter");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (session), &error));
  g_assert_no_error (error);

  for (TandemExchangeKind kind = TANDEM_EXCHANGE_KIND_PLAN; kind <= TANDEM_EXCHANGE_KIND_ALL; kind++)
    {
      g_autoptr(GBytes) bytes = tandem_exchange_export (t.store, t.owner_id, kind, &error);
      const char *text = g_bytes_get_data (bytes, NULL);

      g_assert_no_error (error);
      g_assert_true ((strstr (text, "discuss the letter") != NULL) == (kind == TANDEM_EXCHANGE_KIND_ALL));
    }

  test_store_clear (&t);
}

/* A bundle carries its person's deletions, never another person's. */
static void
test_tombstones_stay_private (void)
{
  TestStore t = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPerson) ada = tandem_person_new ("Ada", TANDEM_PERSON_ROLE_CLIENT);
  g_autoptr(TandemPerson) ben = tandem_person_new ("Ben", TANDEM_PERSON_ROLE_CLIENT);
  g_autoptr(TandemCheckIn) ada_check_in = NULL;
  g_autoptr(TandemCheckIn) ben_check_in = NULL;
  g_autoptr(GBytes) ada_bundle = NULL;
  g_autoptr(GBytes) ben_bundle = NULL;
  g_autofree char *ada_uuid = NULL;
  g_autofree char *ben_uuid = NULL;

  test_store_init (&t);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (ada), &error));
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (ben), &error));

  ada_check_in = tandem_check_in_new (tandem_record_get_id (TANDEM_RECORD (ada)), 0, "2026-03-01");
  ben_check_in = tandem_check_in_new (tandem_record_get_id (TANDEM_RECORD (ben)), 0, "2026-03-01");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (ada_check_in), &error));
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (ben_check_in), &error));
  ada_uuid = g_strdup (tandem_record_get_uuid (TANDEM_RECORD (ada_check_in)));
  ben_uuid = g_strdup (tandem_record_get_uuid (TANDEM_RECORD (ben_check_in)));
  g_assert_true (tandem_store_delete (t.store, TANDEM_RECORD (ada_check_in), &error));
  g_assert_true (tandem_store_delete (t.store, TANDEM_RECORD (ben_check_in), &error));
  g_assert_no_error (error);

  ada_bundle = tandem_exchange_export (t.store, tandem_record_get_id (TANDEM_RECORD (ada)),
                                       TANDEM_EXCHANGE_KIND_PROGRESS, &error);
  ben_bundle = tandem_exchange_export (t.store, tandem_record_get_id (TANDEM_RECORD (ben)),
                                       TANDEM_EXCHANGE_KIND_PROGRESS, &error);
  g_assert_no_error (error);

  g_assert_nonnull (strstr (g_bytes_get_data (ada_bundle, NULL), ada_uuid));
  g_assert_null (strstr (g_bytes_get_data (ada_bundle, NULL), ben_uuid));
  g_assert_nonnull (strstr (g_bytes_get_data (ben_bundle, NULL), ben_uuid));
  g_assert_null (strstr (g_bytes_get_data (ben_bundle, NULL), ada_uuid));

  test_store_clear (&t);
}

static void
test_csv (void)
{
  TestStore t = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) field = g_string_new (NULL);
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(TandemStrategy) strategy = NULL;
  g_autoptr(TandemCheckIn) check_in = NULL;
  g_autoptr(TandemResponse) response = NULL;
  g_autoptr(GBytes) check_ins = NULL;
  g_autoptr(GBytes) responses = NULL;
  g_autofree char *expected = NULL;
  static const int answers[] = { 1, 2, 3, 0, 1, 2, 3, 0, 1 };

  tandem_csv_append_field (field, "plain");
  g_string_append_c (field, ',');
  tandem_csv_append_field (field, "a, b");
  g_string_append_c (field, ',');
  tandem_csv_append_field (field, "say \"hi\"");
  g_string_append_c (field, ',');
  tandem_csv_append_field (field, "two\nlines");
  g_string_append_c (field, ',');
  tandem_csv_append_field (field, NULL);
  g_string_append_c (field, ',');
  tandem_csv_append_field (field, "Grüße");
  g_assert_cmpstr (field->str, ==, "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",,Grüße");

  test_store_init (&t);
  goal = tandem_goal_new (t.owner_id, TANDEM_FRAMEWORK_SMART, "Walk, daily");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (goal), &error));
  strategy = tandem_strategy_new (t.owner_id, "Box breathing");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (strategy), &error));
  check_in = tandem_check_in_new (t.owner_id, tandem_record_get_id (TANDEM_RECORD (goal)), "2026-03-01");
  tandem_check_in_set_value (check_in, 2.5);
  tandem_check_in_set_note (check_in, "Said \"no\"\nand left");
  tandem_check_in_set_win (check_in, TRUE);
  tandem_check_in_add_strategy (check_in, tandem_record_get_id (TANDEM_RECORD (strategy)), TANDEM_HELPED_YES);
  _tandem_store_set_now (t.store, T1 + 123456);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (check_in), &error));
  g_assert_no_error (error);

  check_ins = tandem_csv_export_check_ins (t.store, t.owner_id, &error);
  g_assert_no_error (error);
  expected = g_strdup_printf ("date,goal,value,rating,note,stressors,win,strategies used,"
                              "uuid,created at,updated at\r\n"
                              "2026-03-01,\"Walk, daily\",2.5,,\"Said \"\"no\"\"\nand left\",,yes,Box breathing (yes),"
                              "%s,2023-11-14T22:13:20.123456Z,2023-11-14T22:13:20.123456Z\r\n",
                              tandem_record_get_uuid (TANDEM_RECORD (check_in)));
  g_assert_cmpstr (g_bytes_get_data (check_ins, NULL), ==, expected);

  response = tandem_response_new (t.owner_id, "phq9", "2026-03-02");
  tandem_response_set_taken_at (response, T1);
  tandem_response_set_answers (response, answers, G_N_ELEMENTS (answers));
  tandem_response_set_total (response, 13);
  tandem_response_set_band (response, "moderate");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (response), &error));
  g_assert_no_error (error);

  responses = tandem_csv_export_responses (t.store, t.owner_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_bytes_get_data (responses, NULL), ==,
                   "date,questionnaire,total,band,safety flag,answers\r\n"
                   "2026-03-02,phq9,13,moderate,no,1; 2; 3; 0; 1; 2; 3; 0; 1\r\n");

  test_store_clear (&t);
}

/* A short-term goal's long-term goal may come later in the bundle; the link
 * arrives either way, and the goals' strategies with them. */
static void
test_parent_goal (void)
{
  TestStore a = { 0, }, b = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemGoal) long_term = NULL;
  g_autoptr(TandemGoal) short_term = NULL;
  g_autoptr(TandemGoal) arrived = NULL;
  g_autoptr(TandemGoal) arrived_parent = NULL;
  g_autoptr(TandemStrategy) strategy = NULL;
  g_autoptr(JsonNode) bundle = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TandemImportPlan) plan = NULL;
  g_autoptr(JsonArray) reversed = json_array_new ();
  JsonObject *records;
  JsonArray *goals;
  gint64 strategy_id;
  const gint64 *ids;
  guint n_ids;

  test_store_init (&a);
  test_store_init (&b);
  strategy = tandem_strategy_new (a.owner_id, "Plan the week");
  g_assert_true (tandem_store_insert (a.store, TANDEM_RECORD (strategy), &error));
  long_term = tandem_goal_new (a.owner_id, TANDEM_FRAMEWORK_PACT, "Feel at ease with people");
  tandem_goal_set_horizon (long_term, TANDEM_HORIZON_LONG);
  g_assert_true (tandem_store_insert (a.store, TANDEM_RECORD (long_term), &error));
  short_term = tandem_goal_new (a.owner_id, TANDEM_FRAMEWORK_PACT, "Call a friend");
  tandem_goal_set_parent_id (short_term, tandem_record_get_id (TANDEM_RECORD (long_term)));
  strategy_id = tandem_record_get_id (TANDEM_RECORD (strategy));
  tandem_goal_set_strategy_ids (short_term, &strategy_id, 1);
  g_assert_true (tandem_store_insert (a.store, TANDEM_RECORD (short_term), &error));
  g_assert_no_error (error);

  bundle = export_node (a.store, a.owner_id, TANDEM_EXCHANGE_KIND_PLAN);
  records = json_object_get_object_member (json_node_get_object (bundle), "records");
  goals = json_object_get_array_member (records, "goal");
  for (guint i = json_array_get_length (goals); i > 0; i--)
    json_array_add_element (reversed, json_node_copy (json_array_get_element (goals, i - 1)));
  json_object_set_array_member (records, "goal", json_array_ref (reversed));
  bytes = node_bytes (bundle);

  plan = import_ok (b.store, bytes, b.owner_id);
  assert_counts (plan, "goal", 2, 0, 0, 0);
  arrived = tandem_store_get_by_uuid (b.store, TANDEM_TYPE_GOAL, tandem_record_get_uuid (TANDEM_RECORD (short_term)), &error);
  g_assert_no_error (error);
  arrived_parent = tandem_store_get (b.store, TANDEM_TYPE_GOAL, tandem_goal_get_parent_id (arrived), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_record_get_uuid (TANDEM_RECORD (arrived_parent)), ==,
                   tandem_record_get_uuid (TANDEM_RECORD (long_term)));
  g_assert_cmpint (tandem_record_get_updated_at (TANDEM_RECORD (arrived)), ==,
                   tandem_record_get_updated_at (TANDEM_RECORD (short_term)));
  ids = tandem_goal_get_strategy_ids (arrived, &n_ids);
  g_assert_cmpuint (n_ids, ==, 1);
  g_assert_cmpint (test_count (&b, "SELECT count(*) FROM strategy WHERE name = 'Plan the week'"), ==, 1);
  g_assert_cmpint (ids[0], ==, test_count (&b, "SELECT id FROM strategy WHERE name = 'Plan the week'"));

  test_store_clear (&a);
  test_store_clear (&b);
}


/* A bundle already imported for one client does not fit another: the
 * message says whose the records are, the error's code says that another
 * person may fit, and nothing is written. */
static void
test_clash (void)
{
  TestStore a = { 0, }, b = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPerson) sam = tandem_person_new ("Sam", TANDEM_PERSON_ROLE_CLIENT);
  g_autoptr(TandemPerson) alex = tandem_person_new ("Alex", TANDEM_PERSON_ROLE_CLIENT);
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(TandemImportPlan) plan = NULL;
  g_autoptr(TandemImportPlan) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 sam_id, alex_id;

  test_store_init (&a);
  test_store_init (&b);

  goal = tandem_goal_new (a.owner_id, TANDEM_FRAMEWORK_SMART, "Walk after lunch");
  g_assert_true (tandem_store_insert (a.store, TANDEM_RECORD (goal), &error));
  g_assert_no_error (error);
  bytes = tandem_exchange_export (a.store, a.owner_id, TANDEM_EXCHANGE_KIND_PROGRESS, &error);
  g_assert_no_error (error);

  g_assert_true (tandem_store_insert (b.store, TANDEM_RECORD (sam), &error));
  g_assert_true (tandem_store_insert (b.store, TANDEM_RECORD (alex), &error));
  g_assert_no_error (error);
  sam_id = tandem_record_get_id (TANDEM_RECORD (sam));
  alex_id = tandem_record_get_id (TANDEM_RECORD (alex));

  /* Imported for Sam by mistake; then offered to Alex. */
  plan = import_ok (b.store, bytes, sam_id);
  assert_counts (plan, "goal", 1, 0, 0, 0);
  before = dump_store (b.store);

  g_assert_null (tandem_exchange_preview (b.store, bytes, alex_id, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==,
                   "records.goal[0]: This record belongs to another person in this database: Sam.");
  g_clear_error (&error);
  g_assert_false (tandem_exchange_import (b.store, bytes, alex_id, NULL, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  after = dump_store (b.store);
  g_assert_cmpstr (before, ==, after);

  /* For Sam it fits: nothing new. */
  again = tandem_exchange_preview (b.store, bytes, sam_id, &error);
  g_assert_no_error (error);
  assert_counts (again, "goal", 0, 0, 0, 1);

  test_store_clear (&a);
  test_store_clear (&b);
}

/* "The due date cannot come before the day the homework is assigned" came
 * after bundles that hold such homework: they still import, as they are.
 * New input keeps the rule. */
static void
test_older_homework (void)
{
  TestStore a = { 0, }, b = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(TandemHomework) stored = NULL;
  g_autoptr(TandemHomework) fresh = NULL;
  g_autoptr(TandemImportPlan) preview = NULL;
  g_autoptr(TandemImportPlan) plan = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GListStore) list = NULL;
  JsonArray *records;

  test_store_init (&a);
  test_store_init (&b);

  homework = tandem_homework_new (a.owner_id, "Thought record", "2026-03-10");
  tandem_homework_set_due_on (homework, "2026-03-12");
  g_assert_true (tandem_homework_save (a.store, homework, &error));
  g_assert_no_error (error);

  /* As a version before the rule wrote it: due two days before. */
  node = export_node (a.store, a.owner_id, TANDEM_EXCHANGE_KIND_PLAN);
  records = json_object_get_array_member (json_object_get_object_member (json_node_get_object (node), "records"),
                                          "homework");
  g_assert_cmpuint (json_array_get_length (records), ==, 1);
  json_object_set_string_member (json_array_get_object_element (records, 0), "due-on", "2026-03-08");
  bytes = node_bytes (node);

  preview = tandem_exchange_preview (b.store, bytes, b.owner_id, &error);
  g_assert_no_error (error);
  assert_counts (preview, "homework", 1, 0, 0, 0);
  plan = import_ok (b.store, bytes, b.owner_id);
  assert_counts (plan, "homework", 1, 0, 0, 0);

  list = tandem_store_list_homework (b.store, b.owner_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  stored = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (tandem_homework_get_title (stored), ==, "Thought record");
  g_assert_cmpstr (tandem_homework_get_assigned_on (stored), ==, "2026-03-10");
  g_assert_cmpstr (tandem_homework_get_due_on (stored), ==, "2026-03-08");

  /* What is stored can be marked done without being refused. */
  g_assert_true (tandem_homework_mark_done (b.store, stored, TRUE, &error));
  g_assert_no_error (error);

  /* Checked as new input, the rule stands: the stored one is refused as it
   * is, and so is a new one. */
  g_assert_true (tandem_record_validate (TANDEM_RECORD (stored), &error));
  g_assert_no_error (error);
  g_assert_false (tandem_record_check_input (TANDEM_RECORD (stored), &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The due date cannot come before the day the homework is assigned.");
  g_clear_error (&error);

  fresh = tandem_homework_new (b.owner_id, "Walk", "2026-03-10");
  tandem_homework_set_due_on (fresh, "2026-03-08");
  g_assert_false (tandem_homework_save (b.store, fresh, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The due date cannot come before the day the homework is assigned.");
  g_clear_error (&error);
  g_assert_false (tandem_record_is_stored (TANDEM_RECORD (fresh)));

  test_store_clear (&a);
  test_store_clear (&b);
}

/* An import looks every record up by UUID: by the unique index, never a
 * scan of the table. */
static void
test_query_plans (void)
{
  TestStore t = { 0, };
  static const char * const queries[] = {
    "SELECT id, created_at, updated_at FROM check_in WHERE uuid = ?",
    "SELECT count(*) FROM check_in WHERE person_id = ?1 AND uuid = ?2",
    "SELECT count(*) FROM reminder_firing WHERE reminder_id IN (SELECT id FROM reminder WHERE person_id = ?1) AND uuid = ?2",
    "SELECT count(*) FROM goal_revision WHERE goal_id IN (SELECT id FROM goal WHERE person_id = ?1) AND uuid = ?2",
    "SELECT deleted_at FROM tombstone WHERE uuid = ?",
  };

  test_store_init (&t);
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *plan = test_query_plan (&t, queries[i]);

      g_test_message ("%s\n  → %s", queries[i], plan);
      g_assert_true (strstr (plan, "sqlite_autoindex") != NULL || strstr (plan, "PRIMARY KEY") != NULL);
      g_assert_null (strstr (plan, "SCAN"));
    }
  test_store_clear (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exchange/round-trip", test_round_trip);
  g_test_add_func ("/exchange/merge-rules", test_merge_rules);
  g_test_add_func ("/exchange/bad-bundles", test_bad_bundles);
  g_test_add_func ("/exchange/person-needed", test_person_needed);
  g_test_add_func ("/exchange/match-person", test_match_person);
  g_test_add_func ("/exchange/private-notes", test_private_notes);
  g_test_add_func ("/exchange/tombstones-stay-private", test_tombstones_stay_private);
  g_test_add_func ("/exchange/csv", test_csv);
  g_test_add_func ("/exchange/parent-goal", test_parent_goal);
  g_test_add_func ("/exchange/clash", test_clash);
  g_test_add_func ("/exchange/older-homework", test_older_homework);
  g_test_add_func ("/exchange/query-plans", test_query_plans);

  return g_test_run ();
}
