"""Alembic migrations shipped in the package, applied on open (after a backup, see database.py)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from .revision import APPLICATION_ID

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def script_head() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade_to_head(engine: Engine, path: Path) -> None:
    cfg = alembic_config()
    with engine.connect() as conn:
        # Foreign keys must be off during batch migrations (RELIABILITY-NOTES §2): a table
        # rebuild with ON DELETE CASCADE would otherwise delete child rows. Outside a transaction.
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.commit()
    if problems:
        raise RuntimeError(f"migration of {path} left broken references: {problems[:5]}")
