/* tandem-scale.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-scale"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "tandem-response.h"
#include "tandem-scale.h"
#include "tandem-store.h"

#define FORMAT_NAME "tandem-questionnaire"
#define FORMAT_VERSION 1

/* |RCI| above this is reliable at p < .05 (Jacobson & Truax 1991). */
#define RCI_CRITICAL 1.96

typedef struct
{
  char     *text;
  gboolean  reverse;
  gboolean  safety;
  int       safety_min;
} Item;

typedef struct
{
  char *label;
  int   value;
} Option;

typedef struct
{
  char *id;
  int   max_value;
} ItemFlag;

struct _TandemScale
{
  GObject parent_instance;

  char     *origin;
  char     *id;
  char     *short_name;
  char     *name;
  char     *instructions;
  char     *recall_period;
  char     *attribution;
  gboolean  higher_is_better;
  gboolean  custom;

  GArray   *items;    /* Item */
  GArray   *options;  /* Option */
  int       option_min;
  int       option_max;

  double    total_min;
  double    total_max;
  double    factor;          /* 1 without a transformation */
  gboolean  transformed;     /* bands use total × factor */
  guint     max_missing;     /* 0: refuse any missing item */

  GArray   *bands;    /* TandemScaleBand */

  gboolean  has_caseness;
  gboolean  caseness_at_most;  /* "<=" rather than ">=" */
  double    caseness_threshold;

  double    rc_threshold;    /* NAN when not given */
  double    rc_reliability;  /* NAN when not given */
  double    rc_sd;

  GArray   *item_flags;  /* ItemFlag */
};

G_DEFINE_FINAL_TYPE (TandemScale, tandem_scale, G_TYPE_OBJECT)
G_DEFINE_QUARK (tandem-scale-error-quark, tandem_scale_error)
G_DEFINE_BOXED_TYPE (TandemScaleScore, tandem_scale_score,
                     tandem_scale_score_copy, tandem_scale_score_free)

static void
clear_item (gpointer data)
{
  g_free (((Item *) data)->text);
}

static void
clear_option (gpointer data)
{
  g_free (((Option *) data)->label);
}

static void
clear_band (gpointer data)
{
  TandemScaleBand *band = data;

  g_free (band->id);
  g_free (band->label);
}

static void
clear_item_flag (gpointer data)
{
  g_free (((ItemFlag *) data)->id);
}

static void
tandem_scale_finalize (GObject *object)
{
  TandemScale *self = TANDEM_SCALE (object);

  g_free (self->origin);
  g_free (self->id);
  g_free (self->short_name);
  g_free (self->name);
  g_free (self->instructions);
  g_free (self->recall_period);
  g_free (self->attribution);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->options, g_array_unref);
  g_clear_pointer (&self->bands, g_array_unref);
  g_clear_pointer (&self->item_flags, g_array_unref);

  G_OBJECT_CLASS (tandem_scale_parent_class)->finalize (object);
}

static void
tandem_scale_class_init (TandemScaleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tandem_scale_finalize;
}

static void
tandem_scale_init (TandemScale *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, clear_item);
  self->options = g_array_new (FALSE, TRUE, sizeof (Option));
  g_array_set_clear_func (self->options, clear_option);
  self->bands = g_array_new (FALSE, TRUE, sizeof (TandemScaleBand));
  g_array_set_clear_func (self->bands, clear_band);
  self->item_flags = g_array_new (FALSE, TRUE, sizeof (ItemFlag));
  g_array_set_clear_func (self->item_flags, clear_item_flag);
  self->factor = 1;
  self->rc_threshold = NAN;
  self->rc_reliability = NAN;
  self->rc_sd = NAN;
}

/* Score ------------------------------------------------------------------- */

/**
 * tandem_scale_score_copy:
 *
 * Returns: (transfer full): a copy of @score
 */
TandemScaleScore *
tandem_scale_score_copy (const TandemScaleScore *score)
{
  TandemScaleScore *copy;

  g_return_val_if_fail (score != NULL, NULL);

  copy = g_memdup2 (score, sizeof *score);
  copy->scale_id = g_strdup (score->scale_id);
  copy->band_id = g_strdup (score->band_id);
  copy->band_label = g_strdup (score->band_label);
  return copy;
}

/**
 * tandem_scale_score_free:
 *
 * Frees a score.
 */
void
tandem_scale_score_free (TandemScaleScore *score)
{
  if (score == NULL)
    return;

  g_free (score->scale_id);
  g_free (score->band_id);
  g_free (score->band_label);
  g_free (score);
}

/* Parsing ----------------------------------------------------------------- */

G_GNUC_PRINTF (3, 4)
static gboolean
invalid (GError     **error,
         const char  *origin,
         const char  *format,
         ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_DEFINITION,
               /* Translators: the first %s is a file name or a questionnaire's
                * title, the second says what is wrong with it. */
               _("The questionnaire “%s” cannot be used: %s"), origin, problem);
  return FALSE;
}

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return object != NULL ? json_object_get_member (object, name) : NULL;
}

static gboolean
is_value_of (JsonNode *node,
             GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = member (object, name);

  if (!is_value_of (node, G_TYPE_STRING))
    return NULL;

  return json_node_get_string (node);
}

