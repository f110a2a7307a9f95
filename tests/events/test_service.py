"""The events' services on a real database, as the API and the CLI call them: refused moves name what is
allowed, the CSV import writes all rows or none, requests and vetoes, the engine's explained partners, the
provisional schedule its participants do not see until confirmed, a re-solve after a late registrant that
keeps the meetings, the day (check-in, held, no-show), follow-ups into the network, and the report; teams of up
to four (colleagues checked, the meeting in a companion's agenda), pending requests holding tentative slots, and
reminders."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from icalendar import Calendar

from matcher.alerts.repository import InboxRepository
from matcher.auth.models import User
from matcher.auth.policies import Forbidden
from matcher.auth.schemas import UserCreate
from matcher.auth.service import UserService
from matcher.errors import Conflict, ImportFailed, InvalidInput, NotFound
from matcher.events.importer import import_participants
from matcher.events.meeting_schemas import FollowUpCreate, RequestCreate
from matcher.events.models import Event
from matcher.events.schemas import ParticipantCreate
from matcher.profiles.repository import CooperationRepository
from tests.conftest import Person
from tests.events.conftest import CSV, Services, new_event


def registered(s: Services, people: dict[str, Person]) -> tuple[Event, dict[str, int]]:
    manager = s.user(people["manager"])
    event = new_event(s, manager)
    s.events.transition(event, manager, "registration")
    report = import_participants(s.events, event, manager, CSV)
    assert (report.created, report.updated) == (5, 0)
    ids = {p.email.split("@")[0]: p.id for p in s.events.participants.of_event(event.id)}
    return event, ids


def test_refused_moves_name_what_is_allowed(services: Services, people: dict[str, Person]) -> None:
    manager = services.user(people["manager"])
    event = new_event(services, manager, windows=[], tables=[])
    with pytest.raises(Conflict) as refused:
        services.events.transition(event, manager, "running")
    assert refused.value.detail == {"status": "draft", "allowed": ["registration"]}
    with pytest.raises(Exception, match="windows and tables"):
        services.events.transition(event, manager, "registration")
    with pytest.raises(NotFound):  # a draft is hidden from all but its organisers
        services.events.transition(event, services.user(people["fuelcell"]), "registration")


def test_a_bad_row_names_its_line_and_field_and_writes_nothing(
    services: Services, people: dict[str, Person]
) -> None:
    manager = services.user(people["manager"])
    event = new_event(services, manager)
    bad = CSV.replace("ina@fund.example,investor", "ina-at-fund,wizard").replace(
        "t-h2-institute", "t-nowhere"
    )
    with pytest.raises(ImportFailed) as failed:
        import_participants(services.events, event, manager, bad)
    problems = {(e["line"], e["field"]) for e in failed.value.detail}
    assert {(6, "email"), (6, "role"), (5, "organisation_ref")} <= problems
    assert services.events.participants.of_event(event.id) == []
    twice = CSV + "Sam Again,SAM@steel.example,company,,,,,,\n"
    with pytest.raises(ImportFailed, match="appears twice"):
        import_participants(services.events, event, manager, twice)
    with pytest.raises(ImportFailed, match="unknown column"):
        import_participants(services.events, event, manager, "name,email,role,shoe\n")


def test_requests_vetoes_recommendations_and_the_whole_day(
    services: Services, people: dict[str, Person]
) -> None:
    s = services
    manager = s.user(people["manager"])
    event, ids = registered(s, people)
    sam, lena = s.user(people["steel"]), s.user(people["fuelcell"])
    # recommendations: explained, never the participant themselves, a veto removes the pair
    recs = s.matching.recommend(event, s.events.find_participant(event, ids["sam"]), sam, k=5)
    assert recs.count and all(r.participant_id != ids["sam"] and r.reasons for r in recs.data)
    assert {r.role for r in recs.data} == {"startup"}  # Sam looks for start-ups
    with pytest.raises(Forbidden):
        s.matching.recommend(event, s.events.find_participant(event, ids["sam"]), lena)
    s.events.transition(event, manager, "requests")
    asked = s.requests.create(event, sam, RequestCreate(recipient_id=ids["vera"], priority="must"))  # type: ignore[arg-type]
    s.requests.create(event, lena, RequestCreate(recipient_id=ids["sam"]))  # type: ignore[call-arg]
    s.requests.create(event, manager, RequestCreate(requester_id=ids["ina"], recipient_id=ids["vera"]))  # type: ignore[call-arg]
    s.requests.create(
        event, manager, RequestCreate(requester_id=ids["ole"], recipient_id=ids["sam"], priority="no_thanks")
    )  # type: ignore[arg-type]
    with pytest.raises(Conflict, match="already asked"):
        s.requests.create(event, sam, RequestCreate(recipient_id=ids["vera"]))  # type: ignore[call-arg]
    with pytest.raises(Forbidden):
        s.requests.answer(asked, lena, "accepted")
    s.requests.answer(asked, manager, "accepted")
    with pytest.raises(Conflict) as refused:
        s.requests.answer(asked, manager, "declined")
    assert refused.value.detail["allowed"] == []
    lenas = s.requests.list(event, lena)
    assert {r.requester_id for r in lenas} == {ids["lena"]}
    s.requests.answer(lenas[0], sam, "accepted")
    assert s.requests.expire(event, manager) == 1  # Ina's request to Vera
    # the schedule: provisional, seen by the organisers only, then final
    result = s.schedule.schedule(event, manager, time_limit_s=5)
    assert (result.state, result.meetings) == ("provisional", 2)
    assert s.schedule.list(event, sam) == []
    s.schedule.confirm(event, manager)
    mine = s.schedule.list(event, sam)
    assert len(mine) == 2 and all(m.reason for m in mine)
    vera_meeting = next(m for m in mine if ids["vera"] in (m.participant_a_id, m.participant_b_id))
    keynote_ends = datetime(2027, 5, 6, 9, 40, tzinfo=timezone(timedelta(hours=2)))
    assert vera_meeting.starts_at >= keynote_ends  # never during Vera's keynote
    assert "must meet" in vera_meeting.reason
    # contacts: Sam sees Vera's e-mail (they meet), Lena does not see Vera's
    vera = s.events.find_participant(event, ids["vera"])
    assert s.events.participant_public(vera, event, sam).email == "vera@vision.example"
    assert s.events.participant_public(vera, event, lena).email is None
    assert b"BEGIN:VEVENT" in s.schedule.ics(event, sam)
    # a late registrant and a re-solve: the meetings stay where they were
    before = {m.id: (m.slot, m.table) for m in s.schedule.list(event, manager)}
    late, _ = s.events.register(
        event, manager, ParticipantCreate(name="Leo Late", email="leo@late.example", role="startup")
    )  # type: ignore[arg-type]
    s.events.transition(event, manager, "scheduled")
    s.requests.create(event, manager, RequestCreate(requester_id=late.id, recipient_id=ids["sam"]))  # type: ignore[call-arg]
    again = s.schedule.schedule(event, manager, time_limit_s=5)
    assert again.moved == 0 and again.tentative == 1  # Leo's pending request holds a slot
    scheduled = [m for m in s.schedule.list(event, manager) if m.status == "scheduled"]
    assert {m.id: (m.slot, m.table) for m in scheduled} == before
    s.schedule.confirm(event, manager)
    # the day
    s.events.transition(event, manager, "running")
    s.events.check_in(event, s.events.find_participant(event, ids["sam"]), manager, True)
    held = s.schedule.change(vera_meeting, manager, "held", None)
    with pytest.raises(Conflict):
        s.schedule.change(held, manager, "cancelled", None)
    other = next(m for m in mine if m.id != vera_meeting.id)
    s.schedule.change(other, manager, "no_show", None)
    outcome = s.schedule.follow_up(held, sam, FollowUpCreate(outcome="cooperation_agreement"))  # type: ignore[arg-type]
    assert outcome.cooperation
    pairs = {(a, b, source) for a, b, source, _ in CooperationRepository(s.session).existing()}
    a, b = sorted((vera.organisation_id, s.events.find_participant(event, ids["sam"]).organisation_id))  # type: ignore[type-var]
    assert (a, b, "event") in pairs
    with pytest.raises(Conflict):
        s.schedule.follow_up(other, sam, FollowUpCreate(outcome="further_contact"))  # type: ignore[arg-type]
    report = s.events.report(event)
    assert report.participants == 6 and report.checked_in == 1
    assert report.acceptance_rate == 1.0 and report.meetings == 2
    assert report.share_held == 0.5 and report.follow_ups == {"cooperation_agreement": 1}


def test_mutual_recommendations_fill_the_schedule_where_asked(
    services: Services, people: dict[str, Person]
) -> None:
    """With `recommended`, pairs that are each other's top recommendations meet too (below every request), a veto
    still holds, and each says why."""
    s = services
    manager = s.user(people["manager"])
    event, ids = registered(s, people)
    s.events.transition(event, manager, "requests")
    veto = RequestCreate(requester_id=ids["vera"], recipient_id=ids["sam"], priority="no_thanks")  # type: ignore[arg-type]
    s.requests.create(event, manager, veto)
    result = s.schedule.schedule(event, manager, time_limit_s=5, recommended=True)
    meetings = s.schedule.list(event, manager)
    assert result.meetings == len(meetings) > 0
    assert all("top recommendations" in m.reason for m in meetings)
    pairs = {frozenset((m.participant_a_id, m.participant_b_id)) for m in meetings}
    assert frozenset((ids["vera"], ids["sam"])) not in pairs


def team_event(s: Services, people: dict[str, Person]) -> tuple[Event, dict[str, int], User]:
    """The CSV's participants and two colleagues, Stan of Sam's steel company (a user) and Vic of Vera's
    start-up, at an event with a table for four; in requests."""
    manager = s.user(people["manager"])
    tables = [{"name": "T1"}, {"name": "T2"}, {"name": "Big", "capacity": 4}]
    event = new_event(s, manager, tables=tables)
    s.events.transition(event, manager, "registration")
    import_participants(s.events, event, manager, CSV)
    for name, email, role, ref in (
        ("Stan Steel", "stan@steel.example", "company", "t-steel-co"),
        ("Vic Vision", "vic@vision.example", "startup", "t-vision-startup"),
    ):
        s.events.register(
            event,
            manager,
            ParticipantCreate(name=name, email=email, role=role, organisation_ref=ref),  # type: ignore[arg-type]
        )
    stan, _ = UserService(s.session).create(
        UserCreate(email="stan@steel.example", role="member", organisation_ref="t-steel-co")
    )  # type: ignore[arg-type]
    s.events.transition(event, manager, "requests")
    ids = {p.email.split("@")[0]: p.id for p in s.events.participants.of_event(event.id)}
    return event, ids, stan


def test_a_team_of_colleagues_meets_and_sits_in_each_members_agenda(
    services: Services, people: dict[str, Person]
) -> None:
    s = services
    manager, sam = s.user(people["manager"]), s.user(people["steel"])
    event, ids, stan = team_event(s, people)

    def ask(*companions: int) -> RequestCreate:
        return RequestCreate(recipient_id=ids["vera"], priority="must", companions=list(companions))  # type: ignore[arg-type]

    with pytest.raises(InvalidInput) as wrong:
        s.requests.create(event, sam, ask(ids["ina"], ids["sam"], 999_999))
    problems = [d["message"] for d in wrong.value.detail]
    assert problems[0].startswith(f"participant {ids['ina']} (Ina Invest, no organisation) is no colleague")
    assert problems[1] == f"participant {ids['sam']} (Sam Steel) is the requester, not a companion"
    assert problems[2] == f"participant 999999 is not at event {event.id}"
    assert "this team has 5" in problems[3]
    with pytest.raises(InvalidInput, match="named twice"):
        s.requests.create(event, sam, ask(ids["stan"], ids["stan"]))
    request = s.requests.create(event, sam, ask(ids["stan"]))  # Sam brings his colleague
    # the recipient adds only their own colleagues
    with pytest.raises(InvalidInput, match="no colleague of Vera Vision"):
        s.requests.answer(request, manager, "accepted", [ids["lena"]])
    with pytest.raises(InvalidInput, match="on accepting"):
        s.requests.answer(request, manager, "declined", [ids["vic"]])
    s.requests.answer(request, manager, "accepted", [ids["vic"]])
    assert request.companions == [ids["stan"], ids["vic"]]
    assert [c.name for c in s.requests.public(request).companions] == ["Stan Steel", "Vic Vision"]
    result = s.schedule.schedule(event, manager, time_limit_s=5)
    assert (result.meetings, result.tentative) == (1, 0)
    [meeting] = s.schedule.list(event, manager)
    assert meeting.table == "Big" and meeting.companions == [ids["stan"], ids["vic"]]
    assert "with Stan Steel and Vic Vision, a team of 4" in meeting.reason
    assert s.schedule.list(event, stan) == []  # provisional: the organisers' alone
    s.schedule.confirm(event, manager)
    # the companion's agenda, calendar and the meeting itself; the team shares its contacts
    assert [m.id for m in s.schedule.list(event, stan)] == [meeting.id]
    assert s.schedule.get_meeting(meeting.id, stan).id == meeting.id
    [entry] = Calendar.from_ical(s.schedule.ics(event, stan)).walk("VEVENT")
    assert str(entry["summary"]) == "Meeting: Sam Steel, Vera Vision, Stan Steel and Vic Vision"
    shown = s.schedule.public(meeting, event, stan)
    assert [c.name for c in shown.companions] == ["Stan Steel", "Vic Vision"]
    assert (
        shown.participant_b.email == "vera@vision.example"
        or shown.participant_a.email == "vera@vision.example"
    )
    assert shown.companions[1].email == "vic@vision.example"
    lena = s.user(people["fuelcell"])
    assert s.schedule.public(meeting, event, lena).companions[0].email is None
    with pytest.raises(NotFound):
        s.schedule.get_meeting(meeting.id, lena)
    # the day: the companion reports the outcome too
    for to in ("scheduled", "running"):
        s.events.transition(event, manager, to)
    s.schedule.change(meeting, manager, "held", None)
    outcome = s.schedule.follow_up(meeting, stan, FollowUpCreate(outcome="negotiation"))  # type: ignore[arg-type]
    assert outcome.participant_id == ids["stan"]
    report = s.events.report(event)
    assert report.meetings == 1 and report.meetings_per_participant == round(4 / 7, 2)


def test_pending_requests_hold_tentative_slots_until_answered(
    services: Services, people: dict[str, Person]
) -> None:
    s = services
    manager, sam, lena = s.user(people["manager"]), s.user(people["steel"]), s.user(people["fuelcell"])
    event, ids = registered(s, people)
    s.events.transition(event, manager, "requests")
    to_vera = s.requests.create(event, sam, RequestCreate(recipient_id=ids["vera"], priority="must"))  # type: ignore[arg-type]
    to_sam = s.requests.create(event, lena, RequestCreate(recipient_id=ids["sam"]))  # type: ignore[call-arg]
    s.requests.create(event, manager, RequestCreate(requester_id=ids["ina"], recipient_id=ids["ole"]))  # type: ignore[call-arg]
    result = s.schedule.schedule(event, manager, time_limit_s=5)
    assert (result.meetings, result.tentative, result.unscheduled) == (0, 3, [])
    held = {m.request_id: m for m in s.schedule.list(event, manager)}
    assert {m.status for m in held.values()} == {"tentative"}
    assert "tentative until the request is answered" in held[to_vera.id].reason
    report = s.events.report(event)
    assert (report.meetings, report.tentative, report.table_load) == (0, 3, 0.0)
    assert s.schedule.confirm(event, manager).tentative == 3  # confirming keeps them tentative
    # the two sides see theirs, marked; a tentative meeting shares no contact yet
    assert {m.status for m in s.schedule.list(event, sam)} == {"tentative"}
    assert len(s.schedule.list(event, sam)) == 2
    calendar = Calendar.from_ical(s.schedule.ics(event, sam)).walk("VEVENT")
    assert {str(e["STATUS"]) for e in calendar} == {"TENTATIVE"}
    sam_there = s.events.find_participant(event, ids["sam"])
    assert s.events.participant_public(sam_there, event, lena).email is None
    with pytest.raises(Conflict, match="accepting its request"):
        s.schedule.change(held[to_sam.id], manager, "scheduled", None)
    # accepted: scheduled where it is, no re-solve; declined and expired: cancelled, the slot freed
    where = (held[to_vera.id].id, held[to_vera.id].slot, held[to_vera.id].table)
    s.requests.answer(to_vera, manager, "accepted")
    meeting = s.schedule.find_meeting(where[0])
    assert (meeting.id, meeting.slot, meeting.table, meeting.status) == (*where, "scheduled")
    assert "(must meet) and was accepted" in meeting.reason and "tentative" not in meeting.reason
    confirmed = Calendar.from_ical(s.schedule.ics(event, sam)).walk("VEVENT")
    assert sorted(str(e["STATUS"]) for e in confirmed) == ["CONFIRMED", "TENTATIVE"]
    s.requests.answer(to_sam, sam, "declined")
    assert held[to_sam.id].status == "cancelled"
    assert s.requests.expire(event, manager) == 1
    assert {m.status for m in held.values()} == {"scheduled", "cancelled"}
    report = s.events.report(event)
    assert (report.meetings, report.tentative, report.meetings_by_status) == (1, 0, {"scheduled": 1})
    assert s.events.participant_public(s.events.find_participant(event, ids["vera"]), event, sam).email


def test_reminders_reach_each_recipient_once_per_window(
    services: Services, people: dict[str, Person]
) -> None:
    s = services
    manager, sam, lena = s.user(people["manager"]), s.user(people["steel"]), s.user(people["fuelcell"])
    event, ids = registered(s, people)
    s.events.transition(event, manager, "requests")
    to_sam = s.requests.create(event, lena, RequestCreate(recipient_id=ids["sam"]))  # type: ignore[call-arg]
    to_vera = s.requests.create(event, sam, RequestCreate(recipient_id=ids["vera"]))  # type: ignore[call-arg]
    with pytest.raises(Forbidden):
        s.requests.remind(event, sam)
    fresh = s.requests.remind(event, manager)  # nothing has waited a day yet
    assert (fresh.reminded, fresh.not_reachable) == (0, 0)
    two_days_ago = datetime.now(UTC) - timedelta(hours=48)
    for request in (to_sam, to_vera):
        request.created_at = two_days_ago
    s.session.flush()
    first = s.requests.remind(event, manager, after_hours=24)
    assert (first.reminded, first.not_reachable) == (1, 1)  # Vera has no user account
    assert (to_sam.reminders, to_vera.reminders) == (1, 0) and to_sam.reminded_at is not None
    [message] = InboxRepository(s.session).of_user(sam.id)
    assert "Lena Fuel is waiting for your answer" in message.subject and message.link == f"/events/{event.id}"
    again = s.requests.remind(event, manager, after_hours=24)  # within the window: not again
    assert (again.reminded, again.not_reachable) == (0, 1)
    to_sam.reminded_at = datetime.now(UTC) - timedelta(hours=30)
    s.session.flush()
    assert s.requests.remind(event, manager, after_hours=24).reminded == 1
    assert to_sam.reminders == 2 and len(InboxRepository(s.session).of_user(sam.id)) == 2
    assert s.requests.public(to_sam).reminders == 2
    s.requests.answer(to_sam, sam, "accepted")
    s.session.flush()
    assert s.requests.remind(event, manager, after_hours=0).reminded == 0  # only pending ones


def test_colleagues_added_on_accepting_who_do_not_fit_the_held_slot_give_it_up(
    services: Services, people: dict[str, Person]
) -> None:
    """Vera accepts with Vic, but the held meeting's table seats two: the slot is given up and the next solve
    places the team where it fits (here nowhere: it says why)."""
    s = services
    manager, sam = s.user(people["manager"]), s.user(people["steel"])
    event, ids, _ = team_event(s, people)
    request = s.requests.create(event, sam, RequestCreate(recipient_id=ids["vera"]))  # type: ignore[call-arg]
    s.schedule.schedule(event, manager, time_limit_s=5)
    [held] = s.schedule.list(event, manager)
    assert held.status == "tentative" and held.table == "T1"  # the smallest table that seats the pair
    big = next(t for t in event.tables if t.name == "Big")
    big.capacity = 2  # the organiser had to give the big table's chairs away
    s.session.flush()
    s.requests.answer(request, manager, "accepted", [ids["vic"]])
    assert s.schedule.list(event, manager) == []
    again = s.schedule.schedule(event, manager, time_limit_s=5)
    assert again.meetings == 0 and again.unscheduled[0]["why"] == "no table seats a team of 3"
    assert again.unscheduled[0]["companions"] == [ids["vic"]]
