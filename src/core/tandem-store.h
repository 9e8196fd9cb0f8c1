/* tandem-store.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tandem-types.h"
#include "tandem-record.h"

G_BEGIN_DECLS

/* One value of a goal's measure, or of the mood, on a day
 * (tandem_store_list_goal_values(), tandem_store_list_mood_values()). */
typedef struct
{
  char   day[11];   /* YYYY-MM-DD */
  double value;
} TandemGoalValue;

#define TANDEM_STORE_ERROR (tandem_store_error_quark ())

/**
 * TandemStoreError:
 * @TANDEM_STORE_ERROR_NOT_A_DATABASE: the file is not an SQLite database
 * @TANDEM_STORE_ERROR_FOREIGN: an SQLite database of another application
 * @TANDEM_STORE_ERROR_TOO_NEW: written by a newer version of Tandem
 * @TANDEM_STORE_ERROR_READ_ONLY: the file or its folder cannot be written
 * @TANDEM_STORE_ERROR_NO_FOLDER: the folder for the database cannot be created
 * @TANDEM_STORE_ERROR_MIGRATION: upgrading the schema failed; nothing was changed
 * @TANDEM_STORE_ERROR_BUSY: another program holds the database for too long
 * @TANDEM_STORE_ERROR_NOT_FOUND: no record with that id
 * @TANDEM_STORE_ERROR_INVALID: the record breaks a rule (the message says which)
 * @TANDEM_STORE_ERROR_CONSTRAINT: the record conflicts with stored data
 * @TANDEM_STORE_ERROR_IO: reading or writing the disk failed
 * @TANDEM_STORE_ERROR_FAILED: any other failure
 *
 * Every message is a complete sentence that can be shown to a person; it
 * never contains SQL or SQLite's own wording.
 */
typedef enum
{
  TANDEM_STORE_ERROR_NOT_A_DATABASE,
  TANDEM_STORE_ERROR_FOREIGN,
  TANDEM_STORE_ERROR_TOO_NEW,
  TANDEM_STORE_ERROR_READ_ONLY,
  TANDEM_STORE_ERROR_NO_FOLDER,
  TANDEM_STORE_ERROR_MIGRATION,
  TANDEM_STORE_ERROR_BUSY,
  TANDEM_STORE_ERROR_NOT_FOUND,
  TANDEM_STORE_ERROR_INVALID,
  TANDEM_STORE_ERROR_CONSTRAINT,
  TANDEM_STORE_ERROR_IO,
  TANDEM_STORE_ERROR_FAILED,
} TandemStoreError;

/* The schema version this build writes, and the SQLite application_id
 * ("TAND") that marks a file as Tandem's. */
#define TANDEM_STORE_SCHEMA_VERSION 5
#define TANDEM_STORE_APPLICATION_ID 0x54414E44

#define TANDEM_TYPE_STORE (tandem_store_get_type ())

G_DECLARE_FINAL_TYPE (TandemStore, tandem_store, TANDEM, STORE, GObject)

GQuark        tandem_store_error_quark           (void);
char         *tandem_store_dup_default_path      (void);
TandemStore  *tandem_store_open                  (const char     *path,
                                                  GError        **error);
const char   *tandem_store_get_path              (TandemStore    *self);
int           tandem_store_get_schema_version    (TandemStore    *self);
void          tandem_store_limit_memory          (TandemStore    *self,
                                                  guint           cache_kib);
guint         tandem_store_get_cache_kib         (TandemStore    *self);

/* Transactions nest: the outermost one commits. */
gboolean      tandem_store_begin                 (TandemStore    *self,
                                                  GError        **error);
gboolean      tandem_store_commit                (TandemStore    *self,
                                                  GError        **error);
void          tandem_store_rollback              (TandemStore    *self);

/* Any record: create, read, update, delete. */
gboolean      tandem_store_insert                (TandemStore    *self,
                                                  TandemRecord   *record,
                                                  GError        **error);
gboolean      tandem_store_update                (TandemStore    *self,
                                                  TandemRecord   *record,
                                                  GError        **error);
gboolean      tandem_store_delete                (TandemStore    *self,
                                                  TandemRecord   *record,
                                                  GError        **error);
gpointer      tandem_store_get                   (TandemStore    *self,
                                                  GType           type,
                                                  gint64          id,
                                                  GError        **error);
gpointer      tandem_store_get_by_uuid           (TandemStore    *self,
                                                  GType           type,
                                                  const char     *uuid,
                                                  GError        **error);
