"""Is a claim negated? "n'a pas", "aucun", "not", "never" are; "no fewer than 764" ("at
least 764"), "il n'a tué que deux personnes" ("only two") and "non seulement" are not, and
"Pas-de-Calais" holds no "pas" (the caller blanks hyphenated names)."""

from __future__ import annotations

import re

from matching.text import NEGATION, lang_key

# Phrases built from negation words that assert, not deny: "no fewer than 764" is "at least
# 764", "il n'y a que trois" is "only three", "non seulement" is "not only".
NOT_NEGATIONS = {
    "fr": [("pas", "moins"), ("non", "seulement"), ("sans", "doute")],
    "en": [
        ("no", "fewer"),
        ("no", "less"),
        ("no", "more"),
        ("not", "only"),
        ("no", "later"),
        # "Not since 1966 had Spain seen such rain": a fronted superlative, it asserts.
        ("not", "since"),
    ],
}
# "Platforms that fail to comply" is what French says "qui ne respectent pas": the verb
# carries the negation an English sentence leaves out.
_FAIL_TO = frozenset({"fail", "fails", "failed", "failing"})
_RESTRICTIVE = re.compile(r"\bne?\s+(?:\S+\s+){0,3}?que\b")


def is_negated(tokens: list[str], language: str) -> bool:
    lang = lang_key(language)
    negations = NEGATION[lang]
    skip: set[int] = set()
    for i in range(len(tokens) - 1):
        if (tokens[i], tokens[i + 1]) in NOT_NEGATIONS[lang]:
            skip.update((i, i + 1))
    if lang == "fr":
        # "ne … que" restricts ("n'a tué que deux personnes"); with "pas", "plus", "jamais"
        # or "rien" in the sentence it is still a negation ("ne … pas que").
        joined = " ".join(tokens)
        strong = {"pas", "jamais", "rien", "aucun", "aucune", "plus", "ni", "nullement"}
        if _RESTRICTIVE.search(joined) and not strong & set(tokens):
            skip.update(i for i, token in enumerate(tokens) if token in ("ne", "n"))
        # Without "ne", "jamais" is "ever": "le plus grave jamais enregistré".
        if not {"ne", "n"} & set(tokens):
            skip.update(i for i, token in enumerate(tokens) if token == "jamais")
    if lang == "en" and any(
        token in _FAIL_TO and tokens[i + 1 : i + 2] == ["to"] for i, token in enumerate(tokens)
    ):
        return True
    return any(token in negations and i not in skip for i, token in enumerate(tokens))
