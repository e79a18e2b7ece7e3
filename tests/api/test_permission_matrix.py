"""Who may call what: every endpoint and method against anonymous, viewer, the reviewer
holding the claim, another reviewer, an editor and a superuser."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from rest_framework.test import APIClient

from claims.models import Claim
from core.services import token_issue
from matching.models import DuplicateSuggestion
from notifications.models import Event, Notification, WebhookEndpoint
from tests.factories import (
    AppearanceFactory,
    ClaimFactory,
    EvidenceFactory,
    SourceFactory,
    UserFactory,
    role_group,
)

ROLES = ["anon", "viewer", "holder", "other_reviewer", "editor", "admin"]
OK, NO_AUTH, FORBIDDEN = "ok", 401, 403

# (name, method, path template, body) → expected per role, in ROLES order.
# "ok" means any 2xx. Writes to a held claim: the holder and editors/admins may.
MATRIX = [
    ("articles list", "get", "/api/v1/articles/", None, [NO_AUTH, OK, OK, OK, OK, OK]),
    ("article detail", "get", "/api/v1/articles/{article}/", None, [NO_AUTH, OK, OK, OK, OK, OK]),
    (
        "ingest",
        "post",
        "/api/v1/articles/",
        {"text": "Le budget atteint 3 milliards d'euros."},
        [NO_AUTH, FORBIDDEN, OK, OK, OK, OK],
    ),
    ("claims list", "get", "/api/v1/claims/", None, [NO_AUTH, OK, OK, OK, OK, OK]),
    ("claim detail", "get", "/api/v1/claims/{claim}/", None, [NO_AUTH, OK, OK, OK, OK, OK]),
    ("similar", "get", "/api/v1/claims/{claim}/similar/", None, [NO_AUTH, OK, OK, OK, OK, OK]),
    (
        "edit held claim",
        "patch",
        "/api/v1/claims/{claim}/",
        {"speaker": "X"},
        [NO_AUTH, FORBIDDEN, OK, FORBIDDEN, OK, OK],
    ),
    (
        "propose verdict",
        "post",
        "/api/v1/claims/{claim}/transition/",
        {"to_status": "awaiting_approval", "verdict": "false"},
        [NO_AUTH, FORBIDDEN, OK, FORBIDDEN, OK, OK],
    ),
    (
        "release",
        "post",
        "/api/v1/claims/{claim}/release/",
        None,
        [NO_AUTH, FORBIDDEN, OK, FORBIDDEN, OK, OK],
    ),
    (
        "reassign",
        "post",
        "/api/v1/claims/{claim}/reassign/",
        {"username": "rosa"},
        [NO_AUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK],
    ),
    (
        "publish",
        "post",
        "/api/v1/claims/{proposed}/transition/",
        {"to_status": "published"},
        [NO_AUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK],
    ),
    ("claimreview", "get", "/api/v1/claims/{published}/claimreview/", None, [OK] * 6),
    ("feed", "get", "/api/v1/claimreviews/", None, [OK] * 6),
    ("take next", "post", "/api/v1/review-queue/next/", None, [NO_AUTH, FORBIDDEN, OK, OK, OK, OK]),
    ("my claims", "get", "/api/v1/review-queue/mine/", None, [NO_AUTH, OK, OK, OK, OK, OK]),
    ("evidence list", "get", "/api/v1/evidence/", None, [NO_AUTH, OK, OK, OK, OK, OK]),
    (
        "add evidence",
        "post",
        "/api/v1/evidence/",
        {"claim": "{claim}", "url": "https://insee.fr/x", "stance": "refutes"},
        [NO_AUTH, FORBIDDEN, OK, FORBIDDEN, OK, OK],
    ),
    ("sources list", "get", "/api/v1/sources/", None, [NO_AUTH, OK, OK, OK, OK, OK]),
    (
        "add source",
        "post",
        "/api/v1/sources/",
        {"name": "Outlet {role}"},
        [NO_AUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK],
    ),
    (
        "edit source",
        "patch",
        "/api/v1/sources/{source}/",
        {"credibility": "reliable"},
        [NO_AUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK],
    ),
    ("source detail", "get", "/api/v1/sources/{source}/", None, [NO_AUTH, OK, OK, OK, OK, OK]),
    (
        "evidence detail",
        "get",
        "/api/v1/evidence/{evidence}/",
        None,
        [NO_AUTH, OK, OK, OK, OK, OK],
    ),
    (
        "merge",
        "post",
        "/api/v1/claims/{survivor}/merge/",
        {"duplicate": "{duplicate}"},
        [NO_AUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK],
    ),
    (
        "split",
        "post",
        "/api/v1/appearances/{appearance}/split/",
        None,
        [NO_AUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK],
    ),
    (
        "suggestions",
        "get",
        "/api/v1/duplicate-suggestions/",
        None,
        [NO_AUTH, OK, OK, OK, OK, OK],
    ),
    (
        "confirm suggestion",
        "post",
        "/api/v1/duplicate-suggestions/{suggestion}/confirm/",
        None,
        [NO_AUTH, FORBIDDEN, OK, OK, OK, OK],
    ),
    (
        "reject suggestion",
        "post",
        "/api/v1/duplicate-suggestions/{suggestion}/reject/",
        None,
        [NO_AUTH, FORBIDDEN, OK, OK, OK, OK],
    ),
    # Everyone with a key has an inbox of their own ({notification} is the caller's).
    ("inbox", "get", "/api/v1/notifications/", None, [NO_AUTH, OK, OK, OK, OK, OK]),
    (
        "notification",
        "get",
        "/api/v1/notifications/{notification}/",
        None,
        [NO_AUTH, OK, OK, OK, OK, OK],
    ),
    (
        "mark read",
        "post",
        "/api/v1/notifications/{notification}/read/",
        None,
        [NO_AUTH, OK, OK, OK, OK, OK],
    ),
    (
        "mark all read",
        "post",
        "/api/v1/notifications/read-all/",
        None,
        [NO_AUTH, OK, OK, OK, OK, OK],
    ),
    (
        "unread count",
        "get",
        "/api/v1/notifications/unread-count/",
        None,
        [NO_AUTH, OK, OK, OK, OK, OK],
    ),
    ("webhooks", "get", "/api/v1/webhooks/", None, [NO_AUTH] + [FORBIDDEN] * 3 + [OK, OK]),
    (
        "add webhook",
        "post",
        "/api/v1/webhooks/",
        {"url": "https://hooks.example.org/in", "events": ["claim.queued"]},
        [NO_AUTH] + [FORBIDDEN] * 3 + [OK, OK],
    ),
    (
        "webhook",
        "get",
        "/api/v1/webhooks/{webhook}/",
        None,
        [NO_AUTH] + [FORBIDDEN] * 3 + [OK, OK],
    ),
    (
        "edit webhook",
        "patch",
        "/api/v1/webhooks/{webhook}/",
        {"description": "CMS"},
        [NO_AUTH] + [FORBIDDEN] * 3 + [OK, OK],
    ),
    (
        "delete webhook",
        "delete",
        "/api/v1/webhooks/{webhook}/",
        None,
        [NO_AUTH] + [FORBIDDEN] * 3 + [OK, OK],
    ),
    (
        "webhook deliveries",
        "get",
        "/api/v1/webhooks/{webhook}/deliveries/",
        None,
        [NO_AUTH] + [FORBIDDEN] * 3 + [OK, OK],
    ),
    ("me", "get", "/api/v1/users/me/", None, [NO_AUTH, OK, OK, OK, OK, OK]),
    (
        "my subscription",
        "get",
        "/api/v1/users/me/subscription/",
        None,
        [NO_AUTH, OK, OK, OK, OK, OK],
    ),
    (
        "set my subscription",
        "put",
        "/api/v1/users/me/subscription/",
        {"events": ["claim.verdict_published"], "channels": ["inbox"]},
        [NO_AUTH, OK, OK, OK, OK, OK],
    ),
    (
        "reset my subscription",
        "delete",
        "/api/v1/users/me/subscription/",
        None,
        [NO_AUTH, OK, OK, OK, OK, OK],
    ),
    (
        "set my languages",
        "patch",
        "/api/v1/users/me/",
        {"languages": ["fr"]},
        [NO_AUTH, OK, OK, OK, OK, OK],
    ),
]


USERNAMES = {"viewer": "vera", "holder": "remi", "other_reviewer": "rosa", "editor": "edith"}


def client_for(role: str) -> APIClient:
    client = APIClient()
    username = USERNAMES
    if role == "anon":
        return client
    if role == "admin":
        UserFactory(username="root", is_superuser=True)
        key = token_issue(username="root").key
    else:
        group = {"holder": "reviewer", "other_reviewer": "reviewer"}.get(role, role)
        key = token_issue(username=username[role], role=group).key
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def fill(value, ids: dict):
    if isinstance(value, str):
        whole = re.fullmatch(r"\{(\w+)\}", value)
        if whole and isinstance(ids.get(whole.group(1)), int):
            return ids[whole.group(1)]  # an id in a body is a number
        return value.format(**ids)
    if isinstance(value, dict):
        return {k: fill(v, ids) for k, v in value.items()}
    return value


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("name", "method", "path", "body", "expected"), MATRIX, ids=[row[0] for row in MATRIX]
)
def test_permission_matrix(role, name, method, path, body, expected):
    for group in ("viewer", "reviewer", "editor"):
        role_group(group)
    clients = {r: client_for(r) for r in ROLES}  # every account exists, whoever calls
    holder = token_issue(username="remi").token.user
    claim = ClaimFactory(status="in_review", assignee=holder, language="fr")
    article = AppearanceFactory(claim=claim).article
    ClaimFactory(status="queued", language="fr")  # something to take
    two_places = ClaimFactory(status="queued", language="fr")
    AppearanceFactory(claim=two_places)
    caller = {"anon": "vera", **USERNAMES, "admin": "root"}[role]
    ids = {
        "survivor": ClaimFactory(status="queued").pk,
        "duplicate": ClaimFactory(status="queued").pk,
        "appearance": AppearanceFactory(claim=two_places).pk,
        "suggestion": DuplicateSuggestion.objects.create(
            claim=ClaimFactory(status="queued"), candidate=ClaimFactory(status="queued"), score=0.6
        ).pk,
        "evidence": EvidenceFactory(claim=claim).pk,
        "notification": Notification.objects.create(
            user=get_user_model().objects.get(username=caller),
            event=Event.objects.create(kind="claim.queued", claim=claim, payload={}),
        ).pk,
        "webhook": WebhookEndpoint.objects.create(
            url="https://hooks.example.org/in", events=["claim.queued"], secret="whsec_" + "A" * 32
        ).pk,
        "claim": claim.pk,
        "article": article.pk,
        "proposed": ClaimFactory(status="awaiting_approval", verdict="false", assignee=holder).pk,
        "published": ClaimFactory(status="published", verdict="true").pk,
        "source": SourceFactory().pk,
        "role": role,
    }
    headers = {}
    if "/claims/{" in path and method != "get":
        # Every write on a claim names the version it saw (If-Match).
        target = Claim.objects.get(pk=ids["proposed" if "{proposed}" in path else "claim"])
        headers["HTTP_IF_MATCH"] = f'"claim-{target.pk}-v{target.version}"'
    response = getattr(clients[role], method)(
        fill(path, ids), fill(body, ids), format="json", **headers
    )
    want = expected[ROLES.index(role)]
    if want == OK:
        assert 200 <= response.status_code < 300, (role, name, response.content[:300])
    else:
        assert response.status_code == want, (role, name, response.content[:300])
        assert set(response.json()) == {"error"}


def test_the_matrix_covers_every_operation_in_the_schema():
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    operations = {
        (method, re.sub(r"\{\w+\}", "{}", path))
        for path, item in schema["paths"].items()
        for method in item
        if path.startswith("/api/v1/") and method in ("get", "post", "put", "patch", "delete")
    }
    covered = {(method, re.sub(r"\{\w+\}", "{}", path)) for _n, method, path, _b, _e in MATRIX}
    assert operations - covered == set()
    assert covered - operations == set()
