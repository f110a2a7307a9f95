"""Events themselves and their participants: create, change, list, show one as a viewer may see it, move it
through its states (draft -> registration -> requests -> scheduled -> running -> done), register participants,
check them in, and report on the event.

The other steps have a module each: `requests.py` (meeting requests, their answers and expiry),
`matching.py` (the recommender's partners among the participants), `scheduling.py` (the schedule, its
confirmation, the agenda and calendar, attendance, follow-ups) and `importer.py` (participants from CSV).
Services never commit; the caller's unit of work does.
"""

from __future__ import annotations

import builtins
from collections import Counter
from datetime import datetime
from typing import Any

from matcher.auth.models import User
from matcher.auth.policies import (
    Forbidden,
    is_staff,
    may_organise_event,
    organised_event,
    require_user,
    viewable_event,
)
from matcher.errors import Conflict, InvalidInput, refuse_move
from matcher.events.base import EventBase, event_slots
from matcher.events.meeting_schemas import EventReport
from matcher.events.models import Event, EventTable, Participant
from matcher.events.schemas import (
    EVENT_TRANSITIONS,
    EventCreate,
    EventPublic,
    EventUpdate,
    ParticipantCreate,
    SlotPublic,
    TableCreate,
    TablePublic,
    Window,
)
from matcher.profiles.repository import OrganisationRepository

REGISTERING = ("draft", "registration", "requests", "scheduled")


