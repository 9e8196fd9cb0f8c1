/* test-overview-page.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-overview-page"

#include "config.h"

#include "tandem-overview-page.h"
#include "tandem-people-sidebar.h"
#include "tandem-test-util.h"
#include "tandem-window.h"

typedef struct
{
  TandemStore *store;
  char        *dir;
  GSettings   *settings;
  GtkWidget   *window;
  gint64       client_id;
  gint64       other_id;
  gint64       session_id;
} Fixture;

static gint64
insert (Fixture  *fixture,
        gpointer  record)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (tandem_store_insert (fixture->store, record, &error));
  g_assert_no_error (error);
  id = tandem_record_get_id (record);
  g_object_unref (record);
  return id;
}

/* A therapist with two clients; Robin is in a session that started ten
 * minutes ago, after a PHQ-9 with the safety flag since the last one. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *today = tandem_date_today ();
  g_autofree char *yesterday = tandem_date_add_days (today, -1);
  gint64 now = g_get_real_time ();
  TandemTherapySession *session;
  TandemResponse *response;
  TandemCheckIn *check_in;

  tandem_test_reset_settings ();
  fixture->settings = g_settings_new (APP_ID);
  g_settings_set_string (fixture->settings, "profile", "therapist");

  fixture->store = tandem_test_open_store (&fixture->dir);
  insert (fixture, tandem_person_new ("Therapist", TANDEM_PERSON_ROLE_OWNER));
  fixture->client_id = insert (fixture, tandem_person_new ("Robin", TANDEM_PERSON_ROLE_CLIENT));
  fixture->other_id = insert (fixture, tandem_person_new ("Alex", TANDEM_PERSON_ROLE_CLIENT));

  insert (fixture, tandem_therapy_session_new (fixture->client_id, now - 8 * G_TIME_SPAN_DAY));
  session = tandem_therapy_session_new (fixture->client_id, now - 10 * G_TIME_SPAN_MINUTE);
  tandem_therapy_session_set_agenda (session, "Sleep plan");
  tandem_therapy_session_set_notes (session, "Private: ask about the weekend");
  fixture->session_id = insert (fixture, session);

  response = tandem_response_new (fixture->client_id, "phq9", yesterday);
  tandem_response_set_taken_at (response, now - G_TIME_SPAN_DAY);
  tandem_response_set_total (response, 14);
  tandem_response_set_safety_flag (response, TRUE);
  insert (fixture, response);

  check_in = tandem_check_in_new (fixture->client_id, 0, yesterday);
  tandem_check_in_set_rating (check_in, 6);
  tandem_check_in_set_win (check_in, TRUE);
  tandem_check_in_set_note (check_in, "Slept through");
  tandem_check_in_set_stressors (check_in, "Work");
  insert (fixture, check_in);

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

static GtkWidget *
window_child (Fixture    *fixture,
              const char *name)
{
  return tandem_test_get_child (fixture->window, TANDEM_TYPE_WINDOW, name);
}

static GtkWidget *
page_child (Fixture    *fixture,
            const char *name)
{
  return tandem_test_get_child (window_child (fixture, "overview_page"), TANDEM_TYPE_OVERVIEW_PAGE, name);
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
show_client (Fixture *fixture)
{
  TandemPeopleSidebar *sidebar = TANDEM_PEOPLE_SIDEBAR (window_child (fixture, "people_sidebar"));

  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until_mapped (window_child (fixture, "content_box"));
  tandem_people_sidebar_reload (sidebar);
  g_assert_true (tandem_people_sidebar_select_person_id (sidebar, fixture->client_id));
  tandem_test_iterate ();
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (tandem_window_get_person (TANDEM_WINDOW (fixture->window)))),
                   ==, fixture->client_id);
}

static char *
text_of (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The client's overview: the flag first, the session in progress with its
 * agenda and notes, the period from the session before it. */
static void
test_client_overview (Fixture       *fixture,
                      gconstpointer  data)
{
  TandemOverviewPage *page;
  TandemOverview *overview;
  TandemTherapySession *session;
  g_autofree char *agenda = NULL;
  g_autofree char *notes = NULL;
  guint n;

  show_client (fixture);
  page = TANDEM_OVERVIEW_PAGE (window_child (fixture, "overview_page"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

  overview = tandem_overview_page_get_overview (page);
  g_assert_nonnull (overview);
  g_assert_cmpint (tandem_overview_get_person_id (overview), ==, fixture->client_id);
  g_assert_cmpint (tandem_overview_get_session_id (overview), !=, fixture->session_id);
  g_assert_cmpint (tandem_overview_get_session_id (overview), !=, 0);
  tandem_overview_get_flags (overview, &n);
  g_assert_cmpuint (n, ==, 1);
  tandem_overview_get_wins (overview, &n);
  g_assert_cmpuint (n, ==, 1);

  g_assert_true (gtk_widget_get_visible (page_child (fixture, "flags_group")));
  g_assert_true (gtk_widget_get_visible (page_child (fixture, "session_group")));
  g_assert_false (gtk_widget_get_visible (page_child (fixture, "start_session_button")));

  session = tandem_overview_page_get_session (page);
  g_assert_nonnull (session);
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (session)), ==, fixture->session_id);
  agenda = text_of (page_child (fixture, "agenda_view"));
  notes = text_of (page_child (fixture, "notes_view"));
  g_assert_cmpstr (agenda, ==, "Sleep plan");
  g_assert_cmpstr (notes, ==, "Private: ask about the weekend");
  g_assert_true (gtk_widget_is_visible (page_child (fixture, "notes_box")));
}

