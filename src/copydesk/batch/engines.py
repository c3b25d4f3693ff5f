"""Where the chunks run locally: worker processes that each load the model once.

The Dask engine, with the same contract, is in :mod:`copydesk.batch.cluster`.
Both engines take an iterator of chunks and yield ``(chunk, result lines)`` as chunks
finish, with a bounded number of chunks in flight, so memory stays bounded however
long the input is. Neither writes anything: the caller journals the lines.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from copydesk.batch.inputs import Item
from copydesk.batch.work import Result, WorkOptions, init_worker, process_chunk, result_line
from copydesk.errors import CopydeskError

log = logging.getLogger(__name__)

Chunk = list[tuple[str, Item]]
Done = tuple[Chunk, list[Result]]


def crashed_lines(chunk: Sequence[tuple[str, Item]], why: str) -> list[Result]:
    """Error lines for stories whose worker died (out of memory, a crash) while on them."""
    err = CopydeskError(
        f"the worker died while enriching this story ({why})",
        hint="the story may be too large for the worker's memory: check it alone with `copydesk enrich`",
    )
    return [result_line(key, story_id=None, article=None, error=err, ms=0.0) for key, _ in chunk]


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where available (no inherited threads or locks), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        # Workers fork from a server that has imported copydesk already (shared, copy-on-write).
        ctx.set_forkserver_preload(["copydesk.batch.work", "spacy"])
        return ctx
    return multiprocessing.get_context("spawn")


def run_local(chunks: Iterator[Chunk], options: WorkOptions, workers: int) -> Iterator[Done]:
    """Run ``chunks`` on ``workers`` processes, each loading the spaCy model once.

    When a worker dies (``BrokenProcessPool``) the pool is rebuilt and the stories that
    were in flight are run again one at a time, so the one that kills its worker is
    found and reported as an error while the others finish normally.
    """
    in_flight = max(2, 2 * workers)
    ctx = _context()
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=init_worker)
    pending: dict[Future[list[Result]], Chunk] = {}
    suspects: list[Chunk] = []
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < in_flight and not suspects:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending[pool.submit(process_chunk, chunk, options)] = chunk
            if not pending:
                if suspects:
                    for chunk in suspects:
                        pool, done = _isolate(chunk, options, pool, ctx, workers)
                        yield from done
                    suspects = []
                    continue
                break
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for fut in finished:
                chunk = pending.pop(fut)
                try:
                    lines = fut.result()
                except BrokenProcessPool:
                    broken = True
                    suspects.append(chunk)
                    continue
                yield chunk, lines
            if broken:
                log.warning("a worker process died; rebuilding the pool and isolating the stories in flight")
                suspects.extend(pending.values())
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=init_worker)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _isolate(
    chunk: Chunk, options: WorkOptions, pool: ProcessPoolExecutor, ctx: Any, workers: int
) -> tuple[ProcessPoolExecutor, list[Done]]:
    """Run a suspect chunk one story at a time; a story that kills its worker gets an error line."""
    out: list[Done] = []
    for item in chunk:
        single = [item]
        try:
            out.append((single, pool.submit(process_chunk, single, options).result()))
        except BrokenProcessPool:
            out.append((single, crashed_lines(single, "the process was killed")))
            pool.shutdown(wait=False, cancel_futures=True)
            pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=init_worker)
    return pool, out
