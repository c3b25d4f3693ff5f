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
