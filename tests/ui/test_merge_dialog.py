"""Two planners edit the same pledge: the second is offered a merge, field by field."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from ramstein.services import open_workspace
from ramstein.services.merge import propose
from ramstein.ui.dialogs.merge_dialog import MergeDialog, names_of
from ramstein.ui.main_window import MainWindow
from ramstein.ui.models.pledges_model import COLUMNS
from ramstein.ui.undo_commands import CellEdit, EditPledgeCells, Target, execute

LOAD_TIMEOUT_MS = 20_000
TODAY = date(2026, 11, 23)
COL = {c.title: i for i, c in enumerate(COLUMNS)}


@pytest.fixture
def view(qtbot: Any, demo_window: MainWindow) -> Any:
    demo_window.show_view("pledges")
    page = demo_window.views["pledges"]
    qtbot.waitUntil(page.is_ready, timeout=LOAD_TIMEOUT_MS)
    return page


@pytest.fixture
def colleague(demo_db: Path) -> Iterator[Any]:
    """A second Database on the same file: the other planner."""
    ws = open_workspace(demo_db, create=False, user="colleague", today=lambda: TODAY)
    yield ws
    ws.close()


def edit_stale(view: Any, pid: int, old: dict[str, Any], new: dict[str, Any],
               version: int) -> None:
    """What the table does on an edit of a row it showed at `version`."""
    ref = view.model.row_tuple(view.model.rows_of_ids([pid])[0])[1]
    view.run(EditPledgeCells(view.ctx, [CellEdit(Target(pid, version, ref), old, new)]))


def first_pledge(view: Any, demo_ws: Any) -> Any:
    view.model.fetch_all()
    return demo_ws.pledges.get(view.model.pledge_id(0))


def test_two_planners_edit_one_pledge_and_the_choices_land_in_the_database(
    qtbot: Any, demo_window: MainWindow, view: Any, demo_ws: Any, colleague: Any, tmp_path: Path
) -> None:
    start = first_pledge(view, demo_ws)
    pid = start.id
    # The colleague changes the unit and the notes; I change the unit and the item.
    colleague.pledges.update(pid, start.version, {"unit": "crates", "notes": "theirs"})
    edit_stale(view, pid, {"unit": start.unit, "item": start.item},
               {"unit": "pallets", "item": "My item"}, start.version)

    dialog = demo_window.sharing.merge_dialog
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    assert demo_ws.pledges.get(pid).unit == "crates"  # nothing of mine written yet
    theirs = dialog.findChild(QLabel, "theirs_unit").text()
    assert "crates" in theirs and "colleague" in theirs
    assert dialog.findChild(QLabel, "mine_unit").text() == "pallets"
    assert dialog.findChild(QLabel, "mine_item").text() == "My item"
    # Only I changed the item: keep mine is chosen. Both changed the unit: I must choose.
    assert dialog.choices() == {"item": "mine"}
    assert not dialog.apply_button.isEnabled()
    dialog.grab().save(str(tmp_path / "merge_dialog.png"))

    dialog.choose("unit", "theirs")
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()

    after = demo_ws.pledges.get(pid)
    assert (after.unit, after.item, after.notes) == ("crates", "My item", "theirs")
    audit = demo_ws.pledges.audit(pid)
    by = {e.user: e for e in audit[:2]}
    assert set(by) == {"tester", "colleague"}  # both edits are in the audit
    assert by["tester"].after == {"item": "My item"} and by["tester"].source == "merge"
    assert by["colleague"].after == {"unit": "crates", "notes": "theirs"}
    assert "Merged and saved" in demo_window.statusBar().currentMessage()

    # The merge is one undo step.
    assert view.undo_stack.count() == 1
    view.undo_stack.undo()
    assert demo_ws.pledges.get(pid).item == start.item
    assert demo_ws.pledges.get(pid).unit == "crates"


def test_keep_mine_overwrites_theirs_and_cancel_writes_nothing(
    qtbot: Any, demo_window: MainWindow, view: Any, demo_ws: Any, colleague: Any
) -> None:
    start = first_pledge(view, demo_ws)
    pid = start.id
    colleague.pledges.update(pid, start.version, {"unit": "crates"})
    edit_stale(view, pid, {"unit": start.unit}, {"unit": "pallets"}, start.version)
    dialog = demo_window.sharing.merge_dialog
    dialog.choose("unit", "mine")
    dialog.apply_button.click()
    assert demo_ws.pledges.get(pid).unit == "pallets"

    # Again, and cancel: the database keeps theirs, and I am told.
    now = demo_ws.pledges.get(pid)
    colleague.pledges.update(pid, now.version, {"unit": "boxes"})
    edit_stale(view, pid, {"unit": "pallets"}, {"unit": "drums"}, now.version)
    dialog = demo_window.sharing.merge_dialog
    dialog.cancel_button.click()
    assert demo_ws.pledges.get(pid).unit == "boxes"
    box = demo_window.last_message
    assert isinstance(box, QMessageBox) and "was not saved" in box.text()
    assert view.undo_stack.count() == 1  # only the first merge


def test_a_field_only_they_changed_is_preselected_theirs(
    qtbot: Any, demo_window: MainWindow, view: Any, demo_ws: Any, colleague: Any
) -> None:
    start = first_pledge(view, demo_ws)
    pid = start.id
    colleague.pledges.update(pid, start.version, {"notes": "theirs"})
    # My edit names notes with its old value unchanged (a Ctrl+Enter on several fields).
    proposal = propose(demo_ws, "pledge", pid, {"notes": start.notes, "unit": start.unit},
                       {"notes": start.notes, "unit": "pallets"})
    by_field = {f.field: f for f in proposal.fields}
    assert by_field["notes"].proposed == "theirs"
    assert by_field["notes"].changed_by == "colleague"
    assert by_field["unit"].proposed == "mine"
    assert proposal.merged({}) == ({"unit": start.unit}, {"unit": "pallets"})
    dialog = MergeDialog(proposal, names_of(demo_ws), "tester", demo_window)
    assert dialog.choices() == {"notes": "theirs", "unit": "mine"}
    assert dialog.apply_button.isEnabled()


def test_a_merge_that_meets_yet_another_change_offers_a_new_merge(
    qtbot: Any, demo_window: MainWindow, view: Any, demo_ws: Any, colleague: Any
) -> None:
    start = first_pledge(view, demo_ws)
    pid = start.id
    colleague.pledges.update(pid, start.version, {"unit": "crates"})
    edit_stale(view, pid, {"unit": start.unit}, {"unit": "pallets"}, start.version)
    first = demo_window.sharing.merge_dialog
    mid = colleague.pledges.get(pid)
    colleague.pledges.update(pid, mid.version, {"unit": "boxes"})  # while the dialog is open
    first.choose("unit", "mine")
    first.apply_button.click()
    second = demo_window.sharing.merge_dialog
    assert second is not first and second.isVisible()
    assert "boxes" in second.findChild(QLabel, "theirs_unit").text()
    assert demo_ws.pledges.get(pid).unit == "boxes"
    second.choose("unit", "mine")
    second.apply_button.click()
    assert demo_ws.pledges.get(pid).unit == "pallets"


def test_execute_without_the_window_still_refuses_a_stale_edit(demo_ws: Any, colleague: Any) -> None:
    """Without a window to take it over, a stale edit raises as before (nothing written)."""
    from PySide6.QtGui import QUndoStack

    from ramstein.domain.errors import StaleEdit
    from ramstein.ui.undo_commands import UndoContext

    start = demo_ws.pledges.get(1)
    colleague.pledges.update(1, start.version, {"unit": "crates"})
    ctx = UndoContext.for_workspace(demo_ws, lambda *a: None)
    command = EditPledgeCells(ctx, [CellEdit(Target(1, start.version, start.reference),
                                             {"unit": start.unit}, {"unit": "pallets"})])
    with pytest.raises(StaleEdit):
        execute(QUndoStack(), command)
    assert demo_ws.pledges.get(1).unit == "crates"
