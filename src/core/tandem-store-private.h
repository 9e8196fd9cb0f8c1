/* tandem-store-private.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "tandem-store.h"

G_BEGIN_DECLS

/* Prepared statements are cached by their SQL text for the life of the store:
 * the returned statement is reset and its bindings cleared. */
sqlite3_stmt *_tandem_store_prepare      (TandemStore   *self,
                                          const char    *sql,
                                          GError       **error);
gboolean      _tandem_store_step_done    (TandemStore   *self,
                                          sqlite3_stmt  *stmt,
                                          GError       **error);
void          _tandem_store_set_error    (TandemStore   *self,
                                          int            rc,
                                          GError       **error);
sqlite3      *_tandem_store_get_db       (TandemStore   *self);
gint64        _tandem_store_now          (TandemStore   *self);
void          _tandem_store_set_now      (TandemStore   *self,
                                          gint64         now);
gboolean      _tandem_store_update_as_imported (TandemStore   *self,
                                                TandemRecord  *record,
                                                GError       **error);
GListStore   *_tandem_store_list_where_id      (TandemStore   *self,
                                                GType          type,
                                                const char    *tail,
                                                gint64         id,
                                                GError       **error);

G_END_DECLS
