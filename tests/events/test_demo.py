"""The demo's event is data, edited by hand: `profiles/demo/events.jsonl` must pass the domain's own schemas,
name organisations of the demo ecosystem, and replay through the services into a finished event whose
confirmed schedule keeps the rules (what `matcher demo` does); loading it again changes nothing, and a bad line
is refused with its line and field before anything is written."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from matcher.auth.repository import UserRepository
from matcher.cli import app
from matcher.errors import ImportFailed, InvalidInput
from matcher.events.demo import DemoEvent, DemoLoader, parse_demo
from matcher.events.models import Event, FollowUp, Meeting, MeetingRequest, Participant
from matcher.events.scheduling import ScheduleService
from matcher.events.service import EventService
from matcher.kit.db import make_engine, make_session_factory, transaction
from matcher.profiles.models import Cooperation, Organisation
from matcher.runtime import Runtime
from tests.conftest import load
from tests.test_docs import DEMO_FILE

EVENTS_FILE = DEMO_FILE.with_name("events.jsonl")


@cache
def demos() -> list[DemoEvent]:
    return parse_demo(EVENTS_FILE.read_text(encoding="utf-8"))


@cache
def organisations() -> dict[str, dict[str, Any]]:
    lines = DEMO_FILE.read_text(encoding="utf-8").splitlines()
    return {r["ref"]: r for r in map(json.loads, filter(str.strip, lines))}


def referenced() -> set[str]:
    return {
        ref
        for d in demos()
        for ref in (d.owner_ref, *(p.organisation_ref for p in d.participants))
        if ref is not None
    }


def subset(folder: Path) -> Path:
    """The demo organisations the event names, as a demo file of their own (quicker to embed than all)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "organisations.jsonl"
    path.write_text(
        "".join(json.dumps(organisations()[ref], ensure_ascii=False) + "\n" for ref in sorted(referenced())),
        encoding="utf-8",
    )
    return path


def spans(windows: list[dict[str, str]]) -> list[tuple[datetime, datetime]]:
    return [(datetime.fromisoformat(w["start"]), datetime.fromisoformat(w["end"])) for w in windows]


def counts(session: Any) -> dict[str, int]:
    tables = (Event, Participant, MeetingRequest, Meeting, FollowUp, Cooperation)
    return {t.__name__: session.scalar(select(func.count()).select_from(t)) for t in tables}


def test_the_demo_event_names_demo_organisations_and_reserved_addresses() -> None:
    (demo,) = demos()
    orgs = organisations()
    assert orgs[demo.owner_ref]["kind"] in ("intermediary", "public_body", "company")
    networked = [p for p in demo.participants if p.organisation_ref]
    assert all(p.organisation_ref in orgs for p in networked)
    assert 20 <= len(demo.participants) <= 30 and len(networked) < len(demo.participants)  # some lightweight
    reserved = re.compile(r"@[\w.-]+\.example$")
    assert all(reserved.search(p.email) for p in [demo.organiser, *demo.participants])
    priorities = Counter(r.priority.value for r in demo.requests)
    assert set(priorities) == {"must", "would_like", "no_thanks"}
    answers = Counter(r.answer for r in demo.requests if r.priority != "no_thanks")
    assert answers["accepted"] and answers["declined"] and answers[None]  # some expire at the deadline
    assert {a.status for a in demo.day} == {"held", "no_show"} and demo.follow_ups


