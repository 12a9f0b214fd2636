"""Positions in a pledges-table row (`PledgeService.table_rows()`) and the shared filter over them.

Rows are plain tuples (100,000 of them load in well under a second); these names keep the
positions in one place. Money and quantities stay scaled integers (cents, thousandths).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from ..domain.filters import PledgeFilter

Row = tuple[Any, ...]

(ID, REF, DONOR_CODE, DONOR, CAPABILITY, ITEM, QTY_MILLI, UNIT, VALUE_MILLI, CURRENCY,
 EUR_CENTS, ANNOUNCED, STATUS, CHANNEL, DELIVERED_CENTS, VERSION, DONOR_ID, CAPABILITY_CODE,
 DONOR_KIND, CAPABILITY_ID, FUNDING_YEAR, SOURCE_REF, NOTES) = range(23)

# What the free text searches: reference, donor code and name, capability, item, unit,
# currency, status, channel, source and notes.
TEXT_FIELDS = (REF, DONOR_CODE, DONOR, CAPABILITY, ITEM, UNIT, CURRENCY, STATUS, CHANNEL,
               SOURCE_REF, NOTES)


def haystack(row: Row, extra: Sequence[str] = ()) -> str:
    """The case-folded text a row is searched in (labels of status/channel passed as `extra`)."""
    return "\x1f".join([*(str(row[i]) for i in TEXT_FIELDS if row[i]), *extra]).casefold()


def row_predicate(f: PledgeFilter) -> Callable[[Row, str], bool]:
    """A test `(row, haystack) -> bool` for the filter; cheap checks first."""
    donors = f.donors
    kinds = {k.value for k in f.kinds}
    caps = f.capabilities
    statuses = {s.value for s in f.statuses}
    channels = {c.value for c in f.channels}
    start = f.date_from.isoformat() if f.date_from else None
    end = f.date_to.isoformat() if f.date_to else None
    words = f.words

    def test(row: Row, hay: str) -> bool:
        if donors and row[DONOR_CODE] not in donors:
            return False
        if kinds and row[DONOR_KIND] not in kinds:
            return False
        if caps and row[CAPABILITY_CODE] not in caps:
            return False
        if statuses and row[STATUS] not in statuses:
            return False
        if channels and row[CHANNEL] not in channels:
            return False
        if start or end:
            day = row[ANNOUNCED]
            if day is None or (start and day < start) or (end and day > end):
                return False
        return all(w in hay for w in words)

    return test


def announced(row: Row) -> date | None:
    return date.fromisoformat(row[ANNOUNCED]) if row[ANNOUNCED] else None
