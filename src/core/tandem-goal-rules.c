/* tandem-goal-rules.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-goal-rules"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-date.h"
#include "tandem-goal-rules.h"
#include "tandem-store.h"

/* What makes a goal good enough to save, step by step. The wizard shows each
 * problem beside its field and keeps Next disabled; `tandem-cli goal add`
 * applies exactly the same rules and lists every problem. */

static const TandemGoalStep smart_steps[] = {
  TANDEM_GOAL_STEP_FRAMEWORK,
  TANDEM_GOAL_STEP_SPECIFIC,
  TANDEM_GOAL_STEP_MEASURABLE,
  TANDEM_GOAL_STEP_ACHIEVABLE,
  TANDEM_GOAL_STEP_RELEVANT,
  TANDEM_GOAL_STEP_TIME_BOUND,
  TANDEM_GOAL_STEP_REVIEW,
};

static const TandemGoalStep pact_steps[] = {
  TANDEM_GOAL_STEP_FRAMEWORK,
  TANDEM_GOAL_STEP_PURPOSEFUL,
  TANDEM_GOAL_STEP_ACTIONABLE,
  TANDEM_GOAL_STEP_CONTINUOUS,
  TANDEM_GOAL_STEP_TRACKABLE,
  TANDEM_GOAL_STEP_REVIEW,
};

/**
 * tandem_goal_rules_get_steps:
 * @n_steps: (out): how many
 *
 * Returns: (array length=n_steps) (transfer none): the wizard's steps for a
 *   goal written with @framework, in order
 */
const TandemGoalStep *
tandem_goal_rules_get_steps (TandemFramework  framework,
                             guint           *n_steps)
{
  g_return_val_if_fail (n_steps != NULL, NULL);

  if (framework == TANDEM_FRAMEWORK_PACT)
    {
      *n_steps = G_N_ELEMENTS (pact_steps);
      return pact_steps;
    }

  *n_steps = G_N_ELEMENTS (smart_steps);
  return smart_steps;
}

void
tandem_goal_problem_free (TandemGoalProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->message);
  g_free (problem);
}

G_GNUC_PRINTF (4, 5)
static void
add_problem (GPtrArray      *problems,
             const char     *field,
             TandemGoalStep  step,
             const char     *format,
             ...)
{
  TandemGoalProblem *problem = g_new0 (TandemGoalProblem, 1);
  va_list args;

  problem->field = field;
  problem->step = step;
  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (problems, problem);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* "3" rather than "3.000000", "2.5" for halves. */
static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g", value));
}

static void
check_title (TandemGoal     *goal,
             TandemGoalStep  step,
             GPtrArray      *problems)
{
  if (is_blank (tandem_goal_get_title (goal)))
    add_problem (problems, "title", step, "%s", _("Give the goal a short title."));
}

