"""Standalone claims: rewrite a claim so that it reads without its article.

What the best extractors call decontextualisation, done with the parse and as few changes
as possible (the verbatim passage stays in `quote` and `sentence`):
* a leading connective or opinion shell goes ("Donc, …", "Je pense que …", "I think …");
* the speaker's first person becomes the third: "nous restons" said by NATO's chief ->
  "l'OTAN reste", "notre présence" -> "sa présence", "we are" -> "NATO is", "I" -> the name;
* subject pronouns take what they refer to: the speaker in reported speech ("a déclaré
  qu'il attendait" -> "Stoltenberg attendait"), the speaker's organisation for the "ils" that
  stands for the speaker's "we", else the latest subject of matching number and gender;
* a leading possessive names its owner ("ses alliés" -> "les alliés de l'OTAN");
* "l'alliance", "the company" -> the organisation they stand for when the article named it.
Verbs agree with the new subject (1st/3rd plural -> 3rd singular) and French elision is
redone at the seams ("qu'ils" -> "que la Russie", "ne sont" -> "n'est").
"""

from __future__ import annotations

import re
from typing import Any

from .conjugation import singular_adjective, third_singular
from .discourse import (
    VOWEL,
    Discourse,
    Mention,
)
from .objects import TO_VERBS, clitic_object, move_object, restore_object
from .pronoun_cases import INSTITUTION, SITUATION_VERBS, copular, generic
from .references import (
    FIRST_POSSESSIVES,
    leading_possessive,
    metric_owner,
    possessive_owner,
    rename_description,
)
from .tokens import Tok
from .voice import Voice

_CONNECTIVES = {
    "fr": {"donc", "mais", "et", "ensuite", "cependant", "toutefois", "pourtant", "or", "enfin",
           "puis", "ainsi", "aussi", "néanmoins", "d'ailleurs", "par ailleurs", "en outre",
           "de plus", "de son côté", "de leur côté", "quant à lui", "en revanche", "par contre"},
    "en": {"but", "and", "so", "however", "meanwhile", "also", "yet", "still", "moreover",
           "furthermore", "instead", "then", "thus", "therefore", "nonetheless", "nevertheless"},
}  # fmt: skip
_SHELLS: dict[str, list[tuple[str, ...]]] = {
    "fr": [("je", "pense", "que"), ("je", "crois", "que"), ("nous", "pensons", "que"),
           ("je", "pense", "qu'"), ("je", "crois", "qu'"), ("nous", "pensons", "qu'"),
           ("nous", "croyons", "que"), ("j'", "estime", "que"), ("je", "dirais", "que")],
    "en": [("i", "think", "that"), ("i", "believe", "that"), ("we", "believe", "that"),
           ("we", "think", "that"), ("i", "think"), ("i", "believe"), ("we", "believe"),
           ("we", "think")],
}  # fmt: skip
# Definite descriptions that stand for an organisation named before.
_ORG_ALIASES = {
    "alliance": ("otan", "nato", "alliance atlantique"),
    "alliance atlantique": ("otan", "nato"),
    "organisation": ("oms", "onu", "otan", "opep", "who", "un", "nato", "opec"),
    "organization": ("who", "un", "nato", "opec"),
    "institut": ("insee",),
    "union": ("ue", "union européenne", "eu", "european union"),
    "banque centrale": ("bce", "banque de france", "fed", "réserve fédérale", "bdf"),
    "central bank": ("ecb", "fed", "federal reserve", "bank of england"),
}  # fmt: skip
_FR_FIRST_POSS = {"notre": "sa", "nos": "ses", "mon": "son", "ma": "sa", "mes": "ses"}
_IMPERSONAL = re.compile(
    r"^il (?:y |faut|fallait|faudra|s'agit|s'agissait|est (?:\w+ )?(?:de|que))"
)


def _shares_subject(verb: Any) -> bool:
    """A finite verb coordinated with the head that has no subject of its own (the English
    model tags "consider" of "we reject … and consider" as an infinitive with no "to")."""
    bare = verb.tag_ == "VB" and not any(g.dep_ == "aux" for g in verb.children)
    finite = "Fin" in verb.morph.get("VerbForm") or verb.tag_ in ("VBP", "VBZ") or bare
    return (
        verb.dep_ == "conj"
        and verb.pos_ == "VERB"
        and finite
        and not any(g.dep_.startswith("nsubj") for g in verb.children)
    )


