"""Shared test set-up: headless Qt, isolated settings/data, workspaces on temp files.

The environment is set at import time, before any QApplication exists (TOOLCHAIN-NOTES §3.3).
"""

from __future__ import annotations

import inspect
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_ISOLATED = Path(tempfile.mkdtemp(prefix="ramstein-tests-"))
for _var, _sub in (("RAMSTEIN_CONFIG_DIR", "config"), ("RAMSTEIN_DATA_DIR", "data"),
                   ("RAMSTEIN_LOG_DIR", "log")):
    os.environ[_var] = str(_ISOLATED / _sub)

REPO = Path(__file__).resolve().parent.parent
REFERENCE = REPO.parent / "shared" / "reference"

# A fixed "today" for tests: the demo's statuses and the overdue lists do not move with the clock.
TODAY = date(2026, 11, 23)


# Tests parametrised over both backends: those under these folders that use a workspace
# (`ws`, `demo_ws`), unless their module is listed in tests/unit/conftest.py's SQLITE_ONLY
# or they carry @pytest.mark.sqlite_only(reason).
BACKENDS = ("sqlite", "postgresql")
BOTH_BACKENDS_IN = (REPO / "tests" / "unit", REPO / "tests" / "pg")



def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgres: runs against the throwaway PostgreSQL server")
    config.addinivalue_line("markers", "sqlite_only(reason): SQLite-specific by nature (files, "
                            "WAL, crash traces); not run on PostgreSQL")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    path = Path(str(metafunc.definition.fspath))
    inside = any(folder in path.parents for folder in BOTH_BACKENDS_IN)
    only = getattr(metafunc.module, "SQLITE_ONLY", None) or metafunc.definition.get_closest_marker(
        "sqlite_only")
    # A test that asks for `db_path` itself opens the SQLite file (sqlite3, backups, WAL).
    opens_the_file = "db_path" in inspect.signature(metafunc.function).parameters
    if not inside or only or opens_the_file:
        return
    metafunc.parametrize("backend", [
        "sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)], ids=BACKENDS)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--full", action="store_true", default=False,
                     help="run the exhaustive variants (crash tests, big files)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--full"):
        return
    skip = pytest.mark.skip(reason="exhaustive variant: run with --full")
    for item in items:
        if "full" in item.keywords:
            item.add_marker(skip)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_ISOLATED, ignore_errors=True)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "planner.db"


@pytest.fixture
def backend() -> str:
    """The database backend of `ws` and `demo_ws`: "sqlite" unless the test is parametrised
    over both (see pytest_generate_tests)."""
    return "sqlite"


@pytest.fixture
def db_target(backend: str, db_path: Path, request: pytest.FixtureRequest) -> Path | str:
    """Where `ws` lives: the temp file, or a fresh database on the test server."""
    if backend == "sqlite":
        return db_path
    return str(request.getfixturevalue("pg_database"))


@pytest.fixture
def ws(db_target: Path | str) -> Iterator[object]:
    """A fresh, seeded workspace (a temp file, or a server database), today fixed to TODAY."""
    from ramstein.services import open_workspace

    workspace = open_workspace(db_target, user="tester", today=lambda: TODAY)
    yield from _registered(workspace)


def _registered(workspace: object) -> Iterator[object]:
    """Yield the workspace, known to tests/unit/helpers.sql when it is on the server; close it."""
    from unit.helpers import SERVER_DATABASES

    db = workspace.db  # type: ignore[attr-defined]
    if db.is_server:
        SERVER_DATABASES[db.path] = db.location.conninfo
    try:
        yield workspace
    finally:
        SERVER_DATABASES.pop(db.path, None)
        workspace.close()  # type: ignore[attr-defined]


# ---------------------------------------------------------------- PostgreSQL
@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """A throwaway PostgreSQL cluster for the whole session, stopped at the end even when
    tests fail. Missing server binaries fail the tests (CI must not skip them silently)."""
    if os.environ.get("RAMSTEIN_SKIP_PG") == "1":
        pytest.skip("RAMSTEIN_SKIP_PG=1: PostgreSQL tests skipped on purpose")
    from pg.cluster import SETUP_HINT, find_bin_dir, start_cluster

    if find_bin_dir() is None:
        pytest.fail(SETUP_HINT, pytrace=False)
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster: object) -> str:
    """A migrated, seeded database that each test's database is created from (cheap)."""
    from ramstein.services import open_workspace

    pg_cluster.sql("CREATE DATABASE ramstein_template")  # type: ignore[attr-defined]
    open_workspace(pg_cluster.url("ramstein_template"), user="tester").close()  # type: ignore[attr-defined]
    return "ramstein_template"


_PG_SERIAL = iter(range(1, 1_000_000))


def _pg_database_from(cluster: object, template: str) -> Iterator[str]:
    name = f"t{next(_PG_SERIAL)}_{os.getpid()}"
    cluster.create_database(name, template)  # type: ignore[attr-defined]
    yield cluster.url(name)  # type: ignore[attr-defined]
    cluster.drop_database(name)  # type: ignore[attr-defined]


@pytest.fixture
def pg_database(pg_cluster: object, pg_template: str) -> Iterator[str]:
    """The URL of a fresh, seeded database on the test server, dropped afterwards."""
    yield from _pg_database_from(pg_cluster, pg_template)


@pytest.fixture
def pg_empty_database(pg_cluster: object) -> Iterator[str]:
    """The URL of an empty database (no tables) on the test server."""
    yield from _pg_database_from(pg_cluster, "template0")


@pytest.fixture(scope="session")
def pg_demo_template(pg_cluster: object, pg_template: str, demo_template: Path) -> str:
    """The session's demo database copied to the server (through `copy_database`)."""
    from ramstein.storage.copy import copy_database
    from ramstein.storage.database import Database

    pg_cluster.create_database("ramstein_demo", pg_template)  # type: ignore[attr-defined]
    with Database.open(demo_template) as src, \
            Database.open(pg_cluster.url("ramstein_demo")) as dst:  # type: ignore[attr-defined]
        assert copy_database(src, dst).verified
    return "ramstein_demo"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database built once per session; copy it with `demo_db`."""
    from ramstein.services import open_workspace
    from ramstein.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    workspace = open_workspace(path, user="demo", today=lambda: TODAY)
    build_demo(workspace, pledges=400, deliveries=1200, seed=11)
    workspace.close()  # the last connection to close folds the WAL into the file
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the session's demo database (safe to modify)."""
    import sqlite3

    target = tmp_path / "demo.db"
    src = sqlite3.connect(demo_template)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    return target


@pytest.fixture
def demo_ws(backend: str, request: pytest.FixtureRequest) -> Iterator[object]:
    from ramstein.services import open_workspace

    if backend == "sqlite":
        target: Path | str = request.getfixturevalue("demo_db")
    else:
        cluster = request.getfixturevalue("pg_cluster")
        gen = _pg_database_from(cluster, request.getfixturevalue("pg_demo_template"))
        target = next(gen)
        request.addfinalizer(lambda: next(gen, None))
    workspace = open_workspace(target, user="tester", today=lambda: TODAY)
    yield from _registered(workspace)
