/* test-scale.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scoring of every built-in questionnaire against the published rules
 * (the project's clinical reference: bands, caseness, reversed items,
 * missing items, the WHO-5 percentage), reliable change and the NHS Talking
 * Therapies outcomes against the worked examples, and the loader's errors.
 */

#define G_LOG_DOMAIN "test-scale"

#include "config.h"

#include <math.h>
#include <string.h>

#include "test-util.h"

#define U TANDEM_INT_UNSET

static TandemScaleRegistry *registry;

static TandemScale *
scale (const char *id)
{
  TandemScale *found = tandem_scale_registry_lookup (registry, id);

  g_assert_nonnull (found);
  return found;
}

/* Answers (option values) whose scored total is @total: items start at
 * their lowest scored value and are raised one by one. Independent of the
 * scoring code: it only uses the options' range and the reverse flags. */
static int *
answers_for_total (TandemScale *s,
                   int          total)
{
  guint n = tandem_scale_get_n_items (s);
  int *answers = g_new (int, n);
  int lo = G_MAXINT, hi = G_MININT;
  int *scored = g_new (int, n);
  int remaining;

  for (guint i = 0; i < tandem_scale_get_n_options (s); i++)
    {
      lo = MIN (lo, tandem_scale_get_option_value (s, i));
      hi = MAX (hi, tandem_scale_get_option_value (s, i));
    }

  remaining = total - lo * (int) n;
  g_assert_cmpint (remaining, >=, 0);
  for (guint i = 0; i < n; i++)
    {
      int step = MIN (remaining, hi - lo);

      scored[i] = lo + step;
      remaining -= step;
    }
  g_assert_cmpint (remaining, ==, 0);

  for (guint i = 0; i < n; i++)
    answers[i] = tandem_scale_get_item_reversed (s, i) ? lo + hi - scored[i] : scored[i];

  g_free (scored);
  return answers;
}

static TandemScaleScore *
score_total (TandemScale *s,
             int          total)
{
  g_autofree int *answers = answers_for_total (s, total);
  g_autoptr(GError) error = NULL;
  TandemScaleScore *result;

  result = tandem_scale_score (s, answers, tandem_scale_get_n_items (s), &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_cmpfloat (result->total, ==, total);
  return result;
}

static void
test_builtins_load (void)
{
  const char *ids[] = { "gad2", "gad7", "k10", "phq2", "phq9", "rses", "suds", "who5" };
  GListModel *scales = tandem_scale_registry_get_scales (registry);
  const char *src = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *dir = NULL;
  g_autoptr(TandemScaleRegistry) from_dir = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (scales), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(TandemScale) s = g_list_model_get_item (scales, i);

      g_assert_cmpstr (tandem_scale_get_id (s), ==, ids[i]);
      g_assert_false (tandem_scale_get_custom (s));
      g_assert_nonnull (tandem_scale_get_attribution (s));
    }

  g_assert_null (tandem_scale_registry_lookup (registry, "core10"));
  g_assert_null (tandem_scale_registry_lookup (registry, "pss10"));

  /* The installed files are the same as the compiled-in ones. */
  g_assert_nonnull (src);
  dir = g_build_filename (src, "..", "data", "questionnaires", NULL);
  from_dir = tandem_scale_registry_new_for_dir (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tandem_scale_registry_get_scales (from_dir)), ==,
                    G_N_ELEMENTS (ids));
}

static void
test_verbatim_text (void)
{
  TandemScale *phq9 = scale ("phq9");
  TandemScale *gad7 = scale ("gad7");
  TandemScale *who5 = scale ("who5");

  g_assert_cmpuint (tandem_scale_get_n_items (phq9), ==, 9);
  g_assert_cmpstr (tandem_scale_get_item_text (phq9, 8), ==,
                   "Thoughts that you would be better off dead or of hurting yourself in some way");
  g_assert_cmpstr (tandem_scale_get_instructions (phq9), ==,
                   "Over the last 2 weeks, how often have you been bothered by any of the following problems?");
  g_assert_cmpstr (tandem_scale_get_option_label (phq9, 2), ==, "More than half the days");
  g_assert_cmpint (tandem_scale_get_option_value (phq9, 2), ==, 2);
  g_assert_true (tandem_scale_is_safety_item (phq9, 8));
  g_assert_false (tandem_scale_is_safety_item (phq9, 7));
  g_assert_cmpstr (tandem_scale_get_item_text (gad7, 6), ==,
                   "Feeling afraid, as if something awful might happen");
  g_assert_cmpstr (tandem_scale_get_option_label (who5, 0), ==, "All of the time");
  g_assert_cmpint (tandem_scale_get_option_value (who5, 0), ==, 5);
  g_assert_true (tandem_scale_get_higher_is_better (who5));
  g_assert_cmpstr (tandem_scale_get_recall_period (phq9), ==, "last 2 weeks");
}

typedef struct
{
  int         total;
  const char *band;   /* NULL: no band */
  int         caseness;  /* -1: not defined */
} Point;

typedef struct
{
  const char *id;
  int         min_total;
  int         max_total;
  Point       points[16];
} Expected;

