"""Tools > Language…: the choice is saved, a new window shows it, "restart now" reopens the
same database (issue 11)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ramstein.ui import i18n
from ramstein.ui.dialogs import language_dialog
from ramstein.ui.dialogs.language_dialog import LanguageDialog, restart_command
from ramstein.ui.main_window import MainWindow
from ramstein.ui.window_settings import WindowSettings, open_settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    """The .qm files are build products: compile them when they are missing or stale."""
    subprocess.run([str(REPO / "scripts" / "build-translations.sh")], check=True)


@pytest.fixture
def english_after(qapp: Any, monkeypatch: Any) -> Iterator[list[i18n.Translation]]:
    """Translations a test installs are removed again: the other tests read English."""
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    installed: list[i18n.Translation] = []
    yield installed
    for translation in installed:
        i18n.uninstall(translation, qapp)
    i18n.install("en", qapp)


def _open_dialog(qtbot: Any, window: MainWindow) -> LanguageDialog:
    window.named_actions["language"].trigger()
    dialog = window.language_dialog
    assert isinstance(dialog, LanguageDialog) and dialog.isVisible()
    return dialog


def test_choosing_french_is_saved_and_a_new_window_is_french(
        qtbot: Any, qapp: Any, window: MainWindow, settings_dir: Path,
        english_after: list[i18n.Translation]) -> None:
    dialog = _open_dialog(qtbot, window)
    texts = [b.text() for b in dialog.buttons_by_choice.values()]
    assert texts[1:] == ["English", "Français", "Українська"]  # each in its own language
    assert texts[0].startswith("System default")
    assert dialog.buttons_by_choice["system"].isChecked()
    assert not dialog.notice.isVisible() and not dialog.restart_button.isEnabled()

    dialog.buttons_by_choice["fr"].click()
    assert dialog.notice.isVisible() and "Français" in dialog.notice.text()
    assert "next start" in dialog.notice.text()
    assert dialog.restart_button.isEnabled()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert "next start" in window.statusBar().currentMessage()
    assert window.menus["File"].title() == "&File"  # this window stays English until restarted

    # What the next start reads: the setting, French translators, French menus.
    again = WindowSettings(open_settings(settings_dir))
    assert again.get(i18n.LANGUAGE_KEY) == "fr"
    # (what app.install_language does at start-up, keeping the translators to remove them)
    english_after.append(i18n.install(i18n.requested_language(again.get(i18n.LANGUAGE_KEY)), qapp))
    assert english_after[-1].language == "fr" and not english_after[-1].missing
    french = MainWindow(again)
    qtbot.addWidget(french)
    assert french.menus["File"].title() == "&Fichier"
    assert french.menus["Tools"].title() == "&Outils"
    assert french.named_actions["language"].text() == "&Langue…"

    # The dialog opened again shows the saved choice, in French now.
    dialog = _open_dialog(qtbot, french)
    assert dialog.windowTitle() == "Langue"
    assert dialog.buttons_by_choice["fr"].isChecked()
    assert not dialog.restart_button.isEnabled()  # French is what runs
    dialog.reject()


def test_cancel_keeps_the_saved_language(qtbot: Any, window: MainWindow,
                                         settings: WindowSettings) -> None:
    settings.set(i18n.LANGUAGE_KEY, "uk")
    dialog = _open_dialog(qtbot, window)
    assert dialog.buttons_by_choice["uk"].isChecked()
    dialog.buttons_by_choice["en"].click()
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert settings.get(i18n.LANGUAGE_KEY) == "uk"


def test_an_override_is_told(qtbot: Any, settings: WindowSettings) -> None:
    dialog = LanguageDialog(settings, running="uk", override="uk")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "RAMSTEIN_LANG" in dialog.notice.text()
    assert dialog.restart_button.isEnabled()  # a restart drops the override
    assert i18n.override_in_use(["ramstein", "--lang", "fr"]) == "fr"
    assert i18n.override_in_use(["ramstein", "--lang=uk"]) == "uk"


def test_restart_now_closes_the_window_and_reopens_its_database(
        qtbot: Any, window: MainWindow, demo_db: Path, monkeypatch: Any) -> None:
    path = demo_db  # this test's own copy
    window.open_path(path)
    qtbot.waitUntil(lambda: window.ws is not None, timeout=20_000)
    launched: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(language_dialog, "launch",
                        lambda program, args: launched.append((program, args)) or True)
    quits: list[bool] = []
    monkeypatch.setattr(language_dialog, "_quit", lambda: quits.append(True))
    dialog = _open_dialog(qtbot, window)
    dialog.buttons_by_choice["uk"].click()
    dialog.restart_button.click()
    qtbot.waitUntil(lambda: bool(launched))
    assert window.settings.get(i18n.LANGUAGE_KEY) == "uk"
    assert not window.isVisible() and window.ws is None  # closed the usual way
    assert launched == [restart_command(str(path))]
    program, args = launched[0]
    assert program == sys.executable and args[-2:] == ["--db", str(path)]
    assert "--lang" not in args
    assert quits == [True]
