"""The Enterprise Europe Network's partnering profiles (business and technology offers and requests, R&D
requests) as Matchwerk opportunities, and back: one profile a line of JSON with the EEN's field names, validated
line by line, and the pure mapping of its fields both ways. No session, no SQL: `een_exchange` reads and writes.

The mapping is documented in docs/import-format.md ("EEN partnering profiles"). What an opportunity has no
field for (the partner's role, the market keywords and the NACE codes) is kept as the last paragraph of its
description, one `Label: value` line each, so that the engine reads it and the export gives it back."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, ValidationError

from matcher.kit.schemas import Strict
from matcher.profiles.importer import RowError, iter_records
from matcher.profiles.models import Opportunity, Organisation
from matcher.profiles.schemas import Country, KeywordList, OpportunityCreate, Text, _clean_list, _opt
from matcher.profiles.vocab import Direction, OpportunityStatus

# profile type <-> (direction, opportunity type)
PROFILE_TYPES: dict[str, tuple[str, str]] = {
    "business_offer": ("offer", "business"),
    "business_request": ("request", "business"),
    "technology_offer": ("offer", "technology"),
    "technology_request": ("request", "technology"),
    "rd_request": ("request", "research_cooperation"),
}
# Matchwerk's opportunity types the EEN has no profile type for: the kind of profile they are closest to
TECHNOLOGY_LIKE = {"technology", "research_cooperation", "pilot", "facility"}

# stage of development <-> stage; `under_development` has no stage of its own and comes back as a prototype
STAGE_IN = {
    "concept_stage": "concept",
    "under_development": "prototype",
    "prototype_available": "prototype",
    "field_tested": "pilot",
    "on_the_market": "market",
}
STAGE_OUT = {
    "idea": "concept_stage",
    "concept": "concept_stage",
    "prototype": "prototype_available",
    "pilot": "field_tested",
    "market": "on_the_market",
}
IPR_IN = {
    "no_ipr": "none",
    "patent_applied": "applied",
    "patent_granted": "granted",
    "secret_know_how": "secret",
    "copyright": "other",
    "design_rights": "other",
    "trade_marks": "other",
    "exclusive_rights": "other",
    "other": "other",
}
IPR_OUT = {
    "none": "no_ipr",
    "applied": "patent_applied",
    "granted": "patent_granted",
    "secret": "secret_know_how",
    "other": "other",
}
PARTNER_TYPE_OUT = {
    "company": "industry",
    "startup": "startup",
    "university": "university",
    "research_institute": "rd_institution",
    "creative": "creative",
    "public_body": "public_body",
    "intermediary": "intermediary",
    "innovation_centre": "innovation_centre",
}
PARTNER_TYPE_IN = {een: ours for ours, een in PARTNER_TYPE_OUT.items()}
PARTNER_SIZE_OUT = {
    "micro": "sme_up_to_10",
    "small": "sme_11_49",
    "medium": "sme_50_249",
    "large": "over_250",
}
PARTNER_SIZE_IN = {een: ours for ours, een in PARTNER_SIZE_OUT.items()}
PARTNERSHIP_OUT = {  # pilot_project and student_project have no EEN type and are not exported
    "license": "license_agreement",
    "research_cooperation": "research_cooperation_agreement",
    "technical_cooperation": "technical_cooperation_agreement",
    "commercial": "commercial_agreement",
    "joint_venture": "joint_venture_agreement",
    "financial": "financial_agreement",
    "supplier": "supplier_agreement",
    "services": "services_agreement",
}
PARTNERSHIP_IN = {
    **{een: ours for ours, een in PARTNERSHIP_OUT.items()},
    "commercial_agreement_with_technical_assistance": "commercial",
    "manufacturing_agreement": "supplier",
    "subcontracting": "supplier",
    "outsourcing_agreement": "supplier",
}

# the last paragraph of a description that holds what an opportunity has no field for
ROLE_LABEL, MARKET_LABEL, NACE_LABEL = "Partner sought", "Market keywords", "NACE"
LABELS = (ROLE_LABEL, MARKET_LABEL, NACE_LABEL)
NACE_CODE = re.compile(r"^[A-U](\d{2}(\.\d{1,2}){0,2})?$")


def _one_of(allowed: dict[str, str]) -> Any:
    def check(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"unknown value {value!r}; use one of {', '.join(sorted(allowed))}")
        return value

    return check


def _each_one_of(allowed: dict[str, str]) -> Any:
    check = _one_of(allowed)

    def check_all(values: list[str]) -> list[str]:
        return [check(v) for v in values]

    return check_all


def _no_separator(values: list[str]) -> list[str]:
    for value in values:
        if ";" in value:
            raise ValueError(f"a keyword cannot contain ';' ({value!r}): give each as its own item")
    return values


def _nace_codes(values: list[str]) -> list[str]:
    for value in values:
        if not NACE_CODE.match(value):
            raise ValueError(f"{value!r} is not a NACE code such as C27.2 (a section letter and its digits)")
    return values


def _one_line(value: Any) -> Any:
    return " ".join(value.split()) if isinstance(value, str) else value


Vocab = Annotated[str | None, BeforeValidator(_opt)]
Codes = Annotated[list[str], BeforeValidator(_clean_list)]
Keywords = Annotated[KeywordList, AfterValidator(_no_separator)]


class EenProfile(Strict):
    """One partnering profile: one line of the EEN import file and of `matcher export-een`."""

    reference: Annotated[str, BeforeValidator(_opt), Field(min_length=1, max_length=200)]
    profile_type: Annotated[str, AfterValidator(_one_of(PROFILE_TYPES))]
    title: Annotated[str, BeforeValidator(_one_line), Field(min_length=3, max_length=300)]
    summary: Text = ""
    description: Text = ""
    stage_of_development: Annotated[Vocab, AfterValidator(lambda v: v and _one_of(STAGE_IN)(v))] = None
    ipr_status: Annotated[Vocab, AfterValidator(lambda v: v and _one_of(IPR_IN)(v))] = None
    partner_type: Annotated[Codes, AfterValidator(_each_one_of(PARTNER_TYPE_IN))] = []
    partner_size: Annotated[Codes, AfterValidator(_each_one_of(PARTNER_SIZE_IN))] = []
    partnership_type: Annotated[Codes, AfterValidator(_each_one_of(PARTNERSHIP_IN))] = []
    partner_role: Annotated[str, BeforeValidator(lambda v: _one_line(v) or ""), Field(max_length=2000)] = ""
    technology_keywords: Keywords = []
    market_keywords: Keywords = []
    nace_keywords: Annotated[KeywordList, AfterValidator(_nace_codes)] = []
    expiry_date: Annotated[date | None, BeforeValidator(_opt)] = None
    eoi_deadline: Annotated[date | None, BeforeValidator(_opt)] = None
    country: Country = None
    organisation_name: Annotated[str, BeforeValidator(_one_line), Field(min_length=1, max_length=300)]
    organisation_ref: Annotated[str | None, BeforeValidator(_opt), Field(max_length=200)] = None

    def owner_ref(self) -> str:
        """The organisation's ref: the one given, else one made of the country and the name."""
        if self.organisation_ref:
            return self.organisation_ref
        slug = re.sub(r"[^a-z0-9]+", "-", self.organisation_name.casefold()).strip("-") or "organisation"
        return f"een-{(self.country or 'xx').lower()}-{slug}"[:200]


