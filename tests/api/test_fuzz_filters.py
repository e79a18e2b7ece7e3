"""Hostile values in every filter (issue #19): every query parameter of every list endpoint
of the API, as the OpenAPI schema declares them, and every filter of every admin
changelist, as the registered ModelAdmins declare them. A filter added later is fuzzed
without touching this file.

What is sent: NUL, lone surrogates and bytes that are no UTF-8, nesting a thousand deep,
numbers past any column (1e400, 10^23, bigint's edges), negative and fractional ids,
RTL marks, combining characters, NBSP and other odd spaces, very long strings, and
hypothesis's mixtures of these. Each value goes to each parameter once (a fixed loop),
then hypothesis sends 1 to 3 parameters at a time with drawn values.

What must hold: 2xx, 3xx or 4xx, never a 5xx (the test client raises the server's
exception instead, which fails the test with its traceback), and in the API every 4xx
is the project's error shape. The database is the real one; nothing is mocked.
"""

from __future__ import annotations

import os
from urllib.parse import quote

import pytest
from django.contrib import admin
from django.test import Client, RequestFactory
from django.urls import reverse
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from matching.models import DuplicateSuggestion
from notifications.models import Event, Notification, WebhookEndpoint
from tests.factories import (
    AppearanceFactory,
    ClaimFactory,
    EvidenceFactory,
    user_in_group,
)

# Drawn requests per endpoint or changelist, after the fixed loop; FUZZ_EXAMPLES=500 for a
# longer hunt. The whole file takes about 50 s on a 2-core machine at 15, most of it in
# the admin (a changelist page is rendered for every request that passes).
MAX_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "15"))
FUZZ_SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,  # the same requests on every run, so CI does not flake
    database=None,
    suppress_health_check=list(HealthCheck),
)

# Sent to every parameter. bytes are sent as they are (percent-encoded), not as UTF-8.
HOSTILE: list[str | bytes] = [
    "\x00",
    "\ud800",  # a lone high surrogate: b"\xed\xa0\x80" on the wire
    "x\udfffy",
    b"\xff\xfe",
    b"\xc0\x80",  # an overlong NUL
    "[" * 1000 + "]" * 1000,
    '{"a":' * 300 + "1" + "}" * 300,
    "1e400",
    "-1e400",
    "99999999999999999999999",
    "9223372036854775808",
    "-9223372036854775809",
    "-1",
    "1.5",
    "NaN",
    "0x1F",
    "\u200f\u202eevil\u202c",  # RTL mark, right-to-left override
    "e\u0301\u0301\u0301",  # combining accents
    "\u00a0",
    "\u2003\u2028\ufeff",
    "a" * 10_000,
    "é" * 3_000,
    "%zz",
    "' OR 1=1--",
    "",
    "2024-13-45",
]

# Pieces hypothesis mixes with arbitrary text (surrogates and controls included).
_PIECES = st.sampled_from(
    ["\x00", "\ud800", "\udc00", "[", "]", "{", "}", "%", "\u200f", "\u0301", "\u00a0", ",", "-"]
)
_ANY_CHAR = st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF)
_NUMBER_TEXT = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-9999, max_value=9999).map(lambda e: f"1e{e}"),
)
VALUES: st.SearchStrategy[str | bytes] = st.one_of(
    st.sampled_from(HOSTILE),
    _NUMBER_TEXT,
    st.text(_ANY_CHAR, max_size=40),
    st.lists(st.one_of(_PIECES, st.text(_ANY_CHAR, max_size=5)), max_size=30).map("".join),
    st.integers(min_value=1, max_value=3000).map(lambda n: "[" * n + "]" * n),
    st.binary(max_size=20),
)


def _encode(value: str | bytes) -> str:
    raw = value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")
    return quote(raw, safe="")


def _url(path: str, params: dict[str, str | bytes]) -> str:
    return path + "?" + "&".join(f"{quote(k)}={_encode(v)}" for k, v in params.items())


