"""The database's classification marking is on every export, and a database that requires
one refuses to export without it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from icalendar import Calendar

from ramstein.domain.records import Pledge
from ramstein.services.calendar import export_ics
from ramstein.services.classification import (
    DEFAULT_MARKING,
    MarkingRequired,
    export_marking,
    set_marking,
)
from ramstein.services.xlsx_export import export_workbook, write_template

MARK = "NATO RESTRICTED // R&D REL UKR"


@pytest.fixture
def marked(ws: Any, make_pledge: Callable[..., Pledge]) -> Any:
    set_marking(ws, MARK)
    pledge = make_pledge()
    ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2027, 3, 1))
    return ws


def test_seeded_database_has_a_marking(ws: Any) -> None:
    assert ws.db.info()["classification"] == "UNCLASSIFIED // FOR PLANNING USE"


@pytest.mark.parametrize("kind", ["export", "template"])
def test_workbook_header_footer_and_instructions_carry_the_marking(
        marked: Any, tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"{kind}.xlsx"
    if kind == "export":
        export_workbook(marked, target)
    else:
        write_template(marked, target)
    book = openpyxl.load_workbook(target)
    assert book["Instructions"]["A1"].value == MARK
    assert book.properties.subject == MARK
    visible = [sh for sh in book.worksheets if sh.sheet_state == "visible"]
    assert {"Instructions", "Members"} <= {sh.title for sh in visible}
    for sh in visible:
        # "&" doubled: a single one starts a field code ("&D" would print the date)
        for hf in (sh.oddHeader, sh.evenHeader, sh.firstHeader, sh.oddFooter, sh.evenFooter,
                   sh.firstFooter):
            assert hf.center.text == MARK.replace("&", "&&"), sh.title

def test_ics_carries_the_marking_in_the_calendar_and_each_description(
        marked: Any, tmp_path: Path) -> None:
    target = tmp_path / "cal.ics"
    export_ics(marked, target)
    cal = Calendar.from_ical(target.read_bytes())
    assert str(cal["X-RAMSTEIN-CLASSIFICATION"]) == MARK
    events = list(cal.walk("VEVENT"))
    assert events and all(str(e["description"]).splitlines()[0] == MARK for e in events)


def test_required_marking_refuses_every_export(marked: Any, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    set_marking(marked, MARK, required=True)
    export_workbook(marked, tmp_path / "ok.xlsx")  # a marking is set: fine
    with marked.db.transaction() as tx:
        tx.set_info("classification", "  ")  # emptied behind the service's back
    exports: list[tuple[str, Callable[[], Any]]] = [
        ("workbook export", lambda: export_workbook(marked, tmp_path / "a.xlsx")),
        ("template", lambda: write_template(marked, tmp_path / "b.xlsx")),
        ("calendar export", lambda: export_ics(marked, tmp_path / "c.ics")),
    ]
    for what, run in exports:
        with pytest.raises(MarkingRequired, match=f"the {what}: this database requires a "
                                                  "classification marking"):
            run()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.xlsx"]  # nothing written
    with pytest.raises(MarkingRequired):
        set_marking(marked, "", required=True)


def test_marking_rules_without_the_requirement() -> None:
    assert export_marking({}, "x") == DEFAULT_MARKING  # a database from before markings
    assert export_marking({"classification": ""}, "x") == ""  # deliberately unmarked
    assert export_marking({"classification": " SECRET "}, "x") == "SECRET"
    with pytest.raises(MarkingRequired):
        export_marking({"classification_required": "true"}, "x")
    assert export_marking({"classification": "S", "classification_required": "1"}, "x") == "S"


def test_changing_the_marking_is_audited_and_cannot_empty_a_required_one(ws: Any) -> None:
    from ramstein.storage.queries import audit_for

    set_marking(ws, "NATO RESTRICTED", required=True, source="cli")
    with pytest.raises(MarkingRequired):
        set_marking(ws, "   ")  # still required: refused, nothing changed
    assert ws.db.info()["classification"] == "NATO RESTRICTED"
    entries = audit_for(ws.db.reader, "database", "classification")
    assert len(entries) == 1
    assert entries[0].after == {"classification": "NATO RESTRICTED", "classification_required": "1"}
    assert entries[0].source == "cli"
    set_marking(ws, "", required=False)  # lifting the requirement first allows it
    assert ws.db.info()["classification"] == ""
