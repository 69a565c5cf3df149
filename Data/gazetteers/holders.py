"""Office holders by year from the Factbook for build.py: one line per tenure."""

import collections
import datetime
import json
import os
import re

from common import EXTRA_ENGLISH, fold, edit_distance
from factbook_names import normal_name, offices_in

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


# Lower-case words that belong inside a name ("da", "bin", "arap", "wa", "von und zu").
NAME_PARTICLES = {"bin", "bint", "ibn", "ibni", "de", "da", "do", "dos", "das", "du", "di", "del", "della", "der",
                  "den", "van", "von", "und", "zu", "la", "le", "y", "e", "al", "el", "wa", "arap", "ould", "ag",
                  "af", "av", "ter", "ten", "of", "the"}


def damaged(name):
    """Whether a spelling lost a letter in the archive's text: some editions dropped accented
    letters and left a space ("Luiz In cio" for Inacio, "Fran ois" for Francois),
    which leaves a lower-case piece of a word after a capitalized one."""
    words = name.split()
    return any(i > 0 and w[:1].islower() and w.lower() not in NAME_PARTICLES and not w.lower().startswith(("al-", "el-"))
               and words[i - 1][:1].isupper() for i, w in enumerate(words))


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
            # the most frequent spelling, but never one with a lost letter when another is whole
            name = max(h["names"].items(), key=lambda kv: (not damaged(kv[0]), kv[1], kv[0]))[0]
            if fold(name) in hand_people:
                name = hand_people[fold(name)]
            forms = [n for n in sorted(h["names"]) if n != name] + [v for v in h["variants"] if v != name]
            forms = [f for i, f in enumerate(forms) if " " in f and f not in forms[:i]]
            surname = h["display_surname"]
            alias = surname if surname and safe_surname(surname, persons, english) and surname != name else ""
            rows.append([name, forms, country, title, "", start, end, alias])
    unify_across_offices(rows)
    with open(path, encoding="utf-8") as f:
        mend_damaged(rows, fold(f.read()))
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
            latest = max(members, key=lambda m: (not damaged(m[0]), m[5], m[0]))[0]
            others = sorted(n for n in names if n != latest)
            for m in members:
                forms = [f for f in [m[0]] + m[1] + others if f != latest]
                m[0] = latest
                m[1] = [f for i, f in enumerate(forms) if f not in forms[:i]]


def mend_damaged(rows, text):
    """A name still missing a letter takes it back from an edition that kept it ("Fran ois Bayrou"
    as prime minister, "Francois BAYROU" elsewhere in the Factbook's text), the damaged spelling
    kept as a variant; a name whose letter no edition kept stays as it is."""
    for r in rows:
        if not damaged(r[0]):
            continue
        words = r[0].split()
        pattern = re.escape(fold(words[0]))
        for i in range(1, len(words)):
            lost = words[i][:1].islower() and words[i].lower() not in NAME_PARTICLES and words[i - 1][:1].isupper()
            pattern += ("([a-z])" if lost else r"\s+") + re.escape(fold(words[i]))
        m = re.search(r"\b" + pattern + r"\b", text)
        if not m:
            continue
        letters = iter(m.groups())
        mended = words[0]
        for i in range(1, len(words)):
            lost = words[i][:1].islower() and words[i].lower() not in NAME_PARTICLES and words[i - 1][:1].isupper()
            mended += (next(letters) if lost else " ") + words[i]
        r[1] = [r[0]] + [f for f in r[1] if f not in (r[0], mended)]
        r[0] = mended


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


