#!/usr/bin/env python3
"""Summed figures over the development sets (never the measurement set), per kind.

Runs `bilat eval Data/real/X --json` on every development set listed in loso.py's SETS, sums the
true positives, false positives and false negatives of every entity label and relation type over
them, and prints entity and relation F1, meeting dates and places right, and one line per kind.
Used to keep a rule only when it adds more true than false across all development sets.

    python3 Data/real/dev.py .build/release/bilat --save /tmp/dev-before.json
    python3 Data/real/dev.py /tmp/bilat-new --compare /tmp/dev-before.json

`--save FILE` writes the summed counts as JSON; `--compare FILE` prints before -> after against
such a file. Extra arguments after `--` go to `bilat eval` (e.g. `-- --meeting-model none`).
"""
import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loso import SETS  # noqa: E402

KEYS = ("truePositives", "falsePositives", "falseNegatives")


def f1(c):
    tp, fp, fn = c
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")


def evaluate(binary, set_name, extra):
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), set_name)
    out = subprocess.run([binary, "eval", folder, "--json"] + extra, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"bilat eval failed for {set_name}:\n{out.stderr}")
    return json.loads(out.stdout)


def summed(reports):
    total = {"entities": {}, "relations": {}, "date": [0, 0], "place": [0, 0]}
    for report in reports:
        for section in ("entities", "relations"):
            for kind, counts in report[section].items():
                row = total[section].setdefault(kind, [0, 0, 0])
                for i, key in enumerate(KEYS):
                    row[i] += counts[key]
        for key, field in (("date", "meetingDate"), ("place", "meetingPlace")):
            found = report.get(field) or {}
            total[key][0] += found.get("correct", 0)
            total[key][1] += found.get("total", 0)
    return total


def micro(section):
    return f1([sum(row[i] for row in section.values()) for i in range(3)])


def lines(total, before=None):
    def fmt(now, then):
        return f"{then:.3f} -> {now:.3f}" if then is not None and abs(now - then) > 1e-9 else f"{now:.3f}"

    def counts(kind_section, kind):
        row = total[kind_section].get(kind, [0, 0, 0])
        text = "/".join(str(n) for n in row)
        if before is not None:
            old = before[kind_section].get(kind, [0, 0, 0])
            if old != row:
                text = "/".join(str(n) for n in old) + " -> " + text
        return text

    b = before or {}
    yield f"entity F1 {fmt(micro(total['entities']), micro(b['entities']) if b else None)}"
    yield f"relation F1 {fmt(micro(total['relations']), micro(b['relations']) if b else None)}"
    for key in ("date", "place"):
        right, all_ = total[key]
        then = f"{b[key][0]} -> " if b and b[key][0] != right else ""
        yield f"meeting {key}s right {then}{right}/{all_}"
    for section in ("entities", "relations"):
        for kind in sorted(total[section]):
            row = total[section][kind]
            old = f1(before[section][kind]) if before and kind in before[section] else None
            yield f"  {kind:<14} {counts(section, kind):<28} F1 {fmt(f1(row), old)}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--save", metavar="FILE")
    parser.add_argument("--compare", metavar="FILE")
    parser.add_argument("--jobs", type=int, default=2)
    argv = sys.argv[1:]
    extra = argv[argv.index("--") + 1 :] if "--" in argv else []
    args = parser.parse_args(argv[: argv.index("--")] if "--" in argv else argv)
    args.extra = extra
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        reports = list(pool.map(lambda s: evaluate(args.binary, s, args.extra), SETS))
    total = summed(reports)
    before = None
    if args.compare:
        with open(args.compare) as f:
            before = json.load(f)
    print(f"{len(SETS)} development sets: {', '.join(SETS)}")
    for line in lines(total, before):
        print(line)
    if args.save:
        with open(args.save, "w") as f:
            json.dump(total, f)


if __name__ == "__main__":
    main()
