"""One chunk of an article as the rule stages read it, and what the reading carries from one
paragraph (and chunk) to the next: the speaker memory, the discourse, a pending speaker."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .discourse import Discourse
from .header import PartialDate
from .memory import SpeakerMemory
from .tokens import Tok

Speaker = tuple[str | None, str]


@dataclass(slots=True)
class ReadingContext:
    """What one article carries from paragraph to paragraph, and so across its chunks."""

    memory: SpeakerMemory = field(default_factory=SpeakerMemory)
    discourse: Discourse = field(default_factory=Discourse)
    pending: Speaker | None = None  # speaker of "X a dit :" for the next paragraph
    prev_para_speaker: Speaker | None = None


@dataclass(slots=True)
class ArticleChunk:
    """One chunk of an article (the whole of it, unless long or in two languages)."""

    body: str
    norm: str
    lang: str
    published: PartialDate | None
    toks: list[Tok]
    doc: Any
    context: ReadingContext = field(default_factory=ReadingContext)

    @property
    def discourse(self) -> Discourse:
        return self.context.discourse
