"""Shared test set-up: headless Qt, isolated settings/data, workspaces on temp files.

The environment is set at import time, before any QApplication exists (TOOLCHAIN-NOTES §3.3).
"""

from __future__ import annotations

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
def ws(db_path: Path) -> Iterator[object]:
    """A fresh, seeded workspace on a temp file, with today fixed to TODAY."""
    from ramstein.services import open_workspace

    workspace = open_workspace(db_path, user="tester", today=lambda: TODAY)
    yield workspace
    workspace.close()


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
def demo_ws(demo_db: Path) -> Iterator[object]:
    from ramstein.services import open_workspace

    workspace = open_workspace(demo_db, user="tester", today=lambda: TODAY)
    yield workspace
    workspace.close()
