"""Synthetic articles, claims and appearances in bulk, for benchmarks and demos.

Rows go in through COPY (psycopg's `cursor.copy`) with ids reserved from each table's
sequence up front, so a million claims take minutes. Claims are built from templates
filled from the word lists in `corpus_vocab` (thousands of speakers, organisations,
companies, subjects, places, groups; numbers in each language's own format; years,
months), drawn with a Zipf-like skew, in French and English, with the status mix of a
working desk (new, queued, published with a verdict, dismissed). About one slot in ten
repeats a claim already written, as another appearance in another article. Each claim's
match signatures (matching.signatures) are written with it, in the same transaction.
The same --seed gives the same claims.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import secrets
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from claims.models import ClaimStatus, Verdict
from core.errors import DomainError
from core.text import fold_spaces
from matching.services import corpus_vocab as vocab
from matching.signatures import claim_signatures
from sources.models import Source

MAX_CLAIMS = 5_000_000
CLAIMS_PER_ARTICLE = 5
REPEAT_RATE = 0.1
# Articles arrive about once a minute (each at a random moment of its own minute, the
# last one before now), and an article's claims are written a few milliseconds apart, so creation times are distinct and grow with ids, as a
# desk's would be. One timestamp per batch made 25,000 claims tie on created_at, which
# turned every cursor page of the list into an offset into the ties.
ARTICLE_GAP = dt.timedelta(seconds=60)
CLAIM_GAP = dt.timedelta(milliseconds=7)

_STATUSES = [
    (ClaimStatus.NEW, 0.40),
    (ClaimStatus.QUEUED, 0.25),
    (ClaimStatus.PUBLISHED, 0.20),
    (ClaimStatus.DISMISSED, 0.15),
]


@dataclass(frozen=True)
class CorpusOutcome:
    articles: int
    claims: int
    appearances: int
    seconds: float


def _reserve_ids(cursor: Any, table: str, count: int) -> int:
    """First of `count` consecutive ids taken from the table's sequence."""
    cursor.execute(
        "SELECT setval(pg_get_serial_sequence(%s, 'id'), nextval(pg_get_serial_sequence(%s, "
        "'id')) + %s - 1)",
        [table, table, count],
    )
    return cursor.fetchone()[0] - count + 1


class _Pool:
    """Draws with a Zipf-like skew (weight 1/rank): the first entries are common, the
    long tail rare, as in news text."""

    def __init__(self, items: list[str]) -> None:
        self.items = items
        total = 0.0
        self.cum: list[float] = []
        for rank in range(len(items)):
            total += 1.0 / (rank + 1)
            self.cum.append(total)

    def pick(self, rng: random.Random) -> str:
        return rng.choices(self.items, cum_weights=self.cum)[0]


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.split("|") if item.strip()]


def _shuffled(items: list[str], key: str) -> list[str]:
    # A fixed order (independent of --seed) so "common" means the same in every corpus.
    random.Random(key).shuffle(items)
    return items


_BARE = re.compile(r"^(?:du |de la |de l'|des |de |d'|of )")
_ARTICLE = re.compile(r"^(?:le |la |les |l'|the )")


@lru_cache(maxsize=2)
def _pools(lang: str) -> dict[str, Any]:
    v = vocab.FR if lang == "fr" else vocab.EN
    lists = {name: _split(value) for name, value in v.items()}
    speakers = [f"{f} {last}" for f in lists["first"] for last in lists["last"]]
    brand_names = [a + b for a in lists["brand_a"] for b in lists["brand_b"]]
    brands = [f"{kind} {name}" for name in brand_names for kind in lists["brand_kind"]]
    orgs = [f"{kind} {field}" for kind in lists["org_kind"] for field in lists["org_field"]]
    subjects = [f"{m} {thing}" for m in lists["measure"] for thing in lists["thing"]]
    pools = {
        "speaker": _Pool(_shuffled(speakers, f"{lang}-speakers")),
        "brand": _Pool(_shuffled(brands, f"{lang}-brands")),
        "org": _Pool(_shuffled(orgs, f"{lang}-orgs")),
        "subject": _Pool(_shuffled(subjects, f"{lang}-subjects")),
        "measure_bare": _Pool([_ARTICLE.sub("", m) for m in lists["measure"]]),
        "thing_bare": _Pool([_BARE.sub("", t) for t in lists["thing"]]),
    }
    for name in ("place", "group", "portfolio", "up", "down", "unit", "month"):
        pools[name] = _Pool(lists[name])
    pools["templates"] = vocab.FR_TEMPLATES if lang == "fr" else vocab.EN_TEMPLATES
    return pools


def _int(value: int, lang: str) -> str:
    return f"{value:,}".replace(",", "\u202f" if lang == "fr" else ",")


