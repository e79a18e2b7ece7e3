"""The pattern that finds a figure: sign, currency, number, scale and the unit written with it."""

from __future__ import annotations

import re

from .currency import CURRENCY_BEFORE
from .numbers import HALF_DOZEN, NUM, SCALE, word_pattern
from .units import GLUED

PATTERN = {
    lang: re.compile(
        r"(?<![\w\-/.,:])(?P<sign>[\-−](?=\d)|\+\s?(?=\d))?(?P<cur>" + CURRENCY_BEFORE + r")?\s?"
        r"(?:(?P<num>"
        + num
        + r")|(?P<dozen>"
        + HALF_DOZEN
        + r")|(?P<word>"
        + word_pattern(lang)
        + r"))"
        r"(?:(?:\s|-(?=[mbt]\w*illi))?(?P<scale>" + SCALE + r")(?P<andhalf>\s+et\s+demie?)?)?"
        r"(?!(?!" + GLUED + r")[\w])"
        r"(?:(?P<glued>" + GLUED + r")"
        r"|[\s-]?(?P<post>%|percentage\s+points?\b|pour\s?cent\b|per\s?cent\b|percent\b|pc\b"
        r"|pct\b|basis\s+points?\b|bps\b|points?\s+de\s+base\b|°\s?[CF]\b"
        r"|€|\$|£|euros?\b|dollars?\b|points?\s+de\s+pourcentage|points?\b|pts?\b))?",
        re.IGNORECASE,
    )
    for lang, num in NUM.items()
}
