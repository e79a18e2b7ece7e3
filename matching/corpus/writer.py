"""Writes the synthetic corpus: articles, claims, appearances and match signatures, in
batches through COPY (psycopg's `cursor.copy`) with ids reserved from each table's sequence
up front, so a million claims take minutes.

Claims come with the status mix of a working desk (new, queued, published with a verdict,
dismissed). About one slot in ten repeats a claim already written, as another appearance in
another article. Each claim's match signatures (matching.signatures) are written with it,
in the same transaction. The same seed gives the same claims.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import secrets
from dataclasses import dataclass
from typing import Any, NamedTuple

from django.db import connection, transaction
from django.utils import timezone

from claims.models import ClaimStatus, Verdict
from core.errors import DomainError
from core.text import fold_spaces
from matching.corpus.statements import synthetic_statement
from matching.signatures import claim_signatures
from sources.models import Source

MAX_CLAIMS = 5_000_000
CLAIMS_PER_ARTICLE = 5
REPEAT_RATE = 0.1
# Articles arrive about once a minute (each at a random moment of its own minute, the last
# one before now), and an article's claims are written a few milliseconds apart, so
# creation times are distinct and grow with ids, as a desk's would be. One timestamp per
# batch made 25,000 claims tie on created_at, which turned every cursor page of the list
# into an offset into the ties.
ARTICLE_GAP = dt.timedelta(seconds=60)
CLAIM_GAP = dt.timedelta(milliseconds=7)

_STATUSES = [
    (ClaimStatus.NEW, 0.40),
    (ClaimStatus.QUEUED, 0.25),
    (ClaimStatus.PUBLISHED, 0.20),
    (ClaimStatus.DISMISSED, 0.15),
]
_VERDICTS = [v for v in Verdict.values if v != Verdict.UNVERIFIABLE]


# The rows COPY writes, a table each; the field names are the columns. Columns left out
# take their database default.
class _ArticleRow(NamedTuple):
    id: int
    source_id: int
    title: str
    language: str
    published_on: dt.date
    published_precision: str
    text: str
    content_hash: str
    extraction_state: str
    extraction_error: str
    extraction_attempts: int
    extraction_started_at: dt.datetime
    extracted_at: dt.datetime
    created_at: dt.datetime
    updated_at: dt.datetime
    author: str


class _ClaimRow(NamedTuple):
    id: int
    statement: str
    normalized: str
    language: str
    speaker: str
    kind: str
    check_worthiness: float
    quantities: str
    entities: str
    dates: str
    status: str
    verdict: str
    verdict_explanation: str
    dismissal_reason: str
    priority: float
    version: int
    queued_at: dt.datetime | None
    published_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime


class _SignatureRow(NamedTuple):
    claim_id: int
    signature: int


class _AppearanceRow(NamedTuple):
    claim_id: int
    article_id: int
    start: int
    end: int
    sentence: str
    is_quote: bool
    speaker_as_written: str
    created_at: dt.datetime


@dataclass(frozen=True)
class CorpusOutcome:
    articles: int
    claims: int
    appearances: int
    seconds: float


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
        batch = _Batch(rng, n, run, articles_written, start)
        with transaction.atomic(), connection.cursor() as cursor:
            batch.write(cursor, sources)
        articles_written += len(batch.articles)
        appearances_written += len(batch.appearances)
        written += n
    return CorpusOutcome(
        articles_written, claims, appearances_written, (timezone.now() - started).total_seconds()
    )


class _Batch:
    """The articles, claims and appearances of one batch. Article number k of the run is
    created within [start + k gaps, + 1 gap)."""

    def __init__(
        self, rng: random.Random, n_claims: int, run: str, article_offset: int, start: dt.datetime
    ) -> None:
        self.rng, self.n_claims, self.run = rng, n_claims, run
        self.article_offset, self.start = article_offset, start
        self.articles: list[_ArticleRow] = []
        self.claims: list[_ClaimRow] = []
        self.appearances: list[_AppearanceRow] = []

    def write(self, cursor: Any, sources: list[int]) -> None:
        rng = self.rng
        first_claim = _reserve_ids(cursor, "claims_claim", self.n_claims)
        n_articles = max(1, -(-self.n_claims // CLAIMS_PER_ARTICLE))
        first_article = _reserve_ids(cursor, "sources_article", n_articles)
        made: list[tuple[int, str, str, str]] = []  # (id, statement, lang, speaker)
        for i in range(n_articles):
            lang = "fr" if rng.random() < 0.55 else "en"
            number = self.article_offset + i
            # When this article, and then each of its claims, was written.
            clock = self.start + ARTICLE_GAP * (number + rng.random() / 2)
            published = dt.date(2024, 1, 1) - dt.timedelta(days=rng.randint(0, 3000))
            article = _Article(first_article + i, f"Ref. {self.run}-{number}. ", clock)
            last = i == n_articles - 1
            slots = CLAIMS_PER_ARTICLE if not last else self.n_claims - len(self.claims)
            for _slot in range(slots):
                article.now += CLAIM_GAP
                same_lang = [m for m in made[-200:] if m[2] == lang]
                if same_lang and rng.random() < REPEAT_RATE:
                    claim_id, statement, _lang, speaker = rng.choice(same_lang)
                elif len(self.claims) < self.n_claims:
                    claim_id, statement, speaker = self._new_claim(first_claim, lang, article.now)
                    made.append((claim_id, statement, lang, speaker))
                else:
                    continue
                self.appearances.append(article.say(claim_id, statement, speaker))
            while last and len(self.claims) < self.n_claims:  # top up the last article
                article.now += CLAIM_GAP
                claim_id, statement, speaker = self._new_claim(first_claim, lang, article.now)
                self.appearances.append(article.say(claim_id, statement, speaker))
            text = article.text()
            self.articles.append(
                _ArticleRow(
                    id=article.id,
                    source_id=rng.choice(sources),
                    title=f"Synthetic article {number}",
                    language=lang,
                    published_on=published,
                    published_precision="day",
                    text=text,
                    content_hash=hashlib.sha256(fold_spaces(text).encode()).hexdigest(),
                    extraction_state="done",
                    extraction_error="",
                    extraction_attempts=1,
                    extraction_started_at=clock,
                    extracted_at=clock,
                    created_at=clock,
                    updated_at=clock,
                    author="",
                )
            )
        signatures = [
            _SignatureRow(row.id, signature)
            for row in self.claims
            for signature in claim_signatures(row.normalized, row.language)
        ]
        for rows in (self.articles, self.claims, signatures, self.appearances):
            _copy(cursor, rows)

    def _new_claim(self, first_claim: int, lang: str, now: dt.datetime) -> tuple[int, str, str]:
        statement, speaker = synthetic_statement(self.rng, lang)
        claim_id = first_claim + len(self.claims)
        self.claims.append(_claim_row(self.rng, claim_id, statement, lang, speaker, now))
        return claim_id, statement, speaker


class _Article:
    """An article's text as its claims are said in it, one sentence each."""

    def __init__(self, article_id: int, header: str, clock: dt.datetime) -> None:
        self.id, self.now = article_id, clock
        self.parts = [header]
        self.offset = len(header)

    def say(self, claim_id: int, statement: str, speaker: str) -> _AppearanceRow:
        sentence = statement + "."
        start = self.offset
        self.parts.append(sentence + " ")
        self.offset += len(sentence) + 1
        return _AppearanceRow(
            claim_id, self.id, start, start + len(statement), sentence, False, speaker, self.now
        )

    def text(self) -> str:
        return "".join(self.parts).rstrip()


