#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Batchsmith contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The yardstick for bench_csv_load: python_csv.py FILE times python3's csv module on FILE, once merely iterating
(`for r in csv.reader(f): pass`) and once building the list of rows (`rows = list(csv.reader(f))`), and prints
`python_csv: rows=N iterate_s=X list_s=Y`."""
import csv
import sys
import time


def main():
    path = sys.argv[1]
    start = time.perf_counter()
    with open(path, newline="", encoding="utf-8-sig") as f:
        for _ in csv.reader(f):
            pass
    iterate = time.perf_counter() - start
    start = time.perf_counter()
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    listed = time.perf_counter() - start
    print(f"python_csv: rows={len(rows) - 1} iterate_s={iterate:.3f} list_s={listed:.3f}")


if __name__ == "__main__":
    main()
