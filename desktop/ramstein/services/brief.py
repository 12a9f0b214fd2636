"""The staff brief: every figure the printed brief shows, gathered in one pass (no Qt here).

    data = gather_brief(ws, donor="DEU", progress=bar)   # MarkingRequired before any work
    # ui.brief_report.write_brief(path, data) lays it out as a PDF

Scope: all donors, or one donor (ISO3). The money figures come from the same queries as
`ramstein summary --json` (the double-count guard: totals go to the payer), so a donor's
pledged and delivered EUR in the brief are the ones the summary prints. Overdue deliveries
are open deliveries whose planned date is before the workspace's today, counted to the
donor that delivers them (as the calendar shows them); the longest overdue come first.
The fund position is the Washington 2024 pledge's current year (services.funds).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING

from ..domain.enums import DeliveryStatus, PledgeStatus
from ..domain.errors import DomainError
from ..domain.records import DonorTotals
from ..storage import queries
from .calendar import AgendaRow, CalendarFilter
from .classification import export_marking
from .progress import NullProgress, Progress, check

if TYPE_CHECKING:
    from .funds import FundPosition, FundYear
    from .workspace import Workspace

TOP_DONORS = 15
STEPS = 5
PCT = Decimal("0.1")
_PLEDGE_STATUS_COLUMN = 12  # queries.PLEDGE_TABLE_SQL
_OPEN = frozenset(s for s in DeliveryStatus if s.is_open)
_FIRST_DAY = date(1900, 1, 1)  # the agenda needs a start; no delivery is planned before it


@dataclass(frozen=True)
class DonorLine:
    """One donor of the top-donors table, with its place against its fair share."""

    iso3: str
    name: str
    pledges: int
    pledged: Decimal
    delivered: Decimal
    fair_share: Decimal | None  # None: not in the fund, exempt, or no GDP (see fund_flag)
    gap: Decimal | None  # fair share - allocated; negative: above its share
    fund_flag: str = ""  # "exempt", "no GDP for 2023", "not in the fund"

    @property
    def share_pct(self) -> Decimal | None:
        """Delivered as a share of pledged, %."""
        return percent(self.delivered, self.pledged)


@dataclass(frozen=True)
class BriefData:
    marking: str
    scope_code: str | None  # None: all donors
    scope_name: str  # "All donors" or the donor's name
    today: date  # the date overdue is measured against
    generated_at: datetime  # UTC
    data_as_of: datetime | None  # the latest change recorded in the database (UTC)
    source: str  # the database's file name
    pledges: int
    deliveries: int
    pledged: Decimal
    delivered: Decimal
    status_counts: dict[PledgeStatus, int]
    overdue_count: int
    overdue_value: Decimal
    overdue: list[AgendaRow]  # longest overdue first
    donors: list[DonorLine]  # the top donors (the one donor in a donor's brief)
    monthly: list[tuple[str, Decimal, Decimal]]  # see monthly_cumulative
    monthly_cumulative: bool  # True: (month, pledged, delivered) to sum up; False: per month
    by_capability: list[tuple[str, Decimal]]  # pledged EUR, biggest first
    fund: FundYear | None
    fund_rows: list[FundPosition] = field(default_factory=list)  # in scope (one for a donor)
    fund_gdp_year: int | None = None  # the GDP year the fair shares are computed from

    @property
    def open_value(self) -> Decimal:
        """Pledged but not delivered yet."""
        return max(self.pledged - self.delivered, Decimal(0))

    @property
    def delivered_pct(self) -> Decimal | None:
        return percent(self.delivered, self.pledged)

    @property
    def overdue_by_capability(self) -> list[tuple[str, int, Decimal]]:
        """(capability, overdue deliveries, EUR) of the overdue, most deliveries first."""
        acc: dict[str, list[Decimal]] = {}
        for row in self.overdue:
            a = acc.setdefault(row.capability, [Decimal(0), Decimal(0)])
            a[0] += 1
            a[1] += row.eur or 0
        ordered = sorted(acc.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
        return [(name, int(n), eur) for name, (n, eur) in ordered]

    @property
    def fund_below(self) -> list[FundPosition]:
        return [p for p in self.fund_rows if p.below]


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    if not whole:
        return None
    return (part / whole * 100).quantize(PCT, rounding=ROUND_HALF_EVEN)


def gather_brief(ws: Workspace, donor: str | None = None, *,
                 top: int = TOP_DONORS, progress: Progress | None = None) -> BriefData:
    """Every figure of the brief; refuses (MarkingRequired) when the database requires a
    marking and has none, and (DomainError) for a code that is not a donor."""
    progress = progress or NullProgress()
    marking = export_marking(ws.db.info(), "the brief")
    code = donor.strip().upper() if donor else None
    member_id = _donor_id(ws, code) if code else None
    progress.report(0, STEPS, "Totals")
    summary = ws.summaries.summary()
    check(progress)
    progress.report(1, STEPS, "Overdue deliveries")
    overdue = _overdue(ws, code)
    check(progress)
    progress.report(2, STEPS, "Fund position")
    fund, gdp_year = _fund(ws)
    check(progress)
    progress.report(3, STEPS, "Charts")
    lines = _donor_lines(summary.by_donor, fund)
    r = ws.db.reader
    if member_id is None:
        scope_name = "All donors"
        figures = (summary.pledges, summary.deliveries, summary.pledged_eur, summary.delivered_eur)
        statuses = queries.status_counts(r)
        monthly, cumulative = queries.monthly_pledged_delivered(r), True
        by_capability = queries.capability_totals(r)
        donors = lines[:top]
        fund_rows = list(fund.rows) if fund is not None else []
    else:
        page = ws.members.page(member_id)
        scope_name = page.row.name
        figures = (page.row.pledges, _delivery_count(ws, member_id), page.row.pledged_eur,
                   page.row.delivered_eur)
        statuses = _status_counts(page.pledges)
        monthly, cumulative = page.deliveries_by_month, False
        by_capability = page.capability_mix
        donors = [d for d in lines if d.iso3 == code] or [
            DonorLine(page.row.iso3, page.row.name, 0, Decimal(0), Decimal(0), None, None)]
        fund_rows = [p for p in fund.rows if p.iso3 == code] if fund is not None else []
    progress.report(4, STEPS, "Brief data ready")
    return BriefData(
        marking=marking, scope_code=code, scope_name=scope_name, today=ws.today(),
        generated_at=datetime.now(UTC), data_as_of=_data_as_of(ws), source=ws.path.name,
        pledges=figures[0], deliveries=figures[1], pledged=figures[2], delivered=figures[3],
        status_counts=statuses, overdue_count=len(overdue),
        overdue_value=sum((o.eur or Decimal(0) for o in overdue), Decimal(0)), overdue=overdue,
        donors=donors, monthly=monthly, monthly_cumulative=cumulative,
        by_capability=by_capability, fund=fund, fund_rows=fund_rows, fund_gdp_year=gdp_year,
    )


def _donor_id(ws: Workspace, code: str) -> int:
    member = ws.reference.members_by_code.get(code)
    if member is None:
        raise DomainError(f"--donor: {code} is not a member code")
    if not member.is_donor:
        raise DomainError(f"--donor: {member.name} ({code}) is the recipient, not a donor")
    return member.id


def _overdue(ws: Workspace, code: str | None) -> list[AgendaRow]:
    """Open deliveries planned before today, longest overdue first (then the largest)."""
    flt = CalendarFilter(donors=frozenset({code}) if code else frozenset(), statuses=_OPEN)
    rows = [a for a in ws.calendar.agenda(_FIRST_DAY, ws.today() - timedelta(days=1), flt)
            if a.overdue]
    rows.sort(key=lambda a: (a.planned_on, -(a.eur or 0), a.delivery_id))
    return rows


def _fund(ws: Workspace) -> tuple[FundYear | None, int | None]:
    """The Washington preset's current year and its GDP year (None, None: no fund)."""
    funds = ws.funds
    spec = funds.washington()
    if spec is None:
        return None, None
    try:
        return funds.positions(spec, funds.current_year(spec)), spec.gdp_year
    except DomainError:  # no GDP figures at all: the brief goes out without a fund section
        return None, None


