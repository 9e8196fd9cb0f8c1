/* test-store.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "tandem-core.h"
#include "test-util.h"

static void
test_open_creates_private_files (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "deep", "er", "tandem.db", NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  store = tandem_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (tandem_store_get_schema_version (store), ==, TANDEM_STORE_SCHEMA_VERSION);
  g_assert_cmpstr (tandem_store_get_path (store), ==, path);

  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* WAL, foreign keys and the application id, as seen by another reader. */
  g_assert_cmpstr (test_query_text (path, "PRAGMA journal_mode"), ==, "wal");
  g_assert_cmpint (test_query_int (path, "PRAGMA application_id"), ==, TANDEM_STORE_APPLICATION_ID);
  g_assert_cmpint (test_query_int (path, "PRAGMA user_version"), ==, TANDEM_STORE_SCHEMA_VERSION);

  g_clear_object (&store);
  test_remove_tree (dir);
}

static void
test_default_path (void)
{
  g_autofree char *path = NULL;

  g_setenv ("TANDEM_DB", "/tmp/somewhere/x.db", TRUE);
  path = tandem_store_dup_default_path ();
  g_assert_cmpstr (path, ==, "/tmp/somewhere/x.db");
  g_clear_pointer (&path, g_free);

  g_unsetenv ("TANDEM_DB");
  path = tandem_store_dup_default_path ();
  g_assert_true (g_str_has_suffix (path, "/tandem/tandem.db"));
  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
}

static void
test_person_crud (void)
{
  TestStore t;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemPerson) again = NULL;
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(GListStore) persons = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  test_store_init (&t);

  person = tandem_person_new ("Robin", TANDEM_PERSON_ROLE_CLIENT);
  g_assert_false (tandem_record_is_stored (TANDEM_RECORD (person)));
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (person), &error));
  g_assert_no_error (error);

  id = tandem_record_get_id (TANDEM_RECORD (person));
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (strlen (tandem_record_get_uuid (TANDEM_RECORD (person))), ==, 36);
  g_assert_cmpint (tandem_record_get_uuid (TANDEM_RECORD (person))[14], ==, '7');
  g_assert_cmpint (tandem_record_get_created_at (TANDEM_RECORD (person)), >, 0);

  again = tandem_store_get (t.store, TANDEM_TYPE_PERSON, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_person_get_display_name (again), ==, "Robin");
  g_assert_cmpint (tandem_person_get_role (again), ==, TANDEM_PERSON_ROLE_CLIENT);
  g_assert_cmpstr (tandem_record_get_uuid (TANDEM_RECORD (again)), ==,
                   tandem_record_get_uuid (TANDEM_RECORD (person)));

  owner = tandem_store_dup_owner (t.store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (owner)), ==, t.owner_id);

  /* Update through a property, as a bound widget would. */
  g_object_set (again, "display-name", "Robin B.", "notes", "Prefers mornings", NULL);
  g_assert_true (tandem_store_update (t.store, TANDEM_RECORD (again), &error));
  g_assert_no_error (error);
  g_clear_object (&person);
  person = tandem_store_get_by_uuid (t.store, TANDEM_TYPE_PERSON,
                                     tandem_record_get_uuid (TANDEM_RECORD (again)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_person_get_display_name (person), ==, "Robin B.");
  g_assert_cmpstr (tandem_person_get_notes (person), ==, "Prefers mornings");
  g_assert_cmpint (tandem_record_get_updated_at (TANDEM_RECORD (person)), >=,
                   tandem_record_get_created_at (TANDEM_RECORD (person)));

  {
    g_autoptr(TandemPerson) b = tandem_person_new ("bea", TANDEM_PERSON_ROLE_CLIENT);
    g_autoptr(TandemPerson) a = tandem_person_new ("Ada", TANDEM_PERSON_ROLE_CLIENT);

    g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (b), &error));
    g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (a), &error));
    tandem_person_set_archived (b, TRUE);
    g_assert_true (tandem_store_update (t.store, TANDEM_RECORD (b), &error));
    g_assert_no_error (error);
  }

  persons = tandem_store_list_persons (t.store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (persons)), ==, 4);
  {
    g_autoptr(TandemPerson) first = g_list_model_get_item (G_LIST_MODEL (persons), 0);
    g_autoptr(TandemPerson) second = g_list_model_get_item (G_LIST_MODEL (persons), 1);

    g_assert_cmpint (tandem_person_get_role (first), ==, TANDEM_PERSON_ROLE_OWNER);
    g_assert_cmpstr (tandem_person_get_display_name (second), ==, "Ada");
  }
  g_clear_object (&persons);
  persons = tandem_store_list_persons (t.store, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (persons)), ==, 3);

  g_assert_true (tandem_store_delete (t.store, TANDEM_RECORD (person), &error));
  g_assert_no_error (error);
  g_assert_false (tandem_record_is_stored (TANDEM_RECORD (person)));
  g_clear_object (&again);
  again = tandem_store_get (t.store, TANDEM_TYPE_PERSON, id, &error);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_assert_null (again);

  test_store_clear (&t);
}

