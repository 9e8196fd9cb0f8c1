/* tandem-window.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-add-client-dialog.h"
#include "tandem-check-in-dialog.h"
#include "tandem-check-ins-page.h"
#include "tandem-export.h"
#include "tandem-goal-wizard.h"
#include "tandem-goals-page.h"
#include "tandem-homework-page.h"
#include "tandem-import-dialog.h"
#include "tandem-overview-page.h"
#include "tandem-people-sidebar.h"
#include "tandem-reminder-editor.h"
#include "tandem-progress-page.h"
#include "tandem-questionnaire-editor.h"
#include "tandem-reminders-page.h"
#include "tandem-reminders-window.h"
#include "tandem-report-dialog.h"
#include "tandem-report-print.h"
#include "tandem-schedule-dialog.h"
#include "tandem-welcome-view.h"
#include "tandem-window.h"
#include "tandem-timing.h"

/* The main window. On the first start it shows the welcome view; after
 * that the pages about one person, "since last session" first. In the
 * therapist profile a sidebar lists the therapist ("Me") and the clients,
 * and the pages follow the selected person.
 *
 * Presentation mode (win.presentation) is for sharing the screen with the
 * client: the sidebar and every other client are hidden, switching client
 * is off, the private notes are hidden, and a strip at the top says so. */

struct _TandemWindow
{
  AdwApplicationWindow  parent_instance;

  TandemStore          *store;
  GSettings            *settings;
  TandemPerson         *owner;
  TandemPerson         *person;
  GtkWidget            *check_in_dialog;  /* weak */
  GtkWidget            *reminders_window; /* weak */
  GtkWidget            *import_dialog;    /* weak */
  GtkWidget            *shortcuts_window; /* weak */
  GFile                *pending_import;   /* until a profile is chosen */
  GtkNativeDialog      *chooser;
  gboolean              presenting;

  /* Template widgets */
  GtkStack             *mode_stack;
  TandemWelcomeView    *welcome_view;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar_box;
  GtkWidget            *sidebar_separator;
  GtkWidget            *add_client_button;
  TandemPeopleSidebar  *people_sidebar;
  GtkWidget            *content_box;
  AdwHeaderBar         *content_header;
  GtkWidget            *back_button;
  AdwViewSwitcherTitle *switcher_title;
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
  GtkWidget            *check_in_button;
  GtkMenuButton        *primary_menu_button;
  GMenu                *questionnaire_section;
  GMenuModel           *primary_menu;
  gboolean              has_edit_questionnaire_menu;
  TandemPage           *overview_page;
  TandemPage           *goals_page;
  TandemPage           *check_ins_page;
  TandemPage           *progress_page;
  TandemPage           *homework_page;
};

G_DEFINE_FINAL_TYPE (TandemWindow, tandem_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define N_PAGES 5

static const char * const page_names[N_PAGES + 1] = {
  "overview", "goals", "check-ins", "progress", "homework", NULL
};

static gboolean
is_therapist_profile (TandemWindow *self)
{
  g_autofree char *profile = g_settings_get_string (self->settings, "profile");

  return g_str_equal (profile, "therapist");
}

static void
get_pages (TandemWindow *self,
           TandemPage   *pages[N_PAGES])
{
  pages[0] = self->overview_page;
  pages[1] = self->goals_page;
  pages[2] = self->check_ins_page;
  pages[3] = self->progress_page;
  pages[4] = self->homework_page;
}

static const char *
get_owner_name (void)
{
  const char *name = g_get_real_name ();

  /* GLib says "Unknown" when the account has no full name. */
  if (name == NULL || name[0] == '\0' || g_str_equal (name, "Unknown"))
    /* Translators: the name of the person using Tandem when the account
     * has no full name; it can be changed later */
    return _("Me");

  return name;
}

static gboolean
ensure_owner (TandemWindow  *self,
              GError       **error)
{
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(GError) local_error = NULL;

  if (self->owner != NULL)
    return TRUE;

  owner = tandem_store_dup_owner (self->store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (owner == NULL)
    {
      owner = tandem_person_new (get_owner_name (), TANDEM_PERSON_ROLE_OWNER);
      if (!tandem_store_insert (self->store, TANDEM_RECORD (owner), error))
        return FALSE;
    }

  self->owner = g_steal_pointer (&owner);

  return TRUE;
}

/* Renaming and archiving are for a therapist's clients. */
static void
update_client_actions (TandemWindow *self)
{
  gboolean client = self->person != NULL && is_therapist_profile (self) && !self->presenting &&
                    tandem_person_get_role (self->person) == TANDEM_PERSON_ROLE_CLIENT;
  gboolean archived = client && tandem_person_get_archived (self->person);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-client", client);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-questionnaire",
                                 self->store != NULL && is_therapist_profile (self) && !self->presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-questionnaire",
                                 self->store != NULL && is_therapist_profile (self) && !self->presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.schedule-with-client", client && !archived);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.archive-client", client && !archived);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-client", archived);

  /* The therapist hands a client their plan; a client hands back progress. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-plan", client);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-progress",
                                 self->person != NULL && !is_therapist_profile (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-bundle",
                                 client || (self->person != NULL && !is_therapist_profile (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-csv", self->person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", self->owner != NULL);
}

/* The Reminders window, when it is open, follows the window's person. */
static void
update_reminders_window (TandemWindow *self)
{
  if (self->reminders_window != NULL)
    tandem_reminders_window_set_person (TANDEM_REMINDERS_WINDOW (self->reminders_window),
                                        self->person, is_therapist_profile (self));
}

static void
reload_reminders (TandemWindow *self)
{
  if (self->reminders_window != NULL)
    tandem_page_reload (tandem_reminders_window_get_page (TANDEM_REMINDERS_WINDOW (self->reminders_window)));
}

static void
show_reminders (TandemWindow *self)
{
  if (self->store == NULL)
    return;

  if (self->reminders_window == NULL)
    {
      self->reminders_window = tandem_reminders_window_new (GTK_WINDOW (self), self->store);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self->reminders_window), TRUE);
      g_object_add_weak_pointer (G_OBJECT (self->reminders_window), (gpointer *) &self->reminders_window);
      update_reminders_window (self);
    }

  gtk_window_present (GTK_WINDOW (self->reminders_window));
}

static void
show_reminders_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  show_reminders (TANDEM_WINDOW (widget));
}

