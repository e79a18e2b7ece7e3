"""What a figure counts: units written against it, the counted noun, rates, magnitudes, ages."""

from __future__ import annotations

import re
from typing import Any

from .numbers import SCALES

# Units written against the figure in British and wire copy: "200mm of rain", "winds
# reaching 75mph", "temperatures dropped more than 30C", "a 5km stretch", "1,300MW"
GLUED = (
    r"(?-i:mm|cm|km|kg|mph|kph|km/h|ft|MW|GW|kW|kWh|MWh|GWh|TWh|ha|°?C|°?F)"
    r"(?![\w/])"
)
TEMPERATURE = re.compile(r"temp[ée]rat|degr|heat|chaleur|cold|froid|thermom|°", re.IGNORECASE)


RATE = re.compile(
    r"\s*(?:par|per|a|an|each|chaque|/)\s*(?P<period>jour|an|année|mois|semaine|heure|habitant|"
    r"day|year|month|week|hour|capita|head|person|(?<=/)h)\b"
    # "$17 million a year earlier", "il y a un an plus tôt" are times, not rates
    r"(?!\s+(?:earlier|ago|before|later|previously|plus\s+tôt|auparavant|avant|plus\s+tard))",
    re.IGNORECASE,
)
# "a two-cent increase", "a 16-month ban": the noun may hang on the figure by a hyphen
UNIT = re.compile(r"(?:\s*|-)(?:(?:de|des|of)\s+|d')?(?P<unit>[^\W\d_][\w\-]*)", re.UNICODE)
NOT_UNITS = frozenset(
    [
        "le", "la", "les", "l", "des", "du", "de", "d", "un", "une", "et", "ou", "à", "au",
        "aux", "en", "dans", "sur", "par", "pour", "que", "qui", "ce", "cette", "ces",
        "son", "sa", "ses", "leur", "leurs", "the", "a", "an", "of", "in", "on", "at",
        "and", "or", "to", "for", "by", "with", "from", "that", "which", "is", "are", "was",
        "were", "has", "have", "had", "be", "will", "would", "this", "these", "those",
        "its", "their", "his", "her", "our", "as", "than", "per", "new", "nouveaux",
        "nouvelles", "nouveau", "nouvelle", "autres", "other", "more", "most", "plus",
        "moins", "over", "under", "about", "entre", "between",
        # days and times say when, not what is counted ("rose to 233 Sunday")
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi",
        "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "today", "yesterday",
        "tonight", "hier", "aujourd", "ce", "cette", "ago", "earlier", "later", "last", "this",
        "dernier", "dernière", "prochain", "prochaine", "contre", "against", "versus", "vs",
    ]
)  # fmt: skip
OIL_RATES = {"mbj": "barils par jour", "mb/j": "barils par jour", "mbpd": "barrels per day",
             "mb/d": "barrels per day"}  # fmt: skip


_NUMBER_HEADS = frozenset(["cent", "cents", "mille", "hundred", "hundreds", "thousand"])


def parse_unit(doc: Any, char: int, fallback: str) -> str:
    """The counted noun the parse attaches the number to ("2,000 new counselling positions")."""
    tok = next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)
    if tok is None:
        return fallback
    head = tok.head
    # "Deux cents familles": a number word is part of the figure, not what it counts
    while head.lower_ in _NUMBER_HEADS and head.head.i != head.i:
        head = head.head
    # "2 milliards d'euros": the scale word is the number's head, what it counts hangs off it
    # (or, in English, is the scale word's own head: "6 million yellow fever vaccines").
    if head.lower_ in SCALES:
        nouns = [
            c
            for c in head.children
            if c.pos_ == "NOUN"
            and c.i > head.i
            # "5,52 milliards de 10 analystes": a noun with its own figure counts that one
            and not any(g.pos_ == "NUM" and g.dep_ == "nummod" for g in c.children)
        ]
        if nouns:
            head = nouns[0]
        elif head.head.pos_ == "NOUN" and head.head.i > head.i:
            head = head.head
    # "nine World Cup bid committees": the names before the noun are its compounds
    if head.pos_ == "PROPN":
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
    if head.i > tok.i and head.pos_ == "NOUN" and head.i - tok.i <= 5 and head.lower_ not in SCALES:
        return head.text
    return fallback


