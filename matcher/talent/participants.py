"""A programme's participants: registration with consent, their ranked choices (up to five open projects),
groups of friends, a manager's vetoes, and project suggestions from the recommender (the participant's interests
and skills against the projects' texts), each explained by the skills they share."""

from __future__ import annotations

import builtins
from datetime import UTC, datetime

from matcher.auth.models import User
from matcher.auth.policies import (
    Forbidden,
    is_participant,
    may_run_programme,
    may_see_talent_participant,
    require_user,
    run_programme,
)
from matcher.errors import Conflict, InvalidInput, NotFound, NotReady
from matcher.kit.db import utcnow
from matcher.talent.base import TalentBase
from matcher.talent.models import Programme, TalentParticipant, TalentProject
from matcher.talent.notices import tell_received
from matcher.talent.problem import MAX_CHOICES
from matcher.talent.schemas import ChoicesUpdate, GroupUpdate, ParticipantCreate, Suggestion, VetoesUpdate

REGISTERING = ("open",)


def project_text(project: TalentProject) -> str:
    """What a project is about, as the recommender compares it."""
    skills = f" Skills: {', '.join(project.skills)}." if project.skills else ""
    return f"{project.title}. {project.description}{skills}".strip()


def participant_text(participant: TalentParticipant) -> str:
    """What a participant wants and brings, as the recommender compares it."""
    parts = [participant.interests.strip(), participant.field.strip()]
    if participant.skills:
        parts.append(f"Skills: {', '.join(participant.skills)}.")
    return " ".join(p for p in parts if p)


def shared_skills(participant: TalentParticipant, project: TalentProject) -> list[str]:
    """The project's skills the participant names (compared without case), in the project's words."""
    theirs = {s.casefold() for s in participant.skills}
    return [s for s in project.skills if s.casefold() in theirs]


