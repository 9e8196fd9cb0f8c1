#!/usr/bin/python3
# test-reminder-editor.py: create a daily reminder through the Reminders
# page and its editor, driven through the accessibility tree, and find it
# in tandem-cli's list of reminders.
#
#   tests/harness/tandem-headless -- /usr/bin/python3 tests/e2e/test-reminder-editor.py \
#       --app _build/src/app/tandem --cli _build/src/cli/tandem-cli
#
# With --screenshots DIR it takes the pictures of the editor and of the
# Reminders page, light and dark, from the demo data instead (not a test).
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later

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
except ImportError as error:  # not Debian's python, or pyatspi missing
    print(f"1..0 # SKIP cannot import pyatspi: {error}")
    sys.exit(0)

APP_BUS_NAME = "io.github.tandemgoals.Tandem"
APP_OBJECT_PATH = "/io/github/tandemgoals/Tandem"

START_TIMEOUT = 60.0
STEP_TIMEOUT = 20.0
SETTLE_S = 0.8

MY_OWN_GOALS = re.compile(r"\bmy own goals\b", re.IGNORECASE)
MAIN_PAGE_NAMES = re.compile(r"^(No Goals Yet|Goals)$")
# GTK 4.8 names a button with a mnemonic "_Label Label".
NEW_REMINDER = re.compile(r"^_?New Reminder\b")
SAVE = re.compile(r"^_?Save\b")


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


def show_reminders_page(root):
    """The Reminders window (Ctrl+R, or Reminders in the main menu)."""
    subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+r"], check=True, timeout=STEP_TIMEOUT)
    at.find_window(root, "Reminders", STEP_TIMEOUT)


class Session:
    def __init__(self, args, tap, db, env_extra=None):
        self.args = args
        self.tap = tap
        self.db = db
        self.env_extra = env_extra or {}
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

    def start(self):
        env = dict(os.environ, TANDEM_DB=self.db, TANDEM_TIMING="1", **self.env_extra)
        self.app = at.launch([self.args.app], env=env)
        self.app.wait_for_line("tandem-timing: first-frame", START_TIMEOUT)
        self.root = at.wait_for_app(os.path.basename(self.args.app), STEP_TIMEOUT)

    def choose_client_profile(self):
        at.click(at.find(self.root, "push button", MY_OWN_GOALS, STEP_TIMEOUT))
        at.find(self.root, None, MAIN_PAGE_NAMES, STEP_TIMEOUT)

    def open_editor(self):
        show_reminders_page(self.root)
        at.click(at.find(self.root, "push button", NEW_REMINDER, STEP_TIMEOUT))
        at.find(self.root, None, "Next Five Reminders", STEP_TIMEOUT)

    def refuses_no_time(self):
        at.click(at.find(self.root, "push button", "Remove this time of day", STEP_TIMEOUT))
        at.click(at.find(self.root, "push button", SAVE, STEP_TIMEOUT))
        at.find(self.root, "label", "Add at least one time of day.", STEP_TIMEOUT)

    def adds_a_time(self):
        at.click(at.find(self.root, "push button", re.compile(r"^_?Add a Time\b"), STEP_TIMEOUT))
        entry = at.find(self.root, "text", "Time of Day", STEP_TIMEOUT)
        at.set_text(entry, "08:15")
        at.wait_gone(self.root, "label", "Add at least one time of day.", STEP_TIMEOUT)
        at.find(self.root, None, re.compile(r"at 08:15$"), STEP_TIMEOUT)

    def saves(self):
        at.click(at.find(self.root, "push button", SAVE, STEP_TIMEOUT))
        at.wait_gone(self.root, None, "Next Five Reminders", STEP_TIMEOUT)
        at.find(self.root, None, re.compile(r"^Every day at 08:15"), STEP_TIMEOUT)

    def stored(self):
        result = subprocess.run([self.args.cli, "--db", self.db, "reminder", "list", "--json"],
                                capture_output=True, text=True, timeout=STEP_TIMEOUT)
        if result.returncode != 0:
            raise AssertionError(f"tandem-cli reminder list failed: {result.stderr.strip()}")
        reminders = json.loads(result.stdout)
        if isinstance(reminders, dict):
            reminders = reminders.get("reminders", [])
        print(f"# stored: {reminders}", flush=True)
        if len(reminders) != 1:
            raise AssertionError(f"expected one reminder, got {len(reminders)}")
        reminder = reminders[0]
        if (reminder.get("kind") != "check-in" or reminder.get("schedule") != "daily"
                or reminder.get("times") != ["08:15"] or not reminder.get("enabled")):
            raise AssertionError(f"unexpected reminder {reminder}")

    def quits_cleanly(self):
        status = quit_app(self.app)
        if status != 0:
            raise AssertionError(f"tandem exited with status {status}")

    def run_test(self):
        try:
            self.step("tandem starts", self.start)
            self.step("choosing My Own Goals", self.choose_client_profile)
            self.step("New Reminder opens the editor", self.open_editor)
            self.step("saving without a time of day is refused beside the times",
                      self.refuses_no_time)
            self.step("adding 08:15 clears the problem and shows it in the preview",
                      self.adds_a_time)
            self.step("saving closes the editor and lists the reminder", self.saves)
            self.step("tandem-cli lists the stored reminder", self.stored)
            if self.app is not None:
                self.failed = False
                self.step("tandem quits cleanly", self.quits_cleanly)
            else:
                self.tap.skip("tandem quits cleanly", "tandem did not start")
        finally:
            if self.app is not None:
                self.app.stop()


