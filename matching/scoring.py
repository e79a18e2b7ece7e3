"""The one scoring function for "do these two claims state the same thing?".

Production (extraction, via matching.services) and `manage.py evaluate_matching` both call
`score_pair` on `claim_features(...)`; nothing else decides. The score starts from the
better of two resemblances: how much the two texts share (pg_trgm similarity of the
normalised text and overlap of the meaning-carrying word stems; same language only) and how
near their sentence embeddings are (any language, matching.embedding). It is then cut down
by each disagreement that makes two near-identical sentences different claims, read in a
language-neutral form (matching.facts): a negation, a direction of change, a number, a date,
a named entity, a speaker, a swapped subject and object.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from core.text import fold_spaces
from matching import text as t
from matching.aliases import ALIAS_KEYS, TITLE_WORDS, alias_key
from matching.attached import Attached, attached_figures, figures_swapped
from matching.crosslingual import Unit, compare, units
from matching.embedding import cosine, embed_texts
from matching.facts import claim_facts
from matching.inplace import exchanged, substituted
from matching.negation import is_negated
from matching.opposites import opposed_meanings
from matching.roles import is_passive, roles_swapped

TRIGRAM_WEIGHT = 0.3
LEXICAL_WEIGHT = 0.7
# Multipliers: a hard disagreement must push even identical wording below the suggestion
# threshold; a soft one ("one side says more") only keeps it from an automatic merge.
HARD = 0.3
ENTITY_SWAP = 0.4
UNKNOWN_NAMES_ACROSS = 0.7
SPEAKER_DIFFERS = 0.4
ROLE_SWAP = 0.5
SUBSTITUTION = 0.85
ONE_SIDED_NUMBER = 0.85
ONE_SIDED_DATE = 0.9
# A word replaced in place by one not known to mean the same: at most a suggestion, even in
# a long sentence whose other words all agree.
IN_PLACE = 0.85
# Embedding cosine -> resemblance: e5's cosines crowd between 0.8 (unrelated news
# sentences) and 1.0; below COSINE_FLOOR nothing, at COSINE_FULL or above full.
COSINE_FLOOR = 0.84
SEMANTIC_CEILING = 0.95
MIN_SUBSTANCE_FOR_SEMANTIC = 4
LEXICAL_SUPPORT = 0.4
COSINE_FULL = 0.95
# A translation sits at cosine 0.90-0.93, among same-topic pairs that say other things; when
# both sides state the same specific figures (matching.facts, language-neutral) and the same
# dates, that is what a translation keeps and another claim on the subject rarely does.
ANCHOR_COSINE = 0.90
ANCHORED = 0.82
# Translations without such figures: when the bilingual lexicon (matching.crosslingual)
# accounts for nearly all the content words of both sides, the words anchor them as the
# figures do; a known word standing where the other side has another word of its field
# ("exports" / "importations") is a word replaced, as within one language.
WORDS_COSINE = 0.88
WORDS_COVERED = 0.75
WORDED_ACROSS = 0.82
REPLACED_ACROSS = 0.6
_HYPHENATED_NAME = re.compile(r"\b[A-ZÀ-Ý]\w*(?:-\w+)+")


@dataclass(frozen=True, slots=True)
class ClaimFeatures:
    normalized: str
    language: str
    stems: tuple[str, ...]
    stem_set: frozenset[str]
    tokens: frozenset[str]
    sequence: tuple[str, ...]  # the folded words in order
    negated: bool
    numbers: frozenset[float]
    dates: frozenset[str]
    names: tuple[str, ...]  # in order of appearance: alias keys, else folded
    initials: frozenset[str]  # of runs of capitalised words: "tess", "usda"
    roles: tuple[str, ...]  # names not next to a reporting word ("Stoltenberg said")
    possessives: frozenset[str]  # names before "'s" ("France's index")
    speaker: str  # folded surname, "" when unknown
    passive: bool
    embedding: tuple[float, ...] | None
    attached: Attached | None = None  # each figure's year and noun (matching.attached)
    units: tuple[Unit, ...] = ()  # content words with their bilingual concepts


@dataclass(frozen=True, slots=True)
class MatchScore:
    score: float
    trigram: float
    lexical: float
    reasons: tuple[str, ...]
    semantic: float = 0.0  # the embeddings' cosine, 0 when either side has none


def claim_features(
    *,
    text: str,
    language: str,
    speaker: str = "",
    entities: Iterable[dict[str, Any]] = (),
    embedding: Iterable[float] | None = None,
) -> ClaimFeatures:
    lang = t.lang_key(language)
    tokens = t.words(text, lang)
    stems = t.content_stems(tokens, lang)
    normalized = fold_spaces(text)
    facts = claim_facts(text, lang)
    names = list(facts.names)
    # The extractor's entities come from the whole sentence; keep only those in the claim.
    for entity in entities or ():
        name = fold_spaces(str(entity.get("text", "")))
        if name and name in normalized and alias_key(name) not in names:
            names.extend(
                alias_key(part) or part
                for part in t.words(name, lang)
                if (alias_key(part) or part) not in names
            )
    ordered = tuple(dict.fromkeys(names))
    speaker_words = t.words(speaker or "", lang)
    return ClaimFeatures(
        normalized=normalized,
        language=lang,
        stems=tuple(stems),
        stem_set=frozenset(stems),
        tokens=frozenset(tokens),
        sequence=tuple(tokens),
        # "Pas-de-Calais" holds no "pas": names with hyphens are left out.
        negated=is_negated(t.words(_HYPHENATED_NAME.sub(" ", text), lang), lang),
        numbers=facts.numbers,
        dates=facts.dates,
        names=ordered,
        initials=facts.initials,
        roles=tuple(n for n in ordered if not _next_to_reporting(n, tokens, lang)),
        possessives=frozenset(n for n in ordered if _possessive(n, tokens, lang)),
        speaker=speaker_words[-1] if speaker_words else "",
        passive=is_passive(tokens, lang),
        embedding=tuple(embedding) if embedding is not None else None,
        attached=attached_figures(text, lang) if facts.numbers else None,
        units=units(tokens, lang, ordered),
    )


def _next_to_reporting(name: str, tokens: list[str], lang: str) -> bool:
    reporting = t.REPORTING[lang]
    for i, token in enumerate(tokens):
        if token == name and any(w in reporting for w in tokens[max(i - 2, 0) : i + 3]):
            return True
    return False


def _possessive(name: str, tokens: list[str], lang: str) -> bool:
    """ "France's index": a modifier, not the subject or the object."""
    return lang == "en" and any(
        token == name and tokens[i + 1 : i + 2] == ["s"] for i, token in enumerate(tokens)
    )


def _same_name(a: str, b: str) -> bool:
    """Russia/Russian, Ukraine/Ukrainian, Russie/Russia: a long shared prefix."""
    return t.shares_prefix(a, b, 5, 0.7)


def _unmatched_names(mine: ClaimFeatures, other: ClaimFeatures) -> list[str]:
    out = []
    across = mine.language != other.language
    for i, name in enumerate(mine.names):
        if any(_same_name(name, theirs) for theirs in other.names):
            continue
        # "TESS" / "Transiting Exoplanet Survey Satellite": the acronym of a run of names.
        if name in other.initials or (mine.initials & set(other.names)):
            continue
        # "Inflation" opening one sentence is the word "inflation" inside the other.
        if name in other.tokens or t.stem(name, other.language) in other.stem_set:
            continue
        # Across languages a capitalised first word is as often a common noun
        # ("Unemployment fell") as a name; only the alias table vouches for it.
        title_or_first = name in TITLE_WORDS or (i == 0 and name == _first_word(mine))
        if across and alias_key(name) is None and title_or_first:
            continue
        out.append(name)
    return out


def _first_word(features: ClaimFeatures) -> str:
    return features.normalized.split(" ", 1)[0].strip("\"'«“ ")


def _substance(features: ClaimFeatures) -> int:
    """How much a sentence says: its content words, numbers and dates."""
    return len(features.stem_set) + len(features.numbers) + len(features.dates)


def _significant_digits(value: float) -> int:
    """2200 -> 2, 11.5 -> 3, 0.9 -> 1, 7546 -> 4."""
    return len(f"{abs(value):f}".replace(".", "").strip("0"))


def anchored(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Both claims state the same figures and the same dates, and the figures say enough:
    two of at least two significant digits ("2 200 postes … 1 800"), or one of four or
    more ("7 546 personnes"). Days of the month do not count (a dated claim's small
    integers may be days), nor do years (they are dates)."""
    if not a.numbers or a.numbers != b.numbers or a.dates != b.dates:
        return False
    dated = any(d.startswith("M") for d in a.dates)
    digits = [
        _significant_digits(v) for v in a.numbers if not (dated and v.is_integer() and v <= 31)
    ]
    return sum(d >= 2 for d in digits) >= 2 or any(d >= 4 for d in digits)


