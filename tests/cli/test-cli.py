#!/usr/bin/python3
# test-cli.py
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Drives the built tandem-cli as a script would: exit statuses, messages on
# stderr, JSON on stdout, and the database it leaves behind.

import json
import os
import sqlite3
import stat
import subprocess
import sys
import tempfile
import unittest

CLI = sys.argv.pop(1)


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def run(*args, db=None, env=None):
    full_env = dict(os.environ)
    full_env.pop("TANDEM_DB", None)
    if env:
        full_env.update(env)
    command = [CLI] + (["--db", db] if db else []) + list(args)
    return subprocess.run(command, capture_output=True, text=True, env=full_env, timeout=120)


class CliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.db = os.path.join(self.tmp.name, "data", "tandem.db")

    def tearDown(self):
        self.tmp.cleanup()

    def test_help_and_version(self):
        result = run("--help")
        self.assertEqual(result.returncode, 0)
        for command in ("init", "stats", "demo"):
            self.assertIn(command, result.stdout)
        for command in ("init", "stats", "demo", "score", "change", "recovery", "questionnaire",
                        "response"):
            result = run(command, "--help")
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertIn(command, result.stdout)
        result = run("--version")
        self.assertEqual(result.returncode, 0)
        self.assertRegex(result.stdout, r"^tandem-cli \d+\.\d+\.\d+\n$")

    def test_usage_errors_exit_2(self):
        for args in ([], ["frobnicate"], ["--nope"], ["--db"], ["stats", "extra"],
                     ["demo", "--profile", "astronaut"], ["demo", "--clients", "0"],
                     ["demo", "--today", "2026-02-30"], ["stats", "--bogus"]):
            result = run(*args, db=self.db if args and args[0] != "--db" else None)
            self.assertEqual(result.returncode, 2, args)
            if args:
                self.assertTrue(result.stderr.startswith("tandem-cli: "), (args, result.stderr))
        self.assertFalse(os.path.exists(self.db), "bad usage must not create a database")

    def test_init_creates_private_database(self):
        result = run("init", "--name", "Robin", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), self.db)
        self.assertEqual(stat.S_IMODE(os.stat(self.db).st_mode), 0o600)
        self.assertEqual(stat.S_IMODE(os.stat(os.path.dirname(self.db)).st_mode), 0o700)
        stats = json.loads(run("stats", "--json", db=self.db).stdout)
        self.assertEqual(stats["person"], 1)

    def test_db_from_environment(self):
        result = run("init", env={"TANDEM_DB": self.db})
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.exists(self.db))

    def test_stats_counts_every_entity(self):
        run("init", db=self.db)
        stats = json.loads(run("stats", db=self.db).stdout)
        for entity in ("person", "goal", "goal-revision", "strategy", "check-in", "rest-day",
                       "homework", "questionnaire", "response", "reminder", "reminder-firing",
                       "therapy-session", "tombstone"):
            self.assertEqual(stats[entity], 0, entity)

    def test_demo_client_profile(self):
        result = run("demo", "--profile", "client", "--today", "2026-11-22", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        stats = json.loads(run("stats", db=self.db).stdout)
        self.assertEqual(stats["person"], 1)
        self.assertEqual(stats["goal"], 5)
        self.assertGreater(stats["check-in"], 400)
        self.assertGreater(stats["response"], 10)

        with sqlite3.connect(self.db) as conn:
            titles = [row[0] for row in conn.execute("SELECT title FROM goal ORDER BY priority")]
        self.assertEqual(titles[2], "Reduce my anxiety")

        # A second run refuses: demo data never mixes with real data.
        result = run("demo", db=self.db)
        self.assertEqual(result.returncode, 1)
        self.assertIn("already holds data", result.stderr)
        self.assertTrue(result.stderr.startswith("tandem-cli: "))
        self.assertEqual(json.loads(run("stats", db=self.db).stdout), stats)

    def test_demo_is_deterministic(self):
        a = os.path.join(self.tmp.name, "a.db")
        b = os.path.join(self.tmp.name, "b.db")
        for path in (a, b):
            result = run("demo", "--profile", "therapist", "--clients", "3", "--years", "1",
                         "--seed", "42", "--today", "2026-11-22", db=path)
            self.assertEqual(result.returncode, 0, result.stderr)
        query = "SELECT uuid, day, value, rating, note FROM check_in ORDER BY id"
        with sqlite3.connect(a) as ca, sqlite3.connect(b) as cb:
            self.assertEqual(ca.execute(query).fetchall(), cb.execute(query).fetchall())
        self.assertEqual(json.loads(run("stats", db=a).stdout)["person"], 4)

    def test_refusals_exit_1_and_change_nothing(self):
        os.makedirs(os.path.dirname(self.db))
        with open(self.db, "wb") as f:
            f.write(b"just some text, not a database\n" * 10)
        before = read_bytes(self.db)
        for command in ("init", "stats", "demo"):
            result = run(command, db=self.db)
            self.assertEqual(result.returncode, 1, command)
            self.assertIn("is not a Tandem database", result.stderr)
            self.assertTrue(result.stderr.startswith("tandem-cli: "))
        self.assertEqual(read_bytes(self.db), before)

    def test_score_prints_the_documented_keys(self):
        result = run("score", "phq9", "0,1,2,3,0,1,2,3,1")
        self.assertEqual(result.returncode, 0, result.stderr)
        score = json.loads(result.stdout)
        self.assertEqual(score["scale"], "phq9")
        self.assertEqual(score["total"], 13)
        self.assertEqual(score["score"], 13)
        self.assertEqual(score["band"], "moderate")
        self.assertIs(score["caseness"], True)
        self.assertEqual(score["flags"], ["safety"])
        self.assertEqual(score["safety_item"], 9)
        # The safety answer is never silent, even for a script.
        self.assertIn("crisis line", result.stderr)

        score = json.loads(run("score", "phq9", "0,0,0,0,0,0,0,0,0").stdout)
        self.assertEqual((score["total"], score["band"], score["caseness"], score["flags"]),
                         (0, "minimal", False, []))

        score = json.loads(run("score", "who5", "3,3,2,2,2").stdout)
        self.assertEqual((score["total"], score["score"], score["band"], score["caseness"]),
                         (12, 48, "low", True))
        score = json.loads(run("score", "rses", "3,0,3,3,0,0,3,0,0,3").stdout)
        self.assertEqual(score["total"], 30)
        self.assertIs(score["caseness"], False)
        score = json.loads(run("score", "k10", "3,3,3,,3,3,3,3,3,3").stdout)
        self.assertEqual((score["total"], score["flags"]), (30, ["prorated"]))
        score = json.loads(run("score", "suds", "7").stdout)
        self.assertEqual((score["score"], score["band"]), (7, None))

    def test_score_refuses_invalid_answers(self):
        for args, reason in ((["phq9", "0,1,,3,0,1,2,3,0"], "Item 3 of the PHQ-9 is not answered."),
                             (["phq9", "0,1,2,3,0,1,2,3,"], "Item 9 of the PHQ-9 is not answered"),
                             (["phq9", "0,1,2"], "The PHQ-9 has 9 items, but 3 answers were given."),
                             (["gad7", "0,1,2,3,4,0,0"], "Item 5 of the GAD-7 cannot be answered 4"),
                             (["gad7", "0,1,two,3,0,0,0"], "Answer 3, “two”"),
                             (["core10", "0"], "There is no questionnaire “core10”")):
            result = run("score", *args)
            self.assertEqual(result.returncode, 1, args)
            self.assertEqual(result.stdout, "")
            self.assertTrue(result.stderr.startswith("tandem-cli: "), result.stderr)
            self.assertIn(reason, result.stderr)
        for args in (["score"], ["score", "phq9"], ["change", "phq9", "1"],
                     ["recovery", "1", "2"], ["questionnaire"], ["response"]):
            self.assertEqual(run(*args).returncode, 2, args)

    def test_change_classification(self):
        for args, expected in (
                (["phq9", "18", "12"], (-6, True, "improvement", "reliable-improvement")),
                (["phq9", "18", "13"], (-5, False, "improvement", "no-reliable-change")),
                (["phq9", "10", "16"], (6, True, "deterioration", "reliable-deterioration")),
                (["gad7", "12", "8"], (-4, True, "improvement", "reliable-improvement")),
                (["gad7", "12", "9"], (-3, False, "improvement", "no-reliable-change")),
                (["who5", "48", "60"], (12, True, "improvement", "reliable-improvement")),
                (["who5", "48", "56"], (8, False, "improvement", "no-reliable-change")),
                (["k10", "30", "15"], (-15, None, "improvement", "not-available")),
                (["phq9", "9", "9"], (0, False, "none", "no-reliable-change"))):
            result = run("change", *args)
            self.assertEqual(result.returncode, 0, result.stderr)
            change = json.loads(result.stdout)
            self.assertEqual((change["change"], change["reliable"], change["direction"],
                              change["classification"]), expected, args)
        result = run("change", "phq9", "18", "30")
        self.assertEqual(result.returncode, 1)
        self.assertIn("0 to 27", result.stderr)

    def test_recovery_table(self):
        rows = (("15 12 6 5", "yes", True, False, "yes"),
                ("12 9 9 7", "yes", False, False, "no"),
                ("20 15 14 9", "no", True, False, "no"),
                ("10 8 16 8", "no", False, True, "no"),
                ("8 6 5 3", "not-applicable", False, False, "not-applicable"),
                ("18 6 11 11", "no", False, False, "no"),
                ("5 9 5 4", "yes", True, False, "yes"))
        for scores, recovery, improvement, deterioration, reliable_recovery in rows:
            result = run("recovery", *scores.split())
            self.assertEqual(result.returncode, 0, result.stderr)
            outcome = json.loads(result.stdout)
            self.assertEqual((outcome["recovery"], outcome["reliable_improvement"],
                              outcome["reliable_deterioration"], outcome["reliable_recovery"]),
                             (recovery, improvement, deterioration, reliable_recovery), scores)

    def test_questionnaire_list(self):
        result = run("questionnaire", "list", "--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        scales = {s["id"]: s for s in json.loads(result.stdout)}
        self.assertEqual(sorted(scales),
                         ["gad2", "gad7", "k10", "phq2", "phq9", "rses", "suds", "who5"])
        self.assertEqual(scales["phq9"]["items"], 9)
        self.assertEqual(scales["phq9"]["safety_items"], [9])
        self.assertEqual(scales["phq9"]["reliable_change"], {"threshold": 6})
        self.assertEqual(scales["gad7"]["caseness"], {"operator": ">=", "threshold": 8})
        self.assertEqual((scales["who5"]["score_min"], scales["who5"]["score_max"]), (0, 100))
        self.assertEqual([b["id"] for b in scales["phq9"]["bands"]],
                         ["minimal", "mild", "moderate", "moderately-severe", "severe"])
        self.assertIn("Pfizer", scales["phq9"]["attribution"])
        self.assertIs(scales["phq9"]["custom"], False)
        result = run("questionnaire", "list")
        self.assertIn("PHQ-9", result.stdout)

    def test_take_and_list_responses(self):
        self.assertEqual(run("init", "--name", "Robin", db=self.db).returncode, 0)
        with sqlite3.connect(self.db) as connection:
            person_uuid = connection.execute("SELECT uuid FROM person").fetchone()[0]

        result = run("questionnaire", "take", "--person", "1", "--date", "2026-03-01",
                     "gad7", "1,1,1,1,1,1,2", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        taken = json.loads(result.stdout)
        self.assertEqual((taken["scale"], taken["score"], taken["band"], taken["day"]),
                         ("gad7", 8, "mild", "2026-03-01"))
        result = run("questionnaire", "take", "--person", person_uuid, "--date", "2026-03-15",
                     "phq9", "1,1,1,1,1,1,1,1,2", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("crisis line", result.stderr)

        # Refused answers, unknown people and bad dates store nothing.
        self.assertEqual(run("questionnaire", "take", "--person", "1", "phq9", "1,1", db=self.db).returncode, 1)
        self.assertEqual(run("questionnaire", "take", "--person", "42", "phq9",
                             "0,0,0,0,0,0,0,0,0", db=self.db).returncode, 1)
        self.assertEqual(run("questionnaire", "take", "--person", "1", "--date", "2026-02-30",
                             "phq9", "0,0,0,0,0,0,0,0,0", db=self.db).returncode, 2)
        self.assertEqual(run("questionnaire", "take", "phq9", "0,0,0,0,0,0,0,0,0",
                             db=self.db).returncode, 2)

        result = run("response", "list", "--person", "1", "--json", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        responses = json.loads(result.stdout)
        self.assertEqual([(r["day"], r["scale"], r["score"], r["band"], r["safety_flag"])
                          for r in responses],
                         [("2026-03-01", "gad7", 8, "mild", False),
                          ("2026-03-15", "phq9", 10, "moderate", True)])
        self.assertEqual(responses[1]["answers"], [1, 1, 1, 1, 1, 1, 1, 1, 2])
        self.assertRegex(responses[0]["taken_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        only = json.loads(run("response", "list", "--person", person_uuid, "--scale", "phq9",
                              "--json", db=self.db).stdout)
        self.assertEqual(len(only), 1)

    def test_custom_questionnaire_from_database(self):
        self.assertEqual(run("init", db=self.db).returncode, 0)
        definition = {
            "format": "tandem-questionnaire", "format_version": 1, "id": "sleep",
            "short_name": "Sleep", "name": "Sleep check", "higher_is_better": True,
            "instructions": "How did you sleep?",
            "response_options": [{"label": "Badly", "value": 0}, {"label": "Well", "value": 1}],
            "items": [{"n": 1, "text": "I fell asleep easily", "reverse": False},
                      {"n": 2, "text": "I woke up often", "reverse": True}],
            "scoring": {"method": "sum", "transform": None, "min": 0, "max": 2,
                        "band_basis": "total", "missing": {"rule": "refuse"}},
            "bands": [{"id": "poor", "min": 0, "max": 1, "label": "Poor"},
                      {"id": "good", "min": 2, "max": 2, "label": "Good"}],
            "caseness": None, "reliable_change": None, "safety_items": [],
            "licence": {"status": "own"}, "sources": []}
        with sqlite3.connect(self.db) as connection:
            connection.execute("INSERT INTO questionnaire (uuid, created_at, updated_at, code, title, definition) "
                               "VALUES ('c0ffee00-0000-7000-8000-000000000001', 0, 0, 'sleep', 'Sleep check', ?)",
                               (json.dumps(definition),))
        score = json.loads(run("score", "sleep", "1,0", db=self.db).stdout)
        self.assertEqual((score["total"], score["band"]), (2, "good"))
        scales = json.loads(run("questionnaire", "list", "--json", db=self.db).stdout)
        self.assertEqual([s["id"] for s in scales if s["custom"]], ["sleep"])
        # Without a database only the built-in ones are known.
        self.assertEqual(run("score", "sleep", "1,0").returncode, 1)


if __name__ == "__main__":
    unittest.main(verbosity=2)
