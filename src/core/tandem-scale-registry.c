/* tandem-scale-registry.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-scale-registry"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-questionnaire.h"
#include "tandem-questionnaires-resources.h"
#include "tandem-scale-registry.h"
#include "tandem-store.h"

#define RESOURCE_DIR "/io/github/tandemgoals/Tandem/questionnaires/"

struct _TandemScaleRegistry
{
  GObject     parent_instance;

  GListStore *scales;  /* TandemScale, built-in first, then custom */
  GHashTable *by_id;   /* id → TandemScale (borrowed from @scales) */
};

G_DEFINE_FINAL_TYPE (TandemScaleRegistry, tandem_scale_registry, G_TYPE_OBJECT)

static void
tandem_scale_registry_finalize (GObject *object)
{
  TandemScaleRegistry *self = TANDEM_SCALE_REGISTRY (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->scales);

  G_OBJECT_CLASS (tandem_scale_registry_parent_class)->finalize (object);
}

static void
tandem_scale_registry_class_init (TandemScaleRegistryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tandem_scale_registry_finalize;
}

static void
tandem_scale_registry_init (TandemScaleRegistry *self)
{
  self->scales = g_list_store_new (TANDEM_TYPE_SCALE);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* A built-in file must be called after its id, so that a file copied over
 * another cannot silently replace an instrument. */
static gboolean
add_builtin (TandemScaleRegistry  *self,
             TandemScale          *scale,
             const char           *file_name,
             GError              **error)
{
  g_autofree char *expected = g_strconcat (tandem_scale_get_id (scale), ".json", NULL);

  if (!g_str_equal (expected, file_name))
    {
      g_set_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_DEFINITION,
                   _("The questionnaire “%s” cannot be used: it declares the id “%s”, "
                     "so its file must be called “%s”."),
                   tandem_scale_get_origin (scale), tandem_scale_get_id (scale), expected);
      return FALSE;
    }

  g_list_store_append (self->scales, scale);
  g_hash_table_insert (self->by_id, (gpointer) tandem_scale_get_id (scale), scale);
  return TRUE;
}

static gboolean
load_resources (TandemScaleRegistry  *self,
                GError              **error)
{
  GResource *resource = tandem_questionnaires_get_resource ();
  g_auto(GStrv) names = NULL;

  names = g_resource_enumerate_children (resource, RESOURCE_DIR, 0, NULL);
  if (names == NULL)
    {
      g_set_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_DEFINITION,
                   _("The built-in questionnaires are missing from this build."));
      return FALSE;
    }

  qsort (names, g_strv_length (names), sizeof (char *), compare_strings);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_DIR, names[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(TandemScale) scale = NULL;
      gsize length;
      const char *data;

      if (!g_str_has_suffix (names[i], ".json"))
        continue;

      bytes = g_resource_lookup_data (resource, path, 0, NULL);
      g_assert (bytes != NULL);
      data = g_bytes_get_data (bytes, &length);
      if (!(scale = tandem_scale_new_from_data (data, length, names[i], error)) ||
          !add_builtin (self, scale, names[i], error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
load_dir (TandemScaleRegistry  *self,
          const char           *dir_path,
          GError              **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) dir_error = NULL;
  const char *name;

  if (!(dir = g_dir_open (dir_path, 0, &dir_error)))
    {
      g_autofree char *display = g_filename_display_name (dir_path);

      g_debug ("%s", dir_error->message);
      g_set_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_DEFINITION,
                   _("The folder of questionnaires “%s” cannot be read."), display);
      return FALSE;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, names->pdata[i], NULL);
      g_autoptr(TandemScale) scale = NULL;

      if (!(scale = tandem_scale_new_from_file (path, error)) ||
          !add_builtin (self, scale, names->pdata[i], error))
        return FALSE;
    }

  return TRUE;
}

/**
 * tandem_scale_registry_new:
 *
 * Loads and validates the built-in questionnaires: those compiled into the
 * program, or the `*.json` files of $TANDEM_QUESTIONNAIRE_DIR when it is
 * set. Any broken file is an error that names it.
 *
 * Returns: (transfer full): the registry, or %NULL with @error set
 */
TandemScaleRegistry *
tandem_scale_registry_new (GError **error)
{
  const char *dir = g_getenv ("TANDEM_QUESTIONNAIRE_DIR");

  return tandem_scale_registry_new_for_dir (dir != NULL && dir[0] != '\0' ? dir : NULL, error);
}

/**
 * tandem_scale_registry_new_for_dir:
 * @dir: (nullable): a folder of questionnaire files, or %NULL for the
 *   ones compiled into the program
 *
 * Returns: (transfer full): the registry, or %NULL with @error set
 */
