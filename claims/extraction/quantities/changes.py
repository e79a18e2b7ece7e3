"""Direction of change: "up" / "down" for the size of a move or a level moved to."""

from __future__ import annotations

import re

_UP = (r"ros[ea]|ris(?:en|es|ing)?|rais(?:e|ed|es|ing)|hik\w*|increas\w*|gr[eo]w\w*|climb\w*|jump\w*|gain\w*|surg\w*|soar\w*|"
       r"add\w*|up|augment\w*|progress\w*|grimp\w*|bondi\w*|gagn\w*|hauss\w*|accru\w*|"
       r"accroî\w*|accroi\w*|mont[ée]\w*|remont\w*|relev\w*|rehauss\w*|hausse|croissance|progression|"
       r"augmentation|envol\w*|flamb\w*|rebond\w*|bond|advanc\w*|rebound\w*|rall(?:y|ied|ies)|"
       r"boost\w*|expand\w*|accélér\w*|accelerat\w*|edged\s+up|ticked\s+up|inched\s+up|"
       r"alourdi\w*")  # fmt: skip
_DOWN = (r"f[ae]ll\w*|dropp?\w*|declin\w*|decreas\w*|los(?:t|es|ing)\b|slipp?\w*|slid\w*|plung\w*|"
         r"tumbl\w*|shrank|shrunk|down|cut|baiss\w*|recul\w*|diminu\w*|chut\w*|perd\w*|"
         r"perdu\w*|abaiss\w*|repli\w*|réduit\w*|cédé\w*|baisse|eas(?:ed|es|ing)|dipp?\w*|"
         r"sank|sunk|sink\w*|slump\w*|retreat\w*|contract\w*|shed|plummet\w*|dégringol\w*|"
         r"plong\w*|tomb[ée]\w*|tombant|ralenti\w*|slow\w*|diminution|contraction|recul|retrait")  # fmt: skip
# "rose 5 percent", "a reculé de 0,3 point", "en hausse de 2 %": the number is the move.
# "rose a record 1.4 percent"; "up from the two-year low of 2.2%" names the level before
_WORD_NOT_TO = (
    r"(?!to\b|à\b|at\b|from\b|in\b|since\b|for\b|within\b|depuis\b|dans\b|pour\b"
    r"|a\b(?!\s+record))[\w'-]+"
)
# with "by" after it the move is named even past a time: "dropped in December by 2.8 percent"
_WORD_BEFORE_BY = r"(?!to\b|à\b|at\b|from\b|a\b(?!\s+record))[\w'-]+"
_CHANGE = re.compile(
    r"\b(?:(?P<up>" + _UP + r")|(?P<down>" + _DOWN + r"))"
    r"(?:(?:\s+" + _WORD_NOT_TO + r"){0,2}?\s+(?:by\s+|de\s+|d')?"
    # "raised its key interest rate by half a point": further away, but with "by"/"de"
    r"|(?:\s+" + _WORD_BEFORE_BY + r"){0,5}?\s+(?:by|de|d')\s*"
    # "rose at an annual pace of 8.5%", "grew at a rate of 3%": a move measured as a rate
    r"|\s+at\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:pace|rate)\s+of\s+)"
    r"(?:(?:plus\s+de|près\s+de|environ|some|about|nearly|more\s+than|almost)\s+)?$",
    re.IGNORECASE,
)


# "an 8.4% increase", "a 30 percent fall", "une hausse de …" after the figure: a move too
_CHANGE_AFTER = re.compile(
    r"\s*(?:(?P<up>increases?|rises?|gains?|jumps?|hikes?|growth|surges?|higher)|(?P<down>falls?|"
    r"drops?|declines?|decreases?|cuts?|slumps?|contraction|lower|fewer))\b",
    re.IGNORECASE,
)


def change_direction(before: str, sign: str | None, after: str = "") -> str | None:
    if sign:
        return "up" if sign.strip() == "+" else "down"
    m = _CHANGE.search(before) or _CHANGE_AFTER.match(after)
    if m is None:
        return None
    return "up" if m.group("up") else "down"


LEVEL_CHANGE = re.compile(
    r"\b(?:(?P<up>ros[ea]|ris(?:en|es|ing)|increas\w*|climb\w*|jump\w*|surg\w*|soar\w*|"
    r"grimp\w*|bondi\w*|augment\w*|mont[ée]\w*|remont\w*|progress\w*|accélér\w*|accelerat\w*|rebound\w*|"
    r"alourdi\w*|"
    r"(?:edged|ticked|inched|crept|moved|shot|went)\s+up|grew|grown|hik\w*|rais(?:ed|es)|relev[ée]e?s?)|"
    r"(?P<down>f[ae]ll(?:s|en|ing)?|dropp?\w*|declin\w*|decreas\w*|slipp?\w*|slid\w*|plung\w*|"
    r"tumbl\w*|shrank|shrunk|eas(?:ed|es|ing)|dipp?\w*|sank|slump\w*|plummet\w*|"
    r"(?:edged|ticked|inched|came|went|moved)\s+down|baiss[ée]\w*|recul\w*|chut\w*|tomb[ée]\w*|"
    r"tombant|dégringol\w*|ralenti\w*|slow\w*|diminu\w*|abaiss\w*|cut))"
    r"(?:\s+[^\W\d][\w'-]*){0,2}?\s+(?P<to>to|à)\s+"
    r"(?:(?:plus\s+de|près\s+de|environ|some|about|nearly|more\s+than|almost|a\s+record|"
    r"un\s+record\s+de)\s+"
    # "fell to a 50-year low of 3.5 percent", "grimpé à un plus haut de 5 %"
    r"|(?:a|an|its|their|un|une|son|leur)\s+(?:[\w-]+\s+){0,2}?(?:low|high|lowest|highest|"
    r"record|level|plus\s+bas|plus\s+haut|niveau)\s+(?:of|de|d')\s*)?$",
    re.IGNORECASE,
)