def _claim_row(
    rng: random.Random, claim_id: int, statement: str, lang: str, speaker: str, now: dt.datetime
) -> _ClaimRow:
    statuses, weights = zip(*_STATUSES, strict=True)
    status = rng.choices(statuses, weights)[0]
    worthiness = round(rng.random(), 3)
    published = status == ClaimStatus.PUBLISHED
    verdict = rng.choice(_VERDICTS) if published else ""
    return _ClaimRow(
        id=claim_id,
        statement=statement,
        normalized=fold_spaces(statement),
        language=lang,
        speaker=speaker,
        kind="statistic",
        check_worthiness=worthiness,
        quantities="[]",
        entities="[]",
        dates="[]",
        status=status,
        verdict=verdict,
        verdict_explanation="Synthetic verdict." if published else "",
        dismissal_reason="not_check_worthy" if status == ClaimStatus.DISMISSED else "",
        priority=round(worthiness * 0.6 + rng.random() * 0.4, 6),
        version=1,
        queued_at=now if status != ClaimStatus.NEW else None,
        published_at=now if published else None,
        created_at=now,
        updated_at=now,
    )


def _reserve_ids(cursor: Any, table: str, count: int) -> int:
    """First of `count` consecutive ids taken from the table's sequence."""
    cursor.execute(
        "SELECT setval(pg_get_serial_sequence(%s, 'id'), nextval(pg_get_serial_sequence(%s, "
        "'id')) + %s - 1)",
        [table, table, count],
    )
    return cursor.fetchone()[0] - count + 1


_TABLES = {
    _ArticleRow: "sources_article",
    _ClaimRow: "claims_claim",
    _SignatureRow: "matching_claimsignature",
    _AppearanceRow: "claims_appearance",
}


def _copy(cursor: Any, rows: list[Any]) -> None:
    if not rows:
        return
    row_type = type(rows[0])
    columns = ", ".join(f'"{c}"' for c in row_type._fields)
    with cursor.copy(f"COPY {_TABLES[row_type]} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
