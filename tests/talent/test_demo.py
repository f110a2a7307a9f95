"""The demo's talent programme is data, edited by hand: `profiles/demo/talent.jsonl` must pass the domain's own
schemas, name organisations of the demo ecosystem, and replay through the services into a published allocation
that keeps every rule (what `matcher demo` does); loading it again changes nothing, and a bad line is refused
with its line and field before anything is written."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from matcher.auth.models import User
from matcher.cli import app
from matcher.errors import ImportFailed, InvalidInput
from matcher.kit.db import make_engine, make_session_factory, transaction
from matcher.profiles.models import Organisation
from matcher.runtime import Runtime
from matcher.talent.checks import rule_violations
from matcher.talent.demo import DemoLoader, DemoProgramme, parse_demo
from matcher.talent.models import AllocationRun, Placement, Programme, TalentParticipant, TalentProject
from matcher.talent.problem import Candidate, Project, Rules
from tests.conftest import load
from tests.test_docs import DEMO_FILE

TALENT_FILE = DEMO_FILE.with_name("talent.jsonl")


@cache
def demos() -> list[DemoProgramme]:
    return parse_demo(TALENT_FILE.read_text(encoding="utf-8"))


@cache
def organisations() -> dict[str, dict[str, Any]]:
    lines = DEMO_FILE.read_text(encoding="utf-8").splitlines()
    return {r["ref"]: r for r in map(json.loads, filter(str.strip, lines))}


def subset(folder: Path) -> Path:
    """The demo organisations the programme names, as a demo file of their own (quicker to embed than all)."""
    refs = {ref for d in demos() for ref in (d.owner_ref, *(p.host_ref for p in d.projects))}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "organisations.jsonl"
    path.write_text(
        "".join(json.dumps(organisations()[ref], ensure_ascii=False) + "\n" for ref in sorted(refs)),
        encoding="utf-8",
    )
    return path


def counts(session: Any) -> dict[str, int]:
    tables = (User, Programme, TalentProject, TalentParticipant, AllocationRun, Placement)
    return {t.__name__: session.scalar(select(func.count()).select_from(t)) for t in tables}


def test_the_demo_programme_names_demo_organisations_and_reserved_addresses() -> None:
    (demo,) = demos()
    orgs = organisations()
    assert orgs[demo.owner_ref]["kind"] in ("university", "intermediary")
    assert {orgs[p.host_ref]["kind"] for p in demo.projects} <= {"company", "sme", "research_institute"}
    assert 5 <= len(demo.projects) <= 8 and all((p.min_size, p.max_size) == (3, 6) for p in demo.projects)
    assert 25 <= len(demo.participants) <= 35
    assert set(Counter(p.track for p in demo.participants)) == {"student", "trainee", "young_professional"}
    assert len({p.institution for p in demo.participants}) >= 5
    assert all(p.consent and 1 <= len(p.choices) <= 5 for p in demo.participants)
    groups = Counter(p.group for p in demo.participants if p.group)
    assert list(groups.values()) == [3]
    reserved = re.compile(r"@[\w.-]+\.example$")
    assert all(reserved.search(p.email) for p in [demo.runner, *demo.participants])


def test_the_demo_programme_replays_into_a_published_allocation(runtime: Runtime, tmp_path: Path) -> None:
    load(runtime, subset(tmp_path / "demo"))
    (demo,) = demos()
    with transaction(runtime.session_factory) as session:
        report = DemoLoader(session, runtime.recommender).load(demos())
    assert report.created == [demo.programme.name] and report.skipped == []
    with transaction(runtime.session_factory) as session:
        (programme,) = session.scalars(select(Programme)).all()
        assert (programme.status, programme.owner.ref, programme.name) == (
            "running",
            demo.owner_ref,
            demo.programme.name,
        )
        runner = session.scalars(select(User).where(User.email == demo.runner.email)).one()
        assert runner.organisation_id == programme.owner_id and not runner.password_hash
        projects = session.scalars(
            select(TalentProject).where(TalentProject.programme_id == programme.id)
        ).all()
        assert {(p.host.ref, p.title) for p in projects} == {(p.host_ref, p.title) for p in demo.projects}
        people = session.scalars(
            select(TalentParticipant).where(TalentParticipant.programme_id == programme.id)
        ).all()
        assert {p.email for p in people} == {p.email for p in demo.participants}
        key_of = {p.id: {d.title: d.key for d in demo.projects}[p.title] for p in projects}
        wanted = {p.email: p.choices for p in demo.participants}
        assert all([key_of[c.project_id] for c in p.choices] == wanted[p.email] for p in people)

        run = session.scalars(select(AllocationRun).where(AllocationRun.programme_id == programme.id)).one()
        assigned = {pl.participant_id: pl.project_id for pl in run.placements if pl.project_id is not None}
        assert report.placed == len(assigned) == len(people) and run.unassigned == 0
        candidates = [
            Candidate(
                id=p.id,
                track=p.track,
                institution=p.institution.strip().casefold(),
                choices=tuple(c.project_id for c in p.choices),
                languages=frozenset(p.languages),
                skills=frozenset(s.casefold() for s in p.skills),
                group=p.group,
                vetoes=frozenset(p.vetoes),
                name=p.name,
            )
            for p in people
        ]
        teams = [
            Project(
                id=p.id,
                min_size=p.min_size,
                max_size=p.max_size,
                languages=frozenset(p.languages),
                skills=frozenset(s.casefold() for s in p.skills),
                supervisor_capacity=p.supervisor_capacity,
                title=p.title,
            )
            for p in projects
            if p.status == "open"
        ]
        rules = Rules(programme.min_trainees, programme.min_institutions)
        assert rules.min_trainees >= 1 and rules.min_institutions >= 2  # the rules have something to keep
        assert rule_violations(candidates, teams, rules, assigned) == []
        (group,) = {p.group for p in people if p.group}
        assert len({assigned[p.id] for p in people if p.group == group}) == 1
        before = counts(session)

    with transaction(runtime.session_factory) as session:  # loading again changes nothing
        again = DemoLoader(session, runtime.recommender).load(demos())
    assert again.created == [] and again.skipped == [demo.programme.name]
    with transaction(runtime.session_factory) as session:
        assert counts(session) == before


def bad_line() -> str:
    record = json.loads(TALENT_FILE.read_text(encoding="utf-8").splitlines()[0])
    record["programme"]["name"] = "A second demo programme"
    record["participants"][2]["choices"][0] = "no-such-project"
    record["projects"][1]["min_size"] = 0
    return json.dumps(record, ensure_ascii=False)


def test_a_bad_line_names_its_line_and_field() -> None:
    good = TALENT_FILE.read_text(encoding="utf-8").splitlines()[0]
    with pytest.raises(ImportFailed) as refused:
        parse_demo(f"{good}\n\n{bad_line()}\n")
    problems = {(e["line"], e["field"]) for e in refused.value.detail}
    assert (3, "projects.1.min_size") in problems
    assert "line 3" in refused.value.message and "projects.1.min_size" in refused.value.message
    record = json.loads(bad_line())
    record["projects"][1]["min_size"] = 3  # the schema passes; the choice names no project of the line
    with pytest.raises(ImportFailed) as unknown:
        parse_demo(json.dumps(record, ensure_ascii=False))
    assert [(e["line"], e["field"]) for e in unknown.value.detail] == [(1, "participants.2.choices.0")]


def test_a_reference_the_services_refuse_writes_nothing(runtime: Runtime, tmp_path: Path) -> None:
    load(runtime, subset(tmp_path / "demo"))
    (demo,) = demos()
    broken = demo.model_copy(deep=True)
    broken.projects[-1].host_ref = "demo-org-9999"  # passes the schema, unknown to the network
    with transaction(runtime.session_factory) as session:
        before = counts(session)
    with pytest.raises(InvalidInput, match="demo-org-9999"), transaction(runtime.session_factory) as session:
        DemoLoader(session, runtime.recommender).load([broken])
    with transaction(runtime.session_factory) as session:
        assert counts(session) == before


def test_matcher_demo_loads_the_programme_once_and_refuses_a_bad_file(
    tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch, encoder: object
) -> None:
    folder = tmp_path / "demo"
    demo_file = subset(folder)
    (folder / "talent.jsonl").write_text(f"{bad_line()}\n", encoding="utf-8")
    monkeypatch.setenv("MATCHER_DATABASE_URL", database_url)
    monkeypatch.setenv("MATCHER_DEMO_FILE", str(demo_file))
    runner = CliRunner()

    def run() -> Any:
        return runner.invoke(app, ["--data-dir", str(tmp_path / "var"), "demo"], catch_exceptions=False)

    refused = run()
    assert refused.exit_code == 1
    assert "line 1" in refused.output and "projects.1.min_size" in refused.output
    factory = make_session_factory(make_engine(database_url))
    with transaction(factory) as session:  # nothing written, not even the organisations
        assert session.scalar(select(func.count()).select_from(Organisation)) == 0
        assert counts(session)["Programme"] == 0

    (folder / "talent.jsonl").write_text(TALENT_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    first = run()
    assert first.exit_code == 0, first.output
    assert "demo talent programmes: 1 created (30 participants placed)" in first.output
    second = run()
    assert second.exit_code == 0 and "already loaded" in second.output
    assert "1 talent programmes" in second.output
    with transaction(factory) as session:
        assert counts(session)["Programme"] == 1
