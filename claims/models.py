"""Claims, where they appeared, and every change made to them."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.db.models.expressions import RawSQL
from django.utils.translation import gettext_lazy as _


class ClaimStatus(models.TextChoices):
    NEW = "new", _("New")
    QUEUED = "queued", _("Queued")
    IN_REVIEW = "in_review", _("In review")
    AWAITING_APPROVAL = "awaiting_approval", _("Awaiting approval")
    PUBLISHED = "published", _("Published")
    DISMISSED = "dismissed", _("Dismissed")


class Verdict(models.TextChoices):
    TRUE = "true", _("True")
    MOSTLY_TRUE = "mostly_true", _("Mostly true")
    MIXED = "mixed", _("Mixed")
    MOSTLY_FALSE = "mostly_false", _("Mostly false")
    FALSE = "false", _("False")
    MISLEADING = "misleading", _("Misleading")
    UNVERIFIABLE = "unverifiable", _("Unverifiable")


class ClaimKind(models.TextChoices):
    STATISTIC = "statistic", _("Statistic")
    QUOTE = "quote", _("Quote")
    EVENT = "event", _("Event")
    PREDICTION = "prediction", _("Prediction")
    OPINION = "opinion", _("Opinion")
    OTHER = "other", _("Other")


SEARCH_VECTOR_SQL = (
    "to_tsvector(CASE WHEN language = 'fr' THEN 'french'::regconfig "
    "ELSE 'english'::regconfig END, claims_unaccent(statement))"
)


class Claim(models.Model):
    """One checkable statement. Duplicates point at their canonical claim."""

    Status = ClaimStatus
    Verdict = Verdict
    Kind = ClaimKind

    statement = models.TextField(_("statement"))
    normalized = models.TextField(
        _("normalised text"), editable=False, help_text="Lower case, no accents, plain quotes"
    )
    language = models.CharField(_("language"), max_length=8, db_index=True)
    speaker = models.CharField(_("speaker"), max_length=200, blank=True)
    # The organisation the speaker speaks for, as the article names it ("l'OTAN").
    speaker_affiliation = models.CharField(
        _("speaker's organisation"), max_length=200, blank=True, default="", db_default=""
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind, default=Kind.OTHER)
    check_worthiness = models.FloatField(_("check-worthiness"), default=0.0)
    quantities = models.JSONField(_("quantities"), default=list, blank=True)
    entities = models.JSONField(_("entities"), default=list, blank=True)
    dates = models.JSONField(_("dates"), default=list, blank=True)
    # Full-text search in the claim's own language, accent-insensitive. Kept by PostgreSQL
    # itself (a stored generated column), so no code path can forget to update it.
    # claims_unaccent is an IMMUTABLE wrapper of unaccent (migration 0006), which
    # generated columns and indexes require.
    search_vector = models.GeneratedField(
        expression=RawSQL(SEARCH_VECTOR_SQL, []),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.NEW)
    verdict = models.CharField(_("verdict"), max_length=15, choices=Verdict, blank=True)
    verdict_explanation = models.TextField(_("verdict explanation"), blank=True)
    dismissal_reason = models.TextField(_("dismissal reason"), blank=True)
    canonical = models.ForeignKey(
        "self",
        # Deleting a canonical claim leaves its duplicates standing on their own.
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duplicates",
        verbose_name=_("canonical claim"),
    )
    priority = models.FloatField(_("priority"), default=0.0)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_claims",
        verbose_name=_("assignee"),
    )
    lease_expires_at = models.DateTimeField(_("lease expires"), null=True, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    queued_at = models.DateTimeField(_("queued at"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["-priority", "id"]
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        indexes = [
            # The queue: highest priority first among queued claims of a language.
            models.Index(
                F("language"),
                F("priority").desc(),
                F("id"),
                name="claim_queue_idx",
                condition=Q(status="queued"),
            ),
            models.Index(fields=["status", "-priority"], name="claim_status_priority_idx"),
            models.Index(fields=["assignee", "lease_expires_at"], name="claim_lease_idx"),
            models.Index(fields=["-created_at"], name="claim_created_idx"),
            # The API's default list, `?status=X` newest first: an index walk, not a sort.
            models.Index(fields=["status", "-created_at", "id"], name="claim_status_created_idx"),
            GinIndex(fields=["search_vector"], name="claim_search_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(check_worthiness__gte=0.0, check_worthiness__lte=1.0),
                name="claim_check_worthiness_0_1",
            ),
            models.CheckConstraint(
                condition=Q(status__in=ClaimStatus.values), name="claim_status_known"
            ),
            models.CheckConstraint(
                condition=Q(verdict="") | Q(verdict__in=Verdict.values),
                name="claim_verdict_known",
            ),
            models.CheckConstraint(condition=Q(kind__in=ClaimKind.values), name="claim_kind_known"),
            models.CheckConstraint(
                condition=~Q(status="published") | ~Q(verdict=""),
                name="claim_published_has_verdict",
            ),
            models.CheckConstraint(
                condition=Q(lease_expires_at__isnull=True) | Q(assignee__isnull=False),
                name="claim_lease_has_assignee",
            ),
            models.CheckConstraint(
                condition=~Q(canonical=F("id")), name="claim_not_its_own_canonical"
            ),
            models.CheckConstraint(condition=~Q(statement=""), name="claim_statement_not_empty"),
            models.CheckConstraint(condition=Q(version__gte=1), name="claim_version_positive"),
        ]

    def __str__(self) -> str:
        return self.statement[:120]


class Appearance(models.Model):
    """Where a claim was made: a span of an article's text."""

    claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="appearances", verbose_name=_("claim")
    )
    article = models.ForeignKey(
        "sources.Article",
        # The spans are the record of what was said; an article with claims stays.
        on_delete=models.PROTECT,
        related_name="appearances",
        verbose_name=_("article"),
    )
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    sentence = models.TextField(_("sentence"))
    is_quote = models.BooleanField(_("direct quote"), default=False)
    speaker_as_written = models.CharField(_("speaker as written"), max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article_id", "start"]
        verbose_name = _("appearance")
        verbose_name_plural = _("appearances")
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="appearance_span_ordered"),
            models.UniqueConstraint(
                fields=["claim", "article", "start", "end"], name="appearance_unique_span"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.claim_id} in article {self.article_id} [{self.start}:{self.end}]"


class ClaimChange(models.Model):
    """One field of one claim changed: who, when, from what, to what, and why."""

    claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="history", verbose_name=_("claim")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        # The history outlives accounts; a null actor is the system itself.
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    field = models.CharField(_("field"), max_length=50)
    before = models.JSONField(_("before"), null=True, blank=True)
    after = models.JSONField(_("after"), null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("claim change")
        verbose_name_plural = _("claim changes")
        indexes = [models.Index(fields=["claim", "at"], name="claimchange_claim_at_idx")]

    def __str__(self) -> str:
        return f"{self.field}: {self.before!r} → {self.after!r}"


def default_review_languages() -> list[str]:
    return ["fr", "en"]


class ReviewerProfile(models.Model):
    """What a reviewer works on: the queue only offers claims in their languages."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reviewer_profile",
        verbose_name=_("user"),
    )
    languages = ArrayField(
        models.CharField(max_length=2),
        verbose_name=_("review languages"),
        default=default_review_languages,
        help_text=_("Two-letter codes (ISO 639-1), e.g. fr, en"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("reviewer profile")
        verbose_name_plural = _("reviewer profiles")
        constraints = [
            models.CheckConstraint(
                condition=Q(languages__len__gte=1), name="reviewerprofile_has_language"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({', '.join(self.languages)})"
