"""One outlet quoting another's source: the source is the speaker.

"Reuters quoted Colin Gillis, an analyst at BGC Financial, as saying it was a good print"
(before what is said) and "…," The Indian Express reported the Health Minister as saying."
(after it): the outlet only relays the words; the checker asks the one quoted, so they
speak. French copy writes it "a déclaré X, cité par l'AFP", which the ordinary tail reads.
"""

from __future__ import annotations

from .attribution import resolve_speaker
from .memory import SpeakerMemory
from .tokens import Tok

_RELAYING = {"quoted", "quotes", "cited", "cites", "reported", "reports"}
_SAYING = {"saying", "telling", "stating", "writing"}
_LONGEST_SOURCE = 14  # tokens: "Colin Gillis, an analyst at BGC Financial,"


def _as_saying(toks: list[Tok], v: int, end: int) -> int | None:
    """Index of "as" in "<verb> <source> as saying", the verb at toks[v]."""
    if toks[v].lower not in _RELAYING:
        return None
    return next(
        (x for x in range(v + 2, min(end - 1, v + 2 + _LONGEST_SOURCE))
         if toks[x].lower == "as" and toks[x + 1].lower in _SAYING),
        None,
    )  # fmt: skip


def quoted_as_lead(
    toks: list[Tok], k: int, b: int, memory: SpeakerMemory
) -> tuple[int, str | None, str] | None:
    """(first token of what is said, speaker, as written) of "Reuters quoted X as saying …"."""
    as_ = _as_saying(toks, k, b - 1)
    if as_ is None:
        return None
    content = as_ + 2
    if toks[as_ + 1].lower == "telling" and content < b and toks[content].pos != "PRON":
        content += 1  # "as telling reporters": who was told is not what was said
    if content < b and toks[content].lower == "that":
        content += 1
    speaker, written = resolve_speaker(toks[k + 1 : as_], memory)
    return (content, speaker, written) if speaker and content < b else None


def quoted_as_saying(toks: list[Tok], memory: SpeakerMemory) -> tuple[int, str | None, str] | None:
    """(first token of the attribution, speaker, as written) of '…," X quoted Y as saying.'"""
    n = len(toks)
    for v in range(2, n - 3):
        as_ = _as_saying(toks, v, n)
        if as_ is None or as_ + 2 < n - 4:
            continue  # what is said follows: quoted_as_lead's
        cut = next(
            (k for k in range(v - 1, max(-1, v - 8), -1) if toks[k].text in (",", '"')), None
        )
        if cut is None or not any(t.text not in (",", '"') for t in toks[:cut]):
            return None
        source = toks[v + 1 : as_]
        if any(t.finite for t in source):
            return None
        speaker, written = resolve_speaker(source, memory)
        return cut, speaker, written
    return None
