"""What a talent programme tells people by inbox message: an applicant with an account that their application
arrived; and on a published allocation every participant with a user account their
project (or that they were not placed, and why), every member of a host whose project runs (or was merged into
one that runs) its team. A
participant without an account (registered by a manager) gets nothing here; an erased one neither."""

from __future__ import annotations

from sqlalchemy.orm import Session

from matcher.alerts.models import InboxMessage
from matcher.alerts.repository import InboxRepository
from matcher.auth.repository import UserRepository
from matcher.talent.models import AllocationRun, Programme, TalentParticipant
from matcher.talent.repository import ProjectRepository


def tell_published(session: Session, programme: Programme, run: AllocationRun) -> int:
    """One inbox message per participant with an account and per member of a host with a team; how many."""
    inbox, users = InboxRepository(session), UserRepository(session)
    projects = {p.id: p for p in ProjectRepository(session).of_programme(programme.id)}
    link = f"/talent/{programme.id}"  # the programme's page
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
        hosts = {project.host_id} | {
            p.host_id for p in projects.values() if p.status == "merged" and p.merged_into_id == project_id
        }
        for member in users.members_of(sorted(hosts)):
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


def tell_received(session: Session, programme: Programme, participant: TalentParticipant) -> bool:
    """The applicant, if they have an account, hears that their application arrived and where to rank projects."""
    if participant.user_id is None:
        return False
    deadline = programme.application_deadline
    until = f" until {deadline.date().isoformat()}" if deadline is not None else " while it is open"
    InboxRepository(session).add(
        InboxMessage(
            user_id=participant.user_id,
            subject=f"{programme.name}: your application was received"[:300],
            body=f"Rank up to five projects{until}; the teams are published after the allocation.",
            link=f"/talent/{programme.id}/me",
        )
    )
    return True
