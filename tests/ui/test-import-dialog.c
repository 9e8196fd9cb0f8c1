/* test-import-dialog.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-import-dialog"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tandem-export.h"
#include "tandem-import-dialog.h"
#include "tandem-people-sidebar.h"
#include "tandem-test-util.h"
#include "tandem-window.h"

/* A client's demo database exports its progress; a therapist's database,
 * with that client under the same name, imports it through the dialog. */

#define TODAY "2026-03-15"

typedef struct
{
  char        *client_dir;
  TandemStore *client_store;
  char        *client_name;
  guint        client_check_ins;
  char        *dir;             /* the therapist's */
  TandemStore *store;
  gint64       owner_id;
  gint64       client_id;
  char        *bundle_path;
  GFile       *bundle;
} Fixture;

static gint64
insert_person (TandemStore      *store,
               const char       *name,
               TandemPersonRole  role)
{
  g_autoptr(TandemPerson) person = tandem_person_new (name, role);
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_store_insert (store, TANDEM_RECORD (person), &error));
  g_assert_no_error (error);

  return tandem_record_get_id (TANDEM_RECORD (person));
}

static guint
count_check_ins (TandemStore *store,
                 gint64       person_id)
{
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;

  list = tandem_store_list_check_ins (store, person_id, NULL, NULL, &error);
  g_assert_no_error (error);

  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *client_name_here = data;
  TandemDemoOptions options = { TANDEM_DEMO_PROFILE_CLIENT, 0, 0, 7, TODAY };
  g_autoptr(TandemPerson) client_owner = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 client_owner_id;

  tandem_test_reset_settings ();

  f->client_store = tandem_test_open_store (&f->client_dir);
  g_assert_true (tandem_demo_fill (f->client_store, &options, &error));
  g_assert_no_error (error);
  client_owner = tandem_store_dup_owner (f->client_store, &error);
  g_assert_no_error (error);
  client_owner_id = tandem_record_get_id (TANDEM_RECORD (client_owner));
  f->client_name = g_strdup (tandem_person_get_display_name (client_owner));
  f->client_check_ins = count_check_ins (f->client_store, client_owner_id);
  g_assert_cmpuint (f->client_check_ins, >, 0);

  f->store = tandem_test_open_store (&f->dir);
  f->owner_id = insert_person (f->store, "Dr Lee", TANDEM_PERSON_ROLE_OWNER);
  insert_person (f->store, "Sam", TANDEM_PERSON_ROLE_CLIENT);
  f->client_id = insert_person (f->store, client_name_here ? client_name_here : f->client_name,
                                TANDEM_PERSON_ROLE_CLIENT);

  bytes = tandem_exchange_export (f->client_store, client_owner_id, TANDEM_EXCHANGE_KIND_PROGRESS, &error);
  g_assert_no_error (error);
  f->bundle_path = g_build_filename (f->client_dir, "progress" TANDEM_BUNDLE_SUFFIX, NULL);
  g_assert_true (g_file_set_contents (f->bundle_path, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes), &error));
  g_assert_no_error (error);
  f->bundle = g_file_new_for_path (f->bundle_path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->bundle);
  g_clear_object (&f->store);
  g_clear_object (&f->client_store);
  tandem_test_remove_dir (f->dir);
  tandem_test_remove_dir (f->client_dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->client_dir, g_free);
  g_clear_pointer (&f->client_name, g_free);
  g_clear_pointer (&f->bundle_path, g_free);
  tandem_test_reset_settings ();
}

/* -- helpers ---------------------------------------------------------------- */

static void
wait_for (gboolean *flag)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (*flag);
}

static void
set_flag (gboolean *flag)
{
  *flag = TRUE;
}

static void
on_imported (TandemImportDialog *dialog,
             gint64              person_id,
             gint64             *out)
{
  *out = person_id;
}

