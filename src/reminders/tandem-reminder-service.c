/* tandem-reminder-service.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-reminders"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib-unix.h>
#include <libnotify/notify.h>
#include <signal.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/timerfd.h>
#endif

#include "tandem-goal.h"
#include "tandem-homework.h"
#include "tandem-reminder.h"
#include "tandem-reminder-firing.h"
#include "tandem-schedule.h"
#include "tandem-store.h"

#include "tandem-reminder-service.h"

/* SQLite's page cache for the service's connection, in KiB. Its queries
 * go through the reminder indexes and touch a few dozen pages. */
#define SERVICE_CACHE_KIB 256

/* The background service that shows reminders. It has no window and never
 * loads GTK: a GApplication that holds itself alive, sleeping in its main
 * loop until something is due or it is asked to quit.
 *
 * Scheduling: each reminder caches its next due time (next_due, computed by
 * the core's schedule). The service arms one timer for the earliest of them;
 * when it expires, every reminder due by then is fired and given its next
 * due time, and the timer is armed again. A firing is recorded in the
 * database before its notification is shown; the database allows one firing
 * per reminder and due time, so a restart never shows the same one twice.
 * Occurrences that came due while the service was not running are recorded
 * as missed at start and shown once, several of them gathered into one
 * notification.
 *
 * Besides its timer, the service wakes when the database changes (the
 * Reschedule() method below, and a file monitor for other writers), when the
 * wall clock is set, when the machine resumes from suspend and when the time
 * zone changes; each of them computes the schedule again. */

#define REMINDERS_APP_ID   APP_ID ".Reminders"
#define REMINDERS_PATH     "/io/github/tandemgoals/Tandem/Reminders"
#define REMINDERS_IFACE    APP_ID ".Reminders1"
#define APP_PATH           "/io/github/tandemgoals/Tandem"

/* How far back missed reminders are looked for at start. */
#define MISSED_WINDOW      (7 * G_TIME_SPAN_DAY)

static const char introspection_xml[] =
  "<node>"
  "  <interface name='" REMINDERS_IFACE "'>"
  "    <method name='Reschedule'/>"
  "  </interface>"
  "</node>";

/* What a live notification stands for: the firing its actions act on. */
typedef struct
{
  gint64              reminder_id;
  gint64              due_at;
  TandemReminderKind  kind;
  char               *target_uuid;
} Live;

static void
live_free (gpointer data)
{
  Live *live = data;

  g_free (live->target_uuid);
  g_free (live);
}

struct _TandemReminderService
{
  GApplication  parent_instance;

  char         *db_path;       /* from --db; NULL for the default location */
  TandemStore  *store;
  guint         n_enabled;
  guint         sigterm_id;
  guint         sigint_id;
  int           exit_status;
  gboolean      notify_ready;
  guint         timer_id;      /* the one timer, for the earliest due time */
  gint64        timer_due;     /* what it is armed for, µs since the epoch */
  GHashTable   *notifications; /* reminder id → NotifyNotification */
  GFileMonitor *wal_monitor;   /* other writers' commits land in the -wal file */
  guint         changed_id;    /* a short delay that gathers their events */
  gint64        data_version;
  gboolean      has_actions;   /* the notification server shows buttons */
  NotifyNotification *missed_notification;  /* several missed, gathered */
  guint         dbus_id;       /* the Reschedule() object */
  int           clock_fd;      /* a timerfd cancelled when the clock is set */
  guint         clock_source;
  GCancellable *cancellable;
  GDBusConnection *system_bus;
  guint         sleep_id;      /* logind's PrepareForSleep */
  GFileMonitor *zone_monitor;  /* /etc/localtime */
  GSettings    *settings;      /* NULL when the schema is not installed */
};

G_DEFINE_FINAL_TYPE (TandemReminderService, tandem_reminder_service, G_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the database at PATH instead of the default one"), N_("PATH") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

static gboolean
on_quit_signal_cb (gpointer user_data)
{
  TandemReminderService *self = user_data;

  g_assert (TANDEM_IS_REMINDER_SERVICE (self));

  g_debug ("Asked to quit by a signal");
  g_application_quit (G_APPLICATION (self));

  return G_SOURCE_CONTINUE;
}

static guint
count_enabled_reminders (TandemStore  *store,
                         GError      **error)
{
  g_autoptr(GListStore) reminders = NULL;
  guint n_items;
  guint n_enabled = 0;

  g_assert (TANDEM_IS_STORE (store));

  reminders = tandem_store_list_reminders (store, 0, error);
  if (reminders == NULL)
    return 0;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (reminders));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TandemReminder) reminder = g_list_model_get_item (G_LIST_MODEL (reminders), i);

      if (tandem_reminder_get_enabled (reminder))
        n_enabled++;
    }

  g_debug ("%u of %u reminders are enabled", n_enabled, n_items);

  return n_enabled;
}

static gint64
now_us (void)
{
  return g_get_real_time ();
}

static GDateTime *
date_time_from_us (gint64 us)
{
  g_autoptr(GDateTime) seconds = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);

  return g_date_time_add (seconds, us % G_USEC_PER_SEC);
}

