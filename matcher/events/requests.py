"""Meeting requests: a participant asks another (must meet, would like, or no thanks: a veto), the other
accepts or declines, pending ones expire at the request deadline; an event with `auto_accept` accepts every
request at once. A participant sees the requests they sent or received; the organisers see all."""

from __future__ import annotations

import builtins
from datetime import UTC, datetime

from matcher.auth.models import User
from matcher.auth.policies import (
    Forbidden,
    is_participant,
    may_organise_event,
    may_see_exchange,
    require_user,
)
from matcher.errors import Conflict, InvalidInput, NotFound, refuse_move
from matcher.events.base import EventBase
from matcher.events.models import Event, MeetingRequest
from matcher.events.schemas import REQUEST_TRANSITIONS, RequestCreate, RequestPublic

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
        """Ask to meet: a participant as themselves, an organiser for any `requester_id`."""
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
        )
        request.requester, request.recipient = requester, recipient
        return self.requests.add(request)

    def answer(self, request: MeetingRequest, viewer: User | None, to: str) -> MeetingRequest:
        """The recipient (or an organiser) accepts or declines; only pending requests move."""
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
        request.status = to
        request.answered_at = datetime.now(UTC)
        self.session.flush()
        return request

    def expire(self, event: Event, viewer: User | None) -> int:
        """Every pending request expires (after the deadline, or when the organiser closes requests)."""
        if not may_organise_event(viewer, event):
            raise Forbidden("only the event's organisers expire requests")
        pending = self.requests.of_event(event.id, statuses=["pending"])
        for request in pending:
            request.status = "expired"
        self.session.flush()
        return len(pending)

    def public(self, request: MeetingRequest) -> RequestPublic:
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
        )
