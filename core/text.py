"""Text normalisation shared by ingestion (content hashes), claims (normalised statements)
and the extraction evaluation (keyword matching, see shared/gold/FORMAT.md)."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
        "„": '"',
    }
)
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip accents (NFKD, drop combining marks), plain quotes."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES).lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_spaces(text: str) -> str:
    """`fold` plus every run of white space (no-break and thin spaces too) made one space."""
    return _SPACES.sub(" ", fold(text)).strip()


def clean_article_text(text: str) -> str:
    """The form we store: NFC, Unix line ends, no trailing spaces, no NUL. Typography
    (curly quotes, no-break spaces) is kept: it is what readers see and spans point into."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
