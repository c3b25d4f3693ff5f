"""MemoryStore: the in-process test double of :class:`~copydesk.store.Store`.

It keeps the same rules as the SQL store (revisions, idempotent saves, conflicts,
approval) behind one lock, and passes the same contract check. Tests only: nothing
survives the process.
"""

from __future__ import annotations

import builtins
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from copydesk.errors import NotFound, RevisionConflict
from copydesk.model import EnrichedArticle
from copydesk.settings import Settings
from copydesk.store.credentials import check_password, hash_password, hash_token
from copydesk.store.records import (
    QUEUE_STATES,
    Head,
    QueuePage,
    Revision,
    StoredArticle,
    Summary,
    TokenInfo,
    content_hash,
    queue_state,
    search_text,
)


@dataclass
class _Entry:
    revisions: list[tuple[Revision, EnrichedArticle]] = field(default_factory=list)
    approved: int | None = None
    updated: datetime = field(default_factory=lambda: datetime.now(UTC))


class MemoryStore:
    """A dict-backed store for tests; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._articles: dict[str, _Entry] = {}
        self._tokens: dict[str, tuple[str, datetime]] = {}
        self._users: dict[str, str] = {}
        self._sessions: dict[str, tuple[str, datetime]] = {}

    @classmethod
    def from_url(cls, url: str, settings: Settings) -> MemoryStore:
        """A new, empty store for ``memory:`` (the factory :data:`copydesk.registry.stores` registers)."""
        del url, settings  # nothing to configure: every call is a fresh store
        return cls()

    def close(self) -> None:
        """Nothing to release."""

    def save(
        self, article: EnrichedArticle, *, parent: int | None = None, author: str | None = None
    ) -> Revision:
        """Store a new revision; see :class:`~copydesk.store.Store`."""
        digest = content_hash(article)
        with self._lock:
            entry = self._articles.setdefault(article.id, _Entry())
            latest = len(entry.revisions)
            if latest and entry.revisions[-1][0].content_hash == digest:
                return entry.revisions[-1][0]
            if parent is not None and parent != latest:
                if not latest:
                    del self._articles[article.id]
                raise RevisionConflict(
                    f"revision {parent} of {article.id} is not the latest (latest is {latest})",
                    id=article.id, parent=parent, latest=latest,
                )
            now = datetime.now(UTC)
            rev = Revision(id=article.id, number=latest + 1, parent=parent, author=author,
                           created=now, content_hash=digest)
            entry.revisions.append((rev, article))
            entry.updated = now
            return rev

    def _entry(self, id: str) -> _Entry:
        entry = self._articles.get(id)
        if entry is None:
            raise NotFound(f"no article {id!r}", hint="list articles with GET /v1/articles", id=id)
        return entry

    def _stored(self, id: str, entry: _Entry, number: int) -> StoredArticle:
        if not 1 <= number <= len(entry.revisions):
            raise NotFound(f"article {id} has no revision {number}",
                           hint=f"its revisions are 1..{len(entry.revisions)}", id=id, revision=number)
        rev, article = entry.revisions[number - 1]
        return StoredArticle(article=article, revision=number, approved=rev.approved,
                             latest=len(entry.revisions), published_revision=entry.approved)

    def get(self, id: str, revision: int | None = None) -> StoredArticle:
        """The latest (or the given) revision; raises NotFound."""
        with self._lock:
            entry = self._entry(id)
            return self._stored(id, entry, len(entry.revisions) if revision is None else revision)

    def get_published(self, id: str) -> StoredArticle:
        """The highest approved revision; raises NotFound when none is approved."""
        with self._lock:
            entry = self._entry(id)
            if entry.approved is None:
                raise NotFound(f"article {id} has no approved revision yet",
                               hint="an editor approves a revision to publish it", id=id)
            return self._stored(id, entry, entry.approved)

    # Deprecated: the name before issue 14 (docs/plugins.md); kept for code that still calls it.
    published = get_published

    def head(self, id: str, revision: int | None = None) -> Head:
        """Revision numbers and approval, without the document; raises NotFound."""
        stored = self.get(id, revision)
        return Head(id=id, revision=stored.revision, latest=stored.latest,
                    published_revision=stored.published_revision, approved=stored.approved)

    def revisions(self, id: str) -> list[Revision]:
        """Every revision, oldest first; raises NotFound."""
        with self._lock:
            return [rev for rev, _ in self._entry(id).revisions]

    def list(
        self,
        query: str | None = None,
        entity: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[Summary]:
        """Articles matching every filter, most recently published first."""
        words = (query or "").lower().split()
        needle = " ".join((entity or "").lower().split())
        out: list[tuple[Summary, datetime]] = []
        with self._lock:
            for id, entry in self._articles.items():
                art = entry.revisions[-1][1]
                pub = art.story.published
                text = search_text(art)
                if any(w not in text for w in words):
                    continue
                if needle and not any(needle in e.name.lower() for e in art.analysis.entities):
                    continue
                if (since and (pub is None or pub < since)) or (until and (pub is None or pub > until)):
                    continue
                out.append((Summary(
                    id=id, title=art.story.title, headline=art.parts.headline.text, published=pub,
                    status=art.grounding.status, latest=len(entry.revisions),
                    approved=entry.approved, updated=entry.updated,
                ), entry.updated))
        out.sort(key=lambda s: s[0].id)
        out.sort(key=lambda s: s[1], reverse=True)
        out.sort(key=lambda s: (s[0].published is None, -(s[0].published or date.min).toordinal()))
        return [s for s, _ in out][max(0, offset): max(0, offset) + max(0, limit)]

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
        """Matching articles in attention order, with how many are in each state."""
        rows = self.list(query, entity=entity, since=since, until=until, limit=len(self._articles))
        rank = {s: i for i, s in enumerate(QUEUE_STATES)}
        states = [(row, queue_state(row)) for row in rows]
        counts = {s: sum(1 for _, st in states if st == s) for s in QUEUE_STATES}
        keep = [(row, st) for row, st in states if state is None or st == state]
        keep.sort(key=lambda r: r[0].id)
        keep.sort(key=lambda r: (rank[r[1]], (-1 if r[1] == "published" else 1) * r[0].updated.timestamp()))
        page = [row for row, _ in keep][max(0, offset): max(0, offset) + max(0, limit)]
        return QueuePage(rows=tuple(page), **counts)

    def approve(self, id: str, revision: int) -> Revision:
        """Mark a revision approved; the published revision is the highest approved one."""
        with self._lock:
            entry = self._entry(id)
            self._stored(id, entry, revision)
            rev, art = entry.revisions[revision - 1]
            rev = rev.model_copy(update={"approved": True})
            entry.revisions[revision - 1] = (rev, art)
            entry.approved = max(entry.approved or 0, revision)
            return rev

    def create_token(self, name: str) -> str:
        """A new random token; only its hash is kept."""
        secret = "cdk_" + secrets.token_urlsafe(32)
        with self._lock:
            self._tokens[hash_token(secret)] = (name, datetime.now(UTC))
        return secret

    def check_token(self, secret: str) -> bool:
        """Whether ``secret`` is a known token."""
        return hash_token(secret) in self._tokens

    def list_tokens(self) -> builtins.list[TokenInfo]:
        """Every live token's name and creation time, oldest first."""
        with self._lock:
            rows = sorted(self._tokens.values(), key=lambda t: t[1])
        return [TokenInfo(name=n, created=c) for n, c in rows]

    def revoke_token(self, name: str) -> int:
        """Delete every token named ``name``."""
        with self._lock:
            gone = [h for h, (n, _) in self._tokens.items() if n == name]
            for h in gone:
                del self._tokens[h]
        return len(gone)

    def create_user(self, name: str, password: str) -> None:
        """Create an editor or reset their password (ending their sessions)."""
        hashed = hash_password(password)
        with self._lock:
            self._users[name] = hashed
            for h in [h for h, (u, _) in self._sessions.items() if u == name]:
                del self._sessions[h]

    def open_session(self, nonce: str, user: str, expires: datetime) -> None:
        """Record a session by its nonce's hash."""
        with self._lock:
            self._sessions[hash_token(nonce)] = (user, expires)

    def session_active(self, nonce: str) -> bool:
        """Whether the session is recorded and unexpired."""
        found = self._sessions.get(hash_token(nonce))
        return found is not None and found[1] > datetime.now(UTC)

    def close_session(self, nonce: str) -> None:
        """End one session."""
        with self._lock:
            self._sessions.pop(hash_token(nonce), None)

    def check_user(self, name: str, password: str) -> bool:
        """Whether the editor exists and the password matches."""
        return check_password(password, self._users.get(name))
