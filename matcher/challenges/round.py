"""The end of a round: the shortlist (`shortlist.shortlist`: up to each challenge's pitch slots, at most
`cap_per_applicant` challenges per applicant across the challenges shortlisted together, the most total
score) and the pitch day (`schedule.plan_pitch_day`: rooms and time slots, the jurors present, no juror in
two rooms at once, no applicant in two pitches at once), stored and exported as a calendar (`schedule.to_ics`).
Decisions made here wait in the queue until "send decisions"."""

from __future__ import annotations

import builtins
from datetime import UTC, datetime

from matcher.auth.models import User
from matcher.auth.policies import Forbidden, managed_challenge, may_manage_challenge
from matcher.challenges.base import RoundBase
from matcher.challenges.models import Challenge, PitchSession
from matcher.challenges.review_schemas import (
    PitchPublic,
    SchedulePublic,
    ScheduleRequest,
    ShortlistedPublic,
    ShortlistPublic,
)
from matcher.challenges.reviews import JuryService
from matcher.challenges.schedule import Pitch, Room, Session, Slot, plan_pitch_day, to_ics
from matcher.challenges.schemas import (
    SHORTLISTED_OR_LATER,
)
from matcher.challenges.shortlist import Candidate, shortlist

PITCHING = ("shortlisted", "invited_to_pitch")


