"""A figure in brackets after a name is a claim about that name.

Wire copy packs results into one sentence: "Les deux candidats arrivés en tête, Emmanuel
Macron (24,01%) et Marine Le Pen (21,30%) seront opposés au second tour", "du recul de la
marque Opel (-5,5%)", "des produits manufacturés (4,7% après 4,5%)". Each bracket is a
figure a checker compares on its own: it becomes a claim "Marine Le Pen : 21,30%" (the
sentence's speaker, the bracket's quantities, the name and bracket for its span), and the
sentence's claim reads without the brackets, so each figure is in exactly one claim. A lone
bracket in a sentence with no other figure is the sentence's fact: the claim stays whole.
Brackets holding words beyond a figure and its comparison ("(AFP)", "(est)", "(allié de
Renault)", "(around 70m Egyptian pounds)") are left alone.
"""

from __future__ import annotations

import dataclasses
import re

from .article_chunk import ArticleChunk
from .dates import find_dates
from .decomposition import np_start
from .quantities import find_quantities
from .records import ExtractedClaim
from .segmentation import clean_text
from .tokens import Tok

# a figure, optionally compared with another: "-5,5%", "4,7% après 4,5%", "0,9% contre 1%"
_FIGURE = r"[-+−]?\s?\d[\d\s.,]*\s?(?:%|pour cent|percent|points?|pts?)?"
_BRACKET = re.compile(
    rf"\(\s*({_FIGURE}(?:\s+(?:contre|après|vs\.?|versus|against|after)\s+{_FIGURE})?)\s*\)",
    re.IGNORECASE,
)
_DROP_FIRST = {"de", "d'", "du", "des", "of", "et", "and", "à", "au", "aux"}
_NAMING = {"NOUN", "PROPN"}


def split_bracketed(
    article: ArticleChunk, st: list[Tok], content: int, built: list[ExtractedClaim]
) -> list[ExtractedClaim]:
    """`built` (one segment's claims), with each bracketed figure of a lone claim moved
    into a claim of its own."""
    if len(built) != 1:
        return built
    main = built[0]
    norm = article.norm
    figures: list[ExtractedClaim] = []
    brackets: list[str] = []
    for match in _BRACKET.finditer(norm, main.start, main.end):
        name = _name_before(st, content, match.start())
        if name is None:
            continue
        a, z = name
        figure = " ".join(match.group(1).split())
        quantities = find_quantities(norm, match.start(1), match.end(1), article.lang, article.doc)
        if not quantities:
            continue
        sep = " : " if article.lang == "fr" else ": "
        text = clean_text(norm[st[a].start : st[z - 1].end] + sep + figure)
        start, end = st[a].start, match.end()
        figures.append(
            dataclasses.replace(
                main,
                text=text,
                start=start,
                end=end,
                quote=article.body[start:end],
                quantities=tuple(quantities),
                dates=tuple(find_dates(norm, start, end, article.published)),
                kind="statistic",
                repeats=(),
            )
        )
        brackets.append(match.group(0))
    inside = " ".join(brackets)
    own = [q for q in main.quantities if q.text not in inside]
    if not figures or (len(figures) == 1 and not own):
        # "Ce qui n'est pas le cas à Genève (73,9%)": the bracket is the sentence's only
        # fact, the claim stays whole
        return built
    text = main.text
    for bracket in brackets:
        text = text.replace(bracket, "")
    text = clean_text(re.sub(r"\s+([,.;:])", r"\1", text))
    kept = tuple(q for q in main.quantities if q.text not in inside or q.text in text)
    return [dataclasses.replace(main, text=text, quantities=kept), *figures]


def _name_before(st: list[Tok], floor: int, at: int) -> tuple[int, int] | None:
    """Tokens [a, z) of the noun phrase that ends right before the bracket at offset `at`."""
    z = next((k for k, t in enumerate(st) if t.start >= at), len(st))
    if z <= floor or st[z - 1].end > at:
        return None
    a = np_start(st, floor, z)
    while a < z and (st[a].lower in _DROP_FIRST or st[a].pos == "ADP"):
        a += 1
    if a >= z or not any(t.pos in _NAMING for t in st[a:z]) or z - a > 6:
        return None
    return a, z
