"""The front door: `ramstein` opens the GUI; subcommands do headless work.

Exit codes: 0 done, 1 refused with a message (bad input, unusable database), 2 usage error.
No traceback reaches the user: unexpected errors are logged to the per-user log file and
reported in one line that names the log.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import APP_NAME
from .i18n import _

log = logging.getLogger("ramstein")


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit code 1."""


def _db_path(args: argparse.Namespace) -> Path:
    """The database file of a command that works on files only (a server URL is refused)."""
    target = _db_target(args)
    if isinstance(target, str):
        raise UserError(_("{url}: this command works on a database file, not a server "
                          "database").format(url=_shown(target)))
    return target


def _db_target(args: argparse.Namespace) -> Path | str:
    """--db as a file path, or as the URL of a server database (sqlite:/// or postgresql://)."""
    from .storage.location import is_url, parse_location

    if getattr(args, "db", None):
        if is_url(args.db):
            location = parse_location(args.db)  # refuses an unknown kind of URL
            return location.url if location.is_server else location.path  # type: ignore[return-value]
        return Path(args.db).expanduser()
    from .paths import default_db_path

    return default_db_path()


def _shown(target: Path | str) -> str:
    from .storage.location import parse_location

    return parse_location(target).display


def _open(args: argparse.Namespace, *, create: bool = True):  # type: ignore[no-untyped-def]
    from .services import open_workspace

    path = _db_target(args)
    if isinstance(path, str):  # a server: the server says whether the database exists
        return open_workspace(path, create=create)
    if not create and not path.exists():
        raise UserError(_("{path}: no such database file (create one with "
                          "`ramstein demo --db {path}`)").format(path=path))
    if not create and path.stat().st_size == 0:
        raise UserError(_("{path}: the file is empty, not a database yet "
                          "(fill it with `ramstein demo --db {path}`)").format(path=path))
    return open_workspace(path, create=create)


# ---------------------------------------------------------------- commands
def cmd_gui(args: argparse.Namespace) -> int:
    from .ui.app import run_gui

    path = _db_target(args)  # a server URL too (ui/open_database.py)
    return run_gui(path, demo_if_empty=not args.db, lang=args.lang)  # type: ignore[arg-type]


