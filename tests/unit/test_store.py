"""The article store: the contract on SQLite and MemoryStore, plus backend details."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from copydesk.errors import StoreError, UnknownBackend
from copydesk.model import Provenance
from copydesk.registry import stores
from copydesk.settings import load_settings
from copydesk.store import (
    AccountStore,
    ArticleStore,
    Store,
    StoredArticle,
    content_hash,
    default_url,
    hash_password,
    open_store,
    verify_password,
)
from copydesk.store.memory import MemoryStore
from copydesk.store.sql import SqlStore
from copydesk.testing import check_store, sample_article


@pytest.fixture(params=["sqlite", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    url = f"sqlite:///{tmp_path / 'desk.db'}" if request.param == "sqlite" else "memory:"
    s = open_store(url, load_settings(env={}, data_dir=tmp_path))
    yield s
    s.close()


def test_store_contract(store: Store) -> None:
    check_store(store)


def _methods(protocol: type) -> set[str]:
    return {name for name in vars(protocol) if not name.startswith("_")}


def test_store_protocol_splits_articles_from_accounts(store: Store) -> None:
    articles, accounts = _methods(ArticleStore), _methods(AccountStore)
    assert articles & accounts == {"close"}, "only close() is shared"
    assert {"save", "get", "get_published", "queue", "approve"} <= articles
    assert {"create_token", "check_token", "create_user", "open_session", "check_user"} <= accounts
    assert _methods(Store) == set(), "Store adds nothing: it is the two protocols together"
    assert isinstance(store, ArticleStore) and isinstance(store, AccountStore) and isinstance(store, Store)



class _StoreBeforeTheRename:
    """A plugin store written when the published revision came from ``published(id)``."""

    def __init__(self) -> None:
        self._inner = MemoryStore()

    def published(self, id: str) -> StoredArticle:
        return self._inner.get_published(id)

    def __getattr__(self, name: str) -> object:
        if name in ("get_published", "published"):
            raise AttributeError(name)
        return getattr(self._inner, name)


def test_store_published_is_get_published_and_plugin_stores_with_the_old_name_still_open(
    tmp_path: Path,
) -> None:
    # Issue 14: the method is get_published(id); both backends keep published as an alias.
    assert SqlStore.published is SqlStore.get_published and MemoryStore.published is MemoryStore.get_published
    stores.register("oldname", lambda url, settings: _StoreBeforeTheRename())
    try:
        with pytest.warns(DeprecationWarning, match="get_published"):
            store = open_store("oldname:", load_settings(env={}, data_dir=tmp_path))
    finally:
        stores.unregister("oldname")
    check_store(store)

def test_sample_article_is_the_built_in_story_or_one_over_a_text() -> None:
    assert sample_article().story.source == "NationPress"
    over = sample_article("Rates held. Markets rose.", source="Wire")
    assert [s.text for s in over.analysis.sentences] == ["Rates held.", "Markets rose."]
    with pytest.raises(TypeError):
        sample_article(source="Wire")
    with pytest.raises(TypeError):
        sample_article("Rates held.", hostile=True)


def test_store_default_url_is_sqlite_in_data_dir(tmp_path: Path) -> None:
    settings = load_settings(env={"COPYDESK_DATA_DIR": str(tmp_path / "d")})
    assert default_url(settings) == f"sqlite:///{tmp_path / 'd' / 'copydesk.db'}"
    store = open_store(None, settings)
    assert isinstance(store, SqlStore) and (tmp_path / "d" / "copydesk.db").exists()
    store.close()


def test_store_database_url_env_wins(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'other.db'}"
    settings = load_settings(env={"COPYDESK_DATABASE_URL": url, "COPYDESK_DATA_DIR": str(tmp_path)})
    assert default_url(settings) == url


def test_store_unknown_scheme_suggests_closest(tmp_path: Path) -> None:
    with pytest.raises(UnknownBackend) as err:
        open_store("postgersql://x/y", load_settings(env={}, data_dir=tmp_path))
    assert err.value.code == "config.unknown_backend" and "postgresql" in err.value.hint


def test_store_unreachable_database_is_a_store_error(tmp_path: Path) -> None:
    settings = load_settings(env={}, data_dir=tmp_path)
    with pytest.raises(StoreError) as err:
        open_store("postgresql://nobody:pw@127.0.0.1:1/none", settings)
    assert err.value.code == "store.failed" and "pw" not in err.value.message
    (tmp_path / "afile").write_text("x")
    with pytest.raises(StoreError):
        open_store(f"sqlite:///{tmp_path / 'afile' / 'desk.db'}", settings)


def test_store_reopen_keeps_data_and_migrates_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    settings = load_settings(env={}, data_dir=tmp_path)
    art = sample_article("One fact here. Another fact there.", published=date(2025, 1, 2))
    first = open_store(url, settings)
    first.save(art)
    first.close()
    again = open_store(url, settings)
    assert again.get(art.id).article == art
    assert isinstance(again, SqlStore)
    with again.engine.connect() as conn:
        # Migrated to the newest revision shipped, exactly once (one row in alembic_version).
        assert conn.execute(sa.text("select version_num from alembic_version")).scalars().all() == [_newest()]
    again.close()


def _newest() -> str:
    from copydesk.store.sql import MIGRATIONS

    return sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))[-1]


def test_store_only_token_hash_is_stored(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'desk.db'}", load_settings(env={}, data_dir=tmp_path))
    assert isinstance(store, SqlStore)
    token = store.create_token("ci")
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("select hash, name from tokens")).all()
    assert len(rows) == 1 and rows[0].name == "ci" and token not in rows[0].hash
    store.close()


def test_store_content_hash_ignores_stage_timings() -> None:
    art = sample_article("A thing happened. It mattered.")
    timed = art.model_copy(update={"provenance": Provenance(timings_ms=(("parse", 12.5),))})
    noted = art.model_copy(update={"provenance": Provenance(notes=("edited",))})
    assert content_hash(art) == content_hash(timed) != content_hash(noted)


def test_store_repost_with_new_timings_is_idempotent() -> None:
    store = MemoryStore()
    art = sample_article("A thing happened. It mattered.")
    store.save(art)
    timed = art.model_copy(update={"provenance": Provenance(timings_ms=(("parse", 3.0),))})
    assert store.save(timed).number == 1


def test_store_password_hash_is_salted_scrypt() -> None:
    a, b = hash_password("s3cret"), hash_password("s3cret")
    assert a != b and a.startswith("scrypt$")
    assert verify_password("s3cret", a) and not verify_password("S3cret", a)
    assert not verify_password("s3cret", "garbage") and not verify_password("s3cret", "md5$1$2$3$aa$bb")


def test_store_unknown_editor_costs_a_password_check() -> None:
    import time

    store = MemoryStore()
    store.create_user("ana", "correct horse")
    store.check_user("ghost", "x")  # the decoy hash is made once

    def cost(name: str) -> float:
        t0 = time.perf_counter()
        for _ in range(3):
            store.check_user(name, "wrong password")
        return time.perf_counter() - t0

    known, unknown = cost("ana"), cost("ghost")
    assert unknown > known / 3, f"unknown editor answered in {unknown:.4f}s vs {known:.4f}s"