static gboolean
get_number (JsonObject *object,
            const char *name,
            double     *value)
{
  JsonNode *node = member (object, name);

  if (is_value_of (node, G_TYPE_INT64))
    *value = json_node_get_int (node);
  else if (is_value_of (node, G_TYPE_DOUBLE))
    *value = json_node_get_double (node);
  else
    return FALSE;

  return isfinite (*value);
}

static gboolean
get_int (JsonObject *object,
         const char *name,
         int        *value)
{
  JsonNode *node = member (object, name);
  gint64 v;

  if (!is_value_of (node, G_TYPE_INT64))
    return FALSE;

  v = json_node_get_int (node);
  if (v < -1000000 || v > 1000000)
    return FALSE;

  *value = (int) v;
  return TRUE;
}

static gboolean
get_bool (JsonObject *object,
          const char *name,
          gboolean   *value)
{
  JsonNode *node = member (object, name);

  if (!is_value_of (node, G_TYPE_BOOLEAN))
    return FALSE;

  *value = json_node_get_boolean (node);
  return TRUE;
}

static JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static gboolean
is_null (JsonObject *object,
         const char *name)
{
  JsonNode *node = member (object, name);

  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

static JsonObject *
array_object (JsonArray *array,
              guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static gboolean
is_identifier (const char *text)
{
  if (text == NULL || text[0] == '\0' || strlen (text) > 64)
    return FALSE;

  for (const char *p = text; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '_')
      return FALSE;

  return TRUE;
}

static gboolean
dup_required_text (JsonObject  *object,
                   const char  *name,
                   char       **out,
                   const char  *origin,
                   GError     **error)
{
  const char *text = get_string (object, name);

  if (text == NULL || text[0] == '\0')
    return invalid (error, origin, _("“%s” is missing or is not text."), name);

  *out = g_strdup (text);
  return TRUE;
}

static gboolean
parse_options (TandemScale  *self,
               JsonObject   *root,
               GError      **error)
{
  JsonArray *array = get_array (root, "response_options");
  guint n = array ? json_array_get_length (array) : 0;

  if (n < 2)
    return invalid (error, self->origin, _("“response_options” must list at least two options."));

  for (guint i = 0; i < n; i++)
    {
      JsonObject *object = array_object (array, i);
      const char *label = get_string (object, "label");
      Option option = { NULL, 0 };

      if (label == NULL || label[0] == '\0')
        return invalid (error, self->origin, _("Response option %u has no label."), i + 1);
      if (!get_int (object, "value", &option.value))
        return invalid (error, self->origin, _("Response option %u has no whole-number value."), i + 1);
      if (option.value == TANDEM_INT_UNSET)
        return invalid (error, self->origin,
                        _("Response option %u has the value %d, which marks an unanswered item."),
                        i + 1, TANDEM_INT_UNSET);

      for (guint j = 0; j < self->options->len; j++)
        if (g_array_index (self->options, Option, j).value == option.value)
          return invalid (error, self->origin,
                          _("Response options %u and %u have the same value, %d."),
                          j + 1, i + 1, option.value);

      option.label = g_strdup (label);
      g_array_append_val (self->options, option);
      self->option_min = i == 0 ? option.value : MIN (self->option_min, option.value);
      self->option_max = i == 0 ? option.value : MAX (self->option_max, option.value);
    }

  return TRUE;
}

static gboolean
parse_items (TandemScale  *self,
             JsonObject   *root,
             GError      **error)
{
  JsonArray *array = get_array (root, "items");
  guint n = array ? json_array_get_length (array) : 0;

  if (n == 0)
    return invalid (error, self->origin, _("“items” is missing or empty."));
  if (n > 200)
    return invalid (error, self->origin, _("There are more than 200 items."));

  for (guint i = 0; i < n; i++)
    {
      JsonObject *object = array_object (array, i);
      const char *text = get_string (object, "text");
      Item item = { NULL, FALSE, FALSE, 0 };
      int number;

      if (!get_int (object, "n", &number) || number != (int) i + 1)
        return invalid (error, self->origin, _("Item %u is not numbered %u."), i + 1, i + 1);
      if (text == NULL || text[0] == '\0')
        return invalid (error, self->origin, _("Item %u has no text."), i + 1);
      if (!get_bool (object, "reverse", &item.reverse))
        return invalid (error, self->origin,
                        _("Item %u does not say whether it is reversed (“reverse”: true or false)."),
                        i + 1);

      item.text = g_strdup (text);
      g_array_append_val (self->items, item);
    }

  return TRUE;
}

static gboolean
parse_scoring (TandemScale  *self,
               JsonObject   *root,
               GError      **error)
{
  JsonObject *scoring = get_object (root, "scoring");
  JsonObject *missing;
  const char *method, *basis, *rule;
  double sum_min = 0, sum_max = 0;

  if (scoring == NULL)
    return invalid (error, self->origin, _("“scoring” is missing."));

  method = get_string (scoring, "method");
  if (g_strcmp0 (method, "sum") != 0)
    return invalid (error, self->origin, _("The scoring method must be “sum”."));

  if (!get_number (scoring, "min", &self->total_min) ||
      !get_number (scoring, "max", &self->total_max) ||
      self->total_min >= self->total_max)
    return invalid (error, self->origin, _("The scoring needs a lowest total below its highest total."));

  /* The declared range must be what the items and options add up to. */
  for (guint i = 0; i < self->items->len; i++)
    {
      sum_min += self->option_min;
      sum_max += self->option_max;
    }
  if (sum_min != self->total_min || sum_max != self->total_max)
    return invalid (error, self->origin,
                    _("The total is declared to run from %g to %g, but the items add up to %g to %g."),
                    self->total_min, self->total_max, sum_min, sum_max);

  if (!is_null (scoring, "transform"))
    {
      JsonObject *transform = get_object (scoring, "transform");

      if (g_strcmp0 (get_string (transform, "type"), "multiply") != 0 ||
          !get_number (transform, "factor", &self->factor) || self->factor <= 0)
        return invalid (error, self->origin,
                        _("The only transformation understood is “multiply” by a positive factor."));
    }

  basis = get_string (scoring, "band_basis");
  if (g_strcmp0 (basis, "total") == 0)
    self->transformed = FALSE;
  else if (g_strcmp0 (basis, "transformed") == 0)
    self->transformed = TRUE;
  else
    return invalid (error, self->origin, _("“band_basis” must be “total” or “transformed”."));

  if (!self->transformed)
    self->factor = 1;

  missing = get_object (scoring, "missing");
  rule = get_string (missing, "rule");
  if (g_strcmp0 (rule, "refuse") == 0)
    self->max_missing = 0;
  else if (g_strcmp0 (rule, "prorate") == 0)
    {
      int max_missing;

      if (!get_int (missing, "max_missing", &max_missing) || max_missing < 1 ||
          max_missing >= (int) self->items->len)
        return invalid (error, self->origin,
                        _("Prorating needs “max_missing”, fewer than the number of items."));
      if (g_strcmp0 (get_string (missing, "rounding"), "nearest") != 0)
        return invalid (error, self->origin, _("Prorating must round to the “nearest” whole number."));
      self->max_missing = max_missing;
    }
  else
    return invalid (error, self->origin,
                    _("The missing-item rule must be “refuse” or “prorate”."));

  return TRUE;
}

static gboolean
parse_bands (TandemScale  *self,
             JsonObject   *root,
             GError      **error)
{
  JsonArray *array = get_array (root, "bands");
  double score_min = self->total_min * self->factor;
  double score_max = self->total_max * self->factor;
  guint n;

  if (array == NULL)
    return invalid (error, self->origin, _("“bands” is missing (use an empty list for none)."));

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *object = array_object (array, i);
      const char *id = get_string (object, "id");
      const char *label = get_string (object, "label");
      TandemScaleBand band = { NULL, 0, 0, NULL };

      if (!is_identifier (id))
        return invalid (error, self->origin,
                        _("Band %u needs an “id” of lower-case letters, digits and dashes."), i + 1);
      if (label == NULL || label[0] == '\0')
        return invalid (error, self->origin, _("Band %u has no label."), i + 1);
      if (!get_number (object, "min", &band.min) || !get_number (object, "max", &band.max) ||
          band.min > band.max)
        return invalid (error, self->origin, _("Band %u needs a “min” no higher than its “max”."), i + 1);
      if (band.min < score_min || band.max > score_max)
        return invalid (error, self->origin,
                        _("Band %u (%g to %g) lies outside the scores %g to %g."),
                        i + 1, band.min, band.max, score_min, score_max);
      if (i > 0 && band.min <= g_array_index (self->bands, TandemScaleBand, i - 1).max)
        return invalid (error, self->origin,
                        _("Band %u overlaps the band before it, or is not in ascending order."), i + 1);
      for (guint j = 0; j < i; j++)
        if (g_str_equal (g_array_index (self->bands, TandemScaleBand, j).id, id))
          return invalid (error, self->origin, _("Two bands have the id “%s”."), id);

      band.id = g_strdup (id);
      band.label = g_strdup (label);
      g_array_append_val (self->bands, band);
    }

  return TRUE;
}

static gboolean
parse_criteria (TandemScale  *self,
                JsonObject   *root,
                GError      **error)
{
  JsonArray *array;

  if (!is_null (root, "caseness"))
    {
      JsonObject *caseness = get_object (root, "caseness");
      const char *op = get_string (caseness, "operator");

      if (g_strcmp0 (op, ">=") != 0 && g_strcmp0 (op, "<=") != 0)
        return invalid (error, self->origin, _("The caseness operator must be “>=” or “<=”."));
      if (!get_number (caseness, "threshold", &self->caseness_threshold))
        return invalid (error, self->origin, _("The caseness needs a number as “threshold”."));
      self->has_caseness = TRUE;
      self->caseness_at_most = g_str_equal (op, "<=");
    }

  if (!is_null (root, "reliable_change"))
    {
      JsonObject *rc = get_object (root, "reliable_change");

      if (rc != NULL && member (rc, "threshold") != NULL)
        {
          if (!get_number (rc, "threshold", &self->rc_threshold) || self->rc_threshold <= 0)
            return invalid (error, self->origin,
                            _("The reliable-change “threshold” must be a positive number."));
        }
      else if (rc == NULL ||
               !get_number (rc, "reliability", &self->rc_reliability) ||
               !get_number (rc, "sd", &self->rc_sd) ||
               self->rc_reliability <= 0 || self->rc_reliability >= 1 || self->rc_sd <= 0)
        return invalid (error, self->origin,
                        _("The reliable change needs a positive “threshold”, or a “reliability” "
                          "between 0 and 1 and a positive “sd”."));
    }

  array = get_array (root, "safety_items");
  if (array == NULL)
    return invalid (error, self->origin, _("“safety_items” is missing (use an empty list for none)."));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = array_object (array, i);
      int item, min_value;

      if (!get_int (object, "item", &item) || item < 1 || item > (int) self->items->len)
        return invalid (error, self->origin, _("Safety item %u does not name an item."), i + 1);
      if (!get_int (object, "min_value", &min_value))
        return invalid (error, self->origin, _("Safety item %u has no “min_value”."), i + 1);

      g_array_index (self->items, Item, item - 1).safety = TRUE;
      g_array_index (self->items, Item, item - 1).safety_min = min_value;
    }

  if ((array = get_array (root, "item_flags")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *object = array_object (array, i);
        ItemFlag flag = { NULL, 0 };

        if (g_strcmp0 (get_string (object, "id"), "low-item") != 0 ||
            !get_int (object, "max_value", &flag.max_value))
          return invalid (error, self->origin,
                          _("Item flag %u must be “low-item” with a “max_value”."), i + 1);
        flag.id = g_strdup ("low-item");
        g_array_append_val (self->item_flags, flag);
      }

  return TRUE;
}

static gboolean
parse_root (TandemScale  *self,
            JsonObject   *root,
            GError      **error)
{
  JsonObject *licence;
  int format_version;

  if (g_strcmp0 (get_string (root, "format"), FORMAT_NAME) != 0)
    return invalid (error, self->origin, _("It is not a Tandem questionnaire (“format” is not “%s”)."),
                    FORMAT_NAME);
  if (!get_int (root, "format_version", &format_version) || format_version < 1)
    return invalid (error, self->origin, _("“format_version” is missing."));
  if (format_version > FORMAT_VERSION)
    return invalid (error, self->origin,
                    _("It was written for a newer version of Tandem (format version %d)."),
                    format_version);

  if (!is_identifier (get_string (root, "id")))
    return invalid (error, self->origin,
                    _("“id” must be lower-case letters, digits and dashes, at most 64 of them."));
  self->id = g_strdup (get_string (root, "id"));

  if (!dup_required_text (root, "short_name", &self->short_name, self->origin, error) ||
      !dup_required_text (root, "name", &self->name, self->origin, error) ||
      !dup_required_text (root, "instructions", &self->instructions, self->origin, error))
    return FALSE;
  self->recall_period = g_strdup (get_string (root, "recall_period"));

  if (!get_bool (root, "higher_is_better", &self->higher_is_better))
    return invalid (error, self->origin, _("“higher_is_better” must be true or false."));

  licence = get_object (root, "licence");
  if (licence == NULL || get_string (licence, "status") == NULL)
    return invalid (error, self->origin, _("“licence” with its “status” is missing."));
  self->attribution = g_strdup (get_string (licence, "attribution"));
  if (get_array (root, "sources") == NULL)
    return invalid (error, self->origin, _("“sources” is missing."));

  return parse_options (self, root, error) &&
         parse_items (self, root, error) &&
         parse_scoring (self, root, error) &&
         parse_bands (self, root, error) &&
         parse_criteria (self, root, error);
}

/**
 * tandem_scale_new_from_data:
 * @data: a questionnaire definition in Tandem's JSON format
 *   (data/questionnaires/README.md)
 * @length: its length, or -1 when nul-terminated
 * @origin: what to call the definition in messages: a file name or a title
 * @error: return location for a %TANDEM_SCALE_ERROR_INVALID_DEFINITION
 *
 * Parses and validates a questionnaire.
 *
 * Returns: (transfer full): the questionnaire, or %NULL with @error set to
 *   a message that names @origin and what is wrong
 */
TandemScale *
tandem_scale_new_from_data (const char  *data,
                            gssize       length,
                            const char  *origin,
                            GError     **error)
{
  g_autoptr(TandemScale) self = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (origin != NULL, NULL);

  self = g_object_new (TANDEM_TYPE_SCALE, NULL);
  self->origin = g_strdup (origin);

  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      g_debug ("%s: %s", origin, parse_error->message);
      invalid (error, origin, _("It is not valid JSON (%s)."), parse_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      invalid (error, origin, _("It does not hold a JSON object."));
      return NULL;
    }

  if (!parse_root (self, json_node_get_object (root), error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * tandem_scale_new_from_file:
 * @path: a questionnaire file
 *
 * Loads and validates a questionnaire file; errors name the file.
 *
 * Returns: (transfer full): the questionnaire, or %NULL with @error set
 */
TandemScale *
tandem_scale_new_from_file (const char  *path,
                            GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) read_error = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);
  if (!g_file_get_contents (path, &contents, &length, &read_error))
    {
      g_debug ("%s", read_error->message);
      invalid (error, display, _("The file cannot be read."));
      return NULL;
    }

  return tandem_scale_new_from_data (contents, length, display, error);
}

/* Getters ----------------------------------------------------------------- */

const char *
tandem_scale_get_id (TandemScale *self)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), NULL);
  return self->id;
}

