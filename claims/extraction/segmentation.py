"""Paragraphs, sentences and quotation regions, all as offsets into the untouched body.

Rules run on a length-preserving normalised copy (typographic quotes and odd spaces mapped
one character to one character) so every offset found on the copy is valid in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ONE_TO_ONE = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u2008": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
    }
)

_OPENING = {"“", "«", "„"}
_CLOSING = {"”", "»"}
_TERMINAL = ".!?…"
_CLOSERS = "\"')]"
# Tokens that end with a period without ending the sentence.
_ABBREVIATIONS = {
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "st", "ste", "mr", "mrs", "ms", "jr", "sr",
    "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "prof", "inc", "corp", "ltd",
    "co", "no", "vs", "etc", "p", "env", "av", "apr", "mt", "ft", "jan", "feb", "aug", "sept",
    "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "cf",
}  # fmt: skip


def normalise(text: str) -> str:
    """Same-length copy with uniform quotes, apostrophes and spaces."""
    return text.translate(_ONE_TO_ONE)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def paragraphs(norm: str) -> list[tuple[int, int]]:
    """Paragraph spans: blank-line separated when the text has blank lines, else one per line."""
    separator = r"\n[ \t]*\n\s*" if re.search(r"\n[ \t]*\n", norm) else r"\n\s*"
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in re.finditer(separator, norm):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(norm)))
    result = []
    for start, end in spans:
        while start < end and norm[start].isspace():
            start += 1
        while end > start and norm[end - 1].isspace():
            end -= 1
        if end > start:
            result.append((start, end))
    return result


def _is_abbreviation(norm: str, dot: int, para_start: int) -> bool:
    word_start = dot
    while word_start > para_start and (
        norm[word_start - 1].isalpha() or norm[word_start - 1] == "."
    ):
        word_start -= 1
    word = norm[word_start:dot].lower()
    if not word:
        return False
    if len(word) == 1 and norm[word_start].isupper():
        return True  # initials: "J. Smith"
    return word in _ABBREVIATIONS


def _split_paragraph(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts: list[int] = []
    i = start
    while i < end:
        ch = norm[i]
        if ch in _TERMINAL and not (ch == "." and _is_abbreviation(norm, i, start)):
            j = i + 1
            while j < end and norm[j] in _TERMINAL:
                j += 1
            while j < end and norm[j] in _CLOSERS and (j + 1 >= end or not norm[j + 1].isalnum()):
                j += 1
            k = j
            while k < end and norm[k].isspace():
                k += 1
            # A lower-case continuation ("une réunion. des ministres") is a stray period.
            if (
                k > j
                and k < end
                and (norm[k].isupper() or norm[k] in "\"'(«“" or norm[k].isdigit())
            ):
                cuts.append(j)
                i = k
                continue
            i = j
            continue
        i += 1
    spans = []
    pos = start
    for cut in cuts:
        spans.append((pos, cut))
        pos = cut
    spans.append((pos, end))
    out = []
    for s, e in spans:
        while s < e and norm[s].isspace():
            s += 1
        while e > s and norm[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def sentences(norm: str) -> list[Sentence]:
    result: list[Sentence] = []
    for index, (start, end) in enumerate(paragraphs(norm)):
        for s, e in _split_paragraph(norm, start, end):
            result.append(Sentence(s, e, index))
    return result


def quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Double-quoted stretches of one paragraph; an unclosed quote runs to the paragraph end.

    Typographic quotes say which way they face; straight quotes alternate.
    """
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch in _OPENING or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = i
        elif (ch in _CLOSING or ch == '"') and open_at is not None:
            regions.append((open_at, i + 1))
            open_at = None
    if open_at is not None:
        regions.append((open_at, end))
    return regions


def clean_text(text: str) -> str:
    """One spacing, and no lone double quote left by a cut."""
    if text.count('"') % 2 == 1:
        text = text.replace('"', "")
    return " ".join(text.split())
