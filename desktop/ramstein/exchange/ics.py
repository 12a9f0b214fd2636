"""iCalendar (.ics) files of deliveries, for Outlook, Thunderbird and phone calendars.

Each delivery is one all-day VEVENT whose UID never changes (it is built from the delivery's
UUID) and whose SEQUENCE is the delivery's version: a calendar that imports the file again
updates the events it already has instead of adding copies. Written with the icalendar
library, one event at a time (a 300k-delivery file is never held in memory twice), to a
temporary file that replaces the target only when complete.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from ..domain.enums import DeliveryStatus

PRODID = "-//Ramstein Planner//Delivery calendar//EN"
_END = b"END:VCALENDAR\r\n"

# RFC 5545 knows TENTATIVE, CONFIRMED and CANCELLED for events; ours is kept in an X- property.
ICS_STATUS = {
    DeliveryStatus.PLANNED: "TENTATIVE",
    DeliveryStatus.IN_TRANSIT: "CONFIRMED",
    DeliveryStatus.DELIVERED: "CONFIRMED",
    DeliveryStatus.DELAYED: "TENTATIVE",
    DeliveryStatus.CANCELLED: "CANCELLED",
}


@dataclass(frozen=True)
class IcsEvent:
    uid: str  # stable: delivery-<uuid>@ramstein-planner
    day: date  # all-day event on this date
    summary: str
    description: str
    location: str  # the hub, "" when none
    status: DeliveryStatus
    last_modified: datetime | None = None  # aware UTC
    sequence: int = 0  # the delivery's version
    categories: tuple[str, ...] = ()


def event_component(event: IcsEvent, stamp: datetime, access_class: str) -> Event:
    ev = Event()
    ev.add("uid", event.uid)
    ev.add("dtstamp", stamp)
    ev.add("dtstart", event.day)  # a date: VALUE=DATE, an all-day event
    ev.add("dtend", event.day + timedelta(days=1))  # exclusive end: the next day
    ev.add("summary", event.summary)
    if event.description:
        ev.add("description", event.description)
    if event.location:
        ev.add("location", event.location)
    ev.add("status", ICS_STATUS[event.status])
    ev.add("x-ramstein-status", event.status.value)
    ev.add("sequence", event.sequence)
    ev.add("class", access_class)
    ev.add("transp", "TRANSPARENT")  # a delivery does not make the planner busy
    if event.last_modified is not None:
        ev.add("last-modified", event.last_modified.astimezone(UTC))
    if event.categories:
        ev.add("categories", [c for c in event.categories if c])
    return ev


def _header(calendar_name: str, classification: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", calendar_name)
    if classification:
        cal.add("x-ramstein-classification", classification)
    text: bytes = cal.to_ical()
    assert text.endswith(_END), text[-40:]
    return text[: -len(_END)]


def write_ics(
    path: Path | str,
    events: Iterable[IcsEvent],
    *,
    calendar_name: str,
    classification: str,
    access_class: str = "CONFIDENTIAL",
    stamp: datetime | None = None,
    on_event: Callable[[int], None] | None = None,
) -> int:
    """Write `events` to `path` as one VCALENDAR; returns how many were written.

    `classification` is the database's marking (in X-RAMSTEIN-CLASSIFICATION; the services
    also put it first in each description), `access_class` the RFC 5545 CLASS of every event.
    `on_event(n)` is called after each event (progress, cancel by raising). The target is
    replaced only when the whole file is written; a failure leaves it as it was.
    """
    target = Path(path)
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    tmp = target.with_name(f".{target.name}.tmp")
    count = 0
    try:
        with open(tmp, "wb") as out:
            out.write(_header(calendar_name, classification))
            for event in events:
                out.write(event_component(event, stamp, access_class).to_ical())
                count += 1
                if on_event is not None:
                    on_event(count)
            out.write(_END)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return count