static void
test_validation_messages (void)
{
  TestStore t;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPerson) nameless = tandem_person_new ("   ", TANDEM_PERSON_ROLE_CLIENT);
  g_autoptr(TandemCheckIn) bad_day = NULL;
  g_autoptr(TandemCheckIn) bad_rating = NULL;
  g_autoptr(TandemGoal) goal = NULL;

  test_store_init (&t);

  g_assert_false (tandem_store_insert (t.store, TANDEM_RECORD (nameless), &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The name cannot be empty.");
  g_assert_false (tandem_record_is_stored (TANDEM_RECORD (nameless)));
  g_clear_error (&error);

  bad_day = tandem_check_in_new (t.owner_id, 0, "2026-02-30");
  g_assert_false (tandem_store_insert (t.store, TANDEM_RECORD (bad_day), &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“2026-02-30” is not a date in the form YYYY-MM-DD.");
  g_clear_error (&error);

  bad_rating = tandem_check_in_new (t.owner_id, 0, "2026-02-28");
  tandem_check_in_set_rating (bad_rating, 11);
  g_assert_false (tandem_store_insert (t.store, TANDEM_RECORD (bad_rating), &error));
  g_assert_cmpstr (error->message, ==, "The rating must be between 0 and 10, not 11.");
  g_clear_error (&error);

  goal = tandem_goal_new (t.owner_id, TANDEM_FRAMEWORK_SMART, "Sleep better");
  tandem_goal_set_start_date (goal, "2026-03-01");
  tandem_goal_set_due_date (goal, "2026-02-01");
  g_assert_false (tandem_store_insert (t.store, TANDEM_RECORD (goal), &error));
  g_assert_cmpstr (error->message, ==, "The due date must come after the start date.");
  g_clear_error (&error);

  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM check_in"), ==, 0);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM goal"), ==, 0);

  test_store_clear (&t);
}

static void
test_failed_write_rolls_back (void)
{
  TestStore t;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemCheckIn) good = NULL;
  g_autoptr(TandemCheckIn) orphan = NULL;
  g_autoptr(TandemResponse) response = NULL;
  int answers[] = { 1, 2, 3, 3 };

  test_store_init (&t);

  /* Two writes grouped: the second fails, so neither is kept. */
  g_assert_true (tandem_store_begin (t.store, &error));
  good = tandem_check_in_new (t.owner_id, 0, "2026-03-01");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (good), &error));
  orphan = tandem_check_in_new (t.owner_id, 9999, "2026-03-01");
  g_assert_false (tandem_store_insert (t.store, TANDEM_RECORD (orphan), &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==,
                   "This refers to something that no longer exists. Nothing was changed.");
  g_assert_false (tandem_record_is_stored (TANDEM_RECORD (orphan)));
  g_clear_error (&error);
  tandem_store_rollback (t.store);

  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM check_in"), ==, 0);

  /* A child row that fails takes its parent row with it. */
  response = tandem_response_new (t.owner_id, "phq9", "2026-03-01");
  tandem_response_set_taken_at (response, 1);
  tandem_response_set_answers (response, answers, G_N_ELEMENTS (answers));
  test_exec (&t, "CREATE TRIGGER refuse BEFORE INSERT ON response_item WHEN new.item = 3 "
                 "BEGIN SELECT RAISE (ABORT, 'refused'); END");
  g_assert_false (tandem_store_insert (t.store, TANDEM_RECORD (response), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM response"), ==, 0);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM response_item"), ==, 0);

  test_store_clear (&t);
}

