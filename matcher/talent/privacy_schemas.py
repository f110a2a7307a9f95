"""What a talent participant's data export holds (GDPR, Art. 15 and 20): their application as stored, and where
every allocation run placed them and why."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from matcher.talent.feedback import FeedbackPublic
from matcher.talent.schemas import ParticipantPublic


class PlacementHistory(BaseModel):
    """Where one allocation run put the participant: the project (none: unplaced), why, and a manager's lock."""

    run_id: int
    run_at: datetime
    project_id: int | None
    project_title: str | None
    reason: str
    locked: bool
    current: bool


class ParticipantExport(BaseModel):
    """Everything stored about a participant in a programme: the application (with the consent's time, the
    ranked choices, the group and the managers' vetoes), every placement with its reason, and their feedback."""

    exported_at: datetime
    programme_id: int
    programme_name: str
    participant: ParticipantPublic
    placements: list[PlacementHistory]
    feedback: list[FeedbackPublic] = []
    """What they said of their project at the end of the round."""
