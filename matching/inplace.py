"""One sentence with a word or two replaced in place.

"Le prix du carburant a atteint 2 euros" / "le prix de l'essence a atteint 2 euros" is the
same claim; "… placés en vigilance rouge canicule" / "… vigilance rouge inondations" is not.
Both move e5's sentence embedding by the same hair (cosine 0.98–0.99), so for such pairs the
embedding cannot vouch for the replacement and matching.scoring lets the wording decide,
and keeps it below an automatic merge, unless every replaced word is explained: the same
concept after stemming and the synonym groups, a known equivalent
(matching.text.equivalents), one name in two forms (the alias table), or an acronym of the
words it replaces. Numbers, dates, directions, negation and names are the vetoes' business.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from matching.aliases import ALIAS_PHRASES, alias_key
from matching.text.equivalents import concepts, equivalent
from matching.text.lexicon import REPORTING
from matching.text.stems import lang_key

# At most this many places, each at most MAX_WORDS words on either side: beyond that the
# sentences are reworded, and the embedding is the better judge.
MAX_PLACES = 2
MAX_WORDS = 4

Place = tuple[tuple[str, ...], tuple[str, ...]]


def replaced_places(a: tuple[str, ...], b: tuple[str, ...]) -> list[Place] | None:
    """The places where two word sequences differ, when they are few and short; None when
    the sentences differ more than that (or not at all)."""
    changed = [
        op for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"
    ]
    if not changed or len(changed) > MAX_PLACES:
        return None
    places = [(a[i1:i2], b[j1:j2]) for _, i1, i2, j1, j2 in changed]
    if any(len(x) > MAX_WORDS or len(y) > MAX_WORDS for x, y in places):
        return None
    return places


def _same_name(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """ "OTAN" / "alliance atlantique", "SPF" / "santé publique France"."""
    key_x = alias_key(x[0]) if len(x) == 1 else ALIAS_PHRASES.get(x)
    key_y = alias_key(y[0]) if len(y) == 1 else ALIAS_PHRASES.get(y)
    if key_x is not None and key_x == key_y:
        return True
    for short, long in ((x, y), (y, x)):
        content = [w for w in long if len(w) > 2]
        if len(short) == 1 and len(content) >= 2 and short[0] == "".join(w[0] for w in content):
            return True
    return False


def unexplained(places: list[Place], language: str) -> tuple[list[str], list[str]]:
    """The concepts each side brings to the replaced places that the other side does not
    account for: (a's, b's). Both non-empty means a word was replaced by another word."""
    mine: list[str] = []
    theirs: list[str] = []
    for x, y in places:
        if x and y and (_same_name(x, y) or "".join(x) == "".join(y)):
            continue
        # "1,0 °C" / "one degree Celsius", "3 billion euros" / "3bn": a figure restated
        # with its unit; whether the figures agree is the numbers veto's business.
        if any(w[:1].isdigit() for w in x + y):
            continue
        mine.extend(concepts(x, language))
        theirs.extend(concepts(y, language))
    left_a = [c for c in mine if not any(equivalent(c, d, language) for d in theirs)]
    left_b = [d for d in theirs if not any(equivalent(c, d, language) for c in mine)]
    return left_a, left_b


def substituted(a: tuple[str, ...], b: tuple[str, ...], language: str) -> bool:
    """True when the two sentences are one sentence in which a content word was replaced,
    at one or two places, by a word not known to mean the same."""
    places = replaced_places(a, b)
    if places is None:
        return False
    left_a, left_b = unexplained(places, language)
    return bool(left_a and left_b)


def exchanged(a: tuple[str, ...], b: tuple[str, ...], language: str) -> bool:
    """One sentence with two of its parts exchanged around the words that relate them:
    "le Parlement allemand demande au gouvernement" / "le gouvernement allemand demande au
    Parlement", "wages have grown faster than prices" / the reverse, "les forces … traquent
    les miliciens" / the reverse: common nouns as well as names (matching.roles needs two
    names). Where the sentences differ one reads X M Y and the other Y M X, word for word,
    and each part says something. A moved "en septembre" or "selon l'Insee" is a part
    moved, not two exchanged around a third; a voice change rewrites M ("a accueilli" /
    "ont visité", "rejected" / "was rejected by"); "prices rose, said the minister" /
    "the minister said prices rose" has no M. (Comparing the parts as concepts, so that
    "ont battu" = "a battu", also flagged four paraphrases of the development pairs whose
    verb changed to its converse or whose reporting clause moved: left out.)"""
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    x_m_y, y_m_x = a[start : len(a) - end], b[start : len(b) - end]
    if len(x_m_y) != len(y_m_x) or len(x_m_y) < 3 or sorted(x_m_y) != sorted(y_m_x):
        return False
    # "…, selon des données publiées par le gouvernement" moves freely, and so does the
    # date beside it: an attribution among the parts is a reordering, not a swap.
    if REPORTING[lang_key(language)] & set(x_m_y):
        return False
    n = len(x_m_y)
    for i in range(1, n - 1):
        x = x_m_y[:i]
        if y_m_x[n - i :] != x:
            continue
        for j in range(i + 1, n):
            middle, y = x_m_y[i:j], x_m_y[j:]
            if y_m_x[: n - j] != y or y_m_x[n - j : n - i] != middle or x == y:
                continue
            if all(concepts(part, language) for part in (x, middle, y)):
                return True
    return False