def _decimal(value: float, lang: str) -> str:
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if lang == "fr" else text


def _numbers(rng: random.Random, lang: str) -> dict[str, str]:
    pct = rng.choice([rng.randint(1, 90), round(rng.uniform(0.1, 60), 1)])
    if lang == "fr":
        pct_text = f"{_decimal(pct, lang)} %"
        big = rng.choice(
            [f"{rng.randint(2, 950)} millions", f"{_decimal(rng.uniform(1, 90), lang)} milliards"]
        )
        money = f"{big} d'euros"
    else:
        pct_text = rng.choice([f"{_decimal(pct, lang)}%", f"{_decimal(pct, lang)} percent"])
        big = rng.choice(
            [f"{rng.randint(2, 950)} million", f"{_decimal(rng.uniform(1, 90), lang)} billion"]
        )
        money = rng.choice([f"{big} dollars", f"£{big}", f"${big}"])
    year = rng.randint(1990, 2024)
    return {
        "pct": pct_text,
        "pct_bare": pct_text,
        "money": money,
        "k": _int(int(10 ** rng.uniform(1, 5.7)), lang),
        "n": str(rng.randint(2, 60)),
        "n2": str(rng.randint(2, 30)),
        "year": str(year),
        "year2": str(min(2024, year + rng.randint(1, 15))),
    }


def _statement(rng: random.Random, lang: str) -> tuple[str, str]:
    """One synthetic claim and its speaker ("" when the text names none)."""
    pools = _pools(lang)
    template = rng.choice(pools["templates"])
    fields = _numbers(rng, lang)
    for name in _FIELDS.findall(template):
        if name not in fields:
            fields[name] = pools[name].pick(rng)
    text = template.format(**fields)
    speaker = fields.get("speaker", "")
    return text[0].upper() + text[1:], speaker


_FIELDS = re.compile(r"{(\w+)}")


