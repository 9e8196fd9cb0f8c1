/* tandem-demo.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-demo"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-core.h"
#include "tandem-goal-template.h"
#include "tandem-record-private.h"
#include "tandem-store-private.h"
#include "tandem-uuid.h"

/* Example data for trying Tandem and for the benchmark. Everything comes from
 * one seeded generator, so a seed and a "today" always give the same file.
 * Names, notes and stressors are examples, not from real people. */

#define DAY_US (G_USEC_PER_SEC * G_GINT64_CONSTANT (86400))

typedef struct
{
  TandemStore  *store;
  GRand        *rand;
  GDate         today;
  GTimeZone    *tz;
  TandemCheckIn *check_in;  /* reused for every check-in: no allocation per row */
  TandemScaleRegistry *scales;  /* scores, bands and flags of the responses */
  gint64         uuid_clock;  /* µs; advances by 1 ms per record */
} Demo;

static const char * const strategy_names[] = {
  N_("Box breathing"), N_("5-4-3-2-1 grounding"), N_("Time-out and return"), N_("Assertive “I” statements"),
  N_("Thought record"), N_("Progressive muscle relaxation"), N_("Journaling"),
};

static const char * const stressors[] = {
  N_("Deadline at work"), N_("Argument with my partner"), N_("Poor sleep"), N_("Money worries"),
  N_("Crowded bus"), N_("Family visit"), N_("Feeling unwell"), N_("Too many emails"), N_("Meeting with my manager"),
};

static const char * const wins[] = {
  N_("Walked away from an argument and came back calm"),
  N_("Called an old friend"),
  N_("Said no to extra work without apologising"),
  N_("Went to the supermarket at a busy time"),
  N_("Slept through the night"),
  N_("Finished a journal entry about something I’m proud of"),
  N_("Asked for help when I needed it"),
};

static const char * const first_names[] = {
  "Alex", "Sam", "Jordan", "Taylor", "Robin", "Kim", "Charlie", "Jamie", "Noor", "Mika",
  "Lena", "Jonas", "Sofia", "Malik", "Ines", "Tomás", "Aisha", "Lukas", "Mei", "Olu",
};

static const char * const last_names[] = {
  "Becker", "Okafor", "Nguyen", "Schmidt", "García", "Kowalski", "Haddad", "Larsen",
  "Moreau", "Rossi", "Yilmaz", "Fischer", "Silva", "Novak", "Brennan", "Ito",
};

static const char * const homework_titles[] = {
  N_("Practise box breathing twice a day"),
  N_("Fill in a thought record after a difficult moment"),
  N_("Write three things that went well each evening"),
  N_("Plan one pleasant activity for the weekend"),
  N_("Use an “I” statement in one conversation"),
  N_("Keep a worry time of 15 minutes at 18:00"),
};

/* The five goals of the client templates, in order. */
#define N_CLIENT_GOALS 5

static const TandemGoalTemplate *
client_templates (void)
{
  guint n;
  const TandemGoalTemplate *templates = tandem_goal_templates_get (TANDEM_AUTHOR_CLIENT, &n);

  g_assert (n == N_CLIENT_GOALS);
  return templates;
}

/* Helpers ---------------------------------------------------------------- */

static double
uniform (Demo *demo)
{
  return g_rand_double (demo->rand);
}

static gboolean
chance (Demo   *demo,
        double  p)
{
  return g_rand_double (demo->rand) < p;
}

static int
pick (Demo *demo,
      int   n)
{
  return g_rand_int_range (demo->rand, 0, n);
}

/* Normal noise, Box–Muller. */
static double
noise (Demo   *demo,
       double  sd)
{
  double u1 = MAX (g_rand_double (demo->rand), 1e-12);
  double u2 = g_rand_double (demo->rand);

  return sd * sqrt (-2.0 * log (u1)) * cos (2.0 * G_PI * u2);
}

static char *
day_string (const GDate *date)
{
  return tandem_date_format (date);
}

/* A local wall-clock time on @date, as µs since the epoch. */
static gint64
local_time (Demo        *demo,
            const GDate *date,
            int          hour,
            int          minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new (demo->tz,
                                             g_date_get_year (date),
                                             g_date_get_month (date),
                                             g_date_get_day (date),
                                             hour, minute, 0);

  return g_date_time_to_unix (dt) * G_USEC_PER_SEC;
}

