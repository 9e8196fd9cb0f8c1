/* test-templates.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-templates"

#include "config.h"

#include <string.h>

#include "tandem-add-client-dialog.h"
#include "tandem-check-ins-page.h"
#include "tandem-error-window.h"
#include "tandem-goals-page.h"
#include "tandem-homework-page.h"
#include "tandem-people-sidebar.h"
#include "tandem-preferences-window.h"
#include "tandem-progress-page.h"
#include "tandem-reminders-page.h"
#include "tandem-test-util.h"
#include "tandem-welcome-view.h"

static GType
page_type (guint i)
{
  switch (i)
    {
    case 0: return TANDEM_TYPE_GOALS_PAGE;
    case 1: return TANDEM_TYPE_CHECK_INS_PAGE;
    case 2: return TANDEM_TYPE_PROGRESS_PAGE;
    case 3: return TANDEM_TYPE_REMINDERS_PAGE;
    case 4: return TANDEM_TYPE_HOMEWORK_PAGE;
    default: g_assert_not_reached ();
    }
}

static const char *
visible_page_of (GtkWidget *page)
{
  GtkStack *stack = GTK_STACK (tandem_test_get_child (page, G_OBJECT_TYPE (page), "stack"));

  return gtk_stack_get_visible_child_name (stack);
}

static char *
dup_empty_description (GtkWidget *page)
{
  AdwStatusPage *status = ADW_STATUS_PAGE (tandem_test_get_child (page, G_OBJECT_TYPE (page), "empty_page"));

  g_assert_nonnull (adw_status_page_get_title (status));
  g_assert_cmpstr (adw_status_page_get_title (status), !=, "");
  g_assert_nonnull (adw_status_page_get_icon_name (status));

  return g_strdup (adw_status_page_get_description (status));
}

static void
test_pages_empty (void)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(TandemPerson) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  store = tandem_test_open_store (&dir);

  owner = tandem_person_new ("Alex", TANDEM_PERSON_ROLE_OWNER);
  tandem_store_insert (store, TANDEM_RECORD (owner), &error);
  g_assert_no_error (error);
  client = tandem_person_new ("Sam & Co", TANDEM_PERSON_ROLE_CLIENT);
  tandem_store_insert (store, TANDEM_RECORD (client), &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 5; i++)
    {
      GtkWidget *page = g_object_ref_sink (g_object_new (page_type (i), NULL));
      g_autofree char *no_person = NULL;
      g_autofree char *for_owner = NULL;
      g_autofree char *for_client = NULL;

      /* The calendar has no empty state: test-check-ins-page covers it. */
      if (page_type (i) == TANDEM_TYPE_CHECK_INS_PAGE)
        {
          g_assert_finalize_object (page);
          continue;
        }

      g_assert_true (TANDEM_IS_PAGE (page));
      g_assert_cmpstr (visible_page_of (page), ==, "empty");
      no_person = dup_empty_description (page);
      g_assert_nonnull (no_person);

      g_object_set (page, "store", store, "person", owner, NULL);
      g_assert_true (tandem_page_get_store (TANDEM_PAGE (page)) == store);
      g_assert_true (tandem_page_get_person (TANDEM_PAGE (page)) == owner);
      g_assert_cmpstr (visible_page_of (page), ==, "empty");
      for_owner = dup_empty_description (page);
      g_assert_cmpstr (for_owner, ==, no_person);

      /* A therapist's client is spoken about by name, escaped for markup. */
      tandem_page_set_therapist_profile (TANDEM_PAGE (page), TRUE);
      tandem_page_set_person (TANDEM_PAGE (page), client);
      g_assert_true (tandem_page_get_is_client (TANDEM_PAGE (page)));
      g_assert_cmpstr (visible_page_of (page), ==, "empty");
      for_client = dup_empty_description (page);
      g_assert_nonnull (strstr (for_client, "Sam &amp; Co"));

      g_assert_finalize_object (page);
    }

  g_clear_object (&store);
  tandem_test_remove_dir (dir);
}

static void
test_goals_page_lists_goals (void)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(TandemGoal) goal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  GtkWidget *page;
  GtkWidget *list;
  GtkWidget *row;

  store = tandem_test_open_store (&dir);
  owner = tandem_person_new ("Alex", TANDEM_PERSON_ROLE_OWNER);
  tandem_store_insert (store, TANDEM_RECORD (owner), &error);
  g_assert_no_error (error);

  page = g_object_ref_sink (tandem_goals_page_new ());
  g_object_set (page, "store", store, "person", owner, NULL);
  g_assert_cmpstr (visible_page_of (page), ==, "empty");

  goal = tandem_goal_new (tandem_record_get_id (TANDEM_RECORD (owner)),
                          TANDEM_FRAMEWORK_SMART,
                          "Walk <outside> & breathe");
  tandem_store_insert (store, TANDEM_RECORD (goal), &error);
  g_assert_no_error (error);

  tandem_page_reload (TANDEM_PAGE (page));
  g_assert_cmpstr (visible_page_of (page), ==, "list");

  list = tandem_test_get_child (page, TANDEM_TYPE_GOALS_PAGE, "active_list");
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_cmpstr (tandem_list_row_get_title (TANDEM_LIST_ROW (row)), ==, "Walk <outside> & breathe");

  g_assert_finalize_object (page);
  g_clear_object (&store);
  tandem_test_remove_dir (dir);
}