static TandemImportDialog *
open_dialog (Fixture    *f,
             GFile      *file,
             gboolean    therapist,
             gint64      person_id)
{
  GtkWidget *dialog = tandem_import_dialog_new (NULL, f->store, file, therapist, person_id);
  gboolean loaded = FALSE;

  g_object_ref (dialog);
  g_signal_connect_swapped (dialog, "loaded", G_CALLBACK (set_flag), &loaded);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for (&loaded);
  g_signal_handlers_disconnect_by_func (dialog, set_flag, &loaded);
  g_assert_true (tandem_import_dialog_is_loaded (TANDEM_IMPORT_DIALOG (dialog)));

  return TANDEM_IMPORT_DIALOG (dialog);
}

/* Drops the test's reference and checks the object is freed: GTK may let
 * go of a destroyed window an iteration or two later. */
static void
assert_freed (gpointer object)
{
  gpointer alive = object;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  g_object_add_weak_pointer (G_OBJECT (object), &alive);
  g_object_unref (object);

  while (alive != NULL && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  g_assert_null (alive);
}

static void
close_dialog (TandemImportDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  assert_freed (dialog);
}

static const char *
visible_page (TandemImportDialog *dialog)
{
  GtkWidget *stack = tandem_test_get_child (dialog, TANDEM_TYPE_IMPORT_DIALOG, "stack");

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static gboolean
can_import (TandemImportDialog *dialog)
{
  GtkWidget *button = tandem_test_get_child (dialog, TANDEM_TYPE_IMPORT_DIALOG, "import_button");

  return gtk_widget_is_sensitive (button);
}

/* The titles of the rows in the template child @group_name, one per line. */
static char *
dup_group_rows (TandemImportDialog *dialog,
                const char         *group_name)
{
  GtkWidget *group = tandem_test_get_child (dialog, TANDEM_TYPE_IMPORT_DIALOG, group_name);
  GString *titles = g_string_new (NULL);
  GPtrArray *stack = g_ptr_array_new ();

  if (!gtk_widget_get_visible (group))
    {
      g_ptr_array_unref (stack);
      return g_string_free (titles, FALSE);
    }

  g_ptr_array_add (stack, group);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);
      GPtrArray *children = g_ptr_array_new ();

      if (ADW_IS_ACTION_ROW (widget))
        g_string_append_printf (titles, "%s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (children, child);
      /* Depth first, in order. */
      for (guint i = children->len; i > 0; i--)
        g_ptr_array_add (stack, children->pdata[i - 1]);
      g_ptr_array_unref (children);
    }

  g_ptr_array_unref (stack);
  return g_string_free (titles, FALSE);
}

/* What a check that writes nothing must leave as it was: the database and
 * its write-ahead log, byte for byte. */
static char *
dup_database_bytes (Fixture *f)
{
  GString *all = g_string_new (NULL);
  const char *suffixes[] = { "", "-wal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (tandem_store_get_path (f->store), suffixes[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (path, &contents, &length, NULL))
        {
          g_autofree char *checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                                   (const guchar *) contents, length);

          g_string_append_printf (all, "%s %" G_GSIZE_FORMAT " %s\n", path, length, checksum);
        }
    }

  return g_string_free (all, FALSE);
}

/* -- tests ------------------------------------------------------------------ */

/* The therapist's client has the name the client's own database gives its
 * owner: the preview counts the new check-ins, and Import adds them. */