const char *
tandem_scale_get_short_name (TandemScale *self)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), NULL);
  return self->short_name;
}

const char *
tandem_scale_get_name (TandemScale *self)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), NULL);
  return self->name;
}

/**
 * tandem_scale_get_origin:
 *
 * Returns: the file name or title the questionnaire was loaded from
 */
const char *
tandem_scale_get_origin (TandemScale *self)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), NULL);
  return self->origin;
}

const char *
tandem_scale_get_instructions (TandemScale *self)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), NULL);
  return self->instructions;
}

/**
 * tandem_scale_get_recall_period:
 *
 * Returns: (nullable): the period the answers are about, as in the source
 */
const char *
tandem_scale_get_recall_period (TandemScale *self)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), NULL);
  return self->recall_period;
}

/**
 * tandem_scale_get_attribution:
 *
 * Returns: (nullable): the attribution or copyright line to show with the
 *   questionnaire
 */
const char *
tandem_scale_get_attribution (TandemScale *self)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), NULL);
  return self->attribution;
}

gboolean
tandem_scale_get_higher_is_better (TandemScale *self)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), FALSE);
  return self->higher_is_better;
}

/**
 * tandem_scale_get_custom:
 *
 * Returns: whether the questionnaire was defined by a therapist (stored in
 *   the database) rather than shipped
 */
