#!/usr/bin/python3
# test-questionnaire.py: take the GAD-7 through the accessibility tree on a
# fresh database, read the result, find it in the Progress chart's summary
# and in tandem-cli's list of responses.
#
#   tests/harness/tandem-headless -- /usr/bin/python3 tests/e2e/test-questionnaire.py \
#       --app _build/src/app/tandem --cli _build/src/cli/tandem-cli
#
# With --screenshots DIR it takes the questionnaire pictures from the demo
# data instead (not a test).
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

# GAD-7: items 1–4 "Several days" (1), items 5–7 "More than half the days" (2):
# 4 + 6 = 10, "Moderate".
GAD7_ANSWERS = ["Several days"] * 4 + ["More than half the days"] * 3
GAD7_TOTAL = 10
GAD7_BAND = "Moderate"


def activate(action, target):
    """Activate an application action over D-Bus, as a launcher would."""
    params = f"[<'{target}'>]" if target is not None else "[]"
    subprocess.run(["gdbus", "call", "--session", "--timeout", "5",
                    "--dest", APP_BUS_NAME, "--object-path", APP_OBJECT_PATH,
                    "--method", "org.gtk.Actions.Activate", action, params, "{}"],
                   stdout=subprocess.DEVNULL, stderr=sys.stderr, check=True)


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


def window_height(wid):
    result = subprocess.run(["xdotool", "getwindowgeometry", "--shell", wid],
                            capture_output=True, text=True, check=True)
    values = dict(line.split("=", 1) for line in result.stdout.split())
    return int(values["HEIGHT"])


