"""Shared fixtures: dev-set stories, a sample wire story, enriched articles (cached per session)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

    from copydesk.store import Store

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "news_dev.jsonl"
EXAMPLE = ROOT / "examples" / "wire_story.txt"
FIXED_TODAY = date(2025, 11, 3)


@pytest.fixture(scope="session")
def dev_rows() -> list[dict[str, Any]]:
    """The 250 dev stories (skipped with a message when ../shared/data is absent)."""
    if not DEV.exists():
        pytest.skip(f"dev set not found at {DEV}")
    return [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def wire_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def wire_article(wire_text: str) -> Any:
    """The sample wire story, enriched once per session."""
    import copydesk

    return copydesk.enrich(wire_text, published=date(2025, 10, 29), today=FIXED_TODAY)


@pytest.fixture(scope="session")
def dev_articles(dev_rows: list[dict[str, Any]]) -> list[Any]:
    """The first 40 dev stories, enriched once per session."""
    import copydesk
    from copydesk.ingest import story_from_text

    return [copydesk.enrich_story(story_from_text(r["text"]), today=FIXED_TODAY) for r in dev_rows[:40]]


# --------------------------------------------------------------------------- JSON-LD audit
# Every JSON-LD graph any test renders (pages, the /jsonld route, the CLI in-process) is
# checked against schema.org and Google's Article/Speakable/FAQPage rules as it is made.

_JSONLD_CHECKED: list[int] = [0]


@pytest.fixture(autouse=True)
def _jsonld_audit(monkeypatch: pytest.MonkeyPatch) -> None:
    from copydesk.render import jsonld
    from jsonld_rules import problems

    original = jsonld.jsonld_graph

    def checked(article: Any, **kwargs: Any) -> dict[str, Any]:
        graph = original(article, **kwargs)
        found = problems(json.loads(json.dumps(graph)), has_image=article.story.image is not None)
        assert not found, "JSON-LD breaks schema.org/Google rules:\n" + "\n".join(found)
        _JSONLD_CHECKED[0] += 1
        return graph

    monkeypatch.setattr(jsonld, "jsonld_graph", checked)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _JSONLD_CHECKED[0]:
        terminalreporter.write_line(f"JSON-LD audit: {_JSONLD_CHECKED[0]} rendered graphs checked against schema.org and Google's rules")


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL on loopback, one throwaway cluster per test module (or
    ``COPYDESK_TEST_PG_URL``); skipped with a message when the binaries are missing."""
    from copydesk.store.pgcluster import postgres_bin, throwaway_cluster

    if os.environ.get("COPYDESK_TEST_PG_URL"):
        yield os.environ["COPYDESK_TEST_PG_URL"]
        return
    if postgres_bin() is None:
        pytest.skip("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin: run `make setup`")
    with throwaway_cluster() as url:
        yield url


# --------------------------------------------------------------------------- the service


EDITOR_PASSWORD = "correct horse battery"


@pytest.fixture()
def editor_client(tmp_path: Path) -> Iterator[tuple[TestClient, Store, str]]:
    """The service over a throwaway SQLite store, with the fakes of :mod:`copydesk.testing`
    (no spaCy model), and editor ``ana`` logged in: the client (redirects not followed),
    the store and the session's CSRF token."""
    from fastapi.testclient import TestClient

    from copydesk.settings import load_settings
    from copydesk.store import open_store
    from copydesk.testing import fake_enrich, fake_narrate, fake_regenerate
    from copydesk.web import create_app

    def csrf(html: str) -> str:
        m = re.search(r'name="csrf" value="([^"]*)"', html)
        assert m, "no hidden csrf field"
        return m.group(1)

    settings = load_settings(env={}, data_dir=tmp_path, enrich_workers=0)
    store = open_store(f"sqlite:///{tmp_path / 'desk.db'}", settings)
    store.create_user("ana", EDITOR_PASSWORD)
    app = create_app(settings, store, enrich=fake_enrich, narrate=fake_narrate, regenerate=fake_regenerate)
    with TestClient(app, follow_redirects=False) as client:
        login = client.get("/editor/login")
        client.post("/editor/login", data={"user": "ana", "password": EDITOR_PASSWORD, "csrf": csrf(login.text)})
        yield client, store, csrf(client.get("/editor/").text)
    store.close()