class ParticipantService(TalentBase):
    """Who applies to a programme, and what they choose."""

    def get(self, programme: Programme, participant_id: int, viewer: User | None) -> TalentParticipant:
        """Hidden means 404: a participant only those the policy names see."""
        participant = self.find_participant(programme, participant_id)
        hosts = self.hosts_them(programme, participant, viewer)
        if not may_see_talent_participant(viewer, programme, participant, hosts):
            raise NotFound(f"participant {participant_id} is not in programme {programme.id}")
        return participant

    def visible(self, programme: Programme, viewer: User | None) -> builtins.list[TalentParticipant]:
        """The participants the viewer may see: all for who runs the programme, else themselves and, once the
        allocation is published, the team of the viewer's own project."""
        return [
            p
            for p in self.participants.of_programme(programme.id)
            if may_see_talent_participant(viewer, programme, p, self.hosts_them(programme, p, viewer))
        ]

    def register(
        self, programme: Programme, viewer: User | None, data: ParticipantCreate
    ) -> TalentParticipant:
        """A person applies while the programme is open and before its deadline, with their consent; a
        signed-in user for themselves (their account's e-mail), who runs the programme for anyone."""
        user = require_user(viewer)
        self.require_status(programme, REGISTERING, "registering")
        runs = may_run_programme(user, programme)
        if not runs:
            deadline = programme.application_deadline
            if deadline is not None and datetime.now(UTC) > deadline:
                raise Conflict(
                    f"the application deadline passed on {deadline.isoformat()}; ask the programme's managers",
                    detail={"status": programme.status, "allowed": []},
                )
            if data.email != user.email.lower():
                raise Forbidden(
                    "you register yourself, with your account's e-mail; a manager registers others"
                )
        if self.participants.by_email(programme.id, data.email) is not None:
            raise Conflict(
                f"{data.email} already applied to this programme: change that application instead",
                detail={"field": "email"},
            )
        values = data.model_dump(exclude={"consent", "group"})
        participant = TalentParticipant(
            programme_id=programme.id,
            user_id=None if runs and data.email != user.email.lower() else user.id,
            consent_at=utcnow(),
            group=data.group or None,
            vetoes=[],
            **values,
        )
        added = self.participants.add(participant)
        tell_received(self.session, programme, added)
        return added

    def _own(self, programme: Programme, participant: TalentParticipant, viewer: User | None) -> User:
        """Themselves and who runs the programme change an application; those who only see it learn 403."""
        user = require_user(viewer)
        if is_participant(user, participant) or may_run_programme(user, programme):
            return user
        if may_see_talent_participant(
            user, programme, participant, self.hosts_them(programme, participant, user)
        ):
            raise Forbidden("only the participant and the programme's managers change an application")
        raise NotFound(f"participant {participant.id} is not in programme {programme.id}")

    def choose(
        self, programme: Programme, participant: TalentParticipant, viewer: User | None, data: ChoicesUpdate
    ) -> TalentParticipant:
        """The participant's ranked choices, best first, replacing the old ones: up to five different open
        projects of the programme, while it is open."""
        self._own(programme, participant, viewer)
        self.require_status(programme, REGISTERING, "ranking projects")
        if participant.erased:
            raise Conflict("this participant's data were erased; they cannot choose again")
        if len(data.projects) > MAX_CHOICES:
            raise InvalidInput(f"rank at most {MAX_CHOICES} projects")
        open_ = {p.id: p for p in self.projects.of_programme(programme.id, ["open"])}
        for project_id in data.projects:
            if project_id not in open_:
                raise InvalidInput(
                    f"project {project_id} is not an open project of this programme: choose among "
                    f"{', '.join(str(p) for p in sorted(open_)) or 'none yet'}",
                    detail=[{"field": "projects", "message": f"{project_id} not open here"}],
                )
            if project_id in participant.vetoes:
                raise InvalidInput(
                    f"project {project_id} is ruled out for you by the programme's managers: choose another",
                    detail=[{"field": "projects", "message": f"{project_id} vetoed"}],
                )
        self.participants.replace_choices(participant, data.projects)
        return participant

    def group(
        self, programme: Programme, participant: TalentParticipant, viewer: User | None, data: GroupUpdate
    ) -> TalentParticipant:
        """Join a group of friends (a label they share) or leave it (none); until the allocation starts."""
        self._own(programme, participant, viewer)
        self.require_status(programme, REGISTERING, "changing a group")
        participant.group = data.group or None
        self.session.flush()
        return participant

    def veto(
        self, programme: Programme, participant: TalentParticipant, viewer: User | None, data: VetoesUpdate
    ) -> TalentParticipant:
        """Who runs the programme rules projects out for a participant (a conflict of interest): the allocation
        never puts them there."""
        run_programme(viewer, programme, f"programme {programme.id} does not exist")
        known = {p.id for p in self.projects.of_programme(programme.id)}
        unknown = [p for p in data.projects if p not in known]
        if unknown:
            raise InvalidInput(f"project {unknown[0]} is not in programme {programme.id}")
        participant.vetoes = sorted(set(data.projects))
        self.session.flush()
        return participant

    def suggest(
        self, programme: Programme, participant: TalentParticipant, viewer: User | None, k: int = 5
    ) -> builtins.list[Suggestion]:
        """The open projects closest to the participant's interests and skills (the recommender's similarity of
        the texts), best first, each with the skills they share; vetoed projects left out."""
        self._own(programme, participant, viewer)
        if self.matching is None:
            raise NotReady("suggestions need the recommender: start the service with its model")
        projects = [
            p for p in self.projects.of_programme(programme.id, ["open"]) if p.id not in participant.vetoes
        ]
        query = participant_text(participant)
        if not projects or not query:
            return []
        scores = self.matching.similarities([query], [project_text(p) for p in projects])[0]
        ranked = sorted(zip(projects, scores, strict=True), key=lambda pair: (-float(pair[1]), pair[0].id))
        out = []
        for project, score in ranked[:k]:
            shared = shared_skills(participant, project)
            why = (
                f"you bring {', '.join(shared)}, which it needs"
                if shared
                else "close to your interests, though none of your skills is on its list"
            )
            out.append(
                Suggestion(
                    project_id=project.id,
                    title=project.title,
                    host_name=project.host.name,
                    score=round(float(score), 4),
                    shared_skills=shared,
                    why=why,
                )
            )
        return out
