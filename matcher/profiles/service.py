"""The rules of the profile domain. Services never commit: the caller's unit of work does."""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from sqlalchemy.orm import Session

from matcher.engine.catalogue import anonymous_label
from matcher.engine.geo import find_city
from matcher.errors import Conflict, InvalidInput, NotFound
from matcher.profiles.models import ContactPerson, Opportunity, Organisation
from matcher.profiles.repository import OpportunityRepository, OrganisationRepository
from matcher.profiles.schemas import (
    Contact,
    OpportunityCreate,
    OpportunityPublic,
    OpportunityUpdate,
    OrganisationCreate,
    OrganisationPublic,
    OrganisationUpdate,
)

ORG_SCALARS = [
    "name",
    "kind",
    "size_band",
    "founding_year",
    "city",
    "postcode",
    "country",
    "latitude",
    "longitude",
    "region",
    "website",
    "languages",
    "description",
    "competences",
    "sectors",
    "technology_keywords",
    "market_keywords",
    "visibility",
    "source",
]
OPP_FIELDS = [
    "ref",
    "direction",
    "type",
    "title",
    "summary",
    "description",
    "stage",
    "trl",
    "ipr_status",
    "partner_kinds",
    "partner_sizes",
    "partnership_types",
    "regions",
    "keywords",
    "deadline",
    "expires_at",
    "status",
]


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


def plain(value: Any) -> Any:
    """Enum members and lists of them as the plain strings stored in the database."""
    if isinstance(value, list):
        return [plain(v) for v in value]
    return getattr(value, "value", value)


def assign(target: Any, field: str, value: Any) -> bool:
    """Set a field only when it really changes, so that unchanged re-imports write nothing."""
    value = plain(value)
    if getattr(target, field) == value:
        return False
    setattr(target, field, value)
    return True


def fill_place(org: Organisation) -> None:
    """Organisations in a known city but without coordinates get the city's coordinates."""
    if org.latitude is None and org.longitude is None:
        city = find_city(org.city)
        if city is not None:
            org.latitude, org.longitude = city.latitude, city.longitude
            if org.region is None:
                org.region = city.region


def relocate(org: Organisation, old_city: str | None, fields: set[str]) -> None:
    """After a change of city without new coordinates, take the new city's coordinates and region."""
    if org.city != old_city and not {"latitude", "longitude"} & fields:
        org.latitude = org.longitude = None
        if "region" not in fields:
            org.region = None
    fill_place(org)


def replace_contacts(org: Organisation, contacts: list[Contact]) -> bool:
    wanted = [c.model_dump() for c in contacts]
    current = [{"name": c.name, "role": c.role, "email": c.email, "phone": c.phone} for c in org.contacts]
    if wanted == current:
        return False
    org.contacts = [ContactPerson(position=i, **c) for i, c in enumerate(wanted)]
    return True


def opportunity_key(ref: str | None, direction: str, title: str) -> str:
    return f"ref:{ref}" if ref else f"{direction}:{title.casefold()}"


def sync_opportunities(org: Organisation, incoming: list[OpportunityCreate]) -> bool:
    """Make the organisation's opportunities equal to `incoming`, keyed by ref (else direction + title)."""
    existing = {opportunity_key(o.ref, o.direction, o.title): o for o in org.opportunities}
    changed = False
    keep: list[Opportunity] = []
    for item in incoming:
        key = opportunity_key(item.ref, item.direction.value, item.title)
        opp = existing.pop(key, None)
        if opp is None:
            opp = Opportunity(**{f: plain(getattr(item, f)) for f in OPP_FIELDS})
            changed = True
        else:
            for f in OPP_FIELDS:
                changed |= assign(opp, f, getattr(item, f))
        keep.append(opp)
    if existing or [o.id for o in keep] != [o.id for o in org.opportunities]:
        changed = True
    org.opportunities = keep
    return changed


def to_public(org: Organisation) -> OrganisationPublic:
    """What anyone may see: contacts never; anonymous profiles without name and website."""
    public = OrganisationPublic.model_validate(org)
    if org.visibility == "anonymous":
        public.name = anonymous_label(org.kind, org.city)
        public.website = None
        public.anonymous = True
    return public


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
        org = Organisation(ref=data.ref, **{f: plain(getattr(data, f)) for f in ORG_SCALARS})
        fill_place(org)
        org.contacts = [ContactPerson(position=i, **c.model_dump()) for i, c in enumerate(data.contacts)]
        org.opportunities = [
            Opportunity(**{f: plain(getattr(o, f)) for f in OPP_FIELDS}) for o in data.opportunities
        ]
        self.orgs.add(org)
        self._index([org.id])
        return org

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
        old_city = org.city
        changed = False
        for f in ["ref", *ORG_SCALARS]:
            if f in fields:
                value = getattr(data, f)
                if value is None and f in (
                    "languages",
                    "competences",
                    "sectors",
                    "technology_keywords",
                    "market_keywords",
                ):
                    value = []
                if value is None and f == "visibility":
                    continue
                if value is None and f == "description":
                    value = ""
                changed |= assign(org, f, value)
        if (org.latitude is None) != (org.longitude is None):
            raise InvalidInput(
                "latitude and longitude must be given together",
                detail=[{"field": "latitude", "message": "needs longitude"}],
            )
        relocate(org, old_city, fields)
        if "contacts" in fields and data.contacts is not None:
            changed |= replace_contacts(org, data.contacts)
        if changed:
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
        opp = Opportunity(**{f: plain(getattr(data, f)) for f in OPP_FIELDS})
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