static void
check_measure (TandemGoal           *goal,
               TandemGoalStep        step,
               TandemScoreRangeFunc  score_range,
               gpointer              user_data,
               GPtrArray            *problems)
{
  TandemMeasureKind kind = tandem_goal_get_measure_kind (goal);
  double baseline = tandem_goal_get_baseline (goal);
  double target = tandem_goal_get_target (goal);
  const char *instrument = tandem_goal_get_instrument (goal);

  if (kind == TANDEM_MEASURE_NONE)
    {
      if (tandem_goal_get_framework (goal) == TANDEM_FRAMEWORK_SMART)
        add_problem (problems, "measure-kind", step, "%s",
                     _("A SMART goal needs a measure: choose what you will count or rate."));
      else
        add_problem (problems, "measure-kind", step, "%s",
                     _("Choose what you will track, so that you can see your progress."));
      return;
    }

  if (kind != TANDEM_MEASURE_QUESTIONNAIRE && is_blank (tandem_goal_get_measure_name (goal)))
    add_problem (problems, "measure-name", step, "%s",
                 _("Say in a few words what is counted or rated, for example “conversations that felt good”."));

  if (kind == TANDEM_MEASURE_QUESTIONNAIRE && is_blank (instrument))
    add_problem (problems, "instrument", step, "%s",
                 _("Choose the questionnaire that tracks this goal."));

  if (isnan (target))
    {
      add_problem (problems, "target", step, "%s", _("Set a target: the value you are aiming for."));
      return;
    }

  switch (kind)
    {
    case TANDEM_MEASURE_COUNT:
      if (target < 0)
        add_problem (problems, "target", step, "%s", _("A count cannot be below zero."));
      if (!isnan (baseline) && baseline < 0)
        add_problem (problems, "baseline", step, "%s", _("A count cannot be below zero."));
      break;

    case TANDEM_MEASURE_RATING:
      if (target < 0 || target > 10)
        add_problem (problems, "target", step, "%s", _("A rating goes from 0 to 10."));
      if (!isnan (baseline) && (baseline < 0 || baseline > 10))
        add_problem (problems, "baseline", step, "%s", _("A rating goes from 0 to 10."));
      break;

    case TANDEM_MEASURE_YES_NO:
      if (target < 0 || target > 1)
        add_problem (problems, "target", step, "%s",
                     _("For a yes-or-no measure the target is 1 (yes) or 0 (no)."));
      break;

    case TANDEM_MEASURE_QUESTIONNAIRE:
      {
        double min, max;

        if (!is_blank (instrument) && score_range != NULL &&
            score_range (instrument, &min, &max, user_data))
          {
            g_autofree char *min_text = format_number (min);
            g_autofree char *max_text = format_number (max);

            if (target < min || target > max)
              add_problem (problems, "target", step,
                           /* Translators: the questionnaire's lowest and highest score */
                           _("This questionnaire’s scores go from %s to %s: choose a target in that range."),
                           min_text, max_text);
            if (!isnan (baseline) && (baseline < min || baseline > max))
              add_problem (problems, "baseline", step,
                           /* Translators: the questionnaire's lowest and highest score */
                           _("This questionnaire’s scores go from %s to %s: the starting score must be in that range."),
                           min_text, max_text);
          }
      }
      break;

    case TANDEM_MEASURE_NONE:
    default:
      break;
    }

  if (!isnan (baseline))
    {
      g_autofree char *baseline_text = format_number (baseline);

      if (tandem_goal_get_direction (goal) == TANDEM_DIRECTION_INCREASE && target <= baseline)
        add_problem (problems, "target", step,
                     /* Translators: %s is the baseline, a number */
                     _("The target must be above the starting point (%s), since this goal is about more."),
                     baseline_text);
      else if (tandem_goal_get_direction (goal) == TANDEM_DIRECTION_DECREASE && target >= baseline)
        add_problem (problems, "target", step,
                     /* Translators: %s is the baseline, a number */
                     _("The target must be below the starting point (%s), since this goal is about less."),
                     baseline_text);
    }
}

static void
check_dates (TandemGoal     *goal,
             TandemGoalStep  step,
             GPtrArray      *problems)
{
  const char *start = tandem_goal_get_start_date (goal);
  const char *due = tandem_goal_get_due_date (goal);

  if (start != NULL && !tandem_date_is_valid (start))
    add_problem (problems, "start-date", step, "%s", _("The start date is not a date."));

  if (due == NULL)
    {
      if (tandem_goal_get_framework (goal) == TANDEM_FRAMEWORK_SMART)
        add_problem (problems, "due-date", step, "%s",
                     _("A SMART goal needs a deadline: choose a due date or a duration."));
    }
  else if (!tandem_date_is_valid (due))
    add_problem (problems, "due-date", step, "%s", _("The due date is not a date."));
  else if (start != NULL && tandem_date_is_valid (start) && g_strcmp0 (due, start) <= 0)
    add_problem (problems, "due-date", step, "%s", _("The due date must come after the start date."));
}

static void
check_text (TandemGoal     *goal,
            const char     *field,
            TandemGoalStep  step,
            const char     *message,
            GPtrArray      *problems)
{
  g_autofree char *value = NULL;

  g_object_get (goal, field, &value, NULL);
  if (is_blank (value))
    add_problem (problems, field, step, "%s", message);
}

