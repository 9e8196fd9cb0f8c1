/* test-window.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include "tandem-add-client-dialog.h"
#include "tandem-page.h"
#include "tandem-people-sidebar.h"
#include "tandem-questionnaire-editor.h"
#include "tandem-test-util.h"
#include "tandem-reminder-editor.h"
#include "tandem-reminders-window.h"
#include "tandem-window.h"

typedef struct
{
  TandemStore *store;
  char        *dir;
  GSettings   *settings;
  GtkWidget   *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *profile = data;

  tandem_test_reset_settings ();
  fixture->settings = g_settings_new (APP_ID);
  g_settings_set_string (fixture->settings, "profile", profile);

  fixture->store = tandem_test_open_store (&fixture->dir);
  fixture->window = GTK_WIDGET (tandem_window_new (NULL, fixture->store));
  g_object_ref (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  tandem_test_iterate ();
  g_assert_finalize_object (g_steal_pointer (&fixture->window));

  g_clear_object (&fixture->store);
  tandem_test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);

  g_clear_object (&fixture->settings);
  tandem_test_reset_settings ();
}

static const char *
mode_of (Fixture *fixture)
{
  GtkWidget *stack = tandem_test_get_child (fixture->window, TANDEM_TYPE_WINDOW, "mode_stack");

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static GtkWidget *
child_of (Fixture    *fixture,
          const char *name)
{
  return tandem_test_get_child (fixture->window, TANDEM_TYPE_WINDOW, name);
}

static void
wait_until_mapped (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (gtk_widget_get_mapped (widget));
}

static void
test_first_run_client (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(TandemPerson) owner = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *profile = NULL;
  GtkWidget *welcome;
  TandemPerson *person;

  g_assert_cmpstr (mode_of (fixture), ==, "welcome");
  welcome = child_of (fixture, "welcome_view");

  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until_mapped (welcome);

  /* No one exists until the choice is made. */
  owner = tandem_store_dup_owner (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_null (owner);

  gtk_widget_activate_action (welcome, "welcome.choose-profile", "s", "client");

  profile = g_settings_get_string (fixture->settings, "profile");
  g_assert_cmpstr (profile, ==, "client");
  g_assert_cmpstr (mode_of (fixture), ==, "main");

  owner = tandem_store_dup_owner (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (owner);
  g_assert_cmpint (tandem_person_get_role (owner), ==, TANDEM_PERSON_ROLE_OWNER);
  g_assert_cmpstr (tandem_person_get_display_name (owner), !=, "");

  person = tandem_window_get_person (TANDEM_WINDOW (fixture->window));
  g_assert_nonnull (person);
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (person)),
                   ==, tandem_record_get_id (TANDEM_RECORD (owner)));
  g_assert_true (tandem_page_get_person (TANDEM_PAGE (child_of (fixture, "goals_page"))) == person);
  g_assert_false (tandem_page_get_therapist_profile (TANDEM_PAGE (child_of (fixture, "goals_page"))));

  /* One person: no sidebar, no clients. */
  g_assert_false (gtk_widget_get_visible (child_of (fixture, "sidebar_box")));
  g_assert_false (gtk_widget_is_visible (child_of (fixture, "back_button")));
  g_assert_false (gtk_widget_is_sensitive (child_of (fixture, "add_client_button")));

  /* Choosing again does not make a second owner. */
  g_settings_set_string (fixture->settings, "profile", "therapist");
  g_settings_set_string (fixture->settings, "profile", "client");
  g_assert_cmpint (tandem_store_count (fixture->store, TANDEM_TYPE_PERSON, &error), ==, 1);
  g_assert_no_error (error);

  tandem_test_iterate ();
}

