"""The delivery calendar: month grid, agenda, planned-vs-delivered by month, edits, .ics export.

The grid and the agenda are computed in SQL (GROUP BY day, joins only for the filters and
columns that need them), so switching months on a 300k-delivery database stays fast: see
`python -m ramstein.bench calendar`. Dates are planned dates; "today" is the workspace clock.
"""

from __future__ import annotations

import calendar as _cal
import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.enums import DeliveryStatus
from ..domain.errors import DomainError
from ..domain.records import Delivery
from ..exchange.ics import IcsEvent, write_ics
from ..i18n import _
from ..storage import queries
from ..storage.queries import DeliverySelection
from .classification import export_marking
from .progress import NullProgress, Progress, check

if TYPE_CHECKING:
    from .workspace import Workspace

# The grid is six Monday-first weeks: every month fits, and the grid never changes height.
GRID_DAYS = 42
TOP_DONORS = 4
ICS_PAGE = 5_000  # deliveries read at a time for the .ics export
# The fields a calendar edit touches; undo writes exactly these back.
CALENDAR_FIELDS = ("planned_on", "status", "actual_on", "delay_reason")


@dataclass(frozen=True)
class CalendarFilter:
    """What the calendar shows (empty sets = any). Donors are ISO3 codes, capabilities their
    codes, hubs their ids; text words must each occur in the reference, item, donor, hub,
    delay reason or notes (ASCII case-insensitive, as SQLite's lower())."""

    donors: frozenset[str] = field(default_factory=frozenset)
    capabilities: frozenset[str] = field(default_factory=frozenset)
    hubs: frozenset[int] = field(default_factory=frozenset)
    statuses: frozenset[DeliveryStatus] = field(default_factory=frozenset)
    text: str = ""

    def is_empty(self) -> bool:
        return self == CalendarFilter()

    def replace(self, **changes: Any) -> CalendarFilter:
        return dataclasses.replace(self, **changes)

    def describe(self, names: dict[str, str] | None = None,
                 hub_names: dict[int, str] | None = None) -> str:
        """One line for the status bar: 'Germany · Rzeszow-Jasionka · Planned, Delayed'."""
        names, hub_names = names or {}, hub_names or {}
        parts: list[str] = []
        if self.donors:
            parts.append(", ".join(sorted(names.get(c, c) for c in self.donors)))
        if self.capabilities:
            parts.append(", ".join(sorted(names.get(c, c) for c in self.capabilities)))
        if self.hubs:
            parts.append(", ".join(sorted(hub_names.get(h, f"hub {h}") for h in self.hubs)))
        if self.statuses:
            parts.append(", ".join(s.label for s in DeliveryStatus if s in self.statuses))
        if self.text.strip():
            parts.append(f"“{self.text.strip()}”")
        return " · ".join(parts) if parts else _("no filter")


@dataclass(frozen=True)
class DayCell:
    """One day of the grid. `count` is every delivery planned that day that the filter lets
    through (the agenda rows of the day, cancelled included); `eur` leaves cancelled ones out,
    as every total does. `donors`: the top ISO3 codes by EUR, at most four."""

    day: date
    count: int = 0
    eur: Decimal = Decimal(0)
    overdue: int = 0
    delivered: int = 0
    by_status: dict[DeliveryStatus, int] = field(default_factory=dict)
    donors: tuple[str, ...] = ()


@dataclass(frozen=True)
class MonthData:
    """The grid of a month: `days` holds a cell for each of the 42 days of the six Monday-first
    weeks shown (leading and trailing days of the neighbour months included, empty ones too);
    the totals count the days of the month itself only."""

    year: int
    month: int
    days: dict[date, DayCell]
    total_count: int
    total_eur: Decimal
    overdue_count: int

    @property
    def first_day(self) -> date:
        return min(self.days)

    @property
    def last_day(self) -> date:
        return max(self.days)


@dataclass(frozen=True)
class AgendaRow:
    delivery_id: int
    version: int
    pledge_id: int
    pledge_reference: str
    donor_code: str
    donor_name: str
    capability: str  # the capability's name
    item: str
    quantity: Decimal | None
    unit: str
    eur: Decimal | None
    planned_on: date
    actual_on: date | None
    hub: str  # the hub's name, "" when none
    status: DeliveryStatus
    overdue: bool
    delay_reason: str


