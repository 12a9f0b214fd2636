"""A new database is seeded with the roster and the reference lists, exactly once."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

from ramstein.domain.enums import Channel, MemberKind
from ramstein.paths import resource
from ramstein.services import open_workspace

from .helpers import sql, sql_one, table_counts

COALITIONS = {"air_force", "iamd", "artillery", "armour", "maritime", "it", "demining", "drones",
              "ew"}


def _csv_rows(*parts: str) -> list[dict[str, str]]:
    with resource(*parts).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_members_come_from_the_roster_file(ws: Any) -> None:
    rows = _csv_rows("roster", "members.csv")
    assert len(rows) == 56
    members = ws.reference.members
    assert len(members) == 56
    assert {m.code for m in members} == {r["code"] for r in rows}
    assert sql_one(ws.path, "SELECT COUNT(*) FROM members") == 56


def test_ukraine_is_the_recipient_not_a_donor(ws: Any) -> None:
    ukraine = ws.reference.members_by_code["UKR"]
    assert ukraine.name == "Ukraine"
    assert ukraine.is_donor is False
    assert "UKR" not in {m.code for m in ws.reference.donors()}
    assert len(ws.reference.donors()) == 55


def test_member_kinds_and_organisations(ws: Any) -> None:
    by_code = ws.reference.members_by_code
    eu = by_code["EUU"]
    assert eu.name == "European Union"
    assert eu.kind is MemberKind.ORGANISATION
    assert eu.is_donor
    nato = [m for m in ws.reference.members if m.kind is MemberKind.NATO]
    assert len(nato) == 32
    assert all(m.nato_accession_year for m in nato)
    assert by_code["DEU"].kind is MemberKind.NATO and by_code["DEU"].eu_member is True
    assert by_code["USA"].eu_member is False
    assert by_code["SWE"].nato_accession_year == 2024


def test_capabilities_include_all_nine_coalitions_each_with_a_lead(ws: Any) -> None:
    coalitions = {c.code for c in ws.reference.capabilities if c.kind.value == "coalition"}
    assert coalitions == COALITIONS
    leads = sql(ws.path, """
        SELECT c.code, COUNT(*) FROM coalition_members cm
        JOIN capabilities c ON c.id = cm.capability_id
        WHERE cm.role = 'lead' GROUP BY c.code""")
    assert {code for code, n in leads if n >= 1} == COALITIONS
    iamd_leads = {r[0] for r in sql(ws.path, """
        SELECT m.code FROM coalition_members cm JOIN members m ON m.id = cm.member_id
        JOIN capabilities c ON c.id = cm.capability_id
        WHERE c.code = 'iamd' AND cm.role = 'lead'""")}
    assert iamd_leads == {"FRA", "DEU", "USA"}
    iamd = next(c for c in ws.reference.capabilities if c.code == "iamd")
    assert iamd.started_on == date(2024, 2, 14)


def test_the_eight_channels_are_seeded(ws: Any) -> None:
    codes = [code for code, _name in ws.reference.channels]
    assert len(codes) == 8
    assert set(codes) == {c.value for c in Channel}


def test_the_four_hubs_are_seeded(ws: Any) -> None:
    hubs = {h.code: h for h in ws.reference.hubs}
    assert set(hubs) == {"RZE", "ROU-HUB", "SVK-NODE", "DIRECT"}
    assert hubs["RZE"].country_code == "POL"
    assert hubs["DIRECT"].country_code is None


def test_usd_rates_are_present_and_usable(ws: Any) -> None:
    rates = ws.reference.rates
    assert "USD" in rates.currencies()
    rate = rates.rate_for("USD", date(2024, 6, 30))
    assert rate.on_date == date(2024, 1, 1)
    expected = next(r["units_per_eur"] for r in _csv_rows("rates", "eur_rates.csv")
                    if r["currency"] == "USD" and r["date"] == "2024-01-01")
    assert str(rate.units_per_eur) == expected


def test_gdp_figures_for_allies(ws: Any) -> None:
    gdp = ws.reference.gdp
    usa = ws.reference.members_by_code["USA"].id
    assert any(fig.year == 2023 and fig.usd_bn > 20_000 for fig in gdp[usa])


def test_two_fund_presets_with_hungary_exempt_only_in_washington(ws: Any) -> None:
    funds = dict(sql(ws.path, "SELECT name, id FROM funds"))
    assert len(funds) == 2
    washington = next(i for n, i in funds.items() if n.startswith("Washington"))
    proposal = next(i for n, i in funds.items() if "100bn" in n)

    def exempt(fund_id: int) -> set[str]:
        return {r[0] for r in sql(ws.path, """
            SELECT m.code FROM fund_members f JOIN members m ON m.id = f.member_id
            WHERE f.fund_id = ? AND f.exempt""", (fund_id,))}

    assert exempt(washington) == {"HUN"}
    assert exempt(proposal) == set()
    # Both presets cover the 32 allies and nobody else.
    for fund_id in (washington, proposal):
        kinds = sql(ws.path, """SELECT m.kind, COUNT(*) FROM fund_members f
                                JOIN members m ON m.id = f.member_id WHERE f.fund_id = ?
                                GROUP BY m.kind""", (fund_id,))
        assert kinds == [("nato", 32)]
    amount, currency, period = sql(ws.path, "SELECT amount, currency, period FROM funds WHERE id=?",
                                   (washington,))[0]
    assert (amount, currency, period) == ("40000000000", "EUR", "yearly")


def test_database_info_and_seed_audit(ws: Any) -> None:
    info = ws.db.info()
    assert info["classification"].startswith("UNCLASSIFIED")
    assert len(info["database_id"]) == 36
    assert sql(ws.path, "SELECT action, entity FROM audit_log") == [("seed", "database")]


def test_opening_again_does_not_duplicate_anything(ws: Any, db_path: Path) -> None:
    before = table_counts(db_path)
    info = ws.db.info()
    ws.close()
    for _ in range(2):
        again = open_workspace(db_path, user="other")
        again.close()
    assert table_counts(db_path) == before
    assert before["members"] == 56 and before["fund_members"] == 64
    reopened = open_workspace(db_path)
    try:
        assert reopened.db.info()["database_id"] == info["database_id"]
    finally:
        reopened.close()


def test_an_interrupted_seed_is_completed_on_the_next_open(db_path: Path) -> None:
    ws = open_workspace(db_path)
    with ws.db.transaction() as tx:
        tx.execute_many("DELETE FROM fund_members WHERE 1 = ?", [(1,)])
        tx.execute_many("DELETE FROM funds WHERE 1 = ?", [(1,)])
        tx.execute_many("DELETE FROM coalition_members WHERE 1 = ?", [(1,)])
        tx.execute_many("DELETE FROM gdp WHERE 1 = ?", [(1,)])
        tx.execute_many("DELETE FROM members WHERE 1 = ?", [(1,)])
    ws.close()
    assert sql_one(db_path, "SELECT COUNT(*) FROM members") == 0
    ws = open_workspace(db_path)
    ws.close()
    assert sql_one(db_path, "SELECT COUNT(*) FROM members") == 56
    assert sql_one(db_path, "SELECT COUNT(*) FROM funds") == 2
