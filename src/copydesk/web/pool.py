"""A bounded pool of worker processes that run enrichment under a time and memory budget.

The service never analyses a story on its event loop or in its own process: a story
that is slow or huge could otherwise hold the server (and every read) for minutes.
:meth:`EnrichPool.run` hands the call to an idle worker process (forked from a
``forkserver``, with the NLP model preloaded when asked) and waits:

* at most ``size`` stories run at once; a caller waits up to ``queue_wait_s`` for a
  free worker, then gets :class:`~copydesk.errors.Busy` (503, ``Retry-After``);
* a story running past ``timeout_s``, or growing the worker's resident memory by more
  than ``max_growth_bytes``, is stopped: the worker is killed (a replacement is started
  on the next call) and the caller gets :class:`~copydesk.errors.OverBudget` (422);
* a :class:`~copydesk.errors.CopydeskError` raised in the worker is raised again in the
  caller, with its code, hint and details; any other exception comes back as
  :class:`~copydesk.errors.InternalError` (``internal.unexpected``) with its type and
  message, as a batch run reports it.

Workers run at a lower CPU priority (``nice``) so reads keep their share of the cores.

>>> pool = EnrichPool(size=1, timeout_s=30, max_growth_bytes=1 << 30)  # doctest: +SKIP
>>> article = pool.run(library_enrich, story, settings)  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from copydesk.errors import Busy, CopydeskError, EngineError, InternalError, OverBudget

logger = logging.getLogger(__name__)

T = TypeVar("T")
_PAGE = os.sysconf("SC_PAGE_SIZE")
# How often the parent checks a running story's time and memory.
POLL_S = 0.02
# A worker is replaced after this many stories (the allocator never gives all memory back).
MAX_JOBS_PER_WORKER = 200


def _rss(pid: int) -> int:
    """Resident memory of a process in bytes (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _serve(conn: Connection, nice: int) -> None:
    """The worker's loop: receive ``(fn, args)``, send back ``("ok", result)`` or an error."""
    with contextlib.suppress(OSError):
        os.nice(nice)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        fn, args = job
        try:
            reply: tuple[str, Any] = ("ok", fn(*args))
        except CopydeskError as err:
            reply = ("error", (type(err), err.message, err.hint, err.details))
        except MemoryError:
            reply = ("memory", None)
        except Exception as exc:  # noqa: BLE001  (reported to the caller as a coded error)
            reply = ("crash", (type(exc).__name__, str(exc)))
        try:
            conn.send(reply)
        except Exception as exc:  # noqa: BLE001  (an unpicklable result)
            conn.send(("crash", (type(exc).__name__, f"the result could not be sent back: {exc}")))


class _Worker:
    def __init__(self, ctx: Any, nice: int) -> None:
        self.conn, child = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(target=_serve, args=(child, nice), daemon=True,
                                                name="copydesk-enrich")
        self.process.start()
        child.close()
        self.jobs = 0

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class EnrichPool:
    """At most ``size`` worker processes, each story under ``timeout_s`` and ``max_growth_bytes``."""

    def __init__(
        self, *, size: int, timeout_s: float, max_growth_bytes: int, queue_wait_s: float = 30.0,
        preload: tuple[str, ...] = (), nice: int = 5,
    ) -> None:
        if size < 1:
            raise ValueError("an EnrichPool needs at least one worker")
        self.size = size
        self.timeout_s = timeout_s
        self.max_growth_bytes = max_growth_bytes
        self.queue_wait_s = queue_wait_s
        self.nice = nice
        self._ctx = multiprocessing.get_context("forkserver")
        if preload:
            self._ctx.set_forkserver_preload(list(preload))
        self._slots = threading.BoundedSemaphore(size)
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in a worker process, within the budget; see the module docstring.

        Raises Busy (no free worker in time), OverBudget (time or memory), the worker's
        CopydeskError, InternalError (``fn`` failed unexpectedly) or EngineError (the worker died).
        """
        if not self._slots.acquire(timeout=self.queue_wait_s):
            retry = max(1, int(self.timeout_s))
            raise Busy(f"all {self.size} enrichment workers are busy", retry_after=retry)
        try:
            worker = self._take()
            try:
                kind, value = self._call(worker, fn, args)
            except BaseException:
                worker.kill()
                raise
            self._give_back(worker)
        finally:
            self._slots.release()
        if kind == "ok":
            result: T = value
            return result
        if kind == "error":
            cls, message, hint, details = value
            raise cls(message, hint=hint, **details)
        if kind == "memory":
            raise OverBudget("the story ran out of memory while being enriched",
                             limit_mb=self.max_growth_bytes >> 20)
        type_name, message = value
        raise InternalError.of(type_name, message)

    def _call(self, worker: _Worker, fn: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, Any]:
        pid = worker.process.pid or 0
        base = _rss(pid)
        started = time.monotonic()
        worker.conn.send((fn, args))
        worker.jobs += 1
        peak = base
        while not worker.conn.poll(POLL_S):
            elapsed = time.monotonic() - started
            rss = _rss(pid)
            peak = max(peak, rss)
            if rss - base > self.max_growth_bytes:
                worker.kill()
                raise OverBudget(
                    f"the story used more than its {self.max_growth_bytes >> 20} MB memory budget "
                    f"after {elapsed:.1f} s, and was stopped",
                    limit_mb=self.max_growth_bytes >> 20, seconds=round(elapsed, 1),
                )
            if elapsed > self.timeout_s:
                worker.kill()
                raise OverBudget(
                    f"the story took more than its {self.timeout_s:g} s time budget and was stopped",
                    limit_s=self.timeout_s, peak_mb=(peak - base) >> 20,
                )
            if not worker.process.is_alive():
                break
        try:
            reply: tuple[str, Any] = worker.conn.recv()
        except (EOFError, OSError):
            worker.kill()
            raise EngineError("the enrichment worker died", hint="see the server log") from None
        return reply

    def _take(self) -> _Worker:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.process.is_alive():
                    return worker
                worker.kill()
        return _Worker(self._ctx, self.nice)

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if self._closed or worker.jobs >= MAX_JOBS_PER_WORKER or not worker.process.is_alive():
                worker.kill()
            else:
                self._idle.append(worker)

    def close(self) -> None:
        """Stop every idle worker (running ones are stopped when their story ends)."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.kill()


_SHARED: dict[tuple[int, float, int, float], EnrichPool] = {}
_SHARED_LOCK = threading.Lock()


def shared_pool(*, size: int, timeout_s: float, max_growth_bytes: int, queue_wait_s: float,
                preload: tuple[str, ...] = ()) -> EnrichPool:
    """One pool per process and budget: every app built in a process shares its workers."""
    key = (size, timeout_s, max_growth_bytes, queue_wait_s)
    with _SHARED_LOCK:
        pool = _SHARED.get(key)
        if pool is None or pool._closed:
            pool = EnrichPool(size=size, timeout_s=timeout_s, max_growth_bytes=max_growth_bytes,
                              queue_wait_s=queue_wait_s, preload=preload)
            _SHARED[key] = pool
        return pool
