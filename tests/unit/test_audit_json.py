"""What the audit log keeps: JSON-safe values and only the fields that changed."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from ramstein.domain.audit import diff, jsonable, record_dict
from ramstein.domain.enums import Channel, PledgeStatus
from ramstein.domain.records import FinancingShare, Pledge


def _pledge(**kw: object) -> Pledge:
    values: dict[str, object] = {
        "id": 7, "uuid": "u-7", "reference": "DEU-2024-007", "donor_id": 3, "capability_id": 2,
        "item": "IRIS-T", "status": PledgeStatus.COMMITTED, "channel": Channel.PURL,
        "quantity": Decimal("2.000"), "value_amount": Decimal("1500.50"), "currency": "USD",
        "value_eur": Decimal("1386.24"), "announced_on": date(2024, 5, 1),
        "financed_by": (FinancingShare(9, Decimal("0.5")), FinancingShare(10, Decimal("0.5"))),
        "created_at": datetime(2024, 5, 1, 12, tzinfo=UTC),
        "updated_at": datetime(2024, 5, 2, 12, tzinfo=UTC),
    }
    values.update(kw)
    return Pledge(**values)  # type: ignore[arg-type]


def test_record_dict_is_plain_json() -> None:
    data = record_dict(_pledge())
    text = json.dumps(data)  # must not raise: no Decimal, date or Enum left
    back = json.loads(text)
    assert back["value_eur"] == "1386.24"
    assert back["quantity"] == "2"  # normalised: 2.000 and 2 are the same quantity
    assert back["announced_on"] == "2024-05-01"
    assert back["status"] == "committed"
    assert back["channel"] == "purl"
    assert back["financed_by"] == [{"member_id": 9, "share": "0.5"},
                                   {"member_id": 10, "share": "0.5"}]
    # Timestamps are kept in the audit row itself, not in the record's snapshot.
    assert "created_at" not in back and "updated_at" not in back


def test_decimal_in_audit_has_no_exponent() -> None:
    assert jsonable(Decimal("1E+3")) == "1000"
    assert jsonable(Decimal("40000000000.00")) == "40000000000"
    assert jsonable(Decimal("0.10")) == "0.1"


def test_diff_keeps_only_changed_fields_old_and_new() -> None:
    before = record_dict(_pledge())
    after = record_dict(_pledge(item="IRIS-T SLM", value_eur=Decimal("1400.00"), version=2))
    old, new = diff(before, after)
    assert old == {"item": "IRIS-T", "value_eur": "1386.24", "version": 1}
    assert new == {"item": "IRIS-T SLM", "value_eur": "1400", "version": 2}


def test_diff_ignores_a_different_scale_of_the_same_number() -> None:
    before = record_dict(_pledge(quantity=Decimal("2")))
    after = record_dict(_pledge(quantity=Decimal("2.000")))
    assert diff(before, after) == ({}, {})


@given(st.decimals(allow_nan=False, allow_infinity=False, places=3,
                   min_value=-10**12, max_value=10**12))
def test_decimal_audit_text_round_trips(value: Decimal) -> None:
    text = jsonable(value)
    assert isinstance(text, str)
    assert "E" not in text.upper()
    assert Decimal(text) == value
