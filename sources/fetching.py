"""Fetching one web page safely, and reading an article out of it.

No Django models here: `fetch_page` is bytes over the network through the SSRF guard, and
`extract_article` is trafilatura over those bytes. Every refusal is a DomainError whose `code`
is one of FAILURE_REASONS, so the article, the bulk report and the API say the same thing.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx
from django.conf import settings

from core.errors import DomainError
from core.ssrf import ALLOWED_SCHEMES, REFUSED, Resolver, guarded_client

FAILURE_REASONS = {
    "http_error": "the server answered with an error status (404, 500…)",
    "timeout": "the whole fetch took longer than FETCH_TIMEOUT_SECONDS",
    "not_html": "the response is not an HTML page",
    "too_large": "the body is larger than FETCH_MAX_BYTES",
    "too_many_redirects": "more than FETCH_MAX_REDIRECTS redirects",
    "no_text": "no article text was found in the page",
    "refused_address": "the URL or a redirect points to a non-public address or scheme",
    "connection_error": "the server could not be reached",
    "dns_error": "the host name does not resolve",
    "invalid_url": "the URL is malformed",
}
# Below this, what trafilatura found is a menu or a caption, not an article with claims.
MIN_ARTICLE_CHARS = 80
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
USER_AGENT = "ClaimTracker/0.1 (fact-checking desk; article fetcher)"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_HTML_SNIFF = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)", re.I | re.S)
_HTML_LANG = re.compile(rb"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)


@dataclass(frozen=True)
class FetchedPage:
    url: str  # after redirects
    status: int
    content_type: str
    charset: str | None
    body: bytes


@dataclass(frozen=True)
class ExtractedPage:
    text: str
    title: str
    author: str
    published: dt.date | None
    language: str


def fetch_page(
    url: str,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
    max_redirects: int | None = None,
    resolver: Resolver | None = None,
) -> FetchedPage:
    """GET an HTML page: every hop SSRF-checked, the whole fetch under one deadline."""
    timeout = settings.FETCH_TIMEOUT_SECONDS if timeout is None else timeout
    max_bytes = settings.FETCH_MAX_BYTES if max_bytes is None else max_bytes
    max_redirects = settings.FETCH_MAX_REDIRECTS if max_redirects is None else max_redirects
    deadline = time.monotonic() + timeout
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9"}
    with guarded_client(timeout=timeout, resolver=resolver, headers=headers) as client:
        current = url
        for _hop in range(max_redirects + 1):
            if urlsplit(current).scheme.lower() not in ALLOWED_SCHEMES:
                # httpx would call this a connection error; it is a refusal.
                raise DomainError(f"Refused to fetch {current!r}: not http(s).", code=REFUSED)
            try:
                # The transport resolves and checks the host of every hop (core.ssrf).
                request = client.build_request(
                    "GET", current, timeout=httpx.Timeout(_remaining(deadline))
                )
                response = client.send(request, stream=True)
            except httpx.TimeoutException:
                raise _timeout(timeout) from None
            except httpx.InvalidURL as exc:
                raise DomainError(f"Invalid URL {current!r}: {exc}", code="invalid_url") from None
            except httpx.TransportError as exc:
                raise DomainError(
                    f"Could not connect to {httpx.URL(current).host}: {exc}",
                    code="connection_error",
                ) from None
            try:
                location = response.headers.get("location")
                if response.status_code in REDIRECT_STATUSES and location:
                    current = urljoin(current, location.strip())
                    continue
                return _read(response, current, deadline, timeout, max_bytes)
            finally:
                response.close()
        raise DomainError(
            f"More than {max_redirects} redirects (FETCH_MAX_REDIRECTS).",
            code="too_many_redirects",
        )


def _read(
    response: httpx.Response, url: str, deadline: float, timeout: float, max_bytes: int
) -> FetchedPage:
    if response.status_code >= 400:
        raise DomainError(
            f"HTTP {response.status_code} {response.reason_phrase}".strip(), code="http_error"
        )
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(max_bytes)
    content_type, _, params = response.headers.get("content-type", "").partition(";")
    content_type = content_type.strip().lower()
    if content_type and content_type not in HTML_TYPES:
        raise DomainError(f"Not an HTML page ({content_type}).", code="not_html")
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_raw():
            size += len(chunk)
            if size > max_bytes:
                raise _too_large(max_bytes)
            if time.monotonic() > deadline:
                raise _timeout(timeout)
            chunks.append(chunk)
    except httpx.TimeoutException:
        raise _timeout(timeout) from None
    except httpx.TransportError as exc:
        raise DomainError(f"The connection broke: {exc}", code="connection_error") from None
    body = b"".join(chunks)
    if not content_type and not _HTML_SNIFF.match(body[:2048]):
        raise DomainError("Not an HTML page (no content type, no HTML).", code="not_html")
    if b"\x00" in body[:8192]:
        raise DomainError("Not an HTML page (binary content).", code="not_html")
    charset = None
    match = re.search(r"charset\s*=\s*\"?([\w.:-]+)", params, re.I)
    if match:
        charset = match.group(1)
    return FetchedPage(
        url=url,
        status=response.status_code,
        content_type=content_type or "text/html",
        charset=charset,
        body=body,
    )


def _remaining(deadline: float) -> float:
    return max(0.01, deadline - time.monotonic())


def _timeout(timeout: float) -> DomainError:
    return DomainError(
        f"The fetch took longer than {timeout:g} s (FETCH_TIMEOUT_SECONDS).", code="timeout"
    )


def _too_large(max_bytes: int) -> DomainError:
    return DomainError(
        f"The page is larger than {max_bytes:,} bytes (FETCH_MAX_BYTES).", code="too_large"
    )


def extract_article(page: FetchedPage) -> ExtractedPage:
    """Main text and metadata with trafilatura; boilerplate, navigation and comments dropped.

    trafilatura reads only the bytes given to it: no network access happens here.
    """
    import trafilatura

    html: str | bytes = page.body
    if page.charset:
        try:
            html = page.body.decode(page.charset, errors="replace")
        except LookupError:
            html = page.body  # unknown charset name: let trafilatura detect the encoding
    document = trafilatura.bare_extraction(
        html,
        url=page.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": True, "original_date": True},
    )
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if len(text) < MIN_ARTICLE_CHARS:
        raise DomainError(
            f"No article text was found in the page ({len(text)} characters of main text).",
            code="no_text",
        )
    lang_match = _HTML_LANG.search(page.body[:8192])
    return ExtractedPage(
        text=text,
        title=(document.title or "").strip(),
        author=(document.author or "").strip(),
        published=_parse_date(document.date),
        language=lang_match.group(1).decode().lower() if lang_match else "",
    )


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
