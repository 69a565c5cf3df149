#!/usr/bin/env python3
"""Long lines of the development pages that reach no sentence of the extraction.

For every text of the development sets (loso.py's SETS; never the measurement set), runs `bilat
eval FILE --show` and prints each line of twelve words or more whose middle words appear in no
sentence read as body: clutter the reader drops on purpose (menus, captions, link lists, notices)
and body text it loses (a paragraph cut by the copy, a lead without its final period). Reading
the list is how session 19 found paragraphs broken in mid-sentence.

    python3 Data/real/unread.py .build/release/bilat
"""
import argparse
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loso import SETS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def letters(s):
    return re.sub(r"[^a-z0-9]+", "", s.lower())


def unread(binary, path):
    """The long lines of the text at `path` that no sentence of its extraction contains."""
    show = subprocess.run([binary, "eval", path, "--show"], capture_output=True, text=True).stdout
    head = show.split("\nentities:")[0]
    sentences = letters("".join(re.sub(r"^  \[\d+\] ", "", line) for line in head.split("\n")))
    lost = []
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            words = line.split()
            if len(words) < 12:
                continue
            middle = letters(" ".join(words[len(words) // 2 : len(words) // 2 + 4]))
            if middle not in sentences:
                lost.append(line.strip())
    return path, lost


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    paths = sorted(
        os.path.join(HERE, s, name) for s in SETS for name in os.listdir(os.path.join(HERE, s)) if name.endswith(".txt")
    )
    if not paths:
        sys.exit("no texts: rebuild them first (Data/real/README.md)")
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda p: unread(args.binary, p), paths))
    total = sum(len(lost) for _, lost in results)
    print(f"{total} long lines read as no sentence, in {sum(1 for _, lost in results if lost)} of {len(paths)} pages")
    for path, lost in results:
        for line in lost:
            print(f"{os.path.relpath(path, HERE)} | {line[:160]}")


if __name__ == "__main__":
    main()
