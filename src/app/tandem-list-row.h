/* tandem-list-row.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_LIST_ROW (tandem_list_row_get_type ())

G_DECLARE_FINAL_TYPE (TandemListRow, tandem_list_row, TANDEM, LIST_ROW, GtkListBoxRow)

GtkWidget  *tandem_list_row_new                (const char    *title,
                                                const char    *subtitle);
const char *tandem_list_row_get_title          (TandemListRow *self);
void        tandem_list_row_set_title          (TandemListRow *self,
                                                const char    *title);
const char *tandem_list_row_get_subtitle       (TandemListRow *self);
void        tandem_list_row_set_subtitle       (TandemListRow *self,
                                                const char    *subtitle);
void        tandem_list_row_set_subtitle_lines (TandemListRow *self,
                                                int            lines);
void        tandem_list_row_add_prefix         (TandemListRow *self,
                                                GtkWidget     *widget);
void        tandem_list_row_add_suffix         (TandemListRow *self,
                                                GtkWidget     *widget);

G_END_DECLS
