"""What claims tells and asks the layers above it (matching, notifications).

claims sits below them (docs/architecture.md) and never imports them. They connect
themselves here, from their AppConfig.ready():

- notifications listens to the signals. Every signal is sent synchronously inside the
  transaction of the change it reports, so what a receiver writes (an event row in the
  notifications outbox) commits or rolls back with the change, and an error in a receiver
  rolls the change back, as a direct call would.
- matching registers the matcher (`register_matcher`), which claims asks, while it writes
  claims, whether an extracted claim is one it already holds, and tells, in the same
  transaction, which claims to index under their new words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.dispatch import Signal

# A claim's status moved (a transition, a reassignment, an extracted claim queued at once):
# `claim`, already saved with its new status and assignee, and `actor` (None for the system).
claim_status_changed = Signal()

# A review lease ran out: `claim`, sent before it goes back to the queue (its assignee is
# still the reviewer who held it).
lease_expired = Signal()

# An article's extraction failed: `article`, saved `failed` with its error.
extraction_failed = Signal()


@dataclass(frozen=True)
class NoMatch:
    """The matcher's answer for an extracted claim: `same`, the claim it is another
    appearance of (None: a new claim); `score`, handed back to `appearance_record_match`;
    `suggestions`, near claims for a reviewer, handed back to `suggestions_create`."""

    same: Any = None
    score: Any = None
    suggestions: Sequence[Any] = field(default_factory=tuple)


@dataclass(frozen=True)
class Matcher:
    """The duplicate matcher as claims uses it (matching.services has the real ones). Each
    is called inside the caller's transaction, except `embed_texts`, which runs the model
    before it."""

    # texts -> one vector each (None when there is no model)
    embed_texts: Callable[[Sequence[str]], Sequence[Any]]
    # text, normalized, language, speaker, entities, embedding -> an answer shaped as NoMatch
    extracted_claim_match: Callable[..., Any]
    # claims (created or reworded), vectors (optional, in claim order): index their words
    claim_match_index_write: Callable[..., Any]
    # claim, suggestions (from the answer): pending suggestions for a new claim
    suggestions_create: Callable[..., Any]
    # appearance, statement, normalized, score: an extracted sentence matched a claim
    appearance_record_match: Callable[..., Any]


# With no matcher registered (matching not installed), every claim is new and nothing is
# indexed.
NO_MATCHER = Matcher(
    embed_texts=lambda texts: [None] * len(texts),
    extracted_claim_match=lambda **kwargs: NoMatch(),
    claim_match_index_write=lambda **kwargs: None,
    suggestions_create=lambda **kwargs: [],
    appearance_record_match=lambda **kwargs: None,
)
_matcher = NO_MATCHER


def register_matcher(matcher: Matcher) -> None:
    """matching's, from MatchingConfig.ready()."""
    global _matcher
    _matcher = matcher


def matcher() -> Matcher:
    return _matcher
