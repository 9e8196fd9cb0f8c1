/* tandem-homework-page.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-page.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_HOMEWORK_PAGE (tandem_homework_page_get_type ())

G_DECLARE_FINAL_TYPE (TandemHomeworkPage, tandem_homework_page, TANDEM, HOMEWORK_PAGE, TandemPage)

GtkWidget *tandem_homework_page_new        (void);
GtkWidget *tandem_homework_page_open_dialog (TandemHomeworkPage *self,
                                            gint64              homework_id);

G_END_DECLS