/* Gives a record a reproducible identity created at @time. Its UUID takes
 * the time of writing, as on a real machine, so that UUIDs grow in the order
 * records are written even though the history is written person by person. */
static void
stamp (Demo         *demo,
       TandemRecord *record,
       gint64        time)
{
  g_autofree char *uuid = NULL;

  demo->uuid_clock += 1000;
  uuid = tandem_uuid_new (demo->uuid_clock, demo->rand);

  _tandem_record_set_identity (record, 0, uuid, time, time);
}

static gboolean
insert (Demo          *demo,
        gpointer       record,
        gint64         time,
        GError       **error)
{
  stamp (demo, record, time);
  return tandem_store_insert (demo->store, record, error);
}

/* Where a measure stands at @progress (0..1) of a trend that reaches
 * @reach of the way from @from to @to, with day-to-day noise. */
static double
trend_value (Demo   *demo,
             double  from,
             double  to,
             double  progress,
             double  reach,
             double  sd)
{
  double eased = 1.0 - pow (1.0 - CLAMP (progress, 0.0, 1.0), 1.6);

  return from + (to - from) * reach * eased + noise (demo, sd);
}

/* Rounds @value into [@low, @high]. A function, not CLAMP(): the value
 * comes with random noise and must be drawn once. */
static int
bounded (double value,
         int    low,
         int    high)
{
  long rounded = lround (value);

  return (int) MIN (MAX (rounded, low), high);
}

/* Spreads @total over @n items of 0..@max_value as evenly as chance allows. */
static void
spread_items (Demo *demo,
              int  *answers,
              int   n,
              int   max_value,
              int   total)
{
  total = CLAMP (total, 0, n * max_value);

  for (int i = 0; i < n; i++)
    answers[i] = 0;

  while (total > 0)
    {
      int i = pick (demo, n);

      if (answers[i] < max_value)
        {
          answers[i]++;
          total--;
        }
    }
}

/* Records ----------------------------------------------------------------- */

static TandemPerson *
add_person (Demo              *demo,
            const char        *name,
            TandemPersonRole   role,
            const GDate       *since,
            GError           **error)
{
  g_autoptr(TandemPerson) person = tandem_person_new (name, role);

  if (!insert (demo, person, local_time (demo, since, 9, 0), error))
    return NULL;

  return g_steal_pointer (&person);
}

static TandemGoal *
add_goal (Demo                      *demo,
          TandemPerson              *person,
          const TandemGoalTemplate  *template,
          const GDate               *start,
          int                        priority,
          TandemAuthor               author,
          GArray                    *strategy_ids,
          GError                   **error)
{
  gint64 person_id = tandem_record_get_id (TANDEM_RECORD (person));
  g_autofree char *start_day = day_string (start);
  g_autoptr(TandemGoal) goal = tandem_goal_template_new_goal (template, person_id, start_day);

  tandem_goal_set_priority (goal, priority);
  tandem_goal_set_author (goal, author);

  if (strategy_ids != NULL && strategy_ids->len > 0)
    {
      gint64 chosen[2] = {
        g_array_index (strategy_ids, gint64, priority % strategy_ids->len),
        g_array_index (strategy_ids, gint64, (priority + 3) % strategy_ids->len),
      };
      tandem_goal_set_strategy_ids (goal, chosen, chosen[0] == chosen[1] ? 1 : 2);
    }

  if (!insert (demo, goal, local_time (demo, start, 10, 0), error))
    return NULL;

  return g_steal_pointer (&goal);
}

static GArray *
add_strategies (Demo          *demo,
                TandemPerson  *person,
                const GDate   *since,
                GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 person_id = tandem_record_get_id (TANDEM_RECORD (person));

  for (guint i = 0; i < G_N_ELEMENTS (strategy_names); i++)
    {
      g_autoptr(TandemStrategy) strategy = tandem_strategy_new (person_id, _(strategy_names[i]));
      gint64 id;

      if (!insert (demo, strategy, local_time (demo, since, 10, (int) i), error))
        return NULL;

      id = tandem_record_get_id (TANDEM_RECORD (strategy));
      g_array_append_val (ids, id);
    }

  return g_steal_pointer (&ids);
}

