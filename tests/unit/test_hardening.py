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
