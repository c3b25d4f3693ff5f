"""fetch_url: address blocking on every hop, pinning, redirects, limits, timeouts."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from copydesk.errors import BlockedAddress, FetchError, FetchStatus, FetchTimeout, InputTooLarge
from copydesk.ingest import fetch_url, read_story
from copydesk.ingest.fetch import blocked_reason
from copydesk.settings import DEFAULTS

PUBLIC = "93.184.216.34"
PAGE = (
    b"<html><head><title>Storm hits coast</title></head><body><article>"
    b"<p>The storm hit the coast on Monday night and the police closed the main road, officials said.</p>"
    b"<p>Thousands of homes lost power as the wind brought down lines across the county.</p>"
    b"</article></body></html>"
)
ALLOW = replace(DEFAULTS, allow_private_addresses=True)


def resolver(table: dict[str, list[str]]) -> Callable[[str], list[str]]:
    def resolve(host: str) -> list[str]:
        return table[host]

    return resolve


class Recorder:
    """A MockTransport handler that records requests and answers by Host header + path."""

    def __init__(self, routes: dict[str, httpx.Response | Exception]) -> None:
        self.routes = routes
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.routes[request.headers["host"] + request.url.path]
        if isinstance(answer, Exception):
            raise answer
        return answer

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self))


def html(body: bytes = PAGE) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"}, content=body)


def redirect(location: str, status: int = 302) -> httpx.Response:
    return httpx.Response(status, headers={"location": location})


# --------------------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "127.8.9.10", "169.254.169.254", "10.0.0.5", "172.16.3.4", "192.168.1.1",
     "100.64.0.1", "0.0.0.0", "224.0.0.1", "240.0.0.1", "255.255.255.255",
     "::1", "::", "fe80::1", "fc00::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254",
     "64:ff9b::a00:1", "2002:7f00:1::"],
)
def test_blocked_reason_refuses_non_public(address: str) -> None:
    assert blocked_reason(address) is not None


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_blocked_reason_allows_public(address: str) -> None:
    assert blocked_reason(address) is None


@pytest.mark.parametrize(
    "address", ["127.0.0.1", "169.254.169.254", "10.1.2.3", "::1", "::ffff:127.0.0.1"]
)
def test_fetch_refuses_host_resolving_to_private(address: str) -> None:
    rec = Recorder({})
    with pytest.raises(BlockedAddress) as info, rec.client() as client:
        fetch_url("http://news.example/a", client=client, resolver=resolver({"news.example": [address]}))
    assert info.value.code == "fetch.blocked_address"
    assert info.value.details["address"] == address
    assert rec.requests == []  # refused before any connection


def test_fetch_refuses_when_any_resolved_address_is_private() -> None:
    with pytest.raises(BlockedAddress):
        fetch_url("http://news.example/a", resolver=resolver({"news.example": [PUBLIC, "10.0.0.1"]}))


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1/", "http://[::1]:8080/x", "http://[::ffff:127.0.0.1]/", "http://169.254.169.254/latest"]
)
def test_fetch_refuses_ip_literals(url: str) -> None:
    with pytest.raises(BlockedAddress):
        fetch_url(url, resolver=resolver({}))


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://example.com/"])
def test_fetch_refuses_other_schemes(url: str) -> None:
    with pytest.raises(BlockedAddress) as info:
        fetch_url(url, resolver=resolver({}))
    assert "http" in info.value.message


# --------------------------------------------------------------------------- pinning and redirects


def test_fetch_public_host_is_pinned_to_checked_address() -> None:
    rec = Recorder({"news.example/a": html()})
    with rec.client() as client:
        page = fetch_url("https://news.example/a", client=client, resolver=resolver({"news.example": [PUBLIC]}))
    assert (page.status, page.body, page.final_url, page.charset) == (200, PAGE, "https://news.example/a", "utf-8")
    [request] = rec.requests
    assert request.url.host == PUBLIC and request.headers["host"] == "news.example"
    assert request.extensions["sni_hostname"] == "news.example"


@pytest.mark.parametrize(
    ("target", "table"),
    [
        ("http://127.0.0.1/admin", {}),
        ("http://169.254.169.254/latest/meta-data/", {}),
        ("http://[::1]/", {}),
        ("http://[::ffff:127.0.0.1]/", {}),
        ("http://intranet.example/", {"intranet.example": ["10.0.0.7"]}),
    ],
)
def test_fetch_redirect_to_private_address_is_refused(target: str, table: dict[str, list[str]]) -> None:
    rec = Recorder({"news.example/a": redirect(target)})
    names = resolver({"news.example": [PUBLIC], **table})
    with pytest.raises(BlockedAddress), rec.client() as client:
        fetch_url("http://news.example/a", client=client, resolver=names)
    assert len(rec.requests) == 1  # the private hop was never requested


def test_fetch_follows_relative_and_cross_host_redirects() -> None:
    rec = Recorder({
        "news.example/a": redirect("/b", 301),
        "news.example/b": redirect("https://cdn.example/c", 308),
        "cdn.example/c": html(),
    })
    names = resolver({"news.example": [PUBLIC], "cdn.example": ["8.8.4.4"]})
    with rec.client() as client:
        page = fetch_url("http://news.example/a", client=client, resolver=names)
    assert page.final_url == "https://cdn.example/c" and page.url == "http://news.example/a"
    assert [r.url.host for r in rec.requests] == [PUBLIC, PUBLIC, "8.8.4.4"]


def test_fetch_stops_after_max_redirects() -> None:
    rec = Recorder({"news.example/a": redirect("/a")})
    settings = replace(DEFAULTS, fetch_max_redirects=3)
    with pytest.raises(FetchError) as info, rec.client() as client:
        fetch_url("http://news.example/a", client=client, settings=settings, resolver=resolver({"news.example": [PUBLIC]}))
    assert info.value.code == "fetch.failed" and len(rec.requests) == 4


# --------------------------------------------------------------------------- status, time, size


def test_fetch_error_status_carries_status_and_url() -> None:
    rec = Recorder({"news.example/gone": httpx.Response(404)})
    with pytest.raises(FetchStatus) as info, rec.client() as client:
        fetch_url("http://news.example/gone", client=client, resolver=resolver({"news.example": [PUBLIC]}))
    assert info.value.code == "fetch.status"
    assert info.value.details == {"status": 404, "url": "http://news.example/gone"}


def test_fetch_timeout() -> None:
    rec = Recorder({"news.example/slow": httpx.ReadTimeout("slow")})
    with pytest.raises(FetchTimeout) as info, rec.client() as client:
        fetch_url("http://news.example/slow", client=client, resolver=resolver({"news.example": [PUBLIC]}))
    assert info.value.code == "fetch.timeout"


def test_fetch_connection_error_is_fetch_error() -> None:
    rec = Recorder({"news.example/x": httpx.ConnectError("refused")})
    with pytest.raises(FetchError) as info, rec.client() as client:
        fetch_url("http://news.example/x", client=client, resolver=resolver({"news.example": [PUBLIC]}))
    assert info.value.code == "fetch.failed"


def test_fetch_refuses_declared_oversize_body() -> None:
    rec = Recorder({"news.example/big": html(b"x" * 2000)})
    small = replace(DEFAULTS, fetch_max_bytes=1000)
    with pytest.raises(InputTooLarge) as info, rec.client() as client:
        fetch_url("http://news.example/big", client=client, settings=small, resolver=resolver({"news.example": [PUBLIC]}))
    assert info.value.code == "input.too_large"


def test_fetch_stops_streaming_past_the_cap() -> None:
    sent: list[int] = []

    def chunks() -> Iterator[bytes]:
        for i in range(1000):
            sent.append(i)
            yield b"y" * 100

    rec = Recorder({"news.example/big": httpx.Response(200, content=chunks())})
    small = replace(DEFAULTS, fetch_max_bytes=1000)
    with pytest.raises(InputTooLarge), rec.client() as client:
        fetch_url("http://news.example/big", client=client, settings=small, resolver=resolver({"news.example": [PUBLIC]}))
    assert len(sent) < 20  # stopped early, not after reading everything


def test_read_story_from_url_uses_content_type_and_final_url() -> None:
    rec = Recorder({"news.example/a": redirect("/story"), "news.example/story": html()})
    with rec.client() as client:
        story = read_story("http://news.example/a", client=client, resolver=resolver({"news.example": [PUBLIC]}))
    assert story.title == "Storm hits coast"
    assert story.url == "http://news.example/story"
    assert story.paragraphs[0].startswith("The storm hit the coast")


# --------------------------------------------------------------------------- real loopback


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/old":
            self.send_response(302)
            self.send_header("Location", "/story")
            self.end_headers()
            return
        if self.path == "/story":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)
            return
        self.send_response(500)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture()
def loopback() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_loopback_end_to_end_when_private_allowed(loopback: str) -> None:
    story = read_story(f"{loopback}/old", settings=ALLOW)
    assert story.title == "Storm hits coast" and story.url == f"{loopback}/story"
    with pytest.raises(FetchStatus) as info:
        fetch_url(f"{loopback}/broken", settings=ALLOW)
    assert info.value.details["status"] == 500


def test_loopback_refused_by_default(loopback: str) -> None:
    with pytest.raises(BlockedAddress):
        read_story(f"{loopback}/story")


# --------------------------------------------------------------------------- pinned HTTPS (real TLS on loopback)


@pytest.fixture()
def tls_loopback(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """An HTTPS server on 127.0.0.1 with a self-signed certificate for news.example."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=news.example", "-addext", "subjectAltName=DNS:news.example"],
        check=True, capture_output=True, timeout=60,
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], cert
    finally:
        server.shutdown()
        server.server_close()


def test_pinned_https_keeps_sni_and_certificate_hostname(tls_loopback: tuple[int, Path]) -> None:
    port, cert = tls_loopback
    verify = ssl.create_default_context(cafile=str(cert))
    names = resolver({"news.example": ["127.0.0.1"], "other.example": ["127.0.0.1"]})
    with httpx.Client(verify=verify, timeout=5) as client:
        page = fetch_url(f"https://news.example:{port}/story", settings=ALLOW, client=client, resolver=names)
        assert page.status == 200 and page.body == PAGE
        # Same IP, wrong name: the certificate is checked against the name, not the IP.
        with pytest.raises(FetchError) as info:
            fetch_url(f"https://other.example:{port}/story", settings=ALLOW, client=client, resolver=names)
    assert info.value.code == "fetch.failed" and "other.example" in info.value.message
    assert "CERTIFICATE_VERIFY_FAILED" in info.value.message or "hostname" in info.value.message.lower()