/* The keyboard shortcuts window is built when first asked for, not with
 * the window as GtkApplication does with gtk/help-overlay.ui: that cost
 * every start about 30 ms before the first frame. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/tandemgoals/Tandem/ui/tandem-shortcuts-window.ui");

      self->shortcuts_window = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
      gtk_window_set_transient_for (GTK_WINDOW (self->shortcuts_window), GTK_WINDOW (self));
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self->shortcuts_window), TRUE);
      g_object_add_weak_pointer (G_OBJECT (self->shortcuts_window), (gpointer *) &self->shortcuts_window);
    }

  gtk_window_present (GTK_WINDOW (self->shortcuts_window));
}

static void
set_person (TandemWindow *self,
            TandemPerson *person)
{
  TandemPage *pages[N_PAGES];

  if (!g_set_object (&self->person, person))
    return;

  tandem_timing_begin (GTK_WIDGET (self), "switch-client");

  get_pages (self, pages);
  for (guint i = 0; i < N_PAGES; i++)
    tandem_page_set_person (pages[i], person);
  update_reminders_window (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-goal", person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-goal", person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check-in", person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check-in-day", person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-report", person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-report", person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-homework", person != NULL);
  update_client_actions (self);

  if (person != NULL && is_therapist_profile (self))
    {
      if (tandem_person_get_role (person) == TANDEM_PERSON_ROLE_OWNER)
        adw_view_switcher_title_set_subtitle (self->switcher_title, _("Me"));
      else
        adw_view_switcher_title_set_subtitle (self->switcher_title,
                                              tandem_person_get_display_name (person));
    }
  else
    {
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
    }
}

static void
update_title_buttons (TandemWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  gboolean therapist = gtk_widget_get_visible (self->sidebar_box);

  /* Unfolded with a sidebar, the sidebar's header bar holds the buttons at
   * the start; otherwise the content's header bar is the only one shown. */
  adw_header_bar_set_show_start_title_buttons (self->content_header, folded || !therapist);
  gtk_widget_set_visible (self->back_button, folded && therapist);
}

static void
show_error_toast (TandemWindow *self,
                  const GError *error)
{
  g_warning ("%s", error->message);
  tandem_window_add_toast (self, error->message);
}

static void open_import (TandemWindow *self,
                         GFile        *file,
                         gboolean      dropped);

static void
update_profile (TandemWindow *self)
{
  g_autofree char *profile = g_settings_get_string (self->settings, "profile");
  g_autoptr(GError) error = NULL;
  TandemPage *pages[N_PAGES];
  gboolean therapist;

  if (self->store == NULL || profile[0] == '\0')
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-client", FALSE);
      gtk_stack_set_visible_child_name (self->mode_stack, "welcome");
      return;
    }

  if (!ensure_owner (self, &error))
    show_error_toast (self, error);

  therapist = g_str_equal (profile, "therapist");

  /* While presenting, no other client may show. */
  gtk_widget_set_visible (self->sidebar_box, therapist && !self->presenting);
  gtk_widget_set_visible (self->sidebar_separator, therapist && !self->presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-client", therapist && !self->presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-clients", !self->presenting);
  update_client_actions (self);

  get_pages (self, pages);
  for (guint i = 0; i < N_PAGES; i++)
    tandem_page_set_therapist_profile (pages[i], therapist);
  update_reminders_window (self);

  if (therapist)
    {
      tandem_people_sidebar_reload (self->people_sidebar);
      if (!self->presenting)
        set_person (self, tandem_people_sidebar_get_selected_person (self->people_sidebar));
      else
        adw_leaflet_set_visible_child (self->leaflet, self->content_box);
    }
  else
    {
      set_person (self, self->owner);
      adw_leaflet_set_visible_child (self->leaflet, self->content_box);
    }

  update_title_buttons (self);
  gtk_stack_set_visible_child_name (self->mode_stack, "main");

  /* A bundle opened before the profile was chosen: now there is someone
   * to import it for. */
  if (self->pending_import != NULL)
    {
      g_autoptr(GFile) file = g_steal_pointer (&self->pending_import);

      open_import (self, file, FALSE);
    }
}

static void
on_settings_profile_changed_cb (TandemWindow *self,
                                const char   *key,
                                GSettings    *settings)
{
  g_assert (TANDEM_IS_WINDOW (self));

  update_profile (self);
}

static void
on_welcome_view_profile_chosen_cb (TandemWindow      *self,
                                   const char        *profile,
                                   TandemWelcomeView *welcome_view)
{
  g_autoptr(GError) error = NULL;

  g_assert (TANDEM_IS_WINDOW (self));

  /* The owner comes first, so the main view never shows without one. */
  if (self->store != NULL && !ensure_owner (self, &error))
    {
      AdwMessageDialog *dialog;

      g_warning ("%s", error->message);

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                           _("Could Not Save Your Choice"),
                                                           error->message));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  g_settings_set_string (self->settings, "profile", profile);
}

static void
on_people_sidebar_selected_person_changed_cb (TandemWindow        *self,
                                              GParamSpec          *pspec,
                                              TandemPeopleSidebar *sidebar)
{
  g_assert (TANDEM_IS_WINDOW (self));

  if (is_therapist_profile (self) && !self->presenting)
    set_person (self, tandem_people_sidebar_get_selected_person (sidebar));
}

