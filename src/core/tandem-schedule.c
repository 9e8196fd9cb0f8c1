/* tandem-schedule.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-schedule"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "tandem-date.h"
#include "tandem-reminder.h"
#include "tandem-schedule.h"
#include "tandem-store.h"

/* The rules of a reminder's schedule, all in local wall-clock time of the
 * time zone passed in:
 *
 * - once: on the start date, at each time of day;
 * - daily: every day from the start date;
 * - weekdays: on the days whose bit is set in `weekdays` (Monday = bit 0);
 * - weekly: every `interval-weeks` weeks, counted from the week (Monday to
 *   Sunday) of the start date, on the days in `weekdays`, or on the start
 *   date's day of the week when `weekdays` is 0;
 * - monthly: on `month-day` (or the start date's day of the month when it is
 *   unset); in a month that is too short, on its last day.
 *
 * Start and end dates are inclusive local dates. A time of day that does not
 * exist on a spring-forward day fires once, at the first instant after the
 * gap (02:30 on the day New York skips 02:00–03:00 fires at 03:00 EDT); a time
 * that occurs twice on a fall-back day fires once, at its first occurrence.
 *
 * Quiet hours run from quiet-start up to (not including) quiet-end; when
 * quiet-start is later than quiet-end they run across midnight. An occurrence
 * inside quiet hours moves to the end of those quiet hours (an evening one to
 * the next morning), and occurrences that land on the same instant fire once.
 * Equal start and end mean no quiet hours.
 *
 * While snoozed-until lies after "now", it is the next due time and the
 * occurrences up to it are passed over: the snoozed reminder stands for them.
 * Snoozing is an explicit request, so quiet hours do not move it.
 */

#define UNIX_EPOCH_JULIAN 719163  /* g_date_get_julian() of 1970-01-01 */
#define SECONDS_PER_DAY   86400

/* The longest stretch of days that can pass without an occurrence:
 * 52 weeks and a few days of slack. */
#define MAX_SEARCH_DAYS   800

static gint32
offset_at (GTimeZone *tz,
           gint64     utc)
{
  int interval = g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, utc);

  return g_time_zone_get_offset (tz, interval);
}

/* Seconds since the epoch of a wall-clock time read as if it were UTC. */
static gint64
local_seconds (const GDate *date,
               int          minute_of_day)
{
  return ((gint64) g_date_get_julian (date) - UNIX_EPOCH_JULIAN) * SECONDS_PER_DAY +
         (gint64) minute_of_day * 60;
}

static gint64
local_date_to_utc (GTimeZone   *tz,
                   const GDate *date,
                   int          minute_of_day)
{
  gint64 local = local_seconds (date, minute_of_day);
  gint32 before = offset_at (tz, local - 2 * SECONDS_PER_DAY);
  gint32 after = offset_at (tz, local + 2 * SECONDS_PER_DAY);
  gint64 best = G_MAXINT64;
  gint64 lo, hi;

  /* Each offset in use around the day gives a candidate; the candidate is
   * real when the zone uses that offset at that instant. */
  if (offset_at (tz, local - before) == before)
    best = local - before;
  if (offset_at (tz, local - after) == after)
    best = MIN (best, local - after);

  if (best != G_MAXINT64)
    return best * G_USEC_PER_SEC;

  if (before == after)
    return (local - before) * G_USEC_PER_SEC;

  /* The time falls in a gap: the first instant that uses the later offset
   * is the end of the gap. */
  lo = local - MAX (before, after);
  hi = local - MIN (before, after);
  if (offset_at (tz, lo) == after)
    return lo * G_USEC_PER_SEC;

  while (hi - lo > 1)
    {
      gint64 mid = lo + (hi - lo) / 2;

      if (offset_at (tz, mid) == after)
        hi = mid;
      else
        lo = mid;
    }

  return hi * G_USEC_PER_SEC;
}

/**
 * tandem_schedule_local_to_utc:
 * @tz: the time zone of the wall clock
 * @year: the local year
 * @month: the local month, 1 to 12
 * @day: the local day of the month
 * @minute_of_day: minutes after local midnight, 0 to 1439
 *
 * Converts a local wall-clock time to an instant. A time skipped by a
 * spring-forward change gives the first instant after the skipped hour; a
 * time that happens twice on a fall-back day gives the first one.
 *
 * Returns: microseconds since the epoch (UTC), or 0 if the date is invalid
 */
