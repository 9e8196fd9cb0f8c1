/* test-questionnaire.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-questionnaire"

#include "config.h"

#include <string.h>

#include "tandem-progress-page.h"
#include "tandem-questionnaire-window.h"
#include "tandem-test-util.h"

static TandemPerson *
add_owner (TandemStore *store)
{
  g_autoptr(TandemPerson) owner = tandem_person_new ("Alex", TANDEM_PERSON_ROLE_OWNER);
  g_autoptr(GError) error = NULL;

  tandem_store_insert (store, TANDEM_RECORD (owner), &error);
  g_assert_no_error (error);

  return g_steal_pointer (&owner);
}

/* Every built-in questionnaire opens with all its items, and refuses to be
 * submitted with an item left out, naming that item. */
static void
test_builds_for_every_instrument (void)
{
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  GListModel *scales;
  guint n_scales;

  store = tandem_test_open_store (&dir);
  owner = add_owner (store);
  registry = tandem_scale_registry_new (&error);
  g_assert_no_error (error);

  scales = tandem_scale_registry_get_scales (registry);
  n_scales = g_list_model_get_n_items (scales);
  g_assert_cmpuint (n_scales, >=, 8);

  for (guint i = 0; i < n_scales; i++)
    {
      g_autoptr(TandemScale) scale = g_list_model_get_item (scales, i);
      const char *id = tandem_scale_get_id (scale);
      guint n_items = tandem_scale_get_n_items (scale);
      TandemQuestionnaireWindow *window;
      guint skipped = n_items > 1 ? n_items - 1 : 0;
      g_autofree char *expected = NULL;

      window = TANDEM_QUESTIONNAIRE_WINDOW (tandem_questionnaire_window_new (NULL, store, owner, id));
      gtk_window_present (GTK_WINDOW (window));
      tandem_test_iterate ();

      g_assert_cmpstr (tandem_questionnaire_window_get_view (window), ==, "items");
      g_assert_cmpstr (tandem_scale_get_id (tandem_questionnaire_window_get_scale (window)), ==, id);

      /* Answer all but one. */
      for (guint item = 0; item < n_items; item++)
        if (item != skipped)
          tandem_questionnaire_window_set_answer (window, item, 0);

      g_assert_false (tandem_questionnaire_window_submit (window));
      expected = g_strdup_printf ("Item %u is not answered yet", skipped + 1);
      g_assert_cmpstr (tandem_questionnaire_window_get_problem (window), ==, expected);
      g_assert_cmpstr (tandem_questionnaire_window_get_view (window), ==, "items");

      gtk_window_destroy (GTK_WINDOW (window));
    }

  tandem_test_remove_dir (dir);
}

static void
test_chooser (void)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) owner = NULL;
  g_autofree char *dir = NULL;
  TandemQuestionnaireWindow *window;

  store = tandem_test_open_store (&dir);
  owner = add_owner (store);

  window = TANDEM_QUESTIONNAIRE_WINDOW (tandem_questionnaire_window_new (NULL, store, owner, ""));
  g_assert_cmpstr (tandem_questionnaire_window_get_view (window), ==, "choose");
  g_assert_null (tandem_questionnaire_window_get_scale (window));
  g_assert_false (tandem_questionnaire_window_submit (window));
  g_assert_false (tandem_questionnaire_window_set_scale (window, "no-such-questionnaire"));
  g_assert_true (tandem_questionnaire_window_set_scale (window, "gad7"));
  g_assert_cmpstr (tandem_questionnaire_window_get_view (window), ==, "items");
  gtk_window_destroy (GTK_WINDOW (window));

  tandem_test_remove_dir (dir);
}

static void
on_response_saved_cb (TandemQuestionnaireWindow *window,
                      TandemResponse            *response,
                      TandemResponse           **out)
{
  g_set_object (out, response);
}

static TandemResponse *
take (TandemStore  *store,
      TandemPerson *person,
      const char   *id,
      const int    *options,
      const char   *view)
{
  TandemQuestionnaireWindow *window;
  TandemResponse *saved = NULL;
  TandemScale *scale;

  window = TANDEM_QUESTIONNAIRE_WINDOW (tandem_questionnaire_window_new (NULL, store, person, id));
  g_signal_connect (window, "response-saved", G_CALLBACK (on_response_saved_cb), &saved);
  scale = tandem_questionnaire_window_get_scale (window);

  for (guint item = 0; item < tandem_scale_get_n_items (scale); item++)
    tandem_questionnaire_window_set_answer (window, item, options[item]);

  g_assert_true (tandem_questionnaire_window_submit (window));
  g_assert_null (tandem_questionnaire_window_get_problem (window));
  g_assert_cmpstr (tandem_questionnaire_window_get_view (window), ==, view);
  gtk_window_destroy (GTK_WINDOW (window));

  g_assert_nonnull (saved);
  return saved;
}

