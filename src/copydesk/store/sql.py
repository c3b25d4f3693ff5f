"""The SQL store (SQLAlchemy 2 Core): SQLite by default, PostgreSQL by URL.

The schema is created and upgraded by the Alembic migrations shipped in
``copydesk/store/migrations`` every time a store is opened. Each article keeps every
revision as its JSON document; the ``articles`` row holds the index columns (title,
headline, publication date, grounding status, latest and approved revision, a
lower-cased search text) and ``entities`` the names searched by ``entity=``.

Concurrency: a save reads the latest revision number and inserts ``latest + 1`` in one
transaction. The ``(article_id, number)`` primary key makes two concurrent inserts of
the same number impossible; the loser retries (no parent given) or gets a
RevisionConflict (its parent is no longer the latest), so no revision is ever lost.
On SQLite, writes take the database lock up front (``BEGIN IMMEDIATE``) and wait up to
``busy_timeout`` for it; on PostgreSQL the article row is locked ``FOR UPDATE``.
"""

from __future__ import annotations

import builtins
import logging
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from copydesk.errors import NotFound, RevisionConflict, StoreError
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
    search_text,
)
from copydesk.store.tables import articles, entities, revisions, sessions, tokens, users

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"
# Seconds a SQLite writer waits for the lock before giving up.
SQLITE_BUSY_TIMEOUT = 30.0
_SAVE_ATTEMPTS = 20


def normalise_url(url: str) -> str:
    """Pick the psycopg 3 driver for bare ``postgres(ql)://`` URLs."""
    for bare in ("postgres://", "postgresql://"):
        if url.startswith(bare):
            return "postgresql+psycopg://" + url[len(bare) :]
    return url


def _now() -> datetime:
    return datetime.now(UTC)


