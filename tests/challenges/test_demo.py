"""The demo's challenges are data, edited by hand: `profiles/demo/challenges.jsonl` must pass the domain's own
schemas, name real organisations of the demo ecosystem in the roles the round allows, and replay through the
services into one open and one decided challenge (what `matcher demo` does)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from matcher.challenges.demo import DemoChallenge, DemoLoader, parse_demo
from matcher.challenges.repository import ApplicationRepository, ReviewRepository
from matcher.challenges.service import OWNER_KINDS, ChallengeService
from matcher.introductions.repository import IntroductionRepository
from matcher.kit.db import transaction
from matcher.runtime import Runtime
from tests.conftest import load
from tests.test_docs import DEMO_FILE

CHALLENGES_FILE = DEMO_FILE.with_name("challenges.jsonl")


@cache
def demos() -> list[DemoChallenge]:
    return parse_demo(CHALLENGES_FILE.read_text(encoding="utf-8"))


@cache
def organisations() -> dict[str, dict[str, Any]]:
    lines = DEMO_FILE.read_text(encoding="utf-8").splitlines()
    return {r["ref"]: r for r in map(json.loads, filter(str.strip, lines))}


def referenced() -> set[str]:
    return {
        ref
        for d in demos()
        for ref in (d.owner_ref, *d.invite, *(a.organisation_ref for a in d.applications))
    }


def test_one_open_and_one_decided_challenge_pass_the_schemas() -> None:
    assert sorted(d.status for d in demos()) == ["decided", "open"]
    opened = next(d for d in demos() if d.status == "open")
    assert len({a.status for a in opened.applications}) >= 3  # applications in several states
    decided = next(d for d in demos() if d.status == "decided")
    assert decided.jurors and decided.reviews and decided.pitch_day and decided.winner and decided.outcome


def test_the_demo_challenges_name_the_demo_organisations_in_their_roles() -> None:
    orgs, problems = organisations(), []
    reserved = re.compile(r"@[\w.-]+\.example$")
    for d in demos():
        title = d.challenge.title
        if d.owner_ref not in orgs or orgs[d.owner_ref]["kind"] not in OWNER_KINDS:
            problems.append(f"{title}: the owner {d.owner_ref} is no company or public body of the demo")
        for app in d.applications:
            org = orgs.get(app.organisation_ref)
            if org is None or org["kind"] not in d.challenge.applicant_kinds:
                problems.append(f"{title}: {app.organisation_ref} is not of a kind the challenge seeks")
            if set(app.met) - set(d.challenge.requirements):
                problems.append(f"{title}: {app.organisation_ref} meets requirements the challenge lacks")
        refs = [a.organisation_ref for a in d.applications]
        if len(set(refs)) != len(refs):
            problems.append(f"{title}: an organisation applies twice")
        people = [d.manager.email, *(j.email for j in d.jurors), *(a.applicant.email for a in d.applications)]
        problems += [f"{title}: {e} is not a reserved address" for e in people if not reserved.search(e)]
        jurors = {j.email for j in d.jurors}
        screened = {a.organisation_ref for a in d.applications if a.status == "screened"}
        wanted = {(j, a) for j in jurors for a in screened} if d.status == "decided" else set()
        given = {(r.juror, r.applicant) for r in d.reviews}
        if given != wanted:
            problems.append(
                f"{title}: reviews for {sorted(wanted ^ given)} (one per juror and screened application)"
            )
        if d.winner is not None and d.winner not in screened:
            problems.append(f"{title}: the winner {d.winner} was not screened")
        criteria = {c.name for c in d.challenge.criteria}
        problems += [
            f"{title}: {r.juror} marks {sorted(r.review.marks)}"
            for r in d.reviews
            if set(r.review.marks) != criteria
        ]
    assert problems == []


def test_the_demo_challenges_replay_through_the_services(runtime: Runtime, tmp_path: Path) -> None:
    subset = tmp_path / "organisations.jsonl"
    subset.write_text(
        "".join(json.dumps(organisations()[ref], ensure_ascii=False) + "\n" for ref in sorted(referenced())),
        encoding="utf-8",
    )
    load(runtime, subset)
    with transaction(runtime.session_factory) as session:
        report = DemoLoader(session, runtime.recommender, runtime.indexer).load(demos())
    assert report.created == [d.challenge.title for d in demos()]
    with transaction(runtime.session_factory) as session:
        rows, _ = ChallengeService(session).challenges.list(everything=True)
        by_title = {c.title: c for c in rows}
        for d in demos():
            challenge = by_title[d.challenge.title]
            assert challenge.status == d.status and challenge.deadline == d.challenge.deadline
            apps = {a.organisation.ref: a for a in ApplicationRepository(session).of_challenge(challenge.id)}
            if d.status == "open":
                assert {ref: a.status for ref, a in apps.items()} == {
                    a.organisation_ref: a.status for a in d.applications
                }
                continue
            winner = apps[d.winner or ""]
            assert winner.status == winner.announced_status == "won" and winner.introduction_id is not None
            assert IntroductionRepository(session).get(winner.introduction_id) is not None
            assert all(
                r.submitted_at is not None for r in ReviewRepository(session).of_challenge(challenge.id)
            )
            assert sorted(a.status for a in apps.values()) == ["not_selected", "rejected", "rejected", "won"]
    with transaction(runtime.session_factory) as session:  # loading again changes nothing
        again = DemoLoader(session, runtime.recommender, runtime.indexer).load(demos())
    assert again.created == [] and len(again.skipped) == 2