def _fr_elision(prev: list[str], text: str) -> None:
    """Redo elision before a replaced word: "qu'" + consonant -> "que "."""
    if prev and prev[0].endswith(("'", "’")) and not VOWEL.match(text):
        prev[0] = prev[0][:-1] + "e"
        prev[1] = " "


def rewrite(
    doc: Any,
    span: list[Tok],
    prefix: str,
    lang: str,
    voice: Voice,
    discourse: Discourse,
    aliases: dict[str, str],
    limits: tuple[int, int],
) -> str | None:
    """The claim's text made standalone, or None when nothing needed to change. `limits` are
    the claim's character offsets: a token running past them is cut ("m." of "$11m.")."""
    toks = [doc[t.i] for t in span if t.i >= 0]
    if not toks:
        return None
    lo, hi = limits
    parts: list[list[str]] = [
        [t.text[max(0, lo - t.idx) : hi - t.idx], t.whitespace_ if t.idx + len(t) <= hi else ""]
        for t in toks
    ]
    changed = False
    index = {t.i: k for k, t in enumerate(toks)}
    skip = _leading_noise(toks, lang) if not prefix else 0
    for k in range(skip):
        parts[k] = ["", ""]
        changed = True
    # A person's "we" is their organisation's: without one named, "we" stays (a guess at
    # who "we" are would change the claim).
    group = voice.group
    exclude = {t.lower_ for t in toks}  # no antecedent from inside the claim itself
    # "Olanguena's lawyers" are "they": their verbs keep the plural
    plural_group = (
        lang == "en" and bool(group) and re.search(r"\b[a-z]+s$", group or "") is not None
    )
    we_quote = voice.quote or any(t.lower_ in ("nous", "we", "notre", "nos", "our") for t in toks)

    def set_text(tok: Any, text: str) -> None:
        nonlocal changed
        k = index[tok.i]
        if lang == "fr" and k > 0:
            _fr_elision(parts[k - 1], text)
        parts[k][0] = text
        changed = True

    def agree(subject: Any, was_plural: bool) -> None:
        """Verb (and predicate adjective) of a subject now third person singular."""
        head = subject.head
        verbs = [c for c in head.children if c.dep_.startswith(("aux", "cop")) and c.i > subject.i]
        verbs = verbs[:1] if verbs else ([head] if head.pos_ in ("VERB", "AUX") else [])
        if verbs and verbs[0] is head:
            # "we reject … and consider …": a coordinated verb with no subject of its own
            verbs += [c for c in head.children if _shares_subject(c)]
        for verb in verbs:
            if verb.i not in index:
                continue
            # a coordinated verb takes the tense of the verb it is coordinated with
            morph = head.morph if verb is not head and verb.dep_ == "conj" else verb.morph
            new = third_singular(verb.text, verb.lemma_, morph, lang)
            if new and new != verb.text:
                k = index[verb.i]
                if lang == "fr" and k > 0 and parts[k - 1][0].lower() in ("ne", "n'", "n’"):
                    parts[k - 1] = ["n'", ""] if VOWEL.match(new) else ["ne", " "]
                parts[k][0] = new
                if verb.text[:1] in "'’" and new[:1] not in "'’":
                    parts[k - 1][1] = " "  # "I'm" -> "Blatter is", not "Blatteris"
        if was_plural and lang == "fr":
            predicates = [head] if head.pos_ == "ADJ" else []
            predicates += [
                c for c in head.children if c.pos_ == "ADJ" and c.i > subject.i and c.dep_ in (
                    "xcomp", "obj", "acomp", "amod", "advmod", "obl:mod")
            ]  # fmt: skip
            for adj in predicates:
                if adj.i in index and "Plur" in adj.morph.get("Number"):
                    parts[index[adj.i]][0] = singular_adjective(adj.text)

    for tok in toks[skip:]:
        low = tok.lower_
        dep = tok.dep_
        if dep == "expl:subj" and low == "il" and copular(tok):
            dep = (
                "nsubj"  # "Il est même en hausse de 0,3 point": the parse's expletive is "le taux"
            )
        if tok.pos_ == "PRON" and dep.startswith("nsubj"):
            if low in ("nous", "we") and group and "3" not in tok.head.morph.get("Person"):
                set_text(tok, group)
                if not plural_group:
                    agree(tok, True)
            elif low == "nous" and group and lang == "fr" and tok.i + 1 == tok.head.i:
                # "… nous conduisent à abaisser": a third-person verb, so "nous" is its
                # object, whatever the parser says
                move_object(tok, parts, index, group, tok.head.lemma_ in TO_VERBS)
                changed = True
            elif low in ("je", "j'", "j’", "i") and voice.speaker:
                set_text(tok, voice.speaker)
                agree(tok, False)
            elif (
                low == "it"
                and voice.reported
                and not voice.quote
                and voice.speaker
                and not voice.person
            ):
                set_text(tok, voice.speaker)  # "FIFA … said that it acknowledges …"
            elif (
                low == "it"
                and lang == "en"
                and not voice.quote
                and not voice.person  # a person's "it" can be anything they speak of
                and skip == index[tok.i]
                and tok.head.lemma_ not in SITUATION_VERBS  # "It means they will not vote"
            ):
                # "It maintained its growth projection": an organisation the article named,
                # never a thing (an "it" that is the index or the economy stays)
                found = discourse.latest(
                    pronoun=tok, number="Sing", gender="", person=False, exclude=exclude
                )
                if voice.speaker and not voice.person and voice.speaker[:1].isupper():
                    set_text(tok, voice.speaker)  # "It maintained …", the bank speaking
                elif found is not None and (found.kind == "ORG" or INSTITUTION.search(found.text)):
                    set_text(tok, found.text)
            elif low in ("il", "elle", "ils", "elles", "he", "she", "they"):
                text = "".join(p[0] + p[1] for p in parts[index[tok.i] :]).lower()
                if (low == "il" and _IMPERSONAL.match(text)) or generic(tok):
                    continue
                referent = _referent(tok, voice, discourse, exclude, we_quote, lang)
                if referent:
                    plural = low in ("ils", "elles", "they")
                    set_text(tok, referent.text if isinstance(referent, Mention) else referent)
                    is_plural_ref = isinstance(referent, Mention) and referent.number == "Plur"
                    if plural and not is_plural_ref:
                        agree(tok, True)
        elif low == "nous" and lang == "fr" and group and clitic_object(tok):
            move_object(tok, parts, index, group, tok.head.lemma_ in TO_VERBS)
            changed = True
        elif low in _FR_FIRST_POSS and lang == "fr" and group:
            set_text(tok, _FR_FIRST_POSS[low])
            feminine = "Fem" in tok.head.morph.get("Gender")
            if low in ("notre", "mon") and (VOWEL.match(tok.head.text) or not feminine):
                parts[index[tok.i]][0] = "son"  # "notre rôle" -> "son rôle", "notre armée" too
        elif low in ("our", "my") and lang == "en" and group:
            owner = "their" if plural_group else "its"
            if voice.group and tok.head.dep_.startswith("nsubj"):
                owner = f"{voice.group}'s"  # "our soldiers are looking" -> "the army's soldiers"
            set_text(tok, owner if voice.group else f"{voice.speaker}'s")
        elif (
            low in ("us", "me")
            and tok.text != "US"  # "fined US $7 million": the country
            and lang == "en"
            and group
            and dep in ("dobj", "pobj", "dative")
        ):
            set_text(tok, group)
        elif voice.speaker and voice.person and not group:
            # a person's own words: "to tarnish my name by bodies I know well and who for me
            # are bereft …" -> "Platini's name", "for Platini"
            if low == "my" and lang == "en":
                set_text(tok, f"{voice.speaker}'s")
            elif low == "me" and lang == "en" and dep in ("dobj", "pobj", "dative"):
                set_text(tok, voice.speaker)
            elif low in ("mon", "ma", "mes") and lang == "fr":
                set_text(tok, {"mon": "son", "ma": "sa", "mes": "ses"}[low])
            elif low == "moi" and lang == "fr" and tok.i and tok.nbor(-1).pos_ == "ADP":
                set_text(tok, voice.speaker)
    if lang == "fr":
        changed |= restore_object(toks, parts, index, discourse, exclude)
    _rename_aliases(toks, parts, index, aliases, lang)
    rename_description(toks[skip:], parts, index, voice, lang)
    metric_owner(toks[skip:], parts, index, voice, lang)
    own = skip < len(toks) and toks[skip].lower_ in FIRST_POSSESSIVES and voice.person
    possessor = (
        group
        or (voice.speaker if own else None)
        or possessive_owner(toks, skip, discourse, exclude, voice, lang)
    )
    if leading_possessive(toks, skip, parts, possessor, lang):
        changed = True
    text = "".join(p[0] + p[1] for p in parts).strip(" ,")
    if prefix:
        text = f"{prefix} {text}"
    # The claim as written, from its own tokens: Doc.text joins the whole article each time.
    base = toks[0].idx
    source = "".join(t.text_with_ws for t in toks)[max(0, lo - base) : hi - base]
    if text != source.strip(" ,"):
        changed = True
    if not changed or not text:
        return None
    # A claim that opened a sentence still opens with a capital ("Nous avons" -> "Le Conseil")
    opened = source.lstrip(' ,"«“')[:1].isupper()
    return text[0].upper() + text[1:] if skip or opened else text


