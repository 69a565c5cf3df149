#!/usr/bin/env python3
"""Sanity checks for the Bilat article corpus and its gold annotations.

Usage: python3 Data/articles/check_gold.py [ROOT]   (ROOT defaults to this file's folder)
       python3 Data/articles/check_gold.py --real [ROOT] (ROOT defaults to Data/real)

With --real it checks the real-article sets instead: every folder under ROOT holding a
`manifest.tsv` (columns file, url, query, group, style, words). Their texts are not in git (see
Data/real/README.md), so a missing text is only counted; a present one must have the manifest's
word count and any length.

For every `*.gold.json` under ROOT/dev, ROOT/heldout, ROOT/blind, ROOT/blind2 and ROOT/blind3 it checks that:
- the file parses as JSON and has `article`, `published`, `entities`, `relations`;
- `article` names an existing brief beside the gold file, whose name follows
  `YYYY-MM-DD-pair-slug.txt`, and the brief has 120-400 words;
- entity labels, sector names, relation types, dates and meeting modes use the shared vocabulary;
- entity names are unique, and every relation's `start`, `end` and `meeting` members are an
  entity name or alias in the same file; `place` names a City entity;
- every brief has a gold file.
Prints a summary (briefs per folder, entities and relations per type) and exits 1 on any error.
"""
import json, os, re, sys
from collections import Counter

LABELS = {"Person", "Country", "City", "Place", "Organization", "Facility", "Project", "Agreement", "Sector"}
SECTORS = {"trade", "investment", "industry", "energy", "agriculture", "transport and logistics",
           "tourism", "culture", "education", "health", "digital", "finance", "mining", "water",
           "security", "science"}