gboolean
tandem_scale_get_custom (TandemScale *self)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), FALSE);
  return self->custom;
}

void
tandem_scale_set_custom (TandemScale *self,
                         gboolean     custom)
{
  g_return_if_fail (TANDEM_IS_SCALE (self));
  self->custom = !!custom;
}

guint
tandem_scale_get_n_items (TandemScale *self)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), 0);
  return self->items->len;
}

/**
 * tandem_scale_get_item_text:
 * @item: 0-based index
 *
 * Returns: the item's verbatim text
 */
const char *
tandem_scale_get_item_text (TandemScale *self,
                            guint        item)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), NULL);
  g_return_val_if_fail (item < self->items->len, NULL);
  return g_array_index (self->items, Item, item).text;
}

gboolean
tandem_scale_get_item_reversed (TandemScale *self,
                                guint        item)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), FALSE);
  g_return_val_if_fail (item < self->items->len, FALSE);
  return g_array_index (self->items, Item, item).reverse;
}

/**
 * tandem_scale_is_safety_item:
 * @item: 0-based index
 *
 * Returns: whether an answer to @item can raise the safety flag
 */
gboolean
tandem_scale_is_safety_item (TandemScale *self,
                             guint        item)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), FALSE);
  g_return_val_if_fail (item < self->items->len, FALSE);
  return g_array_index (self->items, Item, item).safety;
}

