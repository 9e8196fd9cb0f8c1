#!/usr/bin/python3
# screenshots.py: take the screenshots in docs/screenshots by driving the
# application through the accessibility tree. A tool, not a test:
#
#   meson compile -C _build screenshots
#
# or by hand, inside the harness:
#
#   tests/harness/tandem-headless -- /usr/bin/python3 tests/e2e/screenshots.py \
#       --app _build/src/app/tandem --out docs/screenshots
#
# Each picture comes from a fresh start on an empty database, light and
# dark (ADW_DEBUG_COLOR_SCHEME), after the first frame and a short settle.
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
# Long enough for libadwaita's page transitions (about 250 ms) to end.
SETTLE_S = 0.8
TIMEOUT_S = 30.0

PROFILE_BUTTONS = {
    "client": re.compile(r"\bmy own goals\b", re.IGNORECASE),
    "therapist": re.compile(r"\bI['’]m a therapist\b", re.IGNORECASE),
}
MAIN_PAGE_NAMES = re.compile(r"^(No Goals Yet|No Clients Yet|Goals)$")

SCHEMES = {
    "": "prefer-light",
    "-dark": "prefer-dark",
}


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


def shoot(app, out_dir, name):
    time.sleep(SETTLE_S)
    path = at.screenshot(os.path.join(out_dir, name), pid=app.proc.pid)
    print(f"wrote {path}", flush=True)


def run_profile(args, profile, suffix, scheme, first_run_too):
    tmp = tempfile.mkdtemp(prefix="screenshots-")
    env = dict(os.environ,
               TANDEM_DB=os.path.join(tmp, "tandem.db"),
               TANDEM_TIMING="1",
               ADW_DEBUG_COLOR_SCHEME=scheme)
    app = at.launch([args.app], env=env)
    try:
        app.wait_for_line("tandem-timing: first-frame", TIMEOUT_S)
        root = at.wait_for_app(os.path.basename(args.app), TIMEOUT_S)
        button = at.find(root, "push button", PROFILE_BUTTONS[profile], TIMEOUT_S)
        if first_run_too:
            shoot(app, args.out, f"first-run{suffix}.png")
        at.click(button)
        at.find(root, None, MAIN_PAGE_NAMES, TIMEOUT_S)
        shoot(app, args.out, f"{profile}-empty{suffix}.png")
    finally:
        quit_app(app)
        shutil.rmtree(tmp, ignore_errors=True)


def run_check_in(args, suffix, scheme):
    """The check-in dialog (Ctrl+Shift+N) on the demo data, with today's
    entries loaded for editing."""
    tmp = tempfile.mkdtemp(prefix="screenshots-")
    db = os.path.join(tmp, "tandem.db")
    subprocess.run([args.cli, "--db", db, "demo"], check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ, TANDEM_DB=db, TANDEM_TIMING="1", ADW_DEBUG_COLOR_SCHEME=scheme)
    app = at.launch([args.app], env=env)
    try:
        app.wait_for_line("tandem-timing: first-frame", TIMEOUT_S)
        root = at.wait_for_app(os.path.basename(args.app), TIMEOUT_S)
        at.click(at.find(root, "push button", PROFILE_BUTTONS["client"], TIMEOUT_S))
        at.find(root, None, MAIN_PAGE_NAMES, TIMEOUT_S)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+shift+n"], check=True)
        at.find(root, "spin button", None, TIMEOUT_S)
        time.sleep(SETTLE_S)
        path = at.screenshot(os.path.join(args.out, f"check-in-dialog{suffix}.png"),
                             window_name="Check In")
        print(f"wrote {path}", flush=True)
    finally:
        quit_app(app)
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description="Take Tandem's screenshots")
    parser.add_argument("--app", required=True, help="the built tandem program")
    parser.add_argument("--out", required=True, help="folder for the PNG files")
    parser.add_argument("--cli", help="the built tandem-cli program, for the demo data")
    args = parser.parse_args()

    if not os.environ.get("TANDEM_HEADLESS_ROOT"):
        print("screenshots.py: run me inside tests/harness/tandem-headless", file=sys.stderr)
        return 2

    os.makedirs(args.out, exist_ok=True)
    for suffix, scheme in SCHEMES.items():
        run_profile(args, "client", suffix, scheme, first_run_too=True)
        run_profile(args, "therapist", suffix, scheme, first_run_too=False)
        if args.cli:
            run_check_in(args, suffix, scheme)
    return 0


if __name__ == "__main__":
    sys.exit(main())
