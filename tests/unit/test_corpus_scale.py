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
    by_sets = [corpus.related(a) for a in undated]
    monkeypatch.setattr(SqlCorpus, "_related_undated", staticmethod(  # every mention counted at once
        lambda conn, aid, weights, limit: SqlCorpus._related_counted(conn, aid, weights, None, None, limit)))
    full = [corpus.related(a) for a in undated]
    assert by_sets == full
    assert all(len(r) == 5 for r in full)


@pytest.fixture(scope="module")
def tied(tmp_path_factory: pytest.TempPathFactory) -> SqlCorpus:
    """600 articles whose saliences are 0, 0.5 or 1 (many equal weights, some zero, so many
    stories tie on overlap and the article-order tie-break decides), some mentions not central."""
    store = SqlStore(f"sqlite:///{tmp_path_factory.mktemp('tied') / 't.db'}")
    rng = random.Random(23)
    arts, ments = [], []
    for i in range(600):
        aid = f"t{rng.randrange(10**6):06d}{i:03d}"  # article order unrelated to insertion order
        pub = None if rng.random() < 0.3 else date(2021, 1, 1) + timedelta(days=rng.randrange(400))
        slugs = {f"e{min(24, int(rng.paretovariate(1.0)) - 1 + rng.randrange(3))}" for _ in range(6)}
        arts.append({"article_id": aid, "revision": 1, "published": pub, "headline": f"Story {i}"})
        ments += [{"article_id": aid, "slug": s, "salience": rng.choice((0.0, 0.5, 1.0)),
                   "central": rng.random() < 0.85, "published": pub} for s in slugs]
    with store.engine.begin() as conn:
        conn.execute(corpus_articles.insert(), arts)
        conn.execute(corpus_mentions.insert(), ments)
    return SqlCorpus(store.engine)


@pytest.mark.parametrize(("rare", "whole"), [(2000, 100), (2000, 0), (30, 10), (1, 0), (2000, 2000)])
def test_undated_sets_equal_counting_every_mention_with_ties(
    tied: SqlCorpus, rare: int, whole: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every third article of the tied corpus asked as if undated, for 1, 5 and 9 stories:
    the sets-from-the-heaviest-down answer is the full count's, whichever entities count
    as rare (all of them, some, none) and whichever are read whole first (some, none, all)."""
    monkeypatch.setattr(index, "RARE_MENTIONS", rare)
    monkeypatch.setattr(index, "READ_WHOLE", whole)
    m = corpus_mentions
    with tied.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(sa.select(corpus_articles.c.article_id).order_by(corpus_articles.c.article_id))]
        checked = 0
        for aid in ids[::3]:
            weights = central_weights({s: sal or 0.0 for s, sal in conn.execute(
                sa.select(m.c.slug, m.c.salience).where(m.c.article_id == aid, m.c.central))})
            if not weights:
                continue
            for limit in (1, 5, 9):
                full = SqlCorpus._related_counted(conn, aid, weights, None, None, limit)
                assert SqlCorpus._related_undated(conn, aid, weights, limit) == full, (aid, limit)
                checked += bool(full)
        scores = [r.score for r in SqlCorpus._related_counted(conn, ids[0], {"e0": 0.5, "e1": 0.5}, None, None, 9)]
    assert checked > 400
    assert len(set(scores)) < len(scores), "the corpus has ties for the tie-break to decide"


def test_undated_walk_reads_mentions_in_article_order(tied: SqlCorpus, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each walk of an undated article's related coverage uses migration 0005's index in
    article order: no sort of a whole list of mentions before the first story is found."""
    monkeypatch.setattr(index, "READ_WHOLE", 0)  # every set walked, none settled by reading an entity whole
    walks: list[tuple[str, tuple[object, ...]]] = []

    def keep(conn: object, cursor: object, statement: str, params: tuple[object, ...], *_: object) -> None:
        if "EXISTS" in statement:
            walks.append((statement, params))

    with tied.engine.connect() as conn:
        undated = [r[0] for r in conn.execute(sa.select(corpus_articles.c.article_id).where(
            corpus_articles.c.published.is_(None)).limit(20))]
    sa.event.listen(tied.engine, "before_cursor_execute", keep)
    try:
        for aid in undated:
            tied.related(aid)
    finally:
        sa.event.remove(tied.engine, "before_cursor_execute", keep)
    assert len(walks) > 20
    with tied.engine.connect() as conn:
        for statement, params in walks:
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params))
            assert "ix_corpus_mentions_slug_article" in plan and "TEMP B-TREE" not in plan, plan