/* Every band boundary, copied from the clinical reference's tables. */
static const Expected expected[] = {
  { "phq9", 0, 27, {
      { 0, "minimal", 0 }, { 4, "minimal", 0 }, { 5, "mild", 0 }, { 9, "mild", 0 },
      { 10, "moderate", 1 }, { 14, "moderate", 1 }, { 15, "moderately-severe", 1 },
      { 19, "moderately-severe", 1 }, { 20, "severe", 1 }, { 27, "severe", 1 }, { -1 } } },
  { "gad7", 0, 21, {
      { 0, "minimal", 0 }, { 4, "minimal", 0 }, { 5, "mild", 0 }, { 7, "mild", 0 },
      { 8, "mild", 1 }, { 9, "mild", 1 }, { 10, "moderate", 1 }, { 14, "moderate", 1 },
      { 15, "severe", 1 }, { 21, "severe", 1 }, { -1 } } },
  { "phq2", 0, 6, {
      { 0, "negative-screen", 0 }, { 2, "negative-screen", 0 }, { 3, "positive-screen", 1 },
      { 6, "positive-screen", 1 }, { -1 } } },
  { "gad2", 0, 6, {
      { 0, "negative-screen", 0 }, { 2, "negative-screen", 0 }, { 3, "positive-screen", 1 },
      { 6, "positive-screen", 1 }, { -1 } } },
  /* WHO-5 totals are raw; bands and caseness apply to raw × 4. */
  { "who5", 0, 25, {
      { 0, "very-low", 1 }, { 7, "very-low", 1 }, { 8, "low", 1 }, { 12, "low", 1 },
      { 13, "not-low", 0 }, { 25, "not-low", 0 }, { -1 } } },
  { "k10", 10, 50, {
      { 10, "well", 0 }, { 19, "well", 0 }, { 20, "mild", 1 }, { 24, "mild", 1 },
      { 25, "moderate", 1 }, { 29, "moderate", 1 }, { 30, "severe", 1 }, { 50, "severe", 1 },
      { -1 } } },
  { "rses", 0, 30, {
      { 0, "low", -1 }, { 14, "low", -1 }, { 15, "normal-range", -1 }, { 25, "normal-range", -1 },
      { 26, "high", -1 }, { 30, "high", -1 }, { -1 } } },
  { "suds", 0, 10, {
      { 0, NULL, -1 }, { 5, NULL, -1 }, { 10, NULL, -1 }, { -1 } } },
};

static void
test_bands_and_extremes (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
    {
      TandemScale *s = scale (expected[e].id);
      double min, max;

      tandem_scale_get_total_range (s, &min, &max);
      g_assert_cmpfloat (min, ==, expected[e].min_total);
      g_assert_cmpfloat (max, ==, expected[e].max_total);

      for (guint i = 0; expected[e].points[i].total >= 0; i++)
        {
          const Point *p = &expected[e].points[i];
          g_autoptr(TandemScaleScore) result = score_total (s, p->total);

          g_test_message ("%s %d → %s", expected[e].id, p->total, result->band_id);
          g_assert_cmpstr (result->scale_id, ==, expected[e].id);
          g_assert_cmpstr (result->band_id, ==, p->band);
          g_assert_cmpint (result->has_caseness, ==, p->caseness >= 0);
          if (p->caseness >= 0)
            g_assert_cmpint (result->caseness, ==, p->caseness);
        }
    }
}

/* All answers at the lowest option value, then all at the highest. */
static void
test_all_lowest_and_highest (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
    {
      TandemScale *s = scale (expected[e].id);
      guint n = tandem_scale_get_n_items (s);
      g_autofree int *lowest = g_new (int, n);
      g_autofree int *highest = g_new (int, n);
      g_autoptr(TandemScaleScore) low = NULL;
      g_autoptr(TandemScaleScore) high = NULL;
      g_autoptr(GError) error = NULL;
      int lo = G_MAXINT, hi = G_MININT;
      int reversed = 0;

      for (guint i = 0; i < tandem_scale_get_n_options (s); i++)
        {
          lo = MIN (lo, tandem_scale_get_option_value (s, i));
          hi = MAX (hi, tandem_scale_get_option_value (s, i));
        }
      for (guint i = 0; i < n; i++)
        {
          lowest[i] = lo;
          highest[i] = hi;
          reversed += tandem_scale_get_item_reversed (s, i);
        }

      low = tandem_scale_score (s, lowest, n, &error);
      g_assert_no_error (error);
      high = tandem_scale_score (s, highest, n, &error);
      g_assert_no_error (error);

      /* Reversed items turn the lowest option into the highest score. */
      g_assert_cmpfloat (low->total, ==, lo * (int) (n - reversed) + hi * reversed);
      g_assert_cmpfloat (high->total, ==, hi * (int) (n - reversed) + lo * reversed);
    }

  /* The plain cases, by hand. */
  {
    int zeros[9] = { 0 }, threes[9] = { 3, 3, 3, 3, 3, 3, 3, 3, 3 };
    g_autoptr(TandemScaleScore) a = tandem_scale_score (scale ("phq9"), zeros, 9, NULL);
    g_autoptr(TandemScaleScore) b = tandem_scale_score (scale ("phq9"), threes, 9, NULL);

    g_assert_cmpfloat (a->score, ==, 0);
    g_assert_cmpstr (a->band_label, ==, "Minimal");
    g_assert_cmpfloat (b->score, ==, 27);
    g_assert_cmpstr (b->band_label, ==, "Severe");
    g_assert_true (b->flags & TANDEM_SCORE_FLAG_SAFETY);
  }
}

