"""Countries (GeoNames + countryinfo) and world cities (GeoNames) for build.py."""

import collections
import glob
import json
import os
import re

from common import EXTRA_ENGLISH, FUNCTION_WORD_COUNT, edit_distance, fold, plausible_name, tsv_field

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
        # "Democratic Republic of the Congo" is also written without its article ("Democratic
        # Republic of Congo"); the longer name still wins where both could match
        bare = [re.sub(r" of the ", " of ", s) for s in names + alts if " of the " in s]
        for s in names + alts + bare:
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


# ---------------------------------------------------------------- regions


# One-word division names that are geographic common nouns ("Gulf" is a province of Papua New
# Guinea, "Coast" one of Kenya): news writes them for other things.
REGION_WORDS = {"gulf", "coast", "central", "capital", "islands", "lakes", "north", "south", "east", "west",
                "northern", "southern", "eastern", "western", "upper", "lower", "highlands", "plateau", "river",
                "valley", "mountain", "mountains", "border", "delta", "lagoon", "savanes", "plateaux", "littoral",
                "interior", "centre", "center", "sea", "bay", "lake", "federal", "national"}


# Nouns of a division's kind: a name made of them and of common words ("Northern Province",
# "Central Region", "Capital District") is a description more countries than one may use.
DIVISION_NOUNS = {"province", "region", "district", "state", "territory", "division", "county", "area",
                  "governorate", "department", "municipality", "prefecture", "oblast", "parish", "zone"}


def build_regions(shared, countries, cities, english, persons, hand_places):
    """First-level divisions (states, provinces, regions) of countryinfo's `provinces` lists.

    A name is left out when it can be read otherwise: as a country, a demonym or a city (the city
    keeps it: "Lagos", "Nairobi"), as an English word or a first name or surname when it is one
    word, as two countries' divisions ("Punjab"), or when the hand dictionary already lists it.
    """
    by_iso = {r[4]: r for r in countries}
    other = set()
    country_words = set()
    for r in countries:
        other.update(fold(s) for s in [r[0]] + r[1] + r[2])
        for s in [r[0]] + r[1]:
            country_words.update(fold(s).replace("-", " ").split())
    for r in cities:
        other.update(fold(s) for s in [r[0]] + r[2])
    owners = collections.defaultdict(set)
    named = []
    for path in sorted(glob.glob(os.path.join(shared, "countryinfo-demonyms", "countries", "*.json"))):
        d = json.load(open(path, encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso not in by_iso:
            continue
        for p in d.get("provinces") or []:
            if not isinstance(p, str):
                continue
            p = p.strip()
            if not plausible_name(p):
                continue
            owners[fold(p)].add(iso)
            named.append((p, iso))
    rows = []
    seen = set()
    for p, iso in named:
        k = fold(p)
        words = k.split()
        if k in seen or len(owners[k]) > 1 or k in other or k in hand_places or len(k) <= 3:
            continue
        if len(words) == 1 and (words[0] in english or words[0] in EXTRA_ENGLISH or words[0] in persons
                                or words[0] in REGION_WORDS or words[0] in country_words):
            continue
        # a compass word or "Central" alone with a common noun ("Western Area", "Central"): too vague
        if all(w in english or w in REGION_WORDS or w in DIVISION_NOUNS for w in words):
            continue
        seen.add(k)
        rows.append([tsv_field(p), by_iso[iso][0]])
    rows.sort(key=lambda r: (r[1], r[0]))
    return rows
