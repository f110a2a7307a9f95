"""The demo's matchmaking event (`profiles/demo/events.jsonl`, one event a line, edited by hand): validated with
the domain's own schemas, then replayed through the event's services as its organiser would have run it, so that
every record is made the way the product makes it: the participants registered, the requests asked and answered
on their behalf, the unanswered ones expired at the deadline, the schedule from the solver and confirmed, the
day's check-in and attendance, and the follow-ups (an agreement becomes a cooperation of the network).

The participants need no accounts: organisers ask, answer and report for any participant. A line that does not
validate names its line and field, and nothing is written. An event that is already there (same owner, same
name) is left as it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, Self

from pydantic import Field, model_validator
from sqlalchemy.orm import Session

from matcher.auth.models import User
from matcher.auth.schemas import Role, UserCreate
from matcher.auth.service import UserService
from matcher.errors import InvalidInput
from matcher.events.base import Matching
from matcher.events.meeting_schemas import FollowUpCreate, RequestCreate, ScheduleRequest
from matcher.events.models import Event, Meeting
from matcher.events.requests import RequestService
from matcher.events.scheduling import ScheduleService
from matcher.events.schemas import EventCreate, EventUpdate, Outcome, ParticipantCreate, Priority
from matcher.events.service import EventService
from matcher.kit.schemas import Strict
from matcher.profiles.importer import parse_json_lines, rows_refused
from matcher.profiles.repository import OrganisationRepository

Email = Annotated[str, Field(max_length=320, pattern=r"^[^@\s]+@[^@\s]+\.example$")]
"""A reserved address (RFC 2606): nobody's mailbox."""
Pair = Annotated[list[Email], Field(min_length=2, max_length=2)]


class DemoPerson(Strict):
    email: Email
    """The organiser: a demo user without a password (they cannot log in until one is set)."""
    name: str = ""


class DemoParticipant(ParticipantCreate):
    email: Email
    checked_in: bool = False
    """Whether they came on the day (checked in once the event runs)."""


class DemoRequest(Strict):
    requester: Email
    recipient: Email
    priority: Priority = Priority.would_like
    message: Annotated[str, Field(max_length=1000)] = ""
    companions: Annotated[list[Email], Field(max_length=2)] = []
    answer: Literal["accepted", "declined"] | None = None
    """The recipient's answer; none: left pending, so it expires at the deadline. A no-thanks is never answered."""

    @model_validator(mode="after")
    def _veto_unanswered(self) -> Self:
        if self.priority == Priority.no_thanks and self.answer is not None:
            raise ValueError("a no-thanks is a veto: it is never answered")
        return self


class DemoAttendance(Strict):
    between: Pair
    """The two sides of a scheduled meeting (either order)."""
    status: Literal["held", "no_show"]


class DemoFollowUp(Strict):
    between: Pair
    participant: Email
    """The side (or companion) who reports."""
    outcome: Outcome
    note: Annotated[str, Field(max_length=2000)] = ""


class DemoEvent(Strict):
    """One line of `profiles/demo/events.jsonl`."""

    owner_ref: str
    organiser: DemoPerson
    """A member of the owner organisation: the organisers of an event are its members (and the managers)."""
    status: Literal["scheduled", "running", "done"]
    event: EventCreate
    participants: Annotated[list[DemoParticipant], Field(min_length=2)]
    requests: list[DemoRequest] = []
    schedule: ScheduleRequest = ScheduleRequest()
    day: list[DemoAttendance] = []
    """Meetings held or missed (the event runs); the others stay scheduled."""
    follow_ups: list[DemoFollowUp] = []

    @model_validator(mode="after")
    def _the_day_needs_the_event_running(self) -> Self:
        if self.event.owner_id is not None:
            raise ValueError("event.owner_id: leave it out, owner_ref names the owner")
        if self.status == "scheduled" and (self.day or self.follow_ups):
            raise ValueError("the day and its follow-ups need the status running or done")
        return self


