"""The change token moves with every audited write; others' entries are told apart from ours."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from ramstein.services import open_workspace
from ramstein.services.change_feed import ChangeFeed, connection_lost
from ramstein.storage.database import ConnectionLostError, WriteRefusedError


def test_token_moves_and_counts_only_the_other_planners_entries(
    ws: Any, db_target: Path | str
) -> None:
    feed = ChangeFeed(ws)
    seen = feed.token()
    assert feed.foreign_since(seen).count == 0
    other = open_workspace(db_target, create=False, user="colleague")  # a second Database
    try:
        pid = ws.pledges.table_rows()[0][0] if ws.pledges.table_rows() else None
        if pid is None:
            from ramstein.services.pledges import PledgeDraft

            donor = next(m for m in ws.reference.members if m.is_donor)
            pid = ws.pledges.create(PledgeDraft(donor.id, ws.reference.capabilities[0].id,
                                                "Trucks")).id
            seen = feed.token()
        p = other.pledges.get(pid)
        other.pledges.update(pid, p.version, {"unit": "crates"})
        mine = ws.pledges.get(pid)
        ws.pledges.update(pid, mine.version, {"notes": "mine"})
    finally:
        other.close()
    now = feed.token()
    assert now.last_id > seen.last_id and now.count == seen.count + 2
    foreign = feed.foreign_since(seen)
    assert (foreign.count, foreign.users) == (1, ("colleague",))
    assert foreign.last_at is not None


@pytest.mark.sqlite_only("a file whose folder is moved away")
def test_a_vanished_file_is_a_lost_connection(tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    workspace = open_workspace(folder / "planner.db")
    try:
        feed = ChangeFeed(workspace)
        feed.token()
        shutil.move(str(folder), str(tmp_path / "away"))
        with pytest.raises(ConnectionLostError):
            feed.token()
        shutil.move(str(tmp_path / "away"), str(folder))
        feed.token()
    finally:
        workspace.close()


def test_connection_lost_tells_retryable_errors_from_refusals() -> None:
    assert connection_lost(ConnectionLostError("gone"))
    assert connection_lost(WriteRefusedError("pulled", "unreachable"))
    assert not connection_lost(WriteRefusedError("full", "full"))
    try:
        try:
            raise ConnectionLostError("gone")
        except ConnectionLostError as exc:
            raise RuntimeError("wrapped") from exc
    except RuntimeError as outer:
        assert connection_lost(outer)
    assert not connection_lost(ValueError("bug"))
