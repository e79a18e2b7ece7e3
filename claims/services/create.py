"""Claims entered by hand (articles in languages the extractor does not handle, or a claim
the extractor missed). They start as `new`, like extracted claims below the threshold."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from claims import hooks, permissions
from claims.models import Claim, ClaimKind
from claims.services.history import claim_record_change
from claims.services.priority import claim_priority
from core.errors import DomainError
from core.text import fold_spaces


def claim_create(
    *,
    actor: Any,
    statement: str,
    language: str,
    speaker: str = "",
    kind: str = ClaimKind.OTHER,
    check_worthiness: float = 0.5,
) -> Claim:
    permissions.require(permissions.is_editor(actor), _("Only editors can add claims by hand."))
    statement = statement.strip()
    if not statement:
        raise DomainError(_("The statement cannot be empty."), field="statement")
    with transaction.atomic():
        claim = Claim.objects.create(
            statement=statement,
            normalized=fold_spaces(statement),
            language=language.strip().lower(),
            speaker=speaker.strip(),
            kind=kind,
            check_worthiness=check_worthiness,
            priority=claim_priority(
                check_worthiness=check_worthiness, published_on=None, appearances=1
            ),
        )
        claim_record_change(
            claim=claim,
            field="created",
            before=None,
            after=statement,
            actor=actor,
            reason="added by hand",
        )
        hooks.matcher().claim_match_index_write(claims=[claim])  # findable from now on
    return claim
