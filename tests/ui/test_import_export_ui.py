"""File ▸ Export / Export template / Import from Excel as a planner uses them: the file dialog,
the preview with its counts and old -> new texts, conflicts to decide, errors that block, one
undo step, a dropped .xlsx, a cancelled import, a locked target."""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from ramstein.domain.filters import PledgeFilter
from ramstein.services.xlsx_export import export_workbook
from ramstein.ui.main_window import MainWindow
from ramstein.ui.models.import_preview_model import ImportRowsModel
from ramstein.ui.models.pledges_model import COLUMNS

LOAD_TIMEOUT_MS = 20_000
WORK_TIMEOUT_MS = 30_000
COL = {c.title: i for i, c in enumerate(COLUMNS)}
# Pledges sheet columns (exchange/xlsx_schema.py): A id, B version, C reference, D donor,
# E capability, F item, G quantity, H unit, I value, J currency, K announced, L status.


@pytest.fixture
def win(qtbot: Any, demo_window: MainWindow) -> MainWindow:
    demo_window.show_view("pledges")
    qtbot.waitUntil(demo_window.views["pledges"].is_ready, timeout=LOAD_TIMEOUT_MS)
    return demo_window


@pytest.fixture
def exported(win: MainWindow, tmp_path: Path) -> Path:
    """An export of the whole demo database whose first pledge has the value 1,000 EUR."""
    ws = win.ws
    first = ws.pledges.table_rows()[0]
    ws.pledges.update(first[0], first[15], {"value_amount": Decimal("1000"), "currency": "EUR"})
    path = tmp_path / "pledges.xlsx"
    export_workbook(ws, path)
    return path


# ---------------------------------------------------------------------- helpers
def edit(path: Path, cells: dict[str, Any], sheet: str = "Pledges") -> None:
    wb = openpyxl.load_workbook(path)
    for cell, value in cells.items():
        wb[sheet][cell] = value
    wb.save(path)


def sheet_cell(path: Path, cell: str, sheet: str = "Pledges") -> Any:
    return openpyxl.load_workbook(path, read_only=True)[sheet][cell].value


def pledge_of(win: MainWindow, reference: str) -> Any:
    pid = next(r[0] for r in win.ws.pledges.table_rows() if r[1] == reference)
    return win.ws.pledges.get(pid)


def idle(qtbot: Any, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.excel().busy and not win.runner.busy, timeout=WORK_TIMEOUT_MS)


def open_preview(qtbot: Any, win: MainWindow, path: Path) -> Any:
    exchange = win.excel()
    exchange.preview = None
    exchange.import_file(path)
    qtbot.waitUntil(lambda: exchange.preview is not None and exchange.preview.isVisible(),
                    timeout=WORK_TIMEOUT_MS)
    return exchange.preview


def apply(qtbot: Any, win: MainWindow, dialog: Any) -> None:
    assert dialog.apply_button.isEnabled(), dialog.reason_label.text()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    idle(qtbot, win)


def fill_file_dialog(qtbot: Any, win: MainWindow, path: Path) -> None:
    dialog = win.excel().file_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def table_text(win: MainWindow, reference: str, column: str) -> str:
    model = win.views["pledges"].model
    model.fetch_all()
    row = next(r for r in range(model.rowCount()) if model.row_tuple(r)[1] == reference)
    return str(model.index(row, COL[column]).data())


# ---------------------------------------------------------------------- export
def test_export_action_writes_the_filtered_pledges(qtbot: Any, win: MainWindow,
                                                   tmp_path: Path) -> None:
    flt = PledgeFilter(donors=frozenset({"DEU"}))
    win.filter_bar.set_filter(flt)
    view = win.views["pledges"]
    qtbot.waitUntil(lambda: view.filter() == flt, timeout=5000)
    german = [r for r in win.ws.pledges.table_rows() if r[1].startswith("DEU-")]
    assert german

    target = tmp_path / "out" / "germany.xlsx"
    target.parent.mkdir()
    win.named_actions["export_excel"].trigger()
    assert "Germany" in win.excel().file_dialog.windowTitle()
    fill_file_dialog(qtbot, win, target)
    idle(qtbot, win)

    wb = openpyxl.load_workbook(target, read_only=True)
    references = [row[2] for row in wb["Pledges"].iter_rows(min_row=2, values_only=True) if row[2]]
    assert sorted(references) == sorted(r[1] for r in german)
    message = win.statusBar().currentMessage()
    assert f"Exported {len(german):,} pledges" in message and str(target) in message
    assert win.settings.get("files/last_dir") == str(target.parent)


