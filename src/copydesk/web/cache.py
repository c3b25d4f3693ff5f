"""Read caches: a revision never changes, so it is serialised or rendered once.

* :class:`Lru`: bounded, thread-safe, least recently used out; optional time to live.
* :class:`Cached`: a response body with its strong ``ETag`` (SHA-256 of the bytes).
* :func:`not_modified`: whether an ``If-None-Match`` header names the ETag (answer 304).

What is cached, by whom (:class:`~copydesk.web.desk.Desk`):

* the rendered page of ``(id, revision)``: until it is :data:`RELATED_TTL_S` (60 s) old,
  since it lists *other* published stories (related coverage, issue 15), and dropped at
  once when this process approves any revision (another process's approval shows
  within the 60 s, as ``Cache-Control: max-age=60`` already allows HTTP caches); its
  ETag is the body's hash, so fresh related links are a new ETag;
* the JSON of a revision's document: forever (LRU);
* which revision of an article is published: ``Settings.published_cache_s`` (1 s), and
  dropped at once when this process approves (another worker process sees it within that);
* that an API token is valid: ``Settings.token_cache_s`` (1 s), so a revoked token
  stops working within a second everywhere.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

RELATED_TTL_S = 60.0
"""How long a rendered published page is served before it is rendered again with
current related coverage (read at each Desk's creation)."""

K = TypeVar("K")
V = TypeVar("V")


class Lru(Generic[K, V]):
    """A bounded mapping; entries older than ``ttl_s`` (when given) are gone."""

    def __init__(self, size: int, ttl_s: float | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.size = size
        self.ttl_s = ttl_s
        self._clock = clock
        self._data: OrderedDict[K, tuple[float, V]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        """The value, or None when absent or expired."""
        with self._lock:
            found = self._data.get(key)
            if found is None:
                return None
            stamp, value = found
            if self.ttl_s is not None and self._clock() - stamp > self.ttl_s:
                del self._data[key]
                return None
            self._data.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        """Store ``value`` (the oldest entry leaves when full)."""
        with self._lock:
            self._data[key] = (self._clock(), value)
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def drop(self, key: K) -> None:
        """Forget ``key``."""
        with self._lock:
            self._data.pop(key, None)

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._data.clear()


@dataclass(frozen=True)
class Cached:
    """A response body and its strong ETag."""

    body: bytes
    etag: str

    @classmethod
    def of(cls, body: bytes, tag: str = "") -> Cached:
        """``body`` with ETag ``"<tag>-<first 20 hex of its SHA-256>"``."""
        digest = hashlib.sha256(body).hexdigest()[:20]
        return cls(body=body, etag=f'"{tag}-{digest}"' if tag else f'"{digest}"')


def not_modified(if_none_match: str | None, etag: str) -> bool:
    """Whether ``If-None-Match`` names ``etag`` (weak comparison, as RFC 9110 asks for GET)."""
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    bare = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == bare for tag in if_none_match.split(","))
