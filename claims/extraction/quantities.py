"""Numbers a checker can compare: value, comparator, unit, rate and direction of change.

Read off the normalised text (offsets stay valid); the parse, when given, names the unit.
* Values are plain floats with the scale word applied ("1,1 million" -> 1100000, "LE772.11
  billion" -> 7.7211e11). Thousands separators and decimal marks follow the sentence's
  language (French "34.200" and "40 000" are thousands, "9,9" a decimal; English "2,000" is
  thousands), except that a comma before one or two digits is always a decimal ("9,9%").
* Number words count through text2num ("quatorze navires", "twenty-three cases", "a half
  dozen" -> 6) when a unit follows.
* Unit: a currency symbol or code before or after the number wins ("$", "€", "£", "EGP" for
  "LE", "CHF"); else "%" in every spelling, "point(s)"; else the counted noun (the parse's head
  of the number, never a cut word: "2,000 new counselling positions" -> "positions"). A rate
  keeps its period: "barils par jour", "$ a month".
  An adjective or a verb after the figure is no unit unless it names people ("1,600
  injured"); a noun that names nothing alone keeps its bare complement ("membres
  d'équipage"); "le nombre de X", "the death toll" name what a bare figure counts.
* Comparator from the words before ("plus de", "dépasse", "more than" ">", "près de", "about"
  "~", ...), else "=". "nearly"/"almost"/"près de" are approximations, not strict bounds. A
  bar crossed is ">" ("franchi la barre des 5%"), reached ">=", and a negation turns it round.
  A range gives its bounds (">=", "<=") unless it is a move ("from 7.5 to 8 percent").
* change: "up" / "down" when the number is the size of a move ("rose 5 percent", "a reculé
  de 0,3 point", "+0,2 point"), or the level of a move that gives no size ("rose to 5
  percent"); None for the level after a sized move ("fell 25.8 percent to Rs.1,432.3 crore").
* Not quantities: years, days, times ("8.30pm"), pairs ("9/11"), ranks ("au troisième
  trimestre"; a streak counts: "46e succès d'affilée"), names ("Ariane 5", "FTSE 100").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from .records import Quantity

_SCALES = {
    "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "billion": 1e9,
    "billions": 1e9, "trillion": 1e12, "trillions": 1e12, "mille": 1e3, "thousand": 1e3,
    "mln": 1e6, "md": 1e9, "mds": 1e9, "bn": 1e9, "m": 1e6, "k": 1e3, "mn": 1e6, "tn": 1e12,
    "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}  # fmt: skip
_NUMBER_WORDS = {
    "fr": "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
          "quinze seize vingt vingts trente quarante cinquante soixante cent cents mille",
    "en": "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
          "eighty ninety hundred thousand",
}  # fmt: skip
_NUM = {
    # Swiss copy groups thousands with an apostrophe ("480'500 voix")
    "fr": r"\d{1,3}(?:[ .'’]\d{3})+(?:,\d+)?(?![\d])|\d+(?:[,.]\d+)?",
    # "56 949 009 registered voters" (SI spacing, common outside the US and Britain)
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?![\d,.])"
    r"|\d+,\d{1,2}(?![\d])|\d+(?:\.\d+)?",
}
# Currencies written before the number; codes and words after it are read as units.
# Letter codes only in capitals ("le 12 mars" is no sum of Egyptian pounds).
_CURRENCY_BEFORE = (
    r"US\$|C\$|A\$|R\$|HK\$|\$|€|£|¥|₹|₦|₱|"
    r"(?-i:LE(?=\d)|EGP|CHF|EUR|USD|GBP|JPY|Rs\.?|KSh|Ksh|RM(?=\s?\d)|Rp\.?(?=\s?\d))"
)
_CURRENCY_UNITS = {"US$": "$", "C$": "CAD", "A$": "AUD", "R$": "BRL", "HK$": "HKD", "LE": "EGP",
                   "¥": "JPY", "₹": "INR", "RS": "INR", "RS.": "INR", "USD": "$", "EUR": "€",
                   "GBP": "£", "KSH": "KES", "₦": "NGN", "₱": "PHP", "RM": "MYR", "RP": "IDR",
                   "RP.": "IDR"}  # fmt: skip
_SCALE = "|".join(sorted(_SCALES, key=len, reverse=True))


def _word_pattern(lang: str) -> str:
    words = "|".join(sorted(_NUMBER_WORDS[lang].split(), key=len, reverse=True))
    joint = r"(?:-|\s|-et-|\s+et\s+)" if lang == "fr" else r"(?:-|\s|\s+and\s+)"
    return rf"(?:{words})(?:{joint}(?:{words}))*"


_NUMBER_WORD_SET = frozenset(w for words in _NUMBER_WORDS.values() for w in words.split()) - {
    "cent",
    "cents",
}
_FRACTION_NOUNS = frozenset(["thirds", "quarters", "tiers", "quarts", "halves", "fifths"])
_HALF_DOZEN = (
    r"(?:a|one)(?=\s+(?:thousand|million|billion|trillion)\b)|(?:a\s+)?half(?:\s+a)?\s+dozen|une\s+demi-douzaine|(?:a|one)\s+dozen|une\s+douzaine"
    r"|une\s+(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine"
    r"|centaine)|un\s+millier"
    r"|half\s+an?(?=\s+(?:percentage|point|per|million|billion))|un\s+demi(?=-?\s*point|-milli)|demi(?=-milli)"
    r"|(?:a|one)\s+quarter(?:\s+of\s+a)?(?=\s+(?:percentage|point))|un\s+quart\s+de(?=\s+point)"
)
# Units written against the figure in British and wire copy: "200mm of rain", "winds
# reaching 75mph", "temperatures dropped more than 30C", "a 5km stretch", "1,300MW"
_GLUED = (
    r"(?-i:mm|cm|km|kg|mph|kph|km/h|ft|MW|GW|kW|kWh|MWh|GWh|TWh|ha|°?C|°?F)"
    r"(?![\w/])"
)
_TEMPERATURE = re.compile(r"temp[ée]rat|degr|heat|chaleur|cold|froid|thermom|°", re.IGNORECASE)
_PATTERN = {
    lang: re.compile(
        r"(?<![\w\-/.,:])(?P<sign>[\-−](?=\d)|\+\s?(?=\d))?(?P<cur>" + _CURRENCY_BEFORE + r")?\s?"
        r"(?:(?P<num>"
        + num
        + r")|(?P<dozen>"
        + _HALF_DOZEN
        + r")|(?P<word>"
        + _word_pattern(lang)
        + r"))"
        r"(?:(?:\s|-(?=[mbt]\w*illi))?(?P<scale>" + _SCALE + r")(?P<andhalf>\s+et\s+demie?)?)?"
        r"(?!(?!" + _GLUED + r")[\w])"
        r"(?:(?P<glued>" + _GLUED + r")"
        r"|[\s-]?(?P<post>%|percentage\s+points?\b|pour\s?cent\b|per\s?cent\b|percent\b|pc\b"
        r"|pct\b|basis\s+points?\b|bps\b|points?\s+de\s+base\b|°\s?[CF]\b"
        r"|€|\$|£|euros?\b|dollars?\b|points?\s+de\s+pourcentage|points?\b|pts?\b))?",
        re.IGNORECASE,
    )
    for lang, num in _NUM.items()
}
_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    "décembre|decembre|january|february|march|april|may|june|july|august|september|october|"
    "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# a date, a time ("10h30", "2:20 am", "8.30pm") or a pair ("9/11", "24/7") follows the figure
_AFTER_DATE = re.compile(
    r"\s?(?:er\s)?(?:" + _MONTHS + r")\b|\s?h\d|:\d\d|h\b|/\d|[.:]\d\d\s?(?:am|pm|a\.m|p\.m)\b",
    re.IGNORECASE,
)
_BEFORE_DATE = re.compile(r"(?:" + _MONTHS + r")\.?\s$", re.IGNORECASE)
_COMPARATORS = [
    (">=", r"au moins|pas moins de|pas moins d'|at least|no fewer than|no less than|minimum"),
    ("<=", r"au plus|au maximum|jusqu'à|jusqu'a|pas plus de|pas plus d'|at most|up to|no more than|as much as|as many as|as high as"),
    (">", r"plus de|plus d'|au-delà de|supérieure? à|dépass\w*|excéd\w*|more than|over|above|upwards of|upward of|in excess of|exceed\w*|surpass\w*|top(?:ped|s)?"),
    ("<", r"moins de|moins d'|inférieure? à|less than|fewer than|under|below"),
    ("~", r"près de|près d'|environ|quelque|presque|approximativement|autour de|quasiment|pratiquement|"
          r"de l'ordre de|de l'ordre d'|aux alentours de|à peu près|plus ou moins|"
          r"about|around|roughly|approximately|nearly|almost|some|close to|an estimated|approx\.?"),
]  # fmt: skip
_COMPARATOR_RES = [
    (c, re.compile(r"(?:^|\W)(?:" + p + r")\s*$", re.IGNORECASE)) for c, p in _COMPARATORS
]
_UP = (r"ros[ea]|ris(?:en|es|ing)?|rais(?:e|ed|es|ing)|hik\w*|increas\w*|gr[eo]w\w*|climb\w*|jump\w*|gain\w*|surg\w*|soar\w*|"
       r"add\w*|up|augment\w*|progress\w*|grimp\w*|bondi\w*|gagn\w*|hauss\w*|accru\w*|"
       r"accroî\w*|accroi\w*|mont[ée]\w*|relev\w*|rehauss\w*|hausse|croissance|progression|"
       r"augmentation|envol\w*|flamb\w*|rebond\w*|bond|advanc\w*|rebound\w*|rall(?:y|ied|ies)|"
       r"boost\w*|expand\w*|accélér\w*|accelerat\w*|edged\s+up|ticked\s+up|inched\s+up|"
       r"alourdi\w*")  # fmt: skip
_DOWN = (r"f[ae]ll\w*|dropp?\w*|declin\w*|decreas\w*|los(?:t|es|ing)\b|slipp?\w*|slid\w*|plung\w*|"
         r"tumbl\w*|shrank|shrunk|down|cut|baiss\w*|recul\w*|diminu\w*|chut\w*|perd\w*|"
         r"perdu\w*|abaiss\w*|repli\w*|réduit\w*|cédé\w*|baisse|eas(?:ed|es|ing)|dipp?\w*|"
         r"sank|sunk|sink\w*|slump\w*|retreat\w*|contract\w*|shed|plummet\w*|dégringol\w*|"
         r"plong\w*|tomb[ée]\w*|tombant|ralenti\w*|slow\w*|diminution|contraction|recul|retrait")  # fmt: skip
# "rose 5 percent", "a reculé de 0,3 point", "en hausse de 2 %": the number is the move.
# "rose a record 1.4 percent"; "up from the two-year low of 2.2%" names the level before
_WORD_NOT_TO = (
    r"(?!to\b|à\b|at\b|from\b|in\b|since\b|for\b|within\b|depuis\b|dans\b|pour\b"
    r"|a\b(?!\s+record))[\w'-]+"
)
_CHANGE = re.compile(
    r"\b(?:(?P<up>" + _UP + r")|(?P<down>" + _DOWN + r"))"
    r"(?:(?:\s+" + _WORD_NOT_TO + r"){0,2}?\s+(?:by\s+|de\s+|d')?"
    # "raised its key interest rate by half a point": further away, but with "by"/"de"
    r"|(?:\s+" + _WORD_NOT_TO + r"){0,5}?\s+(?:by|de|d')\s*"
    # "rose at an annual pace of 8.5%", "grew at a rate of 3%": a move measured as a rate
    r"|\s+at\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:pace|rate)\s+of\s+)"
    r"(?:(?:plus\s+de|près\s+de|environ|some|about|nearly|more\s+than|almost)\s+)?$",
    re.IGNORECASE,
)
_RATE = re.compile(
    r"\s*(?:par|per|a|an|each|chaque|/)\s*(?P<period>jour|an|année|mois|semaine|heure|habitant|"
    r"day|year|month|week|hour|capita|head|person|(?<=/)h)\b"
    # "$17 million a year earlier", "il y a un an plus tôt" are times, not rates
    r"(?!\s+(?:earlier|ago|before|later|previously|plus\s+tôt|auparavant|avant|plus\s+tard))",
    re.IGNORECASE,
)
# "a two-cent increase", "a 16-month ban": the noun may hang on the figure by a hyphen
_UNIT = re.compile(r"(?:\s*|-)(?:(?:de|des|of)\s+|d')?(?P<unit>[^\W\d_][\w\-]*)", re.UNICODE)
_NOT_UNITS = frozenset(
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
_OIL_RATES = {"mbj": "barils par jour", "mb/j": "barils par jour", "mbpd": "barrels per day",
              "mb/d": "barrels per day"}  # fmt: skip
_CURRENCY_WORDS = {"euro": "€", "euros": "€", "dollar": "$", "dollars": "$"}
_ROUND_NUMBERS = {"dizaine": 10.0, "quinzaine": 15.0, "vingtaine": 20.0, "trentaine": 30.0,
                  "quarantaine": 40.0, "cinquantaine": 50.0, "soixantaine": 60.0,
                  "centaine": 100.0, "millier": 1000.0}  # fmt: skip
# Currencies named after the number with a word that says which: "80 million CFA francs",
# "2 million Swiss franc payment", "LE 5 Egyptian pounds", "50 000 francs suisses".
_CURRENCY_AFTER = re.compile(
    r"\s*(?:(?:de|d')\s*)?(?P<name>swiss\s+francs?|francs?\s+suisses?|cfa\s+francs?"
    r"|francs?\s+cfa|egyptian\s+pounds?|livres?\s+[ée]gyptiennes?|yuans?|yens?|roubles?|"
    r"rubles?|rupees?|roupies?|pounds?\s+sterling|livres?\s+sterling)\b",
    re.IGNORECASE,
)
_CURRENCY_NAMES = {"swiss": "CHF", "suisse": "CHF", "cfa": "CFA francs", "egypt": "EGP",
                   "gypt": "EGP", "yuan": "CNY", "yen": "JPY", "roubl": "RUB", "rubl": "RUB",
                   "rupee": "INR", "roupie": "INR", "sterling": "£"}  # fmt: skip


def _currency_after(segment: str, at: int) -> tuple[str, int] | None:
    m = _CURRENCY_AFTER.match(segment, at)
    if m is None:
        return None
    name = m.group("name").lower()
    code = next(c for key, c in _CURRENCY_NAMES.items() if key in name)
    return code, m.end()


def _parse_number(raw: str, language: str) -> float:
    raw = raw.replace(" ", "").replace("'", "").replace("’", "")
    if re.fullmatch(r"\d+,\d{1,2}", raw):
        return float(raw.replace(",", "."))  # a decimal comma in either language
    if language == "fr":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
            raw = raw.replace(".", "")
        return float(raw.replace(",", "."))
    return float(raw.replace(",", ""))


def _words_value(text: str, language: str) -> float | None:
    from text_to_num import text2num

    try:
        return float(text2num(" ".join(text.lower().split()), language))
    except ValueError:
        return None


# A bar crossed or not: "le rejet dépasse la barre des trois quarts" (>), "only four groups
# have managed to clear the 5% threshold" (>=), "Aucun autre candidat n'a franchi la barre des
# 5%" (<=: a negation turns the bound round)
_PASS = r"franchi\w*|dépass\w*|crossed|cross|passed|topped|surpass\w*|exceed\w*"
_REACH = r"clear(?:ed|s)?|atteint\w*|atteindre|reach\w*|hit"
_NEGATION = r"(?:\b(?:n'|ne\s|not\s|never\s|failed\s+to\s|no\s+\w+\s+)(?:[\w']+\s+){0,3})"
_BAR_BEFORE = re.compile(
    r"(?P<neg>" + _NEGATION + r")?\b(?:(?P<pass>" + _PASS + r")|(?P<reach>" + _REACH + r"))"
    r"(?:\s+pas)?\s+(?:la\s+|le\s+|the\s+|a\s+)?(?:barre|cap|seuil|mark|threshold|bar|level)"
    r"\s+(?:symbolique\s+)?(?:des|du|de|d'|of)\s*$",
    re.IGNORECASE,
)
_BAR_VERB = re.compile(
    r"(?P<neg>" + _NEGATION + r")?\b(?:(?P<pass>" + _PASS + r")|(?P<reach>" + _REACH + r"))"
    r"\s+(?:the|a)\s*$",
    re.IGNORECASE,
)
_BAR_AFTER = re.compile(r"\s*(?:threshold|mark|barrier|bar)\b", re.IGNORECASE)


def _threshold(segment: str, at: int, end: int) -> str | None:
    before = segment[max(0, at - 60) : at]
    m = _BAR_BEFORE.search(before)
    if m is None and _BAR_AFTER.match(segment, end):
        m = _BAR_VERB.search(before)
    if m is None:
        return None
    negated = bool(m.group("neg")) or " pas " in m.group(0)
    if m.group("pass"):
        return "<=" if negated else ">"
    return "<" if negated else ">="


def _comparator(before: str) -> str:
    for comparator, regex in _COMPARATOR_RES:
        if regex.search(before):
            return comparator
    return "="


# "an 8.4% increase", "a 30 percent fall", "une hausse de …" after the figure: a move too
_CHANGE_AFTER = re.compile(
    r"\s*(?:(?P<up>increases?|rises?|gains?|jumps?|hikes?|growth|surges?|higher)|(?P<down>falls?|"
    r"drops?|declines?|decreases?|cuts?|slumps?|contraction|lower|fewer))\b",
    re.IGNORECASE,
)


def _change(before: str, sign: str | None, after: str = "") -> str | None:
    if sign:
        return "up" if sign.strip() == "+" else "down"
    m = _CHANGE.search(before) or _CHANGE_AFTER.match(after)
    if m is None:
        return None
    return "up" if m.group("up") else "down"


_NUMBER_HEADS = frozenset(["cent", "cents", "mille", "hundred", "hundreds", "thousand"])


def _parse_unit(doc: Any, char: int, fallback: str) -> str:
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
    if head.lower_ in _SCALES:
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
    if (
        head.i > tok.i
        and head.pos_ == "NOUN"
        and head.i - tok.i <= 5
        and head.lower_ not in _SCALES
    ):
        return head.text
    return fallback


def find_quantities(
    norm: str, start: int, end: int, language: str, doc: Any = None
) -> list[Quantity]:
    """Quantities in norm[start:end]; the text of each is the matched stretch as written."""
    pattern = _PATTERN.get(language, _PATTERN["en"])
    found: list[_Found] = []
    segment = norm[start:end]
    for m in pattern.finditer(segment):
        num, word, dozen = m.group("num"), m.group("word"), m.group("dozen")
        scale = (m.group("scale") or "").lower()
        cur, post, sign = m.group("cur"), m.group("post"), m.group("sign")
        unit_match = _UNIT.match(segment, m.end())
        counted = (
            unit_match
            and unit_match.group("unit").lower() not in _NOT_UNITS
            # "deux des trois grandes économies": a number word is never what is counted
            and unit_match.group("unit").lower() not in _NUMBER_WORD_SET
        )
        if unit_match and unit_match.group("unit").lower() in _FRACTION_NOUNS and not post:
            continue  # "two-thirds", "trois quarts": a share, read by _fractions
        if counted and unit_match is not None and doc is not None:
            # "85 ont été blessées": a verb or a function word after the figure counts nothing
            counted = _may_count(doc, start + unit_match.start("unit"))
        if not counted and (word or dozen) and doc is not None:
            # "six Afghan soldiers", "sept différentes provinces": the parse finds the noun
            last = m.end("dozen") - 1 if dozen else m.start()
            counted = bool(_parse_unit(doc, start + last, ""))
        if cur and not num:
            continue
        round_number = dozen and any(w in dozen.lower() for w in _ROUND_NUMBERS)
        if (word or (dozen and not round_number)) and not (scale or post or counted):
            continue
        if num:
            is_year = re.fullmatch(r"(?:1[89]|20)\d\d", num) is not None
            if is_year and not (cur or post or scale):
                continue
            if _AFTER_DATE.match(segment, m.end()) and not (cur or post or scale):
                continue
            if _BEFORE_DATE.search(segment[: m.start()]) and not (cur or post):
                continue
            try:
                value = _parse_number(num, language)
            except ValueError:
                continue
        elif dozen:
            low = dozen.lower()
            round_word = next((w for w in _ROUND_NUMBERS if w in low), None)
            if round_word:
                value = _ROUND_NUMBERS[round_word]  # "une dizaine de chefs": about ten
            elif "dozen" in low or "douzaine" in low:
                value = 6.0 if "half" in low or "demi" in low else 12.0
            elif low == "demi":
                value = 0.5  # "le cap du demi-million de cas"
            elif low in ("a", "one"):
                value = 1.0  # "more than a million people": the scale follows
            elif "quart" in low:
                value = 0.25  # "un quart de point", "a quarter of a percentage point"
            else:
                value = 0.5  # "half a percentage point", "un demi-point"
        else:
            words_value = _words_value(word, language)
            if words_value is None or (words_value == 1 and not (scale or post)):
                continue  # "un", "one": an article far more often than a count
            value = words_value
        if scale in ("m", "k") and not (cur or post or _currency_after(segment, m.end())):
            # Bare single letters are far more often units ("5 m de haut") than scales.
            scale = ""
        factor = _SCALES.get(scale, 1.0)
        span_end = m.end()
        unit = ""
        abbreviated = (
            _MONEY_ABBREVIATION.match(segment, m.end()) if num and not (scale or post) else None
        )
        if abbreviated:
            # "15,9 MdsE", "1 069 ME", "2,6 MdE", "450 M€", "3 Mds€": French financial copy
            factor = _ABBREVIATED_SCALES[abbreviated.group("scale").lower().rstrip("s")]
            unit = "$" if "$" in abbreviated.group("cur") else "€"
            span_end = abbreviated.end()
        if m.group("andhalf"):
            value += 0.5  # "un million et demi de personnes"
        value *= factor
        before = segment[max(0, m.start() - 40) : m.start()]
        glued = m.group("glued")
        if glued in ("C", "F") and not _TEMPERATURE.search(
            segment[max(0, m.start() - 60) : m.start()]
        ):
            continue  # "Arabsat 5C" is a name; "temperatures dropped more than 30C" a reading
        if abbreviated:
            pass  # the unit is said
        elif glued:
            unit = "°" + glued.lstrip("°") if glued.lstrip("°") in ("C", "F") else glued
        elif post:
            low = post.lower().replace(" ", "")
            if low in ("%", "pourcent", "percent", "pc", "pct"):
                unit = "%"
            elif low.startswith(("basispoint", "bps")):
                unit = "basis points"  # "raised rates by 25 basis points"
            elif low.startswith("pointsdebase") or low == "pointdebase":
                unit = "points de base"
            elif low.startswith("°"):
                unit = low.upper()  # "40°C"
            elif low.startswith(("point", "pt", "percentagepoint")):
                unit = "point"
            else:
                unit = _CURRENCY_WORDS.get(low, post.strip())
        elif cur:
            key = cur.upper()
            unit = _CURRENCY_UNITS.get(key, "$" if cur == "$" else key if key.isalpha() else cur)
        elif named := _currency_after(segment, m.end()):
            unit, span_end = named
        elif _MAGNITUDE_BEFORE.search(before) or _MAGNITUDE_AFTER.match(segment, m.end()):
            # "un séisme de magnitude 6,2", "put the magnitude at 5.9", "a 7.6 magnitude quake"
            unit = "magnitude"
            after = _MAGNITUDE_AFTER.match(segment, m.end())
            span_end = after.end() if after else span_end
        else:
            if counted and unit_match is not None:
                unit = unit_match.group("unit")
                span_end = unit_match.end()
            if doc is not None:
                last = m.end("dozen") - 1 if dozen else m.start()
                parsed = _parse_unit(doc, start + last, unit)
                if parsed != unit:
                    unit = parsed
                    at = segment.find(parsed, m.end())
                    # "10 à 15 millions d'euros": the first bound's noun lies past the second
                    # figure; the unit is shared, the span stays the first figure's own
                    if at >= 0 and not any(c.isdigit() for c in segment[m.end() : at]):
                        span_end = max(span_end, at + len(parsed))
            if unit and doc is not None and language == "fr":
                # "cinq membres d'équipage", "une dizaine de chefs d'accusation": a noun
                # whose bare complement makes one name counts with it
                compound = _bare_complement(doc, start, segment, unit, span_end)
                if compound is not None:
                    unit, span_end = compound
            if not unit and (aged := _AGED.search(before)):
                unit = "years" if aged.group(0).strip().lower().startswith("aged") else "ans"
            elif (
                not unit
                and language == "en"
                and re.fullmatch(r"\d{1,3}", num or "")
                and 0 < value < 120
                and _NAME_COMMA.search(before)
                and segment[m.end() : m.end() + 1] == ","
            ):
                unit = "years"  # "Police arrested Charles Garcia, 47, of Lord Avenue"
            if not unit and (counted_noun := _counted_by_subject(segment, m.start(), doc, start)):
                unit = counted_noun  # "Le nombre de bulletins blancs est de 659.997"
            unit = _CURRENCY_WORDS.get(unit.lower(), unit)
        if num and not (scale or sign or post or cur) and _INDEX_NAME.search(before):
            continue  # "the FTSE 100 index slipped 0.7%"
        if not unit and num and not (scale or sign) and _is_identifier(segment, m.start(), m.end()):
            continue  # "Ariane 5", "l'ATR 42-300", "le décret présidentiel 54": names, not counts
        if unit.endswith("-old") and unit[:-4] in _COMPOUND_UNITS:
            unit = unit[:-4]  # "a 34-year-old man" is 34 years old
            span_end = m.end() + 1 + len(unit)
        if unit in _COMPOUND_UNITS and value != 1 and segment[m.end() : m.end() + 1] == "-":
            unit = _PLURALS.get(unit, unit + "s")  # "a 16-month ban" is 16 months
        if unit.lower() in _OIL_RATES:
            value *= 1e6  # "12,1 mbj": millions of barrels a day
            unit = _OIL_RATES[unit.lower()]
        rate = _RATE.match(segment, span_end)
        if unit and rate:
            said = segment[span_end : rate.end()].strip()
            # "250 km/h" keeps its slash; "barils par jour", "$ a month" their words
            unit = f"{unit}{said}" if said.startswith("/") else f"{unit} {said}"
            span_end = rate.end()
        comparator = _threshold(segment, m.start(), span_end) or _comparator(before)
        if round_number and comparator == "=":
            comparator = "~"  # "une dizaine de chefs" is about ten; "plus d'une soixantaine" >
        change = _change(before, sign, segment[span_end : span_end + 16])
        wide = segment[max(0, m.start() - 80) : m.start()]  # "fell in September to a new low of"
        level = _LEVEL_CHANGE.search(wide) if change is None else None
        origin = m.start() - len(wide)
        if level and any(
            origin + level.start() < f.end <= origin + level.start("to") for f in found
        ):
            level = None  # "eased three percent to 3.1 billion": the move had its size
        if level:
            # "rose to Rs.10,180 crore", "increased to 29.9 percent", "tombant à 1,2 %": the
            # claim says which way the figure moved, and gives no size of the move
            change = "up" if level.group("up") else "down"
            if comparator == "<=" and re.search(r"up\s+to\s*$", before, re.IGNORECASE):
                comparator = "="  # "edged up to 3.8%" is a level, not a bound
        text = segment[m.start() : span_end].strip()
        found.append(_Found(Quantity(value=value, comparator=comparator, unit=unit, text=text,
                                     change=change), m.start(), m.end(), factor))  # fmt: skip
    found.extend(_ordinal_counts(segment, language))
    found.extend(_fractions(segment))
    found.extend(
        _Found(Quantity(float(h.group(1)), "=", "magnitude", h.group(0), None), h.start(), h.end())
        for h in _HYPHENATED_MAGNITUDE.finditer(segment)
    )  # "A magnitude-7.8 earthquake hit the country Saturday" (AP)
    found.sort(key=lambda f: f.start)
    found = _share_change(found, segment)
    found = _share_magnitude(found)
    found = _share_compared_unit(found, segment)
    return _share_range_units(found, segment)


@dataclass(frozen=True, slots=True)
class _Found:
    q: Quantity
    start: int  # where the figure starts in the segment
    end: int  # where the figure (with its scale and sign) ends
    factor: float = 1.0  # the scale applied ("millions", "Md€")


_ABBREVIATED_SCALES = {"m": 1e6, "md": 1e9, "mrd": 1e9, "k": 1e3}
# Case matters: "ME" and "MdE" are millions and billions of euros only in capitals.
_MONEY_ABBREVIATION = re.compile(r"\s?(?P<scale>Mds?|Mrds?|M|k)\s?(?P<cur>€|E(?:UR)?|\$)(?![\w€$])")


_HYPHENATED_MAGNITUDE = re.compile(r"\bmagnitude-(\d+(?:\.\d+)?)(?![\d.])", re.IGNORECASE)
_MAGNITUDE_BEFORE = re.compile(
    r"\bmagnitude(?:\s+(?:de|of|at|à|was|is|était|est))?\s*$", re.IGNORECASE
)
_MAGNITUDE_AFTER = re.compile(
    r"\s*-?\s*(?:magnitude\b|in\s+magnitude\b|(?:sur|on)\s+(?:l'|the\s+)?(?:é|e)chelle\s+"
    r"(?:ouverte\s+)?de\s+"
    r"richter|on\s+the\s+richter\s+scale)",
    re.IGNORECASE,
)
# "The suspect, aged 34,", "âgé de 45 ans" (the noun follows there)
_NAME_COMMA = re.compile(r"\b[A-Z][\w'-]+\s+[A-Z][\w'-]+,\s$")
_AGED = re.compile(r"\b(?:aged|âgée?s?\s+de|agée?s?\s+de)\s*$", re.IGNORECASE)
# "Le nombre de décès s'établit à plus d'un million", "the number of dead rose to 50": the
# figure counts what the subject names, when nothing else in between is a figure
_NUMBER_OF = re.compile(
    r"\b(?:le|du|au|the)\s+(?:nombre|number)\s+(?:total\s+)?(?:de\s+|d'|des\s+|of\s+(?:the\s+)?)"
    r"(?P<noun>[^\W\d_][\w-]*)",
    re.IGNORECASE,
)
_LEVEL_CHANGE = re.compile(
    r"\b(?:(?P<up>ros[ea]|ris(?:en|es|ing)|increas\w*|climb\w*|jump\w*|surg\w*|soar\w*|"
    r"grimp\w*|bondi\w*|augment\w*|mont[ée]\w*|progress\w*|accélér\w*|accelerat\w*|rebound\w*|"
    r"alourdi\w*|"
    r"(?:edged|ticked|inched|crept|moved|shot|went)\s+up|grew|grown|hik\w*|rais(?:ed|es)|relev[ée]e?s?)|"
    r"(?P<down>f[ae]ll(?:s|en|ing)?|dropp?\w*|declin\w*|decreas\w*|slipp?\w*|slid\w*|plung\w*|"
    r"tumbl\w*|shrank|shrunk|eas(?:ed|es|ing)|dipp?\w*|sank|slump\w*|plummet\w*|"
    r"(?:edged|ticked|inched|came|went|moved)\s+down|baiss[ée]\w*|recul\w*|chut\w*|tomb[ée]\w*|"
    r"tombant|dégringol\w*|ralenti\w*|slow\w*|diminu\w*|abaiss\w*|cut))"
    r"(?:\s+[^\W\d][\w'-]*){0,2}?\s+(?P<to>to|à)\s+"
    r"(?:(?:plus\s+de|près\s+de|environ|some|about|nearly|more\s+than|almost|a\s+record|"
    r"un\s+record\s+de)\s+"
    # "fell to a 50-year low of 3.5 percent", "grimpé à un plus haut de 5 %"
    r"|(?:a|an|its|their|un|une|son|leur)\s+(?:[\w-]+\s+){0,2}?(?:low|high|lowest|highest|"
    r"record|level|plus\s+bas|plus\s+haut|niveau)\s+(?:of|de|d')\s*)?$",
    re.IGNORECASE,
)
_ORDINAL_WORDS = {
    "deuxième": 2, "second": 2, "troisième": 3, "third": 3, "quatrième": 4, "fourth": 4,
    "cinquième": 5, "fifth": 5, "sixième": 6, "sixth": 6, "septième": 7, "seventh": 7,
    "huitième": 8, "eighth": 8, "neuvième": 9, "ninth": 9, "dixième": 10, "tenth": 10,
    "onzième": 11, "eleventh": 11, "douzième": 12, "twelfth": 12,
}  # fmt: skip
# An ordinal is a rank, not a quantity, except in a streak: "le 46e succès d'affilée",
# "pour le troisième mois consécutif", "a third straight month", "the 12th consecutive rise"
_STREAK = re.compile(
    r"(?<![\w-])(?P<ord>\d+(?:e|ème|eme|è|th|st|nd|rd)|" + "|".join(_ORDINAL_WORDS) + r")\s+"
    r"(?:(?P<adj>consecutive|straight|successive|consécuti(?:f|ve)s?)\s+)?"
    r"(?P<noun>[^\W\d_][\w-]*)"
    r"(?P<tail>\s+(?:consécuti(?:f|ve)s?|d'affilée|de\s+suite|in\s+a\s+row|straight|successi(?:f|ve)s?))?",
    re.IGNORECASE,
)


# A share told as a fraction is a percentage a checker can compare: "près de la moitié des
# morts étaient des policiers" (~50 %), "more than half of the votes" (> 50 %).
_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<half>(?:la\s+)?moitié|half)|(?P<quarter>(?:un|le|a|one)\s+quart(?:er)?)|"
    r"(?P<three>(?:les\s+)?trois\s+quarts|three[- ]quarters))"
    r"(?=\s+(?:de|des|du|d'|of)\b|\s+(?:the|its|their|all|his|her)\b)"
    r"(?!\s+(?:of\s+)?an?\s+(?:percentage|point|hour|mile|century|dozen))",
    re.IGNORECASE,
)


def _fractions(segment: str) -> list[_Found]:
    out = []
    for m in _FRACTION.finditer(segment):
        value = 50.0 if m.group("half") else 25.0 if m.group("quarter") else 75.0
        comparator = _threshold(segment, m.start(), m.end()) or _comparator(
            segment[max(0, m.start() - 40) : m.start()]
        )
        q = Quantity(value=value, comparator=comparator, unit="%", text=m.group(0), change=None)
        out.append(_Found(q, m.start(), m.end()))
    return out


def _ordinal_counts(segment: str, language: str) -> list[_Found]:
    out = []
    for m in _STREAK.finditer(segment):
        if not (m.group("adj") or m.group("tail")) or m.group("noun").lower() in _NOT_UNITS:
            continue
        raw = m.group("ord").lower()
        value = _ORDINAL_WORDS.get(raw) or float(re.match(r"\d+", raw).group(0))  # type: ignore[union-attr]
        q = Quantity(value=float(value), comparator="=", unit=m.group("noun"),
                     text=m.group(0).strip(), change=None)  # fmt: skip
        out.append(_Found(q, m.start(), m.end()))
    return out


# Only nouns that name nothing without their complement take it into the unit ("membres
# d'équipage", "chefs d'accusation", "demandeurs d'emploi", "bureaux de vote"); a thing keeps its
# own name ("trente obus de mortier" -> obus, "deux satellites de télécommunications" ->
# satellites: the development sets' gold).
_RELATIONAL = frozenset(
    ["membre", "membres", "chef", "chefs", "demandeur", "demandeurs", "chercheur", "chercheurs",
     "bureau", "bureaux", "agent", "agents"]
)  # fmt: skip
_COMPLEMENT = re.compile(r"\s+(?:de\s+|d')(?P<noun>[^\W\d_][\w-]*)", re.IGNORECASE)


def _bare_complement(
    doc: Any, start: int, segment: str, unit: str, span_end: int
) -> tuple[str, int] | None:
    if unit.lower() not in _RELATIONAL or not segment[:span_end].endswith(unit):
        return None
    m = _COMPLEMENT.match(segment, span_end)
    if m is None or m.group("noun").lower() in _NOT_UNITS:
        return None
    tok = next((t for t in doc if t.idx == start + m.start("noun")), None)
    if tok is None or tok.pos_ != "NOUN" or tok.head.text != unit:
        return None
    if any(c.pos_ in ("ADJ", "NOUN", "PROPN", "DET", "NUM") for c in tok.children):
        return None  # "58 cas de fièvre hémorragique" counts cases
    return segment[span_end - len(unit) : m.end()], m.end()


# Stock indices carry a number in their name: "FTSE 100", "CAC 40", "S&P 500", "Nikkei 225"
_INDEX_NAME = re.compile(
    r"\b(?:FTSE|CAC|S&P|SBF|Stoxx|STOXX|Nikkei|DAX|Russell|ASX|Nifty|IBEX|MIB|AEX|SMI|KOSPI|TSX|"
    r"Euro\s+Stoxx|Sensex|BSE|Hang\s+Seng)\s$"
)
_IDENT_BEFORE = re.compile(
    r"(?:\b(?:décret|decree|article|loi|law|résolution|resolution|chapitre|chapter|section|"
    r"paragraphe|paragraph|alinéa|page|vol|flight|numéro|number|no\.|n°|ligne|line|route|"
    r"autoroute|highway|interstate|room|salle|gate|porte|terminal|code|modèle|model|version)"
    r"(?:\s+[^\W\d][\w-]*)?|\b[A-Z][\w-]*)\s$"
)


def _is_identifier(segment: str, at: int, end: int) -> bool:
    """A bare number right after a capitalised name or a word that numbers things."""
    if re.match(r"-\d", segment[end : end + 2]):
        return True  # "ATR 42-300", "Boeing 737-800"
    head = segment[max(0, at - 40) : at]
    m = _IDENT_BEFORE.search(head)
    if m is None:
        return False
    word = m.group(0).strip()
    if word[:1].isupper() and at - len(m.group(0)) <= 0:
        return False  # the claim's first word is capitalised anyway
    return word.lower() not in _MONTH_WORDS


_MONTH_WORDS = frozenset(_MONTHS.split("|"))


def _may_count(doc: Any, char: int) -> bool:
    """The word after a figure can be what it counts unless the parse makes it a finite verb,
    an auxiliary or a function word ("85 ont été blessées")."""
    tok = next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)
    if tok is None:
        return True
    if tok.pos_ in ("AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART"):
        return False
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


def _counted_by_subject(segment: str, at: int, doc: Any, start: int) -> str:
    hits = [h for h in _NUMBER_OF.finditer(segment, 0, at)]
    toll = [h for h in _TOLL.finditer(segment, 0, at)]
    if toll and not any(c.isdigit() for c in segment[toll[-1].end() : at]):
        return "deaths"  # "The death toll has risen to 2,500"
    if not hits:
        return ""
    hit = hits[-1]
    if any(c.isdigit() for c in segment[hit.end() : at]) or hit.group("noun").lower() in _NOT_UNITS:
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


def _share_change(found: list[_Found], segment: str) -> list[_Found]:
    """ "rose $1.66, or 4.6 per cent,", "a bondi de 2 milliards, soit 12 %": the figure that
    restates a move moves the same way."""
    out = list(found)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if cur.q.change is not None or prev.q.change is None:
            continue
        between = segment[prev.end : cur.start]
        if _RESTATES.fullmatch(between):
            out[k] = _Found(dataclasses.replace(cur.q, change=prev.q.change), cur.start, cur.end)
    return out


# what may stand between a move and the figure restating it: the first figure's unit, a comma,
# "or"/"soit" ("$1.66, or 4.6 per cent", "2 milliards d'euros, soit 12 %", "(soit 12 %)")
_RESTATES = re.compile(r"[^\d,;]{0,25},?\s*\(?\s*(?:or|soit|i\.e\.)\s+", re.IGNORECASE)


_COMPARED = re.compile(r"[^\d,;.]{0,30}?\s(?:contre|against|versus|vs\.?)\s+$", re.IGNORECASE)
_AGAINST_AFTER = re.compile(r"\s+(?:contre|against)\b", re.IGNORECASE)
_AND = re.compile(r"[^\d,;.]{0,30}?\s(?:et|and)\s+", re.IGNORECASE)
_VOTE_TO = re.compile(r"[^\d,;.]{0,30}?\sto\s+$", re.IGNORECASE)


def _share_compared_unit(found: list[_Found], segment: str) -> list[_Found]:
    """ "adopté par 350 voix contre 180", "passed by 52 votes to 48": the figure set against
    another counts the same thing when it names nothing itself."""
    out = list(found)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if cur.q.unit or not prev.q.unit:
            continue
        between = segment[prev.end : cur.start]
        by = re.search(r"\bby\s+$", segment[max(0, prev.start - 6) : prev.start], re.IGNORECASE)
        # "avec 331 voix pour et 225 contre"
        against = _AGAINST_AFTER.match(segment, cur.end) and _AND.fullmatch(between)
        if _COMPARED.fullmatch(between) or (by and _VOTE_TO.fullmatch(between)) or against:
            out[k] = _Found(dataclasses.replace(cur.q, unit=prev.q.unit), cur.start, cur.end)
    return out


def _share_magnitude(found: list[_Found]) -> list[_Found]:
    """ "put the magnitude at 8.1, but other institutions rated it between 8.2 and 8.4": a bare
    decimal under ten after a magnitude in the same passage is a magnitude too."""
    out = list(found)
    seen = False
    for k, f in enumerate(out):
        if f.q.unit == "magnitude":
            seen = True
        elif seen and not f.q.unit and f.q.value < 10 and "." in f.q.text.replace(",", "."):
            out[k] = _Found(dataclasses.replace(f.q, unit="magnitude"), f.start, f.end)
    return out


_SCALE_WORD = re.compile(r"(?<![\w])(" + _SCALE + r")(?![\w])", re.IGNORECASE)


def _share_range_units(found: list[_Found], segment: str) -> list[Quantity]:
    """'entre 200 et 300 mètres', 'from 10 to 20 years': the first bound counts the same, with
    the same scale ('entre 10 et 15 millions d'euros'). A range opened by "entre" or "between"
    gives its bounds: ">=" the first, "<=" the second (a checker compares a figure with the
    range, not with either end); so does a range with no opener ("chiffre à 10 à 15 millions
    d'euros", "10 to 15 people"); "from 7.5 to 8 percent" and "passant de 2,5 % à 2,7 %" are
    moves, each figure "="."""
    out = [f.q for f in found]
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        between = segment[found[k].end : found[k + 1].start]
        joiner = between.strip().lower()
        if joiner not in ("et", "à", "a", "and", "to", "-", "–", "ou", "or"):
            # the first bound's own unit may sit between ("10 euros à 15 euros")
            continue
        value, unit = first.value, first.unit
        if unit in ("", second.unit):
            unit = second.unit
            second_said = second.value / found[k + 1].factor
            if found[k + 1].factor != 1.0 and found[k].factor == 1.0 and value <= second_said:
                # "entre 10 et 15 millions", "entre 1,3 et 1,5 million", "entre 2,5 et 2,6
                # MdE"; not "entre 782 000 et 2,3 millions", whose first bound is written out
                value *= found[k + 1].factor
        low, high = first.comparator, second.comparator
        head = segment[: found[k].start]
        bounds = _RANGE_OPENER.search(head) or (
            joiner in ("à", "a", "to", "-", "–") and not _MOVE_OPENER.search(head)
        )
        if bounds and low == high == "=" and first.change is None and second.change is None:
            low, high = ">=", "<="
            out[k + 1] = dataclasses.replace(second, comparator=high)
        text = first.text
        if any(c.isdigit() for c in text[found[k].end - found[k].start :]):
            text = segment[found[k].start : found[k].end].strip()
        out[k] = dataclasses.replace(first, value=value, comparator=low, unit=unit, text=text)
    return out


# English units that a hyphen makes singular before a noun ("a 16-month ban").
_COMPOUND_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "mile",
                   "kilometre", "kilometer", "metre", "meter", "point", "cent", "dollar", "euro",
                   "inch", "foot"}  # fmt: skip
# (measures only: "the 14-member Organization" stays "member", as the first set's gold says)
_PLURALS = {"inch": "inches", "foot": "feet"}
_RANGE_OPENER = re.compile(r"(?:^|\W)(?:entre|between)\s*$", re.IGNORECASE)
# "from 7.5 to 8", "passant de 2,5 % à 2,7 %", "a été ramené de 3 à 2": a move, not a range
# "from 7.5 percent to 8 percent" in English is a move; French "de 3 à 5 %" is a move after a
# verb of change ("le taux est passé de 3 à 5 %"), bounds otherwise ("une marge de 3 à 5 %")
_MOVE_OPENER = re.compile(
    r"(?:^|\W)(?:from|since|depuis)\s*$|(?:^|\W)(?:pass\w*|augment\w*|baiss\w*|chut\w*|"
    r"recul\w*|progress\w*|grimp\w*|évolu\w*|relev\w*|abaiss\w*|ramen\w*|porté\w*|"
    r"hausse|croissance|diminu\w*|bondi\w*|grimpé\w*|mont[ée]\w*|tomb\w*)\b[^\d]{0,40}?"
    r"\s(?:de|d')\s*$",
    re.IGNORECASE,
)
