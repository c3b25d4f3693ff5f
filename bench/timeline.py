"""Timeline and related-coverage query times on a SQLite store of synthetic published articles.

    make bench-timeline                      # 100,000 articles
    python bench/timeline.py --articles 20000

The corpus index tables (migration 0003) and the ``articles`` rows are filled directly
with synthetic published articles (no NLP: the index rows are what the queries read):
each article has up to 5 central entities drawn from a Zipf-like pool and 3 dated events.
One hot entity takes part in exactly ``--hot`` events (default 500), the issue's
target case. ``--undated`` articles (default 100) drawn at random are then made undated
(no window of days to read first), among them one with an entity of under
``FREQUENT`` mentions and one whose central entities all have more.

Every query is timed as the service runs it: inside the lifespan of the app that
``copydesk serve`` runs (``create_app``, whose start-up ``gc.freeze()``s the objects made
so far, as this process's imports and fill are). The plain indexed lookup (an article's
row by primary key) is measured in the same series, and every figure is also given as a
ratio to it: p50/p99 over ``--runs`` queries each, CPU-time p99, and how many full
garbage collections fell inside each series. The lookup and the timeline queries are
then timed again after the lifespan has ended (``gc.unfreeze()``), as a process that
does not freeze runs them (``copydesk timeline``, a worker of another server).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

import sqlalchemy as sa

from copydesk.corpus.index import (
    SqlCorpus,
    corpus_articles,
    corpus_entities,
    corpus_event_entities,
    corpus_events,
    corpus_mentions,
)
from copydesk.corpus.timeline import build_timeline
from copydesk.settings import Settings
from copydesk.store.sql import SqlStore, articles
from copydesk.web import create_app

FREQUENT = 2000
"""Mentions past which an entity counts as frequent in the undated rows' labels."""
PREDICATES = ("met", "signed", "visited", "spoke", "will meet", "held talks")