/* The local time zone as it is now: $TZ, else /etc/localtime, as
 * g_time_zone_new_local() reads it; but that one keeps the first zone it
 * read, which would miss a change of /etc/localtime. */
static GTimeZone *
local_zone (void)
{
  const char *identifier = g_getenv ("TZ");
  GTimeZone *tz = NULL;

  if (identifier != NULL && identifier[0] != '\0')
    tz = g_time_zone_new_identifier (identifier);
  if (tz == NULL)
    tz = g_time_zone_new_identifier (NULL);

  return tz != NULL ? tz : g_time_zone_new_utc ();
}

/* Neutral wording: people nearby may see the screen. */
static const char *
summary_for (TandemReminder *reminder)
{
  switch (tandem_reminder_get_kind (reminder))
    {
    case TANDEM_REMINDER_KIND_CHECK_IN:
      return _("Time for your check-in");
    case TANDEM_REMINDER_KIND_HOMEWORK:
      return _("Time for your homework");
    case TANDEM_REMINDER_KIND_QUESTIONNAIRE:
      return _("Time for your questionnaire");
    case TANDEM_REMINDER_KIND_APPOINTMENT:
      return _("Your appointment is coming up");
    case TANDEM_REMINDER_KIND_CUSTOM:
    default:
      return _("A reminder from Tandem");
    }
}

/* What the reminder is for, in the person's words, when they chose to see
 * titles in notifications (Preferences); NULL otherwise, or when it has
 * none. */
static char *
dup_body (TandemReminderService *self,
          TandemReminder        *reminder)
{
  const char *title = tandem_reminder_get_title (reminder);
  const char *target = tandem_reminder_get_target_uuid (reminder);
  g_autoptr(GError) error = NULL;

  if (self->settings == NULL || !g_settings_get_boolean (self->settings, "notifications-show-titles"))
    return NULL;

  if (target != NULL && tandem_reminder_get_kind (reminder) == TANDEM_REMINDER_KIND_CHECK_IN)
    {
      g_autoptr(TandemGoal) goal = tandem_store_get_by_uuid (self->store, TANDEM_TYPE_GOAL,
                                                             target, &error);

      if (goal != NULL)
        return g_strdup (tandem_goal_get_title (goal));
      g_debug ("No goal for the notification's body: %s", error->message);
    }
  else if (target != NULL && tandem_reminder_get_kind (reminder) == TANDEM_REMINDER_KIND_HOMEWORK)
    {
      g_autoptr(TandemHomework) homework = tandem_store_get_by_uuid (self->store, TANDEM_TYPE_HOMEWORK,
                                                                     target, &error);

      if (homework != NULL)
        return g_strdup (tandem_homework_get_title (homework));
      g_debug ("No homework for the notification's body: %s", error->message);
    }

  return title != NULL && title[0] != '\0' ? g_strdup (title) : NULL;
}

static void arm_timer (TandemReminderService *self);
static void recompute (TandemReminderService *self,
                       gboolean               fire_due_first,
                       const char            *why);

static void
record_outcome (TandemReminderService *self,
                Live                  *live,
                TandemFiringOutcome    outcome)
{
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;

  if (!tandem_store_set_firing_outcome (self->store, live->reminder_id, live->due_at, outcome,
                                        &changed, &error))
    g_warning ("Cannot record what became of a reminder: %s", error->message);
  else if (changed)
    g_debug ("Reminder %" G_GINT64_FORMAT " due at %" G_GINT64_FORMAT ": outcome %d",
             live->reminder_id, live->due_at, outcome);
}

/* The goal a check-in reminder is for, 0 for the day's overall check-in. */
static gint64
goal_of (TandemReminderService *self,
         Live                  *live)
{
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(GError) error = NULL;

  if (live->kind != TANDEM_REMINDER_KIND_CHECK_IN || live->target_uuid == NULL)
    return 0;

  goal = tandem_store_get_by_uuid (self->store, TANDEM_TYPE_GOAL, live->target_uuid, &error);
  if (goal == NULL)
    {
      g_debug ("The reminder's goal is not there: %s", error->message);
      return 0;
    }

  return tandem_record_get_id (TANDEM_RECORD (goal));
}

static void
on_activate_action_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    g_warning ("Cannot open Tandem on the check-in: %s", error->message);
}

/* Opens the application on the check-in, through its "check-in" action
 * (org.freedesktop.Application; D-Bus starts the application if needed). */
