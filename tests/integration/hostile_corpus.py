"""A corpus of hostile and broken files for the importers, and a child process that runs one.

`build_corpus(folder, base)` derives every case from `base`, a real export of ours: XML entity
tricks (external entities, billion laughs) in a sheet, sharedStrings and workbook.xml, zip
bombs, a zip whose directory lies about a part's size, truncated zips, other formats named
.xlsx, an old .xls, a workbook without our sheets, a huge declared dimension, a far-away cell,
formulas with and without cached values, control characters, 40k-character, right-to-left and
emoji texts, and CSV files (UTF-16 with NULs, 10 MB on one line).

`python hostile_corpus.py IMPORTER DB FILE` runs one importer on one file under a memory limit
and prints one JSON line: the outcome ("accepted", "rejected", "crash"), the message, and the
database digests before and after (an import that is rejected must leave them equal).
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import sys
import time
import traceback
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MEMORY_LIMIT = 1536 * 2**20  # RLIMIT_AS of the child: a blow-up is a MemoryError, not the OOM killer
BASE_NOTE = "BASE-NOTE"  # the notes of the base export's pledge: the cell the variants rewrite
RTL_ITEM = "مدفع هاوتزر ١٥٥ مم — תותח 🚀🇺🇦"
RTL_NOTE = "ملاحظة: שלום 👨‍👩‍👧 \u200f(RLM) ✅"
LONG_TEXT = ("אבג 🇺🇦 دفاع " * 4_000)[:39_999] + "!"  # past Excel's 32,767: must import intact


@dataclass(frozen=True)
class Case:
    name: str  # the file name
    path: Path
    hostile: bool  # True: every importer must refuse it (database unchanged)
    what: str


# ---------------------------------------------------------------- zip surgery
def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def sheet_part(members: dict[str, bytes], sheet: str) -> str:
    """The zip member of a worksheet, found through workbook.xml and its relationships."""
    book = members["xl/workbook.xml"].decode()
    rels = members["xl/_rels/workbook.xml.rels"].decode()
    found = re.search(rf'<sheet [^>]*name="{re.escape(sheet)}"[^>]*r:id="([^"]+)"', book)
    assert found, f"no sheet {sheet} in the base workbook"
    target = re.search(rf'<Relationship [^>]*Id="{found.group(1)}"[^>]*Target="([^"]+)"', rels) \
        or re.search(rf'<Relationship [^>]*Target="([^"]+)"[^>]*Id="{found.group(1)}"', rels)
    assert target
    name = target.group(1).lstrip("/")
    return name if name.startswith("xl/") else "xl/" + name


def _with_doctype(xml: bytes, doctype: bytes, pad: int = 0) -> bytes:
    """`xml` with a DOCTYPE after its declaration (after `pad` bytes of comment, so a sniff of
    the first 4 KB misses it)."""
    head, sep, rest = xml.partition(b"?>")
    if not sep:  # openpyxl's write-only sheets have no declaration
        head, sep, rest = b'<?xml version="1.0" encoding="UTF-8"', b"?>", xml
    comment = b"<!--" + b" " * pad + b"-->" if pad else b""
    root = re.match(rb"\s*<(\w+)", rest)
    assert root
    decl = doctype.replace(b"ROOT", root.group(1))
    return head + sep + comment + decl + rest


XXE = b'<!DOCTYPE ROOT [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
LAUGHS = (b'<!DOCTYPE ROOT [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10))
          + b"]>")


def _note_cell(xml: bytes, replacement: bytes) -> bytes:
    """The sheet XML with the BASE_NOTE cell replaced (`{r}` in `replacement` is its address)."""
    pattern = re.compile(rb'<c r="([A-Z]+[0-9]+)"([^>]*)><is><t[^>]*>' + BASE_NOTE.encode()
                         + rb"</t></is></c>")
    found = pattern.search(xml)
    assert found, "the base note cell is not an inline string"
    return xml[:found.start()] + replacement.replace(b"{r}", found.group(1)) + xml[found.end():]


def _variant(folder: Path, base: dict[str, bytes], name: str, part: str, data: bytes,
             extra: dict[str, bytes] | None = None) -> Path:
    members = {**base, part: data, **(extra or {})}
    return _write_zip(folder / name, members)


def _patch_sizes(path: Path, member: str, declared: int) -> None:
    """Make the local header and the central directory say `member` unpacks to `declared`."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        offset = z.getinfo(member).header_offset
    raw[offset + 22:offset + 26] = declared.to_bytes(4, "little")
    name = member.encode()
    at = raw.find(b"PK\x01\x02" + b"", 0)
    while at != -1:
        length = int.from_bytes(raw[at + 28:at + 30], "little")
        if raw[at + 46:at + 46 + length] == name:
            raw[at + 24:at + 28] = declared.to_bytes(4, "little")
            break
        at = raw.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(raw))