TYPES = {"MET_WITH", "DISCUSSED", "AGREED", "SIGNED", "IN_SECTOR", "CONCERNS", "HOLDS_ROLE", "LOCATED_IN"}
MODES = {"in person", "video", "phone"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FILE = re.compile(r"^\d{4}-\d{2}-\d{2}-[a-z]{2}-[a-z]{2}-[a-z0-9-]+\.(txt|md)$")


def check(path, errors, real=False):
    def err(msg):
        errors.append(f"{path}: {msg}")
    try:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        err(f"invalid JSON: {e}")
        return None
    for key in ("article", "published", "entities", "relations"):
        if key not in gold:
            err(f"missing key {key!r}")
            return None
    folder = os.path.dirname(path)
    article = gold["article"]
    if not FILE.match(article):
        err(f"article name {article!r} does not follow YYYY-MM-DD-pair-slug.txt")
    stem = os.path.basename(path)[: -len(".gold.json")]
    if os.path.splitext(article)[0] != stem:
        err(f"article {article!r} does not match gold file name")
    text_path = os.path.join(folder, article)
    if not os.path.exists(text_path):
        if not real:
            err(f"brief {article} not found")
    elif not real:
        words = len(open(text_path, encoding="utf-8").read().split())
        if not 120 <= words <= 400:
            err(f"brief has {words} words (expected 120-400)")
    if not DATE.match(gold["published"]):
        err(f"published {gold['published']!r} is not YYYY-MM-DD")
    names = set()
    canonical = Counter()
    labels = {}
    for e in gold["entities"]:
        if e.get("label") not in LABELS:
            err(f"entity {e.get('name')!r}: unknown label {e.get('label')!r}")
        if not e.get("name"):
            err(f"entity without name: {e}")
            continue
        canonical[e["name"]] += 1
        names.add(e["name"])
        labels[e["name"]] = e["label"]
        for a in e.get("aliases", []):
            names.add(a)
            labels.setdefault(a, e["label"])
        if e["label"] == "Sector" and e["name"] not in SECTORS:
            err(f"sector {e['name']!r} not in the vocabulary")
        if e["label"] == "Person" and not e.get("title"):
            err(f"person {e['name']!r} without title")
    for n, c in canonical.items():
        if c > 1:
            err(f"entity {n!r} listed {c} times")
    for r in gold["relations"]:
        t = r.get("type")
        if t not in TYPES:
            err(f"unknown relation type {t!r}")
        refs = list(r.get("meeting", [])) + [r[k] for k in ("start", "end") if k in r]
        for n in refs:
            if n not in names:
                err(f"{t}: {n!r} is not an entity name or alias")
        if t == "MET_WITH":
            if not DATE.match(r.get("date", "")):
                err(f"MET_WITH {r.get('start')}-{r.get('end')}: bad date {r.get('date')!r}")
            if r.get("mode") not in MODES:
                err(f"MET_WITH {r.get('start')}-{r.get('end')}: bad mode {r.get('mode')!r}")
            if "place" in r and labels.get(r["place"]) != "City":
                err(f"MET_WITH place {r['place']!r} is not a City entity")
        if t == "DISCUSSED" and (len(r.get("meeting", [])) < 2 or labels.get(r.get("end")) != "Sector"):
            err(f"DISCUSSED needs a meeting of 2+ people and a Sector end: {r}")
        if t == "IN_SECTOR" and labels.get(r.get("end")) != "Sector":
            err(f"IN_SECTOR end {r.get('end')!r} is not a Sector")
        if t == "HOLDS_ROLE" and not r.get("title"):
            err(f"HOLDS_ROLE {r.get('start')!r} without title")
        if t == "AGREED" and not r.get("about"):
            err(f"AGREED without about: {r}")
        if "date" in r and not DATE.match(r["date"]):
            err(f"{t}: bad date {r['date']!r}")
    return gold


def check_manifest(folder, errors):
    """Checks a real set's manifest against its gold files; returns (groups, styles, texts present)."""
    groups, styles, present = Counter(), Counter(), 0
    path = os.path.join(folder, "manifest.tsv")
    rows = open(path, encoding="utf-8").read().splitlines()
    if not rows or rows[0].split("\t") != ["file", "url", "query", "group", "style", "words"]:
        errors.append(f"{path}: header must be file, url, query, group, style, words")
        return groups, styles, present
    listed = set()
    for n, line in enumerate(rows[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 6:
            errors.append(f"{path}:{n}: {len(cols)} columns, expected 6")
            continue
        name, _, _, group, style, words = cols
        listed.add(name)
        groups[group] += 1
        styles[style] += 1
        if group not in ("central-asia", "other"):
            errors.append(f"{path}:{n}: group {group!r} (central-asia or other)")
        if style not in ("wire", "release", "scraped"):
            errors.append(f"{path}:{n}: style {style!r} (wire, release or scraped)")
        stem = os.path.splitext(name)[0]
        if not os.path.exists(os.path.join(folder, stem + ".gold.json")):
            errors.append(f"{path}:{n}: {name} has no gold file")
        text = os.path.join(folder, name)
        if os.path.exists(text):
            present += 1
            if int(words) != len(open(text, encoding="utf-8").read().split()):
                errors.append(f"{path}:{n}: {name} does not have the manifest's {words} words (another version?)")
    for f in sorted(os.listdir(folder)):
        if f.endswith(".gold.json") and f[: -len(".gold.json")] + ".txt" not in listed:
            errors.append(f"{folder}/{f}: not in manifest.tsv")
    return groups, styles, present


def main_real(root):
    errors = []
    ents, rels = Counter(), Counter()
    for folder in sorted(os.listdir(root)):
        d = os.path.join(root, folder)
        if not os.path.exists(os.path.join(d, "manifest.tsv")):
            continue
        groups, styles, present = check_manifest(d, errors)
        for f in sorted(os.listdir(d)):
            if f.endswith(".gold.json"):
                gold = check(os.path.join(d, f), errors, real=True)
                if gold:
                    ents.update(e.get("label") for e in gold["entities"])
                    rels.update(r.get("type") for r in gold["relations"])
        print(f"{folder}: {sum(groups.values())} articles {dict(groups)} {dict(styles)}, texts present {present}")
    print("entities:", dict(sorted(ents.items())), "total", sum(ents.values()))
    print("relations:", dict(sorted(rels.items())), "total", sum(rels.values()))
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--real"]:
        here = os.path.dirname(os.path.abspath(__file__))
        main_real(args[1] if len(args) > 1 else os.path.join(here, "..", "real"))
        return
    root = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    errors = []
    ents, rels, per_folder = Counter(), Counter(), Counter()
    for folder in ("dev", "heldout", "blind", "blind2", "blind3"):
        d = os.path.join(root, folder)
        if not os.path.isdir(d):
            continue
        files = sorted(os.listdir(d))
        for f in files:
            if f.endswith((".txt", ".md")):
                per_folder[folder] += 1
                if os.path.splitext(f)[0] + ".gold.json" not in files:
                    errors.append(f"{folder}/{f}: no gold file")
            elif f.endswith(".gold.json"):
                gold = check(os.path.join(d, f), errors)
                if gold:
                    ents.update(e.get("label") for e in gold["entities"])
                    rels.update(r.get("type") for r in gold["relations"])
    print("briefs:", dict(per_folder), "total", sum(per_folder.values()))
    print("entities:", dict(sorted(ents.items())), "total", sum(ents.values()))
    print("relations:", dict(sorted(rels.items())), "total", sum(rels.values()))
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
