"""Reports for funders (managers and admins): the numbers as JSON, and CSV exports."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response

from matcher.reports.schemas import CountPublic, ReportPublic
from matcher.reports.service import Report, ReportService
from matcher.web.api.responses import errors
from matcher.web.deps import SessionDep
from matcher.web.guards import StaffUser

router = APIRouter(prefix="/reports", tags=["reports"], responses=errors(401, 403))
CSV = "text/csv; charset=utf-8"
# Documented as CSV; with `response_class=Response` the error answers stay documented as JSON.
CSV_ANSWER: dict[int | str, dict[str, Any]] = {
    200: {"description": "A CSV file.", "content": {"text/csv": {"schema": {"type": "string"}}}}
}


def report_public(report: Report) -> ReportPublic:
    return ReportPublic(
        total=report.total,
        by_status=report.by_status,
        by_month=report.by_month,
        funnel=report.funnel,
        conversion=report.conversion,
        top_sectors=[CountPublic(key=k, count=v) for k, v in report.top_sectors],
        kind_pairs=[CountPublic(key=k, count=v) for k, v in report.kind_pairs],
        programmes=report.programmes,
    )


@router.get("/summary", response_model=ReportPublic)
def summary(user: StaffUser, session: SessionDep) -> ReportPublic:
    return report_public(ReportService(session).build())


@router.get("/summary.csv", response_class=Response, responses=CSV_ANSWER)
def summary_csv(user: StaffUser, session: SessionDep) -> Response:
    service = ReportService(session)
    return Response(service.summary_csv(service.build()), media_type=CSV)


@router.get("/introductions.csv", response_class=Response, responses=CSV_ANSWER)
def introductions_csv(user: StaffUser, session: SessionDep) -> Response:
    """One row per introduction, with when it reached sent, accepted, met and cooperation."""
    return Response(
        ReportService(session).introductions_csv(),
        media_type=CSV,
        headers={"content-disposition": 'attachment; filename="introductions.csv"'},
    )