@dataclass(frozen=True)
class CalendarEdit:
    """One calendar edit with the delivery before and after: `revert(edit)` undoes it, and
    reverting the revert redoes it (the view's undo command keeps the latest one)."""

    before: Delivery
    after: Delivery
    warnings: tuple[str, ...] = ()

    @property
    def delivery(self) -> Delivery:
        return self.after

    @property
    def delivery_id(self) -> int:
        return self.after.id


@dataclass(frozen=True)
class IcsExport:
    path: Path
    events: int


def grid_range(year: int, month: int) -> tuple[date, date]:
    """(first Monday shown, last Sunday shown) of the six-week grid of a month."""
    first = date(year, month, 1)
    start = first - timedelta(days=first.weekday())
    return start, start + timedelta(days=GRID_DAYS - 1)


def month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, _cal.monthrange(year, month)[1])


class _DayTally:
    __slots__ = ("by_status", "cents", "count", "donors", "overdue")

    def __init__(self) -> None:
        self.count = self.cents = self.overdue = 0
        self.by_status: dict[DeliveryStatus, int] = {}
        self.donors: dict[int, list[int]] = {}  # donor id -> [cents not cancelled, count]


class CalendarService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # ------------------------------------------------------------------ reads
    def selection(self, flt: CalendarFilter) -> DeliverySelection:
        """The filter in stored ids and values; unknown codes match nothing (id -1)."""
        ref = self.ws.reference
        caps = {c.code: c.id for c in ref.capabilities}
        members = ref.members_by_code
        return DeliverySelection(
            donor_ids=tuple(sorted(members[c].id if c in members else -1 for c in flt.donors)),
            capability_ids=tuple(sorted(caps.get(c, -1) for c in flt.capabilities)),
            hub_ids=tuple(sorted(flt.hubs)),
            statuses=tuple(sorted(s.value for s in flt.statuses)),
            words=tuple(w.lower() for w in flt.text.split()),
        )

    def month(self, year: int, month: int, flt: CalendarFilter | None = None) -> MonthData:
        """The month grid: the 42 days of its six Monday-first weeks (see MonthData)."""
        start, end = grid_range(year, month)
        rows = queries.calendar_day_groups(self.ws.db.reader, start, end,
                                           self.selection(flt or CalendarFilter()))
        today = self.ws.today().isoformat()
        tallies: dict[str, _DayTally] = {}
        for day, status_text, donor_id, n, cents in rows:
            tally = tallies.get(day)
            if tally is None:
                tally = tallies[day] = _DayTally()
            status = DeliveryStatus(status_text)
            tally.count += n
            tally.by_status[status] = tally.by_status.get(status, 0) + n
            per_donor = tally.donors.setdefault(donor_id, [0, 0])
            per_donor[1] += n
            if status is not DeliveryStatus.CANCELLED:
                tally.cents += cents
                per_donor[0] += cents
                if status is not DeliveryStatus.DELIVERED and day < today:
                    tally.overdue += n
        days = {d: self._cell(d, tallies.get(d.isoformat())) for d in _days(start, end)}
        inside = [c for c in days.values() if c.day.month == month]
        return MonthData(year, month, days, sum(c.count for c in inside),
                         sum((c.eur for c in inside), Decimal(0)), sum(c.overdue for c in inside))

    def _cell(self, day: date, tally: _DayTally | None) -> DayCell:
        if tally is None:
            return DayCell(day)
        codes = self.ws.reference.members_by_id
        top = sorted(tally.donors.items(), key=lambda kv: (-kv[1][0], -kv[1][1], codes[kv[0]].code))
        return DayCell(
            day, tally.count, Decimal(tally.cents).scaleb(-2), tally.overdue,
            tally.by_status.get(DeliveryStatus.DELIVERED, 0), tally.by_status,
            tuple(codes[donor_id].code for donor_id, _ in top[:TOP_DONORS]),
        )

    def agenda(self, start: date, end: date, flt: CalendarFilter | None = None) -> list[AgendaRow]:
        """The deliveries planned from `start` to `end` (both included), by planned date, id."""
        if end < start:
            raise DomainError(f"agenda: {start.isoformat()} is after {end.isoformat()}")
        rows = queries.calendar_rows(self.ws.db.reader, start, end,
                                     self.selection(flt or CalendarFilter()))
        return list(self._agenda_rows(rows))

    def _agenda_rows(self, rows: Iterable[tuple[Any, ...]]) -> Iterator[AgendaRow]:
        today = self.ws.today()
        parsed: dict[str, date] = {}  # a month has ~30 distinct dates for ~10k rows
        statuses = {s.value: s for s in DeliveryStatus}
        for (i, v, pid, ref, code, name, cap, item, q, unit, cents, planned, actual, hub,
             status_text, reason) in rows:
            day = parsed.get(planned)
            if day is None:
                day = parsed[planned] = date.fromisoformat(planned[:10])
            status = statuses[status_text]
            yield AgendaRow(
                i, v, pid, ref, code, name, cap, item,
                None if q is None else Decimal(q).scaleb(-3), unit or "",
                None if cents is None else Decimal(cents).scaleb(-2), day,
                date.fromisoformat(actual[:10]) if actual else None, hub or "", status,
                status.is_open and day < today, reason or "",
            )

    def monthly_values(self, year_from: int, year_to: int,
                       flt: CalendarFilter | None = None) -> list[tuple[str, Decimal, Decimal]]:
        """('YYYY-MM', planned EUR, delivered EUR) for every month of the years, zeros included:
        planned by planned month (cancelled left out), delivered by the actual date's month."""
        if year_to < year_from:
            raise DomainError(f"monthly values: {year_from} is after {year_to}")
        planned, delivered = queries.calendar_monthly_values(
            self.ws.db.reader, date(year_from, 1, 1), date(year_to, 12, 31),
            self.selection(flt or CalendarFilter()))
        months = [f"{y:04d}-{m:02d}" for y in range(year_from, year_to + 1) for m in range(1, 13)]
        return [(mo, Decimal(planned.get(mo, 0)).scaleb(-2), Decimal(delivered.get(mo, 0)).scaleb(-2))
                for mo in months]

    def delivery(self, delivery_id: int) -> Delivery:
        found = queries.delivery(self.ws.db.reader, delivery_id)
        if found is None:
            raise DomainError(f"delivery {delivery_id}: no such delivery (deleted meanwhile?)")
        return found

    # ------------------------------------------------------------------ edits (audited)
    def reschedule(self, delivery_id: int, version: int, new_day: date, reason: str = "", *,
                   source: str = "calendar") -> CalendarEdit:
        """Move a delivery to another planned day (a drag in the grid); a reason is kept."""
        before = self.delivery(delivery_id)
        result = self.ws.deliveries.reschedule(delivery_id, version, new_day, reason.strip(),
                                               source=source)
        return CalendarEdit(before, result.delivery, result.warnings)

    def mark_delivered(self, delivery_id: int, version: int, on: date | None = None, *,
                       source: str = "calendar") -> CalendarEdit:
        """Delivered on `on` (default: today by the workspace clock)."""
        before = self.delivery(delivery_id)
        result = self.ws.deliveries.mark_delivered(delivery_id, version, on, source=source)
        return CalendarEdit(before, result.delivery, result.warnings)

    def mark_delayed(self, delivery_id: int, version: int, reason: str,
                     new_day: date | None = None, *, source: str = "calendar") -> CalendarEdit:
        """Status delayed with its reason (required), optionally with a new planned day."""
        if not reason.strip():
            raise DomainError("delay reason: say why the delivery is late")
        before = self.delivery(delivery_id)
        changes: dict[str, Any] = {"status": DeliveryStatus.DELAYED, "delay_reason": reason.strip()}
        if new_day is not None:
            changes["planned_on"] = new_day
        result = self.ws.deliveries.update(delivery_id, version, changes, source=source)
        return CalendarEdit(before, result.delivery, result.warnings)

    def revert(self, edit: CalendarEdit, *, source: str = "calendar undo") -> CalendarEdit:
        """Undo `edit`: planned date, status, actual date and delay reason exactly as before.

        Refused with StaleEdit when the delivery changed since. Reverting the returned edit
        redoes the original one.
        """
        values = {f: getattr(edit.before, f) for f in CALENDAR_FIELDS
                  if getattr(edit.before, f) != getattr(edit.after, f)}
        if not values:
            return CalendarEdit(edit.after, edit.after)
        result = self.ws.deliveries.restore(edit.after.id, edit.after.version, values,
                                            source=source)
        return CalendarEdit(edit.after, result.delivery, result.warnings)

    def unmark_delivered(self, edit: CalendarEdit) -> CalendarEdit:
        """Undo a mark-delivered: the status and actual date it had come back exactly."""
        return self.revert(edit)

    # ------------------------------------------------------------------ .ics
    def ics_events(self, flt: CalendarFilter | None = None, start: date | None = None,
                   end: date | None = None, *, marking: str = "") -> Iterator[IcsEvent]:
        """One all-day event per delivery with a planned date, on that date. The UID is the
        delivery's UUID, so a calendar re-importing the file updates the event; SEQUENCE is
        its version, so the edited ones win."""
        sel = self.selection(flt or CalendarFilter())
        after: tuple[str, int] | None = None
        while True:
            rows = queries.calendar_rows(self.ws.db.reader, start, end, sel,
                                         queries.CALENDAR_ICS_COLUMNS, after=after,
                                         limit=ICS_PAGE)
            yield from self._ics_page(rows, marking)
            if len(rows) < ICS_PAGE:
                return
            after = (rows[-1][11], rows[-1][0])  # planned_on, id

    def _ics_page(self, rows: list[tuple[Any, ...]], marking: str) -> Iterator[IcsEvent]:
        for row, agenda in zip(rows, self._agenda_rows(r[:16] for r in rows), strict=True):
            uuid_text, notes, updated, _cap_code = row[16:]
            yield IcsEvent(
                uid=f"delivery-{uuid_text}@ramstein-planner",
                day=agenda.planned_on,
                summary=_summary(agenda),
                description=_description(agenda, notes or "", marking),
                location=agenda.hub,
                status=agenda.status,
                last_modified=_utc(updated),
                sequence=agenda.version,
                categories=(agenda.status.label, agenda.capability),
            )

    def count_events(self, flt: CalendarFilter | None = None, start: date | None = None,
                     end: date | None = None) -> int:
        return len(queries.calendar_rows(self.ws.db.reader, start, end,
                                         self.selection(flt or CalendarFilter()), "d.id"))