# The API's list endpoints as its schema declares them: GET operations without a path id.
def _list_endpoints() -> dict[str, list[str]]:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    return {
        path: [p["name"] for p in item["get"].get("parameters", []) if p["in"] == "query"]
        for path, item in schema["paths"].items()
        if "get" in item and "{" not in path
    }


LIST_ENDPOINTS = _list_endpoints()
CHANGELISTS = {
    f"admin:{m._meta.app_label}_{m._meta.model_name}_changelist": m for m in admin.site._registry
}


def test_the_schema_gives_the_filters_we_know_of():
    # A guard on the derivation, not a list to keep up to date: if the schema stopped
    # declaring parameters, the fuzz below would silently send nothing to them.
    assert {"q", "status", "source", "created_after"} <= set(LIST_ENDPOINTS["/api/v1/claims/"])
    assert "claim" in LIST_ENDPOINTS["/api/v1/duplicate-suggestions/"]
    assert len(LIST_ENDPOINTS) >= 10 and len(CHANGELISTS) >= 10


@pytest.fixture
def rows(editor):
    """Something for each filter to look at; the editor's token (tests/api/conftest.py)
    makes the API requests."""
    for status, verdict in (("queued", ""), ("published", "false")):
        claim = AppearanceFactory(claim=ClaimFactory(status=status, verdict=verdict)).claim
        EvidenceFactory(claim=claim)
    DuplicateSuggestion.objects.create(claim=ClaimFactory(), candidate=claim, score=0.7)
    event = Event.objects.create(kind="claim.queued", claim=claim, payload={"actor": None})
    Notification.objects.create(user=editor.user, event=event)
    WebhookEndpoint.objects.create(
        url="https://hooks.example.org/in",
        events=["claim.queued"],
        secret="whsec_" + "A" * 32,
        created_by=editor.user,
    )
    return editor


def _fuzz(path: str, names: list[str], check, *, drawn_too: tuple | list = ()) -> None:
    """Every HOSTILE value in each of `names` once, then hypothesis's mixtures of 1 to 3
    parameters (`drawn_too` among them), each URL through `check`."""
    for name in names:
        for value in HOSTILE:
            check(_url(path, {name: value}))

    @FUZZ_SETTINGS
    @given(st.dictionaries(st.sampled_from([*names, *drawn_too]), VALUES, min_size=1, max_size=3))
    def drawn(params):
        url = _url(path, params)
        note(url[:500])
        check(url)

    drawn()


def _check_api(client, url: str) -> None:
    response = client.get(url)
    assert response.status_code < 500, (url[:300], response.status_code)
    if response.status_code >= 400:
        error = response.json()["error"]
        assert isinstance(error["code"], str) and error["code"], url[:300]
        assert isinstance(error["message"], str) and error["message"], url[:300]
        assert isinstance(error["fields"], dict), url[:300]


@pytest.mark.timeout(300)
@pytest.mark.parametrize("path", sorted(LIST_ENDPOINTS))
def test_hostile_values_in_api_filters(path, rows):
    client = rows
    # A parameter the endpoint does not declare must be refused in the same shape.
    names = [*LIST_ENDPOINTS[path], "no_such_filter"]
    _fuzz(path, names, lambda url: _check_api(client, url))


def _changelist_filters(model_admin, url: str, user) -> list[str]:
    """The filters' query parameters, as the changelist builds them from list_filter, and
    `q` when it searches."""
    request = RequestFactory().get(url)
    request.user = user
    changelist = model_admin.get_changelist_instance(request)
    specs = changelist.get_filters(request)[0]
    names = [name for spec in specs for name in spec.expected_parameters()]
    if model_admin.get_search_fields(request):
        names.append("q")
    return names


def _check_admin(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code < 500, (url[:300], response.status_code)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", sorted(CHANGELISTS))
def test_hostile_values_in_admin_changelist_filters(name, rows):
    superuser = user_in_group(None, username="root", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(superuser)
    path = reverse(name)
    filters = _changelist_filters(admin.site._registry[CHANGELISTS[name]], path, superuser)
    # Drawn values reach the changelist's own ordering and page numbers too.
    _fuzz(path, filters, lambda url: _check_admin(client, url), drawn_too=["o", "p"])
