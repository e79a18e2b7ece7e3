"""A real HTTP server on 127.0.0.1 serving article pages, for the fetch and import tests.

Nothing here talks to any other address: the redirect to a private address is refused by
the SSRF guard before a connection is made.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

PAGES = Path(__file__).parent / "pages"
CLAIMREVIEWS = Path(__file__).parent / "claimreviews"
HTML = "text/html; charset=utf-8"


def _routes() -> dict[str, tuple[int, dict[str, str], bytes]]:
    page = {p.stem: p.read_bytes() for p in PAGES.glob("*.html")}
    redirect = lambda to, code=302: (code, {"Location": to}, b"")  # noqa: E731
    return {
        "/fr/article": (200, {"Content-Type": HTML}, page["fr_article"]),
        "/fr/article-copy": (200, {"Content-Type": HTML}, page["fr_article"]),
        "/en/article": (200, {"Content-Type": HTML}, page["en_article"]),
        "/en/bikes": (200, {"Content-Type": "application/xhtml+xml"}, page["en_time_tag"]),
        "/latin1": (
            200,
            {"Content-Type": "text/html; charset=iso-8859-1"},
            page["fr_article"].decode().replace('charset="utf-8"', "").encode("latin-1", "replace"),
        ),
        "/gallery": (200, {"Content-Type": HTML}, page["no_text"]),
        "/chain/1": redirect("/chain/2", 301),
        "/chain/2": redirect("http://localhost:{port}/chain/3", 307),
        "/chain/3": redirect("/en/article?utm_source=x", 308),
        "/loop": redirect("/loop"),
        "/missing": (404, {"Content-Type": HTML}, b"<html><body>Not found</body></html>"),
        "/server-error": (500, {"Content-Type": HTML}, b"<html><body>Oops</body></html>"),
        "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\x00\x01\x02" * 50),
        "/binary-as-html": (200, {"Content-Type": HTML}, b"\x89PNG\r\n\x1a\n\x00\x00" * 100),
        "/huge": (200, {"Content-Type": HTML}, b"<html><body>" + b"<p>word </p>" * 200_000),
        "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
        "/to-private": redirect("http://10.0.0.1/admin"),
        "/to-ftp": redirect("ftp://127.0.0.1/file"),
        "/claimreview.html": (
            200,
            {"Content-Type": HTML},
            (CLAIMREVIEWS / "embedded.html").read_bytes(),
        ),
    }


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
    hits: list[str] = []

    def do_GET(self):
        self.hits.append(self.path)
        path = self.path.split("?", 1)[0]
        if path == "/slow":
            time.sleep(3)
        if path == "/huge-unannounced":
            # No Content-Length: the fetcher must stop reading at the cap by itself.
            self.send_response(200)
            self.send_header("Content-Type", HTML)
            self.end_headers()
            for _ in range(400):
                self.wfile.write(b"<p>" + b"x" * 4096 + b"</p>")
            return
        status, headers, body = self.routes.get(path, (404, {}, b"not found"))
        if path == "/slow":
            status, headers, body = self.routes["/en/article"]
        self.send_response(status)
        port = self.server.server_address[1]
        for name, value in headers.items():
            self.send_header(name, value.replace("{port}", str(port)))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def page_server():
    _Handler.routes = _routes()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def server_hits():
    _Handler.hits.clear()
    return _Handler.hits


@pytest.fixture
def local_fetching(settings, page_server):
    """Allow the local test server (and only it) past the SSRF guard; small, fast limits."""
    settings.SSRF_ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    settings.FETCH_TIMEOUT_SECONDS = 1.5
    settings.FETCH_MAX_BYTES = 1_000_000
    settings.FETCH_MAX_REDIRECTS = 4
    return page_server


@pytest.fixture(autouse=True)
def _in_tmp_dir(tmp_path, monkeypatch):
    # The ingest command writes its failure report in the working directory.
    monkeypatch.chdir(tmp_path)
