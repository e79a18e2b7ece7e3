"""core.ssrf: which addresses may be fetched, in every spelling, through the real resolver.

Every host here is numeric (or `localhost`), so getaddrinfo answers without DNS, and no test
opens a connection to anything but the local test server.
"""

from __future__ import annotations

import ipaddress
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from core.errors import DomainError
from core.ssrf import address_refusal, check_url, guarded_client, refuse_literal_address

ALLOW, REFUSE = "allow", "refuse"

TABLE = [
    # public
    ("http://8.8.8.8/", ALLOW),
    ("https://1.1.1.1:8443/x", ALLOW),
    ("http://[2606:4700:4700::1111]/", ALLOW),
    ("http://134744072/", ALLOW),  # 8.8.8.8 as one number
    ("http://[::ffff:8.8.8.8]/", ALLOW),  # mapped public v4
    ("http://[64:ff9b::808:808]/", ALLOW),  # NAT64 of 8.8.8.8
    # loopback in every spelling
    ("http://127.0.0.1/", REFUSE),
    ("http://127.1/", REFUSE),
    ("http://127.0.1/", REFUSE),
    ("http://2130706433/", REFUSE),
    ("http://0x7f.1/", REFUSE),
    ("http://0x7f000001/", REFUSE),
    ("http://017700000001/", REFUSE),
    ("http://0177.0.0.1/", REFUSE),
    ("http://127.255.255.254/", REFUSE),
    ("http://localhost/", REFUSE),
    ("http://[::1]/", REFUSE),
    ("http://[0:0:0:0:0:0:0:1]/", REFUSE),
    ("http://[::ffff:127.0.0.1]/", REFUSE),
    ("http://[::ffff:7f00:1]/", REFUSE),
    ("http://[::127.0.0.1]/", REFUSE),  # IPv4-compatible
    ("http://[64:ff9b::7f00:1]/", REFUSE),  # NAT64 of loopback
    ("http://[64:ff9b::a00:1]/", REFUSE),  # NAT64 of 10.0.0.1
    ("http://[64:ff9b:1::1]/", REFUSE),  # local-use NAT64
    ("http://[2002:7f00:1::]/", REFUSE),  # 6to4 of loopback
    # unspecified
    ("http://0.0.0.0/", REFUSE),
    ("http://0/", REFUSE),
    ("http://[::]/", REFUSE),
    # private
    ("http://10.0.0.1/", REFUSE),
    ("http://167772161/", REFUSE),  # 10.0.0.1
    ("http://172.16.0.1/", REFUSE),
    ("http://172.31.255.255/", REFUSE),
    ("http://192.168.1.1/", REFUSE),
    ("http://0xc0.0xa8.1.1/", REFUSE),  # 192.168.1.1 in hex
    ("http://[::ffff:192.168.1.1]/", REFUSE),
    # link-local and cloud metadata
    ("http://169.254.169.254/latest/meta-data/", REFUSE),
    ("http://[fe80::1]/", REFUSE),
    ("http://[::ffff:169.254.169.254]/", REFUSE),
    # carrier-grade NAT
    ("http://100.64.0.1/", REFUSE),
    ("http://100.127.255.254/", REFUSE),
    # multicast, reserved, broadcast, special purpose
    ("http://224.0.0.1/", REFUSE),
    ("http://239.255.255.250/", REFUSE),
    ("http://[ff02::1]/", REFUSE),
    ("http://240.0.0.1/", REFUSE),
    ("http://255.255.255.255/", REFUSE),
    ("http://192.0.0.8/", REFUSE),
    ("http://198.18.0.1/", REFUSE),
    ("http://192.0.2.1/", REFUSE),  # documentation
    # unique local IPv6
    ("http://[fc00::1]/", REFUSE),
    ("http://[fd12:3456:789a::1]/", REFUSE),
    ("http://[fec0::1]/", REFUSE),  # site local
    ("http://[2001:db8::1]/", REFUSE),
    # not http(s)
    ("ftp://8.8.8.8/", REFUSE),
    ("file:///etc/passwd", REFUSE),
    ("gopher://8.8.8.8:70/", REFUSE),
]