static void
test_goal_revisions_and_strategies (void)
{
  TestStore t;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(TandemGoal) loaded = NULL;
  g_autoptr(TandemStrategy) breathing = NULL;
  g_autoptr(TandemStrategy) grounding = NULL;
  g_autoptr(GListStore) revisions = NULL;
  g_autoptr(TandemGoalRevision) revision = NULL;
  g_autoptr(JsonNode) snapshot = NULL;
  gint64 ids[2];
  const gint64 *loaded_ids;
  guint n_ids;

  test_store_init (&t);

  breathing = tandem_strategy_new (t.owner_id, "Box breathing");
  grounding = tandem_strategy_new (t.owner_id, "Grounding");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (breathing), &error));
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (grounding), &error));
  ids[0] = tandem_record_get_id (TANDEM_RECORD (breathing));
  ids[1] = tandem_record_get_id (TANDEM_RECORD (grounding));

  goal = tandem_goal_new (t.owner_id, TANDEM_FRAMEWORK_SMART, "Handle anger");
  tandem_goal_set_measure_kind (goal, TANDEM_MEASURE_COUNT);
  tandem_goal_set_baseline (goal, 1);
  tandem_goal_set_target (goal, 5);
  tandem_goal_set_start_date (goal, "2026-01-10");
  tandem_goal_set_due_date (goal, "2026-04-10");
  tandem_goal_set_strategy_ids (goal, ids, 2);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (goal), &error));
  g_assert_no_error (error);

  tandem_goal_set_target (goal, 4);
  g_assert_true (tandem_store_revise_goal (t.store, goal, "Five was too many to start with",
                                           TANDEM_AUTHOR_THERAPIST, &error));
  g_assert_no_error (error);
  tandem_goal_set_status (goal, TANDEM_GOAL_STATUS_PAUSED);
  g_assert_true (tandem_store_update (t.store, TANDEM_RECORD (goal), &error));

  loaded = tandem_store_get (t.store, TANDEM_TYPE_GOAL, tandem_record_get_id (TANDEM_RECORD (goal)), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (tandem_goal_get_target (loaded), ==, 4);
  g_assert_cmpfloat (tandem_goal_get_baseline (loaded), ==, 1);
  g_assert_cmpint (tandem_goal_get_status (loaded), ==, TANDEM_GOAL_STATUS_PAUSED);
  g_assert_cmpint (tandem_goal_get_review_every_days (loaded), ==, TANDEM_INT_UNSET);
  loaded_ids = tandem_goal_get_strategy_ids (loaded, &n_ids);
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_cmpint (loaded_ids[0], ==, ids[0]);
  g_assert_cmpint (loaded_ids[1], ==, ids[1]);

  revisions = tandem_store_list_goal_revisions (t.store, tandem_record_get_id (TANDEM_RECORD (goal)), &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (revisions)), ==, 2);
  revision = g_list_model_get_item (G_LIST_MODEL (revisions), 0);
  g_assert_cmpstr (tandem_goal_revision_get_reason (revision), ==, "Five was too many to start with");
  g_assert_cmpint (tandem_goal_revision_get_revised_by (revision), ==, TANDEM_AUTHOR_THERAPIST);
  snapshot = json_from_string (tandem_goal_revision_get_snapshot (revision), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (json_object_get_double_member (json_node_get_object (snapshot), "target"), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (snapshot), "status"), ==, "active");

  /* Deleting a strategy unlinks it from the goal. */
  g_assert_true (tandem_store_delete (t.store, TANDEM_RECORD (breathing), &error));
  g_clear_object (&loaded);
  loaded = tandem_store_get (t.store, TANDEM_TYPE_GOAL, tandem_record_get_id (TANDEM_RECORD (goal)), &error);
  loaded_ids = tandem_goal_get_strategy_ids (loaded, &n_ids);
  g_assert_cmpuint (n_ids, ==, 1);
  g_assert_cmpint (loaded_ids[0], ==, ids[1]);

  test_store_clear (&t);
}

