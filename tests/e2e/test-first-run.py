#!/usr/bin/python3
# test-first-run.py: the first start of Tandem, driven through the
# accessibility tree. Prints TAP.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run inside tests/harness/tandem-headless with Debian's /usr/bin/python3:
#
#   tandem-headless -- /usr/bin/python3 test-first-run.py \
#       --app _build/src/app/tandem --cli _build/src/cli/tandem-cli --profile client
#
# The environment must point GSETTINGS_SCHEMA_DIR at the built schemas and
# set GSETTINGS_BACKEND=memory, so that every start is a first start.

import argparse
import json
import os
import re
import shutil
import stat
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

# Sanitizer builds start several times slower: be generous, the meson
# timeout is the real limit.
START_TIMEOUT = 60.0
STEP_TIMEOUT = 20.0

PROFILE_BUTTONS = {
    "client": re.compile(r"\bmy own goals\b", re.IGNORECASE),
    "therapist": re.compile(r"\bI['’]m a therapist\b", re.IGNORECASE),
}

# What the main window shows once a profile is chosen on an empty database.
MAIN_PAGE_NAMES = re.compile(r"^(No Goals Yet|No Clients Yet|Goals)$")


def quit_app(app):
    """Quit through the application's own "quit" action, so that it shuts
    down as it would for a person (and sanitizers get to check at exit);
    fall back to SIGTERM. Returns the exit status."""
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


class FirstRun:
    def __init__(self, args, tap):
        self.args = args
        self.tap = tap
        self.tmp = tempfile.mkdtemp(prefix=f"first-run-{args.profile}-")
        # A folder that does not exist yet: the app must create it, privately.
        self.db = os.path.join(self.tmp, "data", "tandem", "tandem.db")
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
        env = dict(os.environ)
        env["TANDEM_DB"] = self.db
        env["TANDEM_TIMING"] = "1"
        self.app = at.launch([self.args.app], env=env)
        line = self.app.wait_for_line("tandem-timing: first-frame", START_TIMEOUT)
        print(f"# {line}", flush=True)
        self.root = at.wait_for_app(os.path.basename(self.args.app), STEP_TIMEOUT)

    def offers_both_profiles(self):
        for pattern in PROFILE_BUTTONS.values():
            at.find(self.root, "push button", pattern, STEP_TIMEOUT)

    def choose_profile(self):
        button = at.find(self.root, "push button", PROFILE_BUTTONS[self.args.profile],
                         STEP_TIMEOUT)
        at.click(button)

    def main_page_appears(self):
        page = at.find(self.root, None, MAIN_PAGE_NAMES, STEP_TIMEOUT)
        print(f"# main page: [{at.role_of(page)}] {at.name_of(page)!r}", flush=True)

    def database_is_private(self):
        at.poll(lambda: os.path.exists(self.db), STEP_TIMEOUT, f"{self.db} to exist")
        file_mode = stat.S_IMODE(os.stat(self.db).st_mode)
        folder_mode = stat.S_IMODE(os.stat(os.path.dirname(self.db)).st_mode)
        if file_mode != 0o600:
            raise AssertionError(f"database mode is {file_mode:04o}, expected 0600")
        if folder_mode != 0o700:
            raise AssertionError(f"database folder mode is {folder_mode:04o}, expected 0700")

    def cli_counts_one_person(self):
        def stats():
            result = subprocess.run([self.args.cli, "--db", self.db, "stats", "--json"],
                                    capture_output=True, text=True, timeout=STEP_TIMEOUT)
            if result.returncode != 0:
                raise AssertionError(f"tandem-cli stats failed ({result.returncode}): "
                                     f"{result.stderr.strip()}")
            return json.loads(result.stdout)

        # The app may write the owner a moment after the page changes.
        counts = {}

        def one_person():
            counts.update(stats())
            return counts.get("person") == 1

        try:
            at.poll(one_person, 5.0, "tandem-cli stats to report one person")
        except at.WaitTimeout:
            raise AssertionError(f"expected one person, tandem-cli stats says {counts}") from None

    def quits_cleanly(self):
        status = quit_app(self.app)
        if status != 0:
            raise AssertionError(f"tandem exited with status {status}")

    def run(self):
        try:
            self.step("tandem starts and draws its window", self.start)
            self.step("the welcome page offers both profiles", self.offers_both_profiles)
            self.step(f"choosing the {self.args.profile} profile", self.choose_profile)
            self.step("the main page appears", self.main_page_appears)
            self.step("the database is 0600 in a 0700 folder", self.database_is_private)
            self.step("tandem-cli stats reports one person", self.cli_counts_one_person)
            if self.app is not None:
                self.failed = False  # always try to quit
                self.step("tandem quits cleanly", self.quits_cleanly)
            else:
                self.tap.skip("tandem quits cleanly", "tandem did not start")
        finally:
            if self.app is not None:
                self.app.stop()
            shutil.rmtree(self.tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description="First start of Tandem, through AT-SPI")
    parser.add_argument("--app", required=True, help="the built tandem program")
    parser.add_argument("--cli", required=True, help="the built tandem-cli program")
    parser.add_argument("--profile", choices=sorted(PROFILE_BUTTONS), required=True)
    args = parser.parse_args()

    if not os.environ.get("DISPLAY"):
        print("1..0 # SKIP no display: run under tests/harness/tandem-headless")
        return 0

    tap = at.Tap(7)
    FirstRun(args, tap).run()
    return tap.exit_status()


if __name__ == "__main__":
    sys.exit(main())
