"""Pydantic schemas of the profile domain, named by role (Create / Update / Public / Record)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, TypeAlias

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from matcher.kit.schemas import Strict
from matcher.profiles.vocab import (
    MAX_KEYWORDS,
    Direction,
    IprStatus,
    Kind,
    OpportunityStatus,
    OpportunityType,
    PartnershipType,
    SizeBand,
    Stage,
    Visibility,
    sectors,
)


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _clean_list(value: Any) -> Any:
    """Accept a list or a `;`-separated string; strip items, drop blanks and repeats, keep the order."""
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(";")
    if isinstance(value, list | tuple):
        seen: dict[str, None] = {}
        for item in value:
            if isinstance(item, str):
                item = item.strip()
                if item and item.casefold() not in {s.casefold() for s in seen}:
                    seen[item] = None
            else:
                return value  # let pydantic name the bad item
        return list(seen)
    return value


def _check_sectors(value: list[str]) -> list[str]:
    known = sectors()
    unknown = [code for code in value if code not in known]
    if unknown:
        raise ValueError(f"unknown sector {', '.join(unknown)}; use codes from profiles/sectors.csv")
    return value


def _check_keyword_count(value: list[str]) -> list[str]:
    if len(value) > MAX_KEYWORDS:
        raise ValueError(f"at most {MAX_KEYWORDS} keywords, got {len(value)}: keep the few that discriminate")
    return value


def _check_website(value: str | None) -> str | None:
    if value is not None and not value.startswith(("http://", "https://")):
        raise ValueError("must start with http:// or https://")
    return value


def _check_country(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.upper()
    if len(value) != 2 or not value.isalpha():
        raise ValueError("must be a two-letter ISO 3166 country code such as DE")
    return value


# Ids are the database's integer keys: INTEGER on PostgreSQL, so nothing above 2**31 - 1 can name a row.
MAX_ID = 2**31 - 1
Id: TypeAlias = Annotated[int, Field(ge=1, le=MAX_ID)]

OptStr = Annotated[str | None, BeforeValidator(_blank_to_none)]
Text = Annotated[
    str, BeforeValidator(lambda v: v.strip() if isinstance(v, str) else ("" if v is None else v))
]
StrList = Annotated[list[str], BeforeValidator(_clean_list)]
KeywordList = Annotated[list[str], BeforeValidator(_clean_list), AfterValidator(_check_keyword_count)]
SectorList = Annotated[list[str], BeforeValidator(_clean_list), AfterValidator(_check_sectors)]
Website = Annotated[
    Annotated[str, Field(max_length=500)] | None,
    BeforeValidator(_blank_to_none),
    AfterValidator(_check_website),
]
Country = Annotated[str | None, BeforeValidator(_blank_to_none), AfterValidator(_check_country)]
Ref = Annotated[
    str,
    BeforeValidator(lambda v: v.strip() if isinstance(v, str) else v),
    Field(min_length=1, max_length=200),
]
Name = Annotated[
    str,
    BeforeValidator(lambda v: v.strip() if isinstance(v, str) else v),
    Field(min_length=1, max_length=300),
]


def _opt(value: Any) -> Any:
    return _blank_to_none(value)


# Optional bounded fields: blank strings (CSV cells) count as missing; the bounds apply to the value only.
Email: TypeAlias = Annotated[
    Annotated[str, Field(max_length=320, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")] | None,
    BeforeValidator(_blank_to_none),
]
Phone: TypeAlias = Annotated[Annotated[str, Field(max_length=60)] | None, BeforeValidator(_blank_to_none)]
Place: TypeAlias = Annotated[Annotated[str, Field(max_length=120)] | None, BeforeValidator(_blank_to_none)]
Postcode: TypeAlias = Annotated[Annotated[str, Field(max_length=20)] | None, BeforeValidator(_blank_to_none)]
Group: TypeAlias = Annotated[Annotated[str, Field(max_length=200)] | None, BeforeValidator(_blank_to_none)]
Source: TypeAlias = Annotated[Annotated[str, Field(max_length=60)] | None, BeforeValidator(_blank_to_none)]
OptRef: TypeAlias = Annotated[Annotated[str, Field(max_length=200)] | None, BeforeValidator(_blank_to_none)]
Trl: TypeAlias = Annotated[Annotated[int, Field(ge=1, le=9)] | None, BeforeValidator(_opt)]
FoundingYear: TypeAlias = Annotated[Annotated[int, Field(ge=1000, le=2100)] | None, BeforeValidator(_opt)]
Latitude: TypeAlias = Annotated[Annotated[float, Field(ge=-90, le=90)] | None, BeforeValidator(_opt)]
Longitude: TypeAlias = Annotated[Annotated[float, Field(ge=-180, le=180)] | None, BeforeValidator(_opt)]
Year: TypeAlias = Annotated[Annotated[int, Field(ge=1900, le=2100)] | None, BeforeValidator(_opt)]


# --- contacts ------------------------------------------------------------------------------------------


class Contact(Strict):
    name: Annotated[str, BeforeValidator(_strip), Field(min_length=1, max_length=200)]
    role: Annotated[Annotated[str, Field(max_length=200)] | None, BeforeValidator(_blank_to_none)] = None
    email: Email = None
    phone: Phone = None


# --- opportunities --------------------------------------------------------------------------------------


class OpportunityFields(Strict):
    """Fields shared by creating and reading an opportunity."""

    summary: Text = ""
    description: Text = ""
    stage: Annotated[Stage | None, BeforeValidator(_opt)] = None
    trl: Trl = None
    ipr_status: Annotated[IprStatus | None, BeforeValidator(_opt)] = None
    partner_kinds: Annotated[list[Kind], BeforeValidator(_clean_list)] = []
    partner_sizes: Annotated[list[SizeBand], BeforeValidator(_clean_list)] = []
    partnership_types: Annotated[list[PartnershipType], BeforeValidator(_clean_list)] = []
    regions: StrList = []
    keywords: KeywordList = []
    deadline: Annotated[date | None, BeforeValidator(_opt)] = None
    expires_at: Annotated[date | None, BeforeValidator(_opt)] = None
    status: OpportunityStatus = OpportunityStatus.published


class OpportunityCreate(OpportunityFields):
    ref: OptRef = None
    direction: Direction
    type: OpportunityType
    title: Annotated[
        str,
        BeforeValidator(lambda v: v.strip() if isinstance(v, str) else v),
        Field(min_length=3, max_length=300),
    ]


class OpportunityUpdate(Strict):
    """A partial update: only the fields sent are changed."""

    ref: OptRef = None
    direction: Direction | None = None
    type: OpportunityType | None = None
    title: Annotated[Annotated[str, Field(min_length=3, max_length=300)] | None, BeforeValidator(_strip)] = (
        None
    )
    summary: str | None = None
    description: str | None = None
    stage: Annotated[Stage | None, BeforeValidator(_opt)] = None
    trl: Trl = None
    ipr_status: Annotated[IprStatus | None, BeforeValidator(_opt)] = None
    partner_kinds: Annotated[
        list[Kind] | None, BeforeValidator(lambda v: None if v is None else _clean_list(v))
    ] = None
    partner_sizes: Annotated[
        list[SizeBand] | None, BeforeValidator(lambda v: None if v is None else _clean_list(v))
    ] = None
    partnership_types: Annotated[
        list[PartnershipType] | None, BeforeValidator(lambda v: None if v is None else _clean_list(v))
    ] = None
    regions: Annotated[list[str] | None, BeforeValidator(lambda v: None if v is None else _clean_list(v))] = (
        None
    )
    keywords: Annotated[
        list[str] | None,
        BeforeValidator(lambda v: None if v is None else _clean_list(v)),
        AfterValidator(lambda v: None if v is None else _check_keyword_count(v)),
    ] = None
    deadline: Annotated[date | None, BeforeValidator(_opt)] = None
    expires_at: Annotated[date | None, BeforeValidator(_opt)] = None
    status: OpportunityStatus | None = None


class OpportunityPublic(OpportunityCreate):
    model_config = ConfigDict(from_attributes=True, extra="ignore")

    id: int
    organisation_id: int
    created_at: datetime
    updated_at: datetime


class OpportunitiesPublic(BaseModel):
    data: list[OpportunityPublic]
    count: int


# --- organisations -----------------------------------------------------------------------------------


class OrganisationFields(Strict):
    """Fields an organisation's profile has, apart from its identity."""

    kind: Annotated[Kind | None, BeforeValidator(_opt)] = None
    size_band: Annotated[SizeBand | None, BeforeValidator(_opt)] = None
    founding_year: FoundingYear = None
    city: Place = None
    postcode: Postcode = None
    country: Country = None
    latitude: Latitude = None
    longitude: Longitude = None
    region: Place = None
    group: Group = None
    website: Website = None
    languages: StrList = []
    description: Text = ""
    competences: StrList = []
    sectors: SectorList = []
    technology_keywords: KeywordList = []
    market_keywords: KeywordList = []
    visibility: Annotated[Visibility, BeforeValidator(lambda v: v or Visibility.public)] = Visibility.public
    source: Source = None

    @model_validator(mode="after")
    def _coordinates_come_in_pairs(self) -> OrganisationFields:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("latitude and longitude must be given together")
        return self


