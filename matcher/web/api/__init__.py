"""The REST API under /api/v1: routers translate HTTP to service calls and nothing else."""

from fastapi import APIRouter

from matcher.web.api import (
    alerts,
    audit,
    challenges,
    events,
    introductions,
    matching,
    network,
    opportunities,
    organisations,
    queue,
    reports,
    system,
    talent,
    talent_feedback,
    talent_privacy,
    users,
)
from matcher.web.api.responses import errors

router = APIRouter(prefix="/api/v1", responses=errors(413, 422))
router.include_router(organisations.router)
router.include_router(opportunities.router)
router.include_router(matching.router)
router.include_router(system.router)
router.include_router(users.router)
router.include_router(introductions.router)
router.include_router(reports.router)
router.include_router(queue.router)
router.include_router(alerts.router)
router.include_router(audit.router)
router.include_router(challenges.router)
router.include_router(events.router)
router.include_router(talent.router)
router.include_router(talent_privacy.router)
router.include_router(talent_feedback.router)
router.include_router(network.router)
