/* tandem-add-client-dialog.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-add-client-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-add-client-dialog.h"

struct _TandemAddClientDialog
{
  AdwMessageDialog  parent_instance;

  /* Template widgets */
  GtkEntry         *name_entry;
};

G_DEFINE_FINAL_TYPE (TandemAddClientDialog, tandem_add_client_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
on_name_entry_changed_cb (TandemAddClientDialog *self,
                          GtkEntry              *entry)
{
  g_autofree char *name = NULL;

  g_assert (TANDEM_IS_ADD_CLIENT_DIALOG (self));

  name = tandem_add_client_dialog_dup_name (self);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add", name[0] != '\0');
}

static void
tandem_add_client_dialog_class_init (TandemAddClientDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-add-client-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemAddClientDialog, name_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_name_entry_changed_cb);
}

static void
tandem_add_client_dialog_init (TandemAddClientDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tandem_add_client_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (TANDEM_TYPE_ADD_CLIENT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}

/**
 * tandem_add_client_dialog_dup_name:
 *
 * Returns: (transfer full): the name typed so far, without surrounding
 *   white space; empty when none
 */
char *
tandem_add_client_dialog_dup_name (TandemAddClientDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_ADD_CLIENT_DIALOG (self), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
}

/**
 * tandem_add_client_dialog_new_rename:
 * @parent: (nullable): the window it belongs to
 * @name: the client's name now
 *
 * The same dialog for giving a client another name: its "add" response
 * reads "Rename" and the entry starts with @name.
 */
GtkWidget *
tandem_add_client_dialog_new_rename (GtkWindow  *parent,
                                     const char *name)
{
  TandemAddClientDialog *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = TANDEM_ADD_CLIENT_DIALOG (tandem_add_client_dialog_new (parent));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Rename Client"));
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "add", _("_Rename"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name);

  return GTK_WIDGET (self);
}