static void
test_reversed_items (void)
{
  TandemScale *rses = scale ("rses");
  /* UMD order: items 2, 5, 6, 8 and 9 are reversed (3 − value). */
  const gboolean reversed[10] = { 0, 1, 0, 0, 1, 1, 0, 1, 1, 0 };
  int all_agree[10] = { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 };
  int best[10] = { 3, 0, 3, 3, 0, 0, 3, 0, 0, 3 };
  int worst[10] = { 0, 3, 0, 0, 3, 3, 0, 3, 3, 0 };
  int one[10] = { 0, 3, 0, 0, 3, 3, 0, 3, 2, 0 };
  g_autoptr(TandemScaleScore) a = NULL, b = NULL, c = NULL, d = NULL;

  for (guint i = 0; i < 10; i++)
    g_assert_cmpint (tandem_scale_get_item_reversed (rses, i), ==, reversed[i]);

  a = tandem_scale_score (rses, all_agree, 10, NULL);
  b = tandem_scale_score (rses, best, 10, NULL);
  c = tandem_scale_score (rses, worst, 10, NULL);
  d = tandem_scale_score (rses, one, 10, NULL);
  g_assert_cmpfloat (a->total, ==, 15);
  g_assert_cmpfloat (b->total, ==, 30);
  g_assert_cmpfloat (c->total, ==, 0);
  g_assert_cmpfloat (d->total, ==, 1);  /* item 9 "Agree" to a reversed item scores 1 */

  for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
    if (!g_str_equal (expected[e].id, "rses"))
      for (guint i = 0; i < tandem_scale_get_n_items (scale (expected[e].id)); i++)
        g_assert_false (tandem_scale_get_item_reversed (scale (expected[e].id), i));
}

static void
test_missing_items_refused (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
    {
      TandemScale *s = scale (expected[e].id);
      guint n = tandem_scale_get_n_items (s);
      gboolean prorates = g_str_equal (expected[e].id, "k10");

      for (guint missing = 0; missing < n; missing++)
        {
          g_autofree int *answers = answers_for_total (s, expected[e].min_total);
          g_autoptr(TandemScaleScore) result = NULL;
          g_autoptr(GError) error = NULL;
          g_autofree char *item = g_strdup_printf ("Item %u of the %s", missing + 1,
                                                   tandem_scale_get_short_name (s));

          answers[missing] = U;
          result = tandem_scale_score (s, answers, n, &error);
          if (prorates)
            {
              g_assert_no_error (error);
              continue;
            }
          g_assert_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_MISSING_ANSWER);
          g_assert_null (result);
          g_assert_nonnull (strstr (error->message, item));
        }
    }
}

static void
test_missing_items_named (void)
{
  int phq9[9] = { 1, U, 1, 1, U, 1, 1, 1, 0 };
  int phq9_no_9[9] = { 1, 1, 1, 1, 1, 1, 1, 1, U };
  g_autoptr(GError) error = NULL;

  g_assert_null (tandem_scale_score (scale ("phq9"), phq9, 9, &error));
  g_assert_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_MISSING_ANSWER);
  g_assert_cmpstr (error->message, ==, "Items 2, 5 of the PHQ-9 are not answered.");
  g_clear_error (&error);

  /* The safety item is never skipped. */
  g_assert_null (tandem_scale_score (scale ("phq9"), phq9_no_9, 9, &error));
  g_assert_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_MISSING_ANSWER);
  g_assert_nonnull (strstr (error->message, "Item 9 of the PHQ-9"));
}

static void
test_k10_prorating (void)
{
  TandemScale *k10 = scale ("k10");
  int one_missing[10] = { 3, 3, 3, U, 3, 3, 3, 3, 3, 3 };
  int odd[10] = { 1, 2, 3, 4, 5, U, 1, 2, 3, 4 };     /* 25 / 9 × 10 = 27.8 → 28 */
  int two_missing[10] = { 3, 3, U, 3, 3, 3, U, 3, 3, 3 };
  g_autoptr(TandemScaleScore) a = NULL, b = NULL;
  g_autoptr(GError) error = NULL;

  a = tandem_scale_score (k10, one_missing, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (a->total, ==, 30);
  g_assert_cmpstr (a->band_id, ==, "severe");
  g_assert_true (a->flags & TANDEM_SCORE_FLAG_PRORATED);
  g_assert_cmpuint (a->n_missing, ==, 1);

  b = tandem_scale_score (k10, odd, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (b->total, ==, 28);

  g_assert_null (tandem_scale_score (k10, two_missing, 10, &error));
  g_assert_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_MISSING_ANSWER);
  g_assert_cmpstr (error->message, ==, "Items 3, 7 of the K10 are not answered.");
}

static void
test_invalid_answers (void)
{
  int phq9[9] = { 0, 1, 2, 3, 4, 0, 0, 0, 0 };
  int k10[10] = { 0, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
  g_autoptr(GError) error = NULL;

  g_assert_null (tandem_scale_score (scale ("phq9"), phq9, 9, &error));
  g_assert_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_ANSWERS);
  g_assert_cmpstr (error->message, ==,
                   "Item 5 of the PHQ-9 cannot be answered 4; the answers are 0, 1, 2, 3.");
  g_clear_error (&error);

  g_assert_null (tandem_scale_score (scale ("phq9"), phq9, 8, &error));
  g_assert_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_ANSWERS);
  g_assert_cmpstr (error->message, ==, "The PHQ-9 has 9 items, but 8 answers were given.");
  g_clear_error (&error);

  g_assert_null (tandem_scale_score (scale ("phq9"), phq9, 1, &error));
  g_assert_cmpstr (error->message, ==, "The PHQ-9 has 9 items, but 1 answer was given.");
  g_clear_error (&error);
  g_assert_null (tandem_scale_score (scale ("suds"), phq9, 2, &error));
  g_assert_cmpstr (error->message, ==, "The SUDS takes one answer, but 2 were given.");
  g_clear_error (&error);

  /* K10 is scored 1-5: 0 is not an option. */
  g_assert_null (tandem_scale_score (scale ("k10"), k10, 10, &error));
  g_assert_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_ANSWERS);
}

