"""Timeline and related-coverage query times on a SQLite store of synthetic published articles.

    make bench-timeline                      # 100,000 articles
    python bench/timeline.py --articles 20000

The corpus index tables (migration 0003) and the ``articles`` rows are filled directly
with synthetic published articles (no NLP: the index rows are what the queries read):
each article has 5 central entities drawn from a Zipf-like pool and 3 dated events.
One hot entity takes part in exactly ``--hot`` events (default 500), the issue's
target case. Two articles are then made undated (no window of days to read first): one
with an entity of under ``RARE_MENTIONS`` mentions, one whose five entities are all
frequent (related coverage then counts every mention of them). Reported beside a plain indexed lookup (an article's row by primary key)
measured in the same run: p50/p99 over ``--runs`` queries each, and how many full
garbage collections fell inside each series (``--gc-freeze`` freezes the objects the
imports left first, as a server can after start-up).
"""

from __future__ import annotations

import argparse
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
    RARE_MENTIONS,
    SqlCorpus,
    corpus_articles,
    corpus_entities,
    corpus_event_entities,
    corpus_events,
    corpus_mentions,
)
from copydesk.corpus.timeline import build_timeline
from copydesk.store.sql import SqlStore, articles

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--hot", type=int, default=500)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--gc-freeze", action="store_true",
                    help="gc.freeze() after filling, as a server could after start-up: a full collection "
                         "then walks only the objects made since, not the ~100,000 the imports left")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = SqlStore(f"sqlite:///{Path(tmp) / 'bench.db'}")
        t0 = time.perf_counter()
        fill(store, args.articles, args.hot)
        print(f"filled {args.articles:,} articles in {time.perf_counter() - t0:.1f} s")
        corpus = SqlCorpus(store.engine)
        if args.gc_freeze:
            gc.collect()
            gc.freeze()
        rng = random.Random(1)
        ids = [f"st_{rng.randrange(args.articles):016x}" for _ in range(args.runs + 1)]
        it = iter(ids * 3)
        results = {
            "plain indexed lookup (article by id)": timed(lambda: store.head(next(it)), args.runs),
            f"timeline rows, {args.hot}-event entity": timed(lambda: corpus.events("hot-person"), args.runs),
            f"timeline built (merged), {args.hot}-event entity": timed(
                lambda: build_timeline(corpus, ["hot-person"], today=date(2026, 1, 1)), args.runs),
            "related coverage (5 of ~)": timed(lambda: corpus.related(next(it)), args.runs),
        }
        # An article without a publication date has no window of days to read first: the
        # mentions of its rarest entities are read first, and when all its entities are
        # frequent every mention of them is counted (the slow path).
        with store.engine.begin() as conn:
            sizes: dict[str, int] = {slug: n for slug, n in conn.execute(
                sa.select(corpus_mentions.c.slug, sa.func.count()).group_by(corpus_mentions.c.slug))}
            central: dict[str, list[int]] = {}
            for aid, slug in conn.execute(sa.select(corpus_mentions.c.article_id, corpus_mentions.c.slug)
                                          .where(corpus_mentions.c.article_id.in_(ids))):
                central.setdefault(aid, []).append(sizes[slug])
            picks = {
                f"undated, an entity < {RARE_MENTIONS:,} mentions":
                    next(a for a in ids if min(central[a]) <= RARE_MENTIONS),
                "undated, five frequent entities": next(a for a in ids if min(central[a]) > RARE_MENTIONS),
            }
            for aid in picks.values():
                for table in (corpus_articles, corpus_mentions):
                    conn.execute(table.update().where(table.c.article_id == aid).values(published=None))
        for label, aid in picks.items():
            results[f"related coverage, {label}"] = timed(partial(corpus.related, aid), max(5, args.runs // 20))
        base = results["plain indexed lookup (article by id)"][1]
        base_cpu = results["plain indexed lookup (article by id)"][2]
        print(f"\n{'query':48} {'p50 ms':>8} {'p99 ms':>8} {'p99 / lookup':>13} {'CPU p99 ms':>11} "
              f"{'CPU p99 / lookup':>17} {'full GCs':>9}")
        for name, (p50, p99, cpu99, full) in results.items():
            print(f"{name:48} {p50:8.2f} {p99:8.2f} {p99 / base:12.1f}x {cpu99:11.2f} "
                  f"{cpu99 / max(base_cpu, 1e-3):16.1f}x {full:9d}")
        print(f"\ntarget: p99 < 50 ms on SQLite for a {args.hot}-event entity; {args.runs} runs a query"
              + (", gc.freeze() after filling" if args.gc_freeze else ""))
        store.close()


if __name__ == "__main__":
    main()
