"""The Dask engine on a real ``dask.distributed`` LocalCluster gives the local engine's results."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from copydesk.batch import run_batch

distributed = pytest.importorskip("distributed")

TODAY = date(2025, 11, 3)


def _articles(path: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        result = json.loads(line)
        assert result["key"] not in out
        article = result["article"]
        if article is not None:
            article["provenance"].pop("timings_ms")
        out[result["key"]] = (result["status"], result["id"], article, result["error"])
    return out


@pytest.mark.slow  # a real dask.distributed LocalCluster over dev stories
def test_dask_equals_local(dev_rows: list[dict[str, Any]], tmp_path: Path) -> None:
    src = tmp_path / "stories.jsonl"
    rows = [{"id": r["id"], "text": r["text"]} for r in dev_rows[:10]]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows) + "{not json\n", encoding="utf-8")
    local_out, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"

    run_batch(src, local_out, workers=1, today=TODAY, progress=False)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        summary = run_batch(
            src, dask_out, engine="dask", scheduler=cluster.scheduler_address, today=TODAY,
            progress=False, chunk_size=3,
        )
        # Every worker loaded the model through the plugin, once.
        with distributed.Client(cluster.scheduler_address) as client:
            loaded = client.run(lambda: __import__("copydesk.nlp.parser").nlp.parser.load_pipeline.cache_info().currsize)
        assert set(loaded.values()) == {1} and len(loaded) == 2
    assert (summary.total, summary.ok, summary.errors) == (11, 10, 1)

    local, remote = _articles(local_out), _articles(dask_out)
    assert set(local) == set(remote) == {r["id"] for r in rows} | {"line-11"}
    assert remote == local


@pytest.mark.slow  # a real dask.distributed LocalCluster over dev stories
def test_dask_resume_skips_finished(dev_rows: list[dict[str, Any]], tmp_path: Path) -> None:
    src = tmp_path / "stories.jsonl"
    rows = [{"id": r["id"], "text": r["text"]} for r in dev_rows[10:13]]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch(src, out, workers=1, today=TODAY, progress=False)
    lines = out.read_text(encoding="utf-8").splitlines()
    out.write_text(lines[0] + "\n", encoding="utf-8")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = run_batch(src, out, engine="dask", scheduler=cluster.scheduler_address, resume=True, today=TODAY, progress=False)
    assert (summary.skipped, summary.ok) == (1, 2)
    assert sorted(json.loads(line)["key"] for line in out.read_text(encoding="utf-8").splitlines()) == sorted(r["id"] for r in rows)


def _index_rows(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    import sqlalchemy as sa

    from copydesk.corpus.index import (
        corpus_articles,
        corpus_event_entities,
        corpus_events,
        corpus_mentions,
    )

    out = {}
    with store.engine.connect() as conn:
        for t in (corpus_articles, corpus_mentions, corpus_events, corpus_event_entities):
            out[t.name] = sorted(tuple(r) for r in conn.execute(sa.select(t)))
    return out


@pytest.mark.slow  # a real dask.distributed LocalCluster over dev stories
def test_dask_batch_fills_the_corpus_index_as_local_does(dev_rows: list[dict[str, Any]], tmp_path: Path) -> None:
    from copydesk.corpus.index import open_corpus
    from copydesk.store.sql import SqlStore

    src = tmp_path / "stories.jsonl"
    rows = [{"id": r["id"], "text": r["text"]} for r in dev_rows[20:26]]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    local, remote = SqlStore(f"sqlite:///{tmp_path}/local.db"), SqlStore(f"sqlite:///{tmp_path}/dask.db")
    run_batch(src, tmp_path / "local.jsonl", workers=1, today=TODAY, progress=False, store=local, publish=True)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = run_batch(src, tmp_path / "dask.jsonl", engine="dask", scheduler=cluster.scheduler_address,
                            today=TODAY, progress=False, chunk_size=2, store=remote, publish=True)
    assert summary.ok == len(rows)
    index = _index_rows(remote)
    assert len(index["corpus_articles"]) == len(rows) and index["corpus_mentions"]
    assert index == _index_rows(local)
    # Indexed as published: the index needs no backfill, and timelines read from it.
    corpus = open_corpus(remote, sync=False)
    assert corpus.sync(remote) == 0  # type: ignore[attr-defined]
    slug = index["corpus_event_entities"][0][0]
    assert {r.article_id for r in corpus.events(slug)} <= {aid for (aid, *_rest) in index["corpus_articles"]}
    assert corpus.events(slug)


def test_batch_publish_needs_a_store(tmp_path: Path) -> None:
    from copydesk.errors import ConfigError

    src = tmp_path / "s.jsonl"
    src.write_text(json.dumps({"text": "Shops opened in 2012."}) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        run_batch(src, tmp_path / "o.jsonl", workers=1, progress=False, publish=True)
    assert not (tmp_path / "o.jsonl").exists()
