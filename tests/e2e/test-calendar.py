#!/usr/bin/python3
# test-calendar.py: the Check-ins calendar through the accessibility tree,
# as a screen-reader user meets it: day cells are buttons that say what
# happened, pressing one shows its check-ins, the month buttons move the
# calendar, and the rest-day switch is stored (checked with tandem-cli).
# Prints TAP.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   tandem-headless -- /usr/bin/python3 test-calendar.py --app _build/src/app/tandem \
#       --cli _build/src/cli/tandem-cli

import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "harness"))

try:
    import tandem_atspi as at
except ImportError as error:
    print(f"1..0 # SKIP cannot import pyatspi: {error}")
    sys.exit(0)

START_TIMEOUT = 60.0
STEP_TIMEOUT = 20.0


class Session:
    def __init__(self, args):
        self.args = args
        self.tmp = tempfile.mkdtemp(prefix="calendar-")
        self.db = os.path.join(self.tmp, "tandem.db")
        self.today = datetime.date.today()
        self.app = None
        self.root = None

    def cli(self, *argv):
        result = subprocess.run([self.args.cli, "--db", self.db, *argv],
                                check=True, capture_output=True, text=True)
        return result.stdout

    def start(self):
        self.cli("demo")
        env = dict(os.environ, TANDEM_DB=self.db, TANDEM_TIMING="1")
        self.app = at.launch([self.args.app], env=env)
        self.app.wait_for_line("tandem-timing: first-frame", START_TIMEOUT)
        self.root = at.wait_for_app(os.path.basename(self.args.app), STEP_TIMEOUT)
        at.click(at.find(self.root, "push button", re.compile(r"\bmy own goals\b", re.I),
                         STEP_TIMEOUT))
        at.click(at.find(self.root, "page tab", "Check-ins", STEP_TIMEOUT))

    def stop(self):
        if self.app is not None:
            self.app.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def month_title(self, date):
        return date.strftime("%B %Y")

    def check_today_cell(self):
        cell = at.find(self.root, "push button", re.compile(r"^Today, "), STEP_TIMEOUT)
        name = at.name_of(cell)
        print(f"# {name}", flush=True)
        expected = f"Today, {self.today.strftime('%A')} {self.today.day} {self.today.strftime('%B')}"
        if not name.startswith(expected):
            raise AssertionError(f"today's cell is named {name!r}")

    def has_a_win(self, month):
        calendar = json.loads(self.cli("calendar", "--person", "1", "--month",
                                       month.strftime("%Y-%m"), "--json"))
        return any(day["in_month"] and day["win"] for day in calendar["days"])

    def check_day_with_a_win(self):
        # Early in a month the demo's wins may all lie in the month before.
        first = self.today.replace(day=1)
        if not self.has_a_win(first):
            previous = (first - datetime.timedelta(days=1)).replace(day=1)
            if not self.has_a_win(previous):
                raise AssertionError("the demo data has no win this month or the last")
            at.click(at.find(self.root, "push button", "Previous month", STEP_TIMEOUT))
            at.find(self.root, "label", self.month_title(previous), STEP_TIMEOUT)
        cell = at.find(self.root, "push button", re.compile(r"^[^:]+: .*\ba win\b"), STEP_TIMEOUT)
        print(f"# {at.name_of(cell)}", flush=True)
        at.click(cell)
        day = at.name_of(cell).split(":")[0]
        # The pane's heading says the day; its check-ins are listed in full.
        weekday, number = day.split()[0], day.split()[1]
        at.find(self.root, "label", re.compile(rf"^{weekday}, .* {number}, \d{{4}}$"), STEP_TIMEOUT)
        at.find(self.root, "label", "A win", STEP_TIMEOUT)
        at.find(self.root, "label", "How the day went", STEP_TIMEOUT)
        at.find(self.root, "push button", "Edit", STEP_TIMEOUT)
        if not self.has_a_win(self.today.replace(day=1)):
            at.click(at.find(self.root, "push button", "Next month", STEP_TIMEOUT))
            at.find(self.root, "label", self.month_title(self.today.replace(day=1)), STEP_TIMEOUT)

    def check_month_buttons(self):
        first = self.today.replace(day=1)
        previous = (first - datetime.timedelta(days=1)).replace(day=1)
        at.find(self.root, "label", self.month_title(first), STEP_TIMEOUT)
        at.click(at.find(self.root, "push button", "Previous month", STEP_TIMEOUT))
        at.find(self.root, "label", self.month_title(previous), STEP_TIMEOUT)
        at.click(at.find(self.root, "push button", "Today", STEP_TIMEOUT))
        at.find(self.root, "label", self.month_title(first), STEP_TIMEOUT)

    def check_rest_day(self):
        # Today is selected after Today; mark it as a rest day.
        at.find(self.root, "push button", re.compile(r"^Today, "), STEP_TIMEOUT)
        switch = at.find(self.root, "check box", None, STEP_TIMEOUT, contains="Rest Day")
        at.click(switch)
        at.find(self.root, "push button", re.compile(r"^Today, .*\ba rest day\b"), STEP_TIMEOUT)
        month = json.loads(self.cli("calendar", "--person", "1", "--month",
                                    self.today.strftime("%Y-%m"), "--json"))
        day = next(d for d in month["days"] if d["date"] == self.today.isoformat())
        if not day["rest_day"]:
            raise AssertionError("the rest day was not stored")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--cli", required=True)
    args = parser.parse_args()

    if not os.environ.get("DISPLAY"):
        print("1..0 # SKIP no display: run under tests/harness/tandem-headless")
        return 0

    tap = at.Tap(5)
    session = Session(args)
    try:
        tap.run("the Check-ins page opens on a demo database", session.start)
        tap.run("today's cell is a button that says it is today", session.check_today_cell)
        tap.run("pressing a day with a win shows its check-ins", session.check_day_with_a_win)
        tap.run("Previous month and Today move the calendar", session.check_month_buttons)
        tap.run("the rest-day switch stores a rest day", session.check_rest_day)
    finally:
        session.stop()
    return tap.exit_status()


if __name__ == "__main__":
    sys.exit(main())