static void
on_profile_chosen_cb (TandemWelcomeView  *view,
                      const char         *profile,
                      char              **chosen)
{
  g_free (*chosen);
  *chosen = g_strdup (profile);
}

static void
test_welcome_view (void)
{
  GtkWidget *view = g_object_ref_sink (tandem_welcome_view_new ());
  g_autofree char *chosen = NULL;
  GtkWidget *button;

  g_signal_connect (view, "profile-chosen", G_CALLBACK (on_profile_chosen_cb), &chosen);

  button = tandem_test_get_child (view, TANDEM_TYPE_WELCOME_VIEW, "client_button");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "welcome.choose-profile");
  tandem_test_get_child (view, TANDEM_TYPE_WELCOME_VIEW, "therapist_button");

  gtk_widget_activate_action (view, "welcome.choose-profile", "s", "therapist");
  g_assert_cmpstr (chosen, ==, "therapist");

  gtk_widget_activate_action (view, "welcome.choose-profile", "s", "client");
  g_assert_cmpstr (chosen, ==, "client");

  g_assert_finalize_object (view);
}

static void
test_error_window (void)
{
  g_autoptr(GError) error = NULL;
  AdwStatusPage *status;
  GtkWidget *window;
  GtkWidget *button;
  GtkLabel *path_label;

  window = tandem_error_window_new (NULL);
  g_object_ref (window);

  g_set_error_literal (&error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FOREIGN,
                       "This file belongs to <another> program.");
  tandem_error_window_set_error (TANDEM_ERROR_WINDOW (window), "/tmp/some file.db", error);

  status = ADW_STATUS_PAGE (tandem_test_get_child (window, TANDEM_TYPE_ERROR_WINDOW, "status_page"));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "&lt;another&gt;"));

  path_label = GTK_LABEL (tandem_test_get_child (window, TANDEM_TYPE_ERROR_WINDOW, "path_label"));
  g_assert_cmpstr (gtk_label_get_label (path_label), ==, "/tmp/some file.db");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (path_label)));

  tandem_error_window_set_error (TANDEM_ERROR_WINDOW (window), NULL, error);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (path_label)));

  /* The path is not repeated when the message names it. */
  g_clear_error (&error);
  g_set_error_literal (&error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_TOO_NEW,
                       "“/tmp/x.db” was written by a newer version of Tandem.");
  tandem_error_window_set_error (TANDEM_ERROR_WINDOW (window), "/tmp/x.db", error);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (path_label)));

  button = tandem_test_get_child (window, TANDEM_TYPE_ERROR_WINDOW, "choose_button");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "error.choose-file");
  button = tandem_test_get_child (window, TANDEM_TYPE_ERROR_WINDOW, "new_button");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "error.new-file");

  gtk_window_present (GTK_WINDOW (window));
  tandem_test_iterate ();

  gtk_window_destroy (GTK_WINDOW (window));
  tandem_test_iterate ();
  g_assert_finalize_object (window);
}

static void
test_preferences_window (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *profile = NULL;
  g_autofree char *color_scheme = NULL;
  GtkWidget *window;
  GtkWidget *client_check;
  GtkWidget *therapist_check;
  GtkWidget *follow_check;
  GtkWidget *dark_check;

  tandem_test_reset_settings ();
  g_settings_set_string (settings, "profile", "client");

  window = tandem_preferences_window_new (NULL);
  g_object_ref (window);

  client_check = tandem_test_get_child (window, TANDEM_TYPE_PREFERENCES_WINDOW, "client_check");
  therapist_check = tandem_test_get_child (window, TANDEM_TYPE_PREFERENCES_WINDOW, "therapist_check");
  follow_check = tandem_test_get_child (window, TANDEM_TYPE_PREFERENCES_WINDOW, "follow_system_check");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (client_check)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (therapist_check)));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (follow_check)));

  gtk_widget_activate_action (window, "prefs.profile", "s", "therapist");
  profile = g_settings_get_string (settings, "profile");
  g_assert_cmpstr (profile, ==, "therapist");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (therapist_check)));

  dark_check = tandem_test_get_child (window, TANDEM_TYPE_PREFERENCES_WINDOW, "dark_check");
  gtk_widget_activate (dark_check);
  color_scheme = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (color_scheme, ==, "dark");

  gtk_window_destroy (GTK_WINDOW (window));
  tandem_test_iterate ();
  g_assert_finalize_object (window);

  tandem_test_reset_settings ();
}

