/* tandem-scale.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tandem-types.h"

G_BEGIN_DECLS

#define TANDEM_SCALE_ERROR (tandem_scale_error_quark ())

/**
 * TandemScaleError:
 * @TANDEM_SCALE_ERROR_INVALID_DEFINITION: a questionnaire file or definition
 *   is broken; the message names it and says what is wrong
 * @TANDEM_SCALE_ERROR_UNKNOWN_SCALE: no questionnaire with that id
 * @TANDEM_SCALE_ERROR_INVALID_ANSWERS: wrong number of answers, or an answer
 *   that is not one of the options
 * @TANDEM_SCALE_ERROR_MISSING_ANSWER: an item is unanswered and the
 *   questionnaire's rules do not allow it; the message names the item
 */
typedef enum
{
  TANDEM_SCALE_ERROR_INVALID_DEFINITION,
  TANDEM_SCALE_ERROR_UNKNOWN_SCALE,
  TANDEM_SCALE_ERROR_INVALID_ANSWERS,
  TANDEM_SCALE_ERROR_MISSING_ANSWER,
} TandemScaleError;

/**
 * TandemScoreFlags:
 * @TANDEM_SCORE_FLAG_NONE: nothing to point out
 * @TANDEM_SCORE_FLAG_SAFETY: a safety item (PHQ-9 item 9) was answered above
 *   its threshold
 * @TANDEM_SCORE_FLAG_LOW_ITEM: an item was answered at or below the
 *   instrument's item flag (WHO-5: any item 0 or 1)
 * @TANDEM_SCORE_FLAG_PRORATED: the total was prorated over missing items
 */
typedef enum
{
  TANDEM_SCORE_FLAG_NONE     = 0,
  TANDEM_SCORE_FLAG_SAFETY   = 1 << 0,
  TANDEM_SCORE_FLAG_LOW_ITEM = 1 << 1,
  TANDEM_SCORE_FLAG_PRORATED = 1 << 2,
} TandemScoreFlags;

typedef enum
{
  TANDEM_CHANGE_DIRECTION_NONE,
  TANDEM_CHANGE_DIRECTION_IMPROVEMENT,
  TANDEM_CHANGE_DIRECTION_DETERIORATION,
} TandemChangeDirection;

typedef enum
{
  TANDEM_CHANGE_CLASS_NOT_AVAILABLE,      /* the instrument has no reliable-change criterion */
  TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT,
  TANDEM_CHANGE_CLASS_NO_RELIABLE_CHANGE,
  TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION,
} TandemChangeClass;

typedef enum
{
  TANDEM_OUTCOME_NO,
  TANDEM_OUTCOME_YES,
  TANDEM_OUTCOME_NOT_APPLICABLE,
} TandemOutcome;

typedef struct _TandemScale TandemScale;

/**
 * TandemScaleBand:
 * @id: stable identifier, stored in `response.band`
 * @min: lowest score of the band (inclusive), in band-basis units
 * @max: highest score of the band (inclusive)
 * @label: the band in plain words, as shipped (English)
 */
typedef struct
{
  char   *id;
  double  min;
  double  max;
  char   *label;
} TandemScaleBand;

/**
 * TandemScaleScore:
 * @scale_id: the questionnaire's id
 * @total: sum of the scored items after reversal (prorated when allowed)
 * @score: @total after the instrument's transformation (WHO-5: ×4); bands,
 *   caseness and change use this value
 * @band_id: (nullable): the band @score falls in
 * @band_label: (nullable): that band in plain words
 * @has_caseness: whether the instrument defines caseness
 * @caseness: whether @score is at or beyond the clinical cut-off
 * @flags: safety and other flags
 * @safety_item: the first safety item that raised the flag (1-based), or 0
 * @n_missing: how many items were unanswered (only when prorated)
 */
typedef struct
{
  char             *scale_id;
  double            total;
  double            score;
  char             *band_id;
  char             *band_label;
  gboolean          has_caseness;
  gboolean          caseness;
  TandemScoreFlags  flags;
  guint             safety_item;
  guint             n_missing;
} TandemScaleScore;

/**
 * TandemScaleChange:
 * @before: score at the first time point
 * @after: score at the second
 * @change: @after − @before
 * @rci: the Jacobson–Truax reliable change index, or NAN when a published
 *   threshold decided
 * @has_criterion: whether the instrument has a reliable-change criterion
 * @reliable: whether the change is reliable
 * @direction: better, worse or the same, by the instrument's direction
 * @classification: reliable improvement, no reliable change or reliable
 *   deterioration
 */
typedef struct
{
  double                before;
  double                after;
  double                change;
  double                rci;
  gboolean              has_criterion;
  gboolean              reliable;
  TandemChangeDirection direction;
  TandemChangeClass     classification;
} TandemScaleChange;

