"""Reading the Factbook's executive-branch text: offices, titles, names in normal case."""

import re

from common import fold

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
    "chairwoman", "mayor", "ambassador-designate", "financial", "permanent", "lieutenant", "bailiff", "lord",
    "president-elect", "administrator", "high", "commissioner", "sovereign", "pontiff", "pope", "cardinal",
    "secretary-general", "chair", "premiers", "presidents", "ministers", "governors", "taoiseach", "tanaiste",
}
HONORIFICS = {"sr.", "gen.", "general", "professor", "sir", "dame", "sheikh", "shaykh", "dr.", "dr", "lt.", "col.",
              "maj.", "adm.", "brig.", "field", "marshal", "sayyid", "haji", "hajji", "mr.", "mrs.", "ms.", "lord",
              "lady", "prof."}
LOWER_PARTICLES = {"bin", "bint", "ibn", "de", "da", "do", "dos", "das", "du", "di", "del", "della", "der", "den",
                   "van", "von", "la", "le", "y", "e"}
OFFICE_WORDS = {"president", "minister", "prime", "premier", "deputy", "vice", "chancellor", "king", "queen",
                "prince", "governor", "ambassador", "chief", "elected", "reelected", "chairman", "chairwoman",
                "secretary", "commission", "affairs", "council", "designate", "charge", "of"}
ROMAN = re.compile(r"^(I|II|III|IV|V|VI|VII|VIII|IX|X|JR\.?|SR\.?)$")


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
    # "Antonio Luis Montenegro" is written "Luis Montenegro", "Luiz Inacio Lula da Silva" "Inacio
    # Lula da Silva": the first of two or more given names dropped (not down to an initial)
    given = name_words[: name_words.index(surname_words[0])] if surname_words[0] in name_words else []
    if len(given) >= 2 and not re.match(r"^[A-Z]\.?$", given[1]) and given[1][:1].isupper():
        variants.append(" ".join(name_words[1:]))
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
