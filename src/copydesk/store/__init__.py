"""The article store: every save a new revision, approval marks what is published.

Two narrow protocols: :class:`ArticleStore` (articles, their revisions, approval,
listing and the queue) and :class:`AccountStore` (API tokens, editors and their
sessions). :class:`Store` is both at once; the two backends, chosen by URL scheme,
implement it:

* ``sqlite:///path/to/copydesk.db`` (the default: a file in ``Settings.data_dir``);
* ``postgresql+psycopg://user@host/db`` (``COPYDESK_DATABASE_URL``), for a shared newsroom.

:class:`~copydesk.store.memory.MemoryStore` is the test double, and
:func:`copydesk.testing.check_store` the contract any backend must pass. Code that
needs only one side asks for that protocol (the desk's queue and history need an
:class:`ArticleStore`; authentication needs an :class:`AccountStore`).

Rules every backend keeps:

* nothing is overwritten: each save that changes the content adds revision ``n + 1``;
* saving the same content as the latest revision returns that revision (idempotent,
  whatever ``parent`` says: the content the editor wanted is already the latest);
* ``save(..., parent=n)`` where ``n`` is not the latest revision raises
  :class:`~copydesk.errors.RevisionConflict`, so concurrent editors never lose work;
* the *published* revision of an article is its highest-numbered approved revision.

The package: :mod:`~copydesk.store.records` (what a store hands back),
:mod:`~copydesk.store.protocols`, :mod:`~copydesk.store.credentials` (token and
password hashing), the backends :mod:`~copydesk.store.sql` (its tables in
:mod:`~copydesk.store.tables`, which the corpus index reads too) and
:mod:`~copydesk.store.memory`, and :func:`open_store` here, which picks one by URL.
The backends import the records and the hashing, never this module, so nothing
imports back up into the package.

Example::

    store = open_store("sqlite:////tmp/desk.db", settings)
    rev = store.save(article, author="ana")
    store.approve(article.id, rev.number)
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from typing import Any

from copydesk.errors import ConfigError
from copydesk.registry import stores
from copydesk.settings import Settings
from copydesk.store.credentials import check_password, hash_password, hash_token, verify_password
from copydesk.store.protocols import AccountStore, ArticleStore, Store
from copydesk.store.records import (
    QUEUE_STATES,
    Head,
    QueuePage,
    QueueState,
    Revision,
    StoredArticle,
    Summary,
    TokenInfo,
    content_hash,
    queue_state,
    search_text,
)

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

__all__ = [
    "QueuePage",
    "Revision",
    "StoredArticle",
    "Summary",
    "TokenInfo",
    "Head",
    "ArticleStore",
    "AccountStore",
    "Store",
    "open_store",
    "default_url",
    "content_hash",
    "search_text",
    "QUEUE_STATES",
    "QueueState",
    "queue_state",
    "hash_token",
    "hash_password",
    "verify_password",
    "check_password",
]


def default_url(settings: Settings) -> str:
    """``COPYDESK_DATABASE_URL`` if set, else a SQLite file in the data folder."""
    if settings.database_url:
        return settings.database_url
    return f"sqlite:///{Path(settings.data_dir) / 'copydesk.db'}"


def open_store(url: str | None, settings: Settings) -> Store:
    """Open (and migrate) the store named by ``url``, or the default one.

    The URL's scheme (``sqlite``, ``postgresql`` or ``postgres``, ``memory`` for
    tests, or one a plugin registers; a ``+driver`` suffix is ignored) names the
    backend in :data:`copydesk.registry.stores`. Raises UnknownBackend for any other
    scheme, naming the closest known one.
    """
    url = url or default_url(settings)
    scheme = url.split(":", 1)[0].split("+", 1)[0].lower()
    store = stores.get(scheme)(url, settings)
    if not hasattr(store, "get_published") and callable(getattr(store, "published", None)):
        warnings.warn(f"the store {scheme!r} ({type(store).__name__}) has published(id), "
                      "which copydesk now calls get_published(id); rename the method",
                      DeprecationWarning, stacklevel=2)
        store = _GetPublished(store)
    if not isinstance(store, Store):
        raise ConfigError(f"the store {scheme!r} gave a {type(store).__name__}, which is not a Store",
                          hint="its factory must return an object with every method of copydesk.store.Store")
    return store


class _GetPublished:
    """A plugin store written before ``published(id)`` became ``get_published(id)``
    (issue 14): every other attribute is the store's own."""

    def __init__(self, store: Any) -> None:
        self._store = store

    def get_published(self, id: str) -> StoredArticle:
        stored: StoredArticle = self._store.published(id)
        return stored

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)
