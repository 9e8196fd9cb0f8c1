/* tandem-export.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-export"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-core.h"
#include "tandem-export.h"

/* Writing a bundle or a CSV file for the window's Export actions. The work
 * runs in a thread with a connection of its own (a store's connection
 * belongs to the thread that opened it); the file is replaced atomically
 * and is readable only by its owner: it is health data. */

typedef struct
{
  char             *db_path;
  gint64            person_id;
  TandemExportWhat  what;
  GFile            *file;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->db_path);
  g_clear_object (&job->file);
  g_free (job);
}

/**
 * tandem_export_dup_file_name:
 * @person_name: whose records the file holds
 * @day: the date, "YYYY-MM-DD"
 *
 * Returns: (transfer full): a file name to offer, such as
 *   "Alex plan 2026-03-15.tandem", with nothing in it that a file system
 *   refuses
 */
char *
tandem_export_dup_file_name (TandemExportWhat  what,
                             const char       *person_name,
                             const char       *day)
{
  g_autofree char *name = NULL;
  char *file_name;

  g_return_val_if_fail (person_name != NULL, NULL);
  g_return_val_if_fail (day != NULL, NULL);

  name = g_strdup (person_name);
  g_strdelimit (name, "/\\:", '-');

  switch (what)
    {
    case TANDEM_EXPORT_PLAN:
      /* Translators: a file name; %1$s is a person's name, %2$s a date (2026-03-15) */
      file_name = g_strdup_printf (_("%1$s plan %2$s"), name, day);
      break;
    case TANDEM_EXPORT_PROGRESS:
      /* Translators: a file name; %1$s is a person's name, %2$s a date (2026-03-15) */
      file_name = g_strdup_printf (_("%1$s progress %2$s"), name, day);
      break;
    case TANDEM_EXPORT_CHECK_INS_CSV:
      /* Translators: a file name; %1$s is a person's name, %2$s a date (2026-03-15) */
      file_name = g_strdup_printf (_("%1$s check-ins %2$s"), name, day);
      break;
    case TANDEM_EXPORT_RESPONSES_CSV:
      /* Translators: a file name; %1$s is a person's name, %2$s a date (2026-03-15) */
      file_name = g_strdup_printf (_("%1$s questionnaires %2$s"), name, day);
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  g_strdelimit (file_name, "/\\:", '-');
  g_free (name);
  name = file_name;

  if (what == TANDEM_EXPORT_PLAN || what == TANDEM_EXPORT_PROGRESS)
    return g_strconcat (name, TANDEM_BUNDLE_SUFFIX, NULL);
  return g_strconcat (name, ".csv", NULL);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (job->file);
  const char *data;
  gsize length;

  if (path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "%s",
                               _("Tandem can only write files on this computer: choose another folder."));
      return;
    }

  if (!(store = tandem_store_open (job->db_path, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  switch (job->what)
    {
    case TANDEM_EXPORT_PLAN:
      bytes = tandem_exchange_export (store, job->person_id, TANDEM_EXCHANGE_KIND_PLAN, &error);
      break;
    case TANDEM_EXPORT_PROGRESS:
      bytes = tandem_exchange_export (store, job->person_id, TANDEM_EXCHANGE_KIND_PROGRESS, &error);
      break;
    case TANDEM_EXPORT_CHECK_INS_CSV:
      bytes = tandem_csv_export_check_ins (store, job->person_id, &error);
      break;
    case TANDEM_EXPORT_RESPONSES_CSV:
      bytes = tandem_csv_export_responses (store, job->person_id, &error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* A temporary file renamed over the target: a reader never sees half a
   * file, and a failed write leaves the old one. */
  data = g_bytes_get_data (bytes, &length);
  if (!g_file_set_contents_full (path, data ? data : "", (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

/**
 * tandem_export_async:
 * @db_path: the database's file
 * @person_id: whose records to write
 * @file: where to write them (a local file; replaced when it exists)
 *
 * Writes the file in a thread; finish with tandem_export_finish().
 */
void
tandem_export_async (const char          *db_path,
                     gint64               person_id,
                     TandemExportWhat     what,
                     GFile               *file,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (db_path != NULL);
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (what <= TANDEM_EXPORT_RESPONSES_CSV);

  job = g_new0 (ExportJob, 1);
  job->db_path = g_strdup (db_path);
  job->person_id = person_id;
  job->what = what;
  job->file = g_object_ref (file);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tandem_export_async);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

/**
 * tandem_export_finish:
 *
 * Returns: %TRUE when the file was written
 */
gboolean
tandem_export_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tandem_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
