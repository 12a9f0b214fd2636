"""The staff brief PDF: what a reader of the printed pages sees (pdftotext, pdftoppm), and
File > Export brief… driven like a user does."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ramstein.services import open_workspace
from ramstein.services.brief import BriefData, gather_brief
from ramstein.services.classification import MarkingRequired, set_marking
from ramstein.services.progress import Cancelled
from ramstein.ui.brief_report import eur_m, write_brief
from ramstein.ui.main_window import MainWindow

LOAD_TIMEOUT_MS = 20_000

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext, pdftoppm) not installed")
TODAY = date(2026, 11, 23)  # tests/conftest.py fixes the demo workspace's today
MARKING = "UNCLASSIFIED // FOR PLANNING USE"
TITLE = "Ukraine Defense Contact Group — Military aid brief"


@pytest.fixture
def ws(demo_db: Path) -> Any:
    workspace = open_workspace(demo_db, user="tester", today=lambda: TODAY)
    yield workspace
    workspace.close()


def pages_of(pdf: Path) -> list[str]:
    """The text of each page, as pdftotext lays it out."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    count = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]
    return [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
            for n in range(1, count + 1)]


def brief(ws: Any, path: Path, donor: str | None = None) -> tuple[BriefData, list[str]]:
    data = gather_brief(ws, donor)
    result = write_brief(path, data)
    pages = pages_of(path)
    assert result.pages == len(pages)
    return data, pages


def test_the_brief_is_a_valid_pdf_with_the_marking_and_page_numbers_on_every_page(
        qapp: Any, ws: Any, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    _data, pages = brief(ws, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert len(pages) >= 3
    for number, text in enumerate(pages, 1):
        assert text.count(MARKING) == 2, f"page {number}: marking at top and bottom"
        assert f"Page {number} of {len(pages)}" in text
        assert "demo.db" in text and "data as of" in text
    first = pages[0]
    assert TITLE in first and "All donors" in first
    assert "BOTTOM LINE" in first and "Delivered " in first and "of pledged" in first
    assert "Washington 2024 pledge" in first and "floor" in first
    assert not list(tmp_path.glob(".*.part"))  # written next to the target, then renamed


def test_a_donors_figures_match_the_summary(qapp: Any, ws: Any, tmp_path: Path) -> None:
    doc = ws.summaries.summary_json()
    top = doc["by_donor"][0]
    _data, pages = brief(ws, tmp_path / "all.pdf")
    text = "\n".join(pages)
    row = next(line for line in text.splitlines() if f"{top['name']} ({top['iso3']})" in line)
    assert eur_m(Decimal(top["pledged_eur"])) in row and eur_m(Decimal(top["delivered_eur"])) in row
    assert f"{Decimal(doc['pledged_eur']):,.2f}" in pages[0]  # the exact total of the key figure
    assert f"{Decimal(doc['delivered_eur']):,.2f}" in pages[0]


def test_the_overdue_table_lists_the_longest_overdue_first(qapp: Any, ws: Any,
                                                           tmp_path: Path) -> None:
    data, pages = brief(ws, tmp_path / "brief.pdf")
    assert data.overdue, "the demo has overdue deliveries"
    text = "\n".join(pages)
    oldest = data.overdue[0]
    assert f"Overdue deliveries ({data.overdue_count:,}" in text
    line = next(ln for ln in text.splitlines() if oldest.pledge_reference in ln
                and oldest.planned_on.isoformat() in ln)
    assert f"{(TODAY - oldest.planned_on).days:,}" in line
    days = [(TODAY - o.planned_on).days for o in data.overdue]
    assert days == sorted(days, reverse=True)


def test_the_donor_brief_shows_only_that_donor(qapp: Any, ws: Any, tmp_path: Path) -> None:
    doc = ws.summaries.summary_json()
    mine, other = doc["by_donor"][0], doc["by_donor"][1]
    data, pages = brief(ws, tmp_path / "donor.pdf", mine["iso3"].lower())
    text = "\n".join(pages)
    assert f"{mine['name']} ({mine['iso3']}) only" in pages[0]
    assert f"{Decimal(mine['pledged_eur']):,.2f}" in pages[0]
    assert f"{Decimal(mine['delivered_eur']):,.2f}" in pages[0]
    assert f"({other['iso3']})" not in text and f"{other['iso3']}-" not in text
    assert all(o.donor_code == mine["iso3"] for o in data.overdue)
    for text_of_page in pages:
        assert text_of_page.count(MARKING) == 2


def test_every_page_renders_to_png(qapp: Any, ws: Any, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    _data, pages = brief(ws, target)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(target), str(tmp_path / "page")],
                   check=True, capture_output=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(pages)
    assert all(p.read_bytes().startswith(b"\x89PNG") and p.stat().st_size > 2_000 for p in images)


def test_refused_when_a_required_marking_is_missing(qapp: Any, ws: Any, tmp_path: Path) -> None:
    set_marking(ws, "", required=False)
    with ws.db.transaction(ws.user) as tx:
        tx.set_info("classification_required", "1")
    with pytest.raises(MarkingRequired, match="the brief: this database requires a classification"):
        gather_brief(ws)


def test_a_cancelled_brief_leaves_the_previous_file(qapp: Any, ws: Any, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"the previous brief")

    class CancelNow:
        cancelled = True

        def report(self, done: int, total: int, message: str = "") -> None:
            return None

    with pytest.raises(Cancelled):
        write_brief(target, gather_brief(ws), progress=CancelNow())
    assert target.read_bytes() == b"the previous brief"
    assert not list(tmp_path.glob(".*.part"))


# ---------------------------------------------------------------------- the window
def test_file_export_brief_asks_the_scope_and_the_file_and_says_where(
        qtbot: Any, demo_window: MainWindow, tmp_path: Path) -> None:
    action = demo_window.named_actions["export_brief"]
    action.trigger()
    exporter = demo_window._brief
    dialog = exporter.scope_dialog
    code = demo_window.ws.summaries.summary_json()["by_donor"][0]["iso3"]
    dialog.choose(code)
    dialog.accept()
    files = exporter.file_dialog
    assert files is not None and files.isVisible()
    assert code in files.selectedFiles()[0]
    target = tmp_path / "for-the-commander.pdf"
    files.selectFile(str(target))
    files.accept()
    qtbot.waitUntil(lambda: exporter.last_result is not None and not exporter.busy,
                    timeout=LOAD_TIMEOUT_MS)
    assert target.is_file()
    message = demo_window.statusBar().currentMessage()
    assert str(target) in message and "pages" in message
    assert f"({code}) only" in pages_of(target)[0]


def test_export_brief_without_a_database_says_so(window: MainWindow) -> None:
    window.named_actions["export_brief"].trigger()
    assert "Open a database first" in window.statusBar().currentMessage()
