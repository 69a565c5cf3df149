#!/usr/bin/env python3
"""Builds Bilat's open gazetteers (Data/gazetteers/*.tsv) from the vetted open data in ../shared/data.

Usage (from the repository root):  python3 Data/gazetteers/build.py [--shared ../shared/data]

Inputs (read-only; sources, licences and attribution in Data/gazetteers/README.md):
  geonames-cities15000/cities15000.json, countries.json   GeoNames, CC BY 4.0
  countryinfo-demonyms/countries/*.json                   countryinfo, MIT
  cia-factbook-executive/factbook_executive_diplomatic_2000_2025.tsv   CIA World Factbook, public domain
  us-census-1990-names/dist.*                             US Census 1990, public domain (ambiguity only)
  gum-wikinews-entities/*.conllu                          GUM (CC BY 2.5/4.0): lower-case English words (ambiguity only)
and the hand-written Data/dictionaries/countries.tsv, whose canonical names win.

Outputs (deterministic: same inputs, same bytes): countries.tsv, cities.tsv, officeholders.tsv.
Python 3 standard library only. The work is split over common.py (folding, word lists, the
hand-written dictionaries), places.py (countries, cities), factbook_names.py (reading the Factbook
text, names in normal case) and holders.py (tenures).
"""

import argparse
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the bundled tables

from common import (HERE, ROOT, english_words, fold, hand_rows, listed, person_names, read_hand_cities,
                    read_hand_countries, read_hand_people)
from factbook_names import normal_name
from holders import build_officeholders
from places import build_cities, build_countries, build_regions


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        for r in rows:
            f.write("\t".join("|".join(c) if isinstance(c, list) else str(c) for c in r).rstrip("\t") + "\n")


OUTPUTS = ["countries.tsv", "cities.tsv", "officeholders.tsv", "regions.tsv"]


def self_test():
    """The name rules on Factbook-style examples (run by --check)."""
    cases = {
        "Shinzo ABE": ("Shinzo Abe", "Abe"),
        "XI Jinping": ("Xi Jinping", "Xi"),
        "Abdel Fattah EL-SISI": ("Abdel Fattah El-Sisi", "Sisi"),
        "Ursula VON DER LEYEN": ("Ursula von der Leyen", "von der Leyen"),
        "MUHAMMAD BIN SALMAN bin Abd al-Aziz Al Saud": ("Muhammad bin Salman bin Abd al-Aziz Al Saud", ""),
        "Sir Nigel Kim DARROCH": ("Nigel Kim Darroch", "Darroch"),
        "ELIZABETH II": ("Elizabeth II", "Elizabeth"),
    }
    for raw, want in cases.items():
        got = normal_name(raw)
        if want is not None and (got is None or got[:2] != want):
            sys.exit("build.py: self-test failed: %r gave %r, expected %r" % (raw, got, want))
    from holders import damaged, mend_damaged
    if not damaged("Luiz In cio") or damaged("Daniel Toroitich arap Moi") or damaged("Bingu wa Mutharika"):
        sys.exit("build.py: self-test failed: a name with a lost letter")
    rows = [["Fran ois Bayrou", [], "France", "Prime Minister", "", "2024-12-13", "", "Bayrou"]]
    mend_damaged(rows, "... prime minister francois bayrou (since 13 december 2024) ...")
    if rows[0][:2] != ["Francois Bayrou", ["Fran ois Bayrou"]]:
        sys.exit("build.py: self-test failed: a lost letter taken back: %r" % (rows[0],))
    got = normal_name('William F. "Bill" HAGERTY, IV')
    if got is None or got[0] != "William Hagerty" or "Bill Hagerty" not in got[2] or "William F. Hagerty" not in got[2]:
        sys.exit("build.py: self-test failed: nickname and initials variants: %r" % (got,))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--check", action="store_true",
                    help="regenerate into a temporary folder and compare with the committed tables")
    args = ap.parse_args()
    if args.check:
        self_test()
        import filecmp
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            sys.argv = [sys.argv[0], "--shared", args.shared, "--out", tmp]
            main()
            stale = [f for f in OUTPUTS
                     if not filecmp.cmp(os.path.join(tmp, f), os.path.join(args.out, f), shallow=False)]
        if stale:
            sys.exit("build.py: error: %s differ from what build.py generates; run python3 Data/gazetteers/build.py"
                     % ", ".join(stale))
        print("build.py: the committed tables are up to date")
        return
    if not os.path.isdir(args.shared):
        sys.exit("build.py: error: %s is not a folder; pass --shared PATH to the shared open data" % args.shared)
    hand_canon, hand_surfaces, hand_demonyms = read_hand_countries()
    english = english_words(args.shared)
    persons = person_names(args.shared)
    countries = build_countries(args.shared, hand_canon, hand_surfaces, hand_demonyms)
    cities = build_cities(args.shared, countries, english, persons, read_hand_cities())
    holders = build_officeholders(args.shared, countries, read_hand_people(), persons, english)
    hand_places = {fold(s) for cols in hand_rows("places.tsv") for s in [cols[0]] + listed(cols, 3)}
    regions = build_regions(args.shared, countries, cities, english, persons, hand_places)
    write(os.path.join(args.out, "countries.tsv"),
          "# Generated by Data/gazetteers/build.py from GeoNames (CC BY 4.0) and countryinfo (MIT). Do not edit.\n"
          "# name\tvariants\tdemonyms\tcapital\tiso2\n",
          countries)
    write(os.path.join(args.out, "cities.tsv"),
          "# Generated by Data/gazetteers/build.py. Contains data from GeoNames (https://www.geonames.org),\n"
          "# licensed under CC BY 4.0. Do not edit.\n"
          "# name\tcountry\tvariants\tpopulation\t"
          "guard (context = fires only after in/at/from/... or before ', Country')\n",
          [[r[0], r[1], r[2], str(r[3]), r[4]] for r in cities])
    write(os.path.join(args.out, "officeholders.tsv"),
          "# Generated by Data/gazetteers/build.py. Source: CIA World Factbook (public domain), via the\n"
          "# CIA-World-Factbooks-Archive-1990-2025 project. Do not edit.\n"
          "# name\tvariants (multi-word)\tcountry\ttitle\torganization\tfrom\tto\t"
          "surname (one word that may name the holder alone)\n",
          holders)
    write(os.path.join(args.out, "regions.tsv"),
          "# Generated by Data/gazetteers/build.py from countryinfo (MIT; Data/gazetteers/LICENSE-countryinfo.txt).\n"
          "# Do not edit.\n"
          "# name\tcountry\n",
          regions)
    print("countries %d, cities %d (%d need context), office holders %d, regions %d" % (
        len(countries), len(cities), sum(1 for r in cities if r[4]), len(holders), len(regions)))


if __name__ == "__main__":
    main()
