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


def upgrade_to_head(engine: Engine, path: Path | str) -> None:
    if engine.dialect.name == "postgresql":
        _upgrade_server(engine, str(path))
        return
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


def _upgrade_server(engine: Engine, where: str) -> None:
    """Migrate a PostgreSQL database under an advisory lock, in one transaction.

    Alembic's DDL is transactional on PostgreSQL: a failure leaves the schema as it was. The
    lock makes a second client that opens the database meanwhile wait, then find it current;
    the identity is checked again inside the lock for the same reason."""
    from .database import NotOurDatabaseError, check_identity
    from .postgres import MIGRATION_LOCK, finish_migration, probe

    cfg = alembic_config()
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
        try:
            app_id, revision, has_tables = probe(conn)
            if app_id is not None:
                check_identity(where, app_id, revision)
            elif has_tables:
                raise NotOurDatabaseError(f"{where} is a database of another application, not "
                                          "a Ramstein Planner database; choose another database")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            finish_migration(conn, script_head())
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            conn.exec_driver_sql("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))
            conn.commit()
