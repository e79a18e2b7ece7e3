"""Words that may replace each other in place without changing the claim.

Read only by matching.inplace, to tell a synonym swapped into an otherwise identical sentence
("le prix du carburant" / "le prix de l'essence", "slash" / "cut") from a word of the same
family that makes another claim ("canicule" / "inondations", "slash" / "relocate"). Sentence
embeddings cannot: e5 puts both kinds at cosine 0.98–0.99, and the words alone at 0.83–0.88
for synonyms and 0.79–0.94 for co-hyponyms (docs/matching.md, "Measuring").

Unlike `lexicon.SYNONYMS` these groups do not change a claim's stems, so they do not change
its match signatures either (no backfill). A word may sit in several groups ("gagner" earns
a wage and wins a race); two words are equivalent when one group holds both, not through a
chain. The groups are general news vocabulary written from knowledge of the two languages —
reporting, level and change verbs, casualty words, units and their abbreviations, common
nouns of wire copy — not from the pairs that are scored.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from matching.text.stems import content_stems, lang_key

GROUPS: dict[str, list[str]] = {
    "fr": [
        # Reporting and announcing: who says it does not change what is said.
        "annoncer annonce annonces annoncee confirmer confirme indiquer indique preciser precise "
        "declarer declare affirmer affirme souligner souligne rapporter rapporte faire_etat "
        "signaler signale communiquer communique",
        # Levels: "atteint 2 euros" = "s'établit à 2 euros".
        "atteindre atteint etablir etablit elever eleve situer situe chiffrer chiffre ressortir "
        "ressort monter monte totaliser totalise",
        "toucher touchent percevoir percoivent gagner gagnent",
        "remporter remporte gagner gagne imposer impose",
        "battre battu vaincre vaincu devancer devance",
        "mort morts deces decede decedes tue tues victime victimes",
        "blesse blesses",
        "arreter arrete arretes interpeller interpelle interpelles",
        "supprimer suppression supprime couper coupe",
        "depenser consacrer allouer alloue allocation affecter affecte",
        "licencier licenciement licencie",
        "commencer commence debuter debute demarrer demarre lancer lance",
        "renoncer renonce abandonner abandonne",
        "interdire interdit proscrire prohiber",
        "autoriser autorise permettre permet",
        "aider aide soutenir soutien",
        "acheter achete acquerir acquiert racheter rachete",
        "demissionner demission demissionne quitter",
        "prevoir prevoit envisager envisage compter projeter vouloir",
        "precedent precedente avant anterieur anterieure",
        "carburant essence",
        "gazole diesel",
        "voiture automobile vehicule auto",
        "entreprise societe firme groupe",
        "salaire remuneration paie",
        "emploi poste",
        "medecin docteur",
        "an annee",
        "jour journee",
        "soir soiree",
        "matin matinee",
        "environ quelque pres",
        "hausse augmentation progression",
        "baisse diminution recul repli",
        # Units and their symbols.
        "terawattheure twh",
        "gigawattheure gwh",
        "megawatt mw",
        "kilometre km",
        "kilogramme kg",
        "tonne t",
        "euro eur",
        "dollar usd",
        "livre gbp",
        "pourcent pourcentage",
        "degre celsiu",
        "hectare ha",
        "centimetre cm",
        "millimetre mm",
        "kilowatt kw",
        "kilowattheure kwh",
        "megawattheure mwh",
        "gigawatt gw",
        "habitant hab",
    ],
    "en": [
        "announce announced confirm confirmed disclose disclosed reveal revealed unveil "
        "unveiled report reported state stated indicate indicated",
        "reach reached hit stand stood total totalled totaled amount amounted",
        "earn earned make made get got receive received",
        "win won clinch clinched secure secured",
        "beat defeat defeated",
        "kill killed dead die died death deaths fatality fatalities",
        "injure injured wound wounded hurt",
        "arrest arrested detain detained",
        "cut cutting slash slashed slashing axe axed eliminate eliminated eliminating elimination "
        "shed",
        "lay laid fire fired sack sacked dismiss dismissed",
        "begin began start started launch launched",
        "abandon abandoned drop dropped scrap scrapped",
        "ban banned prohibit prohibited",
        "allow allowed permit permitted authorise authorised authorize authorized",
        "help helped aid aided assist assisted support supported",
        "buy bought purchase purchased acquire acquired",
        "resign resigned quit step",
        "plan planned intend intended aim aimed expect expected want wanted",
        "previous prior preceding earlier before",
        "fuel petrol gasoline",
        "diesel gasoil",
        "car vehicle automobile",
        "company firm group business",
        "wage wages salary pay",
        "job post position role",
        "worker employee staff",
        "doctor physician",
        "about around roughly approximately some nearly",
        "rise increase gain",
        "fall drop decline decrease",
        "terawatt twh",
        "gigawatt gwh",
        "kilometre kilometer km",
        "kilogram kilogramme kg",
        "mile mph",
        "percent percentage",
        "degree celsius",
        "hectare ha",
        "centimetre centimeter cm",
        "millimetre millimeter mm",
        "kilowatt kw",
        "gigawatt gw",
        "megawatt mw",
    ],
}

# Irregular French verb forms the light stemmer cannot bring to their infinitive
# ("tiendra" / "va tenir", "sera" / "est"); the periphrastic future's "va" is a stop word.
FRENCH_FORMS = {
    "tiendra": "tenir",
    "tiendront": "tenir",
    "tient": "tenir",
    "tiennent": "tenir",
    "viendra": "venir",
    "viendront": "venir",
    "vient": "venir",
    "viennent": "venir",
    "fera": "faire",
    "feront": "faire",
    "fait": "faire",
    "font": "faire",
    "ira": "aller",
    "iront": "aller",
    "pourra": "pouvoir",
    "pourront": "pouvoir",
    "peut": "pouvoir",
    "peuvent": "pouvoir",
    "devra": "devoir",
    "devront": "devoir",
    "doit": "devoir",
    "doivent": "devoir",
    "verra": "voir",
    "verront": "voir",
    "voudra": "vouloir",
    "veut": "vouloir",
    "veulent": "vouloir",
    "recevra": "recevoir",
    "recevront": "recevoir",
    "recoit": "recevoir",
    "faudra": "falloir",
    "faut": "falloir",
    "prendra": "prendre",
    "prendront": "prendre",
    "prend": "prendre",
    "prennent": "prendre",
    "mettra": "mettre",
    "met": "mettre",
}


def concepts(words: Iterable[str], language: str) -> list[str]:
    """What matching.text.content_stems makes of the words (synonym groups, directions of
    change), after bringing irregular French verb forms to their infinitive."""
    lang = lang_key(language)
    if lang == "fr":
        words = [FRENCH_FORMS.get(w, w) for w in words]
    return content_stems(list(words), lang)


@lru_cache(maxsize=4)
def _groups_of(language: str) -> dict[str, frozenset[int]]:
    lang = lang_key(language)
    table: dict[str, set[int]] = {}
    for i, group in enumerate(GROUPS[lang]):
        for concept in concepts(group.split(), lang):
            table.setdefault(concept, set()).add(i)
    return {k: frozenset(v) for k, v in table.items()}


def _forms_of_one_word(x: str, y: str) -> bool:
    """ "dernier" / "derniere", "prevoi" / "prevo": the light stemmer leaves a few letters
    of inflection; one stem the start of the other, the longer at most three letters on."""
    short, long = sorted((x, y), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3


def _groups(concept: str, language: str) -> frozenset[int]:
    table = _groups_of(language)
    found = set(table.get(concept, frozenset()))
    for member, groups in table.items():
        if _forms_of_one_word(concept, member):
            found |= groups
    return frozenset(found)


def equivalent(concept_a: str, concept_b: str, language: str) -> bool:
    """Two concepts (as `concepts` gives them) that one group holds, or one word in two
    forms."""
    if concept_a == concept_b or _forms_of_one_word(concept_a, concept_b):
        return True
    return bool(_groups(concept_a, language) & _groups(concept_b, language))
