"""Service security: tokens, sessions, CSRF, body cap, rate limit, private URLs, stored XSS."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from copydesk.settings import Settings, load_settings
from copydesk.store import Store, open_store
from copydesk.testing import fake_enrich, fake_narrate, fake_regenerate
from copydesk.web import create_app
from copydesk.web.security import SESSION_COOKIE, Signer, TokenBucket

STORY = "Officials from Aldovia met in Geneva on Monday. They agreed to cut tariffs on 40 goods. Trade grew."
PASSWORD = "correct horse battery"


def _app(tmp_path: Path, **overrides: Any) -> tuple[TestClient, Store, Settings]:
    settings = load_settings(env={}, data_dir=tmp_path, **overrides)
    store = open_store(f"sqlite:///{tmp_path / 'desk.db'}", settings)
    store.create_user("ana", PASSWORD)
    app = create_app(settings, store, enrich=fake_enrich, narrate=fake_narrate, regenerate=fake_regenerate)
    return TestClient(app, follow_redirects=False), store, settings


@pytest.fixture()
def service(tmp_path: Path) -> Iterator[tuple[TestClient, Store]]:
    client, store, _ = _app(tmp_path)
    with client:
        yield client, store
    store.close()


def _hidden(html: str, name: str) -> str:
    m = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert m, f"no hidden {name} field"
    return m.group(1)


def _login(client: TestClient, password: str = PASSWORD) -> Any:
    page = client.get("/editor/login")
    return client.post("/editor/login", data={"user": "ana", "password": password,
                                              "csrf": _hidden(page.text, "csrf")})


def _auth(store: Store) -> dict[str, str]:
    return {"Authorization": f"Bearer {store.create_token('t')}"}


# --------------------------------------------------------------------------- tokens


def test_security_writes_need_a_valid_token(service: tuple[TestClient, Store]) -> None:
    client, store = service
    r = client.post("/v1/articles", json={"text": STORY})
    assert r.status_code == 401 and r.json()["code"] == "auth.required"
    r = client.post("/v1/articles", json={"text": STORY}, headers={"Authorization": "Bearer cdk_forged"})
    assert r.status_code == 401
    r = client.post("/v1/articles", json={"text": STORY}, headers={"Authorization": "Basic YWxhZGRpbg=="})
    assert r.status_code == 401
    assert client.post("/v1/articles", json={"text": STORY}, headers=_auth(store)).status_code == 201


# --------------------------------------------------------------------------- sessions and CSRF


def test_security_login_sets_a_hardened_session_cookie(service: tuple[TestClient, Store]) -> None:
    client, _ = service
    r = _login(client)
    assert r.status_code == 303 and r.headers["location"] == "/editor/"
    cookie = next(v for k, v in r.headers.multi_items() if k == "set-cookie" and v.startswith(SESSION_COOKIE))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    assert client.get("/editor/").status_code == 200


def test_security_login_rejects_wrong_password_and_missing_csrf(service: tuple[TestClient, Store]) -> None:
    client, _ = service
    r = _login(client, "wrong password")
    assert r.status_code == 401 and "wrong password" in r.text and SESSION_COOKIE not in r.headers.get("set-cookie", "")
    client.get("/editor/login")
    r = client.post("/editor/login", data={"user": "ana", "password": PASSWORD, "csrf": "guess"})
    assert r.status_code == 403 and r.json()["code"] == "auth.csrf"


def test_security_editor_pages_need_a_session(service: tuple[TestClient, Store]) -> None:
    client, _ = service
    assert client.get("/editor/").headers["location"] == "/editor/login"
    client.cookies.set(SESSION_COOKIE, "eyJ1IjoiYW5hIn0.forged")
    assert client.get("/editor/").headers["location"] == "/editor/login"
    assert client.post("/editor/articles", data={"text": STORY}).headers["location"] == "/editor/login"


def test_security_editor_forms_need_the_csrf_token(service: tuple[TestClient, Store]) -> None:
    client, _ = service
    _login(client)
    r = client.post("/editor/articles", data={"text": STORY})
    assert r.status_code == 403 and r.json()["code"] == "auth.csrf"
    csrf = _hidden(client.get("/editor/").text, "csrf")
    r = client.post("/editor/articles", data={"text": STORY, "csrf": csrf})
    assert r.status_code == 303 and r.headers["location"].startswith("/editor/articles/st_")


def test_security_session_writes_to_the_api_need_csrf_header(service: tuple[TestClient, Store]) -> None:
    client, store = service
    id = client.post("/v1/articles", json={"text": STORY}, headers=_auth(store)).json()["id"]
    _login(client)
    r = client.post(f"/v1/articles/{id}/approve")
    assert r.status_code == 403 and r.json()["code"] == "auth.csrf"
    csrf = _hidden(client.get(f"/editor/articles/{id}").text, "csrf")
    r = client.post(f"/v1/articles/{id}/approve", headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200 and r.json()["approved"] is True


def test_security_signer_rejects_tampered_expired_and_foreign_cookies() -> None:
    now = [1_000_000.0]
    signer = Signer(b"k" * 32, 60, clock=lambda: now[0])
    cookie = signer.issue("ana")
    session = signer.read(cookie)
    assert session is not None and session.user == "ana"
    payload, mac = cookie.split(".")
    assert signer.read(payload + "." + mac[:-1] + ("A" if mac[-1] != "A" else "B")) is None
    assert signer.read(payload[:-2] + "." + mac) is None
    assert Signer(b"x" * 32, 60, clock=lambda: now[0]).read(cookie) is None
    assert signer.check_csrf(session, signer.csrf(session))
    other = signer.read(signer.issue("ana"))
    assert other is not None and not signer.check_csrf(other, signer.csrf(session))
    assert not signer.check_csrf(session, None) and not signer.check_csrf(session, "")
    now[0] += 61
    assert signer.read(cookie) is None


# --------------------------------------------------------------------------- body cap and rate limit


def test_security_body_over_the_limit_is_413_by_content_length(tmp_path: Path) -> None:
    client, store, _ = _app(tmp_path, max_body_bytes=2_000)
    r = client.post("/v1/articles", json={"text": "word " * 1_000}, headers=_auth(store))
    assert r.status_code == 413 and r.headers["content-type"] == "application/problem+json"
    assert r.json()["code"] == "input.too_large"


def test_security_body_over_the_limit_is_413_while_streaming(tmp_path: Path) -> None:
    client, store, _ = _app(tmp_path, max_body_bytes=2_000)
    chunks = iter([b'{"text": "', *([b"word " * 100] * 10), b'"}'])
    r = client.post("/v1/articles", content=chunks, headers={**_auth(store), "content-type": "application/json"})
    assert r.status_code == 413 and r.json()["code"] == "input.too_large"
    small = iter([b'{"text": "', STORY.encode(), b'"}'])
    ok = client.post("/v1/articles", content=small, headers={**_auth(store), "content-type": "application/json"})
    assert ok.status_code == 201


def test_security_rate_limit_is_per_client_with_retry_after(tmp_path: Path) -> None:
    client, store, _ = _app(tmp_path, rate_limit_per_minute=3)
    first, second = _auth(store), _auth(store)
    codes = [client.post("/v1/articles", json={"text": STORY}, headers=first).status_code for _ in range(4)]
    assert codes[:3] == [201, 200, 200] and codes[3] == 429
    r = client.post("/v1/articles", json={"text": STORY}, headers=first)
    assert r.json()["code"] == "http.rate_limited" and int(r.headers["retry-after"]) >= 1
    assert client.post("/v1/articles", json={"text": STORY}, headers=second).status_code == 200
    assert client.get("/v1/articles", headers=first).status_code == 200, "reads are not rate limited"


def test_security_token_bucket_refills() -> None:
    now = [0.0]
    bucket = TokenBucket(60, burst=2, clock=lambda: now[0])
    assert [bucket.take("a") for _ in range(2)] == [0.0, 0.0]
    assert bucket.take("a") == pytest.approx(1.0)
    assert bucket.take("b") == 0.0
    now[0] += 1.0
    assert bucket.take("a") == 0.0


def test_security_token_bucket_memory_is_bounded() -> None:
    bucket = TokenBucket(60, max_keys=100)
    for i in range(1_000):
        bucket.take(f"client-{i}")
    assert len(bucket._buckets) == 100


def test_security_headers_on_every_response(service: tuple[TestClient, Store]) -> None:
    client, _ = service
    for r in (client.get("/healthz"), client.get("/nope"), client.get("/editor/login")):
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "SAMEORIGIN"
    _login(client)
    csp = client.get("/editor/").headers["content-security-policy"]
    script = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    assert "default-src 'none'" in csp and script.split() == ["script-src", "'self'"], \
        "editor pages run only the desk's own script file: nothing inline, nothing injected"


# --------------------------------------------------------------------------- private addresses


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8000/story", "http://localhost/story", "http://169.254.169.254/latest/meta-data",
    "http://[::1]/x", "http://10.0.0.8/x", "http://192.168.1.1/",
])
def test_security_url_fetch_blocks_private_addresses(tmp_path: Path, url: str) -> None:
    settings = load_settings(env={}, data_dir=tmp_path)
    store = open_store("memory:", settings)
    client = TestClient(create_app(settings, store))  # the library's own enrich and fetcher
    r = client.post("/v1/articles", json={"url": url}, headers=_auth(store))
    assert r.status_code == 400 and r.json()["code"] == "fetch.blocked_address"


# --------------------------------------------------------------------------- stored XSS

PAYLOAD = '<script>alert(1)</script>"><img src=x onerror=alert(2)> " onfocus="alert(3)'


class _Scan(HTMLParser):
    """Collects what a payload would need to run: its script, its tags, its handlers."""

    def __init__(self) -> None:
        super().__init__()
        self.bad: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_script = tag == "script"
        if tag == "img" and ("src", "x") in attrs:
            self.bad.append("injected <img>")
        for name, value in attrs:
            if name.startswith("on") and value and "alert" in value:
                self.bad.append(f"handler {name}={value}")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip().startswith("alert("):
            self.bad.append("injected <script>")


def _inert(html: str) -> list[str]:
    scan = _Scan()
    scan.feed(html)
    return scan.bad + (["raw payload"] if "<script>alert(1)" in html else [])


def _claim(c: dict[str, Any]) -> dict[str, Any]:
    return {**c, "text": PAYLOAD}


EDITS: dict[str, Callable[[dict[str, Any]], tuple[str, Any]]] = {
    "headline": lambda p: ("headline", _claim(p["headline"])),
    "question_headline": lambda p: ("question_headline", _claim(p["question_headline"])),
    "seo_title": lambda p: ("seo_title", PAYLOAD),
    "synopsis": lambda p: ("synopsis", [_claim(p["synopsis"][0]), *p["synopsis"][1:]]),
    "takeaway_label": lambda p: ("takeaways", [{**p["takeaways"][0], "label": PAYLOAD}, *p["takeaways"][1:]]),
    "takeaway_claim": lambda p: ("takeaways", [{**p["takeaways"][0], "claim": _claim(p["takeaways"][0]["claim"])},
                                               *p["takeaways"][1:]]),
    "viewpoint": lambda p: ("viewpoint", [_claim(p["viewpoint"][0])]),
    "faq_question": lambda p: ("faq", [{**p["faq"][0], "question": _claim(p["faq"][0]["question"])}, *p["faq"][1:]]),
    "faq_answer": lambda p: ("faq", [{**p["faq"][0], "answer": _claim(p["faq"][0]["answer"])}, *p["faq"][1:]]),
    "tags": lambda p: ("tags", [PAYLOAD, "trade"]),
}


@pytest.mark.parametrize("field", sorted(EDITS))
def test_security_no_stored_xss_through_editable_field(service: tuple[TestClient, Store], field: str) -> None:
    client, store = service
    auth = _auth(store)
    created = client.post("/v1/articles", json={"text": STORY}, headers=auth).json()
    id = created["id"]
    part, value = EDITS[field](copy.deepcopy(created["article"]["parts"]))
    r = client.patch(f"/v1/articles/{id}/parts/{part}", json={"value": value, "parent": 1}, headers=auth)
    assert r.status_code == 200, r.text
    assert PAYLOAD in r.text.replace("\\u003c", "<").replace('\\"', '"'), "the edit is stored as typed"
    client.post(f"/v1/articles/{id}/approve", headers=auth)
    _login(client)
    pages = {
        "editor review": client.get(f"/editor/articles/{id}").text,
        "editor list": client.get("/editor/").text,
        "editor preview": client.get(f"/editor/articles/{id}/preview").text,
        "published page": client.get(f"/articles/{id}").text,
    }
    for name, html in pages.items():
        assert _inert(html) == [], f"{field} is live in the {name}"
    assert "&lt;script&gt;alert(1)" in pages["editor review"] or "&lt;script&gt;alert(1)" in pages["editor list"]


# --------------------------------------------------------------------------- CLI


def test_security_cli_token_and_user_create(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from copydesk.cli import (
        app,
        commands,  # noqa: F401
    )

    env = {"COPYDESK_DATA_DIR": str(tmp_path)}
    runner = CliRunner()
    made = runner.invoke(app, ["token", "create", "ci"], env=env)
    assert made.exit_code == 0, made.output
    token = made.stdout.strip()
    user = runner.invoke(app, ["user", "create", "ana", "--password-stdin"], input=PASSWORD + "\n", env=env)
    assert user.exit_code == 0, user.output
    short = runner.invoke(app, ["user", "create", "bob", "--password-stdin"], input="short\n", env=env)
    assert short.exit_code == 1 and "error[config.invalid]" in short.output
    store = open_store(None, load_settings(env=env))
    assert store.check_token(token) and store.check_user("ana", PASSWORD) and not store.check_user("bob", "short")
    store.close()


def test_security_no_stored_xss_through_story_title_and_source(service: tuple[TestClient, Store]) -> None:
    client, store = service
    auth = _auth(store)
    r = client.post("/v1/articles", json={"text": STORY, "title": PAYLOAD, "source": PAYLOAD[:200]}, headers=auth)
    id = r.json()["id"]
    assert r.json()["article"]["story"]["title"] == PAYLOAD
    client.post(f"/v1/articles/{id}/approve", headers=auth)
    _login(client)
    for path in (f"/editor/articles/{id}", "/editor/", f"/editor/articles/{id}/preview", f"/articles/{id}",
                 f"/articles/{id}/jsonld"):
        assert _inert(client.get(path).text) == [], path


def test_security_bootstrap_editor_from_settings(tmp_path: Path) -> None:
    settings = load_settings(env={"COPYDESK_EDITOR_PASSWORD": PASSWORD}, data_dir=tmp_path)
    store = open_store("memory:", settings)
    create_app(settings, store, enrich=fake_enrich)
    assert store.check_user("editor", PASSWORD) and not store.check_user("editor", "other")
    assert settings.effective()["editor_password"] == "***"