def test_cancelled_export_writes_no_file_and_keeps_the_old_one(qtbot: Any, win: MainWindow,
                                                               tmp_path: Path) -> None:
    target = tmp_path / "exports" / "all.xlsx"
    target.parent.mkdir()
    release = threading.Event()
    win.runner.submit("hold", release.wait, 30)  # the export waits behind this job
    win.excel().export_to(target)
    progress = win.excel().progress
    assert progress is not None and progress.dialog.isVisible()
    qtbot.mouseClick(progress.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    idle(qtbot, win)
    assert list(target.parent.iterdir()) == []  # no file, no temporary file
    assert "Export to all.xlsx cancelled; no file was written" in win.statusBar().currentMessage()

    target.write_bytes(b"the planner's earlier export")
    release.clear()
    win.runner.submit("hold", release.wait, 30)
    win.excel().export_to(target)
    qtbot.mouseClick(win.excel().progress.dialog.findChild(QPushButton),  # type: ignore[union-attr]
                     Qt.MouseButton.LeftButton)
    release.set()
    idle(qtbot, win)
    assert target.read_bytes() == b"the planner's earlier export"
    assert "the previous file is unchanged" in win.statusBar().currentMessage()


def test_export_template_for_one_donor(qtbot: Any, win: MainWindow, tmp_path: Path) -> None:
    win.named_actions["export_template"].trigger()
    dialog = win.excel().template_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.choose("POL")
    dialog.accept()
    target = tmp_path / "template-POL.xlsx"
    fill_file_dialog(qtbot, win, target)
    idle(qtbot, win)
    wb = openpyxl.load_workbook(target)
    assert wb["Pledges"].max_row <= 2  # the header, nothing filled in
    assert "Template for POL written" in win.statusBar().currentMessage()


def test_export_to_a_locked_or_unwritable_target_says_so(qtbot: Any, win: MainWindow,
                                                         tmp_path: Path) -> None:
    folder = tmp_path / "busy.xlsx"
    folder.mkdir()  # a folder where the file should go: the rename fails
    win.excel().export_to(folder)
    idle(qtbot, win)
    box = win.last_message
    assert box is not None and "busy.xlsx could not be written" in box.text()
    assert "Traceback" not in box.informativeText()

    target = tmp_path / "open.xlsx"
    target.write_bytes(b"")
    (tmp_path / "~$open.xlsx").write_text("planner")
    win.excel().export_to(target)
    assert "open.xlsx is open in Excel or LibreOffice" in win.last_message.text()
    assert target.read_bytes() == b""  # not touched


# ---------------------------------------------------------------------- import
def test_import_preview_counts_texts_apply_and_undo(qtbot: Any, win: MainWindow,
                                                    exported: Path) -> None:
    reference = sheet_cell(exported, "C2")
    rows = openpyxl.load_workbook(exported)["Pledges"].max_row
    donor, capability = sheet_cell(exported, "D2"), sheet_cell(exported, "E2")
    edit(exported, {"I2": 2000, f"D{rows + 1}": donor, f"E{rows + 1}": capability,
                    f"F{rows + 1}": "Field hospital, imported", f"L{rows + 1}": "Announced"})
    before = len(win.ws.pledges.table_rows())

    dialog = open_preview(qtbot, win, exported)
    assert dialog.file_label.text() == "pledges.xlsx"
    counts = dialog.counts_label.text()
    assert counts.startswith("1 new · 1 changed · ")
    # the unchanged rows are counted per sheet once the Deliveries sheet is imported too
    assert f"(Pledges {before - 1:,}, " in counts or f" {before - 1:,} unchanged ·" in counts
    assert "· 0 conflicts" in counts
    assert "0 errors" in counts
    changed = dialog.models["changed"]
    assert changed.rowCount() == 1
    assert changed.index(0, 2).data() == 2 and changed.index(0, 3).data() == reference
    assert changed.changes_text(0) == "Value: 1,000.00 -> 2,000.00"
    assert "Item: Field hospital, imported" in dialog.models["new"].changes_text(0)

    apply(qtbot, win, dialog)
    assert pledge_of(win, reference).value_amount == Decimal("2000")
    assert len(win.ws.pledges.table_rows()) == before + 1
    qtbot.waitUntil(lambda: table_text(win, reference, "Value").startswith("2,000.00"),
                    timeout=5000)
    message = win.statusBar().currentMessage()
    assert "Imported pledges.xlsx: 1 new, 1 changed" in message and "backup" in message

    stack = win.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Import of pledges.xlsx (1 new, 1 changed)"
    win.named_actions["undo"].trigger()  # on the worker, behind a modal progress dialog
    qtbot.waitUntil(lambda: stack.index() == 0, timeout=WORK_TIMEOUT_MS)
    assert pledge_of(win, reference).value_amount == Decimal("1000")
    assert len(win.ws.pledges.table_rows()) == before
    assert "Undone: Import of pledges.xlsx" in win.statusBar().currentMessage()
    qtbot.waitUntil(lambda: table_text(win, reference, "Value").startswith("1,000.00"),
                    timeout=5000)
    win.named_actions["redo"].trigger()
    qtbot.waitUntil(lambda: stack.index() == 1, timeout=WORK_TIMEOUT_MS)
    assert pledge_of(win, reference).value_amount == Decimal("2000")
    assert len(win.ws.pledges.table_rows()) == before + 1


def test_skipped_rows_are_not_applied(qtbot: Any, win: MainWindow, exported: Path) -> None:
    ref2, ref3 = sheet_cell(exported, "C2"), sheet_cell(exported, "C3")
    item3 = pledge_of(win, ref3).item
    edit(exported, {"I2": 2000, "F3": "renamed in the sheet"})
    dialog = open_preview(qtbot, win, exported)
    changed = dialog.models["changed"]
    row3 = next(r for r in range(changed.rowCount()) if changed.index(r, 3).data() == ref3)
    changed.setData(changed.index(row3, 0), Qt.CheckState.Unchecked.value,
                    Qt.ItemDataRole.CheckStateRole)
    assert "1 row" in dialog.reason_label.text()
    apply(qtbot, win, dialog)
    assert pledge_of(win, ref2).value_amount == Decimal("2000")
    assert pledge_of(win, ref3).item == item3
    assert win.undo_stack.undoText() == "Import of pledges.xlsx (0 new, 1 changed)"


def test_a_conflict_blocks_apply_until_a_side_is_chosen(qtbot: Any, win: MainWindow,
                                                        exported: Path) -> None:
    reference = sheet_cell(exported, "C2")
    p = pledge_of(win, reference)
    win.ws.pledges.update(p.id, p.version, {"item": "changed in the planner"})
    edit(exported, {"F2": "changed in the sheet"})

    dialog = open_preview(qtbot, win, exported)
    conflicts = dialog.models["conflict"]
    assert conflicts.rowCount() == 1
    assert conflicts.changes_text(0) == "Item: changed in the planner -> changed in the sheet"
    assert dialog.tabs.currentIndex() == 2  # the conflicts are shown first
    assert not dialog.apply_button.isEnabled()
    assert "1 conflict without a choice" in dialog.reason_label.text()

    conflicts.setData(conflicts.index(0, 0), Qt.CheckState.Checked.value,
                      Qt.ItemDataRole.CheckStateRole)
    assert conflicts.decision(0) == "sheet" and dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.keep_planner_button, Qt.MouseButton.LeftButton)
    assert conflicts.decision(0) == "database"
    assert conflicts.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert conflicts.index(0, 1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not dialog.apply_button.isEnabled()  # keeping the planner's side writes nothing
    qtbot.mouseClick(dialog.keep_sheet_button, Qt.MouseButton.LeftButton)
    apply(qtbot, win, dialog)
    assert pledge_of(win, reference).item == "changed in the sheet"


def test_an_error_applies_nothing_and_names_the_cell(qtbot: Any, win: MainWindow,
                                                     exported: Path) -> None:
    reference = sheet_cell(exported, "C3")
    edit(exported, {"I2": 2000, "G3": "lots"})
    before = [(r[0], r[15]) for r in win.ws.pledges.table_rows()]
    dialog = open_preview(qtbot, win, exported)
    assert dialog.tabs.currentIndex() == 3
    assert not dialog.apply_button.isEnabled()
    assert "nothing will be imported" in dialog.reason_label.text()
    place, message = dialog.errors_model.rows()[0]
    assert place == "Pledges!G3" and "Quantity" in message
    qtbot.mouseClick(dialog.copy_errors_button, Qt.MouseButton.LeftButton)
    assert "Pledges!G3: Quantity" in QGuiApplication.clipboard().text()
    dialog.reject()
    assert [(r[0], r[15]) for r in win.ws.pledges.table_rows()] == before
    assert pledge_of(win, reference).quantity != "lots"
    assert win.undo_stack.count() == 0


def test_a_refused_undo_is_told_and_changes_nothing(qtbot: Any, win: MainWindow,
                                                    exported: Path) -> None:
    reference = sheet_cell(exported, "C2")
    edit(exported, {"I2": 2000})
    apply(qtbot, win, open_preview(qtbot, win, exported))
    p = pledge_of(win, reference)
    win.ws.pledges.update(p.id, p.version, {"notes": "edited after the import"})
    win.named_actions["undo"].trigger()
    qtbot.waitUntil(lambda: win.undo_stack.count() == 0, timeout=WORK_TIMEOUT_MS)
    assert pledge_of(win, reference).value_amount == Decimal("2000")
    assert "Cannot undo the import" in win.last_message.windowTitle()
    assert win.undo_stack.count() == 0  # the step that cannot be carried out is dropped


def test_undo_straight_from_the_stack_runs_at_once(qtbot: Any, win: MainWindow,
                                                   exported: Path) -> None:
    reference = sheet_cell(exported, "C2")
    edit(exported, {"I2": 2000})
    apply(qtbot, win, open_preview(qtbot, win, exported))
    win.undo_stack.undo()
    assert pledge_of(win, reference).value_amount == Decimal("1000")
    win.undo_stack.redo()
    assert pledge_of(win, reference).value_amount == Decimal("2000")


def test_an_unreadable_file_is_named(qtbot: Any, win: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "notes.xlsx"
    bad.write_text("not a workbook")
    win.excel().import_file(bad)
    idle(qtbot, win)
    box = win.last_message
    assert box is not None and "notes.xlsx: nothing was imported" in box.text()
    assert "notes.xlsx" in box.informativeText() and "Traceback" not in box.informativeText()


# ---------------------------------------------------------------------- drag and drop
def _drop(win: MainWindow, path: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, enter)
    event = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, event)
    return event


def test_dropping_an_xlsx_opens_the_preview(qtbot: Any, win: MainWindow, exported: Path) -> None:
    edit(exported, {"I2": 2000})
    win.excel().preview = None
    assert _drop(win, exported).isAccepted()
    qtbot.waitUntil(lambda: win.excel().preview is not None, timeout=WORK_TIMEOUT_MS)
    assert win.excel().preview.models["changed"].rowCount() == 1
    win.excel().preview.reject()


def test_dropping_anything_else_is_refused(qtbot: Any, win: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "rates.csv"
    other.write_text("x")
    assert not _drop(win, other).isAccepted()
    assert "rates.csv is not an .xlsx workbook" in win.statusBar().currentMessage()
    assert win._excel is None or win._excel.preview is None


# ---------------------------------------------------------------------- cancel
def test_cancel_of_the_apply_leaves_the_database_unchanged(
        qtbot: Any, win: MainWindow, exported: Path) -> None:
    reference = sheet_cell(exported, "C2")
    edit(exported, {"I2": 2000})
    dialog = open_preview(qtbot, win, exported)
    release = threading.Event()
    win.runner.submit("hold", release.wait, 30)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    progress = win.excel().progress
    assert progress is not None and progress.dialog.isVisible()
    qtbot.mouseClick(progress.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    idle(qtbot, win)
    assert pledge_of(win, reference).value_amount == Decimal("1000")
    assert "cancelled; the database is unchanged" in win.statusBar().currentMessage()
    assert win.undo_stack.count() == 0


# ---------------------------------------------------------------------- models
def test_preview_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, win: MainWindow,
                                              exported: Path) -> None:
    reference = sheet_cell(exported, "C2")
    p = pledge_of(win, reference)
    win.ws.pledges.update(p.id, p.version, {"item": "changed in the planner"})
    edit(exported, {"F2": "changed in the sheet", "I3": 5, "G4": "lots"})
    dialog = open_preview(qtbot, win, exported)
    for model in (*dialog.models.values(), dialog.errors_model, dialog.warnings_model):
        qtmodeltester.check(model, force_py=True)
    empty = ImportRowsModel("new", [], lambda sheet, key: key)
    qtmodeltester.check(empty, force_py=True)
    dialog.reject()
