#!/usr/bin/env python3
"""Leave-one-set-out figures of the learned meeting, document and relation models.

For each real development set X: `bilat train meetings --hold-out Data/real/X` writes a model
that never saw X, and `bilat eval` scores X's groups (central-asia, other) with that model and
with none (the rules' meetings alone). Prints MET_WITH precision / recall / F1 and relation F1
per set and group, and the sums over all sets. Run from the repository root with the texts
present (Data/real/README.md).

    python3 Data/real/loso.py .build/release/bilat
    python3 Data/real/loso.py .build/release/bilat --model documents
    python3 Data/real/loso.py .build/release/bilat --model relations

`--model documents` does the same with `bilat train documents` and `--document-model` over
whole sets, and prints per set and summed the entity and relation kinds the document model
touches, and entity and relation F1. `--model relations` does it with `bilat train relations` and
`--relation-model` (the kinds: DISCUSSED, LOCATED_IN, SIGNED, AGREED, IN_SECTOR, CONCERNS: those
it judges and those it may propose); `--train-option` passes options to `bilat train`, e.g.
`--train-option=--propose=SIGNED --train-option=--proposal-threshold=2` for proposed pairs.
"""
import argparse
import csv
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import run_group  # noqa: E402

SETS = ["blind-r1", "blind-r2", "blind-r3", "blind-r4", "blind-r5", "blind-r6", "blind-r7", "blind-r8", "blind-r9", "blind-r10", "blind-r11", "blind-r12", "blind-r13", "blind-r14", "blind-r15", "blind-r16", "blind-r17", "blind-r18", "blind-r19", "blind-r20", "blind-r21", "blind-r22", "blind-r23", "blind-r24", "blind-r25", "blind-r26", "blind-r27", "blind-r28", "blind-r29", "blind-r30", "blind-r31", "dev-r1"]
# kinds the document model changes: the entities it judges and the relations hanging on them
DOCUMENT_KINDS = ["Project", "Agreement", "Facility", "SIGNED", "IN_SECTOR", "AGREED", "CONCERNS", "LOCATED_IN"]
# kinds the relation model changes: the types it judges and the types it may propose
RELATION_KINDS = ["DISCUSSED", "LOCATED_IN", "SIGNED", "AGREED", "IN_SECTOR", "CONCERNS"]
GROUPS = ["central-asia", "other"]
# extra options of `bilat train` (--train-option)
TRAIN_EXTRA = []


def counts(report, kind=None, section="relations"):
    rel = report[section]
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
    return f"{p:.3f} / {r:.3f} / {f:.3f}"


def prf_counts(c):
    """P / R / F1 with the counts (tp/fp/fn)."""
    return f"{prf(c)} ({c[0]}/{c[1]}/{c[2]})"


def evaluate(binary, set_dir, rows, group, model, option="--meeting-model"):
    """One group of a set scored with the learned model at `model` (score.py's run)."""
    return run_group(binary, set_dir, rows, group, [option, model])


def train(binary, which, set_dir, threshold, model):
    """`bilat train WHICH --hold-out SET_DIR` into `model`; exits on failure."""
    trained = subprocess.run(
        [binary, "train", which, "--hold-out", set_dir, "--threshold=" + threshold, "--output", model] + TRAIN_EXTRA,
        capture_output=True, text=True)
    if trained.returncode != 0:
        sys.exit(trained.stderr)


def held_out(args, which, work):
    """For each set: its folder, its manifest rows and a `which` model trained without it."""
    for name in SETS:
        set_dir = os.path.join("Data/real", name)
        model = os.path.join(work, name + ".tsv")
        train(args.binary, which, set_dir, args.threshold, model)
        with open(os.path.join(set_dir, "manifest.tsv"), newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        yield name, set_dir, rows, model


def kind_counts(report, kind):
    section = "entities" if kind[0].isupper() and not kind.isupper() else "relations"
    return counts(report, kind, section)


def filtered(args, which, kinds, option):
    """The leave-one-set-out table of a filtering model (documents or relations) over whole sets:
    per set and summed, the `kinds` it touches, entity and relation F1."""
    modes = ("none", "held-out")
    total = {m: {k: [0, 0, 0] for k in kinds + ["entities", "relations"]} for m in modes}
    print("| set | kind | rules alone P / R / F1 (tp/fp/fn) | held-out model P / R / F1 (tp/fp/fn) |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as work:
        for name, set_dir, rows, model in held_out(args, which, work):
            cells = {}
            for m, path in zip(modes, ("none", model)):
                report = evaluate(args.binary, set_dir, rows, "all", path, option)
                c = {k: kind_counts(report, k) for k in kinds}
                c["entities"], c["relations"] = counts(report, None, "entities"), counts(report)
                cells[m] = c
                for k in c:
                    for i in range(3):
                        total[m][k][i] += c[k][i]
            for k in ["relations", "entities"] + kinds:
                print(f"| {name} | {k} | {prf_counts(cells['none'][k])} | {prf_counts(cells['held-out'][k])} |")
            sys.stdout.flush()
    for k in ["relations", "entities"] + kinds:
        print(f"| all | {k} | {prf_counts(total['none'][k])} | {prf_counts(total['held-out'][k])} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--threshold", default=None, help="the model's threshold (meetings: 1, documents: 0, relations: -6)")
    parser.add_argument("--model", choices=["meetings", "documents", "relations"], default="meetings")
    parser.add_argument("--train-option", action="append", default=[], metavar="OPTION",
                        help="an extra option of `bilat train` (repeatable), e.g. --train-option=--type=DISCUSSED")
    args = parser.parse_args()
    # the bundled relation model's training (session 10): three epochs
    own_epochs = any(o.startswith("--epochs") for o in args.train_option)
    TRAIN_EXTRA.extend((["--epochs=3"] if args.model == "relations" and not own_epochs else []) + args.train_option)
    if args.threshold is None:
        args.threshold = {"meetings": "1", "documents": "0", "relations": "-6"}[args.model]
    if args.model == "documents":
        return filtered(args, "documents", DOCUMENT_KINDS, "--document-model")
    if args.model == "relations":
        return filtered(args, "relations", RELATION_KINDS, "--relation-model")
    total = {(m, g): [[0, 0, 0], [0, 0, 0]] for m in ("none", "held-out") for g in GROUPS}
    print("| set | group | MET_WITH P / R / F1, rules alone | held-out model | relation F1, rules alone | held-out model |")
    print("|---|---|---|---|---:|---:|")
    with tempfile.TemporaryDirectory() as work:
        for name, set_dir, rows, model in held_out(args, "meetings", work):
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
