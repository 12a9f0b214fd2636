"""Sharing beyond one pledge edit: deliveries, several rows, status changes, closing, the poll.

Two Database objects on one SQLite file stand for two planners, as in test_merge_dialog.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from ramstein.domain.enums import DeliveryStatus, PledgeStatus
from ramstein.services import open_workspace
from ramstein.services.change_feed import ChangeFeed
from ramstein.storage.database import ConnectionLostError
from ramstein.ui.dialogs.merge_dialog import MergeDialog
from ramstein.ui.main_window import MainWindow
from ramstein.ui.undo_commands import CellEdit, ChangeStatus, EditPledgeCells, Target

LOAD_TIMEOUT_MS = 20_000
TODAY = date(2026, 11, 23)


@pytest.fixture
def colleague(demo_db: Path) -> Iterator[Any]:
    ws = open_workspace(demo_db, create=False, user="colleague", today=lambda: TODAY)
    yield ws
    ws.close()


@pytest.fixture
def pledges(qtbot: Any, demo_window: MainWindow) -> Any:
    demo_window.show_view("pledges")
    page = demo_window.views["pledges"]
    qtbot.waitUntil(page.is_ready, timeout=LOAD_TIMEOUT_MS)
    page.model.fetch_all()
    return page


def open_deliveries(ws: Any, n: int) -> list[Any]:
    """`n` open deliveries (not delivered or cancelled), of any pledges."""
    rows = [r for r in ws.calendar.agenda(TODAY, TODAY + timedelta(days=365)) if r.status.is_open]
    assert len(rows) >= n, "the demo has too few open deliveries"
    return [ws.calendar.delivery(r.delivery_id) for r in rows[:n]]


def agenda_rows(ws: Any, ids: list[int]) -> list[Any]:
    rows = ws.calendar.agenda(date(2000, 1, 1), date(2100, 1, 1))
    by_id = {r.delivery_id: r for r in rows}
    return [by_id[i] for i in ids]


# ---------------------------------------------------------------------- deliveries
def test_a_stale_calendar_move_saves_the_others_and_offers_a_merge_for_the_changed_one(
    qtbot: Any, demo_window: MainWindow, demo_ws: Any, colleague: Any, tmp_path: Path
) -> None:
    demo_window.show_view("calendar")
    cal = demo_window.views["calendar"]
    qtbot.waitUntil(cal.is_current, timeout=LOAD_TIMEOUT_MS)
    a, b = open_deliveries(demo_ws, 2)
    rows = agenda_rows(demo_ws, [a.id, b.id])  # what the agenda shows
    theirs_day = a.planned_on + timedelta(days=3)
    colleague.deliveries.update(a.id, a.version, {"planned_on": theirs_day, "notes": "theirs"})
    my_day = TODAY + timedelta(days=40)

    assert cal.move_rows(rows, my_day) is False  # not all saved at once
    stored_b = demo_ws.calendar.delivery(b.id)
    assert stored_b.planned_on == my_day  # nobody else changed b: saved
    stored_a = demo_ws.calendar.delivery(a.id)
    assert stored_a.planned_on == theirs_day  # nothing of mine on a yet
    dialog = demo_window.sharing.merge_dialog
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    assert a.planned_on != theirs_day
    assert "colleague" in dialog.findChild(QLabel, "theirs_planned_on").text()
    assert "planned" in dialog.proposal.label  # named by its pledge and day, not an id
    dialog.grab().save(str(tmp_path / "merge_delivery.png"))
    assert not dialog.apply_button.isEnabled()  # both moved it: the planner chooses
    dialog.choose("planned_on", "mine")
    dialog.apply_button.click()
    after = demo_ws.calendar.delivery(a.id)
    assert after.planned_on == my_day and after.notes == "theirs"
    assert "Merged and saved" in demo_window.statusBar().currentMessage()
    assert demo_window.undo_stack.count() == 2  # b's move, then the merge of a
    demo_window.undo_stack.undo()
    assert demo_ws.calendar.delivery(a.id).planned_on == theirs_day


def test_a_stale_edit_in_the_delivery_dialog_opens_the_merge(
    qtbot: Any, demo_window: MainWindow, pledges: Any, demo_ws: Any, colleague: Any
) -> None:
    (d,) = open_deliveries(demo_ws, 1)
    detail = demo_window.pledge_detail
    detail.show_pledge(d.pledge_id)
    row = next(i for i in range(detail.deliveries_model.rowCount())
               if detail.deliveries_model.delivery(i).id == d.id)
    detail.deliveries_table.selectRow(row)
    dialog = detail.edit_delivery()
    assert dialog is not None
    colleague.deliveries.update(d.id, d.version, {"notes": "theirs"})
    dialog.notes_edit.setPlainText("mine")
    dialog.save()
    assert not dialog.isVisible()  # the delivery dialog closed, the merge took over
    assert demo_ws.calendar.delivery(d.id).notes == "theirs"
    merge = demo_window.sharing.merge_dialog
    assert isinstance(merge, MergeDialog) and merge.isVisible()
    assert merge.findChild(QLabel, "mine_notes").text() == "mine"
    merge.choose("notes", "mine")
    merge.apply_button.click()
    assert demo_ws.calendar.delivery(d.id).notes == "mine"


def test_mark_delivered_while_the_connection_is_lost_is_kept_and_saved_later(
    qtbot: Any, demo_window: MainWindow, pledges: Any, demo_ws: Any,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    (d,) = open_deliveries(demo_ws, 1)
    detail = demo_window.pledge_detail
    detail.show_pledge(d.pledge_id)
    row = next(i for i in range(detail.deliveries_model.rowCount())
               if detail.deliveries_model.delivery(i).id == d.id)
    detail.deliveries_table.selectRow(row)
    down = {"on": True}
    real_update, real_token = demo_ws.deliveries.update, ChangeFeed.token

    def update(*args: Any, **kwargs: Any) -> Any:
        if down["on"]:
            raise ConnectionLostError("server closed the connection unexpectedly")
        return real_update(*args, **kwargs)

    def token(feed: ChangeFeed) -> Any:
        if down["on"]:
            raise ConnectionLostError("server closed the connection unexpectedly")
        return real_token(feed)

    monkeypatch.setattr(demo_ws.deliveries, "update", update)
    monkeypatch.setattr(ChangeFeed, "token", token)
    detail.mark_delivered(TODAY)
    banner = demo_window.sharing.banner
    assert banner.isVisible() and banner.pending_label.text() == "1 change(s) not saved yet"
    assert demo_ws.calendar.delivery(d.id).status is not DeliveryStatus.DELIVERED
    assert demo_window.last_message is None
    down["on"] = False
    banner.retry_button.click()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    stored = demo_ws.calendar.delivery(d.id)
    assert (stored.status, stored.actual_on) == (DeliveryStatus.DELIVERED, TODAY)
    assert "Saved now that the database answers again" in demo_window.statusBar().currentMessage()


# ---------------------------------------------------------------------- several pledges
def test_a_multi_row_edit_saves_the_others_and_offers_a_merge_per_changed_pledge(
    qtbot: Any, demo_window: MainWindow, pledges: Any, demo_ws: Any, colleague: Any
) -> None:
    shown = [demo_ws.pledges.get(pledges.model.pledge_id(i)) for i in range(3)]
    for p in shown[:2]:
        colleague.pledges.update(p.id, p.version, {"unit": "crates"})
    edits = [CellEdit(Target(p.id, p.version, p.reference), {"unit": p.unit}, {"unit": "pallets"})
             for p in shown]
    assert pledges.run(EditPledgeCells(pledges.ctx, edits)) is False
    assert demo_ws.pledges.get(shown[2].id).unit == "pallets"  # untouched by them: saved
    assert "Saved" in demo_window.statusBar().currentMessage()
    first = demo_window.sharing.merge_dialog
    assert first.proposal.label == shown[0].reference
    assert "1 more" in first.windowTitle()
    first.choose("unit", "mine")
    first.apply_button.click()
    second = demo_window.sharing.merge_dialog
    assert second is not first and second.isVisible()
    assert second.proposal.label == shown[1].reference
    second.cancel_button.click()
    assert [demo_ws.pledges.get(p.id).unit for p in shown] == ["pallets", "crates", "pallets"]
    assert "was not saved" in demo_window.last_message.text()


def test_a_status_change_that_meets_a_colleagues_edit_offers_the_status_merge(
    qtbot: Any, demo_window: MainWindow, pledges: Any, demo_ws: Any, colleague: Any
) -> None:
    every = (demo_ws.pledges.get(pledges.model.pledge_id(i)) for i in range(pledges.model.rowCount()))
    announced = [p for p in every if p.status is PledgeStatus.ANNOUNCED][:2]
    assert len(announced) == 2
    a, b = announced
    colleague.pledges.update(a.id, a.version, {"notes": "theirs"})  # not the status
    command = ChangeStatus(pledges.ctx, [Target(p.id, p.version, p.reference) for p in announced],
                           [p.status for p in announced], PledgeStatus.COMMITTED)
    assert pledges.run(command) is False
    assert demo_ws.pledges.get(b.id).status is PledgeStatus.COMMITTED
    dialog = demo_window.sharing.merge_dialog
    assert dialog.proposal.label == a.reference
    assert dialog.choices() == {"status": "mine"}  # only I changed the status
    dialog.apply_button.click()
    after = demo_ws.pledges.get(a.id)
    assert (after.status, after.notes) == (PledgeStatus.COMMITTED, "theirs")


# ---------------------------------------------------------------------- closing, the poll
def test_closing_with_pending_edits_asks_keep_waiting_or_discard(
    qtbot: Any, demo_window: MainWindow, pledges: Any, demo_ws: Any,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def lost(*args: Any, **kwargs: Any) -> Any:
        raise ConnectionLostError("server closed the connection unexpectedly")

    monkeypatch.setattr(demo_ws.pledges, "update_many", lost)
    monkeypatch.setattr(ChangeFeed, "token", lost)
    demo_window.show()
    p = demo_ws.pledges.get(pledges.model.pledge_id(0))
    pledges.run(EditPledgeCells(pledges.ctx, [CellEdit(Target(p.id, p.version, p.reference),
                                                       {"unit": p.unit}, {"unit": "pallets"})]))
    assert demo_window.sharing.monitor.pending

    assert demo_window.close() is False  # asked first
    box = demo_window.sharing.close_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "1 change(s) could not be saved yet" in box.text()
    assert "edit Unit of " + p.reference in box.informativeText()
    box.grab().save(str(tmp_path / "pending_on_close.png"))
    box.findChild(QPushButton, "keepWaiting").click()
    assert demo_window.isVisible() and len(demo_window.sharing.monitor.pending) == 1

    demo_window.close()
    box = demo_window.sharing.close_box
    discard = box.findChild(QPushButton, "discardAndClose")
    assert discard.text() == "Discard 1 change(s) and close"
    discard.click()
    qtbot.waitUntil(lambda: not demo_window.isVisible(), timeout=5000)
    assert not demo_window.sharing.monitor.pending


def test_the_poll_interval_is_a_setting(qtbot: Any, window: MainWindow, demo_ws: Any) -> None:
    window.settings.set("sharing/poll_seconds", 12)
    window.set_workspace(demo_ws)
    qtbot.waitUntil(lambda: window.sharing is not None, timeout=LOAD_TIMEOUT_MS)
    assert window.sharing.watcher._timer.interval() == 12_000
