#!/usr/bin/env python3
"""Leave-one-set-out figures of the learned meeting model.

For each real development set X: `bilat train meetings --hold-out Data/real/X` writes a model
that never saw X, and `bilat eval` scores X's groups (central-asia, other) with that model and
with none (the rules' meetings alone). Prints MET_WITH precision / recall / F1 and relation F1
per set and group, and the sums over all sets. Run from the repository root with the texts
present (Data/real/README.md).

    python3 Data/real/loso.py .build/release/bilat
"""
import argparse
import csv
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import run_group  # noqa: E402

SETS = ["blind-r1", "blind-r2", "blind-r3", "blind-r4", "blind-r5", "blind-r6", "blind-r7", "dev-r1"]
GROUPS = ["central-asia", "other"]


def counts(report, kind=None):
    rel = report["relations"]
    keys = [kind] if kind else list(rel)
    tp = sum(rel[k]["truePositives"] for k in keys if k in rel)
    fp = sum(rel[k]["falsePositives"] for k in keys if k in rel)
    fn = sum(rel[k]["falseNegatives"] for k in keys if k in rel)
    return [tp, fp, fn]


def prf(c):
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    return f"{p:.2f} / {r:.2f} / {f:.2f}"


def evaluate(binary, set_dir, rows, group, model):
    """One group of a set scored with the meeting model at `model` (score.py's run)."""
    return run_group(binary, set_dir, rows, group, ["--meeting-model", model])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--threshold", default="1")
    args = parser.parse_args()
    total = {(m, g): [[0, 0, 0], [0, 0, 0]] for m in ("none", "held-out") for g in GROUPS}
    print("| set | group | MET_WITH P / R / F1, rules alone | held-out model | relation F1, rules alone | held-out model |")
    print("|---|---|---|---|---:|---:|")
    with tempfile.TemporaryDirectory() as work:
        for name in SETS:
            set_dir = os.path.join("Data/real", name)
            model = os.path.join(work, name + ".tsv")
            trained = subprocess.run(
                [args.binary, "train", "meetings", "--hold-out", set_dir, "--threshold", args.threshold, "--output", model],
                capture_output=True, text=True)
            if trained.returncode != 0:
                sys.exit(trained.stderr)
            with open(os.path.join(set_dir, "manifest.tsv"), newline="") as f:
                rows = list(csv.DictReader(f, delimiter="\t"))
            for group in GROUPS:
                cells = {}
                for m, path in (("none", "none"), ("held-out", model)):
                    report = evaluate(args.binary, set_dir, rows, group, path)
                    met, rel = counts(report, "MET_WITH"), counts(report)
                    cells[m] = (met, rel)
                    for k in range(3):
                        total[(m, group)][0][k] += met[k]
                        total[(m, group)][1][k] += rel[k]
                rel_f = {m: prf(cells[m][1]).split(" / ")[2] for m in cells}
                print(f"| {name} | {group} | {prf(cells['none'][0])} | {prf(cells['held-out'][0])} | {rel_f['none']} | {rel_f['held-out']} |")
    for group in GROUPS:
        n, h = total[("none", group)], total[("held-out", group)]
        print(f"| all | {group} | {prf(n[0])} | {prf(h[0])} | {prf(n[1]).split(' / ')[2]} | {prf(h[1]).split(' / ')[2]} |")
    both = {m: [[sum(total[(m, g)][i][k] for g in GROUPS) for k in range(3)] for i in range(2)] for m in ("none", "held-out")}
    print(f"| all | both | {prf(both['none'][0])} | {prf(both['held-out'][0])} | {prf(both['none'][1]).split(' / ')[2]} | {prf(both['held-out'][1]).split(' / ')[2]} |")


if __name__ == "__main__":
    main()