def cmd_demo(args: argparse.Namespace) -> int:
    from .services.demo import build_demo, check_demo_size
    from .services.progress import TextProgress

    check_demo_size(args.pledges, args.deliveries)  # before the file is created
    ws = _open(args)
    try:
        progress = TextProgress() if not args.quiet else None
        result = build_demo(ws, pledges=args.pledges, deliveries=args.deliveries, seed=args.seed,
                            replace=args.replace, progress=progress)
    finally:
        ws.close()
    print(f"{ws.db.display}: demo database with {result.pledges} pledges and "
          f"{result.deliveries} deliveries (seed {result.seed})")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    ws = _open(args, create=False)
    try:
        doc = ws.summaries.summary_json()
    finally:
        ws.close()
    if args.json:
        json.dump(doc, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    print(f"{ws.db.display}")
    print(f"  members {doc['members']}   pledges {doc['pledges']}   deliveries {doc['deliveries']}")
    print(f"  pledged EUR {_money(doc['pledged_eur'])}   delivered EUR {_money(doc['delivered_eur'])}")
    print(f"\n  {'donor':<28}{'pledges':>9}{'pledged EUR':>22}{'delivered EUR':>22}")
    for d in doc["by_donor"]:
        print(f"  {d['name'][:27]:<28}{d['pledges']:>9}{_money(d['pledged_eur']):>22}"
              f"{_money(d['delivered_eur']):>22}")
    _print_fund(doc.get("fund"))
    return 0


def _print_fund(fund: dict[str, Any] | None) -> None:
    """The fund section of the text summary: the year's tranche and who is below its share."""
    if not fund:
        return
    members = fund["members"]
    below = [m for m in members if m["gap"] is not None and Decimal(m["gap"]) > 0]
    print(f"\n  {fund['name']}, {fund['year']}: tranche EUR {_money(fund['tranche'])}, "
          f"{len(below)} of {len(members)} allies below their fair share")
    print(f"  {'ally':<28}{'fair share':>20}{'allocated':>20}{'gap':>20}")
    for m in members:
        share = m["flag"] or _money(m["fair_share"])  # "exempt", "no GDP for 2023"
        gap = _money(m["gap"]) if m["gap"] is not None else ""
        print(f"  {m['name'][:27]:<28}{share:>20}{_money(m['allocated']):>20}{gap:>20}")


def _money(text: str) -> str:
    return f"{Decimal(text):,.2f}"


def cmd_self_test(args: argparse.Namespace) -> int:
    """Smoke test of an installation (a bundle above all): each step prints what it checked.

    Everything happens in a temporary folder: the user's database, settings and logs are not
    touched. A missing resource, migration or module fails the step with exit code 1.
    """
    import csv
    import tempfile
    import time

    from . import __version__
    from .paths import resource, resources_dir

    start = time.perf_counter()
    print(f"{APP_NAME} {__version__} self-test ({sys.executable})")
    roster = resource("roster", "members.csv")
    with roster.open(encoding="utf-8", newline="") as fh:
        roster_rows = sum(1 for _ in csv.DictReader(fh))
    print(f"  resources: {resources_dir()} ({roster_rows} members in the roster)")
    with tempfile.TemporaryDirectory(prefix="ramstein-self-test-") as tmp:
        db_path = Path(tmp) / "self-test.db"
        ws = _open(argparse.Namespace(db=str(db_path)))  # creates, migrates (Alembic), seeds
        try:
            members = ws.summaries.summary_json()["members"]
        finally:
            ws.close()
        if members != roster_rows:
            raise UserError(f"self-test: the new database has {members} members, "
                            f"the roster {roster_rows}")
        print(f"  database: created, migrated and seeded {db_path.name} ({members} members)")
        from .ui.app import take_screenshots  # Qt only now: the steps above need none

        shots = take_screenshots(db_path, Path(tmp) / "shots")
        empty = [p.name for p in shots if p.stat().st_size == 0]
        if empty:
            raise UserError(f"self-test: empty renderings of {', '.join(empty)}")
        print(f"  window: offscreen main window, {len(shots)} views rendered "
              f"({', '.join(p.stem for p in shots)})")
    print(f"self-test ok ({time.perf_counter() - start:.2f} s)")
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    """The staff brief as a PDF (Qt's PDF writer: the ui package, imported only here)."""
    target = Path(args.out).expanduser()
    if target.suffix.lower() != ".pdf":
        raise UserError(f"{target}: the file name must end in .pdf")
    if not target.parent.is_dir():
        raise UserError(f"{target.parent}: no such folder")
    ws = _open(args, create=False)
    try:
        from .ui.brief_report import brief_to_pdf

        bar = _bar()
        try:
            lang = getattr(args, "lang", None) or os.environ.get("RAMSTEIN_LANG")
            result = brief_to_pdf(ws, target, args.donor, progress=bar, lang=lang)
        finally:
            if bar is not None:
                bar.close()
    finally:
        ws.close()
    print(f"{result.path}: {result.pages} pages ({result.marking or 'no marking'}, "
          f"{result.seconds:.2f} s)")
    return 0


def cmd_screenshot(args: argparse.Namespace) -> int:
    from .ui.app import take_screenshots

    path = _db_path(args)
    if not path.exists():
        raise UserError(_("{path}: no such database file").format(path=path))
    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for png in take_screenshots(path, outdir, lang=args.lang):
        print(png)
    return 0


def _xlsx_target(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"{path}: the file name must end in .xlsx")
    if not path.parent.is_dir():
        raise UserError(f"{path.parent}: no such folder")
    return path


def _export_filter(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .domain.enums import PledgeStatus
    from .domain.filters import PledgeFilter
    from .services.matching import fold

    statuses = set()
    by_text = {**{fold(s.label): s for s in PledgeStatus}, **{fold(s.value): s for s in PledgeStatus}}
    for text in args.status or ():
        found = by_text.get(fold(text))
        if found is None:
            raise UserError(f"--status: '{text}' is not a status "
                            f"({', '.join(s.value for s in PledgeStatus)})")
        statuses.add(found)
    return PledgeFilter(donors=frozenset(d.upper() for d in args.donor or ()),
                        statuses=frozenset(statuses), text=args.text or "")


def cmd_export(args: argparse.Namespace) -> int:
    from .services.xlsx_export import export_workbook

    target = _xlsx_target(args.out)
    flt = _export_filter(args)
    ws = _open(args, create=False)
    try:
        unknown = [d for d in flt.donors if d not in ws.reference.members_by_code]
        if unknown:
            raise UserError(f"--donor: {', '.join(sorted(unknown))} is not a member code")
        bar = _bar()
        try:
            result = export_workbook(ws, target, flt, progress=bar)
        finally:
            if bar is not None:
                bar.close()
    finally:
        ws.close()
    print(f"{result.path}: {result.pledges} pledges and {result.deliveries} deliveries "
          f"({result.seconds:.2f} s)")
    return 0


def _bar():  # type: ignore[no-untyped-def]
    """A progress bar on a terminal; nothing when the output goes to a file or a pipe."""
    from .services.progress import TextProgress

    return TextProgress() if sys.stderr.isatty() else None


def cmd_template(args: argparse.Namespace) -> int:
    from .services.xlsx_export import write_template

    target = _xlsx_target(args.out)
    ws = _open(args, create=False)
    try:
        path = write_template(ws, target, args.donor)
    finally:
        ws.close()
    print(f"{path}: empty template" + (f" for {args.donor.upper()}" if args.donor else ""))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .exchange.xlsx_reader import WorkbookRejected
    from .services.xlsx_import import import_workbook

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"{source}: no such file")
    ws = _open(args, create=False)
    try:
        try:
            bar = _bar()
            try:
                result = import_workbook(ws, source, dry_run=args.dry_run, take=args.take,
                                         progress=bar)
            finally:
                if bar is not None:
                    bar.close()
        except WorkbookRejected as exc:
            if args.json:
                _dump({"applied": False, "new": 0, "changed": 0, "unchanged": 0, "conflicts": 0,
                       "errors": [{"sheet": "", "cell": "", "message": str(exc)}], "warnings": []})
                return 1
            raise UserError(str(exc)) from None
    finally:
        ws.close()
    doc = result.as_json()
    ok = result.applied or (args.dry_run and not doc["errors"])
    if args.json:
        _dump(doc)
        return 0 if ok else 1
    for warning in doc["warnings"]:
        print(f"warning: {warning}")
    for err in result.plan.errors:
        print(f"error: {err}")
    for c in doc["details"]["conflicts"]:
        fields = ", ".join(f"{k}: {c['old'][k]!r} (planner) vs {c['new'][k]!r} (sheet)" for k in c["new"])
        print(f"conflict: {c['sheet']} row {c['row']} {c['reference']}: {fields}")
    verb = "applied" if result.applied else ("checked (dry run)" if ok else "rejected, nothing changed")

    def counts(d: dict[str, int]) -> str:
        return (f"{d['new']} new, {d['changed']} changed, {d['unchanged']} unchanged, "
                f"{d['conflicts']} conflicts")

    print(f"{source.name}: {counts(doc)}; {verb}")
    print(f"  pledges: {counts(doc['pledges'])}")
    print(f"  deliveries: {counts(doc['deliveries'])}")
    if result.backup is not None and result.applied:
        print(f"backup before the import: {result.backup}")
    return 0 if ok else 1


def cmd_marking(args: argparse.Namespace) -> int:
    from .services.classification import MARKING_KEY, is_required, set_marking

    ws = _open(args, create=False)
    try:
        if args.text is not None or args.required is not None:
            text = args.text if args.text is not None else ws.db.info().get(MARKING_KEY, "")
            set_marking(ws, text, required=args.required, source="cli")
        info = ws.db.info()
    finally:
        ws.close()
    shown = info.get(MARKING_KEY)
    print(f"classification marking: {shown!r}" if shown is not None
          else "classification marking: none set (exports say UNCLASSIFIED)")
    print(f"required on exports: {'yes' if is_required(info) else 'no'}")
    return 0


def cmd_import_kiel(args: argparse.Namespace) -> int:
    from .exchange.kiel import KielFileError
    from .services.kiel_import import import_kiel

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"{source}: no such file")
    ws = _open(args, create=False)
    try:
        try:
            result = import_kiel(ws, source, dry_run=args.dry_run)
        except KielFileError as exc:
            if args.json:
                _dump({"applied": False, "pledges": 0, "skipped": {}, "by_donor": {},
                       "error": str(exc)})
                return 1
            raise UserError(f"{exc}; nothing changed") from None
    finally:
        ws.close()
    doc = result.as_json()
    if args.json:
        _dump(doc)
        return 0 if result.applied or args.dry_run else 1
    verb = "applied" if result.applied else "checked (dry run), nothing changed"
    print(f"{source.name}: {doc['rows']} rows, {doc['packages']} packages -> {doc['pledges']} "
          f"pledges, EUR {_money(doc['total_eur'])}; {verb} ({doc['seconds']:.2f} s)")
    for reason, n in doc["skipped"].items():
        print(f"  skipped {n:>5} rows ({doc['skipped_packages'][reason]} packages): {reason}")
    print(f"  dates read from text: {doc['dates_from_text']}, unknown: {doc['dates_unknown']}")
    for code, eur in doc["by_donor"].items():
        print(f"  {code}  {_money(eur):>22}")
    if result.backup is not None:
        print(f"backup before the import: {result.backup}")
    return 0


