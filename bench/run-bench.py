#!/usr/bin/python3
# run-bench.py: Tandem's speed and memory on the reference database, each
# against its floor, as a markdown table.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run it inside tests/harness/tandem-headless (meson test --suite bench does):
#
#   run-bench.py --build _build [--runs 5] [--idle-seconds 60] [--rebuild]
#
# It builds the reference database once (tandem-cli demo --profile therapist
# --clients 200 --years 5) into BUILD/bench/reference.db, then measures each
# figure RUNS times after one warm-up run and prints the median, minimum and
# maximum. Nothing here asserts a time: the table is the result.

import argparse
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

FIRST_FRAME = "tandem-timing: first-frame"


def log(message):
    print(f"# {message}", file=sys.stderr, flush=True)


def proc_status(pid):
    fields = {}
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as f:
            for line in f:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
    except OSError:
        pass
    return fields


def kib(value):
    return int(value.split()[0]) if value else 0


def start_until_first_frame(argv, env, timeout=60.0):
    """Starts a program, returns (process, seconds from exec to its first
    drawn frame as the program reports it)."""
    started = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True)
    deadline = started + timeout
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        if line.startswith(FIRST_FRAME):
            return proc, time.monotonic() - started
    proc.kill()
    raise RuntimeError(f"{argv[0]} drew no frame within {timeout} s")


