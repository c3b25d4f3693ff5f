"""``run_batch``: every story of a source enriched into one JSONL result file, resumably.

>>> summary = run_batch("stories.jsonl", Path("out.jsonl"), workers=2)   # doctest: +SKIP
>>> summary.ok + summary.errors + summary.skipped == summary.total       # doctest: +SKIP
True

Each input item becomes exactly one line of ``output``::

    {"key": ..., "id": story id | null, "status": "ok" | "error",
     "article": {...} | null, "error": {"code", "message", "hint"} | null, "ms": ...}

``resume=True`` keeps the lines already in ``output`` and enriches only the keys
that have none, so a run killed at any moment (``kill -9`` included) is finished
without losing or repeating a story. Without it, ``output`` is started afresh.

``store`` also saves every story enriched ok in a store (and ``publish`` approves it,
which puts it in the corpus index: timelines and related coverage). The caller's
process does it as each chunk comes back, on either engine, before the chunk's lines
are journalled: a run killed in between saves the story again on resume, and the
store keeps one revision per content hash. A resumed run saves only the stories it
enriches itself.
"""

from __future__ import annotations

import json
import logging
import math
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from copydesk.batch.engines import Chunk, Done, run_local
from copydesk.batch.inputs import count_items, iter_items
from copydesk.batch.journal import Journal, finished_keys
from copydesk.batch.progress import Progress
from copydesk.batch.work import WorkOptions, init_worker, process_chunk
from copydesk.errors import ConfigError, UnknownBackend
from copydesk.model import EnrichedArticle, Story
from copydesk.settings import Settings, load_settings
from copydesk.store import Store

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")


@dataclass(frozen=True)
class BatchSummary:
    """What a run did: items in the source, enriched ok, errors, skipped as already done, wall time."""

    total: int
    ok: int
    errors: int
    skipped: int
    seconds: float

    @property
    def rate(self) -> float:
        """Stories finished per second in this run."""
        return (self.ok + self.errors) / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        """A one-line summary for the terminal or a log."""
        return (
            f"batch: {self.total} stories: {self.ok} ok, {self.errors} errors, {self.skipped} already done; "
            f"{self.seconds:.1f} s ({self.rate:.1f} stories/s)"
        )


def pages_dir_for(output: Path) -> Path:
    """Where ``--pages`` writes: ``<output stem>_dir`` beside the output file."""
    return output.with_name(output.stem + "_dir")


CHUNK_CHARS = 250_000
"""A chunk's text budget: spaCy holds a chunk's docs at once, so big stories go in small chunks."""


def _chars(item: Any) -> int:
    if isinstance(item, Story):
        return len(item.body)
    if isinstance(item, dict):
        return sum(len(v) for k, v in item.items() if k in ("text", "html") and isinstance(v, str))
    return 0


def _chunks(
    items: Iterator[tuple[str, Any]], done: dict[str, str], size: int, counts: dict[str, int]
) -> Iterator[Chunk]:
    chunk: Chunk = []
    chars = 0
    for key, item in items:
        counts["total"] += 1
        if key in done:
            counts["skipped"] += 1
            continue
        n = _chars(item)
        if chunk and chars + n > CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
        chunk.append((key, item))
        chars += n
        if len(chunk) >= size:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _run_inline(chunks: Iterator[Chunk], options: WorkOptions) -> Iterator[Done]:
    init_worker()
    for chunk in chunks:
        yield chunk, process_chunk(chunk, options)


def _chunk_size(total: int | None, workers: int, nlp_batch: int) -> int:
    if not total:
        return nlp_batch
    # Enough chunks that every worker stays busy to the end, none larger than a spaCy batch.
    return max(1, min(nlp_batch, math.ceil(total / (4 * workers))))


