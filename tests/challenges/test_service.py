"""The challenges' services on a real database, as the API and the pages call them: refused moves name what is
allowed, the jury's conflicts (same organisation, same group, a cooperation, a declined introduction, declared)
are never assigned, a re-solve after a juror dropped out keeps the finished reviews, and the shortlist's cap
on challenges per applicant spans the challenges shortlisted together."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy.orm import Session

from matcher.auth.models import User
from matcher.challenges.applications import ApplicationService
from matcher.challenges.decisions import DecisionService
from matcher.challenges.models import Application, Challenge
from matcher.challenges.review_schemas import ConflictCreate, JurorCreate, JurorUpdate, ReviewSubmit
from matcher.challenges.reviews import JuryService
from matcher.challenges.round import RoundService
from matcher.challenges.schemas import ApplicationCreate, ChallengeCreate, Screening
from matcher.challenges.service import ChallengeService
from matcher.errors import Conflict, InvalidInput
from matcher.introductions.schemas import IntroductionCreate
from matcher.introductions.service import IntroductionService
from matcher.kit.db import transaction
from matcher.profiles.models import Cooperation
from matcher.profiles.repository import CooperationRepository
from matcher.profiles.schemas import OrganisationCreate
from matcher.profiles.service import ProfileService
from matcher.runtime import Runtime
from tests.conftest import Person, make_user

MARKS = dict.fromkeys(["fit", "feasibility", "team", "impact"], 6.0)


@dataclass
class Services:
    session: Session
    rt: Runtime

    def __post_init__(self) -> None:
        args = (self.session, self.rt.recommender, self.rt.indexer)
        self.challenges = ChallengeService(*args)
        self.applications = ApplicationService(*args)
        self.jury = JuryService(*args)
        self.round = RoundService(*args)

    def user(self, person: Person) -> User:
        user = self.session.get(User, person.id)
        assert user is not None
        return user


@pytest.fixture
def world(loaded: Runtime, people: dict[str, Person]) -> Iterator[tuple[Runtime, dict[str, Person]]]:
    """The test ecosystem, a corporate group (the owner and one start-up in it), three more start-ups, and a
    member of each new organisation."""
    with transaction(loaded.session_factory) as session:
        profiles = ProfileService(session, indexer=loaded.indexer)
        for ref, kind, group in (
            ("g-owner", "company", "Blech Holding"),
            ("g-sister", "startup", "Blech Holding"),
            ("g-partner", "startup", None),
            ("g-declined", "startup", None),
            ("g-free", "startup", None),
        ):
            profiles.create(
                OrganisationCreate(
                    ref=ref,
                    name=ref.title(),
                    kind=kind,  # type: ignore[arg-type]
                    group=group,
                    description="Camera inspection of sheet steel surfaces for press lines.",
                )
            )
    everyone = dict(people)
    for ref in ("g-owner", "g-sister", "g-partner", "g-declined", "g-free"):
        everyone[ref] = make_user(loaded, f"member@{ref}.example", "member", ref)
    yield loaded, everyone


def open_challenge(s: Services, people: dict[str, Person], **fields: object) -> Challenge:
    owner = s.user(people["g-owner"])
    challenge = s.challenges.create(
        owner,
        ChallengeCreate(title="Inspect our press line", problem="Find surface defects early.", **fields),  # type: ignore[arg-type]
    )
    return s.challenges.transition(challenge, owner, "open")


def submitted(s: Services, challenge: Challenge, person: Person) -> Application:
    user = s.user(person)
    application = s.applications.apply(
        challenge,
        user,
        ApplicationCreate(summary="Cameras above the press.", approach="We flag defects live."),
    )
    return s.applications.submit(application, user)


def test_refused_moves_name_what_is_allowed(world: tuple[Runtime, dict[str, Person]]) -> None:
    rt, people = world
    with transaction(rt.session_factory) as session:
        s = Services(session, rt)
        owner = s.user(people["g-owner"])
        challenge = s.challenges.create(owner, ChallengeCreate(title="A draft"))  # type: ignore[call-arg]
        with pytest.raises(InvalidInput, match="problem statement"):
            s.challenges.transition(challenge, owner, "open")
        with pytest.raises(Conflict) as refused:
            s.challenges.transition(challenge, owner, "reviewing")
        assert refused.value.detail == {"status": "draft", "allowed": ["open", "archived"]}
        challenge = open_challenge(s, people)
        application = submitted(s, challenge, people["g-free"])
        with pytest.raises(Conflict, match="cannot go from submitted to won"):
            DecisionService(session).decide(application, s.user(people["manager"]), "won")
        withdrawn = s.applications.withdraw(application, s.user(people["g-free"]))
        with pytest.raises(Conflict, match="nothing is allowed from here"):
            s.applications.screen(withdrawn, s.user(people["manager"]), Screening(passed=True))


def test_the_jury_never_gets_a_conflict(world: tuple[Runtime, dict[str, Person]]) -> None:
    rt, people = world
    with transaction(rt.session_factory) as session:
        s = Services(session, rt)
        manager = s.user(people["manager"])
        challenge = open_challenge(s, people, reviews_per_application=2)
        apps = {
            ref: submitted(s, challenge, people[ref])
            for ref in ("g-sister", "g-partner", "g-declined", "g-free")
        }
        owner_id, partner_id = challenge.owner_id, apps["g-partner"].organisation_id
        CooperationRepository(session).add_many(
            [
                Cooperation(
                    organisation_a_id=min(owner_id, partner_id),
                    organisation_b_id=max(owner_id, partner_id),
                    year=2025,
                    source="test",
                )
            ]
        )
        intros = IntroductionService(session)
        intro = intros.create(
            manager,
            IntroductionCreate(organisation_id=owner_id, partner_id=apps["g-declined"].organisation_id),
        )
        intros.transition(intro, manager, "declined")
        s.challenges.transition(challenge, s.user(people["g-owner"]), "closed")
        for app in apps.values():
            s.applications.screen(app, manager, Screening(passed=True))
        juror = s.jury.add_juror(challenge, manager, JurorCreate(user_id=people["g-owner"].id, cap=4))
        staff = s.jury.add_juror(challenge, manager, JurorCreate(user_id=people["manager"].id, cap=4))
        s.jury.add_juror(challenge, manager, JurorCreate(user_id=people["admin"].id, cap=4))
        s.jury.declare_conflict(
            staff, manager, ConflictCreate(application_id=apps["g-free"].id, reason="I mentor them")
        )

        assignment = s.jury.assign(challenge, manager)
        pairs = {(r.application_id, r.juror_id) for r in assignment.reviews}
        excluded = {(e["application_id"], e["juror_id"]): e["reason"] for e in assignment.excluded}
        for ref, why in (
            ("g-sister", "corporate group"),
            ("g-partner", "cooperates"),
            ("g-declined", "declined"),
        ):
            assert (apps[ref].id, juror.id) not in pairs
            assert why in excluded[(apps[ref].id, juror.id)]
        assert (apps["g-free"].id, staff.id) not in pairs
        assert "I mentor them" in excluded[(apps["g-free"].id, staff.id)]
        assert all(n == 2 for n in _per_application(pairs).values())


def test_a_re_solve_keeps_the_finished_reviews(world: tuple[Runtime, dict[str, Person]]) -> None:
    rt, people = world
    with transaction(rt.session_factory) as session:
        s = Services(session, rt)
        manager = s.user(people["manager"])
        challenge = open_challenge(s, people, reviews_per_application=2)
        apps = [submitted(s, challenge, people[ref]) for ref in ("g-partner", "g-declined", "g-free")]
        s.challenges.transition(challenge, s.user(people["g-owner"]), "closed")
        for app in apps:
            s.applications.screen(app, manager, Screening(passed=True))
        jurors = {
            who: s.jury.add_juror(challenge, manager, JurorCreate(user_id=people[who].id, cap=3))
            for who in ("g-owner", "manager", "admin")
        }
        first = s.jury.assign(challenge, manager)
        leaving = jurors["g-owner"]
        theirs = [r for r in first.reviews if r.juror_id == leaving.id]
        assert theirs, "the owner's member got reviews"
        done = s.jury.reviews.get(theirs[0].id)
        assert done is not None
        s.jury.submit_review(done, s.user(people["g-owner"]), ReviewSubmit(marks=MARKS, comment="Good."))
        s.jury.update_juror(leaving, manager, JurorUpdate(active=False))

        again = s.jury.assign(challenge, manager)
        pairs = {(r.application_id, r.juror_id): r for r in again.reviews}
        assert (done.application_id, leaving.id) in pairs and pairs[
            (done.application_id, leaving.id)
        ].submitted
        assert pairs[(done.application_id, leaving.id)].reason == "kept: review finished"
        assert [p for p in pairs if p[1] == leaving.id] == [(done.application_id, leaving.id)]
        assert all(n == 2 for n in _per_application(set(pairs)).values())
        assert s.jury.reviews.get(done.id) is not None  # the very same review, marks and all
        with pytest.raises(Conflict, match="left this jury"):
            s.jury.submit_review(done, s.user(people["g-owner"]), ReviewSubmit(marks=MARKS))


def test_the_cap_on_challenges_per_applicant_spans_the_challenges_shortlisted_together(
    world: tuple[Runtime, dict[str, Person]],
) -> None:
    rt, people = world
    with transaction(rt.session_factory) as session:
        s = Services(session, rt)
        manager = s.user(people["manager"])
        rounds = []
        for _ in range(2):
            challenge = open_challenge(
                s, people, reviews_per_application=1, cap_per_applicant=1, pitch_slots=2
            )
            apps = [submitted(s, challenge, people[ref]) for ref in ("g-free", "g-partner")]
            s.challenges.transition(challenge, s.user(people["g-owner"]), "closed")
            for app in apps:
                s.applications.screen(app, manager, Screening(passed=True))
            s.jury.add_juror(challenge, manager, JurorCreate(user_id=people["manager"].id, cap=5))
            for review in s.jury.assign(challenge, manager).reviews:
                stored = s.jury.reviews.get(review.id)
                assert stored is not None
                s.jury.submit_review(stored, manager, ReviewSubmit(marks=MARKS))
            rounds.append(challenge)
        result = s.round.shortlist(rounds[0], manager, [rounds[1].id])
        per_applicant: dict[int, int] = {}
        for pick in result.shortlisted:
            org = s.applications.find_application(pick.application_id).organisation_id
            per_applicant[org] = per_applicant.get(org, 0) + 1
        assert per_applicant and set(per_applicant.values()) == {1}
        assert len(result.shortlisted) == 2 and len(result.left_out) == 2
        assert all(why for why in result.left_out.values())


def _per_application(pairs: set[tuple[int, int]]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for application_id, _ in pairs:
        counts[application_id] = counts.get(application_id, 0) + 1
    return counts
