/* test-goals.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every rule of the goal wizard, the templates, JSON input and goal
 * attainment scaling.
 */

#define G_LOG_DOMAIN "test-goals"

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "tandem-core.h"
#include "tandem-record-private.h"
#include "test-util.h"

static TandemGoal *
valid_smart_goal (void)
{
  TandemGoal *goal = tandem_goal_new (1, TANDEM_FRAMEWORK_SMART, "Sleep better");

  tandem_goal_set_specific (goal, "Go to bed by 23:00 on weeknights");
  tandem_goal_set_measure_kind (goal, TANDEM_MEASURE_COUNT);
  tandem_goal_set_measure_name (goal, "Nights in bed by 23:00");
  tandem_goal_set_baseline (goal, 1);
  tandem_goal_set_target (goal, 5);
  tandem_goal_set_start_date (goal, "2026-11-01");
  tandem_goal_set_due_date (goal, "2027-02-01");
  return goal;
}

static TandemGoal *
valid_pact_goal (void)
{
  TandemGoal *goal = tandem_goal_new (1, TANDEM_FRAMEWORK_PACT, "Move more");

  tandem_goal_set_purposeful (goal, "Feel at home in my body");
  tandem_goal_set_actionable (goal, "A ten-minute walk after lunch");
  tandem_goal_set_continuous (goal, "Every working day");
  tandem_goal_set_measure_kind (goal, TANDEM_MEASURE_YES_NO);
  tandem_goal_set_measure_name (goal, "Walked today");
  tandem_goal_set_target (goal, 1);
  return goal;
}