def _bomb(path: Path, base: dict[str, bytes], parts: dict[str, int]) -> Path:
    """`base` plus parts of zeros (name -> MB); written in streaming mode, a few MB on disk."""
    chunk = b"\0" * 2**20
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, data in base.items():
            if name not in parts:
                z.writestr(name, data)
        for name, mb in parts.items():
            with z.open(name, "w", force_zip64=True) as out:
                for _ in range(mb):
                    out.write(chunk)
    return path


# ---------------------------------------------------------------- the corpus
def build_corpus(folder: Path, base_path: Path) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    base = _members(base_path)
    pledges = sheet_part(base, "Pledges")
    sheet = base[pledges]
    cases: list[Case] = []

    def add(name: str, path: Path, hostile: bool, what: str) -> None:
        cases.append(Case(name, path, hostile, what))

    def xml_case(name: str, part: str, data: bytes, what: str,
                 extra: dict[str, bytes] | None = None) -> None:
        add(name, _variant(folder, base, name, part, data, extra), True, what)

    # XML entities: early (the 4 KB sniff) and late (past it: the parsers' own defences)
    entity_cell = _note_cell(sheet, b'<c r="{r}" t="inlineStr"><is><t>&xxe;</t></is></c>')
    laughs_cell = _note_cell(sheet, b'<c r="{r}" t="inlineStr"><is><t>&lol9;</t></is></c>')
    for pad, tag in ((0, ""), (5000, "-late")):
        xml_case(f"xxe-sheet{tag}.xlsx", pledges, _with_doctype(entity_cell, XXE, pad),
                 f"external entity in the Pledges sheet{tag}")
        xml_case(f"laughs-sheet{tag}.xlsx", pledges, _with_doctype(laughs_cell, LAUGHS, pad),
                 f"billion laughs in the Pledges sheet{tag}")
        xml_case(f"xxe-workbook{tag}.xlsx", "xl/workbook.xml",
                 _with_doctype(base["xl/workbook.xml"], XXE, pad), f"entity in workbook.xml{tag}")
        xml_case(f"laughs-workbook{tag}.xlsx", "xl/workbook.xml",
                 _with_doctype(base["xl/workbook.xml"], LAUGHS, pad),
                 f"billion laughs in workbook.xml{tag}")
        for doctype, kind, ref in ((XXE, "xxe", b"&xxe;"), (LAUGHS, "laughs", b"&lol9;")):
            shared = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.'
                      b'openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
                      b"<si><t>" + ref + b"</t></si></sst>")
            types = base["[Content_Types].xml"].replace(
                b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            xml_case(f"{kind}-shared{tag}.xlsx", pledges,
                     _note_cell(sheet, b'<c r="{r}" t="s"><v>0</v></c>'),
                     f"{kind} in sharedStrings.xml{tag}",
                     {"xl/sharedStrings.xml": _with_doctype(shared, doctype, pad),
                      "[Content_Types].xml": types})

    # zip bombs and lying or broken zips
    add("bomb-part.xlsx", _bomb(folder / "bomb-part.xlsx", base, {pledges: 600}), True,
        "one part unpacks to 600 MB")
    add("bomb-total.xlsx", _bomb(folder / "bomb-total.xlsx", base,
                                 {f"xl/media/pad{i}.bin": 400 for i in range(3)}), True,
        "three 400 MB parts, 1.2 GB in all")
    lying = _variant(folder, base, "lying-header.xlsx", pledges,
                     sheet.replace(b"<sheetData>", b"<sheetData>" + b" " * 50 * 2**20, 1))
    _patch_sizes(lying, pledges, len(sheet))
    add("lying-header.xlsx", lying, True, "the zip directory says the Pledges part is small")
    raw = base_path.read_bytes()
    (folder / "truncated-half.xlsx").write_bytes(raw[: len(raw) // 2])
    add("truncated-half.xlsx", folder / "truncated-half.xlsx", True, "first half of an export")
    (folder / "truncated-end.xlsx").write_bytes(raw[:-200])
    add("truncated-end.xlsx", folder / "truncated-end.xlsx", True, "central directory cut off")

    # other formats under an .xlsx name
    others = {
        "pdf.xlsx": b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n",
        "png.xlsx": b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + b"\0" * 64,
        "text.xlsx": b"Donor,Item\nDEU,Gepard\n",
        "empty.xlsx": b"",
        "old.xls": bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 4088,
        "old-as.xlsx": bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 4088,
    }
    for name, data in others.items():
        (folder / name).write_bytes(data)
        add(name, folder / name, True, "not an xlsx workbook")
    add("no-sheets.xlsx", _no_our_sheets(folder / "no-sheets.xlsx"), True,
        "a workbook with only 'Sheet1'")

    # sheet dimensions: a declared huge range, and a real cell at the far corner
    dim = re.sub(rb"<dimension [^>]*/>", b"", sheet)
    dim = re.sub(rb"(<worksheet[^>]*>(?:<sheetPr.*?</sheetPr>|<sheetPr[^>]*/>)?)",
                 rb'\1<dimension ref="A1:XFD1048576"/>', dim, count=1)
    add("huge-dimension.xlsx", _variant(folder, base, "huge-dimension.xlsx", pledges, dim),
        False, "declared dimension A1:XFD1048576, a few real cells")
    far = sheet.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="inlineStr">'
                        b"<is><t>far</t></is></c></row></sheetData>")
    add("far-cell.xlsx", _variant(folder, base, "far-cell.xlsx", pledges, far), True,
        "a cell at XFD1048576: a 17-billion-cell grid")
    hidden = _note_cell(sheet, b'<c r="{r}" t="inlineStr"><is><t>x</t></is></c>'
                                b'<c r="ZZ999999" t="inlineStr"><is><t>far</t></is></c>')
    add("far-in-row-2.xlsx", _variant(folder, base, "far-in-row-2.xlsx", pledges, hidden), True,
        "a cell at ZZ999999 inside row 2: a 700-million-cell grid")

    # formulas (cached values are read, nothing is evaluated), control characters
    cases.append(Case("formula-cached.xlsx", _variant(
        folder, base, "formula-cached.xlsx", pledges,
        _note_cell(sheet, b'<c r="{r}" t="str"><f>HYPERLINK("http://x.invalid","y")</f>'
                          b"<v>cached text</v></c>")), False, "a formula with its cached value"))
    cases.append(Case("formula-no-cache.xlsx", _variant(
        folder, base, "formula-no-cache.xlsx", pledges,
        _note_cell(sheet, b'<c r="{r}"><f>CMD|\' /C calc\'!A0</f></c>')), False,
        "a formula without a cached value"))
    cases.append(Case("control-chars.xlsx", _variant(
        folder, base, "control-chars.xlsx", pledges,
        _note_cell(sheet, b'<c r="{r}" t="inlineStr"><is><t>bell_x0007_ esc_x001B_ nul_x0000_'
                          b"</t></is></c>")), False, "control characters (_xHHHH_ escapes)"))
    cases.append(Case("control-raw.xlsx", _variant(
        folder, base, "control-raw.xlsx", pledges,
        _note_cell(sheet, b'<c r="{r}" t="inlineStr"><is><t>bell&#7; vt&#11;</t></is></c>')),
        False, "control characters as character references (not XML 1.0)"))
    # legitimate text that must import intact
    text = _note_cell(sheet, b'<c r="{r}" t="inlineStr"><is><t>' + _xml(RTL_NOTE)
                      + b"</t></is></c>")
    cases.append(Case("rtl-emoji.xlsx", _variant(folder, base, "rtl-emoji.xlsx", pledges, text),
                      False, "Arabic, Hebrew and emoji notes"))
    long = _note_cell(sheet, b'<c r="{r}" t="inlineStr"><is><t>' + _xml(LONG_TEXT)
                      + b"</t></is></c>")
    cases.append(Case("long-40k.xlsx", _variant(folder, base, "long-40k.xlsx", pledges, long),
                      False, "a 40,000-character note"))

    # CSV files for the foreign-sheet and Kiel readers
    utf16 = "Donor\tItem\tValue\nDEU\tGe\x00pard\t1\x00\n".encode("utf-16")
    (folder / "nul-utf16.csv").write_bytes(utf16)
    add("nul-utf16.csv", folder / "nul-utf16.csv", True, "UTF-16 CSV with NUL characters")
    with open(folder / "one-line-10mb.csv", "wb") as fh:
        fh.write(b"Donor,Item,Value\nDEU,")
        fh.write(b"x" * 10 * 2**20)
        fh.write(b",1\n")
    add("one-line-10mb.csv", folder / "one-line-10mb.csv", True, "10 MB in one CSV line")
    return cases


def _xml(text: str) -> bytes:
    return text.replace("&", "&amp;").replace("<", "&lt;").encode()


def _no_our_sheets(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    ws.append(["Something", "Else"])
    ws.append(["a", 1])
    wb.save(path)
    return path


# ---------------------------------------------------------------- one run, in a child
def digest(db: Path) -> dict[str, str]:
    """A hash of every table's rows (sqlite3 directly, read-only)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        out: dict[str, str] = {}
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            h = hashlib.sha256()
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                h.update(repr(row).encode())
            out[table] = h.hexdigest()[:16]
        return out
    finally:
        con.close()


def _run(importer: str, ws: Any, path: Path) -> tuple[str, str]:
    """(outcome, message) of one importer on one file."""
    if importer == "ours":
        from ramstein.services.xlsx_import import import_workbook

        result = import_workbook(ws, path)
        errors = [str(e) for e in result.plan.errors]
        return ("accepted" if result.applied else "rejected"), "; ".join(errors)[:500]
    if importer == "mapped":
        from ramstein.services.mapped_import import FieldSource, MappingProfile, import_mapped

        profile = MappingProfile("corpus", {
            "donor": FieldSource("Donor"), "capability": FieldSource("Capability"),
            "item": FieldSource("Item"), "notes": FieldSource("Notes"),
            "value": FieldSource("Value")}, sheet="Pledges", reference_column="Reference")
        mapped = import_mapped(ws, path, profile)
        return (("accepted" if mapped.applied else "rejected"),
                "; ".join(str(e) for e in mapped.errors)[:500])
    from ramstein.services.kiel_import import import_kiel

    kiel = import_kiel(ws, path)
    return ("accepted" if kiel.applied else "rejected"), ""


def child(importer: str, db: Path, path: Path) -> dict[str, Any]:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    from ramstein.domain.errors import DomainError
    from ramstein.services import open_workspace

    before = digest(db)
    started = time.perf_counter()
    ws = open_workspace(db, user="corpus")
    try:
        outcome, message = _run(importer, ws, path)
    except DomainError as exc:
        outcome, message = "rejected", str(exc)
    except BaseException:  # the corpus reports whatever escaped
        outcome, message = "crash", traceback.format_exc()[-2000:]
    finally:
        ws.close()
    return {"importer": importer, "file": path.name, "outcome": outcome, "message": message,
            "seconds": round(time.perf_counter() - started, 2), "before": before,
            "after": digest(db)}


if __name__ == "__main__":
    out = child(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