static void
test_preview_and_import (Fixture       *f,
                         gconstpointer  data)
{
  TandemImportDialog *dialog = open_dialog (f, f->bundle, TRUE, 0);
  g_autofree char *added = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *removed = NULL;
  GtkWidget *note;
  gint64 imported_into = 0;

  g_assert_true (tandem_import_dialog_is_bundle (dialog));
  g_assert_null (tandem_import_dialog_get_problem (dialog));
  g_assert_cmpstr (visible_page (dialog), ==, "preview");
  g_assert_cmpint (tandem_import_dialog_get_person_id (dialog), ==, f->client_id);
  note = tandem_test_get_child (dialog, TANDEM_TYPE_IMPORT_DIALOG, "person_note");
  g_assert_false (gtk_widget_get_visible (note));

  added = dup_group_rows (dialog, "added_group");
  g_test_message ("added:\n%s", added);
  expected = g_strdup_printf ("%u check-ins\n", f->client_check_ins);
  g_assert_true (g_str_has_prefix (added, expected));
  g_assert_nonnull (strstr (added, "5 goals\n"));
  g_assert_nonnull (strstr (added, "questionnaire responses\n"));
  changed = dup_group_rows (dialog, "changed_group");
  removed = dup_group_rows (dialog, "removed_group");
  g_assert_cmpstr (changed, ==, "");
  g_assert_cmpstr (removed, ==, "");
  g_assert_true (can_import (dialog));

  /* Nothing is written before Import. */
  g_assert_cmpuint (count_check_ins (f->store, f->client_id), ==, 0);

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &imported_into);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  {
    gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

    while (imported_into == 0 && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_cmpint (imported_into, ==, f->client_id);
  g_assert_cmpuint (count_check_ins (f->store, f->client_id), ==, f->client_check_ins);

  /* The dialog closed itself. */
  assert_freed (dialog);

  /* The same bundle again has nothing new. */
  dialog = open_dialog (f, f->bundle, TRUE, 0);
  g_assert_cmpstr (visible_page (dialog), ==, "preview");
  g_free (added);
  added = dup_group_rows (dialog, "added_group");
  g_assert_cmpstr (added, ==, "");
  g_assert_true (gtk_widget_get_visible (tandem_test_get_child (dialog, TANDEM_TYPE_IMPORT_DIALOG,
                                                                "nothing_label")));
  g_assert_false (can_import (dialog));
  close_dialog (dialog);
  /* The client edits one check-in and deletes another, and exports again:
   * one changed, one removed. */
  {
    g_autoptr(TandemPerson) client_owner = tandem_store_dup_owner (f->client_store, NULL);
    gint64 client_owner_id = tandem_record_get_id (TANDEM_RECORD (client_owner));
    g_autoptr(GListStore) list = tandem_store_list_check_ins (f->client_store, client_owner_id, NULL, NULL, NULL);
    g_autoptr(TandemCheckIn) edited = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_autoptr(TandemCheckIn) deleted = g_list_model_get_item (G_LIST_MODEL (list), 1);
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(GError) error = NULL;

    tandem_check_in_set_note (edited, "Better than I thought.");
    g_assert_true (tandem_store_update (f->client_store, TANDEM_RECORD (edited), &error));
    g_assert_true (tandem_store_delete (f->client_store, TANDEM_RECORD (deleted), &error));
    g_assert_no_error (error);
    bytes = tandem_exchange_export (f->client_store, client_owner_id, TANDEM_EXCHANGE_KIND_PROGRESS, &error);
    g_assert_no_error (error);
    g_assert_true (g_file_set_contents (f->bundle_path, g_bytes_get_data (bytes, NULL),
                                        (gssize) g_bytes_get_size (bytes), &error));
    g_assert_no_error (error);
  }

  dialog = open_dialog (f, f->bundle, TRUE, 0);
  g_free (added);
  g_free (changed);
  g_free (removed);
  added = dup_group_rows (dialog, "added_group");
  changed = dup_group_rows (dialog, "changed_group");
  removed = dup_group_rows (dialog, "removed_group");
  g_assert_cmpstr (added, ==, "");
  g_assert_cmpstr (changed, ==, "1 check-in\n");
  g_assert_cmpstr (removed, ==, "1 check-in\n");
  g_assert_true (can_import (dialog));
  close_dialog (dialog);
}

static void
assert_refused (Fixture    *f,
                const char *contents,
                gssize      length,
                const char *expected)
{
  g_autofree char *path = g_build_filename (f->client_dir, "broken" TANDEM_BUNDLE_SUFFIX, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *escaped = NULL;
  TandemImportDialog *dialog;
  GtkWidget *page;
  const char *problem;

  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);

  before = dup_database_bytes (f);
  dialog = open_dialog (f, file, TRUE, f->client_id);

  problem = tandem_import_dialog_get_problem (dialog);
  g_test_message ("problem: %s", problem);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, expected));
  g_assert_cmpstr (visible_page (dialog), ==, "invalid");
  page = tandem_test_get_child (dialog, TANDEM_TYPE_IMPORT_DIALOG, "invalid_page");
  escaped = g_markup_escape_text (problem, -1);
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), ==, escaped);
  g_assert_false (can_import (dialog));

  /* Import is refused even when asked for. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  tandem_test_iterate ();
  close_dialog (dialog);

  after = dup_database_bytes (f);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_check_ins (f->store, f->client_id), ==, 0);
}

static char *
replace_once (const char *text,
              const char *from,
              const char *to)
{
  const char *at = strstr (text, from);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

/* A file that is no bundle, a broken one, one from a newer Tandem and one
 * with a record out of range each say what and where, and change nothing. */
