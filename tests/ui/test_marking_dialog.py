"""Tools > Classification marking…: the planner sets the marking; the next export carries it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from ramstein.services.xlsx_export import export_workbook
from ramstein.ui.main_window import MainWindow


def test_marking_set_in_the_dialog_is_on_the_next_export(qtbot: Any, demo_window: MainWindow,
                                                         tmp_path: Path) -> None:
    demo_window.named_actions["classification_marking"].trigger()
    dialog = demo_window.marking_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.marking_edit.setText("NATO RESTRICTED // REL UKR")
    dialog.required_box.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    info = demo_window.ws.db.info()
    assert (info["classification"], info["classification_required"]) == (
        "NATO RESTRICTED // REL UKR", "1")
    assert "NATO RESTRICTED // REL UKR" in demo_window.statusBar().currentMessage()
    out = tmp_path / "e.xlsx"
    export_workbook(demo_window.ws, out)
    assert openpyxl.load_workbook(out)["Pledges"].oddHeader.center.text == \
        "NATO RESTRICTED // REL UKR"


def test_a_required_marking_cannot_be_emptied(qtbot: Any, demo_window: MainWindow) -> None:
    demo_window.classification_marking()
    dialog = demo_window.marking_dialog
    dialog.marking_edit.setText("")
    dialog.required_box.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "requires a classification marking" in dialog.error_label.text()
    assert demo_window.ws.db.info()["classification"] != ""
    dialog.reject()
