"""iCalendar files of plain entries: one VEVENT each, with a UID stable per entry (a new export updates the same
events in a calendar), times in UTC. The challenges' pitch day and the events' agendas both write through it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from icalendar import Calendar, Event


@dataclass(frozen=True)
class CalendarEntry:
    uid: str
    start: datetime  # timezone-aware
    end: datetime
    summary: str
    location: str = ""
    description: str = ""
    tentative: bool = False  # STATUS:TENTATIVE (a slot held for an unanswered request), else CONFIRMED


def to_ics(
    entries: Sequence[CalendarEntry],
    calendar_name: str,
    *,
    product: str = "Matchwerk",
    stamp: datetime | None = None,
) -> bytes:
    """The entries as one calendar; `stamp` is the DTSTAMP of every event (default: now)."""
    calendar = Calendar()
    calendar.add("prodid", f"-//Matchwerk//{product}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", calendar_name)
    created = (stamp or datetime.now(UTC)).astimezone(UTC)
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", created)
        event.add("dtstart", entry.start.astimezone(UTC))
        event.add("dtend", entry.end.astimezone(UTC))
        event.add("summary", entry.summary)
        event.add("status", "TENTATIVE" if entry.tentative else "CONFIRMED")
        if entry.location:
            event.add("location", entry.location)
        if entry.description:
            event.add("description", entry.description)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