static void
test_therapist (Fixture       *fixture,
                gconstpointer  data)
{
  TandemPeopleSidebar *sidebar;
  AdwMessageDialog *dialog = NULL;
  GListModel *toplevels;
  TandemPerson *person;
  GtkWidget *switcher_title;
  GtkWidget *no_clients_box;
  GtkWidget *entry;

  g_assert_cmpstr (mode_of (fixture), ==, "main");
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until_mapped (child_of (fixture, "content_box"));

  g_assert_true (gtk_widget_get_visible (child_of (fixture, "sidebar_box")));
  g_assert_true (gtk_widget_is_sensitive (child_of (fixture, "add_client_button")));

  sidebar = TANDEM_PEOPLE_SIDEBAR (child_of (fixture, "people_sidebar"));
  g_assert_cmpuint (tandem_people_sidebar_get_n_clients (sidebar), ==, 0);
  no_clients_box = tandem_test_get_child (sidebar, TANDEM_TYPE_PEOPLE_SIDEBAR, "no_clients_box");
  g_assert_true (gtk_widget_get_visible (no_clients_box));

  /* "Me" is selected at first. */
  person = tandem_window_get_person (TANDEM_WINDOW (fixture->window));
  g_assert_nonnull (person);
  g_assert_cmpint (tandem_person_get_role (person), ==, TANDEM_PERSON_ROLE_OWNER);
  g_assert_true (tandem_page_get_therapist_profile (TANDEM_PAGE (child_of (fixture, "homework_page"))));

  /* Add a client through the dialog. */
  gtk_widget_activate_action (fixture->window, "win.add-client", NULL);
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (TANDEM_IS_ADD_CLIENT_DIALOG (toplevel))
        dialog = ADW_MESSAGE_DIALOG (toplevel);
    }
  g_assert_nonnull (dialog);

  entry = tandem_test_get_child (dialog, TANDEM_TYPE_ADD_CLIENT_DIALOG, "name_entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Robin");
  adw_message_dialog_response (dialog, "add");
  tandem_test_iterate ();

  g_assert_cmpuint (tandem_people_sidebar_get_n_clients (sidebar), ==, 1);
  g_assert_false (gtk_widget_get_visible (no_clients_box));

  person = tandem_window_get_person (TANDEM_WINDOW (fixture->window));
  g_assert_cmpint (tandem_person_get_role (person), ==, TANDEM_PERSON_ROLE_CLIENT);
  g_assert_cmpstr (tandem_person_get_display_name (person), ==, "Robin");
  g_assert_true (tandem_page_get_is_client (TANDEM_PAGE (child_of (fixture, "goals_page"))));

  switcher_title = child_of (fixture, "switcher_title");
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (ADW_VIEW_SWITCHER_TITLE (switcher_title)),
                   ==, "Robin");

  /* Back to one person: the sidebar goes, the owner's pages come back. */
  g_settings_set_string (fixture->settings, "profile", "client");
  g_assert_false (gtk_widget_get_visible (child_of (fixture, "sidebar_box")));
  person = tandem_window_get_person (TANDEM_WINDOW (fixture->window));
  g_assert_cmpint (tandem_person_get_role (person), ==, TANDEM_PERSON_ROLE_OWNER);
  g_assert_false (gtk_widget_is_sensitive (child_of (fixture, "add_client_button")));

  tandem_test_iterate ();
}

