"""Value objects returned by the extractor. Frozen so results can be cached and shared."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

KINDS: tuple[str, ...] = ("statistic", "quote", "event", "prediction", "opinion", "other")
COMPARATORS: tuple[str, ...] = ("=", ">", "<", ">=", "<=", "~")


class UnsupportedLanguageError(ValueError):
    """The article is in a language the extractor has no rules for."""


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    comparator: str
    unit: str
    text: str
    change: str | None = None  # "up" / "down": the number is the size of a move

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "comparator": self.comparator,
            "unit": self.unit,
            "text": self.text,
            "change": self.change,
        }


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    text: str
    iso: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "iso": self.iso}


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    label: str  # PER, ORG or LOC

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "label": self.label}


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    text: str
    start: int
    end: int
    sentence: str
    speaker: str | None
    speaker_as_written: str | None
    is_quote: bool
    kind: str
    check_worthiness: float
    language: str
    quantities: tuple[Quantity, ...] = field(default_factory=tuple)
    dates: tuple[ResolvedDate, ...] = field(default_factory=tuple)
    entities: tuple[Entity, ...] = field(default_factory=tuple)
    # The passage as written (body[start:end]); `text` is it made standalone.
    quote: str = ""
    # The organisation the speaker speaks for, when the article names it ("l'OTAN").
    speaker_affiliation: str | None = None
    # Other places in the article that say the same (start, end, sentence): repeats.py
    repeats: tuple[tuple[int, int, str], ...] = ()

    def appearances(self) -> list[ExtractedClaim]:
        """This claim once per place the article makes it (for writing appearances)."""
        extra = [
            dataclasses.replace(self, start=s, end=e, sentence=sentence, repeats=())
            for s, e, sentence in self.repeats
        ]
        return [dataclasses.replace(self, repeats=()), *extra]

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "speaker": self.speaker,
            "speaker_as_written": self.speaker_as_written,
            "is_quote": self.is_quote,
            "kind": self.kind,
            "check_worthiness": self.check_worthiness,
            "language": self.language,
            "quantities": [q.to_dict() for q in self.quantities],
            "dates": [d.to_dict() for d in self.dates],
            "entities": [e.to_dict() for e in self.entities],
            "quote": self.quote,
            "speaker_affiliation": self.speaker_affiliation,
            "repeats": [{"start": s, "end": e, "sentence": t} for s, e, t in self.repeats],
        }