gint64
tandem_schedule_local_to_utc (GTimeZone *tz,
                              int        year,
                              int        month,
                              int        day,
                              int        minute_of_day)
{
  GDate date;

  g_return_val_if_fail (tz != NULL, 0);
  g_return_val_if_fail (minute_of_day >= 0 && minute_of_day < 24 * 60, 0);

  if (year < 1 || year > 9999 || month < 1 || month > 12 ||
      !g_date_valid_dmy (day, month, year))
    return 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return local_date_to_utc (tz, &date, minute_of_day);
}

/**
 * tandem_schedule_parse_time_of_day:
 * @text: a local time of day written "HH:MM", 00:00 to 23:59
 * @minutes: (out) (optional): minutes after midnight
 *
 * Returns: %TRUE if @text is such a time
 */
gboolean
tandem_schedule_parse_time_of_day (const char *text,
                                   int        *minutes)
{
  int hours, mins;

  if (text == NULL || strlen (text) != 5 || text[2] != ':' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;

  hours = (text[0] - '0') * 10 + (text[1] - '0');
  mins = (text[3] - '0') * 10 + (text[4] - '0');
  if (hours > 23 || mins > 59)
    return FALSE;

  if (minutes != NULL)
    *minutes = hours * 60 + mins;

  return TRUE;
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  int x = *(const int *) a;
  int y = *(const int *) b;

  return (x > y) - (x < y);
}

/**
 * tandem_schedule_parse_times:
 * @times: local times of day "HH:MM", separated by commas
 * @minutes: (array fixed-size=24) (out caller-allocates) (optional): the
 *   times as minutes after midnight, sorted, without repeats
 * @n_minutes: (out) (optional): how many
 *
 * Returns: %TRUE if @times lists one to %TANDEM_SCHEDULE_MAX_TIMES valid
 *   times
 */
gboolean
tandem_schedule_parse_times (const char *times,
                             int        *minutes,
                             guint      *n_minutes)
{
  g_auto(GStrv) parts = NULL;
  int found[TANDEM_SCHEDULE_MAX_TIMES];
  guint n = 0, kept = 0;

  if (times == NULL || times[0] == '\0')
    return FALSE;

  parts = g_strsplit (times, ",", -1);
  if (g_strv_length (parts) > TANDEM_SCHEDULE_MAX_TIMES)
    return FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      int value;

      if (!tandem_schedule_parse_time_of_day (g_strstrip (parts[i]), &value))
        return FALSE;
      found[n++] = value;
    }

  qsort (found, n, sizeof found[0], compare_int);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0 && found[i] == found[i - 1])
        continue;
      if (minutes != NULL)
        minutes[kept] = found[i];
      kept++;
    }

  if (n_minutes != NULL)
    *n_minutes = kept;

  return TRUE;
}

/**
 * tandem_schedule_validate:
 * @reminder: a reminder
 * @error: a %TANDEM_STORE_ERROR_INVALID error with a sentence for people
 *
 * Checks what the database cannot: that the times, dates, days and quiet
 * hours make a schedule.
 *
 * Returns: %TRUE if the reminder's schedule can be computed
 */
gboolean
tandem_schedule_validate (TandemReminder  *reminder,
                          GError         **error)
{
  const char *start = tandem_reminder_get_start_date (reminder);
  const char *end = tandem_reminder_get_end_date (reminder);
  const char *quiet_start = tandem_reminder_get_quiet_start (reminder);
  const char *quiet_end = tandem_reminder_get_quiet_end (reminder);
  int month_day = tandem_reminder_get_month_day (reminder);

  g_return_val_if_fail (TANDEM_IS_REMINDER (reminder), FALSE);

  if (!tandem_schedule_parse_times (tandem_reminder_get_times (reminder), NULL, NULL))
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                   _("The times of day must be written as HH:MM, separated by commas, "
                     "such as “08:00,20:30”."));
      return FALSE;
    }

  if (!tandem_date_is_valid (start))
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                   _("The start date must be a date written YYYY-MM-DD."));
      return FALSE;
    }

  if (end != NULL && (!tandem_date_is_valid (end) || strcmp (end, start) < 0))
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                   _("The end date must be a date written YYYY-MM-DD, on or after the start date."));
      return FALSE;
    }

  if (tandem_reminder_get_recurrence (reminder) == TANDEM_RECURRENCE_WEEKDAYS &&
      (tandem_reminder_get_weekdays (reminder) & TANDEM_WEEKDAY_ALL) == 0)
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                   _("Choose at least one day of the week."));
      return FALSE;
    }

  if (month_day != TANDEM_INT_UNSET && (month_day < 1 || month_day > 31))
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                   _("The day of the month must be between 1 and 31."));
      return FALSE;
    }

  if ((quiet_start == NULL) != (quiet_end == NULL) ||
      (quiet_start != NULL && (!tandem_schedule_parse_time_of_day (quiet_start, NULL) ||
                               !tandem_schedule_parse_time_of_day (quiet_end, NULL))))
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                   _("Quiet hours need a start and an end, both written HH:MM."));
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  TandemRecurrence recurrence;
  GDate            start;
  GDate            start_monday;
  gboolean         has_end;
  GDate            end;
  int              weekdays;
  int              interval_weeks;
  int              month_day;
  int              minutes[TANDEM_SCHEDULE_MAX_TIMES];
  guint            n_minutes;
  gboolean         has_quiet;
  int              quiet_start;
  int              quiet_end;
} Rule;

