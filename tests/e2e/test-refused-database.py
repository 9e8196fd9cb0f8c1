#!/usr/bin/python3
# test-refused-database.py: Tandem started on files it must not open shows
# why, offers a way out, and leaves each file byte for byte as it was.
# Prints TAP.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   tandem-headless -- /usr/bin/python3 test-refused-database.py --app _build/src/app/tandem

import argparse
import os
import shutil
import sqlite3
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


def write_text(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("Monday: went for a walk, felt calmer.\n" * 20)


def write_newer(path):
    conn = sqlite3.connect(path)
    conn.executescript("PRAGMA application_id = 1413566020; PRAGMA user_version = 999;"
                       "CREATE TABLE person (id INTEGER PRIMARY KEY);")
    conn.close()


def write_foreign(path):
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT);"
                       "INSERT INTO recipes (title) VALUES ('Soup');")
    conn.close()


CASES = [
    ("a text file", write_text, "is not a Tandem database"),
    ("another application's database", write_foreign, "database of another application"),
    ("a database from a newer Tandem", write_newer, "newer version of Tandem"),
]


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def check_case(app_path, make, words):
    tmp = tempfile.mkdtemp(prefix="refused-")
    path = os.path.join(tmp, "tandem.db")
    make(path)
    before = read_bytes(path)
    env = dict(os.environ, TANDEM_DB=path, TANDEM_TIMING="1")
    app = at.launch([app_path], env=env)
    try:
        app.wait_for_line("tandem-timing: first-frame", START_TIMEOUT)
        root = at.wait_for_app(os.path.basename(app_path), STEP_TIMEOUT)
        at.find(root, None, "Your Data Could Not Be Opened", STEP_TIMEOUT)
        message = at.find(root, "label", None, STEP_TIMEOUT, contains=words)
        for line in at.name_of(message).splitlines():
            print(f"# {line}", flush=True)
        at.find(root, "push button", None, STEP_TIMEOUT, contains="Choose Another File")
        at.find(root, "push button", None, STEP_TIMEOUT, contains="Start a New Database")
    finally:
        app.stop()
    after = read_bytes(path)
    leftovers = sorted(set(os.listdir(tmp)) - {"tandem.db"})
    shutil.rmtree(tmp, ignore_errors=True)
    if after != before:
        raise AssertionError("the refused file was changed")
    if leftovers:
        raise AssertionError(f"files were created beside it: {leftovers}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    args = parser.parse_args()

    if not os.environ.get("DISPLAY"):
        print("1..0 # SKIP no display: run under tests/harness/tandem-headless")
        return 0

    tap = at.Tap(len(CASES))
    for description, make, words in CASES:
        tap.run(f"{description} is refused, explained and left unchanged",
                check_case, args.app, make, words)
    return tap.exit_status()


if __name__ == "__main__":
    sys.exit(main())