static void
open_check_in (TandemReminderService *self,
               NotifyNotification    *notification,
               Live                  *live)
{
  GDBusConnection *connection = g_application_get_dbus_connection (G_APPLICATION (self));
  const char *token = notify_notification_get_activation_token (notification);
  GVariantBuilder parameter;
  GVariantBuilder platform_data;
  gint64 goal_id = goal_of (self, live);

  if (connection == NULL)
    return;

  g_variant_builder_init (&parameter, G_VARIANT_TYPE ("av"));
  g_variant_builder_add (&parameter, "v", g_variant_new_int64 (goal_id));
  g_variant_builder_init (&platform_data, G_VARIANT_TYPE_VARDICT);
  if (token != NULL)
    {
      g_variant_builder_add (&platform_data, "{sv}", "activation-token", g_variant_new_string (token));
      g_variant_builder_add (&platform_data, "{sv}", "desktop-startup-id", g_variant_new_string (token));
    }

  g_debug ("Opening the check-in for goal %" G_GINT64_FORMAT, goal_id);
  g_dbus_connection_call (connection, APP_ID, APP_PATH,
                          "org.freedesktop.Application", "ActivateAction",
                          g_variant_new ("(sava{sv})", "check-in", &parameter, &platform_data),
                          NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                          on_activate_action_cb, NULL);
}

static void
snooze (TandemReminderService *self,
        Live                  *live,
        GTimeSpan              span)
{
  g_autoptr(GTimeZone) tz = local_zone ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  gint64 until = g_date_time_to_unix (now) * G_USEC_PER_SEC +
                 g_date_time_get_microsecond (now) + span;

  if (!tandem_store_snooze_reminder (self->store, live->reminder_id, live->due_at, until,
                                     now, tz, &error))
    {
      g_warning ("Cannot snooze a reminder: %s", error->message);
      return;
    }

  g_debug ("Reminder %" G_GINT64_FORMAT " snoozed until %" G_GINT64_FORMAT,
           live->reminder_id, until);
  arm_timer (self);
}

/* "Done" on a homework reminder: the homework is complete. */
static void
complete_homework (TandemReminderService *self,
                   Live                  *live)
{
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(GError) error = NULL;

  if (live->target_uuid == NULL)
    return;

  if (!tandem_store_begin (self->store, &error))
    goto failed;

  homework = tandem_store_get_by_uuid (self->store, TANDEM_TYPE_HOMEWORK, live->target_uuid,
                                       &error);
  if (homework == NULL)
    {
      tandem_store_rollback (self->store);
      goto failed;
    }

  if (tandem_homework_get_done_at (homework) == 0)
    {
      tandem_homework_set_done_at (homework, now_us ());
      if (!tandem_store_update (self->store, TANDEM_RECORD (homework), &error))
        {
          tandem_store_rollback (self->store);
          goto failed;
        }
    }

  record_outcome (self, live, TANDEM_FIRING_ACTED);
  if (!tandem_store_commit (self->store, &error))
    goto failed;

  g_debug ("Homework %s done", live->target_uuid);
  recompute (self, TRUE, "homework done");
  return;

failed:
  g_warning ("Cannot mark the homework as done: %s", error->message);
}

static void
on_action_cb (NotifyNotification *notification,
              char               *action,
              gpointer            user_data)
{
  TandemReminderService *self = user_data;
  Live *live = g_object_get_data (G_OBJECT (notification), "tandem-live");

  g_assert (TANDEM_IS_REMINDER_SERVICE (self));

  if (live == NULL || self->store == NULL)
    return;

  g_debug ("Action “%s” on reminder %" G_GINT64_FORMAT, action, live->reminder_id);

  if (g_str_equal (action, "check-in") || g_str_equal (action, "default"))
    {
      record_outcome (self, live, TANDEM_FIRING_ACTED);
      open_check_in (self, notification, live);
    }
  else if (g_str_equal (action, "snooze-10"))
    snooze (self, live, 10 * G_TIME_SPAN_MINUTE);
  else if (g_str_equal (action, "snooze-60"))
    snooze (self, live, G_TIME_SPAN_HOUR);
  else if (g_str_equal (action, "done"))
    complete_homework (self, live);

  /* Acted on: it has done its work. Not every server closes it by itself
   * (dunst's menu does not); closed by us, it does not count as dismissed. */
  notify_notification_close (notification, NULL);
}

static void
on_closed_cb (NotifyNotification    *notification,
              TandemReminderService *self)
{
  Live *live = g_object_get_data (G_OBJECT (notification), "tandem-live");

  g_assert (TANDEM_IS_REMINDER_SERVICE (self));

  if (notification == self->missed_notification)
    {
      g_clear_object (&self->missed_notification);
      return;
    }

  if (live == NULL)
    return;

  /* Closed by the person, not by a time-out or by us; after an action the
   * firing already has its outcome and keeps it. */
  if (notify_notification_get_closed_reason (notification) == NOTIFY_CLOSED_REASON_DISMISSED &&
      self->store != NULL)
    record_outcome (self, live, TANDEM_FIRING_DISMISSED);

  if (g_hash_table_lookup (self->notifications, &live->reminder_id) == notification)
    g_hash_table_remove (self->notifications, &live->reminder_id);
}