static void
on_people_sidebar_person_activated_cb (TandemWindow        *self,
                                       TandemPerson        *person,
                                       TandemPeopleSidebar *sidebar)
{
  g_assert (TANDEM_IS_WINDOW (self));

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_view_stack_visible_child_changed_cb (TandemWindow *self,
                                        GParamSpec   *pspec,
                                        AdwViewStack *view_stack)
{
  const char *name = adw_view_stack_get_visible_child_name (view_stack);

  g_assert (TANDEM_IS_WINDOW (self));

  gtk_widget_set_visible (self->check_in_button, g_strcmp0 (name, "check-ins") == 0);
}

static void
on_leaflet_folded_changed_cb (TandemWindow *self,
                              GParamSpec   *pspec,
                              AdwLeaflet   *leaflet)
{
  g_assert (TANDEM_IS_WINDOW (self));

  update_title_buttons (self);
}

static void
on_add_client_dialog_response_cb (TandemWindow          *self,
                                  const char            *response,
                                  TandemAddClientDialog *dialog)
{
  g_autoptr(TandemPerson) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_assert (TANDEM_IS_WINDOW (self));

  if (g_strcmp0 (response, "add") != 0)
    return;

  name = tandem_add_client_dialog_dup_name (dialog);
  if (name[0] == '\0' || self->store == NULL)
    return;

  client = tandem_person_new (name, TANDEM_PERSON_ROLE_CLIENT);
  if (!tandem_store_insert (self->store, TANDEM_RECORD (client), &error))
    {
      show_error_toast (self, error);
      return;
    }

  tandem_people_sidebar_reload (self->people_sidebar);
  tandem_people_sidebar_select_person_id (self->people_sidebar,
                                          tandem_record_get_id (TANDEM_RECORD (client)));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
add_client_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  GtkWidget *dialog;

  dialog = tandem_add_client_dialog_new (GTK_WINDOW (self));
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (on_add_client_dialog_response_cb),
                           self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_rename_client_dialog_response_cb (TandemWindow          *self,
                                     const char            *response,
                                     TandemAddClientDialog *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  TandemPerson *client = g_object_get_data (G_OBJECT (dialog), "tandem-client");

  g_assert (TANDEM_IS_WINDOW (self));

  if (g_strcmp0 (response, "add") != 0 || client == NULL || self->store == NULL)
    return;

  name = tandem_add_client_dialog_dup_name (dialog);
  if (name[0] == '\0' || g_str_equal (name, tandem_person_get_display_name (client)))
    return;

  tandem_person_set_display_name (client, name);
  if (!tandem_store_update (self->store, TANDEM_RECORD (client), &error))
    {
      show_error_toast (self, error);
      return;
    }

  tandem_people_sidebar_reload (self->people_sidebar);
  tandem_people_sidebar_select_person_id (self->people_sidebar,
                                          tandem_record_get_id (TANDEM_RECORD (client)));
  if (self->person != NULL &&
      tandem_record_get_id (TANDEM_RECORD (self->person)) == tandem_record_get_id (TANDEM_RECORD (client)))
    adw_view_switcher_title_set_subtitle (self->switcher_title, name);
}

static void
on_schedule_dialog_saved_cb (TandemWindow *self)
{
  AdwToast *toast = adw_toast_new (_("Reminders set"));

  reload_reminders (self);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The end of a session: agree with the client when they are reminded. */
static void
schedule_with_client_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  GtkWidget *dialog;

  if (self->person == NULL || self->store == NULL)
    return;

  dialog = tandem_schedule_dialog_new (GTK_WINDOW (self), self->store, self->person);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_schedule_dialog_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_questionnaire_editor_saved_cb (TandemWindow        *self,
                                  TandemQuestionnaire *questionnaire)
{
  g_autofree char *message = NULL;

  tandem_progress_page_reload_questionnaires (TANDEM_PROGRESS_PAGE (self->progress_page));
  tandem_overview_page_reload_questionnaires (TANDEM_OVERVIEW_PAGE (self->overview_page));
  /* Translators: a toast; %s is the new or edited questionnaire's name */
  message = g_strdup_printf (_("Questionnaire “%s” saved"), tandem_questionnaire_get_title (questionnaire));
  tandem_window_add_toast (self, message);
}

static void
on_questionnaire_editor_deleted_cb (TandemWindow        *self,
                                    TandemQuestionnaire *questionnaire)
{
  g_autofree char *message = NULL;

  tandem_progress_page_reload_questionnaires (TANDEM_PROGRESS_PAGE (self->progress_page));
  tandem_overview_page_reload_questionnaires (TANDEM_OVERVIEW_PAGE (self->overview_page));
  /* Translators: a toast; %s is the deleted questionnaire's name */
  message = g_strdup_printf (_("Questionnaire “%s” deleted"), tandem_questionnaire_get_title (questionnaire));
  tandem_window_add_toast (self, message);
}

/* A menu label shows a title as it is: an underscore is not a mnemonic. */
static char *
escape_mnemonic (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

/* The main menu offers each custom questionnaire for editing; it is built
 * when the menu opens, so it follows every change, from any program. */
static void
update_edit_questionnaire_menu (TandemWindow *self)
{
  g_autoptr(GListStore) questionnaires = NULL;
  g_autoptr(GMenu) submenu = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (self->has_edit_questionnaire_menu)
    {
      g_menu_remove (self->questionnaire_section, 1);
      self->has_edit_questionnaire_menu = FALSE;
    }

  if (self->store == NULL || !is_therapist_profile (self) || self->presenting)
    return;

  if (!(questionnaires = tandem_store_list_questionnaires (self->store, &error)))
    {
      g_warning ("Could not list the custom questionnaires: %s", error->message);
      return;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (questionnaires));
  if (n == 0)
    return;

  submenu = g_menu_new ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemQuestionnaire) questionnaire = g_list_model_get_item (G_LIST_MODEL (questionnaires), i);
      g_autofree char *label = escape_mnemonic (tandem_questionnaire_get_title (questionnaire));
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.edit-questionnaire", "s",
                                         tandem_questionnaire_get_code (questionnaire));
      g_menu_append_item (submenu, item);
    }
  g_menu_insert_submenu (self->questionnaire_section, 1, _("_Edit Questionnaire"), G_MENU_MODEL (submenu));
  self->has_edit_questionnaire_menu = TRUE;
}

/* GtkMenuButton calls this each time before the menu opens. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  TandemWindow *self = TANDEM_WINDOW (user_data);

  update_edit_questionnaire_menu (self);

  /* The menu's popover is made when the menu first opens, not with the
   * window: it is not needed for the first frame. */
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

/* A therapist writes a questionnaire of their own. */
static void
new_questionnaire_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  GtkWidget *editor;

  if (self->store == NULL)
    return;

  editor = tandem_questionnaire_editor_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_questionnaire_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/* A therapist edits, or deletes, a custom questionnaire: "s" is its code. */
static void
edit_questionnaire_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  const char *code = g_variant_get_string (param, NULL);
  g_autoptr(TandemQuestionnaire) questionnaire = NULL;
  g_autoptr(GListStore) questionnaires = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *editor;

  if (self->store == NULL)
    return;

  if (!(questionnaires = tandem_store_list_questionnaires (self->store, &error)))
    {
      tandem_window_add_toast (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (questionnaires)) && !questionnaire; i++)
    {
      g_autoptr(TandemQuestionnaire) candidate = g_list_model_get_item (G_LIST_MODEL (questionnaires), i);

      if (g_str_equal (tandem_questionnaire_get_code (candidate), code))
        questionnaire = g_steal_pointer (&candidate);
    }
  if (questionnaire == NULL)
    {
      tandem_window_add_toast (self, _("This questionnaire no longer exists; it may have been deleted meanwhile."));
      return;
    }

  editor = tandem_questionnaire_editor_new_for_questionnaire (GTK_WINDOW (self), self->store, questionnaire,
                                                              &error);
  if (editor == NULL)
    {
      tandem_window_add_toast (self, error->message);
      return;
    }
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_questionnaire_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "deleted", G_CALLBACK (on_questionnaire_editor_deleted_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
rename_client_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  g_autoptr(TandemPerson) client = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (self->person == NULL || self->store == NULL)
    return;

  /* A copy: the dialog may outlive a reload of the sidebar. */
  client = tandem_store_get (self->store, TANDEM_TYPE_PERSON,
                             tandem_record_get_id (TANDEM_RECORD (self->person)), &error);
  if (client == NULL)
    {
      show_error_toast (self, error);
      return;
    }

  dialog = tandem_add_client_dialog_new_rename (GTK_WINDOW (self), tandem_person_get_display_name (client));
  g_object_set_data_full (G_OBJECT (dialog), "tandem-client", g_steal_pointer (&client), g_object_unref);
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (on_rename_client_dialog_response_cb),
                           self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
set_client_archived (TandemWindow *self,
                     gint64        client_id,
                     gboolean      archived)
{
  g_autoptr(TandemPerson) client = NULL;
  g_autoptr(GError) error = NULL;

  client = tandem_store_get (self->store, TANDEM_TYPE_PERSON, client_id, &error);
  if (client != NULL)
    {
      tandem_person_set_archived (client, archived);
      if (tandem_store_update (self->store, TANDEM_RECORD (client), &error))
        return TRUE;
    }

  show_error_toast (self, error);
  return FALSE;
}

static void
on_archive_undo_cb (AdwToast     *toast,
                    TandemWindow *self)
{
  gint64 client_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "tandem-client-id"));

  if (self->store == NULL || !set_client_archived (self, client_id, FALSE))
    return;

  tandem_people_sidebar_reload (self->people_sidebar);
  tandem_people_sidebar_select_person_id (self->people_sidebar, client_id);
}

