#!/usr/bin/python3
# screenshots-calendar.py: take docs/screenshots/calendar.png and
# calendar-dark.png: the Check-ins page with five months of demo data up to
# today, the first day of the month with a win selected. A tool, not a test; run it inside the harness:
#
#   tests/harness/tandem-headless -- /usr/bin/python3 tests/e2e/screenshots-calendar.py \
#       --build _build --out docs/screenshots
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "harness"))

import tandem_atspi as at  # noqa: E402

APP_BUS_NAME = "io.github.tandemgoals.Tandem"
APP_OBJECT_PATH = "/io/github/tandemgoals/Tandem"
SETTLE_S = 0.8
TIMEOUT_S = 30.0
SCHEMES = {"": "prefer-light", "-dark": "prefer-dark"}


def quit_app(app):
    subprocess.run(["gdbus", "call", "--session", "--timeout", "5",
                    "--dest", APP_BUS_NAME, "--object-path", APP_OBJECT_PATH,
                    "--method", "org.gtk.Actions.Activate", "quit", "[]", "{}"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    try:
        app.proc.wait(10)
    except subprocess.TimeoutExpired:
        pass
    app.stop()


def shoot(args, db, suffix, scheme):
    tmp = tempfile.mkdtemp(prefix="screenshots-")
    shutil.copy(db, os.path.join(tmp, "tandem.db"))
    env = dict(os.environ,
               TANDEM_DB=os.path.join(tmp, "tandem.db"),
               TANDEM_TIMING="1",
               ADW_DEBUG_COLOR_SCHEME=scheme,
               GSETTINGS_BACKEND="memory",
               GSETTINGS_SCHEMA_DIR=os.path.join(args.build, "data"))
    app = at.launch([os.path.join(args.build, "src", "app", "tandem")], env=env)
    try:
        app.wait_for_line("tandem-timing: first-frame", TIMEOUT_S)
        root = at.wait_for_app("tandem", TIMEOUT_S)
        at.click(at.find(root, "push button", re.compile(r"\bmy own goals\b", re.I), TIMEOUT_S))
        at.click(at.find(root, "page tab", re.compile(r"^Check-ins$"), TIMEOUT_S))
        win = re.compile(r"^[^:]+: .*\ba win\b")
        try:
            cell = at.find(root, "push button", win, 3.0)
        except at.WaitTimeout:
            # Early in a month the demo's wins are all in the month before.
            at.click(at.find(root, "push button", "Previous month", TIMEOUT_S))
            cell = at.find(root, "push button", win, TIMEOUT_S)
        at.click(cell)
        time.sleep(SETTLE_S)
        path = at.screenshot(os.path.join(args.out, f"calendar{suffix}.png"), pid=app.proc.pid)
        print(f"wrote {path}", flush=True)
    finally:
        quit_app(app)
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description="Take the calendar's screenshots")
    parser.add_argument("--build", required=True, help="the build folder")
    parser.add_argument("--out", required=True, help="folder for the PNG files")
    args = parser.parse_args()

    if not os.environ.get("TANDEM_HEADLESS_ROOT"):
        print("screenshots-calendar.py: run me inside tests/harness/tandem-headless",
              file=sys.stderr)
        return 2

    os.makedirs(args.out, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="calendar-demo-")
    try:
        db = os.path.join(tmp, "demo.db")
        subprocess.run([os.path.join(args.build, "src", "cli", "tandem-cli"), "--db", db,
                        "demo"], check=True, stdout=subprocess.DEVNULL)
        for suffix, scheme in SCHEMES.items():
            shoot(args, db, suffix, scheme)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