def test_the_demo_event_replays_through_the_services(runtime: Runtime, tmp_path: Path) -> None:
    load(runtime, subset(tmp_path / "demo"))
    (demo,) = demos()
    with transaction(runtime.session_factory) as session:
        report = DemoLoader(session, runtime.recommender, runtime.indexer).load(demos())
    assert report.created == [demo.event.name] and report.skipped == []
    accepted = [r for r in demo.requests if r.answer == "accepted"]
    with transaction(runtime.session_factory) as session:
        events = EventService(session)
        organiser = UserRepository(session).get_by_email(demo.organiser.email)
        (event,) = session.scalars(select(Event)).all()
        shown = events.public(event, organiser)
        assert (shown.status, shown.schedule_state, shown.owner_name) == (
            "done",
            "final",
            organisations()[demo.owner_ref]["name"],
        )
        assert shown.request_deadline == demo.event.request_deadline
        people = {p.id: p for p in events.participants.of_event(event.id)}
        by_email = {p.email: p.id for p in people.values()}
        assert set(by_email) == {p.email for p in demo.participants}
        assert {p.email for p in people.values() if p.checked_in} == {
            p.email for p in demo.participants if p.checked_in
        }
        requests = events.requests.of_event(event.id)
        statuses = Counter(r.status for r in requests)
        assert statuses["accepted"] == len(accepted)
        assert statuses["expired"] == sum(
            1 for r in demo.requests if r.answer is None and r.priority != "no_thanks"
        )

        schedules = ScheduleService(session)
        meetings = [
            schedules.public(m, event, organiser)
            for m in schedules.list(event, organiser)
            if m.status != "cancelled"
        ]
        pairs = {frozenset((m.participant_a.id, m.participant_b.id)): m for m in meetings}
        for r in accepted:  # every accepted wish is in the schedule
            assert frozenset((by_email[r.requester], by_email[r.recipient])) in pairs
        vetoes = [r for r in demo.requests if r.priority == "no_thanks"]
        assert all(frozenset((by_email[r.requester], by_email[r.recipient])) not in pairs for r in vetoes)

        slots = {s.index: s for s in shown.slots}
        seats = {t.name: t.capacity for t in shown.tables}
        busy: dict[int, list[int]] = defaultdict(list)
        tables: dict[int, list[str]] = defaultdict(list)
        load_of: Counter[int] = Counter()
        for m in meetings:
            members = [m.participant_a.id, m.participant_b.id, *(c.id for c in m.companions)]
            busy[m.slot] += members
            tables[m.slot].append(m.table)
            load_of.update(members)
            assert seats[m.table] >= len(members)
            assert (m.start, m.end) == (slots[m.slot].start, slots[m.slot].end)
            for pid in members:
                p = people[pid]
                assert not p.availability or any(
                    start <= m.start and m.end <= end for start, end in spans(p.availability)
                ), f"{p.name} is not there at {m.start}"
                assert all(m.end <= start or end <= m.start for start, end in spans(p.agenda)), (
                    f"{p.name} is in a talk at {m.start}"
                )
        for slot, members in busy.items():  # nobody in two places at once, no table twice
            assert len(members) == len(set(members)), f"somebody is in two meetings at slot {slot}"
            assert len(tables[slot]) == len(set(tables[slot]))
        for pid, n in load_of.items():
            cap = people[pid].capacity
            assert n <= min(cap if cap is not None else shown.cap_per_participant, shown.cap_per_participant)
        team = next(r for r in demo.requests if r.companions)
        assert [
            c.id for c in pairs[frozenset((by_email[team.requester], by_email[team.recipient]))].companions
        ] == [by_email[c] for c in team.companions]

        for entry in demo.day:
            assert pairs[frozenset(by_email[e] for e in entry.between)].status == entry.status
        reported = {(f.meeting_id, f.participant_id): f.outcome for f in events.follow_ups.of_event(event.id)}
        assert reported == {
            (pairs[frozenset(by_email[e] for e in f.between)].id, by_email[f.participant]): f.outcome.value
            for f in demo.follow_ups
        }
        report_numbers = events.report(event)
        assert report_numbers.share_held is not None and 0 < report_numbers.share_held < 1
        agreed = {
            frozenset((people[by_email[a]].organisation_id, people[by_email[b]].organisation_id))
            for f in demo.follow_ups
            if f.outcome == "cooperation_agreement"
            for a, b in [f.between]
        }
        cooperations = session.scalars(select(Cooperation).where(Cooperation.source == "event")).all()
        assert {frozenset((c.organisation_a_id, c.organisation_b_id)) for c in cooperations} == agreed
        before = counts(session)

    with transaction(runtime.session_factory) as session:  # loading again changes nothing
        again = DemoLoader(session, runtime.recommender, runtime.indexer).load(demos())
    assert again.created == [] and again.skipped == [demo.event.name]
    with transaction(runtime.session_factory) as session:
        assert counts(session) == before


def bad_line() -> str:
    record = json.loads(EVENTS_FILE.read_text(encoding="utf-8").splitlines()[0])
    record["event"]["name"] = "A second demo event"
    record["requests"][3]["recipient"] = "nobody@nowhere.example"
    record["participants"][1]["email"] = "nora-at-slagwise"
    return json.dumps(record, ensure_ascii=False)


def test_a_bad_line_names_its_line_and_field() -> None:
    good = EVENTS_FILE.read_text(encoding="utf-8").splitlines()[0]
    with pytest.raises(ImportFailed) as refused:
        parse_demo(f"{good}\n\n{bad_line()}\n")
    problems = {(e["line"], e["field"]) for e in refused.value.detail}
    assert (3, "participants.1.email") in problems
    assert "line 3" in refused.value.message and "participants.1.email" in refused.value.message


def test_a_reference_the_services_refuse_writes_nothing(runtime: Runtime, tmp_path: Path) -> None:
    load(runtime, subset(tmp_path / "demo"))
    (demo,) = demos()
    broken = demo.model_copy(deep=True)
    broken.participants[-1].organisation_ref = "demo-org-9999"  # passes the schema, unknown to the network
    with transaction(runtime.session_factory) as session:
        before = counts(session)
    with pytest.raises(InvalidInput, match="demo-org-9999"), transaction(runtime.session_factory) as session:
        DemoLoader(session, runtime.recommender, runtime.indexer).load([broken])
    with transaction(runtime.session_factory) as session:
        assert counts(session) == before
        assert UserRepository(session).get_by_email(demo.organiser.email) is None


def test_matcher_demo_loads_the_event_once_and_refuses_a_bad_file(
    tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch, encoder: object
) -> None:
    folder = tmp_path / "demo"
    demo_file = subset(folder)
    (folder / "events.jsonl").write_text(f"{bad_line()}\n", encoding="utf-8")
    monkeypatch.setenv("MATCHER_DATABASE_URL", database_url)
    monkeypatch.setenv("MATCHER_DEMO_FILE", str(demo_file))
    runner = CliRunner()

    def run() -> Any:
        return runner.invoke(app, ["--data-dir", str(tmp_path / "var"), "demo"], catch_exceptions=False)

    refused = run()
    assert refused.exit_code == 1
    assert "line 1" in refused.output and "participants.1.email" in refused.output
    factory = make_session_factory(make_engine(database_url))
    with transaction(factory) as session:  # nothing written, not even the organisations
        assert session.scalar(select(func.count()).select_from(Organisation)) == 0
        assert counts(session)["Event"] == 0

    (folder / "events.jsonl").write_text(EVENTS_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    first = run()
    assert first.exit_code == 0, first.output
    assert "demo events: 1 created" in first.output
    second = run()
    assert second.exit_code == 0 and "already loaded" in second.output and "1 events" in second.output
    with transaction(factory) as session:
        assert counts(session)["Event"] == 1