def stop(proc):
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class Bench:
    def __init__(self, args):
        self.args = args
        self.build = os.path.abspath(args.build)
        self.cli = os.path.join(self.build, "src", "cli", "tandem-cli")
        self.app = os.path.join(self.build, "src", "app", "tandem")
        self.bare = os.path.join(self.build, "bench", "bench-bare-window")
        self.service = os.path.join(self.build, "src", "reminders", "tandem-reminders")
        self.checkins = os.path.join(self.build, "bench", "bench-checkins")
        self.switches = os.path.join(self.build, "bench", "bench-switches")
        self.reference = os.path.join(self.build, "bench", "reference.db")
        self.tmp = tempfile.mkdtemp(prefix="tandem-bench-")
        self.rows = []

    def row(self, figure, target, values, unit, digits=1):
        values = sorted(values)
        fmt = f"{{:.{digits}f}} {unit}".rstrip()
        self.rows.append((figure, target, fmt.format(statistics.median(values)),
                          fmt.format(values[0]), fmt.format(values[-1])))
        log(f"{figure}: median {fmt.format(statistics.median(values))}")

    def reference_database(self):
        if os.path.exists(self.reference) and not self.args.rebuild:
            log(f"reusing {self.reference}")
            return
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(self.reference + suffix):
                os.unlink(self.reference + suffix)
        os.makedirs(os.path.dirname(self.reference), exist_ok=True)
        started = time.monotonic()
        subprocess.run([self.cli, "--db", self.reference, "demo", "--profile", "therapist",
                        "--clients", "200", "--years", "5"], check=True)
        seconds = time.monotonic() - started
        self.row("building the reference database (1 run)", "under 60 s", [seconds], "s")

    def app_env(self, db):
        """The app in the therapist profile, with its own settings file."""
        config = os.path.join(self.tmp, "config")
        os.makedirs(os.path.join(config, "glib-2.0", "settings"), exist_ok=True)
        with open(os.path.join(config, "glib-2.0", "settings", "keyfile"), "w",
                  encoding="utf-8") as f:
            f.write("[io/github/tandemgoals/Tandem]\nprofile='therapist'\n")
        env = dict(os.environ, TANDEM_TIMING="1", TANDEM_DB=db, GSK_RENDERER="cairo",
                   GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=config,
                   GSETTINGS_SCHEMA_DIR=os.path.join(self.build, "data"))
        return env

    def first_frame_and_memory(self):
        env = self.app_env(self.reference)
        frames = {"bare": [], "tandem": []}
        peaks = {"bare": [], "tandem": []}
        for run in range(self.args.runs + 1):
            for name, argv in (("bare", [self.bare]), ("tandem", [self.app])):
                proc, seconds = start_until_first_frame(argv, env)
                time.sleep(1.0)  # let it settle: the peak includes what follows the frame
                peak = kib(proc_status(proc.pid).get("VmHWM"))
                stop(proc)
                if run == 0:
                    continue  # warm-up
                frames[name].append(seconds * 1000)
                peaks[name].append(peak / 1024)
        ratios = [t / b for t, b in zip(frames["tandem"], frames["bare"])]
        self.row("first frame, bare GTK4 + libadwaita window", "", frames["bare"], "ms", 0)
        self.row("first frame, tandem on the reference database", "", frames["tandem"], "ms", 0)
        self.row("first frame, tandem ÷ bare window", "1.2x or less", ratios, "x", 2)
        mem_ratios = [t / b for t, b in zip(peaks["tandem"], peaks["bare"])]
        self.row("peak memory, bare window", "", peaks["bare"], "MiB", 0)
        self.row("peak memory, tandem on the reference database", "", peaks["tandem"], "MiB", 0)
        self.row("peak memory, tandem ÷ bare window", "1.3x or less", mem_ratios, "x", 2)

    def check_ins(self):
        figures = {}
        for _ in range(self.args.runs):
            out = subprocess.run([self.checkins, self.reference], capture_output=True, text=True,
                                 check=True).stdout
            for line in out.splitlines():
                m = re.match(r"^(.*?)\s+median ([\d.]+) ms", line)
                if m:
                    figures.setdefault(m.group(1).strip(), []).append(float(m.group(2)))
        targets = {"save one check-in": "under 2 ms"}
        for name, values in figures.items():
            self.row(f"{name} (median of 300 each run)", targets.get(name, ""), values, "ms", 3)

    def switches_time(self):
        """The main window on the reference database, driven from inside:
        switching client (on three pages), month and chart range, each
        from the input to the end of the frame that shows it, as the
        application's timing instrument reports it; and drawing a five-year
        daily chart."""
        db = os.path.join(self.tmp, "switches.db")
        shutil.copy(self.reference, db)
        env = self.app_env(db)
        results = {}
        for _ in range(self.args.runs):
            out = subprocess.run([self.switches, db, "40"], capture_output=True, text=True,
                                 check=True, env=env).stdout
            for line in out.splitlines():
                m = re.match(r"^(\S+) median ([\d.]+) ms max [\d.]+ ms handling ([\d.]+) ms", line)
                if m:
                    results.setdefault(m.group(1), []).append((float(m.group(2)),
                                                               float(m.group(3))))
                else:
                    log(line)
        frame = "under one frame (16.7 ms)"
        figures = [
            ("switch-client-goals", "switch client, Goals page shown (median of 40 each run)", frame),
            ("switch-client-check-ins", "switch client, Check-ins page shown", frame),
            ("switch-client-progress", "switch client, Progress page shown", frame),
            ("switch-month", "switch month on the Check-ins page", frame),
            ("switch-range", "switch chart range on the Progress page", frame),
        ]
        for key, figure, target in figures:
            if key in results:
                self.row(figure, target, [t for t, _ in results[key]], "ms", 2)
                self.row("of which handling the input (query, models, widgets)", "",
                         [h for _, h in results[key]], "ms", 2)
        if "chart-draw" in results:
            self.row("draw a five-year daily chart, new data (decimation included; median of 200)",
                     "under 2 ms", [t for t, _ in results["chart-draw"]], "ms", 3)
            self.row("redraw the same chart", "", [h for _, h in results["chart-draw"]], "ms", 3)

    def reminder_service(self):
        db = os.path.join(self.tmp, "reminders.db")
        shutil.copy(self.reference, db)
        # Nothing due for the whole measurement: every reminder starts in 2099.
        with sqlite3.connect(db) as conn:
            conn.execute("UPDATE reminder SET start_date = '2099-01-01', next_due = NULL, "
                         "snoozed_until = NULL")
        rss, wakeups = [], []
        for run in range(self.args.runs):
            proc = subprocess.Popen([self.service, "--db", db], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            time.sleep(3.0)
            before = proc_status(proc.pid)
            rss.append(kib(before.get("VmRSS")) / 1024)
            if run < self.args.idle_runs:
                time.sleep(self.args.idle_seconds)
                after = proc_status(proc.pid)
                switches = lambda s: int(s.get("voluntary_ctxt_switches", 0)) + \
                    int(s.get("nonvoluntary_ctxt_switches", 0))
                wakeups.append(switches(after) - switches(before))
            stop(proc)
        self.row("tandem-reminders resident memory (reference database)", "under 10 MB", rss, "MiB", 1)
        if wakeups:
            self.row(f"tandem-reminders wake-ups in {self.args.idle_seconds} s with nothing due",
                     "none", wakeups, "", 0)

    def table(self):
        machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.release()}"
        lines = ["| figure | target | median | min | max | machine |",
                 "|---|---|---|---|---|---|"]
        for figure, target, median, low, high in self.rows:
            lines.append(f"| {figure} | {target} | {median} | {low} | {high} | {machine} |")
        return "\n".join(lines)

    def run(self):
        try:
            self.reference_database()
            self.check_ins()
            self.reminder_service()
            if os.environ.get("DISPLAY"):
                self.first_frame_and_memory()
                self.switches_time()
            else:
                log("no display: first frame and memory need tests/harness/tandem-headless")
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)
        print(self.table())
        if self.args.out:
            with open(self.args.out, "w", encoding="utf-8") as f:
                f.write(self.table() + "\n")


def main():
    parser = argparse.ArgumentParser(description="Tandem's benchmark")
    parser.add_argument("--build", required=True, help="the meson build folder")
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each figure")
    parser.add_argument("--idle-runs", type=int, default=1,
                        help="how many of the service runs also count idle wake-ups")
    parser.add_argument("--idle-seconds", type=int, default=60)
    parser.add_argument("--rebuild", action="store_true", help="build the reference database again")
    parser.add_argument("--out", help="also write the table to this file")
    Bench(parser.parse_args()).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
