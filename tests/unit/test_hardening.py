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
from copydesk.testing import fake_enrich, fake_narrate, fake_regenerate
from copydesk.web import create_app

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


# --------------------------------------------------------------------------- 4. bad input: a coded 4xx

BAD_URLS = ["http://0177.0.0.1/", "http://[::1", "http://" + "a" * 70_000 + "/", "http://xn--a.xn--/",
            "http://exa mple.com/"]


@pytest.mark.parametrize("url", BAD_URLS, ids=["octal", "bracket", "long-host", "bad-idna", "space"])
def test_bad_url_is_a_coded_4xx_in_api_and_editor(service: tuple[TestClient, Store, dict[str, str]],
                                                   url: str) -> None:
    client, _, auth = service
    r = client.post("/v1/articles", json={"url": url}, headers=auth)
    assert 400 <= r.status_code < 500 and r.headers["content-type"] == "application/problem+json", r.text[:300]
    assert r.json()["code"] in {"input.bad_url", "input.invalid"} and "Traceback" not in r.text
    _login(client)
    csrf = _hidden(client.get("/editor/").text, "csrf")
    page = client.post("/editor/articles", data={"csrf": csrf, "url": url})
    assert 400 <= page.status_code < 500 and 'role="alert"' in page.text


def test_revision_numbers_are_bounded_integers(service: tuple[TestClient, Store, dict[str, str]]) -> None:
    client, _, auth = service
    id = _create(client, auth)["id"]
    for body in ({"revision": 2147483648}, {"revision": True}, {"revision": 1.0}, {"revision": "1"}):
        _problem(client.post(f"/v1/articles/{id}/approve", json=body, headers=auth), 422, "input.invalid")
    assert client.get(f"/articles/{id}").status_code == 404, "{'revision': true} must not approve revision 1"
    for path in (f"/v1/articles/{id}", f"/editor/articles/{id}", f"/editor/articles/{id}/preview"):
        _login(client)
        _problem(client.get(path, params={"revision": "99999999999999999999"}, headers=auth), 422, "input.invalid")
    r = client.patch(f"/v1/articles/{id}/parts/tags", json={"value": ["a"], "parent": True}, headers=auth)
    _problem(r, 422, "input.invalid")


def test_dates_are_dates_not_numbers(service: tuple[TestClient, Store, dict[str, str]]) -> None:
    client, _, auth = service
    _create(client, auth)
    for params in ({"until": "0"}, {"since": "1700000000"}, {"until": "2025-13-01"}):
        _problem(client.get("/v1/articles", params=params, headers=auth), 422, "input.invalid")
    assert len(client.get("/v1/articles", params={"since": "2000-01-01"}, headers=auth).json()) == 0
    _problem(client.post("/v1/articles", json={"text": STORY, "published": 0}, headers=auth), 422, "input.invalid")


def test_request_schema_says_exactly_one_source(service: tuple[TestClient, Store, dict[str, str]]) -> None:
    client, _, _ = service
    schema = client.get("/openapi.json").json()["components"]["schemas"]["StoryInput"]
    assert [branch["required"] for branch in schema["oneOf"]] == [["text"], ["html"], ["url"]]
    assert "exactly one of text, html or url" in schema["properties"]["url"]["description"].lower()


def test_audio_range_errors_are_problems(service: tuple[TestClient, Store, dict[str, str]]) -> None:
    client, _, auth = service
    id = _create(client, auth)["id"]
    client.post(f"/v1/articles/{id}/approve", headers=auth)
    size = len(client.get(f"/articles/{id}/audio.mp3").content)
    r = _problem(client.get(f"/articles/{id}/audio.mp3", headers={"Range": f"bytes={size + 10}-"}),
                 416, "http.range_not_satisfiable")
    assert str(size) in r["detail"]
    _problem(client.get(f"/articles/{id}/audio.mp3", headers={"Range": "bytes=9-2"}), 400, "http.bad_range")
    assert client.get(f"/articles/{id}/audio.mp3", headers={"Range": "bytes=0-9"}).status_code == 206


@pytest.mark.parametrize("source", ["file:///etc/passwd", "gopher://example.com/", "http://exa mple.com/",
                                    "FOLDER", "/dev/zero", "http://xn--a.xn--/"])
