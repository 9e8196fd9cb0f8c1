/* test-demo.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-demo"

#include "config.h"

#include "tandem-core.h"
#include "test-util.h"

static char *
fill (const char        *dir,
      const char        *name,
      TandemDemoProfile  profile,
      guint              clients,
      guint              years,
      guint32            seed)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;
  TandemDemoOptions options = {
    .profile = profile, .clients = clients, .years = years, .seed = seed, .today = "2026-11-22",
  };

  store = tandem_store_open (path, &error);
  g_assert_no_error (error);
  tandem_demo_fill (store, &options, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static void
test_client_profile (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = fill (dir, "client.db", TANDEM_DEMO_PROFILE_CLIENT, 0, 0, 1);

  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM person"), ==, 1);
  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM goal"), ==, 5);
  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM goal WHERE framework = 'smart'"), ==, 3);
  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM goal WHERE instrument = 'gad7'"), ==, 1);
  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM goal_revision"), ==, 1);

  /* About five months of check-ins with gaps, wins and stressors. */
  g_assert_cmpstr (test_query_text (path, "SELECT min(day) FROM check_in"), >=, "2026-06-20");
  g_assert_cmpstr (test_query_text (path, "SELECT max(day) FROM check_in"), <=, "2026-11-22");
  g_assert_cmpint (test_query_int (path, "SELECT count(DISTINCT day) FROM check_in"), >, 100);
  g_assert_cmpint (test_query_int (path, "SELECT count(DISTINCT day) FROM check_in"), <, 151);
  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM check_in WHERE win = 1"), >, 5);
  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM check_in WHERE stressors IS NOT NULL"), >, 10);
  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM check_in_strategy"), >, 50);

  /* Anxiety falls over the months. */
  g_assert_cmpint (test_query_int (path, "SELECT total FROM response WHERE instrument = 'gad7' ORDER BY day LIMIT 1"),
                   >, test_query_int (path, "SELECT total FROM response WHERE instrument = 'gad7' ORDER BY day DESC LIMIT 1"));
  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM response WHERE instrument = 'rses'"), >=, 5);
  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM response r WHERE total <> "
                                         "(SELECT sum(value) FROM response_item WHERE response_id = r.id) "
                                         "AND instrument <> 'rses'"), ==, 0);
  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM homework"), ==, 8);
  g_assert_cmpint (test_query_int (path, "SELECT count(*) FROM reminder"), ==, 3);

  test_remove_tree (dir);
}

static void
test_therapist_profile_is_deterministic (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *a = fill (dir, "a.db", TANDEM_DEMO_PROFILE_THERAPIST, 6, 1, 7);
  g_autofree char *b = fill (dir, "b.db", TANDEM_DEMO_PROFILE_THERAPIST, 6, 1, 7);
  g_autofree char *c = fill (dir, "c.db", TANDEM_DEMO_PROFILE_THERAPIST, 6, 1, 8);
  const char *digest = "SELECT group_concat(uuid || day || ifnull(value, '') || ifnull(rating, ''), ',') "
                       "FROM (SELECT * FROM check_in ORDER BY id)";
  g_autofree char *digest_a = NULL;

  g_assert_cmpint (test_query_int (a, "SELECT count(*) FROM person WHERE role = 'client'"), ==, 6);
  g_assert_cmpint (test_query_int (a, "SELECT count(*) FROM person WHERE role = 'owner'"), ==, 1);
  g_assert_cmpint (test_query_int (a, "SELECT count(DISTINCT display_name) FROM person"), ==, 7);
  g_assert_cmpint (test_query_int (a, "SELECT count(*) FROM goal"), ==, 6 * 5 + 2);
  g_assert_cmpint (test_query_int (a, "SELECT count(*) FROM therapy_session"), >, 6 * 20);
  g_assert_cmpint (test_query_int (a, "SELECT count(*) FROM response WHERE instrument = 'phq9'"), >=, 6 * 25);

  /* Daily check-ins with gaps: about five rows a day per client. */
  g_assert_cmpint (test_query_int (a, "SELECT count(*) FROM check_in"), >, 6 * 365 * 4);
  g_assert_cmpint (test_query_int (a, "SELECT count(*) FROM check_in"), <, 6 * 366 * 6);

  digest_a = g_strdup (test_query_text (a, digest));
  g_assert_cmpstr (digest_a, ==, test_query_text (b, digest));
  g_assert_cmpstr (digest_a, !=, test_query_text (c, digest));

  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/demo/client", test_client_profile);
  g_test_add_func ("/demo/therapist/deterministic", test_therapist_profile_is_deterministic);

  return g_test_run ();
}
