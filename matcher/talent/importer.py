"""Participants of a talent programme from CSV, for who runs it (applications collected elsewhere, on paper or
another form): every row validated first (a bad row names its line and field, and nothing is written), then each
registered through `ParticipantService.register` and its choices through `choose`. Lists are `;`-separated;
`choices` are project ids, best first; `consent` must be `yes` (the person agreed where they applied) or the row
is refused."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BaseModel, Field, ValidationError

from matcher.auth.models import User
from matcher.kit.schemas import Strict
from matcher.profiles.importer import RowError, csv_header, rows_refused
from matcher.talent.models import Programme
from matcher.talent.participants import ParticipantService
from matcher.talent.problem import MAX_CHOICES
from matcher.talent.schemas import ChoicesUpdate, ParticipantCreate

COLUMNS = (
    "name",
    "email",
    "track",
    "institution",
    "field",
    "skills",
    "interests",
    "languages",
    "availability",
    "group",
    "consent",
    "choices",
)
REQUIRED = ("name", "email", "track", "institution", "consent")
YES = ("yes", "true", "1", "ja")


class TalentImportRequest(Strict):
    """A CSV file's text (the columns above), in a JSON body."""

    csv: Annotated[str, Field(min_length=1, max_length=5_000_000)]


class TalentImportReport(BaseModel):
    created: int
    choices: int
    """Participants whose ranked choices were stored."""


def _choices(value: str) -> list[int]:
    ids = [part.strip() for part in value.split(";") if part.strip()]
    if not all(i.isdigit() for i in ids):
        raise ValueError(f"{value!r}: write project ids separated by ;, best first")
    return [int(i) for i in ids]


def validate(
    text: str, service: ParticipantService, programme: Programme
) -> tuple[list[tuple[ParticipantCreate, list[int]]], list[RowError]]:
    header = csv_header(text)
    unknown = [c for c in header if c not in COLUMNS]
    missing = [c for c in REQUIRED if c not in header]
    if unknown or missing:
        columns = [RowError(1, c, f"unknown column; the columns are {', '.join(COLUMNS)}") for c in unknown]
        return [], columns + [RowError(1, c, "required column is missing") for c in missing]
    try:
        records = list(enumerate(csv.DictReader(io.StringIO(text)), start=2))
    except csv.Error as exc:
        return [], [RowError(1, "(row)", f"not readable as CSV: {exc}")]
    open_ids = {p.id for p in service.projects.of_programme(programme.id, ["open"])}
    rows: list[tuple[ParticipantCreate, list[int]]] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for number, raw in records:
        if None in raw:
            errors.append(
                RowError(number, "(row)", f"more values than the {len(header)} columns of the header")
            )
            continue
        record: dict[str, Any] = {k: v.strip() for k, v in raw.items() if v not in (None, "")}
        consent = record.pop("consent", "").lower() in YES
        try:
            choices = _choices(record.pop("choices", ""))
        except ValueError as exc:
            errors.append(RowError(number, "choices", str(exc), record.get("email")))
            continue
        try:
            item = ParticipantCreate.model_validate({**record, "consent": consent})
            ChoicesUpdate(projects=choices)
        except ValidationError as exc:
            for err in exc.errors():
                field = ".".join(str(p) for p in err["loc"]) or ("consent" if not consent else "(row)")
                errors.append(RowError(number, field, err["msg"], record.get("email")))
            continue
        if item.email in seen or service.participants.by_email(programme.id, item.email) is not None:
            where = f"also on line {seen[item.email]}" if item.email in seen else "already applied"
            errors.append(RowError(number, "email", f"{item.email!r} {where}", item.email))
            continue
        seen[item.email] = number
        closed = [c for c in choices if c not in open_ids]
        if closed or len(choices) > MAX_CHOICES:
            message = f"project {closed[0]} is not open in this programme" if closed else "too many choices"
            errors.append(RowError(number, "choices", message, item.email))
            continue
        rows.append((item, choices))
    return rows, errors


def import_participants(
    service: ParticipantService,
    programme: Programme,
    viewer: User | None,
    text: str,
    progress: Callable[[int, int], None] | None = None,
) -> TalentImportReport:
    """One transaction (the caller's): all rows, or none when any is bad; `progress(done, total)` after each
    row registered."""
    rows, errors = validate(text, service, programme)
    if errors:
        raise rows_refused(errors, f"the import has {len(errors)} problem(s) and wrote nothing")
    chosen = 0
    for done, (item, choices) in enumerate(rows, start=1):
        participant = service.register(programme, viewer, item)
        if choices:
            service.choose(programme, participant, viewer, ChoicesUpdate(projects=choices))
            chosen += 1
        if progress is not None:
            progress(done, len(rows))
    return TalentImportReport(created=len(rows), choices=chosen)
