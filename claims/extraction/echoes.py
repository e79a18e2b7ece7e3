"""Sentences that say who speaks without a reporting clause of the usual shape.

A sentence that hands the word to a new speaker by likening them to the last one:

"Même son de cloche chez Jean-Jacques Yhombi-Opango, allié de feu Guy-Brice Kolelas, qui
pense que la rapidité … est douteuse": French wires open a new voice with "Même son de
cloche chez X", "Même constat du côté de X", "Autre son de cloche chez X". X speaks here and
in what follows ("Il a déclaré …" is X), not the speaker before.

The narrative infinitive: "Et de rappeler que la majorité des personnes touchées ne
connaissent pas de complication" goes on with the speaker just quoted.
"""

from __future__ import annotations

from .attribution import resolve_speaker
from .lexicon import COMPLEMENTISER, FR_REPORT
from .memory import SpeakerMemory
from .tokens import Tok

_OPENERS = (
    ("même", "son", "de", "cloche"), ("autre", "son", "de", "cloche"), ("même", "constat"),
    ("même", "discours"), ("même", "analyse"), ("même", "réaction"), ("même", "tonalité"),
    ("même", "inquiétude"), ("même", "colère"),
)  # fmt: skip
_AT = (("chez",), ("du", "côté", "de"), ("du", "côté", "d'"), ("pour",), ("à",))


def _match(toks: list[Tok], k: int, words: tuple[str, ...]) -> int:
    if k + len(words) > len(toks):
        return 0
    return len(words) if all(toks[k + j].lower == w for j, w in enumerate(words)) else 0


def echoed_speaker(
    toks: list[Tok], a: int, b: int, memory: SpeakerMemory
) -> tuple[int, str | None, str] | None:
    """(first token of what is said, speaker, as written) of "Même son de cloche chez X (,
    qui pense que) …", or None."""
    n = next((m for words in _OPENERS if (m := _match(toks, a, words))), 0)
    if not n:
        return None
    at = next((m for words in _AT if (m := _match(toks, a + n, words))), 0)
    if not at:
        return None
    name_start = a + n + at
    name_end = name_start
    while name_end < b and (
        toks[name_end].pos == "PROPN"
        or (toks[name_end].text == "-" and name_end + 1 < b and toks[name_end + 1].is_cap)
    ):
        name_end += 1  # "Jean-Jacques Yhombi-Opango"
    if name_end == name_start:
        return None
    speaker, written = resolve_speaker(toks[name_start:name_end], memory)
    if speaker is None:
        return None
    memory.last_person = speaker  # "Il a déclaré …" in the next sentence is X
    # what X says: after "qui pense / estime / juge que", else the rest of the sentence
    content = next(
        (k + 1 for k in range(name_end, b) if toks[k].lower in COMPLEMENTISER["fr"]), name_end
    )
    while content < b and toks[content].text == ",":
        content += 1
    return content, speaker, written


def narrative_infinitive(
    toks: list[Tok], a: int, b: int, memory: SpeakerMemory
) -> tuple[int, str | None, str] | None:
    """(first token of what is said, speaker, as written) of "Et de rappeler que …": the
    speaker last quoted goes on."""
    if b - a < 4 or toks[a].lower != "et" or toks[a + 1].lower not in ("de", "d'"):
        return None
    verb = toks[a + 2].lower
    if not verb.endswith("er") or verb[:-2] + "é" not in FR_REPORT:
        return None
    if toks[a + 3].lower not in COMPLEMENTISER["fr"] or not memory.last_speaker:
        return None
    return a + 4, memory.last_speaker, memory.last_speaker
