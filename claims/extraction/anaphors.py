"""Speakers written as a reference back to someone the article named: "ce dernier", "the
latter", "the 73-year-old (former minister)". Wires use them to avoid repeating a name; the
checker needs the name."""

from __future__ import annotations

import re

from .memory import SpeakerMemory

_LATTER = {"ce dernier", "cette dernière", "the latter"}
# "The 73-year-old", "the 73-year-old former minister", "le septuagénaire"
_AGED = re.compile(r"^(?:the )?\d{1,3} ?- ?year ?- ?old\b|^l[ea] (?:quadra|quinqua|sexa|septua|octo)gé",
                   re.IGNORECASE)  # fmt: skip


def named_before(as_written: str, memory: SpeakerMemory) -> str | None:
    """The person the reference stands for, or None when it is no such reference."""
    low = as_written.lower()
    if low in _LATTER or _AGED.match(low):
        # the person last named, as a subject or at all ("found Akis Tsochadzopoulos guilty")
        named = next(reversed(memory.persons.values()), None)
        return memory.last_person or named or memory.last_speaker
    return None
