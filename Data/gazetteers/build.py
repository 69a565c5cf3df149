#!/usr/bin/env python3
"""Builds Bilat's open gazetteers (Data/gazetteers/*.tsv) from the vetted open data in ../shared/data.

Usage (from the repository root):  python3 Data/gazetteers/build.py [--shared ../shared/data]

Inputs (read-only; sources, licences and attribution in Data/gazetteers/README.md):
  geonames-cities15000/cities15000.json, countries.json   GeoNames, CC BY 4.0
  countryinfo-demonyms/countries/*.json                   countryinfo, MIT
  cia-factbook-executive/factbook_executive_diplomatic_2000_2025.tsv   CIA World Factbook, public domain
  us-census-1990-names/dist.*                             US Census 1990, public domain (ambiguity only)
  gum-wikinews-entities/*.conllu                          GUM (CC BY 2.5/4.0): lower-case English words (ambiguity only)
and the hand-written Data/dictionaries/countries.tsv, whose canonical names win.

Outputs (deterministic: same inputs, same bytes): countries.tsv, cities.tsv, officeholders.tsv.
Python 3 standard library only.
"""

import argparse
import collections
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Cities: every city with at least this population, plus capitals and the largest city of each
# first-level division (GeoNames has no feature codes here, so "largest of its region" stands in
# for the admin seat).
CITY_POPULATION = 100_000
# A city name that is an English word or a common first name or surname fires only in context
# ("in Nice"), and only when the city is at least this big; smaller ones are left out.
GUARDED_POPULATION = 100_000
# A person-name collision is not guarded for a city this big ("Sydney", "Charlotte").
PERSON_NAME_OVERRIDE_POPULATION = 1_000_000
# Other names ("Bombay", "Saigon") only for cities this big.
ALTERNATE_POPULATION = 1_000_000
# At most this many alternate names per city (the GeoNames order: common forms come first).
MAX_ALTERNATES = 4
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


# ---------------------------------------------------------------- countries