static void
test_submit_and_safety (void)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(TandemResponse) first = NULL;
  g_autoptr(TandemResponse) second = NULL;
  g_autoptr(TandemResponse) flagged = NULL;
  g_autoptr(GListStore) responses = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  static const int high[] = { 3, 3, 2, 2, 2, 2, 2 };
  static const int low[] = { 0, 1, 0, 0, 1, 0, 0 };
  static const int phq9[] = { 1, 1, 1, 1, 1, 1, 1, 1, 1 };

  store = tandem_test_open_store (&dir);
  owner = add_owner (store);

  first = take (store, owner, "gad7", high, "result");
  g_assert_cmpfloat (tandem_response_get_total (first), ==, 16);
  g_assert_false (tandem_response_get_safety_flag (first));
  second = take (store, owner, "gad7", low, "result");
  g_assert_cmpfloat (tandem_response_get_total (second), ==, 2);

  /* PHQ-9 item 9 above zero: crisis guidance comes first. */
  flagged = take (store, owner, "phq9", phq9, "safety");
  g_assert_true (tandem_response_get_safety_flag (flagged));

  responses = tandem_store_list_responses (store, tandem_record_get_id (TANDEM_RECORD (owner)),
                                           NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (responses)), ==, 3);

  tandem_test_remove_dir (dir);
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    n++;

  return n;
}

/* Two PHQ-9 results, the first with item 9 answered: the chart, its summary
 * in words, the badge, the table and, for a therapist, the flag first. */
static void
test_progress_page (void)
{
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(TandemResponse) first = NULL;
  g_autoptr(TandemResponse) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  static const int before[] = { 2, 2, 2, 2, 2, 2, 2, 3, 1 };
  static const int after[] = { 1, 1, 1, 1, 1, 1, 1, 2, 0 };
  TandemScale *phq9;
  GtkWidget *page;
  GtkWidget *window;
  TandemChart *chart;

  store = tandem_test_open_store (&dir);
  owner = add_owner (store);
  registry = tandem_scale_registry_new (&error);
  g_assert_no_error (error);
  phq9 = tandem_scale_registry_lookup (registry, "phq9");

  first = tandem_scale_save_response (phq9, store, tandem_record_get_id (TANDEM_RECORD (owner)),
                                      "2026-03-03", 0, before, 9, NULL, &error);
  g_assert_no_error (error);
  second = tandem_scale_save_response (phq9, store, tandem_record_get_id (TANDEM_RECORD (owner)),
                                       "2026-06-02", 0, after, 9, NULL, &error);
  g_assert_no_error (error);

  page = tandem_progress_page_new ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), page);
  tandem_page_set_store (TANDEM_PAGE (page), store);
  tandem_page_set_person (TANDEM_PAGE (page), owner);
  gtk_window_present (GTK_WINDOW (window));
  tandem_test_iterate ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "stack"))), ==, "list");
  g_assert_cmpstr (tandem_progress_page_get_instrument (TANDEM_PROGRESS_PAGE (page)), ==, "phq9");
  g_assert_cmpstr (tandem_progress_page_get_range (TANDEM_PROGRESS_PAGE (page)), ==, "all");

  chart = tandem_progress_page_get_chart (TANDEM_PROGRESS_PAGE (page));
  g_assert_cmpstr (tandem_chart_get_summary (chart), ==,
                   "PHQ-9: 18 on 3 March, 9 on 2 June: 9 points lower, a reliable improvement");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "badge"))),
                   ==, "Reliable improvement");
  /* The table is built when it is shown. */
  g_assert_cmpuint (count_rows (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "list")), ==, 0);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "table_button")),
                                TRUE);
  g_assert_cmpuint (count_rows (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "list")), ==, 2);

  /* The flag comes first for a therapist only. */
  g_assert_false (gtk_widget_get_visible (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "flag_banner")));
  tandem_page_set_therapist_profile (TANDEM_PAGE (page), TRUE);
  g_assert_true (gtk_widget_get_visible (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "flag_banner")));

  /* Through the chart.range action: nothing in the last month. */
  gtk_widget_activate_action (page, "chart.range", "s", "month");
  g_assert_cmpstr (tandem_progress_page_get_range (TANDEM_PROGRESS_PAGE (page)), ==, "month");
  g_assert_cmpuint (count_rows (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "list")), ==, 0);
  g_assert_true (gtk_widget_get_visible (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "range_empty_label")));

  gtk_window_destroy (GTK_WINDOW (window));
  tandem_test_remove_dir (dir);
}

