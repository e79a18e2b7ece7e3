"""Synthetic articles, claims and appearances in bulk, for benchmarks and demos.

Rows go in through COPY (psycopg's `cursor.copy`) with ids reserved from each table's
sequence up front, so a million claims take minutes. Claims are built from templates with
varied subjects, numbers, places, speakers and years, in French and English, with the
status mix of a working desk (new, queued, published with a verdict, dismissed). About
one slot in ten repeats a claim already written, as another appearance in another article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import secrets
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from claims.models import ClaimStatus, Verdict
from core.errors import DomainError
from core.text import fold_spaces
from sources.models import Source

MAX_CLAIMS = 5_000_000
CLAIMS_PER_ARTICLE = 5
REPEAT_RATE = 0.1

_FR = {
    "speakers": "Emmanuel Macron|Élisabeth Borne|Bruno Le Maire|Marine Le Pen|Jean-Luc Mélenchon|"
    "Gabriel Attal|Olivier Véran|Gérald Darmanin|Anne Hidalgo|Valérie Pécresse|Fabien Roussel|"
    "Yannick Jadot|Clément Beaune|Agnès Pannier-Runacher|Christophe Béchu|Jordan Bardella|"
    "Éric Ciotti|Rachida Dati|François Bayrou|Édouard Philippe",
    "subjects": "le chômage|l'inflation|la dette publique|le déficit|le prix de l'électricité|"
    "le prix du gaz|le nombre de médecins|les émissions de CO2|la production industrielle|"
    "le pouvoir d'achat|le nombre de logements construits|les dépenses de santé|le budget de "
    "la défense|le nombre de policiers|la consommation de tabac|les ventes de voitures "
    "électriques|le taux de pauvreté|les exportations agricoles|le nombre d'apprentis|la "
    "fréquentation des trains|le prix du blé|les faillites d'entreprises|le nombre de "
    "demandeurs d'asile|les recettes fiscales|la natalité|les salaires des enseignants",
    "places": "en France|en Bretagne|en Île-de-France|à Marseille|à Lyon|en Occitanie|dans les "
    "Hauts-de-France|en Nouvelle-Aquitaine|en Corse|outre-mer|en Alsace|à Lille|à Toulouse|"
    "dans la zone euro|en Europe|en Allemagne|en Italie|en Espagne",
    "groups": "chez les jeunes|chez les retraités|dans l'industrie|dans le bâtiment|chez les "
    "agriculteurs|dans les hôpitaux|dans les écoles|chez les femmes|dans les zones rurales|"
    "chez les cadres|dans la restauration|chez les étudiants|dans les banlieues|chez les "
    "artisans|dans le commerce|chez les seniors|dans la fonction publique|chez les ouvriers",
    "up": "a augmenté de|a progressé de|a bondi de|a grimpé de|est en hausse de",
    "down": "a baissé de|a reculé de|a chuté de|a diminué de|est en baisse de",
    "templates": [
        "{subject} {up} {n} % {place} depuis {year}",
        "{subject} {down} {n} % {place} en {year}",
        "selon {speaker}, {subject} {up} {n} % {place}",
        "{speaker} affirme que {subject} {down} {n} % depuis {year}",
        "{subject} atteint {big} millions d'euros {place} en {year}",
        "le gouvernement financera {k} postes supplémentaires {place} d'ici {year}",
        "{subject} n'a jamais été aussi élevé {place} depuis {year}",
        "{place}, {subject} a doublé en {n} ans",
        "{speaker} a promis {k} logements sociaux {place} avant {year}",
        "{subject} dépasse désormais {big} milliards d'euros",
        "{subject} n'a pas baissé {place} depuis {year}",
        "plus de {k} personnes sont concernées par {subject} {place}",
    ],
}
_EN = {
    "speakers": "Joe Biden|Donald Trump|Rishi Sunak|Keir Starmer|Kamala Harris|Jeremy Hunt|"
    "Nancy Pelosi|Ron DeSantis|Boris Johnson|Liz Truss|Gavin Newsom|Chuck Schumer|Rachel "
    "Reeves|Nikki Haley|Mitch McConnell|Justin Trudeau|Anthony Albanese|Jacinda Ardern",
    "subjects": "unemployment|inflation|the national debt|the budget deficit|electricity prices|"
    "gas prices|the number of nurses|carbon emissions|manufacturing output|household income|"
    "housing starts|health spending|the defence budget|the number of police officers|smoking "
    "rates|electric car sales|child poverty|farm exports|apprenticeship numbers|rail "
    "ridership|wheat prices|business insolvencies|asylum applications|tax receipts|the birth "
    "rate|teacher pay|violent crime|rent arrears",
    "places": "in Britain|in Scotland|in London|in Texas|in California|in Wales|in the "
    "Midlands|in Ohio|in Florida|across the US|in the eurozone|in Canada|in Australia|in "
    "New York|in the North East|in Chicago",
    "groups": "among young people|among pensioners|in manufacturing|in construction|among "
    "farmers|in hospitals|in schools|among women|in rural areas|among graduates|in hospitality|"
    "among students|in the suburbs|among small firms|in retail|among over-65s|in the public "
    "sector|among factory workers",
    "up": "rose by|increased by|jumped by|climbed by|grew by",
    "down": "fell by|dropped by|declined by|decreased by|shrank by",
    "templates": [
        "{subject} {up} {n} percent {place} since {year}",
        "{subject} {down} {n}% {place} in {year}",
        "according to {speaker}, {subject} {up} {n}% {place}",
        "{speaker} says {subject} {down} {n} percent since {year}",
        "{subject} reached {big} million dollars {place} in {year}",
        "the government will fund {k} extra posts {place} by {year}",
        "{subject} has never been higher {place} since {year}",
        "{place}, {subject} doubled in {n} years",
        "{speaker} promised {k} affordable homes {place} before {year}",
        "{subject} now exceeds {big} billion dollars",
        "{subject} has not fallen {place} since {year}",
        "more than {k} people are affected by {subject} {place}",
    ],
}
_VOCAB = {"fr": _FR, "en": _EN}
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


def _statement(rng: random.Random, lang: str) -> tuple[str, str]:
    v = _VOCAB[lang]
    speaker = rng.choice(v["speakers"].split("|"))
    text = rng.choice(v["templates"]).format(
        subject=rng.choice(v["subjects"].split("|")) + " " + rng.choice(v["groups"].split("|")),
        up=rng.choice(v["up"].split("|")),
        down=rng.choice(v["down"].split("|")),
        place=rng.choice(v["places"].split("|")),
        speaker=speaker,
        n=rng.randint(2, 60),
        k=f"{rng.randint(1, 900) * 100:,}".replace(",", " " if lang == "fr" else ","),
        big=rng.randint(2, 950),
        year=rng.randint(2005, 2024),
    )
    return text[0].upper() + text[1:], speaker if speaker in text else ""


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
    while written < claims:
        n = min(batch_claims, claims - written)
        a, c = _write_batch(rng, n, sources, run, articles_written)
        articles_written += a
        appearances_written += c
        written += n
    return CorpusOutcome(
        articles_written, claims, appearances_written, (timezone.now() - started).total_seconds()
    )


def _write_batch(
    rng: random.Random, n_claims: int, sources: list[int], run: str, article_offset: int
) -> tuple[int, int]:
    now = timezone.now()
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
            published = dt.date(2024, 1, 1) - dt.timedelta(days=rng.randint(0, 3000))
            parts: list[str] = []
            offset = 0
            header = f"Ref. {run}-{article_offset + i}. "
            parts.append(header)
            offset += len(header)
            slots = CLAIMS_PER_ARTICLE if i < n_articles - 1 else n_claims - next_claim
            for _slot in range(slots):
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
                    now,
                    now,
                    now,
                    now,
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