/* Typing is saved after a pause, or at once when the page reloads. */
static void
test_session_notes_saved (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TandemTherapySession) stored = NULL;
  g_autoptr(GError) error = NULL;
  TandemOverviewPage *page;
  GtkTextBuffer *buffer;
  gint64 deadline;

  show_client (fixture);
  page = TANDEM_OVERVIEW_PAGE (window_child (fixture, "overview_page"));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (page_child (fixture, "agenda_view")));
  gtk_text_buffer_set_text (buffer, "Sleep plan, then homework", -1);

  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  do
    {
      g_clear_object (&stored);
      g_main_context_iteration (NULL, TRUE);
      stored = tandem_store_get (fixture->store, TANDEM_TYPE_THERAPY_SESSION, fixture->session_id, &error);
      g_assert_no_error (error);
    }
  while (g_strcmp0 (tandem_therapy_session_get_agenda (stored), "Sleep plan, then homework") != 0 &&
         g_get_monotonic_time () < deadline);
  g_assert_cmpstr (tandem_therapy_session_get_agenda (stored), ==, "Sleep plan, then homework");

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (page_child (fixture, "notes_view")));
  gtk_text_buffer_set_text (buffer, "", -1);
  tandem_page_reload (TANDEM_PAGE (page));
  g_clear_object (&stored);
  stored = tandem_store_get (fixture->store, TANDEM_TYPE_THERAPY_SESSION, fixture->session_id, &error);
  g_assert_null (tandem_therapy_session_get_notes (stored));
}

/* Presentation mode hides the sidebar, the client menu and the private
 * notes, shows the strip, and brings them all back after. */
static void
test_presentation_mode (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GVariant) state = NULL;
  GtkWidget *notes_box, *sidebar_box, *revealer;
  TandemPeopleSidebar *sidebar;

  show_client (fixture);
  notes_box = page_child (fixture, "notes_box");
  sidebar_box = window_child (fixture, "sidebar_box");
  revealer = window_child (fixture, "presenting_revealer");
  sidebar = TANDEM_PEOPLE_SIDEBAR (window_child (fixture, "people_sidebar"));

  g_assert_true (gtk_widget_is_visible (notes_box));
  g_assert_true (gtk_widget_is_visible (sidebar_box));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (gtk_widget_is_sensitive (window_child (fixture, "add_client_button")));

  g_assert_true (gtk_widget_activate_action (fixture->window, "win.presentation", NULL));
  tandem_test_iterate ();

  g_assert_true (tandem_window_get_presenting (TANDEM_WINDOW (fixture->window)));
  g_assert_false (gtk_widget_is_visible (notes_box));
  g_assert_false (gtk_widget_is_visible (sidebar_box));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (gtk_widget_is_visible (window_child (fixture, "presenting_label")));
  g_assert_true (gtk_widget_is_visible (page_child (fixture, "agenda_box")));
  g_assert_true (gtk_widget_get_visible (page_child (fixture, "flags_group")));

  /* No other client can come up: choosing one in the hidden sidebar does
   * not switch, and adding clients is off. */
  g_assert_true (tandem_people_sidebar_select_person_id (sidebar, fixture->other_id));
  tandem_test_iterate ();
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (tandem_window_get_person (TANDEM_WINDOW (fixture->window)))),
                   ==, fixture->client_id);
  g_assert_false (gtk_widget_is_sensitive (window_child (fixture, "add_client_button")));

  /* The stop button and the shortcut's action turn it off. */
  g_signal_emit_by_name (window_child (fixture, "stop_presenting_button"), "clicked");
  tandem_test_iterate ();

  g_assert_false (tandem_window_get_presenting (TANDEM_WINDOW (fixture->window)));
  g_assert_true (gtk_widget_is_visible (sidebar_box));
  g_assert_true (gtk_widget_is_visible (notes_box));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (gtk_widget_is_sensitive (window_child (fixture, "add_client_button")));

  /* The client shown while presenting stays, chosen in the sidebar too. */
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (tandem_window_get_person (TANDEM_WINDOW (fixture->window)))),
                   ==, fixture->client_id);
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (tandem_people_sidebar_get_selected_person (sidebar))),
                   ==, fixture->client_id);
}

int
main (int   argc,
      char *argv[])
{
  if (!tandem_test_init (&argc, &argv))
    return 0;

  g_test_add ("/ui/overview/client", Fixture, NULL, fixture_set_up, test_client_overview, fixture_tear_down);
  g_test_add ("/ui/overview/session-notes", Fixture, NULL, fixture_set_up, test_session_notes_saved, fixture_tear_down);
  g_test_add ("/ui/overview/presentation", Fixture, NULL, fixture_set_up, test_presentation_mode, fixture_tear_down);

  return g_test_run ();
}
