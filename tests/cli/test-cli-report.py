#!/usr/bin/python3
# test-cli-report.py
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `tandem-cli report`: a PDF for a person and a period, and the refusals
# that write no file.

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import unittest

CLI = sys.argv.pop(1)
POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo"))


def run(*args, db=None):
    env = dict(os.environ)
    env.pop("TANDEM_DB", None)
    command = [CLI] + (["--db", db] if db else []) + list(args)
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


class ReportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db = os.path.join(cls.tmp.name, "tandem.db")
        result = run("demo", "--profile", "client", "--today", "2026-11-22", db=cls.db)
        assert result.returncode == 0, result.stderr

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def out(self, name):
        return os.path.join(self.tmp.name, name)

    def test_report_writes_a_private_pdf(self):
        pdf = self.out("Tandem report – Alex – 2026-11.pdf")
        result = run("report", "--person", "1", "--from", "2026-10-26", "--to", "2026-11-22",
                     "-o", pdf, db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        with open(pdf, "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")
        self.assertEqual(stat.S_IMODE(os.stat(pdf).st_mode), 0o600)
        # Nothing is left beside it from the atomic write.
        self.assertEqual([n for n in os.listdir(self.tmp.name) if n.startswith("Tandem report") and n != os.path.basename(pdf)], [])

        if not POPPLER:
            self.skipTest("poppler-utils are not installed")
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
        pages = int(next(line.split(":")[1] for line in info.splitlines() if line.startswith("Pages:")))
        self.assertGreaterEqual(pages, 2)
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
        flat = " ".join(text.split())
        for needle in ("Alex", "Progress report", "26 October 2026 – 22 November 2026",
                       "Reduce my anxiety", "Check-in calendar", "Homework", "Wins",
                       "Page 1 of %d" % pages, "Page %d of %d" % (pages, pages)):
            self.assertIn(needle, flat)

    def test_report_by_uuid(self):
        import sqlite3
        with sqlite3.connect(self.db) as conn:
            uuid = conn.execute("SELECT uuid FROM person WHERE id = 1").fetchone()[0]
        pdf = self.out("by-uuid.pdf")
        result = run("report", "--person", uuid, "--from", "2026-11-01", "--to", "2026-11-01",
                     "-o", pdf, db=self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.exists(pdf))

    def test_refusals_write_nothing(self):
        pdf = self.out("refused.pdf")
        cases = [
            (["--person", "1", "--from", "2026-11-22", "--to", "2026-10-26"], 2,
             "The period ends on 2026-10-26, before it starts on 2026-11-22"),
            (["--person", "1", "--from", "2026-02-30", "--to", "2026-03-31"], 2,
             "“2026-02-30” is not a day that exists"),
            (["--person", "1", "--from", "2026-11-01", "--to", "2026-11-31"], 2,
             "“2026-11-31” is not a day that exists"),
            (["--person", "1", "--from", "yesterday", "--to", "2026-11-22"], 2,
             "“yesterday” is not a day that exists"),
            (["--person", "99", "--from", "2026-11-01", "--to", "2026-11-22"], 1,
             "There is no person with the id or UUID “99”."),
            (["--from", "2026-11-01", "--to", "2026-11-22"], 2, "--person"),
            (["--person", "1", "--to", "2026-11-22"], 2, "--from and --to"),
        ]
        for args, status, message in cases:
            result = run("report", *args, "-o", pdf, db=self.db)
            self.assertEqual(result.returncode, status, (args, result.stderr))
            self.assertTrue(result.stderr.startswith("tandem-cli: "), result.stderr)
            self.assertIn(message, result.stderr)
            self.assertFalse(os.path.exists(pdf), args)

        result = run("report", "--person", "1", "--from", "2026-11-01", "--to", "2026-11-22", db=self.db)
        self.assertEqual(result.returncode, 2)
        self.assertIn("-o", result.stderr)

    def test_unwritable_place_keeps_the_old_file(self):
        missing = os.path.join(self.tmp.name, "no such folder", "report.pdf")
        result = run("report", "--person", "1", "--from", "2026-11-01", "--to", "2026-11-22",
                     "-o", missing, db=self.db)
        self.assertEqual(result.returncode, 1)
        self.assertIn("The report was not saved.", result.stderr)
        self.assertFalse(os.path.exists(missing))

    def test_help(self):
        result = run("report", "--help")
        self.assertEqual(result.returncode, 0)
        for option in ("--person", "--from", "--to", "--output"):
            self.assertIn(option, result.stdout)
        self.assertIn("report", run("--help").stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
