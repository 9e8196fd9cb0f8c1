/* tandem-schema.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-schema"

#include "config.h"

#include "tandem-schema.h"

/* Conventions:
 * - every record that travels between machines has a uuid, created_at and
 *   updated_at (µs since the Unix epoch, UTC); deleting one leaves a row in
 *   tombstone (by trigger, so that cascades are covered too);
 * - calendar dates are local dates, TEXT "YYYY-MM-DD", which sort as dates;
 * - enumerations are stored by the nick of their value (see tandem-types.h).
 *
 * A step is never edited once released: a change is a new step. */

#define NOW_US "CAST((julianday('now') - 2440587.5) * 86400000000 AS INTEGER)"

#define TOMBSTONE_TRIGGER(table, entity) \
  "CREATE TRIGGER " table "_tombstone AFTER DELETE ON " table " BEGIN\n" \
  "  INSERT OR REPLACE INTO tombstone (uuid, entity, deleted_at)\n" \
  "  VALUES (old.uuid, '" entity "', " NOW_US ");\n" \
  "END;\n"

#define RECORD_COLUMNS \
  "  id INTEGER PRIMARY KEY,\n" \
  "  uuid TEXT NOT NULL UNIQUE,\n" \
  "  created_at INTEGER NOT NULL,\n" \
  "  updated_at INTEGER NOT NULL,\n"

