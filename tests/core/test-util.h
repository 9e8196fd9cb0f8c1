/* test-util.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-core.h"

G_BEGIN_DECLS

/* A store in a fresh file with an owner, for one test. */
typedef struct
{
  char        *dir;
  char        *path;
  TandemStore *store;
  gint64       owner_id;
} TestStore;

void        test_store_init   (TestStore   *t);
void        test_store_clear  (TestStore   *t);
gint64      test_count        (TestStore   *t,
                               const char  *sql);
void        test_exec         (TestStore   *t,
                               const char  *sql);
char       *test_query_plan   (TestStore   *t,
                               const char  *sql);

char       *test_make_dir     (void);
void        test_remove_tree  (const char  *dir);
GBytes     *test_read_bytes   (const char  *path);
void        test_write_file   (const char  *path,
                               const char  *contents,
                               gsize        length);
void        test_sqlite_exec  (const char  *path,
                               const char  *sql);
const char *test_query_text   (const char  *path,
                               const char  *sql);
gint64      test_query_int    (const char  *path,
                               const char  *sql);
void        test_counter_inc  (guint       *counter);

G_END_DECLS
