/* test-csv.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-csv"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tandem-core.h"
#include "tandem-plans-private.h"
#include "tandem-record-private.h"
#include "tandem-store-private.h"
#include "test-util.h"

#define T1 G_GINT64_CONSTANT (1700000000000000)   /* 2023-11-14T22:13:20Z */
#define NOW G_GINT64_CONSTANT (1735732800000000)  /* 2025-01-01T12:00:00Z */

typedef struct
{
  TestStore t;
  gint64    walk_id;
  gint64    calm_id;
  gint64    breathing_id;
} Fixture;

static gint64
add_goal (TestStore  *t,
          const char *title,
          const char *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemGoal) goal = tandem_goal_new (t->owner_id, TANDEM_FRAMEWORK_SMART, title);

  if (uuid != NULL)
    _tandem_record_set_identity (TANDEM_RECORD (goal), 0, uuid, T1, T1);
  g_assert_true (tandem_store_insert (t->store, TANDEM_RECORD (goal), &error));
  g_assert_no_error (error);
  return tandem_record_get_id (TANDEM_RECORD (goal));
}

static gint64
add_strategy (TestStore  *t,
              const char *name,
              const char *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemStrategy) strategy = tandem_strategy_new (t->owner_id, name);

  if (uuid != NULL)
    _tandem_record_set_identity (TANDEM_RECORD (strategy), 0, uuid, T1, T1);
  g_assert_true (tandem_store_insert (t->store, TANDEM_RECORD (strategy), &error));
  g_assert_no_error (error);
  return tandem_record_get_id (TANDEM_RECORD (strategy));
}

/* A fresh database whose owner has the same goals and strategy, with the
 * same UUIDs, in every fixture: the CSV names them by title. */
static void
fixture_init (Fixture *f)
{
  test_store_init (&f->t);
  _tandem_store_set_now (f->t.store, NOW);
  f->walk_id = add_goal (&f->t, "Walk, daily", "0190a000-0000-7000-8000-000000000001");
  f->calm_id = add_goal (&f->t, "Calm \"evenings\"", "0190a000-0000-7000-8000-000000000002");
  f->breathing_id = add_strategy (&f->t, "Box breathing", "0190a000-0000-7000-8000-000000000003");
  add_strategy (&f->t, "Walk (outside)", "0190a000-0000-7000-8000-000000000004");
}

static void
fixture_clear (Fixture *f)
{
  test_store_clear (&f->t);
}

static gboolean
import_text (Fixture                *f,
             const char             *csv,
             gboolean                dry_run,
             TandemCsvImportCounts  *counts,
             GError                **error)
{
  g_autoptr(GInputStream) input = g_memory_input_stream_new_from_data (csv, strlen (csv), NULL);

  return tandem_csv_import_check_ins (f->t.store, f->t.owner_id, input, dry_run, counts, NULL, error);
}

/* A stream that gives one byte per read, so that every record, quote and
 * line end of a file falls across the reader's buffer refills. */
#define TEST_TYPE_TRICKLE_STREAM (test_trickle_stream_get_type ())
G_DECLARE_FINAL_TYPE (TestTrickleStream, test_trickle_stream, TEST, TRICKLE_STREAM, GInputStream)

struct _TestTrickleStream
{
  GInputStream  parent_instance;
  GBytes       *bytes;
  gsize         pos;
};

G_DEFINE_FINAL_TYPE (TestTrickleStream, test_trickle_stream, G_TYPE_INPUT_STREAM)

static gssize
test_trickle_stream_read (GInputStream  *stream,
                          void          *buffer,
                          gsize          count,
                          GCancellable  *cancellable,
                          GError       **error)
{
  TestTrickleStream *self = TEST_TRICKLE_STREAM (stream);
  gsize size;
  const char *data = g_bytes_get_data (self->bytes, &size);

  if (self->pos >= size || count == 0)
    return 0;
  ((char *) buffer)[0] = data[self->pos++];
  return 1;
}

