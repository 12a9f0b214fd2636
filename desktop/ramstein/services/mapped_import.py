"""Import a foreign sheet through a column mapping (issue 5, part 5).

A **mapping profile** says, for each pledge field, which column of the foreign sheet holds it
(or a constant, e.g. currency "USD"), how its dates and numbers are written, which other names
its donors go by, and which column identifies a row. Profiles are JSON files in
`config_dir()/mappings`, so a planner maps a ministry's sheet once and re-imports next month's
edition in two clicks. The Kiel Institute's tracker has its own importer (kiel_import); it is
offered here as a built-in, read-only profile.

`plan_mapped` reads, maps and validates every row and writes nothing: errors name the source
cell (`Sheet1!C7`, `file.csv line 7, column 'Value'`), unknown donors get a "did you mean".
Rows imported before are recognised by their reference: the pledge's Source starts with
`<tag>:<reference>` (tag from the profile name), so a re-import adds only new rows.
`import_mapped` applies all rows in one transaction after a backup, through the audited
`PledgeService.apply_batch`, or nothing at all when any row is wrong.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.enums import Channel, PledgeStatus
from ..domain.errors import DomainError, MissingRate
from ..domain.money import Money, to_decimal
from ..domain.records import Capability, Member
from ..exchange.foreign_sheet import ForeignSheet, SheetRow, cell_text, read_sheet
from ..exchange.kiel import _null, parse_kiel_date
from . import pledge_rows as R
from .matching import MEMBER_ALIASES, Resolver, capability_resolver, fold
from .pledges import PledgeDraft
from .progress import NullProgress, Progress, check
from .xlsx_apply import AppliedImport, CreatedPledge
from .xlsx_import import _CHANNEL, _STATUS, _lookup

if TYPE_CHECKING:
    from .workspace import Workspace

FORMAT = "ramstein-mapping-profile"
KIEL_PROFILE = "Kiel Institute UST (main data)"
PREVIEW_ROWS = 200
SKIP_DONOR = "-"  # an alias to "-" skips that donor's rows (totals rows, non-members)


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    kind: str  # donor, capability, text, number, currency, date, status, channel, year
    required: bool = False
    synonyms: tuple[str, ...] = ()  # header texts that suggest this field


TARGETS: tuple[Target, ...] = (
    Target("donor", "Donor", "donor", True,
           ("donor", "country", "countries", "donor country", "nation", "member", "state")),
    Target("capability", "Capability", "capability", True,
           ("capability", "category", "coalition", "type of aid", "domain", "type")),
    Target("item", "Item", "text", True,
           ("item", "items", "equipment", "description", "system", "material", "what")),
    Target("quantity", "Quantity", "number", False,
           ("quantity", "qty", "no of units", "number of units", "number", "count", "pieces")),
    Target("unit", "Unit", "text", False, ("unit", "unit of measure", "uom", "measure")),
    Target("value", "Value", "number", False,
           ("value", "amount", "total value", "value eur", "cost", "worth", "converted value",
            "value in eur", "total")),
    Target("currency", "Currency", "currency", False,
           ("currency", "ccy", "cur", "original currency")),
    Target("announced", "Announced", "date", False,
           ("announcement date", "announced", "date announced", "date", "pledge date",
            "announced on")),
    Target("status", "Status", "status", False, ("status", "state", "stage", "delivery status")),
    Target("channel", "Channel", "channel", False,
           ("channel", "mechanism", "modality", "funding mechanism", "financing")),
    Target("funding_year", "Funding year", "year", False,
           ("funding year", "fiscal year", "budget year", "year")),
    Target("source", "Source", "text", False,
           ("source", "source url", "link", "url", "source of aid 1", "reference document")),
    Target("notes", "Notes", "text", False,
           ("notes", "note", "comments", "comment", "remarks", "explanation")),
)
TARGET = {t.key: t for t in TARGETS}


class ProfileError(DomainError):
    """A mapping profile is unusable (bad file, unknown field, built-in one changed …)."""


# ---------------------------------------------------------------- profiles
@dataclass(frozen=True)
class FieldSource:
    column: str = ""  # header text in the sheet
    constant: str = ""  # used for every row when no column is given

    def as_json(self) -> dict[str, str]:
        return {"column": self.column} if self.column else {"constant": self.constant}


@dataclass
class MappingProfile:
    name: str
    fields: dict[str, FieldSource] = field(default_factory=dict)
    sheet: str | None = None
    header_row: int | None = None
    day_first: bool = True  # 03/04/2024 is 3 April (False: 4 March)
    decimal_comma: bool = False  # 1.234,5 (False: 1,234.5)
    donor_aliases: dict[str, str] = field(default_factory=dict)  # sheet text -> ISO3 or "-"
    reference_column: str = ""
    builtin: bool = False  # the Kiel importer: read-only, routes to import_kiel

    @property
    def tag(self) -> str:
        """The prefix of the keys that recognise this profile's rows on a re-import."""
        return _slug(self.name or self.reference_column or "sheet")

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "version": 1, "name": self.name, "sheet": self.sheet,
            "header_row": self.header_row,
            "date_order": "day_first" if self.day_first else "month_first",
            "decimal_comma": self.decimal_comma,
            "fields": {k: v.as_json() for k, v in self.fields.items() if v.column or v.constant},
            "donor_aliases": dict(self.donor_aliases),
            "reference_column": self.reference_column,
        }

    @classmethod
    def from_json(cls, doc: Any, where: str) -> MappingProfile:
        def bad(why: str) -> ProfileError:
            return ProfileError(f"{where}: not a usable mapping profile: {why}")

        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise bad(f"the file does not say \"format\": \"{FORMAT}\"")
        name = doc.get("name")
        if not isinstance(name, str) or not name.strip():
            raise bad("it has no name")
        fields: dict[str, FieldSource] = {}
        raw_fields = doc.get("fields", {})
        if not isinstance(raw_fields, dict):
            raise bad("'fields' must be an object")
        for key, spec in raw_fields.items():
            if key not in TARGET:
                raise bad(f"'{key}' is not a pledge field ({', '.join(TARGET)})")
            if not isinstance(spec, dict) or not all(isinstance(v, str) for v in spec.values()):
                raise bad(f"field '{key}' must be {{\"column\": …}} or {{\"constant\": …}}")
            fields[key] = FieldSource(spec.get("column", ""), spec.get("constant", ""))
        aliases = doc.get("donor_aliases", {})
        if not isinstance(aliases, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in aliases.items()):
            raise bad("'donor_aliases' must map sheet names to ISO3 codes")
        order = doc.get("date_order", "day_first")
        if order not in ("day_first", "month_first"):
            raise bad(f"date_order '{order}' is neither day_first nor month_first")
        header_row = doc.get("header_row")
        if header_row is not None and (not isinstance(header_row, int) or header_row < 1):
            raise bad("header_row must be a row number (1 or more)")
        sheet = doc.get("sheet")
        reference = doc.get("reference_column", "")
        if not isinstance(sheet, str | None) or not isinstance(reference, str):
            raise bad("'sheet' and 'reference_column' must be text")
        return cls(name.strip(), fields, sheet or None, header_row, order == "day_first",
                   bool(doc.get("decimal_comma", False)), dict(aliases), reference)


