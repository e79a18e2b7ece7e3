"""A series "respectively" shares out over a list of subjects.

"… decline in both exports and imports, which dropped in December by 2.8 percent and 21.3
percent, respectively": the first figure is the exports', the second the imports'. The
series reader gives every figure the frame's subject, the noun just before "which"
("imports"); this gives each figure its own subject, in the order the list names them, and
drops the "respectively" that no longer reads.
"""

from __future__ import annotations

import dataclasses
import re

from .records import ExtractedClaim

_RESPECTIVELY = re.compile(r",?\s*\b(?:respectively|respectivement)\b", re.IGNORECASE)
_DETERMINER = r"(?:(?:the|its|les|des|ses|leurs)\s+)?"


def _subjects(sentence: str, last: str, count: int) -> list[str] | None:
    """The list that ends with `last` ("exports and imports"), if it has `count` members."""
    word = r"[^\W\d][\w-]*"
    m = re.search(
        rf"\b((?:{_DETERMINER}{word},\s+)*{_DETERMINER}{word})\s+(?:and|et)\s+{re.escape(last)}\b",
        sentence,
    )
    if m is None:
        return None
    members = [re.sub(rf"^{_DETERMINER}", "", x.strip()) for x in m.group(1).split(",")]
    members.append(last)
    return members if len(members) == count else None


def share_out(claims: list[ExtractedClaim], sentence: str) -> list[ExtractedClaim]:
    """The series' claims, each with its own subject when the sentence says "respectively"."""
    if not _RESPECTIVELY.search(sentence) or len(claims) < 2:
        return claims
    last = claims[0].text.split()[0]
    subjects = _subjects(sentence, last, len(claims))
    out = []
    for k, claim in enumerate(claims):
        text = _RESPECTIVELY.sub("", claim.text).strip()
        if subjects and text.startswith(last):
            text = subjects[k] + text[len(last) :]
        out.append(dataclasses.replace(claim, text=text))
    return out
