/* tandem-page.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"
#include "tandem-list-row.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PAGE (tandem_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (TandemPage, tandem_page, TANDEM, PAGE, AdwBin)

/**
 * TandemPageClass:
 * @reload: reads the page's data for the current person from the store and
 *   updates the page. Called whenever the store, the person or the profile
 *   changes; the store and the person may be %NULL.
 *
 * The base of the main window's pages: each shows one aspect of one person.
 */
struct _TandemPageClass
{
  AdwBinClass parent_class;

  void (*reload) (TandemPage *self);
};

TandemStore  *tandem_page_get_store             (TandemPage   *self);
void          tandem_page_set_store             (TandemPage   *self,
                                                 TandemStore  *store);
TandemPerson *tandem_page_get_person            (TandemPage   *self);
void          tandem_page_set_person            (TandemPage   *self,
                                                 TandemPerson *person);
gboolean      tandem_page_get_therapist_profile (TandemPage   *self);
void          tandem_page_set_therapist_profile (TandemPage   *self,
                                                 gboolean      therapist_profile);
gboolean      tandem_page_get_is_client         (TandemPage   *self);
void          tandem_page_reload                (TandemPage   *self);

GtkWidget    *tandem_page_create_row            (const char   *title,
                                                 const char   *subtitle);
void          tandem_page_clear_list            (GtkListBox   *list);
char         *tandem_page_format_day            (const char   *day);

G_END_DECLS