def _utc(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything stored is UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class SqlStore:
    """A :class:`~copydesk.store.Store` over SQLAlchemy; see the module docstring."""

    @classmethod
    def from_url(cls, url: str, settings: Settings) -> SqlStore:
        """The store at ``url`` (the factory :data:`copydesk.registry.stores` registers
        for ``sqlite`` and ``postgresql``)."""
        del settings  # the URL says everything a SQL store needs
        return cls(url)

    def __init__(self, url: str) -> None:
        url = normalise_url(url)
        self.url = url
        self._sqlite = url.startswith("sqlite")
        if self._sqlite:
            path = url.split(":///", 1)[1] if ":///" in url else ""
            if path and path != ":memory:":
                try:
                    Path(path).parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(f"cannot create the store folder for {path}: {exc}",
                                     hint="set COPYDESK_DATA_DIR to a writable folder") from exc
            self.engine = sa.create_engine(
                url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT, "check_same_thread": False}
            )
            sa.event.listen(self.engine, "connect", _sqlite_connect)
            sa.event.listen(self.engine, "begin", _sqlite_begin)
        else:
            self.engine = sa.create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
        try:
            migrate(self.engine)
        except OperationalError as exc:
            raise StoreError(
                f"cannot open the store at {sa.engine.make_url(url).render_as_string(hide_password=True)}: {exc.orig}",
                hint="check COPYDESK_DATABASE_URL, or that the database server is running",
            ) from exc

    def close(self) -> None:
        """Dispose of the connection pool."""
        self.engine.dispose()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(copydesk_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    # ------------------------------------------------------------------ articles

    def save(
        self, article: EnrichedArticle, *, parent: int | None = None, author: str | None = None
    ) -> Revision:
        """Store a new revision; see :class:`~copydesk.store.Store`."""
        digest = content_hash(article)
        for _ in range(_SAVE_ATTEMPTS):
            try:
                with self._write() as conn:
                    return self._save(conn, article, digest, parent, author)
            except IntegrityError:
                # Another writer took this revision number (or created the article) first.
                if parent is not None:
                    raise RevisionConflict(
                        f"revision {parent} of {article.id} is no longer the latest",
                        id=article.id, parent=parent,
                    ) from None
                continue
        raise StoreError(f"could not save {article.id}: too many concurrent writers", id=article.id)

    def _save(
        self, conn: Connection, article: EnrichedArticle, digest: str,
        parent: int | None, author: str | None,
    ) -> Revision:
        row = conn.execute(
            sa.select(articles.c.latest).where(articles.c.id == article.id).with_for_update()
        ).first()
        now = _now()
        latest = 0 if row is None else int(row.latest)
        if latest:
            head = conn.execute(
                sa.select(revisions).where(
                    revisions.c.article_id == article.id, revisions.c.number == latest
                )
            ).one()
            if head.content_hash == digest:
                return _revision(head)
        if parent is not None and parent != latest:
            raise RevisionConflict(
                f"revision {parent} of {article.id} is not the latest (latest is {latest})",
                id=article.id, parent=parent, latest=latest,
            )
        index = {
            "title": article.story.title,
            "headline": article.parts.headline.text,
            "published": article.story.published,
            "status": article.grounding.status,
            "latest": latest + 1,
            "search_text": search_text(article),
            "updated": now,
        }
        if row is None:
            conn.execute(articles.insert().values(id=article.id, created=now, approved=None, **index))
        else:
            conn.execute(articles.update().where(articles.c.id == article.id).values(**index))
        conn.execute(
            revisions.insert().values(
                article_id=article.id, number=latest + 1, parent=parent, author=author,
                created=now, content_hash=digest, approved_at=None,
                document=article.model_dump_json(),
            )
        )
        conn.execute(entities.delete().where(entities.c.article_id == article.id))
        seen: set[str] = set()
        rows: list[dict[str, Any]] = []
        for e in article.analysis.entities:
            if e.id not in seen:
                seen.add(e.id)
                rows.append({"article_id": article.id, "entity_id": e.id, "name": e.name,
                             "name_key": e.name.lower(), "kind": e.kind})
        if rows:
            conn.execute(entities.insert(), rows)
        return Revision(id=article.id, number=latest + 1, parent=parent, author=author,
                        created=now, content_hash=digest, approved=False)

    def get(self, id: str, revision: int | None = None) -> StoredArticle:
        """The latest (or the given) revision; raises NotFound."""
        with self._read() as conn:
            head = self._head(conn, id)
            number = head.latest if revision is None else revision
            return self._load(conn, id, number, head)

    def get_published(self, id: str) -> StoredArticle:
        """The highest approved revision; raises NotFound when none is approved."""
        with self._read() as conn:
            head = self._head(conn, id)
            if head.approved is None:
                raise NotFound(
                    f"article {id} has no approved revision yet",
                    hint="an editor approves a revision to publish it", id=id,
                )
            return self._load(conn, id, head.approved, head)

    # Deprecated: the name before issue 14 (docs/plugins.md); kept for code that still calls it.
    published = get_published

    def head(self, id: str, revision: int | None = None) -> Head:
        """Revision numbers and approval, without the document; raises NotFound.

        One indexed row read for the latest or the published revision (the hot paths).
        """
        with self._read() as conn:
            row = self._head(conn, id)
            number = row.latest if revision is None else revision
            if not 1 <= number <= row.latest:
                raise NotFound(f"article {id} has no revision {number}",
                               hint=f"its revisions are 1..{row.latest}", id=id, revision=number)
            if row.approved is None or number > row.approved:
                approved = False
            elif number == row.approved:
                approved = True
            else:
                approved = conn.execute(
                    sa.select(revisions.c.approved_at).where(
                        revisions.c.article_id == id, revisions.c.number == number)
                ).scalar() is not None
            return Head(id=id, revision=number, latest=row.latest, published_revision=row.approved, approved=approved)

    def _head(self, conn: Connection, id: str) -> sa.Row[Any]:
        head: Any = conn.execute(
            sa.select(articles.c.id, articles.c.latest, articles.c.approved).where(articles.c.id == id)
        ).first()
        if head is None:
            raise NotFound(f"no article {id!r}", hint="list articles with GET /v1/articles", id=id)
        found: sa.Row[Any] = head
        return found

    def _load(self, conn: Connection, id: str, number: int, head: sa.Row[Any]) -> StoredArticle:
        row = conn.execute(
            sa.select(revisions.c.document, revisions.c.approved_at).where(
                revisions.c.article_id == id, revisions.c.number == number
            )
        ).first()
        if row is None:
            raise NotFound(
                f"article {id} has no revision {number}",
                hint=f"its revisions are 1..{head.latest}", id=id, revision=number,
            )
        return StoredArticle(
            article=EnrichedArticle.model_validate_json(row.document), revision=number,
            approved=row.approved_at is not None, latest=head.latest, published_revision=head.approved,
        )

    def revisions(self, id: str) -> list[Revision]:
        """Every revision, oldest first; raises NotFound."""
        with self._read() as conn:
            self._head(conn, id)
            rows = conn.execute(
                sa.select(revisions).where(revisions.c.article_id == id).order_by(revisions.c.number)
            )
            return [_revision(r) for r in rows]

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
        stmt = _matching(sa.select(articles), query, entity, since, until).order_by(
            articles.c.published.desc().nulls_last(), articles.c.updated.desc(), articles.c.id
        ).limit(max(0, limit)).offset(max(0, offset))
        with self._read() as conn:
            return [_summary(r) for r in conn.execute(stmt)]

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
        """Matching articles in attention order (ordered and counted in SQL, at any size)."""
        order = _queue_rank()
        rank = order.label("rank")
        counted = _matching(sa.select(rank, sa.func.count()).select_from(articles), query, entity, since, until)
        stmt = _matching(sa.select(articles), query, entity, since, until)
        if state is not None:
            wanted = QUEUE_STATES.index(state) if state in QUEUE_STATES else -1
            stmt = stmt.where(order == wanted)
        # Waiting states: the least recently updated first; published: the newest first.
        waiting = sa.case((order == 2, None), else_=articles.c.updated)
        stmt = stmt.order_by(order, waiting.asc(), articles.c.updated.desc(), articles.c.id)
        stmt = stmt.limit(max(0, limit)).offset(max(0, offset))
        with self._read() as conn:
            counts = {int(r[0]): int(r[1]) for r in conn.execute(counted.group_by(rank))}
            rows = tuple(_summary(r) for r in conn.execute(stmt))
        return QueuePage(rows=rows, flagged=counts.get(0, 0), awaiting=counts.get(1, 0),
                         published=counts.get(2, 0))

    def approve(self, id: str, revision: int) -> Revision:
        """Mark a revision approved; the published revision is the highest approved one."""
        with self._write() as conn:
            head = self._head(conn, id)
            row = conn.execute(
                sa.select(revisions).where(
                    revisions.c.article_id == id, revisions.c.number == revision
                )
            ).first()
            if row is None:
                raise NotFound(f"article {id} has no revision {revision}",
                               hint=f"its revisions are 1..{head.latest}", id=id, revision=revision)
            if row.approved_at is None:
                conn.execute(
                    revisions.update()
                    .where(revisions.c.article_id == id, revisions.c.number == revision)
                    .values(approved_at=_now())
                )
            if head.approved is None or head.approved < revision:
                conn.execute(articles.update().where(articles.c.id == id).values(approved=revision))
                # The newly published revision replaces the article in the corpus index (issue 15),
                # in this transaction. Imported here: the index reads events through nlp (spaCy),
                # which opening a store for a token or a list need not load.
                from copydesk.corpus.index import index_published

                index_published(conn, EnrichedArticle.model_validate_json(row.document), revision)
            return _revision(row).model_copy(update={"approved": True})

    # ------------------------------------------------------------------ credentials

    def create_token(self, name: str) -> str:
        """A new random API token (256 bits); only its SHA-256 is stored."""
        secret = "cdk_" + secrets.token_urlsafe(32)
        with self._write() as conn:
            conn.execute(tokens.insert().values(hash=hash_token(secret), name=name, created=_now()))
        return secret

    def check_token(self, secret: str) -> bool:
        """Whether ``secret`` is a known token."""
        with self._read() as conn:
            return conn.execute(
                sa.select(tokens.c.name).where(tokens.c.hash == hash_token(secret))
            ).first() is not None

    def list_tokens(self) -> builtins.list[TokenInfo]:
        """Every live token's name and creation time, oldest first."""
        with self._read() as conn:
            rows = conn.execute(sa.select(tokens.c.name, tokens.c.created).order_by(tokens.c.created))
            return [TokenInfo(name=r.name, created=_utc(r.created)) for r in rows]

    def revoke_token(self, name: str) -> int:
        """Delete every token named ``name``; how many there were."""
        with self._write() as conn:
            return int(conn.execute(tokens.delete().where(tokens.c.name == name)).rowcount or 0)

    def create_user(self, name: str, password: str) -> None:
        """Create an editor or reset their password (scrypt-hashed), ending their sessions."""
        hashed = hash_password(password)
        with self._write() as conn:
            done = conn.execute(users.update().where(users.c.name == name).values(password_hash=hashed))
            if done.rowcount == 0:
                conn.execute(users.insert().values(name=name, password_hash=hashed, created=_now()))
            conn.execute(sessions.delete().where(sessions.c.editor == name))

    def open_session(self, nonce: str, user: str, expires: datetime) -> None:
        """Record a session by its nonce's hash (expired ones are swept on the way)."""
        with self._write() as conn:
            conn.execute(sessions.delete().where(sessions.c.expires < _now()))
            conn.execute(sessions.insert().values(hash=hash_token(nonce), editor=user, expires=expires))

    def session_active(self, nonce: str) -> bool:
        """Whether the session is recorded and unexpired."""
        with self._read() as conn:
            expires = conn.execute(
                sa.select(sessions.c.expires).where(sessions.c.hash == hash_token(nonce))
            ).scalar()
        return expires is not None and _utc(expires) > _now()

    def close_session(self, nonce: str) -> None:
        """End one session."""
        with self._write() as conn:
            conn.execute(sessions.delete().where(sessions.c.hash == hash_token(nonce)))

    def check_user(self, name: str, password: str) -> bool:
        """Whether the editor exists and the password matches."""
        with self._read() as conn:
            row = conn.execute(sa.select(users.c.password_hash).where(users.c.name == name)).first()
        return check_password(password, None if row is None else row.password_hash)


def _queue_rank() -> Any:
    """The queue's state of an article row: 0 flagged, 1 awaiting approval, 2 published."""
    return sa.case(
        (articles.c.status == "flagged", 0),
        (sa.or_(articles.c.approved.is_(None), articles.c.approved != articles.c.latest), 1),
        else_=2,
    )


def _matching(stmt: Any, query: str | None, entity: str | None, since: date | None, until: date | None) -> Any:
    """``stmt`` narrowed to the articles matching every filter of :meth:`SqlStore.list`."""
    for word in (query or "").lower().split():
        stmt = stmt.where(articles.c.search_text.contains(word, autoescape=True))
    if entity and entity.strip():
        names = sa.select(entities.c.article_id).where(
            entities.c.name_key.contains(" ".join(entity.lower().split()), autoescape=True)
        )
        stmt = stmt.where(articles.c.id.in_(names))
    if since is not None:
        stmt = stmt.where(articles.c.published >= since)
    if until is not None:
        stmt = stmt.where(articles.c.published <= until)
    return stmt


def _summary(r: sa.Row[Any]) -> Summary:
    return Summary(id=r.id, title=r.title, headline=r.headline or "", published=r.published,
                   status=r.status, latest=r.latest, approved=r.approved, updated=_utc(r.updated))


def _revision(row: sa.Row[Any]) -> Revision:
    return Revision(
        id=row.article_id, number=row.number, parent=row.parent, author=row.author,
        created=_utc(row.created), content_hash=row.content_hash, approved=row.approved_at is not None,
    )


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself, so writes can take the lock
    # up front (pysqlite's implicit BEGIN is DEFERRED, which fails instead of waiting).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT * 1000)}")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get("copydesk_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
