"""The Members view as a planner uses it: the table, sorting, the kind filter, a member's page
and its workbook export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt

from ramstein.domain.enums import MemberKind
from ramstein.ui.main_window import MainWindow
from ramstein.ui.models.member_pledges_model import MemberPledgesModel
from ramstein.ui.models.members_model import (
    DELIVERED,
    GDP,
    NAME,
    PLEDGED,
    MembersModel,
    MembersProxy,
)
from ramstein.ui.views.members_view import MembersView

LOAD_TIMEOUT_MS = 20_000


@pytest.fixture
def members(qtbot: Any, demo_window: MainWindow) -> MembersView:
    demo_window.show_view("members")
    view = demo_window.views["members"]
    qtbot.waitUntil(view.is_ready, timeout=LOAD_TIMEOUT_MS)
    assert isinstance(view, MembersView)
    return view


def _column(view: MembersView, column: int) -> list[str]:
    proxy = view.proxy
    return [proxy.data(proxy.index(r, column)) for r in range(proxy.rowCount())]


def test_members_table_shows_every_donor_with_exact_figures(members: MembersView) -> None:
    rows = members.ws.members.rows()
    assert members.proxy.rowCount() == len(rows) > 30
    usa = next(r for r in rows if r.iso3 == "USA")
    shown = next(r for r in range(members.proxy.rowCount())
                 if members.proxy.data(members.proxy.index(r, 1)) == "USA")
    assert members.proxy.data(members.proxy.index(shown, PLEDGED)) == f"{usa.pledged_eur:,.2f}"
    assert "Ukraine" not in _column(members, NAME)  # the recipient is not a donor
    assert "55 members" in members.totals_label.text() or "members" in members.totals_label.text()


def test_sort_by_delivered_orders_by_the_decimal_value(qtbot: Any, members: MembersView) -> None:
    header = members.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft()
                     + _section_center(header, DELIVERED))
    shown = [r.delivered_eur for r in members.shown_rows()]
    first_order = header.sortIndicatorOrder()
    assert header.sortIndicatorSection() == DELIVERED
    expected = sorted(shown, reverse=first_order == Qt.SortOrder.DescendingOrder)
    assert shown == expected
    members.sort_by(DELIVERED, Qt.SortOrder.DescendingOrder)
    values = [r.delivered_eur for r in members.shown_rows()]
    assert values == sorted(values, reverse=True) and values[0] > values[-1]


def _section_center(header: Any, column: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, 5)


def test_unknown_gdp_sorts_last(members: MembersView) -> None:
    members.sort_by(GDP, Qt.SortOrder.AscendingOrder)
    gdp = [r.gdp_usd_bn for r in members.shown_rows()]
    known = [g for g in gdp if g is not None]
    assert gdp[:len(known)] == sorted(known)
    assert all(g is None for g in gdp[len(known):])


def test_kind_filter_shows_only_that_kind(qtbot: Any, members: MembersView) -> None:
    total = members.proxy.rowCount()
    qtbot.mouseClick(members.kind_buttons["organisation"], Qt.MouseButton.LeftButton)
    kinds = {r.kind for r in members.shown_rows()}
    assert kinds == {MemberKind.ORGANISATION}
    assert f"of {total:,} members" in members.totals_label.text()
    qtbot.mouseClick(members.kind_buttons["partner"], Qt.MouseButton.LeftButton)
    assert {r.kind for r in members.shown_rows()} == {MemberKind.ORGANISATION, MemberKind.PARTNER}
    qtbot.mouseClick(members.all_button, Qt.MouseButton.LeftButton)
    assert members.proxy.rowCount() == total
    assert not any(b.isChecked() for b in members.kind_buttons.values())


def test_double_click_opens_the_member_page(qtbot: Any, members: MembersView) -> None:
    members.sort_by(PLEDGED, Qt.SortOrder.DescendingOrder)
    top = members.shown_rows()[0]
    index = members.proxy.index(0, NAME)
    rect = members.table.visualRect(index)
    # A real double-click: press, release, then the double-click event (Qt wants the press).
    qtbot.mouseClick(members.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(members.page_ready, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseDClick(members.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = members.page_view
    assert members.showing_member() == top.member_id
    assert page.title_label.text() == top.name
    assert page.cards["pledged"].value_label.toolTip() == f"€{top.pledged_eur:,.2f}"
    assert page.pledges_model.rowCount() == len(page.page.pledges) > 0
    assert page.tabs.tabText(0) == f"Pledges ({len(page.page.pledges):,})"
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert members.showing_member() is None
    assert members.pages.currentIndex() == 0


def test_member_page_shows_fund_position_and_both_sides_of_financing(
        qtbot: Any, members: MembersView) -> None:
    rows = members.ws.members.rows()
    payer = max(rows, key=lambda r: r.paid_for_eur)
    assert payer.paid_for_eur > 0  # the demo has PURL / Danish-model pledges
    with qtbot.waitSignal(members.page_ready, timeout=LOAD_TIMEOUT_MS):
        members.open_member(payer.member_id)
    page = members.page_view
    assert page.paid_for_model.rowCount() == len(page.page.paid_for) > 0
    # paid for: delivered by another member (the Donor column)
    donors = {page.paid_for_model.data(page.paid_for_model.index(r, 1))
              for r in range(page.paid_for_model.rowCount())}
    assert payer.name not in donors
    ws = members.ws
    expected = [(spec.name, str(ws.funds.current_year(spec))) for spec in ws.funds.funds()
                if payer.member_id in spec.participants]
    assert expected  # the demo's biggest payer for others is a NATO ally
    assert sorted(f[:2] for f in page.fund_model.rows()) == sorted(expected)


def test_export_of_a_members_workbook_writes_the_file(
        qtbot: Any, members: MembersView, demo_window: MainWindow, tmp_path: Path) -> None:
    row = next(r for r in members.ws.members.rows() if r.iso3 == "DEU")
    with qtbot.waitSignal(members.page_ready, timeout=LOAD_TIMEOUT_MS):
        members.open_member(row.member_id)
    qtbot.mouseClick(members.page_view.export_button, Qt.MouseButton.LeftButton)
    dialog = members.file_dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "germany.xlsx"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: "Exported" in demo_window.statusBar().currentMessage(),
                    timeout=LOAD_TIMEOUT_MS)
    assert target.exists()
    book = openpyxl.load_workbook(target, read_only=True)
    sheet = book["Pledges"]
    header = [c.value for c in next(sheet.iter_rows(min_row=1, max_row=1))]
    donor_col = next(i for i, v in enumerate(header) if v and str(v).startswith("Donor"))
    donors = {r[donor_col] for r in sheet.iter_rows(min_row=2, values_only=True) if any(r)}
    book.close()
    assert donors and donors <= {"DEU", "Germany"}


def test_capability_chart_follows_the_selection(qtbot: Any, members: MembersView) -> None:
    assert "all members shown" in members.capability_title.text()
    members.table.selectRow(0)
    name = members.shown_rows()[0].name
    assert name in members.capability_title.text()
    assert members._charts[1].view.isVisibleTo(members)


def test_members_models_pass_the_model_tester(qtmodeltester: Any, members: MembersView) -> None:
    model = MembersModel()
    model.set_rows(members.model.rows())
    qtmodeltester.check(model)
    proxy = MembersProxy()
    proxy.setSourceModel(model)
    proxy.sort(PLEDGED, Qt.SortOrder.DescendingOrder)
    proxy.set_kinds(["nato"])
    qtmodeltester.check(proxy)
    page = members.ws.members.page(members.model.rows()[0].member_id)
    pledges = MemberPledgesModel()
    pledges.set_rows(page.pledges[:200])
    pledges.sort(3, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(pledges)
    assert pledges.rowCount(QModelIndex()) == min(200, len(page.pledges))
