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
import csv
import datetime
import os
import platform
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

FIRST_FRAME = "tandem-timing: first-frame"

IMPORT_ROWS = 1_000_000
IMPORT_GOALS = ["Walk, daily", "Good talks", "Sleep by 23:00", "Read", "Breathing practice",
                "Calls with friends", "Journal", "Stretch"]
IMPORT_NOTES = ["Felt good", "Tired, but did it", 'Said "no" and meant it', "Rain; went anyway",
                "Short one\nbut counted", "Better than yesterday", "Hard day"]


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

    def import_inputs(self):
        """Writes, once, the CSV of IMPORT_ROWS check-ins for one person and
        the same rows in the column order of the check_in table for the
        sqlite3 shell, and an empty Tandem database with that person and
        the goals the rows name."""
        template = os.path.join(self.tmp, "import-template.db")
        subprocess.run([self.cli, "--db", template, "init", "--name", "Bench Person"], check=True,
                       stdout=subprocess.DEVNULL)
        with sqlite3.connect(template) as conn:
            conn.execute("PRAGMA foreign_keys = ON")
            now = 1700000000000000
            for n, title in enumerate(IMPORT_GOALS, start=1):
                conn.execute("INSERT INTO goal (id, uuid, created_at, updated_at, person_id, framework,"
                             " title, measure_kind, measure_period, baseline, target)"
                             " VALUES (?, ?, ?, ?, 1, 'smart', ?, 'count', 'day', 0, 10)",
                             (n, f"0190a000-0000-7000-8000-{n:012x}", now, now, title))
        conn.close()

        rng = random.Random(8)
        first = datetime.date(2019, 1, 1)
        days = (datetime.date(2024, 12, 31) - first).days + 1
        tandem_csv = os.path.join(self.tmp, "check-ins.csv")
        table_csv = os.path.join(self.tmp, "check-ins-table.csv")
        epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
        with open(tandem_csv, "w", encoding="utf-8", newline="") as a, \
                open(table_csv, "w", encoding="utf-8", newline="") as b:
            tandem_rows, table_rows = csv.writer(a, lineterminator="\r\n"), csv.writer(b, lineterminator="\r\n")
            tandem_rows.writerow(["date", "goal", "value", "rating", "note", "stressors", "win",
                                  "strategies used", "uuid", "created at", "updated at"])
            table_rows.writerow(["id", "uuid", "created_at", "updated_at", "person_id", "goal_id", "day",
                                 "value", "rating", "note", "stressors", "win"])
            day_start = None
            for i in range(IMPORT_ROWS):
                day = first + datetime.timedelta(days=i * days // IMPORT_ROWS)
                if day != day_start:
                    day_start, in_day = day, 0
                    evening = datetime.datetime.combine(day, datetime.time(18), datetime.timezone.utc)
                    base_us = (evening - epoch) // datetime.timedelta(microseconds=1)
                created = base_us + in_day * 1000 + rng.randrange(1000)
                in_day += 1
                ms = created // 1000
                bits = rng.getrandbits(74)
                uuid = ((ms << 80) | (0x7 << 76) | ((bits >> 62) << 64) | (0b10 << 62)
                        | (bits & ((1 << 62) - 1)))
                text = f"{uuid:032x}"
                uuid = f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
                goal = i % len(IMPORT_GOALS)
                value = rng.randrange(13)
                rating = rng.randrange(11)
                note = rng.choice(IMPORT_NOTES) if rng.random() < 0.1 else ""
                stressors = "work; sleep" if rng.random() < 0.05 else ""
                win = rng.random() < 0.07
                iso = datetime.datetime.fromtimestamp(created // 1_000_000, datetime.timezone.utc) \
                    .strftime("%Y-%m-%dT%H:%M:%S") + f".{created % 1_000_000:06d}Z"
                tandem_rows.writerow([day.isoformat(), IMPORT_GOALS[goal], value, rating, note,
                                      stressors, "yes" if win else "no", "", uuid, iso, iso])
                table_rows.writerow([i + 1, uuid, created, created, 1, goal + 1, day.isoformat(),
                                     value, rating, note, stressors, 1 if win else 0])
        return template, tandem_csv, table_csv

    def bulk_import(self):
        """tandem-cli checkin import of IMPORT_ROWS check-ins against the
        sqlite3 shell's .import of the same rows into the same table of an
        identical fresh database (README.md, "Figures")."""
        started = time.monotonic()
        template, tandem_csv, table_csv = self.import_inputs()
        log(f"import input written in {time.monotonic() - started:.1f} s; load {os.getloadavg()}")
        shell_commands = ("PRAGMA foreign_keys = ON;\n"
                          "PRAGMA synchronous = NORMAL;\n"
                          "PRAGMA busy_timeout = 5000;\n"
                          f".import --csv --skip 1 '{table_csv}' check_in\n")
        summary = ("SELECT count(*), total(value), total(rating), sum(win), min(uuid), max(uuid), "
                   "max(created_at), max(updated_at), sum(goal_id), min(day), max(day), "
                   "sum(length(note)), sum(length(stressors)) FROM check_in")
        tandem_times, shell_times = [], []
        tandem_cpu, shell_cpu = [], []

        def timed(argv, **kwargs):
            """Runs a program; returns its wall-clock and CPU (user + system)
            seconds. CPU time varies less while others load the machine."""
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.monotonic()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, **kwargs)
            wall = time.monotonic() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

        for run in range(self.args.runs + 1):
            dbs = {}
            for name in ("tandem", "shell"):
                dbs[name] = os.path.join(self.tmp, f"import-{name}.db")
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(dbs[name] + suffix):
                        os.unlink(dbs[name] + suffix)
                shutil.copy(template, dbs[name])
            tandem_seconds, tandem_cpu_seconds = timed(
                [self.cli, "--db", dbs["tandem"], "checkin", "import", tandem_csv, "--person", "1"])
            shell_seconds, shell_cpu_seconds = timed(["sqlite3", "-bail", dbs["shell"]],
                                                     input=shell_commands, text=True)
            if run == 0:
                # Same rows, same table, same settings: checked once.
                results = {}
                for name, db in dbs.items():
                    with sqlite3.connect(db) as conn:
                        results[name] = conn.execute(summary).fetchone()
                        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
                    conn.close()
                    if mode != "wal":
                        raise RuntimeError(f"{name}: journal mode {mode}, not wal")
                if results["tandem"] != results["shell"] or results["tandem"][0] != IMPORT_ROWS:
                    raise RuntimeError(f"the two imports differ: {results}")
                continue  # warm-up
            tandem_times.append(tandem_seconds)
            shell_times.append(shell_seconds)
            tandem_cpu.append(tandem_cpu_seconds)
            shell_cpu.append(shell_cpu_seconds)
            log(f"import run {run}: tandem-cli {tandem_seconds:.2f} s ({tandem_cpu_seconds:.2f} s CPU), "
                f"sqlite3 shell {shell_seconds:.2f} s ({shell_cpu_seconds:.2f} s CPU); "
                f"load {os.getloadavg()}")
        ratios = [t / s for t, s in zip(tandem_times, shell_times)]
        cpu_ratios = [t / s for t, s in zip(tandem_cpu, shell_cpu)]
        self.row(f"bulk import of {IMPORT_ROWS:,} check-ins, tandem-cli checkin import", "",
                 tandem_times, "s", 2)
        self.row("bulk import, the sqlite3 shell's .import of the same rows", "", shell_times, "s", 2)
        self.row("bulk import, tandem-cli ÷ sqlite3 shell", "1.5x or less", ratios, "x", 2)
        self.row("bulk import, tandem-cli ÷ sqlite3 shell, CPU time (user + system)", "",
                 cpu_ratios, "x", 2)

    def table(self):
        machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.release()}"
        lines = ["| figure | target | median | min | max | machine |",
                 "|---|---|---|---|---|---|"]
        for figure, target, median, low, high in self.rows:
            lines.append(f"| {figure} | {target} | {median} | {low} | {high} | {machine} |")
        return "\n".join(lines)

    def run(self):
        try:
            if self.args.only == "import":
                self.bulk_import()
            else:
                self.reference_database()
                self.check_ins()
                self.reminder_service()
                self.bulk_import()
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
    parser.add_argument("--only", choices=["all", "import"], default="all",
                        help="measure every figure, or only the bulk import")
    Bench(parser.parse_args()).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
