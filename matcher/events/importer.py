"""Participants from CSV: every row validated first (a bad row names its line and field, and nothing is
written), then each registered through `EventService.register` (a participant with the same e-mail is
updated). Lists are `;`-separated; availability and agenda are `start/end` spans (ISO times with a zone),
`;`-separated, an agenda span optionally followed by `=title`."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from matcher.auth.models import User
from matcher.events.models import Event
from matcher.events.schemas import ImportReport, ParticipantCreate
from matcher.events.service import EventService
from matcher.profiles.importer import RowError, csv_header, rows_refused
from matcher.profiles.repository import OrganisationRepository

COLUMNS = (
    "name",
    "email",
    "role",
    "organisation_ref",
    "organisation_name",
    "phone",
    "intents",
    "looking_for",
    "description",
    "capacity",
    "availability",
    "agenda",
)
REQUIRED = ("name", "email", "role")


def _spans(value: str) -> list[dict[str, str]]:
    out = []
    for part in (p.strip() for p in value.split(";")):
        if not part:
            continue
        span, _, title = part.partition("=")
        start, sep, end = span.partition("/")
        if not sep:
            raise ValueError(f"{part!r} is not a span: write start/end")
        out.append({"start": start.strip(), "end": end.strip(), "title": title.strip()})
    return out


def validate_participants(
    text: str, event_service: EventService
) -> tuple[list[ParticipantCreate], list[RowError]]:
    header = csv_header(text)
    unknown = [c for c in header if c not in COLUMNS]
    missing = [c for c in REQUIRED if c not in header]
    if unknown or missing:
        columns = [RowError(1, c, f"unknown column; the columns are {', '.join(COLUMNS)}") for c in unknown]
        return [], columns + [RowError(1, c, "required column is missing") for c in missing]
    rows: list[ParticipantCreate] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    refs = OrganisationRepository(event_service.session)
    try:
        records = list(enumerate(csv.DictReader(io.StringIO(text)), start=2))
    except csv.Error as exc:
        return [], [RowError(1, "(row)", f"not readable as CSV: {exc}")]
    for number, raw in records:
        if None in raw:
            errors.append(
                RowError(number, "(row)", f"more values than the {len(header)} columns of the header")
            )
            continue
        record: dict[str, Any] = {k: v for k, v in raw.items() if v not in (None, "")}
        try:
            for key in ("availability", "agenda"):
                if key in record:
                    record[key] = _spans(record[key])
        except ValueError as exc:
            errors.append(RowError(number, key, str(exc)))
            continue
        try:
            item = ParticipantCreate.model_validate(record)
        except ValidationError as exc:
            for err in exc.errors():
                field = ".".join(str(p) for p in err["loc"]) or "(row)"
                errors.append(RowError(number, field, err["msg"], record.get("email")))
            continue
        email = item.email.strip().lower()
        if email in seen:
            errors.append(RowError(number, "email", f"{email!r} appears twice (also on line {seen[email]})"))
            continue
        seen[email] = number
        if item.organisation_ref and refs.get_by_ref(item.organisation_ref) is None:
            errors.append(
                RowError(number, "organisation_ref", f"no organisation has the ref {item.organisation_ref!r}")
            )
            continue
        rows.append(item)
    return rows, errors


def import_participants(
    event_service: EventService,
    event: Event,
    viewer: User | None,
    text: str,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """One transaction (the caller's): all rows, or none when any is bad."""
    rows, errors = validate_participants(text, event_service)
    if errors:
        raise rows_refused(errors, f"the import has {len(errors)} problem(s) and wrote nothing")
    created = updated = 0
    for done, item in enumerate(rows, start=1):
        _, new = event_service.register(event, viewer, item)
        created, updated = created + new, updated + (not new)
        if progress is not None:
            progress(done, len(rows))
    return ImportReport(created=created, updated=updated)