guint
tandem_scale_get_n_options (TandemScale *self)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), 0);
  return self->options->len;
}

const char *
tandem_scale_get_option_label (TandemScale *self,
                               guint        option)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), NULL);
  g_return_val_if_fail (option < self->options->len, NULL);
  return g_array_index (self->options, Option, option).label;
}

int
tandem_scale_get_option_value (TandemScale *self,
                               guint        option)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), 0);
  g_return_val_if_fail (option < self->options->len, 0);
  return g_array_index (self->options, Option, option).value;
}

/**
 * tandem_scale_get_total_range:
 * @min: (out) (optional): the lowest total
 * @max: (out) (optional): the highest total
 *
 * The range of the sum of the items, before any transformation.
 */
void
tandem_scale_get_total_range (TandemScale *self,
                              double      *min,
                              double      *max)
{
  g_return_if_fail (TANDEM_IS_SCALE (self));
  if (min)
    *min = self->total_min;
  if (max)
    *max = self->total_max;
}

/**
 * tandem_scale_get_score_range:
 * @min: (out) (optional): the lowest score
 * @max: (out) (optional): the highest score
 *
 * The range of the score that bands, caseness and change use (WHO-5: 0–100).
 */
void
tandem_scale_get_score_range (TandemScale *self,
                              double      *min,
                              double      *max)
{
  g_return_if_fail (TANDEM_IS_SCALE (self));
  if (min)
    *min = self->total_min * self->factor;
  if (max)
    *max = self->total_max * self->factor;
}

/**
 * tandem_scale_get_bands:
 * @n_bands: (out): how many bands there are
 *
 * Returns: (array length=n_bands) (transfer none): the bands, lowest first
 */
const TandemScaleBand *
tandem_scale_get_bands (TandemScale *self,
                        guint       *n_bands)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), NULL);
  g_return_val_if_fail (n_bands != NULL, NULL);

  *n_bands = self->bands->len;
  return (const TandemScaleBand *) (gpointer) self->bands->data;
}

/**
 * tandem_scale_find_band:
 * @score: a score in band-basis units
 *
 * Returns: (nullable) (transfer none): the band @score falls in
 */
const TandemScaleBand *
tandem_scale_find_band (TandemScale *self,
                        double       score)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), NULL);

  for (guint i = 0; i < self->bands->len; i++)
    {
      const TandemScaleBand *band = &g_array_index (self->bands, TandemScaleBand, i);

      if (score >= band->min && score <= band->max)
        return band;
    }

  return NULL;
}

