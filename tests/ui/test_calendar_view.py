"""The Calendar view: month navigation, the agenda against the database, drag to reschedule
and undo, mark delivered and undo, overdue styling, filters, .ics export and the PDF print."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ramstein.domain.enums import DeliveryStatus
from ramstein.domain.filters import PledgeFilter
from ramstein.ui.dialogs.calendar_dialogs import MoveDialog
from ramstein.ui.main_window import MainWindow
from ramstein.ui.models.agenda_model import (
    OVERDUE_COLOR,
    AgendaModel,
    deliveries_mime,
    read_deliveries_mime,
)
from ramstein.ui.views.calendar_view import CalendarView
from ramstein.ui.views.month_grid import add_months, eur_compact, grid_days

TODAY = date(2026, 11, 23)  # tests/conftest.py fixes the demo workspace's today

TIMEOUT_MS = 20_000


def wait_current(qtbot: Any, view: CalendarView) -> None:
    qtbot.waitUntil(view.is_current, timeout=TIMEOUT_MS)


@pytest.fixture
def view(qtbot: Any, demo_window: MainWindow) -> CalendarView:
    demo_window.show_view("calendar")
    page = demo_window.views["calendar"]
    assert isinstance(page, CalendarView)
    wait_current(qtbot, page)
    return page


def db_rows(ws: Any, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    return list(ws.db.reader.rows(sql, args))


def delivery_row(ws: Any, delivery_id: int) -> tuple[Any, ...]:
    return db_rows(ws, "SELECT planned_on, status, actual_on, delay_reason, version "
                       "FROM deliveries WHERE id = ?", delivery_id)[0]


def busy_day(view: CalendarView, *, before: date | None = None, overdue: bool = False) -> date:
    """A day of the shown month with deliveries (optionally overdue ones)."""
    data = view.month_data()
    assert data is not None
    days = [c for c in data.days.values() if c.day.month == data.month and c.count
            and (before is None or c.day < before) and (not overdue or c.overdue)]
    assert days, "the demo month has no such day"
    return max(days, key=lambda c: c.count).day


def show_day(qtbot: Any, view: CalendarView, day: date) -> None:
    view.set_scope("day")
    view.select_day(day)
    wait_current(qtbot, view)


# ---------------------------------------------------------------------- navigation
def test_opens_on_today_and_pages_through_months(qtbot: Any, view: CalendarView) -> None:
    assert view.header_text() == "November 2026"
    assert view.selected_day() == TODAY
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    wait_current(qtbot, view)
    assert view.header_text() == "December 2026"
    assert view.month_data() is not None and view.month_data().month == 12
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(view.grid, Qt.Key.Key_PageUp)
    assert view.header_text() == "October 2026"
    qtbot.keyClick(view.grid, Qt.Key.Key_Home)
    assert view.header_text() == "November 2026"
    assert view.selected_day() == TODAY
    qtbot.mouseClick(view.prev_button, Qt.MouseButton.LeftButton)
    assert view.header_text() == "October 2026"
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.header_text() == "November 2026"
    view.jump_edit.setDate(view.jump_edit.date().addYears(-1))
    assert view.header_text() == "November 2025"


def test_arrow_keys_move_the_selected_day_across_months(qtbot: Any, view: CalendarView) -> None:
    view.select_day(date(2026, 11, 30))
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Right)
    assert view.selected_day() == date(2026, 12, 1)
    assert view.header_text() == "December 2026"
    qtbot.keyClick(view.grid, Qt.Key.Key_Up)
    assert view.selected_day() == date(2026, 11, 24)
    assert view.header_text() == "November 2026"


def test_neighbour_months_are_cached_after_a_load(qtbot: Any, view: CalendarView) -> None:
    key = view.calendar_filter()
    qtbot.waitUntil(lambda: (2026, 12, key) in view._cache and (2026, 10, key) in view._cache,
                    timeout=TIMEOUT_MS)
    view.step_month(1)
    # The grid is filled at once from the cache, before the agenda has loaded.
    assert view.grid.is_loaded()
    assert view.grid.cell(date(2026, 12, 1)) is not None


def test_a_click_on_a_day_selects_it(qtbot: Any, view: CalendarView) -> None:
    day = date(2026, 11, 12)
    center = view.grid.day_rect(day).center()
    qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=center)
    assert view.selected_day() == day
    assert len(grid_days(2026, 11)) == 42


# ---------------------------------------------------------------------- agenda vs database
def test_the_agenda_of_a_day_is_what_the_database_plans(qtbot: Any, view: CalendarView,
                                                       demo_ws: Any) -> None:
    day = busy_day(view)
    show_day(qtbot, view, day)
    shown = {r.delivery_id for r in view.agenda_model.rows()}
    stored = {r[0] for r in db_rows(demo_ws, "SELECT id FROM deliveries WHERE planned_on = ?",
                                    day.isoformat())}
    assert shown == stored and shown
    cell = view.grid.cell(day)
    assert cell is not None and cell.count == len(shown)
    assert view.agenda_label.text().startswith(f"{day:%a} {day.day} {day:%b %Y}")
    assert f"{len(shown):,} deliver" in view.agenda_label.text()
    # A row reads pledge, donor, item, quantity, hub and status as stored.
    first = view.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole)
    ref, donor = db_rows(demo_ws, "SELECT p.reference, m.name FROM deliveries d JOIN pledges p "
                                  "ON p.id = d.pledge_id JOIN members m ON m.id = p.donor_id "
                                  "WHERE d.id = ?", first)[0]
    assert view.proxy.index(0, 2).data() == ref
    assert view.proxy.index(0, 3).data() == donor


def test_week_and_month_scopes_and_sorting(qtbot: Any, view: CalendarView, demo_ws: Any) -> None:
    view.set_scope("week")
    wait_current(qtbot, view)
    monday = TODAY - timedelta(days=TODAY.weekday())
    stored = db_rows(demo_ws, "SELECT COUNT(*) FROM deliveries WHERE planned_on BETWEEN ? AND ?",
                     monday.isoformat(), (monday + timedelta(days=6)).isoformat())[0][0]
    assert view.proxy.rowCount() == stored
    qtbot.mouseClick(view.scope_buttons.buttons()[2], Qt.MouseButton.LeftButton)
    wait_current(qtbot, view)
    data = view.month_data()
    assert data is not None and view.proxy.rowCount() == data.total_count
    view.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # EUR, largest first
    values = [view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2).eur
              for r in range(view.proxy.rowCount())]
    known = [v for v in values if v is not None]
    assert known == sorted(known, reverse=True)


# ---------------------------------------------------------------------- drag to reschedule
def test_a_dropped_delivery_moves_and_undo_brings_it_back(qtbot: Any, demo_window: MainWindow,
                                                         view: CalendarView, demo_ws: Any) -> None:
    day = busy_day(view)
    show_day(qtbot, view, day)
    row = next(r for r in view.agenda_model.rows() if r.status.is_open)
    before = delivery_row(demo_ws, row.delivery_id)
    target = day + timedelta(days=3) if day.day < 25 else day - timedelta(days=3)
    mime = deliveries_mime([row])
    assert read_deliveries_mime(mime)[0]["id"] == row.delivery_id
    assert view.grid.drop_on(target, mime)
    dialog = view.last_dialog
    assert isinstance(dialog, MoveDialog) and dialog.isVisible()
    assert dialog.day() == target
    dialog.reason_edit.setText("convoy slot moved")
    dialog.accept()
    after = delivery_row(demo_ws, row.delivery_id)
    assert after[0] == target.isoformat() and after[3] == "convoy slot moved"
    assert demo_window.undo_stack.undoText().startswith("Move 1 delivery to")
    audit = db_rows(demo_ws, "SELECT source FROM audit_log WHERE entity = 'delivery' AND "
                             "entity_id = ? ORDER BY id DESC LIMIT 1", str(row.delivery_id))
    assert audit and audit[0][0] == "calendar"
    wait_current(qtbot, view)
    assert row.delivery_id not in {r.delivery_id for r in view.agenda_model.rows()}

    demo_window.named_actions["undo"].trigger()
    assert delivery_row(demo_ws, row.delivery_id)[:4] == before[:4]
    demo_window.named_actions["redo"].trigger()
    assert delivery_row(demo_ws, row.delivery_id)[0] == target.isoformat()
    demo_window.undo_stack.undo()
    assert delivery_row(demo_ws, row.delivery_id)[:4] == before[:4]


def test_a_drop_with_delay_needs_a_reason_and_sets_delayed(qtbot: Any, view: CalendarView,
                                                          demo_ws: Any) -> None:
    day = busy_day(view)
    show_day(qtbot, view, day)
    row = next(r for r in view.agenda_model.rows() if r.status.is_open)
    view.grid.drop_on(day + timedelta(days=10), deliveries_mime([row]))
    dialog = view.last_dialog
    assert isinstance(dialog, MoveDialog)
    dialog.delayed_box.setChecked(True)
    assert not dialog.ok_button.isEnabled()
    dialog.reason_edit.setText("air defence priority")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    planned, status, _actual, reason, _v = delivery_row(demo_ws, row.delivery_id)
    assert (planned, status, reason) == ((day + timedelta(days=10)).isoformat(), "delayed",
                                         "air defence priority")


def test_a_stale_drop_is_refused_and_told(qtbot: Any, view: CalendarView, demo_ws: Any) -> None:
    day = busy_day(view)
    show_day(qtbot, view, day)
    row = next(r for r in view.agenda_model.rows() if r.status.is_open)
    demo_ws.deliveries.update(row.delivery_id, row.version, {"notes": "edited elsewhere"})
    assert not view.move_rows([row], day + timedelta(days=2))
    assert delivery_row(demo_ws, row.delivery_id)[0] == day.isoformat()
    # The window's sharing layer offers a merge instead of the old "changed elsewhere" box.
    merge = view.window().sharing.merge_dialog
    assert merge is not None and merge.isVisible()
    assert [f.field for f in merge.proposal.fields] == ["planned_on"]


# ---------------------------------------------------------------------- mark delivered
def test_mark_delivered_sets_today_and_undo_reverts(qtbot: Any, demo_window: MainWindow,
                                                   view: CalendarView, demo_ws: Any) -> None:
    day = busy_day(view)
    show_day(qtbot, view, day)
    view.table.selectAll()
    selected = [r for r in view.selected_rows() if r.status.is_open]
    assert len(selected) >= 2
    befores = [delivery_row(demo_ws, r.delivery_id) for r in selected]
    assert view.delivered_button.isEnabled()
    qtbot.mouseClick(view.delivered_button, Qt.MouseButton.LeftButton)
    for r in selected:
        _p, status, actual, _reason, _v = delivery_row(demo_ws, r.delivery_id)
        assert (status, actual) == ("delivered", TODAY.isoformat())
    assert demo_window.undo_stack.undoText() == f"Mark {len(selected)} deliveries delivered"
    demo_window.named_actions["undo"].trigger()  # one step for all of them
    for r, before in zip(selected, befores, strict=True):
        assert delivery_row(demo_ws, r.delivery_id)[:4] == before[:4]


# ---------------------------------------------------------------------- overdue
def test_a_past_undelivered_delivery_is_styled_overdue(qtbot: Any, view: CalendarView,
                                                      demo_ws: Any) -> None:
    day = busy_day(view, before=TODAY, overdue=True)
    cell = view.grid.cell(day)
    assert cell is not None and cell.overdue > 0
    stored = db_rows(demo_ws, "SELECT COUNT(*) FROM deliveries WHERE planned_on = ? AND status "
                              "IN ('planned', 'in_transit', 'delayed')", day.isoformat())[0][0]
    assert cell.overdue == stored
    show_day(qtbot, view, day)
    late = [r for r in range(view.proxy.rowCount())
            if view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2).overdue]
    assert len(late) == stored
    brush = view.proxy.index(late[0], 0).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == OVERDUE_COLOR
    assert "overdue" in view.proxy.index(late[0], 1).data()
    assert "overdue" in view.totals_label.text()
    # A future day is never overdue.
    future = view.grid.cell(TODAY + timedelta(days=3))
    assert future is None or future.overdue == 0


# ---------------------------------------------------------------------- filters
def test_filters_reduce_the_agenda(qtbot: Any, view: CalendarView, demo_ws: Any) -> None:
    view.set_scope("month")
    wait_current(qtbot, view)
    everything = view.proxy.rowCount()
    view.statuses.set_selected([DeliveryStatus.PLANNED.value], notify=True)
    wait_current(qtbot, view)
    rows = view.agenda_model.rows()
    assert 0 < len(rows) < everything
    assert {r.status for r in rows} == {DeliveryStatus.PLANNED}
    view.statuses.set_selected([], notify=True)
    donor = db_rows(demo_ws, "SELECT m.code FROM deliveries d JOIN pledges p ON p.id = "
                             "d.pledge_id JOIN members m ON m.id = p.donor_id WHERE planned_on "
                             "BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY m.code ORDER BY "
                             "COUNT(*) DESC LIMIT 1")[0][0]
    view.set_shared_filter(PledgeFilter(donors=frozenset({donor})))
    wait_current(qtbot, view)
    rows = view.agenda_model.rows()
    assert 0 < len(rows) < everything and {r.donor_code for r in rows} == {donor}
    assert view.month_data() is not None and view.month_data().total_count == len(rows)
    hub = next(iter(view.hub_names))
    view.hubs.set_selected([str(hub)], notify=True)
    wait_current(qtbot, view)
    assert all(r.hub == view.hub_names[hub] for r in view.agenda_model.rows())


def test_the_filter_bar_of_the_pledges_view_applies(qtbot: Any, demo_window: MainWindow,
                                                   view: CalendarView) -> None:
    demo_window.show_view("pledges")
    bar = demo_window.filter_bar
    assert bar is not None
    bar.set_filter(PledgeFilter(donors=frozenset({"DEU"})))
    assert view.shared.donors == {"DEU"}
    demo_window.show_view("calendar")
    wait_current(qtbot, view)
    assert {r.donor_code for r in view.agenda_model.rows()} <= {"DEU"}
    assert "Germany" in view.shared_label.text()


# ---------------------------------------------------------------------- files
def test_export_calendar_action_writes_an_ics_file(qtbot: Any, demo_window: MainWindow,
                                                   view: CalendarView, tmp_path: Path) -> None:
    demo_window.named_actions["export_calendar"].trigger()
    dialog = view.file_dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "deliveries.ics"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(target.exists, timeout=TIMEOUT_MS)
    demo_window.runner.wait(10)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and text.count("BEGIN:VEVENT") > 100


def test_print_month_writes_a_pdf_with_the_marking(qtbot: Any, demo_window: MainWindow,
                                                   view: CalendarView, tmp_path: Path) -> None:
    assert demo_window.named_actions["print_calendar"].text().startswith("&Print calendar")
    target = tmp_path / "month.pdf"
    assert view.print_to(target) == target
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5_000
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(
        b"/Type/Page\n") >= 1 or b"/Count 1" in data
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                              check=True).stdout
        marking = demo_window.ws.db.info().get("classification") or "UNCLASSIFIED"
        assert text.count(marking) >= 2  # top and bottom
        assert "November 2026" in text


def test_print_refuses_without_a_required_marking(qtbot: Any, demo_window: MainWindow,
                                                  view: CalendarView, tmp_path: Path,
                                                  monkeypatch: Any) -> None:
    from ramstein.services.classification import set_marking

    set_marking(demo_window.ws, "", required=False)
    with demo_window.ws.db.transaction(demo_window.ws.user) as tx:
        tx.set_info("classification_required", "1")
    shown: list[str] = []
    monkeypatch.setattr(view, "_box", lambda icon, title, text, details="": shown.append(details))
    target = tmp_path / "month.pdf"
    assert view.print_to(target) is None
    assert not target.exists()
    assert shown and "requires a classification marking" in shown[0]


# ---------------------------------------------------------------------- models and helpers
def test_agenda_model_passes_the_model_tester(qtmodeltester: Any, view: CalendarView) -> None:
    model = AgendaModel()
    model.set_rows(view.agenda_model.rows()[:50])
    qtmodeltester.check(model)


def test_helpers() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 15), -13) == date(2024, 12, 15)
    assert grid_days(2026, 11)[0] == date(2026, 10, 26)  # a Monday
    from decimal import Decimal

    assert eur_compact(Decimal("418123456")) == "€418m"
    assert eur_compact(Decimal("14234567")) == "€14.2m"
