#!/usr/bin/python3
# check-band-labels.py: every band label in data/questionnaires/*.json is
# listed for translators in src/core/tandem-scale-labels.c, and nothing else
# is listed there.
#
# Usage: check-band-labels.py SOURCE_ROOT
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import json
import os
import re
import sys


def main():
    root = sys.argv[1]
    shipped = {}
    for path in sorted(glob.glob(os.path.join(root, "data", "questionnaires", "*.json"))):
        with open(path, encoding="utf-8") as f:
            for band in json.load(f).get("bands", []):
                shipped.setdefault(band["label"], os.path.basename(path))

    with open(os.path.join(root, "src", "core", "tandem-scale-labels.c"), encoding="utf-8") as f:
        listed = set(re.findall(r'N_\("((?:[^"\\]|\\.)*)"\)', f.read()))

    status = 0
    for label, source in sorted(shipped.items()):
        if label not in listed:
            print(f"{source}: the band label {label!r} is missing from tandem-scale-labels.c")
            status = 1
    for label in sorted(listed - set(shipped)):
        print(f"tandem-scale-labels.c lists {label!r}, which no questionnaire uses")
        status = 1
    if status == 0:
        print(f"{len(shipped)} band labels, all listed for translation")
    return status


if __name__ == "__main__":
    sys.exit(main())
