"""Wire datelines are not part of a claim.

"BEIJING, Feb 11 (Reuters) - China's exports fell 17.5 percent", "GUWAHATI, India (AFP)
Oct 11, 2004 Rescuers …", "Mumbai, Aug 3 (IANS): Telecom major Bharti Airtel …": the place,
date and agency say where the copy was filed, which a reviewer reading the claim alone does
not need and the matcher should not compare. The claim's `text` loses them; its `quote`,
`start` and `sentence` still point at the article as written.
"""

from __future__ import annotations

import re

_AGENCY = r"\((?:AFP|AP|Reuters|IANS|UPI|PTI|ANSA|Xinhua|ESTA|Bloomberg|dpa|EFE|Belga|ATS)\)"
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)"
_DATELINE = re.compile(
    # a place in capitals, with an optional ", date" / ", Country" and agency, then a dash:
    # "KABUL —" ("OPEC: output" is a label, not a dateline)
    r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý.'-]{2,}(?:\s+[A-ZÀ-Ý.'-]{2,}){0,3}(?:,[^()\n]{0,30})?\s*(?:"
    + _AGENCY
    + r")?\s*(?:"
    + _DATE
    + r")?\s*[-—–]+\s*"
    # or any place followed by an agency: "Mumbai, Aug 3 (IANS):", "GUWAHATI, India (AFP) Oct 11, 2004"
    r"|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:,[^()\n]{0,30})?\s*"
    + _AGENCY
    + r"\s*(?:"
    + _DATE
    + r")?\s*[-—–:]*\s*)"
)


def strip_dateline(text: str) -> str:
    m = _DATELINE.match(text)
    if m is None or m.end() >= len(text):
        return text
    rest = text[m.end() :]
    return rest[:1].upper() + rest[1:] if rest[:1].isalpha() else rest


def only_dateline(text: str) -> bool:
    """A "claim" that is the dateline alone, on a line of its own: "GUWAHATI, India (AFP) Oct
    11, 2004"."""
    m = _DATELINE.match(text.strip())
    return m is not None and m.end() >= len(text.strip())
