#!/usr/bin/env python3
"""Writes synthetic article variants of the dev briefs, for the crash and bad-file tests.

    gen_articles.py --count N --out DIR [--seed S] [--source Data/articles/dev]

Each variant takes one brief (round robin) and changes, deterministically from the seed and its
number: the years (shifted), day numbers, money figures, and some people's surnames (swapped for
synthetic ones, consistently within the article). Every file gets a distinct text, so no two
variants share a content hash, and a date-prefixed file name like the briefs'.
"""
import argparse
import os
import random
import re
import sys

SURNAMES = [
    "Abenov", "Bekmuratov", "Dauletov", "Ermekov", "Zhaksybekov", "Iskakov", "Kairatov",
    "Mukanov", "Nurpeisov", "Omarov", "Sadykov", "Tulegenov", "Utepov", "Yesenov",
    "Wang Lei", "Zhou Ping", "Liang Hua", "Hu Wen", "Gao Feng", "Sun Tao",
]
# Surnames in the briefs that the variants may replace (whole words only).
REPLACEABLE = [
    "Smailov", "Tileuberdi", "Nurtleu", "Bektenov", "Mirziyoyev", "Erdogan", "Blinken",
    "Ding Xuexiang", "Li Qiang", "Qin Gang", "Wang Yi", "Li Keqiang",
]


def variant(text, rng, k):
    shift = rng.choice([-3, -2, -1, 1, 2])
    text = re.sub(r"\b(20[12]\d)\b", lambda m: str(int(m.group(1)) + shift), text)
    text = re.sub(
        r"\b([1-9]|1\d|2[0-8])(\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b",
        lambda m: str(rng.randint(1, 28)) + m.group(2), text)
    text = re.sub(r"\$(\d+(?:\.\d+)?)", lambda m: "$" + str(round(float(m.group(1)) * rng.uniform(0.5, 1.5), 1)), text)
    names = rng.sample(REPLACEABLE, 3)
    for name in names:
        text = re.sub(r"\b" + re.escape(name) + r"\b", rng.choice(SURNAMES), text)
    # A final line makes every text distinct even when no substitution applied.
    return text.rstrip("\n") + f"\n\nDesk note {k}: compiled from agency reports.\n", shift


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=7)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--source", default=os.path.join(here, "..", "..", "Data", "articles", "dev"))
    args = parser.parse_args()
    briefs = sorted(f for f in os.listdir(args.source) if f.endswith(".txt"))
    if not briefs:
        sys.exit(f"no .txt briefs in {args.source}")
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    for k in range(args.count):
        name = briefs[k % len(briefs)]
        with open(os.path.join(args.source, name), encoding="utf-8") as f:
            text = f.read()
        body, shift = variant(text, rng, k)
        m = re.match(r"(20\d\d)(-.*)", name)
        stem = f"{int(m.group(1)) + shift}{m.group(2)}" if m else name
        stem = stem[: -len(".txt")] if stem.endswith(".txt") else stem
        with open(os.path.join(args.out, f"{stem}-v{k:04d}.txt"), "w", encoding="utf-8") as f:
            f.write(body)
    print(f"wrote {args.count} articles to {args.out}")


if __name__ == "__main__":
    main()
