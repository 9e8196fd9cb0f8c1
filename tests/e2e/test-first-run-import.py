#!/usr/bin/python3
# test-first-run-import.py: a client's first start of Tandem is opening the
# therapist's plan ("tandem BUNDLE", as a file manager does), before there
# is any database. The welcome page asks for a profile first and no import
# dialog shows; once "My Own Goals" is chosen the import dialog opens for
# the bundle and imports the plan's goal. Then the same with a database
# Tandem refuses: the error window shows, "Start a New Database…" makes one,
# and after the profile the import dialog opens for the bundle. Driven
# through the accessibility tree; prints TAP.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run inside tests/harness/tandem-headless with Debian's /usr/bin/python3:
#
#   tandem-headless -- /usr/bin/python3 test-first-run-import.py \
#       --app _build/src/app/tandem --cli _build/src/cli/tandem-cli [--shots DIR]
#
# The environment must point GSETTINGS_SCHEMA_DIR at the built schemas and
# set GSETTINGS_BACKEND=memory, so that the start is a first start.

import argparse
import json
import os
import re
import shutil
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
CLIENT_BUTTON = re.compile(r"\bmy own goals\b", re.IGNORECASE)
GOAL = {
    "framework": "pact", "title": "Walk after lunch",
    "purposeful": "Feel calmer", "actionable": "Walk round the block",
    "continuous": "every weekday", "trackable": "Walks",
    "measure-kind": "count", "measure-name": "Walks",
    "unit": "walks", "measure-period": "week", "target": 5,
}


def is_sensitive(acc):
    states = at.states_of(acc)
    return bool(states) and states.contains(pyatspi.STATE_SENSITIVE)


