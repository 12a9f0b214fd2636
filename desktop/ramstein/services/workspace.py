"""A Workspace is one open database with its services, user, clock and change bus.

No globals: the GUI, the CLI and the tests each create the Workspace they need and pass it on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..storage.database import Database
from .changes import ChangeBus

if TYPE_CHECKING:
    from .calendar import CalendarService
    from .deliveries import DeliveryService
    from .funds import FundService
    from .members import MemberService
    from .pledges import PledgeService
    from .rates import RateService
    from .reference import ReferenceService
    from .summaries import SummaryService


class Workspace:
    def __init__(
        self,
        db: Database,
        *,
        user: str | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.db = db
        self.user = user or db.user
        self.today = today
        self.changes = ChangeBus()

    @property
    def path(self) -> Path:
        return self.db.path

    @cached_property
    def reference(self) -> ReferenceService:
        from .reference import ReferenceService

        return ReferenceService(self)

    @cached_property
    def pledges(self) -> PledgeService:
        from .pledges import PledgeService

        return PledgeService(self)

    @cached_property
    def deliveries(self) -> DeliveryService:
        from .deliveries import DeliveryService

        return DeliveryService(self)

    @cached_property
    def members(self) -> MemberService:
        from .members import MemberService

        return MemberService(self)

    @cached_property
    def funds(self) -> FundService:
        from .funds import FundService

        return FundService(self)

    @cached_property
    def calendar(self) -> CalendarService:
        from .calendar import CalendarService

        return CalendarService(self)

    @cached_property
    def rates(self) -> RateService:
        from .rates import RateService

        return RateService(self)

    @cached_property
    def summaries(self) -> SummaryService:
        from .summaries import SummaryService

        return SummaryService(self)

    def close(self) -> None:
        self.db.close()


def open_workspace(
    path: Path | str,
    *,
    create: bool = True,
    user: str | None = None,
    today: Callable[[], date] = date.today,
) -> Workspace:
    """Open (or create, seed and migrate) the database at `path`."""
    db = Database.open(path, create=create)
    if db.created or db.migrated_from is not None or _unseeded(db):
        from .roster import seed_reference_data

        seed_reference_data(db)
    return Workspace(db, user=user, today=today)


def _unseeded(db: Database) -> bool:
    return not db.reader.scalar("SELECT COUNT(*) FROM members")
