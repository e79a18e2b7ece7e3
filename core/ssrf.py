"""The one guard against server-side request forgery, for every outbound request a user can
point somewhere (article URLs, ClaimReview pages, webhooks).

A URL is only fetched when its scheme is http(s) and *every* address its host resolves to is
public; the connection then goes to the address that was checked (no second DNS lookup an
attacker could answer differently), with the original Host header and TLS server name, so
certificates are still verified for the name. Redirects are not followed by the client: each
hop is a new request through `GuardedTransport`, and so is checked again.

Numeric spellings of addresses (`2130706433`, `0x7f.1`, `017700000001`, `127.1`) need no
special parsing here: they go through the system resolver, which turns them into the address
a connection would really reach, and that address is what is checked.

`SSRF_ALLOWED_HOSTS` (host names, exact, case-insensitive) lets named private hosts through:
the test suite's local server, or an on-premise webhook receiver. It is empty by default.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
from django.conf import settings

from core.errors import DomainError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

ALLOWED_SCHEMES = frozenset({"http", "https"})
REFUSED = "refused_address"

# Ranges that embed an IPv4 address inside IPv6; the embedded address decides.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")
# Python's is_global misses a few of these on 3.11; listing them keeps the rule readable.
_REFUSED_V4 = [
    ipaddress.IPv4Network(n)
    for n in (
        "0.0.0.0/8",  # "this network"; 0.0.0.0 reaches the local host on Linux
        "100.64.0.0/10",  # carrier-grade NAT
        "192.0.0.0/24",  # IETF protocol assignments
        "198.18.0.0/15",  # benchmarking
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved, and 255.255.255.255
    )
]
_REFUSED_V6 = [
    ipaddress.IPv6Network(n)
    for n in (
        "fc00::/7",  # unique local
        "fe80::/10",  # link local
        "fec0::/10",  # site local (deprecated, still routed by some stacks)
        "ff00::/8",  # multicast
        "64:ff9b:1::/48",  # local-use NAT64
        "100::/64",  # discard
        "2001:db8::/32",  # documentation
    )
]


@dataclass(frozen=True)
class CheckedTarget:
    """Where a request may go: the name it was addressed to and the address to connect to."""

    scheme: str
    host: str
    port: int
    address: str


def address_refusal(address: IPAddress) -> str | None:
    """Why an address must not be reached, or None if it is public."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            reason = address_refusal(embedded)
            return f"{reason} (embedded in {address})" if reason else None
        if any(address in net for net in _REFUSED_V6):
            return f"{address} is a non-public IPv6 address"
    elif any(address in net for net in _REFUSED_V4):
        return f"{address} is a non-public IPv4 address"
    if address.is_loopback:
        return f"{address} is a loopback address"
    if address.is_unspecified:
        return f"{address} is the unspecified address"
    if address.is_link_local:
        return f"{address} is a link-local address"
    if address.is_multicast:
        return f"{address} is a multicast address"
    if address.is_private:
        return f"{address} is a private address"
    if address.is_reserved or not address.is_global:
        return f"{address} is a reserved address"
    return None


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    # ::a.b.c.d (deprecated "IPv4-compatible"); :: and ::1 are handled as themselves.
    if address in _IPV4_COMPATIBLE and int(address) > 1:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    # getaddrinfo may add a %scope to link-local IPv6; the scope is not part of the address.
    return list(dict.fromkeys(str(info[4][0]).split("%")[0] for info in infos))


def allowed_hosts() -> frozenset[str]:
    raw = getattr(settings, "SSRF_ALLOWED_HOSTS", ()) or ()
    if isinstance(raw, str):
        raw = raw.split(",")
    return frozenset(h.strip().lower().rstrip(".") for h in raw if h.strip())


