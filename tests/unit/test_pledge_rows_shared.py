"""The pledges table's rows share their repeated texts (issue 10: GUI memory at 100k pledges)."""

from __future__ import annotations

from typing import Any

from ramstein.services import pledge_rows as R


def test_repeated_texts_are_one_object_and_the_rows_are_unchanged(demo_ws: Any) -> None:
    rows = demo_ws.pledges.table_rows()
    by_donor: dict[str, list[tuple[Any, ...]]] = {}
    for row in rows:
        by_donor.setdefault(row[R.DONOR_CODE], []).append(row)
    donor, same = max(by_donor.items(), key=lambda kv: len(kv[1]))
    assert len(same) > 1
    # equal values, and one shared string for the donor's code and name across its rows
    assert all(r[R.DONOR_CODE] == donor for r in same)
    assert len({id(r[R.DONOR_CODE]) for r in same}) == 1
    # a subset read by id gives exactly the same tuples as the whole read
    ids = [r[0] for r in rows[:50]]  # column 0: the pledge id
    assert demo_ws.pledges.table_rows_for(ids) == rows[:50]