KIEL = MappingProfile(KIEL_PROFILE, builtin=True)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "profile"


class ProfileStore:
    """Mapping profiles as JSON files in one folder, plus the built-in Kiel profile."""

    def __init__(self, folder: Path | None = None) -> None:
        if folder is None:
            from ..paths import config_dir

            folder = config_dir() / "mappings"
        self.folder = Path(folder)

    def path_for(self, name: str) -> Path:
        return self.folder / f"{_slug(name)}.json"

    def _files(self) -> list[Path]:
        return sorted(self.folder.glob("*.json")) if self.folder.is_dir() else []

    def profiles(self) -> tuple[list[MappingProfile], list[str]]:
        """(profiles, problems): the built-in first, then the saved ones by name; a file that
        cannot be read is named in `problems` instead of hiding the others."""
        found: list[MappingProfile] = []
        problems: list[str] = []
        for path in self._files():
            try:
                found.append(self._read(path))
            except ProfileError as exc:
                problems.append(str(exc))
        return [KIEL, *sorted(found, key=lambda p: fold(p.name))], problems

    def names(self) -> list[str]:
        return [p.name for p in self.profiles()[0]]

    def load(self, name: str) -> MappingProfile:
        if fold(name) == fold(KIEL_PROFILE):
            return KIEL
        path = self.path_for(name)
        if path.is_file():
            return self._read(path)
        for other in self._files():  # a file renamed by hand still answers to its name
            try:
                profile = self._read(other)
            except ProfileError:
                continue
            if fold(profile.name) == fold(name):
                return profile
        known = ", ".join(f"'{n}'" for n in self.names())
        raise ProfileError(f"no mapping profile '{name}' (known: {known}; saved in {self.folder})")

    def _read(self, path: Path) -> MappingProfile:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise ProfileError(f"{path}: cannot be read ({exc})") from None
        except json.JSONDecodeError as exc:
            raise ProfileError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
        return MappingProfile.from_json(doc, str(path))

    def save(self, profile: MappingProfile) -> Path:
        """Write the profile (replacing one of the same name) atomically; returns the file."""
        if profile.builtin or fold(profile.name) == fold(KIEL_PROFILE):
            raise ProfileError(f"'{KIEL_PROFILE}' is built in and cannot be changed; save the "
                               "mapping under another name")
        if not profile.name.strip():
            raise ProfileError("give the mapping profile a name")
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.path_for(profile.name)
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(profile.as_json(), indent=2, ensure_ascii=False) + "\n",
                       encoding="utf-8")
        os.replace(tmp, path)
        return path

    def delete(self, name: str) -> None:
        if fold(name) == fold(KIEL_PROFILE):
            raise ProfileError(f"'{KIEL_PROFILE}' is built in and cannot be deleted")
        path = self.path_for(name)
        if not path.is_file():
            raise ProfileError(f"no saved mapping profile '{name}' ({path})")
        path.unlink()