class EventService(EventBase):
    """An event's own life. `get` and `organise` are what the web layer's guards ask."""

    # --- reading ---------------------------------------------------------------------------------------------

    def get(self, event_id: int, viewer: User | None) -> Event:
        """An event the viewer may see (a draft is 404 to all but its organisers and participants)."""
        event = self.find_event(event_id)
        viewable_event(viewer, event, f"event {event_id} does not exist", self.me(event, viewer) is not None)
        return event

    def organise(self, event_id: int, viewer: User | None) -> Event:
        """An event the viewer organises; 403 to who may see it, 404 to the others."""
        event = self.find_event(event_id)
        organised_event(viewer, event, f"event {event_id} does not exist", self.me(event, viewer) is not None)
        return event

    def list(
        self,
        viewer: User | None,
        statuses: builtins.list[str] | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> tuple[builtins.list[Event], int]:
        """Managers see every event; the others the published ones, members also their own drafts."""
        return self.events.list_past_draft(
            statuses=statuses,
            everything=is_staff(viewer),
            owner_or_published=viewer.organisation_id if viewer is not None else None,
            offset=offset,
            limit=limit,
        )

    def public(self, event: Event, viewer: User | None) -> EventPublic:
        return EventPublic(
            id=event.id,
            owner_id=event.owner_id,
            owner_name=event.owner.name,
            name=event.name,
            venue=event.venue,
            description=event.description,
            meeting_minutes=event.meeting_minutes,
            changeover_minutes=event.changeover_minutes,
            windows=[Window(**w) for w in event.windows],
            slots=[SlotPublic(index=i, start=s.start, end=s.end) for i, s in enumerate(event_slots(event))],
            tables=[
                TablePublic(id=t.id, name=t.name, capacity=t.capacity, location=t.location)
                for t in event.tables
            ],
            roles=list(event.roles),
            intents=list(event.intents),
            auto_accept=event.auto_accept,
            cap_per_participant=event.cap_per_participant,
            request_deadline=event.request_deadline,
            status=event.status,  # type: ignore[arg-type]
            schedule_state=event.schedule_state,
            allowed=list(EVENT_TRANSITIONS[event.status]) if may_organise_event(viewer, event) else [],
            participants=self.participants.count_of(event.id),
            created_at=event.created_at,
        )

    # --- writing ---------------------------------------------------------------------------------------------

    def create(self, viewer: User | None, data: EventCreate) -> Event:
        """A manager creates an event for any organisation (`owner_id`); a member for their own. A draft."""
        user = require_user(viewer)
        owner_id = data.owner_id if data.owner_id is not None else user.organisation_id
        if owner_id is None:
            raise InvalidInput(
                "say who organises the event: `owner_id`",
                detail=[{"field": "owner_id", "message": "required"}],
            )
        if not is_staff(user) and owner_id != user.organisation_id:
            raise Forbidden("members create events for their own organisation only")
        owner = OrganisationRepository(self.session).get(owner_id)
        if owner is None:
            raise InvalidInput(
                f"organisation {owner_id} does not exist",
                detail=[{"field": "owner_id", "message": "unknown"}],
            )
        values = self._values(data.model_dump(mode="json", exclude={"owner_id", "tables"}))
        event = Event(owner_id=owner.id, created_by_id=user.id, status="draft", **values)
        event.owner = owner
        event.tables = [EventTable(**t.model_dump()) for t in data.tables]
        return self.events.add(event)

    def update(self, event: Event, viewer: User | None, data: EventUpdate) -> Event:
        """Change what is sent; the windows, the meeting length and the tables stay once a schedule exists."""
        organised_event(viewer, event, f"event {event.id} does not exist")
        values = self._values(data.model_dump(mode="json", exclude_unset=True, exclude={"tables"}))
        if data.tables is not None:
            values["tables"] = data.tables
        timing = {"windows", "meeting_minutes", "changeover_minutes", "tables"} & set(values)
        if timing and event.schedule_state != "none":
            raise Conflict(
                f"{', '.join(sorted(timing))} cannot change once a schedule exists",
                detail={"status": event.status, "allowed": []},
            )
        if event.status == "done":
            raise refuse_move("event", "done", "changed", [], "a finished event stays as it is")
        tables = values.pop("tables", None)
        for key, value in values.items():
            setattr(event, key, value)
        if tables is not None:
            self._replace_tables(event, tables)
        self.session.flush()
        return event

    def _replace_tables(self, event: Event, tables: builtins.list[TableCreate]) -> None:
        """Change the tables by name in place (a new row under an old name would clash before the old one is
        deleted), add the new ones, drop the rest."""
        wanted = {t.name: t for t in tables}
        for row in builtins.list(event.tables):
            if row.name not in wanted:
                event.tables.remove(row)
        self.session.flush()
        known = {t.name: t for t in event.tables}
        for name, table in wanted.items():
            if name in known:
                known[name].capacity, known[name].location = table.capacity, table.location
            else:
                event.tables.append(EventTable(**table.model_dump()))

    def _values(self, values: dict[str, Any]) -> dict[str, Any]:
        """A null sent for a field that must hold a value leaves it as it is (only the deadline may be cleared).
        The deadline goes back from its JSON text to a datetime: its column stores one."""
        kept = {k: v for k, v in values.items() if v is not None or k == "request_deadline"}
        if isinstance(kept.get("request_deadline"), str):
            kept["request_deadline"] = datetime.fromisoformat(kept["request_deadline"])
        return kept

    def transition(self, event: Event, viewer: User | None, to: str) -> Event:
        """Move the event; a 409 names what is allowed from here. Opening registration needs session windows
        and tables; `scheduled` needs a confirmed schedule."""
        organised_event(viewer, event, f"event {event.id} does not exist")
        allowed = EVENT_TRANSITIONS[event.status]
        if to not in allowed:
            raise refuse_move("event", event.status, to, allowed)
        if to == "registration" and (not event_slots(event) or not event.tables):
            raise InvalidInput(
                "an event opens registration with its session windows and tables: give both first",
                detail=[{"field": f, "message": "required"} for f in ("windows", "tables")],
            )
        if to == "scheduled" and event.schedule_state != "final":
            raise refuse_move("event", event.status, to, allowed, "confirm the provisional schedule first")
        event.status = to
        self.session.flush()
        return event

    # --- participants ----------------------------------------------------------------------------------------

    def register(
        self, event: Event, viewer: User | None, data: ParticipantCreate
    ) -> tuple[Participant, bool]:
        """Add a participant, or update the one with the same e-mail (the importer's path); True when new.
        Organisers register anybody; a signed-in user registers themselves while registration is open."""
        user = require_user(viewer)
        email = data.email.strip().lower()
        if not may_organise_event(user, event):
            if event.status != "registration":
                raise Conflict(
                    f"registration is closed: the event is {event.status}",
                    detail={"status": event.status, "allowed": []},
                )
            if email != user.email.lower():
                raise Forbidden("participants register themselves, under their own e-mail")
        if event.status not in REGISTERING:
            raise Conflict(
                f"the event is {event.status}: no more participants",
                detail={"status": event.status, "allowed": []},
            )
        org = None
        if data.organisation_ref:
            org = OrganisationRepository(self.session).get_by_ref(data.organisation_ref)
            if org is None:
                raise InvalidInput(
                    f"no organisation has the ref {data.organisation_ref!r}",
                    detail=[{"field": "organisation_ref", "message": "unknown"}],
                )
        values = data.model_dump(mode="json", exclude={"organisation_ref", "email"})
        values["organisation_name"] = values["organisation_name"] or (org.name if org else "")
        participant = self.participants.by_email(event.id, email)
        new = participant is None
        if participant is None:
            participant = Participant(event_id=event.id, email=email, late=event.schedule_state != "none")
        for key, value in values.items():
            setattr(participant, key, value)
        participant.organisation_id = org.id if org else None
        if participant.user_id is None and email == user.email.lower():
            participant.user_id = user.id
        if new:
            self.participants.add(participant)
        self.session.flush()
        return participant, new

    def check_in(
        self, event: Event, participant: Participant, viewer: User | None, checked_in: bool
    ) -> Participant:
        organised_event(viewer, event, f"event {event.id} does not exist")
        self.require_status(event, ("scheduled", "running"), "checking in")
        participant.checked_in = checked_in
        self.session.flush()
        return participant

    # --- the report ------------------------------------------------------------------------------------------

    def report(self, event: Event) -> EventReport:
        """Requests and acceptance, meetings per participant, table load, the share held, follow-ups; the
        tentative meetings (slots held for pending requests) apart."""
        people = self.participants.of_event(event.id)
        requests = self.requests.of_event(event.id)
        every = self.meetings.of_event(event.id)
        meetings = [m for m in every if m.status not in ("cancelled", "tentative")]  # tentative: apart
        by_status = Counter(r.status for r in requests if r.priority != "no_thanks")  # a veto asks nothing
        answered = by_status["accepted"] + by_status["declined"]
        per: Counter[int] = Counter()
        for m in meetings:
            per.update(m.members)  # companions meet too
        done = [m for m in meetings if m.status in ("held", "no_show")]
        cells = len(event.tables) * len(event_slots(event))
        outcomes = Counter(f.outcome for f in self.follow_ups.of_event(event.id))
        return EventReport(
            participants=len(people),
            checked_in=sum(p.checked_in for p in people),
            requests=len(requests),
            by_status=dict(sorted(by_status.items())),
            acceptance_rate=round(by_status["accepted"] / answered, 3) if answered else None,
            meetings=len(meetings),
            meetings_by_status=dict(sorted(Counter(m.status for m in meetings).items())),
            meetings_per_participant=round(sum(per.values()) / len(people), 2) if people else 0.0,
            participants_with_two_or_more=sum(1 for p in people if per[p.id] >= 2),
            table_load=round(len(meetings) / cells, 3) if cells else 0.0,
            share_held=round(sum(m.status == "held" for m in done) / len(done), 3) if done else None,
            follow_ups=dict(sorted(outcomes.items())),
            tentative=sum(1 for m in every if m.status == "tentative"),
        )
