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
        for command in ("init", "stats", "demo", "goal", "reminder"):
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
        for entity in ("person", "goal", "goal-revision", "goal-attainment", "goal-draft", "strategy", "check-in", "rest-day",
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

    def init_with_goals(self):
        run("init", "--name", "Robin", db=self.db)
        with sqlite3.connect(self.db) as conn:
            conn.execute("PRAGMA foreign_keys = ON")
            now = 1767225600000000
            conn.execute("INSERT INTO goal (uuid, created_at, updated_at, person_id, framework, title,"
                         " measure_kind, measure_period, baseline, target)"
                         " VALUES ('g1', ?, ?, 1, 'smart', 'Good talks', 'count', 'day', 0, 4)", (now, now))
            conn.execute("INSERT INTO goal (uuid, created_at, updated_at, person_id, framework, title,"
                         " measure_kind, baseline, target)"
                         " VALUES ('g2', ?, ?, 1, 'smart', 'Calm', 'rating', 3, 7)", (now, now))
        return 1, 1, 2

    def test_checkin_add_list_delete(self):
        person, talks, calm = self.init_with_goals()
        result = run("checkin", "add", "--person", str(person), "--goal", str(talks),
                     "--date", "2024-02-29", "--value", "2", "--mood", "6", "--note", "Two good talks",
                     "--win", "--json", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        saved = json.loads(result.stdout)
        self.assertEqual(len(saved), 2)
        overall, entry = saved
        self.assertIsNone(overall["goal_id"])
        self.assertEqual(overall["rating"], 6)
        self.assertEqual(entry["goal_id"], talks)
        self.assertEqual(entry["value"], 2)
        self.assertIsNone(entry["rating"])
        self.assertEqual(entry["note"], "Two good talks")
        self.assertTrue(entry["win"])
        for key in ("id", "uuid", "person_id", "goal_id", "day", "value", "rating", "note",
                    "stressors", "win", "strategies", "created_at", "updated_at"):
            self.assertIn(key, entry)

        # A rating goal takes --value as its rating; without --json the ids.
        result = run("checkin", "add", "--person", "1", "--goal", str(calm), "--date", "2024-03-01",
                     "--value", "7", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        calm_id = int(result.stdout.strip())
        result = run("checkin", "add", "--person", "1", "--date", "2024-03-02", "--mood", "5", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)

        listed = json.loads(run("checkin", "list", "--person", "1", "--from", "2024-02-29",
                                "--to", "2024-03-01", "--json", db=self.db).stdout)
        self.assertEqual([c["day"] for c in listed], ["2024-02-29", "2024-02-29", "2024-03-01"])
        self.assertEqual(listed[2]["rating"], 7)
        self.assertEqual(len(json.loads(run("checkin", "list", "--person", "1", db=self.db).stdout)), 4)

        result = run("checkin", "delete", str(calm_id), db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        result = run("checkin", "delete", str(calm_id), db=self.db)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, "tandem-cli: No check-in has the id %d.\n" % calm_id)
        self.assertEqual(len(json.loads(run("checkin", "list", "--person", "1", db=self.db).stdout)), 3)
        stats = json.loads(run("stats", db=self.db).stdout)
        self.assertEqual(stats["check-in"], 3)
        self.assertEqual(stats["tombstone"], 1)

    def test_checkin_refusals(self):
        self.init_with_goals()
        with sqlite3.connect(self.db) as conn:
            before = conn.execute("SELECT count(*) FROM check_in").fetchone()[0]

        result = run("checkin", "add", "--person", "1", "--date", "2999-01-01", "--mood", "5", db=self.db)
        self.assertEqual(result.returncode, 1)
        self.assertIn("cannot be dated in the future", result.stderr)

        result = run("checkin", "add", "--person", "1", "--goal", "2", "--date", "2024-01-01",
                     "--value", "11", db=self.db)
        self.assertEqual(result.returncode, 1)
        self.assertTrue(result.stderr.startswith("tandem-cli: Entry for “Calm”: "), result.stderr)
        self.assertIn("11", result.stderr)

        for mood in ("12", "-1"):
            result = run("checkin", "add", "--person", "1", "--goal", "1", "--date", "2024-01-01",
                         "--value", "1", "--mood", mood, db=self.db)
            self.assertEqual(result.returncode, 2, mood)
            self.assertEqual(result.stderr, "tandem-cli: --mood must be between 0 and 10.\n")

        for args, message in ((["--person", "9", "--date", "2024-01-01"], "No person has the id 9."),
                              (["--person", "1", "--goal", "9", "--date", "2024-01-01"],
                               "No goal has the id 9.")):
            result = run("checkin", "add", *args, db=self.db)
            self.assertEqual(result.returncode, 1, args)
            self.assertEqual(result.stderr, "tandem-cli: %s\n" % message)

        for args in (["checkin"], ["checkin", "frob"], ["checkin", "add", "--date", "2024-01-01"],
                     ["checkin", "add", "--person", "1"],
                     ["checkin", "add", "--person", "1", "--date", "2024-02-30"],
                     ["checkin", "add", "--person", "x", "--date", "2024-01-01"],
                     ["checkin", "add", "--person", "1", "--date", "2024-01-01", "--value", "3"],
                     ["checkin", "add", "--person", "1", "--goal", "1", "--date", "2024-01-01",
                      "--value", "lots"],
                     ["checkin", "list"], ["checkin", "list", "--person", "1", "--from", "May"],
                     ["checkin", "delete"], ["checkin", "delete", "abc"], ["checkin", "delete", "1", "2"],
                     ["calendar", "--person", "1"], ["calendar", "--person", "1", "--month", "2024-13"],
                     ["calendar", "--person", "1", "--month", "24-01"],
                     ["calendar", "--person", "1", "--month", "2024-01", "--first-weekday", "8"]):
            result = run(*args, db=self.db)
            self.assertEqual(result.returncode, 2, args)
            self.assertTrue(result.stderr.startswith("tandem-cli: "), (args, result.stderr))

        with sqlite3.connect(self.db) as conn:
            self.assertEqual(conn.execute("SELECT count(*) FROM check_in").fetchone()[0], before)

    def test_checkin_and_calendar_help(self):
        for args in (["checkin", "--help"], ["checkin", "add", "--help"], ["checkin", "list", "--help"],
                     ["checkin", "delete", "--help"], ["calendar", "--help"]):
            result = run(*args)
            self.assertEqual(result.returncode, 0, args)
            self.assertIn(args[0], result.stdout)
        result = run("--help")
        for command in ("checkin", "calendar"):
            self.assertIn(command, result.stdout)

    def test_calendar_month(self):
        self.init_with_goals()
        for args in (["--goal", "1", "--value", "2", "--win"], ["--goal", "1", "--value", "1"],
                     ["--mood", "4"]):
            result = run("checkin", "add", "--person", "1", "--date", "2024-12-31", *args, db=self.db)
            self.assertEqual(result.returncode, 0, result.stderr)
        run("checkin", "add", "--person", "1", "--date", "2025-01-01", "--mood", "6", db=self.db)

        result = run("calendar", "--person", "1", "--month", "2025-01", "--goal", "1", "--json", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        month = json.loads(result.stdout)
        self.assertEqual((month["year"], month["month"], month["first_weekday"], month["goal_id"]),
                         (2025, 1, 1, 1))
        self.assertEqual((month["first_day"], month["last_day"]), ("2024-12-30", "2025-02-09"))
        self.assertEqual(len(month["days"]), 42)
        eve = month["days"][1]
        self.assertEqual(eve, {
            "date": "2024-12-31", "in_month": False, "check_ins": 3, "win": True, "rest_day": False,
            "value": 3.0, "intensity": 0.75, "homework_due": 0, "homework_done": 0,
            "questionnaires": 0, "therapy_sessions": 0, "missed_reminders": 0})
        self.assertTrue(month["days"][2]["in_month"])
        self.assertEqual(month["days"][2]["check_ins"], 1)
        self.assertIsNone(month["days"][2]["intensity"])
        streak = month["streak"]
        for key in ("today", "days_with_check_in", "current_run", "longest_run", "month_text",
                    "current_run_text", "longest_run_text"):
            self.assertIn(key, streak)
        self.assertEqual(streak["days_with_check_in"], 1)
        self.assertEqual(streak["longest_run"], 2)

        result = run("calendar", "--person", "1", "--month", "2025-01", "--first-weekday", "7", db=self.db)
        month = json.loads(result.stdout)
        self.assertEqual(month["first_day"], "2024-12-29")
        self.assertIsNone(month["goal_id"])

        result = run("calendar", "--person", "1", "--month", "2025-01", "--goal", "99", db=self.db)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, "tandem-cli: No goal has the id 99.\n")

    def test_clients_sorted_flagged_first(self):
        result = run("demo", "--profile", "therapist", "--clients", "6", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        result = run("clients", "--json", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        clients = json.loads(result.stdout)
        self.assertEqual(len(clients), 6)
        for client in clients:
            self.assertEqual(set(client), {"id", "uuid", "name", "archived", "flagged",
                                           "last-activity", "next-session"})
            self.assertFalse(client["archived"])
        flags = [client["flagged"] for client in clients]
        self.assertEqual(flags, sorted(flags, reverse=True), "flagged clients come first")
        unflagged = [client["name"].casefold() for client in clients if not client["flagged"]]
        self.assertEqual(unflagged, sorted(unflagged))

        result = run("clients", "--sort", "last-activity", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        days = [c["last-activity"] or "" for c in json.loads(result.stdout) if not c["flagged"]]
        self.assertEqual(days, sorted(days, reverse=True))

        result = run("clients", "--sort", "soonest", db=self.db)
        self.assertEqual(result.returncode, 2)
        self.assertIn("--sort takes name, next-session or last-activity", result.stderr)

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

    def add_goal(self, goal, *extra):
        return subprocess.run([CLI, "--db", self.db, "goal", "add", "--person", "1", *extra],
                              input=json.dumps(goal), capture_output=True, text=True, timeout=60)

    def test_goal_add_list_show(self):
        run("init", "--name", "Robin", db=self.db)
        pact = {"title": "Walk more", "framework": "pact", "purposeful": "Feel at home in my body",
                "actionable": "A walk after lunch", "continuous": "Every working day",
                "measure-kind": "yes-no", "measure-name": "Walked today", "target": 1}
        result = self.add_goal(pact, "--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        added = json.loads(result.stdout)
        self.assertEqual(added["title"], "Walk more")
        self.assertEqual(added["framework"], "pact")
        self.assertEqual(added["status"], "active")

        result = self.add_goal({}, "--template", "reduce-anxiety")
        self.assertEqual(result.returncode, 0, result.stderr)
        anxiety_id = int(result.stdout)

        goals = json.loads(run("goal", "list", "--person", "1", "--json", db=self.db).stdout)
        self.assertEqual([g["title"] for g in goals], ["Walk more", "Reduce my anxiety"])
        shown = json.loads(run("goal", "show", str(anxiety_id), db=self.db).stdout)
        self.assertEqual(shown["instrument"], "gad7")
        self.assertEqual(shown["direction"], "decrease")
        self.assertEqual(shown["id"], anxiety_id)
        self.assertEqual(run("goal", "show", "999", db=self.db).returncode, 1)

    def test_goal_add_lists_every_problem_and_saves_nothing(self):
        run("init", "--name", "Robin", db=self.db)
        result = self.add_goal({"title": " ", "measure-kind": "count", "measure-name": "Walks",
                                "baseline": 5, "target": 2, "start-date": "2026-05-01",
                                "due-date": "2026-04-01"})
        self.assertEqual(result.returncode, 1)
        self.assertTrue(result.stderr.startswith("tandem-cli: The goal was not saved."))
        for field in ("title:", "specific:", "target: The target must be above the starting point (5)",
                      "due-date: The due date must come after the start date."):
            self.assertIn(field, result.stderr)
        for bad, message in (({"titel": "x"}, "“titel” is not something a goal has."),
                             ({"target": "five"}, "“target” must be a number."),
                             ([1, 2], "must be one object")):
            result = self.add_goal(bad)
            self.assertEqual(result.returncode, 1)
            self.assertIn(message, result.stderr)
        # A questionnaire target must be a score that questionnaire has.
        result = self.add_goal({"target": 25}, "--template", "reduce-anxiety")
        self.assertEqual(result.returncode, 1)
        self.assertIn("target: This questionnaire’s scores go from 0 to 21", result.stderr)
        self.assertEqual(json.loads(run("stats", db=self.db).stdout)["goal"], 0)
        self.assertEqual(self.add_goal({}, "--template", "nope").returncode, 2)
        self.assertEqual(run("goal", "add", db=self.db).returncode, 2)

    def test_goal_history(self):
        result = run("demo", "--today", "2026-11-22", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        history = json.loads(run("goal", "history", "1", db=self.db).stdout)
        self.assertEqual(len(history), 1)
        self.assertEqual(history[0]["revised-by"], "therapist")
        self.assertIn("agreed on four", history[0]["reason"])
        self.assertEqual(history[0]["changes"], [{"field": "target", "before": 5.0, "after": 4.0}])
        self.assertRegex(history[0]["revised-at"], r"^\d{4}-\d\d-\d\dT")

    def test_reminder_add_list_next(self):
        ny = {"TZ": "America/New_York"}
        run("init", "--name", "Robin", db=self.db)
        result = run("reminder", "add", "--kind", "check-in", "--schedule", "daily",
                     "--times", "02:30,20:00", "--start", "2026-03-01", "--only-if-not-done",
                     "--json", db=self.db, env=ny)
        self.assertEqual(result.returncode, 0, result.stderr)
        added = json.loads(result.stdout)
        self.assertEqual(set(added), {"id", "uuid"})

        result = run("reminder", "add", "--person", "1", "--kind", "questionnaire",
                     "--schedule", "weekly", "--every-weeks", "2", "--days", "mon,thu",
                     "--times", "18:00", "--start", "2026-03-02", "--end", "2026-12-31",
                     "--title", "PHQ-9", "--target", "phq9", "--quiet", "22:00-07:00",
                     db=self.db, env=ny)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), str(added["id"] + 1))

        reminders = json.loads(run("reminder", "list", "--json", db=self.db, env=ny).stdout)
        self.assertEqual(len(reminders), 2)
        by_id = {r["id"]: r for r in reminders}
        weekly = by_id[added["id"] + 1]
        self.assertEqual(weekly["kind"], "questionnaire")
        self.assertEqual(weekly["schedule"], "weekly")
        self.assertEqual(weekly["days"], ["mon", "thu"])
        self.assertEqual(weekly["every_weeks"], 2)
        self.assertEqual(weekly["times"], ["18:00"])
        self.assertEqual((weekly["quiet_start"], weekly["quiet_end"]), ("22:00", "07:00"))
        self.assertEqual((weekly["start"], weekly["end"]), ("2026-03-02", "2026-12-31"))
        self.assertEqual(weekly["target"], "phq9")
        self.assertTrue(by_id[added["id"]]["only_if_not_done"])
        self.assertIsNotNone(by_id[added["id"]]["next_due"], "add caches the next due time")
        self.assertEqual(json.loads(run("reminder", "list", "--person", "2",
                                        db=self.db).stdout), [])

        # The spring-forward night: 02:30 does not exist and fires once at 03:00.
        result = run("reminder", "next", "--at", "2026-03-07T12:00:00-05:00", "--count", "4",
                     "--json", db=self.db, env=ny)
        self.assertEqual(result.returncode, 0, result.stderr)
        coming = json.loads(result.stdout)
        self.assertEqual([c["due"] for c in coming], [
            "2026-03-07T20:00:00-05:00",
            "2026-03-08T03:00:00-04:00",
            "2026-03-08T20:00:00-04:00",
            "2026-03-09T02:30:00-04:00",
        ])
        self.assertEqual(set(coming[0]), {"id", "uuid", "kind", "title", "due", "due_us"})
        self.assertEqual(coming[0]["due_us"], 1772931600 * 1000000)
        self.assertEqual(coming[0]["uuid"], added["uuid"])

        # Today's check-in exists: tonight's reminder is left out.
        with sqlite3.connect(self.db) as conn:
            conn.execute("INSERT INTO check_in (uuid, created_at, updated_at, person_id, day) "
                         "VALUES ('11111111-1111-7111-8111-111111111111', 0, 0, 1, '2026-03-07')")
        coming = json.loads(run("reminder", "next", "--at", "2026-03-07T12:00:00-05:00",
                                "--count", "1", db=self.db, env=ny).stdout)
        self.assertEqual(coming[0]["due"], "2026-03-08T03:00:00-04:00")

        # Every other week on Monday and Thursday, counted from the start's week.
        coming = json.loads(run("reminder", "next", "--at", "2026-03-08T12:00:00-04:00",
                                "--count", "60", "--person", "1", db=self.db, env=ny).stdout)
        weekly_due = [c["due"] for c in coming if c["kind"] == "questionnaire"]
        self.assertEqual(weekly_due[:3], ["2026-03-16T18:00:00-04:00",
                                          "2026-03-19T18:00:00-04:00",
                                          "2026-03-30T18:00:00-04:00"])

    def test_reminder_monthly_in_london(self):
        london = {"TZ": "Europe/London"}
        run("init", "--name", "Robin", db=self.db)
        result = run("reminder", "add", "--kind", "custom", "--schedule", "monthly",
                     "--month-day", "31", "--times", "09:00", "--start", "2028-01-01",
                     db=self.db, env=london)
        self.assertEqual(result.returncode, 0, result.stderr)
        coming = json.loads(run("reminder", "next", "--at", "2028-01-01T00:00:00Z",
                                "--count", "4", db=self.db, env=london).stdout)
        self.assertEqual([c["due"] for c in coming], [
            "2028-01-31T09:00:00+00:00",
            "2028-02-29T09:00:00+00:00",
            "2028-03-31T09:00:00+01:00",
            "2028-04-30T09:00:00+01:00",
        ])

    def test_reminder_once_in_the_past_has_no_next(self):
        run("init", "--name", "Robin", db=self.db)
        result = run("reminder", "add", "--kind", "appointment", "--schedule", "once",
                     "--times", "10:00", "--start", "2026-01-05", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        coming = json.loads(run("reminder", "next", "--at", "2026-02-01T00:00:00+01:00",
                                db=self.db).stdout)
        self.assertEqual(coming, [])

    def test_reminder_add_without_a_reminder_service(self):
        # tandem-cli tells a running reminder service to reschedule; with no
        # service, or no bus at all, the command still succeeds at once.
        run("init", "--name", "Robin", db=self.db)
        missing = os.path.join(self.tmp.name, "no-bus")
        for env in ({"DBUS_SESSION_BUS_ADDRESS": "unix:path=" + missing},
                    {"DBUS_SESSION_BUS_ADDRESS": "", "XDG_RUNTIME_DIR": self.tmp.name}):
            result = run("reminder", "add", "--kind", "custom", "--schedule", "daily",
                         "--times", "10:00", db=self.db, env=env)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(result.stderr, "")

    def test_reminder_usage_errors(self):
        base = ["reminder", "add", "--kind", "check-in", "--schedule", "daily", "--times", "20:00"]
        for args in (["reminder"], ["reminder", "frobnicate"],
                     ["reminder", "add", "--kind", "nap", "--schedule", "daily", "--times", "20:00"],
                     ["reminder", "add", "--kind", "check-in", "--schedule", "hourly",
                      "--times", "20:00"],
                     ["reminder", "add", "--kind", "check-in", "--schedule", "daily"],
                     base[:-1] + ["8pm"], base[:-1] + ["24:00"],
                     ["reminder", "add", "--kind", "check-in", "--schedule", "weekdays",
                      "--times", "20:00"],
                     base + ["--days", "mon"], base + ["--every-weeks", "2"],
                     base + ["--month-day", "3"], base + ["--quiet", "22:00"],
                     base + ["--start", "2026-02-30"],
                     base + ["--start", "2026-03-10", "--end", "2026-03-01"],
                     ["reminder", "add", "--kind", "check-in", "--schedule", "weekdays",
                      "--days", "mon,funday", "--times", "20:00"],
                     ["reminder", "next", "--at", "2026-03-07T12:00:00"],
                     ["reminder", "next", "--count", "0"],
                     ["reminder", "list", "extra"]):
            result = run(*args, db=self.db)
            self.assertEqual(result.returncode, 2, (args, result.stderr))
            self.assertTrue(result.stderr.startswith("tandem-cli: ") or
                            result.stderr.startswith("Usage"), (args, result.stderr))
        self.assertFalse(os.path.exists(self.db), "bad usage must not create a database")

    def test_reminder_unknown_person_exits_1(self):
        run("init", "--name", "Robin", db=self.db)
        result = run("reminder", "add", "--person", "42", "--kind", "check-in",
                     "--schedule", "daily", "--times", "20:00", db=self.db)
        self.assertEqual(result.returncode, 1)
        self.assertIn("no person with the id 42", result.stderr)
        self.assertEqual(json.loads(run("stats", db=self.db).stdout)["reminder"], 0)

    def test_reminder_help(self):
        result = run("reminder", "--help")
        self.assertEqual(result.returncode, 0)
        for command in ("add", "list", "next"):
            self.assertIn(command, result.stdout)
            result_sub = run("reminder", command, "--help")
            self.assertEqual(result_sub.returncode, 0, result_sub.stderr)
            self.assertIn("reminder " + command, result_sub.stdout)

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
        self.assertRegex(responses[0]["taken_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
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

        # Taken once, it cannot be deleted; nothing is.
        self.assertEqual(run("init", "--name", "Robin", db=self.db).returncode, 0)
        result = run("questionnaire", "take", "--person", "1", "--date", "2026-03-01", "sleep", "1,0",
                     db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        result = run("questionnaire", "delete", "sleep", db=self.db)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr.strip(),
                         "tandem-cli: “Sleep check” has been taken 1 time, so it cannot be deleted: "
                         "its response would lose its questionnaire. Nothing was deleted.")
        scales = json.loads(run("questionnaire", "list", "--json", db=self.db).stdout)
        self.assertEqual([s["id"] for s in scales if s["custom"]], ["sleep"])

    def test_questionnaire_delete(self):
        self.assertEqual(run("init", "--name", "Robin", db=self.db).returncode, 0)
        definition = {
            "format": "tandem-questionnaire", "format_version": 1, "id": "sleep",
            "short_name": "Sleep", "name": "Sleep check", "higher_is_better": True,
            "instructions": "How did you sleep?",
            "response_options": [{"label": "Badly", "value": 0}, {"label": "Well", "value": 1}],
            "items": [{"n": 1, "text": "I fell asleep easily", "reverse": False}],
            "scoring": {"method": "sum", "transform": None, "min": 0, "max": 1,
                        "band_basis": "total", "missing": {"rule": "refuse"}},
            "bands": [], "caseness": None, "reliable_change": None, "safety_items": [],
            "licence": {"status": "own"}, "sources": []}
        with sqlite3.connect(self.db) as connection:
            connection.execute("INSERT INTO questionnaire (uuid, created_at, updated_at, code, title, definition) "
                               "VALUES ('c0ffee00-0000-7000-8000-000000000002', 0, 0, 'sleep', 'Sleep check', ?)",
                               (json.dumps(definition),))
        self.assertEqual(run("questionnaire", "delete", db=self.db).returncode, 2)
        self.assertEqual(run("questionnaire", "delete", "phq9", db=self.db).returncode, 1)
        # A reminder for it keeps it.
        result = run("reminder", "add", "--person", "1", "--kind", "questionnaire", "--target", "sleep",
                     "--schedule", "daily", "--times", "20:00", "--start", "2026-03-01", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        result = run("questionnaire", "delete", "sleep", db=self.db)
        self.assertEqual(result.returncode, 1)
        self.assertIn("it is used by 1 reminder", result.stderr)
        with sqlite3.connect(self.db) as connection:
            connection.execute("DELETE FROM reminder")
        result = run("questionnaire", "delete", "sleep", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        scales = json.loads(run("questionnaire", "list", "--json", db=self.db).stdout)
        self.assertEqual([s["id"] for s in scales if s["custom"]], [])
        with sqlite3.connect(self.db) as connection:
            self.assertEqual(connection.execute(
                "SELECT count(*) FROM tombstone WHERE uuid = 'c0ffee00-0000-7000-8000-000000000002'").fetchone(),
                (1,))

    def dump(self, db):
        connection = sqlite3.connect(db)
        try:
            return list(connection.iterdump())
        finally:
            connection.close()

    def exchange_databases(self):
        therapist = os.path.join(self.tmp.name, "therapist.db")
        client = os.path.join(self.tmp.name, "client.db")
        result = run("demo", "--profile", "therapist", "--clients", "2", "--years", "1",
                     "--seed", "5", "--today", "2026-03-01", db=therapist)
        self.assertEqual(result.returncode, 0, result.stderr)
        result = run("init", "--name", "Alex", db=client)
        self.assertEqual(result.returncode, 0, result.stderr)
        return therapist, client

    def test_export_import_round_trip(self):
        therapist, client = self.exchange_databases()
        plan = os.path.join(self.tmp.name, "plan.tandem")
        result = run("export", "--person", "2", "--format", "bundle", "--kind", "plan", "-o", plan,
                     db=therapist)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(stat.S_IMODE(os.stat(plan).st_mode), 0o600)
        with open(plan, encoding="utf-8") as f:
            bundle = json.load(f)
        self.assertEqual((bundle["format"], bundle["version"], bundle["kind"]),
                         ("tandem-bundle", 1, "plan"))
        self.assertNotIn("check-in", bundle["records"])
        self.assertNotIn("therapy-session", bundle["records"])
        n_goals = len(bundle["records"]["goal"])

        # The preview writes nothing and says what would happen.
        before = self.dump(client)
        result = run("import", plan, "--dry-run", db=client)
        self.assertEqual(result.returncode, 0, result.stderr)
        preview = json.loads(result.stdout)
        self.assertEqual(set(preview), {"person-id", "kind", "entities", "dry-run"})
        self.assertTrue(preview["dry-run"])
        self.assertEqual(set(preview["entities"]["goal"]),
                         {"added", "changed", "removed", "unchanged",
                          "added-uuids", "changed-uuids", "removed-uuids"})
        self.assertEqual(preview["entities"]["goal"]["added"], n_goals)
        self.assertEqual(self.dump(client), before)

        result = run("import", plan, db=client)
        self.assertEqual(result.returncode, 0, result.stderr)
        applied = json.loads(result.stdout)
        self.assertFalse(applied["dry-run"])
        self.assertEqual(applied["entities"], preview["entities"])

        # Twice changes nothing.
        stats = run("stats", db=client).stdout
        before = self.dump(client)
        result = run("import", plan, db=client)
        self.assertEqual(result.returncode, 0, result.stderr)
        again = json.loads(result.stdout)
        self.assertEqual(again["entities"]["goal"]["added"], 0)
        self.assertEqual(again["entities"]["goal"]["unchanged"], n_goals)
        self.assertEqual(run("stats", db=client).stdout, stats)
        self.assertEqual(self.dump(client), before)

        # The client checks in and sends progress back to the therapist.
        connection = sqlite3.connect(client)
        goal_id = connection.execute("SELECT min(id) FROM goal").fetchone()[0]
        connection.close()
        result = run("checkin", "add", "--person", "1", "--goal", str(goal_id),
                     "--date", "2026-03-02", "--value", "1", "--mood", "7",
                     "--note", "Back from the walk", db=client)
        self.assertEqual(result.returncode, 0, result.stderr)
        progress = os.path.join(self.tmp.name, "progress.tandem")
        result = run("export", "--person", "1", "--format", "bundle", "--kind", "progress",
                     "-o", progress, db=client)
        self.assertEqual(result.returncode, 0, result.stderr)

        result = run("import", progress, "--person", "2", db=therapist)
        self.assertEqual(result.returncode, 0, result.stderr)
        back = json.loads(result.stdout)
        self.assertEqual(back["person-id"], 2)
        self.assertEqual(back["entities"]["check-in"]["added"], 2)
        listed = json.loads(run("checkin", "list", "--person", "2", "--from", "2026-03-02",
                                "--to", "2026-03-02", db=therapist).stdout)
        self.assertIn("Back from the walk", [c["note"] for c in listed])

        stats = run("stats", db=therapist).stdout
        before = self.dump(therapist)
        result = run("import", progress, "--person", "2", db=therapist)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(json.loads(result.stdout)["entities"]["check-in"]["unchanged"], 2)
        self.assertEqual(run("stats", db=therapist).stdout, stats)
        self.assertEqual(self.dump(therapist), before)

    def test_overview_since_last_session(self):
        self.init_with_goals()
        for day, answers in (("2026-03-01", "1,1,1,1,1,1,2"), ("2026-03-12", "2,2,2,2,2,2,1")):
            result = run("questionnaire", "take", "--person", "1", "--date", day, "gad7", answers, db=self.db)
            self.assertEqual(result.returncode, 0, result.stderr)
        result = run("questionnaire", "take", "--person", "1", "--date", "2026-03-15",
                     "phq9", "1,1,1,1,1,1,1,1,2", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        for args in (["--date", "2026-03-10", "--mood", "6", "--win", "--note", "Went for a run"],
                     ["--date", "2026-03-11", "--goal", "1", "--value", "3"],
                     ["--date", "2026-03-04", "--mood", "3"]):
            result = run("checkin", "add", "--person", "1", *args, db=self.db)
            self.assertEqual(result.returncode, 0, result.stderr)
        with sqlite3.connect(self.db) as conn:
            # 5 March 2026, 10:00 in Berlin (UTC+1), and homework due in the period.
            starts = 1772701200000000
            conn.execute("INSERT INTO therapy_session (uuid, created_at, updated_at, person_id, starts_at)"
                         " VALUES ('s1', ?, ?, 1, ?)", (starts, starts, starts))
            conn.execute("INSERT INTO homework (uuid, created_at, updated_at, person_id, title,"
                         " assigned_on, due_on, done_at) VALUES ('h1', ?, ?, 1, 'Breathing',"
                         " '2026-03-05', '2026-03-09', ?)", (starts, starts, starts + 86400000000))
            conn.execute("INSERT INTO homework (uuid, created_at, updated_at, person_id, title,"
                         " assigned_on, due_on) VALUES ('h2', ?, ?, 1, 'Journal', '2026-03-05', '2026-03-12')",
                         (starts, starts))

        result = run("overview", "--person", "1", "--today", "2026-03-16", "--json", db=self.db,
                     env={"TZ": "Europe/Berlin"})
        self.assertEqual(result.returncode, 0, result.stderr)
        overview = json.loads(result.stdout)
        self.assertEqual((overview["person_id"], overview["from"], overview["to"], overview["session_id"]),
                         (1, "2026-03-05", "2026-03-16", 1))
        self.assertEqual(overview["session_starts_at"], "2026-03-05T10:00:00+01:00")
        self.assertEqual([(f["scale"], f["day"], f["score"]) for f in overview["safety_flags"]],
                         [("phq9", "2026-03-15", 10)])
        self.assertEqual(overview["adherence"], {"days": 12, "days_with_check_in": 2, "rest_days": 0})
        homework = overview["homework"]
        self.assertEqual((homework["due"], homework["done"], homework["rate"]), (2, 1, 0.5))
        self.assertEqual([(h["title"], h["due_on"], h["done_on"], h["done"]) for h in homework["items"]],
                         [("Breathing", "2026-03-09", "2026-03-06", True),
                          ("Journal", "2026-03-12", None, False)])
        self.assertEqual([(w["week_start"], w["due"], w["done"], w["rate"]) for w in homework["weeks"]],
                         [("2026-03-02", 0, 0, None), ("2026-03-09", 2, 1, 0.5), ("2026-03-16", 0, 0, None)])
        scales = {q["scale"]: q for q in overview["questionnaires"]}
        self.assertEqual(set(scales), {"gad7", "phq9"})
        self.assertEqual((scales["gad7"]["in_period"], scales["gad7"]["latest_score"],
                          scales["gad7"]["previous_day"], scales["gad7"]["previous_score"],
                          scales["gad7"]["band_label"], scales["gad7"]["classification"]),
                         (1, 13, "2026-03-01", 8, "Moderate", "reliable-deterioration"))
        self.assertEqual((scales["phq9"]["previous_score"], scales["phq9"]["classification"]),
                         (None, "not-available"))
        self.assertEqual([g["title"] for g in overview["goals"]], ["Good talks", "Calm"])
        talks = overview["goals"][0]
        for key in ("id", "unit", "latest_week", "latest", "baseline", "target", "progress", "met",
                    "trend", "trend_text"):
            self.assertIn(key, talks)
        self.assertEqual((talks["latest_week"], talks["latest"], talks["trend"]),
                         ("2026-03-09", 3, "not-enough-data"))
        self.assertEqual([(w["day"], w["goal_id"], w["note"]) for w in overview["wins"]],
                         [("2026-03-10", None, "Went for a run")])
        self.assertEqual(overview["stressors"], [])

        result = run("overview", "--person", "1", "--since", "2026-03-13", "--today", "2026-03-16",
                     db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        overview = json.loads(result.stdout)
        self.assertEqual((overview["from"], overview["session_id"], overview["adherence"]["days"]),
                         ("2026-03-13", None, 4))
        self.assertEqual(overview["wins"], [])

        # An empty person: the last 14 days.
        with sqlite3.connect(self.db) as conn:
            conn.execute("INSERT INTO person (uuid, created_at, updated_at, display_name, role)"
                         " VALUES ('p2', 1, 1, 'Sam', 'client')")
            sam = conn.execute("SELECT id FROM person WHERE uuid = 'p2'").fetchone()[0]
        result = run("overview", "--person", "p2", "--today", "2026-03-16", db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        overview = json.loads(result.stdout)
        self.assertEqual((overview["person_id"], overview["from"], overview["adherence"]["days"]),
                         (sam, "2026-03-03", 14))

    def test_overview_refusals(self):
        self.init_with_goals()
        for args, status in ((["overview"], 2),
                             (["overview", "--person", "1", "--since", "2026-02-30"], 2),
                             (["overview", "--person", "1", "--today", "tomorrow"], 2),
                             (["overview", "--person", "1", "extra"], 2),
                             (["overview", "--person", "42"], 1),
                             (["overview", "--person", "1", "--since", "2026-03-17", "--today", "2026-03-16"], 1)):
            result = run(*args, db=self.db)
            self.assertEqual(result.returncode, status, (args, result.stderr))
            self.assertTrue(result.stderr.startswith("tandem-cli: "), result.stderr)
        result = run("overview", "--person", "1", "--since", "2026-03-17", "--today", "2026-03-16", db=self.db)
        self.assertIn("2026-03-17", result.stderr)
        self.assertEqual(run("overview", "--help").returncode, 0)

    def test_import_refusals_change_nothing(self):
        therapist, client = self.exchange_databases()
        progress = os.path.join(self.tmp.name, "progress.tandem")
        result = run("export", "--person", "2", "--format", "bundle", "--kind", "progress",
                     "-o", progress, db=therapist)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(progress, encoding="utf-8") as f:
            bundle = json.load(f)

        def write(name, text):
            path = os.path.join(self.tmp.name, name)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            return path

        rating = json.loads(json.dumps(bundle))
        rating["records"]["check-in"][3]["rating"] = 11
        newer = dict(bundle, version=2)
        dangling = json.loads(json.dumps(bundle))
        for check_in in dangling["records"]["check-in"]:
            if check_in["goal-id"] is not None:
                check_in["goal-id"] = "01900000-0000-7000-8000-00000000abcd"
                break
        cases = [
            (write("truncated.tandem", json.dumps(bundle)[:500]), "not valid JSON"),
            (write("garbage.tandem", "{\n  \"format\": \"tandem-bundle\",\n  oops\n}"), "at line 2, column 28"),
            (write("foreign.tandem", json.dumps({"format": "zip", "version": 1})), "“zip”"),
            (write("newer.tandem", json.dumps(newer)), "newer version of Tandem"),
            (write("rating.tandem", json.dumps(rating)),
             "records.check-in[3].rating: The rating must be between 0 and 10, not 11."),
            (write("dangling.tandem", json.dumps(dangling)), ".goal-id: No goal with the UUID"),
        ]
        before = self.dump(therapist)
        before_bytes = read_bytes(therapist)
        for path, expected in cases:
            for extra in ([], ["--dry-run"]):
                result = run("import", path, "--person", "2", *extra, db=therapist)
                self.assertEqual(result.returncode, 1, path)
                self.assertTrue(result.stderr.startswith("tandem-cli: "), result.stderr)
                self.assertIn(expected, result.stderr)
                self.assertEqual(result.stdout, "")
        self.assertEqual(read_bytes(therapist), before_bytes)
        self.assertEqual(self.dump(therapist), before)

        # A therapist's database has clients: the person must be named.
        result = run("import", progress, db=client)
        self.assertEqual(result.returncode, 0, result.stderr)
        other = os.path.join(self.tmp.name, "other.tandem")
        run("export", "--person", "3", "--format", "bundle", "-o", other, db=therapist)
        result = run("import", other, db=therapist)
        self.assertEqual(result.returncode, 0, result.stderr)
        foreign = os.path.join(self.tmp.name, "foreign.tandem")
        run("export", "--person", "1", "--format", "bundle", "-o", foreign, db=client)
        before = self.dump(therapist)
        result = run("import", foreign, db=therapist)
        self.assertEqual(result.returncode, 1)
        self.assertIn("--person", result.stderr)
        self.assertEqual(self.dump(therapist), before)

    def test_export_csv(self):
        db = self.db
        self.assertEqual(run("init", "--name", "Alex", db=db).returncode, 0)
        result = run("checkin", "add", "--person", "1", "--date", "2026-03-02", "--mood", "6",
                     "--note", 'Said "no", then\nleft', db=db)
        self.assertEqual(result.returncode, 0, result.stderr)
        out = os.path.join(self.tmp.name, "check-ins.csv")
        result = run("export", "--person", "1", "--format", "csv", "-o", out, db=db)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(stat.S_IMODE(os.stat(out).st_mode), 0o600)
        self.assertRegex(read_bytes(out).decode("utf-8"),
                         r"^date,goal,value,rating,note,stressors,win,strategies used,"
                         r"uuid,created at,updated at\r\n"
                         r'2026-03-02,,,6,"Said ""no"", then\nleft",,no,,'
                         r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12},"
                         r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z\r\n$")
        out = os.path.join(self.tmp.name, "responses.csv")
        result = run("export", "--person", "1", "--format", "csv", "--what", "responses",
                     "-o", out, db=db)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(read_bytes(out), b"date,questionnaire,total,band,safety flag,answers\r\n")

    def test_checkin_import(self):
        self.init_with_goals()
        run("checkin", "add", "--person", "1", "--goal", "1", "--date", "2024-02-29", "--value", "2",
            "--note", 'Said "no", then\nleft', "--win", db=self.db)
        run("checkin", "add", "--person", "1", "--goal", "2", "--date", "2024-03-01", "--value", "7",
            "--mood", "5", db=self.db)
        csv = os.path.join(self.tmp.name, "check-ins.csv")
        result = run("export", "--person", "1", "--format", "csv", "-o", csv, db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)

        # Into another database with the same goals (same UUIDs, named by title).
        other = os.path.join(self.tmp.name, "other", "tandem.db")
        self.db, first = other, self.db
        self.init_with_goals()
        before = self.dump(other)
        result = run("checkin", "import", csv, "--person", "1", "--dry-run", "--json", db=other)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(json.loads(result.stdout),
                         {"person_id": 1, "dry_run": True, "rows": 3, "added": 3, "changed": 0,
                          "unchanged": 0})
        self.assertEqual(self.dump(other), before)

        result = run("checkin", "import", csv, "--person", "1", db=other)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, "Rows added: 3\nRows changed: 0\nRows that change nothing: 0\n")
        listed = lambda db: [{k: v for k, v in c.items() if k not in ("id", "person_id")}
                             for c in json.loads(run("checkin", "list", "--person", "1", db=db).stdout)]
        self.assertEqual(listed(other), listed(first))

        # The same file again changes nothing.
        after_first = self.dump(other)
        result = run("checkin", "import", csv, "--person", "1", "--json", db=other)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(json.loads(result.stdout)["unchanged"], 3)
        self.assertEqual(self.dump(other), after_first)

        # A wrong row: exit 1, its line and column, nothing written.
        bad = os.path.join(self.tmp.name, "bad.csv")
        with open(bad, "w", encoding="utf-8", newline="") as f:
            f.write("date,goal,rating\r\n2024-04-01,Calm,7\r\n2024-04-02,Calm,11\r\n")
        result = run("checkin", "import", bad, "--person", "1", db=other)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr,
                         "tandem-cli: Line 3, column “rating”: 11 is not between 0 and 10.\n")
        self.assertEqual(self.dump(other), after_first)

        result = run("checkin", "import", os.path.join(self.tmp.name, "missing.csv"),
                     "--person", "1", db=other)
        self.assertEqual(result.returncode, 1)
        result = run("checkin", "import", csv, "--person", "7", db=other)
        self.assertEqual(result.returncode, 1)
        for args in (["checkin", "import"], ["checkin", "import", csv],
                     ["checkin", "import", csv, csv, "--person", "1"],
                     ["checkin", "import", csv, "--person", "1", "--frob"]):
            result = run(*args, db=other)
            self.assertEqual(result.returncode, 2, args)
            self.assertTrue(result.stderr.startswith("tandem-cli: "), (args, result.stderr))
        self.assertEqual(run("checkin", "import", "--help").returncode, 0)
        self.assertEqual(self.dump(other), after_first)

    def test_export_import_usage(self):
        for args in (["export"], ["export", "--person", "1"],
                     ["export", "--person", "1", "--format", "pdf", "-o", "x"],
                     ["export", "--person", "1", "--format", "csv", "--kind", "plan", "-o", "x"],
                     ["export", "--person", "1", "--format", "bundle", "--kind", "some", "-o", "x"],
                     ["export", "--person", "1", "--format", "bundle"],
                     ["import"], ["import", "a", "b"]):
            result = run(*args, db=self.db)
            self.assertEqual(result.returncode, 2, args)
            self.assertTrue(result.stderr.startswith("tandem-cli: "), result.stderr)
        for command in ("export", "import"):
            result = run(command, "--help")
            self.assertEqual(result.returncode, 0)
            self.assertIn(command, result.stdout)
        result = run("import", os.path.join(self.tmp.name, "missing.tandem"), db=self.db)
        self.assertEqual(result.returncode, 1)


if __name__ == "__main__":
    unittest.main(verbosity=2)