static void
test_check_ins_and_tombstones (void)
{
  TestStore t;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(TandemStrategy) strategy = NULL;
  g_autoptr(GListStore) month = NULL;
  g_autoptr(GListStore) chart = NULL;
  g_autoptr(TandemCheckIn) first = NULL;
  const TandemStrategyUse *uses;
  guint n_uses;
  double latest;
  const char *days[] = { "2024-01-31", "2024-02-01", "2024-02-29", "2024-03-01", "2024-12-31",
                         "2025-01-01" };

  test_store_init (&t);

  goal = tandem_goal_new (t.owner_id, TANDEM_FRAMEWORK_PACT, "Practise coping strategies");
  strategy = tandem_strategy_new (t.owner_id, "Journaling");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (goal), &error));
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (strategy), &error));

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(TandemCheckIn) check_in = tandem_check_in_new (t.owner_id, i % 2 ? 0 : tandem_record_get_id (TANDEM_RECORD (goal)), days[i]);

      tandem_check_in_set_value (check_in, i);
      tandem_check_in_set_rating (check_in, (int) i);
      tandem_check_in_set_win (check_in, i == 2);
      tandem_check_in_add_strategy (check_in, tandem_record_get_id (TANDEM_RECORD (strategy)),
                                    TANDEM_HELPED_YES);
      g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (check_in), &error));
      g_assert_no_error (error);
    }

  /* February of a leap year: the 1st to the 29th. */
  month = tandem_store_list_check_ins (t.store, t.owner_id, "2024-02-01", "2024-02-29", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (month)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (month), 0);
  g_assert_cmpstr (tandem_check_in_get_day (first), ==, "2024-02-01");
  g_assert_true (isnan (tandem_check_in_get_value (first)) == FALSE);
  uses = tandem_check_in_get_strategies (first, &n_uses);
  g_assert_cmpuint (n_uses, ==, 1);
  g_assert_cmpint (uses[0].helped, ==, TANDEM_HELPED_YES);

  /* The year's turn. */
  g_clear_object (&month);
  month = tandem_store_list_check_ins (t.store, t.owner_id, "2024-12-01", "2024-12-31", &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (month)), ==, 1);

  chart = tandem_store_list_goal_check_ins (t.store, tandem_record_get_id (TANDEM_RECORD (goal)),
                                            NULL, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (chart)), ==, 3);

  /* The goal's values, by day, without records. */
  {
    g_autoptr(GArray) values = tandem_store_list_goal_values (t.store, tandem_record_get_id (TANDEM_RECORD (goal)),
                                                              "2024-02-01", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (values->len, ==, 2);
    g_assert_cmpstr (g_array_index (values, TandemGoalValue, 0).day, ==, "2024-02-29");
    g_assert_cmpfloat (g_array_index (values, TandemGoalValue, 0).value, ==, 2);
    g_assert_cmpstr (g_array_index (values, TandemGoalValue, 1).day, ==, "2024-12-31");
    g_assert_cmpfloat (g_array_index (values, TandemGoalValue, 1).value, ==, 4);
  }

  /* The mood: the ratings of the check-ins for the day as a whole. */
  {
    g_autoptr(GArray) moods = tandem_store_list_mood_values (t.store, t.owner_id, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (moods->len, ==, 3);
    g_assert_cmpstr (g_array_index (moods, TandemGoalValue, 0).day, ==, "2024-02-01");
    g_assert_cmpfloat (g_array_index (moods, TandemGoalValue, 0).value, ==, 1);
  }

  /* The goal's latest value: the newest check-in with one, in the range. */
  g_assert_true (tandem_store_get_latest_goal_value (t.store, tandem_record_get_id (TANDEM_RECORD (goal)),
                                                     NULL, NULL, &latest, &error));
  g_assert_cmpfloat (latest, ==, 4);
  g_assert_true (tandem_store_get_latest_goal_value (t.store, tandem_record_get_id (TANDEM_RECORD (goal)),
                                                     "2024-01-01", "2024-12-30", &latest, &error));
  g_assert_cmpfloat (latest, ==, 2);
  g_assert_true (tandem_store_get_latest_goal_value (t.store, tandem_record_get_id (TANDEM_RECORD (goal)),
                                                     "2025-01-01", NULL, &latest, &error));
  g_assert_true (isnan (latest));
  g_assert_no_error (error);

  /* A rating is the value of a goal measured on a 0-10 scale. */
  {
    g_autoptr(TandemCheckIn) rated = tandem_check_in_new (t.owner_id, tandem_record_get_id (TANDEM_RECORD (goal)),
                                                          "2025-02-01");

    tandem_check_in_set_rating (rated, 7);
    g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (rated), &error));
    g_assert_true (tandem_store_get_latest_goal_value (t.store, tandem_record_get_id (TANDEM_RECORD (goal)),
                                                       NULL, NULL, &latest, &error));
    g_assert_cmpfloat (latest, ==, 7);
  }

  /* Deleting the goal deletes its check-ins; each leaves a tombstone. */
  g_assert_cmpint (tandem_store_count_tombstones (t.store, &error), ==, 0);
  g_assert_true (tandem_store_delete (t.store, TANDEM_RECORD (goal), &error));
  g_assert_cmpint (tandem_store_count (t.store, TANDEM_TYPE_CHECK_IN, &error), ==, 3);
  g_assert_cmpint (tandem_store_count_tombstones (t.store, &error), ==, 5);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM tombstone WHERE entity = 'check-in'"), ==, 4);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM check_in_strategy"), ==, 3);

  test_store_clear (&t);
}