TandemScaleRegistry *
tandem_scale_registry_new_for_dir (const char  *dir,
                                   GError     **error)
{
  g_autoptr(TandemScaleRegistry) self = g_object_new (TANDEM_TYPE_SCALE_REGISTRY, NULL);

  if (dir != NULL ? !load_dir (self, dir, error) : !load_resources (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * tandem_scale_registry_load_custom:
 * @store: the store holding custom questionnaires
 *
 * Adds the custom questionnaires of @store. Their definitions use the
 * format of the built-in files; a broken one is an error naming its title.
 * A custom questionnaire cannot take a built-in one's id.
 *
 * Returns: %TRUE on success
 */
gboolean
tandem_scale_registry_load_custom (TandemScaleRegistry  *self,
                                   TandemStore          *store,
                                   GError              **error)
{
  g_autoptr(GListStore) list = NULL;
  guint n;

  g_return_val_if_fail (TANDEM_IS_SCALE_REGISTRY (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);

  if (!(list = tandem_store_list_questionnaires (store, error)))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemQuestionnaire) questionnaire = g_list_model_get_item (G_LIST_MODEL (list), i);
      const char *title = tandem_questionnaire_get_title (questionnaire);
      g_autoptr(TandemScale) scale = NULL;

      scale = tandem_scale_new_from_data (tandem_questionnaire_get_definition (questionnaire), -1,
                                          title, error);
      if (scale == NULL)
        return FALSE;

      if (g_strcmp0 (tandem_scale_get_id (scale), tandem_questionnaire_get_code (questionnaire)) != 0)
        {
          g_set_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_DEFINITION,
                       _("The questionnaire “%s” cannot be used: its definition declares the id "
                         "“%s”, but it is stored as “%s”."),
                       title, tandem_scale_get_id (scale),
                       tandem_questionnaire_get_code (questionnaire));
          return FALSE;
        }

      if (g_hash_table_contains (self->by_id, tandem_scale_get_id (scale)))
        {
          g_set_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_INVALID_DEFINITION,
                       _("The questionnaire “%s” cannot be used: another questionnaire "
                         "already has the id “%s”."), title, tandem_scale_get_id (scale));
          return FALSE;
        }

      tandem_scale_set_custom (scale, TRUE);
      g_list_store_append (self->scales, scale);
      g_hash_table_insert (self->by_id, (gpointer) tandem_scale_get_id (scale), scale);
    }

  return TRUE;
}

/**
 * tandem_scale_registry_get_scales:
 *
 * Returns: (transfer none): a list of every #TandemScale, built-in ones
 *   first, by id
 */
GListModel *
tandem_scale_registry_get_scales (TandemScaleRegistry *self)
{
  g_return_val_if_fail (TANDEM_IS_SCALE_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->scales);
}

/**
 * tandem_scale_registry_lookup:
 * @id: a questionnaire id such as "phq9"
 *
 * Returns: (nullable) (transfer none): the questionnaire
 */
TandemScale *
tandem_scale_registry_lookup (TandemScaleRegistry *self,
                              const char          *id)
{
  g_return_val_if_fail (TANDEM_IS_SCALE_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * tandem_scale_registry_get:
 * @id: a questionnaire id such as "phq9"
 *
 * Like tandem_scale_registry_lookup(), with an error that lists the
 * known ids.
 *
 * Returns: (transfer none): the questionnaire, or %NULL with @error set
 */
TandemScale *
tandem_scale_registry_get (TandemScaleRegistry  *self,
                           const char           *id,
                           GError              **error)
{
  TandemScale *scale;
  g_autoptr(GString) known = NULL;
  guint n;

  g_return_val_if_fail (TANDEM_IS_SCALE_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if ((scale = g_hash_table_lookup (self->by_id, id)) != NULL)
    return scale;

  known = g_string_new (NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->scales));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemScale) other = g_list_model_get_item (G_LIST_MODEL (self->scales), i);

      g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", tandem_scale_get_id (other));
    }

  g_set_error (error, TANDEM_SCALE_ERROR, TANDEM_SCALE_ERROR_UNKNOWN_SCALE,
               _("There is no questionnaire “%s”; the known ones are %s."), id, known->str);
  return NULL;
}

/**
 * tandem_scale_registry_score_range:
 * @id: a questionnaire id such as "gad7"
 * @min: (out): the lowest score
 * @max: (out): the highest score
 * @registry: a #TandemScaleRegistry
 *
 * A #TandemScoreRangeFunc for the goal rules: the range of the score that
 * bands and goals use (a percentage for the WHO-5).
 *
 * Returns: %FALSE when there is no such questionnaire
 */
gboolean
tandem_scale_registry_score_range (const char *id,
                                   double     *min,
                                   double     *max,
                                   gpointer    registry)
{
  TandemScale *scale;

  g_return_val_if_fail (TANDEM_IS_SCALE_REGISTRY (registry), FALSE);

  scale = tandem_scale_registry_lookup (registry, id);
  if (scale == NULL)
    return FALSE;

  tandem_scale_get_score_range (scale, min, max);
  return TRUE;
}
