"""The pledge detail pane: delivered numbers, delivery edits with undo, and the history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from ramstein.domain.enums import DeliveryStatus, PledgeStatus
from ramstein.domain.records import Delivery, Pledge
from ramstein.ui.change_relay import ChangeRelay
from ramstein.ui.models.deliveries_model import DeliveriesModel
from ramstein.ui.views.pledge_detail import PledgeDetail, Progress, delivered_text, excess_warning

TODAY = date(2026, 11, 23)  # tests/conftest.py's fixed day


@pytest.fixture
def relay(demo_ws: Any) -> Iterator[ChangeRelay]:
    relay = ChangeRelay()
    relay.attach(demo_ws)
    yield relay
    relay.attach(None)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def detail(qtbot: Any, demo_ws: Any, stack: QUndoStack, relay: ChangeRelay) -> PledgeDetail:
    pane = PledgeDetail(demo_ws, stack, relay)
    qtbot.addWidget(pane)
    pane.resize(1100, 560)
    with qtbot.waitExposed(pane):
        pane.show()
    return pane


def _pledge_with_open_deliveries(ws: Any) -> Pledge:
    """An in-delivery pledge with a quantity, some deliveries delivered and some still open."""
    for row in ws.pledges.table_rows():
        if row[12] != PledgeStatus.IN_DELIVERY.value or row[6] is None:
            continue
        deliveries = ws.deliveries.of_pledge(row[0])
        statuses = {d.status for d in deliveries}
        if DeliveryStatus.DELIVERED in statuses and DeliveryStatus.PLANNED in statuses \
                and DeliveryStatus.CANCELLED not in statuses:
            return ws.pledges.get(row[0])
    raise AssertionError("the demo has no in-delivery pledge with open deliveries")


@pytest.fixture
def pledge(demo_ws: Any) -> Pledge:
    return _pledge_with_open_deliveries(demo_ws)


def _shown(detail: PledgeDetail, pledge: Pledge) -> None:
    detail.show_pledge(pledge.id)
    assert detail.pledge_id() == pledge.id


def _column(model: Any, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _select_row(qtbot: Any, detail: PledgeDetail, row: int) -> None:
    table = detail.deliveries_table
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [d.id for d in detail.selected_deliveries()] == [
        detail.deliveries_model.delivery(row).id]


def _row_of_status(detail: PledgeDetail, status: DeliveryStatus) -> int:
    model = detail.deliveries_model
    return next(r for r in range(model.rowCount()) if model.delivery(r).status is status)


def _num(value: Decimal) -> str:
    return f"{int(value):,}" if value == value.to_integral_value() else f"{value.normalize():,f}"


def _save(qtbot: Any, dialog: Any) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def _type_quantity(qtbot: Any, dialog: Any, text: str) -> None:
    dialog.quantity_edit.clear()
    qtbot.keyClicks(dialog.quantity_edit, text)


def test_header_shows_what_was_pledged_and_delivered(
    detail: PledgeDetail, demo_ws: Any, pledge: Pledge
) -> None:
    _shown(detail, pledge)
    deliveries = demo_ws.deliveries.of_pledge(pledge.id)
    delivered = sum((d.quantity or Decimal(0) for d in deliveries
                     if d.status is DeliveryStatus.DELIVERED), Decimal(0))
    share = delivered * 100 / pledge.quantity
    assert detail.reference_label.text() == pledge.reference
    assert detail.status_label.text() == "IN DELIVERY"
    assert pledge.item in detail.title_label.text()
    donor = demo_ws.reference.members_by_id[pledge.donor_id].name
    assert detail.title_label.text().startswith(donor)
    assert detail.delivered_label.text().startswith(
        f"Delivered {_num(delivered)} of {_num(pledge.quantity)} {pledge.unit} ({share:.0f} %)"
        if share == share.to_integral_value() else
        f"Delivered {_num(delivered)} of {_num(pledge.quantity)} {pledge.unit} ({share:.1f} %)")
    assert detail.deliveries_model.rowCount() == len(deliveries)
    assert sorted(_column(detail.deliveries_model, 0)) == sorted(
        d.planned_on.isoformat() for d in deliveries if d.planned_on)
    assert detail.warning_label.isHidden()
    assert detail.add_button.isEnabled()
    assert not detail.edit_button.isEnabled()  # nothing selected yet


def test_delivered_text_in_the_example_form() -> None:
    pledge = Pledge(1, "u", "DEU-2025-001", 1, 1, "IRIS-T SLM", PledgeStatus.IN_DELIVERY,
                    channel=_channel(), quantity=Decimal(10), unit="fire units",
                    value_eur=Decimal("1000.00"))
    done = Progress(delivered=Decimal(7), planned=Decimal(10), delivered_eur=Decimal("700.00"))
    assert delivered_text(pledge, done) == "Delivered 7 of 10 fire units (70 %)"
    assert excess_warning(pledge, done) is None
    planned_over = Progress(Decimal(7), Decimal(12), Decimal("700.00"))
    text, colour = excess_warning(pledge, planned_over)  # type: ignore[misc]
    assert text == "⚠ Deliveries add up to 12 fire units, more than the 10 pledged"
    delivered_over = Progress(Decimal(11), Decimal(11), Decimal("1000.00"))
    text2, colour2 = excess_warning(pledge, delivered_over)  # type: ignore[misc]
    assert text2.startswith("⚠ Delivered 11 fire units, more than the 10 pledged")
    assert colour != colour2  # orange when planned, red when delivered


def _channel() -> Any:
    from ramstein.domain.enums import Channel

    return Channel.IN_KIND_STOCKS


def test_adding_a_delivery_through_the_dialog_adds_a_row_and_a_record(
    qtbot: Any, detail: PledgeDetail, demo_ws: Any, pledge: Pledge, stack: QUndoStack
) -> None:
    _shown(detail, pledge)
    before = demo_ws.deliveries.of_pledge(pledge.id)
    messages: list[str] = []
    detail.message.connect(messages.append)

    qtbot.mouseClick(detail.add_button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == f"Add delivery — {pledge.reference}"
    _type_quantity(qtbot, dialog, "1")
    dialog.hub_combo.setCurrentIndex(dialog.hub_combo.findText("Slovak logistics node"))
    qtbot.keyClicks(dialog.notes_edit, "first lot by rail")
    _save(qtbot, dialog)

    assert not dialog.isVisible()
    after = demo_ws.deliveries.of_pledge(pledge.id)
    assert len(after) == len(before) + 1
    [new] = [d for d in after if d.id not in {b.id for b in before}]
    slovak = next(h.id for h in demo_ws.reference.hubs if h.name == "Slovak logistics node")
    assert (new.quantity, new.planned_on, new.status, new.hub_id, new.notes) == (
        Decimal(1), TODAY, DeliveryStatus.PLANNED, slovak, "first lot by rail")
    assert detail.deliveries_model.rowCount() == len(after)
    row = detail.deliveries_model.row_of(new.id)
    assert row is not None
    assert detail.deliveries_model.index(row, 4).data() == "Slovak logistics node"
    assert detail.deliveries_model.index(row, 2).data() == "1"
    assert stack.count() == 1 and stack.undoText() == "Add delivery"
    assert messages == ["Delivery added (Ctrl+Z undoes)"]

    stack.undo()
    qtbot.waitUntil(lambda: detail.deliveries_model.rowCount() == len(before), timeout=2000)
    assert [d.id for d in demo_ws.deliveries.of_pledge(pledge.id)] == [d.id for d in before]


@pytest.mark.parametrize(("typed", "message"), [
    ("abc", "Quantity: 'abc' is not a number"),
    ("-2", "Quantity: -2 must be above 0"),
    ("1,5", "Quantity: '1,5' is ambiguous"),
    ("0.0001", "Quantity: at most 3 decimal places"),
    ("", "Quantity: enter how many are delivered"),
])
def test_a_bad_quantity_is_refused_in_the_dialog_and_nothing_is_stored(
    qtbot: Any, detail: PledgeDetail, demo_ws: Any, pledge: Pledge, stack: QUndoStack,
    typed: str, message: str
) -> None:
    _shown(detail, pledge)
    before = demo_ws.deliveries.of_pledge(pledge.id)
    dialog = detail.add_delivery()
    assert dialog is not None
    _type_quantity(qtbot, dialog, typed)
    _save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith(message)
    assert demo_ws.deliveries.of_pledge(pledge.id) == before
    assert stack.count() == 0

    # Fixing it saves.
    _type_quantity(qtbot, dialog, "2.5")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert len(demo_ws.deliveries.of_pledge(pledge.id)) == len(before) + 1


def test_more_than_pledged_shows_the_services_warning_and_the_header_warns(
    qtbot: Any, detail: PledgeDetail, demo_ws: Any, pledge: Pledge
) -> None:
    _shown(detail, pledge)
    dialog = detail.add_delivery()
    assert dialog is not None
    _type_quantity(qtbot, dialog, str(int(pledge.quantity) + 5))
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert detail.notice_label.isVisible()
    assert "Warning: deliveries of " + pledge.reference in detail.notice_label.text()
    assert "more than the" in detail.notice_label.text()
    assert detail.warning_label.isVisible()
    assert detail.warning_label.text().startswith("⚠ Deliveries add up to")


def test_mark_delivered_sets_the_actual_date_and_undo_reverts_it(
    qtbot: Any, detail: PledgeDetail, demo_ws: Any, pledge: Pledge, stack: QUndoStack
) -> None:
    _shown(detail, pledge)
    row = _row_of_status(detail, DeliveryStatus.PLANNED)
    target = detail.deliveries_model.delivery(row)
    _select_row(qtbot, detail, row)
    assert detail.delivered_button.isEnabled()
    qtbot.mouseClick(detail.delivered_button, Qt.MouseButton.LeftButton)

    stored = next(d for d in demo_ws.deliveries.of_pledge(pledge.id) if d.id == target.id)
    assert (stored.status, stored.actual_on) == (DeliveryStatus.DELIVERED, TODAY)
    row = detail.deliveries_model.row_of(target.id)
    assert detail.deliveries_model.index(row, 1).data() == TODAY.isoformat()
    assert detail.deliveries_model.index(row, 5).data() == "Delivered"
    assert stack.undoText() == "Mark delivered"

    stack.undo()
    restored = next(d for d in demo_ws.deliveries.of_pledge(pledge.id) if d.id == target.id)
    assert (restored.status, restored.actual_on) == (DeliveryStatus.PLANNED, None)
    qtbot.waitUntil(lambda: detail.deliveries_model.index(
        detail.deliveries_model.row_of(target.id), 5).data() == "Planned", timeout=2000)


def test_undo_of_an_edit_restores_the_delivery_and_redo_applies_it_again(
    qtbot: Any, detail: PledgeDetail, demo_ws: Any, pledge: Pledge, stack: QUndoStack
) -> None:
    _shown(detail, pledge)
    row = _row_of_status(detail, DeliveryStatus.PLANNED)
    original = detail.deliveries_model.delivery(row)
    _select_row(qtbot, detail, row)
    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert dialog is not None and dialog.delivery == original
    _type_quantity(qtbot, dialog, "2")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findText("Delayed"))
    qtbot.keyClicks(dialog.delay_edit, "bridge closed")
    _save(qtbot, dialog)

    def stored() -> Delivery:
        return next(d for d in demo_ws.deliveries.of_pledge(pledge.id) if d.id == original.id)

    assert (stored().quantity, stored().status, stored().delay_reason) == (
        Decimal(2), DeliveryStatus.DELAYED, "bridge closed")
    assert detail.deliveries_model.index(detail.deliveries_model.row_of(original.id), 6).data() \
        == "bridge closed"

    stack.undo()
    back = stored()
    assert (back.quantity, back.status, back.delay_reason, back.planned_on, back.hub_id) == (
        original.quantity, original.status, original.delay_reason, original.planned_on,
        original.hub_id)
    assert back.value_eur == original.value_eur
    qtbot.waitUntil(lambda: detail.deliveries_model.index(
        detail.deliveries_model.row_of(original.id), 6).data() == original.delay_reason,
        timeout=2000)

    stack.redo()
    assert (stored().quantity, stored().delay_reason) == (Decimal(2), "bridge closed")


def test_delete_then_undo_brings_the_delivery_back_and_older_undos_still_work(
    qtbot: Any, detail: PledgeDetail, demo_ws: Any, pledge: Pledge, stack: QUndoStack
) -> None:
    _shown(detail, pledge)
    row = _row_of_status(detail, DeliveryStatus.PLANNED)
    original = detail.deliveries_model.delivery(row)
    count = detail.deliveries_model.rowCount()
    # An edit first, then the delete: undoing both must restore the original.
    _select_row(qtbot, detail, row)
    dialog = detail.edit_delivery()
    assert dialog is not None
    qtbot.keyClicks(dialog.delay_edit, "port strike")
    _save(qtbot, dialog)
    _select_row(qtbot, detail, detail.deliveries_model.row_of(original.id))
    qtbot.mouseClick(detail.delete_button, Qt.MouseButton.LeftButton)  # undoable: no question
    assert detail.deliveries_model.rowCount() == count - 1
    assert original.id not in {d.id for d in demo_ws.deliveries.of_pledge(pledge.id)}

    stack.undo()  # the delete
    live = demo_ws.deliveries.of_pledge(pledge.id)
    assert len(live) == count
    [again] = [d for d in live if d.planned_on == original.planned_on
               and d.quantity == original.quantity and d.delay_reason == "port strike"]
    stack.undo()  # the edit, on the re-created delivery (a new id)
    restored = next(d for d in demo_ws.deliveries.of_pledge(pledge.id) if d.id == again.id)
    assert restored.delay_reason == original.delay_reason
    assert stack.index() == 0
    qtbot.waitUntil(lambda: detail.deliveries_model.rowCount() == count, timeout=2000)


def test_without_an_undo_stack_delete_asks_first(
    qtbot: Any, demo_ws: Any, pledge: Pledge, relay: ChangeRelay
) -> None:
    pane = PledgeDetail(demo_ws, None, relay)
    qtbot.addWidget(pane)
    with qtbot.waitExposed(pane):
        pane.show()
    pane.show_pledge(pledge.id)
    count = pane.deliveries_model.rowCount()
    _select_row(qtbot, pane, 0)
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    box = pane.confirm_box
    assert box is not None and box.isVisible()
    assert "cannot be undone" in box.text()
    box.button(box.StandardButton.Cancel).click()
    assert len(demo_ws.deliveries.of_pledge(pledge.id)) == count
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    pane.confirm_box.button(box.StandardButton.Yes).click()
    assert len(demo_ws.deliveries.of_pledge(pledge.id)) == count - 1


def test_history_lists_an_edit_made_elsewhere_with_old_and_new_values(
    qtbot: Any, detail: PledgeDetail, demo_ws: Any, pledge: Pledge
) -> None:
    _shown(detail, pledge)
    assert detail.audit_model.rowCount() == 0  # demo pledges have no edits yet
    new_quantity = pledge.quantity + 2
    demo_ws.pledges.update(pledge.id, pledge.version,
                           {"quantity": new_quantity, "notes": "second tranche (UDCG 27)"})
    qtbot.waitUntil(lambda: detail.audit_model.rowCount() == 1, timeout=2000)
    detail.tabs.setCurrentIndex(1)
    when, who, action, changes, via = detail.audit_model.rows()[0]
    assert (who, action, via) == ("tester", "Edited", "desktop app")
    assert len(when) == 16 and when[4] == "-" and when[13] == ":"  # local YYYY-MM-DD HH:MM
    assert f"Quantity: {_num(pledge.quantity)} → {_num(new_quantity)}" in changes.splitlines()
    assert "Notes: — → second tranche (UDCG 27)" in changes.splitlines()
    # The header follows the edit too.
    assert f"of {_num(new_quantity)} {pledge.unit}" in detail.delivered_label.text()

    current = demo_ws.pledges.get(pledge.id)
    demo_ws.pledges.change_status(current.id, current.version, PledgeStatus.DELIVERED,
                                  source_ref="handover protocol 12")
    qtbot.waitUntil(lambda: detail.audit_model.rowCount() == 2, timeout=2000)
    assert detail.audit_model.rows()[0][3] == (
        "Status: In delivery → Delivered (on 2026-11-23, source: handover protocol 12)")
    statuses = detail.status_model.rows()
    history = demo_ws.pledges.history(pledge.id)
    assert len(statuses) == len(history)
    assert statuses[0][:3] == ("2026-11-23", "In delivery → Delivered", "handover protocol 12")
    assert statuses[-1][1] == "(new) → Announced"
    assert detail.status_label.text() == "DELIVERED"


def test_the_pane_refreshes_only_for_its_pledge_and_waits_while_hidden(
    qtbot: Any, detail: PledgeDetail, demo_ws: Any, pledge: Pledge
) -> None:
    from ramstein.services.changes import Change

    _shown(detail, pledge)
    calls: list[int] = []
    original = detail.refresh
    detail.refresh = lambda: (calls.append(1), original())  # type: ignore[method-assign]
    detail._refresh_timer.timeout.disconnect()
    detail._refresh_timer.timeout.connect(detail.refresh)
    detail.on_data_changed(Change("pledge", (pledge.id + 100_000,), "updated"))
    qtbot.wait(20)
    assert calls == []
    detail.on_data_changed(Change("pledge", (pledge.id,), "updated"))
    qtbot.waitUntil(lambda: calls == [1], timeout=1000)

    detail.hide()
    detail.on_data_changed(Change("rate", (), "updated"))
    qtbot.wait(20)
    assert calls == [1]
    detail.show()
    qtbot.waitUntil(lambda: calls == [1, 1], timeout=1000)


def test_no_pledge_and_a_deleted_pledge_show_a_hint(
    qtbot: Any, detail: PledgeDetail, demo_ws: Any, pledge: Pledge
) -> None:
    detail.show_pledge(None)
    assert detail.title_label.text() == "Select a pledge to see its deliveries and history."
    assert not detail.add_button.isEnabled()
    assert detail.deliveries_model.rowCount() == 0
    _shown(detail, pledge)
    demo_ws.pledges.delete_created_in_error(pledge.id, pledge.version, "duplicate entry")
    qtbot.waitUntil(lambda: detail.pledge is None, timeout=2000)
    assert detail.title_label.text() == "This pledge no longer exists (deleted)."


def test_models_pass_the_model_tester(
    qtmodeltester: Any, detail: PledgeDetail, demo_ws: Any, pledge: Pledge
) -> None:
    demo_ws.pledges.update(pledge.id, pledge.version, {"notes": "checked"})
    _shown(detail, pledge)
    qtmodeltester.check(detail.deliveries_model)
    qtmodeltester.check(detail.audit_model)
    qtmodeltester.check(detail.status_model)
    empty = DeliveriesModel()
    qtmodeltester.check(empty)
