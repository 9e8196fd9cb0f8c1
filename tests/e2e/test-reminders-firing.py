#!/usr/bin/python3
# test-reminders-firing.py: tandem-reminders shows a reminder when it is due,
# records the firing first, never shows it again after a restart, and
# notices another program's changes to the database.
# Prints TAP.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run inside tests/harness/tandem-headless (it needs a session bus and dunst):
#
#   tandem-headless -- /usr/bin/python3 test-reminders-firing.py \
#       --service _build/src/reminders/tandem-reminders --cli _build/src/cli/tandem-cli

import argparse
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

BUS_NAME = "io.github.tandemgoals.Tandem.Reminders"
DUE_IN_S = 2.0
# How late a notification may be, measured from its due time; the target is
# one second, the rest is slack for a loaded test machine and dunst.
LATE_S = 1.5
# Sanitizer builds start slowly: the meson timeout is the real limit.
TIMEOUT_S = 30.0


class Tap:
    def __init__(self, planned):
        self.number = 0
        self.failed = 0
        print(f"1..{planned}", flush=True)

    def run(self, description, function):
        self.number += 1
        try:
            function()
        except Exception as error:
            self.failed += 1
            print(f"not ok {self.number} - {description}: {error}", flush=True)
        else:
            print(f"ok {self.number} - {description}", flush=True)


def name_has_owner(name):
    result = subprocess.run(["gdbus", "call", "--session", "--timeout", "5",
                             "--dest", "org.freedesktop.DBus",
                             "--object-path", "/org/freedesktop/DBus",
                             "--method", "org.freedesktop.DBus.NameHasOwner", name],
                            capture_output=True, text=True, check=False)
    return result.stdout.strip() == "(true,)"


def wait_until(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.02)


def displayed():
    result = subprocess.run(["dunstctl", "count", "displayed"], capture_output=True,
                            text=True, check=True)
    return int(result.stdout.strip())


