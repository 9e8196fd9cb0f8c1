/* tandem-date.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-date"

#include "config.h"

#include <string.h>
#ifdef __GLIBC__
#include <langinfo.h>
#endif

#include "tandem-date.h"

static int
parse_digits (const char *s,
              guint       n)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return -1;
      value = value * 10 + (s[i] - '0');
    }

  return value;
}

/**
 * tandem_date_parse:
 * @day: a date written "YYYY-MM-DD"
 * @date: (out caller-allocates) (optional): where to put it
 *
 * Parses strictly: exactly ten characters, a date that exists, years 1 to
 * 9999. Unlike g_date_set_parse() it does not depend on the locale.
 *
 * Returns: %TRUE if @day is such a date
 */
gboolean
tandem_date_parse (const char *day,
                   GDate      *date)
{
  int year, month, mday;

  if (day == NULL || strlen (day) != 10 || day[4] != '-' || day[7] != '-')
    return FALSE;

  year = parse_digits (day, 4);
  month = parse_digits (day + 5, 2);
  mday = parse_digits (day + 8, 2);

  if (year < 1 || month < 1 || month > 12 || mday < 1 ||
      !g_date_valid_dmy (mday, month, year))
    return FALSE;

  if (date != NULL)
    {
      g_date_clear (date, 1);
      g_date_set_dmy (date, mday, month, year);
    }

  return TRUE;
}

gboolean
tandem_date_is_valid (const char *day)
{
  return tandem_date_parse (day, NULL);
}

/**
 * tandem_date_format:
 *
 * Returns: (transfer full): @date as "YYYY-MM-DD"
 */
char *
tandem_date_format (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

/**
 * tandem_date_today:
 *
 * Returns: (transfer full): today's local date
 */
char *
tandem_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * tandem_date_add_days:
 *
 * Returns: (transfer full) (nullable): the date @days after @day (before,
 *   when negative), or %NULL if @day is not a date
 */
char *
tandem_date_add_days (const char *day,
                      int         days)
{
  GDate date;

  if (!tandem_date_parse (day, &date))
    return NULL;

  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);

  return tandem_date_format (&date);
}

/**
 * tandem_date_days_between:
 *
 * Returns: the number of days from @from_day to @to_day, negative when
 *   @to_day comes first; 0 if either is not a date
 */
int
tandem_date_days_between (const char *from_day,
                          const char *to_day)
{
  GDate from, to;

  if (!tandem_date_parse (from_day, &from) || !tandem_date_parse (to_day, &to))
    return 0;

  return g_date_days_between (&from, &to);
}

/**
 * tandem_date_get_locale_first_weekday:
 *
 * The first day of the week in the current LC_TIME locale, for the first
 * column of a month grid. glibc says it in two parts: the weekday of a
 * reference date (a Sunday or a Monday) and the first weekday counted from
 * it, 1 being the reference day itself.
 *
 * Returns: the first weekday; Monday where the C library does not say
 */
GDateWeekday
tandem_date_get_locale_first_weekday (void)
{
#ifdef __GLIBC__
  union { unsigned int word; char *string; } origin;
  int first = nl_langinfo (_NL_TIME_FIRST_WEEKDAY)[0];
  int origin_sunday;

  origin.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  if (origin.word == 19971130)
    origin_sunday = 0;
  else if (origin.word == 19971201)
    origin_sunday = 1;
  else
    return G_DATE_MONDAY;

  if (first < 1 || first > 7)
    return G_DATE_MONDAY;

  /* 0 is Sunday here; GDateWeekday counts Monday 1 … Sunday 7. */
  switch ((origin_sunday + first - 1) % 7)
    {
    case 0:
      return G_DATE_SUNDAY;
    default:
      return (GDateWeekday) ((origin_sunday + first - 1) % 7);
    }
#else
  return G_DATE_MONDAY;
#endif
}
