/* tandem-questionnaire-builder.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-questionnaire-builder"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "tandem-questionnaire-builder.h"
#include "tandem-record-private.h"
#include "tandem-scale-registry.h"
#include "tandem-scale.h"
#include "tandem-store.h"

/* A therapist's own questionnaire: a name, items, response options and
 * bands, written out in the same JSON format as the built-in files
 * (data/questionnaires/README.md) and checked by the same parser before it
 * is stored. Totals are plain sums after reversal; an unanswered item is
 * refused.
 *
 * A builder made from a stored questionnaire edits it: saving writes the
 * same record (same uuid and code). Once anyone has taken it, what makes
 * its totals (the number of items, which are reversed, the options'
 * values) stays as it is, and it cannot be deleted: earlier totals keep
 * their meaning and no history is lost. */

typedef struct
{
  char     *text;
  gboolean  reversed;
} Item;

typedef struct
{
  char *label;
  int   value;
} Option;

typedef struct
{
  int   min;
  int   max;
  char *label;
} Band;

struct _TandemQuestionnaireBuilder
{
  GObject  parent_instance;

  char    *name;
  char    *short_name;
  char    *instructions;
  GArray  *items;    /* Item */
  GArray  *options;  /* Option */
  GArray  *bands;    /* Band */

  /* The stored questionnaire being edited, or NULL for a new one. */
  TandemQuestionnaire *questionnaire;
};

G_DEFINE_FINAL_TYPE (TandemQuestionnaireBuilder, tandem_questionnaire_builder, G_TYPE_OBJECT)

G_DEFINE_QUARK (tandem-questionnaire-builder-error-quark, tandem_questionnaire_builder_error)

static void
item_clear (gpointer data)
{
  g_free (((Item *) data)->text);
}

static void
option_clear (gpointer data)
{
  g_free (((Option *) data)->label);
}

static void
band_clear (gpointer data)
{
  g_free (((Band *) data)->label);
}

static char *
dup_stripped (const char *text)
{
  return text != NULL ? g_strstrip (g_strdup (text)) : g_strdup ("");
}

static int
compare_bands (gconstpointer a,
               gconstpointer b)
{
  const Band *x = a;
  const Band *y = b;

  if (x->min != y->min)
    return x->min < y->min ? -1 : 1;
  return x->max < y->max ? -1 : x->max > y->max;
}

/* The lowest and highest possible totals: every item at the lowest or the
 * highest option (reversal swaps them, which changes neither sum). */
static void
get_total_range (TandemQuestionnaireBuilder *self,
                 int                        *total_min,
                 int                        *total_max)
{
  int low = 0, high = 0;

  for (guint i = 0; i < self->options->len; i++)
    {
      int value = g_array_index (self->options, Option, i).value;

      low = i == 0 ? value : MIN (low, value);
      high = i == 0 ? value : MAX (high, value);
    }

  *total_min = low * (int) self->items->len;
  *total_max = high * (int) self->items->len;
}

static gboolean
fail (GError                          **error,
      TandemQuestionnaireBuilderError   part,
      const char                       *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (GError                          **error,
      TandemQuestionnaireBuilderError   part,
      const char                       *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (TANDEM_QUESTIONNAIRE_BUILDER_ERROR, part, format, args));
  va_end (args);

  return FALSE;
}

/* Whether @short_name is already used by a built-in or a stored
 * questionnaire, compared without regard to case. */
static gboolean
short_name_taken (const char           *short_name,
                  TandemQuestionnaire  *editing,
                  TandemStore          *store,
                  gboolean             *taken,
                  GError              **error)
{
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(GListStore) stored = NULL;
  g_autofree char *wanted = g_utf8_casefold (short_name, -1);
  GListModel *scales;

  *taken = FALSE;

  if (!(registry = tandem_scale_registry_new (error)))
    return FALSE;
  scales = tandem_scale_registry_get_scales (registry);
  for (guint i = 0; i < g_list_model_get_n_items (scales) && !*taken; i++)
    {
      g_autoptr(TandemScale) scale = g_list_model_get_item (scales, i);
      g_autofree char *folded = g_utf8_casefold (tandem_scale_get_short_name (scale), -1);

      *taken = g_str_equal (folded, wanted);
    }

  if (store == NULL || *taken)
    return TRUE;

  if (!(stored = tandem_store_list_questionnaires (store, error)))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (stored)) && !*taken; i++)
    {
      g_autoptr(TandemQuestionnaire) questionnaire = g_list_model_get_item (G_LIST_MODEL (stored), i);
      g_autoptr(TandemScale) scale = NULL;
      g_autofree char *folded = NULL;

      /* The questionnaire being edited may keep its own short name. */
      if (editing != NULL && tandem_record_get_id (TANDEM_RECORD (questionnaire)) ==
                             tandem_record_get_id (TANDEM_RECORD (editing)))
        continue;
      /* A broken definition is reported where it is loaded, not here. */
      scale = tandem_scale_new_from_data (tandem_questionnaire_get_definition (questionnaire), -1,
                                          tandem_questionnaire_get_title (questionnaire), NULL);
      if (scale == NULL)
        continue;
      folded = g_utf8_casefold (tandem_scale_get_short_name (scale), -1);
      *taken = g_str_equal (folded, wanted);
    }

  return TRUE;
}

