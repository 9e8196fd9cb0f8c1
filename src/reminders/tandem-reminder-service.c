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
#include "tandem-store.h"

#include "tandem-reminder-service.h"

/* The background service that shows reminders. It has no window and never
 * loads GTK: a GApplication that holds itself alive, sleeping in its main
 * loop until something is due or it is asked to quit. */

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
