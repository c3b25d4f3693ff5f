"""Alembic environment: runs on the connection the store hands over (never reads alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection


def _run(connection: Connection) -> None:
    context.configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("copydesk migrations run through copydesk.store.sql.migrate(), not the alembic CLI")
_run(connection)
