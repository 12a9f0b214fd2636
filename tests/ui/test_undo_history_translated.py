"""Undo texts, the History tab and the filter line in French and Ukrainian (issue 11).

What a planner reads after a status change: the Edit menu's Undo entry, the pledge's history
(field and status labels, dates) and the filter description, each in the window's language;
English exactly as before.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ramstein.domain.enums import PledgeStatus
from ramstein.domain.filters import PledgeFilter
from ramstein.ui import i18n
from ramstein.ui.change_relay import ChangeRelay
from ramstein.ui.filter_bar import FilterBar
from ramstein.ui.main_window import MainWindow
from ramstein.ui.undo_commands import ChangeStatus, Target
from ramstein.ui.views.pledge_detail import PledgeDetail
from ramstein.ui.window_settings import WindowSettings

REPO = Path(__file__).resolve().parents[2]
LOAD_TIMEOUT_MS = 20_000

# language -> (Undo entry, History action, History change line, status row, filter line)
EXPECTED = {
    "en": ("&Undo change status of 2 pledges to Committed", "Status changed",
           "Status: Announced → Committed (on 2026-11-23)", "Announced → Committed",
           "Filter: Committed · 2026-01-01 – …"),
    "fr": ("&Annuler passer 2 engagements au statut Engagé", "Statut changé",
           "Statut : Annoncé → Engagé (le 23/11/2026)", "Annoncé → Engagé",
           "Filtre : Engagé · 01/01/2026 – …"),
    "uk": ("&Скасувати: змінити статус 2 зобов'язань на «Зобов'язано»", "Змінено статус",
           "Статус: Оголошено → Зобов'язано (23.11.2026)", "Оголошено → Зобов'язано",
           "Фільтр: Зобов'язано · 01.01.2026 – …"),
}


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    """The .qm files are build products: compile them when a checkout has none yet."""
    subprocess.run([str(REPO / "scripts" / "build-translations.sh")], check=True)


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    installed: list[i18n.Translation] = []

    def install(lang: str) -> None:
        installed.append(i18n.install(lang, qapp))

    yield install
    for translation in installed:
        i18n.uninstall(translation, qapp)
    i18n.install("en", qapp)


def _announced(view: Any, ws: Any, count: int) -> list[Target]:
    """The first `count` announced pledges of the table, as it shows them."""
    view.set_filter(PledgeFilter(statuses=frozenset({PledgeStatus.ANNOUNCED})))
    pledges = [ws.pledges.get(view.model.pledge_id(row)) for row in range(count)]
    view.set_filter(PledgeFilter())
    return [Target(p.id, p.version, p.reference) for p in pledges]


@pytest.mark.parametrize("lang", ["en", "fr", "uk"])
def test_undo_text_history_and_filter_read_in_the_language(
    qtbot: Any, settings: WindowSettings, demo_ws: Any, language: Any, lang: str
) -> None:
    language(lang)
    undo_text, action, change, status, filter_line = EXPECTED[lang]
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    with qtbot.waitExposed(win):
        win.show()
    win.set_workspace(demo_ws)
    win.show_view("pledges")
    view = win.views["pledges"]
    qtbot.waitUntil(view.is_ready, timeout=LOAD_TIMEOUT_MS)

    targets = _announced(view, demo_ws, 2)
    assert view.run(ChangeStatus(view.ctx, targets, [PledgeStatus.ANNOUNCED] * 2,
                                 PledgeStatus.COMMITTED))
    assert win.named_actions["undo"].text() == undo_text

    relay = ChangeRelay()
    relay.attach(demo_ws)
    pane = PledgeDetail(demo_ws, win.undo_stack, relay)
    qtbot.addWidget(pane)
    pane.show_pledge(targets[0].pledge_id)
    _when, _who, shown_action, changes, _via = pane.audit_model.rows()[0]
    assert (shown_action, changes) == (action, change)
    assert pane.status_model.rows()[0][1] == status
    relay.attach(None)

    bar = win.filter_bar
    assert isinstance(bar, FilterBar)
    bar.set_filter(PledgeFilter(statuses=frozenset({PledgeStatus.COMMITTED}),
                                date_from=date(2026, 1, 1)))
    assert bar.description_label.toolTip() == filter_line
    if lang == "uk":
        assert any("\u0400" <= c <= "\u04ff" for c in undo_text + changes)
