"""Reports for funders: introductions by status over time, the conversion from sent to cooperation, the top
sectors and kind pairs, and the talent programmes' rounds with their feedback (`matcher.talent.feedback`); as
numbers, as CSV and as SVG charts drawn here (no chart library)."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from matcher.introductions.models import Introduction
from matcher.introductions.repository import IntroductionRepository
from matcher.introductions.schemas import Status
from matcher.profiles.repository import OrganisationRepository
from matcher.talent.feedback import FeedbackService, RoundSummary

FUNNEL = ("sent", "accepted", "met", "cooperation")


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
    programmes: list[RoundSummary] = field(default_factory=list)
    """The talent programmes past their draft, newest first: who was placed and how the round was rated."""


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
        report.programmes = FeedbackService(self.session).rounds()
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
        for line in report.programmes:
            for key, value in line.model_dump(exclude={"programme_id", "name"}).items():
                writer.writerow([f"talent programme {line.name}", key, "" if value is None else value])
        return out.getvalue()