static gboolean
check_name (TandemQuestionnaireBuilder  *self,
            TandemStore                 *store,
            GError                     **error)
{
  gboolean taken;

  if (self->name[0] == '\0')
    return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_NAME, _("Give the questionnaire a name."));
  if (self->short_name[0] == '\0')
    return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_NAME,
                 _("Give the questionnaire a short name, such as “MOOD-5”, for charts and lists."));
  if (g_utf8_strlen (self->short_name, -1) > 20)
    return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_NAME,
                 _("The short name is longer than 20 characters."));
  if (self->instructions[0] == '\0')
    return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_NAME,
                 _("Write the instruction shown before the items."));

  if (!short_name_taken (self->short_name, self->questionnaire, store, &taken, error))
    return FALSE;
  if (taken)
    return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_NAME,
                 /* Translators: %s is a questionnaire's short name such as "GAD-7" */
                 _("There is already a questionnaire called “%s”; choose another short name."),
                 self->short_name);

  return TRUE;
}

static gboolean
check_items (TandemQuestionnaireBuilder  *self,
             GError                     **error)
{
  if (self->items->len == 0)
    return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_ITEMS, _("Add at least one item."));
  if (self->items->len > 200)
    return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_ITEMS, _("There can be at most 200 items."));

  for (guint i = 0; i < self->items->len; i++)
    if (g_array_index (self->items, Item, i).text[0] == '\0')
      return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_ITEMS,
                   _("Item %u has no text; write it or remove the item."), i + 1);

  return TRUE;
}

static gboolean
check_options (TandemQuestionnaireBuilder  *self,
               GError                     **error)
{
  if (self->options->len < 2)
    return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_OPTIONS,
                 _("Give at least two response options."));

  for (guint i = 0; i < self->options->len; i++)
    {
      const Option *option = &g_array_index (self->options, Option, i);

      if (option->label[0] == '\0')
        return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_OPTIONS,
                     _("Response option %u has no label."), i + 1);
      if (option->value < 0 || option->value > 100)
        return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_OPTIONS,
                     _("The value of response option %u must be from 0 to 100."), i + 1);
      for (guint j = 0; j < i; j++)
        if (g_array_index (self->options, Option, j).value == option->value)
          return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_OPTIONS,
                       /* Translators: "“Several days” and “Often” both count 1." */
                       _("“%s” and “%s” both count %d; give each option its own value."),
                       g_array_index (self->options, Option, j).label, option->label, option->value);
    }

  return TRUE;
}

/* Bands, when there are any, must cover every possible total exactly once. */
static gboolean
check_bands (TandemQuestionnaireBuilder  *self,
             GError                     **error)
{
  g_autoptr(GArray) bands = NULL;
  int total_min, total_max;

  if (self->bands->len == 0)
    return TRUE;

  get_total_range (self, &total_min, &total_max);

  for (guint i = 0; i < self->bands->len; i++)
    {
      const Band *band = &g_array_index (self->bands, Band, i);

      if (band->label[0] == '\0')
        return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_BANDS,
                     _("Band %u has no label."), i + 1);
      if (band->min > band->max)
        return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_BANDS,
                     _("The band “%s” starts at %d, above its end at %d."),
                     band->label, band->min, band->max);
    }

  /* Sorted copies: the order the rows were added in does not matter. */
  bands = g_array_sized_new (FALSE, FALSE, sizeof (Band), self->bands->len);
  g_array_append_vals (bands, self->bands->data, self->bands->len);
  g_array_sort (bands, compare_bands);

  for (guint i = 0; i < bands->len; i++)
    {
      const Band *band = &g_array_index (bands, Band, i);
      int expected = i == 0 ? total_min : g_array_index (bands, Band, i - 1).max + 1;

      if (band->max > total_max || band->min < total_min)
        return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_BANDS,
                     _("The band “%s” (%d to %d) lies outside the possible totals, %d to %d."),
                     band->label, band->min, band->max, total_min, total_max);
      if (band->min < expected)
        return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_BANDS,
                     _("The bands “%s” and “%s” overlap; each total may fall in one band only."),
                     g_array_index (bands, Band, i - 1).label, band->label);
      if (band->min > expected)
        return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_BANDS,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "No band covers the total %d; the bands must cover every total "
                                  "from %d to %d.",
                                  "No band covers the totals %d to %d; the bands must cover every "
                                  "total from %d to %d.",
                                  band->min - expected),
                     expected, band->min - 1, total_min, total_max);
    }

  if (g_array_index (bands, Band, bands->len - 1).max < total_max)
    {
      int from = g_array_index (bands, Band, bands->len - 1).max + 1;

      return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_BANDS,
                   _("No band covers the totals %d to %d; the bands must cover every total "
                     "from %d to %d."),
                   from, total_max, total_min, total_max);
    }

  return TRUE;
}

