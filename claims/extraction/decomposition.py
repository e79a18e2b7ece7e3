"""Cut a sentence into atomic clauses.

French tokens carry spaCy's morphology, English ones lexicon tags; both feed the same rules:
coordinated verb phrases (subject restored by agreement with the candidate subjects), comma
splices with a pronoun subject, adverbial clauses ("après que", "because"), relative clauses
with their own subject ("... que le Kremlin a imputé à Kyiv") and long event phrases after
"après"/"after" are separate facts.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from . import lexicon as lx
from .not_clauses import is_cleft, is_time_phrase
from .ranking import ranks
from .tokens import Tok
from .tolls import reached, toll_clause
from .unique_antecedents import names_one_thing


@dataclass(slots=True)
class Segment:
    start: int
    end: int
    rule: str = "main"
    restore: tuple[int, int] | None = None
    restore_is_main: bool = False
    # where the segment before it ends, when not at its first token ("…, Ebola, an outbreak
    # that killed …": the main claim ends at the comma before "Ebola")
    previous_end: int | None = None
    # tokens [start, end) left out of the claim's text: a relative clause inside its subject,
    # which is a claim of its own (relatives.py)
    hole: tuple[int, int] | None = None
    # the antecedent of ", who said …": who speaks in this segment (relatives.py)
    speaker_span: tuple[int, int] | None = None
    # words between the restored subject and the segment: an apposition's copula ("is")
    link: str | None = None


def is_finite(tok: Tok) -> bool:
    return tok.finite or (tok.pos == "AUX" and tok.lower not in lx.EN_NONFINITE_AUX)


def has_finite(toks: list[Tok], a: int, b: int) -> bool:
    return any(is_finite(toks[k]) for k in range(a, b))


def verb_group_start(toks: list[Tok], k: int, floor: int, lang: str) -> int:
    clitics = lx.CLITICS[lang]
    while k > floor and (toks[k - 1].lower in clitics or toks[k - 1].pos == "ADV"):
        k -= 1
    return k


def first_finite(toks: list[Tok], a: int, b: int) -> int | None:
    return next((k for k in range(a, b) if is_finite(toks[k])), None)


def _match(toks: list[Tok], i: int, seqs: list[tuple[str, ...]]) -> int:
    first = toks[i].lower
    for seq in seqs:
        # Cheap first-word test: this runs for every token of every sentence.
        if seq[0] == first and tuple(t.lower for t in toks[i : i + len(seq)]) == seq:
            return len(seq)
    return 0


@dataclass(slots=True)
class _Subject:
    start: int
    end: int
    verb: Tok
    main: bool


def _subject_at(toks: list[Tok], a: int, b: int, lang: str, main: bool) -> _Subject | None:
    f = first_finite(toks, a, min(b, a + 16))
    if f is None:
        return None
    s_end = verb_group_start(toks, f, a, lang)
    if s_end <= a:
        return None
    return _Subject(a, s_end, toks[f], main)


def _pick_subject(cands: list[_Subject], verb: Tok) -> _Subject | None:
    best, best_score = None, -1
    for cand in cands:
        score = 0
        if verb.pos == "AUX" and cand.verb.lower == verb.lower:
            score += 2
        if verb.number and cand.verb.number == verb.number:
            score += 1
        if verb.tense and cand.verb.tense == verb.tense:
            score += 1
        if score > best_score:  # ties keep the earliest, the main clause
            best, best_score = cand, score
    return best


def split_clauses(toks: list[Tok], a: int, b: int, lang: str) -> list[Segment]:
    """Segments of toks[a:b]; each carries how it was split off."""
    contrast = _leading_contrast(toks, a, b, lang)
    if contrast is not None:
        opened, comma = contrast
        return split_clauses(toks, opened, comma, lang) + split_clauses(toks, comma + 1, b, lang)
    segments: list[Segment] = [Segment(a, b)]
    cands: list[_Subject] = []
    main = _subject_at(toks, a, b, lang, True)
    if main:
        cands.append(main)
    cs = a
    i = a + 1
    coord, relative, comp = lx.COORD[lang], lx.RELATIVE[lang], lx.COMPLEMENTISER[lang]
    while i < b:
        tok = toks[i]
        left_finite = has_finite(toks, cs, i)
        cut: Segment | None = None
        if tok.lower in comp and i + 1 < b:
            sub = _subject_at(toks, i + 1, b, lang, False)
            if sub:
                cands.append(sub)
        if (
            tok.lower in coord
            and left_finite
            and i + 1 < b
            and toks[i + 1].lower in comp
            and has_finite(toks, i + 2, min(b, i + 12))
        ):
            cut = Segment(i + 2, b, "coordcomp")
        elif tok.lower in coord and left_finite and not is_finite(toks[i - 1]):
            k = i + 1
            while k < b:
                if toks[k].lower in lx.CLITICS[lang] or toks[k].pos == "ADV":
                    k += 1
                elif k + 1 < b and is_time_phrase(toks[k], toks[k + 1]):
                    k += 2  # "and earlier this month was transferred": a time, not a subject
                else:
                    break
            if k < b and toks[k].lower in comp:
                cut = Segment(k + 1, b, "coordcomp")
            elif k < b and k == i + 1 and (shared := _shared_auxiliary(toks, cs, i, k)):
                cut = Segment(k, b, "coord", shared)
            elif k < b and is_finite(toks[k]):
                pick = _pick_subject(cands, toks[k])
                if pick:
                    cut = Segment(i + 1, b, "coord", (pick.start, pick.end), pick.main)
            elif k < b and (shared := _shared_auxiliary(toks, cs, i, k)) is not None:
                # "Boutros-Ghali was tried in absentia and sentenced on Saturday for …"
                cut = Segment(k, b, "coord", shared)
            elif (
                k < b
                and toks[k].pos in ("PRON", "DET", "PROPN", "NUM", "NOUN")
                and toks[k].lower not in ("qui", "who")
            ):
                # "… and 36 percent were female", "et les prix ont reculé": own subject
                f = first_finite(toks, k, min(b, k + (7 if toks[k].pos in ("NUM", "NOUN") else 5)))
                if (
                    f is not None
                    and not any(toks[x].pos == "PUNCT" for x in range(k, f))
                    and _clause_has_verb(toks, cs, i, comp)
                ):
                    cut = Segment(i + 1, b, "coord")
        elif tok.text in (",", ";") and left_finite and i + 2 < b:
            nxt = toks[i + 1]
            if tok.text == ";" and has_finite(toks, i + 1, b):
                cut = Segment(i + 1, b, "semicolon")
            elif (
                nxt.lower in lx.SUBJECT_PRONOUNS
                and is_finite(toks[i + 2])
                and not _opens_condition(toks, cs, i)
            ):
                cut = Segment(i + 1, b, "splice")
        if cut is None and left_finite:
            n = _match(toks, i, lx.SUBORD[lang])
            if n and tok.lower == "bien" and toks[i - 1].pos in ("VERB", "AUX"):
                n = 0  # "Je veux bien qu'on évolue": a verb's object, not "although"
            f = first_finite(toks, i + n, min(b, i + n + 10)) if n else None
            # "who has been in detention since 2008, was sentenced": a preposition, its verb
            # is after a comma and belongs to the main clause
            if f is not None and not any(toks[x].text == "," for x in range(i + n, f)):
                cut = Segment(i + n, b, "subord")
        if cut is None and tok.lower in relative and i - cs >= 3:
            prev = toks[i - 1]
            near = toks[max(a, i - 4) : i]
            after = toks[i + 1] if i + 1 < b else None
            if (
                prev.pos in ("NOUN", "PROPN", "ADJ")
                and not any(t.lower in lx.FR_REPORT or t.lower in lx.EN_REPORT for t in near)
                and after is not None
                and after.pos in ("DET", "PROPN", "PRON", "NOUN")
                and after.lower not in ("qui", "ce", "who", "it")
                and not is_cleft(toks, cs, i)
            ):
                f = first_finite(toks, i + 1, min(b, i + 6))
                if f is not None and not any(toks[x].pos == "PUNCT" for x in range(i + 1, f)):
                    cut = Segment(i + 1, b, "relative")
        if cut is None and left_finite and tok.lower in _SUBJECT_RELATIVES[lang]:
            cut = _trailing_relative(toks, cs, i, b, lang)
        if cut is None and left_finite and tok.text == "," and (t := toll_clause(toks, i, b, lang)):
            # "…, taking the death toll … to 162": the new total is a claim of its own
            cut = Segment(t[2], b, "toll", (t[0], t[1]), previous_end=i, link=reached(lang))
        if cut is None and left_finite and tok.text == "," and _absolute_with(toks, i, b, lang):
            # "…, with the company selling 3.9 million Xbox One consoles": a fact of its own
            cut = Segment(i + 2, b, "event")
        if cut is None and left_finite and i - cs >= 4:
            n = _match(toks, i, lx.EVENT_PREPS[lang])
            # "(après 13,3% en janvier)": a figure compared, not an event (appendages.py)
            compared = toks[i - 1].text == "(" and i + n < b and toks[i + n].pos == "NUM"
            if (
                n
                and i + n < b
                and toks[i + n].pos in ("DET", "ADJ", "NOUN", "NUM")
                and not compared
            ):
                stop = next((x for x in range(i + n, b) if toks[x].text in (",", ";")), b)
                if stop - (i + n) >= 5 and not has_finite(toks, i + n, min(b, i + n + 8)):
                    cut = Segment(i + n, b, "event")
        if cut is not None:
            segments[-1].end = cut.previous_end if cut.previous_end is not None else i
            segments.append(cut)
            cs = cut.start
            i = cut.start + 1
            continue
        i += 1
    return [s for s in segments if any(t.pos != "PUNCT" for t in toks[s.start : s.end])]


_CONTRASTS = {"fr": {"si", "s'"}, "en": {"while", "whereas"}}
_OPENERS = {"et", "mais", "and", "but"}


def _leading_contrast(toks: list[Tok], a: int, b: int, lang: str) -> tuple[int, int] | None:
    """'Et si PSA enregistre une croissance de 3,6%, Renault chute de 8,5%', 'While exports
    rose, imports fell': two facts set side by side, a claim each. A French "si" with a future
    or conditional after it is a hypothesis and stays whole."""
    k = a + 1 if a < b and toks[a].lower in _OPENERS else a
    if k >= b or toks[k].lower not in _CONTRASTS[lang]:
        return None
    comma = next((x for x in range(k + 2, b) if toks[x].text == ","), None)
    if comma is None or not has_finite(toks, k + 1, comma):
        return None
    main = first_finite(toks, comma + 1, b)
    if main is None and not any(t.pos == "NUM" for t in toks[comma + 1 : b]):
        return None  # the parser may take "chute" for a noun; a figure still makes a claim
    if lang == "fr":
        condition = first_finite(toks, k + 1, comma)
        tenses = {toks[x].tense for x in (main, condition) if x is not None}
        if tenses & {"Fut", "Cnd", "Imp"}:
            return None  # "Si la croissance ralentit, le chômage augmentera"
    return k + 1, comma


def _absolute_with(toks: list[Tok], i: int, b: int, lang: str) -> bool:
    """ ", with Kurds securing 17 seats": "with", a noun phrase, then a verb in -ing."""
    if lang != "en" or i + 3 >= b or toks[i + 1].lower != "with":
        return False
    for k in range(i + 2, min(b, i + 7)):
        if toks[k].pos == "VERB" and toks[k].lower.endswith("ing"):
            return k > i + 2
        if toks[k].finite or toks[k].pos in ("PUNCT", "ADP"):
            return False
    return False


def _clause_has_verb(toks: list[Tok], cs: int, i: int, comp: Collection[str]) -> bool:
    """Whether the clause "et" closes has a verb of its own: in "a précisé que « les pays
    comme l'Éthiopie, la Tanzanie et le Rwanda continuent »" the verb is after "et", and
    the names are one subject."""
    opened = max((x for x in range(cs, i) if toks[x].lower in comp or toks[x].text == '"'),
                 default=cs - 1)  # fmt: skip
    return has_finite(toks, opened + 1, i)


_CLAUSE_OPENERS = {"que", "qu'", "qu’", "that"}
_SUBJECT_RELATIVES = {"fr": {"qui"}, "en": {"who", "which", "that"}}
_NP_WORDS = {"NOUN", "PROPN", "ADJ", "DET", "NUM"}
_LINKS = {"of", "de", "d'", "du", "des"}


def _trailing_relative(toks: list[Tok], floor: int, i: int, b: int, lang: str) -> Segment | None:
    """A non-restrictive subject relative that closes the sentence with a fact of its own:
    "…, Ebola, an outbreak that killed 11,000 people in three West African countries" ->
    "Ebola killed 11,000 people …". The antecedent is the noun phrase before the pronoun, or
    the name that phrase stands in apposition to; the main claim ends at the comma before
    them. Restrictive relatives (no comma) stay in their noun phrase."""
    if i + 1 >= b or toks[i + 1].pos not in ("AUX", "VERB"):
        return None
    if not any(any(ch.isdigit() for ch in t.text) for t in toks[i + 1 : b]) and not ranks(
        toks[i + 1 : b], lang
    ):
        # only a relative that carries a figure or ranks its noun ("China, which remains the
        # largest contributor") is worth a claim of its own
        return None
    if sum(1 for t in toks[i + 1 : b] if is_finite(t)) > 2:
        return None
    if toks[i - 1].text == ",":
        # "…, de Médecins sans frontières au Soudan, qui a soigné 3 000 patients"
        end = i - 1
        start = np_start(toks, floor, end)
        if start == end or start <= floor:
            return None
        if (
            toks[start - 1].pos == "ADP"
            and toks[start - 1].lower not in _LINKS
            and not ranks(toks[i + 1 : b], lang)
        ):
            # "… au Soudan, qui a soigné": the place is not who did it; "in China, which
            # remains the largest contributor" ranks the place itself
            return None
        return Segment(i + 1, b, "subjrel", (start, end), previous_end=end)
    start = np_start(toks, floor, i)
    if start < i and start > floor and names_one_thing(toks, start, i):
        # "l'épidémie d'Ebola qui a causé la mort de 27 personnes": one named thing
        return Segment(i + 1, b, "subjrel", (start, i), previous_end=i)
    if start == i or start <= floor or toks[start - 1].text != ",":
        return None  # no comma before it: a restrictive relative
    antecedent, comma = (start, i), start - 1
    name_end = comma
    name_start = name_end
    while name_start > floor and toks[name_start - 1].pos == "PROPN":
        name_start -= 1
    if name_start < name_end and toks[start].pos in ("DET", "ADJ", "NOUN"):
        antecedent = (name_start, name_end)  # "Ebola, an outbreak that …": Ebola did it
        comma = name_start - 1 if name_start > floor and toks[name_start - 1].text == "," else comma
    if comma <= floor:
        return None
    return Segment(i + 1, b, "subjrel", antecedent, previous_end=comma)


def np_start(toks: list[Tok], floor: int, end: int) -> int:
    """First token of the noun phrase that ends just before toks[end]."""
    start = end
    while start > floor and (
        toks[start - 1].pos in _NP_WORDS
        or toks[start - 1].lower in _LINKS
        or _joining_hyphen(toks, start - 1, floor)
    ):
        start -= 1
    while start < end and toks[start].lower in _LINKS:
        start += 1
    return start


def _joining_hyphen(toks: list[Tok], k: int, floor: int) -> bool:
    """The hyphen of "Boutros-Ghali", written without spaces, is inside the name."""
    return (
        toks[k].text == "-" and floor < k < len(toks) - 1
        and toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start
    )  # fmt: skip


_CONDITIONS = {"if", "unless", "si", "s'"}


def _opens_condition(toks: list[Tok], cs: int, i: int) -> bool:
    """ "If we don't do anything by 2020, it will be very difficult": the condition and its
    consequence are one claim; the comma closing the condition splits nothing."""
    k = cs
    while k < i and toks[k].text in ('"', "«", "“"):
        k += 1
    return k < i and toks[k].lower in _CONDITIONS


def _shared_auxiliary(toks: list[Tok], cs: int, i: int, k: int) -> tuple[int, int] | None:
    """The subject and auxiliary ("Boutros-Ghali was", "Il a été") that a participle after
    "and"/"et" shares with the participle before it, as a token span; None when the clause
    before has no auxiliary and participle, or the participles differ in form. The nearest
    participle is the one shared: "Le tribunal a établi qu'il avait lancé un pavé et blessé
    l'un d'eux" shares "il avait", not "Le tribunal a"."""
    # "was sentenced … and fined US $7 million": the tagger reads "fined" as a past tense
    # with no subject; right after "and" it is the participle the auxiliary governs
    past_ed = toks[k].finite and k == i + 1 and toks[k].lower.endswith("ed")
    if toks[k].pos != "VERB" or (toks[k].finite and not past_ed):
        return None
    p = next(
        (x for x in range(i - 1, cs - 1, -1) if toks[x].pos == "VERB" and not toks[x].finite), None
    )
    if p is None or toks[p].tense != toks[k].tense or toks[k].tense != "Past" or k + 2 >= len(toks):
        return None
    f = p - 1  # back to the finite auxiliary: "avait effectivement lancé", "n'a pas été"
    while f > cs and toks[f].pos in ("ADV", "AUX", "PART") and not is_finite(toks[f]):
        f -= 1
    if f < cs or toks[f].pos != "AUX" or not is_finite(toks[f]):
        return None
    start = cs
    opener = [x for x in range(cs, f) if toks[x].text == "," or toks[x].lower in _CLAUSE_OPENERS]
    if opener:
        start = opener[-1] + 1  # "On Saturday, Boutros-Ghali was …", "qu'il avait": the subject
    return (start, p) if start < f else None