static void
test_malformed (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *good = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *bad_rating = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *check_ins;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (f->bundle_path, &good, &length, &error));
  g_assert_no_error (error);

  assert_refused (f, "\x89PNG\r\n\x1a\n", -1, "not a Tandem bundle");
  /* Cut off in the middle: the JSON reader's line and column. */
  assert_refused (f, good, (gssize) (length / 2), "not valid JSON at line");
  newer = replace_once (good, "\"version\" : 1", "\"version\" : 2");
  assert_refused (f, newer, -1, "version: The bundle was written by a newer version of Tandem");
  /* One rating out of range, deep in the file. */
  root = json_from_string (good, &error);
  g_assert_no_error (error);
  check_ins = json_object_get_array_member (json_object_get_object_member (json_node_get_object (root), "records"),
                                            "check-in");
  json_object_set_int_member (json_array_get_object_element (check_ins, 5), "rating", 11);
  bad_rating = json_to_string (root, TRUE);
  assert_refused (f, bad_rating, -1, "records.check-in[5].rating: The rating must be between 0 and 10, not 11.");
}

/* A client's own name there is not the name here: the dialog says so, and
 * the therapist chooses the client. */
static void
test_choose_person (Fixture       *f,
                    gconstpointer  data)
{
  TandemImportDialog *dialog = open_dialog (f, f->bundle, TRUE, 0);
  GtkWidget *note = tandem_test_get_child (dialog, TANDEM_TYPE_IMPORT_DIALOG, "person_note");
  GtkWidget *row = tandem_test_get_child (dialog, TANDEM_TYPE_IMPORT_DIALOG, "person_row");
  g_autofree char *added = NULL;
  GListModel *names;
  guint client_index = GTK_INVALID_LIST_POSITION;

  g_assert_true (tandem_import_dialog_is_bundle (dialog));
  g_assert_cmpint (tandem_import_dialog_get_person_id (dialog), ==, 0);
  g_assert_true (gtk_widget_get_visible (note));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (note)), f->client_name));
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_false (can_import (dialog));

  /* "Me", Sam and the client. */
  names = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 3);
  for (guint i = 0; i < 3; i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Alex M."))
      client_index = i;
  g_assert_cmpuint (client_index, <, 3);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), client_index);
  g_assert_cmpint (tandem_import_dialog_get_person_id (dialog), ==, f->client_id);

  /* The preview runs again, for that client. */
  {
    gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

    while (!can_import (dialog) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
  }
  added = dup_group_rows (dialog, "added_group");
  g_assert_nonnull (strstr (added, "check-ins\n"));
  g_assert_true (can_import (dialog));

  close_dialog (dialog);
}

static gint64
find_person (TandemStore *store,
             const char  *name)
{
  g_autoptr(GListStore) persons = tandem_store_list_persons (store, TRUE, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (persons)); i++)
    {
      g_autoptr(TandemPerson) person = g_list_model_get_item (G_LIST_MODEL (persons), i);

      if (g_str_equal (tandem_person_get_display_name (person), name))
        return tandem_record_get_id (TANDEM_RECORD (person));
    }
  g_assert_not_reached ();
}

