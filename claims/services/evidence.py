"""Evidence gathered for a claim. Adding it does not bump the claim's version (evidence is
not a field of the claim, so two reviewers adding links never conflict), but it is
recorded in the claim's history like every other change."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from claims import permissions
from claims.models import Claim
from claims.services.history import claim_record_change
from core.errors import DomainError, NotFound
from core.ssrf import public_link_refusal
from sources.models import Article, Evidence
from sources.urls import escape_stray_percents


def claim_add_evidence(
    *,
    claim_id: int,
    actor: Any,
    stance: str,
    url: str = "",
    article: Article | None = None,
    excerpt: str = "",
) -> Evidence:
    if stance not in Evidence.Stance.values:
        raise DomainError(_("Choose a stance: supports, refutes or context."), field="stance")
    if not url and article is None:
        raise DomainError(_("Evidence needs a URL or an article."), field="url")
    url = escape_stray_percents(url)  # kept as given otherwise: it is the reader's link
    refusal = public_link_refusal(url) if url else None
    if refusal:
        # The admin's form takes what URLField takes, localhost and 10.0.0.1 included.
        raise DomainError(
            _("Evidence links must point to a public address: %(why)s.") % {"why": refusal},
            field="url",
        )
    with transaction.atomic():
        claim = Claim.objects.select_for_update().filter(pk=claim_id).first()
        if claim is None:
            raise NotFound(_("Claim %(id)s does not exist.") % {"id": claim_id})
        permissions.require(
            permissions.can_add_evidence(actor, claim),
            _("Only the reviewer holding this claim, or an editor, can add evidence."),
        )
        evidence = Evidence.objects.create(
            claim=claim,
            stance=stance,
            url=url,
            article=article,
            excerpt=excerpt.strip(),
            added_by=actor,
        )
        claim_record_change(
            claim=claim,
            field="evidence",
            before=None,
            after={
                "id": evidence.pk,
                "stance": stance,
                "url": url,
                "article": article and article.pk,
            },
            actor=actor,
        )
    return evidence
