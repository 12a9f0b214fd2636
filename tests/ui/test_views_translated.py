"""The views in French and Ukrainian: with the views' catalogue installed and the locale set,
the dashboard and the calendar show translated titles, panels and month names.

The .qm is compiled from translations/views_<lang>.ts into a temporary folder, so the test
needs no build step. Set RAMSTEIN_I18N_SHOTS=DIR to keep a grab of each view for review.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QLabel

from ramstein.ui import formatting
from ramstein.ui.main_window import MainWindow
from ramstein.ui.views.calendar_view import CalendarView
from ramstein.ui.window_settings import WindowSettings

LOAD_TIMEOUT_MS = 20_000

ROOT = Path(__file__).resolve().parents[2]
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")

# lang: (locale, dashboard title, a panel title, overdue title start, calendar title,
#        the test's month (November 2026) as the calendar header shows it, a weekday)
EXPECTED = {
    "fr": ("fr_FR", "Tableau de bord", "Les 10 premiers donateurs par valeur engagée (EUR)",
           "Livraisons en retard", "Calendrier", "Novembre 2026", "lun."),
    "uk": ("uk_UA", "Панель", "10 найбільших донорів за сумою зобов'язань (EUR)",
           "Прострочені поставки", "Календар", "Листопад 2026", "пн"),
}


@pytest.fixture
def translated(request: pytest.FixtureRequest, tmp_path: Path, qapp: Any) -> Iterator[str]:
    """Install the views' catalogue for `request.param` and its locale; English afterwards."""
    lang = request.param
    qm = tmp_path / f"views_{lang}.qm"
    subprocess.run([str(LRELEASE), str(ROOT / "translations" / f"views_{lang}.ts"), "-qm",
                    str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    before = QLocale()
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(EXPECTED[lang][0]))
    formatting.locale_changed()  # the cached separators and units follow the new locale
    try:
        yield lang
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
        formatting.locale_changed()  # ...and English again for the tests that come after


def _texts(widget: Any) -> list[str]:
    return [child.text() for child in widget.findChildren(QLabel)]


def _keep(qtbot: Any, widget: Any, name: str) -> None:
    folder = os.environ.get("RAMSTEIN_I18N_SHOTS")
    if folder:
        qtbot.wait(300)  # the overdue table and the charts are laid out after `ready`
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))


@pytest.mark.parametrize("translated", ["fr", "uk"], indirect=True)
def test_dashboard_and_calendar_speak_the_language(qtbot: Any, settings: WindowSettings,
                                                   demo_ws: Any, translated: str) -> None:
    _locale, title, panel, overdue, calendar, month, weekday = EXPECTED[translated]
    window = MainWindow(settings)  # built after the translator: its texts are translated
    qtbot.addWidget(window)
    window.resize(1400, 900)
    with qtbot.waitExposed(window):
        window.show()
    window.set_workspace(demo_ws)
    dashboard = window.dashboard
    qtbot.waitUntil(dashboard.is_ready, timeout=LOAD_TIMEOUT_MS)

    assert dashboard.title_label.text() == title
    assert panel in _texts(dashboard)
    assert dashboard.overdue_title.text().startswith(overdue)
    assert "Overdue deliveries" not in dashboard.overdue_title.text()
    if translated == "uk":
        assert any("\u0400" <= ch <= "\u04ff" for ch in dashboard.subtitle_label.text())
    _keep(qtbot, window, f"dashboard_{translated}.png")

    window.show_view("calendar")
    view = window.views["calendar"]
    assert isinstance(view, CalendarView)
    qtbot.waitUntil(view.is_current, timeout=LOAD_TIMEOUT_MS)
    assert calendar in _texts(view)
    assert view.header_text() == month
    assert view.today_button.text() != "Today"
    assert view.grid.day_summary(view.selected_day()).split()[0] != view.selected_day().strftime("%A")
    from ramstein.ui.views.month_grid import weekday_names

    assert weekday_names()[0] == weekday
    _keep(qtbot, window, f"calendar_{translated}.png")
    window.close()


def test_english_is_back_after(qtbot: Any, demo_window: MainWindow) -> None:
    """The translated test leaves no translator or locale behind (tests run in English)."""
    assert demo_window.dashboard.title_label.text() == "Dashboard"
    assert QCoreApplication.translate("DashboardView", "Dashboard") == "Dashboard"
    assert QLocale().monthName(11) == "November"
