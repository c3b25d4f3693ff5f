"""The store contract against a real PostgreSQL server.

A throwaway cluster is created in a temp folder and started on 127.0.0.1 at a free
port for the session (Debian's ``postgresql`` package, installed by ``make setup``),
then stopped and deleted. Set ``COPYDESK_TEST_PG_URL`` to use an existing server
instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from copydesk.settings import load_settings
from copydesk.store import open_store
from copydesk.store.sql import SqlStore
from copydesk.testing import check_store

pytestmark = pytest.mark.postgres



@pytest.fixture()
def pg_store(pg_url: str, tmp_path: Path) -> Iterator[SqlStore]:
    store = open_store(pg_url, load_settings(env={}, data_dir=tmp_path))
    assert isinstance(store, SqlStore)
    yield store
    store.close()


def test_postgres_store_contract(pg_store: SqlStore) -> None:
    check_store(pg_store, editors=6, saves_each=4)


def test_postgres_store_reopen_keeps_revisions(pg_url: str, tmp_path: Path) -> None:
    settings = load_settings(env={}, data_dir=tmp_path)
    first = open_store(pg_url, settings)
    check_store(first)  # migrations on a second open are a no-op and data persists
    first.close()
    again = open_store(pg_url, settings)
    assert again.list(limit=1000), "articles saved before reopening are still there"
    again.close()


def test_postgres_bare_url_uses_psycopg(pg_url: str, tmp_path: Path) -> None:
    bare = pg_url.replace("postgresql+psycopg://", "postgresql://")
    store = open_store(bare, load_settings(env={}, data_dir=tmp_path))
    assert isinstance(store, SqlStore) and store.url.startswith("postgresql+psycopg://")
    store.close()


def test_postgres_service_round_trip(pg_store: SqlStore, tmp_path: Path) -> None:
    """The API over PostgreSQL: create, edit from a stale parent (409), approve, publish."""
    from fastapi.testclient import TestClient

    from copydesk.testing import fake_enrich, fake_narrate
    from copydesk.web import create_app

    settings = load_settings(env={}, data_dir=tmp_path)
    client = TestClient(create_app(settings, pg_store, enrich=fake_enrich, narrate=fake_narrate))
    client.headers["Authorization"] = f"Bearer {pg_store.create_token('pg')}"
    text = f"Officials in Geneva met on Monday about item {tmp_path.name}. They cut tariffs on 40 goods."
    created = client.post("/v1/articles", json={"text": text}).json()
    id, headline = created["id"], created["article"]["parts"]["headline"]
    edit = {"value": {**headline, "text": "Officials in Geneva cut tariffs"}, "parent": 1}
    assert client.patch(f"/v1/articles/{id}/parts/headline", json=edit).json()["revision"] == 2
    stale = {"value": {**headline, "text": "A stale edit"}, "parent": 1}
    assert client.patch(f"/v1/articles/{id}/parts/headline", json=stale).status_code == 409
    assert client.post(f"/v1/articles/{id}/approve").json()["number"] == 2
    assert "Officials in Geneva cut tariffs" in client.get(f"/articles/{id}").text
    assert [s["id"] for s in client.get("/v1/articles", params={"q": tmp_path.name}).json()] == [id]