class RoundService(RoundBase):
    def _together(
        self, challenge: Challenge, others: builtins.list[int], doing: str
    ) -> builtins.list[Challenge]:
        challenges = [challenge, *[self.find_challenge(i) for i in others if i != challenge.id]]
        for each in challenges:
            self.require_status(each, ("reviewing",), f"{doing} (challenge {each.id})")
        return challenges

    # --- the shortlist -----------------------------------------------------------------------------------------

    def shortlist(
        self,
        challenge: Challenge,
        viewer: User | None,
        together_with: builtins.list[int] = (),  # type: ignore[assignment]
    ) -> ShortlistPublic:
        """Shortlist the screened, reviewed applications of `challenge` (and of `together_with`, whose slots
        and caps are solved jointly), each challenge up to its pitch slots. The shortlisted go to shortlisted,
        those left out to rejected with why; a screened application without a finished review stays as it
        is. Pitches an applicant has in other challenges count toward its cap."""
        self.require_managing(viewer)
        challenges = self._together(challenge, list(together_with), "shortlisting")
        ids = {c.id for c in challenges}
        jury = JuryService(self.session, self.matching)
        candidates: builtins.list[Candidate] = []
        unreviewed: dict[int, str] = {}
        apps = {}
        for each in challenges:
            scored = {r.application_id: r.score for r in jury.rank(each, each.ranking_method)}
            for app in self.applications.of_challenge(each.id, ["screened"]):
                apps[app.id] = app
                if app.id in scored:
                    candidates.append(Candidate(app.id, each.id, app.organisation_id, scored[app.id]))
                else:
                    unreviewed[app.id] = "not ranked: no finished review yet (stays screened)"
        cap = min(c.cap_per_applicant for c in challenges)
        elsewhere: dict[int, int] = {}
        for app in self.applications.of_applicants(
            {c.applicant_id for c in candidates}, SHORTLISTED_OR_LATER
        ):
            if app.challenge_id not in ids:
                elsewhere[app.organisation_id] = elsewhere.get(app.organisation_id, 0) + 1
        chosen, left_out = shortlist(candidates, {c.id: c.pitch_slots for c in challenges}, cap)
        score = {c.application_id: c.score for c in candidates}
        kept: builtins.list[ShortlistedPublic] = []
        taken: dict[int, int] = dict(elsewhere)
        for pick in sorted(chosen, key=lambda s: -score[s.application_id]):
            applicant = apps[pick.application_id].organisation_id
            if taken.get(applicant, 0) >= cap:
                left_out[pick.application_id] = (
                    f"left out: the applicant already pitches for {elsewhere[applicant]} other challenge(s), "
                    f"and the cap is {cap}"
                )
                continue
            taken[applicant] = taken.get(applicant, 0) + 1
            kept.append(
                ShortlistedPublic(
                    application_id=pick.application_id, challenge_id=pick.challenge_id, reason=pick.reason
                )
            )
        now = datetime.now(UTC)
        for kept_one in kept:
            app = apps[kept_one.application_id]
            app.status, app.decided_at, app.decision_note = "shortlisted", now, kept_one.reason
        for app_id, why in left_out.items():
            app = apps[app_id]
            app.status, app.decided_at, app.decision_note = "rejected", now, why
        self.session.flush()
        kept.sort(key=lambda s: (s.challenge_id, -score[s.application_id]))
        return ShortlistPublic(shortlisted=kept, left_out={**left_out, **unreviewed})

    # --- the pitch day -----------------------------------------------------------------------------------------

    def schedule(self, challenge: Challenge, viewer: User | None, data: ScheduleRequest) -> SchedulePublic:
        """Plan the pitches of the shortlisted applications of `challenge` (and of `together_with`) into the
        rooms and slots given; the jurors of each challenge are present at its pitches. Earlier plans of these
        challenges are replaced; the shortlisted become invited to pitch, told when they are sent."""
        self.require_managing(viewer)
        challenges = self._together(challenge, list(data.together_with), "planning the pitch day")
        ids = [c.id for c in challenges]
        apps = self.applications.of_challenges(ids, PITCHING)
        jurors_of = {
            c.id: [j.id for j in self.jurors.of_challenge(c.id, active_only=True)] for c in challenges
        }
        sessions = plan_pitch_day(
            [Pitch(a.id, a.challenge_id, a.organisation_id) for a in apps],
            [Room(name) for name in data.rooms],
            [Slot(s.start, s.minutes) for s in data.slots],
            jurors_of,
        )
        self.pitches.clear(ids)
        by_id = {a.id: a for a in apps}
        for session in sessions:
            self.pitches.add(
                PitchSession(
                    challenge_id=session.challenge_id,
                    application_id=session.application_id,
                    room=session.room,
                    starts_at=session.start,
                    ends_at=session.end,
                    jurors=list(session.jurors),
                    reason=session.reason,
                )
            )
            app = by_id[session.application_id]
            if app.status == "shortlisted":
                app.status = "invited_to_pitch"
                app.decided_at = datetime.now(UTC)
            app.decision_note = f"Your pitch: {session.start:%Y-%m-%d %H:%M %Z} in {session.room}"
        self.session.flush()
        return self.schedule_public(challenge, viewer)

    def pitches_of(self, challenge: Challenge, viewer: User | None) -> builtins.list[PitchSession]:
        """The pitch day of a challenge: for who runs it and for its jurors."""
        if not may_manage_challenge(viewer, challenge) and not self.is_juror(challenge, viewer):
            managed_challenge(viewer, challenge, f"challenge {challenge.id} does not exist")
            raise Forbidden("only who runs the challenge and its jurors see the pitch day")
        return self.pitches.of_challenge(challenge.id)

    def schedule_public(self, challenge: Challenge, viewer: User | None) -> SchedulePublic:
        data = []
        for pitch in self.pitches_of(challenge, viewer):
            app = self.find_application(pitch.application_id)
            data.append(
                PitchPublic(
                    application_id=pitch.application_id,
                    challenge_id=pitch.challenge_id,
                    organisation=self.applicant_summary(app, challenge, viewer),
                    room=pitch.room,
                    start=pitch.starts_at,
                    end=pitch.ends_at,
                    jurors=list(pitch.jurors),
                    reason=pitch.reason,
                )
            )
        return SchedulePublic(data=data, count=len(data))

    def calendar(self, challenge: Challenge, viewer: User | None) -> bytes:
        """The pitch day as an iCalendar file, for who runs the challenge and its jurors."""
        self.pitches_of(challenge, viewer)
        return self.calendar_of(challenge)

    def calendar_of(self, challenge: Challenge) -> bytes:
        """The pitch day as an iCalendar file (one event per pitch, with its room and jurors); no viewer is
        asked (the operator's CLI)."""
        sessions = [
            Session(
                application_id=p.application_id,
                challenge_id=p.challenge_id,
                room=p.room,
                slot=index,
                start=p.starts_at,
                end=p.ends_at,
                jurors=tuple(p.jurors),
                reason=p.reason,
            )
            for index, p in enumerate(self.pitches.of_challenge(challenge.id))
        ]
        return to_ics(sessions, {challenge.id: challenge.title}, f"Pitch day: {challenge.title}")
