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
# AP and Reuters abbreviate months before a day ("Feb. 25", "Sept. 6, 2023", "Nov. 12");
# only capitalised and next to a day, so that "mar", "jan" or French "sept" stay words.
_ABBREVIATED = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
                "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}  # fmt: skip
_ABBREVIATED_RE = "|".join(sorted(_ABBREVIATED, key=len, reverse=True))
_WEEKDAY_RE = "|".join(_WEEKDAYS)
_PATTERN = re.compile(
    # a weekday with a full date is that date: "le lundi 6 février", "Monday, February 6"
    r"(?P<wdmy>\b(?:"
    + _WEEKDAY_RE
    + r"),?\s+(?P<d4>\d{1,2})(?:er|st|nd|rd|th)?\s+(?P<m4>"
    + _MONTH_RE
    + r")(?:\s+(?P<y4>\d{4}))?\b)"
    r"|(?P<wmdy>\b(?:" + _WEEKDAY_RE + r"),?\s+(?P<m5>" + _MONTH_RE + r")\s+(?P<d5>\d{1,2})"
    r"(?:st|nd|rd|th)?(?![\d])(?:,?\s+(?P<y5>\d{4}))?)"
    r"|(?P<dmy>\b(?P<d1>\d{1,2})(?:er|st|nd|rd|th)?\s+(?P<m1>"
    + _MONTH_RE
    + r")(?:\s+(?P<y1>\d{4}))?\b)"
    r"|(?P<mdy>\b(?P<m2>"
    + _MONTH_RE
    + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{4}))?\b)"
    r"|(?P<amdy>\b(?-i:(?P<m6>"
    + _ABBREVIATED_RE
    + r")\.?)\s+(?P<d6>\d{1,2})(?:st|nd|rd|th)?(?![\d])"
    r"(?:,?\s+(?P<y6>\d{4})\b)?)"
    r"|(?P<my>\b(?P<m3>" + _MONTH_RE + r")(?:\s+(?:de\s+|of\s+)?(?P<y3>\d{4}))?\b)"
    r"|(?P<wd>\b(?:(?P<this>this|last|next|ce)\s+)?(?P<wday>" + _WEEKDAY_RE + r")\b"
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


def _year_for(published: PartialDate | None, month: int, last: bool) -> int:
    """The year of a month said without one: the publication's, or the year before for "en
    décembre dernier" / "last December" told in January. Without "dernier"/"last" the
    publication's year stays: "les législatives du 20 octobre" in an April story are ahead."""
    if published is None:
        return 0
    if last and published.month is not None and month >= published.month:
        return published.year - 1
    return published.year


_LAST_BEFORE = re.compile(r"\b(?:last|this\s+past)\s+$", re.IGNORECASE)
_LAST_AFTER = re.compile(r"\s+(?:dernier|passé)\b", re.IGNORECASE)


def _last(norm: str, m: re.Match[str]) -> bool:
    return bool(
        _LAST_BEFORE.search(norm[max(0, m.start() - 12) : m.start()])
        or _LAST_AFTER.match(norm, m.end())
    )


def find_dates(
    norm: str, start: int, end: int, published: PartialDate | None, future: bool = False
) -> list[ResolvedDate]:
    out: list[ResolvedDate] = []
    year_known = published.year if published else None
    for m in _PATTERN.finditer(norm, start, end):
        text = m.group(0)
        iso: str | None = None
        if (
            m.group("dmy")
            or m.group("mdy")
            or m.group("wdmy")
            or m.group("wmdy")
            or m.group("amdy")
        ):
            day = int(next(g for g in (m.group(f"d{k}") for k in (1, 2, 4, 5, 6)) if g))
            if m.group("m6"):
                month = _ABBREVIATED[m.group("m6")]
            else:
                name = next(g for g in (m.group(f"m{k}") for k in (1, 2, 4, 5)) if g)
                month = _MONTHS[name.lower()]
            year_s = next((g for g in (m.group(f"y{k}") for k in (1, 2, 4, 5, 6)) if g), None)
            year = int(year_s) if year_s else _year_for(published, month, _last(norm, m))
            iso = _safe(year, month, day) if year else None
        elif m.group("my"):
            month_word = m.group("m3").lower()
            if m.group("y3"):
                iso = f"{int(m.group('y3')):04d}-{_MONTHS[month_word]:02d}"
            elif month_word in _AMBIGUOUS_MONTHS:
                continue
            elif year_known:
                year = _year_for(published, _MONTHS[month_word], _last(norm, m))
                iso = f"{year:04d}-{_MONTHS[month_word]:02d}"
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