def check_url(url: str, *, resolver: Resolver | None = None) -> CheckedTarget:
    """Resolve and check a URL's host; raise DomainError(code="refused_address") if refused."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise DomainError(f"Invalid URL {url!r}: {exc}", code="invalid_url", field="url") from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise DomainError(
            f"Only http and https URLs can be fetched, not {scheme or 'a URL without scheme'}.",
            code=REFUSED,
            field="url",
        )
    host = (parts.hostname or "").lower()
    if not host:
        raise DomainError(f"The URL {url!r} has no host.", code="invalid_url", field="url")
    port = port or (443 if scheme == "https" else 80)
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        raise DomainError(f"Invalid host name {host!r}.", code="invalid_url", field="url") from None
    try:
        addresses = (resolver or system_resolver)(ascii_host, port)
    except (OSError, UnicodeError) as exc:
        raise DomainError(
            f"The host {host} cannot be resolved ({exc}).", code="dns_error", field="url"
        ) from None
    if not addresses:
        raise DomainError(f"The host {host} has no address.", code="dns_error", field="url")
    if host.rstrip(".") not in allowed_hosts():
        for raw in addresses:
            refusal = address_refusal(ipaddress.ip_address(raw))
            if refusal:
                raise DomainError(
                    f"Refused to fetch {host}: {refusal}. Only public addresses are fetched "
                    "(SSRF_ALLOWED_HOSTS lists exceptions).",
                    code=REFUSED,
                    field="url",
                )
    return CheckedTarget(scheme=scheme, host=ascii_host, port=port, address=addresses[0])


def numeric_resolver(host: str, port: int) -> list[str]:
    """Addresses written as numbers (in any spelling inet_aton accepts); no DNS query."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
    return list(dict.fromkeys(str(info[4][0]).split("%")[0] for info in infos))


def refuse_literal_address(url: str) -> None:
    """Refuse a URL whose host is a non-public address written as a number, without any DNS
    query: what a request handler can say at once. Host names are left to `check_url` at
    fetch time, where the answer is used for the connection too."""
    try:
        check_url(url, resolver=numeric_resolver)
    except DomainError as exc:
        if exc.code != "dns_error":  # a name, not a number: not decidable without DNS
            raise


# Top-level names that never reach the public internet (RFC 6761, RFC 8375, ICANN's
# .internal); a host under them is no link a reader can follow.
_LOCAL_SUFFIXES = ("localhost", "local", "internal", "home.arpa", "localdomain")


def public_link_refusal(url: str) -> str | None:
    """Why a link shown to readers (evidence) is not a public address, or None. No DNS query:
    an address written as a number (any spelling the resolver reads) is checked as the
    address it is, a single-label or local-only name is refused by its form, and other names
    are accepted. SSRF_ALLOWED_HOSTS does not apply: nothing is fetched from these links."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"the URL is invalid ({exc})"
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        return "the URL has no host"
    try:
        addresses = numeric_resolver(host, port or 80)
    except (OSError, UnicodeError):
        addresses = []  # a name, not a number
    for raw in addresses:
        refusal = address_refusal(ipaddress.ip_address(raw))
        if refusal:
            return f"{host} is {refusal.split(' is ', 1)[1]} ({raw})" if host != raw else refusal
    if addresses:
        return None
    if host in _LOCAL_SUFFIXES or host.endswith(tuple("." + s for s in _LOCAL_SUFFIXES)):
        return f"{host} is a local-only host name"
    if "." not in host:
        return f"{host} is a single-label host name, which only resolves on a local network"
    return None


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport that checks every request's host and pins the connection to the
    checked address. Connection pools are kept per (name, address) so a TLS connection made
    for one name is never reused for another name on the same address."""

    def __init__(self, *, resolver: Resolver | None = None, **transport_options: Any) -> None:
        self._resolver = resolver
        self._options = transport_options
        self._pools: dict[tuple[str, str, str, int], httpx.HTTPTransport] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        target = check_url(str(request.url), resolver=self._resolver)
        key = (target.scheme, target.host, target.address, target.port)
        pool = self._pools.get(key)
        if pool is None:
            pool = self._pools[key] = httpx.HTTPTransport(**self._options)
        # The Host header was set from the original URL when the request was built.
        request.url = request.url.copy_with(host=target.address)
        if target.scheme == "https":
            request.extensions = {**request.extensions, "sni_hostname": target.host}
        return pool.handle_request(request)

    def close(self) -> None:
        for pool in self._pools.values():
            pool.close()
        self._pools.clear()


def guarded_client(
    *, timeout: float, resolver: Resolver | None = None, **kwargs: Any
) -> httpx.Client:
    """An httpx client for user-supplied URLs. Redirects are left to the caller (each hop goes
    through the guard again); proxies from the environment are ignored, since a proxy would
    make the connection the guard did not check."""
    return httpx.Client(
        transport=GuardedTransport(resolver=resolver),
        timeout=timeout,
        follow_redirects=False,
        trust_env=False,
        **kwargs,
    )
