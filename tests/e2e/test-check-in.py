#!/usr/bin/python3
# test-check-in.py: the quick check-in, driven through the accessibility
# tree. Ctrl+Shift+N opens it; an answer for two goals and a note are saved
# with Ctrl+Enter and read back with tandem-cli. Then the reminder service's
# way in: org.freedesktop.Application.ActivateAction ("check-in", [goal])
# over D-Bus opens the dialog with the focus on that goal; and with
# --service, the whole way: the real reminder service fires a check-in
# reminder, its "Check In" button is chosen in dunst's menu, and the dialog
# opens on the reminder's goal. Prints TAP.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run inside tests/harness/tandem-headless with Debian's /usr/bin/python3:
#
#   tandem-headless -- /usr/bin/python3 test-check-in.py \
#       --app _build/src/app/tandem --cli _build/src/cli/tandem-cli \
#       [--service _build/src/reminders/tandem-reminders] [--shots DIR]

import argparse
import datetime
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
SERVICE_BUS_NAME = "io.github.tandemgoals.Tandem.Reminders"
SERVICE_OBJECT_PATH = "/io/github/tandemgoals/Tandem/Reminders"
US = 1000000
DUE_IN_S = 2
START_TIMEOUT = 60.0
STEP_TIMEOUT = 20.0
SETTLE_S = 0.6

DIALOG = "Check In"
WALK = "Walk every day"
TALKS = "Have more positive conversations"
NOTE = "Called my sister after work."
NEW_NOTE = "Called my sister after work, then read for an hour."

GOALS = [
    {"framework": "pact", "title": WALK,
     "purposeful": "Feel at home in my body", "actionable": "Walk after lunch",
     "continuous": "every day", "trackable": "Walked today",
     "measure-kind": "yes-no", "measure-name": "Walked today", "target": 1},
    {"framework": "pact", "title": TALKS,
     "purposeful": "Feel closer to people", "actionable": "Call a friend",
     "continuous": "every week", "trackable": "Positive conversations",
     "measure-kind": "count", "measure-name": "Positive conversations",
     "unit": "conversations", "measure-period": "week", "target": 5},
]


def key(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True, timeout=STEP_TIMEOUT)


def is_focused(acc):
    states = at.states_of(acc)
    return bool(states) and states.contains(pyatspi.STATE_FOCUSED)


