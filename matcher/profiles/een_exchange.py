"""Import EEN partnering profiles into organisations and their opportunities, and export opportunities as EEN
profiles (the format and the mapping: `matcher.profiles.een`, docs/import-format.md).

An import checks every line first, against the file and the database; one bad line fails it with each
problem's line and field, and nothing is written. It upserts by reference: a profile whose reference is an
opportunity's ref changes that opportunity, any other becomes a new one. Profiles of an organisation already in
the database join its opportunities (the others stay, its fields are left as they are); a new organisation is
made of the profile's name and country."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from matcher.embeddings.encoder import ProgressCallback
from matcher.profiles.changes import OPP_FIELDS
from matcher.profiles.een import EenProfile, from_opportunity, parse_profiles, to_opportunity
from matcher.profiles.importer import RowError, read_text, rows_refused
from matcher.profiles.models import Organisation
from matcher.profiles.repository import OpportunityRepository, OrganisationRepository
from matcher.profiles.schemas import OpportunityCreate, OrganisationCreate
from matcher.profiles.service import Indexer, ProfileService


@dataclass
class EenImportReport:
    profiles: int = 0
    created: int = 0  # opportunities
    updated: int = 0
    unchanged: int = 0
    organisations_created: int = 0
    dry_run: bool = False
    errors: list[RowError] = field(default_factory=list)


def _stored(opp: Any) -> OpportunityCreate:
    return OpportunityCreate.model_validate({f: getattr(opp, f) for f in OPP_FIELDS})


def _stored_problems(session: Session, profiles: list[tuple[int, EenProfile]]) -> list[RowError]:
    """A stored opportunity that fails today's checks (written before a check was added, or by hand) would
    fail the organisation's upsert: named on each line of a profile that joins its organisation."""
    lines: dict[str, list[int]] = {}
    for number, profile in profiles:
        lines.setdefault(profile.owner_ref(), []).append(number)
    errors = []
    for ref, org in OrganisationRepository(session).get_many_by_ref(lines).items():
        for opp in org.opportunities:
            try:
                _stored(opp)
            except ValidationError as exc:
                problem = exc.errors()[0]
                where = ".".join(str(part) for part in problem["loc"]) or "opportunity"
                message = (
                    f"organisation {ref}'s stored opportunity {opp.ref or opp.id} fails a check of its "
                    f"{where} ({problem['msg']}): correct it (PATCH /api/v1/opportunities/{opp.id}), then "
                    "import again"
                )
                errors += [RowError(number, "organisation_ref", message, ref) for number in lines[ref]]
    return errors


def _check_owners(session: Session, profiles: list[tuple[int, EenProfile]]) -> list[RowError]:
    """A reference that is the ref of another organisation's opportunity cannot move to this one."""
    owners = OpportunityRepository(session).ref_owners(p.reference for _, p in profiles)
    if not owners:
        return []
    org_ids = OrganisationRepository(session).ids_by_ref(p.owner_ref() for _, p in profiles)
    return [
        RowError(number, "reference", "is the ref of another organisation's opportunity", p.reference)
        for number, p in profiles
        if p.reference in owners and org_ids.get(p.owner_ref()) != owners[p.reference]
    ]


def _rows(
    session: Session, profiles: list[EenProfile], report: EenImportReport
) -> list[tuple[OrganisationCreate, set[str]]]:
    """The organisations to upsert, each with every opportunity it will have, and the report's counts."""
    by_owner: dict[str, list[EenProfile]] = {}
    for profile in profiles:
        by_owner.setdefault(profile.owner_ref(), []).append(profile)
    existing = OrganisationRepository(session).get_many_by_ref(by_owner)
    rows: list[tuple[OrganisationCreate, set[str]]] = []
    for ref, group in by_owner.items():
        incoming = [to_opportunity(p) for p in group]
        org: Organisation | None = existing.get(ref)
        if org is None:
            report.created += len(incoming)
            report.organisations_created += 1
            first = group[0]
            data = {"ref": ref, "name": first.organisation_name, "country": first.country, "source": "een"}
            item = OrganisationCreate.model_validate({**data, "opportunities": incoming})
            rows.append((item, {*data, "opportunities"}))
            continue
        stored = {o.ref: _stored(o) for o in org.opportunities if o.ref}
        for opp in incoming:
            before = stored.get(opp.ref or "")
            if before is None:
                report.created += 1
            elif before == opp:
                report.unchanged += 1
            else:
                report.updated += 1
        updated = {o.ref: o for o in incoming}
        merged = [updated.pop(o.ref) if o.ref in updated else _stored(o) for o in org.opportunities]
        merged += updated.values()
        item = OrganisationCreate.model_validate({"ref": ref, "name": org.name, "opportunities": merged})
        rows.append((item, {"opportunities"}))
    return rows


def import_een(
    session: Session,
    source: Path | IO[bytes] | IO[str],
    *,
    indexer: Indexer | None = None,
    dry_run: bool = False,
    limit: int = 50_000_000,
    progress: ProgressCallback | None = None,
) -> EenImportReport:
    text = read_text(source, limit)
    profiles, errors = parse_profiles(text)
    errors = sorted(
        errors + _check_owners(session, profiles) + _stored_problems(session, profiles), key=lambda e: e.line
    )
    report = EenImportReport(profiles=len(profiles), dry_run=dry_run, errors=errors)
    if errors:
        bad = len({e.line for e in errors})
        raise rows_refused(
            errors, f"the EEN import has {len(errors)} problem(s) in {bad} line(s) and wrote nothing"
        )
    rows = _rows(session, [p for _, p in profiles], report)
    if not dry_run:
        ProfileService(session, indexer).upsert(rows, progress=progress)
    return report


def export_een(session: Session) -> list[dict[str, Any]]:
    """Every published opportunity of an organisation that is not hidden, as an EEN profile, by organisation
    and then by opportunity."""
    return [
        from_opportunity(opp, org)
        for org in OrganisationRepository(session).all()
        if org.visibility != "hidden"
        for opp in org.opportunities
        if opp.status == "published"
    ]


def write_een(session: Session, out: IO[str]) -> int:
    profiles = export_een(session)
    for profile in profiles:
        out.write(json.dumps(profile, ensure_ascii=False) + "\n")
    return len(profiles)
