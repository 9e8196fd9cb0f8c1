#!/usr/bin/python3
# test-homework.py: homework end to end, through the accessibility tree.
# Ctrl+Shift+H opens the homework dialog on the Homework page; a title,
# details and a due date chosen in the calendar are saved with Ctrl+Enter;
# tandem-cli lists it with that due date. Its check button on the page marks
# it done, which tandem-cli reads back; unticking opens it again. Prints TAP.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run inside tests/harness/tandem-headless with Debian's /usr/bin/python3:
#
#   tandem-headless -- /usr/bin/python3 test-homework.py \
#       --app _build/src/app/tandem --cli _build/src/cli/tandem-cli [--shots DIR [--dark]]

import argparse
import datetime
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
    import pyatspi  # noqa: F401
except ImportError as error:  # not Debian's python, or pyatspi missing
    print(f"1..0 # SKIP cannot import pyatspi: {error}")
    sys.exit(0)

APP_BUS_NAME = "io.github.tandemgoals.Tandem"
APP_OBJECT_PATH = "/io/github/tandemgoals/Tandem"
START_TIMEOUT = 60.0
STEP_TIMEOUT = 20.0
SETTLE_S = 0.8

DIALOG = "New Homework"
TITLE = "Thought record"
DETAILS = "One page when a worry comes up: the situation, the thought, another view."
CHECK = f"Mark “{TITLE}” done"

GOAL = {"framework": "pact", "title": "Worry less",
        "purposeful": "Enjoy evenings again", "actionable": "Write worries down",
        "continuous": "every day", "trackable": "Worry rating",
        "measure-kind": "rating", "measure-name": "Worry", "target": 3, "baseline": 7,
        "direction": "decrease"}


def key(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True, timeout=STEP_TIMEOUT)


