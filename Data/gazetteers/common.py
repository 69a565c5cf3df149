"""Shared helpers of build.py: folding, name plausibility, the hand-written dictionaries and the
word lists that decide what is ambiguous."""

import collections
import glob
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Surnames of the US census list up to this rank count as "a person's name".
SURNAME_RANK = 3000
# A lower-case word this frequent in the GUM news/interview text is a function or everyday word:
# a city with that name is left out entirely ("Of", "Man").
FUNCTION_WORD_COUNT = 15
# Words that the GUM sample is too small to show in lower case but that are common English words
# or everyday capitalised words in news (weekday-like words, titles). Kept short on purpose.
EXTRA_ENGLISH = {
    "nice", "mobile", "reading", "split", "bar", "of", "man", "deal", "mission", "union", "independence",
    "marathon", "sale", "bath", "hull", "battle", "orange", "concord", "surprise", "pace", "alliance",
    "enterprise", "liberty", "progress", "providence", "hope", "temple", "university", "college", "central",
    "north", "south", "east", "west", "new", "goes", "bury", "sandy", "pearl", "cork", "derby", "delta",
    "vista", "mesa", "marina", "march", "may", "june", "july", "august", "ocean", "said", "chase", "most",
    "police", "bello", "colon", "salt",
    # capitalised in every sentence that names them, so never seen in lower case
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "april", "september", "october", "november", "december", "christmas", "easter",
}
# Latin script only, no digits; each word capitalised or a known particle.
PARTICLES = {
    "de", "del", "de la", "la", "le", "les", "el", "al", "da", "das", "do", "dos", "du", "di", "der", "den",
    "van", "von", "y", "e", "and", "of", "the", "on", "upon", "sur", "im", "am", "an", "en", "bin", "ibn",
    "bint", "ul", "ud", "ad", "as", "ash", "at", "az", "ar", "an-", "al-", "ed", "es", "et", "i", "na", "nad",
}


def fold(s):
    """Lower case without diacritics: the key for collisions."""
    n = unicodedata.normalize("NFKD", s)
    return "".join(c for c in n if not unicodedata.combining(c)).lower().strip()


def is_latin(s):
    for c in s:
        if c.isalpha():
            name = unicodedata.name(c, "")
            if not name.startswith("LATIN"):
                return False
        elif c.isdigit() or c in "=()[]/\\,;:\"?!*":
            return False
    return True


def plausible_name(s):
    """A Latin-script proper name as English text would write it."""
    s = s.strip()
    if len(s) < 3 or len(s) > 40 or not is_latin(s):
        return False
    if s.isupper() and len(s) <= 4:  # codes: ALV, NYC
        return False
    words = re.split(r"[ \-]", s)
    if len(words) > 5 or not s[0].isupper():
        return False
    for w in words:
        if not w:
            return False
        if w[0].isupper() or w.lower() in PARTICLES or w[0] in "'’":
            continue
        return False
    return True


def tsv_field(s):
    return s.replace("\t", " ").replace("|", " ").strip()


def hand_rows(file):
    """The TAB-separated columns of each entry of a hand-written dictionary (Data/dictionaries)."""
    with open(os.path.join(ROOT, "Data", "dictionaries", file), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and line.strip():
                yield [c.strip() for c in line.rstrip("\n").split("\t")]


def listed(cols, i):
    return [v.strip() for v in cols[i].split("|") if v.strip()] if len(cols) > i else []


def read_hand_countries():
    """Canonical names of Data/dictionaries/countries.tsv and every surface (name, variant) that points to them."""
    surfaces = {}
    canon = []
    demonyms = set()
    for cols in hand_rows("countries.tsv"):
        canon.append(cols[0])
        for s in [cols[0]] + listed(cols, 1):
            surfaces[fold(s)] = cols[0]
        demonyms.update(fold(d) for d in listed(cols, 2))
    return canon, surfaces, demonyms


def read_hand_cities():
    return {fold(s) for cols in hand_rows("cities.tsv") for s in [cols[0]] + listed(cols, 2)}


def english_words(shared):
    """Lower-case word counts of the GUM English text (forms written in lower case only)."""
    counts = collections.Counter()
    for path in sorted(glob.glob(os.path.join(shared, "gum-wikinews-entities", "*.conllu"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                cols = line.split("\t")
                if len(cols) > 2 and cols[0].isdigit() and cols[1].isalpha() and cols[1].islower():
                    counts[cols[1]] += 1
                    counts[cols[2].lower()] += 0
    return counts


def person_names(shared):
    names = set()
    with open(os.path.join(shared, "us-census-1990-names", "dist.all.last"), encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if len(cols) >= 4 and int(cols[3]) <= SURNAME_RANK:
                names.add(cols[0].lower())
    for fn in ("dist.male.first", "dist.female.first"):
        with open(os.path.join(shared, "us-census-1990-names", fn), encoding="utf-8") as f:
            for line in f:
                cols = line.split()
                # frequency >= 0.01 %: real first names, not one-off spellings
                if len(cols) >= 4 and float(cols[1]) >= 0.01:
                    names.add(cols[0].lower())
    return names


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def read_hand_people():
    """Canonical names of Data/dictionaries/people.tsv by folded full name and multi-word variant."""
    return {fold(s): cols[0] for cols in hand_rows("people.tsv") for s in [cols[0]] + listed(cols, 1) if " " in s}