/* The problems of @step, as "field: message" lines. */
static char *
problems_of (TandemGoal     *goal,
             TandemGoalStep  step)
{
  g_autoptr(GPtrArray) problems = tandem_goal_rules_check (goal, step, NULL, NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      const TandemGoalProblem *problem = problems->pdata[i];

      g_assert_true (problem->step == step || step == TANDEM_GOAL_STEP_REVIEW);
      g_string_append_printf (text, "%s%s: %s", i ? "\n" : "", problem->field, problem->message);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_steps (void)
{
  const TandemGoalStep *steps;
  guint n;

  steps = tandem_goal_rules_get_steps (TANDEM_FRAMEWORK_SMART, &n);
  g_assert_cmpuint (n, ==, 7);
  g_assert_cmpint (steps[1], ==, TANDEM_GOAL_STEP_SPECIFIC);
  g_assert_cmpint (steps[5], ==, TANDEM_GOAL_STEP_TIME_BOUND);
  g_assert_cmpint (steps[6], ==, TANDEM_GOAL_STEP_REVIEW);

  steps = tandem_goal_rules_get_steps (TANDEM_FRAMEWORK_PACT, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpint (steps[1], ==, TANDEM_GOAL_STEP_PURPOSEFUL);
  g_assert_cmpint (steps[4], ==, TANDEM_GOAL_STEP_TRACKABLE);
}

static void
test_valid_goals_pass (void)
{
  g_autoptr(TandemGoal) smart = valid_smart_goal ();
  g_autoptr(TandemGoal) pact = valid_pact_goal ();
  g_autofree char *a = problems_of (smart, TANDEM_GOAL_STEP_REVIEW);
  g_autofree char *b = problems_of (pact, TANDEM_GOAL_STEP_REVIEW);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (a, ==, "");
  g_assert_cmpstr (b, ==, "");
  g_assert_true (tandem_goal_rules_check_all (smart, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_title_required (void)
{
  g_autoptr(TandemGoal) goal = valid_smart_goal ();
  g_autofree char *problems = NULL;

  tandem_goal_set_title (goal, "  ");
  problems = problems_of (goal, TANDEM_GOAL_STEP_SPECIFIC);
  g_assert_cmpstr (problems, ==, "title: Give the goal a short title.");
}

static void
test_target_follows_direction (void)
{
  g_autoptr(TandemGoal) goal = valid_smart_goal ();
  g_autofree char *same = NULL;
  g_autofree char *wrong_way = NULL;
  g_autofree char *decrease_ok = NULL;

  tandem_goal_set_target (goal, 1);
  same = problems_of (goal, TANDEM_GOAL_STEP_MEASURABLE);
  g_assert_cmpstr (same, ==, "target: The target must be above the starting point (1), "
                             "since this goal is about more.");

  tandem_goal_set_direction (goal, TANDEM_DIRECTION_DECREASE);
  tandem_goal_set_baseline (goal, 2.5);
  tandem_goal_set_target (goal, 4);
  wrong_way = problems_of (goal, TANDEM_GOAL_STEP_MEASURABLE);
  g_assert_cmpstr (wrong_way, ==, "target: The target must be below the starting point (2.5), "
                                  "since this goal is about less.");

  tandem_goal_set_target (goal, 0);
  decrease_ok = problems_of (goal, TANDEM_GOAL_STEP_MEASURABLE);
  g_assert_cmpstr (decrease_ok, ==, "");
}

static void
test_measure_ranges (void)
{
  g_autoptr(TandemGoal) goal = valid_smart_goal ();
  g_autofree char *count = NULL;
  g_autofree char *rating = NULL;
  g_autofree char *yes_no = NULL;

  tandem_goal_set_baseline (goal, -1);
  count = problems_of (goal, TANDEM_GOAL_STEP_MEASURABLE);
  g_assert_cmpstr (count, ==, "baseline: A count cannot be below zero.");

  tandem_goal_set_measure_kind (goal, TANDEM_MEASURE_RATING);
  tandem_goal_set_baseline (goal, 3);
  tandem_goal_set_target (goal, 11);
  rating = problems_of (goal, TANDEM_GOAL_STEP_MEASURABLE);
  g_assert_cmpstr (rating, ==, "target: A rating goes from 0 to 10.");

  tandem_goal_set_measure_kind (goal, TANDEM_MEASURE_YES_NO);
  tandem_goal_set_baseline (goal, NAN);
  tandem_goal_set_target (goal, 2);
  yes_no = problems_of (goal, TANDEM_GOAL_STEP_MEASURABLE);
  g_assert_cmpstr (yes_no, ==, "target: For a yes-or-no measure the target is 1 (yes) or 0 (no).");
}

static gboolean
fake_score_range (const char *instrument,
                  double     *min,
                  double     *max,
                  gpointer    user_data)
{
  guint *calls = user_data;

  (*calls)++;
  if (!g_str_equal (instrument, "gad7"))
    return FALSE;

  *min = 0;
  *max = 21;
  return TRUE;
}

static void
test_questionnaire_target_in_range (void)
{
  g_autoptr(TandemGoal) goal = valid_smart_goal ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) fine = NULL;
  g_autofree char *missing = NULL;
  guint calls = 0;

  tandem_goal_set_measure_kind (goal, TANDEM_MEASURE_QUESTIONNAIRE);
  missing = problems_of (goal, TANDEM_GOAL_STEP_MEASURABLE);
  g_assert_cmpstr (missing, ==, "instrument: Choose the questionnaire that tracks this goal.");

  tandem_goal_set_instrument (goal, "gad7");
  tandem_goal_set_direction (goal, TANDEM_DIRECTION_DECREASE);
  tandem_goal_set_baseline (goal, 14);
  tandem_goal_set_target (goal, 25);
  problems = tandem_goal_rules_check (goal, TANDEM_GOAL_STEP_MEASURABLE, fake_score_range, &calls);
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (((TandemGoalProblem *) problems->pdata[0])->field, ==, "target");
  g_assert_cmpstr (((TandemGoalProblem *) problems->pdata[0])->message, ==,
                   "This questionnaire’s scores go from 0 to 21: choose a target in that range.");
  g_assert_cmpstr (((TandemGoalProblem *) problems->pdata[1])->message, ==,
                   "The target must be below the starting point (14), since this goal is about less.");

  tandem_goal_set_target (goal, 7);
  fine = tandem_goal_rules_check (goal, TANDEM_GOAL_STEP_MEASURABLE, fake_score_range, &calls);
  g_assert_cmpuint (fine->len, ==, 0);
}

/* The same rule with the real questionnaires: WHO-5 goals are in percent. */
static void
test_questionnaire_ranges_from_registry (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemScaleRegistry) registry = tandem_scale_registry_new (&error);
  g_autoptr(TandemGoal) goal = valid_smart_goal ();
  g_autoptr(GPtrArray) too_high = NULL;
  g_autoptr(GPtrArray) fine = NULL;
  double min, max;

  g_assert_no_error (error);
  g_assert_true (tandem_scale_registry_score_range ("phq9", &min, &max, registry));
  g_assert_cmpfloat (min, ==, 0);
  g_assert_cmpfloat (max, ==, 27);
  g_assert_false (tandem_scale_registry_score_range ("core10", &min, &max, registry));

  tandem_goal_set_measure_kind (goal, TANDEM_MEASURE_QUESTIONNAIRE);
  tandem_goal_set_instrument (goal, "who5");
  tandem_goal_set_baseline (goal, 40);
  tandem_goal_set_target (goal, 104);
  too_high = tandem_goal_rules_check (goal, TANDEM_GOAL_STEP_MEASURABLE,
                                      tandem_scale_registry_score_range, registry);
  g_assert_cmpuint (too_high->len, ==, 1);
  g_assert_cmpstr (((TandemGoalProblem *) too_high->pdata[0])->message, ==,
                   "This questionnaire’s scores go from 0 to 100: choose a target in that range.");

  tandem_goal_set_target (goal, 68);
  fine = tandem_goal_rules_check (goal, TANDEM_GOAL_STEP_MEASURABLE,
                                  tandem_scale_registry_score_range, registry);
  g_assert_cmpuint (fine->len, ==, 0);
}

static void
test_smart_needs_measure_and_deadline (void)
{
  g_autoptr(TandemGoal) goal = valid_smart_goal ();
  g_autoptr(GError) error = NULL;
  g_autofree char *measure = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *order = NULL;

  tandem_goal_set_measure_kind (goal, TANDEM_MEASURE_NONE);
  measure = problems_of (goal, TANDEM_GOAL_STEP_MEASURABLE);
  g_assert_cmpstr (measure, ==, "measure-kind: A SMART goal needs a measure: choose what you will count or rate.");

  tandem_goal_set_due_date (goal, NULL);
  deadline = problems_of (goal, TANDEM_GOAL_STEP_TIME_BOUND);
  g_assert_cmpstr (deadline, ==, "due-date: A SMART goal needs a deadline: choose a due date or a duration.");

  tandem_goal_set_due_date (goal, "2026-11-01");
  order = problems_of (goal, TANDEM_GOAL_STEP_TIME_BOUND);
  g_assert_cmpstr (order, ==, "due-date: The due date must come after the start date.");

  /* All at once, for tandem-cli: every failing field, one per line. */
  g_assert_false (tandem_goal_rules_check_all (goal, NULL, NULL, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "measure-kind: A SMART goal needs a measure: choose what you will count or rate.\n"
                   "due-date: The due date must come after the start date.");
}

static void
test_pact_steps (void)
{
  g_autoptr(TandemGoal) goal = tandem_goal_new (1, TANDEM_FRAMEWORK_PACT, "");
  g_autofree char *purposeful = problems_of (goal, TANDEM_GOAL_STEP_PURPOSEFUL);
  g_autofree char *actionable = problems_of (goal, TANDEM_GOAL_STEP_ACTIONABLE);
  g_autofree char *continuous = problems_of (goal, TANDEM_GOAL_STEP_CONTINUOUS);
  g_autofree char *trackable = problems_of (goal, TANDEM_GOAL_STEP_TRACKABLE);

  g_assert_cmpstr (purposeful, ==, "title: Give the goal a short title.\n"
                                   "purposeful: Say what this goal is for: the purpose behind it.");
  g_assert_cmpstr (actionable, ==, "actionable: Name at least one first action you can take.");
  /* A PACT goal is continuous: it needs no deadline. */
  g_assert_cmpstr (continuous, ==, "continuous: Say how often you will practise, for example “every evening”.");
  g_assert_cmpstr (trackable, ==, "measure-kind: Choose what you will track, so that you can see your progress.");
}

static void
test_templates (void)
{
  const TandemGoalTemplate *templates;
  guint n;
  const char *client_ids[] = { "emotional-regulation", "communication-skills", "reduce-anxiety",
                               "self-esteem", "coping-strategies" };

  templates = tandem_goal_templates_get (TANDEM_AUTHOR_CLIENT, &n);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (client_ids));
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (templates[i].id, ==, client_ids[i]);

  templates = tandem_goal_templates_get (TANDEM_AUTHOR_THERAPIST, &n);
  g_assert_cmpuint (n, ==, 2);

  g_assert_null (tandem_goal_template_lookup ("no-such-template"));

  /* Every template makes a goal that passes every rule, and fills every
   * field the wizard asks for. */
  for (TandemAuthor audience = TANDEM_AUTHOR_CLIENT; audience <= TANDEM_AUTHOR_THERAPIST; audience++)
    {
      templates = tandem_goal_templates_get (audience, &n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TandemGoal) goal = tandem_goal_template_new_goal (&templates[i], 7, "2026-01-31");
          g_autofree char *problems = problems_of (goal, TANDEM_GOAL_STEP_REVIEW);

          g_test_message ("%s", templates[i].id);
          g_assert_cmpstr (problems, ==, "");
          g_assert_cmpint (tandem_goal_get_person_id (goal), ==, 7);
          g_assert_cmpint (tandem_goal_get_author (goal), ==, audience);
          g_assert_cmpstr (tandem_goal_get_start_date (goal), ==, "2026-01-31");
          g_assert_nonnull (tandem_goal_get_gas_much_less (goal));
          g_assert_nonnull (tandem_goal_get_gas_expected (goal));
          g_assert_nonnull (tandem_goal_get_gas_much_more (goal));
          g_assert_cmpint (tandem_goal_get_review_every_days (goal), >, 0);
        }
    }

  {
    /* Three months from the last day of January ends on the last day of April. */
    g_autoptr(TandemGoal) anxiety = tandem_goal_template_new_goal (tandem_goal_template_lookup ("reduce-anxiety"),
                                                                   1, "2026-01-31");

    g_assert_cmpstr (tandem_goal_get_due_date (anxiety), ==, "2026-04-30");
    g_assert_cmpstr (tandem_goal_get_instrument (anxiety), ==, "gad7");
    g_assert_cmpint (tandem_goal_get_direction (anxiety), ==, TANDEM_DIRECTION_DECREASE);
  }
}

static void
test_goal_from_json (void)
{
  g_autoptr(TandemGoal) goal = tandem_goal_new (1, TANDEM_FRAMEWORK_SMART, "Old title");
  g_autoptr(JsonNode) good = json_from_string ("{\"title\": \"Walk more\", \"framework\": \"pact\","
                                               " \"baseline\": 2, \"target\": 4.5,"
                                               " \"review-every-days\": 7, \"due-date\": null}", NULL);
  const char *bad[][2] = {
    { "{\"titel\": \"x\"}", "“titel” is not something a goal has." },
    { "{\"target\": \"five\"}", "“target” must be a number." },
    { "{\"framework\": \"smarter\"}", "“framework” must be one of “smart”, “pact”." },
    { "{\"priority\": 1.5}", "“priority” must be a whole number." },
    { "{\"title\": null}", "“title” must be given." },
  };

  g_assert_true (tandem_record_set_from_json (TANDEM_RECORD (goal), json_node_get_object (good), NULL, NULL));
  g_assert_cmpstr (tandem_goal_get_title (goal), ==, "Walk more");
  g_assert_cmpint (tandem_goal_get_framework (goal), ==, TANDEM_FRAMEWORK_PACT);
  g_assert_cmpfloat (tandem_goal_get_target (goal), ==, 4.5);
  g_assert_cmpint (tandem_goal_get_review_every_days (goal), ==, 7);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(JsonNode) node = json_from_string (bad[i][0], NULL);
      g_autoptr(GError) error = NULL;

      g_assert_false (tandem_record_set_from_json (TANDEM_RECORD (goal), json_node_get_object (node),
                                                    NULL, &error));
      g_assert_cmpstr (error->message, ==, bad[i][1]);
      /* Nothing was set. */
      g_assert_cmpstr (tandem_goal_get_title (goal), ==, "Walk more");
      g_assert_cmpfloat (tandem_goal_get_target (goal), ==, 4.5);
    }
}

static void
test_gas_t_score (void)
{
  /* The worked examples of the clinical reference (Kiresuk & Sherman;
   * the gasr package's documentation). */
  const int levels_a[] = { 1, -1, 2 };
  const double weights_a[] = { 2, 1, 3 };
  const int levels_b[] = { -2, 0, -1, 2, 0, 1 };
  const double weights_b[] = { 3, 5, 1, 4, 2, 6 };
  const int levels_c[] = { 1, 1, 0 };
  const int expected[] = { 0, 0, 0, 0 };
  const int one_best[] = { 2 };
  const int one_worst[] = { -2 };

  g_assert_cmpfloat_with_epsilon (tandem_gas_t_score (levels_a, weights_a, 3, TANDEM_GAS_RHO), 65.42, 0.005);
  g_assert_cmpfloat_with_epsilon (tandem_gas_t_score (levels_b, weights_b, 6, TANDEM_GAS_RHO), 55.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (tandem_gas_t_score (levels_c, NULL, 3, TANDEM_GAS_RHO), 59.13, 0.005);
  g_assert_cmpfloat_with_epsilon (tandem_gas_t_score (expected, NULL, 4, TANDEM_GAS_RHO), 50.0, 1e-9);
  /* With one goal, T runs from 30 to 70. */
  g_assert_cmpfloat_with_epsilon (tandem_gas_t_score (one_best, NULL, 1, TANDEM_GAS_RHO), 70.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (tandem_gas_t_score (one_worst, NULL, 1, TANDEM_GAS_RHO), 30.0, 1e-9);
  g_assert_true (isnan (tandem_gas_t_score (NULL, NULL, 0, TANDEM_GAS_RHO)));
}

static void
test_gas_from_store (void)
{
  TestStore t;
  g_autoptr(GError) error = NULL;
  const struct { int priority; TandemGoalStatus status; const char *day; int level; } goals[] = {
    { 0, TANDEM_GOAL_STATUS_ACTIVE, "2026-03-01", 1 },
    { 1, TANDEM_GOAL_STATUS_ACHIEVED, "2026-03-01", -1 },
    { 2, TANDEM_GOAL_STATUS_ACTIVE, "2026-03-01", 2 },
    { 3, TANDEM_GOAL_STATUS_DROPPED, "2026-03-01", -2 },  /* left out */
    { 4, TANDEM_GOAL_STATUS_ACTIVE, NULL, 0 },            /* not rated yet */
  };
  double t_score;
  guint n;

  test_store_init (&t);

  for (guint i = 0; i < G_N_ELEMENTS (goals); i++)
    {
      g_autoptr(TandemGoal) goal = tandem_goal_new (t.owner_id, TANDEM_FRAMEWORK_PACT, "Goal");

      tandem_goal_set_priority (goal, goals[i].priority);
      tandem_goal_set_status (goal, goals[i].status);
      g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (goal), &error));

      if (goals[i].day != NULL)
        {
          gint64 goal_id = tandem_record_get_id (TANDEM_RECORD (goal));
          g_autoptr(TandemGoalAttainment) earlier = tandem_goal_attainment_new (goal_id, "2026-02-01", -2);
          g_autoptr(TandemGoalAttainment) latest = tandem_goal_attainment_new (goal_id, goals[i].day, goals[i].level);

          g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (earlier), &error));
          g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (latest), &error));
        }
    }

  /* Levels (+1, -1, +2) weighted by priority (3, 2, 1). */
  g_assert_true (tandem_store_gas_t_score (t.store, t.owner_id, NULL, &t_score, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  {
    const int levels[] = { 1, -1, 2 };
    const double weights[] = { 3, 2, 1 };

    g_assert_cmpfloat_with_epsilon (t_score, tandem_gas_t_score (levels, weights, 3, TANDEM_GAS_RHO), 1e-9);
  }

  /* At an earlier review, every rated goal stood at -2. */
  g_assert_true (tandem_store_gas_t_score (t.store, t.owner_id, "2026-02-15", &t_score, &n, &error));
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpfloat (t_score, <, 30.0);

  g_assert_true (tandem_store_gas_t_score (t.store, t.owner_id, "2026-01-01", &t_score, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  g_assert_true (isnan (t_score));

  test_store_clear (&t);
}

static void
test_reorder_goals (void)
{
  TestStore t;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GListStore) revisions = NULL;
  g_autoptr(TandemPerson) other = NULL;
  g_autoptr(TandemGoal) foreign = NULL;
  gint64 ids[3];
  gint64 bad[2];

  test_store_init (&t);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(TandemGoal) goal = tandem_goal_new (t.owner_id, TANDEM_FRAMEWORK_PACT, "Goal");

      tandem_goal_set_priority (goal, i);
      g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (goal), &error));
      ids[i] = tandem_record_get_id (TANDEM_RECORD (goal));
    }

  /* The last goal first. */
  {
    gint64 order[] = { ids[2], ids[0], ids[1] };

    g_assert_true (tandem_store_reorder_goals (t.store, t.owner_id, order, 3, &error));
    g_assert_no_error (error);

    goals = tandem_store_list_goals (t.store, t.owner_id, &error);
    for (guint i = 0; i < 3; i++)
      {
        g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);

        g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (goal)), ==, order[i]);
        g_assert_cmpint (tandem_goal_get_priority (goal), ==, (int) i);
      }
  }

  /* A new order is no revision of the goal. */
  revisions = tandem_store_list_goal_revisions (t.store, ids[2], &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (revisions)), ==, 0);

  /* Another person's goal: refused, and nothing changes. */
  other = tandem_person_new ("Sam", TANDEM_PERSON_ROLE_CLIENT);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (other), &error));
  foreign = tandem_goal_new (tandem_record_get_id (TANDEM_RECORD (other)), TANDEM_FRAMEWORK_PACT, "Theirs");
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (foreign), &error));

  bad[0] = ids[0];
  bad[1] = tandem_record_get_id (TANDEM_RECORD (foreign));
  g_assert_false (tandem_store_reorder_goals (t.store, t.owner_id, bad, 2, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_object (&goals);
  goals = tandem_store_list_goals (t.store, t.owner_id, &error);
  {
    g_autoptr(TandemGoal) first = g_list_model_get_item (G_LIST_MODEL (goals), 0);

    g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (first)), ==, ids[2]);
  }

  test_store_clear (&t);
}