/**
 * tandem_scale_get_caseness:
 * @op: (out) (optional): "&gt;=" or "&lt;="
 * @threshold: (out) (optional): the cut-off
 *
 * Returns: whether the questionnaire defines caseness
 */
gboolean
tandem_scale_get_caseness (TandemScale  *self,
                           const char  **op,
                           double       *threshold)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), FALSE);

  if (op)
    *op = self->has_caseness ? (self->caseness_at_most ? "<=" : ">=") : NULL;
  if (threshold)
    *threshold = self->has_caseness ? self->caseness_threshold : NAN;
  return self->has_caseness;
}

/**
 * tandem_scale_is_case:
 * @score: a score in band-basis units
 *
 * Returns: whether @score is at or beyond the clinical cut-off (%FALSE when
 *   the questionnaire defines none)
 */
gboolean
tandem_scale_is_case (TandemScale *self,
                      double       score)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), FALSE);

  if (!self->has_caseness)
    return FALSE;

  return self->caseness_at_most ? score <= self->caseness_threshold
                                : score >= self->caseness_threshold;
}

/**
 * tandem_scale_get_reliable_change:
 * @threshold: (out) (optional): the published threshold, or NAN
 * @reliability: (out) (optional): the reliability for Jacobson–Truax, or NAN
 * @sd: (out) (optional): the standard deviation for Jacobson–Truax, or NAN
 *
 * Returns: whether the questionnaire has a reliable-change criterion
 */
gboolean
tandem_scale_get_reliable_change (TandemScale *self,
                                  double      *threshold,
                                  double      *reliability,
                                  double      *sd)
{
  g_return_val_if_fail (TANDEM_IS_SCALE (self), FALSE);

  if (threshold)
    *threshold = self->rc_threshold;
  if (reliability)
    *reliability = self->rc_reliability;
  if (sd)
    *sd = self->rc_sd;
  return !isnan (self->rc_threshold) || !isnan (self->rc_reliability);
}

/* Scoring ----------------------------------------------------------------- */

static gboolean
is_option_value (TandemScale *self,
                 int          value)
{
  for (guint i = 0; i < self->options->len; i++)
    if (g_array_index (self->options, Option, i).value == value)
      return TRUE;

  return FALSE;
}

static char *
describe_options (TandemScale *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->options->len; i++)
    g_string_append_printf (text, "%s%d", i > 0 ? ", " : "",
                            g_array_index (self->options, Option, i).value);

  return g_string_free (text, FALSE);
}

/**
 * tandem_scale_score:
 * @answers: (array length=n_answers): the value of the option chosen for
 *   each item, in item order; %TANDEM_INT_UNSET for an unanswered item
 * @n_answers: must be the number of items
 *
 * Scores a set of answers as the instrument defines: reversed items, the
 * missing-item rule, the transformation, the band, caseness and flags.
 * A missing safety item is never prorated.
 *
 * Returns: (transfer full): the score, or %NULL with @error set to a
 *   sentence that says which item is missing or which answer is wrong
 */
TandemScaleScore *
tandem_scale_score (TandemScale  *self,
                    const int    *answers,
                    guint         n_answers,
                    GError      **error)
{
  g_autoptr(TandemScaleScore) score = NULL;
  g_autoptr(GString) missing = g_string_new (NULL);
  const TandemScaleBand *band;
  guint n_missing = 0;
  double sum = 0;

  g_return_val_if_fail (TANDEM_IS_SCALE (self), NULL);
  g_return_val_if_fail (answers != NULL || n_answers == 0, NULL);

  if (n_answers != self->items->len)
    {
      if (self->items->len == 1)
        g_set_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_ANSWERS,
                     /* Translators: %s is a questionnaire's short name, %u a number of answers. */
                     _("The %s takes one answer, but %u were given."),
                     self->short_name, n_answers);
      else
        g_set_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_ANSWERS,
                     /* Translators: %s is a questionnaire's short name ("PHQ-9"),
                      * then the number of its items and the number of answers given. */
                     g_dngettext (GETTEXT_PACKAGE, "The %s has %u items, but %u answer was given.",
                                  "The %s has %u items, but %u answers were given.",
                                  n_answers),
                     self->short_name, self->items->len, n_answers);
      return NULL;
    }

  score = g_new0 (TandemScaleScore, 1);
  score->scale_id = g_strdup (self->id);

  for (guint i = 0; i < n_answers; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);
      int value = answers[i];

      if (value == TANDEM_INT_UNSET)
        {
          if (item->safety)
            {
              g_set_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_MISSING_ANSWER,
                           _("Item %u of the %s is not answered; it must be, because it asks "
                             "about safety."), i + 1, self->short_name);
              return NULL;
            }

          g_string_append_printf (missing, "%s%u", n_missing > 0 ? ", " : "", i + 1);
          n_missing++;
          continue;
        }

      if (!is_option_value (self, value))
        {
          g_autofree char *values = describe_options (self);

          g_set_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_ANSWERS,
                       /* Translators: an item number, a questionnaire's short name, the
                        * value given, then the values of its options ("0, 1, 2, 3"). */
                       _("Item %u of the %s cannot be answered %d; the answers are %s."),
                       i + 1, self->short_name, value, values);
          return NULL;
        }

      if (item->safety && value >= item->safety_min && score->safety_item == 0)
        {
          score->flags |= TANDEM_SCORE_FLAG_SAFETY;
          score->safety_item = i + 1;
        }

      for (guint f = 0; f < self->item_flags->len; f++)
        if (value <= g_array_index (self->item_flags, ItemFlag, f).max_value)
          score->flags |= TANDEM_SCORE_FLAG_LOW_ITEM;

      sum += item->reverse ? self->option_min + self->option_max - value : value;
    }

  if (n_missing > self->max_missing || (n_missing > 0 && self->max_missing == 0))
    {
      if (n_missing == 1)
        g_set_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_MISSING_ANSWER,
                     _("Item %s of the %s is not answered."), missing->str, self->short_name);
      else
        g_set_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_MISSING_ANSWER,
                     /* Translators: the first %s lists item numbers ("2, 5"), the
                      * second is a questionnaire's short name. */
                     _("Items %s of the %s are not answered."), missing->str, self->short_name);
      return NULL;
    }

  if (n_missing > 0)
    {
      guint answered = n_answers - n_missing;

      sum = floor (sum * n_answers / answered + 0.5);
      score->flags |= TANDEM_SCORE_FLAG_PRORATED;
      score->n_missing = n_missing;
    }

  score->total = sum;
  score->score = sum * self->factor;

  if ((band = tandem_scale_find_band (self, score->score)) != NULL)
    {
      score->band_id = g_strdup (band->id);
      score->band_label = g_strdup (band->label);
    }

  score->has_caseness = self->has_caseness;
  score->caseness = tandem_scale_is_case (self, score->score);

  return g_steal_pointer (&score);
}

