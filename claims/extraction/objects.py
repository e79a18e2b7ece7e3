"""Objects put back after their verb, for standalone claims.

"Stoltenberg l'appelait …" -> "… appelait la Russie …" (a clitic restored to what it stands
for), "… que l'OTAN a qualifié de sabotage" (the relative pronoun a claim was cut after),
"Les gens nous accusent" -> "Les gens accusent TotalEnergies" (a speaker's "nous" as object).
"""

from __future__ import annotations

from typing import Any

from .discourse import VOWEL, Discourse, definite, noun_phrase

NEUTER_VERBS = {"faire", "dire", "savoir", "croire", "penser", "accepter", "vouloir", "pouvoir",
                 "devoir", "être", "rester", "devenir", "demander", "rappeler"}  # fmt: skip


def after_verb(verb: Any) -> Any:
    """Where an object goes back: after the verb, or its participle in a compound tense."""
    if verb.pos_ == "AUX" and verb.head.i > verb.i:
        return verb.head
    return verb


def _chain_top(noun: Any) -> Any:
    """From the noun a relative clause hangs on, up its chain of complements to the noun the
    sentence is about ("des fuites … dans les gazoducs … reliant la Russie à l'Europe")."""
    top = noun
    while top.dep_ in ("nmod", "obj", "acl", "appos", "flat:name") and top.head.i != top.i:
        head = top.head
        if head.pos_ not in ("NOUN", "PROPN", "VERB"):
            break
        if head.pos_ == "VERB" and head.dep_ != "acl":
            break
        top = head
    while top.pos_ == "VERB" and top.head.i != top.i:
        top = top.head
    return top


def restore_object(
    toks: list[Any], parts: list[list[str]], index: dict[int, int], discourse: Discourse,
    exclude: set[str],
) -> bool:  # fmt: skip
    """An object left behind: a clitic ("Stoltenberg l'appelait …") or the relative pronoun
    the claim was cut after ("… que l'OTAN a qualifié de sabotage")."""
    doc = toks[0].doc
    before = doc[toks[0].i - 1] if toks[0].i > 0 else None
    if before is not None and before.lower_ in ("que", "qu'", "qu’") and before.pos_ == "PRON":
        verb = before.head
        if verb.i in index and verb.head.pos_ in ("NOUN", "PROPN"):
            target = _chain_top(verb.head)
            if target.pos_ in ("NOUN", "PROPN") and target.i < toks[0].i:
                text = definite(noun_phrase(target), "fr")
                if text:
                    k = index[after_verb(verb).i]
                    parts[k] = [parts[k][0] + " " + text, parts[k][1] or " "]
                    return True
    for tok in toks:
        if tok.pos_ != "PRON" or tok.lower_ not in ("l'", "l’", "le", "la"):
            continue
        verb = tok.nbor(1) if tok.i + 1 < len(doc) else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.i not in index:
            continue
        if verb.lemma_ in NEUTER_VERBS:
            continue  # "de le faire", "je le sais": "le" stands for a whole clause
        gender = {"le": "Masc", "la": "Fem"}.get(tok.lower_, "")
        persons = (
            after_verb(verb).lemma_ in PERSON_OBJECT_VERBS or tok.head.lemma_ in PERSON_OBJECT_VERBS
        )
        mention = discourse.latest(
            pronoun=tok,
            number="Sing",
            gender=gender,
            person=persons,
            exclude=exclude,
            objects_first=not persons,
        )
        if mention is None:
            continue  # "Le tribunal l'a condamné": no person named near enough, "l'" stays
        k = index[after_verb(verb).i]
        parts[index[tok.i]] = ["", ""]
        before = index[tok.i] - 1
        if before >= 0 and parts[before][0].lower() == "ne" and VOWEL.match(verb.text):
            parts[before] = ["n'", ""]  # "ne l'a acceptée" -> "n'a acceptée …"
        parts[k] = [parts[k][0] + " " + mention.text, parts[k][1] or " "]
        return True
    return False


# Verbs whose object is a person: "Le tribunal l'a condamné à 15 mois" is the defendant,
# never "l'intention" of the sentence before
PERSON_OBJECT_VERBS = {"condamner", "arrêter", "interpeller", "juger", "inculper", "libérer",
                       "blesser", "tuer", "accuser", "élire", "nommer", "remplacer", "recevoir",
                       "rencontrer", "acquitter", "relaxer", "expulser", "limoger", "enlever"}  # fmt: skip


# Verbs whose "nous" is an indirect object, which spaCy often tags obj ("nous a demandé").
TO_VERBS = {"demander", "dire", "permettre", "donner", "promettre", "reprocher", "expliquer",
             "conseiller", "interdire", "proposer", "répondre", "écrire", "annoncer"}  # fmt: skip


def clitic_object(tok: Any) -> bool:
    """ "nous" as the object of a verb whose subject is someone else ("Les gens nous
    accusent"); "nous nous sommes battus" keeps its reflexive."""
    if tok.dep_ not in ("obj", "iobj", "expl:comp") or tok.i + 1 >= len(tok.doc):
        return False
    subjects = [c for c in tok.head.children if c.dep_.startswith("nsubj")]
    return bool(subjects) and all(c.lower_ != "nous" for c in subjects)


def move_object(
    tok: Any, parts: list[list[str]], index: dict[int, int], group: str, indirect: bool
) -> None:
    """ "Les gens nous accusent" -> "Les gens accusent TotalEnergies": a clitic object goes
    back after its verb (after the participle in a compound tense) as the group's name."""
    verb = after_verb(tok.head) if tok.head.i in index else None
    parts[index[tok.i]] = ["", ""]
    if verb is None or verb.i not in index:
        return
    name = group
    if indirect:
        low = group.lower()
        name = ("au " + group[3:]) if low.startswith("le ") else (
            "aux " + group[4:]) if low.startswith("les ") else "à " + group  # fmt: skip
    k = index[verb.i]
    parts[k] = [parts[k][0] + " " + name, parts[k][1] or " "]