def press(acc):
    """Click with the pointer: GTK 4.8 gives menu buttons and check buttons
    no accessible action. Without a window manager, windows sit at (0, 0)."""
    box = at.poll(lambda: (lambda b: b if b is not None and b[2] > 0 else None)(at.extents_of(acc)),
                  STEP_TIMEOUT, f"{at.name_of(acc)!r} to have a size")
    subprocess.run(["xdotool", "mousemove", "--sync", str(box[0] + box[2] // 2),
                    str(box[1] + box[3] // 2), "click", "1"], check=True, timeout=STEP_TIMEOUT)


class Homework:
    def __init__(self, args, tap):
        self.args = args
        self.tap = tap
        self.tmp = tempfile.mkdtemp(prefix="homework-")
        self.db = os.path.join(self.tmp, "tandem.db")
        self.app = None
        self.root = None
        self.due = None
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
        suffix = "-dark" if self.args.dark else ""
        at.screenshot(os.path.join(self.args.shots, f"{name}{suffix}.png"), window_name=window_name)

    def cli(self, *argv, stdin=None):
        result = subprocess.run([self.args.cli, "--db", self.db, *argv], input=stdin,
                                capture_output=True, text=True, timeout=STEP_TIMEOUT)
        if result.returncode != 0:
            raise AssertionError(f"tandem-cli {' '.join(argv)} failed: {result.stderr.strip()}")
        return result.stdout

    def stored(self):
        return json.loads(self.cli("homework", "list", "--person", "1", "--json"))

    def toplevel(self):
        for window in self.root:
            if window is not None and at.name_of(window) == DIALOG and at.is_showing(window):
                return window
        return None

    def dialog(self):
        return at.poll(self.toplevel, STEP_TIMEOUT, f"the {DIALOG!r} window")

    # -- steps --------------------------------------------------------------

    def start(self):
        env = dict(os.environ, TANDEM_DB=self.db, TANDEM_TIMING="1")
        if self.args.dark:
            env["ADW_DEBUG_COLOR_SCHEME"] = "prefer-dark"
        self.app = at.launch([self.args.app], env=env)
        self.app.wait_for_line("tandem-timing: first-frame", START_TIMEOUT)
        self.root = at.wait_for_app(os.path.basename(self.args.app), STEP_TIMEOUT)
        at.click(at.find(self.root, "push button",
                         re.compile(r"\bmy own goals\b", re.IGNORECASE), STEP_TIMEOUT))
        at.click(at.find(self.root, "page tab", "Goals", STEP_TIMEOUT))
        at.find(self.root, None, "No Goals Yet", STEP_TIMEOUT)
        self.cli("goal", "add", "--person", "1", "--json", stdin=json.dumps(GOAL))

    def empty_page(self):
        key("alt+5")
        at.find(self.root, None, "No Homework", STEP_TIMEOUT)

    def open_with_shortcut(self):
        key("ctrl+shift+h")
        dialog = self.dialog()
        at.find(dialog, "text", "Title", STEP_TIMEOUT)

    def fill_and_save(self):
        dialog = self.dialog()
        at.set_text(at.find(dialog, "text", "Title", STEP_TIMEOUT), TITLE)
        at.set_text(at.find(dialog, "text", "Details", STEP_TIMEOUT), DETAILS)

        # The due date: a week from today at first; the calendar moves it a
        # day later with the arrow key.
        today = datetime.date.today()
        week = today + datetime.timedelta(days=7)
        due_button = at.find(dialog, None, re.compile(r"^Due date: "), STEP_TIMEOUT)
        print(f"# due button: {at.name_of(due_button)!r}", flush=True)
        if at.name_of(due_button) != "Due date: " + week.strftime("%A, %B %-d, %Y"):
            raise AssertionError(f"the due date is not a week ahead: {at.name_of(due_button)!r}")
        # The calendar opens with the keyboard focus on it. GTK 4.8 starts
        # its keyboard cursor before the first cell of the grid (the Sunday
        # on or before the 1st, in the C locale), whatever day is selected:
        # Right steps through the cells, space chooses one.
        target = week + datetime.timedelta(days=1)
        first = week.replace(day=1)
        grid_start = first - datetime.timedelta(days=(first.weekday() + 1) % 7)
        press(due_button)
        time.sleep(SETTLE_S)
        for _ in range((target - grid_start).days + 1):
            key("Right")
        key("space")
        self.due = target.isoformat()
        expected = "Due date: " + target.strftime("%A, %B %-d, %Y")
        at.poll(lambda: at.name_of(due_button) == expected, STEP_TIMEOUT,
                f"the due button to read {expected!r}")
        self.screenshot("homework-dialog", DIALOG)
        key("ctrl+Return")
        at.poll(lambda: self.toplevel() is None, STEP_TIMEOUT, f"the {DIALOG!r} window to close")

    def listed_by_cli(self):
        stored = self.stored()
        print(f"# stored: {stored}", flush=True)
        if len(stored) != 1:
            raise AssertionError(f"{len(stored)} homework instead of 1")
        homework = stored[0]
        if homework["title"] != TITLE or homework["details"] != DETAILS:
            raise AssertionError(f"stored as {homework}")
        if homework["due_on"] != self.due:
            raise AssertionError(f"due {homework['due_on']} instead of {self.due}")
        if homework["assigned_on"] != datetime.date.today().isoformat() or homework["done"]:
            raise AssertionError(f"stored as {homework}")

    def done_from_page(self):
        # Two more for a fuller page (and screenshot): one done, one overdue.
        today = datetime.date.today()
        self.cli("homework", "add", "--person", "1", "--title", "Walk after lunch",
                 "--assigned", (today - datetime.timedelta(days=9)).isoformat(),
                 "--due", (today - datetime.timedelta(days=2)).isoformat(), "--goal", "1")
        done_id = self.cli("homework", "add", "--person", "1", "--title", "Call a friend",
                           "--assigned", (today - datetime.timedelta(days=9)).isoformat(),
                           "--due", (today - datetime.timedelta(days=3)).isoformat()).strip()
        self.cli("homework", "done", done_id)
        key("alt+1")
        key("alt+5")
        check = at.find(self.root, "check box", CHECK, STEP_TIMEOUT)
        if at.is_checked(check):
            raise AssertionError("the new homework shows as done")
        press(check)

        def done():
            return [h["done"] for h in self.stored() if h["title"] == TITLE] == [True]
        at.poll(done, STEP_TIMEOUT, "tandem-cli to list it as done")
        at.poll(lambda: at.is_checked(at.find(self.root, "check box", CHECK, STEP_TIMEOUT)),
                STEP_TIMEOUT, "its check button to be ticked")
        self.screenshot("homework", "Tandem")

    def undone_from_page(self):
        press(at.find(self.root, "check box", CHECK, STEP_TIMEOUT))

        def open_again():
            return [h["done"] for h in self.stored() if h["title"] == TITLE] == [False]
        at.poll(open_again, STEP_TIMEOUT, "tandem-cli to list it as open again")

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
            self.step("tandem starts with one goal", self.start)
            self.step("Alt+5 shows the empty Homework page", self.empty_page)
            self.step("Ctrl+Shift+H opens the homework dialog", self.open_with_shortcut)
            self.step("a title, details and a due date from the calendar are saved",
                      self.fill_and_save)
            self.step("tandem-cli lists it with that due date", self.listed_by_cli)
            self.step("its check button on the page marks it done", self.done_from_page)
            self.step("unticking it opens it again", self.undone_from_page)
            self.step("tandem quits cleanly", self.quits_cleanly)
        finally:
            if self.app is not None and self.app.proc.poll() is None:
                self.app.stop()
            shutil.rmtree(self.tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description="Homework, end to end")
    parser.add_argument("--app", required=True, help="the built tandem program")
    parser.add_argument("--cli", required=True, help="the built tandem-cli program")
    parser.add_argument("--shots", help="a folder for screenshots")
    parser.add_argument("--dark", action="store_true", help="use the dark style")
    args = parser.parse_args()

    tap = at.Tap(8)
    Homework(args, tap).run()
    return tap.exit_status()


if __name__ == "__main__":
    sys.exit(main())