def fill(store: SqlStore, n: int, hot: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    pool = [f"person-{i}" for i in range(max(200, n // 20))]
    start = date(2015, 1, 1)
    hot_left = hot
    now = datetime.now(UTC)
    rows_a, rows_c, rows_m, rows_e, rows_l = [], [], [], [], []
    with store.engine.begin() as conn:
        conn.execute(corpus_entities.insert(), [{"slug": s, "kind": "PERSON", "name": s.replace("-", " ").title(),
                                                 "surname": s, "titles": ""} for s in [*pool, "hot-person"]])
    for i in range(n):
        aid = f"st_{i:016x}"
        pub = start + timedelta(days=rng.randrange(3650))
        ents = list({pool[min(len(pool) - 1, int(rng.paretovariate(1.2)) - 1 + rng.randrange(5))] for _ in range(5)})
        rows_a.append({"id": aid, "title": f"Story {i}", "headline": f"Story {i}", "published": pub, "status": "supported",
                       "latest": 1, "approved": 1, "search_text": f"story {i}",
                       "created": now, "updated": now})
        rows_c.append({"article_id": aid, "revision": 1, "published": pub, "headline": f"Story {i}"})
        rows_m += [{"article_id": aid, "slug": s, "salience": 1.0 - k / 10, "central": True, "published": pub}
                   for k, s in enumerate(ents)]
        for k in range(3):
            people = rng.sample(ents, min(2, len(ents)))
            if hot_left and k == 0 and rng.random() < hot / n * 1.5:
                people, hot_left = ["hot-person", *people[:1]], hot_left - 1
            lo = pub - timedelta(days=rng.randrange(60))
            ev = f"v{k + 1}"
            rows_e.append({"article_id": aid, "event_id": ev, "lo": lo, "hi": lo, "value": lo.isoformat(),
                           "granularity": "day", "status": "past", "kind": "event", "predicate": rng.choice(PREDICATES),
                           "lemma": "meet", "participants": " ".join(people), "place": None, "sentences": f"s{k + 1}",
                           "text": f"Sentence {k + 1} of story {i}.", "headline": f"Story {i}", "published": pub})
            rows_l += [{"slug": s, "lo": lo, "article_id": aid, "event_id": ev} for s in people]
        if len(rows_a) >= 5000 or i == n - 1:
            with store.engine.begin() as conn:
                for table, rows in ((articles, rows_a), (corpus_articles, rows_c), (corpus_mentions, rows_m),
                                    (corpus_events, rows_e), (corpus_event_entities, rows_l)):
                    conn.execute(table.insert(), rows)
            rows_a, rows_c, rows_m, rows_e, rows_l = [], [], [], [], []
    with store.engine.begin() as conn:
        got = conn.execute(sa.select(sa.func.count()).select_from(corpus_event_entities)
                           .where(corpus_event_entities.c.slug == "hot-person")).scalar()
        conn.exec_driver_sql("ANALYZE")
    print(f"hot entity: {got} events")


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, float, int]:
    """Wall-clock p50 and p99 and CPU-time p99 in ms over ``runs`` calls, and how many
    full (generation 2) garbage collections fell inside the series: one costs ~50-150 ms
    here, whatever the query. CPU time leaves out the waits for a core that other work
    on a shared machine causes."""
    fn()
    times, cpu = [], []
    full = 0

    def count(phase: str, info: dict[str, int]) -> None:
        nonlocal full
        full += phase == "start" and info["generation"] == 2

    gc.callbacks.append(count)
    try:
        for _ in range(runs):
            t, c = time.perf_counter(), time.process_time()
            fn()
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
    finally:
        gc.callbacks.remove(count)
    times.sort()
    cpu.sort()
    k = min(len(times) - 1, int(len(times) * 0.99))
    return statistics.median(times), times[k], cpu[k], full


Series = dict[str, tuple[Callable[[], object], int]]


def run_series(series: Series) -> dict[str, tuple[float, float, float, int]]:
    return {name: timed(fn, runs) for name, (fn, runs) in series.items()}


def served(store: SqlStore, tmp: str, series: Series) -> tuple[dict[str, tuple[float, float, float, int]], int]:
    """``series`` timed inside the service's lifespan; also how many objects it froze."""
    app = create_app(Settings(data_dir=Path(tmp), enrich_workers=0, session_secret="bench"), store)

    async def inside() -> tuple[dict[str, tuple[float, float, float, int]], int]:
        async with app.router.lifespan_context(app):
            return run_series(series), gc.get_freeze_count()

    return asyncio.run(inside())


def table(title: str, results: dict[str, tuple[float, float, float, int]], base_name: str) -> None:
    _, base, base_cpu, _ = results[base_name]
    print(f"\n## {title}\n")
    print(f"{'query':58} {'p50 ms':>8} {'p99 ms':>8} {'p99 / lookup':>13} {'CPU p99 ms':>11} "
          f"{'CPU p99 / lookup':>17} {'full GCs':>9}")
    for name, (p50, p99, cpu99, full) in results.items():
        print(f"{name:58} {p50:8.2f} {p99:8.2f} {p99 / base:12.1f}x {cpu99:11.2f} "
              f"{cpu99 / max(base_cpu, 1e-3):16.1f}x {full:9d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--hot", type=int, default=500)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--undated", type=int, default=100)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = SqlStore(f"sqlite:///{Path(tmp) / 'bench.db'}")
        t0 = time.perf_counter()
        fill(store, args.articles, args.hot)
        print(f"filled {args.articles:,} articles in {time.perf_counter() - t0:.1f} s")
        corpus = SqlCorpus(store.engine)
        rng = random.Random(1)
        ids = [f"st_{rng.randrange(args.articles):016x}" for _ in range(args.runs + 1)]
        dated = set(ids)
        undated = list(dict.fromkeys(a for a in (f"st_{rng.randrange(args.articles):016x}"
                                                 for _ in range(args.undated * 2)) if a not in dated))[:args.undated]
        with store.engine.begin() as conn:
            sizes: dict[str, int] = {slug: n for slug, n in conn.execute(
                sa.select(corpus_mentions.c.slug, sa.func.count()).where(corpus_mentions.c.central)
                .group_by(corpus_mentions.c.slug))}
            central: dict[str, list[int]] = {}
            for aid, slug in conn.execute(sa.select(corpus_mentions.c.article_id, corpus_mentions.c.slug)
                                          .where(corpus_mentions.c.article_id.in_(undated), corpus_mentions.c.central)):
                central.setdefault(aid, []).append(sizes[slug])
            for table_ in (corpus_articles, corpus_mentions):
                conn.execute(table_.update().where(table_.c.article_id.in_(undated)).values(published=None))
        rare = next(a for a in undated if min(central[a]) < FREQUENT)
        frequent = max((a for a in undated if min(central[a]) >= FREQUENT), key=lambda a: (len(central[a]), a))
        lookups, others = iter(ids * 3), iter(undated * (args.runs // len(undated) + 2))
        lookup = "plain indexed lookup (article by id)"
        rows_q, built_q = f"timeline rows, {args.hot}-event entity", f"timeline built (merged), {args.hot}-event entity"
        timelines: Series = {
            lookup: (lambda: store.head(next(lookups)), args.runs),
            rows_q: (lambda: corpus.events("hot-person"), args.runs),
            built_q: (lambda: build_timeline(corpus, ["hot-person"], today=date(2026, 1, 1)), args.runs),
        }
        related: Series = {
            "related coverage (5 of ~)": (lambda: corpus.related(next(lookups)), args.runs),
            f"related coverage, undated, each of {len(undated)} articles": (
                lambda: corpus.related(next(others)), args.runs),
            f"related coverage, undated, an entity < {FREQUENT:,} mentions": (
                partial(corpus.related, rare), args.runs),
            f"related coverage, undated, all {len(central[frequent])} entities ≥ {FREQUENT:,} mentions": (
                partial(corpus.related, frequent), args.runs),
        }
        results, frozen = served(store, tmp, {**timelines, **related})
        table(f"As the service runs them: inside create_app's lifespan, which gc.freeze()s the "
              f"{frozen:,} objects made at start-up", results, lookup)
        table("The same process without gc.freeze() (as copydesk timeline or a server that does not "
              "freeze)", run_series(timelines), lookup)
        print(f"\ntarget: p99 < 50 ms on SQLite for a {args.hot}-event entity; {args.runs} runs a query; "
              f"{args.articles:,} articles")
        store.close()


if __name__ == "__main__":
    main()
