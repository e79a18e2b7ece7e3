"""What a hostile client sent that used to answer 500 (issue #19): NUL characters in query
strings (the API and the admin's list filters) and JSON nested a thousand deep."""

from __future__ import annotations

import base64
import json
import re
import threading
import time

import pytest
from django.test import Client

from core.parsers import MAX_DEPTH, json_depth
from tests.factories import ClaimFactory, SourceFactory, user_in_group


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/claims/?q=%00",
        "/api/v1/claims/?q=russie%00x",
        "/api/v1/claims/?speaker=%00",
        "/api/v1/claims/?status=%00",
        "/api/v1/articles/?q=%00",
    ],
)
def test_a_nul_in_an_api_query_is_a_400_in_the_error_shape(viewer, url):
    ClaimFactory()
    response = viewer.get(url)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid" and "NUL" in error["message"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/admin/claims/claim/?status__exact=%00",
        "/admin/claims/claim/?language__exact=%00",
        "/admin/claims/claim/?speaker=%00",
        "/admin/sources/article/?extraction_state__exact=%00",
        "/admin/auth/user/?username=%00",
    ],
)
def test_a_nul_in_an_admin_list_filter_is_a_400_that_says_why(url):
    client = Client()
    client.force_login(user_in_group(None, username="root", is_staff=True, is_superuser=True))
    response = client.get(url)
    assert response.status_code == 400
    assert "NUL" in response.content.decode()


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 1000, 5000])
def test_deeply_nested_json_is_refused_before_parsing(editor, depth):
    body = "[" * depth + "]" * depth
    claim_url = f"/api/v1/claims/{ClaimFactory().pk}/"
    etag = editor.get(claim_url)["ETag"]
    for method, url in (
        ("post", "/api/v1/articles/"),
        ("post", "/api/v1/webhooks/"),
        ("patch", claim_url),
    ):
        response = getattr(editor, method)(
            url, data=body, content_type="application/json", HTTP_IF_MATCH=etag
        )
        assert response.status_code == 400, (url, response.content[:200])
        assert f"deeper than {MAX_DEPTH}" in response.json()["error"]["message"]


def test_depth_ignores_brackets_inside_strings():
    assert json_depth(json.dumps({"text": "[[[[{{{{"}).encode()) == 1
    assert json_depth(json.dumps({"a": [{"b": [1]}]}).encode()) == 4
    assert json_depth(b'{"a": "\\"[[["}') == 1


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/claims/0.5/",
        "/api/v1/claims/0.5/similar/",
        "/api/v1/webhooks/0.5/",
        "/api/v1/appearances/0.5/split/",
        "/api/v1/no-such-thing/",
    ],
)
def test_every_unknown_api_path_is_a_json_404_even_in_debug(editor, settings, path):
    settings.DEBUG = True  # Django's debug 404 page skips handler404
    response = editor.get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["code"] == "not_found"


def test_a_path_missing_its_final_slash_is_still_redirected(viewer):
    response = viewer.get("/api/v1/claims?limit=1")
    assert response.status_code == 301 and response["Location"] == "/api/v1/claims/?limit=1"


def test_a_post_to_an_unknown_api_path_with_a_session_is_a_json_404(db):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user_in_group("editor", username="edith"))
    response = client.post("/api/v1/appearances/0.5/split/")
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    "cursor",
    [
        "' OR 1=1--",
        "garbage",
        base64.b64encode(b"x=1").decode(),  # decodes, but to nothing DRF writes
        base64.b64encode(b"").decode() + "AAAA",
        base64.b64encode(b"o=0").decode(),  # DRF never writes a zero offset
        base64.b64encode(b"p=2024-01-01&z=1").decode(),
        "cD0yMDI0",  # valid base64 without its padding
    ],
)
@pytest.mark.parametrize("url", ["/api/v1/claims/", "/api/v1/articles/", "/api/v1/sources/"])
def test_a_cursor_drf_did_not_write_is_a_404_not_the_first_page(viewer, url, cursor):
    ClaimFactory()
    response = viewer.get(url, {"cursor": cursor})
    assert response.status_code == 404, response.content[:200]
    assert "Invalid cursor" in response.json()["error"]["message"]