def test_cli_enrich_refuses_what_is_not_a_file_or_url(tmp_path: Path, source: str) -> None:
    from typer.testing import CliRunner

    from copydesk.cli import (
        app,
        commands,  # noqa: F401
    )

    source = str(tmp_path) if source == "FOLDER" else source
    res = CliRunner().invoke(app, ["enrich", source, "--format", "md"])
    assert res.exit_code == 1, res.output
    assert re.match(r"error\[input\.(bad_url|invalid|not_found)\]", res.output), res.output
    assert "# " not in res.output, "the argument was published as an article"


def _batch(tmp_path: Path, source: Path, *extra: str) -> list[dict[str, Any]]:
    import json

    from typer.testing import CliRunner

    from copydesk.cli import (
        app,
        commands,  # noqa: F401
    )

    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["batch", str(source), str(out), "--workers", "1", *extra],
                             env={"COPYDESK_DATA_DIR": str(tmp_path)})
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_batch_deeply_nested_line_is_one_error_line_and_resume_goes_on(tmp_path: Path) -> None:
    import json

    source = tmp_path / "in.jsonl"
    deep = '{"id": "deep", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    rows = [json.dumps({"id": "a", "text": "Officials met in Geneva on Monday. They cut tariffs on 40 goods."}),
            deep, '{"id": "ctl", "text": "a\x01b"}']
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = _batch(tmp_path, source)
    by_key = {row["key"]: row for row in out}
    assert set(by_key) == {"a", "line-2", "line-3"}, by_key.keys()
    errors = [by_key["line-2"], by_key["line-3"]]
    assert [e["error"]["code"] for e in errors] == ["input.bad_record"] * 2
    assert "nested too deeply" in errors[0]["error"]["message"]
    assert errors[1]["error"]["message"] == "invalid JSON: Invalid control character at column 25"
    assert _batch(tmp_path, source, "--resume") == out, "--resume over the same file finishes"


