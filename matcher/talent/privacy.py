"""A talent participant's rights over their data (GDPR): the export of everything stored about them, and the
erasure of their personal data. Both for the participant themselves and who runs the programme (a host who
sees the person learns 403, anybody else 404).

Erasure blanks the person (name, e-mail, institution, field, skills, interests, languages, availability,
group, the link to their account) and marks them `erased`; their choices, vetoes and the allocation history
stay, anonymised: the placements show them as erased, their reasons lose the group's label, and the next
allocation leaves them out. The audit log records that (and by whom) the erasure happened, never what was
erased."""

from __future__ import annotations

import re

from matcher.audit.repository import AuditRepository
from matcher.auth.models import User
from matcher.errors import Conflict
from matcher.kit.db import utcnow
from matcher.talent.base import ERASED
from matcher.talent.feedback import FeedbackPublic, FeedbackService
from matcher.talent.models import Programme, TalentParticipant
from matcher.talent.participants import ParticipantService
from matcher.talent.privacy_schemas import ParticipantExport, PlacementHistory

ERASED_FIELDS = (
    "name",
    "email",
    "institution",
    "field",
    "skills",
    "interests",
    "languages",
    "availability",
    "group",
    "user_id",
)
GROUP_IN_REASON = re.compile(r"with their group '(?:[^'\\]|\\.)*'|with their group \"(?:[^\"\\]|\\.)*\"")


def erased_email(participant: TalentParticipant) -> str:
    """A placeholder unique in the programme (one application per e-mail), which reaches nobody."""
    return f"erased-{participant.id}@erased.invalid"


class PrivacyService(ParticipantService):
    """Export and erasure of a programme's participant."""

    def export(
        self, programme: Programme, participant: TalentParticipant, viewer: User | None
    ) -> ParticipantExport:
        """Everything stored about the participant: their application and every placement with its reason."""
        self._own(programme, participant, viewer)
        latest = self.runs.latest(programme.id)
        titles = {p.id: p.title for p in self.projects.of_programme(programme.id)}
        history = []
        for run in self.runs.runs(programme.id):
            placement = self.runs.placement_of(run.id, participant.id)
            if placement is None:
                continue
            history.append(
                PlacementHistory(
                    run_id=run.id,
                    run_at=run.created_at,
                    project_id=placement.project_id,
                    project_title=titles.get(placement.project_id) if placement.project_id else None,
                    reason=placement.reason,
                    locked=placement.locked,
                    current=latest is not None and run.id == latest.id,
                )
            )
        return ParticipantExport(
            exported_at=utcnow(),
            programme_id=programme.id,
            programme_name=programme.name,
            participant=self.participant_public(participant),
            placements=history,
            feedback=[
                FeedbackPublic(project_id=f.project_id, role=f.role, rating=f.rating, comment=f.comment)
                for f in FeedbackService(self.session).of_participant(participant.id)
            ],
        )

    def erase(
        self, programme: Programme, participant: TalentParticipant, viewer: User | None
    ) -> TalentParticipant:
        """Blank the participant's personal data and mark them erased; the allocation history stays,
        anonymised. Erasing twice is a 409."""
        user = self._own(programme, participant, viewer)
        if participant.erased:
            raise Conflict(f"participant {participant.id}'s data were erased already")
        participant.name = ERASED
        participant.email = erased_email(participant)
        participant.institution = ""
        participant.field = ""
        participant.skills = []
        participant.interests = ""
        participant.languages = []
        participant.availability = ""
        participant.group = None
        participant.user_id = None
        participant.erased = True
        for run in self.runs.runs(programme.id):
            placement = self.runs.placement_of(run.id, participant.id)
            if placement is not None:
                placement.reason = GROUP_IN_REASON.sub("with their group", placement.reason)
        FeedbackService(self.session).erase_comments(participant.id)
        self.session.flush()
        AuditRepository(self.session).add_many(
            [
                {
                    "actor_id": user.id,
                    "actor": user.email,
                    "action": "erase",
                    "entity": "talent_participant",
                    "entity_id": participant.id,
                    "changes": {"erased": list(ERASED_FIELDS), "programme_id": programme.id},
                }
            ]
        )
        return participant
