"""The batch edit the crash-safety test kills: `python crash_driver.py batch|per-row DB N`.

It edits N pledges through the services in one call (`ws.pledges.update_many`, one transaction,
as the table's multi-row edit does): a new note and a 7 % higher value, which revalues each
pledge's deliveries. `per-row` commits each pledge on its own: the harness's negative control,
which must be caught half-applied. The import and the demo build are killed through the real `ramstein` CLI.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path


def batch_edit(db: Path, count: int, *, per_row: bool = False) -> int:
    from ramstein.services import open_workspace

    ws = open_workspace(db, create=False, user="crash-test")
    try:
        rows = ws.db.reader.rows(
            "SELECT id, version, value_amount_milli FROM pledges "
            "WHERE value_amount_milli IS NOT NULL ORDER BY id LIMIT ?", (count,))
        items = [(int(pid), int(version), {
            "notes": f"batch edit {pid}: value raised 7 %",
            "value_amount": (Decimal(milli) / 1000 * Decimal("1.07")).quantize(Decimal("0.001")),
        }) for pid, version, milli in rows]
        if per_row:  # the negative control: one transaction per pledge, as the code must not do
            done = [ws.pledges.update(*item, source="crash-test") for item in items]
        else:
            done = ws.pledges.update_many(items, source="crash-test")
    finally:
        ws.close()
    print(f"edited {len(done)} pledges")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] in ("batch", "per-row"):
        return batch_edit(Path(argv[1]), int(argv[2]), per_row=argv[0] == "per-row")
    print("usage: crash_driver.py batch|per-row DB N", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