static void
test_safety_flag (void)
{
  TandemScale *phq9 = scale ("phq9");

  for (int value = 0; value <= 3; value++)
    {
      int answers[9] = { 0, 0, 0, 0, 0, 0, 0, 0, value };
      g_autoptr(TandemScaleScore) result = tandem_scale_score (phq9, answers, 9, NULL);

      /* Independent of the total and the band ("Minimal" here). */
      g_assert_cmpint ((result->flags & TANDEM_SCORE_FLAG_SAFETY) != 0, ==, value > 0);
      g_assert_cmpuint (result->safety_item, ==, value > 0 ? 9 : 0);
      g_assert_cmpstr (result->band_id, ==, "minimal");
    }

  /* Item 9 is PHQ-9 only: the PHQ-2 has no safety item. */
  for (guint i = 0; i < 2; i++)
    g_assert_false (tandem_scale_is_safety_item (scale ("phq2"), i));
}

static void
test_who5_percentage (void)
{
  TandemScale *who5 = scale ("who5");
  int all_best[5] = { 5, 5, 5, 5, 5 };
  int raw12[5] = { 3, 3, 2, 2, 2 };
  int raw13[5] = { 3, 3, 3, 2, 2 };
  int one_low[5] = { 5, 5, 5, 5, 1 };
  g_autoptr(TandemScaleScore) a = NULL, b = NULL, c = NULL, d = NULL;
  double min, max;

  tandem_scale_get_score_range (who5, &min, &max);
  g_assert_cmpfloat (min, ==, 0);
  g_assert_cmpfloat (max, ==, 100);

  a = tandem_scale_score (who5, all_best, 5, NULL);
  g_assert_cmpfloat (a->total, ==, 25);
  g_assert_cmpfloat (a->score, ==, 100);
  g_assert_false (a->caseness);
  g_assert_cmpint (a->flags, ==, TANDEM_SCORE_FLAG_NONE);

  b = tandem_scale_score (who5, raw12, 5, NULL);
  g_assert_cmpfloat (b->score, ==, 48);
  g_assert_true (b->caseness);
  g_assert_cmpstr (b->band_id, ==, "low");

  c = tandem_scale_score (who5, raw13, 5, NULL);
  g_assert_cmpfloat (c->score, ==, 52);
  g_assert_false (c->caseness);
  g_assert_cmpstr (c->band_id, ==, "not-low");

  /* Any item at 0 or 1 is worth a depression check, whatever the total. */
  d = tandem_scale_score (who5, one_low, 5, NULL);
  g_assert_cmpfloat (d->score, ==, 84);
  g_assert_true (d->flags & TANDEM_SCORE_FLAG_LOW_ITEM);
}

static void
assert_change (TandemScale           *s,
               double                 before,
               double                 after,
               gboolean               reliable,
               TandemChangeDirection  direction,
               TandemChangeClass      classification)
{
  TandemScaleChange change;

  tandem_scale_compare (s, before, after, &change);
  g_test_message ("%s %g → %g: %s %s", tandem_scale_get_id (s), before, after,
                  tandem_change_direction_to_string (change.direction),
                  tandem_change_class_to_string (change.classification));
  g_assert_cmpfloat (change.change, ==, after - before);
  g_assert_cmpint (change.reliable, ==, reliable);
  g_assert_cmpint (change.direction, ==, direction);
  g_assert_cmpint (change.classification, ==, classification);
}

static void
test_reliable_change_thresholds (void)
{
  TandemScaleChange change;

  /* NHS Talking Therapies: PHQ-9 6 points, GAD-7 4 points. */
  assert_change (scale ("phq9"), 18, 12, TRUE, TANDEM_CHANGE_DIRECTION_IMPROVEMENT,
                 TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT);
  assert_change (scale ("phq9"), 18, 13, FALSE, TANDEM_CHANGE_DIRECTION_IMPROVEMENT,
                 TANDEM_CHANGE_CLASS_NO_RELIABLE_CHANGE);
  assert_change (scale ("phq9"), 10, 16, TRUE, TANDEM_CHANGE_DIRECTION_DETERIORATION,
                 TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION);
  assert_change (scale ("phq9"), 10, 10, FALSE, TANDEM_CHANGE_DIRECTION_NONE,
                 TANDEM_CHANGE_CLASS_NO_RELIABLE_CHANGE);
  assert_change (scale ("gad7"), 12, 8, TRUE, TANDEM_CHANGE_DIRECTION_IMPROVEMENT,
                 TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT);
  assert_change (scale ("gad7"), 12, 9, FALSE, TANDEM_CHANGE_DIRECTION_IMPROVEMENT,
                 TANDEM_CHANGE_CLASS_NO_RELIABLE_CHANGE);
  assert_change (scale ("gad7"), 5, 9, TRUE, TANDEM_CHANGE_DIRECTION_DETERIORATION,
                 TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION);

  /* WHO-5: 10 percentage points, higher is better; scores step by 4, so
   * 8 points is not enough and 12 is. */
  assert_change (scale ("who5"), 48, 56, FALSE, TANDEM_CHANGE_DIRECTION_IMPROVEMENT,
                 TANDEM_CHANGE_CLASS_NO_RELIABLE_CHANGE);
  assert_change (scale ("who5"), 48, 60, TRUE, TANDEM_CHANGE_DIRECTION_IMPROVEMENT,
                 TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT);
  assert_change (scale ("who5"), 60, 48, TRUE, TANDEM_CHANGE_DIRECTION_DETERIORATION,
                 TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION);

  /* No agreed criterion for K10, RSES, PHQ-2, GAD-2, SUDS. */
  assert_change (scale ("k10"), 30, 15, FALSE, TANDEM_CHANGE_DIRECTION_IMPROVEMENT,
                 TANDEM_CHANGE_CLASS_NOT_AVAILABLE);
  assert_change (scale ("rses"), 10, 20, FALSE, TANDEM_CHANGE_DIRECTION_IMPROVEMENT,
                 TANDEM_CHANGE_CLASS_NOT_AVAILABLE);
  tandem_scale_compare (scale ("suds"), 8, 3, &change);
  g_assert_false (change.has_criterion);
  g_assert_true (isnan (change.rci));
}

