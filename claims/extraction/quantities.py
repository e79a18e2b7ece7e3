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
* Comparator from the words before ("plus de", "dépasse", "more than" ">", "près de", "about"
  "~", ...), else "=". "nearly"/"almost"/"près de" are approximations, not strict bounds.
* change: "up" / "down" when the number is the size of a move ("rose 5 percent", "a reculé
  de 0,3 point", "+0,2 point"), None for a level ("rose to 5 percent").
"""

from __future__ import annotations

import re
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
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|\d+,\d{1,2}(?![\d])|\d+(?:\.\d+)?",
}
# Currencies written before the number; codes and words after it are read as units.
# Letter codes only in capitals ("le 12 mars" is no sum of Egyptian pounds).
_CURRENCY_BEFORE = r"US\$|C\$|A\$|R\$|HK\$|\$|€|£|¥|₹|(?-i:LE(?=\d)|EGP|CHF|EUR|USD|GBP|JPY|Rs\.?)"
_CURRENCY_UNITS = {"US$": "$", "C$": "CAD", "A$": "AUD", "R$": "BRL", "HK$": "HKD", "LE": "EGP",
                   "¥": "JPY", "₹": "INR", "RS": "INR", "RS.": "INR", "USD": "$", "EUR": "€",
                   "GBP": "£"}  # fmt: skip
_SCALE = "|".join(sorted(_SCALES, key=len, reverse=True))


def _word_pattern(lang: str) -> str:
    words = "|".join(sorted(_NUMBER_WORDS[lang].split(), key=len, reverse=True))
    joint = r"(?:-|\s|-et-|\s+et\s+)" if lang == "fr" else r"(?:-|\s|\s+and\s+)"
    return rf"(?:{words})(?:{joint}(?:{words}))*"


_HALF_DOZEN = (
    r"(?:a\s+)?half(?:\s+a)?\s+dozen|une\s+demi-douzaine|(?:a|one)\s+dozen|une\s+douzaine"
    r"|une\s+(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine"
    r"|centaine)|un\s+millier"
    r"|half\s+an?(?=\s+(?:percentage|point|per|million|billion))|un\s+demi(?=-?\s*point)"
)
_PATTERN = {
    lang: re.compile(
        r"(?<![\w\-/.,])(?P<sign>[+\-−](?=\d))?(?P<cur>" + _CURRENCY_BEFORE + r")?\s?"
        r"(?:(?P<num>"
        + num
        + r")|(?P<dozen>"
        + _HALF_DOZEN
        + r")|(?P<word>"
        + _word_pattern(lang)
        + r"))"
        r"(?:\s?(?P<scale>" + _SCALE + r"))?(?![\w])"
        r"(?:[\s-]?(?P<post>%|percentage\s+points?\b|pour\s?cent\b|per\s?cent\b|percent\b|pc\b"
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
_AFTER_DATE = re.compile(r"\s?(?:er\s)?(?:" + _MONTHS + r")\b|\s?h\d|:\d\d|h\b", re.IGNORECASE)
_BEFORE_DATE = re.compile(r"(?:" + _MONTHS + r")\.?\s$", re.IGNORECASE)
_COMPARATORS = [
    (">=", r"au moins|pas moins de|pas moins d'|at least|no fewer than|no less than|minimum"),
    ("<=", r"au plus|au maximum|jusqu'à|jusqu'a|pas plus de|pas plus d'|at most|up to|no more than|as much as|as many as|as high as"),
    (">", r"plus de|plus d'|au-delà de|supérieure? à|dépass\w*|excéd\w*|more than|over|above|upwards of|upward of|in excess of|exceed\w*|surpass\w*|top(?:ped|s)?"),
    ("<", r"moins de|moins d'|inférieure? à|less than|fewer than|under|below"),
    ("~", r"près de|près d'|environ|quelque|presque|approximativement|autour de|quasiment|pratiquement|"
          r"about|around|roughly|approximately|nearly|almost|some|close to|an estimated|approx\.?"),
]  # fmt: skip
_COMPARATOR_RES = [
    (c, re.compile(r"(?:^|\W)(?:" + p + r")\s*$", re.IGNORECASE)) for c, p in _COMPARATORS
]
_UP = (r"ros[ea]|ris(?:en|es|ing)?|rais(?:e|ed|es|ing)|hik\w*|increas\w*|gr[eo]w\w*|climb\w*|jump\w*|gain\w*|surg\w*|soar\w*|"
       r"add\w*|up|augment\w*|progress\w*|grimp\w*|bondi\w*|gagn\w*|hauss\w*|accru\w*|"
       r"accroî\w*|accroi\w*|mont[ée]\w*|relev\w*|rehauss\w*|hausse")  # fmt: skip
_DOWN = (r"f[ae]ll\w*|dropp?\w*|declin\w*|decreas\w*|los[ts]\w*|slipp?\w*|slid\w*|plung\w*|"
         r"tumbl\w*|shrank|shrunk|down|cut|baiss\w*|recul\w*|diminu\w*|chut\w*|perd\w*|"
         r"perdu\w*|abaiss\w*|repli\w*|réduit\w*|cédé\w*|baisse")  # fmt: skip
# "rose 5 percent", "a reculé de 0,3 point", "en hausse de 2 %": the number is the move.
_WORD_NOT_TO = r"(?!to\b|à\b|at\b|a\b(?!\s+record))[\w'-]+"  # "rose a record 1.4 percent"
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
    r"day|year|month|week|hour|capita|head|person)\b",
    re.IGNORECASE,
)
_UNIT = re.compile(r"\s*(?:(?:de|des|of)\s+|d')?(?P<unit>[^\W\d_][\w\-]*)", re.UNICODE)
_NOT_UNITS = frozenset(
    [
        "le", "la", "les", "l", "des", "du", "de", "d", "un", "une", "et", "ou", "à", "au",
        "aux", "en", "dans", "sur", "par", "pour", "que", "qui", "ce", "cette", "ces",
        "son", "sa", "ses", "leur", "leurs", "the", "a", "an", "of", "in", "on", "at",
        "and", "or", "to", "for", "by", "with", "from", "that", "which", "is", "are", "was",
        "were", "has", "have", "had", "be", "will", "would", "this", "these", "those",
        "its", "their", "his", "her", "our", "as", "than", "per", "new", "nouveaux",
        "nouvelles", "nouveau", "nouvelle", "autres", "other", "more", "most", "plus",
        "moins", "over", "under", "about", "entre", "between"
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


def _comparator(before: str) -> str:
    for comparator, regex in _COMPARATOR_RES:
        if regex.search(before):
            return comparator
    return "="


# "an 8.4% increase", "a 30 percent fall", "une hausse de …" after the figure: a move too
_CHANGE_AFTER = re.compile(
    r"\s*(?:(?P<up>increases?|rises?|gains?|jumps?|hikes?|growth|surges?)|(?P<down>falls?|drops?|"
    r"declines?|decreases?|cuts?|slumps?|contraction))\b",
    re.IGNORECASE,
)


def _change(before: str, sign: str | None, after: str = "") -> str | None:
    if sign:
        return "up" if sign == "+" else "down"
    m = _CHANGE.search(before) or _CHANGE_AFTER.match(after)
    if m is None:
        return None
    return "up" if m.group("up") else "down"


def _parse_unit(doc: Any, char: int, fallback: str) -> str:
    """The counted noun the parse attaches the number to ("2,000 new counselling positions")."""
    tok = next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)
    if tok is None:
        return fallback
    head = tok.head
    # "2 milliards d'euros": the scale word is the number's head, what it counts hangs off it
    # (or, in English, is the scale word's own head: "6 million yellow fever vaccines").
    if head.lower_ in _SCALES:
        nouns = [c for c in head.children if c.pos_ == "NOUN" and c.i > head.i]
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
    found: list[Quantity] = []
    segment = norm[start:end]
    for m in pattern.finditer(segment):
        num, word, dozen = m.group("num"), m.group("word"), m.group("dozen")
        scale = (m.group("scale") or "").lower()
        cur, post, sign = m.group("cur"), m.group("post"), m.group("sign")
        unit_match = _UNIT.match(segment, m.end())
        counted = unit_match and unit_match.group("unit").lower() not in _NOT_UNITS
        if cur and not num:
            continue
        if (word or dozen) and not (scale or post or counted):
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
            else:
                value = 0.5  # "half a percentage point", "un demi-point"
        else:
            words_value = _words_value(word, language)
            if words_value is None or (words_value == 1 and not (scale or post)):
                continue  # "un", "one": an article far more often than a count
            value = words_value
        if scale in ("m", "k") and not (cur or post):
            # Bare single letters are far more often units ("5 m de haut") than scales.
            scale = ""
        value *= _SCALES.get(scale, 1.0)
        span_end = m.end()
        unit = ""
        if post:
            low = post.lower().replace(" ", "")
            if low in ("%", "pourcent", "percent", "pc"):
                unit = "%"
            elif low.startswith(("point", "pt", "percentagepoint")):
                unit = "point"
            else:
                unit = _CURRENCY_WORDS.get(low, post.strip())
        elif cur:
            key = cur.upper()
            unit = _CURRENCY_UNITS.get(key, "$" if cur == "$" else key if key.isalpha() else cur)
        elif named := _currency_after(segment, m.end()):
            unit, span_end = named
        else:
            if counted and unit_match is not None:
                unit = unit_match.group("unit")
                span_end = unit_match.end()
            if doc is not None:
                last = m.end("dozen") - 1 if dozen else m.start()
                parsed = _parse_unit(doc, start + last, unit)
                if parsed != unit:
                    unit = parsed
                    span_end = max(span_end, segment.find(parsed, m.end()) + len(parsed))
            unit = _CURRENCY_WORDS.get(unit.lower(), unit)
        if unit in _COMPOUND_UNITS and value != 1 and segment[m.end() : m.end() + 1] == "-":
            unit += "s"  # "a 16-month ban" is 16 months
        if unit.lower() in _OIL_RATES:
            value *= 1e6  # "12,1 mbj": millions of barrels a day
            unit = _OIL_RATES[unit.lower()]
        rate = _RATE.match(segment, span_end)
        if unit and rate:
            unit = f"{unit} {segment[span_end : rate.end()].strip()}"
            span_end = rate.end()
        before = segment[max(0, m.start() - 40) : m.start()]
        comparator = "~" if dozen and any(w in dozen.lower() for w in _ROUND_NUMBERS) else (
            _comparator(before))  # fmt: skip
        change = _change(before, sign, segment[span_end : span_end + 16])
        text = segment[m.start() : span_end].strip()
        found.append(Quantity(value=value, comparator=comparator, unit=unit, text=text,
                              change=change))  # fmt: skip
    return _share_range_units(found, segment)


_SCALE_WORD = re.compile(r"(?<![\w])(" + _SCALE + r")(?![\w])", re.IGNORECASE)


def _share_range_units(found: list[Quantity], segment: str) -> list[Quantity]:
    """'entre 200 et 300 mètres', 'from 10 to 20 years': the first bound counts the same, with
    the same scale ('entre 10 et 15 millions d'euros'). A range opened by "entre" or "between"
    gives its bounds: ">=" the first, "<=" the second (a checker compares a figure with the
    range, not with either end); "from 7.5 to 8 percent" is a move, each figure "="."""
    out = list(found)
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        at = segment.find(first.text)
        between = segment[at + len(first.text) : segment.find(second.text, at + len(first.text))]
        if between.strip().lower() not in ("et", "à", "a", "and", "to", "-", "–", "ou", "or"):
            continue
        value, unit = first.value, first.unit
        if second.unit and unit in ("", second.unit):
            unit = second.unit
            scale = _SCALE_WORD.search(second.text)
            if scale and not _SCALE_WORD.search(first.text):
                value *= _SCALES.get(scale.group(1).lower(), 1.0)
        low, high = first.comparator, second.comparator
        if _RANGE_OPENER.search(segment[:at]) and low == high == "=":
            low, high = ">=", "<="
            out[k + 1] = Quantity(second.value, high, second.unit, second.text, second.change)
        out[k] = Quantity(value, low, unit, first.text, first.change)
    return out


# English units that a hyphen makes singular before a noun ("a 16-month ban").
_COMPOUND_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "mile",
                   "kilometre", "kilometer", "metre", "meter", "point"}  # fmt: skip
_RANGE_OPENER = re.compile(r"(?:^|\W)(?:entre|between)\s*$", re.IGNORECASE)