def test_the_cursors_of_next_and_previous_links_still_work(viewer):
    claims = [ClaimFactory() for _ in range(5)]
    first = viewer.get("/api/v1/claims/", {"page_size": 2}).json()
    second = viewer.get(first["next"]).json()
    assert second["results"] and second["previous"]
    back = viewer.get(second["previous"]).json()
    assert [c["id"] for c in back["results"]] == [c["id"] for c in first["results"]]
    seen = {c["id"] for c in first["results"]} | {c["id"] for c in second["results"]}
    assert len(seen) == 4 and seen <= {c.pk for c in claims}


def _patch_targets(editor):
    from notifications.models import WebhookEndpoint

    source = SourceFactory()
    claim = ClaimFactory()
    endpoint = WebhookEndpoint.objects.create(
        url="https://hooks.example.org/in",
        events=["claim.queued"],
        secret="whsec_" + "A" * 32,
        created_by=editor.user,
    )
    claim_url = f"/api/v1/claims/{claim.pk}/"
    return [
        (f"/api/v1/sources/{source.pk}/", {}, "name, domain, kind"),
        (f"/api/v1/webhooks/{endpoint.pk}/", {}, "url, events"),
        (claim_url, {"HTTP_IF_MATCH": editor.get(claim_url)["ETag"]}, "statement, speaker"),
    ]


@pytest.mark.parametrize("body", [None, "{}"])
def test_an_empty_patch_is_a_400_that_names_the_allowed_fields(editor, body):
    for url, headers, allowed in _patch_targets(editor):
        before = editor.get(url).json()
        response = editor.patch(url, data=body, content_type="application/json", **headers)
        assert response.status_code == 400, (url, response.content[:200])
        message = response.json()["error"]["message"]
        assert "at least one field" in message and allowed in message, message
        assert editor.get(url).json() == before


def test_a_claim_patch_with_only_a_reason_is_a_400_too(editor):
    url, headers, _ = _patch_targets(editor)[2]
    response = editor.patch(url, {"reason": "because"}, format="json", **headers)
    assert response.status_code == 400
    assert "allowed: statement" in response.json()["error"]["message"]


def test_the_schema_says_patch_bodies_need_a_property(viewer):
    schema = viewer.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    components = schema["components"]["schemas"]
    for name in (
        "PatchedSourceRequest",
        "PatchedWebhookEndpointWriteRequest",
        "PatchedClaimPatchRequest",
    ):
        assert components[name]["minProperties"] == 1, name
    claim_patch = components["PatchedClaimPatchRequest"]["anyOf"]
    assert {"required": ["statement"]} in claim_patch
    assert {"required": ["reason"]} not in claim_patch


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://0", "0.0.0.0"),
        ("http://127.1/x", "loopback"),
        ("http://10.0.0.1:8080/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://intranet/report", "single-label"),
        ("http://localhost:8000/", "local-only"),
        ("https://printer.local/", "local-only"),
    ],
)
def test_evidence_links_must_be_public_addresses(editor, url, why):
    claim = ClaimFactory()
    body = {"claim": claim.pk, "stance": "supports", "url": url, "article": None}
    response = editor.post("/api/v1/evidence/", body, format="json")
    assert response.status_code == 400, response.content[:300]
    error = response.json()["error"]
    assert "public address" in error["fields"]["url"][0] and why in error["message"]
    assert not claim.evidence.exists()


def test_evidence_links_to_named_public_hosts_are_kept(editor):
    claim = ClaimFactory()
    url = "https://www.insee.fr:65535/fr/statistiques"
    body = {"claim": claim.pk, "stance": "refutes", "url": url}
    response = editor.post("/api/v1/evidence/", body, format="json")
    assert response.status_code == 201 and response.json()["url"] == url


def test_the_evidence_service_refuses_private_links_for_the_admin_too(editor):
    from claims.services import claim_add_evidence
    from core.errors import DomainError

    with pytest.raises(DomainError, match=r"10\.1\.2\.3 is a private address"):
        claim_add_evidence(
            claim_id=ClaimFactory().pk, actor=editor.user, stance="context", url="http://10.1.2.3/"
        )


