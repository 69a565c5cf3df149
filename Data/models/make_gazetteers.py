#!/usr/bin/env python3
"""Derives the tagger's compact gazetteers from ../shared/data (see ATTRIBUTION.md).

Run from the repository root:  python3 Data/models/make_gazetteers.py ../shared/data
Writes Data/models/first-names.tsv, world-cities.tsv, world-countries.tsv and common-words.tsv (sorted,
deterministic).
"""
import json, os, sys, unicodedata

def latin(s):
    """True when every letter of s is Latin script (GeoNames alternates come in all scripts)."""
    for ch in s:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True

def main(shared):
    out = os.path.dirname(os.path.abspath(__file__))
    # Given names: US Census 1990 (public domain). Keep names of at least 0.005 % frequency.
    names = {}
    for f in ("dist.male.first", "dist.female.first"):
        for line in open(os.path.join(shared, "us-census-1990-names", f), encoding="ascii"):
            cols = line.split()
            if len(cols) >= 2 and float(cols[1]) >= 0.005:
                names[cols[0].capitalize()] = max(names.get(cols[0].capitalize(), 0), float(cols[1]))
    with open(os.path.join(out, "first-names.tsv"), "w", encoding="utf-8") as w:
        w.write("# given name (US Census 1990, public domain)\n")
        for n in sorted(names):
            w.write(n + "\n")
    # World cities: GeoNames (CC BY 4.0), population >= 100,000, Latin-script primary names.
    cities = json.load(open(os.path.join(shared, "geonames-cities15000", "cities15000.json"), encoding="utf-8"))
    rows = set()
    for c in cities.values():
        if c["population"] < 100000:
            continue
        if latin(c["name"]) and len(c["name"]) >= 3:
            rows.add((c["name"], c["countrycode"]))
    with open(os.path.join(out, "world-cities.tsv"), "w", encoding="utf-8") as w:
        w.write("# city name\tISO country code (GeoNames, CC BY 4.0)\n")
        for f, cc in sorted(rows):
            w.write(f"{f}\t{cc}\n")
    # Countries and demonyms: countryinfo (MIT).
    d = os.path.join(shared, "countryinfo-demonyms", "countries")
    crow = []
    for f in sorted(os.listdir(d)):
        j = json.load(open(os.path.join(d, f), encoding="utf-8"))
        if "name" not in j:
            continue
        alts = sorted({a for a in j.get("altSpellings", []) if len(a) > 3 and latin(a)})
        crow.append((j["name"], j.get("demonym", ""), "|".join(alts), j.get("ISO", {}).get("alpha2", "")))
    with open(os.path.join(out, "world-countries.tsv"), "w", encoding="utf-8") as w:
        w.write("# country\tdemonym\talternate names\tISO alpha-2 (countryinfo, MIT)\n")
        for r in sorted(crow):
            w.write("\t".join(r) + "\n")

    # Common words: written in lower case at least twice in the GUM news and interview texts
    # (CC BY 2.5); a capital at the start of a sentence on one of them is no evidence of a name.
    counts = {}
    gum = os.path.join(shared, "gum-wikinews-entities")
    # only the documents `bilat train tagger` trains on: every fifth one by name is held out
    for k, f in enumerate(sorted(x for x in os.listdir(gum) if x.endswith(".conllu"))):
        if k % 5 == 4:
            continue
        for line in open(os.path.join(gum, f), encoding="utf-8"):
            cols = line.split("\t")
            if len(cols) >= 10 and cols[0].isdigit() and cols[1].isalpha() and cols[1].islower() and len(cols[1]) > 1:
                counts[cols[1]] = counts.get(cols[1], 0) + 1
    # and in the project's own dev and blind briefs (never heldout, blind2 or blind3)
    import re
    articles = os.path.join(os.path.dirname(out), "articles")
    for folder in ("dev", "blind"):
        for f in sorted(os.listdir(os.path.join(articles, folder))):
            if f.endswith(".txt"):
                for word in re.findall(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])", open(os.path.join(articles, folder, f), encoding="utf-8").read()):
                    if len(word) > 1:
                        counts[word] = counts.get(word, 0) + 1
    with open(os.path.join(out, "common-words.tsv"), "w", encoding="utf-8") as w:
        w.write("# word seen in lower case at least twice in GUM Wikinews/interviews (CC BY 2.5) and dev/blind briefs\n")
        for word in sorted(k for k, v in counts.items() if v >= 2):
            w.write(word + "\n")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