class CheckIn:
    def __init__(self, args, tap):
        self.args = args
        self.tap = tap
        self.tmp = tempfile.mkdtemp(prefix="check-in-")
        self.db = os.path.join(self.tmp, "tandem.db")
        self.app = None
        self.root = None
        self.goal_ids = {}
        self.goal_uuids = {}
        self.service = None
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

    def cli(self, *argv, stdin=None):
        result = subprocess.run([self.args.cli, "--db", self.db, *argv], input=stdin,
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
        # A window, among the application's direct children. (GTK 4.8 may
        # give a second dialog of the same run the role "filler".)
        return at.poll(self.toplevel, STEP_TIMEOUT, f"the {DIALOG!r} window")

    def dialog_gone(self):
        at.poll(lambda: self.toplevel() is None, STEP_TIMEOUT, f"the {DIALOG!r} window to close")

    # -- steps --------------------------------------------------------------

    def start(self):
        env = dict(os.environ, TANDEM_DB=self.db, TANDEM_TIMING="1")
        if self.args.dark:
            env["ADW_DEBUG_COLOR_SCHEME"] = "prefer-dark"
        self.app = at.launch([self.args.app], env=env)
        self.app.wait_for_line("tandem-timing: first-frame", START_TIMEOUT)
        self.root = at.wait_for_app(os.path.basename(self.args.app), STEP_TIMEOUT)
        # The first run makes the owner; the goals come from tandem-cli, as
        # from a plan the therapist handed over.
        at.click(at.find(self.root, "push button",
                         re.compile(r"\bmy own goals\b", re.IGNORECASE), STEP_TIMEOUT))
        # The overview comes first.
        at.find(self.root, None, "Your Last Two Weeks", STEP_TIMEOUT)
        for goal in GOALS:
            stored = json.loads(self.cli("goal", "add", "--person", "1", "--json",
                                         stdin=json.dumps(goal)))
            self.goal_ids[goal["title"]] = stored["id"]
            self.goal_uuids[goal["title"]] = stored["uuid"]

    def open_with_shortcut(self):
        key("ctrl+shift+n")
        dialog = self.dialog()
        at.find(dialog, "push button", f"{WALK}: yes", STEP_TIMEOUT)
        at.find(dialog, "spin button", TALKS, STEP_TIMEOUT)

    def fill_and_save(self):
        dialog = self.dialog()
        yes = at.find(dialog, "push button", f"{WALK}: yes", STEP_TIMEOUT)
        at.click(yes)
        at.poll(lambda: at.is_checked(yes), STEP_TIMEOUT, "Yes to be pressed")
        talks = at.find(dialog, "spin button", TALKS, STEP_TIMEOUT)
        at.set_text(talks, "3")
        at.set_text(at.find(dialog, "text", "Note", STEP_TIMEOUT), NOTE)
        self.screenshot("check-in-filled")
        # Ctrl+Enter saves even with the focus in the note.
        key("ctrl+Return")
        # (The toast that follows is checked by the UI test: under the
        # sanitizers a walk of the whole tree outlasts it.)
        self.dialog_gone()

    def stored(self):
        today = datetime.date.today().isoformat()
        entries = json.loads(self.cli("checkin", "list", "--person", "1",
                                      "--from", today, "--to", today, "--json"))
        print(f"# stored: {entries}", flush=True)
        by_goal = {entry["goal_id"]: entry for entry in entries}
        walk = by_goal.get(self.goal_ids[WALK])
        talks = by_goal.get(self.goal_ids[TALKS])
        overall = by_goal.get(None)
        if walk is None or walk["value"] != 1:
            raise AssertionError(f"the walk was stored as {walk}")
        if talks is None or talks["value"] != 3:
            raise AssertionError(f"the conversations were stored as {talks}")
        if overall is None or overall["note"] != NOTE:
            raise AssertionError(f"the note was stored as {overall}")
        if len(entries) != 3:
            raise AssertionError(f"{len(entries)} entries instead of 3")

    def calendar_marks_today(self):
        """The Check-ins page (Alt+3) marks today in its calendar; choosing
        the day shows the note beside it."""
        key("alt+3")
        cell = at.find(self.root, "push button", re.compile(r"^Today, .*\bchecked in\b"),
                       STEP_TIMEOUT)
        print(f"# today's cell: {at.name_of(cell)!r}", flush=True)
        at.click(cell)
        at.find(self.root, "label", NOTE, STEP_TIMEOUT)

    def edit_note_from_calendar(self):
        """Edit in the day pane opens the check-in of that day with its note;
        the changed note is saved over the same entry."""
        at.click(at.find(self.root, "push button", "Edit", STEP_TIMEOUT))
        dialog = self.dialog()
        note = at.find(dialog, "text", "Note", STEP_TIMEOUT)
        at.poll(lambda: note.queryText().getText(0, -1) == NOTE, STEP_TIMEOUT,
                "the stored note in the dialog")
        at.set_text(note, NEW_NOTE)
        key("ctrl+Return")
        self.dialog_gone()
        at.find(self.root, "label", NEW_NOTE, STEP_TIMEOUT)
        today = datetime.date.today().isoformat()
        entries = json.loads(self.cli("checkin", "list", "--person", "1",
                                      "--from", today, "--to", today, "--json"))
        notes = [entry["note"] for entry in entries if entry["goal_id"] is None]
        if notes != [NEW_NOTE] or len(entries) != 3:
            raise AssertionError(f"after the edit: {entries}")

    def activate_over_dbus(self):
        goal_id = self.goal_ids[TALKS]
        subprocess.run(["gdbus", "call", "--session", "--timeout", "10",
                        "--dest", APP_BUS_NAME, "--object-path", APP_OBJECT_PATH,
                        "--method", "org.freedesktop.Application.ActivateAction",
                        "check-in", f"[<int64 {goal_id}>]", "{}"],
                       check=True, stdout=subprocess.DEVNULL, timeout=STEP_TIMEOUT)
        dialog = self.dialog()
        talks = at.find(dialog, "spin button", TALKS, STEP_TIMEOUT)
        at.poll(lambda: is_focused(talks), STEP_TIMEOUT, f"{TALKS!r} to have the focus")
        # Today's saved answer is there to edit.
        value = at.poll(lambda: talks.queryValue().currentValue == 3, STEP_TIMEOUT,
                        "the stored value 3 in the spin button")
        if not value:
            raise AssertionError("the spin button does not show today's value")
        self.screenshot("check-in-from-reminder")

    def escape_closes(self):
        key("Escape")
        self.dialog_gone()

    def service_running(self):
        result = subprocess.run(["gdbus", "call", "--session", "--timeout", "5",
                                 "--dest", "org.freedesktop.DBus", "--object-path",
                                 "/org/freedesktop/DBus", "--method",
                                 "org.freedesktop.DBus.NameHasOwner", SERVICE_BUS_NAME],
                                capture_output=True, text=True, check=False)
        return result.stdout.strip() == "(true,)"

    def notification_check_in(self):
        """The reminder for the walk fires in two seconds; its Check In
        button, chosen in dunst's menu, opens the dialog on the walk."""
        reminder = json.loads(self.cli("reminder", "add", "--kind", "check-in",
                                       "--schedule", "once", "--times", "09:00",
                                       "--start", "2099-01-01",
                                       "--target", self.goal_uuids[WALK], "--json"))
        self.service = subprocess.Popen([self.args.service, "--db", self.db],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=sys.stderr)
        at.poll(self.service_running, STEP_TIMEOUT, "the reminder service on the bus")
        due_us = int((time.time() + DUE_IN_S) * US)
        with sqlite3.connect(self.db) as conn:
            conn.execute("UPDATE reminder SET next_due = ?, snoozed_until = ? WHERE id = ?",
                         (due_us, due_us, reminder["id"]))
        subprocess.run(["gdbus", "call", "--session", "--timeout", "5",
                        "--dest", SERVICE_BUS_NAME, "--object-path", SERVICE_OBJECT_PATH,
                        "--method", "io.github.tandemgoals.Tandem.Reminders1.Reschedule"],
                       check=True, stdout=subprocess.DEVNULL, timeout=STEP_TIMEOUT)

        def shown():
            result = subprocess.run(["dunstctl", "count", "displayed"], capture_output=True,
                                    text=True, check=True)
            return int(result.stdout.strip()) == 1
        at.poll(shown, DUE_IN_S + STEP_TIMEOUT, "the check-in notification")

        with open(os.path.join(os.environ["XDG_RUNTIME_DIR"], "dunst-choice"), "w",
                  encoding="utf-8") as choice:
            choice.write("Check In\n")
        subprocess.run(["dunstctl", "context"], check=True, timeout=STEP_TIMEOUT)

        dialog = self.dialog()
        yes = at.find(dialog, "push button", f"{WALK}: yes", STEP_TIMEOUT)
        at.poll(lambda: is_focused(yes) or is_focused(
            at.find(dialog, "push button", f"{WALK}: no", STEP_TIMEOUT)),
            STEP_TIMEOUT, f"{WALK!r} to have the focus")
        # Today's saved answer is there: yes.
        at.poll(lambda: at.is_checked(yes), STEP_TIMEOUT, "today's yes to be shown")

        def acted():
            with sqlite3.connect(self.db) as conn:
                rows = conn.execute("SELECT outcome FROM reminder_firing WHERE reminder_id = ?",
                                    (reminder["id"],)).fetchall()
            return rows and rows[0][0] == "acted"
        at.poll(acted, STEP_TIMEOUT, "the firing to be recorded as acted on")
        key("Escape")
        self.dialog_gone()

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
            self.step("tandem starts with two active goals", self.start)
            self.step("Ctrl+Shift+N opens the check-in with both goals", self.open_with_shortcut)
            self.step("an answer for each goal and a note are saved with Ctrl+Enter",
                      self.fill_and_save)
            self.step("tandem-cli lists the saved check-in", self.stored)
            self.step("the calendar marks today and shows the note", self.calendar_marks_today)
            self.step("Edit changes the note of the same check-in", self.edit_note_from_calendar)
            self.step("ActivateAction check-in over D-Bus opens it on that goal",
                      self.activate_over_dbus)
            self.step("Escape closes it", self.escape_closes)
            if self.args.service:
                self.step("a reminder's Check In button opens it on the reminder's goal",
                          self.notification_check_in)
            else:
                self.tap.skip("a reminder's Check In button opens it on the reminder's goal",
                              "no --service given")
            self.step("tandem quits cleanly", self.quits_cleanly)
        finally:
            if self.service is not None and self.service.poll() is None:
                self.service.terminate()
                self.service.wait(STEP_TIMEOUT)
            if self.app is not None and self.app.proc.poll() is None:
                self.app.stop()
            shutil.rmtree(self.tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description="The check-in, end to end")
    parser.add_argument("--app", required=True, help="the built tandem program")
    parser.add_argument("--cli", required=True, help="the built tandem-cli program")
    parser.add_argument("--service", help="the built tandem-reminders program")
    parser.add_argument("--shots", help="a folder for screenshots of the dialog")
    parser.add_argument("--dark", action="store_true", help="use the dark style")
    args = parser.parse_args()

    tap = at.Tap(10)
    CheckIn(args, tap).run()
    return tap.exit_status()


if __name__ == "__main__":
    sys.exit(main())
