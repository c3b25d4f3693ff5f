"""Related coverage of an undated article walks an entity's mentions in article order:
index corpus_mentions (slug, central, article_id) beside 0004's by date.

An article without a date has no window of days to read first. Its related coverage
asks, for each set of its central entities from the heaviest down, for the first few
stories (in article order, the ranking's tie-break) that name them all
(:meth:`copydesk.corpus.index.SqlCorpus._related_undated`): a walk of one entity's
mentions in article order that stops after a handful of rows, where 0004's index
(ordered by date) needs every mention sorted first. 0003 had this index; 0004 replaced
it when nothing read mentions in article order.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_corpus_mentions_slug_article", "corpus_mentions", ["slug", "central", "article_id"])


def downgrade() -> None:
    op.drop_index("ix_corpus_mentions_slug_article", table_name="corpus_mentions")
