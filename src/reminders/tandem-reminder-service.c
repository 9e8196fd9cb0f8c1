/* tandem-reminder-service.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-reminders"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <libnotify/notify.h>
#include <signal.h>

#include "tandem-reminder.h"
#include "tandem-reminder-firing.h"
#include "tandem-schedule.h"
#include "tandem-store.h"

#include "tandem-reminder-service.h"

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
 * A due time that passed while the service was not running fires once at
 * start; the occurrences missed after it are passed over. */

#define REMINDERS_APP_ID APP_ID ".Reminders"

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

static void
show_notification (TandemReminderService *self,
                   TandemReminder        *reminder)
{
  gint64 id = tandem_record_get_id (TANDEM_RECORD (reminder));
  const char *summary = summary_for (reminder);
  NotifyNotification *notification;
  g_autoptr(GError) error = NULL;

  if (!self->notify_ready)
    return;

  /* One notification per reminder: a new firing replaces the old one. */
  notification = g_hash_table_lookup (self->notifications, &id);
  if (notification != NULL)
    {
      notify_notification_update (notification, summary, NULL, NULL);
    }
  else
    {
      gint64 *key = g_new (gint64, 1);

      *key = id;
      notification = notify_notification_new (summary, NULL, NULL);
      notify_notification_set_category (notification, "reminder");
      g_hash_table_insert (self->notifications, key, notification);
    }

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
  show_notification (self, reminder);
}

static void arm_timer (TandemReminderService *self);

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
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
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

/* Reminders without a cached next due time get one, counted from now. */
static void
schedule_new_reminders (TandemReminderService *self)
{
  g_autoptr(GListStore) reminders = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  guint n;

  if (!(reminders = tandem_store_list_reminders (self->store, 0, &error)))
    {
      g_warning ("Cannot read the reminders: %s", error->message);
      return;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (reminders));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemReminder) reminder = g_list_model_get_item (G_LIST_MODEL (reminders), i);

      if (!tandem_reminder_get_enabled (reminder) || tandem_reminder_get_next_due (reminder) != 0)
        continue;

      if (!tandem_store_update_next_due (self->store,
                                         tandem_record_get_id (TANDEM_RECORD (reminder)),
                                         now, tz, &error))
        {
          g_warning ("Cannot schedule a reminder: %s", error->message);
          g_clear_error (&error);
        }
    }
}

/* Another program (the application, tandem-cli) changed the database:
 * fire what is due under the old schedule, then compute every next due time
 * again, since reminders may have been added, edited or switched off. */
static gboolean
on_changed_delay_cb (gpointer user_data)
{
  TandemReminderService *self = user_data;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = NULL;
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
    return G_SOURCE_REMOVE;  /* only our own writes */

  self->data_version = version;
  g_debug ("The database was changed by another program");

  arm_timer (self);
  now = g_date_time_new_now_utc ();
  if (!tandem_store_update_next_due (self->store, 0, now, tz, &error))
    g_warning ("Cannot schedule the reminders: %s", error->message);
  arm_timer (self);

  return G_SOURCE_REMOVE;
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

  self->store = tandem_store_open (self->db_path, &error);
  if (self->store == NULL)
    {
      g_warning ("Cannot open the database: %s", error->message);
      self->exit_status = EXIT_FAILURE;
      /* No hold: run() returns as soon as startup is over. */
      return;
    }

  /* There is no window to keep us alive. */
  g_application_hold (application);

  self->sigterm_id = g_unix_signal_add (SIGTERM, on_quit_signal_cb, self);
  self->sigint_id = g_unix_signal_add (SIGINT, on_quit_signal_cb, self);

  /* Showing can still fail later (no server, no display): each
   * notify_notification_show() is checked where it is called. */
  self->notify_ready = notify_init ("Tandem");
  if (!self->notify_ready)
    g_warning ("Cannot set up notifications");

  self->n_enabled = count_enabled_reminders (self->store, &error);
  if (error != NULL)
    g_warning ("Cannot read the reminders: %s", error->message);

  schedule_new_reminders (self);
  arm_timer (self);
  watch_database (self);
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
  g_hash_table_remove_all (self->notifications);

  if (self->notify_ready)
    {
      notify_uninit ();
      self->notify_ready = FALSE;
    }

  g_clear_object (&self->store);

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
  g_clear_pointer (&self->notifications, g_hash_table_unref);
  g_clear_object (&self->store);
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
}

static void
tandem_reminder_service_init (TandemReminderService *self)
{
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
