"""The SQL store's tables (SQLAlchemy Core), as the migrations in ``store/migrations`` make them.

The SQL store (:mod:`copydesk.store.sql`) reads and writes them; the corpus index
(:mod:`copydesk.corpus.index`), whose own tables live in the same database, reads
``articles`` to find the published revisions it has not indexed yet. Both import the
tables from here, so the corpus index does not import the store that calls it when
a revision is published.
"""

from __future__ import annotations

import sqlalchemy as sa

__all__ = ["articles", "entities", "metadata", "revisions", "sessions", "tokens", "users"]

metadata = sa.MetaData()
articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("headline", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("status", sa.String(16)),
    sa.Column("latest", sa.Integer),
    sa.Column("approved", sa.Integer),
    sa.Column("search_text", sa.Text),
    sa.Column("created", sa.DateTime(timezone=True)),
    sa.Column("updated", sa.DateTime(timezone=True)),
)
revisions = sa.Table(
    "revisions",
    metadata,
    sa.Column("article_id", sa.String(64), primary_key=True),
    sa.Column("number", sa.Integer, primary_key=True),
    sa.Column("parent", sa.Integer),
    sa.Column("author", sa.Text),
    sa.Column("created", sa.DateTime(timezone=True)),
    sa.Column("content_hash", sa.String(64)),
    sa.Column("approved_at", sa.DateTime(timezone=True)),
    sa.Column("document", sa.Text),
)
entities = sa.Table(
    "entities",
    metadata,
    sa.Column("article_id", sa.String(64), primary_key=True),
    sa.Column("entity_id", sa.String(64), primary_key=True),
    sa.Column("name", sa.Text),
    sa.Column("name_key", sa.Text),
    sa.Column("kind", sa.String(16)),
)
tokens = sa.Table(
    "tokens",
    metadata,
    sa.Column("hash", sa.String(64), primary_key=True),
    sa.Column("name", sa.Text),
    sa.Column("created", sa.DateTime(timezone=True)),
)
sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("hash", sa.String(64), primary_key=True),
    sa.Column("editor", sa.String(128)),
    sa.Column("expires", sa.DateTime(timezone=True)),
)
users = sa.Table(
    "users",
    metadata,
    sa.Column("name", sa.String(128), primary_key=True),
    sa.Column("password_hash", sa.Text),
    sa.Column("created", sa.DateTime(timezone=True)),
)

