"""Canonical article URLs: the same article reached by two links is stored once.

Not a URLconf (this app has none); the name is about the article's address.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from core.errors import DomainError

# Parameters that say how a reader arrived, never which article they read.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "ref",
        "ref_src",
        "ref_url",
        "xtor",
        "xtref",
        "at_medium",
        "at_campaign",
        "ito",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ns_linkname",
        "ns_fee",
        "cmpid",
        "oly_enc_id",
        "oly_anon_id",
        "vero_id",
        "wt_mc",
        "wt.mc_id",
        "s_cid",
        "__twitter_impression",
        "amp",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_URL_LENGTH = 2000
_PERCENT = re.compile(r"%[0-9a-fA-F]{2}")
# A `%` that starts no escape (`/a%zz`, a trailing `%`): no valid URI has one.
_STRAY_PERCENT = re.compile(r"%(?![0-9a-fA-F]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def normalize_url(url: str) -> str:
    """The canonical form we store and look articles up by.

    Scheme and host lower-case (host IDNA-encoded, trailing dot dropped), default port
    dropped, empty path made "/", fragment dropped, tracking parameters removed, remaining
    query parameters sorted (keys, then values; blank values kept), percent-escapes upper-case.
    The path keeps its case and trailing slash: servers treat them as different resources.
    """
    raw = (url or "").strip()
    if not raw:
        raise DomainError("The URL is empty.", code="invalid_url", field="url")
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError as exc:
        raise DomainError(f"Invalid URL {raw!r}: {exc}", code="invalid_url", field="url") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise DomainError(
            f"Only http and https URLs are accepted, not {raw!r}.", code="invalid_url", field="url"
        )
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise DomainError(f"The URL {raw!r} has no host.", code="invalid_url", field="url")
    try:
        host = host.encode("idna").decode("ascii").lower() if not host.isascii() else host.lower()
    except UnicodeError:
        raise DomainError(
            f"Invalid host name in {raw!r}.", code="invalid_url", field="url"
        ) from None
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    if parts.username or parts.password:
        # Credentials in a link are a leak, not part of the article's identity.
        raise DomainError(
            "URLs with a user name or password are not accepted.", code="invalid_url", field="url"
        )
    path = _normalize_escapes(parts.path) or "/"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(key)
    ]
    canonical = urlunsplit((scheme, netloc, path, urlencode(sorted(query), quote_via=quote), ""))
    if len(canonical) > MAX_URL_LENGTH:
        raise DomainError(
            f"The URL is longer than {MAX_URL_LENGTH} characters.", code="invalid_url", field="url"
        )
    return canonical


def escape_stray_percents(url: str) -> str:
    """`%` not followed by two hex digits written as `%25`: the only thing it can stand for
    is a literal percent sign, and a stored `/a%zz` is no valid URI (it broke the API's own
    `format: uri` responses, issue #19). Links we keep as given
    (evidence) go through this alone; article URLs through normalize_url, which calls it."""
    return _STRAY_PERCENT.sub("%25", url)


def _normalize_escapes(path: str) -> str:
    """`%7e`, `%7E` and `~` are one URL; `%2F` stays escaped (it is not a path separator)."""

    def one(match: re.Match[str]) -> str:
        char = chr(int(match.group(0)[1:], 16))
        return char if char in _UNRESERVED else match.group(0).upper()

    # Escape what is not allowed raw (spaces, non-ASCII) and a `%` that starts no escape;
    # existing escapes are kept as is.
    return quote(escape_stray_percents(_PERCENT.sub(one, path)), safe="/:@!$&'()*+,;=-._~%")
