"""The seams between the layers (docs/architecture.md): the tasks every `enqueue` module sends
by name are registered, and what a lower layer announces has its higher layer listening."""

from __future__ import annotations

import logging

import pytest
from celery import current_app

from claims import enqueue as claims_enqueue
from claims import hooks as claims_hooks
from core.enqueue import send
from matching import hooks as matching_hooks
from notifications import enqueue as notifications_enqueue
from sources import enqueue as sources_enqueue
from sources.hooks import articles_pending

SENT_BY_NAME = [
    claims_enqueue.EXTRACT,
    claims_enqueue.EXTRACT_BATCH,
    sources_enqueue.FETCH,
    notifications_enqueue.FAN_OUT,
    notifications_enqueue.DELIVER,
]


@pytest.mark.parametrize("name", SENT_BY_NAME)
def test_every_task_sent_by_name_is_registered_in_a_web_process(name):
    # No worker started here: the apps register their tasks from ready().
    assert name in current_app.tasks


def test_a_task_that_cannot_be_sent_is_logged_not_raised(caplog):
    logger = logging.getLogger("tests.enqueue")
    with caplog.at_level(logging.ERROR, logger="tests.enqueue"):
        assert send("no.such.task", [1], what="nothing 1", logger=logger) is False
    assert "could not enqueue nothing 1; the sweep will" in caplog.text


# Each signal a lower layer sends, and the app above that must be listening: a signal
# nobody hears would drop an extraction, a match index row or an outbox event silently.
HEARD = [
    (articles_pending, "claims.receivers"),
    (claims_hooks.claim_status_changed, "notifications.receivers"),
    (claims_hooks.lease_expired, "notifications.receivers"),
    (claims_hooks.extraction_failed, "notifications.receivers"),
    (matching_hooks.published_claim_reappeared, "notifications.receivers"),
]


@pytest.mark.parametrize(("signal", "module"), HEARD)
def test_every_hook_has_its_higher_layer_listening(signal, module):
    listeners = [ref() for _key, ref, *_rest in signal.receivers]
    assert any(getattr(r, "__module__", "") == module for r in listeners), module


def test_claims_asks_the_matcher_matching_registered():
    from matching.receivers import MATCHER

    assert claims_hooks.matcher() is MATCHER
    assert MATCHER is not claims_hooks.NO_MATCHER
