"""The filter bar as a planner uses it: tick donors and statuses, type, pick dates, presets."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from ramstein.domain.enums import Channel, MemberKind, PledgeStatus
from ramstein.domain.filters import PledgeFilter
from ramstein.ui.date_fields import to_qdate
from ramstein.ui.filter_bar import FilterBar
from ramstein.ui.multi_select import MultiSelect


def _settings(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "config" / "filters.ini"


@pytest.fixture
def bar(qtbot: Any, demo_ws: Any, ini: Path) -> FilterBar:
    widget = FilterBar(demo_ws, _settings(ini))
    qtbot.addWidget(widget)
    widget.resize(1400, 90)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def _tick(qtbot: Any, select: MultiSelect, label: str) -> None:
    """Open the dropdown (if closed) and click the row showing `label`."""
    if not select.popup.isVisible():
        qtbot.mouseClick(select, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(select.popup.isVisible, timeout=2000)
    view = select.popup.list
    model = view.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data() == label]
    assert rows, f"{label} is not offered in {select.noun_plural}"
    rect = view.visualRect(model.index(rows[0], 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _close(select: MultiSelect) -> None:
    select.popup.hide()


def test_ticking_donors_and_a_status_emits_the_filter_and_names_it(
    qtbot: Any, bar: FilterBar
) -> None:
    assert bar.donors.text().startswith("All donors")
    assert bar.statuses.text().startswith("All statuses")
    assert bar.description_label.text() == "No filter: all pledges"

    with qtbot.waitSignal(bar.filter_changed, timeout=1000) as signal:
        _tick(qtbot, bar.donors, "Germany")
    assert signal.args[0] == PledgeFilter(donors=frozenset({"DEU"}))
    assert bar.donors.text().startswith("Germany")

    with qtbot.waitSignal(bar.filter_changed, timeout=1000) as signal:
        _tick(qtbot, bar.donors, "Poland")
    assert signal.args[0].donors == {"DEU", "POL"}
    assert bar.donors.text().startswith("Germany, Poland")
    _close(bar.donors)

    with qtbot.waitSignal(bar.filter_changed, timeout=1000) as signal:
        _tick(qtbot, bar.statuses, "Committed")
    _close(bar.statuses)
    assert signal.args[0] == PledgeFilter(donors=frozenset({"DEU", "POL"}),
                                          statuses=frozenset({PledgeStatus.COMMITTED}))
    assert bar.current_filter() == signal.args[0]
    assert bar.description_label.text() == "Filter: Germany, Poland · Committed"
    assert bar.description() == "Germany, Poland · Committed"
    assert bar.statuses.text().startswith("Committed")

    # Clicking a ticked row again unticks it.
    with qtbot.waitSignal(bar.filter_changed, timeout=1000) as signal:
        _tick(qtbot, bar.donors, "Germany")
    assert signal.args[0].donors == {"POL"}


def test_many_donors_read_as_a_count_and_the_search_narrows_the_list(
    qtbot: Any, bar: FilterBar
) -> None:
    for name in ("Germany", "Poland", "France", "Norway", "Denmark"):
        _tick(qtbot, bar.donors, name)
    assert bar.donors.text().startswith("5 donors")
    assert "Denmark, France, Germany, Norway, Poland" in bar.donors.toolTip()

    popup = bar.donors.popup
    assert popup.search.isVisible()
    qtbot.keyClicks(popup.search, "pol")
    shown = [popup.proxy.index(r, 0).data() for r in range(popup.proxy.rowCount())]
    assert shown == ["Poland"]
    popup.search.clear()
    qtbot.keyClicks(popup.search, "DEU")  # the member code finds the name too
    assert [popup.proxy.index(r, 0).data() for r in range(popup.proxy.rowCount())] == ["Germany"]
    qtbot.mouseClick(popup.clear_button, Qt.MouseButton.LeftButton)
    assert bar.current_filter().donors == frozenset()
    assert bar.donors.text().startswith("All donors")


def test_kind_capability_and_mechanism_lists_use_their_labels(
    qtbot: Any, bar: FilterBar, demo_ws: Any
) -> None:
    assert [label for _k, label in bar.kinds.model.options()] == [k.label for k in MemberKind]
    assert [label for _k, label in bar.channels.model.options()] == [c.label for c in Channel]
    assert {label for _k, label in bar.capabilities.model.options()} == {
        c.name for c in demo_ws.reference.capabilities}

    _tick(qtbot, bar.kinds, "EU, non-NATO")
    _tick(qtbot, bar.capabilities, "Artillery")
    _tick(qtbot, bar.channels, "PURL")
    f = bar.current_filter()
    assert f.kinds == {MemberKind.EU_NON_NATO}
    assert f.capabilities == {"artillery"}
    assert f.channels == {Channel.PURL}
    assert bar.description() == "EU, non-NATO · Artillery · PURL"


def test_free_text_is_applied_once_after_a_pause(qtbot: Any, bar: FilterBar) -> None:
    emitted: list[PledgeFilter] = []
    bar.filter_changed.connect(emitted.append)
    qtbot.mouseClick(bar.text_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.text_edit, "iris t")
    assert emitted == []  # not on every key
    qtbot.waitUntil(lambda: len(emitted) == 1, timeout=2000)
    assert emitted[0].text == "iris t"
    assert emitted[0].words == ("iris", "t")
    assert bar.description_label.text() == "Filter: “iris t”"

    # The line edit's clear button applies at once.
    bar.text_edit.clear()
    assert emitted[-1] == PledgeFilter()
    qtbot.wait(300)
    assert len(emitted) == 2


def test_announced_date_range_keeps_itself_valid_and_clears(
    qtbot: Any, bar: FilterBar
) -> None:
    assert bar.date_from.text() == "any" and bar.date_to.text() == "any"
    with qtbot.waitSignal(bar.filter_changed, timeout=1000) as signal:
        bar.date_from.setDate(to_qdate(date(2024, 1, 1)))
    assert signal.args[0] == PledgeFilter(date_from=date(2024, 1, 1))

    bar.date_to.setDate(to_qdate(date(2024, 6, 30)))
    assert bar.current_filter().date_to == date(2024, 6, 30)
    assert "2024-01-01 – 2024-06-30" in bar.description()

    # A start after the end moves the end along instead of making an impossible range.
    bar.date_from.setDate(to_qdate(date(2024, 9, 1)))
    assert (bar.current_filter().date_from, bar.current_filter().date_to) == (
        date(2024, 9, 1), date(2024, 9, 1))

    # Delete in a field clears that bound; the × clears both.
    bar.date_to.setFocus()
    qtbot.keyClick(bar.date_to, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(bar.date_to, Qt.Key.Key_Delete)
    assert bar.current_filter().date_to is None
    assert bar.date_to.text() == "any"
    qtbot.mouseClick(bar.dates_clear, Qt.MouseButton.LeftButton)
    assert bar.current_filter() == PledgeFilter()
    assert not bar.dates_clear.isEnabled()


def test_clear_resets_every_control_with_one_signal(qtbot: Any, bar: FilterBar) -> None:
    bar.set_filter(PledgeFilter(donors=frozenset({"DEU"}), statuses=frozenset({PledgeStatus.DELIVERED}),
                                date_from=date(2023, 1, 1), text="leopard"))
    emitted: list[PledgeFilter] = []
    bar.filter_changed.connect(emitted.append)
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert emitted == [PledgeFilter()]
    assert bar.donors.text().startswith("All donors")
    assert bar.statuses.text().startswith("All statuses")
    assert bar.text_edit.text() == ""
    assert bar.date_from.value() is None
    assert not bar.clear_button.isEnabled()


def test_set_filter_shows_it_and_drops_what_the_database_lacks(bar: FilterBar) -> None:
    wanted = PledgeFilter(donors=frozenset({"DEU", "ZZZ"}), hubs=frozenset({"RZE"}),
                          kinds=frozenset({MemberKind.NATO}), text="patriot")
    emitted: list[PledgeFilter] = []
    bar.filter_changed.connect(emitted.append)
    bar.set_filter(wanted)
    assert emitted == [bar.current_filter()]
    assert bar.current_filter() == wanted.replace(donors=frozenset({"DEU"}))
    assert bar.current_filter().hubs == {"RZE"}  # no control here, but kept for the calendar
    bar.set_filter(bar.current_filter())
    assert len(emitted) == 1  # the same filter again is no change

    bar.set_filter(PledgeFilter(text="quiet"), notify=False)
    assert len(emitted) == 1
    assert bar.description() == "“quiet”"


def test_presets_save_reload_in_a_new_bar_and_delete(
    qtbot: Any, bar: FilterBar, demo_ws: Any, ini: Path
) -> None:
    saved = PledgeFilter(donors=frozenset({"DEU", "POL"}), statuses=frozenset({PledgeStatus.COMMITTED}),
                         date_from=date(2024, 1, 1), text="air defence")
    bar.set_filter(saved)
    qtbot.mouseClick(bar.save_preset_button, Qt.MouseButton.LeftButton)
    dialog = bar.preset_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.setTextValue("Germany/Poland committed")
    dialog.accept()
    assert bar.presets.names() == ["Germany/Poland committed"]
    assert bar.preset_combo.currentText() == "Germany/Poland committed"
    bar.clear()
    assert bar.preset_combo.currentText() == ""

    # A new bar on the same settings file sees the preset and applies it.
    other = FilterBar(demo_ws, _settings(ini))
    qtbot.addWidget(other)
    assert [other.preset_combo.itemText(i) for i in range(other.preset_combo.count())] == [
        "Germany/Poland committed"]
    with qtbot.waitSignal(other.filter_changed, timeout=1000) as signal:
        other.preset_combo.activated.emit(0)
    assert signal.args[0] == saved
    assert other.current_filter() == saved
    assert other.donors.text().startswith("Germany, Poland")

    qtbot.mouseClick(other.delete_preset_button, Qt.MouseButton.LeftButton)
    assert other.presets.names() == []
    assert other.preset_combo.count() == 0
    third = FilterBar(demo_ws, _settings(ini))
    qtbot.addWidget(third)
    assert third.presets.names() == []


def test_presets_survive_a_broken_settings_value(ini: Path, qtbot: Any) -> None:
    store = _settings(ini)
    store.setValue("filters/pledge_presets", "{not json")
    bar = FilterBar(None, store)
    qtbot.addWidget(bar)
    assert bar.presets.names() == []
    bar.save_preset("Everything")
    assert bar.presets.get("Everything") == PledgeFilter()


def test_the_row_wraps_on_a_narrow_window(bar: FilterBar) -> None:
    layout = bar.layout()
    one_line = layout.heightForWidth(2400)
    assert layout.heightForWidth(1170) > one_line  # two lines inside the 1400 px window
    assert layout.heightForWidth(1170) <= 2 * one_line + 12
    assert layout.heightForWidth(600) > layout.heightForWidth(1170)


def test_without_a_workspace_the_lists_are_empty(qtbot: Any, demo_ws: Any) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    assert bar.donors.model.rowCount() == 0
    bar.set_workspace(demo_ws)
    assert bar.donors.model.rowCount() == len(demo_ws.reference.donors())


def test_choices_model_passes_the_model_tester(qtmodeltester: Any, bar: FilterBar) -> None:
    bar.donors.set_selected({"DEU", "POL"})
    qtmodeltester.check(bar.donors.model)
    qtmodeltester.check(bar.statuses.model)