static void
test_add_client_dialog (void)
{
  GtkWidget *dialog = tandem_add_client_dialog_new (NULL);
  AdwMessageDialog *message_dialog = ADW_MESSAGE_DIALOG (dialog);
  GtkEditable *entry;
  g_autofree char *name = NULL;

  g_object_ref (dialog);

  entry = GTK_EDITABLE (tandem_test_get_child (dialog, TANDEM_TYPE_ADD_CLIENT_DIALOG, "name_entry"));
  g_assert_false (adw_message_dialog_get_response_enabled (message_dialog, "add"));
  g_assert_true (adw_message_dialog_get_response_enabled (message_dialog, "cancel"));

  gtk_editable_set_text (entry, "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (message_dialog, "add"));

  gtk_editable_set_text (entry, "  Robin  ");
  g_assert_true (adw_message_dialog_get_response_enabled (message_dialog, "add"));
  name = tandem_add_client_dialog_dup_name (TANDEM_ADD_CLIENT_DIALOG (dialog));
  g_assert_cmpstr (name, ==, "Robin");

  gtk_window_destroy (GTK_WINDOW (dialog));
  tandem_test_iterate ();
  g_assert_finalize_object (dialog);
}

static void
test_people_sidebar (void)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(TandemPerson) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  GtkWidget *sidebar;
  GtkWidget *no_clients_box;
  TandemPerson *selected;

  store = tandem_test_open_store (&dir);
  owner = tandem_person_new ("Dr. Alex", TANDEM_PERSON_ROLE_OWNER);
  tandem_store_insert (store, TANDEM_RECORD (owner), &error);
  g_assert_no_error (error);

  sidebar = g_object_ref_sink (tandem_people_sidebar_new ());
  no_clients_box = tandem_test_get_child (sidebar, TANDEM_TYPE_PEOPLE_SIDEBAR, "no_clients_box");

  tandem_people_sidebar_set_store (TANDEM_PEOPLE_SIDEBAR (sidebar), store);
  g_assert_cmpuint (tandem_people_sidebar_get_n_clients (TANDEM_PEOPLE_SIDEBAR (sidebar)), ==, 0);
  g_assert_true (gtk_widget_get_visible (no_clients_box));
  selected = tandem_people_sidebar_get_selected_person (TANDEM_PEOPLE_SIDEBAR (sidebar));
  g_assert_nonnull (selected);
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (selected)),
                   ==, tandem_record_get_id (TANDEM_RECORD (owner)));

  client = tandem_person_new ("Robin", TANDEM_PERSON_ROLE_CLIENT);
  tandem_store_insert (store, TANDEM_RECORD (client), &error);
  g_assert_no_error (error);

  tandem_people_sidebar_reload (TANDEM_PEOPLE_SIDEBAR (sidebar));
  g_assert_cmpuint (tandem_people_sidebar_get_n_clients (TANDEM_PEOPLE_SIDEBAR (sidebar)), ==, 1);
  g_assert_false (gtk_widget_get_visible (no_clients_box));

  /* Reloading keeps the selection. */
  g_assert_true (tandem_people_sidebar_select_person_id (TANDEM_PEOPLE_SIDEBAR (sidebar),
                                                         tandem_record_get_id (TANDEM_RECORD (client))));
  tandem_people_sidebar_reload (TANDEM_PEOPLE_SIDEBAR (sidebar));
  selected = tandem_people_sidebar_get_selected_person (TANDEM_PEOPLE_SIDEBAR (sidebar));
  g_assert_cmpstr (tandem_person_get_display_name (selected), ==, "Robin");

  g_assert_false (tandem_people_sidebar_select_person_id (TANDEM_PEOPLE_SIDEBAR (sidebar), 4242));

  g_assert_finalize_object (sidebar);
  g_clear_object (&store);
  tandem_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!tandem_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/ui/pages/empty", test_pages_empty);
  g_test_add_func ("/ui/pages/goals-list", test_goals_page_lists_goals);
  g_test_add_func ("/ui/welcome-view", test_welcome_view);
  g_test_add_func ("/ui/error-window", test_error_window);
  g_test_add_func ("/ui/preferences-window", test_preferences_window);
  g_test_add_func ("/ui/add-client-dialog", test_add_client_dialog);
  g_test_add_func ("/ui/people-sidebar", test_people_sidebar);

  return g_test_run ();
}
