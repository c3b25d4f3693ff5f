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

Example::

    store = open_store("sqlite:////tmp/desk.db", settings)
    rev = store.save(article, author="ana")
    store.approve(article.id, rev.number)
"""

from __future__ import annotations

import builtins
import functools
import hashlib
import logging
from datetime import date, datetime
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

from copydesk.errors import UnknownBackend
from copydesk.model import EnrichedArticle
from copydesk.settings import Settings

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


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Revision(_Record):
    """One stored revision of an article."""

    id: str
    number: int
    parent: int | None = None
    """The revision the editor started from (None for a fresh submission)."""
    author: str | None = None
    created: datetime
    content_hash: str
    approved: bool = False


class StoredArticle(_Record):
    """An article as stored: the document plus its revision number and approval."""

    article: EnrichedArticle
    revision: int
    approved: bool
    latest: int
    """The article's latest revision number (equal to ``revision`` unless an older one was asked for)."""
    published: int | None
    """The published (highest approved) revision, if any."""


class Summary(_Record):
    """One row of a listing or search."""

    id: str
    title: str | None
    headline: str
    published: date | None
    status: str
    """Grounding status of the latest revision: ``supported`` or ``flagged``."""
    latest: int
    approved: int | None
    updated: datetime


class QueuePage(_Record):
    """A page of the editors' queue and how many matching articles are in each state.

    States: ``flagged`` (the latest revision's grounding is flagged), ``awaiting`` (not
    flagged, and the latest revision is not the approved one) and ``published`` (not
    flagged, the latest revision is approved).
    """

    rows: tuple[Summary, ...]
    flagged: int
    awaiting: int
    published: int


class TokenInfo(_Record):
    """One API token as listed (its secret is never kept, only its hash)."""

    name: str
    created: datetime


class Head(_Record):
    """What a revision is, without its document: cheap to read on every request."""

    id: str
    revision: int
    latest: int
    published: int | None
    approved: bool