class FiringTest:
    def __init__(self, service, cli):
        self.service = service
        self.cli = cli
        self.tmp = tempfile.mkdtemp(prefix="reminders-")
        self.db = os.path.join(self.tmp, "tandem.db")
        self.proc = None
        self.due_us = 0
        self.reminder_id = 0

    def sql(self, query, *args):
        with sqlite3.connect(self.db) as conn:
            return conn.execute(query, args).fetchall()

    def start(self, env_extra=None):
        env = dict(os.environ, G_MESSAGES_DEBUG="tandem-reminders", **(env_extra or {}))
        self.proc = subprocess.Popen([self.service, "--db", self.db], env=env,
                                     stdin=subprocess.DEVNULL, stdout=sys.stderr)
        wait_until(lambda: name_has_owner(BUS_NAME) or self.proc.poll() is not None,
                   TIMEOUT_S, f"{BUS_NAME} on the session bus")
        if self.proc.poll() is not None:
            raise AssertionError(f"exited with status {self.proc.returncode}")

    def stop(self, sig=signal.SIGTERM):
        self.proc.send_signal(sig)
        self.proc.wait(TIMEOUT_S)
        wait_until(lambda: not name_has_owner(BUS_NAME), TIMEOUT_S, "the bus name to go")
        self.proc = None

    def set_up(self):
        for args in (["init", "--name", "Robin"],
                     ["reminder", "add", "--kind", "check-in", "--schedule", "daily",
                      "--times", "04:00", "--json"]):
            result = subprocess.run([self.cli, "--db", self.db] + args, capture_output=True,
                                    text=True, timeout=TIMEOUT_S, check=False)
            if result.returncode != 0:
                raise AssertionError(f"tandem-cli {args[0]}: {result.stderr}")
        self.reminder_id = json.loads(result.stdout)["id"]
        # Snoozed until two seconds from now: that is its next due time.
        self.due_us = int((time.time() + DUE_IN_S) * 1_000_000)
        self.sql("UPDATE reminder SET snoozed_until = ?, next_due = ? WHERE id = ?",
                 self.due_us, self.due_us, self.reminder_id)
        if displayed() != 0:
            raise AssertionError("dunst already shows a notification")

    def shown_when_due(self):
        self.start()
        if displayed() != 0:
            raise AssertionError("shown before it was due")
        wait_until(lambda: displayed() >= 1, DUE_IN_S + TIMEOUT_S, "the notification")
        late = time.time() - self.due_us / 1_000_000
        print(f"# shown {late:+.3f} s after its due time", flush=True)
        if late < 0:
            raise AssertionError(f"shown {-late:.3f} s early")
        if late > LATE_S:
            raise AssertionError(f"shown {late:.3f} s late")
        time.sleep(0.5)
        if displayed() != 1:
            raise AssertionError(f"{displayed()} notifications, expected 1")

    def recorded(self):
        rows = self.sql("SELECT outcome, fired_at FROM reminder_firing "
                        "WHERE reminder_id = ? AND due_at = ?", self.reminder_id, self.due_us)
        if len(rows) != 1 or rows[0][0] != "shown":
            raise AssertionError(f"firings: {rows}")
        (next_due,), = self.sql("SELECT next_due FROM reminder WHERE id = ?", self.reminder_id)
        if next_due is None or next_due <= self.due_us:
            raise AssertionError(f"next due time not moved on: {next_due}")

    def neutral_wording(self):
        subprocess.run(["dunstctl", "close-all"], check=True)
        wait_until(lambda: displayed() == 0, TIMEOUT_S, "dunst to close it")
        history = subprocess.run(["dunstctl", "history"], capture_output=True, text=True,
                                 check=True).stdout
        if "Time for your check-in" not in history:
            raise AssertionError(f"not in dunst's history: {history[:400]}")

    def restart_does_not_repeat(self):
        self.stop()
        self.start()
        time.sleep(1.5)
        if displayed() != 0:
            raise AssertionError("shown again after a restart")

    def notices_other_writers(self):
        # Another program snoozes the reminder until two seconds from now:
        # the running service sees the change and shows it then.
        due_us = int((time.time() + DUE_IN_S) * 1_000_000)
        self.sql("UPDATE reminder SET snoozed_until = ?, next_due = ? WHERE id = ?",
                 due_us, due_us, self.reminder_id)
        wait_until(lambda: displayed() >= 1, DUE_IN_S + TIMEOUT_S, "the notification")
        late = time.time() - due_us / 1_000_000
        print(f"# shown {late:+.3f} s after its due time", flush=True)
        if late < 0 or late > LATE_S:
            raise AssertionError(f"shown {late:+.3f} s from its due time")
        subprocess.run(["dunstctl", "close-all"], check=True)
        wait_until(lambda: displayed() == 0, TIMEOUT_S, "dunst to close it")

    def killed_before_rescheduling(self):
        # As if the service had been killed between recording the firing
        # and moving the reminder on: the recorded firing still wins.
        self.stop(signal.SIGKILL)
        self.sql("UPDATE reminder SET next_due = ? WHERE id = ?", self.due_us, self.reminder_id)
        self.start()
        time.sleep(1.5)
        if displayed() != 0:
            raise AssertionError("shown again after a kill")
        (count,), = self.sql("SELECT count(*) FROM reminder_firing WHERE due_at = ?",
                             self.due_us)
        if count != 1:
            raise AssertionError(f"{count} firings, expected 1")
        self.stop()

    def titles_when_chosen(self):
        # Preferences' "Show goal titles in notifications", as GSettings'
        # keyfile backend stores it, and a check-in reminder for one goal.
        config = os.path.join(self.tmp, "config")
        os.makedirs(os.path.join(config, "glib-2.0", "settings"))
        with open(os.path.join(config, "glib-2.0", "settings", "keyfile"), "w") as keyfile:
            keyfile.write("[io/github/tandemgoals/Tandem]\nnotifications-show-titles=true\n")
        goal = subprocess.run([self.cli, "--db", self.db, "goal", "add", "--person", "1",
                               "--template", "emotional-regulation", "--json"],
                              input='{"title": "Walk to the park"}', capture_output=True,
                              text=True, timeout=TIMEOUT_S, check=True)
        uuid = json.loads(goal.stdout)["uuid"]
        added = subprocess.run([self.cli, "--db", self.db, "reminder", "add", "--kind", "check-in",
                                "--schedule", "daily", "--times", "04:00", "--target", uuid,
                                "--json"], capture_output=True, text=True, timeout=TIMEOUT_S,
                               check=True)
        reminder_id = json.loads(added.stdout)["id"]
        self.sql("UPDATE reminder SET enabled = 0 WHERE id = ?", self.reminder_id)
        due_us = int((time.time() + DUE_IN_S) * 1_000_000)
        self.sql("UPDATE reminder SET snoozed_until = ?, next_due = ? WHERE id = ?",
                 due_us, due_us, reminder_id)
        self.start({"GSETTINGS_BACKEND": "keyfile", "XDG_CONFIG_HOME": config})
        wait_until(lambda: displayed() >= 1, DUE_IN_S + TIMEOUT_S, "the notification")
        subprocess.run(["dunstctl", "close-all"], check=True)
        wait_until(lambda: displayed() == 0, TIMEOUT_S, "dunst to close it")
        history = subprocess.run(["dunstctl", "history"], capture_output=True, text=True,
                                 check=True).stdout
        if "Walk to the park" not in history:
            raise AssertionError(f"the goal's title is not in dunst's history: {history[:400]}")
        self.stop()

    def run(self):
        tap = Tap(8)
        try:
            tap.run("a reminder and a notification server are ready", self.set_up)
            tap.run(f"a reminder due in {DUE_IN_S:.0f} s is shown once, on time",
                    self.shown_when_due)
            tap.run("the firing is recorded and the reminder moved on", self.recorded)
            tap.run("the notification uses neutral wording", self.neutral_wording)
            tap.run("restarting the service does not show it again",
                    self.restart_does_not_repeat)
            tap.run("a change by another program is noticed", self.notices_other_writers)
            tap.run("a service killed before rescheduling does not show it again",
                    self.killed_before_rescheduling)
            tap.run("with goal titles chosen in Preferences, the notification names the goal",
                    self.titles_when_chosen)
        finally:
            if self.proc is not None and self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            shutil.rmtree(self.tmp, ignore_errors=True)
        return 1 if tap.failed else 0


def main():
    parser = argparse.ArgumentParser(description="Fire a reminder through tandem-reminders")
    parser.add_argument("--service", required=True, help="the built tandem-reminders")
    parser.add_argument("--cli", required=True, help="the built tandem-cli")
    args = parser.parse_args()
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("1..0 # SKIP no session bus: run under tests/harness/tandem-headless")
        return 0
    return FiringTest(args.service, args.cli).run()


if __name__ == "__main__":
    sys.exit(main())