def _leading_noise(toks: list[Any], lang: str) -> int:
    """How many leading tokens are a connective or an opinion shell."""
    words = [t.lower_.replace("’", "'") for t in toks]
    n = 0
    for shell in _SHELLS[lang]:
        if tuple(words[: len(shell)]) == shell and len(words) > len(shell) + 2:
            return len(shell)
    for size in (4, 3, 2, 1):
        if " ".join(words[:size]) in _CONNECTIVES[lang] and len(words) > size + 2:
            n = size
            break
    while n < len(toks) and toks[n].text == ",":
        n += 1
    if n:
        for shell in _SHELLS[lang]:
            if tuple(words[n : n + len(shell)]) == shell:
                return n + len(shell)
    return n


def _referent(
    tok: Any,
    voice: Voice,
    discourse: Discourse,
    exclude: set[str],
    we_quote: bool,
    lang: str,
) -> Mention | str | None:
    low = tok.lower_
    plural = low in ("ils", "elles", "they")
    gender = "Fem" if low in ("elle", "elles", "she") else ("Masc" if low in ("il", "ils") else "")
    if not plural:
        # "Il a salué…" (the speaker came from this pronoun) and reported speech "a déclaré
        # qu'il attendait": the speaker.
        speaks = voice.speaker and voice.person and (voice.pronoun_speaker or voice.reported)
        spoken_as = voice.speaker_gender or discourse.gender_of(voice.speaker or "")
        said_as = gender or ("Masc" if low == "he" else "")
        if speaks and said_as and spoken_as not in ("", said_as):
            speaks = False  # "Mais elle signifie …, a affirmé Michael Ryan": not him
        if speaks and voice.speaker:
            return voice.speaker.split()[-1] if voice.pronoun_speaker else voice.speaker
        person = True if lang == "en" else None  # "il" is also a thing; "he" is not
        found = discourse.latest(
            pronoun=tok, number="Sing", gender=gender, person=person, exclude=exclude
        )
        last = voice.last_person
        if found is None and last and discourse.gender_of(last) in ("", gender):
            return last  # "Il a aussi demandé …" three sentences after "le directeur général"
        return found
    if voice.reported and voice.person and voice.group and not we_quote:
        return voice.group  # indirect speech: a spokesperson's "we" told as "ils"
    side = {s.lower() for s in (voice.group, voice.speaker) if s}
    return discourse.latest(
        pronoun=tok,
        number="Plur",
        gender=gender,
        person=False,
        exclude=exclude | side,
        avoid_owned=we_quote,
    )