def corpus_generate(*, claims: int, seed: int = 0, batch_claims: int = 100_000) -> CorpusOutcome:
    """Write `claims` synthetic claims (and their articles and appearances)."""
    if isinstance(claims, bool) or not isinstance(claims, int) or not 1 <= claims <= MAX_CLAIMS:
        raise DomainError(
            f"The number of claims must be a whole number from 1 to {MAX_CLAIMS:,}; got {claims!r}.",
            field="claims",
        )
    started = timezone.now()
    rng = random.Random(seed)
    run = secrets.token_hex(4)  # content hashes must stay unique across runs
    sources = [
        Source.objects.get_or_create(
            name=f"Synthetic outlet {i}",
            defaults={"domain": f"synthetic{i}.example", "language": "fr" if i % 2 else "en"},
        )[0].pk
        for i in range(8)
    ]
    written = articles_written = appearances_written = 0
    # Start far enough back that the last article arrives just before now.
    start = timezone.now() - ARTICLE_GAP * -(-claims // CLAIMS_PER_ARTICLE)
    while written < claims:
        n = min(batch_claims, claims - written)
        a, c = _write_batch(rng, n, sources, run, articles_written, start)
        articles_written += a
        appearances_written += c
        written += n
    return CorpusOutcome(
        articles_written, claims, appearances_written, (timezone.now() - started).total_seconds()
    )


def _write_batch(
    rng: random.Random,
    n_claims: int,
    sources: list[int],
    run: str,
    article_offset: int,
    start: dt.datetime,
) -> tuple[int, int]:
    """Articles, claims and appearances of one batch; returns the counts of articles and
    appearances. Article number k of the run is created within [start + k gaps, + 1 gap)."""
    verdicts = [v for v in Verdict.values if v != Verdict.UNVERIFIABLE]
    statuses, weights = zip(*_STATUSES, strict=True)
    claim_rows: list[tuple[Any, ...]] = []
    article_rows: list[tuple[Any, ...]] = []
    appearance_rows: list[tuple[Any, ...]] = []
    n_articles = max(1, -(-n_claims // CLAIMS_PER_ARTICLE))
    with transaction.atomic(), connection.cursor() as cursor:
        first_claim = _reserve_ids(cursor, "claims_claim", n_claims)
        first_article = _reserve_ids(cursor, "sources_article", n_articles)
        made: list[tuple[int, str, str, str]] = []  # (id, statement, lang, speaker)
        next_claim = 0
        for i in range(n_articles):
            lang = "fr" if rng.random() < 0.55 else "en"
            article_id = first_article + i
            # When this article, and then each of its claims, was written.
            clock = start + ARTICLE_GAP * (article_offset + i + rng.random() / 2)
            now = clock
            published = dt.date(2024, 1, 1) - dt.timedelta(days=rng.randint(0, 3000))
            parts: list[str] = []
            offset = 0
            header = f"Ref. {run}-{article_offset + i}. "
            parts.append(header)
            offset += len(header)
            slots = CLAIMS_PER_ARTICLE if i < n_articles - 1 else n_claims - next_claim
            for _slot in range(slots):
                now += CLAIM_GAP
                same_lang = [m for m in made[-200:] if m[2] == lang]
                if same_lang and rng.random() < REPEAT_RATE:
                    claim_id, statement, _lang, speaker = rng.choice(same_lang)
                elif next_claim < n_claims:
                    statement, speaker = _statement(rng, lang)
                    claim_id = first_claim + next_claim
                    next_claim += 1
                    made.append((claim_id, statement, lang, speaker))
                    claim_rows.append(
                        _claim_row(
                            rng,
                            claim_id,
                            statement,
                            lang,
                            speaker,
                            statuses,
                            weights,
                            verdicts,
                            now,
                        )
                    )
                else:
                    continue
                sentence = statement + "."
                appearance_rows.append(
                    (
                        claim_id,
                        article_id,
                        offset,
                        offset + len(statement),
                        sentence,
                        False,
                        speaker,
                        now,
                    )
                )
                parts.append(sentence + " ")
                offset += len(sentence) + 1
            while i == n_articles - 1 and next_claim < n_claims:  # top up the last article
                now += CLAIM_GAP
                statement, speaker = _statement(rng, lang)
                claim_id = first_claim + next_claim
                next_claim += 1
                claim_rows.append(
                    _claim_row(
                        rng, claim_id, statement, lang, speaker, statuses, weights, verdicts, now
                    )
                )
                appearance_rows.append(
                    (
                        claim_id,
                        article_id,
                        offset,
                        offset + len(statement),
                        statement + ".",
                        False,
                        speaker,
                        now,
                    )
                )
                parts.append(statement + ". ")
                offset += len(statement) + 2
            text = "".join(parts).rstrip()
            article_rows.append(
                (
                    article_id,
                    rng.choice(sources),
                    f"Synthetic article {article_offset + i}",
                    lang,
                    published,
                    "day",
                    text,
                    hashlib.sha256(fold_spaces(text).encode()).hexdigest(),
                    "done",
                    "",
                    1,
                    clock,
                    clock,
                    clock,
                    clock,
                    "",
                )
            )
        _copy(
            cursor,
            "sources_article",
            (
                "id",
                "source_id",
                "title",
                "language",
                "published_on",
                "published_precision",
                "text",
                "content_hash",
                "extraction_state",
                "extraction_error",
                "extraction_attempts",
                "extraction_started_at",
                "extracted_at",
                "created_at",
                "updated_at",
                "author",
            ),
            article_rows,
        )
        _copy(
            cursor,
            "claims_claim",
            (
                "id",
                "statement",
                "normalized",
                "language",
                "speaker",
                "kind",
                "check_worthiness",
                "quantities",
                "entities",
                "dates",
                "status",
                "verdict",
                "verdict_explanation",
                "dismissal_reason",
                "priority",
                "version",
                "queued_at",
                "published_at",
                "created_at",
                "updated_at",
            ),
            claim_rows,
        )
        _copy(
            cursor,
            "matching_claimsignature",
            ("claim_id", "signature"),
            [
                (row[0], signature)
                for row in claim_rows
                for signature in claim_signatures(row[2], row[3])
            ],
        )
        _copy(
            cursor,
            "claims_appearance",
            (
                "claim_id",
                "article_id",
                "start",
                "end",
                "sentence",
                "is_quote",
                "speaker_as_written",
                "created_at",
            ),
            appearance_rows,
        )
    return len(article_rows), len(appearance_rows)


def _claim_row(rng, claim_id, statement, lang, speaker, statuses, weights, verdicts, now):
    status = rng.choices(statuses, weights)[0]
    worthiness = round(rng.random(), 3)
    published = status == ClaimStatus.PUBLISHED
    return (
        claim_id,
        statement,
        fold_spaces(statement),
        lang,
        speaker,
        "statistic",
        worthiness,
        "[]",
        "[]",
        "[]",
        status,
        rng.choice(verdicts) if published else "",
        "Synthetic verdict." if published else "",
        "not_check_worthy" if status == ClaimStatus.DISMISSED else "",
        round(worthiness * 0.6 + rng.random() * 0.4, 6),
        1,
        now if status != ClaimStatus.NEW else None,
        now if published else None,
        now,
        now,
    )


def _copy(cursor: Any, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    quoted = ", ".join(f'"{c}"' for c in columns)
    with cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


__all__ = ["MAX_CLAIMS", "CorpusOutcome", "corpus_generate"]