/* Archiving keeps everything about the client and takes them out of the
 * list; the toast brings them back. */
static void
archive_client_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;
  gint64 client_id;

  if (self->person == NULL || self->store == NULL ||
      tandem_person_get_role (self->person) != TANDEM_PERSON_ROLE_CLIENT)
    return;

  client_id = tandem_record_get_id (TANDEM_RECORD (self->person));
  /* Translators: %s is a client's name */
  title = g_strdup_printf (_("%s archived"), tandem_person_get_display_name (self->person));
  if (!set_client_archived (self, client_id, TRUE))
    return;

  tandem_people_sidebar_reload (self->people_sidebar);

  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (toast), "tandem-client-id", GSIZE_TO_POINTER ((gsize) client_id));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_archive_undo_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
restore_client_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  gint64 client_id;

  if (self->person == NULL || self->store == NULL)
    return;

  client_id = tandem_record_get_id (TANDEM_RECORD (self->person));
  if (!set_client_archived (self, client_id, FALSE))
    return;

  tandem_people_sidebar_reload (self->people_sidebar);
  tandem_people_sidebar_select_person_id (self->people_sidebar, client_id);
}

/* The progress report: a period first, then a PDF file or the printer. */

static void
on_report_file_chooser_response_cb (GtkNativeDialog *chooser,
                                    int              response,
                                    TandemWindow    *self)
{
  TandemReport *report = g_object_get_data (G_OBJECT (chooser), "tandem-report");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) &&
      (path = g_file_get_path (file)))
    {
      if (tandem_report_write_pdf (report, path, &error))
        tandem_window_add_toast (self, _("Report saved."));
      else
        show_error_toast (self, error);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
save_report (TandemWindow *self,
             TandemReport *report)
{
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autofree char *name = tandem_report_dup_file_name (report);
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save the Report"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (pdf, _("PDF document"));
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  /* Documents, else the home folder; never the folder Tandem was started in. */
  {
    g_autoptr(GFile) folder = NULL;

    if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
      folder = g_file_new_for_path (documents);
    else
      folder = g_file_new_for_path (g_get_home_dir ());
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  }
  g_object_set_data_full (G_OBJECT (chooser), "tandem-report", g_object_ref (report), g_object_unref);
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (on_report_file_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
print_report (TandemWindow *self,
              TandemReport *report)
{
  g_autoptr(TandemReportPrint) operation = tandem_report_print_new (report);
  g_autoptr(GError) error = NULL;

  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                               GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error_toast (self, error);
}

static void
on_report_dialog_response_cb (TandemWindow       *self,
                              const char         *response,
                              TandemReportDialog *dialog)
{
  g_autoptr(TandemReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from_day = NULL;
  g_autofree char *to_day = NULL;
  gint64 person_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "tandem-person-id"));

  if (!g_str_equal (response, "accept") || self->store == NULL ||
      !tandem_report_dialog_get_days (dialog, &from_day, &to_day))
    return;

  if (!(report = tandem_report_new (self->store, person_id, from_day, to_day, &error)))
    {
      show_error_toast (self, error);
      return;
    }

  if (tandem_report_dialog_get_print (dialog))
    print_report (self, report);
  else
    save_report (self, report);
}

static void
open_report_dialog (TandemWindow *self,
                    gboolean      print)
{
  GtkWidget *dialog;

  if (self->store == NULL || self->person == NULL)
    return;

  dialog = tandem_report_dialog_new (GTK_WINDOW (self), self->store, self->person, print);
  g_object_set_data (G_OBJECT (dialog), "tandem-person-id",
                     GSIZE_TO_POINTER (tandem_record_get_id (TANDEM_RECORD (self->person))));
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (on_report_dialog_response_cb),
                           self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  open_report_dialog (TANDEM_WINDOW (widget), FALSE);
}

static void
print_report_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  open_report_dialog (TANDEM_WINDOW (widget), TRUE);
}

static void
on_goal_wizard_saved_cb (TandemWindow *self,
                         TandemGoal   *goal)
{
  tandem_page_reload (self->goals_page);
}

static void
open_goal_wizard (TandemWindow *self,
                  TandemGoal   *goal)
{
  TandemGoalWizard *wizard;

  if (self->store == NULL || self->person == NULL)
    return;

  wizard = tandem_goal_wizard_new (GTK_WINDOW (self), self->store, self->person, goal,
                                   is_therapist_profile (self));
  g_signal_connect_object (wizard, "saved", G_CALLBACK (on_goal_wizard_saved_cb),
                           self, G_CONNECT_SWAPPED);
  tandem_goal_wizard_open (wizard);
}

static void
new_goal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);

  tandem_window_show_page (self, "goals");
  open_goal_wizard (self, NULL);
}

