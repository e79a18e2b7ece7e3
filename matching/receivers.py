"""matching's answers to the layer below it, registered from MatchingConfig.ready().

claims writes claims without importing matching (claims.hooks): it asks the matcher
registered here whether an extracted claim is one it holds already, and tells it which
claims to index under their (new) words, inside the transaction that writes them.
"""

from __future__ import annotations

from claims import hooks
from matching.embedding import embed_texts
from matching.services import (
    appearance_record_match,
    claim_match_index_write,
    extracted_claim_match,
    suggestions_create,
)

MATCHER = hooks.Matcher(
    embed_texts=embed_texts,
    extracted_claim_match=extracted_claim_match,
    claim_match_index_write=claim_match_index_write,
    suggestions_create=suggestions_create,
    appearance_record_match=appearance_record_match,
)


def connect() -> None:
    hooks.register_matcher(MATCHER)
