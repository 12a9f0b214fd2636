"""The window in French and Ukrainian: menus, dialog titles, dates and numbers (issue 11)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ramstein.ui import i18n
from ramstein.ui.formatting import count_text, date_text, eur_full
from ramstein.ui.main_window import MainWindow
from ramstein.ui.window_settings import WindowSettings, open_settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    """The .qm files are build products: compile them when a checkout has none yet."""
    if not all((REPO / "resources" / "translations" / f"ramstein_{lang}.qm").is_file()
               for lang in ("fr", "uk")):
        subprocess.run([str(REPO / "scripts" / "build-translations.sh")], check=True)


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    """install(lang) for one test; English again afterwards (the other tests read English)."""
    installed: list[i18n.Translation] = []

    def install(lang: str) -> i18n.Translation:
        installed.append(i18n.install(lang, qapp))
        return installed[-1]

    yield install
    for translation in installed:
        i18n.uninstall(translation, qapp)
    i18n.install("en", qapp)


def _window(qtbot: Any, settings: WindowSettings) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    return win


def test_french_menus_and_dialog_title(qtbot: Any, settings: WindowSettings, language: Any) -> None:
    translation = language("fr")
    assert not translation.missing
    win = _window(qtbot, settings)
    assert win.menus["File"].title() == "&Fichier"
    assert win.named_actions["export_excel"].text() == "&Exporter vers Excel…"
    assert win.path_label.text() == "Aucune base de données ouverte"
    win.about()
    assert win.last_message is not None
    assert win.last_message.windowTitle() == "À propos de Ramstein Planner"
    win.last_message.close()


def test_ukrainian_is_cyrillic(qtbot: Any, settings: WindowSettings, language: Any) -> None:
    language("uk")
    win = _window(qtbot, settings)
    titles = [menu.title() for menu in win.menus.values()]
    assert titles[0] == "&Файл"
    assert all(any("\u0400" <= c <= "\u04ff" for c in t) for t in titles)
    assert win.named_actions["view_pledges"].text() == "Зобов'язання"


def test_dates_and_numbers_follow_the_language(language: Any) -> None:
    day = date(2026, 3, 4)
    assert date_text(day) == "2026-03-04"  # English: ISO, as the sheets
    language("fr")
    assert date_text(day) == "04/03/2026"
    assert count_text(1_234_567) == "1\u202f234\u202f567"
    assert eur_full(None) == ""
    language("uk")
    assert date_text(day) == "04.03.2026"
    assert count_text(1_234_567) == "1\xa0234\xa0567"


def test_the_language_setting_persists(settings_dir: Path, monkeypatch: Any) -> None:
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    first = WindowSettings(open_settings(settings_dir))
    assert first.get(i18n.LANGUAGE_KEY) == "system"
    first.set(i18n.LANGUAGE_KEY, "uk")
    first.sync()
    again = WindowSettings(open_settings(settings_dir))
    assert again.get(i18n.LANGUAGE_KEY) == "uk"
    assert i18n.language_of(i18n.requested_language(again.get(i18n.LANGUAGE_KEY))) == "uk"
    assert i18n.requested_language("uk", "fr") == "fr"  # --lang wins
    monkeypatch.setenv(i18n.ENV_VAR, "en")
    assert i18n.requested_language("uk") == "en"  # then RAMSTEIN_LANG


def test_cli_messages_are_translated(tmp_path: Path) -> None:
    from ramstein import i18n as cli_i18n

    try:
        cli_i18n.set_language("fr")
        assert cli_i18n._("read only") == "lecture seule"
        cli_i18n.set_language("uk")
        assert cli_i18n._("Database") == "База даних"
    finally:
        cli_i18n.set_language("en")


def test_filter_and_column_help_follow_the_cli_language() -> None:
    """The non-Qt texts a person reads (filter description, the sheets' column help) are in
    the catalogue; the headers the importer finds columns by stay English."""
    from ramstein import i18n as cli_i18n
    from ramstein.domain.filters import PledgeFilter
    from ramstein.exchange.xlsx_schema import PLEDGES

    item = next(c for c in PLEDGES.columns if c.key == "item")
    try:
        cli_i18n.set_language("fr")
        assert PledgeFilter().describe() == "aucun filtre"
        assert cli_i18n._(item.help) == "Ce qui est promis."
        assert item.label == "Item"
        cli_i18n.set_language("uk")
        assert PledgeFilter().describe() == "без фільтра"
        assert cli_i18n._(PLEDGES.help).startswith("Один рядок на зобов'язання.")
    finally:
        cli_i18n.set_language("en")
    assert PledgeFilter().describe() == "no filter"
