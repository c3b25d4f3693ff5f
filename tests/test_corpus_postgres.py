"""The corpus index on PostgreSQL: migrations 0004 and 0005, the windowed related coverage,
an undated article's related coverage and the timeline rows give what SQLite gives (dates
come back as dates there, text here)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

import copydesk.corpus.index as index
from copydesk.corpus.index import (
    SqlCorpus,
    corpus_articles,
    corpus_event_entities,
    corpus_events,
    corpus_mentions,
)
from copydesk.store.sql import SqlStore

pytestmark = pytest.mark.postgres
N = 600



def _fill(store: SqlStore) -> None:
    rng = random.Random(4)
    arts, ments, events, links = [], [], [], []
    for i in range(N):
        aid = f"a{i:05d}"
        pub = None if rng.random() < 0.05 else date(2020, 1, 1) + timedelta(days=rng.randrange(700))
        slugs = sorted({f"e{min(29, int(rng.paretovariate(1.1)) - 1 + rng.randrange(4))}" for _ in range(5)})
        arts.append({"article_id": aid, "revision": 1, "published": pub, "headline": f"Story {i}"})
        ments += [{"article_id": aid, "slug": s, "salience": rng.random(), "central": True, "published": pub} for s in slugs]
        day = date(2019, 6, 1) + timedelta(days=rng.randrange(900))
        events.append({"article_id": aid, "event_id": "v1", "lo": day, "hi": day, "value": day.isoformat(),
                       "granularity": "day", "status": "past", "kind": "event", "predicate": "met", "lemma": "meet",
                       "participants": " ".join(slugs[:2]), "place": None, "sentences": "s1", "text": "t",
                       "headline": f"Story {i}", "published": pub})
        links += [{"slug": s, "lo": day, "article_id": aid, "event_id": "v1"} for s in slugs[:2]]
    with store.engine.begin() as conn:
        for table, rows in ((corpus_articles, arts), (corpus_mentions, ments), (corpus_events, events),
                            (corpus_event_entities, links)):
            conn.execute(table.insert(), rows)


def test_postgres_corpus_answers_as_sqlite(pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pg, lite = SqlStore(pg_url), SqlStore(f"sqlite:///{tmp_path}/c.db")
    try:
        for store in (pg, lite):
            _fill(store)
        a, b = SqlCorpus(pg.engine), SqlCorpus(lite.engine)
        ids = [f"a{i:05d}" for i in random.Random(2).sample(range(N), 30)]
        windowed = [a.related(x) for x in ids]
        assert windowed == [b.related(x) for x in ids] and all(windowed)
        monkeypatch.setattr(index, "RELATED_WINDOWS", ())
        assert windowed == [a.related(x) for x in ids]
        with pg.engine.connect() as conn:
            undated = [r[0] for r in conn.execute(sa.select(corpus_articles.c.article_id).where(
                corpus_articles.c.published.is_(None)))]
        assert len(undated) > 15
        monkeypatch.setattr(index, "RARE_MENTIONS", 40)  # some entities walked as frequent ones
        by_sets = [a.related(x) for x in undated]
        assert by_sets == [b.related(x) for x in undated] and all(by_sets)
        monkeypatch.setattr(SqlCorpus, "_related_undated", staticmethod(  # every mention counted at once
            lambda conn, aid, weights, limit: SqlCorpus._related_counted(conn, aid, weights, None, None, limit)))
        assert by_sets == [a.related(x) for x in undated]
        assert a.events("e0") == b.events("e0") and a.events("e0")
        assert a.events("e1", since=date(2020, 1, 1), until=date(2020, 6, 30)) == \
            b.events("e1", since=date(2020, 1, 1), until=date(2020, 6, 30))
    finally:
        pg.close()
        lite.close()
