"""Fixtures for the unit tests: build pledges and deliveries through the real services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ramstein.domain.enums import Channel
from ramstein.domain.records import Pledge
from ramstein.services.pledges import PledgeDraft

# Same day as tests/conftest.py's TODAY (the `ws` fixtures' clock).
TODAY = date(2026, 11, 23)


@pytest.fixture
def member_id(ws: Any) -> Callable[[str], int]:
    return lambda code: ws.reference.members_by_code[code].id


@pytest.fixture
def capability_id(ws: Any) -> Callable[[str], int]:
    caps = {c.code: c.id for c in ws.reference.capabilities}
    return lambda code: caps[code]


@pytest.fixture
def make_pledge(ws: Any, member_id: Callable[[str], int],
                capability_id: Callable[[str], int]) -> Callable[..., Pledge]:
    """Create a pledge through PledgeService.create with sensible defaults."""

    def make(donor: str = "DEU", capability: str = "iamd", **kw: Any) -> Pledge:
        values: dict[str, Any] = {
            "item": "IRIS-T SLM fire unit",
            "quantity": Decimal(10),
            "unit": "fire units",
            "value_amount": Decimal("1000.00"),
            "currency": "EUR",
            "announced_on": date(2024, 5, 1),
            "channel": Channel.NATIONAL_PROCUREMENT,
        }
        values.update(kw)
        draft = PledgeDraft(donor_id=member_id(donor), capability_id=capability_id(capability),
                            **values)
        return ws.pledges.create(draft)

    return make


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Same demo database as tests/conftest.py's fixture of this name, built the same way.

    Overridden here because the shared one folds the WAL with `PRAGMA wal_checkpoint` on a
    SQLAlchemy connection, where the engine's BEGIN IMMEDIATE is already open, and fails with
    "database table is locked". Closing the workspace checkpoints the WAL by itself, and
    `demo_db` copies through the backup API anyway. Remove this once the shared fixture is fixed.
    """
    from ramstein.services import open_workspace
    from ramstein.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo-unit") / "demo.db"
    workspace = open_workspace(path, user="demo", today=lambda: TODAY)
    try:
        build_demo(workspace, pledges=400, deliveries=1200, seed=11)
    finally:
        workspace.close()
    return path