static void
add_actions (TandemReminderService *self,
             NotifyNotification    *notification,
             Live                  *live)
{
  notify_notification_clear_actions (notification);
  if (!self->has_actions)
    return;

  if (live->kind == TANDEM_REMINDER_KIND_CHECK_IN)
    {
      notify_notification_add_action (notification, "default", _("Check In"),
                                      on_action_cb, self, NULL);
      notify_notification_add_action (notification, "check-in", _("Check In"),
                                      on_action_cb, self, NULL);
    }
  if (live->kind == TANDEM_REMINDER_KIND_HOMEWORK && live->target_uuid != NULL)
    notify_notification_add_action (notification, "done", C_("homework reminder action", "Done"), on_action_cb, self, NULL);

  notify_notification_add_action (notification, "snooze-10", _("Snooze 10 Minutes"),
                                  on_action_cb, self, NULL);
  notify_notification_add_action (notification, "snooze-60", _("Snooze 1 Hour"),
                                  on_action_cb, self, NULL);
}

/* Shows the firing of @reminder at @due, replacing the reminder's
 * notification if it is still on screen. */
static void
show_notification (TandemReminderService *self,
                   TandemReminder        *reminder,
                   gint64                 due,
                   const char            *body)
{
  gint64 id = tandem_record_get_id (TANDEM_RECORD (reminder));
  const char *summary = summary_for (reminder);
  NotifyNotification *notification;
  g_autoptr(GError) error = NULL;
  Live *live;

  if (!self->notify_ready)
    return;

  /* One notification per reminder: a new firing replaces the old one. */
  notification = g_hash_table_lookup (self->notifications, &id);
  if (notification != NULL)
    {
      notify_notification_update (notification, summary, body, NULL);
    }
  else
    {
      gint64 *key = g_new (gint64, 1);

      *key = id;
      notification = notify_notification_new (summary, body, NULL);
      notify_notification_set_category (notification, "reminder");
      notify_notification_set_app_name (notification, _("Tandem"));
      g_signal_connect (notification, "closed", G_CALLBACK (on_closed_cb), self);
      g_hash_table_insert (self->notifications, key, notification);
    }

  live = g_new0 (Live, 1);
  live->reminder_id = id;
  live->due_at = due;
  live->kind = tandem_reminder_get_kind (reminder);
  live->target_uuid = g_strdup (tandem_reminder_get_target_uuid (reminder));
  g_object_set_data_full (G_OBJECT (notification), "tandem-live", live, live_free);
  add_actions (self, notification, live);

  if (!notify_notification_show (notification, &error))
    g_warning ("Cannot show a notification: %s", error->message);
}

/* Records the firing of @reminder at @due and shows it, unless it was
 * recorded before or is already done. */
static void
fire (TandemReminderService *self,
      TandemReminder        *reminder,
      gint64                 due,
      GTimeZone             *tz)
{
  gint64 id = tandem_record_get_id (TANDEM_RECORD (reminder));
  g_autoptr(TandemReminderFiring) firing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  gboolean done = FALSE;

  if (!tandem_store_is_reminder_done (self->store, reminder, due, tz, &done, &error))
    {
      g_warning ("Cannot tell whether reminder %" G_GINT64_FORMAT " is done: %s",
                 id, error->message);
      g_clear_error (&error);
    }
  if (done)
    {
      g_debug ("Reminder %" G_GINT64_FORMAT " is already done", id);
      return;
    }

  firing = tandem_reminder_firing_new (id, due, TANDEM_FIRING_SHOWN);
  tandem_reminder_firing_set_fired_at (firing, now_us ());
  if (!tandem_store_insert (self->store, TANDEM_RECORD (firing), &error))
    {
      if (g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CONSTRAINT))
        g_debug ("Reminder %" G_GINT64_FORMAT " was already fired for %" G_GINT64_FORMAT,
                 id, due);
      else
        g_warning ("Cannot record a reminder: %s", error->message);
      return;
    }

  g_debug ("Firing reminder %" G_GINT64_FORMAT " due at %" G_GINT64_FORMAT, id, due);
  body = dup_body (self, reminder);
  show_notification (self, reminder, due, body);
}

static gboolean
on_timer_cb (gpointer user_data)
{
  TandemReminderService *self = user_data;

  g_assert (TANDEM_IS_REMINDER_SERVICE (self));

  self->timer_id = 0;
  self->timer_due = 0;
  arm_timer (self);

  return G_SOURCE_REMOVE;
}

/* Fires what is due, then arms one timer for the earliest next due time;
 * with nothing due, no timer: the service sleeps. */
