"""Third person singular of a finite verb, for a claim whose subject became an organisation
or a name ("nous restons" -> "l'OTAN reste", "ils sont" -> "la Russie est", "we are" ->
"NATO is"). Only the finite word changes (the auxiliary of a compound tense); spaCy's
morphology says which person, number, tense and mood it has.
"""

from __future__ import annotations

from typing import Any

# Irregular present tense: 1st plural / 3rd plural / 1st singular -> 3rd singular.
_FR_PRESENT = {
    "avons": "a", "ont": "a", "ai": "a", "sommes": "est", "sont": "est", "suis": "est",
    "allons": "va", "vont": "va", "vais": "va", "faisons": "fait", "font": "fait",
    "fais": "fait", "pouvons": "peut", "peuvent": "peut", "peux": "peut", "devons": "doit",
    "doivent": "doit", "dois": "doit", "voulons": "veut", "veulent": "veut", "veux": "veut",
    "savons": "sait", "savent": "sait", "sais": "sait", "prenons": "prend", "prennent": "prend",
    "prends": "prend", "venons": "vient", "viennent": "vient", "viens": "vient",
    "tenons": "tient", "tiennent": "tient", "tiens": "tient", "disons": "dit", "disent": "dit",
    "dis": "dit", "voyons": "voit", "voient": "voit", "vois": "voit", "mettons": "met",
    "mettent": "met", "mets": "met", "croyons": "croit", "croient": "croit", "crois": "croit",
    "recevons": "reçoit", "reçoivent": "reçoit", "reçois": "reçoit", "suivons": "suit",
    "suivent": "suit", "vivons": "vit", "vivent": "vit",
    "connaissons": "connaît", "connaissent": "connaît", "obtenons": "obtient",
    "obtiennent": "obtient", "maintenons": "maintient", "maintiennent": "maintient",
    "soutenons": "soutient", "soutiennent": "soutient", "devenons": "devient",
    "deviennent": "devient", "craignons": "craint", "craignent": "craint", "écrivons": "écrit",
    "écrivent": "écrit", "lisons": "lit", "lisent": "lit", "partons": "part", "partent": "part",
    "sortons": "sort", "sortent": "sort", "comprenons": "comprend", "comprennent": "comprend",
    "apprenons": "apprend", "apprennent": "apprend", "ouvrons": "ouvre", "ouvrent": "ouvre",
    "offrons": "offre", "offrent": "offre", "soyons": "soit", "soient": "soit",
    "ayons": "ait", "aient": "ait",
}  # fmt: skip
_EN_PRESENT = {"are": "is", "am": "is", "'re": "is", "'m": "is", "have": "has", "'ve": "has",
               "do": "does", "were": "was", "go": "goes"}  # fmt: skip


def _fr(text: str, lemma: str, morph: Any) -> str | None:
    low = text.lower()
    if low in _FR_PRESENT:
        return _FR_PRESENT[low]
    person = (morph.get("Person") or [""])[0]
    number = (morph.get("Number") or [""])[0]
    if person == "3" and number == "Sing":
        return None
    for plural, singular in (("raient", "rait"), ("rions", "rait"), ("ront", "ra"),
                             ("rons", "ra"), ("aient", "ait"), ("ions", "ait"),
                             ("rais", "rait"), ("rai", "ra"), ("ais", "ait")):  # fmt: skip
        if low.endswith(plural) and len(low) > len(plural) + 1:
            # "-ions" is also the present subjunctive ("que nous ayons" is in the table)
            if plural == "ions" and "Sub" in morph.get("Mood"):
                return text[: -len(plural)] + "e"
            return text[: -len(plural)] + singular
    if low.endswith(("issons", "issent")) and lemma.endswith("ir"):
        return text[:-6] + "it"
    if low.endswith(("isons", "isent")) and lemma.endswith("ire"):
        return text[:-4] + "t"  # conduisons, conduisent -> conduit
    if low.endswith(("geons", "çons")):
        return text[:-4] + ("ge" if low.endswith("geons") else "ce")
    if low.endswith(("ons", "ent")):
        stem = text[:-3]
        if lemma.endswith("er"):
            return stem + "e"
        if lemma.endswith(("dre", "ttre")):
            return stem if lemma.endswith("dre") else stem[:-1]
        return stem + "t"
    if person == "1" and low.endswith(("s", "x")) and not lemma.endswith("er"):
        return text[:-1] + ("" if lemma.endswith("dre") else "t")
    return None


def _en(text: str, lemma: str, morph: Any) -> str | None:
    low = text.lower()
    if low in _EN_PRESENT:
        return _EN_PRESENT[low]
    if "Past" in morph.get("Tense") or low in (
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "'ll",
        "'d",
    ):
        return None
    if "Pres" in morph.get("Tense") and not low.endswith("s"):
        if low.endswith(("sh", "ch", "x", "z", "o", "ss")):
            return text + "es"
        if low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
            return text[:-1] + "ies"
        return text + "s"
    return None


def third_singular(text: str, lemma: str, morph: Any, lang: str) -> str | None:
    """The 3rd person singular of a finite verb form, or None when it already is one."""
    new = _fr(text, lemma, morph) if lang == "fr" else _en(text, lemma, morph)
    if new and text[:1].isupper():
        new = new[0].upper() + new[1:]
    return new


def singular_adjective(text: str) -> str:
    """French predicate adjective back to the singular ("vigilants" -> "vigilant")."""
    low = text.lower()
    if low.endswith("aux") and len(low) > 4:
        return text[:-3] + "al"
    if low.endswith("s") and not low.endswith("ss"):
        return text[:-1]
    return text
