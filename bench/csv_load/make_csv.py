#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Batchsmith contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a reproducible contacts CSV for bench_csv_load: make_csv.py OUT [ROWS] (default 1,000,000 rows x 12).

Realistic contact data: emails, names (some with accents), phones, dates, numbers, and quoted fields that hold
commas, doubled quotes or a line break. Same seed, same bytes.
"""
import csv
import random
import sys

FIRST = ["Ada", "Grace", "Alan", "Linus", "Margaret", "João", "Zoë", "Renée", "Søren", "Hiro", "Amélie", "Kwame",
         "Olga", "Priya", "Diego", "Fatima", "Chen", "Ingrid", "Mateus", "Aiko"]
LAST = ["Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Silva", "Müller", "Dubois", "Kowalski", "Tanaka",
        "O'Brien", "García", "Nguyen", "Okafor", "Johansson", "Rossi", "Smith", "Kim", "Costa", "Ivanova"]
COMPANIES = ["Analytical Engines", "Acme, Inc.", "Globex", "Initech", "Umbrella \"Bio\" Labs", "Hooli",
             "Stark Industries", "Wayne Enterprises", "Soylent, Corp.", "Vandelay Industries"]
CITIES = ["Paris", "São Paulo", "Tokyo", "New York, NY", "Berlin", "Lagos", "Toronto", "Sydney", "Mumbai", "Oslo"]
STAGES = ["subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer"]
EMPLOYEES = ["1-5", "5-25", "25-50", "50-100", "100-500", "500-1000", "1000+"]
# Every column is a writable default contact property of the sandbox's demo portal (app/sandbox/portal/), so the
# file imports without a column skipped; date_of_birth is a text property in HubSpot, message a textarea.
HEADER = ["email", "firstname", "lastname", "phone", "company", "city", "lifecyclestage", "date_of_birth",
          "annualrevenue", "numemployees", "website", "message"]


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    rng = random.Random(5)
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(HEADER)
        for i in range(rows):
            first = rng.choice(FIRST)
            last = rng.choice(LAST)
            email = f"{first[0].lower()}.{last.lower().replace(chr(39), '')}{i}@example.com"
            phone = f"+1 {rng.randint(200, 999)}-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
            date = f"20{rng.randint(10, 26):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            revenue = str(rng.randint(0, 5_000_000))
            employees = EMPLOYEES[rng.randint(1, 20000) % len(EMPLOYEES)]
            company = rng.choice(COMPANIES)
            website = f"{company.split()[0].lower().strip(',')}.com"
            r = rng.random()
            notes = ("Met at the fair, then followed up" if r < 0.1 else
                     "Asked for a \"demo\"" if r < 0.15 else
                     "Two lines:\ncall back" if r < 0.17 else "")
            writer.writerow([email, first, last, phone, company, rng.choice(CITIES), rng.choice(STAGES), date,
                             revenue, employees, website, notes])


if __name__ == "__main__":
    main()
