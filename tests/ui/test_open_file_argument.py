"""`ramstein FILE.ramstein`: what a file manager or the installers' file association runs."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from ramstein import cli
from ramstein.ui import app as ui_app
from ramstein.ui.window_settings import WindowSettings

LOAD_TIMEOUT_MS = 20_000


@pytest.fixture
def gui_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path | None, bool]]:
    """run_gui replaced by a recorder: which database the window would open, and whether a demo."""
    calls: list[tuple[Path | None, bool]] = []

    def record(db_path: Path | None, *, demo_if_empty: bool = False, lang: str | None = None) -> int:
        calls.append((db_path, demo_if_empty))
        return 0

    monkeypatch.setattr(ui_app, "run_gui", record)
    return calls


def test_a_database_file_as_the_only_argument_opens_the_window_on_it(
    demo_db: Path, tmp_path: Path, gui_calls: list[tuple[Path | None, bool]]
) -> None:
    planner = tmp_path / "Kyiv desk.ramstein"
    shutil.copy(demo_db, planner)
    assert cli.main([str(planner)]) == 0
    assert gui_calls == [(planner, False)]  # that file, and no demo poured into it


def test_any_existing_file_and_a_new_ramstein_name_open_the_window(
    demo_db: Path, tmp_path: Path, gui_calls: list[tuple[Path | None, bool]]
) -> None:
    plain = tmp_path / "planner-copy"  # no extension: still a file the user picked
    shutil.copy(demo_db, plain)
    new = tmp_path / "new.ramstein"  # does not exist yet: created, as with --db
    assert cli.main([str(plain)]) == 0
    assert cli.main([str(new)]) == 0
    assert gui_calls == [(plain, False), (new, False)]


def test_commands_and_a_mistyped_command_are_not_taken_for_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    gui_calls: list[tuple[Path | None, bool]]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "summary").write_text("a file named like a command")
    with pytest.raises(SystemExit) as exited:
        cli.main(["sumary", "--json"])
    assert exited.value.code == 2
    assert "invalid choice: 'sumary'" in capsys.readouterr().err
    assert cli.main(["summary", "--db", str(tmp_path / "missing.db")]) == 1
    assert "no such database file" in capsys.readouterr().err
    assert gui_calls == []
    assert not (tmp_path / "sumary").exists()


def test_the_window_started_on_a_ramstein_file_shows_that_database(
    qtbot: Any, settings: WindowSettings, demo_db: Path, tmp_path: Path
) -> None:
    planner = tmp_path / "Kyiv desk.ramstein"
    shutil.copy(demo_db, planner)
    win = ui_app.start_main_window(planner, settings=settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.ws is not None and win.dashboard.is_ready(),
                    timeout=LOAD_TIMEOUT_MS)
    assert win.windowTitle() == "Ramstein Planner — Kyiv desk.ramstein"
    assert win.path_label.text() == str(planner)
    assert win.ws.summaries.totals().pledges > 0
    win.close()


def test_a_file_the_desktop_sends_to_the_running_app_is_opened(
    qtbot: Any, settings: WindowSettings, demo_db: Path, tmp_path: Path
) -> None:
    """macOS hands a double-clicked .ramstein to a running app as a FileOpen event."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from ramstein.ui.file_open import accept_file_open_events

    first, second = tmp_path / "Kyiv desk.ramstein", tmp_path / "Rzeszow desk.ramstein"
    shutil.copy(demo_db, first)
    shutil.copy(demo_db, second)
    win = ui_app.start_main_window(first, settings=settings)
    qtbot.addWidget(win)
    handler = accept_file_open_events(win)
    try:
        qtbot.waitUntil(lambda: win.ws is not None and win.dashboard.is_ready(),
                        timeout=LOAD_TIMEOUT_MS)
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(second)))
        qtbot.waitUntil(lambda: win.path_label.text() == str(second), timeout=LOAD_TIMEOUT_MS)
        assert win.windowTitle() == "Ramstein Planner — Rzeszow desk.ramstein"
    finally:
        QApplication.instance().removeEventFilter(handler)
        win.close()