def test_folder_batch_keeps_records_whole_across_unicode_line_separators(tmp_path: Path) -> None:
    import json

    folder = tmp_path / "stories"
    folder.mkdir()
    records = [{"id": "one", "text": "Officials met in Geneva\u2028on Monday. They cut\u0085 tariffs on 40 goods."},
               {"id": "two", "text": "Voters went to the polls in Corvania.\u2029Turnout was high."}]
    (folder / "wire.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                                       encoding="utf-8")
    out = _batch(tmp_path, folder)
    assert sorted(row["key"] for row in out) == ["wire.jsonl:one", "wire.jsonl:two"], [r["key"] for r in out]


# --------------------------------------------------------------------------- 2. no request can hold the server


def _shape(kind: str, n: int) -> str:
    """``n`` characters of a pathological story shape."""
    if kind == "short-lines":
        return "a\n" * (n // 2)
    if kind == "one-sentence":
        return ("word " * (n // 5)).strip() + "."
    return "(" * (n // 2) + ")" * (n // 2)  # deep nesting


def _segment_cost(text: str) -> tuple[float, int]:
    """Seconds and peak traced bytes to tokenize, set boundaries and build the sentences of ``text``."""
    import time
    import tracemalloc

    from spacy.attrs import SENT_START

    from copydesk.nlp.parser import load_pipeline
    from copydesk.nlp.segment import build_sentences, set_boundaries

    nlp = load_pipeline()
    best, peak = float("inf"), 0
    for k in range(3):
        tracemalloc.start()
        t0 = time.perf_counter()
        # A different last character each time: spaCy's tokenizer caches what it has seen.
        doc = set_boundaries(nlp.make_doc(text[:-1] + "]}>"[k]))
        starts = doc.to_array([SENT_START]).astype("int64")
        starts[starts == 0] = -1  # what the parser would decide: no other boundary
        starts[0] = 1
        doc.from_array([SENT_START], starts.astype("uint64"))
        build_sentences(doc)
        best = min(best, time.perf_counter() - t0)
        peak = max(peak, tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    return best, peak


@pytest.mark.parametrize("kind", ["short-lines", "one-sentence", "deep-nesting"])
def test_segmentation_is_linear_in_time_and_memory(kind: str) -> None:
    small, large = 4_000, 16_000
    t_small, m_small = _segment_cost(_shape(kind, small))
    t_large, m_large = _segment_cost(_shape(kind, large))
    # Linear: 4x the input costs about 4x (quadratic would be 16x). Bounds leave room for a busy machine.
    assert t_large <= 8 * t_small + 0.05, f"{kind}: {t_small:.3f}s → {t_large:.3f}s for 4x the text"
    # A hang guard, not a speed target (bench/ measures speed): the ratio above catches a
    # quadratic; this only a catastrophic constant. 100 µs a character failed at 106 µs
    # with tracemalloc on while the 2 cores ran an evaluation beside the tests.
    assert t_large <= large * 400e-6, f"{kind}: {t_large:.3f}s is over 400 µs per character"
    assert m_large <= 6 * m_small + 200_000, f"{kind}: {m_small} → {m_large} bytes for 4x the text"
    assert m_large <= large * 2_000, f"{kind}: {m_large} bytes is over 2 KB per character"


@pytest.mark.parametrize("kind", ["short-lines", "deep-nesting"])
def test_a_story_over_the_token_budget_is_refused_at_once(kind: str) -> None:
    import time

    from copydesk.errors import OverBudget
    from copydesk.ingest.readers import story_from_content
    from copydesk.nlp.analyse import parse

    text = _shape(kind, 180_000)  # under the 200 KB size limit
    story = story_from_content(text.encode(), fmt="text", settings=load_settings(env={}))
    t0 = time.perf_counter()
    with pytest.raises(OverBudget) as caught:
        parse(story)
    assert caught.value.code == "input.over_budget" and time.perf_counter() - t0 < 10


def _budget_client(tmp_path: Path, enrich: Any, **overrides: Any) -> tuple[TestClient, Store, dict[str, str]]:
    settings = load_settings(env={}, data_dir=tmp_path, **overrides)
    store = open_store(f"sqlite:///{tmp_path / 'desk.db'}", settings)
    app = create_app(settings, store, enrich=enrich)
    return TestClient(app), store, {"Authorization": f"Bearer {store.create_token('t')}"}


def test_a_story_past_its_time_budget_is_stopped_and_reads_stay_fast(tmp_path: Path) -> None:
    import threading
    import time

    from copydesk.testing import fake_slow_enrich

    client, store, auth = _budget_client(tmp_path, fake_slow_enrich, enrich_timeout_s=4)
    with client:
        ok = client.post("/v1/articles", json={"text": "Q.\n\n" + STORY}, headers=auth)  # 0.2 s
        assert ok.status_code == 201, ok.text
        slow = "A first line of two hundred characters makes the fake enricher sleep twenty seconds. " * 3
        result: dict[str, Any] = {}

        def post() -> None:
            t0 = time.perf_counter()
            result["r"] = client.post("/v1/articles", json={"text": slow + "\n\n" + STORY}, headers=auth)
            result["s"] = time.perf_counter() - t0

        poster = threading.Thread(target=post)
        poster.start()
        time.sleep(0.3)
        reads = []
        while poster.is_alive():
            t0 = time.perf_counter()
            assert client.get("/healthz").status_code == 200
            assert client.get(f"/v1/articles/{ok.json()['id']}", headers=auth).status_code == 200
            reads.append(time.perf_counter() - t0)
        poster.join()
        _problem(result["r"], 422, "input.over_budget")
        assert result["s"] < 8, f"the over-budget story held its request {result['s']:.1f} s"
        # Reads never wait for the story (which runs 4 s before it is stopped): a bound well
        # under that, with room for a loaded shared machine; the speed itself is measured
        # by `make bench-service`, not here.
        assert reads and max(reads) < 2.0, f"reads took up to {max(reads):.2f} s while the story ran"
        assert sorted(reads)[len(reads) // 2] < 0.5, "the typical read waited on the story"
        # The pool replaced the killed worker: the next story is enriched as usual.
        again = client.post("/v1/articles", json={"text": "A.\n\n" + STORY}, headers=auth)
        assert again.status_code == 201, again.text
    store.close()


def test_a_story_past_its_memory_budget_is_stopped(tmp_path: Path) -> None:
    import time

    from copydesk.testing import fake_hungry_enrich

    client, store, auth = _budget_client(tmp_path, fake_hungry_enrich, enrich_max_memory_mb=100)
    with client:
        t0 = time.perf_counter()
        r = client.post("/v1/articles", json={"text": STORY}, headers=auth)  # 24 words: 384 MB
        body = _problem(r, 422, "input.over_budget")
        assert "100 MB" in body["detail"] and time.perf_counter() - t0 < 10
        small = client.post("/v1/articles", json={"text": "Officials met. They agreed."}, headers=auth)
        assert small.status_code == 201, small.text  # 4 words, 64 MB: within the budget
    store.close()


def test_enrichment_runs_in_a_worker_process(tmp_path: Path) -> None:
    import os

    from copydesk.web.pool import EnrichPool

    pool = EnrichPool(size=1, timeout_s=30, max_growth_bytes=1 << 30)
    try:
        assert pool.run(os.getpid) != os.getpid()
    finally:
        pool.close()


# --------------------------------------------------------------------------- 6. reads at cache speed


class _CountingStore:
    """A real store that counts the article reads it serves (a spy, nothing faked)."""

    def __init__(self, inner: Store) -> None:
        self.inner = inner
        self.reads = 0

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.inner, name)
        if name in {"get", "head", "published", "check_token"}:
            def counted(*args: Any, **kwargs: Any) -> Any:
                self.reads += 1
                return attr(*args, **kwargs)
            return counted
        return attr


def test_published_page_is_rendered_once_with_strong_etag_and_304(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from copydesk.web import api

    renders: list[str] = []
    real = api.render_article

    def counting_render(article: Any, audio_url: str | None, related: Any = ()) -> str:
        renders.append(article.id)
        return real(article, audio_url, related)

    monkeypatch.setattr(api, "render_article", counting_render)
    settings = load_settings(env={}, data_dir=tmp_path)
    store = _CountingStore(open_store(f"sqlite:///{tmp_path / 'desk.db'}", settings))
    app = create_app(settings, store, enrich=fake_enrich, narrate=fake_narrate)  # type: ignore[arg-type]
    auth = {"Authorization": f"Bearer {store.create_token('t')}"}
    with TestClient(app) as client:
        created = _create(client, auth)
        id, headline = created["id"], created["article"]["parts"]["headline"]
        client.post(f"/v1/articles/{id}/approve", headers=auth)
        first = client.get(f"/articles/{id}")
        etag = first.headers["etag"]
        assert first.status_code == 200 and etag.startswith('"') and not etag.startswith("W/")
        assert "max-age" in first.headers["cache-control"] and "public" in first.headers["cache-control"]
        store.reads = 0
        for _ in range(20):
            again = client.get(f"/articles/{id}")
            assert again.content == first.content and again.headers["etag"] == etag
        assert renders == [id], "a published revision is rendered once"
        assert store.reads <= 1, f"{store.reads} store reads for 20 cached page views"
        cached = client.get(f"/articles/{id}", headers={"If-None-Match": etag})
        assert cached.status_code == 304 and cached.content == b"" and cached.headers["etag"] == etag
        assert client.get(f"/articles/{id}", headers={"If-None-Match": '"other"'}).status_code == 200
        # A newer approval is served at once by this process, under a new ETag.
        client.patch(f"/v1/articles/{id}/parts/headline", json={"value": {**headline, "text": "Fresh headline"},
                                                                "parent": 1}, headers=auth)
        client.post(f"/v1/articles/{id}/approve", json={"revision": 2}, headers=auth)
        fresh = client.get(f"/articles/{id}", headers={"If-None-Match": etag})
        assert fresh.status_code == 200 and "Fresh headline" in fresh.text and fresh.headers["etag"] != etag
    store.inner.close()


def test_json_read_has_etag_and_304(service: tuple[TestClient, Store, dict[str, str]]) -> None:
    client, _, auth = service
    created = _create(client, auth)
    id = created["id"]
    r = client.get(f"/v1/articles/{id}", headers=auth)
    assert r.status_code == 200 and r.json()["article"] == created["article"]
    assert {k: r.json()[k] for k in ("id", "revision", "latest", "approved", "published", "created")} == {
        "id": id, "revision": 1, "latest": 1, "approved": False, "published": None, "created": False}
    etag = r.headers["etag"]
    again = client.get(f"/v1/articles/{id}", headers={**auth, "If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    _problem(client.get(f"/v1/articles/{id}", headers={"If-None-Match": etag}), 401, "auth.required")
    client.post(f"/v1/articles/{id}/approve", headers=auth)
    changed = client.get(f"/v1/articles/{id}", headers={**auth, "If-None-Match": etag})
    assert changed.status_code == 200 and changed.json()["published"] == 1 and changed.headers["etag"] != etag
