"""Export pledges (with their deliveries and the members) to the exchange workbook, and write
the empty template that national desks fill in. The layout is exchange.xlsx_schema's."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.enums import Channel, DeliveryStatus, PledgeStatus
from ..domain.filters import PledgeFilter
from ..exchange.xlsx_writer import WorkbookContent, write_workbook
from ..i18n import _
from ..storage import queries
from ..storage.scaling import unscale
from . import pledge_rows as R
from .classification import export_marking
from .pledge_rows import announced
from .progress import NullProgress, Progress, check

if TYPE_CHECKING:
    from .workspace import Workspace

STATUS_LABEL = {s.value: s.label for s in PledgeStatus}
CHANNEL_LABEL = {c.value: c.label for c in Channel}
DELIVERY_STATUS_LABEL = {s.value: s.label for s in DeliveryStatus}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pledges: int
    deliveries: int
    seconds: float


def workbook_lists(ws: Workspace) -> dict[str, list[str]]:
    """The drop-down lists (also the values the import accepts for choice columns)."""
    ref = ws.reference
    currencies = sorted({"EUR", *ref.rates.currencies()})
    return {
        "donors": [m.name for m in ref.donors()],
        "capabilities": [c.name for c in ref.capabilities],
        "statuses": [s.label for s in PledgeStatus],
        "channels": [c.label for c in Channel],
        "currencies": currencies,
        "hubs": [h.name for h in ref.hubs],
        "delivery_statuses": [s.label for s in DeliveryStatus],
    }


def pledge_sheet_row(r: R.Row) -> dict[str, Any]:
    """A pledges-table row as the Pledges sheet's values (keys of the schema)."""
    return {
        "id": r[R.ID], "version": r[R.VERSION], "reference": r[R.REF] or "",
        "donor": r[R.DONOR] or "", "capability": r[R.CAPABILITY] or "", "item": r[R.ITEM] or "",
        "quantity": _norm(unscale(r[R.QTY_MILLI], 3)), "unit": r[R.UNIT] or "",
        "value_amount": _norm(unscale(r[R.VALUE_MILLI], 3)), "currency": r[R.CURRENCY] or "",
        "announced_on": announced(r), "status": STATUS_LABEL.get(r[R.STATUS], r[R.STATUS]),
        "channel": CHANNEL_LABEL.get(r[R.CHANNEL], r[R.CHANNEL] or ""),
        "funding_year": r[R.FUNDING_YEAR], "source_ref": r[R.SOURCE_REF] or "",
        "notes": r[R.NOTES] or "", "value_eur": unscale(r[R.EUR_CENTS], 2),
    }


def _norm(value: Any) -> Any:
    """12.000 -> 12 (an integer shows and reads back as one)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return value.quantize(1)
    return value.normalize()


def _haystack(r: R.Row) -> str:
    return R.haystack(r, (STATUS_LABEL.get(r[R.STATUS], ""), CHANNEL_LABEL.get(r[R.CHANNEL], "")))


def filtered_rows(ws: Workspace, flt: PledgeFilter | None) -> list[R.Row]:
    rows = ws.pledges.table_rows()
    if flt is None or flt.is_empty():
        return rows
    test = R.row_predicate(flt)
    return [r for r in rows if test(r, _haystack(r))]


def export_workbook(ws: Workspace, target: Path, flt: PledgeFilter | None = None, *,
                    progress: Progress | None = None) -> ExportResult:
    """Write the workbook (atomically: a failure or a cancel leaves `target` as it was)."""
    import time

    progress = progress or NullProgress()
    start = time.perf_counter()
    export_marking(ws.db.info(), "the workbook export")  # refuse before any work
    progress.report(0, 0, "reading the pledges")
    rows = filtered_rows(ws, flt)
    ids = [r[R.ID] for r in rows] if flt is not None and not flt.is_empty() else None
    deliveries = queries.delivery_export_rows(ws.db.reader, ids)
    check(progress)
    total = len(rows) + len(deliveries)
    content = _content(ws, {
        "Pledges": _reporting((pledge_sheet_row(r) for r in rows), progress, 0, total,
                              "writing pledges"),
        "Deliveries": _reporting(_delivery_rows(deliveries), progress, len(rows), total,
                                 "writing deliveries"),
        "Members": _member_rows(ws),
    }, _("Ramstein Planner export"),
        flt.describe() if flt is not None and not flt.is_empty() else _("all pledges"))
    write_workbook(target, content)
    progress.report(total, total, "written")
    return ExportResult(Path(target), len(rows), len(deliveries), time.perf_counter() - start)


REPORT_EVERY = 2_000  # rows between progress reports (and cancel checks) while writing


def _reporting(rows: Iterable[dict[str, Any]], progress: Progress, before: int, total: int,
               message: str) -> Iterator[dict[str, Any]]:
    """The rows, reporting progress and honouring a cancel as the writer consumes them (a
    Cancelled raised here unwinds the writer, which removes its temporary file)."""
    every = REPORT_EVERY
    for n, row in enumerate(rows, start=1):
        if n % every == 0:
            progress.report(before + n, total, message)
            check(progress)
        yield row


def write_template(ws: Workspace, target: Path, donor_code: str | None = None) -> Path:
    """An empty Pledges/Deliveries workbook with drop-downs and instructions."""
    lists = workbook_lists(ws)
    description = "Template: add one row per pledge"
    if donor_code:
        donor = ws.reference.members_by_code.get(donor_code.upper())
        if donor is None:
            from ..domain.errors import DomainError

            raise DomainError(f"--donor: '{donor_code}' is not a member code")
        lists["donors"] = [donor.name]
        description = f"Template for {donor.name}: add one row per pledge"
    content = _content(ws, {"Members": _member_rows(ws)}, _("Ramstein Planner template"),
                       description, lists, what="the template")
    write_workbook(target, content)
    return Path(target)


def _content(ws: Workspace, rows: Mapping[str, Any], title: str, description: str,
             lists: dict[str, list[str]] | None = None, *,
             what: str = "the workbook export") -> WorkbookContent:
    info = ws.db.info()
    return WorkbookContent(
        rows=rows, lists=lists or workbook_lists(ws),
        classification=export_marking(info, what),
        database_id=info.get("database_id", ""), exported_at=datetime.now().replace(microsecond=0),
        title=title, description=description,
    )


def _delivery_rows(rows: list[tuple[Any, ...]]) -> Iterator[dict[str, Any]]:
    for i, v, ref, q, planned, actual, status, hub, delay, notes, _pid in rows:
        yield {"id": i, "version": v, "pledge_reference": ref, "quantity": _norm(q),
               "planned_on": planned, "actual_on": actual,
               "status": DELIVERY_STATUS_LABEL.get(status, status), "hub": hub,
               "delay_reason": delay, "notes": notes}


def _member_rows(ws: Workspace) -> Iterator[dict[str, Any]]:
    for m in ws.reference.members:
        yield {"code": m.code, "name": m.name, "kind": m.kind.label,
               "nato_since": m.nato_accession_year,
               "eu_member": "" if m.eu_member is None else ("yes" if m.eu_member else "no")}
