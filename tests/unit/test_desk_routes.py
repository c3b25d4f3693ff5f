"""The desk's routes over HTTP (no browser): bad input gets a clear error, hostile text stays text.

The service runs with the fake enricher of :mod:`copydesk.testing` (the story's own
sentences as parts), so these tests need no spaCy model.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from copydesk.store import Store

STORY = "Officials from Aldovia met in Geneva on Monday. They agreed to cut tariffs on 40 goods. Trade grew."
HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


@pytest.fixture()
def desk(editor_client: tuple[TestClient, Store, str]) -> tuple[TestClient, str, str]:
    """A logged-in client, one stored story's id (made with the editor's form) and the session's CSRF token."""
    client, _, csrf = editor_client
    made = client.post("/editor/articles", data={"text": STORY, "csrf": csrf})
    return client, made.headers["location"].split("/")[-1].split("?")[0], csrf


def _hidden(html: str, name: str = "csrf") -> str:
    m = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert m, f"no hidden {name} field"
    return m.group(1)


def _check(client: TestClient, id: str, csrf: str, body: Any) -> Any:
    raw = body if isinstance(body, str) else json.dumps(body)
    return client.post(f"/editor/articles/{id}/check", content=raw,
                       headers={"x-csrf-token": csrf, "content-type": "application/json"})


def test_desk_check_returns_findings_for_hostile_text_as_data(desk: tuple[TestClient, str, str]) -> None:
    client, id, csrf = desk
    r = _check(client, id, csrf, {"revision": 1, "ref": "synopsis.0", "text": f"{HOSTILE} Zorblat paid 987 dollars."})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["supported"] is False and body["text"].startswith("<img")
    assert {f["text"] for f in body["findings"]} >= {"987"}
    assert "".join(s["text"] for s in body["segments"]) == body["text"]
    assert body["against"] and body["against"][0]["id"].startswith("s")


@pytest.mark.parametrize(("body", "headers", "status", "code"), [
    ("not json", None, 422, "input.invalid"),
    ({"revision": 1, "ref": "synopsis.0"}, None, 422, "input.invalid"),
    ({"revision": 1, "ref": "takeaways.99", "text": "x"}, None, 404, "store.not_found"),
    ({"revision": 9, "ref": "synopsis.0", "text": "x"}, None, 404, "store.not_found"),
    ({"revision": 1, "ref": "synopsis.0", "text": "x" * 6000}, None, 422, "input.invalid"),
    ({"revision": 1, "ref": "synopsis.0", "text": "x"}, {"x-csrf-token": "guess"}, 403, "auth.csrf"),
])
def test_desk_check_bad_input_gets_a_clear_problem(desk: tuple[TestClient, str, str], body: Any,
                                                   headers: dict[str, str] | None, status: int, code: str) -> None:
    client, id, csrf = desk
    raw = body if isinstance(body, str) else json.dumps(body)
    r = client.post(f"/editor/articles/{id}/check", content=raw,
                    headers={"content-type": "application/json", **(headers or {"x-csrf-token": csrf})})
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json" and r.json()["code"] == code
    assert r.json()["detail"]


def test_desk_diff_queue_and_static_refuse_bad_input(desk: tuple[TestClient, str, str]) -> None:
    client, id, _ = desk
    assert client.get(f"/editor/articles/{id}/diff?a=1&b=7").json()["code"] == "store.not_found"
    assert client.get(f"/editor/articles/{id}/diff?a=0&b=1").status_code == 422
    assert client.get(f"/editor/articles/{id}/diff?a=1&b=1&part=nope").json()["code"] == "input.unknown_part"
    assert client.get("/editor/?show=<b>").json()["code"] == "input.invalid"
    assert client.get("/editor/?since=yesterday").json()["detail"].startswith("since 'yesterday' is not a date")
    assert client.get("/editor/static/app.py").status_code == 404
    assert client.get("/editor/static/desk.js").headers["content-type"].startswith("text/javascript")


def test_desk_regenerate_preview_saves_nothing_and_accept_checks_its_input(desk: tuple[TestClient, str, str]) -> None:
    client, id, csrf = desk
    page = client.post(f"/editor/articles/{id}/parts/synopsis/regenerate/preview", data={"csrf": csrf, "parent": "1"})
    assert page.status_code == 200 and 'id="side-by-side"' in page.text
    queue = client.get("/editor/").text  # (its latest-revision cell: a bare "r2" also matches a random CSRF token)
    assert "<td>r1</td>" in queue and "<td>r2</td>" not in queue, "the preview saved no revision"
    values = _hidden(page.text, "values").replace("&#34;", '"').replace("&quot;", '"')
    engine = _hidden(page.text, "engine")
    bad = client.post(f"/editor/articles/{id}/parts/synopsis/accept",
                      data={"csrf": csrf, "parent": "1", "engine": engine, "values": "{not json"})
    assert bad.status_code == 422 and "JSON" in bad.json()["detail"]
    ok = client.post(f"/editor/articles/{id}/parts/synopsis/accept",
                     data={"csrf": csrf, "parent": "1", "engine": engine, "values": values})
    assert ok.status_code == 303 and "notice=regenerated" in ok.headers["location"]


def test_desk_review_renders_hostile_edits_inert(desk: tuple[TestClient, str, str]) -> None:
    client, id, csrf = desk
    page = client.get(f"/editor/articles/{id}").text
    form = {"csrf": csrf, "parent": "1"}
    form |= {m: HOSTILE + " " + v for m, v in re.findall(r'<textarea id="[^"]+" name="(claim-\d+)"[^>]*>([^<]*)<', page)[:1]}
    assert client.post(f"/editor/articles/{id}/parts/synopsis", data=form).status_code == 303
    for path in (f"/editor/articles/{id}", "/editor/", f"/editor/articles/{id}/diff?a=1&b=2"):
        html = client.get(path).text
        assert "<img src=x" not in html and "<script>alert" not in html, path
        assert "&lt;script&gt;alert(2)" in html or path == "/editor/", path