def press(acc, window_title):
    """Click a widget with the pointer. GTK 4.8 gives check buttons no
    accessible action, so scroll it into view with the wheel and click it
    where the accessibility tree says it is."""
    wid = at.window_id(window_title)
    height = window_height(wid)
    for _ in range(60):
        x, y, w, h = at.extents_of(acc)
        if y < 60:
            button = "4"
        elif y + h > height - 20:
            button = "5"
        else:
            subprocess.run(["xdotool", "mousemove", "--window", wid,
                            str(x + w // 2), str(y + h // 2), "click", "1"], check=True)
            return
        subprocess.run(["xdotool", "mousemove", "--window", wid, "300", str(height // 2),
                        "click", button], check=True)
        time.sleep(0.05)
    raise AssertionError(f"could not scroll {at.name_of(acc)!r} into view")


def answer(root, item, option, window_title="GAD-7"):
    """Choose an option of an item: the radio button named after the option
    inside the list named after the item."""
    window = at.find_window(root, re.compile(re.escape(window_title)), STEP_TIMEOUT)
    group = at.find(window, "list", re.compile(rf"^{item}\. "), STEP_TIMEOUT)
    def radio():
        for acc in at.find_all(group, None, option):
            if at.role_of(acc) in ("radio button", "check box"):
                return acc
        return None
    button = at.poll(radio, STEP_TIMEOUT, f"the radio button {option!r} of item {item}")
    press(button, window_title)
    at.poll(lambda: at.is_checked(button), STEP_TIMEOUT, f"item {item} to be answered")


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

    def open_gad7(self):
        activate("take-questionnaire", "gad7")
        at.find(self.root, "list", re.compile(r"^1\. "), STEP_TIMEOUT)

    def gad7_window(self):
        """The questionnaire's own window: looking there, not through the
        main window first, keeps each lookup short."""
        return at.find_window(self.root, re.compile(r"GAD-7"), STEP_TIMEOUT)

    def refuses_unanswered(self):
        answer(self.root, 1, GAD7_ANSWERS[0])
        window = self.gad7_window()
        at.click(at.find(window, "push button", "Submit", STEP_TIMEOUT))
        at.find(window, "label", "Item 2 is not answered yet", STEP_TIMEOUT)

    def answer_all(self):
        for item, option in enumerate(GAD7_ANSWERS, start=1):
            answer(self.root, item, option)

    def submit_and_read(self):
        window = self.gad7_window()
        at.click(at.find(window, "push button", "Submit", STEP_TIMEOUT))
        at.find(window, "label", str(GAD7_TOTAL), STEP_TIMEOUT)
        at.find(window, "label", GAD7_BAND, STEP_TIMEOUT)
        at.find(window, "label", "out of 21", STEP_TIMEOUT)
        at.find(window, "label", re.compile(r"first result for this questionnaire"),
                STEP_TIMEOUT)

    def chart_shows_it(self):
        at.click(at.find(self.gad7_window(), "push button", "Done", STEP_TIMEOUT))
        chart = at.find(self.root, "image", re.compile(r"^GAD-7: "), STEP_TIMEOUT)
        name = at.name_of(chart)
        print(f"# chart: {name!r}", flush=True)
        if not re.match(rf"^GAD-7: {GAD7_TOTAL} on \d+ \w+$", name):
            raise AssertionError(f"unexpected chart summary {name!r}")

    def stored(self):
        result = subprocess.run([self.args.cli, "--db", self.db, "response", "list",
                                 "--person", "1", "--json"],
                                capture_output=True, text=True, timeout=STEP_TIMEOUT)
        if result.returncode != 0:
            raise AssertionError(f"tandem-cli response list failed: {result.stderr.strip()}")
        responses = json.loads(result.stdout)
        if isinstance(responses, dict):
            responses = responses.get("responses", [])
        print(f"# stored: {responses}", flush=True)
        if len(responses) != 1:
            raise AssertionError(f"expected one response, got {len(responses)}")
        response = responses[0]
        if (response.get("scale") != "gad7" or response.get("score") != GAD7_TOTAL
                or response.get("answers") != [1, 1, 1, 1, 2, 2, 2]):
            raise AssertionError(f"unexpected response {response}")

    def quits_cleanly(self):
        status = quit_app(self.app)
        if status != 0:
            raise AssertionError(f"tandem exited with status {status}")

    def run_test(self):
        try:
            self.step("tandem starts", self.start)
            self.step("choosing My Own Goals", self.choose_client_profile)
            self.step("take-questionnaire 'gad7' opens the GAD-7", self.open_gad7)
            self.step("submitting with item 2 unanswered names item 2", self.refuses_unanswered)
            self.step("answering every item by its radio button", self.answer_all)
            self.step("the result shows the total and the band", self.submit_and_read)
            self.step("the Progress chart's summary has the new result", self.chart_shows_it)
            self.step("tandem-cli lists the stored response", self.stored)
            if self.app is not None:
                self.failed = False
                self.step("tandem quits cleanly", self.quits_cleanly)
            else:
                self.tap.skip("tandem quits cleanly", "tandem did not start")
        finally:
            if self.app is not None:
                self.app.stop()


def shoot(app, out_dir, name, title="Tandem"):
    time.sleep(SETTLE_S)
    path = at.screenshot(os.path.join(out_dir, name), window_name=title)
    print(f"wrote {path}", flush=True)


def take_screenshots(args):
    for suffix, scheme in (("", "prefer-light"), ("-dark", "prefer-dark")):
        tmp = tempfile.mkdtemp(prefix="questionnaire-shots-")
        db = os.path.join(tmp, "tandem.db")
        subprocess.run([args.cli, "--db", db, "demo"], check=True, stdout=subprocess.DEVNULL)
        session = Session(args, None, db, {"ADW_DEBUG_COLOR_SCHEME": scheme})
        try:
            session.start()
            session.choose_client_profile()
            if suffix == "":
                activate("take-questionnaire", "phq9")
                at.find(session.root, "list", re.compile(r"^1\. "), STEP_TIMEOUT)
                shoot(session.app, args.screenshots, "questionnaire.png", "PHQ-9")
                for item in range(1, 10):
                    answer(session.root, item, "Several days", "PHQ-9")
                at.click(at.find(session.root, "push button", "Submit", STEP_TIMEOUT))
                at.find(session.root, "push button", "Continue to the Result", STEP_TIMEOUT)
                shoot(session.app, args.screenshots, "safety.png", "PHQ-9")
                at.click(at.find(session.root, "push button", "Continue to the Result",
                                 STEP_TIMEOUT))
                at.find(session.root, "push button", "Done", STEP_TIMEOUT)
                shoot(session.app, args.screenshots, "result.png", "PHQ-9")
                at.click(at.find(session.root, "push button", "Done", STEP_TIMEOUT))
            else:
                activate("take-questionnaire", "phq9")
                for item in range(1, 10):
                    answer(session.root, item, "Not at all", "PHQ-9")
                at.click(at.find(session.root, "push button", "Submit", STEP_TIMEOUT))
                at.click(at.find(session.root, "push button", "Done", STEP_TIMEOUT))
            at.find(session.root, "image", re.compile(r"^PHQ-9: "), STEP_TIMEOUT)
            shoot(session.app, args.screenshots, f"progress{suffix}.png")
            quit_app(session.app)
        finally:
            if session.app is not None:
                session.app.stop()
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


def main():
    parser = argparse.ArgumentParser(description="Taking a questionnaire, through AT-SPI")
    parser.add_argument("--app", required=True, help="the built tandem program")
    parser.add_argument("--cli", required=True, help="the built tandem-cli program")
    parser.add_argument("--screenshots", help="take screenshots into this folder instead")
    args = parser.parse_args()

    if not os.environ.get("DISPLAY"):
        print("1..0 # SKIP no display: run under tests/harness/tandem-headless")
        return 0

    if args.screenshots:
        return take_screenshots(args)

    tmp = tempfile.mkdtemp(prefix="questionnaire-")
    try:
        tap = at.Tap(9)
        Session(args, tap, os.path.join(tmp, "tandem.db")).run_test()
        return tap.exit_status()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
