"""A ranking's runner-up is a claim of its own.

"Mato Grosso is the hardest-hit state with 42,015 cases, followed by the southwestern state
Minas Gerais, with 35,334"; "Le Jura arrive en tête avec 82 %, suivi de Neuchâtel avec
80,8 %": the second figure belongs to the second name, so it becomes "the southwestern state
Minas Gerais comes next, with 35,334", and the first claim ends before "followed by".
"""

from __future__ import annotations

import dataclasses

from .decomposition import Segment
from .distances import split_each
from .records import ExtractedClaim
from .series import is_figure
from .tokens import Tok

_WITH = {"en": {"with", "at"}, "fr": {"avec", "à"}}
_NEXT = {"en": "comes next", "fr": "suit"}
_FOLLOWED = {"en": ({"followed"}, {"by"}), "fr": ({"suivi", "suivie", "suivis", "suivies"},
                                                   {"de", "du", "des", "par", "d'"})}  # fmt: skip


def with_rankings(toks: list[Tok], segments: list[Segment], lang: str) -> list[Segment]:
    """The segments, each runner-up after ", followed by" split off as its own claim."""
    return split_each(toks, segments, lang, _runner_up) if lang in _FOLLOWED else segments


def _runner_up(toks: list[Tok], seg: Segment, lang: str) -> list[Segment] | None:
    verbs, preps = _FOLLOWED[lang]
    for k in range(seg.start + 3, seg.end - 4):
        if toks[k].text != "," or toks[k + 1].lower not in verbs or toks[k + 2].lower not in preps:
            continue
        name_start = k + 3
        joint = next(
            (x for x in range(name_start + 1, min(seg.end, name_start + 9))
             if toks[x].lower in _WITH[lang]),
            None,
        )  # fmt: skip
        if joint is None:
            return None
        name_end = joint - 1 if toks[joint - 1].text == "," else joint
        figure_end = next((x for x in range(joint, seg.end) if toks[x].text in (",", ";")), seg.end)
        if not any(is_figure(t) for t in toks[joint:figure_end]):
            return None
        if not any(t.pos == "PROPN" for t in toks[name_start:name_end]):
            return None  # "followed by a rise of 3%": no runner-up named
        runner = Segment(joint, figure_end, "apposition", (name_start, name_end), link=_NEXT[lang])
        return [dataclasses.replace(seg, end=k), runner]
    return None


def runner_up_units(claims: list[ExtractedClaim], lang: str) -> list[ExtractedClaim]:
    """ "…, followed by Minas Gerais, with 35,334": the runner-up counts what the leader's
    figure counts ("cases")."""
    out = list(claims)
    marker = f" {_NEXT.get(lang, '')} "
    for k in range(1, len(out)):
        units = {q.unit for q in out[k - 1].quantities if q.unit}
        if marker not in out[k].text or len(units) != 1:
            continue
        unit = units.pop()
        quantities = tuple(
            q if q.unit else dataclasses.replace(q, unit=unit) for q in out[k].quantities
        )
        out[k] = dataclasses.replace(out[k], quantities=quantities)
    return out
