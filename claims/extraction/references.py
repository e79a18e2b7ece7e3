"""Who a description or a possessive stands for, when the claim opens with it.

Part of the standalone rewrite (standalone.py): "The company posted …" and "Net sales of the
company" name the organisation the article is about; "Le dirigeant a joué …" the first person
it named; "Ses avocats" the latest person or organisation of the owner's number; a company's
figure with no owner in a claim that names no one ("overall customer base rose 26 percent")
takes the organisation's.
"""

from __future__ import annotations

from typing import Any

from . import lexicon as lx
from .discourse import EN_POSSESSIVES, FR_POSSESSIVES, VOWEL, Discourse
from .voice import Voice


def possessive_owner(
    toks: list[Any], skip: int, discourse: Discourse, exclude: set[str], voice: Voice, lang: str
) -> str | None:
    """Who 'Ses avocats' / 'Their lawyers' belong to when no speaker's group says: the latest
    subject or named entity of the owner's number, as for a subject pronoun."""
    if skip >= len(toks):
        return None
    first = toks[skip]
    low = first.lower_
    if low not in FR_POSSESSIVES and low not in EN_POSSESSIVES:
        return None
    if voice.reported and voice.person and voice.speaker and low not in ("leur", "leurs", "their"):
        return voice.speaker  # "…, claiming that his signature had been faked": the speaker's
    plural = low in ("leur", "leurs", "their")
    gender = {"his": "Masc", "her": "Fem"}.get(low, "")
    mention = discourse.latest(
        pronoun=first,
        number="Plur" if plural else "Sing",
        gender=gender,
        person=None if lang == "fr" else (True if low in ("his", "her") else None),
        exclude=exclude,
    )
    if mention is None or mention.kind not in ("PER", "ORG"):
        return None  # "Ses avocats" belong to someone, never to "le jugement"
    return mention.text


# Definite descriptions that stand for the organisation or the person the article is about,
# when they open a claim: "The company posted …", "Le dirigeant a joué un rôle …".
_ORG_NOUNS = {
    "fr": {"groupe", "société", "entreprise", "compagnie", "opérateur", "constructeur",
           "banque", "agence", "organisation", "institution", "firme", "organisme"},
    "en": {"company", "firm", "group", "carrier", "operator", "bank", "agency", "airline",
           "organisation", "organization", "lender", "insurer", "retailer", "manufacturer"},
}  # fmt: skip
_PERSON_NOUNS = {
    "fr": {"dirigeant", "dirigeante", "ministre", "patron", "patronne", "pdg", "magistrat",
           "président", "présidente", "responsable", "diplomate", "élu", "élue"},
    "en": {"minister", "executive", "chief", "president", "leader", "official", "ceo",
           "chairman", "chairwoman", "politician", "diplomat", "lawmaker", "magistrate"},
}  # fmt: skip
_DEFINITE = {"the", "le", "la", "l'", "l’"}
# "the UN agency", "the EU body": a body's affiliation, not a name of its own
_AFFILIATIONS = {"un", "u.n.", "onu", "eu", "ue"}
# what may stand between "The" and the noun: "The 73-year-old former minister"
_DESCRIBING = {"ADJ", "NUM", "PUNCT", "NOUN", "PROPN"}


def _aged_alone(toks: list[Any], start: int) -> int | None:
    """Position of "old" in "The 33-year-old tested positive", read from the words: the parse
    often takes the age for an adjective of whatever follows."""
    words = [t.lower_ for t in toks[start + 1 : start + 6]]
    if len(words) < 5 or not toks[start + 1].like_num or words[1:] != ["-", "year", "-", "old"]:
        return None
    after = toks[start + 6] if start + 6 < len(toks) else None
    return start + 5 if after is not None and after.pos_ in ("VERB", "AUX") else None


def _description_head(toks: list[Any], start: int) -> int | None:
    """Position of the noun the definite article at toks[start] determines, when only
    adjectives, an age ("73-year-old") or an affiliation ("UN") stand between."""
    head = toks[start].head
    for k in range(start + 1, min(len(toks), start + 9)):
        if toks[k].i == head.i:
            between = toks[start + 1 : k]
            if all(
                t.pos_ in _DESCRIBING
                and (t.pos_ != "PROPN" or t.lower_ in _AFFILIATIONS)
                and (t.pos_ != "NOUN" or t.lower_ == "year")
                and (t.pos_ != "PUNCT" or t.text == "-")
                for t in between
            ):
                return k
            return None
    return None


def _fr_elision_after(parts: list[list[str]], k: int, name: str) -> None:
    if parts[k][0] == "de" and VOWEL.match(name):
        parts[k] = ["d'", ""]


