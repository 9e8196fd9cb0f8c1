/* test-date.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-date"

#include "config.h"

#include <locale.h>

#include "tandem-core.h"

static void
test_parse (void)
{
  const char *valid[] = { "2024-02-29", "2026-12-31", "0001-01-01", "2026-01-01" };
  const char *invalid[] = { "2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01",
                            "2026/01/01", "2026-01-01 ", "", "2026-04-31", "abcd-ef-gh", "0000-01-01" };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (tandem_date_is_valid (valid[i]));
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    g_assert_false (tandem_date_is_valid (invalid[i]));
  g_assert_false (tandem_date_is_valid (NULL));

  g_assert_true (tandem_date_parse ("2024-02-29", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 29);
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_FEBRUARY);
  g_assert_cmpint (g_date_get_year (&date), ==, 2024);
}

static void
test_arithmetic (void)
{
  g_autofree char *a = tandem_date_add_days ("2024-02-28", 1);
  g_autofree char *b = tandem_date_add_days ("2024-03-01", -1);
  g_autofree char *c = tandem_date_add_days ("2025-12-31", 1);
  /* The day the clocks go forward in Europe is a day like any other. */
  g_autofree char *d = tandem_date_add_days ("2026-03-28", 2);
  g_autofree char *e = tandem_date_add_days ("not a date", 2);

  g_assert_cmpstr (a, ==, "2024-02-29");
  g_assert_cmpstr (b, ==, "2024-02-29");
  g_assert_cmpstr (c, ==, "2026-01-01");
  g_assert_cmpstr (d, ==, "2026-03-30");
  g_assert_null (e);

  g_assert_cmpint (tandem_date_days_between ("2024-01-01", "2025-01-01"), ==, 366);
  g_assert_cmpint (tandem_date_days_between ("2026-03-01", "2026-02-01"), ==, -28);
}

static void
test_today (void)
{
  g_autofree char *today = tandem_date_today ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *expected = g_date_time_format (now, "%Y-%m-%d");

  g_assert_true (tandem_date_is_valid (today));
  g_assert_cmpstr (today, ==, expected);
}

/* The tests run in C.UTF-8, whose weeks start on Sunday. */
static void
test_locale_first_weekday (void)
{
  g_assert_cmpint (tandem_date_get_locale_first_weekday (), ==, G_DATE_SUNDAY);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse", test_parse);
  g_test_add_func ("/date/arithmetic", test_arithmetic);
  g_test_add_func ("/date/today", test_today);
  g_test_add_func ("/date/locale-first-weekday", test_locale_first_weekday);

  return g_test_run ();
}
