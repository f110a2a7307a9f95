"""Reports for funders: introductions by status over time, the conversion from sent to cooperation, the top
sectors and kind pairs; as numbers, as CSV and as SVG charts drawn here (no chart library)."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from markupsafe import Markup, escape
from sqlalchemy.orm import Session

from matcher.profiles.repository import OrganisationRepository
from matcher.workspace.models import Introduction
from matcher.workspace.repository import IntroductionRepository
from matcher.workspace.schemas import Status

FUNNEL = ("sent", "accepted", "met", "cooperation")
STATUS_COLOURS = {
    "suggested": "#9aa5b5",
    "approved": "#6f8fb8",
    "sent": "#0b5cad",
    "accepted": "#17794a",
    "met": "#3c9d6b",
    "cooperation": "#0d4f2f",
    "declined": "#b3261e",
    "expired": "#a4510b",
}
CSV_COLUMNS = [
    "id",
    "created_at",
    "status",
    "organisation_a",
    "kind_a",
    "organisation_b",
    "kind_b",
    "sectors",
    "outcome_a",
    "outcome_b",
    "sent_at",
    "accepted_at",
    "met_at",
    "cooperation_at",
]


@dataclass
class Report:
    total: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    by_month: dict[str, dict[str, int]] = field(default_factory=dict)
    """Month (YYYY-MM) -> status -> introductions that reached that status in that month."""
    funnel: dict[str, int] = field(default_factory=dict)
    """How many introductions ever reached sent, accepted, met and cooperation."""
    conversion: float | None = None
    """Cooperations per sent introduction."""
    top_sectors: list[tuple[str, int]] = field(default_factory=list)
    kind_pairs: list[tuple[str, int]] = field(default_factory=list)


def reached(intro: Introduction) -> dict[str, datetime]:
    """When the introduction first reached each status."""
    first: dict[str, datetime] = {}
    for event in intro.events:
        if event.to_status and event.to_status not in first:
            first[event.to_status] = event.at
    return first


class ReportService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.orgs = OrganisationRepository(session)

    def build(self) -> Report:
        intros = IntroductionRepository(self.session).all()
        report = Report(total=len(intros))
        report.by_status = {s.value: sum(1 for i in intros if i.status == s.value) for s in Status}
        months: dict[str, Counter[str]] = {}
        funnel: Counter[str] = Counter()
        sectors: Counter[str] = Counter()
        pairs: Counter[str] = Counter()
        for intro in intros:
            for status, at in reached(intro).items():
                months.setdefault(at.strftime("%Y-%m"), Counter())[status] += 1
                if status in FUNNEL:
                    funnel[status] += 1
            a, b = self.orgs.get(intro.organisation_a_id), self.orgs.get(intro.organisation_b_id)
            if a is None or b is None:
                continue
            sectors.update(set(a.sectors) | set(b.sectors))
            pairs[" – ".join(sorted((a.kind or "?", b.kind or "?")))] += 1
        report.by_month = {m: dict(months[m]) for m in sorted(months)}
        report.funnel = {s: funnel[s] for s in FUNNEL}
        report.conversion = round(funnel["cooperation"] / funnel["sent"], 4) if funnel["sent"] else None
        report.top_sectors = sorted(sectors.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
        report.kind_pairs = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
        return report

    def introductions_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for intro in IntroductionRepository(self.session).all():
            a, b = self.orgs.get(intro.organisation_a_id), self.orgs.get(intro.organisation_b_id)
            when = reached(intro)
            writer.writerow(
                [
                    intro.id,
                    intro.created_at.isoformat(timespec="seconds"),
                    intro.status,
                    a.name if a else "",
                    (a.kind or "") if a else "",
                    b.name if b else "",
                    (b.kind or "") if b else "",
                    ";".join(sorted(set(a.sectors if a else []) | set(b.sectors if b else []))),
                    intro.outcome_a or "",
                    intro.outcome_b or "",
                    *(when[s].isoformat(timespec="seconds") if s in when else "" for s in FUNNEL),
                ]
            )
        return out.getvalue()

    def summary_csv(self, report: Report) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["section", "key", "value"])
        for status, count in report.by_status.items():
            writer.writerow(["status", status, count])
        for month, counts in report.by_month.items():
            for status, count in counts.items():
                writer.writerow([f"reached in {month}", status, count])
        for step, count in report.funnel.items():
            writer.writerow(["funnel", step, count])
        writer.writerow(
            ["conversion", "sent to cooperation", "" if report.conversion is None else report.conversion]
        )
        for sector, count in report.top_sectors:
            writer.writerow(["sector", sector, count])
        for pair, count in report.kind_pairs:
            writer.writerow(["kind pair", pair, count])
        return out.getvalue()


# --- SVG ----------------------------------------------------------------------------------------------------


def bar_chart(title: str, items: list[tuple[str, int]], colour: str = "#0b5cad", width: int = 560) -> Markup:
    """Horizontal bars with their labels and values; every text escaped."""
    row, label_w, pad = 26, 200, 8
    height = pad * 2 + row * max(1, len(items)) + 24
    top = max((v for _, v in items), default=0) or 1
    span = width - label_w - 60
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<text x="{pad}" y="18" font-size="14" font-weight="700">{escape(title)}</text>',
    ]
    if not items:
        parts.append(f'<text x="{pad}" y="46" font-size="13" fill="#5b6575">–</text>')
    for n, (label, value) in enumerate(items):
        y = 24 + pad + n * row
        w = round(span * value / top, 1)
        parts += [
            f'<text x="{label_w - 6}" y="{y + 16}" font-size="12" text-anchor="end">{escape(label)}</text>',
            f'<rect class="chart-bar" x="{label_w}" y="{y + 4}" width="{w}" height="{row - 8}" fill="{colour}" '
            f'data-label="{escape(label)}" data-value="{value}"/>',
            f'<text x="{label_w + w + 6}" y="{y + 16}" font-size="12">{value}</text>',
        ]
    parts.append("</svg>")
    return Markup("".join(parts))


def months_chart(title: str, by_month: dict[str, dict[str, int]], width: int = 640) -> Markup:
    """One column of stacked bars per month: how many introductions reached each status in it."""
    height, pad, legend_h, axis_h = 300, 30, 40, 24
    months = list(by_month) or []
    plot_h = height - pad - legend_h - axis_h
    top = max((sum(c.values()) for c in by_month.values()), default=0) or 1
    col = (width - 2 * pad) / max(1, len(months))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<text x="8" y="18" font-size="14" font-weight="700">{escape(title)}</text>',
    ]
    for n, month in enumerate(months):
        x = pad + n * col + col * 0.15
        y: float = pad + plot_h
        for status in STATUS_COLOURS:
            count = by_month[month].get(status, 0)
            if not count:
                continue
            h = round(plot_h * count / top, 1)
            y -= h
            parts.append(
                f'<rect class="chart-bar" x="{x:.1f}" y="{y:.1f}" width="{col * 0.7:.1f}" height="{h}" '
                f'fill="{STATUS_COLOURS[status]}" data-month="{month}" data-status="{status}" data-value="{count}">'
                f"<title>{month}: {count} {status}</title></rect>"
            )
        parts.append(
            f'<text x="{pad + n * col + col / 2:.1f}" y="{pad + plot_h + 16}" font-size="11" '
            f'text-anchor="middle">{month}</text>'
        )
    for n, (status, colour) in enumerate(STATUS_COLOURS.items()):
        lx, ly = 8 + (n % 4) * 150, height - legend_h + 4 + (n // 4) * 16
        parts += [
            f'<rect x="{lx}" y="{ly}" width="10" height="10" fill="{colour}"/>',
            f'<text x="{lx + 14}" y="{ly + 9}" font-size="11">{status}</text>',
        ]
    parts.append("</svg>")
    return Markup("".join(parts))