@pytest.mark.parametrize("port", [65000, 65535])
def test_ports_up_to_65535_are_accepted(editor, port):
    from core.api import PUBLIC_LINK_PATTERN, URL_PATTERN

    url = f"https://example.org:{port}/a"
    assert re.match(URL_PATTERN, url) and re.match(PUBLIC_LINK_PATTERN, url)
    assert not re.match(URL_PATTERN, "https://example.org:65536/a")
    response = editor.post(
        "/api/v1/webhooks/", {"url": url, "events": ["claim.queued"]}, format="json"
    )
    assert response.status_code == 201, response.content[:300]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/duplicate-suggestions/?claim=9.251598577054154e%2B71",
        "/api/v1/duplicate-suggestions/?claim=1.5",
        "/api/v1/duplicate-suggestions/?claim=9223372036854775808",
        "/api/v1/claims/?source=9223372036854775808",
        "/api/v1/claims/?article=-9223372036854775809",
        "/api/v1/evidence/?claim=6e114",
    ],
)
def test_id_filters_are_whole_numbers_within_bigint(editor, url):
    response = editor.get(url)
    assert response.status_code == 400, response.content[:200]
    assert "fields" in response.json()["error"]


def test_every_id_filter_documents_its_bigint_bounds(viewer):
    schema = viewer.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    seen = set()
    for path, item in schema["paths"].items():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query" and parameter["name"] in {
                    "claim",
                    "source",
                    "article",
                }:
                    assert parameter["schema"] == {
                        "type": "integer",
                        "format": "int64",
                        "minimum": -(2**63),
                        "maximum": 2**63 - 1,
                    }, (path, parameter)
                    seen.add((path, parameter["name"]))
    assert ("/api/v1/duplicate-suggestions/", "claim") in seen
    assert ("/api/v1/claims/", "source") in seen


def test_an_id_filter_at_the_bigint_edge_finds_nothing_rather_than_failing(editor):
    for url in ("/api/v1/duplicate-suggestions/", "/api/v1/evidence/"):
        response = editor.get(url, {"claim": 2**63 - 1})
        assert response.status_code == 200 and response.json()["results"] == []


def test_the_article_text_pattern_refuses_what_the_api_refuses(editor):
    schema = editor.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    body = schema["paths"]["/api/v1/articles/"]["post"]["requestBody"]
    pattern = body["content"]["application/json"]["schema"]["properties"]["text"]["pattern"]
    for text in ("1\u00aa\x00x", "\x00", " \n "):  # schemathesis sent the first one
        assert not re.search(pattern, text), text
        response = editor.post("/api/v1/articles/", {"text": text}, format="json")
        assert response.status_code == 400, text
    assert re.search(pattern, " Le chômage a baissé. ")


@pytest.mark.parametrize("q", ["\u00a0", " ", "\u2003\t"])
def test_a_search_that_is_blank_once_stripped_lists_claims_unranked(viewer, q):
    claim = ClaimFactory()
    response = viewer.get("/api/v1/claims/", {"q": q})  # ?q=%C2%A0 was a 500
    assert response.status_code == 200, response.content[:200]
    assert [c["id"] for c in response.json()["results"]] == [claim.pk]
    assert "rank" not in response.json()["results"][0]


@pytest.mark.parametrize(
    ("field", "taken", "body"),
    [
        ("domain", "lemonde.fr", {"name": "Le Monde bis", "domain": "lemonde.fr"}),
        ("name", "Le Monde", {"name": "Le Monde", "domain": "lemonde.example"}),
        ("name", "Le Monde", {"name": "le  monde"}),
    ],
)
def test_a_taken_source_name_or_domain_is_a_409_naming_the_field(editor, field, taken, body):
    SourceFactory(name="Le Monde", domain="lemonde.fr")
    response = editor.post("/api/v1/sources/", body, format="json")
    assert response.status_code == 409, response.content[:300]
    error = response.json()["error"]
    assert error["code"] == "conflict" and list(error["fields"]) == [field]
    assert taken.lower() in error["message"].lower()


