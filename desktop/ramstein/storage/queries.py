"""Read queries in plain SQL over `Reader`, returning domain records or light tuples.

Money columns are integer cents; they are summed in SQL (exact) and turned into Decimal here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from ..domain.burden import split_among_payers
from ..domain.enums import (
    CapabilityKind,
    Channel,
    DeliveryStatus,
    FundPeriod,
    MemberKind,
    PledgeStatus,
)
from ..domain.money import ExchangeRate
from ..domain.records import (
    AuditEntry,
    Capability,
    Delivery,
    DonorTotals,
    FinancingShare,
    Fund,
    GdpFigure,
    Hub,
    Member,
    Pledge,
    Summary,
)
from ..domain.status import StatusChange
from .reader import Reader
from .scaling import unscale


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _ts(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value).replace(tzinfo=UTC) if value else None


def _cents(value: int | None) -> Decimal:
    return Decimal(value or 0).scaleb(-2)


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


# ---------------------------------------------------------------- reference lists
def members(r: Reader) -> list[Member]:
    rows = r.rows(
        "SELECT id, code, name, kind, nato_accession_year, eu_member, is_donor, note "
        "FROM members ORDER BY name"
    )
    return [
        Member(i, c, n, MemberKind(k), y, _bool(eu), bool(donor), note or "")
        for i, c, n, k, y, eu, donor, note in rows
    ]


def gdp(r: Reader) -> dict[int, list[GdpFigure]]:
    out: dict[int, list[GdpFigure]] = {}
    for member_id, year, usd_bn, source in r.rows(
        "SELECT member_id, year, usd_bn, source FROM gdp ORDER BY member_id, year"
    ):
        out.setdefault(member_id, []).append(GdpFigure(year, Decimal(usd_bn), source))
    return out


def capabilities(r: Reader) -> list[Capability]:
    rows = r.rows(
        "SELECT id, code, name, kind, started_on, description FROM capabilities "
        "ORDER BY kind DESC, name"
    )
    return [Capability(i, c, n, CapabilityKind(k), _d(s), d or "") for i, c, n, k, s, d in rows]


def channels(r: Reader) -> list[tuple[str, str]]:
    """(code, name) in the order of the Channel enum (the roster's order), unknown codes last."""
    order = {c.value: k for k, c in enumerate(Channel)}
    rows = r.rows("SELECT code, name FROM channels")
    return sorted(((c, n) for c, n in rows), key=lambda cn: (order.get(cn[0], len(order)), cn[0]))


def hubs(r: Reader) -> list[Hub]:
    rows = r.rows("SELECT id, code, name, country_code, description FROM hubs ORDER BY id")
    return [Hub(i, c, n, cc, d or "") for i, c, n, cc, d in rows]


def exchange_rates(r: Reader) -> list[ExchangeRate]:
    rows = r.rows("SELECT currency, on_date, units_per_eur, source FROM exchange_rates")
    return [ExchangeRate(c, date.fromisoformat(d), Decimal(u), s) for c, d, u, s in rows]


# ---------------------------------------------------------------- pledges
PLEDGE_COLUMNS = (
    "p.id, p.uuid, p.reference, p.donor_id, p.capability_id, p.item, p.status, p.channel, "
    "p.quantity_milli, p.unit, p.value_amount_milli, p.currency, p.value_eur_cents, "
    "p.valuation_date, p.announced_on, p.funding_year, p.reimbursed_by_id, p.source_ref, "
    "p.classification, p.notes, p.version, p.created_at, p.updated_at"
)


def _pledge(row: tuple[Any, ...], financers: tuple[FinancingShare, ...] = ()) -> Pledge:
    (i, u, ref, donor, cap, item, status, channel, qty, unit, amount, cur, eur, vdate, ann,
     fyear, reimb, src, cls, notes, version, created, updated) = row
    return Pledge(
        id=i, uuid=u, reference=ref, donor_id=donor, capability_id=cap, item=item,
        status=PledgeStatus(status), channel=Channel(channel), quantity=unscale(qty, 3),
        unit=unit or "", value_amount=unscale(amount, 3), currency=cur,
        value_eur=unscale(eur, 2), valuation_date=_d(vdate), announced_on=_d(ann),
        funding_year=fyear, reimbursed_by_id=reimb, financed_by=financers, source_ref=src or "",
        classification=cls or "", notes=notes or "", version=version,
        created_at=_ts(created), updated_at=_ts(updated),
    )


def pledge(r: Reader, pledge_id: int) -> Pledge | None:
    row = r.one(f"SELECT {PLEDGE_COLUMNS} FROM pledges p WHERE p.id = ?", (pledge_id,))
    if row is None:
        return None
    fin = tuple(
        FinancingShare(m, Decimal(s))
        for m, s in r.rows(
            "SELECT member_id, share FROM pledge_financers WHERE pledge_id = ? ORDER BY member_id",
            (pledge_id,),
        )
    )
    return _pledge(row, fin)


# Columns of the pledge table view, in order (the UI model names them). New columns are only
# ever appended, so positions stay valid: see services.pledge_rows for the names.
PLEDGE_TABLE_SQL = """
SELECT p.id, p.reference, m.code, m.name, c.name, p.item, p.quantity_milli, p.unit,
       p.value_amount_milli, p.currency, p.value_eur_cents, p.announced_on, p.status,
       p.channel, COALESCE(d.delivered, 0), p.version,
       p.donor_id, c.code, m.kind, p.capability_id, p.funding_year, p.source_ref, p.notes
FROM pledges p
JOIN members m ON m.id = p.donor_id
JOIN capabilities c ON c.id = p.capability_id
LEFT JOIN (
    SELECT pledge_id, SUM(value_eur_cents) AS delivered
    FROM deliveries WHERE status = 'delivered' GROUP BY pledge_id
) d ON d.pledge_id = p.id
"""


# Text columns of PLEDGE_TABLE_SQL that repeat across rows (donor, capability, item, unit,
# currency, day, status, channel, kind): each row's copies share one string object.
_SHARED_COLUMNS = (2, 3, 4, 5, 7, 9, 11, 12, 13, 17, 18)


def pledge_table_rows(r: Reader, pledge_ids: list[int] | None = None) -> list[tuple[Any, ...]]:
    """Light tuples for the pledges table; money and quantities stay scaled integers.

    The repeated texts are shared (one object per distinct value): 100k rows hold 58 MB
    instead of 129 MB, which keeps the GUI with the Pledges view open under 300 MB."""
    if pledge_ids is None:
        return _shared(r.rows(PLEDGE_TABLE_SQL + " ORDER BY p.id"))
    out: list[tuple[Any, ...]] = []
    for start in range(0, len(pledge_ids), 500):
        chunk = pledge_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        out += r.rows(PLEDGE_TABLE_SQL + f" WHERE p.id IN ({marks}) ORDER BY p.id", chunk)
    return _shared(out)


def _shared(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    seen: dict[Any, Any] = {}
    one = seen.setdefault
    shared = _SHARED_COLUMNS
    out = []
    for row in rows:
        values = list(row)
        for i in shared:
            values[i] = one(values[i], values[i])
        out.append(tuple(values))
    return out


def status_history(r: Reader, pledge_id: int) -> list[StatusChange]:
    rows = r.rows(
        'SELECT from_status, to_status, on_date, source, recorded_at, "user" '
        "FROM pledge_status_events WHERE pledge_id = ? ORDER BY id",
        (pledge_id,),
    )
    return [
        StatusChange(
            pledge_id, PledgeStatus(f) if f else None, PledgeStatus(t), date.fromisoformat(d),
            s or "", datetime.fromisoformat(at).replace(tzinfo=UTC), u or "",
        )
        for f, t, d, s, at, u in rows
    ]


def deliveries_of(r: Reader, pledge_id: int) -> list[Delivery]:
    rows = r.rows(
        "SELECT id, uuid, pledge_id, quantity_milli, planned_on, status, actual_on, hub_id, "
        "value_eur_cents, notes, version, delay_reason FROM deliveries WHERE pledge_id = ? "
        "ORDER BY planned_on, id",
        (pledge_id,),
    )
    return [
        Delivery(i, u, p, unscale(q, 3), _d(pl), DeliveryStatus(s), _d(a), h, unscale(e, 2),
                 n or "", v, dr or "")
        for i, u, p, q, pl, s, a, h, e, n, v, dr in rows
    ]


def audit_for(r: Reader, entity: str, entity_id: str, limit: int = 200) -> list[AuditEntry]:
    import json
    rows = r.rows(
        'SELECT id, at, "user", action, entity, entity_id, before_json, after_json, source '
        "FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?",
        (entity, entity_id, limit),
    )
    return [
        AuditEntry(i, datetime.fromisoformat(at).replace(tzinfo=UTC), u, a, e, eid,
                   json.loads(b) if b else None, json.loads(af) if af else None, s or "")
        for i, at, u, a, e, eid, b, af, s in rows
    ]


# ---------------------------------------------------------------- summaries
def totals(r: Reader) -> tuple[int, int, int, Decimal, Decimal]:
    """(members, pledges, deliveries, pledged EUR, delivered EUR): the fast start-up figures.

    Same rules as DONOR_TOTALS_SQL (a cancelled pledge counts only what it delivered), but
    without the per-donor grouping.
    """
    row = r.one(
        "SELECT (SELECT COUNT(*) FROM members), (SELECT COUNT(*) FROM pledges), "
        "(SELECT COUNT(*) FROM deliveries), "
        "(SELECT SUM(value_eur_cents) FROM pledges WHERE status <> 'cancelled'), "
        "(SELECT SUM(value_eur_cents) FROM deliveries WHERE status = 'delivered'), "
        "(SELECT SUM(d.value_eur_cents) FROM pledges p JOIN deliveries d ON d.pledge_id = p.id "
        " WHERE p.status = 'cancelled' AND d.status = 'delivered')"
    )
    assert row is not None
    members_n, pledges_n, deliveries_n, pledged, delivered, cancelled_delivered = row
    return (members_n, pledges_n, deliveries_n, _cents((pledged or 0) + (cancelled_delivered or 0)),
            _cents(delivered))


def summary(r: Reader) -> Summary:
    counts = r.one(
        "SELECT (SELECT COUNT(*) FROM members), (SELECT COUNT(*) FROM pledges), "
        "(SELECT COUNT(*) FROM deliveries)"
    )
    assert counts is not None
    by_donor = donor_totals(r)
    pledged = sum((d.pledged_eur for d in by_donor), Decimal(0))
    delivered = sum((d.delivered_eur for d in by_donor), Decimal(0))
    return Summary(counts[0], counts[1], counts[2], pledged, delivered, tuple(by_donor))


# A cancelled pledge counts as pledged only for what it delivered before it was cancelled, so
# delivered never exceeds pledged for a donor. Totals go to the payer (see member_totals).
def donor_totals(r: Reader) -> list[DonorTotals]:
    """Per-member totals with the double-count guard, biggest pledged first.

    A pledge with financers counts to its payers by share (largest remainder on the cents),
    so the per-member figures still add up exactly to the grand totals; its count goes to
    its main payer.
    """
    names = {i: (c, n) for i, c, n in r.rows("SELECT id, code, name FROM members")}
    rows = [
        DonorTotals(t.member_id, *names[t.member_id], t.pledges, _cents(t.pledged_cents),
                    _cents(t.delivered_cents))
        for t in member_totals(r).values()
        if t.pledges or t.pledged_cents or t.delivered_cents
    ]
    rows.sort(key=lambda d: (-d.pledged_eur, d.name))
    return rows


def monthly_pledged_delivered(r: Reader) -> list[tuple[str, Decimal, Decimal]]:
    """(YYYY-MM, pledged EUR announced that month, EUR delivered that month), by month."""
    pledged = dict(
        r.rows(
            "SELECT substr(announced_on, 1, 7) AS m, SUM(value_eur_cents) FROM pledges "
            "WHERE announced_on IS NOT NULL AND status <> 'cancelled' GROUP BY m"
        )
    )
    delivered = dict(
        r.rows(
            "SELECT substr(actual_on, 1, 7) AS m, SUM(value_eur_cents) FROM deliveries "
            "WHERE status = 'delivered' AND actual_on IS NOT NULL GROUP BY m"
        )
    )
    months = sorted(set(pledged) | set(delivered))
    return [(m, _cents(pledged.get(m)), _cents(delivered.get(m))) for m in months]


def overdue_deliveries(r: Reader, today: date, limit: int = 200) -> tuple[int, list[tuple[Any, ...]]]:
    """(count, rows) of open deliveries whose planned date is past; oldest first.

    Row: delivery id, planned_on, days late, donor code, donor name, pledge reference, item,
    quantity, unit, EUR, hub name, status.
    """
    where = "d.status IN ('planned', 'in_transit', 'delayed') AND d.planned_on < ?"
    count = r.scalar(f"SELECT COUNT(*) FROM deliveries d WHERE {where}", (today.isoformat(),))
    rows = r.rows(
        "SELECT d.id, d.planned_on, CAST(julianday(?) - julianday(d.planned_on) AS INTEGER), "
        "m.code, m.name, p.reference, p.item, d.quantity_milli, p.unit, d.value_eur_cents, "
        "h.name, d.status "
        "FROM deliveries d JOIN pledges p ON p.id = d.pledge_id "
        "JOIN members m ON m.id = p.donor_id LEFT JOIN hubs h ON h.id = d.hub_id "
        f"WHERE {where} ORDER BY d.planned_on, d.id LIMIT ?",
        (today.isoformat(), today.isoformat(), limit),
    )
    out = [
        (i, date.fromisoformat(pl), late, code, name, ref, item, unscale(q, 3), unit,
         unscale(e, 2), hub or "", DeliveryStatus(s))
        for i, pl, late, code, name, ref, item, q, unit, e, hub, s in rows
    ]
    return int(count or 0), out


def capability_totals(r: Reader) -> list[tuple[str, Decimal]]:
    rows = r.rows(
        "SELECT c.name, SUM(p.value_eur_cents) FROM pledges p "
        "JOIN capabilities c ON c.id = p.capability_id WHERE p.status <> 'cancelled' "
        "GROUP BY c.id ORDER BY 2 DESC"
    )
    return [(n, _cents(v)) for n, v in rows]


def status_counts(r: Reader) -> dict[PledgeStatus, int]:
    return {PledgeStatus(s): n for s, n in r.rows("SELECT status, COUNT(*) FROM pledges GROUP BY status")}


def delivery_export_rows(r: Reader, pledge_ids: list[int] | None = None) -> list[tuple[Any, ...]]:
    """Deliveries for the workbook export: (id, version, pledge reference, quantity, planned_on,
    actual_on, status, hub name, delay_reason, notes, pledge_id), ordered by pledge and date."""
    rows = r.rows(
        "SELECT d.id, d.version, p.reference, d.quantity_milli, d.planned_on, d.actual_on, "
        "d.status, h.name, d.delay_reason, d.notes, d.pledge_id FROM deliveries d "
        "JOIN pledges p ON p.id = d.pledge_id LEFT JOIN hubs h ON h.id = d.hub_id "
        "ORDER BY d.pledge_id, d.planned_on, d.id"
    )
    wanted = set(pledge_ids) if pledge_ids is not None else None
    return [
        (i, v, ref, unscale(q, 3), _d(pl), _d(a), s, hub or "", dr or "", n or "", pid)
        for i, v, ref, q, pl, a, s, hub, dr, n, pid in rows
        if wanted is None or pid in wanted
    ]


# ---------------------------------------------------------------- calendar
@dataclass(frozen=True)
class DeliverySelection:
    """Which deliveries a calendar query reads, in ids and stored values (empty = any).

    Built by services.calendar from the calendar's filter; an id of -1 matches nothing (a
    filter naming only unknown codes must show nothing, not everything).
    """

    donor_ids: tuple[int, ...] = ()
    capability_ids: tuple[int, ...] = ()
    hub_ids: tuple[int, ...] = ()
    statuses: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # lower-cased; each must occur in the delivery's texts


# The texts a calendar word is looked for in. SQLite's lower() folds ASCII letters only, so
# the words are lower-cased the same way (services.calendar) and 'Türkiye' matches 'türkiye'.
_CALENDAR_TEXT = (
    "lower(p.reference || ' ' || p.item || ' ' || m.code || ' ' || m.name || ' ' || "
    "COALESCE(h.name, '') || ' ' || d.delay_reason || ' ' || d.notes)"
)


def _selection_sql(sel: DeliverySelection) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    for column, values in (("p.donor_id", sel.donor_ids), ("p.capability_id", sel.capability_ids),
                           ("d.hub_id", sel.hub_ids), ("d.status", sel.statuses)):
        if values:
            where.append(f"{column} IN ({','.join('?' * len(values))})")
            params += values
    for word in sel.words:
        where.append(f"instr({_CALENDAR_TEXT}, ?) > 0")
        params.append(word)
    return "".join(f" AND {w}" for w in where), params


def _calendar_from(sel: DeliverySelection, *, names: bool, pledges: bool = True) -> str:
    """The FROM clause: pledges, members and hubs are joined only when the columns or the
    filter need them (the join to pledges alone costs as much as the read of the deliveries)."""
    names = names or bool(sel.words)
    if not (names or pledges or sel.donor_ids or sel.capability_ids):
        return " FROM deliveries d"
    sql = " FROM deliveries d JOIN pledges p ON p.id = d.pledge_id"
    if names:
        sql += " JOIN members m ON m.id = p.donor_id LEFT JOIN hubs h ON h.id = d.hub_id"
    return sql


def calendar_day_groups(r: Reader, start: date, end: date,
                        sel: DeliverySelection) -> list[tuple[str, str, int, int, int]]:
    """(planned_on, status, donor id, count, EUR cents) per day, status and donor in
    [start, end]: everything the month grid shows, grouped in SQL (a few thousand rows for the
    busiest month of the 300k-delivery demo, against ~10k deliveries)."""
    where, params = _selection_sql(sel)
    return r.rows(
        "SELECT d.planned_on, d.status, p.donor_id, COUNT(*), COALESCE(SUM(d.value_eur_cents), 0)"
        + _calendar_from(sel, names=False)
        + f" WHERE d.planned_on BETWEEN ? AND ?{where}"
        " GROUP BY d.planned_on, d.status, p.donor_id",
        [start.isoformat(), end.isoformat(), *params],
    )


# Agenda row: delivery id, version, pledge id, pledge reference, donor code, donor name,
# capability name, item, quantity (milli), unit, EUR cents, planned_on, actual_on, hub name,
# status, delay_reason.
CALENDAR_AGENDA_COLUMNS = (
    "d.id, d.version, d.pledge_id, p.reference, m.code, m.name, c.name, p.item, "
    "d.quantity_milli, p.unit, d.value_eur_cents, d.planned_on, d.actual_on, h.name, d.status, "
    "d.delay_reason"
)

# .ics row: the agenda row followed by uuid, notes, updated_at, capability code.
CALENDAR_ICS_COLUMNS = CALENDAR_AGENDA_COLUMNS + ", d.uuid, d.notes, d.updated_at, c.code"


def calendar_rows(r: Reader, start: date | None, end: date | None, sel: DeliverySelection,
                  columns: str = CALENDAR_AGENDA_COLUMNS, *, after: tuple[str, int] | None = None,
                  limit: int | None = None) -> list[tuple[Any, ...]]:
    """Deliveries planned in [start, end] (open ends allowed), by planned date then id; raw
    stored values (scaled integers, ISO text) for the caller to convert. `after` (planned_on,
    id) and `limit` read a long list page by page (keyset: each page starts where the last
    one ended, so the .ics export of 300k deliveries never holds them all)."""
    where, params = _selection_sql(sel)
    bounds = ["d.planned_on IS NOT NULL"]
    args: list[Any] = []
    if start is not None:
        bounds.append("d.planned_on >= ?")
        args.append(start.isoformat())
    if end is not None:
        bounds.append("d.planned_on <= ?")
        args.append(end.isoformat())
    if after is not None:
        bounds.append("(d.planned_on > ? OR (d.planned_on = ? AND d.id > ?))")
        args += [after[0], after[0], after[1]]
    return r.rows(
        f"SELECT {columns}" + _calendar_from(sel, names=True)
        + " JOIN capabilities c ON c.id = p.capability_id"
        + f" WHERE {' AND '.join(bounds)}{where} ORDER BY d.planned_on, d.id"
        + ("" if limit is None else f" LIMIT {int(limit)}"),
        [*args, *params],
    )


def calendar_monthly_values(r: Reader, start: date, end: date,
                            sel: DeliverySelection) -> tuple[dict[str, int], dict[str, int]]:
    """({YYYY-MM: EUR cents planned}, {YYYY-MM: EUR cents delivered}) in [start, end].

    Planned: deliveries not cancelled, by planned month. Delivered: status delivered, by the
    month of the actual date (the planned one when no actual date was recorded).
    """
    where, params = _selection_sql(sel)
    source = _calendar_from(sel, names=False, pledges=False)
    span = [start.isoformat(), end.isoformat()]
    planned = r.rows(
        f"SELECT substr(d.planned_on, 1, 7) AS mo, SUM(d.value_eur_cents){source}"
        f" WHERE d.planned_on BETWEEN ? AND ? AND d.status <> 'cancelled'{where} GROUP BY mo",
        [*span, *params],
    )
    delivered = r.rows(
        f"SELECT substr(COALESCE(d.actual_on, d.planned_on), 1, 7) AS mo, SUM(d.value_eur_cents)"
        f"{source} WHERE d.status = 'delivered'"
        f" AND COALESCE(d.actual_on, d.planned_on) BETWEEN ? AND ?{where} GROUP BY mo",
        [*span, *params],
    )
    return ({m: v or 0 for m, v in planned}, {m: v or 0 for m, v in delivered})


def delivery(r: Reader, delivery_id: int) -> Delivery | None:
    row = r.one(
        "SELECT id, uuid, pledge_id, quantity_milli, planned_on, status, actual_on, hub_id, "
        "value_eur_cents, notes, version, delay_reason FROM deliveries WHERE id = ?",
        (delivery_id,),
    )
    if row is None:
        return None
    i, u, p, q, pl, s, a, h, e, n, v, dr = row
    return Delivery(i, u, p, unscale(q, 3), _d(pl), DeliveryStatus(s), _d(a), h, unscale(e, 2),
                    n or "", v, dr or "")


# ---------------------------------------------------------------- members and funds (issue 7)
# The double-count guard: a pledge with financers (PURL, Danish model, co-financing) counts to
# its payers by share, not to the delivering donor, in every total. An EPF reimbursement
# (`reimbursed_by_id`) does not move the money: the pledge counts to the member state that
# gave it, and the EU's reimbursement is not added again. Financed pledges are few (a few %),
# so they are read one by one and split exactly in Python; the rest is grouped in SQL.
_FINANCED = "p.id IN (SELECT pledge_id FROM pledge_financers)"


def financer_shares(r: Reader) -> dict[int, list[tuple[int, Decimal]]]:
    """{pledge id: [(payer member id, share)]}, payers in member id order."""
    out: dict[int, list[tuple[int, Decimal]]] = {}
    for pid, mid, share in r.rows(
        "SELECT pledge_id, member_id, share FROM pledge_financers ORDER BY pledge_id, member_id"
    ):
        out.setdefault(pid, []).append((mid, Decimal(share)))
    return out


def attribute_to_payers(
    rows: list[tuple[Any, ...]], financers: dict[int, list[tuple[int, Decimal]]]
) -> dict[int, list[int]]:
    """Sum per payer the integer columns of per-pledge rows (pledge id, donor id, v1, v2...).

    A pledge without financers counts to its donor; one with financers is split over them by
    share, column by column, with the largest remainder (each column's parts add up exactly).
    """
    out: dict[int, list[int]] = {}
    for pid, donor, *values in rows:
        shares = financers.get(pid)
        if not shares:
            acc = out.setdefault(donor, [0] * len(values))
            for k, v in enumerate(values):
                acc[k] += int(v or 0)
            continue
        for k, v in enumerate(values):
            for mid, part in split_among_payers(int(v or 0), shares):
                out.setdefault(mid, [0] * len(values))[k] += part
    return out


@dataclass(frozen=True)
class MemberTotals:
    """Per-member money (EUR cents) and counts, with the double-count guard applied.

    pledged/delivered/pledges/open_pledges count to the payer; on-time figures to the member
    that delivers (it is the deliverer's performance); paid_for: the cents of pledges another
    member delivers that this one pays; delivered_by: the cents of pledges this member
    delivers that others pay (shown on the member page, not added to its totals).
    """

    member_id: int
    pledges: int = 0
    pledged_cents: int = 0
    delivered_cents: int = 0
    open_pledges: int = 0
    paid_for_cents: int = 0
    delivered_by_cents: int = 0
    dated_deliveries: int = 0  # delivered, with a planned and an actual date
    on_time_deliveries: int = 0  # of those, delivered on or before the planned date


# Grouped by donor over every pledge (the financed ones are moved to their payers afterwards:
# subtracting a few thousand pledges is cheaper than flagging 100k rows in SQL).
MEMBER_PLEDGE_SQL = """
SELECT donor_id, COUNT(*),
       SUM(CASE WHEN status <> 'cancelled' THEN COALESCE(value_eur_cents, 0) ELSE 0 END),
       SUM(status NOT IN ('delivered', 'cancelled'))
FROM pledges GROUP BY donor_id
"""

MEMBER_DELIVERY_SQL = """
SELECT p.donor_id, COALESCE(SUM(d.value_eur_cents), 0),
       SUM(d.actual_on IS NOT NULL AND d.planned_on IS NOT NULL),
       SUM(d.actual_on <= d.planned_on)
FROM deliveries d JOIN pledges p ON p.id = d.pledge_id
WHERE d.status = 'delivered' GROUP BY p.donor_id
"""

# What cancelled pledges delivered before they were cancelled (their "pledged"): few pledges,
# read through the status index, instead of a CASE on every delivered delivery above.
MEMBER_CANCELLED_SQL = """
SELECT p.donor_id, SUM(d.value_eur_cents)
FROM pledges p JOIN deliveries d ON d.pledge_id = p.id
WHERE p.status = 'cancelled' AND d.status = 'delivered' GROUP BY p.donor_id
"""

# Per financed pledge: id, donor, pledged cents (a cancelled pledge: what it delivered),
# delivered cents, 1 if open, 1 (the pledge itself, counted once to each payer below).
FINANCED_PLEDGES_SQL = f"""
WITH dp AS (
    SELECT pledge_id, SUM(value_eur_cents) AS delivered FROM deliveries
    WHERE status = 'delivered' AND pledge_id IN (SELECT pledge_id FROM pledge_financers)
    GROUP BY pledge_id
)
SELECT p.id, p.donor_id,
       CASE WHEN p.status = 'cancelled' THEN COALESCE(dp.delivered, 0)
            ELSE COALESCE(p.value_eur_cents, 0) END,
       COALESCE(dp.delivered, 0), p.status NOT IN ('delivered', 'cancelled')
FROM pledges p LEFT JOIN dp ON dp.pledge_id = p.id
WHERE {_FINANCED}
"""


def member_totals(r: Reader) -> dict[int, MemberTotals]:
    """{member id: MemberTotals} for every member with a pledge as donor or payer."""
    acc: dict[int, list[int]] = {}

    def at(mid: int) -> list[int]:
        return acc.setdefault(mid, [0] * 8)

    for donor, count, pledged, open_n in r.rows(MEMBER_PLEDGE_SQL):
        a = at(donor)
        a[0] += count
        a[1] += pledged or 0
        a[3] += open_n or 0
    for donor, delivered, dated, on_time in r.rows(MEMBER_DELIVERY_SQL):
        a = at(donor)
        a[2] += delivered or 0
        a[6] += dated or 0  # on-time figures stay with the deliverer
        a[7] += on_time or 0
    for donor, cancelled_delivered in r.rows(MEMBER_CANCELLED_SQL):
        at(donor)[1] += cancelled_delivered or 0
    financers = financer_shares(r)
    for pid, donor, pledged, delivered, open_n in r.rows(FINANCED_PLEDGES_SQL):
        shares = financers[pid]
        d = at(donor)  # taken from the donor of record...
        d[0] -= 1
        d[1] -= pledged
        d[2] -= delivered
        d[3] -= int(open_n or 0)
        # ...counted once, to the main payer, so the counts per member add up to the pledges
        main = at(main_payer(shares))
        main[0] += 1
        main[3] += int(open_n or 0)
        pledged_parts = split_among(pledged, shares)  # ...and its money to the payers by share
        for mid, part in pledged_parts:
            at(mid)[1] += part
        for mid, part in split_among(delivered, shares):
            at(mid)[2] += part
        for mid, part in pledged_parts:
            if mid != donor:
                at(mid)[4] += part
                at(donor)[5] += part
    return {mid: MemberTotals(mid, *a) for mid, a in acc.items()}


def main_payer(shares: list[tuple[int, Decimal]]) -> int:
    """The payer with the largest share (the lowest member id among equals)."""
    return min(shares, key=lambda ms: (-ms[1], ms[0]))[0]


def split_among(cents: int, shares: list[tuple[int, Decimal]]) -> list[tuple[int, int]]:
    return split_among_payers(int(cents or 0), shares)


def member_gdp_latest(r: Reader) -> dict[int, tuple[int, Decimal]]:
    """{member id: (year, GDP USD bn)} of each member's latest GDP figure."""
    out: dict[int, tuple[int, Decimal]] = {}
    for mid, year, usd_bn in r.rows("SELECT member_id, year, usd_bn FROM gdp ORDER BY member_id, year"):
        out[mid] = (year, Decimal(usd_bn))
    return out


def member_pledge_ids(r: Reader, member_id: int) -> tuple[list[int], list[int]]:
    """(paid for, delivered for others): ids of the pledges a member pays that another member
    delivers, and of the ones it delivers that others pay (fully or in part)."""
    paid_for = [i for (i,) in r.rows(
        "SELECT p.id FROM pledge_financers f JOIN pledges p ON p.id = f.pledge_id "
        "WHERE f.member_id = ? AND p.donor_id <> ? ORDER BY p.id", (member_id, member_id),
    )]
    for_others = [i for (i,) in r.rows(
        "SELECT DISTINCT p.id FROM pledges p JOIN pledge_financers f ON f.pledge_id = p.id "
        "WHERE p.donor_id = ? AND f.member_id <> ? ORDER BY p.id", (member_id, member_id),
    )]
    return paid_for, for_others


def member_table_rows(r: Reader, member_id: int) -> list[tuple[Any, ...]]:
    """Pledge table rows (PLEDGE_TABLE_SQL) of the pledges a member gives or pays for, by id:
    one query (the 500-id chunks of pledge_table_rows would re-read the deliveries per chunk)."""
    return r.rows(
        PLEDGE_TABLE_SQL + " WHERE p.donor_id = ? OR p.id IN "
        "(SELECT pledge_id FROM pledge_financers WHERE member_id = ?) ORDER BY p.id",
        (member_id, member_id),
    )


def member_monthly(r: Reader, member_id: int) -> list[tuple[str, int, int, Decimal]]:
    """Deliveries counted to a member, by month: (YYYY-MM, planned cents, delivered cents,
    weight); the caller sums cents x weight per month. Own non-financed pledges come grouped with weight 1;
    a pledge the member pays (in part) comes per pledge with its share as weight.

    Planned: not cancelled, by planned month; delivered: by actual month (planned if none).
    """
    own = r.rows(
        "SELECT substr(d.planned_on, 1, 7) AS mo, "
        "SUM(CASE WHEN d.status <> 'cancelled' THEN d.value_eur_cents ELSE 0 END) "
        "FROM deliveries d JOIN pledges p ON p.id = d.pledge_id "
        f"WHERE p.donor_id = ? AND NOT {_FINANCED} AND d.planned_on IS NOT NULL GROUP BY mo",
        (member_id,),
    )
    own_done = r.rows(
        "SELECT substr(COALESCE(d.actual_on, d.planned_on), 1, 7) AS mo, SUM(d.value_eur_cents) "
        "FROM deliveries d JOIN pledges p ON p.id = d.pledge_id "
        f"WHERE p.donor_id = ? AND NOT {_FINANCED} AND d.status = 'delivered' "
        "AND COALESCE(d.actual_on, d.planned_on) IS NOT NULL GROUP BY mo",
        (member_id,),
    )
    out: list[tuple[str, int, int, Decimal]] = [(m, v or 0, 0, Decimal(1)) for m, v in own]
    out += [(m, 0, v or 0, Decimal(1)) for m, v in own_done]
    shared = r.rows(
        "SELECT f.share, substr(d.planned_on, 1, 7), substr(COALESCE(d.actual_on, d.planned_on), 1, 7), "
        "d.status, d.value_eur_cents FROM pledge_financers f "
        "JOIN deliveries d ON d.pledge_id = f.pledge_id WHERE f.member_id = ? "
        "AND d.planned_on IS NOT NULL",
        (member_id,),
    )
    for share, planned_mo, done_mo, status, cents in shared:
        w = Decimal(share)
        if status != "cancelled":
            out.append((planned_mo, cents or 0, 0, w))
        if status == "delivered":
            out.append((done_mo, 0, cents or 0, w))
    return out


def member_capability_mix(r: Reader, member_id: int) -> list[tuple[str, int, Decimal]]:
    """(capability name, pledged cents, weight) counted to a member: its own non-financed
    pledges grouped (weight 1), and each pledge it pays with its share (a cancelled pledge
    counts for nothing here: the mix shows what is pledged)."""
    rows = r.rows(
        "SELECT c.name, SUM(p.value_eur_cents) FROM pledges p "
        "JOIN capabilities c ON c.id = p.capability_id "
        f"WHERE p.donor_id = ? AND p.status <> 'cancelled' AND NOT {_FINANCED} GROUP BY c.id",
        (member_id,),
    )
    out = [(n, v or 0, Decimal(1)) for n, v in rows]
    out += [
        (n, v or 0, Decimal(s))
        for n, v, s in r.rows(
            "SELECT c.name, p.value_eur_cents, f.share FROM pledge_financers f "
            "JOIN pledges p ON p.id = f.pledge_id JOIN capabilities c ON c.id = p.capability_id "
            "WHERE f.member_id = ? AND p.status <> 'cancelled'",
            (member_id,),
        )
    ]
    return out


def donor_capability_cents(r: Reader) -> dict[str, dict[str, int]]:
    """{donor code: {capability name: pledged EUR cents}} over every pledge not cancelled, by
    donor of record (the Members view's capability chart): one GROUP BY instead of loading
    every pledge's table row (100k tuples) to add them up in Python."""
    out: dict[str, dict[str, int]] = {}
    for code, capability, cents in r.rows(
        "SELECT m.code, c.name, SUM(p.value_eur_cents) FROM pledges p "
        "JOIN members m ON m.id = p.donor_id JOIN capabilities c ON c.id = p.capability_id "
        "WHERE p.status <> 'cancelled' AND p.value_eur_cents <> 0 "
        "GROUP BY p.donor_id, p.capability_id, m.code, c.name"
    ):
        out.setdefault(code, {})[capability] = int(cents)
    return out


# Per pledge of a fund year: id, donor, pledged cents (a cancelled pledge: what it delivered),
# status, delivered cents. The fund year is the funding year, else the announced year.
FUND_YEAR_SQL = """
WITH yp AS (
    SELECT p.id, p.donor_id, p.status, p.value_eur_cents FROM pledges p
    WHERE COALESCE(p.funding_year, CAST(substr(p.announced_on, 1, 4) AS INTEGER)) = ?{channels}
), dp AS (
    SELECT pledge_id, SUM(value_eur_cents) AS delivered FROM deliveries
    WHERE status = 'delivered' AND pledge_id IN (SELECT id FROM yp) GROUP BY pledge_id
)
SELECT yp.id, yp.donor_id, yp.status, COALESCE(yp.value_eur_cents, 0), COALESCE(dp.delivered, 0)
FROM yp LEFT JOIN dp ON dp.pledge_id = yp.id
"""


def fund_year_rows(r: Reader, year: int, channels: tuple[str, ...] = ()) -> list[tuple[Any, ...]]:
    """(pledge id, donor id, status, value cents, delivered cents) of the pledges whose fund
    year (funding year, else announced year) is `year`, in `channels` (empty: any)."""
    where = ""
    if channels:
        where = f" AND p.channel IN ({','.join('?' * len(channels))})"
    return r.rows(FUND_YEAR_SQL.format(channels=where), [year, *channels])


def funds(r: Reader) -> list[Fund]:
    """Every fund as a domain Fund record, by id; participants and exemptions in id order."""
    members_of: dict[int, list[tuple[int, bool]]] = {}
    for fid, mid, exempt in r.rows(
        "SELECT fund_id, member_id, exempt FROM fund_members ORDER BY fund_id, member_id"
    ):
        members_of.setdefault(fid, []).append((mid, bool(exempt)))
    out = []
    for (fid, name, amount, cur, period, first, last, gdp_year, chans, stats, notes) in r.rows(
        "SELECT id, name, amount, currency, period, first_year, last_year, gdp_year, "
        "counted_channels, counted_statuses, notes FROM funds ORDER BY id"
    ):
        fm = members_of.get(fid, [])
        out.append(Fund(
            fid, name, Decimal(amount), cur, FundPeriod(period), first, last, gdp_year,
            tuple(m for m, _e in fm), tuple(m for m, e in fm if e),
            tuple(Channel(c) for c in (chans or "").split(",") if c),
            tuple(PledgeStatus(s) for s in (stats or "").split(",") if s),
            notes or "",
        ))
    return out
