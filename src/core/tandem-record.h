/* tandem-record.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "tandem-types.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_RECORD (tandem_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (TandemRecord, tandem_record, TANDEM, RECORD, GObject)

/**
 * TandemRecordClass:
 * @validate: checks the record before it is written; sets a
 *   %TANDEM_STORE_ERROR_INVALID error with a sentence a person understands.
 *   These are the rules every stored record keeps, imported ones included.
 * @check_input: the further rules for what a person enters or edits now
 *   (%NULL when there are none). A rule added in a later version goes here,
 *   so that a bundle written before it still imports as it is.
 * @save_children: writes rows that belong to the record (item answers,
 *   strategy links) inside the record's own transaction; @is_new says that
 *   the record was just inserted, so there are no old rows to replace.
 * @load_children: reads them back.
 *
 * Every entity that is stored in the database derives from TandemRecord. A
 * subclass describes its columns once with a field table; from it the record
 * gets its GObject properties and the store its SQL.
 */
struct _TandemRecordClass
{
  GObjectClass parent_class;

  gboolean (*validate)      (TandemRecord  *self,
                             GError       **error);
  gboolean (*check_input)   (TandemRecord  *self,
                             GError       **error);
  gboolean (*save_children) (TandemRecord  *self,
                             TandemStore   *store,
                             gboolean       is_new,
                             GError       **error);
  gboolean (*load_children) (TandemRecord  *self,
                             TandemStore   *store,
                             GError       **error);

  /*< private >*/
  gpointer schema;
  gpointer padding[7];
};

gint64       tandem_record_get_id          (TandemRecord  *self);
const char  *tandem_record_get_uuid        (TandemRecord  *self);
gint64       tandem_record_get_created_at  (TandemRecord  *self);
gint64       tandem_record_get_updated_at  (TandemRecord  *self);
gboolean     tandem_record_is_stored       (TandemRecord  *self);
gboolean     tandem_record_validate        (TandemRecord  *self,
                                            GError       **error);
gboolean     tandem_record_check_input     (TandemRecord  *self,
                                            GError       **error);
const char  *tandem_record_get_entity_name (TandemRecord  *self);
JsonObject  *tandem_record_to_json         (TandemRecord  *self);
gboolean     tandem_record_set_from_json   (TandemRecord       *self,
                                            JsonObject         *object,
                                            const char * const *ignore,
                                            GError            **error);

G_END_DECLS
