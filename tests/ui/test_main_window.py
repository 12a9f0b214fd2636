"""The main window as a user meets it: opening a database, navigating, settings, errors."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox

from ramstein.services.pledges import PledgeDraft
from ramstein.ui.main_window import MainWindow
from ramstein.ui.window_settings import WindowSettings, open_settings

LOAD_TIMEOUT_MS = 20_000


def test_dejavu_font_is_installed(qapp: Any) -> None:
    # Without fonts Qt draws boxes silently (TOOLCHAIN-NOTES §3.4). Needs a QGuiApplication.
    assert "DejaVu Sans" in QFontDatabase.families()


def test_opens_database_after_first_paint_and_shows_it(
    qtbot: Any, settings: WindowSettings, demo_db: Path
) -> None:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    events: list[str] = []
    win.first_painted.connect(lambda: events.append(f"painted, database open: {win.ws is not None}"))
    win.dashboard.figures_shown.connect(lambda: events.append("figures"))
    win.open_after_first_paint(demo_db, create=False)
    assert win.dashboard.figure_texts()["pledges"] == "—"
    win.show()
    qtbot.waitUntil(lambda: "figures" in events, timeout=LOAD_TIMEOUT_MS)
    assert events == ["painted, database open: False", "figures"]
    totals = win.ws.summaries.totals()
    assert win.dashboard.figure_texts()["pledges"] == f"{totals.pledges:,}"

    assert win.windowTitle() == "Ramstein Planner — demo.db"
    assert win.path_label.text() == str(demo_db)
    assert win.counts_label.text() == (
        f"{totals.pledges:,} pledges · {totals.deliveries:,} deliveries · {totals.members} members"
    )
    assert settings.recent_files()[0] == demo_db.resolve()


def test_navigation_buttons_and_ctrl_number_switch_views(qtbot: Any, demo_window: MainWindow) -> None:
    win = demo_window
    assert win.current_view_key() == "dashboard"
    assert win.nav_buttons["dashboard"].isChecked()

    qtbot.mouseClick(win.nav_buttons["members"], Qt.MouseButton.LeftButton)
    assert win.current_view_key() == "members"
    assert win.stack.currentWidget().findChild(type(win.path_label), "viewTitle").text() == "Members"
    assert win.nav_buttons["members"].isChecked()
    assert not win.nav_buttons["dashboard"].isChecked()

    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert win.current_view_key() == "pledges"
    assert win.nav_buttons["pledges"].isChecked()
    qtbot.waitUntil(win.views["pledges"].is_ready, timeout=LOAD_TIMEOUT_MS)

    qtbot.keyClick(win, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert win.current_view_key() == "dashboard"


def test_menus_are_built_from_the_action_table(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    view_menu = window.menus["View"]
    texts = [(a.text(), a.shortcut().toString()) for a in view_menu.actions()]
    assert texts == [("Dashboard", "Ctrl+1"), ("Pledges", "Ctrl+2"), ("Calendar", "Ctrl+3"),
                     ("Members", "Ctrl+4"), ("Fund", "Ctrl+5")]
    file_texts = [a.text() for a in window.menus["File"].actions() if a.text()]
    assert file_texts == ["&New database…", "&Open database…", "Open &recent", "&Reload",
                          "&Import from Excel…", "Import &foreign sheet…", "&Export to Excel…",
                          "Export &template…", "Export &calendar…",
                          "&Print calendar month to PDF…", "E&xport brief…", "Restore &backup…",
                          "&Quit"]
    tools_texts = [a.text() for a in window.menus["Tools"].actions() if a.text()]
    assert tools_texts == ["Exchange &rates…", "Classification &marking…", "&Language…"]


def test_window_geometry_and_recent_files_persist(
    qtbot: Any, settings_dir: Path, demo_db: Path
) -> None:
    first = MainWindow(WindowSettings(open_settings(settings_dir)))
    qtbot.addWidget(first)
    with qtbot.waitExposed(first):
        first.show()
    first.resize(701, 533)  # within the 800x800 offscreen screen: restoreGeometry clamps
    first.open_path(demo_db)
    qtbot.waitUntil(lambda: first.ws is not None, timeout=LOAD_TIMEOUT_MS)
    size = (first.width(), first.height())
    assert size != (1400, 900)  # the size a window gets without saved settings
    first.close()

    second = MainWindow(WindowSettings(open_settings(settings_dir)))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == size
    assert second.settings.recent_files() == [demo_db.resolve()]
    second.close()


def test_unusable_database_is_reported_in_a_dialog(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"this is not a database, just some notes\n" * 100)
    with qtbot.waitSignal(window.workspace_failed, timeout=LOAD_TIMEOUT_MS) as failed:
        window.open_path(junk, create=False)
    box = window.last_message
    assert box is not None and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Critical
    assert str(junk) in box.text()
    assert box.informativeText() == failed.args[0] != ""
    assert window.ws is None
    assert window.windowTitle() == "Ramstein Planner"


def test_empty_database_gets_demo_data_and_says_so(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.demo_finished, timeout=60_000) as done:
        window.open_path(tmp_path / "new.db", create=True, demo_if_empty=True)
    assert done.args == [True]
    assert "Demo data created: 2,000 invented pledges" in window.statusBar().currentMessage()
    assert window.last_message is not None
    assert window.last_message.windowTitle() == "Demo data created"
    qtbot.waitUntil(lambda: window.dashboard.figure_texts()["pledges"] == "2,000",
                    timeout=LOAD_TIMEOUT_MS)


def test_cancelled_demo_data_leaves_the_database_empty(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.demo_finished, timeout=60_000) as done:
        window.open_path(tmp_path / "new.db", create=True, demo_if_empty=True)
        qtbot.waitUntil(lambda: window._opener is not None
                        and window._opener.demo_progress is not None, timeout=LOAD_TIMEOUT_MS)
        window._opener.cancel_demo()  # as closing the window does
    assert done.args == [False]
    assert "Demo data not created (cancelled)" in window.statusBar().currentMessage()
    assert window.ws is not None and window.ws.summaries.totals().pledges == 0


def test_hidden_dashboard_refreshes_when_shown_again(qtbot: Any, demo_window: MainWindow) -> None:
    win = demo_window
    ws = win.ws
    before = ws.summaries.totals().pledges
    win.show_view("pledges")
    pledges_view = win.views["pledges"]
    qtbot.waitUntil(pledges_view.is_ready, timeout=LOAD_TIMEOUT_MS)

    donor = ws.reference.donors()[0]
    ws.pledges.create(PledgeDraft(
        donor_id=donor.id, capability_id=ws.reference.capabilities[0].id, item="Test radios",
        quantity=Decimal(40), unit="radios", value_amount=Decimal("1250000"), currency="EUR",
        announced_on=date(2026, 11, 20),
    ))
    # The visible pledges table follows the change; the hidden dashboard only marks itself.
    qtbot.waitUntil(lambda: pledges_view.model.total_count() == before + 1, timeout=LOAD_TIMEOUT_MS)
    assert win.dashboard.is_stale()
    assert win.dashboard.figure_texts()["pledges"] == f"{before:,}"

    win.show_view("dashboard")
    qtbot.waitUntil(lambda: win.dashboard.figure_texts()["pledges"] == f"{before + 1:,}",
                    timeout=LOAD_TIMEOUT_MS)