def problems_of(demo: DemoEvent) -> list[tuple[str, str]]:
    """The fields that name somebody the line does not register, or register twice."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for i, participant in enumerate(demo.participants):
        email = participant.email.lower()
        if email in seen:
            found.append((f"participants.{i}.email", f"{email!r} is registered twice"))
        seen.add(email)

    def check(where: str, email: str) -> None:
        if email.lower() not in seen:
            found.append((where, f"no participant has the e-mail {email!r}"))

    for i, request in enumerate(demo.requests):
        check(f"requests.{i}.requester", request.requester)
        check(f"requests.{i}.recipient", request.recipient)
        for j, companion in enumerate(request.companions):
            check(f"requests.{i}.companions.{j}", companion)
    pairs = [("day", i, row.between) for i, row in enumerate(demo.day)]
    pairs += [("follow_ups", i, row.between) for i, row in enumerate(demo.follow_ups)]
    for name, i, between in pairs:
        for j, email in enumerate(between):
            check(f"{name}.{i}.between.{j}", email)
    for i, follow_up in enumerate(demo.follow_ups):
        check(f"follow_ups.{i}.participant", follow_up.participant)
    return found


def parse_demo(text: str) -> list[DemoEvent]:
    """Every line as a `DemoEvent`; an `ImportFailed` naming each bad line and field otherwise."""
    found, errors = parse_json_lines(text, DemoEvent, problems_of)
    if errors:
        raise rows_refused(errors, f"the demo's events do not validate ({len(errors)} problem(s))")
    return found


@dataclass
class DemoReport:
    created: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    meetings: int = 0
    """Meetings the solver placed for the events created."""


class DemoLoader:
    """Replays the demo's events through the services on one session (the caller commits)."""

    def __init__(self, session: Session, matching: Matching | None = None, indexer: Any = None) -> None:
        self.session = session
        args = (session, matching, indexer)
        self.events, self.requests, self.schedules = (
            EventService(*args),
            RequestService(*args),
            ScheduleService(*args),
        )
        self.users = UserService(session)

    def organiser(self, who: DemoPerson, owner_ref: str) -> User:
        user = self.users.users.get_by_email(who.email)
        if user is None:
            data = UserCreate(email=who.email, name=who.name, role=Role.member, organisation_ref=owner_ref)
            user, _ = self.users.create(data)
        return user

    def missing(self, demos: list[DemoEvent]) -> list[DemoEvent]:
        """The demo's events not in the database yet (by owner and name)."""
        existing, _ = self.events.events.list_past_draft(everything=True, limit=100_000)
        there = {(e.owner.ref, e.name) for e in existing}
        return [d for d in demos if (d.owner_ref, d.event.name) not in there]

    def load(self, demos: list[DemoEvent]) -> DemoReport:
        report = DemoReport()
        todo = self.missing(demos)
        for demo in demos:
            if demo not in todo:
                report.skipped.append(demo.event.name)
                continue
            owner = OrganisationRepository(self.session).get_by_ref(demo.owner_ref)
            if owner is None:
                raise InvalidInput(f"the demo event {demo.event.name!r}: no organisation {demo.owner_ref!r}")
            report.meetings += self.replay(demo, owner.id, self.organiser(demo.organiser, demo.owner_ref))
            report.created.append(demo.event.name)
        return report

    def replay(self, demo: DemoEvent, owner_id: int, organiser: User) -> int:
        """The event from its draft to the file's status; the number of meetings placed."""
        data = demo.event.model_copy(update={"owner_id": owner_id, "request_deadline": None})
        event = self.events.create(organiser, data)
        self.events.transition(event, organiser, "registration")
        ids: dict[str, int] = {}
        for entry in demo.participants:
            item = ParticipantCreate.model_validate(entry.model_dump(exclude={"checked_in"}))
            participant, _ = self.events.register(event, organiser, item)
            ids[entry.email.lower()] = participant.id
        self.events.transition(event, organiser, "requests")
        self.ask(demo, event, organiser, ids)
        self.requests.expire(event, organiser)  # the deadline: what is left unanswered expires
        solved = self.schedules.schedule(
            event, organiser, demo.schedule.time_limit_s, demo.schedule.recommended
        )
        self.schedules.confirm(event, organiser)
        self.events.transition(event, organiser, "scheduled")
        if demo.status != "scheduled":
            self.run_the_day(demo, event, organiser, ids)
        if demo.event.request_deadline is not None:  # set at the end: a past event carries a past deadline
            self.events.update(event, organiser, EventUpdate(request_deadline=demo.event.request_deadline))
        if demo.status == "done":
            self.events.transition(event, organiser, "done")
        return solved.meetings

    def ask(self, demo: DemoEvent, event: Event, organiser: User, ids: dict[str, int]) -> None:
        for entry in demo.requests:
            request = self.requests.create(
                event,
                organiser,
                RequestCreate(
                    requester_id=ids[entry.requester.lower()],
                    recipient_id=ids[entry.recipient.lower()],
                    priority=entry.priority,
                    message=entry.message,
                    companions=[ids[c.lower()] for c in entry.companions],
                ),
            )
            if entry.answer is not None:
                self.requests.answer(request, organiser, entry.answer)

    def run_the_day(self, demo: DemoEvent, event: Event, organiser: User, ids: dict[str, int]) -> None:
        """Check-in, the meetings held or missed, and the follow-ups the organiser records for each side."""
        self.events.transition(event, organiser, "running")
        for entry in demo.participants:
            if entry.checked_in:
                participant = self.events.find_participant(event, ids[entry.email.lower()])
                self.events.check_in(event, participant, organiser, True)
        meetings = {
            frozenset((m.participant_a_id, m.participant_b_id)): m
            for m in self.schedules.list(event, organiser)
            if m.status != "cancelled"
        }

        def meeting(pair: list[str]) -> Meeting:
            found = meetings.get(frozenset(ids[e.lower()] for e in pair))
            if found is None:
                raise InvalidInput(f"{event.name!r}: the schedule has no meeting of {pair[0]} and {pair[1]}")
            return found

        for attendance in demo.day:
            self.schedules.change(meeting(attendance.between), organiser, attendance.status, None)
        for follow_up in demo.follow_ups:
            data = FollowUpCreate(
                outcome=follow_up.outcome,
                participant_id=ids[follow_up.participant.lower()],
                note=follow_up.note,
            )
            self.schedules.follow_up(meeting(follow_up.between), organiser, data)
