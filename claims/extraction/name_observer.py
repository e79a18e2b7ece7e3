"""Names the article mentions anywhere, remembered so that a later bare surname, or a title
written before a name ("UEFA president Michel Platini"), resolves to the person."""

from __future__ import annotations

from . import lexicon as lx
from .attribution import _NP_LINKS, _STARTERS, _looks_like_org, _name_runs
from .memory import SpeakerMemory, title_key
from .names import fold, join_name, ner_person
from .tokens import Tok


def observe_names(toks: list[Tok], memory: SpeakerMemory) -> None:
    """Remember full names mentioned anywhere, so a later bare surname resolves."""
    for run in _name_runs(toks):
        if (
            run
            and run[0] is toks[0]
            and (run[0].lower in _STARTERS or run[0].pos in ("DET", "ADP"))
        ):
            run = run[1:]
        run = ner_person(run)  # "Health Minister Mark Holland": the person, not the title
        if len(run) > 1 and not _looks_like_org(run) and all(t.ent in ("", "PER") for t in run):
            memory.person(join_name(toks, run))
    # The NER's person spans, whatever capitals stand around them ("Health Minister Mark
    # Holland" -> "Mark Holland").
    run = []
    for tok in [*toks, None]:
        glued = bool(run) and tok is not None and tok.start == run[-1].end
        if tok is not None and (
            (tok.ent == "PER" and (tok.is_cap or (tok.text == "-" and run)))
            or (glued and (tok.text == "-" or run[-1].text == "-"))  # "Yhombi-Opango"
        ):
            run.append(tok)
            continue
        while run and run[-1].text == "-":
            run.pop()
        if len(run) > 1:
            name = memory.person(join_name(toks, run))
            _observe_title(toks, toks.index(run[0]), name, memory)
        run = []


def _observe_title(toks: list[Tok], first: int, name: str, memory: SpeakerMemory) -> None:
    """The title written before a name ("UEFA president Michel Platini"): a later "the
    UEFA president" is that person, not the organisation."""
    k = first
    while (
        k > 0
        and first - k < 5
        and (toks[k - 1].pos in ("NOUN", "PROPN", "ADJ") or toks[k - 1].lower in _NP_LINKS)
    ):
        k -= 1
    words = [t.text for t in toks[k:first]]
    if any(fold(w) in lx.TITLE_WORDS for w in words):
        memory.written_titles.setdefault(title_key(words), name)