# --- EEN -> Matchwerk ---------------------------------------------------------------------------------------


def compose_description(description: str, role: str, markets: list[str], nace: list[str]) -> str:
    """The description with the partner's role, the market keywords and the NACE codes as its last paragraph."""
    block = [
        f"{label}: {value}"
        for label, value in (
            (ROLE_LABEL, role),
            (MARKET_LABEL, "; ".join(markets)),
            (NACE_LABEL, "; ".join(nace)),
        )
        if value
    ]
    return "\n\n".join(part for part in (description, "\n".join(block)) if part)


def to_opportunity(profile: EenProfile) -> OpportunityCreate:
    direction, kind = PROFILE_TYPES[profile.profile_type]
    return OpportunityCreate.model_validate(
        {
            "ref": profile.reference,
            "direction": direction,
            "type": kind,
            "title": profile.title,
            "summary": profile.summary,
            "description": compose_description(
                profile.description, profile.partner_role, profile.market_keywords, profile.nace_keywords
            ),
            "stage": STAGE_IN.get(profile.stage_of_development or ""),
            "ipr_status": IPR_IN.get(profile.ipr_status or ""),
            "partner_kinds": [PARTNER_TYPE_IN[v] for v in profile.partner_type],
            "partner_sizes": [PARTNER_SIZE_IN[v] for v in profile.partner_size],
            "partnership_types": list(dict.fromkeys(PARTNERSHIP_IN[v] for v in profile.partnership_type)),
            "keywords": profile.technology_keywords,
            "deadline": profile.eoi_deadline,
            "expires_at": profile.expiry_date,
            "status": OpportunityStatus.published,
        }
    )


