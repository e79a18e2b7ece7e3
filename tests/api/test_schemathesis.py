"""schemathesis against /api/schema/: every operation, every check, as an editor and as an
anonymous caller, with a bounded number of examples so CI stays fast."""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from config.wsgi import application
from core.services import token_issue
from tests.factories import AppearanceFactory, ClaimFactory, role_group

MAX_EXAMPLES = 12


# Every check runs. One adjustment, from our API contract (RFC 9110 / RFC 6585): an If-Match
# that is not the claim's current ETag is answered 412 Precondition Failed, valid-looking or
# not, and a missing one 428 Precondition Required.
CONFIG = SchemathesisConfig.from_str(
    """
[checks.positive_data_acceptance]
expected-statuses = ["2xx", "3xx", "401", "403", "404", "409", "412", "429"]

[checks.missing_required_header]
expected-statuses = ["400", "401", "403", "406", "415", "422", "428"]

[checks.negative_data_rejection]
expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "412", "413", "415", "422", "428", "429"]
"""
)

# Loaded at collection (the schema needs no database). schemathesis' lazy fixture loader
# relies on a pytest attribute that pytest 9 removed.
schema = schemathesis.openapi.from_wsgi("/api/schema/", application, config=CONFIG)


@pytest.fixture(autouse=True)
def keep_the_test_connection(db):
    # As Django's test client does: the WSGI handler would otherwise close the test's
    # connection (and its transaction) after each request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def editor_headers(db):
    role_group("editor")
    # Some objects to find, so that detail operations are exercised beyond 404s.
    for status in ("queued", "published"):
        AppearanceFactory(
            claim=ClaimFactory(status=status, verdict="false" if status == "published" else "")
        )
    key = token_issue(username="schemathesis-editor", role="editor").key
    return {"Authorization": f"Token {key}"}


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
@pytest.mark.timeout(600)
def test_api_as_an_editor(case, editor_headers):
    case.call_and_validate(headers=editor_headers)


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
@pytest.mark.timeout(600)
def test_api_anonymously(case, db):
    case.call_and_validate()
