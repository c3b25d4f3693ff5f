"""The store contract against a real PostgreSQL server.

A throwaway cluster is created in a temp folder and started on 127.0.0.1 at a free
port for the session (Debian's ``postgresql`` package, installed by ``make setup``),
then stopped and deleted. Set ``COPYDESK_TEST_PG_URL`` to use an existing server
instead.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from copydesk.settings import load_settings
from copydesk.store import open_store
from copydesk.store.contract import check_store
from copydesk.store.sql import SqlStore

pytestmark = pytest.mark.postgres


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run(cmd: list[str]) -> None:
    # initdb and postgres refuse to run as root: drop to the postgres user.
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL on loopback, alive for the whole session."""
    if os.environ.get("COPYDESK_TEST_PG_URL"):
        yield os.environ["COPYDESK_TEST_PG_URL"]
        return
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin: run `make setup`")
    root = Path(tempfile.mkdtemp(prefix="copydesk-pg-"))
    data = root / "data"
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(data, "postgres")
    port = _free_port()
    try:
        _run([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"])
        _run([
            str(bindir / "pg_ctl"), "-D", str(data), "-w", "-t", "60", "-l", str(root / "server.log"),
            "-o", f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
                  "-c synchronous_commit=off -c full_page_writes=off",
            "start",
        ])
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"could not start PostgreSQL: {exc.stderr}") from exc
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            (["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else [])
            + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
            capture_output=True, timeout=60, check=False,
        )
        shutil.rmtree(root, ignore_errors=True)


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

    from copydesk.web import create_app
    from copydesk.web.doubles import fake_enrich, fake_narrate

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
