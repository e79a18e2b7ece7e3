"""The article's leading ``date YYYY[-MM[-DD]]`` header and partial publication dates.

Articles reach us as plain text whose first token may be a date header (the seed opens with
`` date 2022-10 Le chef de l'OTAN…``, header and first sentence on one line). The header
is metadata, not prose: it is cut off before the text is stored, so every character span we
record points into the article body as a reader sees it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Precision = Literal["year", "month", "day"]

# `date` then something that tries to be a date. Anything else ("Date limite : …") is prose.
_HEADER = re.compile(r"\A\s*date[ \t]*[:=]?[ \t]+(?P<value>\d\S*)", re.IGNORECASE)
_VALUE = re.compile(r"\A(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?\Z")


class DateHeaderError(ValueError):
    """The text opens with a date header that is not a valid date."""


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A publication date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        # Let datetime validate ranges (month 13, 31 February...).
        dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def first_day(self) -> dt.date:
        """The earliest day the date can mean; what we store with the precision beside it."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.first_day()
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def isoformat(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise DateHeaderError otherwise."""
        match = _VALUE.match(value.strip())
        if not match:
            raise DateHeaderError(
                f"'{value}' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-10)"
            )
        year, month, day = (int(g) if g else None for g in match.group("year", "month", "day"))
        assert year is not None
        try:
            return cls(year, month, day)
        except ValueError as exc:
            raise DateHeaderError(f"'{value}' is not a valid date: {exc}") from None

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)


@dataclass(frozen=True, slots=True)
class SplitArticle:
    published: PartialDate | None
    body: str


def split_date_header(text: str) -> SplitArticle:
    """Split a leading date header off the text.

    Returns the date (or None when there is no header) and the body with the header and the
    whitespace around it removed. Raises DateHeaderError for a header that is not a date.
    """
    match = _HEADER.match(text)
    if not match:
        return SplitArticle(published=None, body=text.strip())
    published = PartialDate.parse(match.group("value"))
    return SplitArticle(published=published, body=text[match.end() :].strip())