static void
arm_timer (TandemReminderService *self)
{
  g_autoptr(GTimeZone) tz = local_zone ();
  g_autoptr(GError) error = NULL;
  gint64 due = 0;

  g_assert (TANDEM_IS_REMINDER_SERVICE (self));

  if (self->store == NULL)
    return;

  for (;;)
    {
      g_autoptr(TandemReminder) earliest = tandem_store_dup_earliest_reminder (self->store, &error);
      g_autoptr(GDateTime) after = NULL;
      gint64 now = now_us ();

      if (earliest == NULL)
        {
          if (error != NULL)
            g_warning ("Cannot read the reminders: %s", error->message);
          due = 0;
          break;
        }

      due = tandem_reminder_get_next_due (earliest);
      if (due > now)
        break;

      fire (self, earliest, due, tz);

      /* The next occurrence after this one, and after now. */
      after = date_time_from_us (MAX (due, now));
      if (!tandem_store_update_next_due (self->store,
                                         tandem_record_get_id (TANDEM_RECORD (earliest)),
                                         after, tz, &error))
        {
          g_warning ("Cannot schedule a reminder: %s", error->message);
          due = 0;
          break;
        }
    }

  if (due == self->timer_due && self->timer_id != 0)
    return;

  g_clear_handle_id (&self->timer_id, g_source_remove);
  self->timer_due = due;

  if (due != 0)
    {
      /* Milliseconds, rounded up so that the timer never wakes too early;
       * a far date wakes once a day to look again. */
      gint64 delay_ms = (due - now_us () + 999) / 1000;

      delay_ms = CLAMP (delay_ms, 0, 24 * 60 * 60 * 1000);
      g_debug ("Next reminder in %" G_GINT64_FORMAT " ms", delay_ms);
      self->timer_id = g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) delay_ms,
                                           on_timer_cb, self, NULL);
    }
  else
    {
      g_debug ("No reminder is due");
    }
}

/* Something changed what is due: the database, the clock, the time zone.
 * Fire what is due under the old schedule (unless @fire_due_first is
 * %FALSE: at start, what was due is already recorded as missed), then compute every next due time
 * again, from now and in the present time zone, and arm the timer anew (its
 * delay counts monotonic time, which a change of the clock does not move). */
static void
recompute (TandemReminderService *self,
           gboolean               fire_due_first,
           const char            *why)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  gint64 version;

  if (self->store == NULL)
    return;

  g_debug ("Computing the schedule again: %s", why);

  /* Whatever other programs wrote so far is taken in here; a commit that
   * lands while this runs moves the version again and is seen next time. */
  version = tandem_store_get_data_version (self->store, &error);
  if (version >= 0)
    self->data_version = version;
  g_clear_error (&error);

  if (fire_due_first)
    arm_timer (self);

  tz = local_zone ();
  now = g_date_time_new_now_utc ();
  if (!tandem_store_update_next_due (self->store, 0, now, tz, &error))
    {
      g_warning ("Cannot schedule the reminders: %s", error->message);
      g_clear_error (&error);
    }

  g_clear_handle_id (&self->timer_id, g_source_remove);
  self->timer_due = 0;
  arm_timer (self);

  /* The service sleeps until the next due time: what the computation read
   * need not stay in memory until then. */
  tandem_store_limit_memory (self->store, SERVICE_CACHE_KIB);
}

/* Another program (the application, tandem-cli) changed the database:
 * reminders may have been added, edited or switched off, check-ins or
 * homework may make some of them done. */
static gboolean
on_changed_delay_cb (gpointer user_data)
{
  TandemReminderService *self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 version;

  g_assert (TANDEM_IS_REMINDER_SERVICE (self));

  self->changed_id = 0;

  version = tandem_store_get_data_version (self->store, &error);
  if (version < 0)
    {
      g_warning ("Cannot read the database: %s", error->message);
      return G_SOURCE_REMOVE;
    }
  if (version == self->data_version)
    return G_SOURCE_REMOVE;  /* only our own writes, or already taken in */

  recompute (self, TRUE, "the database was changed by another program");

  return G_SOURCE_REMOVE;
}

/* Occurrences that came due while the service was not running: recorded
 * as missed, then shown once, several gathered into one notification. */
static void
show_missed (TandemReminderService *self)
{
  g_autoptr(GTimeZone) tz = local_zone ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GArray) missed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  missed = tandem_store_record_missed (self->store, now, tz, MISSED_WINDOW, &error);
  if (missed == NULL)
    {
      g_warning ("Cannot look for missed reminders: %s", error->message);
      return;
    }

  g_debug ("%u reminders were missed", missed->len);
  if (missed->len == 0 || !self->notify_ready)
    return;

  if (missed->len == 1)
    {
      TandemDue *item = &g_array_index (missed, TandemDue, 0);

      show_notification (self, item->reminder, item->due,
                         _("This reminder came due while Tandem was closed."));
      return;
    }

  summary = g_strdup_printf (ngettext ("%u reminder was missed while Tandem was closed",
                                       "%u reminders were missed while Tandem was closed",
                                       missed->len),
                             missed->len);
  if (self->missed_notification == NULL)
    {
      self->missed_notification = notify_notification_new (summary, NULL, NULL);
      notify_notification_set_category (self->missed_notification, "reminder");
      notify_notification_set_app_name (self->missed_notification, _("Tandem"));
      g_signal_connect (self->missed_notification, "closed", G_CALLBACK (on_closed_cb), self);
    }
  else
    {
      notify_notification_update (self->missed_notification, summary, NULL, NULL);
    }

  if (!notify_notification_show (self->missed_notification, &error))
    g_warning ("Cannot show a notification: %s", error->message);
}

/* The wall clock: a timerfd armed for a far date with
 * TFD_TIMER_CANCEL_ON_SET becomes readable, cancelled, when the clock is
 * set, and never otherwise. Linux only; elsewhere resume and the database
 * still wake the service. */