static void
choose_person (TandemImportDialog *dialog,
               const char         *name)
{
  GtkWidget *row = tandem_test_get_child (dialog, TANDEM_TYPE_IMPORT_DIALOG, "person_row");
  GListModel *names = adw_combo_row_get_model (ADW_COMBO_ROW (row));

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name))
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
        return;
      }
  g_assert_not_reached ();
}

/* Waits for the preview that choosing a person started. */
static void
wait_for_preview (TandemImportDialog *dialog)
{
  GtkWidget *row = tandem_test_get_child (dialog, TANDEM_TYPE_IMPORT_DIALOG, "person_row");
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  tandem_test_iterate ();
  while (!gtk_widget_is_sensitive (row) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_is_sensitive (row));
}

/* The client's goals were imported for Sam by mistake: for the client the
 * bundle clashes with what is stored. The dialog says whose the records
 * are beside the choice of person, which stays in reach; choosing Sam
 * fits, and nothing is written before Import. */
static void
test_clash (Fixture       *f,
            gconstpointer  data)
{
  gint64 sam_id = find_person (f->store, "Sam");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *added = NULL;
  g_autofree char *expected = NULL;
  TandemImportDialog *dialog;
  GtkWidget *label;
  GtkWidget *row;
  const char *problem;
  gint64 imported_into = 0;

  /* Everything but the check-ins, into Sam. */
  {
    g_autofree char *contents = NULL;
    g_autoptr(JsonNode) root = NULL;
    g_autoptr(TandemImportPlan) plan = NULL;
    g_autoptr(GBytes) bytes = NULL;
    char *text;

    g_assert_true (g_file_get_contents (f->bundle_path, &contents, NULL, &error));
    root = json_from_string (contents, &error);
    g_assert_no_error (error);
    json_object_set_array_member (json_object_get_object_member (json_node_get_object (root), "records"),
                                  "check-in", json_array_new ());
    text = json_to_string (root, FALSE);
    bytes = g_bytes_new_take (text, strlen (text));
    g_assert_true (tandem_exchange_import (f->store, bytes, sam_id, &plan, &error));
    g_assert_no_error (error);
  }
  before = dup_database_bytes (f);

  dialog = open_dialog (f, f->bundle, TRUE, 0);
  label = tandem_test_get_child (dialog, TANDEM_TYPE_IMPORT_DIALOG, "problem_label");
  row = tandem_test_get_child (dialog, TANDEM_TYPE_IMPORT_DIALOG, "person_row");

  /* The bundle's person is the client here: the records are Sam's. */
  g_assert_cmpint (tandem_import_dialog_get_person_id (dialog), ==, f->client_id);
  problem = tandem_import_dialog_get_problem (dialog);
  g_test_message ("problem: %s", problem);
  g_assert_nonnull (problem);
  g_assert_true (g_str_has_prefix (problem, "records.strategy[0]: "));
  g_assert_true (g_str_has_suffix (problem, "belongs to another person in this database: Sam."));
  g_assert_cmpstr (visible_page (dialog), ==, "preview");
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (label)), problem));
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_true (gtk_widget_is_sensitive (row));
  g_assert_false (can_import (dialog));

  /* Import is refused even when asked for. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  tandem_test_iterate ();

  /* Sam fits: the check-ins are new for Sam. */
  choose_person (dialog, "Sam");
  wait_for_preview (dialog);
  g_assert_cmpint (tandem_import_dialog_get_person_id (dialog), ==, sam_id);
  g_assert_null (tandem_import_dialog_get_problem (dialog));
  g_assert_false (gtk_widget_get_visible (label));
  expected = g_strdup_printf ("%u check-ins\n", f->client_check_ins);
  added = dup_group_rows (dialog, "added_group");
  g_assert_cmpstr (added, ==, expected);
  g_assert_true (can_import (dialog));

  /* Back to the client: the clash again. */
  choose_person (dialog, f->client_name);
  wait_for_preview (dialog);
  g_assert_nonnull (tandem_import_dialog_get_problem (dialog));
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_false (can_import (dialog));

  after = dup_database_bytes (f);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_check_ins (f->store, sam_id), ==, 0);

  /* Sam, and Import. */
  choose_person (dialog, "Sam");
  wait_for_preview (dialog);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &imported_into);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  {
    gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

    while (imported_into == 0 && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_cmpint (imported_into, ==, sam_id);
  g_assert_cmpuint (count_check_ins (f->store, sam_id), ==, f->client_check_ins);
  g_assert_cmpuint (count_check_ins (f->store, f->client_id), ==, 0);
  assert_freed (dialog);
}

/* A client imports into their own records, the only person there. */
static void
test_client_profile (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPerson) client_owner = tandem_store_dup_owner (f->client_store, NULL);
  g_autofree char *path = g_build_filename (f->dir, "plan" TANDEM_BUNDLE_SUFFIX, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TandemImportDialog *dialog;
  GtkWidget *into;
  GtkWidget *row;

  /* The therapist's plan for the client, into the client's database. */
  {
    g_autoptr(TandemGoal) goal = tandem_goal_new (f->client_id, TANDEM_FRAMEWORK_SMART, "Walk after lunch");

    g_assert_true (tandem_store_insert (f->store, TANDEM_RECORD (goal), &error));
    g_assert_no_error (error);
  }
  plan = tandem_exchange_export (f->store, f->client_id, TANDEM_EXCHANGE_KIND_PLAN, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (plan, NULL), (gssize) g_bytes_get_size (plan), &error));
  g_assert_no_error (error);

  {
    /* The dialog works on f->store: use the client's store instead. */
    GtkWidget *widget = tandem_import_dialog_new (NULL, f->client_store, file, FALSE,
                                                  tandem_record_get_id (TANDEM_RECORD (client_owner)));
    gboolean loaded = FALSE;

    g_object_ref (widget);
    g_signal_connect_swapped (widget, "loaded", G_CALLBACK (set_flag), &loaded);
    gtk_window_present (GTK_WINDOW (widget));
    wait_for (&loaded);
    dialog = TANDEM_IMPORT_DIALOG (widget);
  }

  g_assert_cmpstr (visible_page (dialog), ==, "preview");
  g_assert_cmpint (tandem_import_dialog_get_person_id (dialog), ==,
                   tandem_record_get_id (TANDEM_RECORD (client_owner)));
  into = tandem_test_get_child (dialog, TANDEM_TYPE_IMPORT_DIALOG, "into_row");
  row = tandem_test_get_child (dialog, TANDEM_TYPE_IMPORT_DIALOG, "person_row");
  g_assert_true (gtk_widget_get_visible (into));
  g_assert_false (gtk_widget_get_visible (row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (into)), ==, f->client_name);
  {
    g_autofree char *added = dup_group_rows (dialog, "added_group");

    g_assert_cmpstr (added, ==, "1 goal\n");
  }
  g_assert_true (can_import (dialog));
  close_dialog (dialog);
}