static void
test_show_page (Fixture       *fixture,
                gconstpointer  data)
{
  AdwViewStack *view_stack = ADW_VIEW_STACK (child_of (fixture, "view_stack"));

  /* "Since last session" comes first. */
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "overview");

  gtk_widget_activate_action (fixture->window, "win.show-page", "s", "goals");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "goals");

  gtk_widget_activate_action (fixture->window, "win.show-page", "s", "progress");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "progress");

  gtk_widget_activate_action (fixture->window, "win.show-page", "s", "homework");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "homework");

  /* The reminders have a window of their own, for the window's person. */
  {
    GListModel *toplevels;
    TandemRemindersWindow *reminders = NULL;

    tandem_window_show_page (TANDEM_WINDOW (fixture->window), "reminders");
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "homework");
    toplevels = gtk_window_get_toplevels ();
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

        if (TANDEM_IS_REMINDERS_WINDOW (toplevel))
          reminders = TANDEM_REMINDERS_WINDOW (toplevel);
      }
    g_assert_nonnull (reminders);
    g_assert_true (tandem_page_get_person (tandem_reminders_window_get_page (reminders)) ==
                   tandem_window_get_person (TANDEM_WINDOW (fixture->window)));
    gtk_window_destroy (GTK_WINDOW (reminders));
    tandem_test_iterate ();
  }

  gtk_widget_activate_action (fixture->window, "win.show-page", "s", "check-ins");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "check-ins");

  /* A reminder set from a questionnaire opens the editor on it. */
  {
    GListModel *toplevels;
    GtkWindow *editor = NULL;

    gtk_widget_activate_action (fixture->window, "win.new-reminder", "(ss)", "questionnaire", "phq9");
    toplevels = gtk_window_get_toplevels ();
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

        if (TANDEM_IS_REMINDER_EDITOR (toplevel))
          editor = toplevel;
      }
    g_assert_nonnull (editor);
    g_assert_true (gtk_window_get_transient_for (editor) == GTK_WINDOW (fixture->window));
    g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (tandem_test_get_child (GTK_WIDGET (editor),
                                                                                        TANDEM_TYPE_REMINDER_EDITOR,
                                                                                        "kind_row"))),
                      ==, TANDEM_REMINDER_KIND_QUESTIONNAIRE);
    gtk_window_destroy (editor);
    tandem_test_iterate ();
  }

  /* The keyboard shortcuts window is not built with the main window (it
   * is built when win.show-help-overlay asks for it), and it builds. It is
   * not shown here: GTK 4.8's GtkShortcutsWindow warns about a label of its
   * own when laid out under the test display. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    g_autoptr(GtkBuilder) builder = NULL;
    GObject *shortcuts;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

        g_assert_false (GTK_IS_SHORTCUTS_WINDOW (toplevel));
      }
    g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window)));

    builder = gtk_builder_new_from_resource ("/io/github/tandemgoals/Tandem/ui/tandem-shortcuts-window.ui");
    shortcuts = gtk_builder_get_object (builder, "help_overlay");
    g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
    gtk_window_destroy (GTK_WINDOW (shortcuts));
  }
}

static void
add_person (Fixture    *fixture,
            const char *name,
            gboolean    flagged)
{
  g_autoptr(TandemPerson) person = tandem_person_new (name, TANDEM_PERSON_ROLE_CLIENT);
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_store_insert (fixture->store, TANDEM_RECORD (person), &error));
  g_assert_no_error (error);

  if (flagged)
    {
      g_autoptr(TandemResponse) response = NULL;
      g_autofree char *today = tandem_date_today ();

      response = tandem_response_new (tandem_record_get_id (TANDEM_RECORD (person)), "phq9", today);
      tandem_response_set_taken_at (response, g_get_real_time ());
      tandem_response_set_total (response, 14);
      tandem_response_set_safety_flag (response, TRUE);
      g_assert_true (tandem_store_insert (fixture->store, TANDEM_RECORD (response), &error));
      g_assert_no_error (error);
    }
}

static char *
shown_clients (TandemPeopleSidebar *sidebar)
{
  GtkWidget *view = tandem_test_get_child (sidebar, TANDEM_TYPE_PEOPLE_SIDEBAR, "clients_view");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (view)));
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TandemCaseloadEntry) entry = g_list_model_get_item (model, i);

      g_string_append_printf (names, "%s%s", i ? "," : "", tandem_caseload_entry_get_name (entry));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* The caseload: flagged clients first, search by name, and a client hidden
 * by the search is shown again when chosen by other means. */
