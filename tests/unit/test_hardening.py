"""Issue 12, service hardening: private drafts, sessions, lost updates, bad input, cached reads."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from copydesk.settings import load_settings
from copydesk.store import Store, open_store
from copydesk.web import create_app
from copydesk.web.doubles import fake_enrich, fake_narrate, fake_regenerate

STORY = ("Officials from Aldovia met their Borland counterparts in Geneva on Monday. "
         "They agreed to cut tariffs on 40 goods. The agreement takes effect in March.")
PASSWORD = "correct horse battery"


@pytest.fixture()
def service(tmp_path: Path) -> Iterator[tuple[TestClient, Store, dict[str, str]]]:
    settings = load_settings(env={}, data_dir=tmp_path)
    store = open_store(f"sqlite:///{tmp_path / 'desk.db'}", settings)
    store.create_user("ana", PASSWORD)
    app = create_app(settings, store, enrich=fake_enrich, narrate=fake_narrate, regenerate=fake_regenerate)
    with TestClient(app, follow_redirects=False) as client:
        yield client, store, {"Authorization": f"Bearer {store.create_token('tests')}"}
    store.close()


def _problem(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json", r.headers
    body = dict(r.json())
    assert body["code"] == code, body
    return body


def _hidden(html: str, name: str) -> str:
    m = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert m, f"no hidden {name} field"
    return m.group(1)


def _login(client: TestClient, user: str = "ana", password: str = PASSWORD, **headers: str) -> Any:
    page = client.get("/editor/login")
    return client.post("/editor/login", data={"user": user, "password": password,
                                              "csrf": _hidden(page.text, "csrf")}, headers=headers)


def _create(client: TestClient, auth: dict[str, str], text: str = STORY) -> dict[str, Any]:
    r = client.post("/v1/articles", json={"text": text}, headers=auth)
    assert r.status_code == 201, r.text
    return dict(r.json())


# --------------------------------------------------------------------------- 1. drafts are private


def test_drafts_are_private_to_the_public(service: tuple[TestClient, Store, dict[str, str]]) -> None:
    client, _, auth = service
    id = _create(client, auth)["id"]
    for path in ("/v1/articles", f"/v1/articles/{id}", f"/v1/articles/{id}/revisions",
                 f"/v1/articles/{id}?revision=1"):
        body = _problem(client.get(path), 401, "auth.required")
        assert STORY[:20] not in str(body) and "api" not in str(body.get("details", ""))
        _problem(client.get(path, headers={"Authorization": "Bearer cdk_forged"}), 401, "auth.required")
        assert client.get(path, headers=auth).status_code == 200
    _problem(client.get(f"/articles/{id}"), 404, "store.not_found")  # not approved: not public
    client.post(f"/v1/articles/{id}/approve", headers=auth)
    assert client.get(f"/articles/{id}").status_code == 200  # published: public
    _problem(client.get(f"/v1/articles/{id}"), 401, "auth.required")  # the JSON API stays private


def test_drafts_readable_with_an_editor_session(service: tuple[TestClient, Store, dict[str, str]]) -> None:
    client, _, auth = service
    id = _create(client, auth)["id"]
    assert _login(client).status_code == 303
    # A read needs no CSRF header (it changes nothing); the session is enough.
    r = client.get(f"/v1/articles/{id}")
    assert r.status_code == 200 and r.json()["article"]["story"]["body"].startswith("Officials")
    assert [s["id"] for s in client.get("/v1/articles").json()] == [id]
    assert client.get(f"/v1/articles/{id}/revisions").json()[0]["author"] == "api"


def test_openapi_says_which_scheme_protects_which_route(service: tuple[TestClient, Store, dict[str, str]]) -> None:
    client, _, _ = service
    spec = client.get("/openapi.json").json()
    schemes = spec["components"]["securitySchemes"]
    assert schemes["bearerToken"]["type"] == "http" and schemes["bearerToken"]["scheme"].lower() == "bearer"
    assert schemes["editorSession"] == {**schemes["editorSession"], "type": "apiKey", "in": "cookie",
                                        "name": "copydesk_session"}
    either = [{"bearerToken": []}, {"editorSession": []}]
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            if path.startswith("/v1/"):
                assert sorted(op.get("security", []), key=str) == either, (method, path)
            else:
                assert not op.get("security"), f"{method} {path} is public"
    assert "bearerToken" in spec["info"]["description"] and "editorSession" in spec["info"]["description"]


# --------------------------------------------------------------------------- 5. no silent lost update


def test_patch_without_parent_is_428_and_saves_nothing(service: tuple[TestClient, Store, dict[str, str]]) -> None:
    client, _, auth = service
    created = _create(client, auth)
    id, headline = created["id"], created["article"]["parts"]["headline"]
    r = client.patch(f"/v1/articles/{id}/parts/headline", json={"value": {**headline, "text": "No parent"}},
                     headers=auth)
    _problem(r, 428, "store.parent_required")
    assert len(client.get(f"/v1/articles/{id}/revisions", headers=auth).json()) == 1


def test_patch_with_if_match_etag(service: tuple[TestClient, Store, dict[str, str]]) -> None:
    client, _, auth = service
    created = _create(client, auth)
    id, headline = created["id"], created["article"]["parts"]["headline"]
    etag = client.get(f"/v1/articles/{id}", headers=auth).headers["etag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    ok = client.patch(f"/v1/articles/{id}/parts/headline", json={"value": {**headline, "text": "First"}},
                      headers={**auth, "If-Match": etag})
    assert ok.status_code == 200 and ok.json()["revision"] == 2
    # The same ETag again is now stale: a conflict, never an overwrite of "First".
    stale = client.patch(f"/v1/articles/{id}/parts/headline", json={"value": {**headline, "text": "Second"}},
                         headers={**auth, "If-Match": etag})
    _problem(stale, 409, "store.conflict")
    assert client.get(f"/v1/articles/{id}", headers=auth).json()["article"]["parts"]["headline"]["text"] == "First"
    _problem(client.patch(f"/v1/articles/{id}/parts/headline", json={"value": headline},
                          headers={**auth, "If-Match": '"nonsense"'}), 422, "input.invalid")
    _problem(client.patch(f"/v1/articles/{id}/parts/headline", json={"value": headline, "parent": 1},
                          headers={**auth, "If-Match": '"r2.2.0.0"'}), 422, "input.invalid")


def test_racing_editors_lose_no_edit(service: tuple[TestClient, Store, dict[str, str]]) -> None:
    """Editors who each save from what they read: every accepted save is in the history."""
    from concurrent.futures import ThreadPoolExecutor

    client, _, auth = service
    created = _create(client, auth)
    id, headline = created["id"], created["article"]["parts"]["headline"]

    def save(n: int) -> tuple[str, int]:
        got = client.get(f"/v1/articles/{id}", headers=auth)
        text = f"Editor {n}"
        r = client.patch(f"/v1/articles/{id}/parts/headline", json={"value": {**headline, "text": text}},
                         headers={**auth, "If-Match": got.headers["etag"]})
        return text, r.status_code

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(save, range(12)))
    assert {code for _, code in results} <= {200, 409}
    saved = {text for text, code in results if code == 200}
    revs = client.get(f"/v1/articles/{id}/revisions", headers=auth).json()
    heads = {client.get(f"/v1/articles/{id}", params={"revision": r["number"]}, headers=auth)
             .json()["article"]["parts"]["headline"]["text"] for r in revs[1:]}
    assert saved and heads == saved and len(revs) == 1 + len(saved)


def test_editor_form_needs_its_parent(service: tuple[TestClient, Store, dict[str, str]]) -> None:
    client, _, auth = service
    created = _create(client, auth)
    id = created["id"]
    _login(client)
    page = client.get(f"/editor/articles/{id}").text
    csrf = _hidden(page, "csrf")
    # Every edit and regenerate form of the review page carries the revision it shows.
    forms = re.findall(r'<form method="post" action="/editor/articles/[^"]+/parts/[^"]+".*?</form>', page, re.S)
    assert len(forms) == 16 and all('name="parent" value="1"' in f for f in forms)
    r = client.post(f"/editor/articles/{id}/parts/headline", data={"csrf": csrf, "text": "No parent"})
    _problem(r, 428, "store.parent_required")
    assert len(client.get(f"/v1/articles/{id}/revisions", headers=auth).json()) == 1


# --------------------------------------------------------------------------- 3. sessions and logins


def test_login_rate_limit_ignores_made_up_bearer_headers(service: tuple[TestClient, Store, dict[str, str]]) -> None:
    client, _, _ = service
    codes = [_login(client, password=f"guess {i}", authorization=f"Bearer made-up-{i}").status_code
             for i in range(40)]
    assert 429 in codes, codes
    assert codes[: codes.index(429)] == [401] * codes.index(429) and codes.index(429) <= 20
    limited = _login(client, authorization="Bearer another")
    _problem(limited, 429, "http.rate_limited")
    assert int(limited.headers["retry-after"]) >= 1
    assert client.get("/editor/").status_code == 303, "the right password, rate limited, did not log in"


def test_login_rate_limit_is_per_login_target(tmp_path: Path) -> None:
    """Guesses at one editor from many addresses are limited; another editor can still log in."""
    settings = load_settings(env={}, data_dir=tmp_path, login_attempts_per_minute=5)
    store = open_store(f"sqlite:///{tmp_path / 'desk.db'}", settings)
    store.create_user("ana", PASSWORD)
    store.create_user("ben", PASSWORD)
    app = create_app(settings, store, enrich=fake_enrich)
    codes = []
    for i in range(8):
        with TestClient(app, follow_redirects=False, client=(f"10.0.0.{i}", 5000)) as client:
            codes.append(_login(client, password="wrong").status_code)
    assert codes == [401] * 5 + [429] * 3
    with TestClient(app, follow_redirects=False, client=("10.0.1.1", 5000)) as client:
        assert _login(client, user="ben").status_code == 303
    store.close()


def test_logout_ends_the_session_server_side(service: tuple[TestClient, Store, dict[str, str]]) -> None:
    client, _, auth = service
    id = _create(client, auth)["id"]
    assert _login(client).status_code == 303
    cookie = client.cookies["copydesk_session"]
    csrf = _hidden(client.get("/editor/").text, "csrf")
    assert client.post("/editor/logout", data={"csrf": csrf}).status_code == 303
    # Replaying the old cookie: no editor page, no draft read, no API write.
    client.cookies.set("copydesk_session", cookie)
    assert client.get("/editor/").headers["location"] == "/editor/login"
    _problem(client.get(f"/v1/articles/{id}"), 401, "auth.required")
    _problem(client.post(f"/v1/articles/{id}/approve", headers={"X-CSRF-Token": csrf}), 401, "auth.required")


def test_password_reset_ends_every_session(service: tuple[TestClient, Store, dict[str, str]]) -> None:
    client, store, auth = service
    id = _create(client, auth)["id"]
    assert _login(client).status_code == 303
    csrf = _hidden(client.get("/editor/").text, "csrf")
    assert client.post(f"/v1/articles/{id}/approve", headers={"X-CSRF-Token": csrf}).status_code == 200
    store.create_user("ana", "a brand new password")  # what `copydesk user create ana` does
    assert client.get("/editor/").headers["location"] == "/editor/login"
    _problem(client.post(f"/v1/articles/{id}/approve", headers={"X-CSRF-Token": csrf}), 401, "auth.required")


def test_cli_token_list_and_revoke(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from copydesk.cli import (
        app,
        commands,  # noqa: F401
    )

    env = {"COPYDESK_DATA_DIR": str(tmp_path)}
    runner = CliRunner()
    tokens = {name: runner.invoke(app, ["token", "create", name], env=env).stdout.strip()
              for name in ("ci", "newsroom")}
    listed = runner.invoke(app, ["token", "list"], env=env)
    assert listed.exit_code == 0 and [line.split("\t")[0] for line in listed.stdout.splitlines()] == ["ci", "newsroom"]
    assert all(t not in listed.output for t in tokens.values()), "secrets are never listed"
    gone = runner.invoke(app, ["token", "revoke", "ci"], env=env)
    assert gone.exit_code == 0, gone.output
    again = runner.invoke(app, ["token", "revoke", "ci"], env=env)
    assert again.exit_code == 1 and "error[config.invalid]" in again.output
    store = open_store(None, load_settings(env=env))
    assert not store.check_token(tokens["ci"]) and store.check_token(tokens["newsroom"])
    app_ = create_app(load_settings(env=env), store, enrich=fake_enrich)
    with TestClient(app_) as client:
        _problem(client.get("/v1/articles", headers={"Authorization": f"Bearer {tokens['ci']}"}),
                 401, "auth.required")
    store.close()
    assert runner.invoke(app, ["token", "list"], env=env).stdout.split("\t")[0] == "newsroom"