/**
 * tandem_scale_compare:
 * @before: the earlier score (band-basis units, as tandem_scale_score()
 *   gives in `score`)
 * @after: the later score
 * @change: (out caller-allocates): the change and its classification
 *
 * Reliable change uses the published threshold when the questionnaire has
 * one (PHQ-9 6, GAD-7 4, WHO-5 10 percentage points): a change at least that
 * large is reliable. Otherwise it uses the Jacobson–Truax index,
 * RCI = (after − before) / (SD × √(1 − r) × √2), reliable when |RCI| > 1.96.
 * Without either, @change->classification is
 * %TANDEM_CHANGE_CLASS_NOT_AVAILABLE.
 */
void
tandem_scale_compare (TandemScale       *self,
                      double             before,
                      double             after,
                      TandemScaleChange *change)
{
  gboolean better;

  g_return_if_fail (TANDEM_IS_SCALE (self));
  g_return_if_fail (change != NULL);

  change->before = before;
  change->after = after;
  change->change = after - before;
  change->rci = NAN;
  change->has_criterion = TRUE;

  better = self->higher_is_better ? change->change > 0 : change->change < 0;
  if (change->change == 0)
    change->direction = TANDEM_CHANGE_DIRECTION_NONE;
  else
    change->direction = better ? TANDEM_CHANGE_DIRECTION_IMPROVEMENT
                               : TANDEM_CHANGE_DIRECTION_DETERIORATION;

  if (!isnan (self->rc_threshold))
    {
      /* Scores are whole multiples of the factor; a little slack keeps a
       * change of exactly the threshold reliable. */
      change->reliable = fabs (change->change) >= self->rc_threshold - 1e-9;
    }
  else if (!isnan (self->rc_reliability))
    {
      double sdiff = self->rc_sd * sqrt (1 - self->rc_reliability) * G_SQRT2;

      change->rci = change->change / sdiff;
      change->reliable = fabs (change->rci) > RCI_CRITICAL;
    }
  else
    {
      change->has_criterion = FALSE;
      change->reliable = FALSE;
      change->classification = TANDEM_CHANGE_CLASS_NOT_AVAILABLE;
      return;
    }

  if (!change->reliable)
    change->classification = TANDEM_CHANGE_CLASS_NO_RELIABLE_CHANGE;
  else if (change->direction == TANDEM_CHANGE_DIRECTION_IMPROVEMENT)
    change->classification = TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT;
  else
    change->classification = TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION;
}

/**
 * tandem_scale_classify_pair:
 * @depression: the depression measure (PHQ-9)
 * @anxiety: the anxiety measure (GAD-7)
 * @outcome: (out caller-allocates): the outcome
 *
 * Classifies a course of treatment as NHS Talking Therapies does with a
 * PHQ-9 and GAD-7 pair: a case is above the cut-off on either measure;
 * recovery means a case at the start and not a case at the end (not
 * applicable when not a case at the start); reliable improvement is a
 * reliable improvement on at least one measure and no reliable
 * deterioration on the other (reliable deterioration the reverse); reliable
 * recovery is recovery with reliable improvement.
 */
