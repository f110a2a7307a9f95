"""The end of a talent round: feedback and the round's report. A participant rates the project the published
allocation put them in, a host's member rates the team, 1 to 5 with a comment, while the programme runs or
after it is done; giving it again changes it. The report, for who runs the programme, counts who was placed and
with which choice, the cancelled projects, and the feedback per project and role; `rounds` gives the same
numbers of every programme past its draft, a line each, for the reports of the agency (`matcher/reports`)."""

from __future__ import annotations

import builtins
from collections import defaultdict
from typing import Annotated

from pydantic import BaseModel, Field
from sqlalchemy import select

from matcher.auth.models import User
from matcher.auth.policies import Forbidden, is_host, require_user, run_programme
from matcher.errors import NotFound
from matcher.kit.schemas import Strict
from matcher.talent.base import TalentBase
from matcher.talent.models import Feedback, Programme, TalentProject

PUBLISHED = ("running", "done")


class FeedbackCreate(Strict):
    rating: Annotated[int, Field(ge=1, le=5)]
    """1 (poor) to 5 (excellent)."""
    comment: Annotated[str, Field(max_length=2000)] = ""


class FeedbackPublic(BaseModel):
    project_id: int
    role: str
    """`participant` (on their project) or `host` (on the team)."""
    rating: int
    comment: str


class ProjectFeedback(BaseModel):
    project_id: int
    title: str
    team: int
    participants: float | None
    """The participants' mean rating; null without any."""
    hosts: float | None
    ratings: int
    comments: list[str]


class RoundReport(BaseModel):
    programme_id: int
    participants: int
    placed: int
    unassigned: int
    profile: list[int]
    """How many got their 1st, 2nd, ... choice in the published allocation."""
    cancelled: int
    participants_rating: float | None
    hosts_rating: float | None
    projects: list[ProjectFeedback]


class RoundSummary(BaseModel):
    """A programme's round in one line, for the agency's reports."""

    programme_id: int
    name: str
    status: str
    participants: int
    placed: int
    unassigned: int
    cancelled: int
    participants_rating: float | None
    hosts_rating: float | None
    ratings: int
    """How many ratings were given, by participants and hosts together."""


def _mean(values: builtins.list[int]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


class FeedbackService(TalentBase):
    def _project(self, programme: Programme, project_id: int) -> TalentProject:
        project = self.projects.get(project_id)
        if project is None or project.programme_id != programme.id:
            raise NotFound(f"project {project_id} is not in programme {programme.id}")
        return project

    def give(
        self, programme: Programme, project_id: int, viewer: User | None, data: FeedbackCreate
    ) -> FeedbackPublic:
        """The viewer's feedback on a project: as its placed participant, or as a member of its host."""
        user = require_user(viewer)
        project = self._project(programme, project_id)
        me = self.me(programme, user)
        placement = self.placement(programme, me) if me is not None else None
        if me is not None and placement is not None and placement.project_id == project.id:
            role, key, participant_id = "participant", f"participant:{me.id}", me.id
        elif is_host(user, project):
            role, key, participant_id = "host", f"host:{user.id}", None
        else:
            raise Forbidden("the project's team and its host give feedback on it")
        self.require_status(programme, PUBLISHED, "giving feedback")
        row = self.session.scalars(
            select(Feedback).where(Feedback.project_id == project.id, Feedback.author_key == key)
        ).first()
        if row is None:
            row = Feedback(programme_id=programme.id, project_id=project.id, author_key=key, role=role)
            self.session.add(row)
        row.participant_id, row.author_id = participant_id, user.id
        row.rating, row.comment = data.rating, data.comment.strip()
        self.session.flush()
        return FeedbackPublic(project_id=project.id, role=role, rating=row.rating, comment=row.comment)

    def mine(self, programme: Programme, project_id: int, viewer: User | None) -> FeedbackPublic | None:
        user = require_user(viewer)
        me = self.me(programme, user)
        keys = [f"host:{user.id}"] + ([f"participant:{me.id}"] if me is not None else [])
        row = self.session.scalars(
            select(Feedback).where(Feedback.project_id == project_id, Feedback.author_key.in_(keys))
        ).first()
        return (
            None
            if row is None
            else FeedbackPublic(
                project_id=row.project_id, role=row.role, rating=row.rating, comment=row.comment
            )
        )

    def of_participant(self, participant_id: int) -> builtins.list[Feedback]:
        query = select(Feedback).where(Feedback.participant_id == participant_id)
        return builtins.list(self.session.scalars(query))

    def report(self, programme: Programme, viewer: User | None) -> RoundReport:
        """The round in numbers, for who runs it."""
        run_programme(viewer, programme, f"programme {programme.id} does not exist")
        return self._numbers(programme)

    def rounds(self) -> builtins.list[RoundSummary]:
        """Every programme past its draft in numbers, newest first. For the agency's reports: the caller lets
        only staff (who run every programme) see them."""
        programmes = self.session.scalars(
            select(Programme).where(Programme.status != "draft").order_by(Programme.id.desc())
        )
        lines = []
        for programme in programmes:
            numbers = self._numbers(programme)
            lines.append(
                RoundSummary(
                    programme_id=programme.id,
                    name=programme.name,
                    status=programme.status,
                    ratings=sum(p.ratings for p in numbers.projects),
                    **numbers.model_dump(
                        include={
                            "participants",
                            "placed",
                            "unassigned",
                            "cancelled",
                            "participants_rating",
                            "hosts_rating",
                        }
                    ),
                )
            )
        return lines

    def _numbers(self, programme: Programme) -> RoundReport:
        latest = self.runs.latest(programme.id)
        people = self.participants.of_programme(programme.id)
        rows = builtins.list(
            self.session.scalars(select(Feedback).where(Feedback.programme_id == programme.id))
        )
        by_project: dict[int, builtins.list[Feedback]] = defaultdict(list)
        for row in rows:
            by_project[row.project_id].append(row)
        teams: dict[int, int] = defaultdict(int)
        for placement in latest.placements if latest is not None else []:
            if placement.project_id is not None:
                teams[placement.project_id] += 1
        projects = [
            ProjectFeedback(
                project_id=p.id,
                title=p.title,
                team=teams.get(p.id, 0),
                participants=_mean([f.rating for f in by_project[p.id] if f.role == "participant"]),
                hosts=_mean([f.rating for f in by_project[p.id] if f.role == "host"]),
                ratings=len(by_project[p.id]),
                comments=[f.comment for f in by_project[p.id] if f.comment],
            )
            for p in self.projects.of_programme(programme.id)
            if p.status == "open" or p.id in by_project
        ]
        return RoundReport(
            programme_id=programme.id,
            participants=len(people),
            placed=sum(teams.values()),
            unassigned=latest.unassigned if latest is not None else 0,
            profile=builtins.list(latest.profile) if latest is not None else [],
            cancelled=len(latest.cancelled) if latest is not None else 0,
            participants_rating=_mean([f.rating for f in rows if f.role == "participant"]),
            hosts_rating=_mean([f.rating for f in rows if f.role == "host"]),
            projects=projects,
        )

    def erase_comments(self, participant_id: int) -> None:
        """An erased participant's ratings stay in the numbers; their words go."""
        for row in self.of_participant(participant_id):
            row.comment = ""
        self.session.flush()