static void
test_caseload_search (Fixture       *fixture,
                      gconstpointer  data)
{
  TandemPeopleSidebar *sidebar = TANDEM_PEOPLE_SIDEBAR (child_of (fixture, "people_sidebar"));
  GtkWidget *search = tandem_test_get_child (sidebar, TANDEM_TYPE_PEOPLE_SIDEBAR, "search_entry");
  GtkWidget *no_match = tandem_test_get_child (sidebar, TANDEM_TYPE_PEOPLE_SIDEBAR, "no_match_label");
  g_autofree char *all = NULL;
  g_autofree char *found = NULL;
  g_autofree char *none = NULL;
  g_autofree char *again = NULL;
  g_autofree char *by_activity = NULL;

  add_person (fixture, "Robin Shaw", FALSE);
  add_person (fixture, "Alex Kim", FALSE);
  add_person (fixture, "Sam Ortiz", TRUE);

  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until_mapped (child_of (fixture, "content_box"));
  tandem_people_sidebar_reload (sidebar);
  g_assert_true (gtk_widget_get_visible (search));

  all = shown_clients (sidebar);
  g_assert_cmpstr (all, ==, "Sam Ortiz,Alex Kim,Robin Shaw");

  gtk_editable_set_text (GTK_EDITABLE (search), "rob");
  g_signal_emit_by_name (search, "search-changed");
  found = shown_clients (sidebar);
  g_assert_cmpstr (found, ==, "Robin Shaw");
  g_assert_false (gtk_widget_get_visible (no_match));

  gtk_editable_set_text (GTK_EDITABLE (search), "zz");
  g_signal_emit_by_name (search, "search-changed");
  none = shown_clients (sidebar);
  g_assert_cmpstr (none, ==, "");
  g_assert_true (gtk_widget_get_visible (no_match));

  /* Chosen elsewhere (an import, a reminder): the search gives way. */
  g_assert_true (tandem_people_sidebar_select_person_id (sidebar, 3));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_false (gtk_widget_get_visible (no_match));
  again = shown_clients (sidebar);
  g_assert_cmpstr (again, ==, all);
  g_assert_cmpstr (tandem_person_get_display_name (tandem_people_sidebar_get_selected_person (sidebar)),
                   ==, "Alex Kim");

  /* Last activity: Sam's questionnaire is today; flagged first anyway. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.sort", "s", "last-activity"));
  by_activity = shown_clients (sidebar);
  g_assert_cmpstr (by_activity, ==, "Sam Ortiz,Alex Kim,Robin Shaw");
  g_assert_cmpstr (tandem_person_get_display_name (tandem_people_sidebar_get_selected_person (sidebar)),
                   ==, "Alex Kim");

  tandem_test_iterate ();
}

static AdwMessageDialog *
find_add_client_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (TANDEM_IS_ADD_CLIENT_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

/* Rename a client through the dialog; archive them and bring them back
 * with the toast's Undo. */
static void
test_rename_and_archive (Fixture       *fixture,
                         gconstpointer  data)
{
  TandemPeopleSidebar *sidebar = TANDEM_PEOPLE_SIDEBAR (child_of (fixture, "people_sidebar"));
  g_autoptr(TandemPerson) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *archived = NULL;
  g_autofree char *restored = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  add_person (fixture, "Robin Shaw", FALSE);
  add_person (fixture, "Alex Kim", FALSE);

  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until_mapped (child_of (fixture, "content_box"));
  tandem_people_sidebar_reload (sidebar);
  before = shown_clients (sidebar);
  g_assert_cmpstr (before, ==, "Alex Kim,Robin Shaw");

  /* "Me" is no client: nothing to rename or archive. */
  gtk_widget_activate_action (fixture->window, "win.rename-client", NULL);
  g_assert_null (find_add_client_dialog ());

  g_assert_true (tandem_people_sidebar_select_person_id (sidebar, 2));
  g_assert_true (gtk_widget_activate_action (fixture->window, "win.rename-client", NULL));
  dialog = find_add_client_dialog ();
  g_assert_nonnull (dialog);
  entry = tandem_test_get_child (dialog, TANDEM_TYPE_ADD_CLIENT_DIALOG, "name_entry");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Robin Shaw");
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Robin S.  ");
  adw_message_dialog_response (dialog, "add");
  tandem_test_iterate ();

  stored = tandem_store_get (fixture->store, TANDEM_TYPE_PERSON, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_person_get_display_name (stored), ==, "Robin S.");
  renamed = shown_clients (sidebar);
  g_assert_cmpstr (renamed, ==, "Alex Kim,Robin S.");
  g_assert_cmpstr (tandem_person_get_display_name (tandem_window_get_person (TANDEM_WINDOW (fixture->window))),
                   ==, "Robin S.");

  g_assert_true (gtk_widget_activate_action (fixture->window, "win.archive-client", NULL));
  g_clear_object (&stored);
  stored = tandem_store_get (fixture->store, TANDEM_TYPE_PERSON, 2, &error);
  g_assert_no_error (error);
  g_assert_true (tandem_person_get_archived (stored));
  archived = shown_clients (sidebar);
  g_assert_cmpstr (archived, ==, "Alex Kim");
  /* The window moves on to someone still in the list. */
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (tandem_window_get_person (TANDEM_WINDOW (fixture->window)))),
                   !=, 2);

  /* Undo: the toast's button. */
  {
    GtkWidget *overlay = child_of (fixture, "toast_overlay");
    GtkWidget *undo = NULL;

    for (GtkWidget *child = gtk_widget_get_first_child (overlay); child != NULL && undo == NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        /* The toast widget holds a button labelled "_Undo". */
        GtkWidget *stack[64];
        guint n = 0;

        stack[n++] = child;
        while (n > 0 && undo == NULL)
          {
            GtkWidget *widget = stack[--n];

            if (GTK_IS_BUTTON (widget) &&
                g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Undo") == 0)
              undo = widget;
            for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL && n < G_N_ELEMENTS (stack);
                 c = gtk_widget_get_next_sibling (c))
              stack[n++] = c;
          }
      }
    g_assert_nonnull (undo);
    g_signal_emit_by_name (undo, "clicked");
  }
  tandem_test_iterate ();

  g_clear_object (&stored);
  stored = tandem_store_get (fixture->store, TANDEM_TYPE_PERSON, 2, &error);
  g_assert_no_error (error);
  g_assert_false (tandem_person_get_archived (stored));
  restored = shown_clients (sidebar);
  g_assert_cmpstr (restored, ==, "Alex Kim,Robin S.");
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (tandem_window_get_person (TANDEM_WINDOW (fixture->window)))),
                   ==, 2);

  /* Archived again, then found among the archived clients and restored
   * from the main menu. */
  g_assert_true (gtk_widget_activate_action (fixture->window, "win.archive-client", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.show-archived", NULL));
  g_clear_pointer (&archived, g_free);
  archived = shown_clients (sidebar);
  g_assert_cmpstr (archived, ==, "Alex Kim,Robin S.");
  g_assert_true (tandem_people_sidebar_select_person_id (sidebar, 2));
  g_assert_true (tandem_person_get_archived (tandem_window_get_person (TANDEM_WINDOW (fixture->window))));
  g_assert_true (gtk_widget_activate_action (fixture->window, "win.restore-client", NULL));
  g_clear_object (&stored);
  stored = tandem_store_get (fixture->store, TANDEM_TYPE_PERSON, 2, &error);
  g_assert_no_error (error);
  g_assert_false (tandem_person_get_archived (stored));
  g_assert_false (tandem_person_get_archived (tandem_window_get_person (TANDEM_WINDOW (fixture->window))));
}

/* A page that counts its reloads. */
#define TEST_TYPE_COUNTING_PAGE (test_counting_page_get_type ())
G_DECLARE_FINAL_TYPE (TestCountingPage, test_counting_page, TEST, COUNTING_PAGE, TandemPage)

struct _TestCountingPage
{
  TandemPage parent_instance;
  guint      reloads;
};

G_DEFINE_FINAL_TYPE (TestCountingPage, test_counting_page, TANDEM_TYPE_PAGE)

static void
test_counting_page_reload (TandemPage *page)
{
  TEST_COUNTING_PAGE (page)->reloads++;
}

static void
test_counting_page_class_init (TestCountingPageClass *klass)
{
  TANDEM_PAGE_CLASS (klass)->reload = test_counting_page_reload;
}

static void
test_counting_page_init (TestCountingPage *self)
{
}

/* A page the view stack does not show reads its data when it is shown, not
 * each time its store or person changes; the shown page reads at once. */
static void
test_hidden_page_reloads_when_shown (Fixture       *fixture,
                                     gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  AdwViewStack *stack = ADW_VIEW_STACK (adw_view_stack_new ());
  TestCountingPage *shown = g_object_new (TEST_TYPE_COUNTING_PAGE, NULL);
  TestCountingPage *hidden = g_object_new (TEST_TYPE_COUNTING_PAGE, NULL);

  adw_view_stack_add_named (stack, GTK_WIDGET (shown), "shown");
  adw_view_stack_add_named (stack, GTK_WIDGET (hidden), "hidden");
  adw_view_stack_set_visible_child_name (stack, "shown");
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (stack));

  tandem_page_set_store (TANDEM_PAGE (shown), fixture->store);
  tandem_page_set_store (TANDEM_PAGE (hidden), fixture->store);
  tandem_page_set_therapist_profile (TANDEM_PAGE (hidden), TRUE);
  g_assert_cmpuint (shown->reloads, ==, 1);
  g_assert_cmpuint (hidden->reloads, ==, 0);

  gtk_window_present (GTK_WINDOW (window));
  wait_until_mapped (GTK_WIDGET (shown));
  g_assert_cmpuint (hidden->reloads, ==, 0);

  /* Shown: it catches up once, however many changes it missed. */
  adw_view_stack_set_visible_child_name (stack, "hidden");
  wait_until_mapped (GTK_WIDGET (hidden));
  g_assert_cmpuint (hidden->reloads, ==, 1);
  g_assert_cmpuint (shown->reloads, ==, 1);

  /* Shown again without a change in between: nothing to read. */
  adw_view_stack_set_visible_child_name (stack, "shown");
  wait_until_mapped (GTK_WIDGET (shown));
  g_assert_cmpuint (shown->reloads, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  tandem_test_iterate ();
}

static void
test_size_saved (Fixture       *fixture,
                 gconstpointer  data)
{
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 777, 555);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until_mapped (fixture->window);

  /* Closing saves the size; closing a window never shown does nothing. */
  gtk_window_close (GTK_WINDOW (fixture->window));

  g_assert_cmpint (g_settings_get_int (fixture->settings, "window-width"), ==, 777);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "window-height"), ==, 555);
  g_assert_false (g_settings_get_boolean (fixture->settings, "window-maximized"));
}