def _donor_lines(totals: tuple[DonorTotals, ...], fund: FundYear | None) -> list[DonorLine]:
    positions = {p.iso3: p for p in fund.rows} if fund is not None else {}
    out = []
    for d in totals:
        p = positions.get(d.code)
        flag = "not in the fund" if p is None and fund is not None else (p.flag if p else "")
        out.append(DonorLine(d.code, d.name, d.pledges, d.pledged_eur, d.delivered_eur,
                             None if p is None or p.exempt else p.fair_share,
                             None if p is None or p.exempt else p.gap, flag))
    return out


def _status_counts(table_rows: list[tuple[object, ...]]) -> dict[PledgeStatus, int]:
    out: dict[PledgeStatus, int] = {}
    for row in table_rows:
        status = PledgeStatus(str(row[_PLEDGE_STATUS_COLUMN]))
        out[status] = out.get(status, 0) + 1
    return out


def _delivery_count(ws: Workspace, member_id: int) -> int:
    """Deliveries of the pledges a donor delivers (every status, with or without a date)."""
    return int(ws.db.reader.scalar(
        "SELECT COUNT(*) FROM deliveries d JOIN pledges p ON p.id = d.pledge_id "
        "WHERE p.donor_id = ?", (member_id,)) or 0)


def _data_as_of(ws: Workspace) -> datetime | None:
    """The latest change the database records: a pledge, a delivery or an audit entry."""
    latest: datetime | None = None
    for sql in ("SELECT MAX(updated_at) FROM pledges", "SELECT MAX(updated_at) FROM deliveries",
                "SELECT MAX(at) FROM audit_log"):
        value = ws.db.reader.scalar(sql)
        if value is None:
            continue
        stamp = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        stamp = stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)
        latest = stamp if latest is None or stamp > latest else latest
    return latest
