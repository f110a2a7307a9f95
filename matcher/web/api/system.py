"""Reference data (cities, sectors, kinds) and the index: its status and a rebuild with progress."""

from __future__ import annotations

from fastapi import APIRouter, status
from pydantic import BaseModel

from matcher.indexing.schemas import IndexStatus, JobStatus
from matcher.places.gazetteer import cities
from matcher.profiles.vocab import Kind, sectors
from matcher.web.api.responses import errors
from matcher.web.deps import IndexerDep
from matcher.web.guards import AdminUser

router = APIRouter(tags=["system"])


class CityPublic(BaseModel):
    name: str
    postcode: str
    latitude: float
    longitude: float
    region: str


class SectorPublic(BaseModel):
    code: str
    label_en: str
    label_de: str


@router.get("/cities", response_model=list[CityPublic])
def list_cities() -> list[CityPublic]:
    return [CityPublic(**c.__dict__) for c in sorted(cities().values(), key=lambda c: c.name)]


@router.get("/sectors", response_model=list[SectorPublic])
def list_sectors() -> list[SectorPublic]:
    return [SectorPublic(code=code, label_en=en, label_de=de) for code, (en, de) in sectors().items()]


@router.get("/kinds", response_model=list[str])
def list_kinds() -> list[str]:
    return [k.value for k in Kind]


@router.get("/index", response_model=IndexStatus)
def index_status(matching: IndexerDep) -> IndexStatus:
    return matching.status()


@router.post(
    "/index/rebuild",
    response_model=JobStatus,
    status_code=status.HTTP_202_ACCEPTED,
    responses=errors(401, 403),
)
def rebuild_index(matching: IndexerDep, user: AdminUser) -> JobStatus:
    """Start rebuilding the indexes from the database; follow the progress at GET /api/v1/index. Admins."""
    return matching.rebuild_in_background()
