"""/api/v1/notifications/ (your own inbox) and /api/v1/webhooks/ (editors)."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from core.services import token_issue
from notifications.models import Event, Notification, WebhookEndpoint
from tests.factories import role_group

pytestmark = pytest.mark.django_db


def client_for(username: str, role: str | None) -> APIClient:
    if role:
        role_group(role)
    issued = token_issue(username=username, role=role)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {issued.key}")
    client.user = issued.token.user
    return client


def notify(user, n: int = 1) -> list[Notification]:
    return [
        Notification.objects.create(
            user=user, event=Event.objects.create(kind="claim.queued", payload={"actor": None})
        )
        for _ in range(n)
    ]


def test_inbox_lists_counts_and_marks_read_only_your_own(django_assert_max_num_queries):
    alice, bob = client_for("alice", "reviewer"), client_for("bob", "reviewer")
    mine, theirs = notify(alice.user, 3), notify(bob.user, 1)
    with django_assert_max_num_queries(6):
        page = alice.get("/api/v1/notifications/?page_size=2")
    assert page.status_code == 200
    assert [n["id"] for n in page.data["results"]] == [mine[2].pk, mine[1].pk]
    assert page.data["results"][0]["title"] == "A claim is waiting for review"
    assert alice.get(page.data["next"]).data["results"][0]["id"] == mine[0].pk
    assert alice.get("/api/v1/notifications/unread-count/").data == {"unread": 3}
    read = alice.post(f"/api/v1/notifications/{mine[0].pk}/read/")
    assert read.status_code == 200 and read.data["read"] is True
    assert alice.get("/api/v1/notifications/?unread=true").data["results"][-1]["id"] == mine[1].pk
    assert alice.get("/api/v1/notifications/unread-count/").data == {"unread": 2}
    # Someone else's notification does not exist for you.
    assert alice.post(f"/api/v1/notifications/{theirs[0].pk}/read/").status_code == 404
    assert alice.get(f"/api/v1/notifications/{theirs[0].pk}/").status_code == 404
    assert alice.get("/api/v1/notifications/abc/").status_code == 404
    assert alice.post("/api/v1/notifications/read-all/").data == {"marked": 2}
    assert bob.get("/api/v1/notifications/unread-count/").data == {"unread": 1}
    assert APIClient().get("/api/v1/notifications/").status_code == 401


def test_webhook_crud_is_for_editors_and_the_secret_is_shown_once(receiver):
    editor, reviewer = client_for("edith", "editor"), client_for("remi", "reviewer")
    body = {"url": receiver.url(), "events": ["claim.queued", "claim.verdict_published"]}
    assert reviewer.post("/api/v1/webhooks/", body, format="json").status_code == 403
    assert reviewer.get("/api/v1/webhooks/").status_code == 403
    created = editor.post("/api/v1/webhooks/", body, format="json")
    assert created.status_code == 201, created.data
    secret = created.data["secret"]
    assert secret.startswith("whsec_") and len(secret) >= 6 + 32
    pk = created.data["id"]
    shown = editor.get(f"/api/v1/webhooks/{pk}/")
    assert "secret" not in shown.data and shown.data["secret_hint"] == secret[:10] + "…"
    assert (
        reviewer.patch(f"/api/v1/webhooks/{pk}/", {"active": False}, format="json").status_code
        == 403
    )
    patched = editor.patch(f"/api/v1/webhooks/{pk}/", {"active": False}, format="json")
    assert patched.status_code == 200 and patched.data["active"] is False
    assert (
        editor.patch(f"/api/v1/webhooks/{pk}/", {"active": "no"}, format="json").status_code == 400
    )
    assert editor.get(f"/api/v1/webhooks/{pk}/deliveries/").data["results"] == []
    assert reviewer.delete(f"/api/v1/webhooks/{pk}/").status_code == 403
    assert editor.delete(f"/api/v1/webhooks/{pk}/").status_code == 204
    assert not WebhookEndpoint.objects.exists()


@pytest.mark.parametrize(
    ("secret", "status"),
    [
        ("whsec_" + "A" * 32, 201),  # 24 bytes
        ("whsec_" + "A" * 28, 400),  # 21 bytes: too short
        ("not-a-secret-but-long-enough-123456", 400),
    ],
)
def test_given_secrets_hold_at_least_24_bytes(secret, status, receiver):
    editor = client_for("edith", "editor")
    body = {"url": receiver.url(), "events": ["claim.queued"], "secret": secret}
    response = editor.post("/api/v1/webhooks/", body, format="json")
    assert response.status_code == status
    if status == 201:
        assert response.data["secret"] == secret


@pytest.mark.parametrize(
    "url",
    [
        "http://127.1/hook",  # loopback, short spelling (127.0.0.1 itself is allowed in tests)
        "http://10.0.0.1/hook",
        "http://192.168.1.1/hook",
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "http://0x7f000001/",
        "http://2130706433/",
        "http://0.0.0.0/",
        "http://100.64.0.1/",
    ],
)
def test_private_targets_are_refused_at_registration(url, settings):
    settings.SSRF_ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    editor = client_for("edith", "editor")
    response = editor.post(
        "/api/v1/webhooks/", {"url": url, "events": ["claim.queued"]}, format="json"
    )
    assert response.status_code == 403
    assert response.data["error"]["code"] == "refused_address"
    assert not WebhookEndpoint.objects.exists()


SUBSCRIPTION = "/api/v1/users/me/subscription/"


def test_your_subscription_replaces_your_roles_defaults_until_you_reset_it():
    from claims.services import claim_promote
    from notifications.models import Delivery
    from notifications.services import event_fan_out
    from notifications.services.audience import REVIEWER_EVENTS
    from tests.factories import ClaimFactory

    reviewer, editor = client_for("remi", "reviewer"), client_for("edith", "editor")
    defaults = reviewer.get(SUBSCRIPTION).json()
    assert defaults["custom"] is False
    assert defaults["events"] == sorted(REVIEWER_EVENTS)
    assert defaults["channels"] == ["email", "inbox"]

    chosen = {"events": ["claim.queued"], "channels": ["inbox"], "languages": ["fr"]}
    mine = reviewer.put(SUBSCRIPTION, {**chosen, "language": "fr"}, format="json")
    assert mine.status_code == 200, mine.content
    assert mine.json() == {**chosen, "custom": True, "email_mode": "immediate", "language": "fr"}
    assert reviewer.get(SUBSCRIPTION).json() == mine.json()

    def promote(language: str):
        claim = ClaimFactory(status="new", language=language)
        claim_promote(claim_id=claim.pk, actor=editor.user, expected_version=None)
        event = Event.objects.get(claim=claim)
        event_fan_out(event_id=event.pk)
        return event

    french, english = promote("fr"), promote("en")
    assert Notification.objects.filter(user=reviewer.user, event=french).exists()
    assert not Notification.objects.filter(user=reviewer.user, event=english).exists()
    assert not Delivery.objects.filter(user=reviewer.user, channel="email").exists()

    reset = reviewer.delete(SUBSCRIPTION)
    assert reset.status_code == 200 and reset.json() == defaults
    assert reviewer.delete(SUBSCRIPTION).json() == defaults  # nothing left to forget: same


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"events": ["claim.exploded"], "channels": ["inbox"]}, "events"),
        ({"events": ["claim.queued"], "channels": ["sms"]}, "channels"),
        ({"events": ["claim.queued"], "channels": ["inbox"], "languages": ["de"]}, "languages"),
        ({"events": ["claim.queued"], "channels": ["inbox"], "email_mode": "hourly"}, "email_mode"),
        ({"events": ["claim.queued"]}, "channels"),
        ({"events": "claim.queued", "channels": ["inbox"]}, "events"),
        ({"events": [], "channels": [], "colour": "blue"}, "colour"),
    ],
)
def test_a_bad_subscription_names_the_field_and_changes_nothing(body, field):
    from notifications.models import Subscription

    reviewer = client_for("remi", "reviewer")
    response = reviewer.put(SUBSCRIPTION, body, format="json")
    assert response.status_code == 400
    # A list item is named with its index: "events.0".
    assert any(name.split(".")[0] == field for name in response.json()["error"]["fields"])
    assert not Subscription.objects.filter(user=reviewer.user).exists()


def test_subscription_needs_a_role():
    assert APIClient().get(SUBSCRIPTION).status_code == 401
    assert client_for("nobody", None).get(SUBSCRIPTION).status_code == 403
