"""The dialogs and models read in French and Ukrainian once their translations are installed.

The translations are compiled from translations/dialogs_<lang>.ts into a temporary .qm here
(pyside6-lrelease), so the test checks the sources themselves; the translator is removed at
the end, so the other tests stay in English.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from ramstein.services.mapped_import import TARGETS
from ramstein.ui.dialogs.calendar_dialogs import MoveDialog
from ramstein.ui.dialogs.import_dialog import ImportPreviewDialog
from ramstein.ui.models.mapped_preview_model import FIELD_LABELS
from ramstein.ui.models.pledges_model import COLUMNS, PledgesModel
from ramstein.ui.models.rates_model import RatesModel
from ramstein.ui.plural import plural

ROOT = Path(__file__).resolve().parents[2]
HORIZONTAL = Qt.Orientation.Horizontal


def _lrelease() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else (shutil.which("pyside6-lrelease") or "")


@pytest.fixture
def translated(qapp: Any, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Install the compiled dialogs translation of `request.param` (fr, uk)."""
    lang: str = request.param
    tool = _lrelease()
    if not tool:
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / f"dialogs_{lang}.qm"
    subprocess.run([tool, str(ROOT / "translations" / f"dialogs_{lang}.ts"), "-qm", str(qm)],
                   check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield lang
    finally:
        QCoreApplication.removeTranslator(translator)


def _texts(qtbot: Any) -> tuple[str, str, str, str]:
    """A dialog's title, two model headers and a plural, as the user would read them."""
    dialog = MoveDialog("DEU-2024-001", date(2024, 5, 1))
    qtbot.addWidget(dialog)
    donor = next(i for i, c in enumerate(COLUMNS) if c.title == "Donor")
    conflicts = plural(QCoreApplication.translate("ImportPreviewDialog", "{n} conflict(s)", "", 3),
                       3).format(n=3)
    return (dialog.windowTitle(), PledgesModel().headerData(donor, HORIZONTAL),
            RatesModel().headerData(0, HORIZONTAL), conflicts)


@pytest.mark.parametrize(("translated", "expected"), [
    ("fr", ("Replanifier la livraison", "Donateur", "Devise", "3 conflits")),
    ("uk", ("Перенести поставку", "Донор", "Валюта", "3 конфлікти")),
], indirect=["translated"])
def test_a_dialog_title_and_model_headers_come_out_translated(
    qtbot: Any, translated: str, expected: tuple[str, ...]
) -> None:
    assert _texts(qtbot) == expected


@pytest.mark.parametrize("translated", ["uk"], indirect=True)
def test_ukrainian_counts_take_their_three_plural_forms(translated: str) -> None:
    def pledges(n: int) -> str:
        return QCoreApplication.translate("RatesDialog", "{n} pledge(s) re-valued", "", n)

    assert [pledges(n).format(n=n) for n in (1, 3, 5, 21)] == [
        "Переоцінено 1 зобов'язання", "Переоцінено 3 зобов'язання",
        "Переоцінено 5 зобов'язань", "Переоцінено 21 зобов'язання"]


def test_without_a_translator_the_texts_are_english(qtbot: Any) -> None:
    assert _texts(qtbot) == ("Reschedule delivery", "Donor", "Currency", "3 conflicts")
    one = QCoreApplication.translate("ImportPreviewDialog", "{n} conflict(s)", "", 1)
    assert plural(one, 1).format(n=1) == "1 conflict"


class _Plan:
    source_name = "pledges.xlsx"
    unchanged = 0
    unchanged_by_sheet: dict[str, int] = {}
    errors: list[Any] = []
    warnings: list[str] = []

    def rows(self, kind: Any) -> list[Any]:
        return []


@pytest.mark.parametrize("translated", ["fr"], indirect=True)
def test_the_import_preview_counts_read_in_french(qtbot: Any, translated: str) -> None:
    dialog = ImportPreviewDialog(_Plan(), lambda sheet, key: key)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Importer pledges.xlsx"
    assert dialog.counts_label.text() == (
        "0 nouvelles · 0 modifiées · 0 inchangées · 0 conflit · 0 erreur · 0 avertissement")
    assert dialog.tabs.tabText(3) == "Erreurs (0)"


def test_every_mapped_field_label_is_in_the_catalogue() -> None:
    """The foreign-sheet fields are named by the service; the UI marks their labels."""
    assert {t.label for t in TARGETS} <= set(FIELD_LABELS)
