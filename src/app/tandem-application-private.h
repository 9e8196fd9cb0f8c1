/* tandem-application-private.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-application.h"

G_BEGIN_DECLS

struct _TandemApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  TandemStore    *store;
  char           *db_path;
  GFile          *pending_import;  /* while the error window shows */
};

void _tandem_application_install_actions (TandemApplication *self);
void _tandem_application_open_import     (TandemApplication *self,
                                          GFile             *file);

G_END_DECLS