class FirstRunImport:
    def __init__(self, args, tap):
        self.args = args
        self.tap = tap
        self.tmp = tempfile.mkdtemp(prefix="first-run-import-")
        # No database yet: not even its folder.
        self.db = os.path.join(self.tmp, "data", "tandem", "tandem.db")
        self.plan = os.path.join(self.tmp, "Alex plan.tandem")
        self.env = dict(os.environ, TANDEM_DB=self.db, TANDEM_TIMING="1")
        self.app = None
        self.root = None
        self.failed = False

    def step(self, description, function):
        if self.failed:
            self.tap.skip(description, "an earlier step failed")
            return
        before = self.tap.failed
        self.tap.run(description, function)
        if self.tap.failed != before:
            self.failed = True

    def screenshot(self, name, window_name):
        if not self.args.shots:
            return
        time.sleep(SETTLE_S)
        at.screenshot(os.path.join(self.args.shots, f"{name}.png"), window_name=window_name)

    def cli(self, db, *argv, stdin=None):
        result = subprocess.run([self.args.cli, "--db", db, *argv], input=stdin,
                                capture_output=True, text=True, timeout=STEP_TIMEOUT)
        if result.returncode != 0:
            raise AssertionError(f"tandem-cli {' '.join(argv)} failed: {result.stderr.strip()}")
        return result.stdout

    def dialogs(self):
        return [window for window in self.root
                if window is not None and at.name_of(window) == DIALOG and at.is_showing(window)]

    # -- steps ----------------------------------------------------------------

    def make_plan(self):
        """The therapist's side, by tandem-cli: Alex's plan with one goal."""
        therapist_db = os.path.join(self.tmp, "therapist.db")
        self.cli(therapist_db, "init", "--name", "Alex")
        self.cli(therapist_db, "goal", "add", "--person", "1", "--json", stdin=json.dumps(GOAL))
        self.cli(therapist_db, "export", "--person", "1", "--format", "bundle",
                 "--kind", "plan", "-o", self.plan)
        if os.path.exists(self.db):
            raise AssertionError(f"{self.db} exists before the first start")

    def start_with_bundle(self):
        self.app = at.launch([self.args.app, self.plan], env=self.env)
        self.app.wait_for_line("tandem-timing: first-frame", START_TIMEOUT)
        self.root = at.wait_for_app(os.path.basename(self.args.app), STEP_TIMEOUT)

    def welcome_first(self):
        """The profile comes first; the file waits."""
        at.find(self.root, "push button", CLIENT_BUTTON, STEP_TIMEOUT)
        time.sleep(SETTLE_S)
        if self.dialogs():
            raise AssertionError("the import dialog shows before a profile is chosen")
        for line in self.app.lines:
            if "Not importing" in line or "WARNING" in line:
                raise AssertionError(f"tandem said: {line}")
        self.screenshot("first-run-import-welcome", None)

    def choose_profile(self):
        at.click(at.find(self.root, "push button", CLIENT_BUTTON, STEP_TIMEOUT))

    def dialog_opens(self):
        dialog = at.poll(lambda: (self.dialogs() or [None])[0], STEP_TIMEOUT,
                         f"the {DIALOG!r} window")
        added = at.find(dialog, "list", "Added", STEP_TIMEOUT)
        at.find(added, "label", "1 goal", STEP_TIMEOUT)
        at.find(dialog, "label", "Alex plan.tandem", STEP_TIMEOUT)
        button = at.find(dialog, "push button", "Import", STEP_TIMEOUT)
        at.poll(lambda: is_sensitive(button), STEP_TIMEOUT, "Import to be enabled")
        self.screenshot("first-run-import-dialog", DIALOG)

    def imports(self):
        dialog = self.dialogs()[0]
        at.click(at.find(dialog, "push button", "Import", STEP_TIMEOUT))
        at.poll(lambda: not self.dialogs(), STEP_TIMEOUT, f"the {DIALOG!r} window to close")

        def goals():
            return json.loads(self.cli(self.db, "goal", "list", "--person", "1", "--json"))
        stored = at.poll(goals, STEP_TIMEOUT, "the goal in the database")
        titles = [goal["title"] for goal in stored]
        print(f"# goals: {titles}", flush=True)
        if titles != [GOAL["title"]]:
            raise AssertionError(f"the database has the goals {titles}")

    def refused_database(self):
        """A second start, on a file that is not a database: the error
        window, and no import dialog."""
        self.quits_cleanly()
        self.app = None
        refused = os.path.join(self.tmp, "notes.db")
        with open(refused, "w", encoding="utf-8") as handle:
            handle.write("Monday: went for a walk, felt calmer.\n" * 20)
        env = dict(self.env, TANDEM_DB=refused)
        self.app = at.launch([self.args.app, self.plan], env=env)
        self.app.wait_for_line("tandem-timing: first-frame", START_TIMEOUT)
        self.root = at.wait_for_app(os.path.basename(self.args.app), STEP_TIMEOUT)
        at.find(self.root, None, "Your Data Could Not Be Opened", STEP_TIMEOUT)
        if self.dialogs():
            raise AssertionError("the import dialog shows beside the error window")

    def new_database(self):
        """Start a New Database… (GTK's own file chooser here), then the
        welcome page."""
        at.click(at.find(self.root, "push button", None, STEP_TIMEOUT,
                         contains="Start a New Database"))
        chooser = at.find_window(self.root, "Start a New Database", STEP_TIMEOUT)
        new = os.path.join(self.tmp, "new", "tandem.db")
        os.makedirs(os.path.dirname(new))
        at.set_text(at.find(chooser, "text", "Name:", STEP_TIMEOUT), new)
        at.click(at.find(chooser, "push button", re.compile(r"\bCreate$"), STEP_TIMEOUT))
        at.poll(lambda: os.path.exists(new), STEP_TIMEOUT, f"{new} to exist")
        self.db = new
        at.find(self.root, "push button", CLIENT_BUTTON, STEP_TIMEOUT)
        time.sleep(SETTLE_S)
        if self.dialogs():
            raise AssertionError("the import dialog shows before a profile is chosen")

    def quits_cleanly(self):
        if self.app.proc.poll() is None:
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
            self.step("the therapist's plan, one goal (tandem-cli)", self.make_plan)
            self.step("tandem BUNDLE starts with no database and draws its window",
                      self.start_with_bundle)
            self.step("the welcome page comes first, without the import dialog",
                      self.welcome_first)
            self.step("choosing the client profile", self.choose_profile)
            self.step("the import dialog opens for the bundle: 1 goal added",
                      self.dialog_opens)
            self.step("Import stores the goal", self.imports)
            self.step("tandem BUNDLE on a refused database shows the error window only",
                      self.refused_database)
            self.step("Start a New Database… makes one and shows the welcome page",
                      self.new_database)
            self.step("choosing the client profile", self.choose_profile)
            self.step("the import dialog opens for the bundle: 1 goal added",
                      self.dialog_opens)
            self.step("Import stores the goal in the new database", self.imports)
            if self.app is not None:
                self.failed = False  # always try to quit
                self.step("tandem quits cleanly", self.quits_cleanly)
            else:
                self.tap.skip("tandem quits cleanly", "tandem did not start")
        finally:
            if self.app is not None and self.app.proc.poll() is None:
                self.app.stop()
            shutil.rmtree(self.tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description="A bundle opened on the first start")
    parser.add_argument("--app", required=True, help="the built tandem program")
    parser.add_argument("--cli", required=True, help="the built tandem-cli program")
    parser.add_argument("--shots", help="a folder for screenshots")
    args = parser.parse_args()

    if not os.environ.get("DISPLAY"):
        print("1..0 # SKIP no display: run under tests/harness/tandem-headless")
        return 0

    tap = at.Tap(12)
    FirstRunImport(args, tap).run()
    return tap.exit_status()


if __name__ == "__main__":
    sys.exit(main())
