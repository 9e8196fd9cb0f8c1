/* tandem-check-ins-page.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-page.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CHECK_INS_PAGE (tandem_check_ins_page_get_type ())

G_DECLARE_FINAL_TYPE (TandemCheckInsPage, tandem_check_ins_page, TANDEM, CHECK_INS_PAGE, TandemPage)

GtkWidget *tandem_check_ins_page_new (void);

G_END_DECLS
