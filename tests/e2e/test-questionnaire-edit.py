#!/usr/bin/python3
# test-questionnaire-edit.py: a therapist writes a questionnaire, rewords it
# from the main menu's Edit Questionnaire, and deletes it there (with the
# question answered by its Delete button); tandem-cli and the database see
# each step.
#
#   tests/harness/tandem-headless -- /usr/bin/python3 tests/e2e/test-questionnaire-edit.py \
#       --app _build/src/app/tandem --cli _build/src/cli/tandem-cli
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "harness"))

try:
    import tandem_atspi as at
except ImportError as error:  # not Debian's python, or pyatspi missing
    print(f"1..0 # SKIP cannot import pyatspi: {error}")
    sys.exit(0)

APP_BUS_NAME = "io.github.tandemgoals.Tandem"
APP_OBJECT_PATH = "/io/github/tandemgoals/Tandem"

START_TIMEOUT = 60.0
STEP_TIMEOUT = 20.0

THERAPIST = re.compile(r"\btherapist\b", re.IGNORECASE)
NEW_TITLE = "New Questionnaire"
EDIT_TITLE = "Edit Questionnaire"


def quit_app(app):
    if app.proc.poll() is None:
        subprocess.run(["gdbus", "call", "--session", "--timeout", "5",
                        "--dest", APP_BUS_NAME, "--object-path", APP_OBJECT_PATH,
                        "--method", "org.gtk.Actions.Activate", "quit", "[]", "{}"],
                       stdout=subprocess.DEVNULL, stderr=sys.stderr, check=False)
        try:
            app.proc.wait(STEP_TIMEOUT)
        except subprocess.TimeoutExpired:
            print("# the quit action did not end the program; sending SIGTERM",
                  file=sys.stderr)
    return app.stop()


def exact(text):
    return re.compile("^" + re.escape(text) + "$")