@pytest.mark.parametrize(("url", "expected"), TABLE, ids=[u for u, _ in TABLE])
def test_address_table(settings, url, expected):
    settings.SSRF_ALLOWED_HOSTS = []
    if expected == ALLOW:
        target = check_url(url)
        assert address_refusal(ipaddress.ip_address(target.address)) is None
    else:
        with pytest.raises(DomainError) as err:
            check_url(url)
        assert err.value.code in {"refused_address", "invalid_url"}


def test_numeric_spellings_are_checked_as_the_address_they_reach(settings):
    settings.SSRF_ALLOWED_HOSTS = []
    for url in ("http://2130706433/", "http://0x7f.1/", "http://017700000001/", "http://127.1/"):
        with pytest.raises(DomainError, match=r"127\.0\.0\.1 is a loopback address"):
            check_url(url)


def test_literal_refusal_needs_no_dns_and_leaves_names_for_later(settings):
    settings.SSRF_ALLOWED_HOSTS = []
    with pytest.raises(DomainError):
        refuse_literal_address("http://0x7f.1/")
    refuse_literal_address("http://some-host.invalid/")  # a name: decided at fetch time
    refuse_literal_address("http://8.8.8.8/")


def test_every_resolved_address_must_be_public(settings):
    settings.SSRF_ALLOWED_HOSTS = []

    def resolver(host, port):
        return ["8.8.8.8", "10.0.0.5"]  # a name with one public and one private answer

    with pytest.raises(DomainError, match=r"10\.0\.0\.5"):
        check_url("http://mixed.example/", resolver=resolver)


def test_allowed_hosts_are_exact_names(settings):
    settings.SSRF_ALLOWED_HOSTS = ["LocalHost", "127.0.0.1"]
    assert check_url("http://localhost:8000/").address == "127.0.0.1"
    assert check_url("http://127.0.0.1/").address == "127.0.0.1"
    with pytest.raises(DomainError):
        check_url("http://127.0.0.2/")
    with pytest.raises(DomainError):
        check_url("http://2130706433/")  # the same address, but not the allowed name


def test_env_style_comma_string_is_accepted(settings):
    settings.SSRF_ALLOWED_HOSTS = "localhost, receiver.internal"
    assert check_url("http://localhost/").host == "localhost"


class _EchoHost(BaseHTTPRequestHandler):
    def do_GET(self):
        body = (self.headers.get("Host") or "").encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_connection_is_pinned_to_the_checked_address_and_keeps_the_host_header(settings):
    settings.SSRF_ALLOWED_HOSTS = ["receiver.test"]
    server = HTTPServer(("127.0.0.1", 0), _EchoHost)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]
    calls = []

    def resolver(host, port_):
        calls.append(host)
        return ["127.0.0.1"]  # what "DNS" answered when it was checked

    try:
        with guarded_client(timeout=5, resolver=resolver) as client:
            response = client.get(f"http://receiver.test:{port}/hook")
        assert response.status_code == 200
        assert response.text == f"receiver.test:{port}"
        assert calls == ["receiver.test"]
    finally:
        server.shutdown()
        server.server_close()


def test_guarded_client_refuses_before_connecting(settings):
    settings.SSRF_ALLOWED_HOSTS = []
    with guarded_client(timeout=1) as client, pytest.raises(DomainError):
        client.get("http://127.0.0.1:9/")


def test_public_link_refusal_says_why_by_the_links_form():
    # Names are judged by their form, never resolved: `localhost` is "local-only", where a
    # DNS answer would have said "loopback"; `nas` is "single-label", not a DNS error.
    from core import ssrf

    refused = {
        "http://0/": "non-public IPv4",
        "http://0x7f.1/": "loopback address (127.0.0.1)",
        "http://2130706433/": "loopback",
        "http://192.168.1.1/": "private",
        "http://[fe80::1]/": "non-public IPv6",
        "http://[::ffff:10.0.0.1]/": "private",
        "http://nas/": "single-label",
        "http://a.localhost/": "local-only",
        "http://localhost/": "local-only",
        "http://srv.internal/": "local-only",
    }
    for url, why in refused.items():
        reason = ssrf.public_link_refusal(url)
        assert reason is not None and why in reason, (url, reason)
    for url in (
        "https://www.insee.fr/fr/statistiques",
        "http://8.8.8.8/",
        "https://xn--e1afmkfd.xn--p1ai/",
    ):
        assert ssrf.public_link_refusal(url) is None, url
