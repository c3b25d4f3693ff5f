"""The Dask engine: the same chunks, run on a ``dask.distributed`` cluster.

Each Dask worker loads the spaCy model once (a worker plugin warms the per-process
cache). Chunks are submitted a few per worker thread at a time and collected with
``as_completed``, so the client holds a bounded number in memory; the client, not
the workers, journals the result lines, with the same durability as a local run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any, cast

import distributed
from distributed import WorkerPlugin

from copydesk.batch.engines import Chunk, Done, crashed_lines
from copydesk.batch.work import WorkOptions, init_worker, process_chunk

log = logging.getLogger(__name__)


class ModelPlugin(WorkerPlugin):
    """Loads the spaCy model once when each Dask worker starts."""

    name = "copydesk-model"

    def setup(self, worker: Any) -> None:
        """Load the model (cached for the worker process's lifetime)."""
        init_worker()


def run_dask(chunks: Iterator[Chunk], options: WorkOptions, scheduler: Any) -> Iterator[Done]:
    """Run ``chunks`` on the Dask cluster at ``scheduler`` (an address, or a ``Client``).

    A chunk that fails on the cluster (a killed worker, a lost connection) yields
    error lines for its stories, not an exception. Pages, when asked for, are written
    by the workers: their folder must be on a file system the workers share.
    """
    dist = cast(Any, distributed)  # untyped library
    own = not isinstance(scheduler, dist.Client)
    client: Any = dist.Client(scheduler) if own else scheduler
    try:
        client.register_plugin(ModelPlugin(), name=ModelPlugin.name)
        in_flight = max(2, 2 * sum(client.nthreads().values()))
        futures: dict[Any, Chunk] = {}
        queue: Any = dist.as_completed()
        exhausted = False
        while True:
            while not exhausted and queue.count() < in_flight:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                fut = client.submit(process_chunk, chunk, options, pure=False)
                futures[fut] = chunk
                queue.add(fut)
            if queue.is_empty():
                break
            fut = next(queue)
            chunk = futures.pop(fut)
            try:
                lines = fut.result()
            except Exception as exc:  # noqa: BLE001  (KilledWorker, lost connection…)
                log.warning("a Dask task failed: %s", exc)
                lines = crashed_lines(chunk, f"{type(exc).__name__} on the cluster")
            fut.release()
            yield chunk, lines
    finally:
        if own:
            client.close()