/* Whether the stored questionnaire's totals would keep their meaning: once
 * it has been taken, the items, their reversal and the option values are
 * fixed. @stored is the questionnaire as stored now. */
static gboolean
check_scoring_kept (TandemQuestionnaireBuilder  *self,
                    TandemScale                 *stored,
                    gint64                       n_taken,
                    GError                     **error)
{
  guint n_items = tandem_scale_get_n_items (stored);
  guint n_options = tandem_scale_get_n_options (stored);
  gboolean options_kept = n_options == self->options->len;

  if (self->items->len != n_items)
    return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_TAKEN,
                 g_dngettext (GETTEXT_PACKAGE,
                              "It has been taken %d time, so it must keep its %u items: earlier "
                              "totals are sums of their answers. Its wording and bands can still "
                              "change.",
                              "It has been taken %d times, so it must keep its %u items: earlier "
                              "totals are sums of their answers. Its wording and bands can still "
                              "change.",
                              (gulong) n_taken),
                 (int) n_taken, n_items);

  for (guint i = 0; i < n_items; i++)
    {
      gboolean reversed = tandem_scale_get_item_reversed (stored, i);

      if (g_array_index (self->items, Item, i).reversed == reversed)
        continue;

      if (reversed)
        return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_TAKEN,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "It has been taken %d time, so item %u must stay reversed: "
                                  "earlier totals counted it that way. Its wording and bands can "
                                  "still change.",
                                  "It has been taken %d times, so item %u must stay reversed: "
                                  "earlier totals counted it that way. Its wording and bands can "
                                  "still change.",
                                  (gulong) n_taken),
                     (int) n_taken, i + 1);
      return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_TAKEN,
                   g_dngettext (GETTEXT_PACKAGE,
                                "It has been taken %d time, so item %u cannot become reversed: "
                                "earlier totals counted it the other way. Its wording and bands "
                                "can still change.",
                                "It has been taken %d times, so item %u cannot become reversed: "
                                "earlier totals counted it the other way. Its wording and bands "
                                "can still change.",
                                (gulong) n_taken),
                   (int) n_taken, i + 1);
    }

  for (guint i = 0; options_kept && i < n_options; i++)
    options_kept = g_array_index (self->options, Option, i).value == tandem_scale_get_option_value (stored, i);
  if (!options_kept)
    {
      g_autoptr(GString) values = g_string_new (NULL);

      for (guint i = 0; i < n_options; i++)
        /* Translators: the separator in a list of option values, "0, 1, 2, 3" */
        g_string_append_printf (values, "%s%d", i > 0 ? C_("list", ", ") : "",
                                tandem_scale_get_option_value (stored, i));

      return fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_TAKEN,
                   g_dngettext (GETTEXT_PACKAGE,
                                "It has been taken %d time, so its response options must keep "
                                "their values, in order: %s. Earlier answers are stored as these "
                                "values. Their labels can still change.",
                                "It has been taken %d times, so its response options must keep "
                                "their values, in order: %s. Earlier answers are stored as these "
                                "values. Their labels can still change.",
                                (gulong) n_taken),
                   (int) n_taken, values->str);
    }

  return TRUE;
}

/* Reads the stored questionnaire being edited as it is now, and compares. */
static gboolean
check_taken (TandemQuestionnaireBuilder  *self,
             TandemStore                 *store,
             GError                     **error)
{
  g_autoptr(TandemQuestionnaire) stored = NULL;
  g_autoptr(TandemScale) scale = NULL;
  gint64 n_taken;

  if (self->questionnaire == NULL || store == NULL)
    return TRUE;

  n_taken = tandem_store_count_responses (store, tandem_questionnaire_get_code (self->questionnaire), error);
  if (n_taken < 0)
    return FALSE;
  if (n_taken == 0)
    return TRUE;

  if (!(stored = tandem_store_get (store, TANDEM_TYPE_QUESTIONNAIRE,
                                   tandem_record_get_id (TANDEM_RECORD (self->questionnaire)), error)) ||
      !(scale = tandem_scale_new_from_data (tandem_questionnaire_get_definition (stored), -1,
                                            tandem_questionnaire_get_title (stored), error)))
    return FALSE;

  return check_scoring_kept (self, scale, n_taken, error);
}

static void
tandem_questionnaire_builder_finalize (GObject *object)
{
  TandemQuestionnaireBuilder *self = TANDEM_QUESTIONNAIRE_BUILDER (object);

  g_free (self->name);
  g_free (self->short_name);
  g_free (self->instructions);
  g_array_unref (self->items);
  g_array_unref (self->options);
  g_array_unref (self->bands);
  g_clear_object (&self->questionnaire);

  G_OBJECT_CLASS (tandem_questionnaire_builder_parent_class)->finalize (object);
}

