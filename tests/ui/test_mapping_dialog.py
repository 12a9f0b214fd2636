"""File > Import foreign sheet…: a planner maps a ministry's sheet, previews it and imports it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ramstein.services.mapped_import import KIEL_PROFILE, ProfileStore
from ramstein.ui.dialogs.mapping_dialog import NOT_MAPPED, SUGGESTED, MappingDialog
from ramstein.ui.models.mapped_preview_model import HEADERS
from ramstein.ui.workers import TaskRunner

HEADER = ["Ref No", "Date of announcement", "Country", "Equipment", "Pieces", "Amount",
          "Cur.", "Internal code", "Remarks"]
ROWS = [
    ["LV-1", "24/02/2023", "Deutschland", "Gepard SPAAG", "15", "1.234,5", "EUR", "x-17", ""],
    ["LV-2", "03/04/2023", "Germany", "IRIS-T SLM", "1", "140.000.000", "EUR", "x-18", "unit"],
    ["LV-3", "12/05/2023", "Latvija", "Stinger MANPADS", "10", "2.500,75", "USD", "x-19", ""],
]


@pytest.fixture
def sheet_file(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Deliveries 2023"
    sheet.append(["Ministry of Defence: aid deliveries 2023"])
    sheet.append([])
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    path = tmp_path / "mod.xlsx"
    book.save(path)
    return path


@pytest.fixture
def store(tmp_path: Path) -> ProfileStore:
    return ProfileStore(tmp_path / "mappings")


@pytest.fixture
def dialog(qtbot: Any, ws: Any, store: ProfileStore) -> MappingDialog:
    widget = MappingDialog(ws, store=store)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def _column(name: str) -> int:
    return HEADERS.index(name)


def _cell(dialog: MappingDialog, row: int, column: str, role: Any = Qt.ItemDataRole.DisplayRole) -> Any:
    model = dialog.preview_model
    return model.data(model.index(row, _column(column)), role)


def _map_the_ministry_sheet(qtbot: Any, dialog: MappingDialog, path: Path) -> None:
    """What the planner does: open the file, complete the suggested mapping."""
    dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.sheet is not None, timeout=5_000)
    combos, constants = dialog.field_combos, dialog.constant_edits
    combos["item"].setCurrentText("Equipment")
    combos["quantity"].setCurrentText("Pieces")
    combos["value"].setCurrentText("Amount")
    combos["currency"].setCurrentText("Cur.")
    qtbot.keyClicks(constants["capability"], "iamd")
    dialog.decimal_comma.setChecked(True)
    dialog.reference_combo.setCurrentText("Ref No")
    qtbot.keyClicks(dialog.alias_edit, "Deutschland=DEU; Latvija=LVA")


def _wait_ready(qtbot: Any, dialog: MappingDialog) -> None:
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5_000)


def test_the_sheet_is_read_and_a_mapping_suggested(dialog: MappingDialog,
                                                   sheet_file: Path) -> None:
    dialog.open_file(sheet_file)
    assert dialog.sheet is not None and dialog.sheet.header_row == 3
    assert dialog.sheet_combo.currentText() == "Deliveries 2023"
    assert dialog.field_combos["donor"].currentText() == "Country"
    assert dialog.field_combos["announced"].currentText() == "Date of announcement"
    assert dialog.field_combos["notes"].currentText() == "Remarks"
    assert dialog.sample_labels["donor"].text() == "Deutschland · Germany · Latvija"
    assert dialog.field_combos["capability"].currentText() == NOT_MAPPED
    assert dialog.constant_edits["capability"].isEnabled()


def test_preview_shows_the_pledges_and_import_creates_them(qtbot: Any, dialog: MappingDialog,
                                                           sheet_file: Path, ws: Any) -> None:
    _map_the_ministry_sheet(qtbot, dialog, sheet_file)
    _wait_ready(qtbot, dialog)
    assert dialog.preview_model.rowCount() == 3
    assert [_cell(dialog, r, "Donor") for r in range(3)] == ["Germany", "Germany", "Latvia"]
    assert _cell(dialog, 0, "Value") == "1,234.5"
    assert _cell(dialog, 1, "Value") == "140,000,000"
    assert _cell(dialog, 0, "Announced") == "2023-02-24"
    assert _cell(dialog, 0, "Capability") == next(c.name for c in ws.reference.capabilities if c.code == "iamd")
    assert _cell(dialog, 0, "Import") == "New"
    assert dialog.counts_label.text().startswith("3 rows: 3 new")
    with qtbot.waitSignal(dialog.imported) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args == [3]
    rows = sorted((r[3], r[5]) for r in ws.pledges.table_rows())
    assert rows == [("Germany", "Gepard SPAAG"), ("Germany", "IRIS-T SLM"),
                    ("Latvia", "Stinger MANPADS")]
    assert "Imported 3 pledges from mod.xlsx" in dialog.status_label.text()
    assert [_cell(dialog, r, "Import") for r in range(3)] == ["Already there"] * 3
    assert not dialog.import_button.isEnabled()


def test_errors_are_shaded_listed_and_block_the_import(qtbot: Any, dialog: MappingDialog,
                                                       sheet_file: Path, ws: Any) -> None:
    _map_the_ministry_sheet(qtbot, dialog, sheet_file)
    _wait_ready(qtbot, dialog)
    dialog.decimal_comma.setChecked(False)  # now 1.234,5 is not a number
    qtbot.waitUntil(lambda: dialog.plan is not None and bool(dialog.plan.errors), timeout=5_000)
    assert not dialog.import_button.isEnabled()
    assert _cell(dialog, 0, "Import") == "Error"
    assert _cell(dialog, 0, "Value", Qt.ItemDataRole.BackgroundRole) is not None
    assert _cell(dialog, 0, "Donor", Qt.ItemDataRole.BackgroundRole) is None
    assert "Value:" in _cell(dialog, 0, "Value", Qt.ItemDataRole.ToolTipRole)
    listed = dialog.errors_model.stringList()
    assert listed[0].startswith("Deliveries 2023!F4: Value: '1.234,5'")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert ws.pledges.table_rows() == []


def test_a_profile_is_saved_chosen_again_and_deleted(qtbot: Any, dialog: MappingDialog,
                                                     sheet_file: Path, store: ProfileStore) -> None:
    _map_the_ministry_sheet(qtbot, dialog, sheet_file)
    _wait_ready(qtbot, dialog)
    name_dialog = dialog.ask_profile_name()
    name_dialog.setTextValue("Latvia MoD")
    name_dialog.accept()
    assert store.load("Latvia MoD").fields["capability"].constant == "iamd"
    assert dialog.profile_combo.currentText() == "Latvia MoD"
    dialog.profile_combo.setCurrentText(SUGGESTED)  # back to the bare suggestion
    assert dialog.constant_edits["capability"].text() == ""
    assert not dialog.decimal_comma.isChecked()
    assert dialog.reference_combo.currentText() == NOT_MAPPED
    dialog.profile_combo.setCurrentText("Latvia MoD")
    assert dialog.field_combos["item"].currentText() == "Equipment"
    assert dialog.constant_edits["capability"].text() == "iamd"
    assert dialog.decimal_comma.isChecked()
    assert dialog.reference_combo.currentText() == "Ref No"
    assert dialog.aliases() == {"Deutschland": "DEU", "Latvija": "LVA"}
    _wait_ready(qtbot, dialog)
    box = dialog.ask_delete_profile()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert "Latvia MoD" not in store.names()
    assert dialog.profile_combo.findText(KIEL_PROFILE) >= 0


def test_the_kiel_profile_needs_no_mapping(qtbot: Any, dialog: MappingDialog,
                                           tmp_path: Path) -> None:
    path = tmp_path / "kiel.csv"
    header = ["ID", "Countries", "Announcement Date", "Type of Aid General", "Items",
              "Type of Item", "No. of Units", "No. of Units Delivered (in-kind military aid)",
              "Converted Value in EUR", "Total monetary value delivered in EUR",
              "Total_value_dummy (1 is first row in the package)"]
    row = ["77", "Germany", "2/24/2023", "Military", "Leopard 2A6", "Heavy weapon", "14", ".",
           "200000000", ".", "1"]
    path.write_text("\n".join(",".join(r) for r in (header, row)), encoding="utf-8")
    dialog.open_file(path)
    dialog.profile_combo.setCurrentText(KIEL_PROFILE)
    _wait_ready(qtbot, dialog)
    assert not dialog.field_combos["donor"].isEnabled() and dialog.kiel_note.isVisibleTo(dialog)
    assert not dialog.delete_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args == [1]


def test_plan_and_import_run_on_the_task_runner(qtbot: Any, ws: Any, store: ProfileStore,
                                                sheet_file: Path) -> None:
    runner = TaskRunner()
    dialog = MappingDialog(ws, store=store, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        _map_the_ministry_sheet(qtbot, dialog, sheet_file)
        qtbot.waitUntil(lambda: dialog.sheet is not None and dialog.import_button.isEnabled(),
                        timeout=10_000)
        with qtbot.waitSignal(dialog.imported, timeout=10_000):
            dialog.apply()
        assert len(ws.pledges.table_rows()) == 3
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)  # the re-plan after it
        assert not dialog.progress_bar.isVisible()
        assert _cell(dialog, 0, "Import") == "Already there"
    finally:
        runner.shutdown()


def test_the_preview_model_passes_the_model_tester(qtbot: Any, qtmodeltester: Any,
                                                   dialog: MappingDialog,
                                                   sheet_file: Path) -> None:
    _map_the_ministry_sheet(qtbot, dialog, sheet_file)
    _wait_ready(qtbot, dialog)
    qtmodeltester.check(dialog.preview_model)


def test_screenshot_of_the_dialog(qtbot: Any, dialog: MappingDialog, sheet_file: Path,
                                  tmp_path: Path) -> None:
    """Rendered for review (RAMSTEIN_SHOT_DIR keeps the PNG)."""
    _map_the_ministry_sheet(qtbot, dialog, sheet_file)
    _wait_ready(qtbot, dialog)
    dialog.decimal_comma.setChecked(False)
    qtbot.waitUntil(lambda: dialog.plan is not None and bool(dialog.plan.errors), timeout=5_000)
    target = Path(os.environ.get("RAMSTEIN_SHOT_DIR", tmp_path)) / "mapping_dialog.png"
    assert dialog.grab().save(str(target))
    assert target.stat().st_size > 10_000


def test_file_menu_opens_the_dialog_on_the_window(qtbot: Any, window: Any, ws: Any,
                                                  monkeypatch: Any) -> None:
    shown: list[MappingDialog] = []
    monkeypatch.setattr(MappingDialog, "exec", lambda self: shown.append(self) or 0)
    window.set_workspace(ws)
    action = window.named_actions["import_foreign_sheet"]
    file_menu = window.menus["File"]
    assert action in file_menu.actions()
    action.trigger()
    assert len(shown) == 1 and shown[0].runner is window.runner and shown[0].ws is ws


def test_an_import_from_the_window_is_one_undo_step(qtbot: Any, window: Any, ws: Any,
                                                    store: ProfileStore, sheet_file: Path) -> None:
    window.set_workspace(ws)
    dialog = MappingDialog(ws, window, store=store)
    dialog.applied.connect(window._push_mapped_import)  # as File > Import foreign sheet… does
    qtbot.addWidget(dialog)
    _map_the_ministry_sheet(qtbot, dialog, sheet_file)
    _wait_ready(qtbot, dialog)
    with qtbot.waitSignal(dialog.applied):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(ws.pledges.table_rows()) == 3
    stack = window.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Import of mod.xlsx (3 new, 0 changed)"
    stack.undo()
    assert ws.pledges.table_rows() == []
    stack.redo()
    items = sorted(r[5] for r in ws.pledges.table_rows())
    assert items == ["Gepard SPAAG", "IRIS-T SLM", "Stinger MANPADS"]
