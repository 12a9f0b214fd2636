"""Fixtures for the unit tests: build pledges and deliveries through the real services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
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
