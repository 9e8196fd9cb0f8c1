/* tandem-date.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Check-ins, homework and rest days happen on local calendar dates, written
 * "YYYY-MM-DD". These helpers keep every conversion in one place. */

gboolean  tandem_date_parse       (const char  *day,
                                   GDate       *date);
gboolean  tandem_date_is_valid    (const char  *day);
char     *tandem_date_format      (const GDate *date);
char     *tandem_date_today       (void);
char     *tandem_date_add_days    (const char  *day,
                                   int          days);
int       tandem_date_days_between (const char *from_day,
                                    const char *to_day);

GDateWeekday tandem_date_get_locale_first_weekday (void);

G_END_DECLS