def test_a_source_patched_onto_a_taken_domain_is_a_409(editor):
    SourceFactory(domain="lemonde.fr")
    other = SourceFactory()
    response = editor.patch(f"/api/v1/sources/{other.pk}/", {"domain": "lemonde.fr"}, format="json")
    assert response.status_code == 409, response.content[:300]
    assert list(response.json()["error"]["fields"]) == ["domain"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("field", "body"),
    [
        ("name", {"name": "Le Monde", "domain": "elsewhere.example"}),
        ("domain", {"name": "Another outlet", "domain": "lemonde.fr"}),
    ],
)
def test_concurrent_creations_of_one_source_answer_409_not_500(make_client, field, body):
    """The other request's row is inserted but not yet committed when this one checks, so
    the check passes and the INSERT waits on the unique index until the other commits: the
    IntegrityError the race used to turn into a 500."""
    from django.db import connection, connections, transaction

    from sources.models import Source

    editor = make_client("edith", "editor")
    outcome: dict = {}

    def create() -> None:
        try:
            outcome["response"] = editor.post("/api/v1/sources/", body, format="json")
        except Exception as exc:  # a 500 raised through the test client
            outcome["error"] = exc
        finally:
            connections.close_all()

    with transaction.atomic():
        Source.objects.create(name="Le Monde", domain="lemonde.fr")
        thread = threading.Thread(target=create)
        thread.start()
        with connection.cursor() as cursor:
            for _ in range(200):  # until the request's INSERT waits on our row's lock
                cursor.execute(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE wait_event_type = 'Lock' AND datname = current_database()"
                )
                if cursor.fetchone()[0] or not thread.is_alive():
                    break
                time.sleep(0.02)
    thread.join(timeout=30)
    assert "error" not in outcome, repr(outcome.get("error"))
    response = outcome["response"]
    assert response.status_code == 409, response.content[:300]
    assert list(response.json()["error"]["fields"]) == [field]
    assert Source.objects.count() == 1


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("https://example.org/a%zz", "https://example.org/a%25zz"),
        ("https://example.org/a%", "https://example.org/a%25"),
        ("https://example.org/100%/b%2", "https://example.org/100%25/b%252"),
        ("https://example.org/a%2Fb%7e", "https://example.org/a%2Fb~"),  # escapes stay
        ("https://example.org/q?x=5%&y=%zz", "https://example.org/q?x=5%25&y=%25zz"),
    ],
)
def test_a_lone_percent_in_an_article_url_is_stored_escaped(editor, given, stored):
    response = editor.post(
        "/api/v1/articles/", {"text": "Le chômage a baissé.", "url": given}, format="json"
    )
    assert response.status_code in (200, 202), response.content[:300]
    assert response.json()["url"] == stored and _is_uri(stored)
    detail = editor.get(f"/api/v1/articles/{response.json()['id']}/").json()
    assert detail["url"] == stored


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("https://example.org/a%zz", "https://example.org/a%25zz"),
        ("https://example.org/rapport%", "https://example.org/rapport%25"),
        ("https://example.org/a%20b?x=%C3%A9#p%", "https://example.org/a%20b?x=%C3%A9#p%25"),
    ],
)
def test_a_lone_percent_in_an_evidence_url_is_stored_escaped(editor, given, stored):
    claim = ClaimFactory()
    body = {"claim": claim.pk, "stance": "context", "url": given}
    response = editor.post("/api/v1/evidence/", body, format="json")
    assert response.status_code == 201, response.content[:300]
    assert response.json()["url"] == stored and _is_uri(stored)
    assert claim.evidence.get().url == stored


def _is_uri(value: str) -> bool:
    # The check schemathesis applies to a response's `format: uri`.
    import jsonschema_rs

    schema = {"type": "string", "format": "uri"}
    return jsonschema_rs.Draft202012Validator(schema, validate_formats=True).is_valid(value)


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["abc", "\u00b2", "1.5", "-1", "99999999999999999999999"])
def test_the_admin_claim_source_filter_takes_only_an_id(value):
    # Found by tests/api/test_fuzz_filters.py: anything but an id was a ValueError (500).
    # The filter is only applied when there is a source to offer.
    SourceFactory()
    client = Client()
    client.force_login(user_in_group(None, username="root", is_staff=True, is_superuser=True))
    response = client.get("/admin/claims/claim/", {"source": value})
    assert response.status_code == 302 and response["Location"].endswith("?e=1")


@pytest.mark.django_db
def test_the_admin_claim_source_filter_still_filters():
    from tests.factories import AppearanceFactory

    seen = AppearanceFactory()
    AppearanceFactory()
    client = Client()
    client.force_login(user_in_group(None, username="root", is_staff=True, is_superuser=True))
    response = client.get("/admin/claims/claim/", {"source": seen.article.source_id})
    assert response.status_code == 200
    assert [c.pk for c in response.context["cl"].result_list] == [seen.claim_id]