/* A custom definition with the given reliable-change member; the items are
 * placeholders. */
static char *
custom_definition (const char *id,
                   int         n_items,
                   int         max_value,
                   const char *reliable_change)
{
  GString *json = g_string_new (NULL);

  g_string_append_printf (json,
                          "{\"format\": \"tandem-questionnaire\", \"format_version\": 1, "
                          "\"id\": \"%s\", \"short_name\": \"Test\", \"name\": \"Test scale\", "
                          "\"higher_is_better\": false, \"instructions\": \"Answer.\", "
                          "\"response_options\": [", id);
  for (int v = 0; v <= max_value; v++)
    g_string_append_printf (json, "%s{\"label\": \"v%d\", \"value\": %d}", v ? ", " : "", v, v);
  g_string_append (json, "], \"items\": [");
  for (int i = 1; i <= n_items; i++)
    g_string_append_printf (json, "%s{\"n\": %d, \"text\": \"Item %d\", \"reverse\": false}",
                            i > 1 ? ", " : "", i, i);
  g_string_append_printf (json,
                          "], \"scoring\": {\"method\": \"sum\", \"transform\": null, \"min\": 0, "
                          "\"max\": %d, \"band_basis\": \"total\", \"missing\": {\"rule\": \"refuse\"}}, "
                          "\"bands\": [], \"caseness\": null, \"reliable_change\": %s, "
                          "\"safety_items\": [], \"licence\": {\"status\": \"own\"}, \"sources\": []}",
                          n_items * max_value, reliable_change);
  return g_string_free (json, FALSE);
}

static void
test_jacobson_truax (void)
{
  g_autofree char *phq = custom_definition ("jt-phq", 9, 3, "{\"reliability\": 0.84, \"sd\": 5.0}");
  g_autofree char *core = custom_definition ("jt-core", 10, 4, "{\"reliability\": 0.90, \"sd\": 7.7}");
  g_autoptr(TandemScale) a = NULL, b = NULL;
  g_autoptr(GError) error = NULL;
  TandemScaleChange change;

  /* Worked example 1: SE = 2.0, Sdiff = 2.82843. */
  a = tandem_scale_new_from_data (phq, -1, "worked example 1", &error);
  g_assert_no_error (error);
  tandem_scale_compare (a, 18, 9, &change);
  g_assert_cmpfloat_with_epsilon (change.rci, -3.18, 0.005);
  g_assert_true (change.reliable);
  g_assert_cmpint (change.classification, ==, TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT);
  tandem_scale_compare (a, 12, 8, &change);
  g_assert_cmpfloat_with_epsilon (change.rci, -1.41, 0.005);
  g_assert_false (change.reliable);
  g_assert_cmpint (change.classification, ==, TANDEM_CHANGE_CLASS_NO_RELIABLE_CHANGE);
  /* 1.96 × Sdiff = 5.54: 6 points are needed, as the NHS rule says. */
  tandem_scale_compare (a, 12, 18, &change);
  g_assert_cmpint (change.classification, ==, TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION);
  tandem_scale_compare (a, 12, 17, &change);
  g_assert_false (change.reliable);

  /* Worked example 2 (CORE-10 norms): Sdiff = 3.4435. */
  b = tandem_scale_new_from_data (core, -1, "worked example 2", &error);
  g_assert_no_error (error);
  tandem_scale_compare (b, 22, 9, &change);
  g_assert_cmpfloat_with_epsilon (change.rci, -3.78, 0.005);
  g_assert_true (change.reliable);
  tandem_scale_compare (b, 22, 12, &change);
  g_assert_cmpfloat_with_epsilon (change.rci, -2.90, 0.005);
  g_assert_true (change.reliable);
  tandem_scale_compare (b, 14, 10, &change);
  g_assert_cmpfloat_with_epsilon (change.rci, -1.16, 0.005);
  g_assert_false (change.reliable);
}

