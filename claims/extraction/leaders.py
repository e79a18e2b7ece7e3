"""Who a description of a body's leader ("the UEFA president") stands for."""

from __future__ import annotations

from . import source_words as sw
from .memory import SpeakerMemory
from .names import institution, org_phrase, spoken_for
from .tokens import Tok


def leader_described(np: list[Tok], memory: SpeakerMemory) -> str | None:
    """ "Mr Platini expressed … In an official statement, the UEFA president described …": a
    description of who leads a body, without a name, is the person just spoken of, unless
    that person is known to belong to another body."""
    leader = memory.last_person
    if not leader or np[0].lower not in ("the", "le", "la", "l'"):
        return None
    if any(t.ent == "PER" for t in np) or not any(t.lower in sw.LEADER_TITLES for t in np):
        return None
    capitals = " ".join(t.text for t in np[1:] if t.is_cap and t.lower not in sw.LEADER_TITLES)
    body = spoken_for(np) or institution(np) or org_phrase(np) or capitals
    if not body or memory.affiliations.get(leader) not in (None, body):
        return None
    return leader
