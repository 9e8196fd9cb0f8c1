/* tandem-error-window.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-error-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tandem-error-window.h"

/* Shown instead of the main window when the database cannot be opened. It
 * says why, in the store's own words, and lets the person pick another file
 * or start a new one; the application then tries again. */

struct _TandemErrorWindow
{
  AdwApplicationWindow  parent_instance;

  GtkNativeDialog      *chooser;

  /* Template widgets */
  AdwStatusPage        *status_page;
  GtkLabel             *path_label;
  GtkWidget            *choose_button;
  GtkWidget            *new_button;
};

G_DEFINE_FINAL_TYPE (TandemErrorWindow, tandem_error_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  FILE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_chooser_response_cb (TandemErrorWindow *self,
                        int                response,
                        GtkNativeDialog   *chooser)
{
  g_autoptr(GFile) file = NULL;

  g_assert (TANDEM_IS_ERROR_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);

  if (file != NULL)
    g_signal_emit (self, signals [FILE_CHOSEN], 0, file);
}

static void
show_chooser (TandemErrorWindow    *self,
              GtkFileChooserAction  action)
{
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (self->chooser);
      return;
    }

  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    chooser = gtk_file_chooser_native_new (_("Start a New Database"),
                                           GTK_WINDOW (self),
                                           action,
                                           _("_Create"),
                                           _("_Cancel"));
  else
    chooser = gtk_file_chooser_native_new (_("Choose a Tandem Database"),
                                           GTK_WINDOW (self),
                                           action,
                                           _("_Open"),
                                           _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (databases, _("Tandem Databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_filter_add_mime_type (databases, "application/vnd.sqlite3");
  gtk_file_filter_add_mime_type (databases, "application/x-sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), databases);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    /* Translators: the suggested file name of a new database */
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("tandem.db"));

  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (on_chooser_response_cb),
                           self,
                           G_CONNECT_SWAPPED);

  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  show_chooser (TANDEM_ERROR_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
new_file_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  show_chooser (TANDEM_ERROR_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE);
}

static void
tandem_error_window_dispose (GObject *object)
{
  TandemErrorWindow *self = (TandemErrorWindow *)object;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_ERROR_WINDOW);

  G_OBJECT_CLASS (tandem_error_window_parent_class)->dispose (object);
}

static void
tandem_error_window_class_init (TandemErrorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_error_window_dispose;

  /**
   * TandemErrorWindow::file-chosen:
   * @self: the window
   * @file: the database file to try instead
   *
   * The person chose another database, or a place for a new one.
   */
  signals [FILE_CHOSEN] =
    g_signal_new ("file-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-error-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemErrorWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, TandemErrorWindow, path_label);
  gtk_widget_class_bind_template_child (widget_class, TandemErrorWindow, choose_button);
  gtk_widget_class_bind_template_child (widget_class, TandemErrorWindow, new_button);

  gtk_widget_class_install_action (widget_class, "error.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "error.new-file", NULL, new_file_action);
}

static void
tandem_error_window_init (TandemErrorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tandem_error_window_new (GtkApplication *application)
{
  g_return_val_if_fail (!application || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (TANDEM_TYPE_ERROR_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * tandem_error_window_set_error:
 * @path: (nullable): the database file that could not be opened
 * @error: why; its message is a sentence meant for people
 *
 * Shows why the database could not be opened.
 */
void
tandem_error_window_set_error (TandemErrorWindow *self,
                               const char        *path,
                               const GError      *error)
{
  g_autofree char *description = NULL;
  g_autofree char *display_path = NULL;

  g_return_if_fail (TANDEM_IS_ERROR_WINDOW (self));
  g_return_if_fail (error != NULL);

  description = g_markup_printf_escaped ("%s\n\n%s",
                                         error->message,
                                         _("You can open another Tandem database, or "
                                           "start a new, empty one."));
  adw_status_page_set_description (self->status_page, description);

  if (path != NULL)
    display_path = g_filename_display_name (path);

  /* Name the file, unless the message does already. */
  gtk_label_set_label (self->path_label, display_path ? display_path : "");
  gtk_widget_set_visible (GTK_WIDGET (self->path_label),
                          display_path != NULL && strstr (error->message, display_path) == NULL);
}
