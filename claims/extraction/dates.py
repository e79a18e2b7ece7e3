"""Date expressions and their resolution against the publication date.

A weekday only becomes an absolute date when the publication day is known; news uses the
nearest such day, looking back for past or present events and ahead for future ones.
"""

from __future__ import annotations

import datetime as dt
import re

from .header import PartialDate
from .records import ResolvedDate

_WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "january": 1, "february": 2, "march": 3, "april": 4,
    "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10,
    "november": 11, "december": 12,
}  # fmt: skip
_RELATIVE = {
    "hier": -1, "aujourd'hui": 0, "demain": 1, "avant-hier": -2, "après-demain": 2,
    "yesterday": -1, "today": 0, "tomorrow": 1,
}  # fmt: skip
MONTH_NAMES = frozenset(_MONTHS)
_MONTH_RE = "|".join(_MONTHS)
_PATTERN = re.compile(
    r"(?P<dmy>\b(?P<d1>\d{1,2})(?:er)?\s+(?P<m1>" + _MONTH_RE + r")(?:\s+(?P<y1>\d{4}))?\b)"
    r"|(?P<mdy>\b(?P<m2>"
    + _MONTH_RE
    + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{4}))?\b)"
    r"|(?P<my>\b(?P<m3>" + _MONTH_RE + r")(?:\s+(?:de\s+|of\s+)?(?P<y3>\d{4}))?\b)"
    r"|(?P<wd>\b(?:(?P<this>this|last|next|ce)\s+)?(?P<wday>" + "|".join(_WEEKDAYS) + r")\b"
    r"(?:\s*\(?(?P<wdn>\d{1,2})(?:er)?\)?(?![\d,.]))?"
    r"(?:\s+(?P<after>dernier|prochain))?)"
    r"|(?P<rel>\b(?:" + "|".join(re.escape(k) for k in _RELATIVE) + r")\b)"
    r"|(?P<year>\b(?:1[89]|20)\d\d\b)",
    re.IGNORECASE,
)
# "mai"/"may" are also ordinary words; only trust them next to a day or a year.
_AMBIGUOUS_MONTHS = {"mai", "may", "march", "mars"}


def _safe(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _weekday(base: dt.date, m: re.Match[str], future: bool) -> str | None:
    """A weekday against the publication day: "this Thursday (2)" published Friday 3 December
    is 2 December; "jeudi dernier" / "last Thursday" looks back, "next"/"prochain" ahead, a
    bare weekday back for past or present events and ahead for future ones."""
    target = _WEEKDAYS[m.group("wday").lower()]
    if m.group("wdn"):
        day = int(m.group("wdn"))
        # the date with that day number, within a week of publication
        for delta in sorted(range(-7, 8), key=abs):
            when = base + dt.timedelta(days=delta)
            if when.day == day:
                return when.isoformat()
    word = (m.group("this") or m.group("after") or "").lower()
    ahead = (target - base.weekday()) % 7
    if word in ("next", "prochain"):
        return (base + dt.timedelta(days=ahead or 7)).isoformat()
    if word in ("last", "dernier"):
        return (base - dt.timedelta(days=(base.weekday() - target) % 7 or 7)).isoformat()
    delta = ahead if future or not ahead else ahead - 7
    return (base + dt.timedelta(days=delta)).isoformat()


def find_dates(
    norm: str, start: int, end: int, published: PartialDate | None, future: bool = False
) -> list[ResolvedDate]:
    out: list[ResolvedDate] = []
    year_known = published.year if published else None
    for m in _PATTERN.finditer(norm, start, end):
        text = m.group(0)
        iso: str | None = None
        if m.group("dmy") or m.group("mdy"):
            day = int(m.group("d1") or m.group("d2"))
            month = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
            year_s = m.group("y1") or m.group("y2")
            year = int(year_s) if year_s else year_known
            iso = _safe(year, month, day) if year else None
        elif m.group("my"):
            month_word = m.group("m3").lower()
            if m.group("y3"):
                iso = f"{int(m.group('y3')):04d}-{_MONTHS[month_word]:02d}"
            elif month_word in _AMBIGUOUS_MONTHS:
                continue
            elif year_known:
                iso = f"{year_known:04d}-{_MONTHS[month_word]:02d}"
        elif m.group("wd"):
            if published is not None and published.day is not None:
                iso = _weekday(published.first_day(), m, future)
        elif m.group("rel"):
            if published is not None and published.day is not None:
                offset = _RELATIVE[text.lower()]
                iso = (published.first_day() + dt.timedelta(days=offset)).isoformat()
        elif m.group("year"):
            iso = text
        out.append(ResolvedDate(text=text, iso=iso))
    return out