static void
new_short_term_goal_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  g_autoptr(TandemGoal) parent = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = tandem_date_today ();

  if (self->store == NULL)
    return;

  parent = tandem_store_get (self->store, TANDEM_TYPE_GOAL, g_variant_get_int64 (param), &error);
  if (parent == NULL)
    {
      show_error_toast (self, error);
      return;
    }

  /* A step towards the long-term goal: measured the same way, for sooner. */
  goal = tandem_goal_new (tandem_goal_get_person_id (parent), TANDEM_FRAMEWORK_SMART, "");
  tandem_goal_set_parent_id (goal, tandem_record_get_id (TANDEM_RECORD (parent)));
  tandem_goal_set_horizon (goal, TANDEM_HORIZON_SHORT);
  tandem_goal_set_relevant (goal, tandem_goal_get_title (parent));
  tandem_goal_set_measure_kind (goal, tandem_goal_get_measure_kind (parent));
  tandem_goal_set_measure_name (goal, tandem_goal_get_measure_name (parent));
  tandem_goal_set_unit (goal, tandem_goal_get_unit (parent));
  tandem_goal_set_measure_period (goal, tandem_goal_get_measure_period (parent));
  tandem_goal_set_instrument (goal, tandem_goal_get_instrument (parent));
  tandem_goal_set_direction (goal, tandem_goal_get_direction (parent));
  tandem_goal_set_baseline (goal, tandem_goal_get_baseline (parent));
  tandem_goal_set_review_every_days (goal, tandem_goal_get_review_every_days (parent));
  tandem_goal_set_start_date (goal, today);

  open_goal_wizard (self, goal);
}

static void
edit_goal_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  goal = tandem_store_get (self->store, TANDEM_TYPE_GOAL, g_variant_get_int64 (param), &error);
  if (goal == NULL)
    {
      show_error_toast (self, error);
      return;
    }

  open_goal_wizard (self, goal);
}

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  tandem_window_open_check_in (TANDEM_WINDOW (widget), NULL, 0);
}

static void
on_reminder_editor_saved_cb (TandemWindow *self)
{
  reload_reminders (self);
}

/* win.new-reminder (kind, target): a new reminder already for a goal, a
 * homework task or a questionnaire, set from where that thing is shown. */
static void
new_reminder_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (TANDEM_TYPE_REMINDER_KIND);
  const char *kind_nick, *target;
  GEnumValue *kind;
  GtkWidget *editor;

  g_variant_get (param, "(&s&s)", &kind_nick, &target);
  if ((kind = g_enum_get_value_by_nick (kinds, kind_nick)) == NULL)
    {
      g_warning ("Not a kind of reminder: “%s”", kind_nick);
      return;
    }
  if (self->store == NULL || self->person == NULL)
    return;

  editor = tandem_reminder_editor_new (GTK_WINDOW (self), self->store, self->person, NULL);
  tandem_reminder_editor_preset (TANDEM_REMINDER_EDITOR (editor), kind->value,
                                 target[0] != '\0' ? target : NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_reminder_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
check_in_day_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  const char *day = g_variant_get_string (param, NULL);

  if (!tandem_date_is_valid (day))
    {
      g_warning ("Not a date: “%s”", day);
      return;
    }

  tandem_window_open_check_in (TANDEM_WINDOW (widget), day, 0);
}

static void
on_check_in_dialog_saved_cb (TandemWindow        *self,
                             TandemCheckInDialog *dialog)
{
  g_assert (TANDEM_IS_WINDOW (self));

  tandem_window_reload (self);
  tandem_window_add_toast (self, _("Check-in saved."));

  /* A check-in reminder set to "only if not done yet" can rest today. */
  tandem_reminders_reschedule_service ();
}

/* -- exchange: export, import, drop --------------------------------------- */

typedef struct
{
  TandemWindow *window;
  GFile        *file;
} ExportRequest;

static void
on_export_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ExportRequest *request = user_data;
  TandemWindow *self = request->window;
  g_autoptr(GError) error = NULL;

  if (!tandem_export_finish (result, &error))
    {
      show_error_toast (self, error);
    }
  else
    {
      g_autofree char *basename = g_file_get_basename (request->file);
      g_autofree char *display = g_filename_display_name (basename);
      g_autofree char *title = NULL;

      /* Translators: %s is a file name */
      title = g_strdup_printf (_("Saved “%s”."), display);
      tandem_window_add_toast (self, title);
    }

  g_object_unref (request->window);
  g_object_unref (request->file);
  g_free (request);
}

static void
on_export_chooser_response_cb (TandemWindow    *self,
                               int              response,
                               GtkNativeDialog *chooser)
{
  TandemExportWhat what = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "tandem-export-what"));
  gint64 person_id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (chooser), "tandem-person-id"));

  g_assert (TANDEM_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      ExportRequest *request = g_new0 (ExportRequest, 1);

      request->window = g_object_ref (self);
      request->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      tandem_export_async (tandem_store_get_path (self->store), person_id, what, request->file,
                           NULL, on_export_done_cb, request);
    }

  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
}

static void
add_file_filters (GtkFileChooser *chooser,
                  gboolean        bundle)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (bundle)
    {
      gtk_file_filter_set_name (filter, _("Tandem Bundles"));
      gtk_file_filter_add_suffix (filter, TANDEM_BUNDLE_SUFFIX + 1);
      gtk_file_filter_add_suffix (filter, "json");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("CSV Files"));
      gtk_file_filter_add_suffix (filter, "csv");
      gtk_file_filter_add_mime_type (filter, "text/csv");
    }
  gtk_file_chooser_add_filter (chooser, filter);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
}

static void
replace_chooser (TandemWindow    *self,
                 GtkNativeDialog *chooser)
{
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  self->chooser = chooser;
}