/* One reusable check-in object, reset for each row. */
static gboolean
add_check_in (Demo         *demo,
              gint64        person_id,
              gint64        goal_id,
              const GDate  *date,
              const char   *day,
              double        value,
              int           rating,
              const char   *note,
              const char   *stressor,
              gboolean      win,
              gint64        strategy_id,
              GError      **error)
{
  TandemCheckIn *check_in = demo->check_in;

  _tandem_record_forget_identity (TANDEM_RECORD (check_in));
  tandem_check_in_set_person_id (check_in, person_id);
  tandem_check_in_set_goal_id (check_in, goal_id);
  tandem_check_in_set_day (check_in, day);
  tandem_check_in_set_value (check_in, value);
  tandem_check_in_set_rating (check_in, rating);
  tandem_check_in_set_note (check_in, note);
  tandem_check_in_set_stressors (check_in, stressor);
  tandem_check_in_set_win (check_in, win);
  tandem_check_in_clear_strategies (check_in);
  if (strategy_id > 0)
    tandem_check_in_add_strategy (check_in, strategy_id,
                                  chance (demo, 0.7) ? TANDEM_HELPED_YES : TANDEM_HELPED_SOMEWHAT);

  return insert (demo, check_in, local_time (demo, date, 20, pick (demo, 60)), error);
}

static gboolean
add_response (Demo          *demo,
              gint64         person_id,
              const char    *instrument,
              const GDate   *date,
              int            total,
              gboolean       self_harm_thoughts,
              GError       **error)
{
  g_autofree char *day = day_string (date);
  g_autoptr(TandemResponse) response = tandem_response_new (person_id, instrument, day);
  gint64 taken_at = local_time (demo, date, 19, pick (demo, 60));
  g_autoptr(TandemScaleScore) score = NULL;
  TandemScale *scale;
  int answers[10];
  int n_items, max_value;

  if (g_str_equal (instrument, "phq9"))
    n_items = 9, max_value = 3;
  else if (g_str_equal (instrument, "gad7"))
    n_items = 7, max_value = 3;
  else
    n_items = 10, max_value = 3;  /* rses */

  /* PHQ-9 item 9 (thoughts of self-harm) stays 0 unless asked for. */
  if (g_str_equal (instrument, "phq9"))
    {
      spread_items (demo, answers, 8, max_value, total - (self_harm_thoughts ? 1 : 0));
      answers[8] = self_harm_thoughts ? 1 : 0;
      total = 0;
      for (int i = 0; i < 9; i++)
        total += answers[i];
    }
  else
    {
      spread_items (demo, answers, n_items, max_value, total);
      total = 0;
      for (int i = 0; i < n_items; i++)
        total += answers[i];

      /* Answers are stored as the option chosen; the Rosenberg scale's
       * items 2, 5, 6, 8 and 9 are scored reversed. */
      if (g_str_equal (instrument, "rses"))
        for (int i = 0; i < n_items; i++)
          if (i == 1 || i == 4 || i == 5 || i == 7 || i == 8)
            answers[i] = max_value - answers[i];
    }

  if (!(scale = tandem_scale_registry_get (demo->scales, instrument, error)) ||
      !(score = tandem_scale_score (scale, answers, n_items, error)))
    return FALSE;
  g_assert (score->score == total);

  tandem_response_set_answers (response, answers, n_items);
  tandem_response_set_taken_at (response, taken_at);
  tandem_response_set_total (response, score->score);
  tandem_response_set_band (response, score->band_id);
  tandem_response_set_safety_flag (response, (score->flags & TANDEM_SCORE_FLAG_SAFETY) != 0);

  return insert (demo, response, taken_at, error);
}

static gboolean
add_reminder (Demo                *demo,
              gint64               person_id,
              TandemReminderKind   kind,
              TandemRecurrence     recurrence,
              const char          *times,
              const GDate         *start,
              const char          *title,
              int                  interval_weeks,
              GError             **error)
{
  g_autofree char *start_day = day_string (start);
  g_autoptr(TandemReminder) reminder = tandem_reminder_new (person_id, kind, recurrence,
                                                            times, start_day);

  tandem_reminder_set_title (reminder, title);
  tandem_reminder_set_interval_weeks (reminder, interval_weeks);
  tandem_reminder_set_only_if_not_done (reminder, kind != TANDEM_REMINDER_KIND_APPOINTMENT);
  if (recurrence == TANDEM_RECURRENCE_WEEKLY)
    tandem_reminder_set_weekdays (reminder, TANDEM_WEEKDAY_BIT (g_date_get_weekday (start)));

  return insert (demo, reminder, local_time (demo, start, 11, 0), error);
}