def rename_description(
    toks: list[Any], parts: list[list[str]], index: dict[int, int], voice: Voice, lang: str
) -> None:
    """'The company' / 'Le dirigeant' opening a claim -> the organisation or person the article
    was last about; a description with a complement ("the FIFA president", "le ministre de
    l'Intérieur") names someone of its own and stays."""
    for start in range(len(toks)):
        if toks[start].lower_ not in _DEFINITE:
            continue
        k = _aged_alone(toks, start) or _description_head(toks, start)
        if k is None:
            continue
        noun = toks[k]
        aged = any(t.lower_ == "year" and t.dep_ == "npadvmod" for t in toks[start:k])
        if aged and noun.lower_ == "old":
            noun_is_person = True  # "The 73-year-old had denied all the charges"
        elif noun.pos_ != "NOUN" or "Plur" in noun.morph.get("Number"):
            continue
        else:
            noun_is_person = False
        own = [c for c in noun.children if c.i > noun.i or c.dep_ == "compound"]
        if any(
            c.dep_ in ("nmod", "prep", "compound", "poss", "case") and c.lower_ not in _AFFILIATIONS
            for c in own
        ):
            continue  # "the FIFA president", "le ministre de l'Intérieur": named already
        if any(
            (c.pos_ == "PROPN" or c.ent_type_)
            and c.lower_ not in _AFFILIATIONS
            and not (aged and (c.lower_ in ("old", "year", "-") or c.like_num))
            for c in noun.children
        ):
            continue  # "Le président Ashraf Ghani" names him already
        low = noun.lower_
        if low in _ORG_NOUNS[lang] and voice.last_org:
            name = voice.last_org  # anywhere: "Net sales of the company" names it
        elif (noun_is_person or low in _PERSON_NOUNS[lang]) and voice.protagonist and start == 0:
            name = voice.protagonist
        else:
            continue
        for j in range(start, k + 1):
            parts[index[toks[j].i]] = ["", ""]
        parts[index[toks[k].i]] = [name, toks[k].whitespace_]
        before = index[toks[start].i] - 1
        if lang == "fr" and before >= 0 and parts[before][0].lower() in ("du", "au"):
            # "du groupe" -> "de TotalEnergies", "au groupe" -> "à TotalEnergies"
            parts[before][0] = {"du": "de", "au": "à"}[parts[before][0].lower()]
            _fr_elision_after(parts, before, name)
        return


# A company's figures named without the company ("Effective tax rate for Q1 increased to
# 29.9 percent", "Le bénéfice net a reculé de 5%"): in a claim that names no one, the
# organisation the article is about owns them.


_NAME_ENTS = {"PER", "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


_DEMONSTRATIVES = {"ce", "cet", "cette", "ces", "this", "that", "these", "those"}


def _named(tok: Any) -> bool:
    return tok.ent_type_ in _NAME_ENTS or (
        tok.pos_ == "PROPN" and not any(c.isdigit() for c in tok.text)
    )


def metric_owner(
    toks: list[Any], parts: list[list[str]], index: dict[int, int], voice: Voice, lang: str
) -> None:
    owner = voice.last_org
    if not owner or not toks:
        return
    written = {t.text for t in toks}
    if any(p[0] and p[0][:1].isupper() and k and p[0] not in written for k, p in enumerate(parts)):
        return  # the rewrite already named someone
    subject = next((t for t in toks if t.dep_.startswith("nsubj")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lower_ not in lx.METRIC_NOUNS[lang]:
        return
    # "Effective tax rate for Q1 increased …, mainly due to … in India": a name elsewhere in
    # the claim does not own the figure; one in the subject ("India's output") does
    if any(_named(t) for t in subject.subtree):
        return
    if owner.lower() in " ".join(t.lower_ for t in toks):
        return
    if any(c.dep_ in ("poss", "nmod:poss") for c in subject.children):
        return
    if any(c.lower_ in _DEMONSTRATIVES for c in subject.children):
        return  # "Ce résultat": a figure the article just gave, not the company's
    phrase = sorted([subject, *[c for c in subject.children if c.i < subject.i]], key=lambda t: t.i)
    first = phrase[0]
    if first.i not in index or subject.i not in index:
        return
    if lang == "en":
        if first.lower_ in ("the", "a", "an"):
            parts[index[first.i]] = [f"{owner}'s", first.whitespace_]
        else:
            k = index[first.i]
            word = parts[k][0]
            parts[k][0] = f"{owner}'s {word[:1].lower() + word[1:]}"
        return
    end = subject
    for c in subject.children:
        if c.i > subject.i and c.dep_ == "amod" and c.i == end.i + 1:
            end = c  # "le bénéfice net" -> "le bénéfice net de TotalEnergies"
    k = index[end.i]
    owner_text = ("d'" + owner) if VOWEL.match(owner) else ("de " + owner)
    owner_text = owner_text.replace("de le ", "du ").replace("de les ", "des ")
    parts[k] = [parts[k][0] + " " + owner_text, parts[k][1] or " "]


# the speaker's own: "Mon gouvernement a réduit …" -> "Le gouvernement d'Emmanuel Macron …"
_FR_FIRST_POSSESSIVES = {"mon": "le", "ma": "la", "mes": "les", "notre": "le", "nos": "les"}
FIRST_POSSESSIVES = frozenset(_FR_FIRST_POSSESSIVES) | {"my", "our"}


def leading_possessive(
    toks: list[Any], skip: int, parts: list[list[str]], group: str | None, lang: str
) -> bool:
    """'ses alliés …' -> 'les alliés de l'OTAN …'; 'his plan' -> "Holland's plan"."""
    if skip >= len(toks) or not group:
        return False
    first = toks[skip]
    noun = first.head
    if noun.i <= first.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    k = noun.i - toks[0].i
    possessives = {**FR_POSSESSIVES, **_FR_FIRST_POSSESSIVES}
    if lang == "fr" and first.lower_ in possessives and first.dep_ in ("det", "nmod:poss"):
        art = possessives[first.lower_]
        if art in ("le", "la") and VOWEL.match(noun.text):
            parts[skip] = ["l'", ""]
        else:
            if first.lower_ == "leur":
                art = "la" if "Fem" in noun.morph.get("Gender") else "le"
            parts[skip] = [art, " "]
        end = k
        while end + 1 < len(toks) and toks[end + 1].dep_ == "amod" and toks[end + 1].i > noun.i:
            end += 1
        owner = ("d'" + group) if VOWEL.match(group) else ("de " + group)
        owner = owner.replace("de le ", "du ").replace("de les ", "des ")
        parts[end] = [parts[end][0] + " " + owner, parts[end][1]]
        return True
    if lang == "en" and first.lower_ in EN_POSSESSIVES | {"my", "our"} and first.dep_ == "poss":
        parts[skip] = [f"{group}'s", " "]
        return True
    return False
