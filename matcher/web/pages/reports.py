"""Reports for funders as a page with charts and as CSV downloads."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from matcher.auth.policies import require_staff
from matcher.reports.charts import bar_chart, months_chart
from matcher.reports.service import ReportService
from matcher.web import i18n
from matcher.web.deps import (
    PageUserDep,
    SessionDep,
)
from matcher.web.i18n import sector_label
from matcher.web.pages.common import (
    render,
    router,
)


@router.get("/reports", response_class=HTMLResponse)
def reports_page(request: Request, session: SessionDep, user: PageUserDep) -> Response:
    require_staff(user)
    report = ReportService(session).build()
    lang = i18n.choose_language(request)
    _ = i18n.gettext_for(lang)
    funnel = [(i18n.label(lang, "intro_status", step), count) for step, count in report.funnel.items()]
    return render(
        request,
        "reports.html",
        report=report,
        months_svg=months_chart(_("Introductions by status over time"), report.by_month),
        funnel_svg=bar_chart(_("From sent to cooperation"), funnel, colour="#17794a"),
        sectors_svg=bar_chart(_("Top sectors"), [(sector_label(lang, s), n) for s, n in report.top_sectors]),
        pairs_svg=bar_chart(
            _("Kinds introduced to each other"),
            [
                (" – ".join(i18n.label(lang, "kind", k) for k in pair.split(" – ")), n)
                for pair, n in report.kind_pairs
            ],
            colour="#a4510b",
        ),
        programmes_svg=bar_chart(
            _("Placed in talent programmes"),
            [(line.name, line.placed) for line in report.programmes],
            colour="#5b3f9e",
        ),
    )


@router.get("/reports/introductions.csv")
def reports_introductions_csv(session: SessionDep, user: PageUserDep) -> Response:
    require_staff(user)
    return Response(
        ReportService(session).introductions_csv(),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="introductions.csv"'},
    )


@router.get("/reports/summary.csv")
def reports_summary_csv(session: SessionDep, user: PageUserDep) -> Response:
    require_staff(user)
    service = ReportService(session)
    return Response(service.summary_csv(service.build()), media_type="text/csv; charset=utf-8")