/* A person's history ------------------------------------------------------ */

typedef struct
{
  TandemGoal *goal;
  double      reach;    /* how far toward the target this person gets */
} GoalTrack;

static gboolean
fill_history (Demo          *demo,
              TandemPerson  *person,
              GoalTrack     *tracks,
              guint          n_tracks,
              GArray        *strategy_ids,
              const GDate   *start,
              double         reach,
              double         p_check_in,
              gboolean       safety_episode,
              gboolean       self_esteem,
              GError       **error)
{
  gint64 person_id = tandem_record_get_id (TANDEM_RECORD (person));
  int days = g_date_days_between (start, &demo->today);
  double gad_start = 11 + pick (demo, 7);
  double phq_start = 10 + pick (demo, 9);
  double mood_start = 3 + pick (demo, 2);
  GDate date = *start;

  for (int d = 0; d <= days; d++, g_date_add_days (&date, 1))
    {
      g_autofree char *day = day_string (&date);
      double progress = days > 0 ? (double) d / days : 1.0;
      /* Gaps come in runs: a bad week, a holiday. */
      gboolean checked_in = chance (demo, p_check_in);

      if (checked_in)
        {
          const char *stressor = chance (demo, 0.3) ? _(stressors[pick (demo, G_N_ELEMENTS (stressors))]) : NULL;
          gboolean win = chance (demo, 0.12);
          int mood = bounded (trend_value (demo, mood_start, 8, progress, reach, 1.2), 0, 10);

          if (!add_check_in (demo, person_id, 0, &date, day, NAN, mood,
                             win ? _(wins[pick (demo, G_N_ELEMENTS (wins))]) : NULL,
                             stressor, win, 0, error))
            return FALSE;

          for (guint g = 0; g < n_tracks; g++)
            {
              TandemGoal *goal = tracks[g].goal;
              TandemMeasureKind kind = tandem_goal_get_measure_kind (goal);
              double value = NAN;
              int rating = TANDEM_INT_UNSET;
              gint64 strategy_id = 0;

              if (!chance (demo, 0.93))
                continue;

              if (kind == TANDEM_MEASURE_QUESTIONNAIRE)
                {
                  /* Tracked by the questionnaire; a daily 0-10 rating besides. */
                  rating = bounded (trend_value (demo, 4, 8, progress, tracks[g].reach, 1.5), 0, 10);
                }
              else if (kind == TANDEM_MEASURE_RATING)
                {
                  rating = bounded (trend_value (demo, tandem_goal_get_baseline (goal),
                                                             tandem_goal_get_target (goal),
                                                             progress, tracks[g].reach, 1.3), 0, 10);
                  strategy_id = g_array_index (strategy_ids, gint64, pick (demo, strategy_ids->len));
                }
              else
                {
                  /* Weekly targets, counted per day. */
                  double per_day = trend_value (demo, tandem_goal_get_baseline (goal),
                                                tandem_goal_get_target (goal),
                                                progress, tracks[g].reach, 0.8) / 7.0;
                  value = g_rand_double (demo->rand) < per_day - floor (per_day)
                          ? ceil (per_day) : floor (per_day);
                  value = MAX (value, 0);
                  if (value > 0 && strategy_ids != NULL)
                    strategy_id = g_array_index (strategy_ids, gint64, pick (demo, 3));
                }

              if (!add_check_in (demo, person_id, tandem_record_get_id (TANDEM_RECORD (goal)),
                                 &date, day, value, rating, NULL, NULL, FALSE, strategy_id, error))
                return FALSE;
            }
        }

      /* Fortnightly questionnaires. */
      if (d % 14 == 0)
        {
          int gad = bounded (trend_value (demo, gad_start, 4, progress, reach, 1.5), 0, 21);
          int phq = bounded (trend_value (demo, phq_start, 4, progress, reach, 1.8), 0, 27);
          gboolean flagged = safety_episode && d == (days / 28) * 14;

          if (!add_response (demo, person_id, "gad7", &date, gad, FALSE, error) ||
              !add_response (demo, person_id, "phq9", &date, MAX (phq, flagged ? 10 : 0), flagged, error))
            return FALSE;
        }

      if (self_esteem && d % 28 == 0)
        {
          int rses = bounded (trend_value (demo, 12, 20, progress, reach, 1.5), 0, 30);

          if (!add_response (demo, person_id, "rses", &date, rses, FALSE, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
add_homework (Demo          *demo,
              TandemPerson  *person,
              TandemGoal    *goal,
              const GDate   *start,
              int            count,
              GError       **error)
{
  gint64 person_id = tandem_record_get_id (TANDEM_RECORD (person));
  int days = g_date_days_between (start, &demo->today);

  for (int i = 0; i < count; i++)
    {
      GDate assigned = *start;
      GDate due;
      g_autofree char *assigned_day = NULL;
      g_autofree char *due_day = NULL;
      g_autoptr(TandemHomework) homework = NULL;

      g_date_add_days (&assigned, days * i / MAX (count, 1));
      due = assigned;
      g_date_add_days (&due, 7);
      assigned_day = day_string (&assigned);
      due_day = day_string (&due);

      homework = tandem_homework_new (person_id,
                                      _(homework_titles[(i + pick (demo, 3)) % G_N_ELEMENTS (homework_titles)]),
                                      assigned_day);
      tandem_homework_set_due_on (homework, due_day);
      tandem_homework_set_goal_id (homework, tandem_record_get_id (TANDEM_RECORD (goal)));
      if (g_date_compare (&due, &demo->today) < 0 && chance (demo, 0.75))
        tandem_homework_set_done_at (homework, local_time (demo, &due, 18, 30) - DAY_US * pick (demo, 5));

      if (!insert (demo, homework, local_time (demo, &assigned, 16, 50), error))
        return FALSE;
    }

  return TRUE;
}

/* Profiles ---------------------------------------------------------------- */

static gboolean
fill_client_profile (Demo               *demo,
                     const TandemDemoOptions *options,
                     GError            **error)
{
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(GArray) strategy_ids = NULL;
  GoalTrack tracks[N_CLIENT_GOALS] = { { NULL } };
  GDate start = demo->today;
  gint64 owner_id;
  gboolean ok = FALSE;

  g_date_subtract_days (&start, options->years > 0 ? options->years * 365 : 150);

  if (!(owner = add_person (demo, "Alex", TANDEM_PERSON_ROLE_OWNER, &start, error)) ||
      !(strategy_ids = add_strategies (demo, owner, &start, error)))
    return FALSE;

  owner_id = tandem_record_get_id (TANDEM_RECORD (owner));

  for (guint i = 0; i < N_CLIENT_GOALS; i++)
    {
      GDate goal_start = start;

      g_date_add_days (&goal_start, i * 5);
      tracks[i].goal = add_goal (demo, owner, &client_templates ()[i], &goal_start, (int) i,
                                 TANDEM_AUTHOR_CLIENT, strategy_ids, error);
      tracks[i].reach = 0.6 + 0.1 * pick (demo, 4);
      if (tracks[i].goal == NULL)
        goto out;
    }

  /* The first goal was revised after a month: a goal may change. */
  {
    GDate revised = start;

    g_date_add_days (&revised, 30);
    _tandem_store_set_now (demo->store, local_time (demo, &revised, 17, 0));
    tandem_goal_set_target (tracks[0].goal, 4);
    if (!tandem_store_revise_goal (demo->store, tracks[0].goal,
                                   _("Five a week was too much to start with; we agreed on four."),
                                   TANDEM_AUTHOR_THERAPIST,
                                   error))
      goto out;
    _tandem_store_set_now (demo->store, 0);
  }

  if (!fill_history (demo, owner, tracks, G_N_ELEMENTS (tracks), strategy_ids, &start,
                     0.85, 0.82, FALSE, TRUE, error) ||
      !add_homework (demo, owner, tracks[0].goal, &start, 8, error) ||
      !add_reminder (demo, owner_id, TANDEM_REMINDER_KIND_CHECK_IN, TANDEM_RECURRENCE_DAILY,
                     "20:00", &start, NULL, 1, error) ||
      !add_reminder (demo, owner_id, TANDEM_REMINDER_KIND_QUESTIONNAIRE, TANDEM_RECURRENCE_WEEKLY,
                     "18:00", &start, _("GAD-7 and PHQ-9"), 2, error) ||
      !add_reminder (demo, owner_id, TANDEM_REMINDER_KIND_APPOINTMENT, TANDEM_RECURRENCE_WEEKLY,
                     "16:00", &start, _("Session with my therapist"), 1, error))
    goto out;

  ok = TRUE;

out:
  for (guint i = 0; i < G_N_ELEMENTS (tracks); i++)
    g_clear_object (&tracks[i].goal);
  return ok;
}

/* Every client gets a different name: the i-th of 20 first names goes with
 * the ((21 × round + i) mod 16)-th last name, which repeats no pair within
 * 320 clients because 21 and 16 have no common factor; after that, numbered. */
static char *
client_name (guint index)
{
  const guint n_first = G_N_ELEMENTS (first_names);
  const guint n_last = G_N_ELEMENTS (last_names);
  const guint n_pairs = n_first * n_last;
  guint pair = index % n_pairs;
  guint first = pair % n_first;
  guint last = (pair / n_first * (n_first + 1) + first) % n_last;

  if (index < n_pairs)
    return g_strdup_printf ("%s %s", first_names[first], last_names[last]);

  return g_strdup_printf ("%s %s %u", first_names[first], last_names[last], index / n_pairs + 1);
}

static gboolean
fill_client_of_therapist (Demo         *demo,
                          guint         index,
                          const GDate  *first_day,
                          GError      **error)
{
  g_autofree char *name = client_name (index);
  g_autoptr(TandemPerson) client = NULL;
  g_autoptr(GArray) strategy_ids = NULL;
  GoalTrack tracks[N_CLIENT_GOALS] = { { NULL } };
  GDate start = *first_day;
  gint64 client_id;
  /* Some clients improve a lot, some a little, some not at all. */
  double reach = (index % 5 == 4) ? -0.15 : 0.25 + 0.7 * uniform (demo);
  gboolean ok = FALSE;

  g_date_add_days (&start, pick (demo, 21));

  if (!(client = add_person (demo, name, TANDEM_PERSON_ROLE_CLIENT, &start, error)) ||
      !(strategy_ids = add_strategies (demo, client, &start, error)))
    return FALSE;

  client_id = tandem_record_get_id (TANDEM_RECORD (client));

  for (guint i = 0; i < N_CLIENT_GOALS; i++)
    {
      tracks[i].goal = add_goal (demo, client, &client_templates ()[i], &start, (int) i,
                                 i % 2 ? TANDEM_AUTHOR_CLIENT : TANDEM_AUTHOR_THERAPIST,
                                 strategy_ids, error);
      tracks[i].reach = reach;
      if (tracks[i].goal == NULL)
        goto out;
    }

  if (!fill_history (demo, client, tracks, G_N_ELEMENTS (tracks), strategy_ids, &start,
                     reach, 0.78 + 0.12 * uniform (demo), index % 17 == 3, FALSE, error) ||
      !add_homework (demo, client, tracks[0].goal, &start,
                     g_date_days_between (&start, &demo->today) / 28 + 1, error) ||
      !add_reminder (demo, client_id, TANDEM_REMINDER_KIND_CHECK_IN, TANDEM_RECURRENCE_DAILY,
                     "20:00", &start, NULL, 1, error) ||
      !add_reminder (demo, client_id, TANDEM_REMINDER_KIND_QUESTIONNAIRE, TANDEM_RECURRENCE_WEEKLY,
                     "18:00", &start, _("GAD-7 and PHQ-9"), 2, error))
    goto out;

  /* Sessions every week or two, at the same hour. */
  {
    int hour = 9 + (int) (index % 8);
    int step = index % 3 == 0 ? 14 : 7;
    GDate date = start;

    while (g_date_compare (&date, &demo->today) <= 0)
      {
        g_autoptr(TandemTherapySession) session = NULL;
        gint64 starts_at = local_time (demo, &date, hour, 0);

        session = tandem_therapy_session_new (client_id, starts_at);
        tandem_therapy_session_set_agenda (session,
                                           _("Review the week, homework and scores; plan next steps."));
        if (!insert (demo, session, starts_at, error))
          goto out;

        g_date_add_days (&date, step);
      }
  }

  ok = TRUE;

out:
  for (guint i = 0; i < G_N_ELEMENTS (tracks); i++)
    g_clear_object (&tracks[i].goal);
  return ok;
}

static gboolean
fill_therapist_profile (Demo                    *demo,
                        const TandemDemoOptions *options,
                        GError                 **error)
{
  const TandemGoalTemplate *therapist_goals;
  guint n_therapist_goals;
  g_autoptr(TandemPerson) owner = NULL;
  GDate first_day = demo->today;
  GDate goal_start = demo->today;

  g_date_subtract_days (&first_day, (options->years > 0 ? options->years : 1) * 365);
  g_date_subtract_days (&goal_start, 45);

  if (!tandem_store_begin (demo->store, error))
    return FALSE;

  if (!(owner = add_person (demo, "Dr. Morgan Lee", TANDEM_PERSON_ROLE_OWNER, &first_day, error)))
    goto failed;

  therapist_goals = tandem_goal_templates_get (TANDEM_AUTHOR_THERAPIST, &n_therapist_goals);
  for (guint i = 0; i < n_therapist_goals; i++)
    {
      g_autoptr(TandemGoal) goal = add_goal (demo, owner, &therapist_goals[i], &goal_start, (int) i,
                                             TANDEM_AUTHOR_THERAPIST, NULL, error);
      if (goal == NULL)
        goto failed;
    }

  if (!tandem_store_commit (demo->store, error))
    return FALSE;

  /* One transaction per client keeps the write-ahead log small. */
  for (guint c = 0; c < options->clients; c++)
    {
      if (!tandem_store_begin (demo->store, error))
        return FALSE;

      if (!fill_client_of_therapist (demo, c, &first_day, error))
        goto failed;

      if (!tandem_store_commit (demo->store, error))
        return FALSE;
    }

  return TRUE;

failed:
  tandem_store_rollback (demo->store);
  return FALSE;
}

/**
 * tandem_demo_fill:
 * @store: an empty store
 * @options: what to generate
 *
 * Fills @store with realistic example data. The same options give the same
 * data, byte for byte apart from SQLite's own bookkeeping.
 *
 * Returns: %TRUE on success; on failure the store holds what was written in
 *   the transactions that completed
 */
gboolean
tandem_demo_fill (TandemStore              *store,
                  const TandemDemoOptions  *options,
                  GError                  **error)
{
  Demo demo = { 0 };
  gboolean ok;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  demo.store = store;
  demo.rand = g_rand_new_with_seed (options->seed);
  demo.tz = g_time_zone_new_local ();
  demo.check_in = tandem_check_in_new (0, 0, NULL);
  if (!(demo.scales = tandem_scale_registry_new (error)))
    {
      g_clear_object (&demo.check_in);
      g_time_zone_unref (demo.tz);
      g_rand_free (demo.rand);
      return FALSE;
    }

  if (options->today != NULL)
    tandem_date_parse (options->today, &demo.today);
  else
    {
      g_autofree char *today = tandem_date_today ();
      tandem_date_parse (today, &demo.today);
    }

  demo.uuid_clock = local_time (&demo, &demo.today, 0, 0);

  /* Bulk writing: a larger page cache for the indexes, and fewer, larger
   * checkpoints of the write-ahead log. A crash while generating leaves a
   * demo file to throw away, so nothing is synced until the end. */
  sqlite3_exec (_tandem_store_get_db (store),
                "PRAGMA cache_size = -131072; PRAGMA wal_autocheckpoint = 16384; "
                "PRAGMA synchronous = OFF;", NULL, NULL, NULL);

  if (options->profile == TANDEM_DEMO_PROFILE_THERAPIST)
    ok = fill_therapist_profile (&demo, options, error);
  else
    {
      ok = tandem_store_begin (store, error);
      if (ok && !(ok = fill_client_profile (&demo, options, error)))
        tandem_store_rollback (store);
      else if (ok)
        ok = tandem_store_commit (store, error);
    }

  sqlite3_exec (_tandem_store_get_db (store),
                "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA cache_size = -2000; "
                "PRAGMA wal_autocheckpoint = 1000; PRAGMA synchronous = NORMAL;", NULL, NULL, NULL);

  g_clear_object (&demo.check_in);
  g_clear_object (&demo.scales);
  g_time_zone_unref (demo.tz);
  g_rand_free (demo.rand);
  return ok;
}
