"""The corpus index for timelines and related coverage (issue 15): entities across stories, events.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corpus_articles",
        sa.Column("article_id", sa.String(64), primary_key=True),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("published", sa.Date),
        sa.Column("headline", sa.Text),
    )
    op.create_table(
        "corpus_entities",
        sa.Column("slug", sa.String(200), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("surname", sa.String(100)),
        sa.Column("titles", sa.Text),
    )
    op.create_index("ix_corpus_entities_surname", "corpus_entities", ["surname"])
    op.create_table(
        "corpus_aliases",
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("alias", sa.String(200), primary_key=True),
        sa.Column("slug", sa.String(200), primary_key=True),
    )
    op.create_index("ix_corpus_aliases_slug", "corpus_aliases", ["slug"])
    op.create_table(
        "corpus_mentions",
        sa.Column("article_id", sa.String(64), primary_key=True),
        sa.Column("slug", sa.String(200), primary_key=True),
        sa.Column("salience", sa.Float),
        sa.Column("central", sa.Boolean),
        sa.Column("published", sa.Date),
    )
    op.create_index("ix_corpus_mentions_slug", "corpus_mentions", ["slug", "central", "article_id"])
    op.create_table(
        "corpus_events",
        sa.Column("article_id", sa.String(64), primary_key=True),
        sa.Column("event_id", sa.String(16), primary_key=True),
        sa.Column("lo", sa.Date, nullable=False),
        sa.Column("hi", sa.Date, nullable=False),
        sa.Column("value", sa.String(32)),
        sa.Column("granularity", sa.String(8)),
        sa.Column("status", sa.String(8)),
        sa.Column("kind", sa.String(10)),
        sa.Column("predicate", sa.Text),
        sa.Column("lemma", sa.String(64)),
        sa.Column("participants", sa.Text),
        sa.Column("place", sa.String(200)),
        sa.Column("sentences", sa.Text),
        sa.Column("text", sa.Text),
        sa.Column("headline", sa.Text),
        sa.Column("published", sa.Date),
    )
    op.create_table(
        "corpus_event_entities",
        sa.Column("slug", sa.String(200), primary_key=True),
        sa.Column("lo", sa.Date, primary_key=True),
        sa.Column("article_id", sa.String(64), primary_key=True),
        sa.Column("event_id", sa.String(16), primary_key=True),
    )
    op.create_index("ix_corpus_event_entities_article", "corpus_event_entities", ["article_id"])


def downgrade() -> None:
    op.drop_table("corpus_event_entities")
    op.drop_table("corpus_events")
    op.drop_index("ix_corpus_mentions_slug", table_name="corpus_mentions")
    op.drop_table("corpus_mentions")
    op.drop_index("ix_corpus_aliases_slug", table_name="corpus_aliases")
    op.drop_table("corpus_aliases")
    op.drop_index("ix_corpus_entities_surname", table_name="corpus_entities")
    op.drop_table("corpus_entities")
    op.drop_table("corpus_articles")
