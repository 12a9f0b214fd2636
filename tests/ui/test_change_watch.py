"""Changes saved by another planner show up in this window after the poll."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ramstein.services import open_workspace
from ramstein.ui.main_window import MainWindow
from ramstein.ui.models.pledges_model import COLUMNS

LOAD_TIMEOUT_MS = 20_000
TODAY = date(2026, 11, 23)
COL = {c.title: i for i, c in enumerate(COLUMNS)}


@pytest.fixture
def view(qtbot: Any, demo_window: MainWindow) -> Any:
    demo_window.show_view("pledges")
    page = demo_window.views["pledges"]
    qtbot.waitUntil(page.is_ready, timeout=LOAD_TIMEOUT_MS)
    page.model.fetch_all()
    demo_window.sharing.watcher.set_interval(0.2)
    return page


@pytest.fixture
def colleague(demo_db: Path) -> Iterator[Any]:
    ws = open_workspace(demo_db, create=False, user="colleague", today=lambda: TODAY)
    yield ws
    ws.close()


def item_of(view: Any, pid: int) -> str:
    row = view.model.rows_of_ids([pid])[0]
    return str(view.model.index(row, COL["Item"]).data())


def test_a_change_through_a_second_database_appears_after_the_poll_keeping_the_selection(
    qtbot: Any, demo_window: MainWindow, view: Any, colleague: Any
) -> None:
    pid = view.model.pledge_id(5)
    view.select_ids([pid])
    qtbot.waitUntil(lambda: demo_window.sharing.watcher.seen is not None, timeout=5000)
    before = colleague.pledges.get(pid)
    colleague.pledges.update(pid, before.version, {"item": "Changed by a colleague"})
    other = colleague.pledges.get(1)
    colleague.pledges.update(1, other.version, {"notes": "also theirs"})

    with qtbot.waitSignal(demo_window.sharing.watcher.reloaded, timeout=5000) as shown:
        pass
    count, text = shown.args
    assert count == 2
    assert "by another planner" in text and "colleague" in text
    assert demo_window.statusBar().currentMessage() == text
    qtbot.waitUntil(lambda: item_of(view, pid) == "Changed by a colleague", timeout=5000)
    assert [view.model.pledge_id(r) for r in view.selected_rows()] == [pid]  # still selected


def test_our_own_edits_are_not_announced_as_another_planners(
    qtbot: Any, demo_window: MainWindow, view: Any, demo_ws: Any
) -> None:
    watcher = demo_window.sharing.watcher
    qtbot.waitUntil(lambda: watcher.seen is not None, timeout=5000)
    start = watcher.seen
    pid = view.model.pledge_id(0)
    mine = demo_ws.pledges.get(pid)
    demo_ws.pledges.update(pid, mine.version, {"notes": "mine"})
    qtbot.waitUntil(lambda: watcher.seen != start, timeout=5000)
    with qtbot.assertNotEmitted(watcher.reloaded, wait=600):
        pass


def test_no_reload_while_an_editor_is_open(
    qtbot: Any, demo_window: MainWindow, view: Any, colleague: Any
) -> None:
    watcher = demo_window.sharing.watcher
    qtbot.waitUntil(lambda: watcher.seen is not None, timeout=5000)
    index = view.model.index(0, COL["Notes"])
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    assert view.table.indexWidget(index) is not None
    pid = view.model.pledge_id(3)
    theirs = colleague.pledges.get(pid)
    colleague.pledges.update(pid, theirs.version, {"item": "While I was typing"})
    qtbot.waitUntil(lambda: watcher.deferred is not None, timeout=5000)
    assert view.table.indexWidget(index) is not None  # my editor is still open
    assert item_of(view, pid) != "While I was typing"

    with qtbot.waitSignal(watcher.reloaded, timeout=5000):
        view.table.closePersistentEditor(index)
        view.table.setFocus()
        view.table.closeEditor(view.table.indexWidget(index),
                               view.table.itemDelegate().EndEditHint.RevertModelCache)
    qtbot.waitUntil(lambda: item_of(view, pid) == "While I was typing", timeout=5000)