static void
store_result (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Export: the suggested name and a private file. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *name = tandem_export_dup_file_name (TANDEM_EXPORT_PROGRESS, "Alex/B", TODAY);
  g_autofree char *csv_name = tandem_export_dup_file_name (TANDEM_EXPORT_CHECK_INS_CSV, "Alex", TODAY);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GStatBuf info;

  g_assert_cmpstr (name, ==, "Alex-B progress 2026-03-15.tandem");
  g_assert_cmpstr (csv_name, ==, "Alex check-ins 2026-03-15.csv");

  tandem_export_async (tandem_store_get_path (f->client_store), 1, TANDEM_EXPORT_PROGRESS, file, NULL,
                       store_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (tandem_export_finish (result, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_nonnull (strstr (contents, "\"format\" : \"tandem-bundle\""));
  g_assert_nonnull (strstr (contents, "\"kind\" : \"progress\""));
}

static TandemImportDialog *
find_import_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (TANDEM_IS_IMPORT_DIALOG (window))
        return TANDEM_IMPORT_DIALOG (window);
    }

  return NULL;
}

static gboolean
drop_file (GtkWidget *window,
           GFile     *file)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);
  GSList *files = g_slist_prepend (NULL, file);
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  guint n = g_list_model_get_n_items (controllers);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &accepted);
    }
  g_value_unset (&value);
  g_slist_free (files);

  return accepted;
}

