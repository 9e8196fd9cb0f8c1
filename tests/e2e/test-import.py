#!/usr/bin/python3
# test-import.py: a therapist imports a client's progress, end to end,
# through the accessibility tree. The therapist adds the client "Alex" in
# the app; tandem-cli plays the rest of the exchange: the therapist's plan
# (one goal) goes into Alex's own database, Alex checks in on three days and
# exports progress. Then "tandem BUNDLE" (as a file manager opens a bundle)
# shows the preview in the running app: three check-ins added, for Alex.
# Import; the Check-ins calendar marks today and tandem-cli lists the three
# check-ins in the therapist's database. A broken bundle shows where it is
# broken, cannot be imported and changes nothing. Prints TAP.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run inside tests/harness/tandem-headless with Debian's /usr/bin/python3:
#
#   tandem-headless -- /usr/bin/python3 test-import.py \
#       --app _build/src/app/tandem --cli _build/src/cli/tandem-cli [--shots DIR [--dark]]

import argparse
import datetime
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "harness"))

try:
    import tandem_atspi as at
    import pyatspi
except ImportError as error:  # not Debian's python, or pyatspi missing
    print(f"1..0 # SKIP cannot import pyatspi: {error}")
    sys.exit(0)

APP_BUS_NAME = "io.github.tandemgoals.Tandem"
APP_OBJECT_PATH = "/io/github/tandemgoals/Tandem"
START_TIMEOUT = 60.0
STEP_TIMEOUT = 20.0
SETTLE_S = 0.6

DIALOG = "Import Bundle"
CLIENT = "Alex"
GOAL = {
    "framework": "pact", "title": "Have more positive conversations",
    "purposeful": "Feel closer to people", "actionable": "Call a friend",
    "continuous": "every week", "trackable": "Positive conversations",
    "measure-kind": "count", "measure-name": "Positive conversations",
    "unit": "conversations", "measure-period": "week", "target": 5,
}
VALUES = [2, 3, 4]  # two days ago, yesterday, today


def is_sensitive(acc):
    states = at.states_of(acc)
    return bool(states) and states.contains(pyatspi.STATE_SENSITIVE)


def database_digest(path):
    """Every row of every table. (Not the file's bytes: a connection that
    closes may move the write-ahead log into the file, which changes no
    row.)"""
    digest = hashlib.sha256()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        for line in conn.iterdump():
            digest.update(line.encode())
    return digest.hexdigest()


