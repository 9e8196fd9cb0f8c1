#!/usr/bin/python3
# screenshots-questionnaire-editor.py: take docs/screenshots/
# questionnaire-editor.png: the therapist's New Questionnaire editor (main
# menu), filled in with a short example; and questionnaire-editor-edit.png:
# the same questionnaire, saved and taken once, opened again from the main
# menu's Edit Questionnaire, its scoring locked. A tool, not a test; run it
# inside the harness:
#
#   tests/harness/tandem-headless -- /usr/bin/python3 tests/e2e/screenshots-questionnaire-editor.py \
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
TITLE = "New Questionnaire"
EDIT_TITLE = "Edit Questionnaire"


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


def press(acc):
    """Click with the pointer: a check button has no accessible action in
    GTK 4.8. Without a window manager, windows sit at (0, 0)."""
    box = at.poll(lambda: (lambda b: b if b is not None and b[2] > 0 else None)(at.extents_of(acc)),
                  TIMEOUT_S, f"{at.name_of(acc)!r} to have a size")
    subprocess.run(["xdotool", "mousemove", "--sync", str(box[0] + box[2] // 2),
                    str(box[1] + box[3] // 2), "click", "1"], check=True, timeout=TIMEOUT_S)


def fill(window, title, text):
    """Type into the entry row called title."""
    entry = at.find(window, None, re.compile("^" + re.escape(title) + "$"), TIMEOUT_S)
    at.set_text(entry, text)


def shoot(args, suffix, scheme):
    tmp = tempfile.mkdtemp(prefix="screenshots-")
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
        at.find(root, None, re.compile(r"^No Clients Yet$"), TIMEOUT_S)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "F10"], check=True)
        at.click(at.find(root, None, re.compile(r"^New Questionnaire…$"), TIMEOUT_S))
        window = at.find_window(root, TITLE, TIMEOUT_S)
        if args.dump:
            print(at.dump(window))
        fill(window, "Name", "Weekly Mood Check")
        fill(window, "Short Name, for Charts and Lists", "MOOD-3")
        fill(window, "Instruction, Shown Before the Items", "Over the last week, how often have you…")
        fill(window, "Item 1", "Felt low or flat")
        at.click(at.find(window, "push button", re.compile(r"^Add Item"), TIMEOUT_S))
        fill(window, "Item 2", "Enjoyed something you did")
        press(at.find(window, "check box", re.compile(r"^Item 2 Reversed$"), TIMEOUT_S))
        time.sleep(SETTLE_S)
        path = at.screenshot(os.path.join(args.out, f"questionnaire-editor{suffix}.png"),
                             window_name=TITLE)
        print(f"wrote {path}", flush=True)

        # Saved, taken once (by the therapist, the only person here), edited.
        fill(window, "Option 1", "Not at all")
        at.click(at.find(window, "push button", re.compile(r"^Save$"), TIMEOUT_S))
        at.wait_gone(root, "frame", re.compile("^" + TITLE + "$"), TIMEOUT_S)
        subprocess.run([os.path.join(args.build, "src", "cli", "tandem-cli"), "questionnaire", "take",
                        "mood-3", "1,0", "--person", "1"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "F10"], check=True)
        at.click(at.find(root, None, re.compile(r"^Edit Questionnaire$"), TIMEOUT_S))
        at.click(at.find(root, None, re.compile(r"^Weekly Mood Check$"), TIMEOUT_S))
        window = at.find_window(root, EDIT_TITLE, TIMEOUT_S)
        if args.dump:
            print(at.dump(window))
        time.sleep(SETTLE_S)
        path = at.screenshot(os.path.join(args.out, f"questionnaire-editor-edit{suffix}.png"),
                             window_name=EDIT_TITLE)
        print(f"wrote {path}", flush=True)
    finally:
        quit_app(app)
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description="Take the questionnaire editor's screenshot")
    parser.add_argument("--build", required=True, help="the build folder")
    parser.add_argument("--out", required=True, help="folder for the PNG files")
    parser.add_argument("--dump", action="store_true", help="print the editor's accessible tree")
    args = parser.parse_args()

    if not os.environ.get("TANDEM_HEADLESS_ROOT"):
        print("screenshots-questionnaire-editor.py: run me inside tests/harness/tandem-headless",
              file=sys.stderr)
        return 2

    os.makedirs(args.out, exist_ok=True)
    shoot(args, "", "prefer-light")
    return 0


if __name__ == "__main__":
    sys.exit(main())