static void
test_trickle_stream_finalize (GObject *object)
{
  g_clear_pointer (&TEST_TRICKLE_STREAM (object)->bytes, g_bytes_unref);
  G_OBJECT_CLASS (test_trickle_stream_parent_class)->finalize (object);
}

static void
test_trickle_stream_class_init (TestTrickleStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_trickle_stream_finalize;
  G_INPUT_STREAM_CLASS (klass)->read_fn = test_trickle_stream_read;
}

static void
test_trickle_stream_init (TestTrickleStream *self)
{
}

static GBytes *
export (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = tandem_csv_export_check_ins (f->t.store, f->t.owner_id, &error);

  g_assert_no_error (error);
  return bytes;
}

/* Every kind of check-in, exported, imported into a fresh database with the
 * same goals and strategies, and exported again: the same file, so the
 * same check-ins, UUIDs and times included. */
static void
test_round_trip (void)
{
  Fixture a = { 0, }, b = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autofree char *text = NULL;
  TandemCsvImportCounts counts = { 0, };
  const char *notes[] = { NULL, "plain", "a, b", "say \"hi\"", "two\nlines", "Grüße ☺", "\r\n" };

  fixture_init (&a);
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(TandemCheckIn) check_in = NULL;
      g_autofree char *day = g_strdup_printf ("2024-02-%02u", 1 + i % 29);

      _tandem_store_set_now (a.t.store, T1 + i * G_USEC_PER_SEC + 7);
      check_in = tandem_check_in_new (a.t.owner_id, i % 3 == 0 ? 0 : i % 3 == 1 ? a.walk_id : a.calm_id, day);
      if (i % 3 == 1)
        tandem_check_in_set_value (check_in, i * 0.25);
      if (i % 2 == 0)
        tandem_check_in_set_rating (check_in, i % 11);
      tandem_check_in_set_note (check_in, notes[i % G_N_ELEMENTS (notes)]);
      if (i % 5 == 0)
        tandem_check_in_set_stressors (check_in, "work; sleep");
      tandem_check_in_set_win (check_in, i % 4 == 0);
      if (i % 6 == 0)
        tandem_check_in_add_strategy (check_in, a.breathing_id, TANDEM_HELPED_SOMEWHAT);
      g_assert_true (tandem_store_insert (a.t.store, TANDEM_RECORD (check_in), &error));
      g_assert_no_error (error);
    }
  first = export (&a);

  fixture_init (&b);
  text = g_strndup (g_bytes_get_data (first, NULL), g_bytes_get_size (first));
  g_assert_true (import_text (&b, text, FALSE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.rows, ==, 40);
  g_assert_cmpuint (counts.added, ==, 40);
  g_assert_cmpuint (counts.changed, ==, 0);
  g_assert_cmpuint (counts.unchanged, ==, 0);

  second = export (&b);
  g_assert_cmpstr (g_bytes_get_data (second, NULL), ==, g_bytes_get_data (first, NULL));

  /* The same, read one byte at a time. */
  {
    Fixture c = { 0, };
    g_autoptr(TestTrickleStream) trickle = g_object_new (TEST_TYPE_TRICKLE_STREAM, NULL);
    g_autoptr(GBytes) third = NULL;

    fixture_init (&c);
    trickle->bytes = g_bytes_ref (first);
    g_assert_true (tandem_csv_import_check_ins (c.t.store, c.t.owner_id, G_INPUT_STREAM (trickle),
                                                FALSE, &counts, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (counts.added, ==, 40);
    third = export (&c);
    g_assert_cmpstr (g_bytes_get_data (third, NULL), ==, g_bytes_get_data (first, NULL));
    fixture_clear (&c);
  }
  g_assert_cmpint (test_count (&b.t, "SELECT count(*) FROM check_in_strategy"), ==, 7);
  g_assert_cmpint (test_count (&b.t, "SELECT count(*) FROM check_in WHERE note IS NULL"), ==,
                   test_count (&a.t, "SELECT count(*) FROM check_in WHERE note IS NULL"));

  fixture_clear (&a);
  fixture_clear (&b);
}

/* RFC 4180 as spreadsheets write it: LF or CRLF, quotes, doubled quotes,
 * line breaks inside quotes, a byte order mark, columns in another order,
 * a blank line, no final line end; goals by title or UUID. */
static void
test_quoting (void)
{
  Fixture f = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  TandemCsvImportCounts counts = { 0, };
  const char *csv =
    "\xEF\xBB\xBF" "note,Date,goal,rating,win,strategies used\n"
    "\"He said \"\"no\"\", then\r\nleft\",2024-03-01,\"Walk, daily\",7,yes,Box breathing (yes)\r\n"
    "\n"
    "\"\",2024-03-02,0190a000-0000-7000-8000-000000000002,0,no,\"Walk (outside); Box breathing\"\n"
    "Grüße,2024-03-03,\"Calm \"\"evenings\"\"\",,TRUE,";
  TandemCheckIn *check_in;
  const TandemStrategyUse *uses;
  guint n_uses;

  fixture_init (&f);
  g_assert_true (import_text (&f, csv, FALSE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.rows, ==, 3);
  g_assert_cmpuint (counts.added, ==, 3);

  list = tandem_store_list_check_ins (f.t.store, f.t.owner_id, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);

  check_in = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (tandem_check_in_get_note (check_in), ==, "He said \"no\", then\r\nleft");
  g_assert_cmpstr (tandem_check_in_get_day (check_in), ==, "2024-03-01");
  g_assert_cmpint (tandem_check_in_get_goal_id (check_in), ==, f.walk_id);
  g_assert_cmpint (tandem_check_in_get_rating (check_in), ==, 7);
  g_assert_true (tandem_check_in_get_win (check_in));
  g_assert_true (isnan (tandem_check_in_get_value (check_in)));
  uses = tandem_check_in_get_strategies (check_in, &n_uses);
  g_assert_cmpuint (n_uses, ==, 1);
  g_assert_cmpint (uses[0].strategy_id, ==, f.breathing_id);
  g_assert_cmpint (uses[0].helped, ==, TANDEM_HELPED_YES);
  /* Without times in the file: created and changed now. */
  g_assert_cmpint (tandem_record_get_updated_at (TANDEM_RECORD (check_in)), ==, NOW);
  g_object_unref (check_in);

  check_in = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_assert_null (tandem_check_in_get_note (check_in));
  g_assert_cmpint (tandem_check_in_get_goal_id (check_in), ==, f.calm_id);
  g_assert_cmpint (tandem_check_in_get_rating (check_in), ==, 0);
  g_assert_false (tandem_check_in_get_win (check_in));
  uses = tandem_check_in_get_strategies (check_in, &n_uses);
  g_assert_cmpuint (n_uses, ==, 2);
  g_assert_cmpint (uses[1].helped, ==, TANDEM_HELPED_UNKNOWN);
  g_object_unref (check_in);

  check_in = g_list_model_get_item (G_LIST_MODEL (list), 2);
  g_assert_cmpstr (tandem_check_in_get_note (check_in), ==, "Grüße");
  g_assert_true (tandem_check_in_get_win (check_in));
  g_assert_cmpint (tandem_check_in_get_goal_id (check_in), ==, f.calm_id);
  g_assert_cmpint (tandem_check_in_get_rating (check_in), ==, TANDEM_INT_UNSET);
  g_object_unref (check_in);

  fixture_clear (&f);
}

/* Each wrong file stops the import with its line and column, and the
 * database file stays byte for byte what it was. */
static void
test_bad_rows (void)
{
  g_autoptr(GString) long_file = g_string_new ("date,goal,rating\r\n");
  struct {
    const char *csv;
    const char *message;
  } cases[] = {
    { "", "The file is empty. A CSV file of check-ins starts with a header row: "
          "date,goal,value,rating,note,stressors,win,strategies used,uuid,created at,updated at." },
    { "date,mood\n2024-01-01,5\n", "Line 1: “mood” is not a column of check-ins. The columns are "
          "“date”, “goal”, “value”, “rating”, “note”, “stressors”, “win”, “strategies used”, "
          "“uuid”, “created at”, “updated at”." },
    { "date,goal,date\n", "Line 1: the column “date” is there twice." },
    { "goal,rating\n,5\n", "Line 1: the column “date” is missing: every check-in needs its date." },
    { "date,rating\n2024-01-01,5\n2024-01-02,11\n",
      "Line 3, column “rating”: 11 is not between 0 and 10." },
    { "date,rating\n2024-01-01,-1\n", "Line 2, column “rating”: -1 is not between 0 and 10." },
    { "date,rating\n2024-01-01,5.5\n", "Line 2, column “rating”: “5.5” is not a whole number." },
    { "date,value\n2024-01-01,lots\n", "Line 2, column “value”: “lots” is not a number." },
    { "date\n2024-02-30\n", "Line 2, column “date”: “2024-02-30” is not a real date in the form YYYY-MM-DD." },
    { "date\n01/02/2024\n", "Line 2, column “date”: “01/02/2024” is not a real date in the form YYYY-MM-DD." },
    { "date,note\n,hello\n", "Line 2, column “date”: a check-in needs its date." },
    { "date\n2999-01-01\n", "Line 2, column “date”: 2999-01-01 is in the future: a check-in can be dated today or earlier." },
    { "date,goal\n2024-01-01,Swim\n",
      "Line 2, column “goal”: this person has no goal “Swim”. Add the goal first, or leave the field empty for the day as a whole." },
    { "date,goal\n2024-01-01,Other's goal\n", "Line 2, column “goal”: “Other's goal” is a goal of someone else." },
    { "date,goal\n2024-01-01,Twice\n",
      "Line 2, column “goal”: more than one goal of this person is called “Twice”; write the goal’s UUID instead." },
    { "date,win\n2024-01-01,maybe\n", "Line 2, column “win”: “maybe” is neither “yes” nor “no”." },
    { "date,strategies used\n2024-01-01,Yoga (yes)\n", "Line 2, column “strategies used”: this person has no strategy “Yoga”." },
    { "date,uuid\n2024-01-01,not-a-uuid\n", "Line 2, column “uuid”: “not-a-uuid” is not a UUID." },
    { "date,updated at\n2024-01-01,yesterday\n",
      "Line 2, column “updated at”: “yesterday” is not a time in the form 2026-03-01T18:30:05Z." },
    { "date,uuid\n2024-01-01,0190a000-0000-7000-8000-0000000000ff\n",
      "Line 2, column “uuid”: a check-in with this UUID belongs to someone else." },
    { "date,note\n2024-01-01,\"open\n\n", "Line 2: a quoted field is not closed before the end of the file." },
    { "date,note\n2024-01-01,say \"hi\"\n",
      "Line 2, column “note”: a quote can only be inside a field that is in quotes, and doubled there." },
    { "date,note\n2024-01-01,\"hi\"there\n",
      "Line 2, column “note”: there is text after the closing quote of the field." },
    { "date,note\n2024-01-01,\"two\nlines\"\n2024-01-02\n",
      "Line 4: the row has a different number of fields (1) than the header has columns (2)." },
    { "date,note\n2024-01-01,\xff\xfe\n", "Line 2, column “note”: the text is not in UTF-8." },
    { NULL, "Line 1043, column “rating”: 11 is not between 0 and 10." },
  };
  Fixture f = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPerson) other = NULL;
  g_autoptr(TandemGoal) other_goal = NULL;
  g_autoptr(TandemCheckIn) other_check_in = NULL;
  g_autoptr(GBytes) before = NULL;

  for (guint line = 2; line < 1043; line++)
    g_string_append_printf (long_file, "2024-01-%02u,\"Walk, daily\",%u\r\n", 1 + line % 28, line % 11);
  g_string_append (long_file, "2024-01-01,,11\r\n");
  cases[G_N_ELEMENTS (cases) - 1].csv = long_file->str;

  fixture_init (&f);
  other = tandem_person_new ("Other", TANDEM_PERSON_ROLE_CLIENT);
  g_assert_true (tandem_store_insert (f.t.store, TANDEM_RECORD (other), &error));
  other_goal = tandem_goal_new (tandem_record_get_id (TANDEM_RECORD (other)), TANDEM_FRAMEWORK_SMART, "Other's goal");
  g_assert_true (tandem_store_insert (f.t.store, TANDEM_RECORD (other_goal), &error));
  other_check_in = tandem_check_in_new (tandem_record_get_id (TANDEM_RECORD (other)), 0, "2024-01-01");
  _tandem_record_set_identity (TANDEM_RECORD (other_check_in), 0,
                               "0190a000-0000-7000-8000-0000000000ff", T1, T1);
  g_assert_true (tandem_store_insert (f.t.store, TANDEM_RECORD (other_check_in), &error));
  add_goal (&f.t, "Twice", NULL);
  add_goal (&f.t, "Twice", NULL);
  g_assert_no_error (error);
  g_clear_object (&f.t.store);
  before = test_read_bytes (f.t.path);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) after = NULL;
      TandemCsvImportCounts counts = { 99, 99, 99, 99 };

      f.t.store = tandem_store_open (f.t.path, &error);
      g_assert_no_error (error);
      g_assert_false (import_text (&f, cases[i].csv, FALSE, &counts, &error));
      g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpuint (counts.rows, ==, 99);
      g_clear_error (&error);
      g_clear_object (&f.t.store);

      after = test_read_bytes (f.t.path);
      g_assert_true (g_bytes_equal (before, after));
    }

  fixture_clear (&f);
}

