"""The pledge status machine.

Main line: announced -> committed -> contracted/allocated -> in delivery -> delivered.
A pledge may move forward along the main line, also skipping steps (a package announced and
handed over in the same week is common for drawdowns), but never backwards. Side states:
- cancelled: from any state except delivered; final.
- suspended: from any open main-line state; it resumes only to the state it was suspended
  from, or is cancelled.
Delivered and cancelled are final. Every transition is kept with its date and source
(`StatusChange`), so planners can compare "promised" with "actually there".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .enums import PLEDGE_MAIN_LINE, PledgeStatus
from .errors import IllegalTransition

_RANK = {s: i for i, s in enumerate(PLEDGE_MAIN_LINE)}


def allowed_next(
    current: PledgeStatus, resume_to: PledgeStatus | None = None
) -> tuple[PledgeStatus, ...]:
    """States a pledge in `current` may move to.

    `resume_to` is the state a suspended pledge was suspended from (the last status before the
    suspension); without it a suspended pledge can only be cancelled.
    """
    if current in (PledgeStatus.DELIVERED, PledgeStatus.CANCELLED):
        return ()
    if current is PledgeStatus.SUSPENDED:
        resume = (resume_to,) if resume_to is not None and resume_to in _RANK else ()
        return (*resume, PledgeStatus.CANCELLED)
    later = PLEDGE_MAIN_LINE[_RANK[current] + 1 :]
    return (*later, PledgeStatus.SUSPENDED, PledgeStatus.CANCELLED)


def check_transition(
    current: PledgeStatus, new: PledgeStatus, resume_to: PledgeStatus | None = None
) -> None:
    """Raise IllegalTransition with a planner-readable reason unless current -> new is legal."""
    if new == current:
        raise IllegalTransition(f"the pledge is already {current.label.lower()}")
    if new in allowed_next(current, resume_to):
        return
    if current in (PledgeStatus.DELIVERED, PledgeStatus.CANCELLED):
        raise IllegalTransition(
            f"a {current.label.lower()} pledge is final and cannot become {new.label.lower()}"
        )
    if current is PledgeStatus.SUSPENDED:
        back = resume_to.label.lower() if resume_to else "its previous state"
        raise IllegalTransition(
            f"a suspended pledge can only resume to {back} or be cancelled, "
            f"not become {new.label.lower()}"
        )
    raise IllegalTransition(
        f"a pledge cannot go back from {current.label.lower()} to {new.label.lower()}"
    )


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One kept transition of a pledge's status."""

    pledge_id: int
    from_status: PledgeStatus | None  # None for the creation of the pledge
    to_status: PledgeStatus
    on_date: date  # when it happened in the world (announcement, signature, hand-over...)
    source: str  # where we know it from: URL, document, "import of file.xlsx"...
    recorded_at: datetime  # when it was entered here (UTC)
    user: str = ""


def resume_state(history: list[StatusChange]) -> PledgeStatus | None:
    """The state a suspended pledge resumes to: the status right before the last suspension."""
    return resume_from([(c.from_status, c.to_status) for c in history])


def resume_from(moves: list[tuple[PledgeStatus | None, PledgeStatus]]) -> PledgeStatus | None:
    """Same, from (from, to) pairs, oldest first.

    Only a suspension from a main-line state counts: an undo that took a cancelled pledge back
    to suspended (cancelled -> suspended) is not where it resumes to.
    """
    for frm, to in reversed(moves):
        if to is PledgeStatus.SUSPENDED and frm in _RANK:
            return frm
    return None