static void
export_records (TandemWindow     *self,
                TandemExportWhat  what)
{
  g_autofree char *today = tandem_date_today ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  const char *title;

  if (self->store == NULL || self->person == NULL)
    return;

  switch (what)
    {
    case TANDEM_EXPORT_PLAN:
      title = _("Export the Plan for the Client");
      break;
    case TANDEM_EXPORT_PROGRESS:
      title = _("Export Progress for the Therapist");
      break;
    case TANDEM_EXPORT_CHECK_INS_CSV:
      title = _("Export Check-ins as CSV");
      break;
    case TANDEM_EXPORT_RESPONSES_CSV:
    default:
      title = _("Export Questionnaire Responses as CSV");
      break;
    }

  name = tandem_export_dup_file_name (what, tandem_person_get_display_name (self->person), today);
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  add_file_filters (GTK_FILE_CHOOSER (chooser),
                    what == TANDEM_EXPORT_PLAN || what == TANDEM_EXPORT_PROGRESS);
  g_object_set_data (G_OBJECT (chooser), "tandem-export-what", GINT_TO_POINTER (what));
  g_object_set_data (G_OBJECT (chooser), "tandem-person-id",
                     GSIZE_TO_POINTER ((gsize) tandem_record_get_id (TANDEM_RECORD (self->person))));
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (on_export_chooser_response_cb),
                           self,
                           G_CONNECT_SWAPPED);

  replace_chooser (self, GTK_NATIVE_DIALOG (chooser));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  export_records (TANDEM_WINDOW (widget), TANDEM_EXPORT_PLAN);
}

static void
export_progress_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  export_records (TANDEM_WINDOW (widget), TANDEM_EXPORT_PROGRESS);
}

/* Ctrl+E: the bundle that fits the profile. */
static void
export_bundle_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);

  export_records (self, is_therapist_profile (self) ? TANDEM_EXPORT_PLAN : TANDEM_EXPORT_PROGRESS);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  const char *what = g_variant_get_string (param, NULL);

  if (g_str_equal (what, "check-ins"))
    export_records (TANDEM_WINDOW (widget), TANDEM_EXPORT_CHECK_INS_CSV);
  else if (g_str_equal (what, "responses"))
    export_records (TANDEM_WINDOW (widget), TANDEM_EXPORT_RESPONSES_CSV);
  else
    g_warning ("Nothing called “%s” to export as CSV", what);
}

static void
on_import_dialog_imported_cb (TandemWindow       *self,
                              gint64              person_id,
                              TandemImportDialog *dialog)
{
  g_autofree char *title = NULL;

  g_assert (TANDEM_IS_WINDOW (self));

  if (is_therapist_profile (self))
    {
      tandem_people_sidebar_reload (self->people_sidebar);
      if (tandem_people_sidebar_select_person_id (self->people_sidebar, person_id))
        set_person (self, tandem_people_sidebar_get_selected_person (self->people_sidebar));
    }

  tandem_window_reload (self);

  if (self->person != NULL && tandem_person_get_role (self->person) == TANDEM_PERSON_ROLE_CLIENT &&
      tandem_record_get_id (TANDEM_RECORD (self->person)) == person_id)
    /* Translators: %s is a client's name */
    title = g_strdup_printf (_("Bundle imported into %s’s records."),
                             tandem_person_get_display_name (self->person));
  else
    title = g_strdup (_("Bundle imported."));
  tandem_window_add_toast (self, title);

  /* New reminders, homework or check-ins change what is due. */
  tandem_reminders_reschedule_service ();
}

static void
on_dropped_file_loaded_cb (TandemWindow       *self,
                           TandemImportDialog *dialog)
{
  g_assert (TANDEM_IS_WINDOW (self));

  /* Something dropped by mistake gets a toast, not a dialog. */
  if (!tandem_import_dialog_is_bundle (dialog))
    {
      const char *problem = tandem_import_dialog_get_problem (dialog);

      tandem_window_add_toast (self, problem ? problem : _("The file is not a Tandem bundle."));
      gtk_window_destroy (GTK_WINDOW (dialog));
      return;
    }

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_import (TandemWindow *self,
             GFile        *file,
             gboolean      dropped)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  gboolean therapist;
  gint64 person_id = 0;

  if (self->store == NULL)
    return;

  /* Before a profile is chosen nobody is there to import for: keep the
   * file until there is (update_profile()). */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->mode_stack), "main") != 0)
    {
      g_debug ("Importing the bundle once a profile is chosen");
      g_set_object (&self->pending_import, file);
      return;
    }

  if (!ensure_owner (self, &error))
    {
      show_error_toast (self, error);
      return;
    }

  /* Where the records go when the bundle's person is not known here: the
   * client on screen, or for a client the owner. */
  therapist = is_therapist_profile (self);
  if (!therapist)
    person_id = tandem_record_get_id (TANDEM_RECORD (self->owner));
  else if (self->person != NULL && tandem_person_get_role (self->person) == TANDEM_PERSON_ROLE_CLIENT)
    person_id = tandem_record_get_id (TANDEM_RECORD (self->person));

  if (self->import_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->import_dialog));

  dialog = tandem_import_dialog_new (GTK_WINDOW (self), self->store, file, therapist, person_id);
  g_set_weak_pointer (&self->import_dialog, dialog);
  g_signal_connect_object (dialog, "imported",
                           G_CALLBACK (on_import_dialog_imported_cb),
                           self,
                           G_CONNECT_SWAPPED);

  if (dropped)
    g_signal_connect_object (dialog, "loaded",
                             G_CALLBACK (on_dropped_file_loaded_cb),
                             self,
                             G_CONNECT_SWAPPED);
  else
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_chooser_response_cb (TandemWindow    *self,
                               int              response,
                               GtkNativeDialog *chooser)
{
  g_assert (TANDEM_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        open_import (self, file, FALSE);
    }

  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import Bundle"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_file_filters (GTK_FILE_CHOOSER (chooser), TRUE);
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (on_import_chooser_response_cb),
                           self,
                           G_CONNECT_SWAPPED);

  replace_chooser (self, GTK_NATIVE_DIALOG (chooser));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
on_drop_cb (TandemWindow  *self,
            const GValue  *value,
            double         x,
            double         y,
            GtkDropTarget *target)
{
  GSList *files;

  g_assert (TANDEM_IS_WINDOW (self));

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) ||
      !(files = g_value_get_boxed (value)) ||
      !gtk_widget_is_sensitive (GTK_WIDGET (self)) ||
      self->store == NULL || self->owner == NULL)
    return FALSE;

  if (files->next != NULL)
    {
      tandem_window_add_toast (self, _("Drop one bundle at a time."));
      return FALSE;
    }

  open_import (self, files->data, TRUE);
  return TRUE;
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  tandem_window_show_page (TANDEM_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* From anywhere in the window: the Homework page, then its dialog. */
static void
new_homework_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);

  tandem_window_show_page (self, "homework");
  tandem_homework_page_open_dialog (TANDEM_HOMEWORK_PAGE (self->homework_page), 0);
}

