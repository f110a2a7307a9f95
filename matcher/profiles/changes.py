"""How validated input becomes stored profiles: the one constructor of an organisation and the one way its
fields, contacts and opportunities change, shared by the API, the pages, the importer and the scale data. Pure
functions on ORM objects: no session, no SQL."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from matcher.errors import InvalidInput
from matcher.places.gazetteer import find_city
from matcher.profiles.models import ContactPerson, Opportunity, Organisation
from matcher.profiles.schemas import Contact, OpportunityCreate, OrganisationCreate

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
    "group",
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


def new_opportunity(data: OpportunityCreate) -> Opportunity:
    return Opportunity(**{f: plain(getattr(data, f)) for f in OPP_FIELDS})


def new_organisation(data: OrganisationCreate) -> Organisation:
    """A new organisation from validated input, with its contacts and opportunities, placed on the gazetteer."""
    org = Organisation(ref=data.ref, **{f: plain(getattr(data, f)) for f in ORG_SCALARS})
    fill_place(org)
    # a new organisation's lists start empty: assigning an empty one costs the ORM as much as a full one
    if data.contacts:
        org.contacts = [ContactPerson(position=i, **c.model_dump()) for i, c in enumerate(data.contacts)]
    if data.opportunities:
        org.opportunities = [new_opportunity(o) for o in data.opportunities]
    return org


def apply_changes(org: Organisation, values: Mapping[str, Any]) -> bool:
    """Set the fields in `values` (columns, `contacts`, `opportunities`), move the organisation when its city
    changes without new coordinates, and say whether anything changed."""
    old_city = org.city
    changed = False
    for f in ["ref", *ORG_SCALARS]:
        if f in values:
            changed |= assign(org, f, values[f])
    if (org.latitude is None) != (org.longitude is None):
        raise InvalidInput(
            "latitude and longitude must be given together",
            detail=[{"field": "latitude", "message": "needs longitude"}],
        )
    relocate(org, old_city, set(values))
    if values.get("contacts") is not None:
        changed |= replace_contacts(org, values["contacts"])
    if values.get("opportunities") is not None:
        changed |= sync_opportunities(org, values["opportunities"])
    return changed