def export_ics(ws: Workspace, path: Path | str, flt: CalendarFilter | None = None,
               start: date | None = None, end: date | None = None, *,
               progress: Progress | None = None) -> IcsExport:
    """Write the calendar of the filtered deliveries planned in [start, end] to `path`.

    Atomic: a cancel (through `progress`) or a failure leaves an existing file as it was.
    """
    if start is not None and end is not None and end < start:
        raise DomainError(f"date range: {start.isoformat()} is after {end.isoformat()}")
    progress = progress or NullProgress()
    marking = export_marking(ws.db.info(), "the calendar export")
    flt = flt or CalendarFilter()
    total = ws.calendar.count_events(flt, start, end)
    name = _("Ramstein Planner deliveries") + ("" if flt.is_empty() else f" ({_describe(ws, flt)})")

    def step(done: int) -> None:
        if done % 500 == 0 or done == total:
            check(progress)
            progress.report(done, total, "writing the calendar")

    progress.report(0, total, "writing the calendar")
    events = ws.calendar.ics_events(flt, start, end, marking=marking)
    count = write_ics(Path(path), events, calendar_name=name, classification=marking,
                      on_event=step)
    progress.report(total, total, "calendar written")
    return IcsExport(Path(path), count)


def _describe(ws: Workspace, flt: CalendarFilter) -> str:
    names = {m.code: m.name for m in ws.reference.members}
    names.update({c.code: c.name for c in ws.reference.capabilities})
    return flt.describe(names, {h.id: h.name for h in ws.reference.hubs})


def _days(start: date, end: date) -> Iterator[date]:
    for n in range((end - start).days + 1):
        yield start + timedelta(days=n)


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _summary(row: AgendaRow) -> str:
    qty = f" ×{_number(row.quantity)}" if row.quantity is not None else ""
    return f"{row.donor_code} {row.pledge_reference}: {row.item}{qty}"


def _description(row: AgendaRow, notes: str, marking: str) -> str:
    lines = [marking] if marking else []
    lines += [
        f"Pledge: {row.pledge_reference} ({row.donor_name})",
        f"Capability: {row.capability}",
        f"Item: {row.item}",
    ]
    if row.quantity is not None:
        lines.append(f"Quantity: {_number(row.quantity)} {row.unit}".rstrip())
    if row.eur is not None:
        lines.append(f"Value: EUR {row.eur:,.2f}")
    if row.hub:
        lines.append(f"Hub: {row.hub}")
    lines.append(f"Status: {row.status.label}")
    if row.actual_on is not None:
        lines.append(f"Delivered on: {row.actual_on.isoformat()}")
    if row.delay_reason:
        lines.append(f"Delay: {row.delay_reason}")
    if notes:
        lines.append(f"Notes: {notes}")
    return "\n".join(lines)


def _utc(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None
