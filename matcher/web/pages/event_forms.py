"""HTML forms <-> the events' schemas: an event's form (session windows one a line as `2027-05-06 09:00-10:40`,
tables one a line as `T1, Hall 2, 4`: name, location, seats), a participant's registration, and a meeting
request. Times are the region's local time. The pages validate with the domain's own schemas (`EventCreate`,
`EventUpdate`, `ParticipantCreate`, `RequestCreate`); a line that does not parse is named by its number."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from starlette.datastructures import FormData

from matcher.events.models import Event, Participant
from matcher.web.forms import FieldErrors, FormValues
from matcher.web.i18n import Gettext

EVENT_ZONE = ZoneInfo("Europe/Berlin")

EVENT_TEXT_FIELDS = (
    "owner_ref",
    "name",
    "venue",
    "description",
    "meeting_minutes",
    "changeover_minutes",
    "windows",
    "tables",
    "cap_per_participant",
    "request_deadline",
)
EVENT_LISTS = ("roles", "intents")
PARTICIPANT_FIELDS = (
    "name",
    "email",
    "role",
    "organisation_ref",
    "organisation_name",
    "phone",
    "description",
    "capacity",
)
PARTICIPANT_LISTS = ("intents", "looking_for")

_WINDOW = re.compile(r"^(\d{4}-\d{2}-\d{2})\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})(?:\s+(.*))?$")


def local(moment: datetime | None) -> str:
    """A moment as the region's wall clock, `2027-05-06 09:00`."""
    return "" if moment is None else moment.astimezone(EVENT_ZONE).strftime("%Y-%m-%d %H:%M")