def run_batch(
    source: str | Path,
    output: Path,
    *,
    workers: int | None = None,
    resume: bool = False,
    engine: str = "local",
    scheduler: Any = None,
    settings: Settings | None = None,
    pages: bool = False,
    audio: bool = False,
    progress: bool = True,
    gen_engine: str | None = None,
    today: date | None = None,
    chunk_size: int | None = None,
    store: Store | None = None,
    publish: bool = False,
) -> BatchSummary:
    """Enrich every story of ``source`` (a JSONL file, a folder, a feed file) into ``output``.

    ``workers`` defaults to every core (1 runs in this process); ``engine="dask"`` runs
    on the cluster at ``scheduler`` (an address or a ``distributed.Client``; without one,
    a local cluster of ``workers`` processes). ``pages`` also writes
    ``<output stem>_dir/<key>/index.html`` (with narration when ``audio``). ``progress``
    shows a live bar on a terminal's stderr and prints a summary line at the end.
    Raises :class:`~copydesk.errors.SourceNotFound` for a missing source and
    :class:`~copydesk.errors.ConfigError` for bad options; a story's own failure is
    never raised but written as its error line. ``store`` / ``publish``: see the
    module docstring.
    """
    if publish and store is None:
        raise ConfigError("--publish needs a store to publish in", hint="give --store URL (or --store default)")
    if engine not in ENGINES:
        raise UnknownBackend.for_name("batch engine", engine, ENGINES)
    workers = workers or os.cpu_count() or 1
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    settings = settings or load_settings()
    output = Path(output)
    source = Path(source)
    options = WorkOptions(
        settings=settings,
        engine=gen_engine or settings.engine,
        today=today or date.today(),
        pages_dir=pages_dir_for(output) if pages else None,
        audio=audio,
    )
    items = iter_items(source, settings)  # raises SourceNotFound before anything is written
    first = next(items, None)
    done = finished_keys(output) if resume else {}
    total = count_items(source)
    size = chunk_size or _chunk_size(total, workers, options.nlp_batch)
    counts = {"total": 0, "skipped": 0, "ok": 0, "errors": 0}
    stream = iter([first] if first is not None else [])
    chunks = _chunks(_chain(stream, items), done, size, counts)
    started = time.perf_counter()
    with Journal(output, append=resume) as journal, Progress(total, enabled=progress, skipped=len(done)) as bar:
        for _chunk, results in _engine(engine, chunks, options, workers, scheduler):
            if store is not None:
                save_results(store, [line for status, line in results if status == "ok"], publish=publish)
            journal.write([line for _, line in results])
            ok = sum(1 for status, _ in results if status == "ok")
            counts["ok"] += ok
            counts["errors"] += len(results) - ok
            bar.advance(ok, len(results) - ok)
    summary = BatchSummary(
        total=counts["total"], ok=counts["ok"], errors=counts["errors"], skipped=counts["skipped"],
        seconds=round(time.perf_counter() - started, 3),
    )
    if progress:
        print(summary.line(), file=sys.stderr, flush=True)
    return summary


def save_results(store: Store, lines: list[str], *, publish: bool = False) -> int:
    """Save the article of each ok result line (approving it when ``publish``); returns how many."""
    for line in lines:
        article = EnrichedArticle.model_validate(json.loads(line)["article"])
        rev = store.save(article, author="batch")
        if publish:
            store.approve(article.id, rev.number)
    return len(lines)


def _chain(*parts: Iterator[tuple[str, Any]]) -> Iterator[tuple[str, Any]]:
    for part in parts:
        yield from part


def _engine(engine: str, chunks: Iterator[Chunk], options: WorkOptions, workers: int, scheduler: Any) -> Iterator[Done]:
    if engine == "dask":
        from copydesk.batch.cluster import run_dask

        if scheduler is None:
            import distributed

            local_cluster: Any = distributed.LocalCluster
            with local_cluster(n_workers=workers, threads_per_worker=1, processes=True) as cluster:
                yield from run_dask(chunks, options, cluster.scheduler_address)
            return
        yield from run_dask(chunks, options, scheduler)
        return
    if workers == 1:
        yield from _run_inline(chunks, options)
        return
    yield from run_local(chunks, options, workers)