def parse_profiles(text: str) -> tuple[list[tuple[int, EenProfile]], list[RowError]]:
    """Every line of an EEN file validated: (line, profile) of the good ones and each problem of the bad ones
    with its line and field; a reference that appears twice is a problem of its second line."""
    profiles: list[tuple[int, EenProfile]] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for number, record in iter_records(text, "jsonl"):
        if isinstance(record, RowError):
            errors.append(record)
            continue
        reference = record.get("reference") if isinstance(record.get("reference"), str) else None
        try:
            profile = EenProfile.model_validate(record)
        except ValidationError as exc:
            for err in exc.errors():
                where = ".".join(str(part) for part in err["loc"]) or "(line)"
                errors.append(RowError(number, where, err["msg"], reference))
            continue
        if profile.reference in seen:
            message = f"{profile.reference!r} appears twice (also on line {seen[profile.reference]})"
            errors.append(RowError(number, "reference", message, profile.reference))
            continue
        seen[profile.reference] = number
        profiles.append((number, profile))
    return profiles, errors


# --- Matchwerk -> EEN ---------------------------------------------------------------------------------------


def split_description(text: str) -> tuple[str, dict[str, str]]:
    """The description without its last paragraph when that paragraph holds only `Label: value` lines of the
    EEN fields, and those values by label."""
    head, _, last = text.rpartition("\n\n")
    found: dict[str, str] = {}
    for line in last.splitlines():
        label, sep, value = line.partition(": ")
        if not sep or label not in LABELS or label in found:
            return text, {}
        found[label] = value.strip()
    return (head, found) if found else (text, {})


def profile_type_of(direction: str, kind: str) -> str:
    if kind == "research_cooperation" and direction == Direction.request:
        return "rd_request"
    family = "technology" if kind in TECHNOLOGY_LIKE else "business"
    return f"{family}_{direction}"


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


def from_opportunity(opp: Opportunity, org: Organisation) -> dict[str, Any]:
    """An opportunity as an EEN profile (one line of the export, in the order of `EenProfile`'s fields); one
    without a ref is named by its id (`matchwerk-opp-<id>`)."""
    description, extra = split_description(opp.description or "")
    profile = EenProfilePublic.model_validate(
        {
            "reference": opp.ref or f"matchwerk-opp-{opp.id}",
            "profile_type": profile_type_of(opp.direction, opp.type),
            "title": opp.title,
            "summary": opp.summary,
            "description": description,
            "stage_of_development": STAGE_OUT.get(opp.stage or ""),
            "ipr_status": IPR_OUT.get(opp.ipr_status or ""),
            "partner_type": [PARTNER_TYPE_OUT[v] for v in opp.partner_kinds if v in PARTNER_TYPE_OUT],
            "partner_size": [PARTNER_SIZE_OUT[v] for v in opp.partner_sizes if v in PARTNER_SIZE_OUT],
            "partnership_type": [PARTNERSHIP_OUT[v] for v in opp.partnership_types if v in PARTNERSHIP_OUT],
            "partner_role": extra.get(ROLE_LABEL, ""),
            "technology_keywords": opp.keywords,
            "market_keywords": _items(extra.get(MARKET_LABEL, "")),
            "nace_keywords": _items(extra.get(NACE_LABEL, "")),
            "expiry_date": opp.expires_at,
            "eoi_deadline": opp.deadline,
            "country": org.country,
            "organisation_name": org.name,
            "organisation_ref": org.ref,
        }
    )
    return profile.model_dump(mode="json")


# --- the API's bodies ---------------------------------------------------------------------------------------


class EenImport(Strict):
    """An EEN file's text (one profile a line), in a JSON body."""

    jsonl: Annotated[str, Field(min_length=1, max_length=5_000_000)]


class EenImportPublic(BaseModel):
    profiles: int
    created: int
    updated: int
    unchanged: int
    organisations_created: int


class EenProfilePublic(BaseModel):
    """One exported profile: the fields of `EenProfile`, as stored."""

    reference: str
    profile_type: str
    title: str
    summary: str
    description: str
    stage_of_development: str | None
    ipr_status: str | None
    partner_type: list[str]
    partner_size: list[str]
    partnership_type: list[str]
    partner_role: str
    technology_keywords: list[str]
    market_keywords: list[str]
    nace_keywords: list[str]
    expiry_date: date | None
    eoi_deadline: date | None
    country: str | None
    organisation_name: str
    organisation_ref: str | None


class EenProfilesPublic(BaseModel):
    data: list[EenProfilePublic]
    count: int