@runtime_checkable
class ArticleStore(Protocol):
    """Where enriched articles and their revisions live; approval marks what is published."""

    def save(
        self, article: EnrichedArticle, *, parent: int | None = None, author: str | None = None
    ) -> Revision:
        """Store ``article`` as a new revision (or return the latest if the content is equal).

        Raises RevisionConflict when ``parent`` is given and is not the latest revision.
        """
        ...

    def get(self, id: str, revision: int | None = None) -> StoredArticle:
        """The latest (or the given) revision; raises NotFound."""
        ...

    def published(self, id: str) -> StoredArticle:
        """The highest approved revision; raises NotFound when none is approved."""
        ...

    def head(self, id: str, revision: int | None = None) -> Head:
        """Revision numbers and approval of the latest (or given) revision, without the document.

        Raises NotFound like :meth:`get`.
        """
        ...

    def revisions(self, id: str) -> list[Revision]:
        """Every revision of an article, oldest first; raises NotFound."""
        ...

    def list(
        self,
        query: str | None = None,
        entity: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[Summary]:
        """Articles matching every given filter, most recently published first."""
        ...

    def queue(
        self,
        query: str | None = None,
        entity: str | None = None,
        since: date | None = None,
        until: date | None = None,
        state: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> QueuePage:
        """Articles matching the filters in the order they need attention, with state counts.

        Flagged first, then awaiting approval, each longest-waiting (least recently
        updated) first, then published, most recently updated first. ``state`` keeps one
        state; the counts are of every matching article whatever ``state`` says.
        """
        ...

    def approve(self, id: str, revision: int) -> Revision:
        """Mark a revision approved (published); raises NotFound."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


@runtime_checkable
class AccountStore(Protocol):
    """Who may use the service: API tokens (kept hashed), editors and their sessions."""

    def create_token(self, name: str) -> str:
        """A new random API token; only its SHA-256 is stored."""
        ...

    def check_token(self, secret: str) -> bool:
        """Whether ``secret`` is a token that was created here (and not revoked)."""
        ...

    def list_tokens(self) -> builtins.list[TokenInfo]:
        """Every live API token's name and creation time, oldest first."""
        ...

    def revoke_token(self, name: str) -> int:
        """Delete every token named ``name``; how many there were."""
        ...

    def create_user(self, name: str, password: str) -> None:
        """Create an editor, or set a new password for an existing one (ending their sessions)."""
        ...

    def open_session(self, nonce: str, user: str, expires: datetime) -> None:
        """Record an editor session (by the SHA-256 of its random ``nonce``)."""
        ...

    def session_active(self, nonce: str) -> bool:
        """Whether the session is open: recorded, not closed, not expired."""
        ...

    def close_session(self, nonce: str) -> None:
        """End one session (logout)."""
        ...

    def check_user(self, name: str, password: str) -> bool:
        """Whether ``name`` is an editor whose password is ``password``."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


@runtime_checkable
class Store(ArticleStore, AccountStore, Protocol):
    """Both protocols in one object, as both backends are (and what :func:`open_store` returns).

    Kept so that code written against the single 19-method protocol keeps working; new
    code should ask for the narrower :class:`ArticleStore` or :class:`AccountStore`.
    """


QueueState = Literal["flagged", "awaiting", "published"]
QUEUE_STATES: tuple[QueueState, ...] = ("flagged", "awaiting", "published")
"""The queue's states, in the order the queue shows them (see :class:`QueuePage`)."""


def queue_state(row: Summary) -> QueueState:
    """What an article needs: its flag looked at, an approval, or nothing (its latest is published)."""
    if row.status == "flagged":
        return "flagged"
    return "published" if row.approved == row.latest else "awaiting"


# --------------------------------------------------------------------------- hashing


def content_hash(article: EnrichedArticle) -> str:
    """SHA-256 of the document, ignoring stage timings (which vary run to run)."""
    data = article.model_dump_json(exclude={"provenance": {"timings_ms"}})
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def hash_token(secret: str) -> str:
    """The stored form of an API token: its SHA-256 hex digest.

    Tokens are 256 random bits, so a fast hash is enough (no dictionary to attack).
    """
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


# scrypt cost: n=2**14, r=8 takes ~40 ms and 16 MB here, the OWASP-recommended floor.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$hash`` for an editor password (hashlib.scrypt)."""
    import secrets

    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32
    )
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


@functools.lru_cache(maxsize=1)
def _decoy() -> str:
    return hash_password("decoy", salt=b"\0" * 16)


def check_password(password: str, stored: str | None) -> bool:
    """:func:`verify_password`, spending the same time when there is no such editor.

    (A fast "no" for unknown names would tell an attacker which names exist.)
    """
    if stored is None:
        verify_password(password, _decoy())
        return False
    return verify_password(password, stored)


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches a :func:`hash_password` string (constant-time compare)."""
    import hmac

    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(
            password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


def search_text(article: EnrichedArticle) -> str:
    """What ``query=`` searches: title, body, headlines, synopsis, takeaways, tags."""
    p = article.parts
    bits = [article.story.title or "", p.headline.text, p.question_headline.text, article.story.body]
    bits += [c.text for c in p.synopsis] + [f"{t.label} {t.claim.text}" for t in p.takeaways]
    bits += list(p.tags) + [e.name for e in article.analysis.entities]
    return " ".join(" ".join(bits).lower().split())


# --------------------------------------------------------------------------- opening

_SCHEMES = {"sqlite": "sqlite", "postgresql": "postgresql", "postgres": "postgresql", "memory": "memory"}


def default_url(settings: Settings) -> str:
    """``COPYDESK_DATABASE_URL`` if set, else a SQLite file in the data folder."""
    if settings.database_url:
        return settings.database_url
    return f"sqlite:///{Path(settings.data_dir) / 'copydesk.db'}"


def open_store(url: str | None, settings: Settings) -> Store:
    """Open (and migrate) the store named by ``url``, or the default one.

    ``memory:`` gives a :class:`MemoryStore` (tests only). Raises UnknownBackend for
    any other scheme, naming the closest known one.
    """
    url = url or default_url(settings)
    scheme = url.split(":", 1)[0].split("+", 1)[0].lower()
    backend = _SCHEMES.get(scheme)
    if backend is None:
        raise UnknownBackend.for_name("store", scheme, sorted(set(_SCHEMES) - {"postgres"}))
    if backend == "memory":
        from copydesk.store.memory import MemoryStore

        return MemoryStore()
    from copydesk.store.sql import SqlStore

    return SqlStore(url)