def press(acc, window_title):
    """Click where the accessibility tree says a widget is: GTK 4.8 gives
    combo rows and list items no accessible action."""
    wid = at.window_id(window_title)
    x, y, w, h = at.extents_of(acc)
    subprocess.run(["xdotool", "mousemove", "--window", wid,
                    str(x + w // 2), str(y + h // 2), "click", "1"], check=True)


def shoot(out_dir, name, title):
    time.sleep(SETTLE_S)
    path = at.screenshot(os.path.join(out_dir, name), window_name=title)
    print(f"wrote {path}", flush=True)


def take_screenshots(args):
    os.makedirs(args.screenshots, exist_ok=True)
    for suffix, scheme in (("", "prefer-light"), ("-dark", "prefer-dark")):
        tmp = tempfile.mkdtemp(prefix="reminder-shots-")
        db = os.path.join(tmp, "tandem.db")
        try:
            subprocess.run([args.cli, "--db", db, "demo"], check=True,
                           stdout=subprocess.DEVNULL)
            for extra in (["--kind", "homework", "--schedule", "weekdays", "--days", "mon,thu",
                           "--times", "18:30"],
                          ["--kind", "questionnaire", "--schedule", "weekly", "--every-weeks", "2",
                           "--days", "sun", "--times", "10:00", "--target", "phq9"],
                          ["--kind", "appointment", "--schedule", "once", "--times", "14:00",
                           "--title", "Session with Dr Okafor"]):
                subprocess.run([args.cli, "--db", db, "reminder", "add", *extra], check=True,
                               stdout=subprocess.DEVNULL)
            tap = at.Tap(0)
            session = Session(args, tap, db, {"ADW_DEBUG_COLOR_SCHEME": scheme})
            session.start()
            session.choose_client_profile()
            show_reminders_page(session.root)
            at.find(session.root, "push button", NEW_REMINDER, STEP_TIMEOUT)
            shoot(args.screenshots, f"reminders{suffix}.png", "Tandem")
            # The editor of the homework reminder on chosen days, scrolled to
            # its schedule and the next five reminders.
            press(at.find(session.root, "list item", re.compile(r"^Homework"), STEP_TIMEOUT), "Tandem")
            at.find(session.root, None, "Next Five Reminders", STEP_TIMEOUT)
            wid = at.window_id("Edit Reminder")
            for _ in range(5):
                subprocess.run(["xdotool", "mousemove", "--window", wid, "280", "400",
                                "click", "5"], check=True)
            shoot(args.screenshots, f"reminder-editor{suffix}.png", "Edit Reminder")
            quit_app(session.app)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--screenshots", metavar="DIR")
    args = parser.parse_args()

    if args.screenshots:
        take_screenshots(args)
        return 0

    tmp = tempfile.mkdtemp(prefix="test-reminder-editor-")
    try:
        subprocess.run([args.cli, "--db", os.path.join(tmp, "tandem.db"), "init", "--name", "Sam"],
                       check=True, stdout=subprocess.DEVNULL)
        tap = at.Tap(8)
        Session(args, tap, os.path.join(tmp, "tandem.db")).run_test()
        return tap.exit_status()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
