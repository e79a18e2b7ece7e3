"""Canonical URLs: one article, however it was linked."""

from __future__ import annotations

import pytest

from core.errors import DomainError
from sources.urls import normalize_url


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("HTTPS://WWW.Example.COM/Path", "https://www.example.com/Path"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        (
            "https://example.com/a?utm_source=tw&utm_medium=social&id=7&fbclid=x&gclid=y",
            "https://example.com/a?id=7",
        ),
        (
            "https://example.com/a?mc_cid=1&mc_eid=2&igshid=3&ref=home&xtor=RSS-1",
            "https://example.com/a",
        ),
        ("https://example.com/a?UTM_Campaign=x&q=", "https://example.com/a?q="),
        ("https://example.com/a%7eb/c%2fd", "https://example.com/a~b/c%2Fd"),
        ("https://example.com/é t", "https://example.com/%C3%A9%20t"),
        ("https://bücher.example./", "https://xn--bcher-kva.example/"),
        ("http://[::1]:80/", "http://[::1]/"),
        ("  https://example.com/a  ", "https://example.com/a"),
    ],
)
def test_normalisation(raw, canonical):
    assert normalize_url(raw) == canonical


def test_two_links_to_one_article_are_equal():
    a = normalize_url("https://www.lemonde.fr/politique/article/x.html?xtor=RSS-3208#xtor=RSS")
    b = normalize_url("HTTPS://www.lemonde.fr:443/politique/article/x.html")
    assert a == b


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "example.com/a",
        "ftp://example.com/",
        "javascript:alert(1)",
        "https://",
        "https://u:p@example.com/",
    ],
)
def test_unusable_urls_are_refused(bad):
    with pytest.raises(DomainError) as err:
        normalize_url(bad)
    assert err.value.code == "invalid_url"
