#!/usr/bin/python3
# test-reminders-service.py: tandem-reminders starts, stays up, quits on
# SIGTERM, and refuses a file that is not a database. Prints TAP.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run inside tests/harness/tandem-headless (it needs a session bus and a
# notification server):
#
#   tandem-headless -- /usr/bin/python3 test-reminders-service.py \
#       --service _build/src/reminders/tandem-reminders

import argparse
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time

BUS_NAME = "io.github.tandemgoals.Tandem.Reminders"
STAY_UP_S = 1.0
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
        time.sleep(0.05)


class ServiceTest:
    def __init__(self, service):
        self.service = service
        self.tmp = tempfile.mkdtemp(prefix="reminders-")
        self.db = os.path.join(self.tmp, "data", "tandem", "tandem.db")
        self.proc = None

    def version(self):
        result = subprocess.run([self.service, "--version"], capture_output=True, text=True,
                                timeout=TIMEOUT_S, check=False)
        if result.returncode != 0 or not result.stdout.startswith("tandem-reminders "):
            raise AssertionError(f"status {result.returncode}, output {result.stdout!r}")

    def starts(self):
        env = dict(os.environ, G_MESSAGES_DEBUG="tandem-reminders")
        self.proc = subprocess.Popen([self.service, "--db", self.db], env=env,
                                     stdin=subprocess.DEVNULL, stdout=sys.stderr)
        wait_until(lambda: name_has_owner(BUS_NAME) or self.proc.poll() is not None,
                   TIMEOUT_S, f"{BUS_NAME} on the session bus")
        if self.proc.poll() is not None:
            raise AssertionError(f"exited with status {self.proc.returncode}")

    def stays_up(self):
        time.sleep(STAY_UP_S)
        if self.proc.poll() is not None:
            raise AssertionError(f"exited with status {self.proc.returncode}")
        if not os.path.exists(self.db):
            raise AssertionError(f"{self.db} was not created")
        mode = stat.S_IMODE(os.stat(self.db).st_mode)
        if mode != 0o600:
            raise AssertionError(f"database mode is {mode:04o}, expected 0600")

    def no_gtk_loaded(self):
        with open(f"/proc/{self.proc.pid}/maps", encoding="utf-8", errors="replace") as maps:
            loaded = {line.split()[-1] for line in maps if "/" in line}
        bad = sorted(path for path in loaded
                     if os.path.basename(path).startswith(("libgtk", "libadwaita", "libgdk-")))
        if bad:
            raise AssertionError(f"GTK is loaded: {bad}")

    def quits_on_sigterm(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            status = self.proc.wait(TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise AssertionError("still running after SIGTERM") from None
        if status != 0:
            raise AssertionError(f"exited with status {status}")

    def refuses_foreign_file(self):
        path = os.path.join(self.tmp, "not-a-database.db")
        with open(path, "w", encoding="utf-8") as f:
            f.write("these are not the droids you are looking for\n" * 200)
        with open(path, "rb") as f:
            before = f.read()
        result = subprocess.run([self.service, "--db", path], capture_output=True, text=True,
                                stdin=subprocess.DEVNULL, timeout=TIMEOUT_S, check=False)
        sys.stderr.write(result.stderr)
        if result.returncode != 1:
            raise AssertionError(f"exit status {result.returncode}, expected 1")
        if "Cannot open the database" not in result.stderr:
            raise AssertionError("no warning about the database on stderr")
        with open(path, "rb") as f:
            if f.read() != before:
                raise AssertionError("the file was modified")

    def run(self):
        tap = Tap(6)
        try:
            tap.run("--version prints the version", self.version)
            tap.run("the service starts and owns its bus name", self.starts)
            started = self.proc is not None and self.proc.poll() is None
            for description, function in (
                    (f"it stays up for {STAY_UP_S:.0f} s with a private database",
                     self.stays_up),
                    ("it has not loaded GTK or libadwaita", self.no_gtk_loaded),
                    ("it exits 0 on SIGTERM", self.quits_on_sigterm)):
                if started:
                    tap.run(description, function)
                else:
                    tap.number += 1
                    print(f"ok {tap.number} - {description} # SKIP did not start", flush=True)
            tap.run("a file that is not a database is refused with status 1",
                    self.refuses_foreign_file)
        finally:
            if self.proc is not None and self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            shutil.rmtree(self.tmp, ignore_errors=True)
        return 1 if tap.failed else 0


def main():
    parser = argparse.ArgumentParser(description="Start and stop tandem-reminders")
    parser.add_argument("--service", required=True, help="the built tandem-reminders")
    args = parser.parse_args()
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("1..0 # SKIP no session bus: run under tests/harness/tandem-headless")
        return 0
    return ServiceTest(args.service).run()


if __name__ == "__main__":
    sys.exit(main())