/* A file dropped on the window: a bundle opens the dialog, anything else
 * only a toast. */
static void
test_drop (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *photo_path = g_build_filename (f->client_dir, "photo.png", NULL);
  g_autoptr(GFile) photo = g_file_new_for_path (photo_path);
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  TandemImportDialog *dialog;
  gint64 deadline;

  g_settings_set_string (settings, "profile", "therapist");
  window = GTK_WIDGET (tandem_window_new (NULL, f->store));
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  tandem_test_iterate ();

  g_assert_true (g_file_set_contents (photo_path, "\x89PNG\r\n\x1a\n", -1, &error));
  g_assert_no_error (error);
  g_assert_true (drop_file (window, photo));
  /* The check runs in a thread; then the dialog goes away, never shown. */
  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while ((dialog = find_import_dialog ()) != NULL && g_get_monotonic_time () < deadline)
    {
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_null (find_import_dialog ());

  g_assert_true (drop_file (window, f->bundle));
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (((dialog = find_import_dialog ()) == NULL || !gtk_widget_get_visible (GTK_WIDGET (dialog))) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (tandem_import_dialog_is_bundle (dialog));
  g_assert_cmpint (tandem_import_dialog_get_person_id (dialog), ==, f->client_id);

  /* Closing the window closes its dialog. */
  gtk_window_destroy (GTK_WINDOW (window));
  tandem_test_iterate ();
  g_assert_finalize_object (window);
  g_assert_null (find_import_dialog ());
}

/* "tandem FILE" on the first start: the window asks for a profile first,
 * keeps the file, and opens the dialog for it once one is chosen. */
static void
test_before_profile (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *profile = g_settings_get_string (settings, "profile");
  GtkWidget *window;
  GtkWidget *welcome;
  GtkWidget *mode_stack;
  TandemImportDialog *dialog;
  gint64 deadline;

  g_assert_cmpstr (profile, ==, "");
  window = GTK_WIDGET (tandem_window_new (NULL, f->store));
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  tandem_test_iterate ();
  mode_stack = tandem_test_get_child (window, TANDEM_TYPE_WINDOW, "mode_stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (mode_stack)), ==, "welcome");

  tandem_window_open_import (TANDEM_WINDOW (window), f->bundle);
  tandem_test_iterate ();
  g_assert_null (find_import_dialog ());
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (mode_stack)), ==, "welcome");

  welcome = tandem_test_get_child (window, TANDEM_TYPE_WINDOW, "welcome_view");
  gtk_widget_activate_action (welcome, "welcome.choose-profile", "s", "therapist");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (mode_stack)), ==, "main");

  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (((dialog = find_import_dialog ()) == NULL || !tandem_import_dialog_is_loaded (dialog)) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (tandem_import_dialog_is_bundle (dialog));
  g_assert_cmpint (tandem_import_dialog_get_person_id (dialog), ==, f->client_id);
  g_assert_true (can_import (dialog));

  /* Only once. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  tandem_test_iterate ();
  g_settings_set_string (settings, "profile", "client");
  g_settings_set_string (settings, "profile", "therapist");
  tandem_test_iterate ();
  g_assert_null (find_import_dialog ());

  gtk_window_destroy (GTK_WINDOW (window));
  tandem_test_iterate ();
  g_assert_finalize_object (window);
}

static GtkFileChooser *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_FILE_CHOOSER (window);
    }

  return NULL;
}

/* The window's Export Plan is for the client on screen, never for "Me";
 * the file chooser (GTK's own dialog here: no portal) suggests a name with
 * the client's name and today. Export Progress is a client's. */
static void
test_window_export (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *today = tandem_date_today ();
  g_autofree char *expected_name = g_strdup_printf ("%s plan %s.tandem", f->client_name, today);
  g_autofree char *path = g_build_filename (f->dir, expected_name, NULL);
  g_autofree char *name = NULL;
  GtkFileChooser *chooser = NULL;
  GtkWidget *window;
  gint64 deadline;

  /* GTK's own file chooser leaks memory of its own (its tree view's paths,
   * libcloudproviders' objects), which LeakSanitizer would report as this
   * test's: the sanitizer run leaves this test to the plain run. */
  if (g_getenv ("LSAN_OPTIONS") != NULL)
    {
      g_test_skip ("GTK's file chooser leaks under LeakSanitizer");
      return;
    }

  g_settings_set_string (settings, "profile", "therapist");
  window = GTK_WIDGET (tandem_window_new (NULL, f->store));
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  tandem_test_iterate ();

  /* "Me" is no one's client: no plan to export. */
  gtk_widget_activate_action (window, "win.export-plan", NULL);
  tandem_test_iterate ();
  g_assert_null (find_file_chooser ());
  g_assert_true (gtk_widget_activate_action (window, "win.export-csv", "s", "check-ins"));
  tandem_test_iterate ();
  g_assert_nonnull ((chooser = find_file_chooser ()));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  tandem_test_iterate ();

  g_assert_true (gtk_widget_activate_action (window, "win.show-page", "s", "goals"));
  {
    GtkWidget *sidebar = tandem_test_get_child (window, TANDEM_TYPE_WINDOW, "people_sidebar");

    g_assert_true (tandem_people_sidebar_select_person_id (TANDEM_PEOPLE_SIDEBAR (sidebar), f->client_id));
    tandem_test_iterate ();
  }
  g_assert_cmpint (tandem_record_get_id (TANDEM_RECORD (tandem_window_get_person (TANDEM_WINDOW (window)))),
                   ==, f->client_id);
  gtk_widget_activate_action (window, "win.export-progress", NULL);
  tandem_test_iterate ();
  g_assert_null (find_file_chooser ());
  g_assert_true (gtk_widget_activate_action (window, "win.export-plan", NULL));

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((chooser = find_file_chooser ()) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, expected_name);
  /* (Choosing the file itself is GTK's part; tandem_export_async() is
   * tested above.) */
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  tandem_test_iterate ();
  g_assert_null (find_file_chooser ());
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  tandem_test_iterate ();
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!tandem_test_init (&argc, &argv))
    return 0;

  g_test_add ("/ui/import-dialog/preview-and-import", Fixture, NULL,
              fixture_set_up, test_preview_and_import, fixture_tear_down);
  g_test_add ("/ui/import-dialog/malformed", Fixture, NULL,
              fixture_set_up, test_malformed, fixture_tear_down);
  g_test_add ("/ui/import-dialog/choose-person", Fixture, "Alex M.",
              fixture_set_up, test_choose_person, fixture_tear_down);
  g_test_add ("/ui/import-dialog/clash", Fixture, NULL,
              fixture_set_up, test_clash, fixture_tear_down);
  g_test_add ("/ui/import-dialog/client-profile", Fixture, NULL,
              fixture_set_up, test_client_profile, fixture_tear_down);
  g_test_add ("/ui/import-dialog/export", Fixture, NULL,
              fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/ui/import-dialog/before-profile", Fixture, NULL,
              fixture_set_up, test_before_profile, fixture_tear_down);
  g_test_add ("/ui/import-dialog/drop", Fixture, NULL,
              fixture_set_up, test_drop, fixture_tear_down);
  g_test_add ("/ui/import-dialog/window-export", Fixture, NULL,
              fixture_set_up, test_window_export, fixture_tear_down);

  return g_test_run ();
}