/**
 * TandemPairedOutcome:
 *
 * NHS Talking Therapies outcome of a depression measure (PHQ-9) paired with
 * an anxiety measure (GAD-7) between the first and the last time point.
 */
typedef struct
{
  gboolean          case_before;
  gboolean          case_after;
  TandemScaleChange depression;
  TandemScaleChange anxiety;
  gboolean          reliable_improvement;
  gboolean          reliable_deterioration;
  TandemOutcome     recovery;
  TandemOutcome     reliable_recovery;
} TandemPairedOutcome;

#define TANDEM_TYPE_SCALE_SCORE (tandem_scale_score_get_type ())
#define TANDEM_TYPE_SCALE (tandem_scale_get_type ())

G_DECLARE_FINAL_TYPE (TandemScale, tandem_scale, TANDEM, SCALE, GObject)

GQuark                 tandem_scale_error_quark          (void);
GType                  tandem_scale_score_get_type       (void) G_GNUC_CONST;
TandemScaleScore      *tandem_scale_score_copy           (const TandemScaleScore *score);
void                   tandem_scale_score_free           (TandemScaleScore       *score);

TandemScale           *tandem_scale_new_from_data        (const char     *data,
                                                          gssize          length,
                                                          const char     *origin,
                                                          GError        **error);
TandemScale           *tandem_scale_new_from_file        (const char     *path,
                                                          GError        **error);

const char            *tandem_scale_get_id               (TandemScale    *self);
const char            *tandem_scale_get_short_name       (TandemScale    *self);
const char            *tandem_scale_get_name             (TandemScale    *self);
const char            *tandem_scale_get_origin           (TandemScale    *self);
const char            *tandem_scale_get_instructions     (TandemScale    *self);
const char            *tandem_scale_get_recall_period    (TandemScale    *self);
const char            *tandem_scale_get_attribution      (TandemScale    *self);
gboolean               tandem_scale_get_higher_is_better (TandemScale    *self);
gboolean               tandem_scale_get_custom           (TandemScale    *self);
void                   tandem_scale_set_custom           (TandemScale    *self,
                                                          gboolean        custom);
guint                  tandem_scale_get_n_items          (TandemScale    *self);
const char            *tandem_scale_get_item_text        (TandemScale    *self,
                                                          guint           item);
gboolean               tandem_scale_get_item_reversed    (TandemScale    *self,
                                                          guint           item);
gboolean               tandem_scale_is_safety_item       (TandemScale    *self,
                                                          guint           item);
guint                  tandem_scale_get_n_options        (TandemScale    *self);
const char            *tandem_scale_get_option_label     (TandemScale    *self,
                                                          guint           option);
int                    tandem_scale_get_option_value     (TandemScale    *self,
                                                          guint           option);
void                   tandem_scale_get_total_range      (TandemScale    *self,
                                                          double         *min,
                                                          double         *max);
void                   tandem_scale_get_score_range      (TandemScale    *self,
                                                          double         *min,
                                                          double         *max);
const TandemScaleBand *tandem_scale_get_bands            (TandemScale    *self,
                                                          guint          *n_bands);
const TandemScaleBand *tandem_scale_find_band            (TandemScale    *self,
                                                          double          score);
gboolean               tandem_scale_get_caseness         (TandemScale    *self,
                                                          const char    **op,
                                                          double         *threshold);
gboolean               tandem_scale_is_case              (TandemScale    *self,
                                                          double          score);
gboolean               tandem_scale_get_reliable_change  (TandemScale    *self,
                                                          double         *threshold,
                                                          double         *reliability,
                                                          double         *sd);

TandemScaleScore      *tandem_scale_score                (TandemScale    *self,
                                                          const int      *answers,
                                                          guint           n_answers,
                                                          GError        **error);
void                   tandem_scale_compare              (TandemScale       *self,
                                                          double             before,
                                                          double             after,
                                                          TandemScaleChange *change);
void                   tandem_scale_classify_pair        (TandemScale         *depression,
                                                          TandemScale         *anxiety,
                                                          double               depression_before,
                                                          double               anxiety_before,
                                                          double               depression_after,
                                                          double               anxiety_after,
                                                          TandemPairedOutcome *outcome);
TandemResponse        *tandem_scale_save_response        (TandemScale       *self,
                                                          TandemStore       *store,
                                                          gint64             person_id,
                                                          const char        *day,
                                                          gint64             taken_at,
                                                          const int         *answers,
                                                          guint              n_answers,
                                                          TandemScaleScore **score,
                                                          GError           **error);

const char            *tandem_change_direction_to_string (TandemChangeDirection direction);
const char            *tandem_change_class_to_string     (TandemChangeClass     classification);
const char            *tandem_outcome_to_string          (TandemOutcome         outcome);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemScaleScore, tandem_scale_score_free)

const char *tandem_scale_translate_label (const char *label);

G_END_DECLS