static TandemQuestionnaireEditor *
find_questionnaire_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (TANDEM_IS_QUESTIONNAIRE_EDITOR (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return TANDEM_QUESTIONNAIRE_EDITOR (toplevel);
    }

  return NULL;
}

static GtkWidget *
find_entry_row (GtkWidget *widget)
{
  if (ADW_IS_ENTRY_ROW (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry_row (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A therapist writes a questionnaire from the main menu, then edits and
 * deletes it from there; a client cannot. */
static void
test_new_questionnaire (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TandemQuestionnaireEditor *editor;
  const struct { const char *name; const char *text; } fields[] = {
    { "name_row", "Sleep Diary" },
    { "short_name_row", "SLEEP-1" },
    { "instructions_row", "Last night:" },
  };

  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until_mapped (child_of (fixture, "content_box"));

  g_assert_true (gtk_widget_activate_action (fixture->window, "win.new-questionnaire", NULL));
  editor = find_questionnaire_editor ();
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (fixture->window));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    gtk_editable_set_text (GTK_EDITABLE (tandem_test_get_child (editor, TANDEM_TYPE_QUESTIONNAIRE_EDITOR,
                                                                fields[i].name)),
                           fields[i].text);
  {
    GtkWidget *group = tandem_test_get_child (editor, TANDEM_TYPE_QUESTIONNAIRE_EDITOR, "items_group");
    GtkWidget *row = find_entry_row (group);

    /* The one item row the editor starts with. */
    g_assert_nonnull (row);
    gtk_editable_set_text (GTK_EDITABLE (row), "Slept well");
  }
  g_assert_true (tandem_questionnaire_editor_save (editor));
  tandem_test_iterate ();
  g_assert_null (find_questionnaire_editor ());
  g_assert_cmpint (tandem_store_count (fixture->store, TANDEM_TYPE_QUESTIONNAIRE, &error), ==, 1);
  g_assert_no_error (error);

  /* The main menu then offers it for editing, when it opens. */
  {
    GMenuModel *section = G_MENU_MODEL (gtk_widget_get_template_child (fixture->window, TANDEM_TYPE_WINDOW,
                                                                       "questionnaire_section"));
    GtkWidget *button = child_of (fixture, "primary_menu_button");
    g_autoptr(GMenuModel) submenu = NULL;
    g_autofree char *label = NULL;
    g_autofree char *action = NULL;
    g_autofree char *target = NULL;

    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    tandem_test_iterate ();
    g_assert_true (g_menu_model_get_item_attribute (section, 1, G_MENU_ATTRIBUTE_LABEL, "s", &label));
    g_assert_cmpstr (label, ==, "_Edit Questionnaire");
    submenu = g_menu_model_get_item_link (section, 1, G_MENU_LINK_SUBMENU);
    g_assert_nonnull (submenu);
    g_assert_cmpint (g_menu_model_get_n_items (submenu), ==, 1);
    g_clear_pointer (&label, g_free);
    g_assert_true (g_menu_model_get_item_attribute (submenu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
    g_assert_cmpstr (label, ==, "Sleep Diary");
    g_assert_true (g_menu_model_get_item_attribute (submenu, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action));
    g_assert_cmpstr (action, ==, "win.edit-questionnaire");
    g_assert_true (g_menu_model_get_item_attribute (submenu, 0, G_MENU_ATTRIBUTE_TARGET, "s", &target));
    g_assert_cmpstr (target, ==, "sleep-1");
    gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
    tandem_test_iterate ();
  }

  /* win.edit-questionnaire opens it; never taken, it can be deleted. */
  gtk_widget_activate_action (fixture->window, "win.edit-questionnaire", "s", "no-such-code");
  g_assert_null (find_questionnaire_editor ());
  g_assert_true (gtk_widget_activate_action (fixture->window, "win.edit-questionnaire", "s", "sleep-1"));
  editor = find_questionnaire_editor ();
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Questionnaire");
  {
    GtkWidget *dialog = tandem_questionnaire_editor_ask_delete (editor);

    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
    /* As a click on its button does. */
    gtk_window_close (GTK_WINDOW (dialog));
    tandem_test_iterate ();
  }
  g_assert_null (find_questionnaire_editor ());
  g_assert_cmpint (tandem_store_count (fixture->store, TANDEM_TYPE_QUESTIONNAIRE, &error), ==, 0);
  g_assert_no_error (error);

  /* With none left, the menu offers none. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (child_of (fixture, "primary_menu_button")));
  tandem_test_iterate ();
  g_assert_null (g_menu_model_get_item_link (G_MENU_MODEL (gtk_widget_get_template_child (fixture->window,
                                                                                          TANDEM_TYPE_WINDOW,
                                                                                          "questionnaire_section")),
                                             1, G_MENU_LINK_SUBMENU));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (child_of (fixture, "primary_menu_button")));
  tandem_test_iterate ();

  /* With the client profile the action is off. */
  g_settings_set_string (fixture->settings, "profile", "client");
  tandem_test_iterate ();
  gtk_widget_activate_action (fixture->window, "win.new-questionnaire", NULL);
  g_assert_null (find_questionnaire_editor ());
  gtk_widget_activate_action (fixture->window, "win.edit-questionnaire", "s", "sleep-1");
  g_assert_null (find_questionnaire_editor ());
}

int
main (int   argc,
      char *argv[])
{
  if (!tandem_test_init (&argc, &argv))
    return 0;

  g_test_add ("/ui/window/first-run", Fixture, "",
              fixture_set_up, test_first_run_client, fixture_tear_down);
  g_test_add ("/ui/window/therapist", Fixture, "therapist",
              fixture_set_up, test_therapist, fixture_tear_down);
  g_test_add ("/ui/window/show-page", Fixture, "client",
              fixture_set_up, test_show_page, fixture_tear_down);
  g_test_add ("/ui/window/caseload-search", Fixture, "therapist",
              fixture_set_up, test_caseload_search, fixture_tear_down);
  g_test_add ("/ui/window/rename-and-archive", Fixture, "therapist",
              fixture_set_up, test_rename_and_archive, fixture_tear_down);
  g_test_add ("/ui/window/new-questionnaire", Fixture, "therapist",
              fixture_set_up, test_new_questionnaire, fixture_tear_down);
  g_test_add ("/ui/window/hidden-page-reloads-when-shown", Fixture, "client",
              fixture_set_up, test_hidden_page_reloads_when_shown, fixture_tear_down);
  g_test_add ("/ui/window/size-saved", Fixture, "client",
              fixture_set_up, test_size_saved, fixture_tear_down);

  return g_test_run ();
}
