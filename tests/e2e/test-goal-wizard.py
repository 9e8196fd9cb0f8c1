#!/usr/bin/python3
# test-goal-wizard.py: writing goals with the wizard, driven through the
# accessibility tree: a SMART goal from the "Reduce anxiety" template and a
# PACT goal from scratch, with an invalid title on the way; then the stored
# goals are read back with tandem-cli. Prints TAP.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run inside tests/harness/tandem-headless with Debian's /usr/bin/python3:
#
#   tandem-headless -- /usr/bin/python3 test-goal-wizard.py \
#       --app _build/src/app/tandem --cli _build/src/cli/tandem-cli [--shots DIR]
#
# With --shots, it also saves a picture of each wizard step and of the
# Goals page into DIR.

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
SETTLE_S = 0.6

TITLE_MESSAGE = "Give the goal a short title."
WIZARD_TITLE = re.compile(r"^(New Goal|Edit Goal)$")


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


def scroll_pane_of(acc):
    parent = acc.parent
    while parent is not None and at.role_of(parent) != "scroll pane":
        parent = parent.parent
    return parent


def press(acc):
    """Click a widget that offers no accessible action (GTK 4.8 gives check
    and radio buttons none) with the pointer, at its centre, scrolling it
    into view first. Without a window manager every window sits at (0, 0),
    so window coordinates are screen coordinates."""
    def sized():
        box = at.extents_of(acc)
        return box if box is not None and box[2] > 0 else None

    box = at.poll(sized, STEP_TIMEOUT, f"{at.name_of(acc)!r} to have a size")
    pane = scroll_pane_of(acc)
    if pane is not None:
        view = at.extents_of(pane)
        for _ in range(40):
            box = at.extents_of(acc)
            if box[1] >= view[1] and box[1] + box[3] <= view[1] + view[3]:
                break
            button = "5" if box[1] + box[3] > view[1] + view[3] else "4"
            subprocess.run(["xdotool", "mousemove", "--sync", str(view[0] + view[2] // 2),
                            str(view[1] + view[3] // 2), "click", button],
                           check=True, timeout=STEP_TIMEOUT)
            time.sleep(0.05)
    x, y = box[0] + box[2] // 2, box[1] + box[3] // 2
    subprocess.run(["xdotool", "mousemove", "--sync", str(x), str(y), "click", "1"],
                   check=True, timeout=STEP_TIMEOUT)
    at.poll(lambda: at.is_checked(acc), STEP_TIMEOUT, f"{at.name_of(acc)!r} to be checked")


def is_enabled(acc):
    import pyatspi
    return acc.getState().contains(pyatspi.STATE_SENSITIVE)


class GoalWizard:
    def __init__(self, args, tap):
        self.args = args
        self.tap = tap
        self.tmp = tempfile.mkdtemp(prefix="goal-wizard-")
        self.db = os.path.join(self.tmp, "tandem.db")
        self.app = None
        self.root = None
        self.failed = False
        self.shot = 0
        self.buttons = {}

    def step(self, description, function):
        if self.failed:
            self.tap.skip(description, "an earlier step failed")
            return
        before = self.tap.failed
        self.tap.run(description, function)
        if self.tap.failed != before:
            self.failed = True

    def screenshot(self, name):
        """The wizard's window for its steps, the main window otherwise."""
        if not self.args.shots:
            return
        time.sleep(SETTLE_S)
        suffix = "-dark" if self.args.dark else ""
        window = "New Goal" if name.startswith("wizard-") else "Tandem"
        at.screenshot(os.path.join(self.args.shots, f"{name}{suffix}.png"), window_name=window)

    # -- helpers ------------------------------------------------------------

    def wizard(self):
        return at.find_window(self.root, WIZARD_TITLE, STEP_TIMEOUT)

    def button(self, name, root=None):
        return at.find(root or self.root, "push button", name, STEP_TIMEOUT)

    def wizard_button(self, name):
        """A button of the open wizard. They live as long as the wizard, so
        each is looked up once per wizard (open_wizard() forgets them): the
        walk to the bottom of the wizard is the slowest lookup here."""
        if name not in self.buttons:
            self.buttons[name] = self.button(name, self.wizard())
        return self.buttons[name]

    def next(self):
        button = self.wizard_button("Next")
        at.poll(lambda: is_enabled(button), STEP_TIMEOUT, "Next to be enabled")
        at.click(button)

    def step_name(self):
        wizard = self.wizard()
        label = at.find(wizard, "label", re.compile(r"^Step \d+ of \d+: "), STEP_TIMEOUT)
        return at.name_of(label)

    def wait_step(self, name):
        at.poll(lambda: self.step_name().endswith(": " + name), STEP_TIMEOUT,
                f"the wizard to show the step {name!r}")

    def text(self, name):
        return at.find(self.wizard(), None, name, STEP_TIMEOUT)

    # -- steps --------------------------------------------------------------

    def start(self):
        env = dict(os.environ)
        env["TANDEM_DB"] = self.db
        env["TANDEM_TIMING"] = "1"
        if self.args.dark:
            env["ADW_DEBUG_COLOR_SCHEME"] = "prefer-dark"
        self.app = at.launch([self.args.app], env=env)
        self.app.wait_for_line("tandem-timing: first-frame", START_TIMEOUT)
        self.root = at.wait_for_app(os.path.basename(self.args.app), STEP_TIMEOUT)

    def choose_profile(self):
        at.click(self.button(re.compile(r"\bmy own goals\b", re.IGNORECASE)))
        # The overview comes first; the goals are one page on.
        at.click(at.find(self.root, "page tab", "Goals", STEP_TIMEOUT))
        at.find(self.root, None, "No Goals Yet", STEP_TIMEOUT)
        self.screenshot("goals-empty")

    def open_wizard(self):
        self.buttons = {}
        at.click(self.button("New Goal"))
        self.wizard()
        self.wait_step("Start")

    def smart_from_template(self):
        wizard = self.wizard()
        press(at.find(wizard, "check box", "Reduce anxiety", STEP_TIMEOUT))
        self.screenshot("wizard-start")
        names = ["specific", "measurable", "achievable", "relevant", "time-bound"]
        for i, step in enumerate(["Specific", "Measurable", "Achievable", "Relevant",
                                  "Time-bound", "Review"]):
            self.next()
            self.wait_step(step)
            if i < len(names):
                self.screenshot(f"wizard-{names[i]}")
        self.screenshot("wizard-review")

    def save(self):
        button = self.wizard_button("Save Goal")
        at.poll(lambda: is_enabled(button), STEP_TIMEOUT, "Save Goal to be enabled")
        at.click(button)
        at.poll(lambda: not any(child is not None and WIZARD_TITLE.search(at.name_of(child))
                                and at.is_showing(child) for child in self.root),
                STEP_TIMEOUT, "the wizard to close")

    def goal_appears(self, title):
        at.find(self.root, None, title, STEP_TIMEOUT)

    def pact_title_required(self):
        wizard = self.wizard()
        press(at.find(wizard, "check box", "PACT", STEP_TIMEOUT))
        self.next()
        self.wait_step("Purposeful")
        title = at.find(wizard, "text", "Title", STEP_TIMEOUT)
        at.set_text(title, "Walk")
        at.set_text(title, "")
        message = at.find(wizard, "label", TITLE_MESSAGE, STEP_TIMEOUT)
        print(f"# beside the field: {at.name_of(message)!r}", flush=True)
        description = title.description
        if TITLE_MESSAGE not in description:
            raise AssertionError(f"the title's accessible description is {description!r}")
        next_button = self.wizard_button("Next")
        at.poll(lambda: not is_enabled(next_button), STEP_TIMEOUT, "Next to be disabled")
        self.screenshot("wizard-invalid")

    def pact_fill_and_save(self):
        wizard = self.wizard()
        at.set_text(at.find(wizard, "text", "Title", STEP_TIMEOUT), "Move every day")
        at.set_text(at.find(wizard, "text", "Purpose", STEP_TIMEOUT),
                    "Feel at home in my body again")
        at.wait_gone(wizard, "label", TITLE_MESSAGE, STEP_TIMEOUT)
        self.screenshot("wizard-purposeful")
        self.next()
        self.wait_step("Actionable")
        at.set_text(at.find(wizard, "text", "First actions", STEP_TIMEOUT),
                    "Walk around the block after lunch")
        self.screenshot("wizard-actionable")
        self.next()
        self.wait_step("Continuous")
        at.set_text(at.find(wizard, "text", "How often", STEP_TIMEOUT), "every day")
        self.screenshot("wizard-continuous")
        self.next()
        self.wait_step("Trackable")
        press(at.find(wizard, "check box", "Yes or no", STEP_TIMEOUT))
        at.set_text(at.find(wizard, "text", "What is counted or rated", STEP_TIMEOUT),
                    "Walked today")
        at.set_text(at.find(wizard, "text", "Starting point", STEP_TIMEOUT), "0")
        at.set_text(at.find(wizard, "text", "Target", STEP_TIMEOUT), "1")
        self.screenshot("wizard-trackable")
        self.next()
        self.wait_step("Review")
        self.screenshot("wizard-review-pact")
        self.save()

    def cli_lists_both(self):
        result = subprocess.run([self.args.cli, "--db", self.db, "goal", "list",
                                 "--person", "1", "--json"],
                                capture_output=True, text=True, timeout=STEP_TIMEOUT)
        if result.returncode != 0:
            raise AssertionError(f"tandem-cli goal list failed: {result.stderr.strip()}")
        goals = json.loads(result.stdout)
        found = {(goal["framework"], goal["title"]) for goal in goals}
        print(f"# stored: {sorted(found)}", flush=True)
        for expected in [("smart", "Reduce my anxiety"), ("pact", "Move every day")]:
            if expected not in found:
                raise AssertionError(f"{expected} not among the stored goals {sorted(found)}")
        by_title = {goal["title"]: goal for goal in goals}
        anxiety = by_title["Reduce my anxiety"]
        if anxiety.get("instrument") != "gad7" or anxiety.get("author") != "client":
            raise AssertionError(f"the template's goal was stored as {anxiety}")

    def quits_cleanly(self):
        self.screenshot("goals-page")
        status = quit_app(self.app)
        if status != 0:
            raise AssertionError(f"tandem exited with status {status}")

    def run(self):
        try:
            self.step("tandem starts", self.start)
            self.step("choosing My Own Goals shows the empty Goals page", self.choose_profile)
            self.step("New Goal opens the wizard", self.open_wizard)
            self.step("the Reduce anxiety template goes through to the review",
                      self.smart_from_template)
            self.step("Save Goal stores it and closes the wizard", self.save)
            self.step("the Goals page lists it", lambda: self.goal_appears("Reduce my anxiety"))
            self.step("New Goal opens the wizard again", self.open_wizard)
            self.step("an empty PACT title is explained beside the field and blocks Next",
                      self.pact_title_required)
            self.step("a PACT goal written from scratch is saved", self.pact_fill_and_save)
            self.step("the Goals page lists the PACT goal", lambda: self.goal_appears("Move every day"))
            self.step("tandem-cli goal list shows both goals", self.cli_lists_both)
            if self.app is not None:
                self.failed = False
                self.step("tandem quits cleanly", self.quits_cleanly)
            else:
                self.tap.skip("tandem quits cleanly", "tandem did not start")
        finally:
            if self.app is not None:
                self.app.stop()
            shutil.rmtree(self.tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description="The goal wizard, through AT-SPI")
    parser.add_argument("--app", required=True, help="the built tandem program")
    parser.add_argument("--cli", required=True, help="the built tandem-cli program")
    parser.add_argument("--shots", help="save screenshots into this folder")
    parser.add_argument("--dark", action="store_true", help="use the dark style")
    args = parser.parse_args()

    if not os.environ.get("DISPLAY"):
        print("1..0 # SKIP no display: run under tests/harness/tandem-headless")
        return 0

    tap = at.Tap(12)
    GoalWizard(args, tap).run()
    return tap.exit_status()


if __name__ == "__main__":
    sys.exit(main())
