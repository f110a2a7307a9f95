"""Import and export of organisations (JSONL, CSV) and cooperations (CSV).

Every row is validated before anything is written; one bad row fails the whole import with each bad row's
line number, field and reason, and nothing is written. An import is one transaction and upserts by `ref`, so
running it twice changes nothing.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session

from matcher.embeddings.encoder import ProgressCallback
from matcher.errors import ImportFailed, InvalidInput, PayloadTooLarge
from matcher.profiles.changes import OPP_FIELDS, ORG_SCALARS
from matcher.profiles.models import Cooperation, Organisation
from matcher.profiles.repository import CooperationRepository, OpportunityRepository, OrganisationRepository
from matcher.profiles.schemas import CooperationRecord, OrganisationCreate
from matcher.profiles.service import Indexer, ProfileService

log = logging.getLogger(__name__)

CSV_COLUMNS = ["ref", *ORG_SCALARS]
"""Columns of the organisations CSV. Only `ref` and `name` are required; lists are separated by `;`."""
COOPERATION_COLUMNS = ["a_ref", "b_ref", "year", "source"]


@dataclass
class RowError:
    line: int
    field: str
    message: str
    ref: str | None = None

    def __str__(self) -> str:
        where = f"line {self.line}" + (f" (ref {self.ref})" if self.ref else "")
        return f"{where}: {self.field}: {self.message}"


def rows_refused(errors: Sequence[RowError], message: str) -> ImportFailed:
    """The refusal of an import with bad rows: `message`, then the first five problems (and how many more); every
    problem in `detail`. The caller has written nothing."""
    shown = "; ".join(str(e) for e in errors[:5]) + (
        f"; and {len(errors) - 5} more" if len(errors) > 5 else ""
    )
    return ImportFailed(f"{message}: {shown}", detail=[e.__dict__ for e in errors])


Line = TypeVar("Line", bound=BaseModel)


def parse_json_lines(
    text: str, model: type[Line], problems: Callable[[Line], list[tuple[str, str]]]
) -> tuple[list[Line], list[RowError]]:
    """Every non-empty line as `model`, checked further by `problems` ((field, message) pairs): the lines that
    pass, and each bad line's problems by line and field (the demo files' reader)."""
    found: list[Line] = []
    errors: list[RowError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = model.model_validate(json.loads(line))
        except ValidationError as exc:
            where = [".".join(str(p) for p in err["loc"]) or "(line)" for err in exc.errors()]
            errors += [RowError(number, w, err["msg"]) for w, err in zip(where, exc.errors(), strict=True)]
            continue
        except ValueError as exc:
            errors.append(RowError(number, "(line)", f"not JSON: {exc}"))
            continue
        found_problems = problems(item)
        errors += [RowError(number, where, message) for where, message in found_problems]
        if not found_problems:
            found.append(item)
    return found, errors


@dataclass
class ImportReport:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    encoded: int = 0
    dry_run: bool = False
    errors: list[RowError] = field(default_factory=list)


def detect_format(name: str, explicit: str | None = None) -> str:
    fmt = (explicit or Path(name).suffix.lstrip(".")).lower()
    if fmt in ("jsonl", "ndjson", "json"):
        return "jsonl"
    if fmt == "csv":
        return "csv"
    raise InvalidInput(f"cannot tell the format of {name!r}: use a .jsonl or .csv file, or say --format")


def read_text(source: Path | IO[bytes] | IO[str], limit: int) -> str:
    if isinstance(source, Path):
        if source.stat().st_size > limit:
            raise PayloadTooLarge(f"{source} is larger than the import limit of {limit} bytes")
        raw: bytes | str = source.read_bytes()
    else:
        raw = source.read(limit + 1)
        if len(raw) > limit:
            raise PayloadTooLarge(f"the import is larger than the limit of {limit} bytes")
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InvalidInput(f"the file is not UTF-8 text (byte {exc.start} is not valid UTF-8)") from exc
    if "\x00" in raw:  # binary data that happens to decode; no database may store it in text anyway
        line = raw.count("\n", 0, raw.index("\x00")) + 1
        message = "contains a NUL byte: this is not a text file (a spreadsheet saved under a .csv name?)"
        raise ImportFailed(
            f"line {line}: {message}; nothing was written",
            detail=[{"line": line, "field": "(line)", "message": message}],
        )
    return raw


def iter_records(text: str, fmt: str) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    """(line number, record) for each row; a row that cannot even be parsed yields a RowError."""
    if fmt == "jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, RowError(number, "(line)", f"not valid JSON: {exc.msg} at column {exc.colno}")
                continue
            except (ValueError, RecursionError) as exc:  # an integer of thousands of digits, deep nesting
                yield number, RowError(number, "(line)", f"not valid JSON: {str(exc).split(';')[0]}")
                continue
            if not isinstance(record, dict):
                yield number, RowError(number, "(line)", "each line must be one JSON object")
                continue
            yield number, record
    else:
        yield from _csv_rows(text)


def _csv_rows(text: str) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    """(line number, row) of a CSV with a header; a row with too many values, or that the CSV reader cannot
    read (a field over its size limit), yields a RowError; the reader cannot go on after the latter."""
    reader = csv.DictReader(io.StringIO(text))
    try:
        header = reader.fieldnames or []
        for number, row in enumerate(reader, start=2):
            if None in row:
                yield (
                    number,
                    RowError(number, "(row)", f"more values than the {len(header)} columns of the header"),
                )
                continue
            yield number, {k: v for k, v in row.items() if k is not None}
    except csv.Error as exc:
        line = reader.line_num + 1  # the lines of the records read so far; the bad one starts after them
        yield line, RowError(line, "(row)", f"not readable as CSV: {exc}")


def csv_header(text: str) -> list[str]:
    """The header row of a CSV (an unreadable one counts as empty: the caller reports missing columns)."""
    try:
        return next(csv.reader(io.StringIO(text)), [])
    except csv.Error:
        return []


def _field_name(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(row)"


def validate_organisations(
    text: str, fmt: str, session: Session
) -> tuple[list[tuple[int, OrganisationCreate, set[str]]], list[RowError]]:
    rows: list[tuple[int, OrganisationCreate, set[str]]] = []
    errors: list[RowError] = []
    seen_refs: dict[str, int] = {}
    seen_opp_refs: dict[str, tuple[int, str]] = {}
    if fmt == "csv":
        header = csv_header(text)
        unknown = [c for c in header if c not in CSV_COLUMNS]
        missing = [c for c in ("ref", "name") if c not in header]
        if unknown or missing:
            problems = [
                RowError(1, c, f"unknown column; the columns are {', '.join(CSV_COLUMNS)}") for c in unknown
            ]
            problems += [RowError(1, c, "required column is missing") for c in missing]
            return [], problems
    for number, record in iter_records(text, fmt):
        if isinstance(record, RowError):
            errors.append(record)
            continue
        ref = record.get("ref") if isinstance(record.get("ref"), str) else None
        try:
            item = OrganisationCreate.model_validate(record)
        except ValidationError as exc:
            for err in exc.errors():
                errors.append(RowError(number, _field_name(err["loc"]), err["msg"], ref))
            continue
        if item.ref in seen_refs:
            errors.append(
                RowError(
                    number,
                    "ref",
                    f"{item.ref!r} appears twice (also on line {seen_refs[item.ref]})",
                    item.ref,
                )
            )
            continue
        seen_refs[item.ref] = number
        for opp in item.opportunities:
            if opp.ref:
                if opp.ref in seen_opp_refs:
                    errors.append(
                        RowError(
                            number,
                            "opportunities.ref",
                            f"{opp.ref!r} also appears on line {seen_opp_refs[opp.ref][0]}",
                            item.ref,
                        )
                    )
                seen_opp_refs[opp.ref] = (number, item.ref)
        present = set(record) & set(OrganisationCreate.model_fields)
        rows.append((number, item, present))
    # opportunity refs must not belong to another organisation already in the database
    owners = OpportunityRepository(session).ref_owners(seen_opp_refs)
    if owners:
        org_ids = OrganisationRepository(session).ids_by_ref(ref for _, ref in seen_opp_refs.values())
        for opp_ref, owner in owners.items():
            number, org_ref = seen_opp_refs[opp_ref]
            if org_ids.get(org_ref) != owner:
                errors.append(
                    RowError(
                        number, "opportunities.ref", f"{opp_ref!r} belongs to another organisation", org_ref
                    )
                )
    errors.sort(key=lambda e: e.line)
    return rows, errors


def import_organisations(
    session: Session,
    source: Path | IO[bytes] | IO[str],
    *,
    fmt: str,
    indexer: Indexer | None = None,
    dry_run: bool = False,
    limit: int = 50_000_000,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    text = read_text(source, limit)
    rows, errors = validate_organisations(text, fmt, session)
    report = ImportReport(rows=len(rows) + len({e.line for e in errors}), dry_run=dry_run, errors=errors)
    if errors:
        bad = len({e.line for e in errors})
        raise rows_refused(
            errors, f"the import has {len(errors)} problem(s) in {bad} row(s) and wrote nothing"
        )
    if dry_run:
        return report
    upserted = ProfileService(session, indexer).upsert(
        [(item, present) for _, item, present in rows], progress=progress
    )
    report.created, report.updated = upserted.created, upserted.updated
    report.unchanged, report.encoded = upserted.unchanged, upserted.encoded
    return report


def import_cooperations(
    session: Session,
    source: Path | IO[bytes] | IO[str],
    *,
    indexer: Indexer | None = None,
    dry_run: bool = False,
    limit: int = 50_000_000,
) -> ImportReport:
    text = read_text(source, limit)
    header = csv_header(text)
    missing = [c for c in ("a_ref", "b_ref") if c not in header]
    if missing:
        raise ImportFailed(
            f"the cooperations CSV needs the columns {', '.join(COOPERATION_COLUMNS)}; missing: {', '.join(missing)}",
            detail=[{"line": 1, "field": c, "message": "missing column"} for c in missing],
        )
    records: list[tuple[int, CooperationRecord]] = []
    errors: list[RowError] = []
    for number, row in _csv_rows(text):
        if isinstance(row, RowError):
            errors.append(row)
            continue
        try:
            records.append(
                (number, CooperationRecord.model_validate({k: row.get(k) for k in COOPERATION_COLUMNS}))
            )
        except ValidationError as exc:
            errors.extend(RowError(number, _field_name(e["loc"]), e["msg"]) for e in exc.errors())
    ids = OrganisationRepository(session).ids_by_ref(r for _, rec in records for r in (rec.a_ref, rec.b_ref))
    for number, rec in records:
        for column, ref in (("a_ref", rec.a_ref), ("b_ref", rec.b_ref)):
            if ref not in ids:
                errors.append(
                    RowError(number, column, f"no organisation has the ref {ref!r}: import it first", ref)
                )
    report = ImportReport(rows=len(records), dry_run=dry_run, errors=sorted(errors, key=lambda e: e.line))
    if errors:
        raise ImportFailed(
            f"the cooperations import has {len(errors)} problem(s) and wrote nothing: "
            + "; ".join(str(e) for e in report.errors[:5]),
            detail=[e.__dict__ for e in report.errors],
        )
    if dry_run:
        return report
    repo = CooperationRepository(session)
    known = repo.existing()
    new: list[Cooperation] = []
    for _, rec in records:
        a, b = sorted((ids[rec.a_ref], ids[rec.b_ref]))
        key = (a, b, rec.source, rec.year)
        if key in known:
            report.unchanged += 1
            continue
        known.add(key)
        new.append(Cooperation(organisation_a_id=a, organisation_b_id=b, year=rec.year, source=rec.source))
        report.created += 1
    repo.add_many(new)
    if indexer is not None and new:
        indexer.stage(session, partner_pairs=[(c.organisation_a_id, c.organisation_b_id) for c in new])
    return report


def export_record(org: Organisation) -> dict[str, Any]:
    """One organisation in the import format (contacts and opportunities included)."""
    item = OrganisationCreate.model_validate(
        {
            "ref": org.ref,
            "name": org.name,
            **{f: getattr(org, f) for f in ORG_SCALARS},
            "contacts": [
                {"name": c.name, "role": c.role, "email": c.email, "phone": c.phone} for c in org.contacts
            ],
            "opportunities": [{f: getattr(o, f) for f in OPP_FIELDS} for o in org.opportunities],
        }
    )
    return item.model_dump(mode="json", exclude_none=True)


def export_organisations(session: Session, out: IO[str]) -> int:
    count = 0
    for org in OrganisationRepository(session).all():
        out.write(json.dumps(export_record(org), ensure_ascii=False) + "\n")
        count += 1
    return count