/* A goal with a measure of its own is charted from its check-ins, with its
 * baseline and target, after the questionnaires; its table lists the days. */
static void
test_progress_goal (void)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(TandemGoal) unmeasured = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *expected_id = NULL;
  static const char * const days[] = { "2026-10-01", "2026-10-02", "2026-10-04" };
  static const double values[] = { 1, 2, 3 };
  GtkWidget *page, *window, *latest;
  TandemChart *chart;

  store = tandem_test_open_store (&dir);
  owner = add_owner (store);

  goal = tandem_goal_new (tandem_record_get_id (TANDEM_RECORD (owner)), TANDEM_FRAMEWORK_SMART, "Walk more");
  tandem_goal_set_measure_kind (goal, TANDEM_MEASURE_COUNT);
  tandem_goal_set_unit (goal, "walks");
  tandem_goal_set_baseline (goal, 1);
  tandem_goal_set_target (goal, 5);
  g_assert_true (tandem_store_insert (store, TANDEM_RECORD (goal), &error));
  unmeasured = tandem_goal_new (tandem_record_get_id (TANDEM_RECORD (owner)), TANDEM_FRAMEWORK_PACT, "Be kinder to myself");
  g_assert_true (tandem_store_insert (store, TANDEM_RECORD (unmeasured), &error));
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(TandemCheckIn) check_in = tandem_check_in_new (tandem_record_get_id (TANDEM_RECORD (owner)),
                                                               tandem_record_get_id (TANDEM_RECORD (goal)), days[i]);

      tandem_check_in_set_value (check_in, values[i]);
      g_assert_true (tandem_store_insert (store, TANDEM_RECORD (check_in), &error));
    }
  g_assert_no_error (error);

  page = tandem_progress_page_new ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), page);
  tandem_page_set_store (TANDEM_PAGE (page), store);
  tandem_page_set_person (TANDEM_PAGE (page), owner);
  gtk_window_present (GTK_WINDOW (window));
  tandem_test_iterate ();

  /* No questionnaire yet: the measured goal is shown, the other one is not offered. */
  expected_id = g_strdup_printf ("goal:%" G_GINT64_FORMAT, tandem_record_get_id (TANDEM_RECORD (goal)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "stack"))), ==, "list");
  g_assert_cmpstr (tandem_progress_page_get_instrument (TANDEM_PROGRESS_PAGE (page)), ==, expected_id);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "questionnaire_dropdown")))),
                    ==, 1);

  chart = tandem_progress_page_get_chart (TANDEM_PROGRESS_PAGE (page));
  g_assert_cmpuint (tandem_chart_get_n_series (chart), ==, 1);
  g_assert_cmpuint (tandem_chart_get_n_drawn (chart, 0), ==, 3);
  latest = tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "latest_label");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (latest)), ==, "Latest, 4 October: 3 walks");
  g_assert_false (gtk_widget_get_visible (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "badge")));

  /* The table, newest first. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "table_button")),
                                TRUE);
  g_assert_cmpuint (count_rows (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "list")), ==, 3);

  /* The overall mood of the days is charted too, after the goals. */
  {
    g_autoptr(TandemCheckIn) day = tandem_check_in_new (tandem_record_get_id (TANDEM_RECORD (owner)), 0, "2026-10-03");
    GtkDropDown *chooser = GTK_DROP_DOWN (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "questionnaire_dropdown"));

    tandem_check_in_set_rating (day, 6);
    g_assert_true (tandem_store_insert (store, TANDEM_RECORD (day), &error));
    tandem_page_reload (TANDEM_PAGE (page));
    g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (chooser)), ==, 2);
    gtk_drop_down_set_selected (chooser, 1);
    g_assert_cmpstr (tandem_progress_page_get_instrument (TANDEM_PROGRESS_PAGE (page)), ==, "mood");
    g_assert_cmpuint (tandem_chart_get_n_drawn (chart, 0), ==, 1);
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (latest)), ==, "Latest, 3 October: 6 out of 10");
    g_assert_cmpuint (count_rows (tandem_test_get_child (page, TANDEM_TYPE_PROGRESS_PAGE, "list")), ==, 1);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  tandem_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!tandem_test_init (&argc, &argv))
    return 0;

  tandem_test_reset_settings ();

  g_test_add_func ("/ui/questionnaire/every-instrument", test_builds_for_every_instrument);
  g_test_add_func ("/ui/questionnaire/chooser", test_chooser);
  g_test_add_func ("/ui/questionnaire/submit-and-safety", test_submit_and_safety);
  g_test_add_func ("/ui/progress-page", test_progress_page);
  g_test_add_func ("/ui/progress-page/goal", test_progress_goal);

  return g_test_run ();
}