static void
test_talking_therapies_outcomes (void)
{
  /* The clinical reference's table, row by row. */
  const struct {
    int phq_pre, gad_pre, phq_post, gad_post;
    TandemOutcome recovery;
    gboolean improvement, deterioration;
    TandemOutcome reliable_recovery;
  } rows[] = {
    { 15, 12, 6, 5, TANDEM_OUTCOME_YES, TRUE, FALSE, TANDEM_OUTCOME_YES },
    { 12, 9, 9, 7, TANDEM_OUTCOME_YES, FALSE, FALSE, TANDEM_OUTCOME_NO },
    { 20, 15, 14, 9, TANDEM_OUTCOME_NO, TRUE, FALSE, TANDEM_OUTCOME_NO },
    { 10, 8, 16, 8, TANDEM_OUTCOME_NO, FALSE, TRUE, TANDEM_OUTCOME_NO },
    { 8, 6, 5, 3, TANDEM_OUTCOME_NOT_APPLICABLE, FALSE, FALSE, TANDEM_OUTCOME_NOT_APPLICABLE },
    { 18, 6, 11, 11, TANDEM_OUTCOME_NO, FALSE, FALSE, TANDEM_OUTCOME_NO },
    { 5, 9, 5, 4, TANDEM_OUTCOME_YES, TRUE, FALSE, TANDEM_OUTCOME_YES },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      TandemPairedOutcome outcome;

      tandem_scale_classify_pair (scale ("phq9"), scale ("gad7"),
                                  rows[i].phq_pre, rows[i].gad_pre,
                                  rows[i].phq_post, rows[i].gad_post, &outcome);
      g_test_message ("row %u: recovery %s, reliable recovery %s", i + 1,
                      tandem_outcome_to_string (outcome.recovery),
                      tandem_outcome_to_string (outcome.reliable_recovery));
      g_assert_cmpint (outcome.recovery, ==, rows[i].recovery);
      g_assert_cmpint (outcome.reliable_improvement, ==, rows[i].improvement);
      g_assert_cmpint (outcome.reliable_deterioration, ==, rows[i].deterioration);
      g_assert_cmpint (outcome.reliable_recovery, ==, rows[i].reliable_recovery);
    }
}

static void
assert_broken (const char *name,
               const char *contents,
               const char *problem)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(TandemScaleRegistry) loaded = NULL;
  g_autoptr(GError) error = NULL;

  test_write_file (path, contents, strlen (contents));
  loaded = tandem_scale_registry_new_for_dir (dir, &error);
  g_assert_null (loaded);
  g_assert_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_DEFINITION);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_nonnull (strstr (error->message, problem));
  test_remove_tree (dir);
}

static char *
replace (const char *text,
         const char *from,
         const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, 2);

  g_assert_nonnull (parts[1]);
  return g_strjoin (to, parts[0], parts[1], NULL);
}

static void
test_loader_errors (void)
{
  g_autofree char *good = custom_definition ("mine", 3, 3, "null");
  g_autofree char *wrong_format = replace (good, "tandem-questionnaire", "something-else");
  g_autofree char *newer = replace (good, "\"format_version\": 1", "\"format_version\": 2");
  g_autofree char *no_text = replace (good, "\"text\": \"Item 2\"", "\"text\": \"\"");
  g_autofree char *bad_max = replace (good, "\"max\": 9", "\"max\": 10");
  g_autofree char *bad_band = replace (good, "\"bands\": []",
                                       "\"bands\": [{\"id\": \"a\", \"min\": 0, \"max\": 5, \"label\": \"A\"}, "
                                       "{\"id\": \"b\", \"min\": 5, \"max\": 9, \"label\": \"B\"}]");
  g_autoptr(TandemScaleRegistry) loaded = NULL;
  g_autoptr(GError) error = NULL;

  assert_broken ("broken.json", "{ \"format\": \"tandem-questionnaire\", ", "not valid JSON");
  assert_broken ("list.json", "[1, 2]", "does not hold a JSON object");
  assert_broken ("mine.json", wrong_format, "not a Tandem questionnaire");
  assert_broken ("mine.json", newer, "newer version of Tandem");
  assert_broken ("mine.json", no_text, "Item 2 has no text");
  assert_broken ("mine.json", bad_max, "add up to 0 to 9");
  assert_broken ("mine.json", bad_band, "Band 2 overlaps");
  assert_broken ("other.json", good, "must be called “mine.json”");

  loaded = tandem_scale_registry_new_for_dir ("/nonexistent/questionnaires", &error);
  g_assert_null (loaded);
  g_assert_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_DEFINITION);
  g_assert_nonnull (strstr (error->message, "/nonexistent/questionnaires"));
  g_clear_error (&error);

  g_assert_null (tandem_scale_registry_get (registry, "core10", &error));
  g_assert_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_UNKNOWN_SCALE);
  g_assert_cmpstr (error->message, ==, "There is no questionnaire “core10”; the known ones are "
                                       "gad2, gad7, k10, phq2, phq9, rses, suds, who5.");
  g_clear_error (&error);

  g_assert_null (tandem_scale_new_from_file ("/nonexistent/x.json", &error));
  g_assert_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_DEFINITION);
  g_assert_nonnull (strstr (error->message, "/nonexistent/x.json"));
}

static void
test_environment_dir (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "mine.json", NULL);
  g_autofree char *good = custom_definition ("mine", 3, 3, "null");
  g_autoptr(TandemScaleRegistry) loaded = NULL;
  g_autoptr(GError) error = NULL;

  test_write_file (path, good, strlen (good));
  g_setenv ("TANDEM_QUESTIONNAIRE_DIR", dir, TRUE);
  loaded = tandem_scale_registry_new (&error);
  g_unsetenv ("TANDEM_QUESTIONNAIRE_DIR");
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tandem_scale_registry_get_scales (loaded)), ==, 1);
  g_assert_nonnull (tandem_scale_registry_lookup (loaded, "mine"));
  test_remove_tree (dir);
}

