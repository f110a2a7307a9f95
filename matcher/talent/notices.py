"""What a published allocation tells people, by inbox message: every participant with a user account their
project (or that they were not placed, and why), every member of a host whose project runs its team. A
participant without an account (registered by a manager) gets nothing here; an erased one neither."""

from __future__ import annotations

from sqlalchemy.orm import Session

from matcher.alerts.models import InboxMessage
from matcher.alerts.repository import InboxRepository
from matcher.auth.repository import UserRepository
from matcher.talent.models import AllocationRun, Programme
from matcher.talent.repository import ProjectRepository


def tell_published(session: Session, programme: Programme, run: AllocationRun) -> int:
    """One inbox message per participant with an account and per member of a host with a team; how many."""
    inbox, users = InboxRepository(session), UserRepository(session)
    projects = {p.id: p for p in ProjectRepository(session).of_programme(programme.id)}
    link = f"/talent/programmes/{programme.id}"
    sent = 0
    teams: dict[int, list[str]] = {}
    for placement in run.placements:
        person = placement.participant
        if placement.project_id is not None and not person.erased:
            teams.setdefault(placement.project_id, []).append(person.name)
        if person.user_id is None or person.erased:
            continue
        project = projects.get(placement.project_id) if placement.project_id is not None else None
        subject = (
            f"{programme.name}: your project is {project.title}"
            if project is not None
            else f"{programme.name}: you were not placed in a project"
        )
        inbox.add(
            InboxMessage(user_id=person.user_id, subject=subject[:300], body=placement.reason, link=link)
        )
        sent += 1
    for project_id, names in teams.items():
        project = projects[project_id]
        for member in users.members_of([project.host_id]):
            inbox.add(
                InboxMessage(
                    user_id=member.id,
                    subject=f"{programme.name}: the team of {project.title}"[:300],
                    body=f"{len(names)} people: {', '.join(sorted(names))}",
                    link=link,
                )
            )
            sent += 1
    return sent
