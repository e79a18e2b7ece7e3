"""Reading a figure's number: digits in the sentence's notation, scale words, number words."""

from __future__ import annotations

import re

SCALES = {
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
NUM = {
    # Swiss copy groups thousands with an apostrophe ("480'500 voix")
    "fr": r"\d{1,3}(?:[ .'’]\d{3})+(?:,\d+)?(?![\d])|\d+(?:[,.]\d+)?",
    # "56 949 009 registered voters" (SI spacing, common outside the US and Britain)
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?![\d,.])"
    r"|\d+,\d{1,2}(?![\d])|\d+(?:\.\d+)?",
}


SCALE = "|".join(sorted(SCALES, key=len, reverse=True))


def word_pattern(lang: str) -> str:
    words = "|".join(sorted(_NUMBER_WORDS[lang].split(), key=len, reverse=True))
    joint = r"(?:-|\s|-et-|\s+et\s+)" if lang == "fr" else r"(?:-|\s|\s+and\s+)"
    return rf"(?:{words})(?:{joint}(?:{words}))*"


NUMBER_WORD_SET = frozenset(w for words in _NUMBER_WORDS.values() for w in words.split()) - {
    "cent",
    "cents",
}
FRACTION_NOUNS = frozenset(["thirds", "quarters", "tiers", "quarts", "halves", "fifths"])
HALF_DOZEN = (
    r"(?:a|one)(?=\s+(?:thousand|million|billion|trillion)\b)|(?:a\s+)?half(?:\s+a)?\s+dozen|une\s+demi-douzaine|(?:a|one)\s+dozen|une\s+douzaine"
    r"|une\s+(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine"
    r"|centaine)|un\s+millier"
    r"|half\s+an?(?=\s+(?:percentage|point|per|million|billion))|un\s+demi(?=-?\s*point|-milli)|demi(?=-milli)"
    r"|(?:a|one)\s+quarter(?:\s+of\s+a)?(?=\s+(?:percentage|point))|un\s+quart\s+de(?=\s+point)"
)


ROUND_NUMBERS = {"dizaine": 10.0, "quinzaine": 15.0, "vingtaine": 20.0, "trentaine": 30.0,
                 "quarantaine": 40.0, "cinquantaine": 50.0, "soixantaine": 60.0,
                 "centaine": 100.0, "millier": 1000.0}  # fmt: skip


def parse_number(raw: str, language: str) -> float:
    raw = raw.replace(" ", "").replace("'", "").replace("’", "")
    if re.fullmatch(r"\d+,\d{1,2}", raw):
        return float(raw.replace(",", "."))  # a decimal comma in either language
    if language == "fr":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
            raw = raw.replace(".", "")
        return float(raw.replace(",", "."))
    return float(raw.replace(",", ""))


def number_words_value(text: str, language: str) -> float | None:
    from text_to_num import text2num

    try:
        return float(text2num(" ".join(text.lower().split()), language))
    except ValueError:
        return None


_SCALE_WORD = re.compile(r"(?<![\w])(" + SCALE + r")(?![\w])", re.IGNORECASE)