def _rename_aliases(
    toks: list[Any], parts: list[list[str]], index: dict[int, int], aliases: dict[str, str],
    lang: str,
) -> None:  # fmt: skip
    """'l'alliance' -> "l'OTAN" when the article named the organisation it stands for."""
    for tok in toks:
        if tok.pos_ != "NOUN" or not tok.dep_.startswith("nsubj"):
            continue
        key = tok.lower_
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and f"{key} {nxt.lower_}" in aliases:
            key = f"{key} {nxt.lower_}"
        if key not in aliases:
            continue
        det = [c for c in tok.children if c.dep_ == "det" and c.i == tok.i - 1]
        start = det[0].i if det else tok.i
        if start not in index:
            continue
        parts[index[start]][0] = aliases[key]
        if det:
            parts[index[start]][1] = " "
            parts[index[tok.i]] = ["", parts[index[tok.i]][1]]
        if " " in key and nxt is not None and nxt.i in index:
            parts[index[nxt.i]] = ["", parts[index[nxt.i]][1]]
        parts[index[start]][1] = " "
        if det:
            parts[index[tok.i]][1] = ""


def org_aliases(orgs: list[str]) -> dict[str, str]:
    """Definite descriptions -> the organisation they stand for, among those named."""
    out: dict[str, str] = {}
    for org in orgs:
        key = re.sub(r"^(?:l'|l’|la |le |les |the )", "", org.lower())
        if org.lower().startswith("the ") and org[4:].isupper():
            org = org[4:]  # "the NATO chief": English writes the acronym bare
        for alias, names in _ORG_ALIASES.items():
            if key in names:
                out.setdefault(alias, org)
    return out