static const char schema_v1[] =
  "CREATE TABLE tombstone (\n"
  "  uuid TEXT PRIMARY KEY,\n"
  "  entity TEXT NOT NULL,\n"
  "  deleted_at INTEGER NOT NULL\n"
  ") WITHOUT ROWID;\n"

  "CREATE TABLE person (\n"
  RECORD_COLUMNS
  "  display_name TEXT NOT NULL,\n"
  "  notes TEXT,\n"
  "  role TEXT NOT NULL CHECK (role IN ('owner', 'client')),\n"
  "  archived INTEGER NOT NULL DEFAULT 0\n"
  ");\n"
  TOMBSTONE_TRIGGER ("person", "person")

  "CREATE TABLE goal (\n"
  RECORD_COLUMNS
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,\n"
  "  parent_id INTEGER REFERENCES goal (id) ON DELETE SET NULL,\n"
  "  framework TEXT NOT NULL CHECK (framework IN ('smart', 'pact')),\n"
  "  title TEXT NOT NULL,\n"
  "  specific TEXT, measurable TEXT, achievable TEXT, relevant TEXT, time_bound TEXT,\n"
  "  purposeful TEXT, actionable TEXT, continuous TEXT, trackable TEXT,\n"
  "  measure_kind TEXT NOT NULL DEFAULT 'none'\n"
  "    CHECK (measure_kind IN ('none', 'count', 'rating', 'yes-no', 'questionnaire')),\n"
  "  measure_name TEXT,\n"
  "  unit TEXT,\n"
  "  measure_period TEXT NOT NULL DEFAULT 'none'\n"
  "    CHECK (measure_period IN ('none', 'day', 'week', 'month')),\n"
  "  baseline REAL,\n"
  "  target REAL,\n"
  "  direction TEXT NOT NULL DEFAULT 'increase' CHECK (direction IN ('increase', 'decrease')),\n"
  "  instrument TEXT,\n"
  "  start_date TEXT,\n"
  "  due_date TEXT,\n"
  "  review_every_days INTEGER,\n"
  "  priority INTEGER NOT NULL DEFAULT 0,\n"
  "  horizon TEXT NOT NULL DEFAULT 'short' CHECK (horizon IN ('short', 'long')),\n"
  "  status TEXT NOT NULL DEFAULT 'active'\n"
  "    CHECK (status IN ('active', 'paused', 'achieved', 'dropped')),\n"
  "  author TEXT NOT NULL DEFAULT 'client' CHECK (author IN ('client', 'therapist'))\n"
  ");\n"
  "CREATE INDEX goal_person ON goal (person_id, status, priority);\n"
  "CREATE INDEX goal_parent ON goal (parent_id) WHERE parent_id IS NOT NULL;\n"
  TOMBSTONE_TRIGGER ("goal", "goal")

  "CREATE TABLE goal_revision (\n"
  RECORD_COLUMNS
  "  goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,\n"
  "  revised_at INTEGER NOT NULL,\n"
  "  reason TEXT,\n"
  "  snapshot TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX goal_revision_goal ON goal_revision (goal_id, revised_at);\n"
  TOMBSTONE_TRIGGER ("goal_revision", "goal-revision")

  "CREATE TABLE strategy (\n"
  RECORD_COLUMNS
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,\n"
  "  name TEXT NOT NULL,\n"
  "  description TEXT\n"
  ");\n"
  "CREATE INDEX strategy_person ON strategy (person_id);\n"
  TOMBSTONE_TRIGGER ("strategy", "strategy")

  "CREATE TABLE goal_strategy (\n"
  "  goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,\n"
  "  strategy_id INTEGER NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,\n"
  "  PRIMARY KEY (goal_id, strategy_id)\n"
  ") WITHOUT ROWID;\n"
  "CREATE INDEX goal_strategy_strategy ON goal_strategy (strategy_id);\n"

  "CREATE TABLE check_in (\n"
  RECORD_COLUMNS
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,\n"
  "  goal_id INTEGER REFERENCES goal (id) ON DELETE CASCADE,\n"
  "  day TEXT NOT NULL,\n"
  "  value REAL,\n"
  "  rating INTEGER CHECK (rating BETWEEN 0 AND 10),\n"
  "  note TEXT,\n"
  "  stressors TEXT,\n"
  "  win INTEGER NOT NULL DEFAULT 0\n"
  ");\n"
  /* The calendar: one person, one month. */
  "CREATE INDEX check_in_person_day ON check_in (person_id, day);\n"
  /* The chart: one goal's measure over a range of days. */
  "CREATE INDEX check_in_goal_day ON check_in (goal_id, day) WHERE goal_id IS NOT NULL;\n"
  TOMBSTONE_TRIGGER ("check_in", "check-in")

  "CREATE TABLE check_in_strategy (\n"
  "  check_in_id INTEGER NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,\n"
  "  strategy_id INTEGER NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,\n"
  "  helped TEXT NOT NULL DEFAULT 'unknown'\n"
  "    CHECK (helped IN ('unknown', 'no', 'somewhat', 'yes')),\n"
  "  PRIMARY KEY (check_in_id, strategy_id)\n"
  ") WITHOUT ROWID;\n"
  "CREATE INDEX check_in_strategy_strategy ON check_in_strategy (strategy_id);\n"

  "CREATE TABLE homework (\n"
  RECORD_COLUMNS
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,\n"
  "  goal_id INTEGER REFERENCES goal (id) ON DELETE SET NULL,\n"
  "  title TEXT NOT NULL,\n"
  "  details TEXT,\n"
  "  assigned_on TEXT NOT NULL,\n"
  "  due_on TEXT,\n"
  "  done_at INTEGER\n"
  ");\n"
  "CREATE INDEX homework_person_due ON homework (person_id, due_on);\n"
  TOMBSTONE_TRIGGER ("homework", "homework")

  "CREATE TABLE questionnaire (\n"
  RECORD_COLUMNS
  "  code TEXT NOT NULL UNIQUE,\n"
  "  title TEXT NOT NULL,\n"
  "  definition TEXT NOT NULL\n"
  ");\n"
  TOMBSTONE_TRIGGER ("questionnaire", "questionnaire")

  "CREATE TABLE response (\n"
  RECORD_COLUMNS
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,\n"
  "  instrument TEXT NOT NULL,\n"
  "  taken_at INTEGER NOT NULL,\n"
  "  day TEXT NOT NULL,\n"
  "  total REAL,\n"
  "  band TEXT,\n"
  "  safety_flag INTEGER NOT NULL DEFAULT 0\n"
  ");\n"
  /* The chart: one person, one questionnaire, a range of days. */
  "CREATE INDEX response_person_instrument_day ON response (person_id, instrument, day);\n"
  "CREATE INDEX response_flagged ON response (person_id, day) WHERE safety_flag = 1;\n"
  TOMBSTONE_TRIGGER ("response", "response")

  "CREATE TABLE response_item (\n"
  "  response_id INTEGER NOT NULL REFERENCES response (id) ON DELETE CASCADE,\n"
  "  item INTEGER NOT NULL CHECK (item >= 0),\n"
  "  value INTEGER NOT NULL,\n"
  "  PRIMARY KEY (response_id, item)\n"
  ") WITHOUT ROWID;\n"

  "CREATE TABLE reminder (\n"
  RECORD_COLUMNS
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,\n"
  "  kind TEXT NOT NULL\n"
  "    CHECK (kind IN ('check-in', 'homework', 'questionnaire', 'appointment', 'custom')),\n"
  "  target_uuid TEXT,\n"
  "  title TEXT,\n"
  "  recurrence TEXT NOT NULL\n"
  "    CHECK (recurrence IN ('once', 'daily', 'weekdays', 'weekly', 'monthly')),\n"
  "  weekdays INTEGER NOT NULL DEFAULT 0 CHECK (weekdays BETWEEN 0 AND 127),\n"
  "  interval_weeks INTEGER NOT NULL DEFAULT 1 CHECK (interval_weeks BETWEEN 1 AND 52),\n"
  "  month_day INTEGER CHECK (month_day BETWEEN 1 AND 31),\n"
  "  times TEXT NOT NULL,\n"
  "  start_date TEXT NOT NULL,\n"
  "  end_date TEXT,\n"
  "  only_if_not_done INTEGER NOT NULL DEFAULT 0,\n"
  "  quiet_start TEXT,\n"
  "  quiet_end TEXT,\n"
  "  enabled INTEGER NOT NULL DEFAULT 1,\n"
  "  snoozed_until INTEGER,\n"
  "  next_due INTEGER\n"
  ");\n"
  "CREATE INDEX reminder_person ON reminder (person_id);\n"
  /* The reminder service: the earliest enabled due time. */
  "CREATE INDEX reminder_next_due ON reminder (next_due) WHERE enabled = 1;\n"
  TOMBSTONE_TRIGGER ("reminder", "reminder")

  "CREATE TABLE reminder_firing (\n"
  RECORD_COLUMNS
  "  reminder_id INTEGER NOT NULL REFERENCES reminder (id) ON DELETE CASCADE,\n"
  "  due_at INTEGER NOT NULL,\n"
  "  fired_at INTEGER NOT NULL,\n"
  "  outcome TEXT NOT NULL\n"
  "    CHECK (outcome IN ('shown', 'acted', 'snoozed', 'dismissed', 'missed')),\n"
  /* A due time fires once, whatever restarts in between. */
  "  UNIQUE (reminder_id, due_at)\n"
  ");\n"
  TOMBSTONE_TRIGGER ("reminder_firing", "reminder-firing")

  "CREATE TABLE therapy_session (\n"
  RECORD_COLUMNS
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,\n"
  "  starts_at INTEGER NOT NULL,\n"
  "  duration_minutes INTEGER NOT NULL DEFAULT 50,\n"
  "  agenda TEXT,\n"
  "  notes TEXT\n"
  ");\n"
  "CREATE INDEX therapy_session_person ON therapy_session (person_id, starts_at);\n"
  TOMBSTONE_TRIGGER ("therapy_session", "therapy-session");

