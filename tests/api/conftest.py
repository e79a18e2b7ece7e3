from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from core.services import token_issue
from tests.factories import role_group


@pytest.fixture
def make_client(db):
    """An API client authenticated with a real token (created through the service)."""

    def make(username: str | None = None, role: str | None = None) -> APIClient:
        client = APIClient()
        if username is None:
            return client
        if role:
            role_group(role)
        issued = token_issue(username=username, role=role)
        client.credentials(HTTP_AUTHORIZATION=f"Token {issued.key}")
        client.user = issued.token.user
        return client

    return make


@pytest.fixture
def viewer(make_client):
    return make_client("vera", "viewer")


@pytest.fixture
def reviewer(make_client):
    return make_client("remi", "reviewer")


@pytest.fixture
def reviewer2(make_client):
    return make_client("rosa", "reviewer")


@pytest.fixture
def editor(make_client):
    return make_client("edith", "editor")


@pytest.fixture
def anon(make_client):
    return make_client()
