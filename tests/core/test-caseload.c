/* test-caseload.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-caseload"

#include "config.h"

#include <string.h>

#include "tandem-core.h"
#include "tandem-plans-private.h"
#include "test-util.h"

#define DAY_USEC ((gint64) 24 * 60 * 60 * G_USEC_PER_SEC)

/* 2026-06-15 12:00 UTC */
#define NOW ((gint64) 1781524800 * G_USEC_PER_SEC)

static void
insert (TestStore *t,
        gpointer   record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_store_insert (t->store, record, &error));
  g_assert_no_error (error);
}

static gint64
add_client (TestStore  *t,
            const char *name)
{
  g_autoptr(TandemPerson) person = tandem_person_new (name, TANDEM_PERSON_ROLE_CLIENT);

  insert (t, person);
  return tandem_record_get_id (TANDEM_RECORD (person));
}

static void
add_check_in (TestStore  *t,
              gint64      person_id,
              const char *day)
{
  g_autoptr(TandemCheckIn) entry = tandem_check_in_new (person_id, 0, day);

  tandem_check_in_set_rating (entry, 5);
  insert (t, entry);
}

static void
add_response (TestStore  *t,
              gint64      person_id,
              const char *day,
              gint64      taken_at,
              gboolean    flagged)
{
  g_autoptr(TandemResponse) response = tandem_response_new (person_id, "phq9", day);

  tandem_response_set_taken_at (response, taken_at);
  tandem_response_set_total (response, 12);
  tandem_response_set_safety_flag (response, flagged);
  insert (t, response);
}

static void
add_session (TestStore *t,
             gint64     person_id,
             gint64     starts_at)
{
  g_autoptr(TandemTherapySession) session = tandem_therapy_session_new (person_id, starts_at);

  insert (t, session);
}

static TandemCaseloadEntry *
entry_named (GListModel *entries,
             const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(TandemCaseloadEntry) entry = g_list_model_get_item (entries, i);

      if (g_strcmp0 (tandem_caseload_entry_get_name (entry), name) == 0)
        return entry;
    }

  g_assert_not_reached ();
}