/* The same file twice changes nothing; a newer version of a row replaces
 * the check-in, an older one does not; a check-in deleted here stays
 * deleted; rows without UUIDs are found again, and identical ones are
 * kept apart. A dry run counts the same and writes nothing. */
static void
test_idempotence (void)
{
  Fixture f = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemCheckIn) deleted = NULL;
  TandemCsvImportCounts counts = { 0, };
  const char *file =
    "date,goal,value,note,uuid,created at,updated at\r\n"
    "2024-05-01,\"Walk, daily\",3,,0190a000-0000-7000-8000-0000000000a1,2024-05-01T18:00:00.000000Z,2024-05-01T18:00:00.000000Z\r\n"
    "2024-05-02,\"Walk, daily\",4,,0190A000-0000-7000-8000-0000000000A2,2024-05-02T18:00:00.000000Z,2024-05-02T18:00:00+00:00\r\n"
    "2024-05-03,,,glass of water,,,\r\n"
    "2024-05-03,,,glass of water,,,\r\n";
  const char *newer =
    "date,goal,value,uuid,updated at\r\n"
    "2024-05-01,\"Walk, daily\",5,0190a000-0000-7000-8000-0000000000a1,2024-05-04T18:00:00.000000Z\r\n"
    "2024-05-02,\"Walk, daily\",9,0190a000-0000-7000-8000-0000000000a2,2024-04-30T18:00:00.000000Z\r\n"
    "2024-05-02,\"Walk, daily\",9,0190a000-0000-7000-8000-0000000000a2,\r\n";

  fixture_init (&f);
  g_assert_true (import_text (&f, file, FALSE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.added, ==, 4);
  g_assert_cmpint (test_count (&f.t, "SELECT count(*) FROM check_in"), ==, 4);
  g_assert_cmpint (test_count (&f.t, "SELECT count(*) FROM check_in WHERE "
                                     "uuid = '0190a000-0000-7000-8000-0000000000a2'"), ==, 1);

  g_assert_true (import_text (&f, file, FALSE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.rows, ==, 4);
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_cmpuint (counts.changed, ==, 0);
  g_assert_cmpuint (counts.unchanged, ==, 4);
  g_assert_cmpint (test_count (&f.t, "SELECT count(*) FROM check_in"), ==, 4);

  /* Newer replaces; older, or without a time, does not. */
  g_assert_true (import_text (&f, newer, TRUE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.changed, ==, 1);
  g_assert_cmpuint (counts.unchanged, ==, 2);
  g_assert_cmpint (test_count (&f.t, "SELECT value FROM check_in WHERE "
                                     "uuid = '0190a000-0000-7000-8000-0000000000a1'"), ==, 3);
  g_assert_true (import_text (&f, newer, FALSE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.changed, ==, 1);
  g_assert_cmpint (test_count (&f.t, "SELECT value FROM check_in WHERE "
                                     "uuid = '0190a000-0000-7000-8000-0000000000a1'"), ==, 5);
  g_assert_cmpint (test_count (&f.t, "SELECT updated_at FROM check_in WHERE "
                                     "uuid = '0190a000-0000-7000-8000-0000000000a1'"), ==,
                   G_GINT64_CONSTANT (1714845600000000));
  g_assert_cmpint (test_count (&f.t, "SELECT value FROM check_in WHERE "
                                     "uuid = '0190a000-0000-7000-8000-0000000000a2'"), ==, 4);

  /* Deleted here after the file's version: stays deleted. */
  deleted = tandem_store_get_by_uuid (f.t.store, TANDEM_TYPE_CHECK_IN,
                                      "0190a000-0000-7000-8000-0000000000a2", &error);
  g_assert_no_error (error);
  g_assert_true (tandem_store_delete (f.t.store, TANDEM_RECORD (deleted), &error));
  g_assert_no_error (error);
  g_assert_true (import_text (&f, file, FALSE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_cmpuint (counts.unchanged, ==, 4);
  g_assert_cmpint (test_count (&f.t, "SELECT count(*) FROM check_in"), ==, 3);

  fixture_clear (&f);
}

static void
test_dry_run (void)
{
  Fixture f = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  TandemCsvImportCounts counts = { 0, };

  fixture_init (&f);
  g_clear_object (&f.t.store);
  before = test_read_bytes (f.t.path);

  f.t.store = tandem_store_open (f.t.path, &error);
  g_assert_true (import_text (&f, "date,rating\n2024-01-01,3\n2024-01-02,4\n", TRUE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.rows, ==, 2);
  g_assert_cmpuint (counts.added, ==, 2);
  g_clear_object (&f.t.store);

  after = test_read_bytes (f.t.path);
  g_assert_true (g_bytes_equal (before, after));
  fixture_clear (&f);
}

/* Each query the import runs per row probes an index. */
static void
test_query_plans (void)
{
  Fixture f = { 0, };
  const TandemQueryPlan *plans;
  guint n_plans;

  fixture_init (&f);
  plans = _tandem_csv_import_get_queries (&n_plans);
  g_assert_cmpuint (n_plans, ==, 2);
  for (guint i = 0; i < n_plans; i++)
    {
      g_autofree char *plan = test_query_plan (&f.t, plans[i].sql);

      g_test_message ("%s\n  → %s", plans[i].sql, plan);
      g_assert_nonnull (strstr (plan, plans[i].index));
      g_assert_null (strstr (plan, "SCAN"));
    }
  fixture_clear (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/csv/round-trip", test_round_trip);
  g_test_add_func ("/csv/quoting", test_quoting);
  g_test_add_func ("/csv/bad-rows", test_bad_rows);
  g_test_add_func ("/csv/idempotence", test_idempotence);
  g_test_add_func ("/csv/dry-run", test_dry_run);
  g_test_add_func ("/csv/query-plans", test_query_plans);

  return g_test_run ();
}