void
tandem_scale_classify_pair (TandemScale         *depression,
                            TandemScale         *anxiety,
                            double               depression_before,
                            double               anxiety_before,
                            double               depression_after,
                            double               anxiety_after,
                            TandemPairedOutcome *outcome)
{
  gboolean any_better, any_worse;

  g_return_if_fail (TANDEM_IS_SCALE (depression));
  g_return_if_fail (TANDEM_IS_SCALE (anxiety));
  g_return_if_fail (outcome != NULL);

  outcome->case_before = tandem_scale_is_case (depression, depression_before) ||
                         tandem_scale_is_case (anxiety, anxiety_before);
  outcome->case_after = tandem_scale_is_case (depression, depression_after) ||
                        tandem_scale_is_case (anxiety, anxiety_after);

  tandem_scale_compare (depression, depression_before, depression_after, &outcome->depression);
  tandem_scale_compare (anxiety, anxiety_before, anxiety_after, &outcome->anxiety);

  any_better = outcome->depression.classification == TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT ||
               outcome->anxiety.classification == TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT;
  any_worse = outcome->depression.classification == TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION ||
              outcome->anxiety.classification == TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION;

  outcome->reliable_improvement = any_better && !any_worse;
  outcome->reliable_deterioration = any_worse && !any_better;

  if (!outcome->case_before)
    {
      outcome->recovery = TANDEM_OUTCOME_NOT_APPLICABLE;
      outcome->reliable_recovery = TANDEM_OUTCOME_NOT_APPLICABLE;
    }
  else
    {
      outcome->recovery = outcome->case_after ? TANDEM_OUTCOME_NO : TANDEM_OUTCOME_YES;
      outcome->reliable_recovery = outcome->recovery == TANDEM_OUTCOME_YES &&
                                   outcome->reliable_improvement
                                 ? TANDEM_OUTCOME_YES : TANDEM_OUTCOME_NO;
    }
}

/**
 * tandem_scale_save_response:
 * @store: the store
 * @person_id: who answered
 * @day: (nullable): the local date "YYYY-MM-DD" it is about; %NULL for today
 * @taken_at: when it was taken (µs since the epoch, UTC); 0 for now
 * @answers: (array length=n_answers): as for tandem_scale_score()
 * @score: (out) (optional) (transfer full): the score
 *
 * Scores the answers and stores them as a response (every answer, the
 * score in band-basis units as its total, the band and the safety flag) in
 * one transaction. Nothing is stored when the answers cannot be scored.
 *
 * Returns: (transfer full): the stored response, or %NULL with @error set
 */
TandemResponse *
tandem_scale_save_response (TandemScale       *self,
                            TandemStore       *store,
                            gint64             person_id,
                            const char        *day,
                            gint64             taken_at,
                            const int         *answers,
                            guint              n_answers,
                            TandemScaleScore **score,
                            GError           **error)
{
  g_autoptr(TandemScaleScore) result = NULL;
  g_autoptr(TandemResponse) response = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (TANDEM_IS_SCALE (self), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  if (!(result = tandem_scale_score (self, answers, n_answers, error)))
    return NULL;

  if (day == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      day = today = g_date_time_format (now, "%Y-%m-%d");
    }

  response = tandem_response_new (person_id, self->id, day);
  tandem_response_set_taken_at (response, taken_at != 0 ? taken_at : g_get_real_time ());
  tandem_response_set_answers (response, answers, n_answers);
  tandem_response_set_total (response, result->score);
  tandem_response_set_band (response, result->band_id);
  tandem_response_set_safety_flag (response, (result->flags & TANDEM_SCORE_FLAG_SAFETY) != 0);

  if (!tandem_store_begin (store, error))
    return NULL;
  if (!tandem_store_insert (store, TANDEM_RECORD (response), error))
    {
      tandem_store_rollback (store);
      return NULL;
    }
  if (!tandem_store_commit (store, error))
    return NULL;

  if (score)
    *score = g_steal_pointer (&result);
  return g_steal_pointer (&response);
}

/* Names ------------------------------------------------------------------- */

/**
 * tandem_change_direction_to_string:
 *
 * Returns: "improvement", "deterioration" or "none"
 */
const char *
tandem_change_direction_to_string (TandemChangeDirection direction)
{
  switch (direction)
    {
    case TANDEM_CHANGE_DIRECTION_IMPROVEMENT:
      return "improvement";
    case TANDEM_CHANGE_DIRECTION_DETERIORATION:
      return "deterioration";
    case TANDEM_CHANGE_DIRECTION_NONE:
    default:
      return "none";
    }
}

/**
 * tandem_change_class_to_string:
 *
 * Returns: "reliable-improvement", "no-reliable-change",
 *   "reliable-deterioration" or "not-available"
 */
const char *
tandem_change_class_to_string (TandemChangeClass classification)
{
  switch (classification)
    {
    case TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT:
      return "reliable-improvement";
    case TANDEM_CHANGE_CLASS_NO_RELIABLE_CHANGE:
      return "no-reliable-change";
    case TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION:
      return "reliable-deterioration";
    case TANDEM_CHANGE_CLASS_NOT_AVAILABLE:
    default:
      return "not-available";
    }
}

/**
 * tandem_outcome_to_string:
 *
 * Returns: "yes", "no" or "not-applicable"
 */
const char *
tandem_outcome_to_string (TandemOutcome outcome)
{
  switch (outcome)
    {
    case TANDEM_OUTCOME_YES:
      return "yes";
    case TANDEM_OUTCOME_NO:
      return "no";
    case TANDEM_OUTCOME_NOT_APPLICABLE:
    default:
      return "not-applicable";
    }
}
