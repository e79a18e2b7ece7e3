"""Duplicate suggestions awaiting a reviewer, and the record of automatic matches."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Greatest, Least
from django.utils.translation import gettext_lazy as _
from pgvector.django import HnswIndex, VectorField

from matching.embedding import EMBEDDING_DIMENSIONS


class SuggestionStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    CONFIRMED = "confirmed", _("Confirmed")
    REJECTED = "rejected", _("Rejected")


class DuplicateSuggestion(models.Model):
    """`claim` may state the same thing as `candidate`; a reviewer decides.

    A rejected row stays forever: it is how the matcher remembers never to suggest the
    pair again (in either direction, hence the unique constraint on the unordered pair).
    """

    Status = SuggestionStatus

    claim = models.ForeignKey(
        "claims.Claim",
        on_delete=models.CASCADE,
        related_name="duplicate_suggestions",
        verbose_name=_("claim"),
    )
    candidate = models.ForeignKey(
        "claims.Claim",
        on_delete=models.CASCADE,
        related_name="suggested_as_original",
        verbose_name=_("possible original"),
    )
    score = models.FloatField(_("score"))
    reasons = models.JSONField(_("disagreements found"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status, default=Status.PENDING, db_index=True
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "id"]
        verbose_name = _("duplicate suggestion")
        verbose_name_plural = _("duplicate suggestions")
        constraints = [
            models.UniqueConstraint(
                Least("claim", "candidate"),
                Greatest("claim", "candidate"),
                name="duplicatesuggestion_unique_pair",
            ),
            models.CheckConstraint(
                condition=~Q(claim=F("candidate")), name="duplicatesuggestion_not_self"
            ),
            models.CheckConstraint(
                condition=Q(score__gte=0.0, score__lte=1.0), name="duplicatesuggestion_score_0_1"
            ),
            models.CheckConstraint(
                condition=Q(status__in=SuggestionStatus.values),
                name="duplicatesuggestion_status_known",
            ),
            # Decided exactly when no longer pending.
            models.CheckConstraint(
                condition=(
                    Q(status=SuggestionStatus.PENDING, decided_at__isnull=True)
                    | (~Q(status=SuggestionStatus.PENDING) & Q(decided_at__isnull=False))
                ),
                name="duplicatesuggestion_decided_when_not_pending",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.claim_id} ~ {self.candidate_id} ({self.score:.2f}, {self.status})"


class MatchedAppearance(models.Model):
    """An appearance attached to an existing claim whose wording differs from what the
    extractor wrote for this span. Keeps the extracted wording, so that a rerun recognises
    the span as done (extraction is idempotent per span and normalised text) and a split
    can give the appearance back its own statement."""

    appearance = models.OneToOneField(
        "claims.Appearance", on_delete=models.CASCADE, related_name="match"
    )
    statement = models.TextField(_("extracted statement"))
    normalized = models.TextField(_("extracted normalised text"))
    score = models.FloatField(_("score"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("matched appearance")
        verbose_name_plural = _("matched appearances")
        constraints = [
            models.CheckConstraint(
                condition=Q(score__gte=0.0, score__lte=1.0), name="matchedappearance_score_0_1"
            ),
        ]

    def __str__(self) -> str:
        return f"appearance {self.appearance_id} ({self.score:.2f})"


class ClaimSignature(models.Model):
    """One match signature of a claim (see matching.signatures): the candidate search
    reads these through the primary key's btree (signature, claim) instead of the claims.

    Written with the claim, in the same transaction (extraction, split, the corpus
    generator); `manage.py backfill_match_signatures` fills claims written without them."""

    pk = models.CompositePrimaryKey("signature", "claim")
    signature = models.BigIntegerField(_("signature"))
    # The claim_id index makes deleting a claim (CASCADE) and rewriting its rows cheap.
    claim = models.ForeignKey(
        "claims.Claim", on_delete=models.CASCADE, related_name="+", verbose_name=_("claim")
    )

    class Meta:
        verbose_name = _("claim signature")
        verbose_name_plural = _("claim signatures")

    def __str__(self) -> str:
        return f"{self.claim_id}: {self.signature}"


class ClaimEmbedding(models.Model):
    """A claim's sentence embedding (matching.embedding), for paraphrase and cross-lingual
    candidate search through an HNSW index (pgvector). Its own table, so that the claims
    table the API lists stays narrow (a 384-float vector is 1.5 KB a row).

    Written with the claim, in the same transaction; `manage.py backfill_claim_embeddings`
    fills claims written without one."""

    claim = models.OneToOneField(
        "claims.Claim",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="embedding",
        verbose_name=_("claim"),
    )
    embedding = VectorField(_("embedding"), dimensions=EMBEDDING_DIMENSIONS)
    model = models.CharField(_("model"), max_length=60)

    class Meta:
        verbose_name = _("claim embedding")
        verbose_name_plural = _("claim embeddings")
        indexes = [
            # Vectors are normalised: cosine distance orders like inner product; HNSW's
            # defaults (m 16, ef_construction 64) measured in benchmarks/matching.py.
            HnswIndex(
                name="claimembedding_hnsw",
                fields=["embedding"],
                m=16,
                ef_construction=64,
                opclasses=["vector_cosine_ops"],
            ),
        ]

    def __str__(self) -> str:
        return f"embedding of claim {self.claim_id}"