class OrganisationCreate(OrganisationFields):
    """A new organisation, also one line of the JSONL import format."""

    ref: Ref
    name: Name
    contacts: list[Contact] = []
    opportunities: list[OpportunityCreate] = []

    @field_validator("opportunities")
    @classmethod
    def _opportunity_refs_unique(cls, value: list[OpportunityCreate]) -> list[OpportunityCreate]:
        refs = [o.ref for o in value if o.ref]
        if len(refs) != len(set(refs)):
            raise ValueError("opportunity refs must be unique")
        return value


class OrganisationUpdate(Strict):
    """A partial update: only the fields sent are changed; `null` clears an optional field."""

    ref: Ref | None = None
    name: Name | None = None
    kind: Annotated[Kind | None, BeforeValidator(_opt)] = None
    size_band: Annotated[SizeBand | None, BeforeValidator(_opt)] = None
    founding_year: FoundingYear = None
    city: Place = None
    postcode: Postcode = None
    country: Country = None
    latitude: Latitude = None
    longitude: Longitude = None
    region: Place = None
    group: Group = None
    website: Website = None
    languages: Annotated[
        list[str] | None, BeforeValidator(lambda v: None if v is None else _clean_list(v))
    ] = None
    description: str | None = None
    competences: Annotated[
        list[str] | None, BeforeValidator(lambda v: None if v is None else _clean_list(v))
    ] = None
    sectors: Annotated[
        list[str] | None,
        BeforeValidator(lambda v: None if v is None else _clean_list(v)),
        AfterValidator(lambda v: None if v is None else _check_sectors(v)),
    ] = None
    technology_keywords: Annotated[
        list[str] | None,
        BeforeValidator(lambda v: None if v is None else _clean_list(v)),
        AfterValidator(lambda v: None if v is None else _check_keyword_count(v)),
    ] = None
    market_keywords: Annotated[
        list[str] | None,
        BeforeValidator(lambda v: None if v is None else _clean_list(v)),
        AfterValidator(lambda v: None if v is None else _check_keyword_count(v)),
    ] = None
    visibility: Visibility | None = None
    source: Source = None
    contacts: list[Contact] | None = None


class OrganisationPublic(OrganisationFields):
    """What anyone may see of an organisation: never its contacts; anonymous profiles without name or website."""

    model_config = ConfigDict(from_attributes=True, extra="ignore")

    id: int
    ref: str
    name: str
    anonymous: bool = False
    opportunities: list[OpportunityPublic] = []
    created_at: datetime
    updated_at: datetime


class OrganisationsPublic(BaseModel):
    data: list[OrganisationPublic]
    count: int


class CooperationRecord(Strict):
    """One row of the cooperations CSV: `a_ref,b_ref,year,source`."""

    a_ref: Ref
    b_ref: Ref
    year: Year = None
    source: Annotated[
        str,
        BeforeValidator(lambda v: (v or "").strip() if isinstance(v, str | None) else v),
        Field(max_length=120),
    ] = ""

    @model_validator(mode="after")
    def _two_different(self) -> CooperationRecord:
        if self.a_ref == self.b_ref:
            raise ValueError("an organisation cannot cooperate with itself")
        return self
