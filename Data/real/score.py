#!/usr/bin/env python3
"""Aggregate scores of a real set per manifest group (central-asia, other, all).

`bilat eval DIR --json` scores one folder; this script copies each group's texts and gold
(copies, because `bilat eval` refuses symlinks) into a temporary folder per group, runs the
given binary on each and prints micro-averaged F1 per group and per kind. Only aggregate
figures are printed, so it is safe on measurement-only sets.

    python3 Data/real/score.py .build/release/bilat Data/real/blind-r3 --save /tmp/r3-after
    python3 Data/real/score.py .build/release/bilat Data/real/blind-r3 --compare /tmp/r3-before

`--save PREFIX` writes PREFIX-<group>.json; `--compare PREFIX` prints before->after against
such saved files.
"""
import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

GROUPS = ["all", "central-asia", "other"]
# extra arguments of `bilat eval` (--meeting-model PATH)
EXTRA = []


def f1(c):
    tp, fp, fn = c["truePositives"], c["falsePositives"], c["falseNegatives"]
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")


def micro(section):
    total = {"truePositives": 0, "falsePositives": 0, "falseNegatives": 0}
    for counts in section.values():
        for key in total:
            total[key] += counts[key]
    return f1(total)


def accuracy(x):
    return x["correct"] / x["total"] if x and x.get("total") else float("nan")


def summary(report):
    rel = report["relations"]
    met = rel.get("MET_WITH", {"truePositives": 0, "falsePositives": 0, "falseNegatives": 0})
    return {
        "entity": micro(report["entities"]),
        "relation": micro(rel),
        "MET_WITH": f1(met),
        "date": accuracy(report.get("meetingDate")),
        "place": accuracy(report.get("meetingPlace")),
    }


def run_group(binary, set_dir, rows, group, extra=None):
    """Scores the articles of one group (or "all") with `bilat eval --json`, plus `extra` options."""
    chosen = [r for r in rows if group == "all" or r["group"] == group]
    with tempfile.TemporaryDirectory() as tmp:
        for row in chosen:
            text = os.path.join(set_dir, row["file"])
            stem = os.path.splitext(row["file"])[0]
            gold = os.path.join(set_dir, stem + ".gold.json")
            if not os.path.exists(text):
                sys.exit(f"{text}: text missing; rebuild it (Data/real/README.md)")
            shutil.copy(text, tmp)
            shutil.copy(gold, tmp)
        out = subprocess.run([binary, "eval", tmp, "--json"] + (EXTRA if extra is None else extra), capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f"bilat eval failed for group {group}:\n{out.stderr}")
        return json.loads(out.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("set_dir")
    parser.add_argument("--save", metavar="PREFIX")
    parser.add_argument("--compare", metavar="PREFIX")
    parser.add_argument("--meeting-model", metavar="PATH", help="passed to bilat eval (a model file, or none)")
    args = parser.parse_args()
    if args.meeting_model:
        EXTRA.extend(["--meeting-model", args.meeting_model])
    with open(os.path.join(args.set_dir, "manifest.tsv"), newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    reports = {g: run_group(args.binary, args.set_dir, rows, g) for g in GROUPS}
    if args.save:
        for g, report in reports.items():
            with open(f"{args.save}-{g}.json", "w") as f:
                json.dump(report, f)
    before = None
    if args.compare:
        before = {g: json.load(open(f"{args.compare}-{g}.json")) for g in GROUPS}
    for g in GROUPS:
        now = summary(reports[g])
        was = summary(before[g]) if before else None
        cells = [f"{k} {was[k]:.2f}->{v:.2f}" if was else f"{k} {v:.2f}" for k, v in now.items()]
        print(f"{g}: " + ", ".join(cells))
    for section in ["entities", "relations"]:
        kinds = sorted(reports["all"][section])
        cells = []
        for k in kinds:
            v = f1(reports["all"][section][k])
            if before and k in before["all"][section]:
                cells.append(f"{k} {f1(before['all'][section][k]):.2f}->{v:.2f}")
            else:
                cells.append(f"{k} {v:.2f}")
        print(f"  {section}: " + ", ".join(cells))


if __name__ == "__main__":
    main()