static void
tandem_questionnaire_builder_class_init (TandemQuestionnaireBuilderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tandem_questionnaire_builder_finalize;
}

static void
tandem_questionnaire_builder_init (TandemQuestionnaireBuilder *self)
{
  self->name = g_strdup ("");
  self->short_name = g_strdup ("");
  self->instructions = g_strdup ("");
  self->items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);
  self->options = g_array_new (FALSE, FALSE, sizeof (Option));
  g_array_set_clear_func (self->options, option_clear);
  self->bands = g_array_new (FALSE, FALSE, sizeof (Band));
  g_array_set_clear_func (self->bands, band_clear);
}

/**
 * tandem_questionnaire_builder_new:
 *
 * Returns: (transfer full): an empty questionnaire to fill in
 */
TandemQuestionnaireBuilder *
tandem_questionnaire_builder_new (void)
{
  return g_object_new (TANDEM_TYPE_QUESTIONNAIRE_BUILDER, NULL);
}

/**
 * tandem_questionnaire_builder_set_name:
 * @name: the full name, such as "Weekly Mood Check"
 *
 * Leading and trailing spaces are dropped, here and in the other setters.
 */
void
tandem_questionnaire_builder_set_name (TandemQuestionnaireBuilder *self,
                                       const char                 *name)
{
  g_return_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self));
  g_free (self->name);
  self->name = dup_stripped (name);
}

/**
 * tandem_questionnaire_builder_set_short_name:
 * @short_name: the name shown in charts and lists, such as "MOOD-5"; the
 *   stored code is made from it
 */
void
tandem_questionnaire_builder_set_short_name (TandemQuestionnaireBuilder *self,
                                             const char                 *short_name)
{
  g_return_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self));
  g_free (self->short_name);
  self->short_name = dup_stripped (short_name);
}

/**
 * tandem_questionnaire_builder_set_instructions:
 * @instructions: the text shown before the items
 */
void
tandem_questionnaire_builder_set_instructions (TandemQuestionnaireBuilder *self,
                                               const char                 *instructions)
{
  g_return_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self));
  g_free (self->instructions);
  self->instructions = dup_stripped (instructions);
}

/**
 * tandem_questionnaire_builder_add_item:
 * @text: the item's wording
 * @reversed: whether the item is scored in reverse (highest option counts
 *   as the lowest)
 *
 * Appends an item; items are numbered in the order they are added.
 */
void
tandem_questionnaire_builder_add_item (TandemQuestionnaireBuilder *self,
                                       const char                 *text,
                                       gboolean                    reversed)
{
  Item item;

  g_return_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self));

  item.text = dup_stripped (text);
  item.reversed = !!reversed;
  g_array_append_val (self->items, item);
}

/**
 * tandem_questionnaire_builder_add_option:
 * @label: what the person answers, such as "Several days"
 * @value: what the answer counts
 *
 * Appends a response option; they are shown in the order they are added.
 */
void
tandem_questionnaire_builder_add_option (TandemQuestionnaireBuilder *self,
                                         const char                 *label,
                                         int                         value)
{
  Option option;

  g_return_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self));

  option.label = dup_stripped (label);
  option.value = value;
  g_array_append_val (self->options, option);
}

/**
 * tandem_questionnaire_builder_add_band:
 * @min: the lowest total in the band
 * @max: the highest total in the band (inclusive)
 * @label: the band in plain words, such as "Low"
 *
 * Adds a band of totals; bands may be added in any order.
 */
void
tandem_questionnaire_builder_add_band (TandemQuestionnaireBuilder *self,
                                       int                         min,
                                       int                         max,
                                       const char                 *label)
{
  Band band;

  g_return_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self));

  band.min = min;
  band.max = max;
  band.label = dup_stripped (label);
  g_array_append_val (self->bands, band);
}

/**
 * tandem_questionnaire_builder_check:
 * @part: which part to check; the error codes name the parts
 * @store: (nullable): the store, to find short names already used
 *   (%TANDEM_QUESTIONNAIRE_BUILDER_ERROR_NAME) and whether an edited
 *   questionnaire was taken (%TANDEM_QUESTIONNAIRE_BUILDER_ERROR_TAKEN)
 * @error: return location for an error in %TANDEM_QUESTIONNAIRE_BUILDER_ERROR
 *   with the code @part, or an error reading the store
 *
 * Checks one part of the questionnaire, so that a form can show each
 * part's problem beside it. The bands are checked only once the items and
 * options are right, since those make the range of totals.
 *
 * Returns: %TRUE when that part is fine
 */
