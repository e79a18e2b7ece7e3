"""A passage set between two dashes is an aside: the claim reads without it.

"An air strike in Afghanistan on Friday killed at least eight people – all believed to be
civilians, residents said – following U.S. statements": the sentence's claim is the strike;
the aside, when it closes on its own attribution (", residents said"), is a statement by
them about the noun phrase before it ("at least eight people all believed to be
civilians"). An aside with no attribution ("– including six luxury cars for personal use –",
"- restauration, hébergement, transports, etc. -") is cut out of the claim's text only where
it holds no figure; one with a figure stays, since it is part of what is claimed.
"""

from __future__ import annotations

from .attribution import is_report
from .decomposition import Segment, np_start
from .tokens import Tok

_DASHES = {"–", "—", "-"}


def dashed_aside(
    toks: list[Tok], seg: Segment, lang: str
) -> tuple[tuple[int, int], Segment | None] | None:
    """(hole, the aside's own segment or None) of the first dash pair in the segment."""
    dashes = [
        k for k in range(seg.start + 1, seg.end - 1)
        # "KABUL —": a dateline's dash opens no aside
        if _is_dash(toks, k) and any(t.text[:1].islower() for t in toks[seg.start : k])
    ]  # fmt: skip
    if len(dashes) < 2:
        return None
    open_, close = dashes[0], dashes[1]
    if not 2 <= close - open_ - 1 <= 20:
        return None
    inner = toks[open_ + 1 : close]
    comma = max((k for k in range(open_ + 1, close) if toks[k].text == ","), default=None)
    if comma is not None and close - comma <= 6 and is_report(toks[close - 1], lang):
        # "– all believed to be civilians, residents said –"
        subject = np_start(toks, seg.start, open_)
        aside = Segment(
            open_ + 1, comma, "aside", (subject, open_) if subject < open_ else None,
            speaker_span=(comma + 1, close - 1),
        )  # fmt: skip
        return (open_, close + 1), aside
    if any(t.pos == "NUM" or any(ch.isdigit() for ch in t.text) for t in inner):
        return None
    return (open_, close + 1), None


def _is_dash(toks: list[Tok], k: int) -> bool:
    """A dash standing apart ("eight people – all"), not a hyphen inside a word."""
    tok = toks[k]
    return (
        tok.text in _DASHES
        and 0 < k < len(toks) - 1
        and toks[k - 1].end < tok.start
        and tok.end < toks[k + 1].start
    )
