"""schemathesis against /api/schema/: every operation, every check, as an editor and as an
anonymous caller, with a bounded number of examples so CI stays fast; then the stateful
phase, sequences of calls that follow the links between operations (a source created, then
read and patched; evidence added to a claim, then listed), as an editor."""

from __future__ import annotations

import os

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction
from hypothesis import HealthCheck, Phase, settings
from schemathesis.config import SchemathesisConfig

from config.wsgi import application
from core.services import token_issue
from tests.factories import AppearanceFactory, ClaimFactory, role_group

MAX_EXAMPLES = 12
# Every schemathesis test: the same cases on every run (derandomized), so CI does not flake.
CASES = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)


# Every check runs. One adjustment, from our API contract (RFC 9110 / RFC 6585): an If-Match
# that is not the claim's current ETag is answered 412 Precondition Failed, valid-looking or
# not, and a missing one 428 Precondition Required.
CONFIG_TEXT = """
[checks]
enabled = true

[checks.positive_data_acceptance]
expected-statuses = ["2xx", "3xx", "401", "403", "404", "409", "412", "429"]

[checks.missing_required_header]
expected-statuses = ["400", "401", "403", "406", "415", "422", "428"]

[checks.negative_data_rejection]
expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "412", "413", "415", "422", "428", "429"]
"""
CONFIG = SchemathesisConfig.from_str(CONFIG_TEXT)

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
@CASES
@pytest.mark.timeout(600)
def test_api_as_an_editor(case, editor_headers):
    case.call_and_validate(headers=editor_headers)


@schema.parametrize()
@CASES
@pytest.mark.timeout(600)
def test_api_anonymously(case, db):
    case.call_and_validate()


# 300 scenarios took 49 s on the 2-core CI machine; 180 keep the test near 30 s with the
# same coverage of links. STATEFUL_SCENARIOS=1000 for a longer hunt.
STATEFUL_SCENARIOS = int(os.environ.get("STATEFUL_SCENARIOS", "180"))
STATEFUL_STEPS = 10


@pytest.mark.timeout(600)
def test_api_statefully_as_an_editor(editor_headers):
    # The editor's token goes into the schema's config headers for this test only (the
    # anonymous test shares the schema).
    schema.config.update(headers=editor_headers)
    try:
        _run_scenarios(schema.as_state_machine())
    finally:
        schema.config.headers = None


def _run_scenarios(machine) -> None:
    class Scenario(machine):
        # Each scenario starts from the same data: its writes are rolled back at the end.
        def setup(self):
            self.savepoint = transaction.savepoint()

        def teardown(self):
            transaction.savepoint_rollback(self.savepoint)

    Scenario.run(
        settings=settings(
            max_examples=STATEFUL_SCENARIOS,
            stateful_step_count=STATEFUL_STEPS,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure is shown as run
        )
    )