def cmd_import_sheet(args: argparse.Namespace) -> int:
    """A foreign sheet through a column mapping: a saved profile and/or --map/--const pairs."""
    from dataclasses import replace

    from .exchange.foreign_sheet import SheetFileError
    from .services.mapped_import import (
        MappingProfile,
        ProfileError,
        ProfileStore,
        import_mapped,
        mapping_from_pairs,
    )

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"{source}: no such file")
    store = ProfileStore()
    try:
        profile = store.load(args.profile) if args.profile else MappingProfile("")
        fields = {**profile.fields, **mapping_from_pairs(args.map or (), args.const or ())}
        aliases = {**profile.donor_aliases, **dict(
            (a.partition("=")[0].strip(), a.partition("=")[2].strip()) for a in args.alias or ())}
        if not profile.builtin:
            profile = replace(
                profile, name=args.save_profile or profile.name, fields=fields,
                sheet=args.sheet or profile.sheet, header_row=args.header_row or profile.header_row,
                day_first=profile.day_first and not args.month_first,
                decimal_comma=profile.decimal_comma or args.decimal_comma,
                donor_aliases=aliases, reference_column=args.ref_column or profile.reference_column)
        if not profile.builtin and not fields:
            raise UserError("say how the columns map: --profile NAME or --map TARGET=HEADER "
                            "(e.g. --map donor=Country --map item=Equipment)")
        saved = store.save(profile) if args.save_profile else None
    except ProfileError as exc:
        raise UserError(str(exc)) from None
    ws = _open(args, create=False)
    try:
        try:
            result = import_mapped(ws, source, profile, dry_run=args.dry_run)
        except (SheetFileError, ProfileError) as exc:
            if args.json:
                _dump({"applied": False, "new": 0, "already_imported": 0, "skipped": [],
                       "errors": [{"sheet": source.name, "cell": "", "message": str(exc)}],
                       "warnings": []})
                return 1
            raise UserError(f"{exc}; nothing changed") from None
    finally:
        ws.close()
    ok = result.applied or (args.dry_run and not result.errors)
    if args.json:
        _dump(result.as_json())
        return 0 if ok else 1
    if saved is not None:
        print(f"mapping profile saved: {saved}")
    for warning in result.warnings:
        print(f"warning: {warning}")
    for err in result.errors:
        print(f"error: {err}")
    for where, reason in result.skipped:
        print(f"skipped: {where + ': ' if where else ''}{reason}")
    verb = ("applied" if result.applied else "checked (dry run), nothing changed" if ok
            else "rejected, nothing changed")
    print(f"{source.name}: {result.new} new, {result.already_imported} already imported, "
          f"{len(result.skipped)} skipped, {len(result.errors)} errors; {verb}")
    if result.backup is not None and result.applied:
        print(f"backup before the import: {result.backup}")
    return 0 if ok else 1


