"""Pronouns the standalone rewrite must read before it names anyone: "he or she" is anyone,
French "il" before a noun predicate is a subject the parse mislabels, and an English "it"
may continue a court or a ministry the NER does not call an organisation."""

from __future__ import annotations

import re
from typing import Any

# "An Athens court found him guilty … It also ordered the seizure of his home": an "it" that
# continues a body the parse names no organisation
INSTITUTION = re.compile(
    r"\b(?:court|tribunal|government|ministry|commission|council|committee|parliament|"
    r"agency|company|bank|board|authority|union|police|army|regulator)$",
    re.IGNORECASE,
)


# "It means they will not be involved", "It comes after…": an "it" that stands for what was
# just told, not for a body
SITUATION_VERBS = frozenset(["mean", "suggest", "show", "follow", "seem", "appear", "come",
                             "happen", "signal", "mark", "leave", "make"])  # fmt: skip


def generic(tok: Any) -> bool:
    """ "he or she", "il ou elle": anyone, no one to name."""
    doc = tok.doc
    after = doc[tok.i + 1 : tok.i + 3]
    before = doc[max(0, tok.i - 2) : tok.i]
    pair = {"he", "she", "il", "elle"}
    return (len(after) == 2 and after[0].lower_ in ("or", "ou") and after[1].lower_ in pair) or (
        len(before) == 2 and before[1].lower_ in ("or", "ou") and before[0].lower_ in pair
    )


def copular(tok: Any) -> bool:
    """ "il" before a copula and a noun or adjective predicate ("Il est en hausse"), which the
    French parse reads as an expletive; "il faut", "il est possible que" are _IMPERSONAL's."""
    head = tok.head
    return head.pos_ in ("NOUN", "ADJ") and any(c.dep_ == "cop" for c in head.children)