HYPHENATED_MAGNITUDE = re.compile(r"\bmagnitude-(\d+(?:\.\d+)?)(?![\d.])", re.IGNORECASE)
MAGNITUDE_BEFORE = re.compile(
    r"\bmagnitude(?:\s+(?:de|of|at|à|was|is|était|est))?\s*$", re.IGNORECASE
)
MAGNITUDE_AFTER = re.compile(
    r"\s*-?\s*(?:magnitude\b|in\s+magnitude\b|(?:sur|on)\s+(?:l'|the\s+)?(?:é|e)chelle\s+"
    r"(?:ouverte\s+)?de\s+"
    r"richter|on\s+the\s+richter\s+scale)",
    re.IGNORECASE,
)
# "The suspect, aged 34,", "âgé de 45 ans" (the noun follows there)
NAME_COMMA = re.compile(r"\b[A-Z][\w'-]+\s+[A-Z][\w'-]+,\s$")
AGED = re.compile(r"\b(?:aged|âgée?s?\s+de|agée?s?\s+de)\s*$", re.IGNORECASE)


# "Le nombre de décès s'établit à plus d'un million", "the number of dead rose to 50": the
# figure counts what the subject names, when nothing else in between is a figure
_NUMBER_OF = re.compile(
    # "the estimated number of people", "le nombre estimé de sinistrés"
    r"\b(?:le|du|au|the)\s+(?:[^\W\d_][\w-]*\s+){0,2}?(?:nombre|number)\s+"
    r"(?:total\s+|estimé\s+|officiel\s+)?(?:de\s+|d'|des\s+|of\s+(?:the\s+)?)"
    r"(?P<noun>[^\W\d_][\w-]*)",
    re.IGNORECASE,
)


# Only nouns that name nothing without their complement take it into the unit ("membres
# d'équipage", "chefs d'accusation", "demandeurs d'emploi", "bureaux de vote"); a thing keeps its
# own name ("trente obus de mortier" -> obus, "deux satellites de télécommunications" ->
# satellites: the development sets' gold).
_RELATIONAL = frozenset(
    ["membre", "membres", "chef", "chefs", "demandeur", "demandeurs", "chercheur", "chercheurs",
     "bureau", "bureaux", "agent", "agents"]
)  # fmt: skip
_COMPLEMENT = re.compile(r"\s+(?:de\s+|d')(?P<noun>[^\W\d_][\w-]*)", re.IGNORECASE)


def bare_complement(
    doc: Any, start: int, segment: str, unit: str, span_end: int
) -> tuple[str, int] | None:
    if unit.lower() not in _RELATIONAL or not segment[:span_end].endswith(unit):
        return None
    m = _COMPLEMENT.match(segment, span_end)
    if m is None or m.group("noun").lower() in NOT_UNITS:
        return None
    tok = next((t for t in doc if t.idx == start + m.start("noun")), None)
    if tok is None or tok.pos_ != "NOUN" or tok.head.text != unit:
        return None
    if any(c.pos_ in ("ADJ", "NOUN", "PROPN", "DET", "NUM") for c in tok.children):
        return None  # "58 cas de fièvre hémorragique" counts cases
    return segment[span_end - len(unit) : m.end()], m.end()


def may_count(doc: Any, char: int) -> bool:
    """The word after a figure can be what it counts unless the parse makes it a finite verb,
    an auxiliary or a function word ("85 ont été blessées")."""
    tok = next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)
    if tok is None:
        return True
    if tok.pos_ in ("AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART"):
        return False
    if tok.lower_ == "fold":
        return True  # "jumped 2.8-fold": the tagger's verb is a multiplier
    if tok.pos_ in ("ADJ", "VERB"):
        # "1,600 injured", "45 blessées" name people; "75 available", "690 millions prévus",
        # "721,979 spoilt votes" do not: the noun after them, if any, is counted
        return tok.lower_ in _STATES
    return True


_STATES = frozenset(
    ["injured", "wounded", "dead", "killed", "missing", "displaced", "arrested", "detained",
     "homeless", "unemployed", "infected", "hospitalised", "hospitalized", "evacuated",
     "blessés", "blessées", "blessé", "morts", "mortes", "tués", "tuées", "disparus", "disparues",
     "déplacés", "sinistrés", "interpellés", "arrêtés", "hospitalisés", "infectés", "évacués",
     "chômeurs", "inscrits", "votants", "exprimés", "confirmés", "probables", "suspects"]
)  # fmt: skip


_TOLL = re.compile(r"\b(?:death\s+)?toll\b", re.IGNORECASE)  # "The toll ... has risen to 262"