static void
test_every_entity_round_trips (void)
{
  TestStore t;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemHomework) homework = tandem_homework_new (0, "Practise breathing", "2026-05-01");
  g_autoptr(TandemQuestionnaire) questionnaire = tandem_questionnaire_new ("sleep", "Sleep diary", "{\"items\":[]}");
  g_autoptr(TandemResponse) response = NULL;
  g_autoptr(TandemReminder) reminder = NULL;
  g_autoptr(TandemReminderFiring) firing = NULL;
  g_autoptr(TandemTherapySession) session = NULL;
  g_autoptr(TandemRestDay) rest = NULL;
  g_autoptr(TandemResponse) loaded_response = NULL;
  g_autoptr(TandemReminder) loaded_reminder = NULL;
  g_autoptr(GListStore) list = NULL;
  int answers[] = { 0, 1, 2, 3, TANDEM_INT_UNSET, 1, 0, 0, 1 };
  const int *loaded_answers;
  guint n;

  test_store_init (&t);

  tandem_homework_set_person_id (homework, t.owner_id);
  tandem_homework_set_due_on (homework, "2026-05-08");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (homework), &error));
  g_assert_no_error (error);
  tandem_homework_set_done_at (homework, 1777777777000000);
  g_assert_true (tandem_store_update (t.store, TANDEM_RECORD (homework), &error));
  list = tandem_store_list_homework (t.store, t.owner_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_clear_object (&list);

  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (questionnaire), &error));
  list = tandem_store_list_questionnaires (t.store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_clear_object (&list);

  response = tandem_response_new (t.owner_id, "phq9", "2026-05-02");
  tandem_response_set_taken_at (response, 1777700000000000);
  tandem_response_set_answers (response, answers, G_N_ELEMENTS (answers));
  tandem_response_set_safety_flag (response, TRUE);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (response), &error));
  g_assert_no_error (error);
  loaded_response = tandem_store_get (t.store, TANDEM_TYPE_RESPONSE,
                                      tandem_record_get_id (TANDEM_RECORD (response)), &error);
  loaded_answers = tandem_response_get_answers (loaded_response, &n);
  g_assert_cmpuint (n, ==, 9);
  g_assert_cmpint (loaded_answers[3], ==, 3);
  g_assert_cmpint (loaded_answers[4], ==, TANDEM_INT_UNSET);
  g_assert_cmpint (loaded_answers[8], ==, 1);
  g_assert_true (tandem_response_get_safety_flag (loaded_response));
  g_assert_true (isnan (tandem_response_get_total (loaded_response)));
  list = tandem_store_list_responses (t.store, t.owner_id, "phq9", "2026-05-01", "2026-05-31", &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_clear_object (&list);
  list = tandem_store_list_responses (t.store, t.owner_id, "gad7", NULL, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_clear_object (&list);

  reminder = tandem_reminder_new (t.owner_id, TANDEM_REMINDER_KIND_HOMEWORK,
                                  TANDEM_RECURRENCE_WEEKDAYS, "08:30,20:00", "2026-05-01");
  tandem_reminder_set_weekdays (reminder, 0x1f);
  tandem_reminder_set_target_uuid (reminder, tandem_record_get_uuid (TANDEM_RECORD (homework)));
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (reminder), &error));
  loaded_reminder = tandem_store_get (t.store, TANDEM_TYPE_REMINDER,
                                      tandem_record_get_id (TANDEM_RECORD (reminder)), &error);
  g_assert_cmpint (tandem_reminder_get_kind (loaded_reminder), ==, TANDEM_REMINDER_KIND_HOMEWORK);
  g_assert_cmpint (tandem_reminder_get_recurrence (loaded_reminder), ==, TANDEM_RECURRENCE_WEEKDAYS);
  g_assert_cmpint (tandem_reminder_get_weekdays (loaded_reminder), ==, 0x1f);
  g_assert_cmpint (tandem_reminder_get_interval_weeks (loaded_reminder), ==, 1);
  g_assert_true (tandem_reminder_get_enabled (loaded_reminder));
  g_assert_cmpint (tandem_reminder_get_month_day (loaded_reminder), ==, TANDEM_INT_UNSET);
  g_assert_cmpstr (tandem_reminder_get_times (loaded_reminder), ==, "08:30,20:00");

  firing = tandem_reminder_firing_new (tandem_record_get_id (TANDEM_RECORD (reminder)),
                                       1777800000000000, TANDEM_FIRING_SHOWN);
  tandem_reminder_firing_set_fired_at (firing, 1777800000500000);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (firing), &error));
  {
    /* The same due time never fires twice. */
    g_autoptr(TandemReminderFiring) twice = tandem_reminder_firing_new (tandem_record_get_id (TANDEM_RECORD (reminder)),
                                                                         1777800000000000, TANDEM_FIRING_SHOWN);
    g_assert_false (tandem_store_insert (t.store, TANDEM_RECORD (twice), &error));
    g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);
  }
  list = tandem_store_list_reminder_firings (t.store, tandem_record_get_id (TANDEM_RECORD (reminder)), &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_clear_object (&list);
  list = tandem_store_list_reminders (t.store, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_clear_object (&list);

  session = tandem_therapy_session_new (t.owner_id, 1777900000000000);
  tandem_therapy_session_set_notes (session, "Private notes");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (session), &error));
  list = tandem_store_list_therapy_sessions (t.store, t.owner_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_clear_object (&list);

  rest = tandem_rest_day_new (t.owner_id, "2026-05-03");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (rest), &error));
  list = tandem_store_list_rest_days (t.store, t.owner_id, "2026-05-01", "2026-05-31", &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_clear_object (&list);

  /* Deleting the person takes everything; every travelling record leaves a
   * tombstone. */
  {
    g_autoptr(TandemPerson) owner = tandem_store_dup_owner (t.store, &error);

    g_assert_true (tandem_store_delete (t.store, TANDEM_RECORD (owner), &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM response_item"), ==, 0);
  g_assert_cmpint (tandem_store_count_tombstones (t.store, &error), ==, 7);
  g_assert_cmpint (tandem_store_count (t.store, TANDEM_TYPE_QUESTIONNAIRE, &error), ==, 1);

  test_store_clear (&t);
}

static void
test_notify_only_on_change (void)
{
  g_autoptr(TandemCheckIn) check_in = tandem_check_in_new (1, 0, "2026-01-01");
  guint notified = 0;

  g_signal_connect_swapped (check_in, "notify::note", G_CALLBACK (test_counter_inc), &notified);
  tandem_check_in_set_note (check_in, "Calm");
  tandem_check_in_set_note (check_in, "Calm");
  g_object_set (check_in, "note", "Calm", NULL);
  g_assert_cmpuint (notified, ==, 1);
  tandem_check_in_set_note (check_in, NULL);
  g_assert_cmpuint (notified, ==, 2);
}

/* The queries on hot paths must use their index, never scan a table. */
/* The reminder service caps its page cache; reading afterwards still works
 * and the cap stays. */
static void
test_limit_memory (void)
{
  TestStore t;
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(GError) error = NULL;

  test_store_init (&t);

  g_assert_cmpuint (tandem_store_get_cache_kib (t.store), >, 256);
  tandem_store_limit_memory (t.store, 256);
  g_assert_cmpuint (tandem_store_get_cache_kib (t.store), ==, 256);

  owner = tandem_store_dup_owner (t.store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (owner)), ==, t.owner_id);

  tandem_store_limit_memory (t.store, 256);
  g_assert_cmpuint (tandem_store_get_cache_kib (t.store), ==, 256);

  test_store_clear (&t);
}

static void
test_query_plans (void)
{
  TestStore t;
  struct {
    const char *sql;
    const char *index;
  } plans[] = {
    { "SELECT * FROM check_in WHERE person_id = 1 AND day BETWEEN '2026-01-01' AND '2026-01-31' ORDER BY day, id",
      "check_in_person_day" },
    { "SELECT * FROM check_in WHERE goal_id = 1 AND day BETWEEN '2021-01-01' AND '2026-01-31' ORDER BY day, id",
      "check_in_goal_day" },
    /* The Progress page: the mood over five years. */
    { "SELECT day, rating FROM check_in WHERE person_id = 1 AND day BETWEEN '2021-01-01' AND '2026-01-31'"
      " AND goal_id IS NULL AND rating IS NOT NULL ORDER BY day, id",
      "check_in_person_day" },
    /* The Progress page: a goal's values over five years. */
    { "SELECT day, COALESCE (value, rating) FROM check_in WHERE goal_id = 1"
      " AND day BETWEEN '2021-01-01' AND '2026-01-31' AND COALESCE (value, rating) IS NOT NULL ORDER BY day, id",
      "check_in_goal_day" },
    /* The Goals page: a goal's latest value. */
    { "SELECT COALESCE (value, rating) FROM check_in WHERE goal_id = 1 AND day BETWEEN '2026-01-01'"
      " AND '2026-03-31' AND COALESCE (value, rating) IS NOT NULL ORDER BY day DESC, id DESC LIMIT 1",
      "check_in_goal_day" },
    { "SELECT * FROM response WHERE person_id = 1 AND instrument = 'phq9' AND day BETWEEN '2021-01-01' AND '2026-01-31'",
      "response_person_instrument_day" },
    /* tandem-cli response list: every questionnaire of one person. */
    { "SELECT * FROM response WHERE person_id = 1 AND day BETWEEN '0000-01-01' AND '9999-12-31' ORDER BY day, taken_at, id",
      "response_person_day" },
    { "SELECT * FROM reminder WHERE enabled = 1 ORDER BY next_due LIMIT 1",
      "reminder_next_due" },
    { "SELECT * FROM goal WHERE person_id = 1 ORDER BY priority, id",
      "goal_person" },
  };

  test_store_init (&t);

  for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
    {
      g_autofree char *plan = test_query_plan (&t, plans[i].sql);

      g_test_message ("%s\n  → %s", plans[i].sql, plan);
      g_assert_nonnull (strstr (plan, plans[i].index));
      g_assert_null (strstr (plan, "SCAN check_in"));
      g_assert_null (strstr (plan, "SCAN response"));
    }

  test_store_clear (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/open/private-files", test_open_creates_private_files);
  g_test_add_func ("/store/open/default-path", test_default_path);
  g_test_add_func ("/store/person/crud", test_person_crud);
  g_test_add_func ("/store/validation", test_validation_messages);
  g_test_add_func ("/store/rollback", test_failed_write_rolls_back);
  g_test_add_func ("/store/goal/revisions", test_goal_revisions_and_strategies);
  g_test_add_func ("/store/check-in/ranges-and-tombstones", test_check_ins_and_tombstones);
  g_test_add_func ("/store/entities/round-trip", test_every_entity_round_trips);
  g_test_add_func ("/store/record/notify", test_notify_only_on_change);
  g_test_add_func ("/store/query-plans", test_query_plans);
  g_test_add_func ("/store/limit-memory", test_limit_memory);

  return g_test_run ();
}
