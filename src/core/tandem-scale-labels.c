/* tandem-scale-labels.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-scale"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-scale.h"

/* The questionnaires' band labels come from their data files, which
 * xgettext cannot read: they are listed here so that translators see them.
 * tests/data/check-band-labels.py keeps this list and the files in step.
 * Item and option wording is never translated here: a questionnaire is
 * valid only in its published wording, so another language needs its
 * published translation as a data file of its own. */
static const char * const band_labels[] = {
  N_("Below the screening cut-off"),
  N_("At or above the screening cut-off: take the full GAD-7"),
  N_("Minimal"),
  N_("Mild"),
  N_("Moderate"),
  N_("Severe"),
  N_("Low distress"),
  N_("Mild distress"),
  N_("Moderate distress"),
  N_("Severe distress"),
  N_("At or above the screening cut-off: take the full PHQ-9"),
  N_("Moderately severe"),
  N_("Low self-esteem"),
  N_("Usual range"),
  N_("High self-esteem"),
  N_("Very low well-being"),
  N_("Low well-being"),
  N_("No sign of low well-being"),
};

/**
 * tandem_scale_translate_label:
 * @label: a band label as the data file has it (English)
 *
 * Returns: (transfer none): @label in the user's language, when there is a
 *   translation; otherwise @label itself
 */
const char *
tandem_scale_translate_label (const char *label)
{
  g_return_val_if_fail (label != NULL, NULL);

  (void) band_labels;
  return g_dgettext (GETTEXT_PACKAGE, label);
}
