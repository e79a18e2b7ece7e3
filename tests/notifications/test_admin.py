"""The notifications admin through Django's test client: the delivery log is for editors,
shows each attempt, and redelivers with the same message id."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from notifications.models import Delivery, DeliveryAttempt, Event, WebhookEndpoint
from tests.factories import ClaimFactory, user_in_group
from tests.worker import tasks_go_nowhere

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed_delivery():
    endpoint = WebhookEndpoint.objects.create(
        url="https://hooks.example.org/in", events=["claim.queued"], secret="whsec_" + "A" * 32
    )
    event = Event.objects.create(kind="claim.queued", claim=ClaimFactory(), payload={})
    now = timezone.now()
    delivery = Delivery.objects.create(
        event=event,
        channel="webhook",
        endpoint=endpoint,
        state="failed",
        attempts=2,
        last_status_code=503,
        next_attempt_at=now,
        give_up_at=now - dt.timedelta(seconds=1),
    )
    for number, code in ((1, 500), (2, 503)):
        DeliveryAttempt.objects.create(
            delivery=delivery, number=number, started_at=now, status_code=code, latency_ms=40
        )
    return delivery


def test_editors_see_the_log_and_each_attempt(client, failed_delivery):
    client.force_login(user_in_group("editor", username="edith"))
    listing = client.get(reverse("admin:notifications_delivery_changelist"), {"state": "failed"})
    assert listing.status_code == 200
    assert failed_delivery.message_id in listing.content.decode()
    page = client.get(reverse("admin:notifications_delivery_change", args=[failed_delivery.pk]))
    body = page.content.decode()
    assert page.status_code == 200 and "503" in body and "500" in body
    assert reverse("admin:notifications_delivery_add") not in body  # read-only log


def test_reviewers_do_not_see_the_delivery_log(client, failed_delivery):
    client.force_login(user_in_group("reviewer", username="remi"))
    url = reverse("admin:notifications_delivery_change", args=[failed_delivery.pk])
    assert client.get(reverse("admin:notifications_delivery_changelist")).status_code == 403
    assert client.get(url).status_code in (302, 403)


def test_redeliver_action_queues_it_again_with_the_same_message_id(
    client, failed_delivery, settings
):
    client.force_login(user_in_group("editor", username="edith"))
    with tasks_go_nowhere():  # only the row state
        response = client.post(
            reverse("admin:notifications_delivery_changelist"),
            {"action": "redeliver", "_selected_action": [failed_delivery.pk]},
            follow=True,
        )
    assert response.status_code == 200
    assert "1 deliveries queued again" in response.content.decode()
    again = Delivery.objects.get(pk=failed_delivery.pk)
    assert again.state == "pending" and again.message_id == failed_delivery.message_id
    assert again.give_up_at > timezone.now()


def test_redeliver_of_a_disabled_endpoint_says_why(client, failed_delivery):
    WebhookEndpoint.objects.filter(pk=failed_delivery.endpoint_id).update(active=False)
    client.force_login(user_in_group("editor", username="edith"))
    response = client.post(
        reverse("admin:notifications_delivery_changelist"),
        {"action": "redeliver", "_selected_action": [failed_delivery.pk]},
        follow=True,
    )
    assert "endpoint is disabled" in response.content.decode()
    assert Delivery.objects.get(pk=failed_delivery.pk).state == "failed"
