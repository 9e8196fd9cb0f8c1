#!/usr/bin/python3
# test-homework.py
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tandem-cli homework add|list|done|delete|completion, driven as a script
# would: exit statuses, messages on stderr, JSON on stdout, and the rows it
# leaves in the database.

import datetime
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest

CLI = sys.argv.pop(1)


def run(*args, db=None):
    env = dict(os.environ)
    env.pop("TANDEM_DB", None)
    command = [CLI] + (["--db", db] if db else []) + list(args)
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


class HomeworkTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.db = os.path.join(self.tmp.name, "tandem.db")
        self.assertEqual(run("init", "--name", "Robin", db=self.db).returncode, 0)
        now = 1700000000000000
        with sqlite3.connect(self.db) as conn:
            conn.execute("INSERT INTO person (uuid, created_at, updated_at, display_name, role)"
                         " VALUES ('p2', ?, ?, 'Sam', 'client')", (now, now))
            conn.execute("INSERT INTO goal (uuid, created_at, updated_at, person_id, framework, title,"
                         " measure_kind) VALUES ('g1', ?, ?, 1, 'smart', 'Sleep better', 'rating')",
                         (now, now))
            conn.execute("INSERT INTO goal (uuid, created_at, updated_at, person_id, framework, title,"
                         " measure_kind) VALUES ('g2', ?, ?, 2, 'smart', 'Sam''s goal', 'rating')",
                         (now, now))

    def tearDown(self):
        self.tmp.cleanup()

    def cli(self, *args):
        result = run(*args, db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def count(self, sql):
        with sqlite3.connect(self.db) as conn:
            return conn.execute(sql).fetchone()[0]

    def test_add_list_done_delete(self):
        added = json.loads(self.cli("homework", "add", "--person", "1", "--title", "Thought record",
                                    "--goal", "1", "--assigned", "2026-11-27", "--due", "2026-12-04",
                                    "--details", "One page a day", "--json"))
        self.assertEqual(added["title"], "Thought record")
        self.assertEqual(added["goal_id"], 1)
        self.assertEqual(added["assigned_on"], "2026-11-27")
        self.assertEqual(added["due_on"], "2026-12-04")
        self.assertEqual(added["details"], "One page a day")
        self.assertFalse(added["done"])
        self.assertIsNone(added["done_at"])
        for key in ("id", "uuid", "person_id", "goal_id", "title", "details", "assigned_on",
                    "due_on", "done", "done_at", "created_at", "updated_at"):
            self.assertIn(key, added)

        # Without --json the id; without --assigned today; the person by UUID.
        with sqlite3.connect(self.db) as conn:
            owner_uuid = conn.execute("SELECT uuid FROM person WHERE id = 1").fetchone()[0]
        later_id = int(self.cli("homework", "add", "--person", owner_uuid, "--title", "Walk",
                                "--due", "2099-01-01"))
        undated_id = int(self.cli("homework", "add", "--person", "1", "--title", "Read"))
        listed = json.loads(self.cli("homework", "list", "--person", "1", "--json"))
        self.assertEqual([h["title"] for h in listed], ["Thought record", "Walk", "Read"])
        self.assertEqual(listed[2]["assigned_on"], datetime.date.today().isoformat())
        self.assertIsNone(listed[2]["due_on"])
        self.assertIsNone(listed[1]["goal_id"])

        # Done: it moves after the open ones, with the time it was done.
        done = json.loads(self.cli("homework", "done", str(added["id"]), "--json"))
        self.assertTrue(done["done"])
        self.assertRegex(done["done_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
        self.assertGreater(done["updated_at"], added["updated_at"])
        listed = json.loads(self.cli("homework", "list", "--person", "1"))
        self.assertEqual([h["title"] for h in listed], ["Walk", "Read", "Thought record"])
        open_only = json.loads(self.cli("homework", "list", "--person", "1", "--open"))
        self.assertEqual([h["id"] for h in open_only], [later_id, undated_id])

        # --undo opens it again.
        self.cli("homework", "done", str(added["id"]), "--undo")
        self.assertEqual(self.count("SELECT count(*) FROM homework WHERE done_at IS NOT NULL"), 0)

        self.cli("homework", "delete", str(later_id))
        result = run("homework", "delete", str(later_id), db=self.db)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, "tandem-cli: No homework has the id %d.\n" % later_id)
        self.assertEqual(self.count("SELECT count(*) FROM homework"), 2)
        self.assertEqual(self.count("SELECT count(*) FROM tombstone WHERE entity = 'homework'"), 1)

    def test_remind_creates_a_homework_reminder(self):
        added = json.loads(self.cli("homework", "add", "--person", "1", "--title", "Thought record",
                                    "--due", "2099-01-31", "--remind", "18:30", "--json"))
        reminders = json.loads(self.cli("reminder", "list", "--json"))
        self.assertEqual(len(reminders), 1)
        reminder = reminders[0]
        self.assertEqual(reminder["kind"], "homework")
        self.assertEqual(reminder["target"], added["uuid"])
        self.assertEqual(reminder["schedule"], "daily")
        self.assertEqual(reminder["times"], ["18:30"])
        self.assertEqual(reminder["end"], "2099-01-31")
        self.assertTrue(reminder["only_if_not_done"])
        self.assertIsNotNone(reminder["next_due"])

        # Deleting the homework deletes its reminder.
        self.cli("homework", "delete", str(added["id"]))
        self.assertEqual(json.loads(self.cli("reminder", "list", "--json")), [])

    def test_completion(self):
        ids = [int(self.cli("homework", "add", "--person", "1", "--title", title,
                            "--assigned", "2026-11-01", "--due", due))
               for title, due in (("A", "2026-11-05"), ("B", "2026-11-20"), ("C", "2026-12-20"))]
        self.cli("homework", "done", str(ids[0]))
        rate = json.loads(self.cli("homework", "completion", "--person", "1",
                                   "--from", "2026-11-01", "--to", "2026-11-30"))
        # Marked done today, after its due date in November.
        self.assertEqual(rate, {"due": 2, "done": 1, "done_on_time": 0, "rate": 0.5})
        rate = json.loads(self.cli("homework", "completion", "--person", "1",
                                   "--from", "2030-01-01", "--to", "2030-01-31"))
        self.assertEqual(rate, {"due": 0, "done": 0, "done_on_time": 0, "rate": None})

    def test_refusals_exit_1_and_save_nothing(self):
        for args, message in (
                (["--title", " ", "--person", "1"], "The title cannot be empty."),
                (["--title", "T", "--person", "1", "--assigned", "2026-12-04", "--due", "2026-12-03"],
                 "The due date cannot come before the day the homework is assigned."),
                (["--title", "T", "--person", "1", "--goal", "2"],
                 "The goal “Sam's goal” belongs to someone else. Nothing was saved."),
                (["--title", "T", "--person", "9"], "There is no person with the id or UUID “9”.")):
            result = run("homework", "add", *args, db=self.db)
            self.assertEqual(result.returncode, 1, args)
            self.assertEqual(result.stderr, "tandem-cli: %s\n" % message)
        self.assertEqual(self.count("SELECT count(*) FROM homework"), 0)
        self.assertEqual(run("homework", "done", "42", db=self.db).returncode, 1)

    def test_usage_errors_exit_2(self):
        for args in (["homework"], ["homework", "frob"], ["homework", "add", "--title", "T"],
                     ["homework", "add", "--person", "1"],
                     ["homework", "add", "--person", "1", "--title", "T", "--due", "2026-02-30"],
                     ["homework", "add", "--person", "1", "--title", "T", "--remind", "7pm"],
                     ["homework", "add", "--person", "1", "--title", "T", "--goal", "x"],
                     ["homework", "list"], ["homework", "done"], ["homework", "done", "abc"],
                     ["homework", "delete", "1", "2"],
                     ["homework", "completion", "--person", "1", "--from", "May"]):
            result = run(*args, db=self.db)
            self.assertEqual(result.returncode, 2, args)
            self.assertTrue(result.stderr.startswith("tandem-cli: "), (args, result.stderr))
        self.assertEqual(self.count("SELECT count(*) FROM homework"), 0)

    def test_help(self):
        self.assertIn("homework", run("--help").stdout)
        for args in (["homework", "--help"], ["homework", "add", "--help"],
                     ["homework", "list", "--help"], ["homework", "done", "--help"],
                     ["homework", "delete", "--help"], ["homework", "completion", "--help"]):
            result = run(*args)
            self.assertEqual(result.returncode, 0, args)
            self.assertIn("homework", result.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
