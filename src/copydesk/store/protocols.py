"""The store's two protocols, :class:`ArticleStore` and :class:`AccountStore`, and :class:`Store`, both."""

from __future__ import annotations

import builtins
from datetime import date, datetime
from typing import Protocol, runtime_checkable

from copydesk.model import EnrichedArticle
from copydesk.store.records import Head, QueuePage, Revision, StoredArticle, Summary, TokenInfo

__all__ = ["AccountStore", "ArticleStore", "Store"]


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

    def get_published(self, id: str) -> StoredArticle:
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

    Kept so that code written against the single 18-method protocol keeps working; new
    code should ask for the narrower :class:`ArticleStore` or :class:`AccountStore`.
    """