static char *
names_in_order (GListModel          *entries,
                TandemCaseloadOrder  order)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (entries, i));

  for (guint i = 0; i < sorted->len; i++)
    for (guint j = i + 1; j < sorted->len; j++)
      if (tandem_caseload_entry_compare (sorted->pdata[j], sorted->pdata[i], order) < 0)
        {
          gpointer swap = sorted->pdata[i];

          sorted->pdata[i] = sorted->pdata[j];
          sorted->pdata[j] = swap;
        }

  for (guint i = 0; i < sorted->len; i++)
    g_string_append_printf (names, "%s%s", i ? "," : "",
                            tandem_caseload_entry_get_name (sorted->pdata[i]));

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
test_figures_and_order (void)
{
  TestStore t;
  g_autoptr(GListStore) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *by_name = NULL;
  g_autofree char *by_session = NULL;
  g_autofree char *by_activity = NULL;
  gint64 ada, ben, cleo, dana;
  TandemCaseloadEntry *entry;

  test_store_init (&t);

  ada = add_client (&t, "Ada");
  ben = add_client (&t, "ben");
  cleo = add_client (&t, "Cleo");
  dana = add_client (&t, "Dana");

  /* Ada: a check-in and a later questionnaire; a session next week. */
  add_check_in (&t, ada, "2026-06-10");
  add_response (&t, ada, "2026-06-12", NOW - 3 * DAY_USEC, FALSE);
  add_session (&t, ada, NOW - 14 * DAY_USEC);
  add_session (&t, ada, NOW + 7 * DAY_USEC);

  /* ben: a flag before the last session, which was seen to there. */
  add_response (&t, ben, "2026-06-01", NOW - 14 * DAY_USEC, TRUE);
  add_session (&t, ben, NOW - 7 * DAY_USEC);
  add_session (&t, ben, NOW + 2 * DAY_USEC);
  add_check_in (&t, ben, "2026-06-14");

  /* Cleo: a flag after her last session. */
  add_session (&t, cleo, NOW - 10 * DAY_USEC);
  add_response (&t, cleo, "2026-06-13", NOW - 2 * DAY_USEC, TRUE);

  /* Dana: nothing yet, and archived. */
  {
    g_autoptr(TandemPerson) person = tandem_store_get (t.store, TANDEM_TYPE_PERSON, dana, &error);

    g_assert_no_error (error);
    tandem_person_set_archived (person, TRUE);
    g_assert_true (tandem_store_update (t.store, TANDEM_RECORD (person), &error));
    g_assert_no_error (error);
  }

  entries = tandem_caseload_load (t.store, NOW, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (entries)), ==, 3);

  entry = entry_named (G_LIST_MODEL (entries), "Ada");
  g_assert_cmpstr (tandem_caseload_entry_get_last_activity (entry), ==, "2026-06-12");
  g_assert_cmpint (tandem_caseload_entry_get_next_session (entry), ==, NOW + 7 * DAY_USEC);
  g_assert_false (tandem_caseload_entry_get_flagged (entry));

  entry = entry_named (G_LIST_MODEL (entries), "ben");
  g_assert_cmpstr (tandem_caseload_entry_get_last_activity (entry), ==, "2026-06-14");
  g_assert_false (tandem_caseload_entry_get_flagged (entry));

  entry = entry_named (G_LIST_MODEL (entries), "Cleo");
  g_assert_cmpint (tandem_caseload_entry_get_next_session (entry), ==, 0);
  g_assert_true (tandem_caseload_entry_get_flagged (entry));

  /* Flagged first in every order; names ignore case. */
  by_name = names_in_order (G_LIST_MODEL (entries), TANDEM_CASELOAD_ORDER_NAME);
  g_assert_cmpstr (by_name, ==, "Cleo,Ada,ben");
  by_session = names_in_order (G_LIST_MODEL (entries), TANDEM_CASELOAD_ORDER_NEXT_SESSION);
  g_assert_cmpstr (by_session, ==, "Cleo,ben,Ada");
  by_activity = names_in_order (G_LIST_MODEL (entries), TANDEM_CASELOAD_ORDER_LAST_ACTIVITY);
  g_assert_cmpstr (by_activity, ==, "Cleo,ben,Ada");

  g_clear_object (&entries);
  entries = tandem_caseload_load (t.store, NOW, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (entries)), ==, 4);
  entry = entry_named (G_LIST_MODEL (entries), "Dana");
  g_assert_null (tandem_caseload_entry_get_last_activity (entry));
  g_assert_cmpint (tandem_caseload_entry_get_next_session (entry), ==, 0);

  test_store_clear (&t);
}

/* A client with a flag and no session yet: flags from the last 30 days. */
static void
test_flag_without_session (void)
{
  TestStore t;
  g_autoptr(GListStore) entries = NULL;
  g_autoptr(GError) error = NULL;
  gint64 old, recent;

  test_store_init (&t);

  old = add_client (&t, "Old flag");
  recent = add_client (&t, "Recent flag");
  add_response (&t, old, "2026-04-01", NOW - 70 * DAY_USEC, TRUE);
  add_response (&t, recent, "2026-06-05", NOW - 10 * DAY_USEC, TRUE);

  entries = tandem_caseload_load (t.store, NOW, FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (tandem_caseload_entry_get_flagged (entry_named (G_LIST_MODEL (entries), "Old flag")));
  g_assert_true (tandem_caseload_entry_get_flagged (entry_named (G_LIST_MODEL (entries), "Recent flag")));

  test_store_clear (&t);
}

/* Every figure comes from an index: no table of records is scanned. */
static void
test_query_plan_uses_indexes (void)
{
  TestStore t;
  g_autofree char *plan = NULL;

  test_store_init (&t);

  plan = test_query_plan (&t, _tandem_caseload_get_sql ());
  g_test_message ("%s", plan);
  g_assert_nonnull (strstr (plan, "check_in_person_day"));
  g_assert_nonnull (strstr (plan, "response_person_day"));
  g_assert_nonnull (strstr (plan, "therapy_session_person"));
  g_assert_nonnull (strstr (plan, "response_flagged"));
  g_assert_null (strstr (plan, "SCAN check_in"));
  g_assert_null (strstr (plan, "SCAN response"));
  g_assert_null (strstr (plan, "SCAN therapy_session"));

  test_store_clear (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/caseload/figures-and-order", test_figures_and_order);
  g_test_add_func ("/caseload/flag-without-session", test_flag_without_session);
  g_test_add_func ("/caseload/query-plan", test_query_plan_uses_indexes);

  return g_test_run ();
}
