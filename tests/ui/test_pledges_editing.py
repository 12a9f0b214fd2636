"""Editing pledges in the table as a planner does: delegates, undo/redo, many rows at once,
refused values, a pledge changed elsewhere, copy and paste, cancel and delete, columns."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QLineEdit, QMessageBox, QWidget

from ramstein.domain.enums import Channel, PledgeStatus
from ramstein.domain.filters import PledgeFilter
from ramstein.services import open_workspace
from ramstein.ui.delegates import COMMON_CURRENCIES, SearchCombo
from ramstein.ui.formatting import eur_short
from ramstein.ui.main_window import MainWindow
from ramstein.ui.models.pledges_model import COLUMNS, ID, REF
from ramstein.ui.window_settings import WindowSettings, open_settings

LOAD_TIMEOUT_MS = 20_000
TODAY = date(2026, 11, 23)
COL = {c.title: i for i, c in enumerate(COLUMNS)}
S = PledgeStatus


@pytest.fixture
def win(qtbot: Any, demo_window: MainWindow) -> MainWindow:
    demo_window.show_view("pledges")
    view = demo_window.views["pledges"]
    qtbot.waitUntil(view.is_ready, timeout=LOAD_TIMEOUT_MS)
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    return demo_window


@pytest.fixture
def view(win: MainWindow) -> Any:
    return win.views["pledges"]


@pytest.fixture
def other_ws(demo_db: Path) -> Iterator[Any]:
    """A second workspace on the same file: another window, another planner."""
    ws = open_workspace(demo_db, create=False, user="colleague", today=lambda: TODAY)
    yield ws
    ws.close()


# ---------------------------------------------------------------------- helpers
def row_where(view: Any, test: Callable[[tuple[Any, ...]], bool]) -> int:
    model = view.model
    model.fetch_all()
    return next(r for r in range(model.rowCount()) if test(model.row_tuple(r)))


def open_editor(qtbot: Any, view: Any, row: int, column: int) -> QWidget:
    index = view.model.index(row, column)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.indexWidget(index)
    assert editor is not None, f"no editor for {COLUMNS[column].title}"
    return editor


def commit(qtbot: Any, view: Any, editor: QWidget, *, ctrl: bool = False) -> None:
    """Press Enter (or Ctrl+Enter) in the editor and wait until it is closed."""
    index = view.table.currentIndex()
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(editor, Qt.Key.Key_Return, modifier)
    qtbot.waitUntil(lambda: view.table.indexWidget(index) is None, timeout=2000)


def edit_cell(qtbot: Any, view: Any, row: int, column: int, text: str) -> None:
    editor = open_editor(qtbot, view, row, column)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    commit(qtbot, view, editor)


def cell(view: Any, row: int, title: str) -> str:
    return str(view.model.index(row, COL[title]).data())


def select_rows(qtbot: Any, view: Any, first: int, last: int) -> None:
    """Click the first row, Shift+click the last (as a user selects a block)."""
    table = view.table
    for row, modifier in ((first, Qt.KeyboardModifier.NoModifier),
                          (last, Qt.KeyboardModifier.ShiftModifier)):
        rect = table.visualRect(view.model.index(row, COL["Item"]))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert view.selected_rows() == list(range(first, last + 1))


def ctrl(qtbot: Any, widget: QWidget, key: Qt.Key, shift: bool = False) -> None:
    mods = Qt.KeyboardModifier.ControlModifier
    if shift:
        mods |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, key, mods)


def status_message(win: MainWindow) -> str:
    return win.statusBar().currentMessage()


# ---------------------------------------------------------------------- a cell, undo, redo
def test_value_edit_updates_eur_and_database_and_undo_redo_restore(
    qtbot: Any, win: MainWindow, view: Any, demo_ws: Any
) -> None:
    row = row_where(view, lambda r: r[9] == "EUR" and r[8] is not None and r[14] == 0)
    pid = view.model.pledge_id(row)
    before = demo_ws.pledges.get(pid)
    changed: list[Any] = []
    view.model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))

    edit_cell(qtbot, view, row, COL["Value"], "1234.5")
    qtbot.waitUntil(lambda: cell(view, row, "Value") == "1,234.50", timeout=2000)
    assert cell(view, row, "EUR value") == "1,234.50"  # re-read from the database
    assert changed == [(row, row)]  # that row only
    after = demo_ws.pledges.get(pid)
    assert (after.value_amount, after.value_eur, after.version) == (
        Decimal("1234.5"), Decimal("1234.50"), before.version + 1)
    entry = demo_ws.pledges.audit(pid)[0]
    assert entry.action == "update" and entry.user == "tester"
    assert entry.after is not None and "value_amount" in entry.after
    undo = win.named_actions["undo"]
    assert undo.isEnabled()
    assert undo.text() == f"&Undo edit Value of {before.reference}"

    ctrl(qtbot, view.table, Qt.Key.Key_Z)
    restored = demo_ws.pledges.get(pid)
    assert (restored.value_amount, restored.value_eur) == (before.value_amount, before.value_eur)
    assert cell(view, row, "EUR value") == f"{before.value_eur:,.2f}"
    assert demo_ws.pledges.audit(pid)[0].source == "undo"
    assert win.named_actions["redo"].text() == f"&Redo edit Value of {before.reference}"

    ctrl(qtbot, view.table, Qt.Key.Key_Z, shift=True)  # Ctrl+Shift+Z redoes
    assert demo_ws.pledges.get(pid).value_amount == Decimal("1234.5")
    assert cell(view, row, "Value") == "1,234.50"


def test_editing_one_pledge_twice_undoes_and_redoes_step_by_step(
    qtbot: Any, view: Any, demo_ws: Any
) -> None:
    row = row_where(view, lambda r: r[5] is not None)
    pid = view.model.pledge_id(row)
    original = demo_ws.pledges.get(pid).item
    edit_cell(qtbot, view, row, COL["Item"], "First name")
    qtbot.waitUntil(lambda: cell(view, row, "Item") == "First name", timeout=2000)
    edit_cell(qtbot, view, row, COL["Unit"], "crates")
    qtbot.waitUntil(lambda: cell(view, row, "Unit") == "crates", timeout=2000)
    edit_cell(qtbot, view, row, COL["Item"], "Second name")
    qtbot.waitUntil(lambda: cell(view, row, "Item") == "Second name", timeout=2000)

    stack = view.undo_stack
    stack.undo()
    assert demo_ws.pledges.get(pid).item == "First name"
    stack.undo()
    stack.undo()
    assert demo_ws.pledges.get(pid).item == original
    assert cell(view, row, "Item") == original
    for _ in range(3):
        stack.redo()
    pledge = demo_ws.pledges.get(pid)
    assert (pledge.item, pledge.unit) == ("Second name", "crates")
    assert stack.count() == 3 and stack.index() == 3  # no step was lost


def test_donor_and_capability_are_searchable_dropdowns(
    qtbot: Any, view: Any, demo_ws: Any
) -> None:
    row = row_where(view, lambda r: r[2] != "POL")
    pid = view.model.pledge_id(row)
    editor = open_editor(qtbot, view, row, COL["Donor"])
    assert isinstance(editor, SearchCombo) and editor.isEditable()
    completer = editor.completer()
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    assert completer.completionMode() == QCompleter.CompletionMode.PopupCompletion
    assert editor.findText("Poland") >= 0
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor.lineEdit(), "olan")  # part of the name, any case
    commit(qtbot, view, editor)
    qtbot.waitUntil(lambda: cell(view, row, "Donor") == "Poland", timeout=2000)
    assert demo_ws.pledges.get(pid).donor_id == demo_ws.reference.members_by_code["POL"].id

    # Only existing entries: an unknown donor is refused with a hint.
    editor = open_editor(qtbot, view, row, COL["Donor"])
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor.lineEdit(), "Polnd")
    commit(qtbot, view, editor)
    assert "Donor: 'Polnd' is not a known donor; did you mean Poland?" in status_message(view.window())
    assert cell(view, row, "Donor") == "Poland"

    capability = demo_ws.reference.capabilities[0]
    editor = open_editor(qtbot, view, row, COL["Capability"])
    assert isinstance(editor, SearchCombo)
    editor.lineEdit().setText(capability.name.upper())
    commit(qtbot, view, editor)
    qtbot.waitUntil(lambda: cell(view, row, "Capability") == capability.name, timeout=2000)
    assert demo_ws.pledges.get(pid).capability_id == capability.id


def test_date_currency_and_channel_editors(qtbot: Any, view: Any, demo_ws: Any) -> None:
    row = row_where(view, lambda r: r[11] is not None and r[9] == "EUR" and r[8])
    pid = view.model.pledge_id(row)
    editor = open_editor(qtbot, view, row, COL["Announced"])
    assert isinstance(editor, QDateEdit) and editor.calendarPopup()
    editor.setDate(editor.date().addDays(-3))
    commit(qtbot, view, editor)
    expected = editor.date().toPython()
    qtbot.waitUntil(lambda: demo_ws.pledges.get(pid).announced_on == expected, timeout=2000)
    assert cell(view, row, "Announced") == expected.isoformat()

    editor = open_editor(qtbot, view, row, COL["Currency"])
    assert isinstance(editor, QComboBox)
    codes = [editor.itemText(i) for i in range(editor.count()) if editor.itemText(i)]
    assert codes[: len(COMMON_CURRENCIES)] == list(COMMON_CURRENCIES)
    assert codes[:3] == ["EUR", "USD", "GBP"] and "UAH" in codes and "ZAR" in codes
    editor.setCurrentIndex(editor.findData("USD"))
    commit(qtbot, view, editor)
    qtbot.waitUntil(lambda: cell(view, row, "Currency") == "USD", timeout=2000)
    pledge = demo_ws.pledges.get(pid)
    assert pledge.currency == "USD" and pledge.value_eur != pledge.value_amount  # re-valued
    assert cell(view, row, "EUR value") == f"{pledge.value_eur:,.2f}"

    editor = open_editor(qtbot, view, row, COL["Channel"])
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == [c.label for c in Channel]
    editor.setCurrentIndex(editor.findData(Channel.PURL.value))
    commit(qtbot, view, editor)
    qtbot.waitUntil(lambda: cell(view, row, "Channel") == "PURL", timeout=2000)
    assert demo_ws.pledges.get(pid).channel is Channel.PURL


def test_read_only_columns_have_no_editor(view: Any) -> None:
    model = view.model
    for title in ("Reference", "EUR value", "Delivered EUR", "Delivered %"):
        assert not model.flags(model.index(0, COL[title])) & Qt.ItemFlag.ItemIsEditable
    for title in ("Donor", "Capability", "Item", "Quantity", "Unit", "Value", "Currency",
                  "Announced", "Status", "Channel", "Source", "Notes"):
        assert model.flags(model.index(0, COL[title])) & Qt.ItemFlag.ItemIsEditable


# ---------------------------------------------------------------------- refused values
@pytest.mark.parametrize(("column", "text", "message"), [
    ("Value", "abc", "Value: 'abc' is not a number"),
    ("Value", "1,5", "Value: '1,5' is ambiguous"),
    ("Quantity", "-4", "Quantity: must not be negative"),
])
def test_bad_numbers_are_refused_and_nothing_is_stored(
    qtbot: Any, win: MainWindow, view: Any, demo_ws: Any, column: str, text: str, message: str
) -> None:
    row = row_where(view, lambda r: r[8] is not None)
    pid = view.model.pledge_id(row)
    before = demo_ws.pledges.get(pid)
    shown = cell(view, row, column)
    edit_cell(qtbot, view, row, COL[column], text)
    assert message in status_message(win)
    assert status_message(win).startswith("Not saved.")
    assert demo_ws.pledges.get(pid) == before
    assert cell(view, row, column) == shown
    assert view.undo_stack.count() == 0


def test_a_refusal_of_the_service_goes_to_the_status_bar(
    qtbot: Any, win: MainWindow, view: Any, demo_ws: Any
) -> None:
    row = row_where(view, lambda r: True)
    pid = view.model.pledge_id(row)
    before = demo_ws.pledges.get(pid)
    edit_cell(qtbot, view, row, COL["Item"], "   ")
    assert "item: describe what is pledged" in status_message(win)
    assert demo_ws.pledges.get(pid) == before
    assert win.last_message is None and view.last_message is None  # no box, no traceback


# ---------------------------------------------------------------------- status
def test_status_dropdown_offers_only_the_legal_next_statuses(
    qtbot: Any, view: Any, demo_ws: Any
) -> None:
    row = row_where(view, lambda r: r[12] == S.COMMITTED.value)
    editor = open_editor(qtbot, view, row, COL["Status"])
    assert isinstance(editor, QComboBox)
    items = [editor.itemText(i) for i in range(editor.count())]
    assert items == ["Committed (now)", "Contracted / allocated", "In delivery", "Delivered",
                     "Suspended", "Cancelled"]
    legal = demo_ws.pledges.next_statuses(demo_ws.pledges.get(view.model.pledge_id(row)))
    assert [editor.itemData(i) for i in range(1, editor.count())] == [s.value for s in legal]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    final = row_where(view, lambda r: r[12] == S.DELIVERED.value)
    editor = open_editor(qtbot, view, final, COL["Status"])
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == ["Delivered (now)"]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_status_change_through_the_dropdown(qtbot: Any, win: MainWindow, view: Any,
                                            demo_ws: Any) -> None:
    row = row_where(view, lambda r: r[12] == S.ANNOUNCED.value)
    pid = view.model.pledge_id(row)
    editor = open_editor(qtbot, view, row, COL["Status"])
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(S.COMMITTED.value))
    commit(qtbot, view, editor)
    qtbot.waitUntil(lambda: cell(view, row, "Status") == "Committed", timeout=2000)
    assert demo_ws.pledges.get(pid).status is S.COMMITTED
    assert demo_ws.pledges.history(pid)[-1].to_status is S.COMMITTED
    ctrl(qtbot, view.table, Qt.Key.Key_Z)
    assert demo_ws.pledges.get(pid).status is S.ANNOUNCED
    assert cell(view, row, "Status") == "Announced"


def test_status_of_many_rows_with_ctrl_enter_is_one_undo_step(
    qtbot: Any, win: MainWindow, view: Any, demo_ws: Any
) -> None:
    view.set_filter(PledgeFilter(statuses=frozenset({S.ANNOUNCED})))
    assert view.model.shown_count() >= 6
    select_rows(qtbot, view, 0, 5)
    ids = [view.model.pledge_id(r) for r in range(6)]
    # Ctrl+arrows move the current cell without touching the selection; F2 edits it.
    table = view.table
    while table.currentIndex().column() != COL["Status"]:
        qtbot.keyClick(table, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.selected_rows() == list(range(6))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(table.currentIndex())
    assert "Ctrl+Enter sets Status in all 6 selected pledges" in status_message(win)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(S.COMMITTED.value))
    commit(qtbot, view, editor, ctrl=True)

    assert [demo_ws.pledges.get(i).status for i in ids] == [S.COMMITTED] * 6
    assert [cell(view, r, "Status") for r in range(6)] == ["Committed"] * 6
    assert view.undo_stack.count() == 1
    assert win.named_actions["undo"].text() == "&Undo change status of 6 pledges to Committed"

    ctrl(qtbot, view.table, Qt.Key.Key_Z)
    assert [demo_ws.pledges.get(i).status for i in ids] == [S.ANNOUNCED] * 6
    assert [cell(view, r, "Status") for r in range(6)] == ["Announced"] * 6


def test_set_status_and_channel_of_selected_from_the_edit_menu(
    qtbot: Any, win: MainWindow, view: Any, demo_ws: Any
) -> None:
    view.set_filter(PledgeFilter(statuses=frozenset({S.COMMITTED})))
    count = min(view.model.shown_count(), 20)
    assert count >= 5
    select_rows(qtbot, view, 0, count - 1)
    ids = [view.model.pledge_id(r) for r in range(count)]

    win.named_actions["set_status"].trigger()
    dialog = view.last_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.comboBoxItems() == ["Contracted / allocated", "In delivery", "Delivered",
                                      "Suspended", "Cancelled"]
    dialog.setTextValue("In delivery")
    dialog.accept()
    assert {demo_ws.pledges.get(i).status for i in ids} == {S.IN_DELIVERY}
    assert win.named_actions["undo"].text() == (
        f"&Undo change status of {count} pledges to In delivery")

    win.named_actions["set_channel"].trigger()
    dialog = view.last_dialog
    changing = sum(demo_ws.pledges.get(i).channel is not Channel.DANISH_MODEL for i in ids)
    dialog.setTextValue(Channel.DANISH_MODEL.label)
    dialog.accept()
    assert {demo_ws.pledges.get(i).channel for i in ids} == {Channel.DANISH_MODEL}
    assert view.undo_stack.count() == 2
    # Rows that already had the channel are left alone (no version bump, no audit entry).
    assert win.named_actions["undo"].text() == f"&Undo edit Channel of {changing} pledges"

    view.undo_stack.undo()
    assert {demo_ws.pledges.get(i).channel for i in ids} != {Channel.DANISH_MODEL}
    view.undo_stack.undo()
    assert {demo_ws.pledges.get(i).status for i in ids} == {S.COMMITTED}


def test_an_illegal_multi_row_status_change_changes_nothing(
    qtbot: Any, win: MainWindow, view: Any, demo_ws: Any
) -> None:
    delivered = row_where(view, lambda r: r[12] == S.DELIVERED.value)
    announced = row_where(view, lambda r: r[12] == S.ANNOUNCED.value)
    rows = [view.model.row_tuple(announced), view.model.row_tuple(delivered)]
    assert not view.model.set_values([announced, delivered], COL["Status"], S.COMMITTED)
    assert "cannot" in status_message(win) or "final" in status_message(win)
    assert demo_ws.pledges.get(rows[0][ID]).status is S.ANNOUNCED
    assert view.undo_stack.count() == 0


# ---------------------------------------------------------------------- changed elsewhere
def test_a_pledge_changed_elsewhere_is_not_overwritten(
    qtbot: Any, win: MainWindow, view: Any, demo_ws: Any, other_ws: Any
) -> None:
    row = row_where(view, lambda r: True)
    pid = view.model.pledge_id(row)
    theirs = other_ws.pledges.get(pid)
    other_ws.pledges.update(pid, theirs.version, {"item": "Changed by a colleague"})

    edit_cell(qtbot, view, row, COL["Item"], "My change")
    merge = win.sharing.merge_dialog  # a merge is offered (tests/ui/test_merge_dialog.py)
    assert merge is not None and merge.isVisible()
    assert demo_ws.pledges.get(pid).item == "Changed by a colleague"
    assert cell(view, row, "Item") == "Changed by a colleague"  # the row was reloaded
    assert view.undo_stack.count() == 0
    merge.reject()
    assert "was not saved" in status_message(win)

    # Now the table has the new version: editing again works.
    edit_cell(qtbot, view, row, COL["Item"], "My change")
    qtbot.waitUntil(lambda: demo_ws.pledges.get(pid).item == "My change", timeout=2000)


def test_an_undo_after_a_change_elsewhere_is_refused_and_dropped(
    qtbot: Any, win: MainWindow, view: Any, demo_ws: Any, other_ws: Any
) -> None:
    row = row_where(view, lambda r: True)
    pid = view.model.pledge_id(row)
    edit_cell(qtbot, view, row, COL["Unit"], "pallets")
    qtbot.waitUntil(lambda: view.undo_stack.count() == 1, timeout=2000)
    theirs = other_ws.pledges.get(pid)
    other_ws.pledges.update(pid, theirs.version, {"unit": "boxes"})

    ctrl(qtbot, view.table, Qt.Key.Key_Z)
    box = view.last_message
    assert box is not None and box.windowTitle() == "Could not undo"
    assert demo_ws.pledges.get(pid).unit == "boxes"
    assert cell(view, row, "Unit") == "boxes"
    assert view.undo_stack.count() == 0  # the step that could not be undone is gone
    assert not win.named_actions["redo"].isEnabled()


# ---------------------------------------------------------------------- clipboard
def test_copy_puts_the_selected_rows_on_the_clipboard_as_tsv(
    qtbot: Any, win: MainWindow, view: Any
) -> None:
    select_rows(qtbot, view, 2, 4)
    refs = [view.model.row_tuple(r)[REF] for r in (2, 3, 4)]
    ctrl(qtbot, view.table, Qt.Key.Key_C)
    lines = QGuiApplication.clipboard().text().split("\r\n")
    assert lines[0].split("\t")[:4] == ["Reference", "Donor", "Capability", "Item"]
    assert [line.split("\t")[0] for line in lines[1:4]] == refs
    assert lines[4:] == [""]
    assert "Copied 3 pledges" in status_message(win)


def _tsv(*rows: str) -> str:
    header = "Donor\tCapability\tItem\tQuantity\tUnit\tValue\tCurrency\tAnnounced\tChannel"
    return "\r\n".join((header, *rows)) + "\r\n"


def test_paste_creates_the_rows_as_one_undo_step(
    qtbot: Any, win: MainWindow, view: Any, demo_ws: Any
) -> None:
    capability = demo_ws.reference.capabilities[0].name
    before = demo_ws.summaries.totals().pledges
    QGuiApplication.clipboard().setText(_tsv(
        f"Poland\t{capability}\tPiorun MANPADS\t10\tlaunchers\t1500000\tEUR\t2026-11-01\tPURL",
        f"DEU\t{capability}\tIRIS-T SLM\t1\tfire unit\t140,000,000.00\tEUR\t02.11.2026\t",
    ))
    ctrl(qtbot, view.table, Qt.Key.Key_V)
    assert demo_ws.summaries.totals().pledges == before + 2
    selected = view.selected_tuples()
    assert [r[5] for r in selected] == ["Piorun MANPADS", "IRIS-T SLM"]
    refs = [r[REF] for r in selected]
    assert refs[0].startswith("POL-2026-") and refs[1].startswith("DEU-2026-")
    assert view.model.total_count() == before + 2
    assert win.named_actions["undo"].text() == "&Undo paste 2 pledges"

    ctrl(qtbot, view.table, Qt.Key.Key_Z)
    assert demo_ws.summaries.totals().pledges == before
    assert view.model.total_count() == before
    audit = demo_ws.pledges.audit(selected[0][ID])
    assert [e.action for e in audit] == ["delete", "create"]
    assert audit[0].source == "undo: undo"

    view.undo_stack.redo()  # the same pledges, the same references
    assert demo_ws.summaries.totals().pledges == before + 2
    view.model.fetch_all()
    assert {view.model.row_tuple(r)[REF] for r in range(view.model.rowCount())} >= set(refs)


def test_paste_with_errors_shows_them_and_creates_nothing(
    qtbot: Any, win: MainWindow, view: Any, demo_ws: Any
) -> None:
    capability = demo_ws.reference.capabilities[0].name
    before = demo_ws.summaries.totals().pledges
    QGuiApplication.clipboard().setText(_tsv(
        f"Poland\t{capability}\tPiorun\t10\tlaunchers\t1500000\tEUR\t2026-11-01\t",
        f"Atlantis\t{capability}\tTridents\t3\t\t\tEUR\t\t",
        f"Poland\t{capability}\tPiorun\t10\tlaunchers\t1,5\tEUR\t\t",
    ))
    ctrl(qtbot, view.table, Qt.Key.Key_V)
    box = view.last_message
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Nothing was pasted"
    lines = box.informativeText().split("\n")
    assert lines[0].startswith("row 3, Donor: 'Atlantis' is not a known donor")
    assert lines[1].startswith("row 4, Value: '1,5' is ambiguous")
    assert demo_ws.summaries.totals().pledges == before
    assert view.undo_stack.count() == 0


def test_paste_shows_at_most_twenty_errors(qtbot: Any, view: Any) -> None:
    QGuiApplication.clipboard().setText(_tsv(*[f"Nowhere{i}\tx\ty\t\t\t\t\t\t" for i in range(30)]))
    view.paste()
    box = view.last_message
    assert box is not None
    lines = box.informativeText().split("\n")
    assert len(lines) == 21 and lines[-1].startswith("… and ")
    assert box.detailedText().count("\n") >= 59


# ---------------------------------------------------------------------- new, duplicate, cancel, delete
def test_new_pledge_dialog_validates_and_creates_an_undoable_pledge(
    qtbot: Any, win: MainWindow, view: Any, demo_ws: Any
) -> None:
    before = demo_ws.summaries.totals().pledges
    win.named_actions["new_pledge"].trigger()
    dialog = view.last_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.donor.lineEdit(), "POL")
    dialog.capability.lineEdit().setText(demo_ws.reference.capabilities[1].name)
    qtbot.keyClicks(dialog.item, "Krab howitzers")
    qtbot.keyClicks(dialog.quantity, "12")
    qtbot.keyClicks(dialog.value, "abc")
    dialog.accept()
    assert dialog.isVisible()
    assert "Value: 'abc' is not a number" in dialog.error_label.text()
    dialog.value.setText("240000000")
    dialog.accept()
    assert not dialog.isVisible()
    assert demo_ws.summaries.totals().pledges == before + 1
    created = view.selected_tuples()[0]
    assert created[5] == "Krab howitzers" and created[REF] == "POL-2026-" + created[REF][-3:]
    assert win.named_actions["undo"].text() == f"&Undo new pledge {created[REF]}"
    ctrl(qtbot, view.table, Qt.Key.Key_Z)
    assert demo_ws.summaries.totals().pledges == before


def test_duplicate_is_undoable(qtbot: Any, win: MainWindow, view: Any, demo_ws: Any) -> None:
    select_rows(qtbot, view, 0, 0)
    original = view.model.row_tuple(0)
    before = demo_ws.summaries.totals().pledges
    ctrl(qtbot, view.table, Qt.Key.Key_D)
    copy = view.selected_tuples()[0]
    assert copy[ID] != original[ID] and copy[5] == original[5]
    assert copy[12] == S.ANNOUNCED.value and copy[22].startswith(f"Copy of {original[REF]}")
    assert demo_ws.summaries.totals().pledges == before + 1
    view.undo_stack.undo()
    assert demo_ws.summaries.totals().pledges == before


def test_cancel_asks_for_a_reason_and_undo_restores_the_status(
    qtbot: Any, win: MainWindow, view: Any, demo_ws: Any
) -> None:
    row = row_where(view, lambda r: r[12] == S.COMMITTED.value)
    select_rows(qtbot, view, row, row)
    pid = view.model.pledge_id(row)
    win.named_actions["cancel_pledge"].trigger()
    dialog = view.last_dialog
    assert dialog is not None and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Withdrawn at UDCG-31")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert demo_ws.pledges.get(pid).status is S.CANCELLED
    assert demo_ws.pledges.history(pid)[-1].source == "Withdrawn at UDCG-31"
    assert cell(view, row, "Status") == "Cancelled"
    ctrl(qtbot, view.table, Qt.Key.Key_Z)
    assert demo_ws.pledges.get(pid).status is S.COMMITTED


def test_choosing_cancelled_in_the_dropdown_asks_for_a_reason(
    qtbot: Any, view: Any, demo_ws: Any
) -> None:
    row = row_where(view, lambda r: r[12] == S.ANNOUNCED.value)
    pid = view.model.pledge_id(row)
    editor = open_editor(qtbot, view, row, COL["Status"])
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(S.CANCELLED.value))
    commit(qtbot, view, editor)
    dialog = view.last_dialog
    assert dialog is not None and dialog.windowTitle() == "Cancel pledge"
    assert demo_ws.pledges.get(pid).status is S.ANNOUNCED  # not before a reason is given
    dialog.reject()
    assert demo_ws.pledges.get(pid).status is S.ANNOUNCED


def test_delete_key_deletes_nothing_but_the_action_does_with_a_reason(
    qtbot: Any, win: MainWindow, view: Any, demo_ws: Any
) -> None:
    row = row_where(view, lambda r: True)
    select_rows(qtbot, view, row, row)
    target = view.model.row_tuple(row)
    before = demo_ws.summaries.totals().pledges
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "does not delete pledges" in status_message(win)
    assert demo_ws.summaries.totals().pledges == before
    assert not any(QKeySeq == "Del" for QKeySeq in
                   (k.toString() for k in win.named_actions["delete_pledge"].shortcuts()))

    win.named_actions["delete_pledge"].trigger()
    dialog = view.last_dialog
    assert dialog is not None and dialog.windowTitle() == "Delete pledge created in error"
    assert not dialog.ok_button.isEnabled()  # the reason is required
    qtbot.keyClicks(dialog.reason_edit, "Entered twice")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert demo_ws.summaries.totals().pledges == before - 1
    entry = demo_ws.pledges.audit(target[ID])[0]
    assert entry.action == "delete" and entry.source == "gui: Entered twice"
    assert target[REF] not in {view.model.row_tuple(r)[REF] for r in range(view.model.rowCount())}

    ctrl(qtbot, view.table, Qt.Key.Key_Z)  # back, with its reference, content and status
    assert demo_ws.summaries.totals().pledges == before
    back = next(t for t in demo_ws.pledges.table_rows() if t[REF] == target[REF])
    assert back[ID] != target[ID]  # a new row in the database, the same pledge for the planner
    assert back[3:14] == target[3:14]  # donor … EUR value, status, channel as before
    assert view.model.tuple_of(back[ID]) == back  # and in the table


# ---------------------------------------------------------------------- keys, filter, columns
def test_enter_edits_escape_cancels_tab_moves(qtbot: Any, view: Any, demo_ws: Any) -> None:
    table = view.table
    table.setFocus()
    row = row_where(view, lambda r: True)
    pid = view.model.pledge_id(row)
    before = demo_ws.pledges.get(pid)
    table.setCurrentIndex(view.model.index(row, COL["Item"]))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = table.indexWidget(view.model.index(row, COL["Item"]))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "typed but abandoned")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.indexWidget(view.model.index(row, COL["Item"])) is None)
    assert demo_ws.pledges.get(pid) == before

    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(view.model.index(row, COL["Item"]))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits (nothing changed) and edits the next cell
    qtbot.waitUntil(lambda: table.currentIndex().column() == COL["Quantity"], timeout=2000)
    qtbot.waitUntil(lambda: table.indexWidget(view.model.index(row, COL["Quantity"])) is not None,
                    timeout=2000)
    assert demo_ws.pledges.get(pid) == before
    assert view.undo_stack.count() == 0


def test_shared_filter_combines_with_the_text_box(qtbot: Any, win: MainWindow, view: Any,
                                                  demo_ws: Any) -> None:
    rows = demo_ws.pledges.table_rows()
    f = PledgeFilter(statuses=frozenset({S.DELIVERED}), donors=frozenset({"DEU"}))
    view.set_filter(f)
    expected = [r for r in rows if r[12] == "delivered" and r[2] == "DEU"]
    assert view.model.shown_count() == len(expected) > 0
    total = sum((Decimal(r[10] or 0) for r in expected), Decimal(0)) / 100
    footer = f"{len(expected):,} of {len(rows):,} pledges match · EUR value €{total:,.2f}"
    assert view.shown_label.text().startswith(footer)
    # The window's status bar says it too (short; the full text is its tooltip).
    assert win.pledges_label.text() == (
        f"Table: {len(expected):,} of {len(rows):,} pledges · {eur_short(total)}")
    assert win.pledges_label.toolTip().startswith(footer)
    assert win.pledges_label.isVisible()

    seen: list[Any] = []
    view.filter_changed.connect(seen.append)
    qtbot.keyClicks(view.filter_edit, "in-kind")  # a channel label in the haystack
    view.apply_filter()
    assert seen and seen[-1] == f.replace(text="in-kind")
    assert view.model.filter() == f.replace(text="in-kind")
    assert {view.model.row_tuple(r)[13] for r in range(view.model.rowCount())} == {
        Channel.IN_KIND_STOCKS.value}

    view.set_filter(PledgeFilter(text="zzz-no-such-pledge"))
    assert view.filter_edit.text() == "zzz-no-such-pledge"
    assert view.model.shown_count() == 0


def test_columns_can_be_hidden_and_the_layout_is_remembered(
    qtbot: Any, win: MainWindow, view: Any, settings_dir: Path
) -> None:
    header = view.table.horizontalHeader()
    view._show_column_menu(QPoint(10, 5))
    menu = view.column_menu
    assert menu is not None
    action = next(a for a in menu.actions() if a.text() == "Unit")
    assert action.isChecked()
    action.trigger()
    assert header.isSectionHidden(COL["Unit"])
    header.moveSection(header.visualIndex(COL["Notes"]), 1)
    header.resizeSection(COL["Item"], 321)
    qtbot.waitUntil(lambda: not win.settings.get("pledges/header").isEmpty(), timeout=2000)
    menu.close()
    win.close()

    again = MainWindow(WindowSettings(open_settings(settings_dir)))
    qtbot.addWidget(again)
    again.show_view("pledges")
    restored = again.views["pledges"].table.horizontalHeader()
    assert restored.isSectionHidden(COL["Unit"])
    assert restored.visualIndex(COL["Notes"]) == 1
    assert restored.sectionSize(COL["Item"]) == 321


def test_opening_another_database_clears_the_undo_history(
    qtbot: Any, win: MainWindow, view: Any, ws: Any
) -> None:
    row = row_where(view, lambda r: True)
    edit_cell(qtbot, view, row, COL["Unit"], "kits")
    qtbot.waitUntil(lambda: view.undo_stack.count() == 1, timeout=2000)
    win.set_workspace(ws)
    assert win.undo_stack.count() == 0
    assert not win.named_actions["undo"].isEnabled()
    assert win.named_actions["undo"].text() == "&Undo"


def test_editable_model_passes_qtmodeltester(qtmodeltester: Any, view: Any) -> None:
    qtmodeltester.check(view.model)
    view.model.insert_rows([])
    qtmodeltester.check(view.model)


def test_edit_menu_is_declared_in_the_action_table(win: MainWindow) -> None:
    texts = [a.text() for a in win.menus["Edit"].actions() if a.text()]
    assert texts == ["&Undo", "&Redo", "&Copy", "&Paste", "&New pledge…", "&Duplicate",
                     "Set &status of selected…", "Set c&hannel of selected…", "C&ancel pledge…",
                     "De&lete pledge created in error…"]
    redo_keys = [k.toString() for k in win.named_actions["redo"].shortcuts()]
    assert "Ctrl+Shift+Z" in redo_keys
    assert win.named_actions["undo"].shortcuts()[0].toString() == "Ctrl+Z"


def test_a_reload_keeps_the_selection_and_the_current_cell(
    qtbot: Any, win: MainWindow, view: Any
) -> None:
    select_rows(qtbot, view, 3, 5)
    ids = [view.model.pledge_id(r) for r in (3, 5)]
    view.table.selectionModel().setCurrentIndex(
        view.model.index(4, COL["Value"]), view.table.selectionModel().SelectionFlag.NoUpdate)
    with qtbot.waitSignal(view.model.modelReset, timeout=LOAD_TIMEOUT_MS):
        win.named_actions["reload"].trigger()
    qtbot.waitUntil(lambda: bool(view.selected_rows()), timeout=LOAD_TIMEOUT_MS)
    assert [view.model.pledge_id(r) for r in view.selected_rows()][::2] == ids
    assert view.table.currentIndex().column() == COL["Value"]


def test_row_changes_keep_counts_and_totals_exact(qtmodeltester: Any, demo_ws: Any) -> None:
    from ramstein.ui.models.pledges_model import PledgeRows, PledgesModel

    rows = demo_ws.pledges.table_rows()
    model = PledgesModel()
    model.set_rows(PledgeRows(rows))
    qtmodeltester.check(model)
    new = [(10_000 + i, f"NEW-{i}", *rows[i][2:]) for i in range(3)]
    model.insert_rows(new)
    changed = [(*r[:10], (r[10] or 0) + 100, *r[11:]) for r in rows[5:7]]
    assert model.update_rows(changed) == []
    gone = [r[0] for r in rows[10:14]]
    model.remove_ids(gone)
    qtmodeltester.check(model)

    expected = [r for r in rows if r[0] not in gone]
    expected = [next((c for c in changed if c[0] == r[0]), r) for r in expected] + new
    assert model.total_count() == model.shown_count() == len(expected)
    assert model.shown_eur_total() == sum(Decimal(r[10] or 0) for r in expected) / 100
    assert [model.row_tuple(r)[REF] for r in range(3)] == ["NEW-0", "NEW-1", "NEW-2"]
    model.sort(COL["Reference"], Qt.SortOrder.DescendingOrder)  # sorts see the new rows
    model.fetch_all()
    refs = [model.row_tuple(r)[REF] for r in range(model.rowCount())]
    assert refs == sorted((r[REF] for r in expected), key=str.casefold, reverse=True)