static void
check_step (TandemGoal           *goal,
            TandemGoalStep        step,
            TandemScoreRangeFunc  score_range,
            gpointer              user_data,
            GPtrArray            *problems)
{
  switch (step)
    {
    case TANDEM_GOAL_STEP_FRAMEWORK:
    case TANDEM_GOAL_STEP_ACHIEVABLE:
    case TANDEM_GOAL_STEP_RELEVANT:
      /* Encouraged, never required. */
      break;

    case TANDEM_GOAL_STEP_SPECIFIC:
      check_title (goal, step, problems);
      check_text (goal, "specific", step,
                  _("Describe what you will do, and where or with whom."), problems);
      break;

    case TANDEM_GOAL_STEP_MEASURABLE:
    case TANDEM_GOAL_STEP_TRACKABLE:
      check_measure (goal, step, score_range, user_data, problems);
      break;

    case TANDEM_GOAL_STEP_TIME_BOUND:
      check_dates (goal, step, problems);
      break;

    case TANDEM_GOAL_STEP_PURPOSEFUL:
      check_title (goal, step, problems);
      check_text (goal, "purposeful", step,
                  _("Say what this goal is for: the purpose behind it."), problems);
      break;

    case TANDEM_GOAL_STEP_ACTIONABLE:
      check_text (goal, "actionable", step,
                  _("Name at least one first action you can take."), problems);
      break;

    case TANDEM_GOAL_STEP_CONTINUOUS:
      check_text (goal, "continuous", step,
                  _("Say how often you will practise, for example “every evening”."), problems);
      check_dates (goal, step, problems);
      break;

    case TANDEM_GOAL_STEP_REVIEW:
    default:
      g_assert_not_reached ();
    }
}

/**
 * tandem_goal_rules_check:
 * @goal: the goal as written so far
 * @step: a step of @goal's framework, or %TANDEM_GOAL_STEP_REVIEW for all
 * @score_range: (nullable) (scope call): the score range of a questionnaire
 * @user_data: for @score_range
 *
 * Returns: (transfer full) (element-type TandemGoalProblem): what stops
 *   the goal from being saved, in the order of the fields; empty when
 *   nothing does
 */
GPtrArray *
tandem_goal_rules_check (TandemGoal           *goal,
                         TandemGoalStep        step,
                         TandemScoreRangeFunc  score_range,
                         gpointer              user_data)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_goal_problem_free);

  g_return_val_if_fail (TANDEM_IS_GOAL (goal), problems);

  if (step == TANDEM_GOAL_STEP_REVIEW)
    {
      const TandemGoalStep *steps;
      guint n_steps;

      steps = tandem_goal_rules_get_steps (tandem_goal_get_framework (goal), &n_steps);
      for (guint i = 0; i < n_steps; i++)
        if (steps[i] != TANDEM_GOAL_STEP_REVIEW)
          check_step (goal, steps[i], score_range, user_data, problems);
    }
  else
    {
      check_step (goal, step, score_range, user_data, problems);
    }

  return problems;
}

/**
 * tandem_goal_rules_check_all:
 *
 * Applies every rule of @goal's framework.
 *
 * Returns: %TRUE if the goal can be saved; otherwise @error lists every
 *   problem, one per line, as "field: message"
 */
gboolean
tandem_goal_rules_check_all (TandemGoal            *goal,
                             TandemScoreRangeFunc   score_range,
                             gpointer               user_data,
                             GError               **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GString) message = NULL;

  g_return_val_if_fail (TANDEM_IS_GOAL (goal), FALSE);

  problems = tandem_goal_rules_check (goal, TANDEM_GOAL_STEP_REVIEW, score_range, user_data);
  if (problems->len == 0)
    return TRUE;

  message = g_string_new (NULL);
  for (guint i = 0; i < problems->len; i++)
    {
      const TandemGoalProblem *problem = problems->pdata[i];

      g_string_append_printf (message, "%s%s: %s", i > 0 ? "\n" : "",
                              problem->field, problem->message);
    }

  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID, message->str);
  return FALSE;
}