/* Version 2: rest days, which a run of check-ins passes over. */
static const char schema_v2[] =
  "CREATE TABLE rest_day (\n"
  RECORD_COLUMNS
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,\n"
  "  day TEXT NOT NULL,\n"
  "  note TEXT,\n"
  "  UNIQUE (person_id, day)\n"
  ");\n"
  TOMBSTONE_TRIGGER ("rest_day", "rest-day");

/* Version 3: goal attainment scaling (what each level means, and the levels
 * attained at reviews), who revised a goal, and drafts of goals being
 * written in the wizard.
 * Drafts stay on this machine: they leave no tombstone. */
static const char schema_v3[] =
  "ALTER TABLE goal ADD COLUMN gas_much_less TEXT;\n"
  "ALTER TABLE goal ADD COLUMN gas_less TEXT;\n"
  "ALTER TABLE goal ADD COLUMN gas_expected TEXT;\n"
  "ALTER TABLE goal ADD COLUMN gas_more TEXT;\n"
  "ALTER TABLE goal ADD COLUMN gas_much_more TEXT;\n"
  "ALTER TABLE goal_revision ADD COLUMN revised_by TEXT NOT NULL DEFAULT 'client'\n"
  "  CHECK (revised_by IN ('client', 'therapist'));\n"

  "CREATE TABLE goal_attainment (\n"
  RECORD_COLUMNS
  "  goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,\n"
  "  day TEXT NOT NULL,\n"
  "  level INTEGER NOT NULL CHECK (level BETWEEN -2 AND 2),\n"
  "  note TEXT\n"
  ");\n"
  "CREATE INDEX goal_attainment_goal_day ON goal_attainment (goal_id, day);\n"
  TOMBSTONE_TRIGGER ("goal_attainment", "goal-attainment")

  "CREATE TABLE goal_draft (\n"
  RECORD_COLUMNS
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,\n"
  "  goal_id INTEGER REFERENCES goal (id) ON DELETE CASCADE,\n"
  "  step INTEGER NOT NULL DEFAULT 0,\n"
  "  content TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX goal_draft_person ON goal_draft (person_id, updated_at);\n";


