#!/usr/bin/env python3
"""Lines added since a commit that share a run of six words with a real page's text.

The real pages are read, never copied (Data/real/README.md): tests and docs use invented
sentences. This prints every line added to Sources, Tests and the docs since BASE that contains
six consecutive words (case and punctuation ignored) of any text under Data/real, so it can be
reworded before it lands. Run from the repository root with the texts present.

    python3 Data/real/fragments.py 1a6d861
"""
import argparse
import glob
import os
import re
import subprocess
import sys

RUN = 6
PATHS = ["Sources", "Tests", "README.md", "EVALUATION.md", "CHANGELOG.md", "BENCHMARKS.md", "docs"]


def words(s):
    return re.findall(r"[a-z0-9’']+", s.lower())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", help="the commit to compare HEAD with")
    args = parser.parse_args()
    texts = glob.glob(os.path.join("Data", "real", "*", "*.txt"))
    if not texts:
        sys.exit("no texts under Data/real: rebuild them first (Data/real/README.md)")
    runs = set()
    for path in texts:
        with open(path, encoding="utf-8") as f:
            w = words(f.read())
        runs.update(" ".join(w[i : i + RUN]) for i in range(len(w) - RUN + 1))
    diff = subprocess.run(
        ["git", "diff", args.base + "..HEAD", "--"] + PATHS, capture_output=True, text=True, check=True
    ).stdout
    hits = 0
    for line in diff.split("\n"):
        if not line.startswith("+") or line.startswith("+++"):
            continue
        w = words(line[1:])
        shared = next((" ".join(w[i : i + RUN]) for i in range(len(w) - RUN + 1) if " ".join(w[i : i + RUN]) in runs), None)
        if shared:
            hits += 1
            print(f"{shared} | {line[1:].strip()[:140]}")
    print(f"{hits} added lines share a run of {RUN} words with a real page")
    sys.exit(1 if hits else 0)


if __name__ == "__main__":
    main()