#ifdef __linux__
static gboolean
arm_clock_fd (int fd)
{
  /* 2100-01-01: far enough, and within what the kernel accepts. */
  struct itimerspec spec = { .it_value = { .tv_sec = 4102444800 } };

  return timerfd_settime (fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, NULL) == 0;
}

static gboolean
on_clock_set_cb (int          fd,
                 GIOCondition condition,
                 gpointer     user_data)
{
  TandemReminderService *self = user_data;
  guint64 expirations;

  g_assert (TANDEM_IS_REMINDER_SERVICE (self));

  /* ECANCELED: the clock was set. */
  if (read (fd, &expirations, sizeof expirations) < 0 && errno != ECANCELED && errno != EAGAIN)
    g_debug ("Reading the clock watch: %s", g_strerror (errno));

  if (!arm_clock_fd (fd))
    {
      g_debug ("Cannot watch the clock any longer: %s", g_strerror (errno));
      self->clock_source = 0;
      close (self->clock_fd);
      self->clock_fd = -1;
      recompute (self, TRUE, "the clock was set");
      return G_SOURCE_REMOVE;
    }

  recompute (self, TRUE, "the clock was set");
  return G_SOURCE_CONTINUE;
}
#endif

static void
watch_clock (TandemReminderService *self)
{
#ifdef __linux__
  self->clock_fd = timerfd_create (CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
  if (self->clock_fd < 0)
    {
      g_debug ("Cannot watch the clock: %s", g_strerror (errno));
      return;
    }
  if (!arm_clock_fd (self->clock_fd))
    {
      g_debug ("Cannot watch the clock: %s", g_strerror (errno));
      close (self->clock_fd);
      self->clock_fd = -1;
      return;
    }
  self->clock_source = g_unix_fd_add (self->clock_fd, G_IO_IN, on_clock_set_cb, self);
#endif
}

/* Resume: monotonic time stands still during suspend, so the timer would
 * fire late by the time the machine slept. */
static void
on_prepare_for_sleep_cb (GDBusConnection *connection,
                         const char      *sender_name,
                         const char      *object_path,
                         const char      *interface_name,
                         const char      *signal_name,
                         GVariant        *parameters,
                         gpointer         user_data)
{
  TandemReminderService *self = user_data;
  gboolean going_to_sleep = TRUE;

  g_assert (TANDEM_IS_REMINDER_SERVICE (self));

  if (g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    g_variant_get (parameters, "(b)", &going_to_sleep);

  if (!going_to_sleep)
    recompute (self, TRUE, "the machine resumed");
}

static void
on_system_bus_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(TandemReminderService) self = user_data;
  g_autoptr(GError) error = NULL;
  GDBusConnection *bus = g_bus_get_finish (result, &error);

  if (bus == NULL)
    {
      /* No system bus (a container, a test): resume is not noticed. */
      g_debug ("No system bus: %s", error->message);
      return;
    }

  if (self->store == NULL)
    {
      g_object_unref (bus);
      return;
    }

  self->system_bus = bus;
  self->sleep_id = g_dbus_connection_signal_subscribe (bus, "org.freedesktop.login1",
                                                       "org.freedesktop.login1.Manager",
                                                       "PrepareForSleep",
                                                       "/org/freedesktop/login1", NULL,
                                                       G_DBUS_SIGNAL_FLAGS_NONE,
                                                       on_prepare_for_sleep_cb, self, NULL);
  g_debug ("Watching for resume from suspend");
}

/* The time zone: /etc/localtime is replaced when it changes. */
static void
on_zone_changed_cb (TandemReminderService *self,
                    GFile                 *file,
                    GFile                 *other_file,
                    GFileMonitorEvent      event,
                    GFileMonitor          *monitor)
{
  g_assert (TANDEM_IS_REMINDER_SERVICE (self));

  if (event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT ||
      event == G_FILE_MONITOR_EVENT_CREATED ||
      event == G_FILE_MONITOR_EVENT_DELETED ||
      event == G_FILE_MONITOR_EVENT_RENAMED ||
      event == G_FILE_MONITOR_EVENT_MOVED_IN)
    recompute (self, TRUE, "the time zone changed");
}

static void
watch_time (TandemReminderService *self)
{
  g_autoptr(GFile) localtime_file = g_file_new_for_path ("/etc/localtime");
  g_autoptr(GError) error = NULL;

  watch_clock (self);

  self->cancellable = g_cancellable_new ();
  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, on_system_bus_cb, g_object_ref (self));

  self->zone_monitor = g_file_monitor_file (localtime_file, G_FILE_MONITOR_WATCH_MOVES,
                                            NULL, &error);
  if (self->zone_monitor == NULL)
    g_debug ("Cannot watch the time zone: %s", error->message);
  else
    g_signal_connect_object (self->zone_monitor, "changed",
                             G_CALLBACK (on_zone_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
unwatch_time (TandemReminderService *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->sleep_id != 0)
    g_dbus_connection_signal_unsubscribe (self->system_bus, self->sleep_id);
  self->sleep_id = 0;
  g_clear_object (&self->system_bus);
  g_clear_object (&self->zone_monitor);
  g_clear_handle_id (&self->clock_source, g_source_remove);
  if (self->clock_fd >= 0)
    close (self->clock_fd);
  self->clock_fd = -1;
}

/* io.github.tandemgoals.Tandem.Reminders1: the application and tandem-cli
 * call Reschedule() after they change reminders, check-ins or homework. */
static void
on_method_call (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  TandemReminderService *self = user_data;

  g_assert (TANDEM_IS_REMINDER_SERVICE (self));

  if (g_str_equal (method_name, "Reschedule"))
    {
      recompute (self, TRUE, "asked over D-Bus");
      g_dbus_method_invocation_return_value (invocation, NULL);
      return;
    }

  g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                         "No method %s", method_name);
}

static const GDBusInterfaceVTable interface_vtable = { on_method_call, NULL, NULL, { NULL } };

static gboolean
tandem_reminder_service_dbus_register (GApplication     *application,
                                       GDBusConnection  *connection,
                                       const char       *object_path,
                                       GError          **error)
{
  TandemReminderService *self = TANDEM_REMINDER_SERVICE (application);
  g_autoptr(GDBusNodeInfo) node = NULL;

  if (!G_APPLICATION_CLASS (tandem_reminder_service_parent_class)->dbus_register (application,
                                                                                  connection,
                                                                                  object_path,
                                                                                  error))
    return FALSE;

  if (!(node = g_dbus_node_info_new_for_xml (introspection_xml, error)))
    return FALSE;

  self->dbus_id = g_dbus_connection_register_object (connection, REMINDERS_PATH,
                                                     node->interfaces[0], &interface_vtable,
                                                     self, NULL, error);

  return self->dbus_id != 0;
}

static void
tandem_reminder_service_dbus_unregister (GApplication    *application,
                                         GDBusConnection *connection,
                                         const char      *object_path)
{
  TandemReminderService *self = TANDEM_REMINDER_SERVICE (application);

  if (self->dbus_id != 0)
    g_dbus_connection_unregister_object (connection, self->dbus_id);
  self->dbus_id = 0;

  G_APPLICATION_CLASS (tandem_reminder_service_parent_class)->dbus_unregister (application,
                                                                               connection,
                                                                               object_path);
}

static void
on_wal_changed_cb (TandemReminderService *self,
                   GFile                 *file,
                   GFile                 *other_file,
                   GFileMonitorEvent      event,
                   GFileMonitor          *monitor)
{
  g_assert (TANDEM_IS_REMINDER_SERVICE (self));

  if (event != G_FILE_MONITOR_EVENT_CHANGED &&
      event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT &&
      event != G_FILE_MONITOR_EVENT_CREATED)
    return;

  if (self->changed_id == 0)
    self->changed_id = g_timeout_add (100, on_changed_delay_cb, self);
}

static void
watch_database (TandemReminderService *self)
{
  g_autofree char *wal_path = g_strconcat (tandem_store_get_path (self->store), "-wal", NULL);
  g_autoptr(GFile) wal = g_file_new_for_path (wal_path);
  g_autoptr(GError) error = NULL;

  self->data_version = tandem_store_get_data_version (self->store, &error);
  if (self->data_version < 0)
    {
      g_warning ("Cannot read the database: %s", error->message);
      g_clear_error (&error);
    }

  self->wal_monitor = g_file_monitor_file (wal, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->wal_monitor == NULL)
    {
      g_warning ("Cannot watch the database for changes: %s", error->message);
      return;
    }

  g_signal_connect_object (self->wal_monitor, "changed",
                           G_CALLBACK (on_wal_changed_cb), self, G_CONNECT_SWAPPED);
}

static int
tandem_reminder_service_handle_local_options (GApplication *application,
                                              GVariantDict *options)
{
  TandemReminderService *self = TANDEM_REMINDER_SERVICE (application);
  const char *db_path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("tandem-reminders %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_lookup (options, "db", "^&ay", &db_path) && db_path[0] != '\0')
    {
      g_free (self->db_path);
      self->db_path = g_strdup (db_path);
    }

  /* Go on: register on the bus and run. */
  return -1;
}

static void
tandem_reminder_service_startup (GApplication *application)
{
  TandemReminderService *self = TANDEM_REMINDER_SERVICE (application);
  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (tandem_reminder_service_parent_class)->startup (application);

  /* The privacy choice of Preferences. A service run from a build tree
   * without the schema keeps the neutral wording. */
  {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE)
                                               : NULL;

    if (schema != NULL)
      self->settings = g_settings_new_full (schema, NULL, NULL);
    else
      g_debug ("No settings schema %s: notifications keep the neutral wording", APP_ID);
  }

  self->store = tandem_store_open (self->db_path, &error);
  if (self->store == NULL)
    {
      g_warning ("Cannot open the database: %s", error->message);
      self->exit_status = EXIT_FAILURE;
      /* No hold: run() returns as soon as startup is over. */
      return;
    }

  tandem_store_limit_memory (self->store, SERVICE_CACHE_KIB);

  /* There is no window to keep us alive. */
  g_application_hold (application);

  self->sigterm_id = g_unix_signal_add (SIGTERM, on_quit_signal_cb, self);
  self->sigint_id = g_unix_signal_add (SIGINT, on_quit_signal_cb, self);

  /* Showing can still fail later (no server, no display): each
   * notify_notification_show() is checked where it is called. */
  self->notify_ready = notify_init ("Tandem");
  if (!self->notify_ready)
    g_warning ("Cannot set up notifications");
  else
    {
      GList *caps = notify_get_server_caps ();

      /* Buttons only where the server shows them. */
      self->has_actions = g_list_find_custom (caps, "actions", (GCompareFunc) g_strcmp0) != NULL;
      g_list_free_full (caps, g_free);
      g_debug ("The notification server %s actions", self->has_actions ? "shows" : "does not show");
    }

  self->n_enabled = count_enabled_reminders (self->store, &error);
  if (error != NULL)
    g_warning ("Cannot read the reminders: %s", error->message);

  show_missed (self);
  watch_database (self);
  /* From now on: what was due is recorded, everything counts from now. */
  recompute (self, FALSE, "started");
  watch_time (self);
}

static void
tandem_reminder_service_activate (GApplication *application)
{
  TandemReminderService *self = TANDEM_REMINDER_SERVICE (application);

  /* Started again (autostart, D-Bus activation) while running: nothing to
   * show, the schedule is already armed. */
  if (self->store != NULL)
    g_debug ("Activated");
}

static void
tandem_reminder_service_shutdown (GApplication *application)
{
  TandemReminderService *self = TANDEM_REMINDER_SERVICE (application);

  g_clear_handle_id (&self->sigterm_id, g_source_remove);
  g_clear_handle_id (&self->sigint_id, g_source_remove);
  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_handle_id (&self->changed_id, g_source_remove);
  g_clear_object (&self->wal_monitor);
  unwatch_time (self);
  g_hash_table_remove_all (self->notifications);
  g_clear_object (&self->missed_notification);

  if (self->notify_ready)
    {
      notify_uninit ();
      self->notify_ready = FALSE;
    }

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_APPLICATION_CLASS (tandem_reminder_service_parent_class)->shutdown (application);
}

static void
tandem_reminder_service_finalize (GObject *object)
{
  TandemReminderService *self = TANDEM_REMINDER_SERVICE (object);

  g_clear_handle_id (&self->sigterm_id, g_source_remove);
  g_clear_handle_id (&self->sigint_id, g_source_remove);
  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_handle_id (&self->changed_id, g_source_remove);
  g_clear_object (&self->wal_monitor);
  unwatch_time (self);
  g_clear_pointer (&self->notifications, g_hash_table_unref);
  g_clear_object (&self->missed_notification);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->db_path, g_free);

  G_OBJECT_CLASS (tandem_reminder_service_parent_class)->finalize (object);
}

