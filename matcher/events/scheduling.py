"""The event's schedule and the day itself: solve (a provisional schedule the organiser reviews), confirm (it
becomes final and its participants see it), solve again for late registrants and cancellations moving as
little as possible, each participant's agenda and calendar, check-in's partner (held and no-show marking),
locking, and each side's follow-up outcome (an agreement becomes a cooperation of the network)."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from matcher.auth.models import User
from matcher.auth.policies import (
    Forbidden,
    is_participant,
    may_organise_event,
    may_see_exchange,
    require_user,
)
from matcher.errors import Conflict, InvalidInput, NotFound, refuse_move
from matcher.events.base import EventBase, event_slots, spans
from matcher.events.meeting_schemas import (
    FollowUpCreate,
    FollowUpPublic,
    MeetingPublic,
    SchedulePublic,
    ScheduleStatus,
)
from matcher.events.models import Event, FollowUp, Meeting, Participant
from matcher.events.plan import workers_for
from matcher.events.progress import SolveStatuses
from matcher.events.scheduler import Earlier, Person, Progress, Table, Wish, plan_meetings
from matcher.events.schemas import MEETING_TRANSITIONS
from matcher.kit.calendar import CalendarEntry, to_ics
from matcher.profiles.models import Cooperation
from matcher.profiles.repository import CooperationRepository
from matcher.recommendations.interface import Matching

VALUE = {"must": 4, "would_like": 2}
MUTUAL_BONUS = 2
RECOMMENDED_VALUE = 1
COOPERATION_SOURCE = "event"
SOLVING = ("requests", "scheduled", "running")
MOVABLE = ("tentative", "scheduled")  # a re-solve may move these; held and missed meetings stay


class ScheduleService(EventBase):
    """`solves`: where each solve reports its progress (the runtime's, in the server); without one, a registry
    of this service's own."""

    def __init__(
        self,
        session: Session,
        matching: Matching | None = None,
        indexer: Any = None,
        solves: SolveStatuses | None = None,
    ) -> None:
        super().__init__(session, matching, indexer)
        self.solves = solves if solves is not None else SolveStatuses()

    def get_meeting(self, meeting_id: int, viewer: User | None) -> Meeting:
        """A meeting its members (the two sides and their companions) and the organisers may see; a
        provisional one only the organisers, a tentative one only the organisers and the two sides."""
        meeting = self.find_meeting(meeting_id)
        event = self.find_event(meeting.event_id)
        organiser = may_organise_event(viewer, event)
        if not (organiser or (event.schedule_state == "final" and self._sees(meeting, event, viewer))):
            raise NotFound(f"meeting {meeting_id} does not exist")
        return meeting

    def _sees(self, meeting: Meeting, event: Event, viewer: User | None) -> bool:
        sides = self.sides(event, viewer, meeting.participant_a, meeting.participant_b)
        if meeting.status == "tentative":
            return may_see_exchange(viewer, event, sides)
        joined = tuple(is_participant(viewer, p) for p in self._companions(meeting))
        return may_see_exchange(viewer, event, (*sides, *joined))

    def _companions(self, meeting: Meeting) -> builtins.list[Participant]:
        found = [self.participants.get(pid) for pid in meeting.companions or []]
        return [p for p in found if p is not None]

    # --- solving ---------------------------------------------------------------------------------------------

    def schedule(
        self, event: Event, viewer: User | None, time_limit_s: float = 10.0, recommended: bool = False
    ) -> SchedulePublic:
        """Solve the schedule from the accepted requests (and, with `recommended`, mutual recommendations):
        a provisional schedule until the organiser confirms it. Meetings already held, missed or locked stay;
        the others are kept where they were if they can be. Pending requests (before the deadline) hold a
        slot too, below every accepted one: tentative meetings until they are answered."""
        if not may_organise_event(viewer, event):
            raise Forbidden("only the event's organisers schedule it")
        self.require_status(event, SOLVING, "scheduling")
        with self.solves.solving(event.id, time_limit_s) as progress:
            result = self._solve(event, time_limit_s, recommended, progress)
            self.solves.done(event.id, result.method or "", result.meetings)
        return result

    def status(self, event: Event, viewer: User | None) -> ScheduleStatus:
        """How far the event's last schedule solve in this process is (idle: none since the start)."""
        if not may_organise_event(viewer, event):
            raise Forbidden("only the event's organisers follow its schedule")
        return self.solves.get(event.id)

    def _solve(
        self, event: Event, time_limit_s: float, recommended: bool, progress: Callable[[Progress], None]
    ) -> SchedulePublic:
        people = self.participants.of_event(event.id)
        slots = event_slots(event)
        persons = [
            Person(
                p.id,
                cap=min(
                    p.capacity if p.capacity is not None else event.cap_per_participant,
                    event.cap_per_participant,
                ),
                available=spans(p.availability),
                blocks=spans(p.agenda),
                name=p.name,
            )
            for p in people
        ]
        wishes = self._wishes(event, people, recommended)
        existing = self.meetings.of_event(event.id, statuses=["tentative", "scheduled", "held", "no_show"])
        known = {p.id for p in people}
        earlier = [
            Earlier(
                m.participant_a_id,
                m.participant_b_id,
                m.slot,
                m.table,
                locked=m.locked or m.status not in MOVABLE,
                companions=tuple(pid for pid in m.companions or [] if pid in known),
            )
            for m in existing
            if m.slot < len(slots)
        ]
        tables = [Table(t.name, t.capacity) for t in event.tables]
        plan = plan_meetings(
            persons,
            wishes,
            slots,
            tables,
            earlier,
            time_limit_s,
            workers=workers_for(len(wishes)),
            progress=progress,
        )
        kept = {frozenset((m.participant_a_id, m.participant_b_id)): m for m in existing}
        placed_pairs = set()
        for placed in plan.meetings:
            pair = frozenset((placed.a, placed.b))
            placed_pairs.add(pair)
            meeting = kept.get(pair)
            if meeting is not None and meeting.status not in MOVABLE:
                continue  # held or missed: it stays as it is
            if meeting is None:
                meeting = Meeting(event_id=event.id, participant_a_id=placed.a, participant_b_id=placed.b)
                self.session.add(meeting)
            meeting.request_id = placed.request_id or meeting.request_id
            meeting.slot, meeting.table, meeting.reason = placed.slot, placed.table, placed.reason
            meeting.starts_at, meeting.ends_at = placed.start, placed.end
            meeting.companions = list(placed.companions)
            meeting.status = "tentative" if placed.tentative else "scheduled"
        self.meetings.remove(
            [m for pair, m in kept.items() if m.status in MOVABLE and pair not in placed_pairs]
        )
        event.schedule_state = "provisional"
        self.session.flush()
        tentative = sum(1 for m in plan.meetings if m.tentative)
        return SchedulePublic(
            state=event.schedule_state,
            meetings=len(plan.meetings) - tentative,
            moved=plan.moved,
            unscheduled=[
                {"a": w.a, "b": w.b, "companions": list(w.companions), "why": why}
                for w, why in plan.unscheduled
                if not w.tentative
            ],
            optimal=plan.optimal,
            tentative=tentative,
            method=plan.method,
            solutions=plan.solutions,
        )

    def _wishes(
        self, event: Event, people: builtins.list[Participant], recommended: bool
    ) -> builtins.list[Wish]:
        names = {p.id: p.name for p in people}
        requests = self.requests.of_event(event.id)
        vetoed = {frozenset((r.requester_id, r.recipient_id)) for r in requests if r.priority == "no_thanks"}
        accepted = [r for r in requests if r.status == "accepted" and r.priority in VALUE]
        open_ = event.request_deadline is None or datetime.now(UTC) <= event.request_deadline
        pending = [r for r in requests if open_ and r.status == "pending" and r.priority in VALUE]
        asked = {(r.requester_id, r.recipient_id) for r in accepted}
        wishes = []
        for r in [*accepted, *pending]:
            if frozenset((r.requester_id, r.recipient_id)) in vetoed:
                continue
            tentative = r.status == "pending"
            mutual = not tentative and (r.recipient_id, r.requester_id) in asked
            value = VALUE[r.priority] + (MUTUAL_BONUS if mutual else 0)
            kind = "must meet" if r.priority == "must" else "would like to meet"
            why = f"{names[r.requester_id]} asked to meet {names[r.recipient_id]} ({kind})"
            why += "" if tentative else " and was accepted"
            if mutual:
                why += "; both asked"
            team = tuple(
                pid
                for pid in r.companions or []
                if pid in names and pid not in (r.requester_id, r.recipient_id)
            )
            wishes.append(Wish(r.requester_id, r.recipient_id, value, why, r.id, team, tentative))
        if recommended and self.matching is not None:
            from matcher.events.matching import EventMatching

            matching = EventMatching(self.session, self.matching)
            top = {
                p.id: {r.participant_id for r in matching.for_participant(event, p, 3, everyone=people)}
                for p in people
            }
            for a, theirs in top.items():
                for b in theirs:
                    pair = frozenset((a, b))
                    if a < b and a in top.get(b, set()) and pair not in vetoed:
                        why = f"{names[a]} and {names[b]} are each other's top recommendations"
                        wishes.append(Wish(a, b, RECOMMENDED_VALUE, why))
        return wishes

    def confirm(self, event: Event, viewer: User | None) -> SchedulePublic:
        """The organiser confirms the provisional schedule: final, and its participants see their meetings."""
        if not may_organise_event(viewer, event):
            raise Forbidden("only the event's organisers confirm the schedule")
        if event.schedule_state != "provisional":
            raise Conflict(
                f"there is no provisional schedule to confirm (the schedule is {event.schedule_state})",
                detail={"status": event.schedule_state, "allowed": ["provisional"]},
            )
        event.schedule_state = "final"
        self.session.flush()
        count = len(self.meetings.of_event(event.id, statuses=["scheduled"]))
        tentative = len(self.meetings.of_event(event.id, statuses=["tentative"]))  # they stay tentative
        return SchedulePublic(
            state="final", meetings=count, moved=0, unscheduled=[], optimal=True, tentative=tentative
        )

    # --- reading ---------------------------------------------------------------------------------------------

    def list(
        self, event: Event, viewer: User | None, participant: Participant | None = None
    ) -> builtins.list[Meeting]:
        """The organisers: every meeting (or one participant's, as a side or a companion); a participant: their
        own, once final, those they join as a companion too (a tentative one only as a side)."""
        user = require_user(viewer)
        if may_organise_event(user, event):
            return self.meetings.of_event(event.id, participant.id if participant else None)
        mine = self.me(event, user)
        if mine is None or (participant is not None and participant.id != mine.id):
            raise Forbidden("a participant sees their own meetings")
        if event.schedule_state != "final":
            return []
        return [
            m
            for m in self.meetings.of_event(event.id, mine.id)
            if m.status != "tentative" or mine.id in (m.participant_a_id, m.participant_b_id)
        ]

    def public(self, meeting: Meeting, event: Event, viewer: User | None) -> MeetingPublic:
        return MeetingPublic(
            id=meeting.id,
            event_id=meeting.event_id,
            participant_a=self.participant_public(meeting.participant_a, event, viewer),
            participant_b=self.participant_public(meeting.participant_b, event, viewer),
            slot=meeting.slot,
            table=meeting.table,
            start=meeting.starts_at,
            end=meeting.ends_at,
            status=meeting.status,
            locked=meeting.locked,
            reason=meeting.reason,
            companions=[self.participant_public(p, event, viewer) for p in self._companions(meeting)],
        )

    def ics(self, event: Event, viewer: User | None, participant: Participant | None = None) -> bytes:
        """A participant's agenda (or, for the organisers, the whole schedule) as an iCalendar file."""
        meetings = [m for m in self.list(event, viewer, participant) if m.status != "cancelled"]
        where = {t.name: t.location for t in event.tables}
        entries = []
        for m in meetings:
            names = [m.participant_a.name, m.participant_b.name, *(p.name for p in self._companions(m))]
            title = "Tentative meeting" if m.status == "tentative" else "Meeting"
            entries.append(
                CalendarEntry(
                    uid=f"event-meeting-{m.id}@matchwerk",
                    start=m.starts_at,
                    end=m.ends_at,
                    summary=f"{title}: {', '.join(names[:-1])} and {names[-1]}",
                    location=", ".join(x for x in (m.table, where.get(m.table, ""), event.venue) if x),
                    description=m.reason,
                    tentative=m.status == "tentative",
                )
            )
        return to_ics(entries, event.name, product="event")

    # --- the day and after ---------------------------------------------------------------------------------

    def change(
        self, meeting: Meeting, viewer: User | None, status: str | None, locked: bool | None
    ) -> Meeting:
        """The organisers mark a meeting held, missed (no_show) or cancelled, and lock or unlock it."""
        event = self.find_event(meeting.event_id)
        if not may_organise_event(viewer, event):
            raise Forbidden("only the event's organisers change a meeting")
        if status is not None and status != meeting.status:
            allowed = MEETING_TRANSITIONS[meeting.status]
            if meeting.status == "tentative" and status == "scheduled":
                raise refuse_move(
                    "meeting", "tentative", status, ["cancelled"], "accepting its request schedules it"
                )
            if status not in allowed:
                raise refuse_move("meeting", meeting.status, status, allowed)
            if status in ("held", "no_show"):
                self.require_status(event, ("running", "done"), f"marking a meeting {status}")
            meeting.status = status
        if locked is not None:
            meeting.locked = locked
        self.session.flush()
        return meeting

    def follow_up(self, meeting: Meeting, viewer: User | None, data: FollowUpCreate) -> FollowUpPublic:
        """One side's outcome of a held meeting (a companion reports too); an agreement with both sides'
        organisations in the network becomes a cooperation there (the ranker learns from it)."""
        user = require_user(viewer)
        event = self.find_event(meeting.event_id)
        sides = {
            meeting.participant_a_id: meeting.participant_a,
            meeting.participant_b_id: meeting.participant_b,
            **{p.id: p for p in self._companions(meeting)},
        }
        if data.participant_id is not None and may_organise_event(user, event):
            if data.participant_id not in sides:
                raise InvalidInput(
                    f"participant {data.participant_id} is not in meeting {meeting.id}",
                    detail=[{"field": "participant_id", "message": "not a side nor a companion"}],
                )
            side = sides[data.participant_id]
        else:
            own = [p for p in sides.values() if is_participant(user, p)]
            if not own:
                raise Forbidden(
                    "the meeting's members (or the organisers, naming the member) report the outcome"
                )
            side = own[0]
        if meeting.status != "held":
            raise Conflict(
                f"an outcome is reported for a held meeting; this one is {meeting.status}",
                detail={"status": meeting.status, "allowed": ["held"]},
            )
        row = self.follow_ups.of_meeting(meeting.id, side.id)
        if row is None:
            row = self.follow_ups.add(
                FollowUp(meeting_id=meeting.id, participant_id=side.id, outcome=data.outcome.value)
            )
        row.outcome, row.note = data.outcome.value, data.note.strip()
        cooperation = False
        a, b = meeting.participant_a.organisation_id, meeting.participant_b.organisation_id
        if data.outcome == "cooperation_agreement" and a is not None and b is not None and a != b:
            cooperation = True
            low, high = sorted((a, b))
            year = datetime.now(UTC).year
            repository = CooperationRepository(self.session)
            if (low, high, COOPERATION_SOURCE, year) not in repository.existing():
                repository.add_many(
                    [
                        Cooperation(
                            organisation_a_id=low,
                            organisation_b_id=high,
                            year=year,
                            source=COOPERATION_SOURCE,
                        )
                    ]
                )
            if self.indexer is not None:
                self.indexer.stage(self.session, partner_pairs=[(low, high)])
        self.session.flush()
        return FollowUpPublic(
            meeting_id=meeting.id,
            participant_id=side.id,
            outcome=row.outcome,
            note=row.note,
            cooperation=cooperation,
        )