def semantic_resemblance(cosine_value: float) -> float:
    """At most SEMANTIC_CEILING: only the same words make a sure 1.0. (A separate, lower
    scale for translations, whose cosines run 0.90-0.95, was tried: on the 83 cross-lingual
    development pairs it traded precision for recall one for one.)"""
    ratio = (cosine_value - COSINE_FLOOR) / (COSINE_FULL - COSINE_FLOOR)
    return SEMANTIC_CEILING * min(max(ratio, 0.0), 1.0)


def score_pair(
    a: ClaimFeatures, b: ClaimFeatures, *, cosine_value: float | None = None
) -> MatchScore:
    """`cosine_value`: the embeddings' cosine when the database computed it (the candidate
    search does), instead of the two features' own vectors."""
    reasons: list[str] = []
    same_language = a.language == b.language
    trigram = t.trigram_similarity(a.normalized, b.normalized) if same_language else 0.0
    common = a.stem_set & b.stem_set
    if not same_language:
        lexical = 0.0
    elif a.stem_set and b.stem_set:
        dice = 2 * len(common) / (len(a.stem_set) + len(b.stem_set))
        containment = len(common) / min(len(a.stem_set), len(b.stem_set))
        lexical = (dice + containment) / 2
    else:
        lexical = trigram
    worded = TRIGRAM_WEIGHT * trigram + LEXICAL_WEIGHT * lexical
    only_a, only_b = a.stem_set - b.stem_set, b.stem_set - a.stem_set
    if same_language and only_a and only_b:
        worded *= SUBSTITUTION
        reasons.append("different words on both sides")
    semantic = 0.0
    if cosine_value is not None:
        semantic = cosine_value
    elif a.embedding is not None and b.embedding is not None:
        semantic = cosine(a.embedding, b.embedding)
    # One or two words replaced in an otherwise identical sentence ("électricité" / "gaz",
    # "livré" / "promis") barely move an embedding, yet make another claim: unless the new
    # words are known to mean the same (matching.inplace), the wording alone decides and
    # the pair is at most a suggestion. Embeddings count where the sentences are reworded
    # beyond that.
    swapped = (
        same_language
        and bool(only_a and only_b)
        and substituted(a.sequence, b.sequence, a.language)
    )

    # A fragment ("Boutros-Ghali had access to") sits near every sentence naming the same
    # person: embeddings count only between sentences that say enough.
    short = min(_substance(a), _substance(b)) < MIN_SUBSTANCE_FOR_SEMANTIC
    meant = semantic_resemblance(semantic)
    if same_language:
        # In one language a paraphrase still shares some of its words; two claims of one
        # article about one subject ("l'OTAN n'avait vu aucun changement…" / "l'OTAN n'a pas
        # attribué la responsabilité…") share the subject and little else.
        meant *= min(1.0, LEXICAL_SUPPORT + lexical)
    elif semantic >= ANCHOR_COSINE and anchored(a, b):
        meant = max(meant, ANCHORED)
        reasons.append("same figures and dates across languages")
    across = None if same_language else compare(a.units, b.units)
    if (
        across is not None
        and not across.both_left
        and semantic >= WORDS_COSINE
        and min(across.covered_a, across.covered_b) >= WORDS_COVERED
    ):
        meant = max(meant, WORDED_ACROSS)
        reasons.append("same words across languages")
    if swapped:
        score = worded * IN_PLACE
        reasons.append("a word replaced in place")
    else:
        score = worded if short else max(worded, meant)

    if across is not None and across.replaced is not None:
        score *= REPLACED_ACROSS
        reasons.append("a word replaced across languages ({} / {})".format(*across.replaced))
    if a.negated != b.negated:
        score *= HARD
        reasons.append("negation differs")
    for opposed in opposed_meanings(a.sequence, a.language, b.sequence, b.language):
        score *= HARD
        reasons.append(f"{opposed} differs")
    for mine, theirs, name, one_sided, softer in (
        (a.numbers, b.numbers, "numbers differ", "one side states more numbers", ONE_SIDED_NUMBER),
        (a.dates, b.dates, "dates differ", "one side states more of the date", ONE_SIDED_DATE),
    ):
        if mine and theirs and (mine - theirs) and (theirs - mine):
            score *= HARD
            reasons.append(name)
        elif mine != theirs:
            score *= softer
            reasons.append(one_sided)
    # The same figures and years, paired otherwise: "102 millions en 2025 contre 100 en
    # 2024" / the reverse.
    if a.attached and b.attached and figures_swapped(a.attached, b.attached, same_language):
        score *= HARD
        reasons.append("figures paired differently")
    a_extra, b_extra = _unmatched_names(a, b), _unmatched_names(b, a)
    known = [n for n in a_extra + b_extra if alias_key(n) is not None or n in ALIAS_KEYS]
    if a_extra and b_extra and (same_language or known):
        score *= ENTITY_SWAP
        reasons.append(f"entities differ ({', '.join(a_extra)} / {', '.join(b_extra)})")
    elif a_extra and b_extra:
        # Across languages, names the alias table does not know may be one name translated
        # ("New Year's Eve" / "Saint-Sylvestre"): a reviewer decides, no automatic merge.
        score *= UNKNOWN_NAMES_ACROSS
        reasons.append(f"names not found in the other language ({', '.join(a_extra + b_extra)})")
    if a.speaker and b.speaker and a.speaker != b.speaker:
        score *= SPEAKER_DIFFERS
        reasons.append("speakers differ")
    if (not (a.passive or b.passive) and roles_swapped(a, b)) or (
        same_language and a.passive == b.passive and exchanged(a.sequence, b.sequence, a.language)
    ):
        score *= ROLE_SWAP
        reasons.append("subject and object swapped")
    return MatchScore(
        round(score, 4), round(trigram, 4), round(lexical, 4), tuple(reasons), round(semantic, 4)
    )


def score_texts(
    a: str, b: str, *, language: str, language_b: str | None = None, embeddings: bool = True
) -> MatchScore:
    """A bare pair of sentences (the evaluation's unit); `language_b` when they differ."""
    vectors: list[list[float] | None] = list(embed_texts([a, b])) if embeddings else [None, None]
    return score_pair(
        claim_features(text=a, language=language, embedding=vectors[0]),
        claim_features(text=b, language=language_b or language, embedding=vectors[1]),
    )


def score_candidate(mine: ClaimFeatures, candidate: Any) -> MatchScore:
    """`mine` against one row of the candidate search (matching.selectors.claim_candidates),
    with the embeddings' cosine the database computed for it."""
    theirs = claim_features(
        text=candidate.statement,
        language=candidate.language,
        speaker=candidate.speaker,
        entities=candidate.entities or (),
    )
    return score_pair(mine, theirs, cosine_value=candidate.cosine)