gint64        tandem_store_count                 (TandemStore    *self,
                                                  GType           type,
                                                  GError        **error);

/* Goals keep a revision of their previous state on every change. */
gboolean      tandem_store_revise_goal           (TandemStore    *self,
                                                  TandemGoal     *goal,
                                                  const char     *reason,
                                                  TandemAuthor    revised_by,
                                                  GError        **error);
gboolean      tandem_store_reorder_goals         (TandemStore    *self,
                                                  gint64          person_id,
                                                  const gint64   *goal_ids,
                                                  guint           n_ids,
                                                  GError        **error);
gboolean      tandem_store_reorder_goal_group    (TandemStore    *self,
                                                  gint64          person_id,
                                                  TandemGoalStatus status,
                                                  const gint64   *goal_ids,
                                                  guint           n_ids,
                                                  GError        **error);

/* Typed lists. Each returns a GListStore of the entity's type. Dates are
 * local calendar dates "YYYY-MM-DD"; %NULL bounds are open. */
TandemPerson *tandem_store_dup_owner             (TandemStore    *self,
                                                  GError        **error);
GListStore   *tandem_store_list_persons          (TandemStore    *self,
                                                  gboolean        include_archived,
                                                  GError        **error);
GListStore   *tandem_store_list_goals            (TandemStore    *self,
                                                  gint64          person_id,
                                                  GError        **error);
GListStore   *tandem_store_list_goal_revisions   (TandemStore    *self,
                                                  gint64          goal_id,
                                                  GError        **error);
GListStore   *tandem_store_list_strategies       (TandemStore    *self,
                                                  gint64          person_id,
                                                  GError        **error);
GListStore   *tandem_store_list_check_ins        (TandemStore    *self,
                                                  gint64          person_id,
                                                  const char     *from_day,
                                                  const char     *to_day,
                                                  GError        **error);
GListStore   *tandem_store_list_goal_check_ins   (TandemStore    *self,
                                                  gint64          goal_id,
                                                  const char     *from_day,
                                                  const char     *to_day,
                                                  GError        **error);
GArray       *tandem_store_list_goal_values      (TandemStore    *self,
                                                  gint64          goal_id,
                                                  const char     *from_day,
                                                  const char     *to_day,
                                                  GError        **error);
GArray       *tandem_store_list_mood_values      (TandemStore    *self,
                                                  gint64          person_id,
                                                  const char     *from_day,
                                                  const char     *to_day,
                                                  GError        **error);
gboolean      tandem_store_get_latest_goal_value (TandemStore    *self,
                                                  gint64          goal_id,
                                                  const char     *from_day,
                                                  const char     *to_day,
                                                  double         *value,
                                                  GError        **error);
GListStore   *tandem_store_list_homework         (TandemStore    *self,
                                                  gint64          person_id,
                                                  GError        **error);
GListStore   *tandem_store_list_questionnaires   (TandemStore    *self,
                                                  GError        **error);
GListStore   *tandem_store_list_responses        (TandemStore    *self,
                                                  gint64          person_id,
                                                  const char     *instrument,
                                                  const char     *from_day,
                                                  const char     *to_day,
                                                  GError        **error);
GListStore   *tandem_store_list_reminders        (TandemStore    *self,
                                                  gint64          person_id,
                                                  GError        **error);
GListStore   *tandem_store_list_reminder_firings (TandemStore    *self,
                                                  gint64          reminder_id,
                                                  GError        **error);
GListStore   *tandem_store_list_therapy_sessions (TandemStore    *self,
                                                  gint64          person_id,
                                                  GError        **error);
GListStore   *tandem_store_list_goal_attainments (TandemStore    *self,
                                                  gint64          goal_id,
                                                  GError        **error);
GListStore   *tandem_store_list_goal_drafts      (TandemStore    *self,
                                                  gint64          person_id,
                                                  GError        **error);
GListStore   *tandem_store_list_rest_days        (TandemStore    *self,
                                                  gint64          person_id,
                                                  const char     *from_day,
                                                  const char     *to_day,
                                                  GError        **error);
gint64        tandem_store_count_tombstones      (TandemStore    *self,
                                                  GError        **error);
gint64        tandem_store_count_responses       (TandemStore    *self,
                                                  const char     *instrument,
                                                  GError        **error);
gboolean      tandem_store_count_questionnaire_uses (TandemStore *self,
                                                     const char  *code,
                                                     const char  *uuid,
                                                     gint64      *n_goals,
                                                     gint64      *n_reminders,
                                                     GError     **error);

G_END_DECLS
