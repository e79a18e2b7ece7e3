"""Subject and object swapped: "le Kremlin accuse Kyiv" / "Kyiv accuse le Kremlin" share
every word and state opposite claims; "…, Ukrinform reported" / "Ukrinform reported that …"
move words without swapping anyone.

Two shared names in the opposite order (a passive, "by"/"par", is left to the caller). In
one language the words between them must also be the same on both sides: a clause moved
to the front reorders names without swapping anyone. Across languages the order alone
decides, possessives aside ("France's index" / "l'indice … en France").

Tried and left out: splitting both sentences at a shared content word and looking for
words that cross it. It finds swapped common nouns ("les forces … traquent les miliciens"),
but a moved "en février" or "selon l'Insee" crosses it too: on the development pairs it
vetoed about ten paraphrases to catch two swaps.
"""

from __future__ import annotations

from typing import Protocol

from matching import text as t
from matching.aliases import alias_key

_AGENT_MARKERS = {"fr": frozenset({"par"}), "en": frozenset({"by"})}
# What follows "by"/"par" when it measures rather than names an agent: "won by fewer than
# 3,000 votes", "rose by 3 %", "par rapport à", "par an".
_MEASURES = {
    "en": frozenset(
        [
            "fewer",
            "more",
            "less",
            "about",
            "around",
            "nearly",
            "almost",
            "over",
            "some",
            "up",
            "far",
            "much",
            "just",
            "only",
        ]
    ),
    "fr": frozenset(
        [
            "moins",
            "plus",
            "rapport",
            "environ",
            "pres",
            "an",
            "jour",
            "mois",
            "semaine",
            "personne",
            "habitant",
        ]
    ),
}


def is_passive(tokens: list[str], language: str) -> bool:
    """A "by"/"par" that introduces an agent ("rejected by parliament", "battu par la
    France"); not one that measures a difference, a rate or a comparison."""
    lang = t.lang_key(language)
    for i, token in enumerate(tokens):
        if token in _AGENT_MARKERS[lang]:
            following = tokens[i + 1 : i + 2]
            if not following or following[0][:1].isdigit():
                continue
            if following[0] in _MEASURES[lang] or following[0] in t.NUMBER_WORDS[lang]:
                continue
            return True
    return False


class Readable(Protocol):
    language: str
    sequence: tuple[str, ...]
    names: tuple[str, ...]
    roles: tuple[str, ...]
    possessives: frozenset[str]


def roles_swapped(a: Readable, b: Readable) -> bool:
    if a.language != b.language:
        # French and English both put the subject first.
        shared = [n for n in a.roles if n in b.roles and n not in a.possessives | b.possessives]
        return any(
            (b.roles.index(x) > b.roles.index(y))
            and not _one_phrase(a, x, y)
            and not _one_phrase(b, x, y)
            for i, x in enumerate(shared)
            for y in shared[i + 1 :]
        )
    return _names_swapped(a, b, [n for n in a.roles if n in b.roles])


def _one_phrase(features: Readable, x: str, y: str) -> bool:
    """Two names in one run of names ("SNCF Voyageurs CEO Christophe Fanichet"): English
    puts before a name what French puts after it ("Christophe Fanichet, le PDG de SNCF
    Voyageurs"), which moves names without swapping anyone."""
    keys = [alias_key(w) or w for w in features.sequence]
    if x not in keys or y not in keys:
        return False
    start, end = sorted((keys.index(x), keys.index(y)))
    names = set(features.names)
    return all(k in names for k in keys[start + 1 : end])


def _names_swapped(a: Readable, b: Readable, shared: list[str]) -> bool:
    for i, x in enumerate(shared):
        for y in shared[i + 1 :]:
            if b.roles.index(y) > b.roles.index(x):
                continue
            between_a = _between(a, x, y)
            between_b = _between(b, y, x)
            if between_a and between_b:
                overlap = len(between_a & between_b) / len(between_a | between_b)
                if overlap >= 0.5:
                    return True
    return False


def _between(features: Readable, first: str, second: str) -> frozenset[str]:
    """Content words between the first occurrences of two names (in that order)."""
    words = features.sequence
    keys = [alias_key(w) or w for w in words]
    try:
        start, end = keys.index(first), keys.index(second)
    except ValueError:
        return frozenset()
    skip = t.STOPWORDS[features.language] | set(features.names)
    return frozenset(
        w
        for w, k in zip(words[start + 1 : end], keys[start + 1 : end], strict=True)
        if w not in skip and k not in skip
    )