static void
test_custom_from_store (void)
{
  TestStore t;
  g_autofree char *definition = custom_definition ("mood-check", 3, 3, "{\"threshold\": 3}");
  g_autofree char *clash = custom_definition ("phq9", 3, 3, "null");
  g_autoptr(TandemQuestionnaire) custom = tandem_questionnaire_new ("mood-check", "Mood check", definition);
  g_autoptr(TandemQuestionnaire) broken = NULL;
  g_autoptr(TandemScaleRegistry) with_custom = NULL;
  g_autoptr(TandemScaleRegistry) refused = NULL;
  g_autoptr(GError) error = NULL;
  TandemScale *s;
  int answers[3] = { 1, 2, 3 };
  g_autoptr(TandemScaleScore) result = NULL;

  test_store_init (&t);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (custom), &error));
  g_assert_no_error (error);

  with_custom = tandem_scale_registry_new (&error);
  g_assert_no_error (error);
  g_assert_true (tandem_scale_registry_load_custom (with_custom, t.store, &error));
  g_assert_no_error (error);
  s = tandem_scale_registry_lookup (with_custom, "mood-check");
  g_assert_nonnull (s);
  g_assert_true (tandem_scale_get_custom (s));
  result = tandem_scale_score (s, answers, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (result->score, ==, 6);
  g_assert_null (result->band_id);
  g_assert_false (result->has_caseness);

  /* A custom questionnaire may not take a built-in's id. */
  broken = tandem_questionnaire_new ("phq9", "My PHQ copy", clash);
  g_assert_true (tandem_store_insert (t.store, TANDEM_RECORD (broken), &error));
  refused = tandem_scale_registry_new (&error);
  g_assert_false (tandem_scale_registry_load_custom (refused, t.store, &error));
  g_assert_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_DEFINITION);
  g_assert_nonnull (strstr (error->message, "My PHQ copy"));
  g_clear_error (&error);

  /* The definition's id must be the stored code. */
  tandem_questionnaire_set_code (broken, "phq9-copy");
  g_assert_true (tandem_store_update (t.store, TANDEM_RECORD (broken), &error));
  g_clear_object (&refused);
  refused = tandem_scale_registry_new (&error);
  g_assert_false (tandem_scale_registry_load_custom (refused, t.store, &error));
  g_assert_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_DEFINITION);
  g_assert_nonnull (strstr (error->message, "stored as “phq9-copy”"));
  g_clear_error (&error);

  /* A broken definition names the questionnaire's title. */
  tandem_questionnaire_set_definition (broken, "{");
  g_assert_true (tandem_store_update (t.store, TANDEM_RECORD (broken), &error));
  g_clear_object (&refused);
  refused = tandem_scale_registry_new (&error);
  g_assert_false (tandem_scale_registry_load_custom (refused, t.store, &error));
  g_assert_nonnull (strstr (error->message, "“My PHQ copy” cannot be used"));

  test_store_clear (&t);
}