class Session:
    def __init__(self, args, tap, db):
        self.args = args
        self.tap = tap
        self.db = db
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

    def stored_titles(self):
        result = subprocess.run([self.args.cli, "--db", self.db, "questionnaire", "list", "--json"],
                                capture_output=True, text=True, timeout=STEP_TIMEOUT)
        if result.returncode != 0:
            raise AssertionError(f"tandem-cli questionnaire list failed: {result.stderr.strip()}")
        listed = json.loads(result.stdout)
        if isinstance(listed, dict):
            listed = listed.get("questionnaires", [])
        return {q.get("id"): q.get("name") for q in listed if q.get("custom")}

    def start(self):
        env = dict(os.environ, TANDEM_DB=self.db, TANDEM_TIMING="1")
        self.app = at.launch([self.args.app], env=env)
        self.app.wait_for_line("tandem-timing: first-frame", START_TIMEOUT)
        self.root = at.wait_for_app(os.path.basename(self.args.app), STEP_TIMEOUT)
        at.click(at.find(self.root, "push button", THERAPIST, STEP_TIMEOUT))
        at.find(self.root, None, exact("No Clients Yet"), STEP_TIMEOUT)

    def menu(self, *path, pointer=False):
        """Open the main menu with F10, or with a click on its button, and
        choose each entry of path in turn. Without a window manager nothing
        gives the main window the focus back after an editor opened from a
        submenu closes, so F10 is not seen there; a click still opens it."""
        if pointer:
            button = at.find(self.root, None, exact("Main Menu"), STEP_TIMEOUT)
            x, y, w, h = at.extents_of(button)
            subprocess.run(["xdotool", "mousemove", "--sync", str(x + w // 2), str(y + h // 2),
                            "click", "1"], check=True, timeout=STEP_TIMEOUT)
        else:
            subprocess.run(["xdotool", "key", "--clearmodifiers", "F10"], check=True)
        for entry in path:
            at.click(at.find(self.root, None, exact(entry), STEP_TIMEOUT))

    def fill(self, window, title, text):
        at.set_text(at.find(window, None, exact(title), STEP_TIMEOUT), text)

    def write(self):
        self.menu("New Questionnaire…")
        window = at.find_window(self.root, exact(NEW_TITLE), STEP_TIMEOUT)
        self.fill(window, "Name", "Sleep Diary")
        self.fill(window, "Short Name, for Charts and Lists", "SLEEP-1")
        self.fill(window, "Instruction, Shown Before the Items", "Last night:")
        self.fill(window, "Item 1", "I slept well")
        at.click(at.find(window, "push button", exact("Save"), STEP_TIMEOUT))
        at.wait_gone(self.root, "frame", exact(NEW_TITLE), STEP_TIMEOUT)
        titles = self.stored_titles()
        print(f"# stored: {titles}", flush=True)
        if titles != {"sleep-1": "Sleep Diary"}:
            raise AssertionError(f"unexpected custom questionnaires {titles}")

    def reword(self):
        self.menu("Edit Questionnaire", "Sleep Diary")
        window = at.find_window(self.root, exact(EDIT_TITLE), STEP_TIMEOUT)
        name = at.find(window, None, exact("Name"), STEP_TIMEOUT)
        text = name.queryText()
        current = text.getText(0, text.characterCount)
        if current != "Sleep Diary":
            raise AssertionError(f"the Name row holds {current!r}")
        at.set_text(name, "Nightly Sleep Diary")
        at.click(at.find(window, "push button", exact("Save"), STEP_TIMEOUT))
        at.wait_gone(self.root, "frame", exact(EDIT_TITLE), STEP_TIMEOUT)
        titles = self.stored_titles()
        print(f"# stored: {titles}", flush=True)
        if titles != {"sleep-1": "Nightly Sleep Diary"}:
            raise AssertionError(f"unexpected custom questionnaires {titles}")

    def delete(self):
        self.menu("Edit Questionnaire", "Nightly Sleep Diary", pointer=True)
        window = at.find_window(self.root, exact(EDIT_TITLE), STEP_TIMEOUT)
        # Below the fold, at the end of the form: the button's action needs no scrolling.
        at.click(at.find(window, "push button", exact("Delete Questionnaire"), STEP_TIMEOUT,
                         showing=False))
        question = at.find_window(self.root, re.compile(r"Delete “Nightly Sleep Diary”\?"), STEP_TIMEOUT)
        # (AdwMessageDialog's response buttons are named "_Delete Delete" on GTK 4.8.)
        at.click(at.find(question, "push button", re.compile(r"^(_Delete Delete|Delete)$"), STEP_TIMEOUT))
        at.wait_gone(self.root, "frame", exact(EDIT_TITLE), STEP_TIMEOUT)
        at.find(self.root, None, exact("Questionnaire “Nightly Sleep Diary” deleted"), STEP_TIMEOUT)
        titles = self.stored_titles()
        if titles:
            raise AssertionError(f"still stored: {titles}")
        with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True) as db:
            (tombstones,) = db.execute("SELECT count(*) FROM tombstone "
                                       "WHERE entity = 'questionnaire'").fetchone()
        if tombstones != 1:
            raise AssertionError(f"{tombstones} questionnaire tombstones, not 1")

    def quits_cleanly(self):
        status = quit_app(self.app)
        if status != 0:
            raise AssertionError(f"tandem exited with status {status}")

    def run_test(self):
        try:
            self.step("tandem starts with the therapist profile", self.start)
            self.step("New Questionnaire… stores one", self.write)
            self.step("Edit Questionnaire rewords it in place", self.reword)
            self.step("Delete Questionnaire, asked again, deletes it", self.delete)
            if self.app is not None:
                self.failed = False
                self.step("tandem quits cleanly", self.quits_cleanly)
            else:
                self.tap.skip("tandem quits cleanly", "tandem did not start")
        finally:
            if self.app is not None and self.app.proc.poll() is None:
                self.app.stop()


def main():
    parser = argparse.ArgumentParser(description="Editing a custom questionnaire, through AT-SPI")
    parser.add_argument("--app", required=True, help="the built tandem program")
    parser.add_argument("--cli", required=True, help="the built tandem-cli program")
    args = parser.parse_args()

    if not os.environ.get("DISPLAY"):
        print("1..0 # SKIP no display: run under tests/harness/tandem-headless")
        return 0

    tmp = tempfile.mkdtemp(prefix="questionnaire-edit-")
    try:
        tap = at.Tap(5)
        Session(args, tap, os.path.join(tmp, "tandem.db")).run_test()
        return tap.exit_status()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
