"""Enum labels in the user's language: with the compiled catalogue installed, the Pledges table
reads "Engagé" / "Зобов'язано" for a committed pledge and the calendar's legend and day
tooltips name the delivery statuses in French / Ukrainian; without a translator every label is
the domain's English one. Every enum value has a finished translation in both catalogues, and
in one catalogue only (a second, unfinished copy would hide it in the compiled .qm).

The .qm is compiled from every translations/*_<lang>.ts into a temporary folder, as
scripts/build-translations.sh does, so the test needs no build step.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from calendar import monthrange
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QLabel

from ramstein.domain.enums import Channel, DeliveryStatus, MemberKind, PledgeStatus
from ramstein.ui import formatting
from ramstein.ui.enum_text import KINDS, enum_labels, enum_text, source_text, value_text
from ramstein.ui.main_window import MainWindow
from ramstein.ui.models.pledges_model import STATUS, STATUS_COLUMN
from ramstein.ui.views.calendar_view import CalendarView
from ramstein.ui.views.month_grid import STATUS_ORDER
from ramstein.ui.window_settings import WindowSettings

LOAD_TIMEOUT_MS = 20_000
ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")

# lang: (locale, committed pledge, the delivery statuses in the legend's order)
EXPECTED = {
    "fr": ("fr_FR", "Engagé", {DeliveryStatus.PLANNED: "Planifiée", DeliveryStatus.IN_TRANSIT: "En transit",
                               DeliveryStatus.DELIVERED: "Livrée", DeliveryStatus.DELAYED: "Retardée",
                               DeliveryStatus.CANCELLED: "Annulée"}),
    "uk": ("uk_UA", "Зобов'язано", {DeliveryStatus.PLANNED: "Заплановано",
                                    DeliveryStatus.IN_TRANSIT: "У дорозі",
                                    DeliveryStatus.DELIVERED: "Доставлено",
                                    DeliveryStatus.DELAYED: "Затримано",
                                    DeliveryStatus.CANCELLED: "Скасовано"}),
}


def _catalogues(lang: str) -> list[Path]:
    return sorted(TRANSLATIONS.glob(f"*_{lang}.ts"))


@pytest.fixture
def translated(request: pytest.FixtureRequest, tmp_path: Path, qapp: Any) -> Iterator[str]:
    """Every catalogue of `request.param` compiled and installed, its locale the default;
    English afterwards."""
    lang = request.param
    qm = tmp_path / f"ramstein_{lang}.qm"
    subprocess.run([str(LRELEASE), "-nounfinished", "-removeidentical",
                    *map(str, _catalogues(lang)), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    before = QLocale()
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(EXPECTED[lang][0]))
    formatting.locale_changed()
    try:
        yield lang
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
        formatting.locale_changed()


def _window(qtbot: Any, settings: WindowSettings, ws: Any) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    with qtbot.waitExposed(window):
        window.show()
    window.set_workspace(ws)
    qtbot.waitUntil(window.dashboard.is_ready, timeout=LOAD_TIMEOUT_MS)
    return window


def _status_cells(qtbot: Any, window: MainWindow, status: PledgeStatus) -> list[str]:
    """The Status cells of the pledges of `status`, as the table shows them."""
    window.show_view("pledges")
    view = window.views["pledges"]
    qtbot.waitUntil(view.is_ready, timeout=LOAD_TIMEOUT_MS)
    model = view.model
    rows = [r for r in range(model.rowCount()) if model.row_tuple(r)[STATUS] == status.value]
    assert rows, f"the demo has {status.value} pledges"
    return [model.index(r, STATUS_COLUMN).data() for r in rows]


def _busy_day(view: CalendarView) -> date:
    """A day of the shown month with deliveries of more than one status, if there is one."""
    year, month = view.grid.year_month()
    days = [date(year, month, d) for d in range(1, monthrange(year, month)[1] + 1)]
    cells = [(d, view.grid.cell(d)) for d in days]
    busy = [(len(c.by_status), d) for d, c in cells if c is not None and c.count]
    assert busy, "the demo's month has deliveries"
    return max(busy)[1]


def _calendar(qtbot: Any, window: MainWindow) -> CalendarView:
    window.show_view("calendar")
    view = window.views["calendar"]
    assert isinstance(view, CalendarView)
    qtbot.waitUntil(view.is_current, timeout=LOAD_TIMEOUT_MS)
    qtbot.waitUntil(view.grid.is_loaded, timeout=LOAD_TIMEOUT_MS)
    return view


@pytest.mark.parametrize("translated", ["fr", "uk"], indirect=True)
def test_pledge_status_and_calendar_legend_in_the_language(qtbot: Any, settings: WindowSettings,
                                                           demo_ws: Any, translated: str) -> None:
    _locale, committed, delivery = EXPECTED[translated]
    window = _window(qtbot, settings, demo_ws)

    assert set(_status_cells(qtbot, window, PledgeStatus.COMMITTED)) == {committed}

    view = _calendar(qtbot, window)
    legend = view.findChild(QLabel, "legend")
    assert legend is not None
    text = legend.text()
    for status in STATUS_ORDER:
        assert delivery[status] in text
        assert status.label not in text, f"{status.label} left in English"
    summary = view.grid.day_summary(_busy_day(view))
    cell = view.grid.cell(_busy_day(view))
    assert cell is not None
    for status in cell.by_status:
        assert delivery[status] in summary
    if translated == "uk":
        assert all(any("\u0400" <= ch <= "\u04ff" for ch in delivery[s]) for s in STATUS_ORDER)
    window.close()


@pytest.mark.parametrize("translated", ["fr"], indirect=True)
def test_filter_text_matches_the_translated_status(qtbot: Any, settings: WindowSettings,
                                                   demo_ws: Any, translated: str) -> None:
    """A planner who types the status as shown ("engagé") finds the committed pledges."""
    window = _window(qtbot, settings, demo_ws)
    cells = _status_cells(qtbot, window, PledgeStatus.COMMITTED)
    view = window.views["pledges"]
    view.filter_edit.setText("engagé")
    qtbot.waitUntil(lambda: view.model.filter_text() == "engagé", timeout=2000)
    shown = {view.model.row_tuple(r)[STATUS] for r in range(view.model.rowCount())}
    assert PledgeStatus.COMMITTED.value in shown
    assert view.model.rowCount() >= len(cells)
    window.close()


def test_english_labels_without_a_translator(qtbot: Any, demo_window: MainWindow) -> None:
    assert set(_status_cells(qtbot, demo_window, PledgeStatus.COMMITTED)) == {"Committed"}
    for kind in (PledgeStatus, DeliveryStatus, Channel, MemberKind):
        for value in kind:
            assert enum_text(value) == value.label
            assert value_text(kind, value.value) == value.label
        assert enum_labels(kind) == {v.value: v.label for v in kind}
    assert value_text(Channel, "carrier_pigeon") == "carrier_pigeon"  # unknown: as stored
    view = _calendar(qtbot, demo_window)
    legend = view.findChild(QLabel, "legend")
    assert legend is not None
    assert all(s.label in legend.text() for s in STATUS_ORDER)


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(context.findtext("name", ""), message.findtext("source", "")): message
            for context in root.iter("context") for message in context.iter("message")}


@pytest.mark.parametrize("lang", ["fr", "uk"])
def test_every_enum_value_has_one_finished_translation(lang: str) -> None:
    catalogues = {path.name: _messages(path) for path in _catalogues(lang)}
    for kind in KINDS:
        for value in kind:
            key = (kind.__name__, source_text(value))
            holders = [name for name, messages in catalogues.items() if key in messages]
            assert holders == [f"enums_{lang}.ts"], (key, holders)
            translation = catalogues[holders[0]][key].find("translation")
            assert translation is not None and (translation.text or "").strip(), key
            assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), key
