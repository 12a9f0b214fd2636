"""Alembic environment: runs on the connection that storage/migrate.py passes in."""

from __future__ import annotations

from alembic import context

from ramstein.storage.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - we never run Alembic from its own CLI here
    raise RuntimeError("run migrations through ramstein.storage.migrate.upgrade_to_head")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite: ALTER via create-copy-drop-rename
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
