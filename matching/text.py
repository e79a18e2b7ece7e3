"""Pure-Python text analysis for claim matching (no Django): tokens, light stems, numbers,
negation, direction words, entities, and pg_trgm's similarity computed the way PostgreSQL
computes it, so the evaluation and production score pairs with one function.

The lexicons are small on purpose: they hold the words that change what a claim asserts
(negation, direction of change, reporting verbs that only say who spoke) and a handful of
synonym groups. They were written from general knowledge and the tuning pairs only; the
held-out pairs (tests/matching/pairs_holdout.json) never fed them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.text import fold_spaces

_WORD = re.compile(r"[a-z0-9]+")
_CONTRACTION = re.compile(
    r"\b(ca|wo|do|does|did|is|are|was|were|has|have|had|could|would|should)n't\b"
)

STOPWORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        [
            "a",
            "au",
            "aux",
            "avec",
            "ce",
            "ces",
            "cet",
            "cette",
            "c",
            "ceux",
            "d",
            "dans",
            "de",
            "des",
            "du",
            "elle",
            "elles",
            "en",
            "et",
            "est",
            "etaient",
            "etait",
            "ete",
            "etre",
            "eu",
            "il",
            "ils",
            "j",
            "je",
            "l",
            "la",
            "le",
            "les",
            "leur",
            "leurs",
            "lui",
            "m",
            "ma",
            "mais",
            "me",
            "meme",
            "mes",
            "moi",
            "mon",
            "nos",
            "notre",
            "nous",
            "on",
            "ont",
            "or",
            "ou",
            "par",
            "pour",
            "qu",
            "que",
            "qui",
            "s",
            "sa",
            "se",
            "ses",
            "son",
            "sont",
            "sur",
            "t",
            "ta",
            "te",
            "tes",
            "toi",
            "ton",
            "tu",
            "un",
            "une",
            "vos",
            "votre",
            "vous",
            "y",
            "avait",
            "avaient",
            "aura",
            "auront",
            "serait",
            "seraient",
            "sera",
            "seront",
            "fut",
            "soit",
            "ai",
            "as",
            "avons",
            "avez",
            "etes",
            "suis",
            "es",
            "cela",
            "ca",
            "celui",
            "celle",
            "tout",
            "tous",
            "toute",
            "toutes",
            "tres",
            "va",
            "vont",
            "allait",
            "allaient",
            "aller",
            "lorsque",
            "quand",
            "comme",
            "si",
            "alors",
            "donc",
            "car",
            "dont",
            "ici",
            "la-bas",
            "cet",
            "cette",
            "ceci",
            "afin",
            "ainsi",
            "aussi",
            "bien",
            "deja",
            "desormais",
            "toujours",
            "encore",
            "vraiment",
            "effectivement",
            "actuellement",
            "maintenant",
        ]
    ),
    "en": frozenset(
        [
            "a",
            "an",
            "the",
            "and",
            "or",
            "but",
            "of",
            "to",
            "in",
            "on",
            "at",
            "by",
            "for",
            "from",
            "with",
            "as",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "am",
            "it",
            "its",
            "it's",
            "this",
            "that",
            "these",
            "those",
            "there",
            "here",
            "their",
            "they",
            "them",
            "he",
            "she",
            "his",
            "her",
            "him",
            "we",
            "our",
            "us",
            "you",
            "your",
            "i",
            "me",
            "my",
            "has",
            "have",
            "had",
            "having",
            "do",
            "does",
            "did",
            "will",
            "would",
            "shall",
            "should",
            "can",
            "could",
            "may",
            "might",
            "must",
            "going",
            "gone",
            "into",
            "than",
            "then",
            "so",
            "such",
            "also",
            "just",
            "very",
            "actually",
            "really",
            "currently",
            "now",
            "still",
            "already",
            "indeed",
            "s",
            "t",
            "about",
            "over",
        ]
    ),
}
# Who said it is the speaker's business, not the claim's: "X said that P" states P.
REPORTING = {
    "fr": frozenset(
        [
            "declare",
            "declarer",
            "declaree",
            "affirme",
            "affirmer",
            "affirmait",
            "assure",
            "assurer",
            "soutient",
            "soutenir",
            "estime",
            "estimer",
            "selon",
            "dit",
            "dire",
            "disait",
            "explique",
            "expliquer",
            "indique",
            "indiquer",
            "pense",
            "penser",
            "ajoute",
            "ajouter",
        ]
    ),
    "en": frozenset(
        [
            "said",
            "report",
            "reported",
            "reports",
            "says",
            "say",
            "stated",
            "states",
            "claimed",
            "claims",
            "claim",
            "according",
            "told",
            "tells",
            "think",
            "thinks",
            "believe",
            "believes",
            "added",
            "explained",
            "argued",
        ]
    ),
}
NEGATION = {
    "fr": frozenset(
        ["ne", "n", "pas", "jamais", "aucun", "aucune", "rien", "ni", "sans", "nullement", "guere"]
    ),
    "en": frozenset(
        ["not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "cannot"]
    ),
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
_SYNONYMS = {
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
_IRREGULAR_EN = {
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
# French writes 4 000 and 5,2; English 4,000 and 5.2.
_NUMBER = {
    "fr": re.compile(r"(?<![\d,.])(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d+))?(?![\d])"),
    "en": re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d])"),
}
_SUFFIXES = {
    "fr": sorted(
        [
            "issement",
            "ement",
            "ation",
            "ateur",
            "atrice",
            "iraient",
            "eraient",
            "raient",
            "erait",
            "irait",
            "rait",
            "aient",
            "eron",
            "eront",
            "iront",
            "ait",
            "ai",
            "ant",
            "ent",
            "ee",
            "e",
            "er",
            "ir",
        ],
        key=len,
        reverse=True,
    ),
    "en": sorted(
        ["ingly", "edly", "ing", "ies", "ied", "ed", "es", "ly", "e", "s"], key=len, reverse=True
    ),
}


def lang_key(language: str) -> str:
    return "en" if (language or "").lower().startswith("en") else "fr"


def words(text: str, language: str) -> list[str]:
    """Folded words; English "n't" becomes "not" so negation survives tokenising."""
    folded = fold_spaces(text)
    if lang_key(language) == "en":
        folded = _CONTRACTION.sub(lambda m: m.group(1) + " not", folded)
        folded = folded.replace("can't", "can not").replace("n't", " not")
    return _WORD.findall(folded)


# Cached: the corpus generator and the backfill stem millions of words from a small vocabulary.
@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    lang = lang_key(language)
    if lang == "en" and word in _IRREGULAR_EN:
        word = _IRREGULAR_EN[word]
    if lang == "fr":
        # Plural first so "canons" and "canon" meet; "-dre" verbs lose "re" (perdre → perd).
        if word[-1:] in ("s", "x") and len(word) > 3:
            word = word[:-1]
        if word.endswith("dre") and len(word) > 5:
            return word[:-2]
    for suffix in _SUFFIXES[lang]:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word


@lru_cache(maxsize=4)
def _concepts(language: str) -> dict[str, str]:
    """stem → concept: "UP"/"DOWN" for direction words, else the synonym group's head."""
    lang = lang_key(language)
    table: dict[str, str] = {}
    for group in _SYNONYMS[lang]:
        members = group.split()
        for word in members:
            table[stem(word, lang)] = stem(members[0], lang)
    for word in UP_WORDS[lang].split():
        table[stem(word, lang)] = "UP"
    for word in DOWN_WORDS[lang].split():
        table[stem(word, lang)] = "DOWN"
    return table


