/* tandem-goal-template.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-goal-template"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-goal-template.h"

/* Goals that therapists commonly start with, written as a client or a
 * therapist would write them. */

static const TandemGoalTemplate templates[] = {
  {
    "emotional-regulation", TANDEM_AUTHOR_CLIENT, N_("Improve emotional regulation"),
    TANDEM_FRAMEWORK_SMART, N_("Handle anger with a coping strategy"),
    TANDEM_MEASURE_COUNT, N_("Outbursts handled with a coping strategy"), N_("times"), TANDEM_PERIOD_WEEK,
    1, 5, TANDEM_DIRECTION_INCREASE, NULL, 3, 14, TANDEM_HORIZON_SHORT,
    { N_("When I feel anger rising at home or at work, I step away and use box breathing "
         "before I answer, so that I stay in control of what I say."),
      N_("Count each time I notice anger and use a strategy instead of shouting; log it every evening."),
      N_("I practise box breathing for five minutes each morning and keep a card with the "
         "steps in my wallet."),
      N_("Shouting at my partner hurts us both; I want our home to feel safe."),
      N_("From now for three months, reviewed every two weeks in session.") },
    { N_("No outbursts handled with a strategy in a week"),
      N_("One or two a week"),
      N_("Three or four a week"),
      N_("Five a week"),
      N_("Six or more a week, and calm enough to talk it through afterwards") },
  },
  {
    "communication-skills", TANDEM_AUTHOR_CLIENT, N_("Enhance communication skills"),
    TANDEM_FRAMEWORK_SMART, N_("Have more positive conversations"),
    TANDEM_MEASURE_COUNT, N_("Positive conversations"), N_("conversations"), TANDEM_PERIOD_WEEK,
    2, 6, TANDEM_DIRECTION_INCREASE, NULL, 6, 28, TANDEM_HORIZON_LONG,
    { N_("Start conversations with friends and colleagues and use “I” statements to say what I need."),
      N_("Count conversations that felt good to me afterwards."),
      N_("One message or call to a friend each day; practise an “I” statement in session."),
      N_("Feeling connected to people matters to me; I have felt alone for too long."),
      N_("Within six months, reviewed monthly.") },
    { N_("Fewer than two good conversations a week"),
      N_("Two or three a week"),
      N_("Four or five a week"),
      N_("Six a week"),
      N_("Seven or more a week, and I said what I needed in at least one of them") },
  },
  {
    "reduce-anxiety", TANDEM_AUTHOR_CLIENT, N_("Reduce anxiety"),
    TANDEM_FRAMEWORK_SMART, N_("Reduce my anxiety"),
    TANDEM_MEASURE_QUESTIONNAIRE, N_("GAD-7 score"), N_("points"), TANDEM_PERIOD_NONE,
    14, 7, TANDEM_DIRECTION_DECREASE, "gad7", 3, 14, TANDEM_HORIZON_SHORT,
    { N_("Worry less about work and health so that I can enjoy my evenings."),
      N_("GAD-7 every two weeks; aim for a score below 8."),
      N_("Grounding (5-4-3-2-1) when I notice worry; a worry time of 15 minutes at 18:00."),
      N_("I want to sleep well and be present with my children."),
      N_("Within three months, reviewed every two weeks.") },
    { N_("GAD-7 of 15 or more"),
      N_("GAD-7 from 10 to 14"),
      N_("GAD-7 from 7 to 9"),
      N_("GAD-7 from 5 to 6"),
      N_("GAD-7 of 4 or less") },
  },
  {
    "self-esteem", TANDEM_AUTHOR_CLIENT, N_("Build self-esteem"),
    TANDEM_FRAMEWORK_PACT, N_("Build my self-esteem"),
    TANDEM_MEASURE_QUESTIONNAIRE, N_("Rosenberg self-esteem score"), N_("points"), TANDEM_PERIOD_NONE,
    12, 20, TANDEM_DIRECTION_INCREASE, "rses", 6, 28, TANDEM_HORIZON_LONG,
    { N_("See myself with the kindness I show my friends."),
      N_("Write three things I did well in my journal each evening."),
      N_("Every evening, and a longer entry each Sunday."),
      N_("The self-esteem scale monthly, and the number of journal entries each week.") },
    { N_("Journal on fewer than two evenings a week"),
      N_("Journal on two or three evenings a week"),
      N_("Journal on four or five evenings a week"),
      N_("Journal on six evenings a week"),
      N_("Journal every evening, and a longer entry each Sunday") },
  },
  {
    "coping-strategies", TANDEM_AUTHOR_CLIENT, N_("Develop better coping strategies"),
    TANDEM_FRAMEWORK_PACT, N_("Develop better coping strategies"),
    TANDEM_MEASURE_RATING, N_("How well my strategies helped"), N_("out of 10"), TANDEM_PERIOD_DAY,
    3, 7, TANDEM_DIRECTION_INCREASE, NULL, 3, 14, TANDEM_HORIZON_SHORT,
    { N_("Have a handful of strategies I trust when things get hard."),
      N_("Try one strategy from my list when I feel overwhelmed."),
      N_("Whenever stress rises, and at least once a day as practice."),
      N_("Which strategy I tried and how well it helped, from 0 to 10, each day.") },
    { N_("No strategy helps more than 3 out of 10"),
      N_("One strategy helps about 4 out of 10"),
      N_("Two strategies help about 6 out of 10"),
      N_("Two strategies help 7 out of 10 or more"),
      N_("Three or more strategies I trust, helping 8 out of 10 or more") },
  },
  {
    "homework-plan", TANDEM_AUTHOR_THERAPIST, N_("A homework plan for a few clients"),
    TANDEM_FRAMEWORK_SMART, N_("Set up homework plans for my clients"),
    TANDEM_MEASURE_COUNT, N_("Clients with a written homework plan"), N_("clients"), TANDEM_PERIOD_MONTH,
    0, 6, TANDEM_DIRECTION_INCREASE, NULL, 3, 28, TANDEM_HORIZON_SHORT,
    { N_("Agree a written homework plan with six clients who want more structure between sessions."),
      N_("Count clients with a plan agreed and reviewed in session."),
      N_("Use the last five minutes of each session to agree homework and its reminders."),
      N_("Clients who practise between sessions progress faster."),
      N_("Within three months, reviewed monthly in supervision.") },
    { N_("No client has a written plan"),
      N_("One to three clients have a plan"),
      N_("Four or five clients have a plan"),
      N_("Six clients have a plan"),
      N_("Six clients have a plan and review it with me every session") },
  },
  {
    "sessions-on-time", TANDEM_AUTHOR_THERAPIST, N_("Work-life balance: sessions on time"),
    TANDEM_FRAMEWORK_PACT, N_("Start and end sessions on time"),
    TANDEM_MEASURE_COUNT, N_("Sessions that started and ended on time"), N_("sessions"), TANDEM_PERIOD_WEEK,
    10, 18, TANDEM_DIRECTION_INCREASE, NULL, 6, 7, TANDEM_HORIZON_LONG,
    { N_("Keep a sustainable work-life balance so that I stay present for every client."),
      N_("Give a five-minute warning before the end and leave ten minutes between sessions."),
      N_("Every working day."),
      N_("Sessions started and ended on time, counted each Friday.") },
    { N_("Fewer than ten sessions a week on time"),
      N_("Ten to thirteen on time"),
      N_("Fourteen to seventeen on time"),
      N_("Eighteen on time"),
      N_("Every session on time, and a proper lunch break each day") },
  },
};