static void
show_clients_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TandemWindow *self = TANDEM_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
restore_size (TandemWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_size (TandemWindow *self)
{
  int width;
  int height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
tandem_window_close_request (GtkWindow *window)
{
  save_size (TANDEM_WINDOW (window));

  return GTK_WINDOW_CLASS (tandem_window_parent_class)->close_request (window);
}

static void
tandem_window_constructed (GObject *object)
{
  TandemWindow *self = (TandemWindow *)object;
  TandemPage *pages[N_PAGES];

  G_OBJECT_CLASS (tandem_window_parent_class)->constructed (object);

  get_pages (self, pages);
  for (guint i = 0; i < N_PAGES; i++)
    tandem_page_set_store (pages[i], self->store);
  tandem_people_sidebar_set_store (self->people_sidebar, self->store);

  update_profile (self);
}

static void
tandem_window_dispose (GObject *object)
{
  TandemWindow *self = (TandemWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_WINDOW);

  g_clear_weak_pointer (&self->check_in_dialog);
  if (self->reminders_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->reminders_window));
  g_clear_weak_pointer (&self->reminders_window);
  if (self->shortcuts_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->shortcuts_window));
  g_clear_weak_pointer (&self->shortcuts_window);
  /* The dialog imports into this window's store and reports to it. */
  if (self->import_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->import_dialog));
  g_clear_weak_pointer (&self->import_dialog);
  g_clear_object (&self->pending_import);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_object (&self->person);
  g_clear_object (&self->owner);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tandem_window_parent_class)->dispose (object);
}

