#!/usr/bin/python3
# test-goals-page.py: the Goals page through the accessibility tree and real
# input: Alt+Up on the focused row and a drag with the pointer change the
# order stored in the database, the row tells its new position, History
# shows what an edit changed, and Rate Attainment stores a rating.
#
#   tests/harness/tandem-headless -- /usr/bin/python3 tests/e2e/test-goals-page.py \
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
import time

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


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True, timeout=STEP_TIMEOUT)


def centre(acc):
    box = at.poll(lambda: (lambda b: b if b is not None and b[2] > 0 else None)(at.extents_of(acc)),
                  STEP_TIMEOUT, f"{at.name_of(acc)!r} to have a size")
    return box[0] + box[2] // 2, box[1] + box[3] // 2


def press(acc):
    """Click with the pointer: GTK 4.8 gives menu buttons and check buttons
    no accessible action. Without a window manager, windows sit at (0, 0)."""
    x, y = centre(acc)
    xdotool("mousemove", "--sync", str(x), str(y), "click", "1")


class GoalsPage:
    def __init__(self, args, tap):
        self.args = args
        self.tap = tap
        self.tmp = tempfile.mkdtemp(prefix="goals-page-")
        self.db = os.path.join(self.tmp, "tandem.db")
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

    # -- the stored goals ---------------------------------------------------

    def stored_titles(self):
        result = subprocess.run([self.args.cli, "--db", self.db, "goal", "list",
                                 "--person", "1", "--json"],
                                capture_output=True, text=True, timeout=STEP_TIMEOUT)
        if result.returncode != 0:
            raise AssertionError(f"tandem-cli goal list failed: {result.stderr.strip()}")
        goals = sorted(json.loads(result.stdout), key=lambda goal: (goal["priority"], goal["id"]))
        return [goal["title"] for goal in goals]

    def wait_stored_first(self, index, title):
        at.poll(lambda: self.stored_titles()[index] == title, STEP_TIMEOUT,
                f"{title!r} to be stored at position {index + 1}")
        print(f"# stored order: {self.stored_titles()}", flush=True)

    def row(self, title):
        """The row of a goal: the list item whose name is its title. The
        Overview page, before the Goals page in the tree, lists the goals
        too: take the last match."""
        return at.poll(lambda: (at.find_all(self.root, "list item", title) or [None])[-1],
                       STEP_TIMEOUT, f"the row {title!r}")

    # -- steps ----------------------------------------------------------------

    def start(self):
        result = subprocess.run([self.args.cli, "--db", self.db, "demo"],
                                capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            raise AssertionError(f"tandem-cli demo failed: {result.stderr.strip()}")
        self.first = self.stored_titles()
        print(f"# demo order: {self.first}", flush=True)

        env = dict(os.environ, TANDEM_DB=self.db, TANDEM_TIMING="1")
        self.app = at.launch([self.args.app], env=env)
        self.app.wait_for_line("tandem-timing: first-frame", START_TIMEOUT)
        self.root = at.wait_for_app(os.path.basename(self.args.app), STEP_TIMEOUT)
        at.click(at.find(self.root, "push button",
                         re.compile(r"\bmy own goals\b", re.IGNORECASE), STEP_TIMEOUT))
        # The overview comes first; let the Goals page lay out before
        # clicking its rows by position.
        at.click(at.find(self.root, "page tab", "Goals", STEP_TIMEOUT))
        self.row(self.first[2])
        time.sleep(0.5)

    def alt_up(self):
        title = self.first[2]
        # A click opens the goal in the wizard; closing it leaves the focus
        # on the row, as a keyboard user would have it.
        press(self.row(title))
        wizard = at.find(self.root, "frame", "Edit Goal", STEP_TIMEOUT)
        xdotool("key", "Escape")
        at.wait_gone(self.root, "frame", "Edit Goal", STEP_TIMEOUT)
        del wizard
        xdotool("key", "alt+Up")
        self.wait_stored_first(1, title)

        row = self.row(title)
        at.poll(lambda: row.description.startswith("Position 2 of 5"), STEP_TIMEOUT,
                "the row to tell its new position")
        print(f"# the row says: {row.description.splitlines()[0]!r}", flush=True)

    def drag(self):
        titles = self.stored_titles()
        dragged, target = titles[-1], titles[0]
        source = at.find(self.row(dragged), "image", None, STEP_TIMEOUT, showing=True)
        sx, sy = centre(source)
        box = at.extents_of(self.row(target))
        tx, ty = box[0] + box[2] // 2, box[1] + box[3] // 4
        xdotool("mousemove", "--sync", str(sx), str(sy), "mousedown", "1")
        # Past the drag threshold, then over the upper half of the first row.
        for step in range(1, 11):
            x = sx + (tx - sx) * step // 10
            y = sy + (ty - sy) * step // 10
            xdotool("mousemove", "--sync", str(x), str(y))
            time.sleep(0.05)
        time.sleep(0.3)
        xdotool("mouseup", "1")
        self.wait_stored_first(0, dragged)

    def history(self):
        title = "Handle anger with a coping strategy"
        press(at.find(self.root, None, f"Actions for “{title}”", STEP_TIMEOUT))
        at.click(at.find(self.root, None, "History", STEP_TIMEOUT))
        window = at.find(self.root, "frame", "Goal History", STEP_TIMEOUT)
        change = at.find(window, "label", "Target changed from 5 to 4", STEP_TIMEOUT)
        print(f"# history: {at.name_of(change)!r}", flush=True)
        at.find(window, "label", re.compile(r"^Reason: "), STEP_TIMEOUT)
        xdotool("key", "Escape")
        at.wait_gone(self.root, "frame", "Goal History", STEP_TIMEOUT)

    def rate(self):
        title = "Reduce my anxiety"
        press(at.find(self.root, None, f"Actions for “{title}”", STEP_TIMEOUT))
        at.click(at.find(self.root, None, "Rate Attainment…", STEP_TIMEOUT))
        dialog = at.find(self.root, "frame", "Rate Attainment", STEP_TIMEOUT)
        save = at.find(dialog, "push button", "Save", STEP_TIMEOUT)
        choice = at.find(dialog, "check box", re.compile(r"^\+1: somewhat more than expected"),
                         STEP_TIMEOUT)
        press(choice)
        at.poll(lambda: at.is_checked(choice), STEP_TIMEOUT, "+1 to be chosen")
        at.click(save)
        at.wait_gone(self.root, "frame", "Rate Attainment", STEP_TIMEOUT)

        with sqlite3.connect(self.db) as db:
            rows = db.execute("SELECT g.title, a.level FROM goal_attainment a "
                              "JOIN goal g ON g.id = a.goal_id").fetchall()
        print(f"# stored ratings: {rows}", flush=True)
        if rows != [(title, 1)]:
            raise AssertionError(f"the stored ratings are {rows}")
        row = self.row(title)
        at.poll(lambda: "Attainment: somewhat more than expected" in row.description,
                STEP_TIMEOUT, "the row to show the rating")

    def quits_cleanly(self):
        status = quit_app(self.app)
        if status != 0:
            raise AssertionError(f"tandem exited with status {status}")

    def run(self):
        try:
            self.step("tandem starts on demo goals", self.start)
            self.step("Alt+Up on the focused row moves the goal up and it tells its place",
                      self.alt_up)
            self.step("dragging the last goal onto the first stores it first", self.drag)
            self.step("History lists what an edit changed and why", self.history)
            self.step("Rate Attainment stores the chosen level and the row shows it", self.rate)
            if self.app is not None:
                self.failed = False
                self.step("tandem quits cleanly", self.quits_cleanly)
            else:
                self.tap.skip("tandem quits cleanly", "tandem did not start")
        finally:
            if self.app is not None:
                self.app.stop()
            shutil.rmtree(self.tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description="The Goals page, through AT-SPI")
    parser.add_argument("--app", required=True, help="the built tandem program")
    parser.add_argument("--cli", required=True, help="the built tandem-cli program")
    args = parser.parse_args()

    if not os.environ.get("DISPLAY"):
        print("1..0 # SKIP no display: run under tests/harness/tandem-headless")
        return 0

    tap = at.Tap(6)
    GoalsPage(args, tap).run()
    return tap.exit_status()


if __name__ == "__main__":
    sys.exit(main())
