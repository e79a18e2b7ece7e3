"""A possessive description before the name it describes gives way to the name.

"Son principal adversaire, l'opposant Guy Parfait Kolelas décédé le jour du vote, arrive en
seconde position": the reader of the claim alone does not know whose adversary, but the
apposition names him. The claim opens with the named apposition instead: "L'opposant Guy
Parfait Kolelas décédé le jour du vote, arrive en seconde position …". A description whose
apposition names no one ("Son principal adversaire, un ancien ministre, …") is left to the
possessive rewrite (standalone.py).
"""

from __future__ import annotations

import re

_POSSESSIVE_DESCRIPTION = re.compile(
    r"^(?:son|sa|ses|leur|leurs|his|her|their|its)\s+[^,\"«»]{1,50},\s+", re.IGNORECASE
)
_NAMED = re.compile(
    r"^(?:l'|l’|(?:le|la|les|the|an?|un|une)\s+)?(?:[a-zéèêàç-]+\s+){0,3}"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)+"
)


def named_apposition_first(text: str) -> str:
    m = _POSSESSIVE_DESCRIPTION.match(text)
    if m is None:
        return text
    rest = text[m.end() :]
    named = _NAMED.match(rest)
    if not named:
        return text
    if rest[named.end() : named.end() + 2] == ", ":
        rest = rest[: named.end()] + rest[named.end() + 1 :]  # "His lawyer, John Smith, said"
    return rest[:1].upper() + rest[1:]
