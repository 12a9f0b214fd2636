"""The pledge status machine: forward along the main line, side states, final states."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

import pytest

from ramstein.domain.enums import PLEDGE_MAIN_LINE, PledgeStatus
from ramstein.domain.errors import IllegalTransition
from ramstein.domain.status import StatusChange, allowed_next, check_transition, resume_state

S = PledgeStatus
OPEN_MAIN = (S.ANNOUNCED, S.COMMITTED, S.ALLOCATED, S.IN_DELIVERY)
FORWARD = [(a, b) for a, b in itertools.combinations(PLEDGE_MAIN_LINE, 2)]
BACKWARD = [(b, a) for a, b in FORWARD if b is not S.DELIVERED]


def test_main_line_order() -> None:
    assert PLEDGE_MAIN_LINE == (S.ANNOUNCED, S.COMMITTED, S.ALLOCATED, S.IN_DELIVERY, S.DELIVERED)


@pytest.mark.parametrize(("current", "new"), FORWARD, ids=lambda s: s.value)
def test_every_forward_move_is_legal_including_skips(current: S, new: S) -> None:
    check_transition(current, new)  # no exception
    assert new in allowed_next(current)


def test_the_forward_list_has_all_ten_moves() -> None:
    assert len(FORWARD) == 10  # 4 + 3 + 2 + 1
    assert (S.ANNOUNCED, S.DELIVERED) in FORWARD  # drawdown handed over the same week


@pytest.mark.parametrize(("current", "new"), BACKWARD, ids=lambda s: s.value)
def test_backward_moves_are_refused_naming_both_states(current: S, new: S) -> None:
    with pytest.raises(IllegalTransition) as exc:
        check_transition(current, new)
    message = str(exc.value)
    assert current.label.lower() in message
    assert new.label.lower() in message
    assert "back" in message
    assert new not in allowed_next(current)


@pytest.mark.parametrize("current", OPEN_MAIN, ids=lambda s: s.value)
def test_open_states_can_be_suspended_or_cancelled(current: S) -> None:
    check_transition(current, S.SUSPENDED)
    check_transition(current, S.CANCELLED)


@pytest.mark.parametrize("final", [S.DELIVERED, S.CANCELLED], ids=lambda s: s.value)
@pytest.mark.parametrize("new", list(S), ids=lambda s: s.value)
def test_delivered_and_cancelled_are_final(final: S, new: S) -> None:
    assert allowed_next(final) == ()
    with pytest.raises(IllegalTransition) as exc:
        check_transition(final, new, resume_to=S.COMMITTED)
    if new is not final:
        assert "final" in str(exc.value)
        assert new.label.lower() in str(exc.value)


def test_delivered_cannot_be_cancelled() -> None:
    with pytest.raises(IllegalTransition, match="delivered pledge is final"):
        check_transition(S.DELIVERED, S.CANCELLED)


@pytest.mark.parametrize("state", list(S), ids=lambda s: s.value)
def test_same_state_change_is_refused(state: S) -> None:
    with pytest.raises(IllegalTransition, match=f"already {state.label.lower()}"):
        check_transition(state, state, resume_to=S.COMMITTED)


def _change(frm: S | None, to: S, day: int) -> StatusChange:
    return StatusChange(1, frm, to, date(2024, 1, day), "test",
                        datetime(2024, 1, day, tzinfo=UTC), "tester")


def test_resume_state_is_the_state_before_the_last_suspension() -> None:
    history = [
        _change(None, S.ANNOUNCED, 1),
        _change(S.ANNOUNCED, S.SUSPENDED, 2),
        _change(S.SUSPENDED, S.ANNOUNCED, 3),
        _change(S.ANNOUNCED, S.ALLOCATED, 4),
        _change(S.ALLOCATED, S.SUSPENDED, 5),
    ]
    assert resume_state(history) is S.ALLOCATED
    assert resume_state(history[:2]) is S.ANNOUNCED
    assert resume_state(history[:1]) is None
    assert resume_state([]) is None


@pytest.mark.parametrize("suspended_from", OPEN_MAIN, ids=lambda s: s.value)
def test_suspended_resumes_only_to_where_it_came_from(suspended_from: S) -> None:
    history = [_change(None, S.ANNOUNCED, 1)]
    if suspended_from is not S.ANNOUNCED:
        history.append(_change(S.ANNOUNCED, suspended_from, 2))
    history.append(_change(suspended_from, S.SUSPENDED, 3))
    resume = resume_state(history)
    assert resume is suspended_from
    assert set(allowed_next(S.SUSPENDED, resume)) == {suspended_from, S.CANCELLED}
    check_transition(S.SUSPENDED, suspended_from, resume)
    check_transition(S.SUSPENDED, S.CANCELLED, resume)
    for other in set(PLEDGE_MAIN_LINE) - {suspended_from}:
        with pytest.raises(IllegalTransition) as exc:
            check_transition(S.SUSPENDED, other, resume)
        assert f"only resume to {suspended_from.label.lower()}" in str(exc.value)
        assert other.label.lower() in str(exc.value)


def test_suspended_without_history_can_only_be_cancelled() -> None:
    assert allowed_next(S.SUSPENDED) == (S.CANCELLED,)
    with pytest.raises(IllegalTransition, match="previous state"):
        check_transition(S.SUSPENDED, S.COMMITTED)
    check_transition(S.SUSPENDED, S.CANCELLED)


def test_allowed_next_from_committed() -> None:
    assert allowed_next(S.COMMITTED) == (S.ALLOCATED, S.IN_DELIVERY, S.DELIVERED, S.SUSPENDED,
                                         S.CANCELLED)


@pytest.mark.parametrize("state", list(S), ids=lambda s: s.value)
def test_every_state_has_a_planner_label(state: S) -> None:
    assert state.label and state.label[0].isupper()
    assert state.is_open is (state not in (S.DELIVERED, S.CANCELLED))
