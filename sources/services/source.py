"""Outlets, found or created by name (bulk ingest's `source`, ClaimReview's reviewing outlet)."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from core.errors import Conflict, DomainError
from sources.models import Source, SourceKind


def source_get_or_create(
    *, name: str, kind: str = SourceKind.NEWS_OUTLET, domain: str = "", language: str = ""
) -> Source:
    """The Source called `name` (case-insensitive), created if new. An existing outlet keeps
    its kind and domain: a bulk file must not silently reclassify it."""
    name = " ".join((name or "").split())[:200]
    if not name:
        raise DomainError("A source needs a name.", field="source")
    existing = Source.objects.filter(name__iexact=name).first()
    if existing is not None:
        return existing
    # Another outlet may already own the domain (the unique constraint): then keep it blank.
    if domain and Source.objects.filter(domain=domain).exists():
        domain = ""
    try:
        with transaction.atomic():
            return Source.objects.create(name=name, kind=kind, domain=domain, language=language[:8])
    except IntegrityError:
        existing = Source.objects.filter(name__iexact=name).first()
        if existing is None:
            raise
        return existing


def _check_domain_free(domain: str, *, exclude_pk: int | None = None) -> None:
    taken = Source.objects.filter(domain=domain).exclude(pk=exclude_pk)
    if domain and taken.exists():
        raise Conflict(f"Another source already has the domain {domain}.", field="domain")


def _check_name_free(name: str, *, exclude_pk: int | None = None) -> None:
    if Source.objects.filter(name__iexact=name).exclude(pk=exclude_pk).exists():
        raise Conflict(f"A source named {name!r} exists already.", field="name")


def _conflict_after_race(*, name: str, domain: str, exclude_pk: int | None = None) -> None:
    """A request that passed the checks above can still lose the INSERT to one that
    committed in between (the unique constraints catch it as an IntegrityError): say which
    field is taken, as the checks would have. Raises nothing if neither is, so the caller
    re-raises the original error."""
    _check_name_free(name, exclude_pk=exclude_pk)
    _check_domain_free(domain, exclude_pk=exclude_pk)


def source_create(**fields) -> Source:
    """An editor adds an outlet; name and domain must be new."""
    name = " ".join((fields.get("name") or "").split())
    domain = fields.get("domain", "")
    _check_name_free(name)
    _check_domain_free(domain)
    try:
        with transaction.atomic():
            return Source.objects.create(**{**fields, "name": name})
    except IntegrityError:
        _conflict_after_race(name=name, domain=domain)
        raise


def source_update(*, source: Source, **fields) -> Source:
    if "name" in fields:
        fields["name"] = " ".join(fields["name"].split())
        _check_name_free(fields["name"], exclude_pk=source.pk)
    if "domain" in fields:
        _check_domain_free(fields["domain"], exclude_pk=source.pk)
    for key, value in fields.items():
        setattr(source, key, value)
    try:
        with transaction.atomic():
            source.save()
    except IntegrityError:
        _conflict_after_race(name=source.name, domain=source.domain, exclude_pk=source.pk)
        raise
    return source
