"""POST /api/v1/articles/ with a URL instead of text."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from sources.models import Article
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    api = APIClient()
    api.force_authenticate(UserFactory(is_superuser=True))
    return api


def test_post_url_stores_a_fetching_article(client, local_fetching):
    response = client.post(
        "/api/v1/articles/", {"url": f"{local_fetching}/fr/article#x"}, format="json"
    )
    assert response.status_code == 202, response.content
    body = response.json()
    assert body["url"] == f"{local_fetching}/fr/article"
    # The test transaction never commits, so the fetch task has not run yet.
    assert body["extraction_state"] == Article.ExtractionState.FETCHING
    again = client.post("/api/v1/articles/", {"url": f"{local_fetching}/fr/article"}, format="json")
    assert again.status_code == 200 and again.json()["id"] == body["id"]


def test_post_needs_text_or_url(client):
    response = client.post("/api/v1/articles/", {"title": "nothing"}, format="json")
    assert response.status_code == 400
    assert "text" in response.json() or "text" in str(response.json())


def test_post_private_url_is_refused_with_a_clear_403(client, settings):
    settings.SSRF_ALLOWED_HOSTS = []
    response = client.post("/api/v1/articles/", {"url": "http://0x7f.1/admin"}, format="json")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "refused_address"
    assert "loopback" in str(response.json())
    assert not Article.objects.exists()
