"""The word lists of claim matching, French and English, folded (no accents, lower case).

They hold the words that change what a claim asserts (negation, direction of change,
reporting verbs that only say who spoke) and a handful of synonym groups. They were written
from general knowledge and the tuning pairs only; the held-out pairs
(tests/matching/pairs_holdout.json) never fed them.
"""

from __future__ import annotations


def _set(words: str) -> frozenset[str]:
    """A word list written as one string, words apart by spaces."""
    return frozenset(words.split())


def _longest_first(endings: str) -> list[str]:
    return sorted(endings.split(), key=len, reverse=True)


STOPWORDS: dict[str, frozenset[str]] = {
    "fr": _set(
        "a au aux avec ce ces cet cette c ceux d dans de des du elle elles en et est etaient etait "
        "ete etre eu il ils j je l la le les leur leurs lui m ma mais me meme mes moi mon nos "
        "notre nous on ont or ou par pour qu que qui s sa se ses son sont sur t ta te tes toi ton "
        "tu un une vos votre vous y avait avaient aura auront serait seraient sera seront fut soit "
        "ai as avons avez etes suis es cela ca celui celle tout tous toute toutes tres va vont "
        "allait allaient aller lorsque quand comme si alors donc car dont ici la-bas cet cette "
        "ceci afin ainsi aussi bien deja desormais toujours encore vraiment effectivement "
        "actuellement maintenant"
    ),
    "en": _set(
        "a an the and or but of to in on at by for from with as is are was were be been being am "
        "it its it's this that these those there here their they them he she his her him we our us "
        "you your i me my has have had having do does did will would shall should can could may "
        "might must going gone into than then so such also just very actually really currently now "
        "still already indeed s t about over"
    ),
}
# Who said it is the speaker's business, not the claim's: "X said that P" states P.
REPORTING: dict[str, frozenset[str]] = {
    "fr": _set(
        "declare declarer declaree affirme affirmer affirmait assure assurer soutient soutenir "
        "estime estimer selon dit dire disait explique expliquer indique indiquer pense penser "
        "ajoute ajouter"
    ),
    "en": _set(
        "said report reported reports says say stated states claimed claims claim according told "
        "tells think thinks believe believes added explained argued"
    ),
}
NEGATION: dict[str, frozenset[str]] = {
    "fr": _set("ne n pas jamais aucun aucune rien ni sans nullement guere"),
    "en": _set("not no never none nothing nobody neither nor without cannot"),
}
# Direction of change: "up 15 %" and "down 15 %" share every other word.
UP_WORDS = {
    "fr": "augmente augmenter augmentation hausse progresse progresser progression grimpe "
    "grimper accelere accelerer releve relever double doubler monte monter bondi bondir "
    "rebondi rebondir envole envoler",
    "en": "increase increased increases rise rose risen rising grow grew grown growing up "
    "climb climbed accelerate accelerated raise raised raises double doubled rebound "
    "rebounded surge surged jump jumped soar soared",
}
DOWN_WORDS = {
    "fr": "baisse baisser diminue diminuer diminution recule reculer recul chute chuter "
    "ralenti ralentir ralentissement abaisse abaisser reduit reduire reduiraient "
    "reduirait supprime supprimer plonge plonger degringole degringoler flechi flechir",
    "en": "decrease decreased decreases fall fell fallen falling drop dropped down decline "
    "declined slow slowed cut cuts lower lowered reduce reduced eliminate eliminated plunge "
    "plunged slump slumped tumble tumbled shrink shrank dip dipped slip slipped sank sink",
}
# Words that say the same thing in a claim; each group maps to its first member.
SYNONYMS = {
    "fr": [
        "position posture",
        "constater voir vu observer observe constate",
        "criminalite delinquance",
        "armee armees defense",
        "financer financera financerait",
        "depasser depasse",
        "atteindre atteint touche toucher",
        "accueilli accueillir visite visiter",
        "accuser accuse imputer impute",
        "promettre promet promis",
        "depenser depense consacrer consacre",
        "pays nation",
        "gens personnes",
    ],
    "en": [
        "position posture",
        "create created add added",
        "eliminate eliminated cut",
        "extra additional new",
        "see seen saw",
        "illness disease",
        "exceed exceeds above",
        "hit reached reach",
        "immigration migration",
        "world worldwide",
        "assign assigned attribute attributed",
        "car cars vehicle vehicles",
        "blame blamed accuse accused",
        "promise promised",
        "fund funds",
    ],
}
# Aspect and hedging that do not change what is asserted ("est en train de perdre" = "perd").
FILLERS = {
    "fr": [("en", "train", "de"), ("en", "train", "d"), ("en", "fait"), ("a", "l", "heure")],
    "en": [("in", "fact"), ("going", "to"), ("at", "the", "moment")],
}
IRREGULAR_EN = {
    "lost": "lose",
    "went": "go",
    "sent": "send",
    "said": "say",
    "made": "make",
    "paid": "pay",
    "spent": "spend",
    "left": "leave",
    "overtook": "overtake",
    "overtaken": "overtake",
    "won": "win",
    "began": "begin",
    "begun": "begin",
    "gave": "give",
    "given": "give",
    "took": "take",
    "taken": "take",
    "saw": "see",
    "seen": "see",
    "struck": "strike",
}
NUMBER_WORDS = {
    "fr": {
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "quinze": 15,
        "vingt": 20,
        "trente": 30,
        "quarante": 40,
        "cinquante": 50,
        "cent": 100,
    },
    "en": {
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "fifteen": 15,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "hundred": 100,
        "dozen": 12,
    },
}
MULTIPLIERS = {
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "thousand": 1e3,
    "mille": 1e3,
}
# Endings the light stemmer strips, longest first (one per word).
SUFFIXES = {
    "fr": _longest_first(
        "issement ement ation ateur atrice iraient eraient raient erait irait rait aient eron "
        "eront iront ait ai ant ent ee e er ir"
    ),
    "en": _longest_first("ingly edly ing ies ied ed es ly e s"),
}
