"""The exchange-rates dialog: list, add, edit, delete and CSV import as a planner does them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from ramstein.ui.date_fields import to_qdate
from ramstein.ui.dialogs.rates_dialog import RatesDialog
from ramstein.ui.models.rates_model import RatesModel
from ramstein.ui.workers import TaskRunner

EUR_CENTS = 10  # position of the EUR value in a pledges table row


@pytest.fixture
def dialog(qtbot: Any, demo_ws: Any) -> RatesDialog:
    widget = RatesDialog(demo_ws)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def _pledge_values(ws: Any) -> dict[int, Any]:
    return {r[0]: r[EUR_CENTS] for r in ws.pledges.table_rows()}


def _shown(dialog: RatesDialog) -> list[tuple[str, str, str, str]]:
    proxy = dialog.proxy
    return [tuple(proxy.index(r, c).data() for c in range(4))  # type: ignore[misc]
            for r in range(proxy.rowCount())]


def _select(qtbot: Any, dialog: RatesDialog, currency: str, on: str) -> None:
    rows = [i for i, row in enumerate(_shown(dialog)) if row[:2] == (currency, on)]
    assert rows, f"no {currency} rate on {on} in the table"
    table = dialog.table
    table.scrollTo(dialog.proxy.index(rows[0], 0))
    rect = table.visualRect(dialog.proxy.index(rows[0], 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _save(qtbot: Any, editor: Any) -> None:
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def _answer(box: QMessageBox | None, button: QMessageBox.StandardButton) -> None:
    assert box is not None and box.isVisible()
    box.button(button).click()


def test_the_dialog_lists_the_seeded_rates_sorted(qtbot: Any, dialog: RatesDialog,
                                                   demo_ws: Any) -> None:
    rates = demo_ws.rates.all()
    assert len(rates) > 50
    shown = _shown(dialog)
    assert len(shown) == len(rates)
    assert shown == [(r.currency, r.on_date.isoformat(), format(r.units_per_eur.normalize(), "f"),
                      r.source) for r in rates]
    currencies = {r.currency for r in rates}
    assert dialog.count_label.text() == f"{len(rates)} rates · {len(currencies)} currencies"

    # Sorting by the rate sorts by number, not by text.
    header = dialog.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_center(header, 2))
    values = [Decimal(row[2]) for row in _shown(dialog)]
    assert values in (sorted(values), sorted(values, reverse=True))

    # The filter box narrows to a currency.
    qtbot.keyClicks(dialog.search_edit, "usd")
    assert {row[0] for row in _shown(dialog)} == {"USD"}


def _section_center(header: Any, section: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_adding_a_rate_updates_the_table_the_database_and_revalues_pledges(
    qtbot: Any, dialog: RatesDialog, demo_ws: Any
) -> None:
    before_values = _pledge_values(demo_ws)
    before_rates = demo_ws.rates.all()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.edit_dialog
    assert editor is not None and editor.isVisible()
    editor.select_currency("USD")
    editor.date_edit.setDate(to_qdate(date(2024, 7, 1)))
    qtbot.keyClicks(editor.rate_edit, "1.2")
    qtbot.keyClicks(editor.source_edit, "test rate")
    with qtbot.waitSignal(dialog.rates_changed, timeout=2000) as signal:
        _save(qtbot, editor)
    assert not editor.isVisible()

    after_rates = demo_ws.rates.all()
    assert len(after_rates) == len(before_rates) + 1
    added = next(r for r in after_rates if (r.currency, r.on_date) == ("USD", date(2024, 7, 1)))
    assert (added.units_per_eur, added.source) == (Decimal("1.2"), "test rate")
    assert ("USD", "2024-07-01", "1.2", "test rate") in _shown(dialog)
    assert dialog.selected_rates() == [added]

    changed = sum(1 for pid, v in _pledge_values(demo_ws).items() if before_values[pid] != v)
    assert changed > 0
    assert signal.args == [changed]
    assert dialog.status_label.text() == (
        f"USD on 2024-07-01: 1.2 per EUR saved · {changed:,} pledges re-valued.")


@pytest.mark.parametrize(("typed", "message"), [
    ("0", "Rate: 0 must be above 0"),
    ("-1.5", "Rate: -1.5 must be above 0"),
    ("abc", "Rate: 'abc' is not a number"),
    ("", "Rate: enter the units of the currency per 1 EUR"),
])
def test_a_bad_rate_is_refused_in_the_dialog_and_nothing_is_stored(
    qtbot: Any, dialog: RatesDialog, demo_ws: Any, typed: str, message: str
) -> None:
    before = demo_ws.rates.all()
    editor = dialog.add_rate()
    qtbot.keyClicks(editor.rate_edit, typed)
    _save(qtbot, editor)
    assert editor.isVisible()
    assert editor.error_label.isVisible()
    assert editor.error_label.text() == message
    assert demo_ws.rates.all() == before


def test_adding_over_an_existing_rate_says_it_replaces_it(
    qtbot: Any, dialog: RatesDialog, demo_ws: Any
) -> None:
    existing = next(r for r in demo_ws.rates.all() if r.currency == "GBP")
    editor = dialog.add_rate()
    editor.select_currency("GBP")
    editor.date_edit.setDate(to_qdate(existing.on_date))
    assert editor.hint_label.isVisible()
    assert "saving replaces it" in editor.hint_label.text()


def test_editing_a_rate_changes_only_that_row(qtbot: Any, dialog: RatesDialog,
                                              demo_ws: Any) -> None:
    target = next(r for r in demo_ws.rates.all() if r.currency == "PLN")
    _select(qtbot, dialog, "PLN", target.on_date.isoformat())
    resets: list[int] = []
    dialog.model.modelReset.connect(lambda: resets.append(1))
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    editor = dialog.edit_dialog
    assert editor is not None and not editor.currency_combo.isEnabled()
    assert not editor.date_edit.isEnabled()
    editor.rate_edit.clear()
    qtbot.keyClicks(editor.rate_edit, "4.5")
    _save(qtbot, editor)
    stored = next(r for r in demo_ws.rates.all()
                  if (r.currency, r.on_date) == ("PLN", target.on_date))
    assert stored.units_per_eur == Decimal("4.5")
    assert resets == []  # dataChanged for the row, not a reset
    assert ("PLN", target.on_date.isoformat(), "4.5", target.source) in _shown(dialog)
    assert "pledges re-valued" in dialog.status_label.text() or \
        "pledge re-valued" in dialog.status_label.text()


def test_deleting_asks_then_deletes_and_refuses_the_last_rate_of_a_used_currency(
    qtbot: Any, dialog: RatesDialog, demo_ws: Any
) -> None:
    usd = [r for r in demo_ws.rates.all() if r.currency == "USD"]
    _select(qtbot, dialog, "USD", usd[-1].on_date.isoformat())
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = dialog.message_box
    assert box is not None and f"USD {usd[-1].on_date.isoformat()}" in box.text()
    _answer(box, QMessageBox.StandardButton.Cancel)
    assert len([r for r in demo_ws.rates.all() if r.currency == "USD"]) == len(usd)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    _answer(dialog.message_box, QMessageBox.StandardButton.Yes)
    assert len([r for r in demo_ws.rates.all() if r.currency == "USD"]) == len(usd) - 1
    assert dialog.status_label.text().startswith("1 rate deleted · ")

    # Every RON rate at once: refused, since pledges are in RON, and none is deleted.
    ron = [r for r in demo_ws.rates.all() if r.currency == "RON"]
    assert [r for r in demo_ws.pledges.table_rows() if r[9] == "RON"]
    dialog.search_edit.setText("RON")
    dialog.table.selectAll()
    assert len(dialog.selected_rates()) == len(ron)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    _answer(dialog.message_box, QMessageBox.StandardButton.Yes)
    error = dialog.message_box
    assert error is not None and error.objectName() == "errorBox"
    assert "keep at least one RON rate" in error.text()
    assert "Traceback" not in error.text() + dialog.status_label.text()
    assert [r for r in demo_ws.rates.all() if r.currency == "RON"] == ron
    assert dialog.proxy.rowCount() == len(ron)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_importing_a_csv_checks_first_then_applies(
    qtbot: Any, dialog: RatesDialog, demo_ws: Any, tmp_path: Path
) -> None:
    existing = next(r for r in demo_ws.rates.all() if r.currency == "GBP")
    same = next(r for r in demo_ws.rates.all() if r.currency == "CHF")
    path = _write(tmp_path / "rates.csv", (
        "currency,date,units_per_eur,source\n"
        "USD,2024-07-01,1.2,ECB\n"
        f"GBP,{existing.on_date.isoformat()},0.99,ECB\n"
        f"CHF,{same.on_date.isoformat()},{same.units_per_eur},ECB\n"))
    before = len(demo_ws.rates.all())

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    chooser = dialog.file_dialog
    assert chooser is not None and chooser.isVisible()
    chooser.selectFile(str(path))
    chooser.accept()
    question = dialog.message_box
    assert question is not None and question.objectName() == "questionBox"
    assert question.text() == "rates.csv: 1 new, 1 changed, 1 unchanged — import?"
    assert len(demo_ws.rates.all()) == before  # the check stored nothing

    with qtbot.waitSignal(dialog.rates_changed, timeout=2000):
        _answer(question, QMessageBox.StandardButton.Yes)
    assert len(demo_ws.rates.all()) == before + 1
    gbp = next(r for r in demo_ws.rates.all()
               if (r.currency, r.on_date) == ("GBP", existing.on_date))
    assert gbp.units_per_eur == Decimal("0.99")
    assert dialog.status_label.text().startswith(
        "Imported rates.csv: 1 new, 1 changed, 1 unchanged · ")
    assert dialog.status_label.text().endswith("re-valued.")
    assert dialog.model.rowCount() == before + 1


def test_a_bad_csv_shows_the_error_with_file_and_lines_and_changes_nothing(
    qtbot: Any, dialog: RatesDialog, demo_ws: Any, tmp_path: Path
) -> None:
    path = _write(tmp_path / "broken rates.csv", (
        "currency,date,units_per_eur\n"
        "USD,2024-07-01,1.2\n"
        "XXX,2024-07-01,2\n"
        "GBP,2024-13-01,0.8\n"
        "NOK,2024-07-01,0\n"))
    rates_before = demo_ws.rates.all()
    values_before = _pledge_values(demo_ws)
    dialog.import_csv(path)
    box = dialog.message_box
    assert box is not None and box.objectName() == "errorBox" and box.isVisible()
    lines = box.text().splitlines()
    assert lines[0] == "broken rates.csv, line 3: 'XXX' is not an ISO 4217 currency code"
    assert lines[1].startswith("broken rates.csv, line 4, date: '2024-13-01' is not a date")
    assert lines[2].startswith("broken rates.csv, line 5: rate: 0 must be above 0")
    assert box.informativeText() == "Nothing was imported."
    assert "Traceback" not in box.text()
    assert "line 3" in dialog.status_label.text()
    assert demo_ws.rates.all() == rates_before
    assert _pledge_values(demo_ws) == values_before
    assert dialog.model.rowCount() == len(rates_before)


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("empty.csv", b"", "empty.csv: the file is empty"),
    ("latin1.csv", "currency,date,units_per_eur\nUSD,2024-07-01,1\u00a02\n".encode("latin-1"),
     "latin1.csv: not a UTF-8 or UTF-16 text file"),
    ("columns.csv", b"code,day,value\nUSD,2024-07-01,1.2\n", "columns.csv, line 1: missing column(s)"),
])
def test_unreadable_files_are_refused_with_a_message(
    qtbot: Any, dialog: RatesDialog, demo_ws: Any, tmp_path: Path, name: str, content: bytes,
    expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = demo_ws.rates.all()
    dialog.import_csv(path)
    box = dialog.message_box
    assert box is not None and box.objectName() == "errorBox"
    assert box.text().startswith(expected)
    assert demo_ws.rates.all() == before


def test_a_missing_file_is_reported_not_raised(qtbot: Any, dialog: RatesDialog,
                                               tmp_path: Path) -> None:
    dialog.import_csv(tmp_path / "gone.csv")
    box = dialog.message_box
    assert box is not None and box.text().startswith("gone.csv: No such file or directory")


def test_with_a_runner_changes_run_on_the_worker_and_the_dialogs_wait(
    qtbot: Any, demo_ws: Any, tmp_path: Path
) -> None:
    runner = TaskRunner()
    widget = RatesDialog(demo_ws, runner=runner)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()

    editor = widget.add_rate()
    editor.select_currency("USD")
    editor.date_edit.setDate(to_qdate(date(2024, 7, 1)))
    qtbot.keyClicks(editor.rate_edit, "1.2")
    with qtbot.waitSignal(widget.rates_changed, timeout=10_000):
        editor.save()  # the Save button (a click could process the result at once)
        assert editor.busy and not editor.buttons.isEnabled()  # saving on the worker
        editor.reject()
        widget.reject()  # neither closes while the pledges are re-valued
        assert editor.isVisible() and widget.isVisible()
    assert not editor.isVisible() and editor.revalued is not None
    assert any((r.currency, r.on_date) == ("USD", date(2024, 7, 1)) for r in demo_ws.rates.all())

    path = _write(tmp_path / "new.csv", "currency,date,units_per_eur\nUSD,2024-08-01,1.21\n")
    widget.import_csv(path)
    with qtbot.waitSignal(widget.rates_changed, timeout=10_000):
        _answer(widget.message_box, QMessageBox.StandardButton.Yes)
        assert widget.busy and not widget.import_button.isEnabled()
    assert not widget.busy and widget.import_button.isEnabled()
    assert any((r.currency, r.on_date) == ("USD", date(2024, 8, 1)) for r in demo_ws.rates.all())
    runner.shutdown()


def test_rates_model_passes_the_model_tester(qtmodeltester: Any, dialog: RatesDialog) -> None:
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(RatesModel())
