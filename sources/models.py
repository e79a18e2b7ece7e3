"""Where claims come from (Source, Article) and what they are checked against (Evidence)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class SourceKind(models.TextChoices):
    NEWS_OUTLET = "news_outlet", _("News outlet")
    FACT_CHECKER = "fact_checker", _("Fact-checker")
    AGENCY = "agency", _("News agency")
    GOVERNMENT = "government", _("Government or public body")
    ORGANISATION = "organisation", _("Organisation")
    SOCIAL_MEDIA = "social_media", _("Social media")
    OTHER = "other", _("Other")


class SourceCredibility(models.TextChoices):
    UNRATED = "unrated", _("Unrated")
    RELIABLE = "reliable", _("Reliable")
    MIXED = "mixed", _("Mixed record")
    UNRELIABLE = "unreliable", _("Unreliable")
    SATIRE = "satire", _("Satire")


class Source(models.Model):
    """An outlet or organisation that publishes articles or makes claims."""

    Kind = SourceKind
    Credibility = SourceCredibility

    name = models.CharField(_("name"), max_length=200, unique=True)
    domain = models.CharField(_("domain"), max_length=253, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.NEWS_OUTLET)
    country = models.CharField(_("country"), max_length=2, blank=True, help_text="ISO 3166-1")
    language = models.CharField(_("language"), max_length=8, blank=True, help_text="ISO 639-1")
    credibility = models.CharField(
        _("credibility"), max_length=20, choices=Credibility, default=Credibility.UNRATED
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["domain"], condition=~Q(domain=""), name="source_domain_unique"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=SourceKind.values), name="source_kind_known"
            ),
            models.CheckConstraint(
                condition=Q(credibility__in=SourceCredibility.values),
                name="source_credibility_known",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class DatePrecision(models.TextChoices):
    YEAR = "year", _("Year")
    MONTH = "month", _("Month")
    DAY = "day", _("Day")


class ExtractionState(models.TextChoices):
    PENDING = "pending", _("Pending")
    FETCHING = "fetching", _("Fetching")
    EXTRACTING = "extracting", _("Extracting")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")
    UNSUPPORTED = "unsupported", _("Unsupported language")


class TextOrigin(models.TextChoices):
    SUPPLIED = "supplied", _("Supplied when ingested")
    FETCHED = "fetched", _("Fetched from its URL")


class Article(models.Model):
    """One article as ingested: its text is what every claim span points into."""

    ExtractionState = ExtractionState
    TextOrigin = TextOrigin

    source = models.ForeignKey(
        Source,
        # An outlet with articles is history: refuse to delete it rather than orphan them.
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("source"),
    )
    # NULL, not "", when absent: the unique constraint must allow many URL-less articles.
    url = models.URLField(_("canonical URL"), max_length=2000, null=True, blank=True)  # noqa: DJ001
    title = models.CharField(_("title"), max_length=500, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    published_on = models.DateField(
        _("published"), null=True, blank=True, help_text=_("First day of the known period")
    )
    published_precision = models.CharField(
        _("date precision"), max_length=5, choices=DatePrecision, blank=True
    )
    author = models.CharField(_("author"), max_length=200, blank=True)
    # Empty only while a URL article is being fetched (or its fetch failed, or it turned out
    # to duplicate another article): see the constraints below and docs/decisions.md.
    text = models.TextField(_("text"), blank=True)
    # Text given with a URL is kept as given, not checked against the page: this says so
    # (docs/decisions.md). Blank for articles stored before it was recorded, and while a URL
    # article has no text. db_default: rows inserted by raw SQL (matching's corpus
    # generator) need no value.
    text_origin = models.CharField(
        _("text origin"),
        max_length=8,
        choices=TextOrigin,
        blank=True,
        default="",
        db_default="",
        help_text=_("Whether the text was supplied by whoever ingested the article or fetched"),
    )
    # NULL exactly when the text is empty, so text-less URL articles do not collide.
    content_hash = models.CharField(  # noqa: DJ001
        _("content hash"), max_length=64, unique=True, null=True, editable=False
    )
    duplicate_of = models.ForeignKey(
        "self",
        # A duplicate pointer is history: the article it points to is never deleted anyway.
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="duplicates",
        verbose_name=_("duplicate of"),
        help_text=_("Fetched text was the same as this article's; its claims are there."),
    )
    extraction_state = models.CharField(
        _("extraction state"),
        max_length=12,
        choices=ExtractionState,
        default=ExtractionState.PENDING,
        db_index=True,
    )
    extraction_error = models.TextField(_("extraction error"), blank=True)
    extraction_attempts = models.PositiveIntegerField(default=0)
    extraction_started_at = models.DateTimeField(null=True, blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    ingested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=Q(url__isnull=False), name="article_url_unique"
            ),
            models.CheckConstraint(
                condition=Q(extraction_state__in=ExtractionState.values),
                name="article_extraction_state_known",
            ),
            models.CheckConstraint(
                condition=Q(text_origin__in=["", *TextOrigin.values]),
                name="article_text_origin_known",
            ),
            # A date and its precision come together or not at all.
            models.CheckConstraint(
                condition=(
                    Q(published_on__isnull=True, published_precision="")
                    | Q(
                        published_on__isnull=False,
                        published_precision__in=DatePrecision.values,
                    )
                ),
                name="article_published_precision_consistent",
            ),
            # Text may only be missing on a URL article that is not (yet, or ever) extracted.
            models.CheckConstraint(
                condition=(
                    ~Q(text="")
                    | Q(
                        url__isnull=False,
                        extraction_state__in=[ExtractionState.FETCHING, ExtractionState.FAILED],
                    )
                    | Q(url__isnull=False, duplicate_of__isnull=False)
                ),
                name="article_text_not_empty_unless_fetching",
            ),
            models.CheckConstraint(
                condition=Q(text="", content_hash__isnull=True)
                | (~Q(text="") & Q(content_hash__isnull=False)),
                name="article_content_hash_iff_text",
            ),
            models.CheckConstraint(
                condition=~Q(duplicate_of=models.F("id")), name="article_not_its_own_duplicate"
            ),
            models.CheckConstraint(
                condition=Q(content_hash__regex=r"^[0-9a-f]{64}$"),
                name="article_content_hash_sha256",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.text[:80] or self.url or f"Article {self.pk}"

    @property
    def published_display(self) -> str:
        """The date as precisely as it is known: 2022, 2022-10 or 2022-10-11."""
        if self.published_on is None:
            return ""
        iso = self.published_on.isoformat()
        return {"year": iso[:4], "month": iso[:7]}.get(self.published_precision, iso)


class Stance(models.TextChoices):
    SUPPORTS = "supports", _("Supports")
    REFUTES = "refutes", _("Refutes")
    CONTEXT = "context", _("Context")


class Evidence(models.Model):
    """Something a reviewer found that supports, refutes or gives context to a claim."""

    Stance = Stance

    claim = models.ForeignKey(
        "claims.Claim",
        on_delete=models.CASCADE,  # evidence only means something for its claim
        related_name="evidence",
        verbose_name=_("claim"),
    )
    url = models.URLField(_("URL"), max_length=2000, blank=True)
    article = models.ForeignKey(
        Article,
        on_delete=models.PROTECT,  # evidence a verdict rests on must not vanish
        null=True,
        blank=True,
        related_name="cited_as_evidence",
        verbose_name=_("article"),
    )
    stance = models.CharField(_("stance"), max_length=10, choices=Stance)
    excerpt = models.TextField(_("excerpt"), blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("added by"),
    )
    created_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name_plural = "evidence"
        constraints = [
            models.CheckConstraint(
                condition=~Q(url="") | Q(article__isnull=False), name="evidence_has_url_or_article"
            ),
            models.CheckConstraint(
                condition=Q(stance__in=Stance.values), name="evidence_stance_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_stance_display()}: {self.url or self.article}"
