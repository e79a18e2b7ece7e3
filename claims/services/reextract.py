"""Editors asking for an article's claims to be extracted again (after an extractor
upgrade, or a language fix). Unlike article_retry_extraction, which only takes failed or
unsupported articles back, this also reopens finished ones; the extraction writer is
idempotent per (span, normalised text), so a rerun only adds what is new."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import permissions
from claims.enqueue import enqueue_extraction
from claims.services.extraction import refetch_if_never_fetched
from core.errors import DomainError, NotFound
from sources.models import Article

State = Article.ExtractionState
REEXTRACTABLE = (State.DONE, State.FAILED, State.UNSUPPORTED)


def article_reextract(*, article_id: int, actor: Any) -> Article:
    permissions.require(permissions.can_reextract(actor), _("Only editors can re-run extraction."))
    # Compare-and-set: an article being extracted right now is left to its worker.
    updated = (
        Article.objects.filter(pk=article_id, extraction_state__in=REEXTRACTABLE)
        .exclude(text="")
        .update(extraction_state=State.PENDING, extraction_error="", updated_at=timezone.now())
    )
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        raise NotFound(_("Article %(id)s does not exist.") % {"id": article_id})
    if not updated and (refetched := refetch_if_never_fetched(article)) is not None:
        return refetched
    if not updated:
        raise DomainError(
            _(
                "Article %(id)s is “%(state)s”; only done, failed or unsupported articles can be "
                "extracted again."
            )
            % {"id": article_id, "state": article.get_extraction_state_display()},
            code="invalid_state",
        )
    transaction.on_commit(lambda: enqueue_extraction(article_id))
    return article