# Aspect and hedging that do not change what is asserted ("est en train de perdre" = "perd").
FILLERS = {
    "fr": [("en", "train", "de"), ("en", "train", "d"), ("en", "fait"), ("a", "l", "heure")],
    "en": [("in", "fact"), ("going", "to"), ("at", "the", "moment")],
}


def _drop_fillers(tokens: list[str], lang: str) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for phrase in FILLERS[lang]:
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                i += len(phrase)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def content_stems(tokens: list[str], language: str) -> list[str]:
    """Ordered concepts of the words that carry meaning (no stop, reporting, negation,
    number words or digits)."""
    lang = lang_key(language)
    tokens = _drop_fillers(tokens, lang)
    skip = STOPWORDS[lang] | REPORTING[lang] | NEGATION[lang]
    concepts = _concepts(lang)
    out = []
    for token in tokens:
        if token in skip or token.isdigit() or token in NUMBER_WORDS[lang]:
            continue
        if token in MULTIPLIERS or len(token) < 2:
            continue
        s = stem(token, lang)
        out.append(concepts.get(s, s))
    return out


def numbers(text: str, language: str) -> frozenset[float]:
    """Every number the text states, as a value: "4 000" = "4000", "1,1 million" = 1.1e6."""
    lang = lang_key(language)
    folded = fold_spaces(text)
    values: set[float] = set()
    for match in _NUMBER[lang].finditer(folded):
        whole = re.sub(r"[ .,]", "", match.group(1))
        value = float(f"{whole}.{match.group(2)}" if match.group(2) else whole)
        following = folded[match.end() :].split(None, 1)
        if following and following[0] in MULTIPLIERS:
            value *= MULTIPLIERS[following[0]]
        values.add(round(value, 6))
    for token in words(text, lang):
        if token in NUMBER_WORDS[lang]:
            values.add(float(NUMBER_WORDS[lang][token]))
    return frozenset(values)


def capitalised_names(text: str, language: str) -> frozenset[str]:
    """Folded capitalised words, a cheap stand-in for named entities that works the same
    on a bare sentence (the evaluation) and on an extracted claim (production)."""
    lang = lang_key(language)
    common = STOPWORDS[lang] | REPORTING[lang] | NEGATION[lang]
    names = set()
    for part in re.split(r"[^\w-]+", text.replace("’", "'")):
        if part[:1].isupper():
            folded = fold_spaces(part)
            if folded not in common:
                names.add(folded)
    return frozenset(names)


def _trigrams(text: str) -> set[str]:
    """pg_trgm's trigrams: lower-cased alphanumeric words, each padded "  w ", then every
    3-character window."""
    grams: set[str] = set()
    for word in re.findall(r"[^\W_]+", text.lower()):
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


def trigram_similarity(a: str, b: str) -> float:
    """Same value as PostgreSQL's `similarity(a, b)` for folded text (tested against it)."""
    ta, tb = _trigrams(a), _trigrams(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)