/**
 * tandem_goal_templates_get:
 * @audience: whose goals: a client's, or a therapist's own
 * @n_templates: (out): how many
 *
 * Returns: (array length=n_templates) (transfer none): the templates for
 *   @audience, in the order the wizard offers them
 */
const TandemGoalTemplate *
tandem_goal_templates_get (TandemAuthor  audience,
                           guint        *n_templates)
{
  guint first = G_N_ELEMENTS (templates), n = 0;

  g_return_val_if_fail (n_templates != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    if (templates[i].audience == audience)
      {
        first = MIN (first, i);
        n++;
      }

  *n_templates = n;
  return n > 0 ? &templates[first] : NULL;
}

/**
 * tandem_goal_template_lookup:
 *
 * Returns: (transfer none) (nullable): the template called @id
 */
const TandemGoalTemplate *
tandem_goal_template_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    if (g_str_equal (templates[i].id, id))
      return &templates[i];

  return NULL;
}

/**
 * tandem_goal_template_new_goal:
 * @person_id: whose goal
 * @start_day: (nullable): when it starts, "YYYY-MM-DD"; %NULL for today
 *
 * Makes a goal with every field of the template, translated, starting on
 * @start_day and due the template's number of months later (SMART goals).
 *
 * Returns: (transfer full): a new, not yet stored goal
 */
TandemGoal *
tandem_goal_template_new_goal (const TandemGoalTemplate *self,
                               gint64                    person_id,
                               const char               *start_day)
{
  g_autoptr(TandemGoal) goal = NULL;
  g_autofree char *today = NULL;
  GDate start;

  g_return_val_if_fail (self != NULL, NULL);

  if (start_day == NULL)
    start_day = today = tandem_date_today ();
  if (!tandem_date_parse (start_day, &start))
    g_return_val_if_reached (NULL);

  goal = tandem_goal_new (person_id, self->framework, _(self->title));

  if (self->framework == TANDEM_FRAMEWORK_SMART)
    {
      GDate due = start;
      g_autofree char *due_day = NULL;

      g_date_add_months (&due, self->months);
      due_day = tandem_date_format (&due);

      tandem_goal_set_specific (goal, _(self->criteria[0]));
      tandem_goal_set_measurable (goal, _(self->criteria[1]));
      tandem_goal_set_achievable (goal, _(self->criteria[2]));
      tandem_goal_set_relevant (goal, _(self->criteria[3]));
      tandem_goal_set_time_bound (goal, _(self->criteria[4]));
      tandem_goal_set_due_date (goal, due_day);
    }
  else
    {
      tandem_goal_set_purposeful (goal, _(self->criteria[0]));
      tandem_goal_set_actionable (goal, _(self->criteria[1]));
      tandem_goal_set_continuous (goal, _(self->criteria[2]));
      tandem_goal_set_trackable (goal, _(self->criteria[3]));
    }

  tandem_goal_set_measure_kind (goal, self->measure);
  tandem_goal_set_measure_name (goal, _(self->measure_name));
  tandem_goal_set_unit (goal, _(self->unit));
  tandem_goal_set_measure_period (goal, self->period);
  tandem_goal_set_baseline (goal, self->baseline);
  tandem_goal_set_target (goal, self->target);
  tandem_goal_set_direction (goal, self->direction);
  tandem_goal_set_instrument (goal, self->instrument);
  tandem_goal_set_start_date (goal, start_day);
  tandem_goal_set_review_every_days (goal, self->review_every_days);
  tandem_goal_set_horizon (goal, self->horizon);
  tandem_goal_set_author (goal, self->audience);

  tandem_goal_set_gas_much_less (goal, _(self->gas[0]));
  tandem_goal_set_gas_less (goal, _(self->gas[1]));
  tandem_goal_set_gas_expected (goal, _(self->gas[2]));
  tandem_goal_set_gas_more (goal, _(self->gas[3]));
  tandem_goal_set_gas_much_more (goal, _(self->gas[4]));

  return g_steal_pointer (&goal);
}
