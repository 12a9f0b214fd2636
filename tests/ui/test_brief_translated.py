"""The brief in French and Ukrainian (issue 11): what a reader of page 1 sees in the language
installed, its title, date, figures and overdue sentence; English exactly as before after.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ramstein.services import open_workspace
from ramstein.services.brief import gather_brief
from ramstein.ui import i18n
from ramstein.ui.brief_report import write_brief

REPO = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 23)  # tests/conftest.py fixes the demo workspace's today

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) not installed")

# language -> (title words, long date, the overdue sentence's start with {n}, group, point)
EXPECTED = {
    "fr": ("Groupe de contact pour la défense de l'Ukraine", "23 novembre 2026",
           "{n} livraisons en retard, pour ", " ", ","),
    "uk": ("Контактна група з питань оборони України", "23 листопада 2026",
           "{n} поставок прострочено на суму ", " ", ","),
}


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    """The .qm files are build products: compile them when a checkout has none yet."""
    subprocess.run([str(REPO / "scripts" / "build-translations.sh")], check=True)


@pytest.fixture
def ws(demo_db: Path) -> Any:
    workspace = open_workspace(demo_db, user="tester", today=lambda: TODAY)
    yield workspace
    workspace.close()


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    installed: list[i18n.Translation] = []

    def install(lang: str) -> i18n.Translation:
        installed.append(i18n.install(lang, qapp))
        return installed[-1]

    yield install
    for translation in installed:
        i18n.uninstall(translation, qapp)
    i18n.install("en", qapp)
    installed.clear()


def first_page(pdf: Path) -> str:
    """Page 1 as pdftotext reads it, the locale's no-break spaces as plain ones, one line."""
    text = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def localized(number: str, group: str, point: str) -> str:
    return number.translate(str.maketrans({",": group, ".": point}))


@pytest.mark.parametrize("lang", ["fr", "uk"])
def test_page_one_reads_in_the_language_then_english_again(
        qapp: Any, ws: Any, tmp_path: Path, language: Any, lang: str) -> None:
    title, day, overdue, group, point = EXPECTED[lang]
    translation = language(lang)
    data = gather_brief(ws)
    assert data.overdue_count > 1, "the demo has overdue deliveries"
    write_brief(tmp_path / "brief.pdf", data)
    page = first_page(tmp_path / "brief.pdf")

    assert title in page
    assert day in page
    assert localized(f"{data.pledged:,.2f}", group, point) in page  # the key figure's exact total
    assert re.search(r"\d+,\d ?%", page), "a percentage with a decimal comma"
    count = localized(f"{data.overdue_count:,}", group, point)
    assert overdue.format(n=count) in page
    assert "overdue" not in page and "deliveries" not in page and "December" not in page

    i18n.uninstall(translation, qapp)  # what the fixture does after each test: English again
    i18n.install("en", qapp)
    english = first_page(write_brief(tmp_path / "en.pdf", gather_brief(ws)).path)
    assert "Ukraine Defense Contact Group — Military aid brief" in english
    assert "23 November 2026" in english
    assert f"{data.overdue_count:,} deliveries overdue worth EUR " in english
    assert f"{Decimal(data.pledged):,.2f}" in english
