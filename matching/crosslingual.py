"""A French claim and an English one, compared word by word through the bilingual lexicon
(matching.text.bilingual): how much of each side's content the other accounts for, and
whether a known word of one side stands where the other puts another word of its field
("wine exports" / "les importations de vin", "Tesla sold" / "a produit").

Within one language matching.scoring compares stems and matching.inplace finds a word
replaced in place; across languages the two sentences share no stem, and e5 places a
translation with one content word changed as near as a faithful one (cosine 0.92–0.96),
so this module gives cross-lingual pairs the same two readings.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache

from matching import text as t
from matching.aliases import alias_key, alias_phrase_at
from matching.facts import MONTHS, WEEKDAYS
from matching.text import bilingual

# Two stems the lexicon does not know are one word when they share this many first letters
# and at least COGNATE_SHARE of the shorter: "grindavik", "tornad"/"tornado",
# "euthanasi"/"euthanasia".
COGNATE_PREFIX = 5
COGNATE_SHARE = 0.8
# Days and months are the dates check's business (matching.facts), not words to match.
_DATES = frozenset(" ".join([*MONTHS.values(), *WEEKDAYS.values()]).split())


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Function words and light verbs that the stop lists keep (they matter to stems within one
# language) but that a translation renders with a stop word or not at all: "491 litres
# per square metre" / "491 l/m²", "ont fait 229 morts" / "229 people died".
_LIGHT = {
    "en": _word_set("per such each every own just yet so then there here make makes made soon"),
    # French modals: their English counterparts ("must", "could") are stop words already.
    "fr": _word_set(
        "jusqu tel telle tels telles chaque ainsi alors dont fait font faire doit doivent "
        "devra devront devrait devraient pourra pourront pourrait pourraient faudra "
        "faudrait faut"
    ),
}
# "who" is the relative pronoun far more often than the WHO: an alias only when the claim
# names it (written "WHO").
_PRONOUN_ALIASES = frozenset({"who"})


@dataclass(frozen=True, slots=True)
class Unit:
    stem: str
    senses: frozenset[str]  # lexicon concepts or "@alias key"; empty when unknown
    word: str = ""  # the folded word: a name the stemmer cuts ("boeing" -> "boe") is one word


@dataclass(frozen=True, slots=True)
class Comparison:
    covered_a: float  # share of a's units the other side accounts for
    covered_b: float
    replaced: tuple[str, str] | None  # a known word of one field on each side, unmatched
    both_left: bool  # each side has a word the lexicon does not know, not accounted for


@lru_cache(maxsize=4)
def _directions(lang: str) -> dict[str, frozenset[str]]:
    """Words of change as "UP" / "DOWN" ("baisse" = "falling"): whether they agree is
    matching.opposites' business, here they only count as accounted for."""
    table = {t.stem(w, lang): frozenset(["UP"]) for w in t.UP_WORDS[lang].split()}
    table.update({t.stem(w, lang): frozenset(["DOWN"]) for w in t.DOWN_WORDS[lang].split()})
    return table


def units(tokens: Iterable[str], language: str, names: Collection[str] = ()) -> tuple[Unit, ...]:
    """The content words of a claim, in order, each with the concepts it may stand for;
    the alias table's names ("etats unis", "OTAN") as one unit each. `names`: the claim's
    capitalised names (matching.facts), which tell "WHO" from "who"."""
    lang = t.lang_key(language)
    tokens = list(tokens)
    skip = t.STOPWORDS[lang] | t.REPORTING[lang] | t.NEGATION[lang] | _LIGHT[lang]
    out: list[Unit] = []
    i = 0
    while i < len(tokens):
        phrase = alias_phrase_at(tokens, i)
        if phrase is not None:
            out.append(Unit("@" + phrase[0], frozenset(["@" + phrase[0]])))
            i += phrase[1]
        else:
            token = tokens[i]
            i += 1
            if token in skip or token[0].isdigit() or token in t.NUMBER_WORDS[lang]:
                continue
            if token in _PRONOUN_ALIASES and token not in names:
                continue
            if token in t.MULTIPLIERS or token in _DATES or len(token) < 2:
                continue
            if token == "up" and tokens[i : i + 1] == ["to"]:  # "up to 49.5 million": a bound
                continue
            key = _alias(token)
            if key is not None:
                out.append(Unit("@" + key, frozenset(["@" + key])))
                continue
            word_stem = t.stem(token, lang)
            direction = _directions(lang).get(word_stem, frozenset())
            out.append(Unit(word_stem, bilingual.senses(word_stem, lang) | direction, token))
    return tuple(out)


def _alias(token: str) -> str | None:
    """The alias table's key of a word or of its plural or feminine ("suisses",
    "italienne", "bresiliennes")."""
    for form in (token, token.removesuffix("s"), token.removesuffix("es")):
        for end, base in (("", ""), ("ne", ""), ("e", "")):
            if form.endswith(end) and (key := alias_key(form[: len(form) - len(end)] + base)):
                return key
    return None


def _cognate(x: str, y: str) -> bool:
    return t.shares_prefix(x, y, COGNATE_PREFIX, COGNATE_SHARE)


def _matches(unit: Unit, other: Unit) -> bool:
    if unit.senses or other.senses:
        return bool(unit.senses & other.senses)
    # Two unknown words written alike are one name or loanword ("Boeing", "TikTok", "Chiva"),
    # even when the two stemmers cut them differently.
    return _cognate(unit.stem, other.stem) or (unit.word != "" and unit.word == other.word)


def _alternatives(x: Unit, y: Unit) -> bool:
    """Two known words of one field that share no concept: "export" / "importation"."""
    if not x.senses or not y.senses or x.senses & y.senses:
        return False
    fields_x = {f for c in x.senses for f in bilingual.fields(c) if not f.startswith("_")}
    fields_y = {f for c in y.senses for f in bilingual.fields(c) if not f.startswith("_")}
    return bool(fields_x & fields_y)


def compare(a: tuple[Unit, ...], b: tuple[Unit, ...]) -> Comparison:
    left_a = [u for u in a if not any(_matches(u, v) for v in b)]
    left_b = [v for v in b if not any(_matches(v, u) for u in a)]
    replaced = next(((x.stem, y.stem) for x in left_a for y in left_b if _alternatives(x, y)), None)
    return Comparison(
        covered_a=1 - len(left_a) / len(a) if a else 0.0,
        covered_b=1 - len(left_b) / len(b) if b else 0.0,
        replaced=replaced,
        both_left=any(not u.senses for u in left_a) and any(not v.senses for v in left_b),
    )
