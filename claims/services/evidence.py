"""Evidence gathered for a claim. Adding, changing or removing it does not bump the claim's
version (evidence is not a field of the claim, so two reviewers adding links never
conflict), but each is recorded in the claim's history like every other change: the API
and the admin's evidence inline both write through here."""

from __future__ import annotations

from dataclasses import dataclass
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

# What a history row says about one piece of evidence, field by field.
_RECORDED = ("stance", "url", "article", "excerpt")


@dataclass(frozen=True)
class EvidenceInput:
    """What a person gives for one piece of evidence (an API body, an admin inline row)."""

    stance: str
    url: str = ""
    article: Article | None = None
    excerpt: str = ""

    def checked(self) -> dict[str, Any]:
        """The fields as they will be stored, or a refusal a person can act on."""
        if self.stance not in Evidence.Stance.values:
            raise DomainError(_("Choose a stance: supports, refutes or context."), field="stance")
        if not self.url and self.article is None:
            raise DomainError(_("Evidence needs a URL or an article."), field="url")
        url = escape_stray_percents(self.url)  # kept as given otherwise: the reader's link
        refusal = public_link_refusal(url) if url else None
        if refusal:
            # The admin's form takes what URLField takes, localhost and 10.0.0.1 included.
            raise DomainError(
                _("Evidence links must point to a public address: %(why)s.") % {"why": refusal},
                field="url",
            )
        return {
            "stance": self.stance,
            "url": url,
            "article": self.article,
            "excerpt": self.excerpt.strip(),
        }


def _locked_claim(actor: Any, claim_id: int, refusal: str) -> Claim:
    """The claim, locked for this transaction, if this person may touch its evidence."""
    claim = Claim.objects.select_for_update().filter(pk=claim_id).first()
    if claim is None:
        raise NotFound(_("Claim %(id)s does not exist.") % {"id": claim_id})
    permissions.require(permissions.can_add_evidence(actor, claim), refusal)
    return claim


def _locked_evidence(actor: Any, evidence_id: int, refusal: str) -> tuple[Claim, Evidence]:
    """The evidence and its claim, both locked (the claim first, as every claim write does)."""
    claim_id = Evidence.objects.filter(pk=evidence_id).values_list("claim_id", flat=True).first()
    if claim_id is None:
        raise NotFound(_("Evidence %(id)s does not exist.") % {"id": evidence_id})
    claim = _locked_claim(actor, claim_id, refusal)
    evidence = Evidence.objects.select_for_update().filter(pk=evidence_id, claim=claim).first()
    if evidence is None:  # removed, or moved to another claim by a merge, meanwhile
        raise NotFound(_("Evidence %(id)s does not exist.") % {"id": evidence_id})
    return claim, evidence


def _recorded(evidence: Evidence, fields: tuple[str, ...] = _RECORDED) -> dict[str, Any]:
    """The evidence's id and `fields`, as a history row holds them (the article by id)."""
    values = {
        "stance": evidence.stance,
        "url": evidence.url,
        "article": evidence.article_id,
        "excerpt": evidence.excerpt,
    }
    return {"id": evidence.pk} | {name: values[name] for name in fields}


def claim_add_evidence(
    *,
    claim_id: int,
    actor: Any,
    stance: str,
    url: str = "",
    article: Article | None = None,
    excerpt: str = "",
) -> Evidence:
    fields = EvidenceInput(stance, url, article, excerpt).checked()
    with transaction.atomic():
        refusal = _("Only the reviewer holding this claim, or an editor, can add evidence.")
        claim = _locked_claim(actor, claim_id, refusal)
        evidence = Evidence.objects.create(claim=claim, added_by=actor, **fields)
        claim_record_change(
            claim=claim,
            field="evidence",
            before=None,
            after=_recorded(evidence, ("stance", "url", "article")),
            actor=actor,
        )
    return evidence


def claim_change_evidence(*, evidence_id: int, actor: Any, given: EvidenceInput) -> Evidence:
    """Correct a piece of evidence; the history row holds the fields that changed, before
    and after. Nothing changed, nothing written."""
    fields = given.checked()
    with transaction.atomic():
        refusal = _("Only the reviewer holding this claim, or an editor, can change its evidence.")
        claim, evidence = _locked_evidence(actor, evidence_id, refusal)
        was = _recorded(evidence)
        for name, value in fields.items():
            setattr(evidence, name, value)
        changed = tuple(name for name in _RECORDED if _recorded(evidence)[name] != was[name])
        if not changed:
            return evidence
        evidence.save(update_fields=list(changed))
        claim_record_change(
            claim=claim,
            field="evidence",
            before={"id": evidence.pk} | {name: was[name] for name in changed},
            after=_recorded(evidence, changed),
            actor=actor,
        )
    return evidence


def claim_remove_evidence(*, evidence_id: int, actor: Any) -> None:
    """Take a piece of evidence off its claim; the history keeps what it was. Editors only,
    as in the admin (claims.roles gives `delete_evidence` to editors alone)."""
    refusal = _("Only an editor can remove evidence.")
    permissions.require(permissions.is_editor(actor), refusal)
    with transaction.atomic():
        claim, evidence = _locked_evidence(actor, evidence_id, refusal)
        before = _recorded(evidence)
        evidence.delete()
        claim_record_change(claim=claim, field="evidence", before=before, after=None, actor=actor)
