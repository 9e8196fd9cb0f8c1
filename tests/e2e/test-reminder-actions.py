#!/usr/bin/python3
# test-reminder-actions.py: what people do with tandem-reminders'
# notifications, through dunst: "Check In" opens the application on the
# check-in, "Snooze" is stored and survives a restart, "Done" completes
# homework, closing is recorded as dismissed; reminders missed while the
# service was stopped are shown once, gathered; Reschedule() over D-Bus
# (as tandem-cli calls it) makes a new reminder fire. Prints TAP.
#
# The application's side of "Check In" is played by fake-tandem-app.py, a
# small owner of the application's bus name that records the calls it gets.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run inside tests/harness/tandem-headless (it needs a session bus and dunst):
#
#   tandem-headless -- /usr/bin/python3 test-reminder-actions.py \
#       --service _build/src/reminders/tandem-reminders --cli _build/src/cli/tandem-cli

import argparse
import datetime
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid

BUS_NAME = "io.github.tandemgoals.Tandem.Reminders"
APP_NAME = "io.github.tandemgoals.Tandem"
HERE = os.path.dirname(os.path.abspath(__file__))
DUE_IN_S = 1.5
# Sanitizer builds start slowly: the meson timeout is the real limit.
TIMEOUT_S = 30.0
US = 1_000_000

# Owns org.freedesktop.login1 on the bus at argv[1] and says the machine
# has resumed, as logind does.
LOGIND_RESUMES = """
import sys
from gi.repository import Gio, GLib
bus = Gio.DBusConnection.new_for_address_sync(
    sys.argv[1], Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
    | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)
bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
              "RequestName", GLib.Variant("(su)", ("org.freedesktop.login1", 0)),
              None, Gio.DBusCallFlags.NONE, -1, None)
bus.emit_signal(None, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                "PrepareForSleep", GLib.Variant("(b)", (False,)))
bus.flush_sync(None)
"""


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


def gdbus_call(*args):
    return subprocess.run(["gdbus", "call", "--session", "--timeout", "5"] + list(args),
                          capture_output=True, text=True, check=False)


def name_has_owner(name):
    result = gdbus_call("--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus",
                        "--method", "org.freedesktop.DBus.NameHasOwner", name)
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


def choose(text):
    """Picks the action whose menu line contains @text, through dunst's menu."""
    runtime = os.environ["XDG_RUNTIME_DIR"]
    with open(os.path.join(runtime, "dunst-choice"), "w", encoding="utf-8") as choice:
        choice.write(text + "\n")
    subprocess.run(["dunstctl", "context"], check=True, timeout=TIMEOUT_S)