static gboolean
rule_init (Rule           *rule,
           TandemReminder *reminder)
{
  const char *end = tandem_reminder_get_end_date (reminder);
  const char *quiet_start = tandem_reminder_get_quiet_start (reminder);
  const char *quiet_end = tandem_reminder_get_quiet_end (reminder);
  GDateWeekday start_weekday;

  memset (rule, 0, sizeof *rule);

  if (!tandem_schedule_parse_times (tandem_reminder_get_times (reminder),
                                    rule->minutes, &rule->n_minutes) ||
      !tandem_date_parse (tandem_reminder_get_start_date (reminder), &rule->start))
    return FALSE;

  rule->has_end = end != NULL;
  if (rule->has_end && !tandem_date_parse (end, &rule->end))
    return FALSE;

  rule->recurrence = tandem_reminder_get_recurrence (reminder);
  rule->weekdays = tandem_reminder_get_weekdays (reminder) & TANDEM_WEEKDAY_ALL;
  rule->interval_weeks = MAX (1, tandem_reminder_get_interval_weeks (reminder));
  rule->month_day = tandem_reminder_get_month_day (reminder);
  start_weekday = g_date_get_weekday (&rule->start);

  if (rule->month_day < 1 || rule->month_day > 31)
    rule->month_day = g_date_get_day (&rule->start);
  if (rule->recurrence == TANDEM_RECURRENCE_WEEKLY && rule->weekdays == 0)
    rule->weekdays = TANDEM_WEEKDAY_BIT (start_weekday);

  rule->start_monday = rule->start;
  g_date_subtract_days (&rule->start_monday, start_weekday - G_DATE_MONDAY);

  rule->has_quiet = quiet_start != NULL && quiet_end != NULL &&
                    tandem_schedule_parse_time_of_day (quiet_start, &rule->quiet_start) &&
                    tandem_schedule_parse_time_of_day (quiet_end, &rule->quiet_end) &&
                    rule->quiet_start != rule->quiet_end;

  return TRUE;
}

static gboolean
rule_matches (const Rule  *rule,
              const GDate *date)
{
  if (g_date_compare (date, &rule->start) < 0)
    return FALSE;
  if (rule->has_end && g_date_compare (date, &rule->end) > 0)
    return FALSE;

  switch (rule->recurrence)
    {
    case TANDEM_RECURRENCE_ONCE:
      return g_date_compare (date, &rule->start) == 0;

    case TANDEM_RECURRENCE_DAILY:
      return TRUE;

    case TANDEM_RECURRENCE_WEEKDAYS:
      return (rule->weekdays & TANDEM_WEEKDAY_BIT (g_date_get_weekday (date))) != 0;

    case TANDEM_RECURRENCE_WEEKLY:
      {
        int weeks = g_date_days_between (&rule->start_monday, date) / 7;

        return weeks % rule->interval_weeks == 0 &&
               (rule->weekdays & TANDEM_WEEKDAY_BIT (g_date_get_weekday (date))) != 0;
      }

    case TANDEM_RECURRENCE_MONTHLY:
      {
        int last = g_date_get_days_in_month (g_date_get_month (date), g_date_get_year (date));

        return g_date_get_day (date) == MIN (rule->month_day, last);
      }

    default:
      return FALSE;
    }
}

