"""A second figure hung on a claim is a second claim.

Wire copy packs comparisons into one sentence: "… a atteint vendredi 66,56 dollars, contre
66,50 dollars la veille", "… dont 80 000 à Paris", "… qui ont bondi de 14,8% (après 13,3% en
janvier)", "rose at an annual pace of 8.5% in September, down slightly from the 8.7% rise in
August". A checker checks each figure on its own, so the appendage becomes its own claim,
framed by the main claim's words up to its figure: "… a atteint 66,50 dollars la veille",
"… rose at an annual pace of 8.7% in August". The main claim loses the appendage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .tokens import Tok

# Words that introduce a compared or contained figure, after a comma or a bracket.
_SEPARATORS = {
    "fr": (("contre",), ("dont",), ("après",), ("soit",), ("face", "à")),
    "en": (("down", "from"), ("up", "from"), ("compared", "to"), ("compared", "with"),
           ("against",), ("from",), ("versus",), ("including",)),
}  # fmt: skip
# Dropped after the figure ("the 8.7% rise in August"); a decline keeps its word.
_RISE_NOUNS = frozenset(
    [
        "rise", "increase", "decline", "drop", "gain", "fall", "jump", "hausse", "baisse",
        "progression", "recul"
    ]
)  # fmt: skip
_TIME = re.compile(
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|veille|lendemain|janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|(?:19|20)\d\d|an dernier|last year|"
    r"a year earlier|un an plus tôt)\b",
    re.IGNORECASE,
)
# The main claim's own time words, dropped from the frame when the appendage has its own.
_FRAME_TIME = re.compile(
    r"\s*\b(?:(?:in|en|au|on|le)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|janvier|février|mars|avril|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|june|july|"
    r"august|september|october|november|december)\b",
    re.IGNORECASE,
)


_EXPECTED = re.compile(
    r"\b(?:expect\w*|forecast\w*|predict\w*|project\w*|estimat\w*|will|would|could|may|might|"
    r"devrait|devraient|pourrait|pourraient|prévoi\w*|prévu\w*|attend\w*|table\w*|anticip\w*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Appendage:
    cut: int  # index in the sentence's tokens where the main claim now ends
    number: int  # index of the appendage's figure
    end: int  # index just after the appendage


def find_appendages(toks: list[Tok], start: int, end: int, lang: str) -> list[Appendage]:
    """Appendages carrying a figure in toks[start:end], when the part before has one too."""
    found: list[Appendage] = []
    k = start + 2
    while k < end - 1:
        if toks[k - 1].text not in (",", "(", "-", "–", "—") or not _has_number(toks, start, k):
            k += 1
            continue
        size = _separator(toks, k, end, lang)
        if not size:
            k += 1
            continue
        stop = k + size
        while stop < end and toks[stop].text not in (",", ")", ";", "-", "–", "—"):
            stop += 1
        number = next(
            (j for j in range(k + size, min(stop, k + size + 4)) if _digit(toks[j])), None
        )
        if number is None:
            k += 1
            continue
        found.append(Appendage(k - 1, number, stop))
        k = stop + 1
    return found


def _separator(toks: list[Tok], k: int, end: int, lang: str) -> int:
    words = [t.lower for t in toks[k : min(end, k + 3)]]
    for seq in _SEPARATORS[lang]:
        if tuple(words[: len(seq)]) == seq:
            return len(seq)
        # "down slightly from": one adverb inside
        if len(seq) == 2 and len(words) == 3 and (words[0], words[2]) == seq:
            return 3
    return 0


def _digit(tok: Tok) -> bool:
    return any(ch.isdigit() for ch in tok.text)  # the tagger calls "2.541" a proper noun


def _has_number(toks: list[Tok], a: int, b: int) -> bool:
    return any(_digit(t) for t in toks[a:b])


def appendage_text(
    main_text: str,
    main_figure: str,
    figure: str,
    tail: str,
    unit: str,
    rest_has_verb: bool,
) -> str | None:
    """The appendage as a claim: the main claim with its figure replaced by the appendage's
    ("Au total, 4.691 suffrages ont été annulés, contre 2.541 au premier tour" -> "Au total,
    2.541 suffrages ont été annulés au premier tour"). What followed the main figure stays
    only if it holds the verb; the main claim's own time words go when the appendage has its
    own ("rose … of 8.5% in September, down from the 8.7% rise in August" -> "rose … of 8.7%
    in August")."""
    at = main_text.rfind(main_figure)
    if at <= 0 or _EXPECTED.search(main_text[:at]):
        return None  # "expected to come in at 0.2%, compared to …": the frame would lie
    frame, rest = main_text[:at], main_text[at + len(main_figure) :]
    words = tail.split()
    if words and words[0].lower() in _RISE_NOUNS:
        words = words[1:]  # "the 8.7% rise in August" -> "8.7% in August"
    if unit and unit[:1].isalpha() and unit.lower() not in figure.lower():
        figure = f"{figure} {unit}"  # "dont 80 000 à Paris" -> "80 000 manifestants à Paris"
    tail = " ".join(words).rstrip(' .;:"»)')
    if _TIME.search(tail):
        frame = _FRAME_TIME.sub("", frame)
        rest = _FRAME_TIME.sub("", rest)
    parts = [frame.rstrip(), figure, rest.strip() if rest_has_verb else "", tail]
    return " ".join(" ".join(p for p in parts if p).split())
