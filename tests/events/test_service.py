"""The events' services on a real database, as the API and the CLI call them: refused moves name what is
allowed, the CSV import writes all rows or none, requests and vetoes, the engine's explained partners, the
provisional schedule its participants do not see until confirmed, a re-solve after a late registrant that
keeps the meetings, the day (check-in, held, no-show), follow-ups into the network, and the report."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from matcher.auth.policies import Forbidden
from matcher.errors import Conflict, ImportFailed, NotFound
from matcher.events.importer import import_participants
from matcher.events.models import Event
from matcher.events.schemas import FollowUpCreate, ParticipantCreate, RequestCreate
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
    assert again.moved == 0
    assert {m.id: (m.slot, m.table) for m in s.schedule.list(event, manager)} == before
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