class Import:
    def __init__(self, args, tap):
        self.args = args
        self.tap = tap
        self.tmp = tempfile.mkdtemp(prefix="import-")
        self.db = os.path.join(self.tmp, "therapist.db")
        self.client_db = os.path.join(self.tmp, "alex.db")
        self.progress = os.path.join(self.tmp, "Alex progress.tandem")
        self.env = dict(os.environ, TANDEM_DB=self.db, TANDEM_TIMING="1")
        if args.dark:
            self.env["ADW_DEBUG_COLOR_SCHEME"] = "prefer-dark"
        self.app = None
        self.root = None
        self.client_id = None
        self.failed = False

    def step(self, description, function):
        if self.failed:
            self.tap.skip(description, "an earlier step failed")
            return
        before = self.tap.failed
        self.tap.run(description, function)
        if self.tap.failed != before:
            self.failed = True

    def screenshot(self, name):
        if not self.args.shots:
            return
        time.sleep(SETTLE_S)
        suffix = "-dark" if self.args.dark else ""
        at.screenshot(os.path.join(self.args.shots, f"{name}{suffix}.png"), window_name=DIALOG)

    def cli(self, db, *argv, stdin=None):
        result = subprocess.run([self.args.cli, "--db", db, *argv], input=stdin,
                                capture_output=True, text=True, timeout=STEP_TIMEOUT)
        if result.returncode != 0:
            raise AssertionError(f"tandem-cli {' '.join(argv)} failed: {result.stderr.strip()}")
        return result.stdout

    def toplevel(self):
        for window in self.root:
            if window is not None and at.name_of(window) == DIALOG and at.is_showing(window):
                return window
        return None

    def dialog(self):
        return at.poll(self.toplevel, STEP_TIMEOUT, f"the {DIALOG!r} window")

    def dialog_gone(self):
        at.poll(lambda: self.toplevel() is None, STEP_TIMEOUT, f"the {DIALOG!r} window to close")

    def open_bundle(self, path):
        # A second "tandem FILE" hands the file to the running one, as a
        # file manager does.
        result = subprocess.run([self.args.app, path], env=self.env, capture_output=True,
                                text=True, timeout=STEP_TIMEOUT)
        if result.returncode != 0:
            raise AssertionError(f"tandem {path} exited with {result.returncode}: {result.stderr}")

    # -- steps ----------------------------------------------------------------

    def start(self):
        self.app = at.launch([self.args.app], env=self.env)
        self.app.wait_for_line("tandem-timing: first-frame", START_TIMEOUT)
        self.root = at.wait_for_app(os.path.basename(self.args.app), STEP_TIMEOUT)
        at.click(at.find(self.root, "push button",
                         re.compile(r"\bI['’]m a therapist\b", re.IGNORECASE), STEP_TIMEOUT))

    def add_client(self):
        at.click(at.find(self.root, "push button", "Add Client…", STEP_TIMEOUT))
        at.set_text(at.find(self.root, "text", "Client’s name", STEP_TIMEOUT), CLIENT)
        # (libadwaita 1.2 names a response button by its label twice:
        # "_Add Add".)
        at.click(at.find(self.root, "push button", re.compile(r"^(_Add Add|Add)$"), STEP_TIMEOUT))

        def stored():
            clients = json.loads(self.cli(self.db, "clients", "--json"))
            return [client for client in clients if client["name"] == CLIENT]
        self.client_id = at.poll(stored, STEP_TIMEOUT, f"{CLIENT!r} in the database")[0]["id"]

    def exchange_by_cli(self):
        """The plan goes to Alex's own database; Alex checks in three times
        and exports progress."""
        self.cli(self.db, "goal", "add", "--person", str(self.client_id), "--json",
                 stdin=json.dumps(GOAL))
        plan = os.path.join(self.tmp, "plan.tandem")
        self.cli(self.db, "export", "--person", str(self.client_id), "--format", "bundle",
                 "--kind", "plan", "-o", plan)
        self.cli(self.client_db, "init", "--name", CLIENT)
        self.cli(self.client_db, "import", plan)
        goals = json.loads(self.cli(self.client_db, "goal", "list", "--person", "1", "--json"))
        if len(goals) != 1:
            raise AssertionError(f"the plan gave Alex {goals}")
        today = datetime.date.today()
        for days_ago, value in zip((2, 1, 0), VALUES):
            day = (today - datetime.timedelta(days=days_ago)).isoformat()
            self.cli(self.client_db, "checkin", "add", "--person", "1", "--goal",
                     str(goals[0]["id"]), "--date", day, "--value", str(value))
        self.cli(self.client_db, "export", "--person", "1", "--format", "bundle",
                 "--kind", "progress", "-o", self.progress)

    def preview(self):
        self.open_bundle(self.progress)
        dialog = self.dialog()
        added = at.find(dialog, "list", "Added", STEP_TIMEOUT)
        at.find(added, "label", "3 check-ins", STEP_TIMEOUT)
        at.find(dialog, "label", "Alex progress.tandem", STEP_TIMEOUT)
        # The bundle names Alex, and so does the therapist's client.
        at.find(dialog, "label", CLIENT, STEP_TIMEOUT)
        button = at.find(dialog, "push button", "Import", STEP_TIMEOUT)
        at.poll(lambda: is_sensitive(button), STEP_TIMEOUT, "Import to be enabled")
        self.screenshot("import-preview")

    def import_(self):
        dialog = self.dialog()
        at.click(at.find(dialog, "push button", "Import", STEP_TIMEOUT))
        self.dialog_gone()

    def calendar_shows(self):
        """The window now shows Alex; the calendar marks today."""
        at.click(at.find(self.root, "page tab", "Check-ins", STEP_TIMEOUT))
        cell = at.find(self.root, "push button", re.compile(r"^Today, .*\bchecked in\b"),
                       STEP_TIMEOUT)
        print(f"# today's cell: {at.name_of(cell)!r}", flush=True)

    def cli_lists(self):
        entries = json.loads(self.cli(self.db, "checkin", "list", "--person",
                                      str(self.client_id), "--json"))
        print(f"# stored: {entries}", flush=True)
        values = [entry["value"] for entry in entries]
        if values != VALUES:
            raise AssertionError(f"the therapist's database has the values {values}")

    def broken_bundle(self):
        """Cut in the middle: the dialog says where, Import stays off, and
        the database keeps every row."""
        with open(self.progress, encoding="utf-8") as handle:
            text = handle.read()
        broken = os.path.join(self.tmp, "broken.tandem")
        with open(broken, "w", encoding="utf-8") as handle:
            handle.write(text[: len(text) // 2])
        before = database_digest(self.db)
        self.open_bundle(broken)
        dialog = self.dialog()
        at.find(dialog, None, "This File Cannot Be Imported", STEP_TIMEOUT)
        message = at.find(dialog, None, re.compile(r"not valid JSON at line \d+, column \d+"),
                          STEP_TIMEOUT)
        print(f"# {at.name_of(message)!r}", flush=True)
        button = at.find(dialog, "push button", "Import", STEP_TIMEOUT, showing=False)
        if is_sensitive(button):
            raise AssertionError("Import is enabled for a broken bundle")
        self.screenshot("import-broken")
        at.click(at.find(dialog, "push button", "Cancel", STEP_TIMEOUT))
        self.dialog_gone()
        if database_digest(self.db) != before:
            raise AssertionError("the database changed")

    def quits_cleanly(self):
        subprocess.run(["gdbus", "call", "--session", "--timeout", "5",
                        "--dest", APP_BUS_NAME, "--object-path", APP_OBJECT_PATH,
                        "--method", "org.gtk.Actions.Activate", "quit", "[]", "{}"],
                       stdout=subprocess.DEVNULL, check=False)
        try:
            self.app.proc.wait(STEP_TIMEOUT)
        except subprocess.TimeoutExpired:
            pass
        status = self.app.stop()
        if status != 0:
            raise AssertionError(f"tandem exited with status {status}")

    def run(self):
        try:
            self.step("tandem starts with the therapist profile", self.start)
            self.step(f"the therapist adds the client {CLIENT}", self.add_client)
            self.step("plan to the client, three check-ins, progress back (tandem-cli)",
                      self.exchange_by_cli)
            self.step("tandem BUNDLE previews three new check-ins for Alex", self.preview)
            self.step("Import imports them and closes the dialog", self.import_)
            self.step("the Check-ins calendar marks today", self.calendar_shows)
            self.step("tandem-cli lists the three check-ins", self.cli_lists)
            self.step("a broken bundle says where, cannot be imported, changes nothing",
                      self.broken_bundle)
            self.failed = False  # always try to quit
            self.step("tandem quits cleanly", self.quits_cleanly)
        finally:
            if self.app is not None and self.app.proc.poll() is None:
                self.app.stop()
            shutil.rmtree(self.tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description="Importing a bundle, end to end")
    parser.add_argument("--app", required=True, help="the built tandem program")
    parser.add_argument("--cli", required=True, help="the built tandem-cli program")
    parser.add_argument("--shots", help="a folder for screenshots of the dialog")
    parser.add_argument("--dark", action="store_true", help="use the dark style")
    args = parser.parse_args()

    tap = at.Tap(9)
    Import(args, tap).run()
    return tap.exit_status()


if __name__ == "__main__":
    sys.exit(main())