gboolean
tandem_questionnaire_builder_check (TandemQuestionnaireBuilder       *self,
                                    TandemQuestionnaireBuilderError   part,
                                    TandemStore                      *store,
                                    GError                          **error)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self), FALSE);
  g_return_val_if_fail (store == NULL || TANDEM_IS_STORE (store), FALSE);

  switch (part)
    {
    case TANDEM_QUESTIONNAIRE_BUILDER_ERROR_NAME:
      return check_name (self, store, error);
    case TANDEM_QUESTIONNAIRE_BUILDER_ERROR_ITEMS:
      return check_items (self, error);
    case TANDEM_QUESTIONNAIRE_BUILDER_ERROR_OPTIONS:
      return check_options (self, error);
    case TANDEM_QUESTIONNAIRE_BUILDER_ERROR_BANDS:
      /* The range of totals depends on the items and options. */
      return check_items (self, NULL) && check_options (self, NULL) ? check_bands (self, error) : TRUE;
    case TANDEM_QUESTIONNAIRE_BUILDER_ERROR_TAKEN:
      return check_taken (self, store, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

static gboolean
code_taken (const char          *code,
            TandemScaleRegistry *registry,
            GListModel          *stored)
{
  if (tandem_scale_registry_lookup (registry, code) != NULL)
    return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (stored); i++)
    {
      g_autoptr(TandemQuestionnaire) questionnaire = g_list_model_get_item (stored, i);

      if (g_str_equal (tandem_questionnaire_get_code (questionnaire), code))
        return TRUE;
    }

  return FALSE;
}

/**
 * tandem_questionnaire_builder_dup_code:
 * @store: the store
 *
 * Makes the questionnaire's code from its short name: lower-case letters
 * and digits joined by dashes ("Mood Check 5" → "mood-check-5"), with "-2",
 * "-3", … added when a built-in or stored questionnaire has that code.
 *
 * Returns: (transfer full): the code, or %NULL with @error set
 */
char *
tandem_questionnaire_builder_dup_code (TandemQuestionnaireBuilder  *self,
                                       TandemStore                 *store,
                                       GError                     **error)
{
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(GListStore) stored = NULL;
  g_autoptr(GString) base = g_string_new (NULL);
  g_autofree char *code = NULL;

  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  for (const char *p = self->short_name; *p && base->len < 40; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (base, g_ascii_tolower (*p));
      else if (base->len > 0 && base->str[base->len - 1] != '-')
        g_string_append_c (base, '-');
    }
  while (base->len > 0 && base->str[base->len - 1] == '-')
    g_string_truncate (base, base->len - 1);
  /* A short name with no ASCII letter or digit, such as "ÜБ". */
  if (base->len == 0)
    g_string_assign (base, "custom");

  if (!(registry = tandem_scale_registry_new (error)) ||
      !(stored = tandem_store_list_questionnaires (store, error)))
    return NULL;

  code = g_strdup (base->str);
  for (guint n = 2; code_taken (code, registry, G_LIST_MODEL (stored)); n++)
    {
      g_free (code);
      code = g_strdup_printf ("%s-%u", base->str, n);
    }

  return g_steal_pointer (&code);
}

/**
 * tandem_questionnaire_builder_dup_definition:
 * @code: the questionnaire's id
 *
 * Writes the questionnaire in the format of the built-in files. It is not
 * checked here; tandem_questionnaire_builder_save() does that.
 *
 * Returns: (transfer full): the JSON text
 */
char *
tandem_questionnaire_builder_dup_definition (TandemQuestionnaireBuilder *self,
                                             const char                 *code)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GArray) bands = NULL;
  int total_min, total_max;

  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  get_total_range (self, &total_min, &total_max);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "tandem-questionnaire");
  json_builder_set_member_name (builder, "format_version");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, code);
  json_builder_set_member_name (builder, "short_name");
  json_builder_add_string_value (builder, self->short_name);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, self->name);
  json_builder_set_member_name (builder, "higher_is_better");
  json_builder_add_boolean_value (builder, FALSE);
  json_builder_set_member_name (builder, "instructions");
  json_builder_add_string_value (builder, self->instructions);

  json_builder_set_member_name (builder, "response_options");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->options->len; i++)
    {
      const Option *option = &g_array_index (self->options, Option, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, option->label);
      json_builder_set_member_name (builder, "value");
      json_builder_add_int_value (builder, option->value);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "n");
      json_builder_add_int_value (builder, i + 1);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, item->text);
      json_builder_set_member_name (builder, "reverse");
      json_builder_add_boolean_value (builder, item->reversed);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "scoring");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "method");
  json_builder_add_string_value (builder, "sum");
  json_builder_set_member_name (builder, "transform");
  json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "min");
  json_builder_add_int_value (builder, total_min);
  json_builder_set_member_name (builder, "max");
  json_builder_add_int_value (builder, total_max);
  json_builder_set_member_name (builder, "band_basis");
  json_builder_add_string_value (builder, "total");
  json_builder_set_member_name (builder, "missing");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "rule");
  json_builder_add_string_value (builder, "refuse");
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  bands = g_array_sized_new (FALSE, FALSE, sizeof (Band), self->bands->len);
  g_array_append_vals (bands, self->bands->data, self->bands->len);
  g_array_sort (bands, compare_bands);
  json_builder_set_member_name (builder, "bands");
  json_builder_begin_array (builder);
  for (guint i = 0; i < bands->len; i++)
    {
      const Band *band = &g_array_index (bands, Band, i);
      g_autofree char *id = g_strdup_printf ("band-%u", i + 1);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, id);
      json_builder_set_member_name (builder, "min");
      json_builder_add_int_value (builder, band->min);
      json_builder_set_member_name (builder, "max");
      json_builder_add_int_value (builder, band->max);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, band->label);
      json_builder_set_member_name (builder, "source_label");
      json_builder_add_string_value (builder, band->label);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "caseness");
  json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "reliable_change");
  json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "safety_items");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "item_flags");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "licence");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, "written in Tandem by its user");
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "written in Tandem by its user");
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