static void
tandem_reminder_service_class_init (TandemReminderServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = tandem_reminder_service_finalize;

  application_class->handle_local_options = tandem_reminder_service_handle_local_options;
  application_class->startup = tandem_reminder_service_startup;
  application_class->activate = tandem_reminder_service_activate;
  application_class->shutdown = tandem_reminder_service_shutdown;
  application_class->dbus_register = tandem_reminder_service_dbus_register;
  application_class->dbus_unregister = tandem_reminder_service_dbus_unregister;
}

static void
tandem_reminder_service_init (TandemReminderService *self)
{
  self->clock_fd = -1;
  self->notifications = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                               g_free, g_object_unref);
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Shows Tandem’s reminders in the background."));
}

TandemReminderService *
tandem_reminder_service_new (void)
{
  return g_object_new (TANDEM_TYPE_REMINDER_SERVICE,
                       "application-id", REMINDERS_APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

/**
 * tandem_reminder_service_run:
 * @self: a #TandemReminderService
 * @argc: the number of arguments
 * @argv: (array length=argc): the arguments
 *
 * Runs the service until it is asked to quit.
 *
 * Returns: the exit status: 1 when the database could not be opened
 */
int
tandem_reminder_service_run (TandemReminderService  *self,
                             int                     argc,
                             char                  **argv)
{
  int status;

  g_return_val_if_fail (TANDEM_IS_REMINDER_SERVICE (self), EXIT_FAILURE);

  status = g_application_run (G_APPLICATION (self), argc, argv);

  return status != EXIT_SUCCESS ? status : self->exit_status;
}

/**
 * tandem_reminder_service_get_store:
 * @self: a #TandemReminderService
 *
 * Returns: (transfer none) (nullable): the open database, %NULL before
 *   startup or after shutdown
 */
TandemStore *
tandem_reminder_service_get_store (TandemReminderService *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER_SERVICE (self), NULL);

  return self->store;
}

/**
 * tandem_reminder_service_get_n_enabled:
 * @self: a #TandemReminderService
 *
 * Returns: how many enabled reminders the database held at startup
 */
guint
tandem_reminder_service_get_n_enabled (TandemReminderService *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER_SERVICE (self), 0);

  return self->n_enabled;
}
