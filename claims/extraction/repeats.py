"""One claim per fact within an article: exact and near-exact repeats are merged.

News repeats itself: a headline restates the lead, a standfirst the first paragraph, a
closing line an earlier figure. A reviewer should see the claim once; every place it was
made is kept (`ExtractedClaim.repeats`), so the database writes one claim with several
appearances. Two claims are the same when their words are (nearly) the same set and they
carry the same numbers: "four public libraries" and "fourteen public libraries" never merge.
"""

from __future__ import annotations

import dataclasses
import re

from .names import fold as normalise
from .records import ExtractedClaim

_WORD = re.compile(r"\w+")
_STOP = frozenset(
    [
        "le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "et", "a", "au", "aux",
        "en", "the", "a", "an", "of", "and", "to", "in", "on", "at", "is", "are", "was",
        "were", "que", "qui", "ce", "cette", "ces", "il", "elle", "ils", "elles", "it",
        "its", "this", "that"
    ]
)  # fmt: skip
_NEGATIONS = frozenset({"ne", "n", "pas", "not", "no", "never", "jamais", "aucun", "aucune"})
SAME = 0.85  # share of content words two wordings must have in common
HEADLINE_MAX = 250  # characters: a longer first line is running text
HEADLINE_SHARE = 0.5  # share of the headline's content words a body claim must restate
# Words a headline adds around what it reports ("…, report finds", "X says").
_HEADLINE_STOP = frozenset(
    ["report", "finds", "find", "says", "said", "say", "selon", "according", "dit", "estime",
     "for", "with", "from", "by", "as", "has", "have", "been", "pour", "par", "sur", "dans"]
)  # fmt: skip


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(normalise(text)) if w not in _STOP}


def _numbers(claim: ExtractedClaim) -> set[tuple[float, str]]:
    return {(q.value, normalise(q.unit)) for q in claim.quantities}


def same_claim(a: ExtractedClaim, b: ExtractedClaim) -> bool:
    if _numbers(a) != _numbers(b):
        return False
    wa, wb = _words(a.text), _words(b.text)
    if not wa or not wb or (wa & _NEGATIONS) != (wb & _NEGATIONS):
        return False
    return len(wa & wb) / len(wa | wb) >= SAME


def headline_end(text: str) -> int:
    """End of the article's headline, or 0 when it opens with running text.

    A headline is a first paragraph of one short line that does not end a sentence
    ("FIFA bans Blatter and Platini for eight years"), with more paragraphs after it.
    """
    first = text.lstrip()
    lead = len(text) - len(first)
    line_end = first.find("\n")
    if line_end <= 0 or line_end > HEADLINE_MAX or not first[line_end:].strip():
        return 0
    line = first[:line_end].rstrip(" \t\"'»”’")
    if not line or line[-1] in ".!?…;:":
        return 0
    return lead + line_end


def _stems(text: str) -> set[str]:
    # Headlines conjugate and pluralise what the lead says ("bans" / "a ban"): a short
    # prefix stem is enough to see the same words.
    return {w.rstrip("s")[:4] for w in _words(text) if w not in _HEADLINE_STOP}


def _values(claim: ExtractedClaim) -> set[float]:
    return {q.value for q in claim.quantities}


def _figures_written(headline: ExtractedClaim, claim: ExtractedClaim) -> bool:
    """Each headline figure is written in the body claim too, if not read as a quantity
    there ("eight years" / "an eight-year ban")."""
    text = normalise(claim.text)
    return all(
        normalise(q.text).split("-")[0].split()[0] in text for q in headline.quantities if q.text
    )


def _restating(headline: ExtractedClaim, body: list[ExtractedClaim]) -> int | None:
    """Index of the body claim the headline claim restates, if one does."""
    words = _stems(headline.text)
    if not words:
        return None
    best, best_share = None, HEADLINE_SHARE
    for k, claim in enumerate(body):
        if not _values(headline) <= _values(claim) and not _figures_written(headline, claim):
            continue
        share = len(words & _stems(claim.text)) / len(words)
        if share >= best_share and (best is None or share > best_share):
            best, best_share = k, share
    return best


def fold_headline(claims: list[ExtractedClaim], end: int) -> list[ExtractedClaim]:
    """A headline claim that the body restates becomes one more place of the body's claim.

    The body's wording is the one a reviewer can check (it has the subject, the date, the
    source); the headline keeps its span as a repeat. A headline nothing restates stays.
    """
    if not end:
        return claims
    heads = [c for c in claims if c.start < end]
    body = [c for c in claims if c.start >= end]
    kept_heads = []
    for head in heads:
        k = _restating(head, body)
        if k is None:
            kept_heads.append(head)
            continue
        span = (head.start, head.end, head.sentence)
        body[k] = dataclasses.replace(body[k], repeats=(*body[k].repeats, span))
    return kept_heads + body


def merge_repeats(claims: list[ExtractedClaim], text: str = "") -> list[ExtractedClaim]:
    """Keep the first wording of each claim; later repeats become its extra spans."""
    claims = fold_headline(claims, headline_end(text))
    kept: list[ExtractedClaim] = []
    for claim in claims:
        for k, first in enumerate(kept):
            if same_claim(first, claim):
                span = (claim.start, claim.end, claim.sentence)
                kept[k] = dataclasses.replace(
                    first,
                    repeats=(*first.repeats, span),
                    speaker=first.speaker or claim.speaker,
                    speaker_as_written=first.speaker_as_written or claim.speaker_as_written,
                )
                break
        else:
            kept.append(claim)
    return kept
