"""Controlled vocabularies of the profile domain (the values the import format and the API accept)."""

from __future__ import annotations

import csv
from enum import StrEnum
from functools import cache
from pathlib import Path

PROFILES_DIR = Path(__file__).resolve().parent.parent.parent / "profiles"


class Kind(StrEnum):
    company = "company"
    startup = "startup"
    university = "university"
    research_institute = "research_institute"
    creative = "creative"
    public_body = "public_body"
    intermediary = "intermediary"
    innovation_centre = "innovation_centre"  # incubators, co-working spaces, labs and test beds


class SizeBand(StrEnum):
    micro = "micro"  # fewer than 10 people
    small = "small"  # 10-49
    medium = "medium"  # 50-249
    large = "large"  # 250 and more


class Visibility(StrEnum):
    public = "public"
    anonymous = "anonymous"  # shown without name, website and contacts
    hidden = "hidden"  # never listed, searched or suggested


class Direction(StrEnum):
    offer = "offer"
    request = "request"


class OpportunityType(StrEnum):
    technology = "technology"
    research_cooperation = "research_cooperation"
    pilot = "pilot"
    business = "business"
    investment = "investment"
    cross_innovation = "cross_innovation"
    talent = "talent"
    facility = "facility"


class Stage(StrEnum):
    idea = "idea"
    concept = "concept"
    prototype = "prototype"
    pilot = "pilot"
    market = "market"


class IprStatus(StrEnum):
    none = "none"
    applied = "applied"
    granted = "granted"
    secret = "secret"
    other = "other"


class PartnershipType(StrEnum):
    license = "license"
    research_cooperation = "research_cooperation"
    technical_cooperation = "technical_cooperation"
    commercial = "commercial"
    joint_venture = "joint_venture"
    financial = "financial"
    supplier = "supplier"
    services = "services"
    pilot_project = "pilot_project"
    student_project = "student_project"


class OpportunityStatus(StrEnum):
    draft = "draft"
    published = "published"
    paused = "paused"
    expired = "expired"
    archived = "archived"


MAX_KEYWORDS = 5  # per list, as the Enterprise Europe Network caps them


@cache
def sectors() -> dict[str, tuple[str, str]]:
    """The controlled sector list: code -> (English label, German label)."""
    with (PROFILES_DIR / "sectors.csv").open(encoding="utf-8") as fh:
        return {row["code"]: (row["label_en"], row["label_de"]) for row in csv.DictReader(fh)}
