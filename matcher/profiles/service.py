"""The rules of the profile domain. Services never commit: the caller's unit of work does."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlalchemy.orm import Session

from matcher.engine.catalogue import anonymous_label
from matcher.errors import Conflict, InvalidInput, NotFound
from matcher.profiles.changes import OPP_FIELDS, apply_changes, assign, new_opportunity, new_organisation
from matcher.profiles.models import Opportunity, Organisation
from matcher.profiles.repository import OpportunityRepository, OrganisationRepository
from matcher.profiles.schemas import (
    OpportunityCreate,
    OpportunityPublic,
    OpportunityUpdate,
    OrganisationCreate,
    OrganisationPublic,
    OrganisationUpdate,
)


class Indexer(Protocol):
    """What the profile service needs from the matching side: index these changes once committed."""

    def stage(
        self,
        session: Session,
        org_ids: Any = (),
        removed: Any = (),
        partner_pairs: Any = (),
        progress: Any = None,
    ) -> Any: ...


def to_public(org: Organisation) -> OrganisationPublic:
    """What anyone may see: contacts never; anonymous profiles without name and website."""
    public = OrganisationPublic.model_validate(org)
    if org.visibility == "anonymous":
        public.name = anonymous_label(org.kind, org.city)
        public.website = None
        public.anonymous = True
    return public


# list fields that an update sets to null mean "none"
LIST_FIELDS = ("languages", "competences", "sectors", "technology_keywords", "market_keywords")


@dataclass
class UpsertResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    encoded: int = 0  # texts the indexer had to encode


class ProfileService:
    def __init__(self, session: Session, indexer: Indexer | None = None) -> None:
        self.session = session
        self.indexer = indexer
        self.orgs = OrganisationRepository(session)
        self.opps = OpportunityRepository(session)

    # --- reading --------------------------------------------------------------------------------------

    def get(self, org_id: int, include_hidden: bool = True) -> Organisation:
        org = self.orgs.get(org_id)
        if org is None or (org.visibility == "hidden" and not include_hidden):
            raise NotFound(f"organisation {org_id} does not exist")
        return org

    def get_by_ref(self, ref: str, include_hidden: bool = True) -> Organisation:
        org = self.orgs.get_by_ref(ref)
        if org is None or (org.visibility == "hidden" and not include_hidden):
            raise NotFound(f"no organisation has the ref {ref!r}")
        return org

    def get_opportunity(self, opp_id: int, include_hidden: bool = True) -> Opportunity:
        opp = self.opps.get(opp_id)
        if opp is None or (opp.organisation.visibility == "hidden" and not include_hidden):
            raise NotFound(f"opportunity {opp_id} does not exist")
        return opp

    # --- writing --------------------------------------------------------------------------------------

    def _index(self, org_ids: list[int] = (), removed: list[int] = ()) -> None:  # type: ignore[assignment]
        if self.indexer is not None:
            self.indexer.stage(self.session, org_ids=org_ids, removed=removed)

    def _check_opportunity_refs(self, refs: list[str], owner_id: int | None) -> None:
        owners = self.opps.ref_owners(refs)
        taken = sorted(ref for ref, owner in owners.items() if owner != owner_id)
        if taken:
            raise Conflict(
                f"opportunity ref {taken[0]!r} already belongs to another organisation",
                detail=[{"field": "opportunities.ref", "message": f"{ref} is taken"} for ref in taken],
            )

    def create(self, data: OrganisationCreate) -> Organisation:
        if self.orgs.get_by_ref(data.ref) is not None:
            raise Conflict(
                f"an organisation with ref {data.ref!r} already exists: update it instead, or choose another ref",
                detail=[{"field": "ref", "message": "already exists"}],
            )
        self._check_opportunity_refs([o.ref for o in data.opportunities if o.ref], None)
        org = new_organisation(data)
        self.orgs.add(org)
        self._index([org.id])
        return org

    def upsert(self, rows: list[tuple[OrganisationCreate, set[str]]], progress: Any = None) -> UpsertResult:
        """Create or update organisations by ref (an import): a known ref gets the fields its row names
        (`present`), a new one is created; organisations that did not change are not indexed again. The rows are
        validated and their refs checked already (`importer.validate_organisations`)."""
        result = UpsertResult()
        existing = self.orgs.get_many_by_ref(item.ref for item, _ in rows)
        touched: list[Organisation] = []
        for item, present in rows:
            org = existing.get(item.ref)
            if org is None:
                org = new_organisation(item)
                self.session.add(org)
                result.created += 1
                touched.append(org)
            elif apply_changes(org, {f: getattr(item, f) for f in present if f != "ref"}):
                result.updated += 1
                touched.append(org)
            else:
                result.unchanged += 1
        self.session.flush()
        if self.indexer is not None and touched:
            staged = self.indexer.stage(self.session, org_ids=[org.id for org in touched], progress=progress)
            result.encoded = getattr(staged, "encoded", 0)
        return result

    def update(self, org: Organisation, data: OrganisationUpdate) -> Organisation:
        fields = data.model_fields_set
        if "ref" in fields and data.ref is None:
            raise InvalidInput("ref cannot be removed", detail=[{"field": "ref", "message": "required"}])
        if "name" in fields and data.name is None:
            raise InvalidInput("name cannot be removed", detail=[{"field": "name", "message": "required"}])
        if data.ref and data.ref != org.ref and self.orgs.get_by_ref(data.ref) is not None:
            raise Conflict(
                f"another organisation already has the ref {data.ref!r}",
                detail=[{"field": "ref", "message": "already exists"}],
            )
        values: dict[str, Any] = {}
        for f in fields:
            value = getattr(data, f)
            if value is None and f in LIST_FIELDS:
                value = []
            if value is None and f == "visibility":
                continue
            if value is None and f == "description":
                value = ""
            values[f] = value
        if apply_changes(org, values):
            self.session.flush()
            self._index([org.id])
        return org

    def delete(self, org: Organisation) -> None:
        org_id = org.id
        self.orgs.delete(org)
        self._index(removed=[org_id])

    def add_opportunity(self, org: Organisation, data: OpportunityCreate) -> Opportunity:
        if data.ref:
            self._check_opportunity_refs([data.ref], None)
        opp = new_opportunity(data)
        org.opportunities.append(opp)
        self.session.flush()
        self._index([org.id])
        return opp

    def update_opportunity(self, opp: Opportunity, data: OpportunityUpdate) -> Opportunity:
        fields = data.model_fields_set
        if data.ref and data.ref != opp.ref:
            self._check_opportunity_refs([data.ref], None)
        for required in ("direction", "type", "title", "status"):
            if required in fields and getattr(data, required) is None:
                raise InvalidInput(
                    f"{required} cannot be removed", detail=[{"field": required, "message": "required"}]
                )
        changed = False
        for f in OPP_FIELDS:
            if f in fields:
                value = getattr(data, f)
                if value is None and f in (
                    "partner_kinds",
                    "partner_sizes",
                    "partnership_types",
                    "regions",
                    "keywords",
                ):
                    value = []
                if value is None and f in ("summary", "description"):
                    value = ""
                changed |= assign(opp, f, value)
        if changed:
            self.session.flush()
            self._index([opp.organisation_id])
        return opp

    def expire_opportunities(self, today: date, dry_run: bool = False) -> list[Opportunity]:
        """Set published opportunities past their `expires_at` to `expired` (the engine already ignores them;
        this makes their stored status, the API, the pages and the lexical index say so) and index their
        organisations. Expired ones stay expired, so running it again changes nothing."""
        past = self.opps.published_past_expiry(today)
        if not dry_run and past:
            for opp in past:
                opp.status = "expired"
            self.session.flush()
            self._index(sorted({opp.organisation_id for opp in past}))
        return past

    def delete_opportunity(self, opp: Opportunity) -> None:
        org_id = opp.organisation_id
        self.session.delete(opp)
        self.session.flush()
        self._index([org_id])


def opportunity_public(opp: Opportunity) -> OpportunityPublic:
    return OpportunityPublic.model_validate(opp)