def _at(day: str, clock: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{int(clock[:-3]):02d}:{clock[-2:]}").replace(tzinfo=EVENT_ZONE)


def parse_windows(text: str, field: str, _: Gettext) -> tuple[list[dict[str, str]], FieldErrors]:
    """`2027-05-06 09:00-10:40 [title]` one a line -> windows in local time; the first bad line is named."""
    windows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        found = _WINDOW.match(line.strip())
        try:
            if found is None:
                raise ValueError(line)
            day, start, end, title = found.groups()
            begins, ends = _at(day, start), _at(day, end)
        except ValueError:
            message = _(
                "Line %(line)s: write a day and two times such as 2027-05-06 09:00-10:40.", line=number
            )
            return [], {field: message}
        if ends <= begins:
            return [], {field: _("Line %(line)s: the window must end after it starts.", line=number)}
        # with the region's offset: the slots, and the reasons that name their times, keep the local clock
        windows.append({"start": begins.isoformat(), "end": ends.isoformat(), "title": (title or "").strip()})
    return windows, {}


def window_lines(windows: list[dict[str, Any]]) -> str:
    lines = []
    for w in windows:
        start = datetime.fromisoformat(w["start"]).astimezone(EVENT_ZONE)
        end = datetime.fromisoformat(w["end"]).astimezone(EVENT_ZONE)
        title = f" {w['title']}" if w.get("title") else ""
        lines.append(f"{start:%Y-%m-%d %H:%M}-{end:%H:%M}{title}")
    return "\n".join(lines)


def parse_tables(text: str, _: Gettext) -> tuple[list[dict[str, Any]], FieldErrors]:
    """`name, location, seats` one a line (location and seats may be left out: 2 seats)."""
    tables = []
    for number, line in enumerate(text.splitlines(), start=1):
        parts = [p.strip() for p in line.split(",")]
        if not parts[0]:
            continue
        seats = parts[2] if len(parts) > 2 else "2"
        if len(parts) > 3 or not seats.isdigit():
            message = _(
                "Line %(line)s: write a table as name, location, seats, such as T1, Hall 2, 4.", line=number
            )
            return [], {"tables": message}
        tables.append(
            {"name": parts[0], "location": parts[1] if len(parts) > 1 else "", "capacity": int(seats)}
        )
    return tables, {}


def table_lines(event: Event) -> str:
    return "\n".join(f"{t.name}, {t.location}, {t.capacity}" for t in event.tables)


def parse_deadline(text: str, _: Gettext) -> tuple[str | None, FieldErrors]:
    if not text:
        return None, {}
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T"))
    except ValueError:
        return None, {"request_deadline": _("Please enter a day and a time such as 2027-05-01 18:00.")}
    return moment.replace(tzinfo=moment.tzinfo or EVENT_ZONE).astimezone(UTC).isoformat(), {}


def event_values_from_form(form: FormData) -> FormValues:
    values: FormValues = {name: str(form.get(name, "")).strip() for name in EVENT_TEXT_FIELDS}
    for name in EVENT_LISTS:
        values[name] = [str(v) for v in form.getlist(name)]
    values["auto_accept"] = form.get("auto_accept") == "on"
    return values


def event_values(event: Event | None) -> FormValues:
    """The form filled from a stored event (or the defaults of a new one)."""
    if event is None:
        return {
            "meeting_minutes": "15",
            "changeover_minutes": "5",
            "cap_per_participant": "8",
            "roles": [],
            "intents": [],
            "auto_accept": False,
        }
    return {
        "name": event.name,
        "venue": event.venue,
        "description": event.description,
        "meeting_minutes": str(event.meeting_minutes),
        "changeover_minutes": str(event.changeover_minutes),
        "windows": window_lines(event.windows),
        "tables": table_lines(event),
        "cap_per_participant": str(event.cap_per_participant),
        "request_deadline": local(event.request_deadline),
        "roles": list(event.roles),
        "intents": list(event.intents),
        "auto_accept": event.auto_accept,
    }


def event_payload(values: FormValues, _: Gettext) -> tuple[dict[str, Any], FieldErrors]:
    """The fields of `EventCreate`/`EventUpdate`, or the errors of the lines that do not parse."""
    windows, errors = parse_windows(values["windows"], "windows", _)
    tables, table_errors = parse_tables(values["tables"], _)
    deadline, deadline_errors = parse_deadline(values["request_deadline"], _)
    errors = {**errors, **table_errors, **deadline_errors}
    payload: dict[str, Any] = {
        name: values[name] for name in ("name", "venue", "description") if name in values
    }
    for name in ("meeting_minutes", "changeover_minutes", "cap_per_participant"):
        payload[name] = values[name] or None
    payload.update(
        windows=windows,
        tables=tables,
        request_deadline=deadline,
        roles=values["roles"],
        intents=values["intents"],
        auto_accept=values["auto_accept"],
    )
    return {k: v for k, v in payload.items() if v is not None or k == "request_deadline"}, errors


# --- a participant and a request ---------------------------------------------------------------------------


def participant_values_from_form(form: FormData) -> FormValues:
    values: FormValues = {name: str(form.get(name, "")).strip() for name in PARTICIPANT_FIELDS}
    for name in PARTICIPANT_LISTS:
        values[name] = [str(v) for v in form.getlist(name)]
    values["availability"] = str(form.get("availability", "")).strip()
    values["agenda"] = str(form.get("agenda", "")).strip()
    return values


def participant_values(participant: Participant | None, **defaults: Any) -> FormValues:
    if participant is None:
        return {"intents": [], "looking_for": [], "role": "", **defaults}
    values: FormValues = {
        name: "" if getattr(participant, name, None) is None else str(getattr(participant, name))
        for name in PARTICIPANT_FIELDS
        if name != "organisation_ref"
    }
    values["organisation_ref"] = participant.organisation.ref if participant.organisation else ""
    values["intents"] = list(participant.intents)
    values["looking_for"] = list(participant.looking_for)
    values["availability"] = window_lines(participant.availability)
    values["agenda"] = window_lines(participant.agenda)
    return values


def participant_payload(values: FormValues, _: Gettext) -> tuple[dict[str, Any], FieldErrors]:
    availability, errors = parse_windows(values["availability"], "availability", _)
    agenda, agenda_errors = parse_windows(values["agenda"], "agenda", _)
    payload: dict[str, Any] = {name: values[name] for name in PARTICIPANT_FIELDS}
    payload["organisation_ref"] = payload["organisation_ref"] or None
    payload["capacity"] = payload["capacity"] or None
    payload.update(
        intents=values["intents"],
        looking_for=values["looking_for"],
        availability=availability,
        agenda=agenda,
    )
    return payload, {**errors, **agenda_errors}
