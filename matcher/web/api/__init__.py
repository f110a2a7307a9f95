"""The REST API under /api/v1: routers translate HTTP to service calls and nothing else."""

from fastapi import APIRouter

from matcher.web.api import matching, opportunities, organisations, system

router = APIRouter(prefix="/api/v1")
router.include_router(organisations.router)
router.include_router(opportunities.router)
router.include_router(matching.router)
router.include_router(system.router)