/* Writes the builder over the questionnaire being edited, in the caller's
 * transaction. */
static gboolean
update_questionnaire (TandemQuestionnaireBuilder  *self,
                      TandemStore                 *store,
                      GError                     **error)
{
  g_autofree char *definition = NULL;
  g_autoptr(TandemScale) scale = NULL;

  if (!check_taken (self, store, error))
    return FALSE;

  definition = tandem_questionnaire_builder_dup_definition (self, tandem_questionnaire_get_code (self->questionnaire));
  if (!(scale = tandem_scale_new_from_data (definition, -1, self->name, error)))
    return FALSE;

  tandem_questionnaire_set_title (self->questionnaire, self->name);
  tandem_questionnaire_set_definition (self->questionnaire, definition);
  return tandem_store_update (store, TANDEM_RECORD (self->questionnaire), error);
}

/**
 * tandem_questionnaire_builder_save:
 * @store: the store
 * @error: return location for an error: %TANDEM_QUESTIONNAIRE_BUILDER_ERROR
 *   for the first part with a problem, %TANDEM_SCALE_ERROR when the written
 *   definition is refused, or a store error
 *
 * Checks every part, writes the definition, checks it as the built-in
 * files are checked and stores it. Nothing is stored when any of that fails.
 *
 * A builder made with tandem_questionnaire_builder_new_for_questionnaire()
 * writes the same record (its uuid and code stay, `updated_at` moves on),
 * all in one transaction; when the questionnaire has been taken, a change
 * to its items' number or reversal or to the options' values is refused
 * with %TANDEM_QUESTIONNAIRE_BUILDER_ERROR_TAKEN.
 *
 * Returns: (transfer full): the stored questionnaire, or %NULL
 */
TandemQuestionnaire *
tandem_questionnaire_builder_save (TandemQuestionnaireBuilder  *self,
                                   TandemStore                 *store,
                                   GError                     **error)
{
  g_autoptr(TandemQuestionnaire) questionnaire = NULL;
  g_autoptr(TandemScale) scale = NULL;
  g_autofree char *code = NULL;
  g_autofree char *definition = NULL;
  g_autofree char *old_title = NULL;
  g_autofree char *old_definition = NULL;
  gint64 old_updated_at = 0;

  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  /* An edited record is put back as it was when the write fails. */
  if (self->questionnaire != NULL)
    {
      old_title = g_strdup (tandem_questionnaire_get_title (self->questionnaire));
      old_definition = g_strdup (tandem_questionnaire_get_definition (self->questionnaire));
      old_updated_at = tandem_record_get_updated_at (TANDEM_RECORD (self->questionnaire));
    }

  if (!tandem_store_begin (store, error))
    return NULL;

  if (!check_name (self, store, error) ||
      !check_items (self, error) ||
      !check_options (self, error) ||
      !check_bands (self, error))
    goto failed;

  if (self->questionnaire != NULL)
    {
      if (!update_questionnaire (self, store, error))
        goto failed;
      questionnaire = g_object_ref (self->questionnaire);
    }
  else
    {
      if (!(code = tandem_questionnaire_builder_dup_code (self, store, error)))
        goto failed;

      definition = tandem_questionnaire_builder_dup_definition (self, code);
      if (!(scale = tandem_scale_new_from_data (definition, -1, self->name, error)))
        goto failed;

      questionnaire = tandem_questionnaire_new (code, self->name, definition);
      if (!tandem_store_insert (store, TANDEM_RECORD (questionnaire), error))
        goto failed;
    }

  if (!tandem_store_commit (store, error))
    goto restore;

  return g_steal_pointer (&questionnaire);

failed:
  tandem_store_rollback (store);
restore:
  if (self->questionnaire != NULL)
    {
      tandem_questionnaire_set_title (self->questionnaire, old_title);
      tandem_questionnaire_set_definition (self->questionnaire, old_definition);
      _tandem_record_set_updated_at (TANDEM_RECORD (self->questionnaire), old_updated_at);
    }
  return NULL;
}

