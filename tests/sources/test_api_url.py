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


def test_post_with_text_and_url_keeps_the_text_and_says_it_was_supplied(
    client, local_fetching, server_hits
):
    text = "Le ministre a affirmé que le chômage avait baissé de 3 % en un an, selon l'Insee."
    url = f"{local_fetching}/fr/article"
    response = client.post("/api/v1/articles/", {"text": text, "url": url}, format="json")
    assert response.status_code == 202, response.content
    body = response.json()
    assert body["text_origin"] == "supplied" and body["url"] == url
    article = Article.objects.get(pk=body["id"])
    assert article.text == text and article.text_origin == Article.TextOrigin.SUPPLIED
    # Nothing to fetch: the article waits for extraction of the client's text.
    assert body["extraction_state"] == Article.ExtractionState.PENDING and server_hits == []
    detail = client.get(f"/api/v1/articles/{article.pk}/").json()
    assert detail["text_origin"] == "supplied" and detail["text"] == text


def test_articles_stored_before_the_origin_was_recorded_read_blank(client):
    from django.db import connection

    with connection.cursor() as cursor:
        # As matching's corpus generator does: raw SQL naming no text_origin.
        cursor.execute(
            "INSERT INTO sources_article (title, language, author, text, content_hash,"
            " extraction_state, extraction_error, extraction_attempts, published_precision,"
            " created_at, updated_at) VALUES ('', 'fr', '', 'Un texte.', %s, 'done', '', 0,"
            " '', now(), now()) RETURNING id",
            ["a" * 64],
        )
        pk = cursor.fetchone()[0]
    assert Article.objects.get(pk=pk).text_origin == ""
    assert client.get(f"/api/v1/articles/{pk}/").json()["text_origin"] == ""