def build_countries(shared, hand_canon, hand_surfaces, hand_demonyms):
    geo = json.load(open(os.path.join(shared, "geonames-cities15000", "countries.json"), encoding="utf-8"))
    info = {}
    for path in sorted(glob.glob(os.path.join(shared, "countryinfo-demonyms", "countries", "*.json"))):
        d = json.load(open(path, encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso:
            info[iso] = d
    rows = []
    demonym_owners = collections.defaultdict(set)
    for iso in sorted(set(geo) | set(info)):
        g = geo.get(iso, {})
        d = info.get(iso, {})
        names = [n for n in [g.get("name", "").strip(), d.get("name", "").strip()] if n]
        alts = [a.strip() for a in d.get("altSpellings") or [] if isinstance(a, str)]
        canonical = None
        for s in names + alts:
            if fold(s) in hand_surfaces:
                canonical = hand_surfaces[fold(s)]
                break
        if canonical is None:
            canonical = re.sub(r"^The ", "", names[0]) if names else None
        if not canonical:
            continue
        variants = []
        for s in names + alts:
            s = s.strip()
            if "," in s or not plausible_name(s) or fold(s) == fold(canonical):
                continue
            if s.isupper():
                continue
            if s not in variants:
                variants.append(s)
        dem = []
        for s in re.split(r",", d.get("demonym") or ""):
            s = s.strip()
            if s and plausible_name(s):
                dem.append(s)
                demonym_owners[fold(s)].add(canonical)
        capital = (g.get("capital") or d.get("capital") or "").strip()
        rows.append([canonical, variants, dem, capital, iso])
    for row in rows:
        # a demonym shared by two countries ("Congolese") names neither; the hand dictionary's win
        row[2] = [s for s in row[2] if len(demonym_owners[fold(s)]) == 1 or fold(s) in hand_demonyms]
    return rows


# ---------------------------------------------------------------- cities


def build_cities(shared, countries, english, persons, hand_cities):
    data = json.load(open(os.path.join(shared, "geonames-cities15000", "cities15000.json"), encoding="utf-8"))
    by_iso = {r[4]: r for r in countries}
    country_surfaces = set()
    for r in countries:
        country_surfaces.update(fold(s) for s in [r[0]] + r[1] + r[2])
    capitals = {(r[4], fold(r[3])) for r in countries if r[3]}
    largest = {}
    for c in data.values():
        key = (c["countrycode"], c.get("admin1code") or "")
        if key not in largest or c["population"] > largest[key]["population"]:
            largest[key] = c
    seats = {c["geonameid"] for c in largest.values()}

    def ambiguity(surface, population):
        """None when the surface may fire alone, 'context' when it needs context, 'drop' when never."""
        words = fold(surface).split()
        key = fold(surface)
        if key in country_surfaces:
            return "drop"
        if len(words) == 1:
            w = words[0]
            if english.get(w, 0) >= FUNCTION_WORD_COUNT or len(w) <= 2:
                return "drop"
            if w in english or w in EXTRA_ENGLISH:
                return "context" if population >= GUARDED_POPULATION else "drop"
            if w in persons and population < PERSON_NAME_OVERRIDE_POPULATION:
                return "context" if population >= GUARDED_POPULATION else "drop"
        return None

    all_names = {fold(c["name"]) for c in data.values()}
    chosen = []
    for c in data.values():
        iso = c["countrycode"]
        if iso not in by_iso:
            continue
        capital = (iso, fold(c["name"])) in capitals
        if not (c["population"] >= CITY_POPULATION or capital or c["geonameid"] in seats):
            continue
        chosen.append((0 if capital else 1, -c["population"], c["geonameid"], c))
    chosen.sort()
    taken = set(hand_cities)  # a surface belongs to the first (capital, then most populous) city
    rows = []
    for _, _, _, c in chosen:
        name = c["name"].strip()
        if not plausible_name(name) or fold(name) in taken:
            continue
        guard = ambiguity(name, c["population"])
        if guard == "drop":
            continue
        taken.add(fold(name))
        alts = []
        seen = {fold(name)}
        for a in c.get("alternatenames") or []:
            a = a.strip()
            k = fold(a)
            if k in seen or k in taken or (k in all_names and k != fold(name)) or not plausible_name(a) \
                    or ambiguity(a, 0) is not None:
                continue
            if k.replace("-", " ") != fold(name).replace("-", " "):
                # another name, not another spelling: only for big cities, ASCII, not an inflected
                # form of another language ("Nairobis", "Belgrado", "Sanctus Dionysius")
                if c["population"] < ALTERNATE_POPULATION or not a.isascii() or len(a.split()) > 3 or "'" in a:
                    continue
                if edit_distance(k, fold(name)) < 3:  # "Nairoba", "Bombai": transliterations, not names
                    continue
                if re.search(r"(as|is|us|um|ja|jo|ej|aj|o|u|y|i)$", k) and not k.endswith(fold(name)[-2:]):
                    continue
            seen.add(k)
            alts.append(a)
            if len(alts) >= MAX_ALTERNATES:
                break
        taken.update(fold(a) for a in alts)
        country = by_iso[c["countrycode"]][0]
        rows.append([tsv_field(name), country, [tsv_field(a) for a in alts], c["population"], guard or ""])
    rows.sort(key=lambda r: (r[1], r[0]))
    return rows


# ---------------------------------------------------------------- office holders

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
TITLE_WORDS = {
    "president", "prime", "minister", "vice", "deputy", "first", "second", "premier", "king", "queen", "emperor",
    "empress", "crown", "prince", "princess", "sultan", "emir", "amir", "chancellor", "federal", "executive",
    "supreme", "leader", "governor-general", "governor", "general", "grand", "duke", "chairman", "chief",
    "state", "counselor", "counsellor", "head", "of", "the", "government", "council", "presidential", "co-prince",
    "co-princes", "captains", "captain", "regent", "ambassador", "transitional", "interim", "acting", "senior",
    "heir", "apparent", "overall", "revolution", "secretary", "party", "national", "assembly", "presidium",
    "chairwoman", "mayor", "ambassador-designate", "financial", "permanent", "lieutenant", "bailiff", "lord", "president-elect", "administrator", "high", "commissioner", "sovereign", "pontiff", "pope", "cardinal",
    "secretary-general", "chair", "premiers", "presidents", "ministers", "governors", "taoiseach", "tanaiste",
}
HONORIFICS = {"sr.", "gen.", "general", "professor", "sir", "dame", "sheikh", "shaykh", "dr.", "dr", "gen.", "lt.", "col.", "maj.", "adm.", "brig.",
              "field", "marshal", "sayyid", "haji", "hajji", "mr.", "mrs.", "ms.", "lord", "lady", "prof."}
LOWER_PARTICLES = {"bin", "bint", "ibn", "de", "da", "do", "dos", "das", "du", "di", "del", "della", "der", "den",
                   "van", "von", "la", "le", "y", "e"}
OFFICE_WORDS = {"president", "minister", "prime", "premier", "deputy", "vice", "chancellor", "king", "queen",
                "prince", "governor", "ambassador", "chief", "elected", "reelected", "chairman", "chairwoman",
                "secretary", "commission", "affairs", "council", "designate", "charge", "of"}
ROMAN = re.compile(r"^(I|II|III|IV|V|VI|VII|VIII|IX|X|JR\.?|SR\.?)$")
SURNAME_FIRST = {"CN", "TW", "KR", "KP", "MN", "HU", "VN", "SG", "HK", "MO", "KH"}


def parse_date(s):
    m = re.search(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", s)
    if m and m.group(2).lower() in MONTHS:
        return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = re.search(r"([A-Za-z]+)\s+(\d{4})", s)
    if m and m.group(1).lower() in MONTHS:
        return "%s-%02d-01" % (m.group(2), MONTHS[m.group(1).lower()])
    m = re.search(r"\b(\d{4})\b", s)
    return "%s-01-01" % m.group(1) if m else None


def case_word(w):
    """'ABE' → 'Abe', 'EL-SISI' → 'El-Sisi', "O'NEILL" → "O'Neill", 'BIN' → 'bin'."""
    if w.lower() in LOWER_PARTICLES:
        return w.lower()
    parts = re.split(r"([\-'’])", w)
    out = []
    for p in parts:
        if p in "-'’" or not p:
            out.append(p)
        elif p.lower() in ("al", "el", "ad", "ash", "as", "an", "ar", "az", "at") and len(parts) > 1 and p is parts[0]:
            out.append(p.lower() if p.lower() == "al" else p.capitalize())
        else:
            out.append(p[:1].upper() + p[1:].lower())
    s = "".join(out)
    if re.match(r"^(Mc|Mac)[a-z]", s) and len(s) > 4 and w.isupper():
        s = s[:2] + s[2].upper() + s[3:] if s.startswith("Mc") else s
    return s


def normal_name(raw):
    """A Factbook name ("Shinzo ABE", "XI Jinping", 'William F. "Bill" HAGERTY, IV') in normal case,
    with its surname and the other forms to recognise it by."""
    raw = re.split(r"\s+of\s+the\s+", raw)[0]  # "George W. BUSH of the US"
    nick = re.search(r'"+([A-Z][a-z]+)"+', raw)  # 'William F. "Bill" HAGERTY': also "Bill Hagerty"
    raw = re.sub(r'"+[^"]*"+', " ", raw)
    raw = re.sub(r"\s+", " ", raw).strip(" ,.")
    raw = re.sub(r",\s*(JR\.?|SR\.?|Jr\.?|Sr\.?|I{1,3}|IV|V)$", "", raw).strip(" ,")  # "HAGERTY, IV"
    words = raw.split(" ")
    while words and words[0].lower() in HONORIFICS:
        words = words[1:]
    while words and ROMAN.match(words[-1].upper()) and len(words) > 2:
        words = words[:-1]
    if not words:
        return None
    caps = [i for i, w in enumerate(words) if len(re.sub(r"[^A-Za-z]", "", w)) >= 2 and w.upper() == w
            and not ROMAN.match(w)]
    if not caps:
        return None
    name_words = [case_word(w) if (i in caps or w.isupper()) and not ROMAN.match(w) else w
                  for i, w in enumerate(words)]
    name = " ".join(name_words)
    surname_words = [name_words[i] for i in range(caps[0], caps[-1] + 1)]
    surname = " ".join(surname_words)
    variants = []
    if nick and caps[0] > 0:
        variants.append(nick.group(1) + " " + surname)
    initials = [w for w in name_words if re.match(r"^[A-Z]\.$", w)]
    if initials and len(name_words) - len(initials) >= 2:
        # "Donald J. Trump" is written "Donald Trump": that is the name, the initials a variant
        variants.append(name)
        name_words = [w for w in name_words if w not in initials]
        name = " ".join(name_words)
    # Russian patronymics: "Vladimir Vladimirovich Putin" is written "Vladimir Putin"
    if len(name_words) == 3 and re.search(r"(vich|vna|ovna|evna|ich|ichna)$", name_words[1]) and caps[0] == 2:
        variants.append(name)
        name_words = [name_words[0], name_words[2]]
        name = " ".join(name_words)
    # Arabic names: "Muhammad bin Salman bin Abd al-Aziz Al Saud" → "Muhammad bin Salman"; no
    # one-word alias (King Salman and Muhammad bin Salman share the word)
    lowered = [w.lower() for w in name_words]
    if "bin" in lowered or "ibn" in lowered:
        k = lowered.index("bin") if "bin" in lowered else lowered.index("ibn")
        j = k + 1
        while j < len(name_words) and name_words[j].lower() in ("abd", "abdul", "abdel"):
            j += 1
        if j < len(name_words):
            short = " ".join(name_words[: j + 1])
            if short != name:
                variants.append(short)
        for v in list(variants) + [name]:
            if v.startswith("Muhammad "):
                variants += [m + v[len("Muhammad"):] for m in ("Mohammed", "Mohammad", "Mohamed")]
        return name, "", variants
    # "El-Sisi" → also "Sisi"
    stripped = re.sub(r"^(Al|El|al|el|Ad|As|Ash)[\-\s]", "", surname)
    if stripped != surname and len(stripped) >= 3:
        variants.append(name.replace(surname, stripped))
        surname = stripped
    return name, surname, variants


FIELD_LABEL = re.compile(
    r"(chief of state|head of government|chief of mission|cabinet|elections/appointments|elections|"
    r"election results|note|embassy|chancery|mailing address|telephone|FAX|consulate\(s\) general|"
    r"consulate\(s\))\s*:", re.I)
NAME_WORD = re.compile(r"^([A-Z][A-Za-z'’.\-]*|[a-z]{1,4}(-[A-Z][a-z]*)?|[A-Z]\.|\"[A-Z][a-z]+\")$")


STATE_WORDS = {"republic", "islamic", "federal", "democratic", "people's", "kingdom", "united", "of", "the",
               "socialist", "arab", "federation", "state", "union", "commonwealth", "principality", "grand",
               "duchy", "plurinational", "bolivarian", "oriental", "independent", "sultanate", "emirates",
               "confederation", "hashemite", "co-operative", "cooperative", "great", "jamahiriya", "popular"}


def offices_in(content, country_words=frozenset()):
    """(kind, title, raw name, since) for each office named in an executive-branch or chief-of-mission field."""
    out = []
    parts = FIELD_LABEL.split(content)
    for i in range(1, len(parts) - 1, 2):
        kind = parts[i].lower()
        if kind not in ("chief of state", "head of government", "chief of mission"):
            continue
        body = re.split(r"\bnote\b", parts[i + 1])[0]
        for stmt in body.replace(" | ", ";").split(";"):
            stmt = stmt.strip()
            if not stmt or "vacant" in stmt.lower():
                continue
            # "Anthony (Tony) BLAIR": a nickname in brackets before the surname
            stmt = re.sub(r"\(([A-Z][a-z]+)\)\s+(?=[A-Z])", r'"\1" ', stmt)
            chunks = re.findall(r"([^(),]+?)\s*((?:\([^)]*\)\s*)*)(?:,|$)", stmt)
            title = None
            for text, parens in chunks:
                text = re.sub(r"\s+", " ", text).strip()
                if not text:
                    continue
                words = text.split(" ")
                k = 0
                while k < len(words) and (words[k].lower() in TITLE_WORDS or words[k].lower() == "and") \
                        and not (words[k].isupper() and len(words[k]) > 1):
                    k += 1
                # "President of the Islamic Republic of Afghanistan Hamid KARZAI": the state's name
                # belongs to the title
                if k and words[k - 1].lower() in ("of", "the"):
                    while k < len(words) - 1 and (words[k].lower() in STATE_WORDS or fold(words[k]) in country_words) \
                            and not (words[k].isupper() and len(words[k]) > 1):
                        k += 1
                t = " ".join(words[:k]).strip()
                m_of = re.match(r"^(.*?)\s+of\s+(.*)$", t)
                if m_of and all(w.lower() in STATE_WORDS or fold(w) in country_words for w in m_of.group(2).split()):
                    t = m_of.group(1)  # "President of the Islamic Republic of Afghanistan" → "President"
                name_words = words[k:]
                if t:
                    if not t[0].isupper() or t.split(" ")[-1].lower() in ("of", "the", "and"):
                        continue  # prose: "the leader of the majority party ..."
                    title = t
                if re.search(r"charg", text, re.I) or "(acting)" in parens:
                    continue
                since = None
                sm = re.search(r"since ([^)]*)", parens)
                if sm:
                    since = parse_date(sm.group(1))
                eff = title or {"chief of state": "President", "head of government": "Prime Minister",
                                "chief of mission": "Ambassador"}[kind]
                # "Vice Presidents Ahmad Zia MASOOD and Abdul Karim KHALILI": two names, one title
                for name in re.split(r"\s+and\s+", " ".join(name_words)):
                    words_ = name.split(" ")
                    if not name or len(words_) > 9 or not re.search(r"[A-Z]{2}", name) \
                            or ROMAN.match(name.upper()) or not all(NAME_WORD.match(w) for w in words_):
                        continue
                    if any(w.lower() in OFFICE_WORDS for w in words_):
                        continue
                    if len(re.sub(r"[^A-Za-z]", "", name)) < 4 or re.search(r"\bDC\b", name):
                        continue  # "NA", "Washington, DC": not names
                    # letters lost upstream ("Andr s Manuel L PEZ"): other editions spell it whole
                    if re.search(r"(^|\s)[A-Za-z](\s|$)", name):
                        continue
                    for single in re.split(r"\s+and\s+", eff):
                        if single.lower().endswith(("premiers", "ministers", "presidents")):
                            single = single[:-1]
                        out.append((kind, single.strip(), name, since))
    return out


def country_resolver(countries):
    """Factbook country name (or, for sovereign states, ISO code) → canonical country name."""
    by_name = {}
    for r in countries:
        for n in [r[0]] + r[1]:
            by_name[fold(n)] = r[0]
    by_iso = {r[4]: r[0] for r in countries}

    def resolve(name, iso, entity_type):
        for n in [name, re.sub(r"\s*\(.*\)", "", name), name.split(",")[0]]:
            if fold(n) in by_name:
                return by_name[fold(n)]
        # "Korea, South", "Turkey (Turkiye)": the ISO code, only for states (crown dependencies share GB)
        return by_iso.get(iso) if entity_type == "sovereign" else None

    return resolve


def given_part(name, surname):
    rest = name.replace(surname, " ").split() if surname else name.split()
    return [fold(w) for w in rest]


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def same_person(a, b):
    """Two spellings of one holder of one office ("Ukhnaa Khurelsukh" / "Ukhnaagiin Khurelsukh",
    "Gordon Brown" / "James Gordon Brown", "Enkhtuvshin" / "Enkhtuvshun")."""
    sa, sb = a["surname"], b["surname"]
    if sa != sb and not (min(len(sa), len(sb)) >= 5 and edit_distance(sa, sb) <= 1):
        return False
    ga, gb = a["given"], b["given"]
    if not ga or not gb:
        return ga == gb
    if len(ga) == len(gb):  # "Kim Jong Il" and "Kim Jong Un" are two people
        return all(x[:3] == y[:3] for x, y in zip(ga, gb))
    return ga[0][:3] == gb[0][:3] or set(ga) <= set(gb) or set(gb) <= set(ga)


def build_officeholders(shared, countries, hand_people, persons, english):
    resolve = country_resolver(countries)
    path = os.path.join(shared, "cia-factbook-executive", "factbook_executive_diplomatic_2000_2025.tsv")
    mentions = []  # (country, title, name, surname, variants, since, year)
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 7:
                continue
            year, iso, name, etype, field = int(cols[0]), cols[2], cols[3], cols[4], cols[5]
            content = cols[6].strip('"').replace('""', '"')
            country = resolve(name, iso, etype)
            if not country or field == "Diplomatic representation from the US":
                continue
            words = frozenset(fold(w) for w in re.split(r"[\s,()]+", name + " " + country) if w)
            for kind, title, raw, since in offices_in(content, words):
                if kind == "chief of state" and etype != "sovereign":
                    continue  # a territory's chief of state is its sovereign's (the US President, the King)
                if kind == "chief of mission":
                    if not title.lower().startswith("ambassador"):
                        continue
                    title = "Ambassador to the United States"
                parsed = normal_name(raw)
                if parsed:
                    mentions.append((country, title, parsed, since, year))
    # one record per holder of an office: spellings merged, then tenures split by their start date
    holders = collections.defaultdict(list)  # (country, title) → [holder]
    for country, title, (name, surname, variants), since, year in mentions:
        if surname:
            rec = {"name": name, "surname": fold(surname), "given": given_part(name, surname)}
        else:  # Arabic names have no surname to key on: the whole name is the key
            rec = {"name": name, "surname": fold(name), "given": []}
        lst = holders[(country, title)]
        h = next((h for h in lst if same_person(h, rec)), None)
        if h is None:
            h = {"surname": rec["surname"], "given": rec["given"], "display_surname": surname,
                 "names": collections.Counter(), "variants": [], "starts": collections.defaultdict(set)}
            lst.append(h)
        h["names"][name] += 1
        for v in variants:
            if v not in h["variants"]:
                h["variants"].append(v)
        h["starts"][since or "%d-01-01" % year].add(year)
    rows = []
    for (country, title), lst in sorted(holders.items()):
        tenures = []  # [start, holder, years]
        for h in lst:
            dated = sorted(st for st in h["starts"] if not st.endswith("-01-01") or st[:4] not in
                           {str(y) for y in h["starts"][st]})
            for start in sorted(h["starts"]):
                years = h["starts"][start]
                own = [t for t in tenures if t[1] is h]
                near = [t for t in own if days_between(t[0], start) < 90]
                if start not in dated:
                    # an edition without a "since" date: part of this holder's tenure that began before
                    near = [t for t in own if t[0] <= start] or near
                    near = near[-1:]
                if near:
                    near[0][2].update(years)
                else:
                    tenures.append([start, h, set(years)])
        # a "since" date wins over an edition-year guess for the same person
        tenures.sort(key=lambda t: (t[0], t[1]["surname"]))
        for i, (start, h, years) in enumerate(tenures):
            last = max(years)
            later = [t[0] for t in tenures[i + 1:] if t[0] > start and t[1] is not h]
            # editions lag: a successor starting up to a year after the last edition that lists
            # this holder ends the tenure; else it ends with that year (2018-2020 editions are empty)
            limit = "2020-12-31" if last == 2017 else "%d-12-31" % (last + 1)
            if later and later[0] <= limit:
                end = later[0]
            elif last >= LAST_EDITION:
                end = ""
            else:
                end = "%d-12-31" % (2020 if last == 2017 else last)
            if end and end < start:  # listed ahead of the start (an elect): a tenure from its start on
                end = "" if last >= LAST_EDITION else "%s-12-31" % start[:4]
            name = max(h["names"].items(), key=lambda kv: (kv[1], kv[0]))[0]
            if fold(name) in hand_people:
                name = hand_people[fold(name)]
            forms = [n for n in sorted(h["names"]) if n != name] + [v for v in h["variants"] if v != name]
            forms = [f for i, f in enumerate(forms) if " " in f and f not in forms[:i]]
            surname = h["display_surname"]
            alias = surname if surname and safe_surname(surname, persons, english) and surname != name else ""
            rows.append([name, forms, country, title, "", start, end, alias])
    unify_across_offices(rows)
    rows = one_realm(rows, shared)
    shared_surnames(rows)
    rows.sort(key=lambda r: (r[2], r[3], r[5], r[0]))
    return rows


def shared_surnames(rows):
    """A surname two people of the table share ("Zhang", "Sharif"), or that is another holder's
    first name ("Marat", "Petro"), is too common to name anyone alone."""
    owners = collections.defaultdict(set)
    first_names = set()
    for r in rows:
        if r[7]:
            owners[fold(r[7])].add(r[0])
        first_names.add(fold(r[0].split(" ")[0]))
    for r in rows:
        if r[7] and (len(owners[fold(r[7])]) > 1 or fold(r[7]) in first_names):
            r[7] = ""


def one_realm(rows, shared):
    """A monarch of several realms (Elizabeth II, Charles III) is listed under the most populous
    one only: a name must point to one country."""
    geo = json.load(open(os.path.join(shared, "geonames-cities15000", "countries.json"), encoding="utf-8"))
    population = {}
    for g in geo.values():
        population[g["name"]] = g.get("population") or 0
    realms = collections.defaultdict(set)
    for r in rows:
        if r[3] in ("King", "Queen"):
            realms[r[0]].add(r[2])
    home = {n: max(cs, key=lambda c: (population.get(c, 0), c)) for n, cs in realms.items() if len(cs) > 1}
    return [r for r in rows if r[0] not in home or r[2] == home[r[0]] or r[3] not in ("King", "Queen")]


def unify_across_offices(rows):
    """One person, one name: "Ukhnaa Khurelsukh" (prime minister, 2017) and "Ukhnaagiin Khurelsukh"
    (president, 2021) become the latest spelling, with the others as variants."""
    people = collections.defaultdict(list)  # country → [[record, rows]]
    for r in rows:
        surname = r[7] or (r[0] if " bin " in r[0] else r[0].split(" ")[-1])
        rec = {"surname": fold(surname), "given": given_part(r[0], surname) if r[7] else []}
        groups = people[r[2]]
        g = next((g for g in groups if same_person(g[0], rec) and (rec["given"] or g[0]["name"] == r[0])), None)
        if g is None:
            rec["name"] = r[0]
            groups.append([rec, [r]])
        else:
            g[1].append(r)
    for groups in people.values():
        for _, members in groups:
            names = {m[0] for m in members}
            if len(names) < 2:
                continue
            latest = max(members, key=lambda m: (m[5], m[0]))[0]
            others = sorted(n for n in names if n != latest)
            for m in members:
                forms = [f for f in [m[0]] + m[1] + others if f != latest]
                m[0] = latest
                m[1] = [f for i, f in enumerate(forms) if f not in forms[:i]]


LAST_EDITION = 2025


def days_between(a, b):
    import datetime
    da = datetime.date.fromisoformat(a)
    db = datetime.date.fromisoformat(b)
    return abs((db - da).days)


def safe_surname(surname, persons, english):
    """A one-word surname may name the holder on its own unless it is short, an English word, or a
    common US first name or surname ("May", "Brown", "Charles")."""
    if " " in surname or len(surname) < 4:
        return False
    k = fold(surname)
    return k not in persons and k not in english and k not in EXTRA_ENGLISH


def read_hand_people():
    """Canonical names of Data/dictionaries/people.tsv by folded full name and multi-word variant."""
    return {fold(s): cols[0] for cols in hand_rows("people.tsv") for s in [cols[0]] + listed(cols, 1) if " " in s}


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        for r in rows:
            f.write("\t".join("|".join(c) if isinstance(c, list) else str(c) for c in r).rstrip("\t") + "\n")


OUTPUTS = ["countries.tsv", "cities.tsv", "officeholders.tsv"]


def self_test():
    """The name rules on Factbook-style examples (run by --check)."""
    cases = {
        "Shinzo ABE": ("Shinzo Abe", "Abe"),
        "XI Jinping": ("Xi Jinping", "Xi"),
        "Abdel Fattah EL-SISI": ("Abdel Fattah El-Sisi", "Sisi"),
        "Ursula VON DER LEYEN": ("Ursula von der Leyen", "von der Leyen"),
        "MUHAMMAD BIN SALMAN bin Abd al-Aziz Al Saud": ("Muhammad bin Salman bin Abd al-Aziz Al Saud", ""),
        "Sir Nigel Kim DARROCH": ("Nigel Kim Darroch", "Darroch"),
        "ELIZABETH II": ("Elizabeth II", "Elizabeth"),
    }
    for raw, want in cases.items():
        got = normal_name(raw)
        if want is not None and (got is None or got[:2] != want):
            sys.exit("build.py: self-test failed: %r gave %r, expected %r" % (raw, got, want))
    got = normal_name('William F. "Bill" HAGERTY, IV')
    if got is None or got[0] != "William Hagerty" or "Bill Hagerty" not in got[2] or "William F. Hagerty" not in got[2]:
        sys.exit("build.py: self-test failed: nickname and initials variants: %r" % (got,))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--check", action="store_true",
                    help="regenerate into a temporary folder and compare with the committed tables")
    args = ap.parse_args()
    if args.check:
        self_test()
        import filecmp
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            sys.argv = [sys.argv[0], "--shared", args.shared, "--out", tmp]
            main()
            stale = [f for f in OUTPUTS if not filecmp.cmp(os.path.join(tmp, f), os.path.join(args.out, f), shallow=False)]
        if stale:
            sys.exit("build.py: error: %s differ from what build.py generates; run python3 Data/gazetteers/build.py"
                     % ", ".join(stale))
        print("build.py: the committed tables are up to date")
        return
    if not os.path.isdir(args.shared):
        sys.exit("build.py: error: %s is not a folder; pass --shared PATH to the shared open data" % args.shared)
    hand_canon, hand_surfaces, hand_demonyms = read_hand_countries()
    english = english_words(args.shared)
    persons = person_names(args.shared)
    countries = build_countries(args.shared, hand_canon, hand_surfaces, hand_demonyms)
    cities = build_cities(args.shared, countries, english, persons, read_hand_cities())
    holders = build_officeholders(args.shared, countries, read_hand_people(), persons, english)
    write(os.path.join(args.out, "countries.tsv"),
          "# Generated by Data/gazetteers/build.py from GeoNames (CC BY 4.0) and countryinfo (MIT). Do not edit.\n"
          "# name\tvariants\tdemonyms\tcapital\tiso2\n",
          countries)
    write(os.path.join(args.out, "cities.tsv"),
          "# Generated by Data/gazetteers/build.py. Contains data from GeoNames (https://www.geonames.org),\n"
          "# licensed under CC BY 4.0. Do not edit.\n"
          "# name\tcountry\tvariants\tpopulation\tguard (context = fires only after in/at/from/... or before ', Country')\n",
          [[r[0], r[1], r[2], str(r[3]), r[4]] for r in cities])
    write(os.path.join(args.out, "officeholders.tsv"),
          "# Generated by Data/gazetteers/build.py. Source: CIA World Factbook (public domain), via the\n"
          "# CIA-World-Factbooks-Archive-1990-2025 project. Do not edit.\n"
          "# name\tvariants (multi-word)\tcountry\ttitle\torganization\tfrom\tto\tsurname (one word that may name the holder alone)\n",
          holders)
    print("countries %d, cities %d (%d need context), office holders %d" % (
        len(countries), len(cities), sum(1 for r in cities if r[4]), len(holders)))


if __name__ == "__main__":
    main()