/**
 * tandem_questionnaire_builder_new_for_questionnaire:
 * @questionnaire: a stored custom questionnaire
 * @error: return location for a %TANDEM_SCALE_ERROR when its definition
 *   cannot be read
 *
 * Reads a stored questionnaire back into a builder, to edit it: name,
 * short name, instruction, items with their reversal, options and bands.
 * tandem_questionnaire_builder_save() then writes the same record.
 *
 * Returns: (transfer full): the builder, or %NULL
 */
TandemQuestionnaireBuilder *
tandem_questionnaire_builder_new_for_questionnaire (TandemQuestionnaire  *questionnaire,
                                                    GError              **error)
{
  g_autoptr(TandemQuestionnaireBuilder) self = NULL;
  g_autoptr(TandemScale) scale = NULL;
  const TandemScaleBand *bands;
  guint n_bands;

  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE (questionnaire), NULL);
  g_return_val_if_fail (tandem_record_is_stored (TANDEM_RECORD (questionnaire)), NULL);

  scale = tandem_scale_new_from_data (tandem_questionnaire_get_definition (questionnaire), -1,
                                      tandem_questionnaire_get_title (questionnaire), error);
  if (scale == NULL)
    return NULL;

  self = tandem_questionnaire_builder_new ();
  tandem_questionnaire_builder_set_questionnaire (self, questionnaire);
  tandem_questionnaire_builder_set_name (self, tandem_scale_get_name (scale));
  tandem_questionnaire_builder_set_short_name (self, tandem_scale_get_short_name (scale));
  tandem_questionnaire_builder_set_instructions (self, tandem_scale_get_instructions (scale));
  for (guint i = 0; i < tandem_scale_get_n_items (scale); i++)
    tandem_questionnaire_builder_add_item (self, tandem_scale_get_item_text (scale, i),
                                           tandem_scale_get_item_reversed (scale, i));
  for (guint i = 0; i < tandem_scale_get_n_options (scale); i++)
    tandem_questionnaire_builder_add_option (self, tandem_scale_get_option_label (scale, i),
                                             tandem_scale_get_option_value (scale, i));
  bands = tandem_scale_get_bands (scale, &n_bands);
  for (guint i = 0; i < n_bands; i++)
    tandem_questionnaire_builder_add_band (self, (int) bands[i].min, (int) bands[i].max, bands[i].label);

  return g_steal_pointer (&self);
}

/**
 * tandem_questionnaire_builder_set_questionnaire:
 * @questionnaire: (nullable): a stored custom questionnaire, or %NULL
 *
 * Makes tandem_questionnaire_builder_save() write over @questionnaire
 * rather than store a new one, and tandem_questionnaire_builder_delete()
 * delete it. A form fills a new builder and sets the questionnaire it
 * edits.
 */
void
tandem_questionnaire_builder_set_questionnaire (TandemQuestionnaireBuilder *self,
                                                TandemQuestionnaire        *questionnaire)
{
  g_return_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self));
  g_return_if_fail (questionnaire == NULL || TANDEM_IS_QUESTIONNAIRE (questionnaire));
  g_return_if_fail (questionnaire == NULL || tandem_record_is_stored (TANDEM_RECORD (questionnaire)));

  g_set_object (&self->questionnaire, questionnaire);
}

/**
 * tandem_questionnaire_builder_get_questionnaire:
 *
 * Returns: (transfer none) (nullable): the stored questionnaire being
 *   edited, or %NULL for a new one
 */
TandemQuestionnaire *
tandem_questionnaire_builder_get_questionnaire (TandemQuestionnaireBuilder *self)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self), NULL);

  return self->questionnaire;
}

const char *
tandem_questionnaire_builder_get_name (TandemQuestionnaireBuilder *self)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self), NULL);

  return self->name;
}

const char *
tandem_questionnaire_builder_get_short_name (TandemQuestionnaireBuilder *self)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self), NULL);

  return self->short_name;
}

const char *
tandem_questionnaire_builder_get_instructions (TandemQuestionnaireBuilder *self)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self), NULL);

  return self->instructions;
}

guint
tandem_questionnaire_builder_get_n_items (TandemQuestionnaireBuilder *self)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self), 0);

  return self->items->len;
}

/**
 * tandem_questionnaire_builder_get_item:
 * @item: an item's index, from 0
 * @reversed: (out) (optional): whether it is scored in reverse
 *
 * Returns: the item's wording
 */
const char *
tandem_questionnaire_builder_get_item (TandemQuestionnaireBuilder *self,
                                       guint                       item,
                                       gboolean                   *reversed)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self), NULL);
  g_return_val_if_fail (item < self->items->len, NULL);

  if (reversed != NULL)
    *reversed = g_array_index (self->items, Item, item).reversed;
  return g_array_index (self->items, Item, item).text;
}