class ActionsTest:
    def __init__(self, service, cli):
        self.service = service
        self.cli = cli
        self.tmp = tempfile.mkdtemp(prefix="reminder-actions-")
        self.db = os.path.join(self.tmp, "tandem.db")
        self.log = os.path.join(self.tmp, "service.log")
        self.app_log = os.path.join(self.tmp, "app-calls.jsonl")
        self.monitor_log = os.path.join(self.tmp, "dbus-monitor.log")
        self.proc = None
        self.app = None
        self.monitor = None
        self.system_bus = None
        self.goal_id = 0
        self.goal_uuid = None
        self.homework_uuid = None
        self.ids = {}

    # Helpers ---------------------------------------------------------------

    def sql(self, query, *args):
        with sqlite3.connect(self.db) as conn:
            return conn.execute(query, args).fetchall()

    def tandem_cli(self, *args, stdin=None):
        result = subprocess.run([self.cli, "--db", self.db] + list(args), capture_output=True,
                                text=True, input=stdin, timeout=TIMEOUT_S, check=False)
        if result.returncode != 0:
            raise AssertionError(f"tandem-cli {' '.join(args[:2])}: {result.stderr}")
        return result.stdout

    def add_reminder(self, kind, target=None):
        # Once, far ahead: it fires only when a test makes it due.
        args = ["reminder", "add", "--kind", kind, "--schedule", "once", "--times", "09:00",
                "--start", "2099-01-01", "--json"]
        if target:
            args += ["--target", target]
        return json.loads(self.tandem_cli(*args))["id"]

    def start(self, extra_env=None):
        env = dict(os.environ, G_MESSAGES_DEBUG="tandem-reminders")
        env.update(extra_env or {})
        with open(self.log, "a", encoding="utf-8") as log:
            self.proc = subprocess.Popen([self.service, "--db", self.db], env=env,
                                         stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        wait_until(lambda: name_has_owner(BUS_NAME) or self.proc.poll() is not None,
                   TIMEOUT_S, f"{BUS_NAME} on the session bus")
        if self.proc.poll() is not None:
            raise AssertionError(f"exited with status {self.proc.returncode}")
        # Started up: it logs its first schedule.
        wait_until(lambda: "Computing the schedule again: started" in self.service_log(),
                   TIMEOUT_S, "the service to start")

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        status = self.proc.wait(TIMEOUT_S)
        wait_until(lambda: not name_has_owner(BUS_NAME), TIMEOUT_S, "the bus name to go")
        self.proc = None
        # Also a leak report in the sanitizer build ends with another status.
        if status != 0:
            raise AssertionError(f"the service exited with status {status}")

    def service_log(self):
        with open(self.log, encoding="utf-8", errors="replace") as log:
            return log.read()

    def make_due(self, name):
        """Another program makes reminder @name due soon; returns the due time."""
        due_us = int((time.time() + DUE_IN_S) * US)
        self.sql("UPDATE reminder SET snoozed_until = ?, next_due = ? WHERE id = ?",
                 due_us, due_us, self.ids[name])
        # As the application does after a change (the file monitor would
        # notice it too).
        self.call_reschedule()
        wait_until(lambda: displayed() == 1, DUE_IN_S + TIMEOUT_S, f"the {name} reminder")
        return due_us

    def outcome(self, name, due_us):
        rows = self.sql("SELECT outcome FROM reminder_firing WHERE reminder_id = ? AND due_at = ?",
                        self.ids[name], due_us)
        return rows[0][0] if rows else None

    def wait_outcome(self, name, due_us, expected):
        wait_until(lambda: self.outcome(name, due_us) == expected, TIMEOUT_S,
                   f"the outcome “{expected}” (now {self.outcome(name, due_us)})")

    def app_calls(self):
        """The calls the stand-in application logged, complete lines only."""
        if not os.path.exists(self.app_log):
            return []
        with open(self.app_log, encoding="utf-8") as log:
            return [json.loads(line) for line in log if line.endswith("\n")]

    def menu_log(self):
        path = os.path.join(os.environ["XDG_RUNTIME_DIR"], "dunst-menu.log")
        if not os.path.exists(path):
            return ""
        with open(path, encoding="utf-8") as log:
            return log.read()

    # Tests -----------------------------------------------------------------

    def set_up(self):
        self.tandem_cli("init", "--name", "Robin")
        goal = json.loads(self.tandem_cli("goal", "add", "--person", "1", "--template",
                                          "reduce-anxiety", "--json", stdin="{}"))
        self.goal_id = goal["id"]
        self.goal_uuid = goal["uuid"]
        self.homework_uuid = str(uuid.uuid4())
        now_us = int(time.time() * US)
        self.sql("INSERT INTO homework (uuid, created_at, updated_at, person_id, title, "
                 "assigned_on) VALUES (?, ?, ?, 1, 'Breathing practice', '2026-01-01')",
                 self.homework_uuid, now_us, now_us)
        self.ids["check-in"] = self.add_reminder("check-in", self.goal_uuid)
        self.ids["snooze"] = self.add_reminder("custom")
        self.ids["homework"] = self.add_reminder("homework", self.homework_uuid)
        self.ids["dismiss"] = self.add_reminder("questionnaire")

        self.monitor = subprocess.Popen(
            ["dbus-monitor", "--session",
             "type='method_call',interface='org.freedesktop.Application'",
             "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"],
            stdout=open(self.monitor_log, "w", encoding="utf-8"), stderr=subprocess.DEVNULL)
        self.app = subprocess.Popen([sys.executable, os.path.join(HERE, "fake-tandem-app.py"),
                                     self.app_log], stdout=sys.stderr)
        wait_until(lambda: name_has_owner(APP_NAME), TIMEOUT_S, "the stand-in application")
        if displayed() != 0:
            raise AssertionError("dunst already shows a notification")
        self.start()

    def check_in(self):
        due_us = self.make_due("check-in")
        choose("Check In")
        self.wait_outcome("check-in", due_us, "acted")
        # The stand-in may have opened its log but not yet written the line.
        wait_until(lambda: self.app_calls(), TIMEOUT_S, "the application's call")
        calls = self.app_calls()
        expected = {"method": "ActivateAction", "args": ["check-in", [self.goal_id], {}]}
        call = calls[0]
        call["args"][2] = {}  # platform data (an activation token) may vary
        if calls != [expected] and [call] != [expected]:
            raise AssertionError(f"calls to the application: {calls}")
        wait_until(lambda: displayed() == 0, TIMEOUT_S, "the notification to close")
        with open(self.monitor_log, encoding="utf-8") as log:
            monitored = log.read()
        if "member=ActivateAction" not in monitored or f"int64 {self.goal_id}" not in monitored:
            raise AssertionError("dbus-monitor saw no ActivateAction with the goal id")
        # Acting is recorded once: the close that follows does not count.
        if self.outcome("check-in", due_us) != "acted":
            raise AssertionError(f"outcome {self.outcome('check-in', due_us)}")

    def offered_actions(self):
        menu = self.menu_log()
        for label in ("Check In", "Snooze 10 Minutes", "Snooze 1 Hour"):
            if label not in menu:
                raise AssertionError(f"“{label}” was not offered: {menu}")

    def snooze(self):
        due_us = self.make_due("snooze")
        before = time.time()
        choose("Snooze 10 Minutes")
        self.wait_outcome("snooze", due_us, "snoozed")
        (until, next_due), = self.sql("SELECT snoozed_until, next_due FROM reminder WHERE id = ?",
                                      self.ids["snooze"])
        expected = (before + 600) * US
        if not expected - 2 * US <= until <= expected + TIMEOUT_S * US:
            raise AssertionError(f"snoozed until {until}, expected about {expected:.0f}")
        if next_due != until:
            raise AssertionError(f"next due {next_due}, snoozed until {until}")
        self.snoozed_until = until
        wait_until(lambda: displayed() == 0, TIMEOUT_S, "the notification to close")

    def snooze_survives_restart(self):
        self.stop()
        self.start()
        time.sleep(0.5)
        (until, next_due), = self.sql("SELECT snoozed_until, next_due FROM reminder WHERE id = ?",
                                      self.ids["snooze"])
        if until != self.snoozed_until or next_due != until:
            raise AssertionError(f"after a restart: snoozed until {until}, next due {next_due}")
        coming = json.loads(self.tandem_cli("reminder", "next", "--json", "--count", "1"))
        if not coming or coming[0]["id"] != self.ids["snooze"] or coming[0]["due_us"] != until:
            raise AssertionError(f"tandem-cli reminder next: {coming}")
        if displayed() != 0:
            raise AssertionError("something was shown after the restart")

    def done(self):
        due_us = self.make_due("homework")
        choose("Done")
        self.wait_outcome("homework", due_us, "acted")
        (done_at,), = self.sql("SELECT done_at FROM homework WHERE uuid = ?", self.homework_uuid)
        if done_at is None or abs(done_at / US - time.time()) > TIMEOUT_S:
            raise AssertionError(f"homework done at {done_at}")
        wait_until(lambda: displayed() == 0, TIMEOUT_S, "the notification to close")

    def dismissed(self):
        due_us = self.make_due("dismiss")
        subprocess.run(["dunstctl", "close"], check=True)
        self.wait_outcome("dismiss", due_us, "dismissed")
        wait_until(lambda: displayed() == 0, TIMEOUT_S, "the notification to close")

    def missed_shown_once(self):
        self.stop()
        # Three reminders that came due while the service was stopped: once,
        # a few minutes ago, made an hour ago.
        past = datetime.datetime.now().astimezone() - datetime.timedelta(minutes=5)
        ids = []
        for _ in range(3):
            ids.append(json.loads(self.tandem_cli(
                "reminder", "add", "--kind", "custom", "--schedule", "once",
                "--times", past.strftime("%H:%M"), "--start", past.strftime("%Y-%m-%d"),
                "--json"))["id"])
        hour_ago = int((time.time() - 3600) * US)
        self.sql(f"UPDATE reminder SET updated_at = ? WHERE id IN ({','.join('?' * 3)})",
                 hour_ago, *ids)
        self.missed_ids = ids
        with open(self.monitor_log, encoding="utf-8") as log:
            self.notify_calls = log.read().count("member=Notify")
        self.start()
        wait_until(lambda: displayed() >= 1, TIMEOUT_S, "the missed reminders")
        time.sleep(1.0)
        if displayed() != 1:
            raise AssertionError(f"{displayed()} notifications, expected one for all three")
        with open(self.monitor_log, encoding="utf-8") as log:
            monitored = log.read()
        if monitored.count("member=Notify") != self.notify_calls + 1:
            raise AssertionError("not exactly one Notify call")
        if "3 reminders were missed while Tandem was closed" not in monitored:
            raise AssertionError("the gathered notification's text was not sent")
        (count,), = self.sql(f"SELECT count(*) FROM reminder_firing WHERE outcome = 'missed' "
                             f"AND reminder_id IN ({','.join('?' * 3)})", *ids)
        if count != 3:
            raise AssertionError(f"{count} missed firings recorded, expected 3")
        subprocess.run(["dunstctl", "close-all"], check=True)
        wait_until(lambda: displayed() == 0, TIMEOUT_S, "dunst to close it")

    def missed_not_again(self):
        self.stop()
        self.start()
        time.sleep(1.5)
        if displayed() != 0:
            raise AssertionError("the missed reminders were shown again")
        (count,), = self.sql("SELECT count(*) FROM reminder_firing WHERE outcome = 'missed'")
        if count != 3:
            raise AssertionError(f"{count} missed firings, expected 3")

    def call_reschedule(self):
        return gdbus_call("--dest", BUS_NAME,
                          "--object-path", "/io/github/tandemgoals/Tandem/Reminders",
                          "--method", "io.github.tandemgoals.Tandem.Reminders1.Reschedule")

    def reschedule(self):
        result = gdbus_call("--dest", BUS_NAME,
                            "--object-path", "/io/github/tandemgoals/Tandem/Reminders",
                            "--method", "io.github.tandemgoals.Tandem.Reminders1.Reschedule")
        if result.returncode != 0 or result.stdout.strip() != "()":
            raise AssertionError(f"Reschedule(): {result.stderr or result.stdout}")
        if "Computing the schedule again: asked over D-Bus" not in self.service_log():
            raise AssertionError("the service did not compute its schedule again")

    def cli_wakes_service(self):
        # tandem-cli calls Reschedule() after it adds a reminder, and the
        # new reminder fires at its time.
        before = self.service_log().count("asked over D-Bus")
        soon = datetime.datetime.now().astimezone() + datetime.timedelta(minutes=1)
        soon = soon.replace(second=0, microsecond=0)
        new_id = json.loads(self.tandem_cli(
            "reminder", "add", "--kind", "check-in", "--schedule", "once",
            "--times", soon.strftime("%H:%M"), "--start", soon.strftime("%Y-%m-%d"),
            "--json"))["id"]
        wait_until(lambda: self.service_log().count("asked over D-Bus") > before, TIMEOUT_S,
                   "tandem-cli's Reschedule()")
        wait_until(lambda: displayed() == 1, 75 + TIMEOUT_S, "the new reminder")
        late = time.time() - soon.timestamp()
        print(f"# shown {late:+.3f} s after its due time", flush=True)
        if late < 0 or late > 1.5:
            raise AssertionError(f"shown {late:+.3f} s from its due time")
        (outcome,), = self.sql("SELECT outcome FROM reminder_firing WHERE reminder_id = ?", new_id)
        if outcome != "shown":
            raise AssertionError(f"outcome {outcome}")

    def resume(self):
        # logind on a bus of our own, standing in for the system bus: the
        # service computes its schedule again when the machine resumes.
        self.stop()
        self.system_bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork",
                                            "--print-address=1"],
                                           stdout=subprocess.PIPE, text=True)
        address = self.system_bus.stdout.readline().strip()
        self.start({"DBUS_SYSTEM_BUS_ADDRESS": address})
        wait_until(lambda: "Watching for resume from suspend" in self.service_log(), TIMEOUT_S,
                   "the service to watch logind")
        emit = subprocess.run([sys.executable, "-c", LOGIND_RESUMES, address],
                              capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
        if emit.returncode != 0:
            raise AssertionError(f"could not stand in for logind: {emit.stderr}")
        wait_until(lambda: "Computing the schedule again: the machine resumed" in self.service_log(),
                   TIMEOUT_S, "the service to notice the resume")

    def run(self):
        tap = Tap(12)
        try:
            tap.run("a database, the service and a stand-in application are ready", self.set_up)
            tap.run("“Check In” activates the application's check-in action with the goal",
                    self.check_in)
            tap.run("check-in reminders offer Check In and both snoozes", self.offered_actions)
            tap.run("“Snooze 10 Minutes” stores the snooze and records it", self.snooze)
            tap.run("a restart keeps the snooze; tandem-cli reminder next agrees",
                    self.snooze_survives_restart)
            tap.run("“Done” on a homework reminder completes the homework", self.done)
            tap.run("closing a notification records it as dismissed", self.dismissed)
            tap.run("three reminders missed while stopped are shown once, together",
                    self.missed_shown_once)
            tap.run("missed reminders are not shown again after another restart",
                    self.missed_not_again)
            tap.run("Reschedule() over D-Bus computes the schedule again", self.reschedule)
            tap.run("tandem-cli wakes the service, and the new reminder fires on time",
                    self.cli_wakes_service)
            tap.run("resuming from suspend (logind's PrepareForSleep) reschedules", self.resume)
        finally:
            for proc in (self.proc, self.app, self.monitor, self.system_bus):
                if proc is not None and proc.poll() is None:
                    proc.terminate()
                    try:
                        proc.wait(5)
                    except subprocess.TimeoutExpired:
                        proc.kill()
                        proc.wait()
            if tap.failed and os.path.exists(self.log):
                for line in self.service_log().splitlines()[-60:]:
                    print(f"# {line}", flush=True)
            shutil.rmtree(self.tmp, ignore_errors=True)
        return 1 if tap.failed else 0


def main():
    parser = argparse.ArgumentParser(description="Act on tandem-reminders' notifications")
    parser.add_argument("--service", required=True, help="the built tandem-reminders")
    parser.add_argument("--cli", required=True, help="the built tandem-cli")
    args = parser.parse_args()
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("1..0 # SKIP no session bus: run under tests/harness/tandem-headless")
        return 0
    return ActionsTest(args.service, args.cli).run()


if __name__ == "__main__":
    sys.exit(main())
