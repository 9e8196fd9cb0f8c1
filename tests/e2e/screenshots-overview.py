#!/usr/bin/python3
# screenshots-overview.py: take docs/screenshots/overview.png,
# overview-details.png (scrolled down), presentation.png and their -dark
# versions: a
# therapist's client with a safety flag since the last session, in a session
# that started ten minutes ago (agenda and private notes), and the same
# screen in presentation mode (F5). The demo data gets a flag, homework and
# the session for that. A tool, not a test; run it inside the
# harness:
#
#   tests/harness/tandem-headless -- /usr/bin/python3 tests/e2e/screenshots-overview.py \
#       --build _build --out docs/screenshots
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "harness"))

import tandem_atspi as at  # noqa: E402

APP_BUS_NAME = "io.github.tandemgoals.Tandem"
APP_OBJECT_PATH = "/io/github/tandemgoals/Tandem"
SETTLE_S = 0.8
TIMEOUT_S = 30.0
SCHEMES = {"": "prefer-light", "-dark": "prefer-dark"}


def press(acc):
    """Click with the pointer: a row of the clients list has no accessible
    action in GTK 4.8. Without a window manager, windows sit at (0, 0)."""
    box = at.poll(lambda: (lambda b: b if b is not None and b[2] > 0 else None)(at.extents_of(acc)),
                  TIMEOUT_S, f"{at.name_of(acc)!r} to have a size")
    subprocess.run(["xdotool", "mousemove", "--sync", str(box[0] + box[2] // 2),
                    str(box[1] + box[3] // 2), "click", "1"], check=True, timeout=TIMEOUT_S)


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


def prepare(db):
    """The first client in the list gets a PHQ-9 with the safety flag two
    days ago, homework, and a session that started ten minutes ago with an
    agenda and private notes. Returns their name."""
    now = int(time.time() * 1_000_000)
    day = 24 * 3600 * 1_000_000
    two_days_ago = time.strftime("%Y-%m-%d", time.localtime(time.time() - 2 * 86400))
    yesterday = time.strftime("%Y-%m-%d", time.localtime(time.time() - 86400))
    conn = sqlite3.connect(db)
    try:
        with conn:
            person_id, name = conn.execute(
                "SELECT id, display_name FROM person WHERE role = 'client'"
                " ORDER BY display_name LIMIT 1").fetchone()
            conn.execute("DELETE FROM therapy_session WHERE person_id = ? AND starts_at > ?",
                         (person_id, now - day))
            conn.execute("INSERT INTO therapy_session (uuid, created_at, updated_at, person_id, starts_at,"
                         " duration_minutes, agenda, notes) VALUES (?, ?, ?, ?, ?, 50, ?, ?)",
                         (str(uuid.uuid4()), now, now, person_id, now - 10 * 60 * 1_000_000,
                          "Review the week's sleep diary\nPlan the next graded exposure step",
                          "Private: ask about the safety answer first; agree a safety plan."))
            conn.execute("INSERT INTO response (uuid, created_at, updated_at, person_id, instrument,"
                         " taken_at, day, total, band, safety_flag) VALUES (?, ?, ?, ?, 'phq9', ?, ?,"
                         " 16, 'moderately-severe', 1)",
                         (str(uuid.uuid4()), now, now, person_id, now - 2 * day, two_days_ago))
            conn.execute("INSERT INTO homework (uuid, created_at, updated_at, person_id, title,"
                         " assigned_on, due_on, done_at) VALUES (?, ?, ?, ?, 'Sleep diary every morning',"
                         " ?, ?, ?)", (str(uuid.uuid4()), now, now, person_id, two_days_ago, yesterday,
                                       now - day))
            conn.execute("INSERT INTO homework (uuid, created_at, updated_at, person_id, title,"
                         " assigned_on, due_on) VALUES (?, ?, ?, ?, 'Read the worry leaflet', ?, ?)",
                         (str(uuid.uuid4()), now, now, person_id, two_days_ago, yesterday))
    finally:
        # Closing checkpoints the WAL into the file that is copied.
        conn.close()
    return name


def shoot(args, db, name, suffix, scheme):
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
        at.click(at.find(root, "push button", re.compile(r"\btherapist\b", re.I), TIMEOUT_S))
        press(at.find(root, None, re.compile("^" + re.escape(name)), TIMEOUT_S))
        at.find(root, None, re.compile(r"^(Since Last Session|The Last Two Weeks)$"), TIMEOUT_S)
        time.sleep(SETTLE_S)
        path = at.screenshot(os.path.join(args.out, f"overview{suffix}.png"), pid=app.proc.pid)
        print(f"wrote {path}", flush=True)

        # The rest of the page: homework, questionnaires, goals, wins.
        subprocess.run(["xdotool", "mousemove", "--sync", "620", "400", "click", "--repeat", "12", "5"],
                       check=True, timeout=TIMEOUT_S)
        time.sleep(SETTLE_S)
        path = at.screenshot(os.path.join(args.out, f"overview-details{suffix}.png"), pid=app.proc.pid)
        print(f"wrote {path}", flush=True)
        subprocess.run(["xdotool", "click", "--repeat", "12", "4"], check=True, timeout=TIMEOUT_S)

        subprocess.run(["xdotool", "key", "F5"], check=True, timeout=TIMEOUT_S)
        at.find(root, None, re.compile(r"^Presenting"), TIMEOUT_S)
        time.sleep(SETTLE_S)
        path = at.screenshot(os.path.join(args.out, f"presentation{suffix}.png"), pid=app.proc.pid)
        print(f"wrote {path}", flush=True)
    finally:
        quit_app(app)
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description="Take the overview's screenshots")
    parser.add_argument("--build", required=True, help="the build folder")
    parser.add_argument("--out", required=True, help="folder for the PNG files")
    args = parser.parse_args()

    if not os.environ.get("TANDEM_HEADLESS_ROOT"):
        print("screenshots-overview.py: run me inside tests/harness/tandem-headless",
              file=sys.stderr)
        return 2

    os.makedirs(args.out, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="overview-demo-")
    try:
        db = os.path.join(tmp, "demo.db")
        subprocess.run([os.path.join(args.build, "src", "cli", "tandem-cli"), "--db", db,
                        "demo", "--profile", "therapist", "--clients", "6"],
                       check=True, stdout=subprocess.DEVNULL)
        name = prepare(db)
        for suffix, scheme in SCHEMES.items():
            shoot(args, db, name, suffix, scheme)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
