"""The database stops answering: a banner, retries, and no edit dropped without a word."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ramstein.services import open_workspace
from ramstein.services.change_feed import ChangeFeed
from ramstein.storage.database import ConnectionLostError
from ramstein.ui.dialogs.merge_dialog import MergeDialog
from ramstein.ui.main_window import MainWindow
from ramstein.ui.undo_commands import CellEdit, CreatePledges, EditPledgeCells, Target

LOAD_TIMEOUT_MS = 20_000
TODAY = date(2026, 11, 23)


def shown_view(qtbot: Any, win: MainWindow) -> Any:
    win.show_view("pledges")
    page = win.views["pledges"]
    qtbot.waitUntil(page.is_ready, timeout=LOAD_TIMEOUT_MS)
    page.model.fetch_all()
    win.sharing.watcher.set_interval(0.2)
    qtbot.waitUntil(lambda: win.sharing.watcher.seen is not None, timeout=5000)
    return page


def edit_unit(view: Any, ws: Any, pid: int, unit: str) -> None:
    p = ws.pledges.get(pid)
    view.run(EditPledgeCells(view.ctx, [CellEdit(Target(pid, p.version, p.reference),
                                                 {"unit": p.unit}, {"unit": unit})]))


@pytest.fixture
def view(qtbot: Any, demo_window: MainWindow) -> Any:
    return shown_view(qtbot, demo_window)


@pytest.fixture
def outage(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The server goes away: reads of the change token and writes raise ConnectionLostError."""

    class Outage:
        down = False

        def start(self, ws: Any) -> None:
            self.down = True
            real_update = ws.pledges.update_many  # this planner's service only

            def update_many(*args: Any, **kwargs: Any) -> Any:
                if self.down:
                    raise ConnectionLostError("server closed the connection unexpectedly")
                return real_update(*args, **kwargs)

            monkeypatch.setattr(ws.pledges, "update_many", update_many)

    real_token = ChangeFeed.token
    state = Outage()

    def token(feed: ChangeFeed) -> Any:
        if state.down:
            raise ConnectionLostError("server closed the connection unexpectedly")
        return real_token(feed)

    monkeypatch.setattr(ChangeFeed, "token", token)
    return state


def test_banner_on_loss_and_the_pending_edit_is_saved_after_recovery(
    qtbot: Any, demo_window: MainWindow, view: Any, demo_ws: Any, outage: Any, tmp_path: Path
) -> None:
    banner = demo_window.sharing.banner
    assert not banner.isVisible()
    outage.start(demo_ws)
    qtbot.waitUntil(banner.isVisible, timeout=5000)  # the poll found the server gone
    assert "not answering" in banner.message_label.text()
    assert banner.countdown_label.text() == "Retrying in 2 s"

    pid = view.model.pledge_id(0)
    edit_unit(view, demo_ws, pid, "pallets")
    assert demo_ws.pledges.get(pid).unit != "pallets"  # not saved, but kept
    assert banner.pending_label.isVisible()
    assert banner.pending_label.text() == "1 change(s) not saved yet"
    assert "edit Unit of" in banner.pending_label.toolTip()
    assert "Not saved yet" in demo_window.statusBar().currentMessage()
    assert demo_window.last_message is None  # no error box: the banner says it
    demo_window.resize(1400, 900)
    demo_window.grab().save(str(tmp_path / "banner_window.png"))
    banner.grab().save(str(tmp_path / "banner.png"))

    # Still down: a retry fails and the wait grows.
    banner.retry_button.click()
    qtbot.waitUntil(lambda: banner.countdown_label.text() == "Retrying in 4 s", timeout=5000)
    outage.down = False
    banner.retry_button.click()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    assert demo_ws.pledges.get(pid).unit == "pallets"
    assert view.undo_stack.count() == 1  # saved as an ordinary, undoable edit
    assert "Saved now that the database answers again" in demo_window.statusBar().currentMessage()


def test_a_pending_edit_that_meets_a_colleagues_change_opens_the_merge(
    qtbot: Any, demo_window: MainWindow, view: Any, demo_ws: Any, demo_db: Path, outage: Any
) -> None:
    outage.start(demo_ws)
    pid = view.model.pledge_id(0)
    edit_unit(view, demo_ws, pid, "pallets")
    banner = demo_window.sharing.banner
    assert banner.isVisible() and banner.pending_label.isVisible()
    colleague = open_workspace(demo_db, create=False, user="colleague", today=lambda: TODAY)
    try:
        theirs = colleague.pledges.get(pid)
        colleague.pledges.update(pid, theirs.version, {"unit": "crates"})
    finally:
        colleague.close()
    outage.down = False
    banner.retry_button.click()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    dialog = demo_window.sharing.merge_dialog
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    assert demo_ws.pledges.get(pid).unit == "crates"
    dialog.choose("unit", "mine")
    dialog.apply_button.click()
    assert demo_ws.pledges.get(pid).unit == "pallets"


def test_a_creation_that_lost_the_connection_is_told_not_kept(
    qtbot: Any, demo_window: MainWindow, view: Any, demo_ws: Any, outage: Any,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    outage.start(demo_ws)

    def create_many(*_args: Any, **_kwargs: Any) -> Any:
        raise ConnectionLostError("server closed the connection unexpectedly")

    monkeypatch.setattr(demo_ws.pledges, "create_many", create_many)
    original = demo_ws.pledges.get(view.model.pledge_id(0))
    view.run(CreatePledges(view.ctx, [demo_ws.pledges.duplicate_draft(original)], "duplicate"))
    assert demo_window.sharing.banner.isVisible()
    assert not demo_window.sharing.banner.pending_label.isVisible()  # not kept: told instead
    box = view.last_message
    assert box is not None and box.isVisible() and "not saved" in box.text()


@pytest.fixture
def stick(tmp_path: Path, demo_db: Path) -> Iterator[tuple[Path, Any]]:
    """The database on a 'USB stick' (a folder that can be moved away and back)."""
    folder = tmp_path / "usb"
    folder.mkdir()
    path = folder / "planner.db"
    shutil.copy(demo_db, path)
    ws = open_workspace(path, create=False, user="tester", today=lambda: TODAY)
    yield folder, ws
    ws.close()


def test_a_real_file_made_unreachable_keeps_the_edit_until_it_is_back(
    qtbot: Any, demo_window: MainWindow, stick: tuple[Path, Any], tmp_path: Path
) -> None:
    folder, ws = stick
    demo_window.set_workspace(ws)
    view = shown_view(qtbot, demo_window)
    banner = demo_window.sharing.banner
    pid = view.model.pledge_id(0)
    edit_unit(view, ws, pid, "crates")  # saved while the stick is in
    assert ws.pledges.get(pid).unit == "crates"
    away = tmp_path / "usb-away"
    folder.rename(away)  # the stick is pulled
    try:
        p = ws.pledges.get(pid)  # reads still work through the open file
        view.run(EditPledgeCells(view.ctx, [CellEdit(Target(pid, p.version, p.reference),
                                                     {"unit": p.unit}, {"unit": "pallets"})]))
        qtbot.waitUntil(banner.isVisible, timeout=5000)
        assert banner.pending_label.text() == "1 change(s) not saved yet"
        banner.retry_button.click()  # still gone
        qtbot.waitUntil(lambda: banner.countdown_label.text() == "Retrying in 4 s", timeout=5000)
    finally:
        away.rename(folder)  # the stick is back
    banner.retry_button.click()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    assert ws.pledges.get(pid).unit == "pallets", banner.message_label.toolTip()
    assert ws.db.integrity_check() == "ok"