/* Moves a time of day out of quiet hours: to their end, on the day they end. */
static void
rule_leave_quiet (const Rule *rule,
                  GDate      *date,
                  int        *minute)
{
  if (!rule->has_quiet)
    return;

  if (rule->quiet_start < rule->quiet_end)
    {
      if (*minute >= rule->quiet_start && *minute < rule->quiet_end)
        *minute = rule->quiet_end;
    }
  else if (*minute >= rule->quiet_start)
    {
      g_date_add_days (date, 1);
      *minute = rule->quiet_end;
    }
  else if (*minute < rule->quiet_end)
    {
      *minute = rule->quiet_end;
    }
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
sort_unique (GArray *array)
{
  guint kept = 0;

  g_array_sort (array, compare_int64);
  for (guint i = 0; i < array->len; i++)
    if (kept == 0 || g_array_index (array, gint64, i) != g_array_index (array, gint64, kept - 1))
      g_array_index (array, gint64, kept++) = g_array_index (array, gint64, i);
  g_array_set_size (array, kept);
}

/**
 * tandem_schedule_next_occurrences:
 * @reminder: a reminder
 * @now: the present moment
 * @tz: the time zone of the reminder's wall-clock times
 * @due: (array length=n_due) (out caller-allocates): where to put the times
 * @n_due: how many are wanted
 *
 * Computes the reminder's next due times strictly after @now, earliest
 * first, following the rules described at the top of this file (times of
 * day, recurrence, start and end dates, quiet hours, snoozed-until). Whether
 * the reminder is enabled and whether an occurrence is already done are not
 * considered here. The store is not read: this is a function of its
 * arguments only.
 *
 * Returns: how many due times were written to @due: fewer than @n_due when
 *   the schedule ends, 0 when it is over or cannot be read
 */
guint
tandem_schedule_next_occurrences (TandemReminder *reminder,
                                  GDateTime      *now,
                                  GTimeZone      *tz,
                                  gint64         *due,
                                  guint           n_due)
{
  g_autoptr(GArray) found = NULL;
  g_autoptr(GDateTime) local_now = NULL;
  gint64 now_us, snoozed;
  GDate day;
  Rule rule;
  int extra_days = -1;
  guint n;

  g_return_val_if_fail (TANDEM_IS_REMINDER (reminder), 0);
  g_return_val_if_fail (now != NULL, 0);
  g_return_val_if_fail (tz != NULL, 0);
  g_return_val_if_fail (due != NULL || n_due == 0, 0);

  if (n_due == 0 || !rule_init (&rule, reminder))
    return 0;

  now_us = g_date_time_to_unix (now) * G_USEC_PER_SEC + g_date_time_get_microsecond (now);
  snoozed = tandem_reminder_get_snoozed_until (reminder);
  if (snoozed <= now_us)
    snoozed = 0;

  found = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (snoozed != 0)
    g_array_append_val (found, snoozed);

  /* Start a day early: quiet hours may move yesterday's evening into today. */
  local_now = g_date_time_to_timezone (now, tz);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (local_now),
                  g_date_time_get_month (local_now), g_date_time_get_year (local_now));
  if (g_date_get_julian (&day) > 1)
    g_date_subtract_days (&day, 1);
  if (g_date_compare (&day, &rule.start) < 0)
    day = rule.start;

  for (guint i = 0; i < MAX_SEARCH_DAYS; i++, g_date_add_days (&day, 1))
    {
      if (rule.has_end && g_date_compare (&day, &rule.end) > 0)
        break;
      if (rule.recurrence == TANDEM_RECURRENCE_ONCE && g_date_compare (&day, &rule.start) > 0)
        break;

      if (rule_matches (&rule, &day))
        {
          for (guint t = 0; t < rule.n_minutes; t++)
            {
              GDate fire_day = day;
              int minute = rule.minutes[t];
              gint64 instant;

              rule_leave_quiet (&rule, &fire_day, &minute);
              if (!g_date_valid (&fire_day))
                continue;

              instant = local_date_to_utc (tz, &fire_day, minute);
              if (instant > now_us && instant > snoozed)
                g_array_append_val (found, instant);
            }
        }

      /* Enough found: look two more days ahead, since moved occurrences
       * may land on the same instants, then stop. */
      if (extra_days < 0 && found->len >= n_due)
        {
          sort_unique (found);
          if (found->len >= n_due)
            extra_days = 0;
        }
      if (extra_days >= 0 && extra_days++ >= 2)
        break;
    }

  sort_unique (found);
  n = MIN (n_due, found->len);
  if (n > 0)
    memcpy (due, found->data, n * sizeof (gint64));

  return n;
}

/**
 * tandem_schedule_next:
 * @reminder: a reminder
 * @now: the present moment
 * @tz: the time zone of the reminder's wall-clock times
 *
 * The first of tandem_schedule_next_occurrences().
 *
 * Returns: the next due time in microseconds since the epoch (UTC), or 0
 *   when there is none
 */
gint64
tandem_schedule_next (TandemReminder *reminder,
                      GDateTime      *now,
                      GTimeZone      *tz)
{
  gint64 due = 0;

  if (tandem_schedule_next_occurrences (reminder, now, tz, &due, 1) == 0)
    return 0;

  return due;
}