def _ics_args(args: argparse.Namespace, ws):  # type: ignore[no-untyped-def]
    """(CalendarFilter, from, to) from the `ics` options, each bad value named by its option."""
    from datetime import date

    from .domain.enums import DeliveryStatus
    from .services.calendar import CalendarFilter
    from .services.matching import fold

    def day(option: str, text: str | None) -> date | None:
        if text is None:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise UserError(f"{option}: '{text}' is not a date (YYYY-MM-DD)") from None

    start, end = day("--from", args.date_from), day("--to", args.date_to)
    if start and end and end < start:
        raise UserError(f"--from {start.isoformat()} is after --to {end.isoformat()}")
    donors = {d.upper() for d in args.donor or ()}
    unknown = sorted(donors - set(ws.reference.members_by_code))
    if unknown:
        raise UserError(f"--donor: {', '.join(unknown)} is not a member code")
    caps = {fold(c.code): c.code for c in ws.reference.capabilities}
    caps.update({fold(c.name): c.code for c in ws.reference.capabilities})
    hubs = {fold(h.code): h.id for h in ws.reference.hubs}
    hubs.update({fold(h.name): h.id for h in ws.reference.hubs})
    statuses = {**{fold(s.label): s for s in DeliveryStatus},
                **{fold(s.value): s for s in DeliveryStatus}}

    def pick(option: str, texts: list[str] | None, known: dict[str, Any], what: str) -> set[Any]:
        out = set()
        for text in texts or ():
            key = fold(text)
            # 'rzeszow' names 'Rzeszów-Jasionka (POLLOG HUB)': a part that fits one entry only.
            near = {v for k, v in known.items() if key and key in k}
            if key not in known and len(near) != 1:
                raise UserError(f"{option}: '{text}' is not {what}")
            out.add(known[key] if key in known else near.pop())
        return out

    names = ", ".join(h.name for h in ws.reference.hubs)
    flt = CalendarFilter(
        donors=frozenset(donors),
        capabilities=frozenset(pick("--capability", args.capability, caps, "a capability")),
        hubs=frozenset(pick("--hub", args.hub, hubs, f"a hub ({names})")),
        statuses=frozenset(pick("--status", args.status, statuses,
                                f"a delivery status ({', '.join(s.value for s in DeliveryStatus)})")),
        text=args.text or "",
    )
    return flt, start, end


