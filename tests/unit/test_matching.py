"""Names typed by people resolved to members, capabilities and hubs, or refused with a hint."""

from __future__ import annotations

from typing import Any

import pytest

from ramstein.domain.errors import DomainError
from ramstein.services.matching import (
    capability_resolver,
    fold,
    hub_resolver,
    member_resolver,
)


@pytest.fixture
def donors(ws: Any) -> Any:
    return member_resolver(ws.reference.members)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("DEU", "DEU"), ("deu", "DEU"), ("Germany", "DEU"), ("GERMANY", "DEU"),
        ("  germany  ", "DEU"),
        ("Türkiye", "TUR"), ("  türkiye ", "TUR"), ("TURKIYE", "TUR"), ("Turkey", "TUR"),
        ("UK", "GBR"), ("u.k.", "GBR"), ("Great Britain", "GBR"), ("United Kingdom", "GBR"),
        ("US", "USA"), ("United States of America", "USA"), ("united   states", "USA"),
        ("EU", "EUU"), ("European Union", "EUU"), ("European Peace Facility", "EUU"),
        ("Czech Republic", "CZE"), ("Czechia", "CZE"), ("the Netherlands", "NLD"),
        ("Korea", "KOR"), ("South Korea", "KOR"), ("NATO", "NAT"),
        ("Bosnia and Herzegovina", "BIH"), ("North Macedonia", "MKD"), ("Macedonia", "MKD"),
    ],
)
def test_donors_are_found_by_code_name_and_alias(donors: Any, typed: str, code: str) -> None:
    assert donors.get(typed).code == code
    assert donors.find(typed).code == code


def test_ukraine_is_refused_as_a_donor(donors: Any, ws: Any) -> None:
    assert donors.find("Ukraine") is None
    assert donors.find("UKR") is None
    with pytest.raises(DomainError) as exc:
        donors.get("Ukraine")
    assert "'Ukraine' is not a known donor" in str(exc.value)
    # ...but is a member when any member is asked for.
    members = member_resolver(ws.reference.members, donors_only=False)
    assert members.get("ukraine").code == "UKR"


def test_a_typo_gets_a_did_you_mean_hint(donors: Any) -> None:
    with pytest.raises(DomainError) as exc:
        donors.get("Germny")
    assert str(exc.value) == "'Germny' is not a known donor; did you mean Germany?"
    assert donors.suggestion("Polnad") == "Poland"
    # The hint is the display name even when the typo is close to an alias.
    assert donors.suggestion("Turky") == "Türkiye"


@pytest.mark.parametrize("typed", ["xyzzy", "Atlantis", "12345", "qwertyuiop asdf"])
def test_nonsense_gets_no_hint(donors: Any, typed: str) -> None:
    assert donors.find(typed) is None
    with pytest.raises(DomainError) as exc:
        donors.get(typed)
    assert str(exc.value) == f"'{typed}' is not a known donor"
    assert "did you mean" not in str(exc.value)


def test_an_empty_name_says_it_is_missing(donors: Any) -> None:
    for typed in ("", "   "):
        with pytest.raises(DomainError) as exc:
            donors.get(typed)
        assert str(exc.value) == "donor is missing"


def test_fold_ignores_case_accents_and_spacing() -> None:
    assert fold("  Türkiye ") == "turkiye"
    assert fold("Rzeszów-Jasionka") == "rzeszow-jasionka"
    assert fold("Côte  d'Ivoire") == "cote d'ivoire"
    assert fold("STRASSE") == fold("straße")


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("iamd", "iamd"), ("IAMD", "iamd"), ("Integrated air and missile defence", "iamd"),
        ("integrated AIR and missile defence ", "iamd"), ("air_force", "air_force"),
        ("air force", "air_force"), ("Air force (fighter jets)", "air_force"),
        ("Drones (unmanned systems)", "drones"), ("Demining", "demining"),
    ],
)
def test_capabilities_are_found_by_code_or_name(ws: Any, typed: str, code: str) -> None:
    caps = capability_resolver(ws.reference.capabilities)
    assert caps.get(typed).code == code


def test_an_unknown_capability_is_refused_with_a_hint(ws: Any) -> None:
    caps = capability_resolver(ws.reference.capabilities)
    with pytest.raises(DomainError) as exc:
        caps.get("Artilery")
    assert str(exc.value) == "'Artilery' is not a known capability; did you mean Artillery?"
    with pytest.raises(DomainError) as exc:
        caps.get("submarines")
    assert "did you mean" not in str(exc.value)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("RZE", "RZE"), ("rze", "RZE"), ("Rzeszów-Jasionka (POLLOG HUB)", "RZE"),
        ("Rzeszów-Jasionka", "RZE"), ("rzeszow-jasionka", "RZE"),
        ("ROU-HUB", "ROU-HUB"), ("Romanian NATO hub", "ROU-HUB"),
        ("Direct delivery", "DIRECT"), ("direct delivery (no hub)", "DIRECT"),
    ],
)
def test_hubs_are_found_by_code_or_name_without_the_parenthesis(ws: Any, typed: str,
                                                                code: str) -> None:
    hubs = hub_resolver(ws.reference.hubs)
    assert hubs.get(typed).code == code


def test_an_unknown_hub_is_refused(ws: Any) -> None:
    hubs = hub_resolver(ws.reference.hubs)
    with pytest.raises(DomainError, match="'Rzeszow Jasionka airport' is not a known hub"):
        hubs.get("Rzeszow Jasionka airport")


def test_a_text_asked_again_gives_the_same_answer(donors: Any) -> None:
    # each distinct text is folded once; asking again (found or not) answers the same
    for _ in range(2):
        assert donors.find(" germany ").code == "DEU"
        assert donors.find("Germany?") is None
        with pytest.raises(DomainError, match="did you mean Germany"):
            donors.get("Germani")
