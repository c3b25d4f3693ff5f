"""Related coverage at scale: the windowed query (migration 0004) gives exactly the full ranking."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

import copydesk.corpus.index as index
from copydesk.corpus.index import (
    RELATED_WINDOWS,
    SqlCorpus,
    central_weights,
    corpus_articles,
    corpus_mentions,
    related_bound,
    related_score,
)
from copydesk.store.sql import SqlStore

N = 1500


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> SqlCorpus:
    """N articles, 3-5 central entities each from a skewed pool (a few entities in most
    articles), dates over four years, one in twenty undated."""
    path: Path = tmp_path_factory.mktemp("scale") / "s.db"
    store = SqlStore(f"sqlite:///{path}")
    rng = random.Random(11)
    arts, ments = [], []
    for i in range(N):
        aid = f"a{i:05d}"
        pub = None if rng.random() < 0.05 else date(2020, 1, 1) + timedelta(days=rng.randrange(1460))
        slugs = {f"e{min(59, int(rng.paretovariate(1.1)) - 1 + rng.randrange(4))}" for _ in range(5)}
        arts.append({"article_id": aid, "revision": 1, "published": pub, "headline": f"Story {i}"})
        ments += [{"article_id": aid, "slug": s, "salience": round(rng.random(), 3), "central": True, "published": pub}
                  for s in slugs]
    with store.engine.begin() as conn:
        conn.execute(corpus_articles.insert(), arts)
        conn.execute(corpus_mentions.insert(), ments)
    return SqlCorpus(store.engine)


def test_related_windowed_equals_full_ranking(corpus: SqlCorpus, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [f"a{i:05d}" for i in random.Random(5).sample(range(N), 60)]
    windowed = [corpus.related(a) for a in ids]
    monkeypatch.setattr(index, "RELATED_WINDOWS", ())  # straight to the whole index
    full = [corpus.related(a) for a in ids]
    assert windowed == full
    assert all(len(r) == 5 for r in full), "every article of this corpus has five related stories"


def test_related_bound_covers_every_story_outside_the_window() -> None:
    weights = central_weights({"a": 0.9, "b": 0.35, "c": 0.35, "d": 0.1, "e": 0.0})
    assert abs(sum(weights.values()) - 1.0) < 1e-9 and weights["a"] > weights["b"] > weights["d"] > weights["e"]
    for window in RELATED_WINDOWS:
        worst = max(related_score(sum(weights.values()), days) for days in (window + 1, window + 30, 365))
        assert worst < related_bound(window)
        assert related_bound(window) - related_score(1.0, min(window + 1, 365)) < 0.0002  # and no looser


def test_related_reads_mentions_by_date(corpus: SqlCorpus) -> None:
    m = corpus_mentions
    stmt = sa.select(m.c.article_id).where(m.c.slug.in_(["e0", "e1"]), m.c.central,
                                           m.c.published.between(date(2021, 1, 1), date(2021, 2, 1)))
    sql = str(stmt.compile(corpus.engine, compile_kwargs={"literal_binds": True}))
    with corpus.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert "ix_corpus_mentions_slug_published" in plan and "published>" in plan


def test_related_of_an_undated_article_equals_the_full_ranking(
    corpus: SqlCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    with corpus.engine.connect() as conn:
        undated = [r[0] for r in conn.execute(sa.select(corpus_articles.c.article_id).where(
            corpus_articles.c.published.is_(None)).order_by(corpus_articles.c.article_id))]
    assert len(undated) > 40
    rare_first = [corpus.related(a) for a in undated]  # every entity here has under RARE_MENTIONS
    monkeypatch.setattr(index, "RARE_MENTIONS", 40)  # some read one by one, the rest counted at once
    mixed = [corpus.related(a) for a in undated]
    monkeypatch.setattr(index, "RARE_MENTIONS", -1)  # straight to counting every mention
    full = [corpus.related(a) for a in undated]
    assert rare_first == full and mixed == full
    assert all(len(r) == 5 for r in full)