def cmd_ics(args: argparse.Namespace) -> int:
    from .services.calendar import export_ics

    target = Path(args.out).expanduser()
    if target.suffix.lower() != ".ics":
        raise UserError(f"{target}: the file name must end in .ics")
    if not target.parent.is_dir():
        raise UserError(f"{target.parent}: no such folder")
    ws = _open(args, create=False)
    try:
        flt, start, end = _ics_args(args, ws)
        bar = _bar()
        try:
            result = export_ics(ws, target, flt, start, end, progress=bar)
        finally:
            if bar is not None:
                bar.close()
    finally:
        ws.close()
    print(f"{result.path}: {result.events} deliveries written as calendar events")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Integrity check, crash traces, schema and backups of a database; exit 1 when unsound."""
    from .services.health import check_database

    target = _db_target(args)
    if isinstance(target, str):
        return _check_server(target, args.json)
    path = target
    if not path.is_file():
        raise UserError(f"{path}: no such database file")
    report = check_database(path, quick=args.quick, verify_backups=True)
    if args.json:
        _dump({
            "path": str(report.path), "ok": report.ok, "integrity": report.integrity,
            "crash_suspected": report.crash_suspected, "schema": report.schema,
            "app_schema": report.app_schema,
            "backups": [{"name": b.path.name, "path": str(b.path), "created": b.created.isoformat(),
                         "reason": b.reason, "size": b.size, "verified": report.verified.get(b.path)}
                        for b in report.backups],
            "good_backup": str(report.good_backup.path) if report.good_backup else None,
            "messages": report.messages,
        })
        return 0 if report.ok else 1
    print(f"{report.path}")
    print(f"  integrity: {report.integrity if len(report.integrity) < 200 else report.integrity[:199] + '…'}")
    print(f"  crash suspected: {'yes' if report.crash_suspected else 'no'}")
    print(f"  schema: {report.schema or 'unknown'} (this version: {report.app_schema})")
    print(f"  backups: {len(report.backups)}" + (" (newest first)" if report.backups else ""))
    for b in report.backups:
        state = {True: "verified", False: "DAMAGED", None: "not checked"}[report.verified.get(b.path)]
        print(f"    {b.path.name}  {b.created:%Y-%m-%d %H:%M:%S} UTC  {b.size:,} bytes  {state}")
    for message in report.messages:
        print(message, file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def _check_server(url: str, as_json: bool) -> int:
    """`check` on a server database: it answers, its version, schema, row counts, backups."""
    from .storage.database import Database
    from .storage.health import server_report

    with Database.open(url, create=False) as db:
        report = server_report(db)
    if as_json:
        _dump(report)
        return 0 if report["ok"] else 1
    print(report["database"])
    print(f"  server: PostgreSQL {report['server_version']}")
    print(f"  schema: {report['schema']} (this version: {report['app_schema']})")
    print("  rows: " + ", ".join(f"{n:,} {t}" for t, n in report["counts"].items()))
    print(f"  backups (local snapshots in {report['backup_folder']}): {len(report['backups'])}")
    for name in report["backups"]:
        print(f"    {name}")
    return 0 if report["ok"] else 1


def cmd_copy(args: argparse.Namespace) -> int:
    """Copy a whole database to another file or server; verified by equal summaries."""
    from .storage.copy import CopyRefused, copy_database
    from .storage.database import Database
    from .storage.location import parse_location

    source_at, target_at = parse_location(args.source), parse_location(args.target)
    if source_at.display == target_at.display:
        raise UserError(_("--from and --to are the same database"))
    if not source_at.is_server and not (source_at.path and source_at.path.is_file()):
        raise UserError(_("{path}: no such database file").format(path=source_at.display))
    with Database.open(args.source, create=False) as source, Database.open(args.target) as target:
        try:
            result = copy_database(source, target, replace=args.replace)
        except CopyRefused as exc:
            raise UserError(str(exc)) from None
    if result.backup:
        print(_("backup of {target} before replacing it: {backup}").format(
            target=target_at.display, backup=result.backup))
    rows = sum(result.rows.values())
    print(_("copied {rows:,} rows in {tables} tables from {source} to {target}").format(
        rows=rows, tables=len(result.rows), source=source_at.display, target=target_at.display))
    s, t = result.source_summary, result.target_summary
    if not result.verified:
        print(_("MISMATCH: the summaries differ (source: {a} pledges, EUR {b}; target: {c} "
                "pledges, EUR {d})").format(a=s.pledges, b=s.pledged_eur, c=t.pledges,
                                           d=t.pledged_eur), file=sys.stderr)
        return 1
    print(_("verified: the summaries are equal ({members} members, {pledges} pledges, "
            "{deliveries} deliveries, EUR {pledged} pledged, EUR {delivered} delivered)").format(
        members=s.members, pledges=s.pledges, deliveries=s.deliveries, pledged=s.pledged_eur,
        delivered=s.delivered_eur))
    return 0


def _dump(doc: object) -> None:
    json.dump(doc, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


# ---------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ramstein",
        description=_("{app}: pledges, deliveries and fair shares of military aid. "
                      "Without a command, opens the application window; `ramstein FILE.ramstein` "
                      "opens it on that database (as a file manager does).").format(app=APP_NAME),
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--self-test", action="store_true",
                        help=_("check this installation (resources, database layer, roster, an "
                             "offscreen main window) on a temporary database and exit; 0 = ok"))
    parser.add_argument("--lang", metavar="LANG", choices=LANG_CHOICES,
                        help=_("language of the window and of the messages: en, fr, uk or "
                               "system (default: RAMSTEIN_LANG, then the saved choice, then "
                               "the system's)"))
    parser.add_argument("--db", metavar="PATH",
                        help=_("database file (default: the per-user database)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    # Also after the command (`ramstein screenshot --lang fr OUT`); SUPPRESS keeps the value
    # given before the command when this one is absent.
    common.add_argument("--lang", metavar="LANG", choices=LANG_CHOICES, default=argparse.SUPPRESS,
                        help=_("language of the messages (en, fr, uk, system)"))
    common.add_argument("--db", metavar="PATH", help=_("database file (default: the per-user database)"))

    demo = sub.add_parser("demo", parents=[common], help=_("build a realistic demo database"))
    demo.add_argument("--pledges", type=_count, default=2_000, metavar="N")
    demo.add_argument("--deliveries", type=_count, default=6_000, metavar="M")
    demo.add_argument("--seed", type=int, default=2022, metavar="S")
    demo.add_argument("--replace", action="store_true",
                      help=_("wipe existing pledges and deliveries first (after a backup)"))
    demo.add_argument("--quiet", action="store_true", help=_("no progress bar"))
    demo.set_defaults(func=cmd_demo)

    summary = sub.add_parser("summary", parents=[common], help=_("counts and EUR totals, per donor"))
    summary.add_argument("--json", action="store_true", help=_("machine-readable output"))
    summary.set_defaults(func=cmd_summary)

    export = sub.add_parser("export", parents=[common],
                            help=_("write pledges, deliveries and members to an .xlsx workbook"))
    export.add_argument("out", metavar="OUT.xlsx")
    export.add_argument("--donor", action="append", metavar="ISO3", help=_("only this donor (repeatable)"))
    export.add_argument("--status", action="append", metavar="S", help=_("only this status (repeatable)"))
    export.add_argument("--text", metavar="T", help=_("only pledges containing every word of T"))
    export.set_defaults(func=cmd_export)

    template = sub.add_parser("template", parents=[common],
                              help=_("write an empty workbook for a national desk to fill in"))
    template.add_argument("out", metavar="OUT.xlsx")
    template.add_argument("--donor", metavar="ISO3", help=_("limit the Donor list to this member"))
    template.set_defaults(func=cmd_template)

    imp = sub.add_parser("import", parents=[common],
                         help=_("import an edited export or a filled-in template (.xlsx)"))
    imp.add_argument("file", metavar="IN.xlsx")
    imp.add_argument("--dry-run", action="store_true", help=_("check and report, change nothing"))
    imp.add_argument("--json", action="store_true", help=_("machine-readable report"))
    imp.add_argument("--take", choices=("sheet", "database"),
                     help=_("resolve every conflict by keeping this side"))
    imp.set_defaults(func=cmd_import)

    kiel = sub.add_parser("import-kiel", parents=[common],
                          help=_("import military packages from the Kiel Ukraine Support Tracker "
                               "(MAIN DATA sheet, .csv or .xlsx)"))
    kiel.add_argument("file", metavar="FILE")
    kiel.add_argument("--dry-run", action="store_true", help=_("check and report, change nothing"))
    kiel.add_argument("--json", action="store_true", help=_("machine-readable report"))
    kiel.set_defaults(func=cmd_import_kiel)

    sheet = sub.add_parser("import-sheet", parents=[common],
                           help=_("import pledges from a foreign sheet (.xlsx or .csv) through "
                                "a column mapping"))
    sheet.add_argument("file", metavar="FILE")
    sheet.add_argument("--profile", metavar="NAME", help=_("a saved mapping profile (or the "
                       "built-in 'Kiel Institute UST (main data)')"))
    sheet.add_argument("--map", action="append", metavar="TARGET=HEADER",
                       help=_("the column holding a pledge field (repeatable): donor, capability, "
                            "item, quantity, unit, value, currency, announced, status, channel, "
                            "funding_year, source, notes"))
    sheet.add_argument("--const", action="append", metavar="TARGET=VALUE",
                       help=_("one value for every row, e.g. currency=USD (repeatable)"))
    sheet.add_argument("--alias", action="append", metavar="TEXT=ISO3",
                       help=_("another name of a donor, e.g. Deutschland=DEU; ISO3 '-' skips "
                            "its rows (repeatable)"))
    sheet.add_argument("--ref-column", metavar="HEADER",
                       help=_("the column identifying a row, so a re-import adds only new rows"))
    sheet.add_argument("--sheet", metavar="NAME", help=_("the worksheet (default: the first)"))
    sheet.add_argument("--header-row", type=int, metavar="N",
                       help=_("the header's row number (default: found)"))
    sheet.add_argument("--month-first", action="store_true",
                       help=_("read 03/04/2024 as 4 March (default: day first, 3 April)"))
    sheet.add_argument("--decimal-comma", action="store_true",
                       help=_("numbers are written 1.234,5"))
    sheet.add_argument("--save-profile", metavar="NAME",
                       help=_("save the mapping as a profile under this name"))
    sheet.add_argument("--dry-run", action="store_true", help=_("check and report, change nothing"))
    sheet.add_argument("--json", action="store_true", help=_("machine-readable report"))
    sheet.set_defaults(func=cmd_import_sheet)

    ics = sub.add_parser("ics", parents=[common],
                         help=_("write the deliveries as an iCalendar file (.ics) for Outlook, "
                              "Thunderbird or a phone; importing it again updates the events"))
    ics.add_argument("out", metavar="OUT.ics")
    ics.add_argument("--donor", action="append", metavar="ISO3", help=_("only this donor (repeatable)"))
    ics.add_argument("--capability", action="append", metavar="CODE",
                     help=_("only this capability, by code or name (repeatable)"))
    ics.add_argument("--hub", action="append", metavar="NAME",
                     help=_("only deliveries through this hub, by name or code (repeatable)"))
    ics.add_argument("--status", action="append", metavar="S",
                     help=_("only this delivery status (repeatable)"))
    ics.add_argument("--text", metavar="T", help=_("only deliveries containing every word of T"))
    ics.add_argument("--from", dest="date_from", metavar="DATE",
                     help=_("only deliveries planned on or after DATE (YYYY-MM-DD)"))
    ics.add_argument("--to", dest="date_to", metavar="DATE",
                     help=_("only deliveries planned on or before DATE (YYYY-MM-DD)"))
    ics.set_defaults(func=cmd_ics)

    check = sub.add_parser("check", parents=[common],
                           help=_("check a database: integrity, signs of a crash, schema, backups "
                                "(exit 1 when the integrity check fails)"))
    check.add_argument("--quick", action="store_true", help=_("quick_check instead of the full "
                       "integrity_check (faster on big files)"))
    check.add_argument("--json", action="store_true", help=_("machine-readable report"))
    check.set_defaults(func=cmd_check)

    copy = sub.add_parser("copy", help=_("copy a whole database to another file or server "
                                         "(SQLite <-> PostgreSQL), verified by equal summaries"))
    copy.add_argument("--from", dest="source", required=True, metavar="URL",
                      help=_("the database to copy: a file, sqlite:///path or "
                             "postgresql+psycopg://user@host/dbname"))
    copy.add_argument("--to", dest="target", required=True, metavar="URL",
                      help=_("where to copy it (a new file, or an empty server database)"))
    copy.add_argument("--replace", action="store_true",
                      help=_("replace a target that holds data (it is backed up first)"))
    copy.set_defaults(func=cmd_copy)

    marking = sub.add_parser("marking", parents=[common],
                             help=_("show or set the classification marking every export carries"))
    marking.add_argument("text", nargs="?", metavar="TEXT",
                         help=_('the new marking, e.g. "NATO RESTRICTED" (omit to show it)'))
    required = marking.add_mutually_exclusive_group()
    required.add_argument("--required", dest="required", action="store_const", const=True,
                          help=_("refuse every export while the marking is empty"))
    required.add_argument("--not-required", dest="required", action="store_const", const=False,
                          help=_("allow exports without a marking"))
    marking.set_defaults(func=cmd_marking)

    brief = sub.add_parser("brief", parents=[common],
                           help="write the staff brief (figures, fund position, overdue "
                                "deliveries, charts) as a PDF with the classification marking")
    brief.add_argument("out", metavar="OUT.pdf")
    brief.add_argument("--donor", metavar="ISO3", help="the brief of this donor only")
    brief.set_defaults(func=cmd_brief)

    shot = sub.add_parser("screenshot", parents=[common],
                          help=_("render each main view to OUTDIR/<view>.png and exit"))
    shot.add_argument("outdir", metavar="OUTDIR")
    shot.set_defaults(func=cmd_screenshot)
    return parser


class _VersionAction(argparse.Action):
    """--version, looking the version up only when asked (importlib.metadata costs ~30 ms)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=_("print the version and exit"))

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from . import __version__

        print(f"{APP_NAME} {__version__}")
        parser.exit()