/* Version 4: a tombstone names whose record it was, so that a bundle for one
 * person carries that person's deletions and nobody else's. The triggers are
 * replaced: released steps above stay as they were. A record deleted with its
 * person (a cascade) finds no person any more and stays unnamed: such a
 * tombstone never travels, and the person's own tombstone does. */

#define PERSON_OF(column) \
  "(SELECT p.uuid FROM person p WHERE p.id = " column ")"
#define PERSON_OF_GOAL(column) \
  "(SELECT p.uuid FROM goal g JOIN person p ON p.id = g.person_id WHERE g.id = " column ")"

#define NAMED_TOMBSTONE_TRIGGER(table, entity, person) \
  "DROP TRIGGER " table "_tombstone;\n" \
  "CREATE TRIGGER " table "_tombstone AFTER DELETE ON " table " BEGIN\n" \
  "  INSERT OR REPLACE INTO tombstone (uuid, entity, deleted_at, person_uuid)\n" \
  "  VALUES (old.uuid, '" entity "', " NOW_US ", " person ");\n" \
  "END;\n"

static const char schema_v4[] =
  "ALTER TABLE tombstone ADD COLUMN person_uuid TEXT;\n"
  "CREATE INDEX tombstone_person ON tombstone (person_uuid, deleted_at)"
  " WHERE person_uuid IS NOT NULL;\n"
  NAMED_TOMBSTONE_TRIGGER ("person", "person", "old.uuid")
  NAMED_TOMBSTONE_TRIGGER ("goal", "goal", PERSON_OF ("old.person_id"))
  NAMED_TOMBSTONE_TRIGGER ("goal_revision", "goal-revision", PERSON_OF_GOAL ("old.goal_id"))
  NAMED_TOMBSTONE_TRIGGER ("goal_attainment", "goal-attainment", PERSON_OF_GOAL ("old.goal_id"))
  NAMED_TOMBSTONE_TRIGGER ("strategy", "strategy", PERSON_OF ("old.person_id"))
  NAMED_TOMBSTONE_TRIGGER ("check_in", "check-in", PERSON_OF ("old.person_id"))
  NAMED_TOMBSTONE_TRIGGER ("rest_day", "rest-day", PERSON_OF ("old.person_id"))
  NAMED_TOMBSTONE_TRIGGER ("homework", "homework", PERSON_OF ("old.person_id"))
  NAMED_TOMBSTONE_TRIGGER ("questionnaire", "questionnaire", "NULL")
  NAMED_TOMBSTONE_TRIGGER ("response", "response", PERSON_OF ("old.person_id"))
  NAMED_TOMBSTONE_TRIGGER ("reminder", "reminder", PERSON_OF ("old.person_id"))
  NAMED_TOMBSTONE_TRIGGER ("reminder_firing", "reminder-firing",
                           "(SELECT p.uuid FROM reminder r JOIN person p ON p.id = r.person_id"
                           " WHERE r.id = old.reminder_id)")
  NAMED_TOMBSTONE_TRIGGER ("therapy_session", "therapy-session", PERSON_OF ("old.person_id"));

/* Version 5: a person's latest questionnaire, for the caseload, without
 * reading every response of theirs. */
static const char schema_v5[] =
  "CREATE INDEX response_person_day ON response (person_id, day);\n";

static const char * const steps[] = {
  schema_v1,
  schema_v2,
  schema_v3,
  schema_v4,
  schema_v5,
};

G_STATIC_ASSERT (G_N_ELEMENTS (steps) == TANDEM_SCHEMA_VERSION);

/**
 * _tandem_schema_get_step:
 * @version: the version the step upgrades to, from 1
 *
 * Returns: the SQL that takes a database from @version - 1 to @version.
 */
const char *
_tandem_schema_get_step (int version)
{
  g_return_val_if_fail (version >= 1 && version <= TANDEM_SCHEMA_VERSION, NULL);

  return steps[version - 1];
}
