"""The one scoring function for "do these two claims state the same thing?".

Production (extraction, via matching.services) and `manage.py evaluate_matching` both call
`score_pair` on `claim_features(...)`; nothing else decides. The score starts from how much
the two texts share (pg_trgm similarity of the normalised text, and overlap of the
meaning-carrying word stems) and is then cut down by each disagreement that makes two
near-identical sentences different claims: a negation, a direction of change, a number, a
named entity, a speaker, a swapped subject and object.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from core.text import fold_spaces
from matching import text as t

TRIGRAM_WEIGHT = 0.3
LEXICAL_WEIGHT = 0.7
# Multipliers: a hard disagreement must push even identical wording below the suggestion
# threshold; a soft one ("one side says more") only keeps it from an automatic merge.
HARD = 0.3
ENTITY_SWAP = 0.4
SPEAKER_DIFFERS = 0.4
ROLE_SWAP = 0.5
SUBSTITUTION = 0.85
ONE_SIDED_NUMBER = 0.85
_PASSIVE = {"fr": frozenset({"par"}), "en": frozenset({"by"})}


@dataclass(frozen=True, slots=True)
class ClaimFeatures:
    normalized: str
    language: str
    stems: tuple[str, ...]
    stem_set: frozenset[str]
    tokens: frozenset[str]
    negated: bool
    numbers: frozenset[float]
    names: tuple[str, ...]  # in order of appearance, folded
    roles: tuple[str, ...]  # names not next to a reporting word ("Stoltenberg said")
    speaker: str  # folded surname, "" when unknown
    passive: bool


@dataclass(frozen=True, slots=True)
class MatchScore:
    score: float
    trigram: float
    lexical: float
    reasons: tuple[str, ...]


def claim_features(
    *,
    text: str,
    language: str,
    speaker: str = "",
    entities: Iterable[dict[str, Any]] = (),
) -> ClaimFeatures:
    lang = t.lang_key(language)
    tokens = t.words(text, lang)
    stems = t.content_stems(tokens, lang)
    normalized = fold_spaces(text)
    names = list(t.capitalised_names(text, lang))
    # The extractor's entities come from the whole sentence; keep only those in the claim.
    for entity in entities or ():
        name = fold_spaces(str(entity.get("text", "")))
        if name and name in normalized:
            names.extend(part for part in t.words(name, lang) if part not in names)
    names.sort(key=lambda n: (normalized.find(n), n))
    ordered = tuple(dict.fromkeys(names))
    speaker_words = t.words(speaker or "", lang)
    return ClaimFeatures(
        normalized=normalized,
        language=lang,
        stems=tuple(stems),
        stem_set=frozenset(stems),
        tokens=frozenset(tokens),
        negated=t.is_negated(tokens, lang),
        numbers=t.numbers(text, lang),
        names=ordered,
        roles=tuple(n for n in ordered if not _next_to_reporting(n, tokens, lang)),
        speaker=speaker_words[-1] if speaker_words else "",
        passive=bool(_PASSIVE[lang] & set(tokens)),
    )


def _next_to_reporting(name: str, tokens: list[str], lang: str) -> bool:
    reporting = t.REPORTING[lang]
    for i, token in enumerate(tokens):
        if token == name and any(w in reporting for w in tokens[max(i - 2, 0) : i + 3]):
            return True
    return False


def _same_name(a: str, b: str) -> bool:
    """Russia/Russian, Ukraine/Ukrainian, Russie/Russia: a long shared prefix."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 5 and n >= 0.7 * min(len(a), len(b))


def _unmatched_names(mine: ClaimFeatures, other: ClaimFeatures) -> list[str]:
    out = []
    for name in mine.names:
        if any(_same_name(name, theirs) for theirs in other.names):
            continue
        # "Inflation" opening one sentence is the word "inflation" inside the other.
        if name in other.tokens or t.stem(name, other.language) in other.stem_set:
            continue
        out.append(name)
    return out


def _order(names: tuple[str, ...], shared: list[str]) -> list[str]:
    return [n for n in names if n in shared]


def score_pair(a: ClaimFeatures, b: ClaimFeatures) -> MatchScore:
    reasons: list[str] = []
    trigram = t.trigram_similarity(a.normalized, b.normalized)
    common = a.stem_set & b.stem_set
    if a.stem_set and b.stem_set:
        dice = 2 * len(common) / (len(a.stem_set) + len(b.stem_set))
        containment = len(common) / min(len(a.stem_set), len(b.stem_set))
        lexical = (dice + containment) / 2
    else:
        lexical = trigram
    score = TRIGRAM_WEIGHT * trigram + LEXICAL_WEIGHT * lexical

    if a.negated != b.negated:
        score *= HARD
        reasons.append("negation differs")
    a_dir = {"UP", "DOWN"} & a.stem_set
    b_dir = {"UP", "DOWN"} & b.stem_set
    if a_dir and b_dir and not (a_dir & b_dir):
        score *= HARD
        reasons.append("direction of change differs")
    if a.numbers and b.numbers and (a.numbers - b.numbers) and (b.numbers - a.numbers):
        score *= HARD
        reasons.append("numbers differ")
    elif a.numbers != b.numbers:
        score *= ONE_SIDED_NUMBER
        reasons.append("one side states more numbers")
    a_extra, b_extra = _unmatched_names(a, b), _unmatched_names(b, a)
    if a_extra and b_extra:
        score *= ENTITY_SWAP
        reasons.append(f"entities differ ({', '.join(a_extra)} / {', '.join(b_extra)})")
    if a.speaker and b.speaker and a.speaker != b.speaker:
        score *= SPEAKER_DIFFERS
        reasons.append("speakers differ")
    shared = [n for n in a.roles if n in b.roles]
    if (
        len(shared) >= 2
        and _order(a.roles, shared) != _order(b.roles, shared)
        and not (a.passive or b.passive)
    ):
        score *= ROLE_SWAP
        reasons.append("subject and object swapped")
    if (a.stem_set - b.stem_set) and (b.stem_set - a.stem_set):
        score *= SUBSTITUTION
        reasons.append("different words on both sides")
    return MatchScore(round(score, 4), round(trigram, 4), round(lexical, 4), tuple(reasons))


def score_texts(a: str, b: str, *, language: str) -> MatchScore:
    """A bare pair of sentences (the evaluation's unit)."""
    return score_pair(
        claim_features(text=a, language=language), claim_features(text=b, language=language)
    )