guint
tandem_questionnaire_builder_get_n_options (TandemQuestionnaireBuilder *self)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self), 0);

  return self->options->len;
}

/**
 * tandem_questionnaire_builder_get_option:
 * @option: an option's index, from 0
 * @value: (out) (optional): what the answer counts
 *
 * Returns: the option's label
 */
const char *
tandem_questionnaire_builder_get_option (TandemQuestionnaireBuilder *self,
                                         guint                       option,
                                         int                        *value)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self), NULL);
  g_return_val_if_fail (option < self->options->len, NULL);

  if (value != NULL)
    *value = g_array_index (self->options, Option, option).value;
  return g_array_index (self->options, Option, option).label;
}

guint
tandem_questionnaire_builder_get_n_bands (TandemQuestionnaireBuilder *self)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self), 0);

  return self->bands->len;
}

/**
 * tandem_questionnaire_builder_get_band:
 * @band: a band's index, from 0, in the order they were added
 * @min: (out) (optional): its lowest total
 * @max: (out) (optional): its highest total
 *
 * Returns: the band's label
 */
const char *
tandem_questionnaire_builder_get_band (TandemQuestionnaireBuilder *self,
                                       guint                       band,
                                       int                        *min,
                                       int                        *max)
{
  const Band *b;

  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self), NULL);
  g_return_val_if_fail (band < self->bands->len, NULL);

  b = &g_array_index (self->bands, Band, band);
  if (min != NULL)
    *min = b->min;
  if (max != NULL)
    *max = b->max;
  return b->label;
}

/**
 * tandem_questionnaire_builder_delete:
 * @store: the store
 * @error: return location for a %TANDEM_QUESTIONNAIRE_BUILDER_ERROR_TAKEN
 *   error when it has been taken, %TANDEM_QUESTIONNAIRE_BUILDER_ERROR_IN_USE
 *   when goals or reminders use it, or a store error
 *
 * Deletes the questionnaire being edited, leaving a tombstone, when nobody
 * has taken it. A questionnaire that has been taken stays: its responses
 * are history that must not lose its meaning. One that a goal is measured
 * by, or a reminder is for, stays too, so that they do not point nowhere.
 *
 * Returns: %TRUE when it was deleted
 */
gboolean
tandem_questionnaire_builder_delete (TandemQuestionnaireBuilder  *self,
                                     TandemStore                 *store,
                                     GError                     **error)
{
  gint64 n_taken, n_goals, n_reminders;

  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_BUILDER (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (self->questionnaire != NULL, FALSE);

  if (!tandem_store_begin (store, error))
    return FALSE;

  n_taken = tandem_store_count_responses (store, tandem_questionnaire_get_code (self->questionnaire), error);
  if (n_taken < 0)
    goto failed;
  if (n_taken > 0)
    {
      fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_TAKEN,
            g_dngettext (GETTEXT_PACKAGE,
                         "“%s” has been taken %d time, so it cannot be deleted: its response "
                         "would lose its questionnaire. Nothing was deleted.",
                         "“%s” has been taken %d times, so it cannot be deleted: its responses "
                         "would lose their questionnaire. Nothing was deleted.",
                         (gulong) n_taken),
            tandem_questionnaire_get_title (self->questionnaire), (int) n_taken);
      goto failed;
    }

  /* Goals measured by it and reminders for it would point nowhere. */
  if (!tandem_store_count_questionnaire_uses (store, tandem_questionnaire_get_code (self->questionnaire),
                                              tandem_record_get_uuid (TANDEM_RECORD (self->questionnaire)),
                                              &n_goals, &n_reminders, error))
    goto failed;
  if (n_goals > 0 || n_reminders > 0)
    {
      /* Translators: part of “it is used by 2 goals and 1 reminder” */
      g_autofree char *goals = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d goal", "%d goals",
                                                             (gulong) n_goals), (int) n_goals);
      /* Translators: part of “it is used by 2 goals and 1 reminder” */
      g_autofree char *reminders = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d reminder",
                                                                 "%d reminders", (gulong) n_reminders),
                                                    (int) n_reminders);
      g_autofree char *uses = NULL;

      if (n_goals > 0 && n_reminders > 0)
        /* Translators: “2 goals and 1 reminder” */
        uses = g_strdup_printf (C_("goals and reminders", "%s and %s"), goals, reminders);
      else
        uses = g_strdup (n_goals > 0 ? goals : reminders);

      fail (error, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_IN_USE,
            /* Translators: %s is a questionnaire's name, then “2 goals and 1 reminder” */
            _("“%s” cannot be deleted: it is used by %s. Change those first, or delete them. "
              "Nothing was deleted."),
            tandem_questionnaire_get_title (self->questionnaire), uses);
      goto failed;
    }

  if (!tandem_store_delete (store, TANDEM_RECORD (self->questionnaire), error))
    goto failed;

  return tandem_store_commit (store, error);

failed:
  tandem_store_rollback (store);
  return FALSE;
}