static void
test_save_response (void)
{
  TestStore t;
  int answers[9] = { 2, 2, 2, 2, 2, 1, 1, 1, 1 };
  int missing[9] = { 2, 2, 2, 2, U, 1, 1, 1, 1 };
  g_autoptr(TandemResponse) response = NULL;
  g_autoptr(TandemResponse) refused = NULL;
  g_autoptr(TandemScaleScore) result = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(TandemResponse) loaded = NULL;
  g_autoptr(GError) error = NULL;
  const int *stored;
  guint n;

  test_store_init (&t);
  response = tandem_scale_save_response (scale ("phq9"), t.store, t.owner_id, "2026-03-02",
                                         G_GINT64_CONSTANT (1772445600000000),
                                         answers, 9, &result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (response);
  g_assert_cmpfloat (result->score, ==, 14);
  g_assert_cmpstr (tandem_response_get_band (response), ==, "moderate");
  g_assert_true (tandem_response_get_safety_flag (response));
  g_assert_cmpfloat (tandem_response_get_total (response), ==, 14);

  list = tandem_store_list_responses (t.store, t.owner_id, "phq9", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  loaded = g_list_model_get_item (G_LIST_MODEL (list), 0);
  stored = tandem_response_get_answers (loaded, &n);
  g_assert_cmpuint (n, ==, 9);
  g_assert_cmpmem (stored, n * sizeof (int), answers, sizeof answers);
  g_assert_cmpstr (tandem_response_get_day (loaded), ==, "2026-03-02");
  g_assert_true (tandem_response_get_safety_flag (loaded));

  /* Answers that cannot be scored store nothing. */
  refused = tandem_scale_save_response (scale ("phq9"), t.store, t.owner_id, NULL, 0,
                                        missing, 9, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_MISSING_ANSWER);
  g_clear_error (&error);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM response"), ==, 1);

  /* A person who does not exist: rolled back, nothing half-written. */
  refused = tandem_scale_save_response (scale ("phq9"), t.store, 9999, NULL, 0,
                                        answers, 9, NULL, &error);
  g_assert_null (refused);
  g_assert_nonnull (error);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM response"), ==, 1);
  g_assert_cmpint (test_count (&t, "SELECT count(*) FROM response_item"), ==, 9);

  test_store_clear (&t);
}

static void
test_accessors (void)
{
  TandemScale *phq9 = scale ("phq9");
  TandemScale *who5 = scale ("who5");
  TandemScale *rses = scale ("rses");
  const TandemScaleBand *bands;
  const char *op;
  double threshold, reliability, sd;
  guint n;

  g_assert_cmpstr (tandem_scale_get_origin (phq9), ==, "phq9.json");
  g_assert_cmpstr (tandem_scale_get_name (phq9), ==, "Patient Health Questionnaire-9");
  g_assert_cmpstr (tandem_scale_get_short_name (who5), ==, "WHO-5");
  g_assert_cmpuint (tandem_scale_get_n_options (who5), ==, 6);
  g_assert_nonnull (strstr (tandem_scale_get_attribution (phq9), "Pfizer"));

  bands = tandem_scale_get_bands (who5, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (bands[0].id, ==, "very-low");
  g_assert_cmpfloat (bands[0].max, ==, 28);
  g_assert_true (tandem_scale_find_band (who5, 48) == &bands[1]);
  g_assert_null (tandem_scale_find_band (who5, 101));
  tandem_scale_get_bands (scale ("suds"), &n);
  g_assert_cmpuint (n, ==, 0);

  g_assert_true (tandem_scale_get_caseness (who5, &op, &threshold));
  g_assert_cmpstr (op, ==, "<=");
  g_assert_cmpfloat (threshold, ==, 50);
  g_assert_true (tandem_scale_is_case (who5, 48));
  g_assert_false (tandem_scale_is_case (who5, 52));
  g_assert_false (tandem_scale_get_caseness (rses, &op, &threshold));
  g_assert_null (op);
  g_assert_false (tandem_scale_is_case (rses, 0));

  g_assert_true (tandem_scale_get_reliable_change (phq9, &threshold, &reliability, &sd));
  g_assert_cmpfloat (threshold, ==, 6);
  g_assert_true (isnan (reliability) && isnan (sd));
  g_assert_false (tandem_scale_get_reliable_change (rses, NULL, NULL, NULL));

  g_assert_false (tandem_scale_get_custom (rses));
  tandem_scale_set_custom (rses, TRUE);
  g_assert_true (tandem_scale_get_custom (rses));
  tandem_scale_set_custom (rses, FALSE);

  g_assert_cmpstr (tandem_change_class_to_string (TANDEM_CHANGE_CLASS_NOT_AVAILABLE), ==, "not-available");
  g_assert_cmpstr (tandem_change_direction_to_string (TANDEM_CHANGE_DIRECTION_DETERIORATION), ==,
                   "deterioration");
  g_assert_cmpstr (tandem_outcome_to_string (TANDEM_OUTCOME_YES), ==, "yes");
}

static void
test_score_boxed (void)
{
  int answers[7] = { 1, 1, 1, 1, 1, 1, 2 };
  g_autoptr(TandemScaleScore) result = tandem_scale_score (scale ("gad7"), answers, 7, NULL);
  g_autoptr(TandemScaleScore) copy = NULL;

  copy = g_boxed_copy (TANDEM_TYPE_SCALE_SCORE, result);
  g_assert_cmpstr (copy->band_id, ==, "mild");
  g_assert_cmpstr (copy->band_label, ==, "Mild");
  g_assert_cmpfloat (copy->score, ==, 8);
  g_assert_true (copy->caseness);
  g_assert_cmpstr (tandem_change_direction_to_string (TANDEM_CHANGE_DIRECTION_NONE), ==, "none");
  g_assert_cmpstr (tandem_outcome_to_string (TANDEM_OUTCOME_NOT_APPLICABLE), ==, "not-applicable");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_unsetenv ("TANDEM_QUESTIONNAIRE_DIR");
  registry = tandem_scale_registry_new (&error);
  g_assert_no_error (error);

  g_test_add_func ("/scale/builtins/load", test_builtins_load);
  g_test_add_func ("/scale/builtins/verbatim", test_verbatim_text);
  g_test_add_func ("/scale/builtins/accessors", test_accessors);
  g_test_add_func ("/scale/score/bands", test_bands_and_extremes);
  g_test_add_func ("/scale/score/lowest-highest", test_all_lowest_and_highest);
  g_test_add_func ("/scale/score/reversed", test_reversed_items);
  g_test_add_func ("/scale/score/missing-refused", test_missing_items_refused);
  g_test_add_func ("/scale/score/missing-named", test_missing_items_named);
  g_test_add_func ("/scale/score/k10-prorating", test_k10_prorating);
  g_test_add_func ("/scale/score/invalid", test_invalid_answers);
  g_test_add_func ("/scale/score/safety", test_safety_flag);
  g_test_add_func ("/scale/score/who5-percentage", test_who5_percentage);
  g_test_add_func ("/scale/score/boxed", test_score_boxed);
  g_test_add_func ("/scale/change/thresholds", test_reliable_change_thresholds);
  g_test_add_func ("/scale/change/jacobson-truax", test_jacobson_truax);
  g_test_add_func ("/scale/change/talking-therapies", test_talking_therapies_outcomes);
  g_test_add_func ("/scale/loader/errors", test_loader_errors);
  g_test_add_func ("/scale/loader/environment", test_environment_dir);
  g_test_add_func ("/scale/loader/custom", test_custom_from_store);
  g_test_add_func ("/scale/store/save-response", test_save_response);

  status = g_test_run ();
  g_clear_object (&registry);
  return status;
}
