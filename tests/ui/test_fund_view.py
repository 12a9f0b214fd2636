"""The Fund view: the tranche split by GDP share, members below their share in red, an
exemption toggled (shares re-normalise, one undo step), the fund's terms edited."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ramstein.ui.main_window import MainWindow
from ramstein.ui.models.fund_model import (
    BELOW_COLOR,
    EXEMPT,
    FAIR,
    GAP,
    SHARE,
    FundModel,
    FundProxy,
)
from ramstein.ui.views.fund_view import FundView

LOAD_TIMEOUT_MS = 20_000


@pytest.fixture
def fund(qtbot: Any, demo_window: MainWindow) -> FundView:
    demo_window.show_view("fund")
    view = demo_window.views["fund"]
    qtbot.waitUntil(view.is_ready, timeout=LOAD_TIMEOUT_MS)
    assert isinstance(view, FundView)
    return view


def _row_of(view: FundView, code: str) -> int:
    proxy = view.proxy
    return next(r for r in range(proxy.rowCount()) if proxy.data(proxy.index(r, 1)) == code)


def _shares(view: FundView) -> dict[str, Decimal | None]:
    return {p.iso3: p.fair_share for p in view.model.rows()}


def _reloaded(qtbot: Any, view: FundView, before: Any) -> None:
    qtbot.waitUntil(lambda: view.data is not None and view.data is not before and view.is_ready(),
                    timeout=LOAD_TIMEOUT_MS)


def test_fund_view_shows_the_washington_pledge_for_the_current_year(fund: FundView) -> None:
    assert fund.fund_combo.count() == 2
    assert fund.fund_combo.currentText().startswith("Washington 2024 pledge")
    assert fund.year_combo.currentText() == str(fund.ws.today().year)
    data = fund.data
    tranche = data.fund_year.tranche_eur
    assert tranche == Decimal("40000000000")
    assert fund.cards["tranche"].value_label.text() == "€40.0bn"
    shares = [p.fair_share for p in data.fund_year.rows if p.fair_share is not None]
    assert sum(shares, Decimal(0)) == tranche  # exactly, to the cent
    hungary = fund.proxy.index(_row_of(fund, "HUN"), EXEMPT)
    assert fund.proxy.data(hungary, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_members_below_their_share_are_red(fund: FundView) -> None:
    below = [p for p in fund.model.rows() if p.below]
    assert below
    row = _row_of(fund, below[0].iso3)
    brush = fund.proxy.data(fund.proxy.index(row, GAP), Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == BELOW_COLOR
    assert fund.cards["below"].value_label.text() == f"{len(below):,}"


def test_exempting_a_member_renormalises_the_shares_and_undoes(
        qtbot: Any, fund: FundView, demo_window: MainWindow) -> None:
    before = _shares(fund)
    assert before["POL"] and before["DEU"]
    index = fund.proxy.index(_row_of(fund, "POL"), EXEMPT)
    data = fund.data
    assert fund.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    _reloaded(qtbot, fund, data)
    after = _shares(fund)
    assert after["POL"] == 0
    assert after["DEU"] > before["DEU"]  # Poland's share went to the others
    assert sum((v for v in after.values() if v), Decimal(0)) == fund.data.fund_year.tranche_eur
    pol = fund.proxy.index(_row_of(fund, "POL"), SHARE)
    assert fund.proxy.data(pol) == "0.00 %"

    assert demo_window.named_actions["undo"].text().startswith("&Undo exempt Poland")
    data = fund.data
    demo_window.undo()
    _reloaded(qtbot, fund, data)
    assert _shares(fund) == before


def test_editing_the_fund_amount_changes_the_tranche(
        qtbot: Any, fund: FundView, demo_window: MainWindow) -> None:
    qtbot.mouseClick(fund.edit_button, Qt.MouseButton.LeftButton)
    dialog = fund.last_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.amount_edit.setText("50000000000")
    data = fund.data
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    _reloaded(qtbot, fund, data)
    assert fund.data.fund_year.tranche_eur == Decimal("50000000000")
    assert fund.cards["tranche"].value_label.text() == "€50.0bn"
    data = fund.data
    demo_window.undo()
    _reloaded(qtbot, fund, data)
    assert fund.data.fund_year.tranche_eur == Decimal("40000000000")


def test_fund_dialog_refuses_a_bad_amount(qtbot: Any, fund: FundView) -> None:
    fund.edit_fund()
    dialog = fund.last_dialog
    dialog.amount_edit.setText("forty")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "Amount" in dialog.error_label.text()
    dialog.reject()


def test_other_fund_and_year(qtbot: Any, fund: FundView) -> None:
    data = fund.data
    fund.fund_combo.setCurrentIndex(1)
    _reloaded(qtbot, fund, data)
    spec = fund.data.spec
    assert spec.currency == "USD"
    assert fund.year_combo.count() == spec.last_year - spec.first_year + 1
    data = fund.data
    fund.year_combo.setCurrentIndex(0)
    _reloaded(qtbot, fund, data)
    assert fund.data.year == spec.first_year
    shares = [p.fair_share for p in fund.data.fund_year.rows if p.fair_share is not None]
    assert sum(shares, Decimal(0)) == fund.data.fund_year.tranche_eur


def test_fund_model_passes_the_model_tester(qtmodeltester: Any, fund: FundView) -> None:
    model = FundModel()
    model.set_rows(fund.model.rows(), fund.data.spec.exempt)
    qtmodeltester.check(model)
    proxy = FundProxy()
    proxy.setSourceModel(model)
    proxy.sort(FAIR, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    fair = [proxy.data(proxy.index(r, FAIR), Qt.ItemDataRole.UserRole + 2).fair_share
            for r in range(proxy.rowCount())]
    known = [f for f in fair if f is not None]
    assert known == sorted(known, reverse=True)


def test_dashboard_card_shows_this_years_fund_progress(qtbot: Any, demo_window: MainWindow) -> None:
    dashboard = demo_window.dashboard
    qtbot.waitUntil(lambda: dashboard.cards.cards["fund"].title_label.text() != "FUND",
                    timeout=LOAD_TIMEOUT_MS)
    ws = demo_window.ws
    spec = ws.funds.washington()
    progress = ws.funds.progress(spec)
    year = ws.today().year
    rate = (progress.pledged * 100 / progress.tranche).quantize(Decimal("0.1"))
    assert progress.year == year
    assert dashboard.fund_text() == (
        f"Fund {year} pledged: {_short(progress.pledged)} of €40.0bn ({rate:,.1f} %)")
    tip = dashboard.cards.cards["fund"].value_label.toolTip()
    assert tip.startswith(f"{spec.name} {year}: pledged €{progress.pledged:,.2f} of €40,000,000,000.00")


def _short(amount: Decimal) -> str:
    for size, suffix in ((Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m")):
        if amount >= size:
            return f"€{amount / size:,.1f}{suffix}"
    return f"€{amount:,.0f}"


def test_a_partner_joining_the_fund_takes_a_share(
        qtbot: Any, fund: FundView, demo_window: MainWindow) -> None:
    ws = demo_window.ws
    australia = ws.reference.members_by_code["AUS"]
    assert "AUS" not in _shares(fund)  # NATO allies only by default
    fund.edit_fund()
    dialog = fund.last_dialog
    model = dialog.participants_model
    row = next(r for r in range(model.rowCount())
               if model.item(r).data(Qt.ItemDataRole.UserRole) == australia.id)
    model.item(row).setCheckState(Qt.CheckState.Checked)
    data = fund.data
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    _reloaded(qtbot, fund, data)
    shares = _shares(fund)
    assert shares["AUS"] is not None and shares["AUS"] > 0
    assert sum(v for v in shares.values() if v is not None) == Decimal("40000000000.00")
    data = fund.data
    demo_window.undo()
    _reloaded(qtbot, fund, data)
    assert "AUS" not in _shares(fund)


def test_a_fund_needs_a_participant_that_is_not_exempt(qtbot: Any, fund: FundView) -> None:
    fund.edit_fund()
    dialog = fund.last_dialog
    dialog.tick_participants(set())
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "Participants" in dialog.error_label.text()
    dialog.reject()
