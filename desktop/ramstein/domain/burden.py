"""Burden sharing: split an amount by weights (GDP shares, financing shares), exactly.

Pure arithmetic on Decimal. Every split uses the largest-remainder method on multiples of a
quantum (a cent by default), so the parts always add up to the amount, to the cent: a fund's
yearly tranche split over its allies, a total spread over years, a co-financed pledge's EUR
split over its payers.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from .errors import DomainError
from .money import CENT, split_exact

K = TypeVar("K", bound=Hashable)

SHARE_PCT_QUANTUM = Decimal("0.0001")  # share of the denominator GDP, in %, four places


class FairShareError(DomainError):
    """A fair share that cannot be computed (no participant with a GDP figure...)."""


def split_by_share(
    amount: Decimal, weights: Mapping[K, Decimal], *, quantum: Decimal = CENT
) -> dict[K, Decimal]:
    """{key: part} in proportion to `weights`; the parts add up exactly to `amount`.

    Largest remainder on multiples of `quantum`; equal remainders go to the key that comes
    first in `weights` (the caller's order, e.g. member id order, so the result is stable).
    """
    keys = list(weights)
    if not keys:
        return {}
    if sum(weights.values(), Decimal(0)) == 0:
        raise FairShareError("cannot split by weights that are all zero")
    parts = split_exact(amount, [weights[k] for k in keys], quantum)
    return dict(zip(keys, parts, strict=True))


@dataclass(frozen=True, slots=True)
class ShareLine:
    """One participant's share of an amount split by GDP."""

    member_id: int
    gdp_usd_bn: Decimal | None
    share_pct: Decimal | None  # of the denominator (participants not exempt, with GDP)
    fair_share: Decimal | None  # None: not computable (no GDP); 0 for an exempt member
    exempt: bool = False
    flag: str = ""  # why the line has no share or a zero one: "exempt", "no GDP for 2023"

    @property
    def counted(self) -> bool:
        """In the denominator: has a fair share above zero."""
        return self.fair_share is not None and not self.exempt


def gdp_shares(
    amount: Decimal,
    participants: Sequence[int],
    gdp: Mapping[int, Decimal | None],
    *,
    exempt: Collection[int] = (),
    gdp_year: int,
    quantum: Decimal = CENT,
) -> dict[int, ShareLine]:
    """Split `amount` over `participants` by their GDP of `gdp_year`, in participant order.

    Exempt members get a zero share and are left out of the denominator, so the others'
    shares re-normalise to the whole amount. A participant without a GDP figure is flagged
    (`fair_share` None, flag "no GDP for <year>"), never given a silent zero; the amount is
    shared over the members that have one. Raises FairShareError when nobody is left.
    """
    weights: dict[int, Decimal] = {}
    flags: dict[int, str] = {}
    for mid in participants:
        figure = gdp.get(mid)
        if mid in exempt:
            flags[mid] = "exempt"
        elif figure is None or figure <= 0:
            flags[mid] = f"no GDP for {gdp_year}"
        else:
            weights[mid] = figure
    if not weights:
        raise FairShareError(
            f"no participant that is not exempt has a GDP figure for {gdp_year}: "
            "choose another GDP year or add GDP figures"
        )
    parts = split_by_share(amount, weights, quantum=quantum)
    denominator = sum(weights.values(), Decimal(0))
    out: dict[int, ShareLine] = {}
    for mid in participants:
        figure = gdp.get(mid)
        if mid in weights:
            pct = (weights[mid] / denominator * 100).quantize(SHARE_PCT_QUANTUM)
            out[mid] = ShareLine(mid, figure, pct, parts[mid])
        elif flags[mid] == "exempt":
            out[mid] = ShareLine(mid, figure, Decimal(0), Decimal(0) * quantum, True, "exempt")
        else:
            out[mid] = ShareLine(mid, figure, None, None, False, flags[mid])
    return out


def spread_over_years(amount: Decimal, first_year: int, last_year: int,
                      *, quantum: Decimal = CENT) -> dict[int, Decimal]:
    """A total spread evenly over [first_year, last_year]; the years add up to the total
    (the leftover cents go to the earliest years)."""
    if last_year < first_year:
        raise FairShareError(f"the last year {last_year} is before the first year {first_year}")
    years = {y: Decimal(1) for y in range(first_year, last_year + 1)}
    return split_by_share(amount, years, quantum=quantum)


def split_among_payers(cents: int, shares: Sequence[tuple[int, Decimal]]) -> list[tuple[int, int]]:
    """Integer cents of one pledge split over its payers [(member id, share)], exact.

    The double-count guard: a co-financed pledge's EUR goes to its payers by share, and the
    parts add up to the pledge's EUR, so totals per member still add up to the grand total.
    """
    if not shares:
        return []
    if len(shares) == 1:  # one payer (most PURL packages): its share is the whole pledge
        return [(shares[0][0], cents)]
    ordered = sorted(shares)
    parts = split_by_share(Decimal(cents), {m: s for m, s in ordered}, quantum=Decimal(1))
    return [(m, int(parts[m])) for m, _s in ordered]