def toll_before(norm: str, at: int) -> bool:
    """ "…, taking the death toll in flash floods … to 162": a claim whose subject was
    restored from before its own span still counts deaths (tolls.py)."""
    window = norm[max(0, at - 120) : at]
    hits = list(_TOLL.finditer(window))
    return bool(hits) and not any(c.isdigit() for c in window[hits[-1].end() :])


# "155 of the 162 deaths", "3 des 5 candidats": the share counts what the whole counts
_SHARE_OF = {
    "en": re.compile(r"\s+of\s+(?:the|its|their|these|those)\s+(?:[\d.,]+\s+)?([^\W\d]+)"),
    "fr": re.compile(r"\s+(?:des|sur\s+les|parmi\s+les)\s+[\d.,\s]+\s+([^\W\d]+)"),
}
# "Of the victims, 137 drowned", "Parmi les blessés, 12 …": the group named before
_GROUP_BEFORE = {
    "en": re.compile(r"\b(?:of|among)\s+(?:the|these|those)\s+([^\W\d]+),\s*$", re.IGNORECASE),
    "fr": re.compile(r"\b(?:parmi|sur)\s+(?:les|ces)\s+([^\W\d]+),\s*$", re.IGNORECASE),
}


def counted_in_a_share(segment: str, at: int, end: int, language: str) -> str:
    """What a bare figure counts when it is part of a group the sentence names."""
    after = _SHARE_OF.get(language)
    if (
        after is not None
        and (m := after.match(segment, end))
        and m.group(1).lower() not in NOT_UNITS
    ):
        return m.group(1)
    before = _GROUP_BEFORE.get(language)
    if before is not None and (m := before.search(segment[max(0, at - 60) : at])):
        return m.group(1)
    return ""


def counted_by_subject(segment: str, at: int, doc: Any, start: int) -> str:
    hits = [h for h in _NUMBER_OF.finditer(segment, 0, at)]
    toll = [h for h in _TOLL.finditer(segment, 0, at)]
    if toll and not any(c.isdigit() for c in segment[toll[-1].end() : at]):
        return "deaths"  # "The death toll has risen to 2,500"
    if not hits:
        return ""
    hit = hits[-1]
    # another figure between names another count; a year ("in the first seven weeks of 2013")
    # does not
    between = re.sub(r"\b(?:1[89]|20)\d\d\b", "", segment[hit.end() : at])
    if any(c.isdigit() for c in between) or hit.group("noun").lower() in NOT_UNITS:
        return ""
    noun = hit.group("noun")
    if doc is not None:
        # "the total number of confirmed cases": the noun, past its adjectives
        tok = next((t for t in doc if t.idx == start + hit.start("noun")), None)
        if tok is not None and (tok.pos_ == "ADJ" or tok.dep_ == "amod"):
            nxt = next((t for t in doc[tok.i + 1 : tok.i + 3] if t.pos_ == "NOUN"), None)
            if nxt is not None:
                noun = nxt.text
    return noun


# English units that a hyphen makes singular before a noun ("a 16-month ban").
COMPOUND_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "mile",
                  "kilometre", "kilometer", "metre", "meter", "point", "cent", "dollar", "euro",
                  "inch", "foot"}  # fmt: skip
# (measures only: "the 14-member Organization" stays "member", as the first set's gold says)
PLURALS = {"inch": "inches", "foot": "feet"}


# "Measles cases were recorded at 6,078", "les sinistrés sont estimés à 10 000": a verb that
# sets a level takes the counted noun for its subject
_LEVEL_VERBS = frozenset(["record", "stand", "total", "reach", "put", "estimate", "peg", "place",
                          "élever", "établir", "estimer", "chiffrer", "évaluer", "recenser"])  # fmt: skip


def counted_by_level_subject(doc: Any, char: int) -> str:
    """The plural subject of the level verb a bare figure hangs on ("cases" of "Measles cases
    were recorded at 6,078"), or ""."""
    if doc is None:
        return ""
    tok = next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)
    if tok is None:
        return ""
    prep = (
        tok.head
        if tok.dep_ == "pobj"
        else next((c for c in tok.children if c.dep_ == "case"), None)
    )
    if prep is None or prep.lower_ not in ("at", "à"):
        return ""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _LEVEL_VERBS:
        return ""
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if subject is None or subject.pos_ != "NOUN" or "Plur" not in subject.morph.get("Number"):
        return ""
    return subject.text