# ---------------------------------------------------------------- auto-suggest
def suggest_mapping(headers: Sequence[str]) -> dict[str, FieldSource]:
    """A first mapping by header similarity ("Country" -> donor, "Announcement Date" ->
    announced); each header is used once, the closest pairs first."""
    scored: list[tuple[float, int, str, str]] = []
    for order, target in enumerate(TARGETS):
        for header in headers:
            key = fold(header)
            if not key:
                continue
            best = max(difflib.SequenceMatcher(None, key, s).ratio() for s in target.synonyms)
            if best >= 0.75:
                scored.append((best, -order, target.key, header))
    out: dict[str, FieldSource] = {}
    used: set[str] = set()
    for _score, _order, target_key, header in sorted(scored, reverse=True):
        if target_key not in out and header not in used:
            out[target_key] = FieldSource(column=header)
            used.add(header)
    return {t.key: out[t.key] for t in TARGETS if t.key in out}


# ---------------------------------------------------------------- cell parsing
_DMY = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b")
_NAMED = ("%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%b %d %Y", "%B %d %Y",
          "%d-%b-%Y", "%d-%b-%y")
_COMMA_NUMBER = re.compile(r"[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?")


def parse_date(value: Any, *, day_first: bool) -> date | None:
    """A date cell: a real date, ISO text, d/m/y or m/d/y (as the profile says; text around it
    is allowed: "until 24/02/2023"), or '24 Feb 2023'. Empty and '.' -> None."""
    if isinstance(value, datetime | date):
        return parse_kiel_date(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise DomainError(f"'{cell_text(value)}' is a number, not a date (format the column "
                          "as dates, or write 2024-03-01)")
    text = _null(value)
    if text is None:
        return None
    if re.match(r"^\d{4}-\d{2}-\d{2}", text):
        found = parse_kiel_date(text)
        if found is not None:
            return found
    m = _DMY.search(text)
    if m:
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        year += 2000 if year < 100 else 0
        day, month = (first, second) if day_first else (second, first)
        try:
            return date(year, month, day)
        except ValueError:
            order = "day/month/year" if day_first else "month/day/year"
            raise DomainError(f"'{text}' is not a {order} date (the mapping reads dates "
                              f"{'day' if day_first else 'month'} first)") from None
    for fmt in _NAMED:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise DomainError(f"'{text}' is not a date (use YYYY-MM-DD, e.g. 2024-03-01)")


def parse_number(value: Any, *, decimal_comma: bool) -> Decimal | None:
    """A number cell, never negative; text as the profile writes it: '1,234.5' or, with
    decimal_comma, '1.234,5'. Empty and '.' -> None."""
    if isinstance(value, datetime | date):
        raise DomainError(f"'{cell_text(value)}' is a date, not a number")
    if isinstance(value, str):
        text = _null(value)
        if text is None:
            return None
        text = text.replace(" ", "").replace("\u202f", "").replace("'", "")
        if decimal_comma:
            if not _COMMA_NUMBER.fullmatch(text):
                raise DomainError(f"'{value.strip()}' is not a number written 1.234,5 "
                                  "(the mapping reads a comma as the decimal mark)")
            text = text.replace(".", "").replace(",", ".")
        value = text
    try:
        number = to_decimal(value, "number")
    except DomainError as exc:  # the caller names the field: drop to_decimal's own prefix
        message = str(exc).removeprefix("number: ")
        if isinstance(value, str) and _COMMA_NUMBER.fullmatch(value):
            message += "; if the sheet writes 1.234,5, read it with a decimal comma"
        raise DomainError(message) from None
    if number < 0:
        raise DomainError(f"'{cell_text(value)}' is negative")
    return number


def _year(value: Any) -> int | None:
    if isinstance(value, datetime | date):
        return value.year
    number = parse_number(value, decimal_comma=False)
    if number is None:
        return None
    if number != number.to_integral_value() or not 1990 <= number <= 2100:
        raise DomainError(f"'{cell_text(value)}' is not a year (e.g. 2024)")
    return int(number)


# ---------------------------------------------------------------- plan
@dataclass(frozen=True)
class SheetIssue:
    sheet: str
    cell: str
    message: str
    is_csv: bool = False

    def as_json(self) -> dict[str, str]:
        return {"sheet": self.sheet, "cell": self.cell, "message": self.message}

    def __str__(self) -> str:
        if not self.cell:
            return f"{self.sheet}: {self.message}"
        where = f"{self.sheet} {self.cell}" if self.is_csv else f"{self.sheet}!{self.cell}"
        return f"{where}: {self.message}"


@dataclass
class PlannedRow:
    number: int  # the sheet row (xlsx) or line (csv)
    state: str = "new"  # new / already / skipped / error
    shown: dict[str, str] = field(default_factory=dict)  # target -> the pledge's value as text
    problems: dict[str, str] = field(default_factory=dict)  # target -> error message
    draft: PledgeDraft | None = None
    key: str = ""
    reason: str = ""  # why skipped


@dataclass
class MappedPlan:
    file: Path
    profile: MappingProfile
    sheet: ForeignSheet | None = None
    rows: list[PlannedRow] = field(default_factory=list)
    errors: list[SheetIssue] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def new(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.state == "new"]

    @property
    def already(self) -> int:
        return sum(1 for r in self.rows if r.state == "already")

    @property
    def skipped(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.state == "skipped"]

    def label(self, row: PlannedRow) -> str:
        if self.sheet is not None and self.sheet.is_csv:
            return f"{self.sheet.file_name} line {row.number}"
        return f"{self.sheet.sheet if self.sheet else self.file.name} row {row.number}"


@dataclass
class MappedImportResult:
    file: Path
    applied: bool = False
    dry_run: bool = False
    new: int = 0
    already_imported: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (where, reason)
    errors: list[SheetIssue] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    backup: Path | None = None
    seconds: float = 0.0
    plan: MappedPlan | None = None
    applied_import: AppliedImport | None = None  # what was created: the GUI's one undo step

    def as_json(self) -> dict[str, Any]:
        return {
            "applied": self.applied, "dry_run": self.dry_run, "new": self.new,
            "already_imported": self.already_imported,
            "skipped": [{"where": w, "reason": r} for w, r in self.skipped],
            "errors": [e.as_json() for e in self.errors], "warnings": list(self.warnings),
            "backup": str(self.backup) if self.backup else None,
            "seconds": round(self.seconds, 3),
        }


class _Mapper:
    """One profile against one sheet and one database: cells -> pledge values."""

    def __init__(self, ws: Workspace, profile: MappingProfile, sheet: ForeignSheet,
                 plan: MappedPlan) -> None:
        self.ws = ws
        self.profile = profile
        self.sheet = sheet
        self.plan = plan
        ref = ws.reference
        self.members = ref.members_by_code
        self.skip_donors: set[str] = set()
        self.donors = self._donor_resolver(ref.members)
        self.caps: Resolver[Capability] = capability_resolver(ref.capabilities)
        self.currencies = set(ref.rates.currencies())
        self.positions: dict[str, int] = {}
        self.constants: dict[str, Any] = {}
        self.reference_at: int | None = None
        self._columns()

    def _profile_error(self, message: str) -> None:
        self.plan.errors.append(SheetIssue(f"mapping '{self.profile.name or 'unsaved'}'", "",
                                           message))

    def _donor_resolver(self, members: Iterable[Member]) -> Resolver[Member]:
        donors = [m for m in members if m.is_donor]
        by_code = {m.code: m for m in donors}
        items: list[tuple[Sequence[str], Member, str]] = [((m.code, m.name), m, m.name)
                                                          for m in donors]
        for alias, code in self.profile.donor_aliases.items():
            if code.strip() == SKIP_DONOR:
                self.skip_donors.add(fold(alias))
            elif code.strip().upper() in by_code:
                member = by_code[code.strip().upper()]
                items.insert(0, ((alias,), member, member.name))
            else:
                self._profile_error(f"donor alias '{alias}' -> '{code}': '{code}' is not the "
                                    "ISO3 code of a donor in the roster")
        items += [((alias,), by_code[code], by_code[code].name)
                  for alias, code in MEMBER_ALIASES.items() if code in by_code]
        return Resolver("donor", items)

    def _columns(self) -> None:
        missing: list[str] = []
        for target in TARGETS:
            spec = self.profile.fields.get(target.key)
            if spec is not None and spec.column:
                at = self.sheet.column(spec.column)
                if at is None:
                    missing.append(f"'{spec.column}' ({target.label})")
                else:
                    self.positions[target.key] = at
            elif spec is not None and spec.constant.strip():
                try:
                    self.constants[target.key] = self._convert(target, spec.constant)
                except DomainError as exc:
                    self._profile_error(f"{target.label} (constant): {exc}")
            elif target.required:
                self._profile_error(f"{target.label}: map it to a column or give a constant")
        if missing:
            self.plan.errors.append(SheetIssue(
                self.sheet.sheet, "", f"the header (row {self.sheet.header_row}) has no column "
                + ", ".join(missing) + "; it has " + ", ".join(f"'{h}'" for h in self.sheet.headers),
                self.sheet.is_csv))
        if self.profile.reference_column:
            self.reference_at = self.sheet.column(self.profile.reference_column)
            if self.reference_at is None:
                self.plan.errors.append(SheetIssue(
                    self.sheet.sheet, "", f"the reference column '{self.profile.reference_column}' "
                    "is not in the header", self.sheet.is_csv))
        else:
            self.plan.warnings.append("no reference column is mapped: rows cannot be recognised "
                                      "on a re-import, which would add them again")
        if "value" in self.positions and "currency" not in self.positions | self.constants:
            self.plan.warnings.append("no currency is mapped: the values are read as EUR")

    def _convert(self, target: Target, raw: Any) -> Any:
        kind = target.kind
        p = self.profile
        if kind == "number":
            return parse_number(raw, decimal_comma=p.decimal_comma)
        if kind == "date":
            return parse_date(raw, day_first=p.day_first)
        if kind == "year":
            return _year(raw)
        text = _null(raw) if not isinstance(raw, datetime | date) else cell_text(raw)
        if text is None:
            return None
        if kind == "donor":
            return self.donors.get(text)
        if kind == "capability":
            return self.caps.get(text)
        if kind == "status":
            return _lookup(_STATUS, text, "status")
        if kind == "channel":
            return _lookup(_CHANNEL, text, "channel")
        if kind == "currency":
            code = text.upper()
            if code not in self.currencies:
                raise DomainError(f"'{text}' has no exchange rate in the planner "
                                  f"({', '.join(sorted(self.currencies))})")
            return code
        if target.key in ("item", "unit", "source", "notes") and isinstance(raw, str):
            return raw.strip() if target.key != "notes" else raw.strip().replace("\r\n", "\n")
        return text

    def row(self, row: SheetRow) -> PlannedRow:
        out = PlannedRow(row.number)
        donor_at = self.positions.get("donor")
        if donor_at is not None and fold(cell_text(row.values[donor_at])) in self.skip_donors:
            out.state = "skipped"
            out.reason = f"donor '{cell_text(row.values[donor_at])}' is mapped to be skipped"
            return out
        values: dict[str, Any] = dict(self.constants)
        for key, at in self.positions.items():
            target = TARGET[key]
            try:
                values[key] = self._convert(target, row.values[at])
            except DomainError as exc:
                self._issue(out, key, at, row, f"{target.label}: {exc}")
                out.shown[key] = cell_text(row.values[at])  # the preview shows what is wrong
                continue
            if values[key] is None and target.required:
                self._issue(out, key, at, row, f"{target.label}: required, the cell is empty")
        self._checks(out, row, values)
        out.key = self._key(out, row)
        self._show(out, values)
        if out.problems:
            out.state = "error"
            return out
        out.draft = self._draft(out, values)
        return out

    def _issue(self, out: PlannedRow, key: str, at: int, row: SheetRow, message: str) -> None:
        sheet, cell = self.sheet.where(row, at)
        out.problems.setdefault(key, message)
        self.plan.errors.append(SheetIssue(sheet, cell, message, self.sheet.is_csv))

    def _checks(self, out: PlannedRow, row: SheetRow, values: dict[str, Any]) -> None:
        """Rules across fields: the unit's length, decimals, a rate for the value's currency."""
        unit = values.get("unit") or ""
        if len(unit) > 40 and "unit" in self.positions:
            self._issue(out, "unit", self.positions["unit"], row,
                        f"Unit: at most 40 characters ({len(unit)} here)")
        for key in ("quantity", "value"):
            number = values.get(key)
            if number is not None and number != number.quantize(Decimal("0.001")) \
                    and key in self.positions:
                self._issue(out, key, self.positions[key], row,
                            f"{TARGET[key].label}: at most 3 decimal places ({number})")
        amount = values.get("value")
        if amount is not None and "value" in self.positions and "value" not in out.problems:
            currency = values.get("currency") or "EUR"
            on = values.get("announced") or self.ws.today()
            try:
                self.ws.reference.rates.to_eur(Money(amount, currency), on)
            except MissingRate as exc:
                self._issue(out, "value", self.positions["value"], row, f"Value: {exc}")

    def _key(self, out: PlannedRow, row: SheetRow) -> str:
        at = self.reference_at
        if at is None:
            return ""
        text = cell_text(row.values[at])
        if not text:
            sheet, cell = self.sheet.where(row, at)
            message = (f"{self.profile.reference_column}: empty; every row needs a reference "
                       "so that a re-import recognises it")
            out.problems.setdefault("reference", message)
            self.plan.errors.append(SheetIssue(sheet, cell, message, self.sheet.is_csv))
            return ""
        return f"{self.profile.tag}:{'_'.join(text.split())}"

    def _show(self, out: PlannedRow, values: Mapping[str, Any]) -> None:
        for key, value in values.items():
            if value is None:
                continue
            if isinstance(value, Member | Capability):
                out.shown[key] = value.name
            elif isinstance(value, PledgeStatus | Channel):
                out.shown[key] = value.label
            elif isinstance(value, Decimal):
                out.shown[key] = format(value.normalize(), ",f")
            elif isinstance(value, date):
                out.shown[key] = value.isoformat()
            else:
                out.shown[key] = str(value)
        if out.key:
            source = values.get("source") or ""
            out.shown["source"] = f"{out.key} {source}".strip()

    def _draft(self, out: PlannedRow, values: Mapping[str, Any]) -> PledgeDraft:
        return PledgeDraft(
            donor_id=values["donor"].id, capability_id=values["capability"].id,
            item=values["item"], channel=values.get("channel") or Channel.IN_KIND_STOCKS,
            status=values.get("status") or PledgeStatus.ANNOUNCED,
            quantity=values.get("quantity"), unit=values.get("unit") or "",
            value_amount=values.get("value"), currency=values.get("currency") or "EUR",
            announced_on=values.get("announced"), funding_year=values.get("funding_year"),
            source_ref=out.shown.get("source", ""), notes=values.get("notes") or "",
        )


def _existing_keys(ws: Workspace, tag: str) -> set[str]:
    prefix = f"{tag}:"
    return {str(r[R.SOURCE_REF]).split()[0] for r in ws.pledges.table_rows()
            if r[R.SOURCE_REF] and str(r[R.SOURCE_REF]).startswith(prefix)}


def plan_mapped(ws: Workspace, path: Path, profile: MappingProfile, *,
                sheet: ForeignSheet | None = None,
                progress: Progress | None = None) -> MappedPlan:
    """Read, map and validate every row; nothing is written. `sheet` saves a second read when
    the caller (the dialog) has it already."""
    progress = progress or NullProgress()
    plan = MappedPlan(Path(path), profile)
    if profile.builtin:
        raise ProfileError(f"'{profile.name}' is imported by the Kiel importer "
                           "(import_mapped runs it)")
    data = sheet or read_sheet(Path(path), sheet=profile.sheet, header_row=profile.header_row)
    plan.sheet = data
    plan.warnings += data.warnings
    mapper = _Mapper(ws, profile, data, plan)
    if plan.errors:
        return plan  # the mapping itself is wrong: row errors would only repeat it
    existing = _existing_keys(ws, profile.tag)
    seen: dict[str, int] = {}
    total = len(data.rows)
    for done, row in enumerate(data.rows):
        if done % 500 == 0:
            check(progress)
            progress.report(done, total, f"Checking row {row.number:,} of {data.sheet}")
        planned = mapper.row(row)
        if planned.key and planned.state != "skipped":
            if planned.key in seen:
                assert mapper.reference_at is not None
                where = data.where(row, mapper.reference_at)
                message = (f"{profile.reference_column}: '{planned.key.split(':', 1)[1]}' "
                           f"appears twice (also in {'line' if data.is_csv else 'row'} "
                           f"{seen[planned.key]})")
                plan.errors.append(SheetIssue(*where, message, data.is_csv))
                planned.problems.setdefault("reference", message)
                planned.state = "error"
            else:
                seen[planned.key] = row.number
                if planned.key in existing and planned.state == "new":
                    planned.state, planned.reason = "already", "imported before"
        plan.rows.append(planned)
    progress.report(total, total, f"{total:,} rows checked")
    return plan


# ---------------------------------------------------------------- apply
def import_mapped(ws: Workspace, path: Path, profile: MappingProfile, *,
                  dry_run: bool = False, sheet: ForeignSheet | None = None,
                  progress: Progress | None = None) -> MappedImportResult:
    """Plan, then (unless rejected or dry_run) create every new row in one transaction after a
    backup. The built-in Kiel profile runs the Kiel importer."""
    started = time.perf_counter()
    if profile.builtin:
        return _kiel(ws, Path(path), dry_run)
    plan = plan_mapped(ws, path, profile, sheet=sheet, progress=progress)
    result = MappedImportResult(Path(path), dry_run=dry_run, plan=plan,
                                already_imported=plan.already, warnings=list(plan.warnings),
                                errors=list(plan.errors),
                                skipped=[(plan.label(r), r.reason) for r in plan.skipped])
    if plan.errors:
        result.seconds = time.perf_counter() - started
        return result
    drafts = [(plan.label(r), r.draft) for r in plan.new if r.draft is not None]
    result.new = len(drafts)
    if drafts:
        name = profile.name or "an unsaved mapping"
        source = f"import of {plan.file.name} ({name})"
        try:
            if not dry_run:
                if progress is not None:
                    progress.report(0, 1, f"Backing up, then adding {len(drafts):,} pledges")
                result.backup = ws.db.backup("before-import")
            created, _ = ws.pledges.apply_batch(drafts, [], source=source, dry_run=dry_run)
            if not dry_run:
                result.applied_import = AppliedImport(plan.file.name, pledges=tuple(
                    CreatedPledge(p.id, p.version, replace(d, reference=p.reference))
                    for (_label, d), p in zip(drafts, created, strict=True)))
        except DomainError as exc:
            where = plan.sheet.sheet if plan.sheet is not None else plan.file.name
            result.errors.append(SheetIssue(where, "", str(exc)))
            result.seconds = time.perf_counter() - started
            return result
    result.applied = not dry_run
    result.seconds = time.perf_counter() - started
    return result


def _kiel(ws: Workspace, path: Path, dry_run: bool) -> MappedImportResult:
    from .kiel_import import import_kiel

    kiel = import_kiel(ws, path, dry_run=dry_run)
    duplicate = "duplicate (already imported, unchanged)"
    return MappedImportResult(
        path, applied=kiel.applied, dry_run=dry_run, new=kiel.pledges,
        already_imported=kiel.skipped_packages.get(duplicate, 0),
        skipped=[("", f"{n} rows ({kiel.skipped_packages[reason]} packages): {reason}")
                 for reason, n in sorted(kiel.skipped.items()) if reason != duplicate],
        warnings=list(kiel.warnings), backup=kiel.backup, seconds=kiel.seconds)


def mapping_from_pairs(pairs: Iterable[str], constants: Iterable[str] = ()) -> dict[str, FieldSource]:
    """`TARGET=HEADER` (and `TARGET=VALUE` constants) as typed on the command line."""
    out: dict[str, FieldSource] = {}
    for text, is_constant in [*((p, False) for p in pairs), *((c, True) for c in constants)]:
        target, sep, value = text.partition("=")
        key = target.strip().casefold().replace(" ", "_").replace("-", "_")
        if not sep or not value.strip():
            raise ProfileError(f"'{text}': write TARGET=HEADER, e.g. donor=Country")
        if key not in TARGET:
            close = difflib.get_close_matches(key, list(TARGET), n=1)
            hint = f"; did you mean {close[0]}?" if close else ""
            raise ProfileError(f"'{target}' is not a pledge field ({', '.join(TARGET)}){hint}")
        out[key] = FieldSource(constant=value.strip()) if is_constant else FieldSource(value.strip())
    return out
