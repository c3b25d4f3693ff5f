"""A cached published page never keeps stale related coverage (issue 15.5).

A newer related story published from this process shows on the next request (the
approval drops the rendered pages); one published by another process shows once the
rendered page is older than :data:`copydesk.web.cache.RELATED_TTL_S`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

import copydesk
from copydesk.web import cache

TODAY = date(2025, 11, 3)
WIRE = (Path(__file__).parents[1] / "golden" / "stories" / "wire_nationpress.txt").read_text(encoding="utf-8")
SECOND = (
    "Moscow, Oct 30 (Wire) - Colonel General Viktor Afzalov hosted Air Marshal A.P. Singh of India in "
    "Moscow on Wednesday, the Russian defence ministry said. Singh met Afzalov for two hours of talks.\n\n"
    "Prime Minister Narendra Modi will visit Russia in December for the annual summit with President "
    "Vladimir Putin, officials said. Modi and Putin last held a summit in Moscow in July 2024."
)


@pytest.fixture(scope="module")
def stories() -> tuple[Any, Any]:
    return (copydesk.enrich(WIRE, published=date(2025, 10, 29), today=TODAY),
            copydesk.enrich(SECOND, published=date(2025, 10, 30), today=TODAY))


def _client(tmp_path: Path) -> Iterator[tuple[TestClient, Any]]:
    from copydesk.settings import load_settings
    from copydesk.store import open_store
    from copydesk.testing import fake_enrich, fake_narrate, fake_regenerate
    from copydesk.web import create_app

    settings = load_settings(env={}, data_dir=tmp_path)
    store = open_store(f"sqlite:///{tmp_path / 'desk.db'}", settings)
    app = create_app(settings, store, enrich=fake_enrich, narrate=fake_narrate, regenerate=fake_regenerate)
    with TestClient(app) as client:
        yield client, store
    store.close()


@pytest.fixture()
def app_client(tmp_path: Path) -> Iterator[tuple[TestClient, Any]]:
    yield from _client(tmp_path)


def test_approval_here_refreshes_related_links(app_client: tuple[TestClient, Any], stories: tuple[Any, Any]) -> None:
    client, store = app_client
    wire, second = stories
    store.approve(wire.id, store.save(wire).number)
    first = client.get(f"/articles/{wire.id}")
    assert first.status_code == 200 and f"/articles/{second.id}" not in first.text
    assert client.get(f"/articles/{wire.id}").headers["etag"] == first.headers["etag"]  # served from the cache
    store.save(second)
    client.app.state.desk.approve(second.id, None)  # type: ignore[attr-defined]  # what POST …/approve does
    again = client.get(f"/articles/{wire.id}")
    assert f"/articles/{second.id}" in again.text
    assert again.headers["etag"] != first.headers["etag"]
    assert client.get(f"/articles/{wire.id}", headers={"If-None-Match": first.headers["etag"]}).status_code == 200


def test_approval_elsewhere_shows_within_the_ttl(
    tmp_path: Path, stories: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "RELATED_TTL_S", 0.0)  # every rendered page is already too old
    for client, store in _client(tmp_path):
        wire, second = stories
        store.approve(wire.id, store.save(wire).number)
        assert f"/articles/{second.id}" not in client.get(f"/articles/{wire.id}").text
        store.approve(second.id, store.save(second).number)  # another process: this desk is not told
        assert f"/articles/{second.id}" in client.get(f"/articles/{wire.id}").text