static void
tandem_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TandemWindow *self = TANDEM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, tandem_window_get_store (self));
      break;

    case PROP_PRESENTING:
      g_value_set_boolean (value, tandem_window_get_presenting (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TandemWindow *self = TANDEM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PRESENTING:
      tandem_window_set_presenting (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_window_class_init (TandemWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = tandem_window_constructed;
  object_class->dispose = tandem_window_dispose;
  object_class->get_property = tandem_window_get_property;
  object_class->set_property = tandem_window_set_property;

  window_class->close_request = tandem_window_close_request;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TANDEM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TANDEM_TYPE_WELCOME_VIEW);
  g_type_ensure (TANDEM_TYPE_OVERVIEW_PAGE);
  g_type_ensure (TANDEM_TYPE_PEOPLE_SIDEBAR);
  g_type_ensure (TANDEM_TYPE_GOALS_PAGE);
  g_type_ensure (TANDEM_TYPE_CHECK_INS_PAGE);
  g_type_ensure (TANDEM_TYPE_PROGRESS_PAGE);
  g_type_ensure (TANDEM_TYPE_REMINDERS_PAGE);
  g_type_ensure (TANDEM_TYPE_HOMEWORK_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, welcome_view);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, sidebar_box);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, add_client_button);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, people_sidebar);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, check_in_button);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, questionnaire_section);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, overview_page);
  /* Not used here, but looked up by the tests. */
  gtk_widget_class_bind_template_child_full (widget_class, "presenting_revealer", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "presenting_label", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "stop_presenting_button", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, goals_page);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, check_ins_page);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, progress_page);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, homework_page);
  gtk_widget_class_bind_template_callback (widget_class, on_welcome_view_profile_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_people_sidebar_selected_person_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_people_sidebar_person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_stack_visible_child_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.add-client", NULL, add_client_action);
  gtk_widget_class_install_action (widget_class, "win.rename-client", NULL, rename_client_action);
  gtk_widget_class_install_action (widget_class, "win.new-questionnaire", NULL, new_questionnaire_action);
  gtk_widget_class_install_action (widget_class, "win.edit-questionnaire", "s", edit_questionnaire_action);
  gtk_widget_class_install_action (widget_class, "win.schedule-with-client", NULL, schedule_with_client_action);
  gtk_widget_class_install_action (widget_class, "win.archive-client", NULL, archive_client_action);
  gtk_widget_class_install_action (widget_class, "win.restore-client", NULL, restore_client_action);
  gtk_widget_class_install_action (widget_class, "win.show-clients", NULL, show_clients_action);
  gtk_widget_class_install_action (widget_class, "win.new-goal", NULL, new_goal_action);
  gtk_widget_class_install_action (widget_class, "win.edit-goal", "x", edit_goal_action);
  gtk_widget_class_install_action (widget_class, "win.new-short-term-goal", "x", new_short_term_goal_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-goal", NULL);
  gtk_widget_class_install_action (widget_class, "win.check-in", NULL, check_in_action);
  gtk_widget_class_install_action (widget_class, "win.new-reminder", "(ss)", new_reminder_action);
  gtk_widget_class_install_action (widget_class, "win.show-reminders", NULL, show_reminders_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.show-reminders", NULL);
  gtk_widget_class_install_action (widget_class, "win.check-in-day", "s", check_in_day_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.check-in", NULL);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_action);
  gtk_widget_class_install_action (widget_class, "win.print-report", NULL, print_report_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-report", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print-report", NULL);
  gtk_widget_class_install_action (widget_class, "win.new-homework", NULL, new_homework_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_H, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-homework", NULL);

  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export-plan", NULL, export_plan_action);
  gtk_widget_class_install_action (widget_class, "win.export-progress", NULL, export_progress_action);
  gtk_widget_class_install_action (widget_class, "win.export-bundle", NULL, export_bundle_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", "s", export_csv_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-bundle", NULL);

  for (guint i = 0; i < N_PAGES; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", page_names[i]);

  gtk_widget_class_install_property_action (widget_class, "win.presentation", "presenting");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.presentation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "win.presentation", NULL);
}

static void
tandem_window_init (TandemWindow *self)
{
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu_cb, self, NULL);

  /* A bundle dropped on the window opens the import dialog. */
  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (on_drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-goal", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-goal", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check-in", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check-in-day", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-report", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-report", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-homework", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-client", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-questionnaire", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-questionnaire", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.archive-client", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-client", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-plan", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-progress", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-bundle", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-csv", FALSE);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::profile",
                           G_CALLBACK (on_settings_profile_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);

  restore_size (self);
}

TandemWindow *
tandem_window_new (GtkApplication *application,
                   TandemStore    *store)
{
  g_return_val_if_fail (!application || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (!store || TANDEM_IS_STORE (store), NULL);

  return g_object_new (TANDEM_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

/**
 * tandem_window_get_store:
 *
 * Returns: (transfer none) (nullable): the store the window shows
 */
TandemStore *
tandem_window_get_store (TandemWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * tandem_window_get_person:
 *
 * Returns: (transfer none) (nullable): the person the pages show
 */
TandemPerson *
tandem_window_get_person (TandemWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), NULL);

  return self->person;
}

/**
 * tandem_window_get_presenting:
 *
 * Returns: whether the window is in presentation mode
 */
gboolean
tandem_window_get_presenting (TandemWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), FALSE);

  return self->presenting;
}

/**
 * tandem_window_set_presenting:
 * @presenting: whether the screen is being shared with the client
 *
 * Presentation mode hides the clients sidebar (and with it every other
 * client), turns off switching client and the client menu, and hides the
 * therapist's private notes. A strip at the top says so while it is on.
 */
void
tandem_window_set_presenting (TandemWindow *self,
                              gboolean      presenting)
{
  g_return_if_fail (TANDEM_IS_WINDOW (self));

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;

  self->presenting = presenting;
  tandem_overview_page_set_presenting (TANDEM_OVERVIEW_PAGE (self->overview_page), presenting);

  /* Afterwards the sidebar shows the client that was presented. */
  if (!presenting && self->person != NULL && is_therapist_profile (self))
    tandem_people_sidebar_select_person_id (self->people_sidebar,
                                            tandem_record_get_id (TANDEM_RECORD (self->person)));
  update_profile (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PRESENTING]);
}

/**
 * tandem_window_show_page:
 * @page_name: "overview", "goals", "check-ins", "progress" or "homework"; or
 *   "reminders", which opens the Reminders window
 */
void
tandem_window_show_page (TandemWindow *self,
                         const char   *page_name)
{
  g_return_if_fail (TANDEM_IS_WINDOW (self));
  g_return_if_fail (page_name != NULL);

  /* The reminders have a window of their own. */
  if (g_str_equal (page_name, "reminders"))
    {
      show_reminders (self);
      return;
    }

  if (!g_strv_contains (page_names, page_name))
    {
      g_warning ("No page called “%s”", page_name);
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, page_name);
}

/**
 * tandem_window_add_toast:
 * @title: a short sentence
 *
 * Shows @title in a toast at the bottom of the window.
 */
void
tandem_window_add_toast (TandemWindow *self,
                         const char   *title)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (TANDEM_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  escaped = g_markup_escape_text (title, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/**
 * tandem_window_reload:
 *
 * Reads every page's data again, after something outside the pages (a
 * questionnaire window) changed the store.
 */
void
tandem_window_reload (TandemWindow *self)
{
  TandemPage *pages[N_PAGES];

  g_return_if_fail (TANDEM_IS_WINDOW (self));

  get_pages (self, pages);
  for (guint i = 0; i < N_PAGES; i++)
    tandem_page_reload (pages[i]);
}

/**
 * tandem_window_open_check_in:
 * @day: (nullable): the date, "YYYY-MM-DD"; %NULL for today
 * @goal_id: a goal to put the focus on, or 0
 *
 * Opens the check-in dialog for the person the window shows, or for the
 * person @goal_id belongs to (a therapist's client, from a reminder). A
 * dialog that is already open is brought forward instead, keeping what was
 * typed in it. Saving reloads the pages.
 */
void
tandem_window_open_check_in (TandemWindow *self,
                             const char   *day,
                             gint64        goal_id)
{
  GtkWidget *dialog;
  gint64 person_id;

  g_return_if_fail (TANDEM_IS_WINDOW (self));
  g_return_if_fail (day == NULL || tandem_date_is_valid (day));

  if (self->store == NULL || self->person == NULL)
    return;

  person_id = tandem_record_get_id (TANDEM_RECORD (self->person));

  if (goal_id > 0)
    {
      g_autoptr(TandemGoal) goal = NULL;
      g_autoptr(GError) error = NULL;

      goal = tandem_store_get (self->store, TANDEM_TYPE_GOAL, goal_id, &error);
      if (goal == NULL)
        {
          /* A reminder for a goal deleted since: check in for the day. */
          g_debug ("No goal %" G_GINT64_FORMAT ": %s", goal_id, error->message);
          goal_id = 0;
        }
      else if (tandem_goal_get_person_id (goal) != person_id)
        {
          if (!is_therapist_profile (self) || self->presenting ||
              !tandem_people_sidebar_select_person_id (self->people_sidebar,
                                                       tandem_goal_get_person_id (goal)))
            return;

          set_person (self, tandem_people_sidebar_get_selected_person (self->people_sidebar));
          person_id = tandem_goal_get_person_id (goal);
        }
    }

  g_debug ("Check-in for person %" G_GINT64_FORMAT ", day %s, goal %" G_GINT64_FORMAT "%s",
           person_id, day ? day : "today", goal_id,
           self->check_in_dialog ? " (dialog already open)" : "");

  if (self->check_in_dialog != NULL)
    {
      TandemCheckInDialog *open = TANDEM_CHECK_IN_DIALOG (self->check_in_dialog);
      gint64 open_person_id;

      g_object_get (open, "person-id", &open_person_id, NULL);
      if (open_person_id == person_id)
        {
          if (day != NULL)
            tandem_check_in_dialog_set_day (open, day);
          if (goal_id > 0)
            tandem_check_in_dialog_focus_goal (open, goal_id);
          gtk_window_present (GTK_WINDOW (open));
          return;
        }

      gtk_window_close (GTK_WINDOW (open));
    }

  dialog = tandem_check_in_dialog_new (GTK_WINDOW (self), self->store, person_id, day, goal_id);
  g_signal_connect_object (dialog, "saved",
                           G_CALLBACK (on_check_in_dialog_saved_cb),
                           self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->check_in_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * tandem_window_open_import:
 * @file: an exchange bundle
 *
 * Opens the import dialog on @file: the preview of what importing it
 * would add, change and remove, or what is wrong with it. A dialog already
 * open is replaced. While the window asks for a profile (the first start),
 * the dialog opens once one is chosen.
 */
void
tandem_window_open_import (TandemWindow *self,
                           GFile        *file)
{
  g_return_if_fail (TANDEM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  open_import (self, file, FALSE);
}
