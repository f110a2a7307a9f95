"""Meeting requests: a participant asks another (must meet, would like, or no thanks: a veto), naming colleagues
who join (a team of at most four), the other accepts (adding their own colleagues) or declines, pending ones
expire at the request deadline, and the organisers remind recipients who have not answered; an event with
`auto_accept` accepts every request at once. A participant sees the requests they sent or received; the
organisers see all. A pending request may hold a tentative meeting (`scheduling.py`): accepting it schedules the
meeting where it is, declining or expiring it cancels the meeting and frees the slot."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from matcher.alerts.service import AlertService
from matcher.auth.models import User
from matcher.auth.policies import (
    Forbidden,
    is_participant,
    may_organise_event,
    may_see_exchange,
    require_user,
)
from matcher.auth.repository import UserRepository
from matcher.errors import Conflict, InvalidInput, NotFound, refuse_move
from matcher.events.base import EventBase, colleagues, spans
from matcher.events.meeting_schemas import MemberPublic, ReminderReport, RequestCreate, RequestPublic
from matcher.events.models import Event, Meeting, MeetingRequest, Participant
from matcher.events.scheduler import TEAM_LIMIT, TENTATIVE_NOTE, Person, Slot
from matcher.events.schemas import REQUEST_TRANSITIONS

ASKING = ("registration", "requests", "scheduled")  # late registrants still ask


class RequestService(EventBase):
    def get(self, request_id: int, viewer: User | None) -> MeetingRequest:
        """A request the viewer may see: its two sides and the organisers (404 to the others)."""
        request = self.find_request(request_id)
        event = self.find_event(request.event_id)
        if not may_see_exchange(
            viewer, event, self.sides(event, viewer, request.requester, request.recipient)
        ):
            raise NotFound(f"meeting request {request_id} does not exist")
        return request

    def list(self, event: Event, viewer: User | None) -> builtins.list[MeetingRequest]:
        """Every request for the organisers; a participant's own (sent and received) for them."""
        user = require_user(viewer)
        if may_organise_event(user, event):
            return self.requests.of_event(event.id)
        mine = self.me(event, user)
        if mine is None:
            raise Forbidden("only the event's participants and organisers see its requests")
        return self.requests.of_event(event.id, mine.id)

    def create(self, event: Event, viewer: User | None, data: RequestCreate) -> MeetingRequest:
        """Ask to meet: a participant as themselves, an organiser for any `requester_id`; `companions` are
        colleagues of either side who join."""
        user = require_user(viewer)
        if may_organise_event(user, event) and data.requester_id is not None:
            requester = self.find_participant(event, data.requester_id)
        else:
            mine = self.me(event, user)
            if mine is None:
                raise Forbidden("only the event's participants ask for meetings")
            if data.requester_id is not None and data.requester_id != mine.id:
                raise Forbidden("participants ask for meetings as themselves")
            requester = mine
        recipient = self.find_participant(event, data.recipient_id)
        if recipient.id == requester.id:
            raise InvalidInput(
                "a participant cannot ask to meet themselves",
                detail=[{"field": "recipient_id", "message": "the requester"}],
            )
        companions = self.team(event, data.companions, [], requester, recipient, [requester, recipient])
        self.require_status(event, ASKING, "asking for a meeting")
        if event.request_deadline is not None and datetime.now(UTC) > event.request_deadline:
            raise Conflict(
                f"the request deadline {event.request_deadline:%Y-%m-%d %H:%M} has passed",
                detail={"status": event.status, "allowed": []},
            )
        if self.requests.between(event.id, requester.id, recipient.id) is not None:
            raise Conflict(
                f"{requester.name} already asked {recipient.name}",
                detail={"status": "pending", "allowed": []},
            )
        status = "accepted" if event.auto_accept and data.priority != "no_thanks" else "pending"
        request = MeetingRequest(
            event_id=event.id,
            requester_id=requester.id,
            recipient_id=recipient.id,
            priority=data.priority.value,
            message=data.message.strip(),
            status="declined" if data.priority == "no_thanks" else status,
            companions=[p.id for p in companions],
        )
        request.requester, request.recipient = requester, recipient
        return self.requests.add(request)

    def team(
        self,
        event: Event,
        named: Sequence[int],
        joined: Sequence[int],
        requester: Participant,
        recipient: Participant,
        of: Sequence[Participant],
    ) -> builtins.list[Participant]:
        """The companions `named`, checked: participants of the event, neither side nor already `joined`,
        each a colleague of one of `of`, at most four people in all. A 422 names each id and why."""
        problems: builtins.list[str] = []
        found: builtins.list[Participant] = []
        for pid in named:
            participant = self.participants.get(pid)
            if participant is None or participant.event_id != event.id:
                problems.append(f"participant {pid} is not at event {event.id}")
            elif pid in (requester.id, recipient.id):
                side = "requester" if pid == requester.id else "recipient"
                problems.append(f"participant {pid} ({participant.name}) is the {side}, not a companion")
            elif pid in joined or participant in found:
                problems.append(f"participant {pid} ({participant.name}) is named twice")
            elif not any(colleagues(participant, p) for p in of):
                whose = " or ".join(f"{p.name} ({p.organisation_name or 'no organisation'})" for p in of)
                problems.append(
                    f"participant {pid} ({participant.name}, {participant.organisation_name or 'no organisation'})"
                    f" is no colleague of {whose}"
                )
            else:
                found.append(participant)
        people = 2 + len(joined) + len(named)
        if people > TEAM_LIMIT:
            problems.append(
                f"a meeting seats at most {TEAM_LIMIT}: the two sides and {TEAM_LIMIT - 2} companions; "
                f"this team has {people}"
            )
        if problems:
            raise InvalidInput(
                "companions: " + "; ".join(problems),
                detail=[{"field": "companions", "message": problem} for problem in problems],
            )
        return found

    def answer(
        self, request: MeetingRequest, viewer: User | None, to: str, companions: Sequence[int] = ()
    ) -> MeetingRequest:
        """The recipient (or an organiser) accepts, with their own colleagues as `companions`, or declines;
        only pending requests move. A tentative meeting of the request is scheduled where it is (accepted) or
        cancelled (declined)."""
        user = require_user(viewer)
        event = self.find_event(request.event_id)
        if to == "expired":
            raise refuse_move(
                "meeting request", request.status, to, ["accepted", "declined"], "expiry is the deadline's"
            )
        if not (may_organise_event(user, event) or is_participant(user, request.recipient)):
            raise Forbidden("only the recipient answers a meeting request")
        allowed = REQUEST_TRANSITIONS[request.status]
        if to not in allowed:
            raise refuse_move("meeting request", request.status, to, allowed)
        self.require_status(event, ASKING, "answering a meeting request")
        if companions and to != "accepted":
            raise InvalidInput(
                "companions join a meeting on accepting it, not on declining it",
                detail=[{"field": "companions", "message": "only with accepted"}],
            )
        joining = self.team(
            event, companions, request.companions, request.requester, request.recipient, [request.recipient]
        )
        request.status = to
        request.answered_at = datetime.now(UTC)
        request.companions = [*request.companions, *(p.id for p in joining)]
        for meeting in self.meetings.of_request(request.id, ["tentative"]):
            if to == "declined":
                meeting.status = "cancelled"
            elif self._joins(event, meeting, joining):
                meeting.status = "scheduled"
                meeting.companions = list(request.companions)
                meeting.reason = meeting.reason.replace(TENTATIVE_NOTE, " and was accepted")
                if joining:
                    meeting.reason += f"; {' and '.join(p.name for p in joining)} join on acceptance"
            else:  # a newcomer cannot be there then: the next solve places the whole team
                self.meetings.remove([meeting])
        self.session.flush()
        return request

    def _joins(self, event: Event, meeting: Meeting, joining: Sequence[Participant]) -> bool:
        """Whether colleagues added on accepting fit the meeting's slot: a table that seats the team, each of
        them free then (available, in no agenda block, in no other meeting) and below their cap."""
        if not joining:
            return True
        seats = {t.name: t.capacity for t in event.tables}
        if seats.get(meeting.table, 0) < len(meeting.members) + len(joining):
            return False
        slot = Slot(meeting.starts_at, event.meeting_minutes)
        busy = {
            pid
            for m in self.meetings.at_slot(event.id, meeting.slot)
            if m.id != meeting.id
            for pid in m.members
        }
        for p in joining:
            cap = min(
                p.capacity if p.capacity is not None else event.cap_per_participant, event.cap_per_participant
            )
            person = Person(p.id, cap, spans(p.availability), spans(p.agenda))
            taken = [m for m in self.meetings.of_event(event.id, p.id) if m.status != "cancelled"]
            if p.id in busy or not person.free_at(slot) or len(taken) >= cap:
                return False
        return True

    def expire(self, event: Event, viewer: User | None) -> int:
        """Every pending request expires (after the deadline, or when the organiser closes requests); their
        tentative meetings are cancelled."""
        if not may_organise_event(viewer, event):
            raise Forbidden("only the event's organisers expire requests")
        pending = self.requests.of_event(event.id, statuses=["pending"])
        for request in pending:
            request.status = "expired"
            for meeting in self.meetings.of_request(request.id, ["tentative"]):
                meeting.status = "cancelled"
        self.session.flush()
        return len(pending)

    def remind(self, event: Event, viewer: User | None, after_hours: float = 24) -> ReminderReport:
        """The organisers remind the recipients of requests pending longer than `after_hours` who were not
        reminded within it: a message in their inbox, `reminders` + 1. A recipient without an (active) user
        account is counted as not reachable (and asked again next time)."""
        if not may_organise_event(viewer, event):
            raise Forbidden("only the event's organisers remind participants")
        self.require_status(event, ASKING, "reminding of pending requests")
        now = datetime.now(UTC)
        if event.request_deadline is not None and now > event.request_deadline:
            raise Conflict(
                f"the request deadline {event.request_deadline:%Y-%m-%d %H:%M} has passed: expire the pending "
                "requests instead",
                detail={"status": event.status, "allowed": []},
            )
        users = UserRepository(self.session)
        inbox = AlertService(self.session)
        reminded = unreachable = 0
        for request in self.requests.to_remind(event.id, now - timedelta(hours=after_hours)):
            recipient = request.recipient
            user = users.get(recipient.user_id) if recipient.user_id is not None else None
            user = user or users.get_by_email(recipient.email.lower())
            if user is None or not user.active:
                unreachable += 1
                continue
            inbox.notify(user, *self._reminder(event, request), f"/events/{event.id}")
            request.reminders = (request.reminders or 0) + 1
            request.reminded_at = now
            reminded += 1
        self.session.flush()
        return ReminderReport(reminded=reminded, not_reachable=unreachable)

    def _reminder(self, event: Event, request: MeetingRequest) -> tuple[str, str]:
        requester = request.requester
        kind = "must meet" if request.priority == "must" else "would like to meet"
        subject = f"{requester.name} is waiting for your answer: a meeting at {event.name}"
        body = (
            f"{requester.name} ({requester.organisation_name or 'no organisation'}) asked to meet you ({kind}) on "
            f"{request.created_at:%Y-%m-%d}. Accept or decline the request"
        )
        if event.request_deadline is not None:
            body += f" before {event.request_deadline:%Y-%m-%d %H:%M}"
        return subject, body + "."

    def public(self, request: MeetingRequest) -> RequestPublic:
        companions = [self.participants.get(pid) for pid in request.companions or []]
        return RequestPublic(
            id=request.id,
            event_id=request.event_id,
            requester_id=request.requester_id,
            requester_name=request.requester.name,
            recipient_id=request.recipient_id,
            recipient_name=request.recipient.name,
            priority=request.priority,
            message=request.message,
            status=request.status,
            created_at=request.created_at,
            companions=[
                MemberPublic(id=p.id, name=p.name, organisation_name=p.organisation_name)
                for p in companions
                if p is not None
            ],
            reminders=request.reminders or 0,
            reminded_at=request.reminded_at,
        )