def _count(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def _setup_logging() -> Path | None:
    from logging.handlers import RotatingFileHandler

    from .paths import log_dir

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / "ramstein.log", maxBytes=1_000_000,
                                      backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return Path(handler.baseFilename)


DATABASE_SUFFIXES = (".ramstein", ".db", ".sqlite", ".sqlite3")


def _file_as_db_option(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """`ramstein FILE` is `ramstein --db FILE`: the window on that database.

    A file manager (the desktop entry's %f), the Windows file association ("%1") and macOS
    (the open-document event, turned into argv by the bundle) pass the database as the first
    argument. A word that is neither a file nor a database name is left to argparse, so that a
    mistyped command stays an error instead of creating a database of that name.
    """
    commands = {name for action in parser._actions
                if isinstance(action, argparse._SubParsersAction) for name in action.choices}
    if not argv or argv[0].startswith("-") or argv[0] in commands:
        return argv
    path = Path(argv[0]).expanduser()
    if path.is_file() or path.suffix.lower() in DATABASE_SUFFIXES:
        return ["--db", argv[0], *argv[1:]]
    return argv


LANG_CHOICES = ("en", "fr", "uk", "system")


def _language_option(argv: list[str]) -> str | None:
    """--lang before argparse runs, so the help texts are already translated."""
    for i, word in enumerate(argv):
        if word == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    from .i18n import set_language

    words = list(sys.argv[1:] if argv is None else argv)
    lang = _language_option(words)
    set_language(lang if lang in LANG_CHOICES else None)
    parser = build_parser()
    args = parser.parse_args(_file_as_db_option(parser, words))
    func = cmd_self_test if args.self_test else getattr(args, "func", cmd_gui)
    try:
        return int(func(args))
    except BrokenPipeError:  # `ramstein summary | head`: the reader went away, not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print(_("ramstein: interrupted; nothing was changed"), file=sys.stderr)
        return 130
    except UserError as exc:
        print(f"ramstein: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        from .domain.errors import DomainError
        from .services.progress import Cancelled
        from .storage import DatabaseError

        if isinstance(exc, DomainError | DatabaseError | Cancelled):
            print(f"ramstein: {exc}", file=sys.stderr)
            return 1
        logfile = _setup_logging()
        log.exception("unexpected error in %s", getattr(args, "command", "gui"))
        where = _("; details are in {file}").format(file=logfile) if logfile else ""
        print(_("ramstein: unexpected error: {kind}: {error}{where}").format(
            kind=type(exc).__name__, error=exc, where=where), file=sys.stderr)
        return 1


def main_gui() -> int:
    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