static gint64
insert_goal_with (TestStore        *t,
                  const char       *title,
                  int               priority,
                  TandemGoalStatus  status)
{
  g_autoptr(TandemGoal) goal = tandem_goal_new (t->owner_id, TANDEM_FRAMEWORK_PACT, title);
  g_autoptr(GError) error = NULL;

  tandem_goal_set_priority (goal, priority);
  tandem_goal_set_status (goal, status);
  g_assert_true (tandem_store_insert (t->store, TANDEM_RECORD (goal), &error));
  g_assert_no_error (error);

  return tandem_record_get_id (TANDEM_RECORD (goal));
}

static char *
dup_titles (TestStore *t)
{
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GError) error = NULL;
  GString *titles = g_string_new (NULL);

  goals = tandem_store_list_goals (t->store, t->owner_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (goals)); i++)
    {
      g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);

      g_assert_cmpint (tandem_goal_get_priority (goal), ==, (int) i);
      g_string_append_printf (titles, "%s%s", i ? " " : "", tandem_goal_get_title (goal));
    }

  return g_string_free (titles, FALSE);
}

static void
test_reorder_goal_group (void)
{
  TestStore t;
  g_autoptr(GError) error = NULL;
  g_autofree char *titles = NULL;
  gint64 a1, p1, a2, a3, p2;

  test_store_init (&t);

  /* Active and paused goals interleaved, with gaps and a tie in priority. */
  a1 = insert_goal_with (&t, "a1", 0, TANDEM_GOAL_STATUS_ACTIVE);
  p1 = insert_goal_with (&t, "p1", 3, TANDEM_GOAL_STATUS_PAUSED);
  a2 = insert_goal_with (&t, "a2", 3, TANDEM_GOAL_STATUS_ACTIVE);
  a3 = insert_goal_with (&t, "a3", 7, TANDEM_GOAL_STATUS_ACTIVE);
  p2 = insert_goal_with (&t, "p2", 9, TANDEM_GOAL_STATUS_PAUSED);

  /* The active goals in a new order; the paused ones keep their places. */
  {
    const gint64 order[] = { a3, a1, a2 };

    g_assert_true (tandem_store_reorder_goal_group (t.store, t.owner_id, TANDEM_GOAL_STATUS_ACTIVE,
                                                    order, G_N_ELEMENTS (order), &error));
    g_assert_no_error (error);
    titles = dup_titles (&t);
    g_assert_cmpstr (titles, ==, "a3 p1 a1 a2 p2");
    g_clear_pointer (&titles, g_free);
  }

  {
    const gint64 order[] = { p2, p1 };

    g_assert_true (tandem_store_reorder_goal_group (t.store, t.owner_id, TANDEM_GOAL_STATUS_PAUSED,
                                                    order, G_N_ELEMENTS (order), &error));
    titles = dup_titles (&t);
    g_assert_cmpstr (titles, ==, "a3 p2 a1 a2 p1");
    g_clear_pointer (&titles, g_free);
  }

  /* A list that is not exactly the group changes nothing: a goal missing,
   * a goal of another group, a goal twice. */
  {
    const gint64 missing[] = { a1, a2 };
    const gint64 foreign[] = { a1, a2, a3, p1 };
    const gint64 twice[] = { a1, a1, a2, a3 };

    g_assert_false (tandem_store_reorder_goal_group (t.store, t.owner_id, TANDEM_GOAL_STATUS_ACTIVE,
                                                     missing, G_N_ELEMENTS (missing), &error));
    g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    g_assert_false (tandem_store_reorder_goal_group (t.store, t.owner_id, TANDEM_GOAL_STATUS_ACTIVE,
                                                     foreign, G_N_ELEMENTS (foreign), &error));
    g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    g_assert_false (tandem_store_reorder_goal_group (t.store, t.owner_id, TANDEM_GOAL_STATUS_ACTIVE,
                                                     twice, G_N_ELEMENTS (twice), &error));
    g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);

    titles = dup_titles (&t);
    g_assert_cmpstr (titles, ==, "a3 p2 a1 a2 p1");
    g_clear_pointer (&titles, g_free);
  }

  /* The store stays usable: no transaction was left open. */
  {
    const gint64 order[] = { a1, a2, a3 };

    g_assert_true (tandem_store_reorder_goal_group (t.store, t.owner_id, TANDEM_GOAL_STATUS_ACTIVE,
                                                    order, G_N_ELEMENTS (order), &error));
    titles = dup_titles (&t);
    g_assert_cmpstr (titles, ==, "a1 p2 a2 a3 p1");
  }

  test_store_clear (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/goals/steps", test_steps);
  g_test_add_func ("/goals/rules/valid", test_valid_goals_pass);
  g_test_add_func ("/goals/rules/title", test_title_required);
  g_test_add_func ("/goals/rules/direction", test_target_follows_direction);
  g_test_add_func ("/goals/rules/ranges", test_measure_ranges);
  g_test_add_func ("/goals/rules/questionnaire-range", test_questionnaire_target_in_range);
  g_test_add_func ("/goals/rules/questionnaire-registry", test_questionnaire_ranges_from_registry);
  g_test_add_func ("/goals/rules/smart-measure-deadline", test_smart_needs_measure_and_deadline);
  g_test_add_func ("/goals/rules/pact", test_pact_steps);
  g_test_add_func ("/goals/templates", test_templates);
  g_test_add_func ("/goals/from-json", test_goal_from_json);
  g_test_add_func ("/goals/gas/t-score", test_gas_t_score);
  g_test_add_func ("/goals/gas/store", test_gas_from_store);
  g_test_add_func ("/goals/reorder", test_reorder_goals);
  g_test_add_func ("/goals/reorder-group", test_reorder_goal_group);

  return g_test_run ();
}
