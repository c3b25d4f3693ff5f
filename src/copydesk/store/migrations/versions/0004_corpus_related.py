"""Related coverage reads an entity's mentions by date: index (slug, central, published, article_id).

The index of 0003 ordered an entity's mentions by article id, so related coverage
counted every mention of each central entity (280,000 rows for an article of five
frequent entities in a 100,000-article store). Ordered by date, it reads the mentions
in a window of days around the article first (:meth:`copydesk.corpus.index.SqlCorpus.related`).
The new index serves every query of the old one, which it replaces.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_corpus_mentions_slug_published", "corpus_mentions",
                    ["slug", "central", "published", "article_id"])
    op.drop_index("ix_corpus_mentions_slug", table_name="corpus_mentions")


def downgrade() -> None:
    op.create_index("ix_corpus_mentions_slug", "corpus_mentions", ["slug", "central", "article_id"])
    op.drop_index("ix_corpus_mentions_slug_published", table_name="corpus_mentions")
