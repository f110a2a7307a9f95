"""The authorisation matrix of the API: every endpoint against every role, with the status each must answer.

Columns: the anonymous visitor, a member of the organisation in question, a member of another organisation
(the fuel-cell company), a manager and an admin. For endpoints about a person's own things (their tokens,
saved searches, inbox), "the organisation in question" is the member's. Each request that changes something
gets fresh objects of its own (`Scene`), so every cell starts from the same state; the table covers every
route of the API, so a new endpoint without a row fails."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi.testclient import TestClient

from matcher.alerts.models import InboxMessage
from matcher.alerts.repository import InboxRepository
from matcher.alerts.service import AlertService
from matcher.auth.models import User
from matcher.auth.schemas import UserCreate
from matcher.auth.service import UserService
from matcher.challenges.applications import ApplicationService
from matcher.challenges.decisions import DecisionService
from matcher.challenges.models import Invitation
from matcher.challenges.repository import ChallengeRepository, InvitationRepository
from matcher.challenges.review_schemas import JurorCreate, ReviewSubmit
from matcher.challenges.reviews import JuryService
from matcher.challenges.schemas import ApplicationCreate, ChallengeCreate, Screening
from matcher.challenges.service import ChallengeService
from matcher.introductions.models import QueueItem
from matcher.introductions.repository import QueueRepository
from matcher.introductions.schemas import IntroductionCreate
from matcher.introductions.service import IntroductionService
from matcher.kit.db import transaction
from matcher.profiles.schemas import OpportunityCreate, OrganisationCreate
from matcher.profiles.service import ProfileService
from matcher.web.app import create_app
from tests.conftest import Person, org_id
from tests.web.api.conftest import World, wait_for_rebuild
from tests.web.api.events_matrix import EVENT_MATRIX, EVENT_REQUESTS
from tests.web.api.network_matrix import NETWORK_HIDDEN, NETWORK_MATRIX, NETWORK_REQUESTS
from tests.web.api.talent_matrix import TALENT_MATRIX, TALENT_REQUESTS

ROLES = ("anonymous", "member", "other", "manager", "admin")
A = "/api/v1"

# fmt: off
MATRIX: list[tuple[str, str, int, int, int, int, int]] = [
    # method  path                                          anonymous member other manager admin
    ("GET",    f"{A}/organisations",                          200, 200, 200, 200, 200),
    ("POST",   f"{A}/organisations",                          401, 403, 403, 201, 201),
    ("GET",    f"{A}/organisations/by-ref/{{ref}}",           200, 200, 200, 200, 200),
    ("PATCH",  f"{A}/organisations/by-ref/{{ref}}",           401, 200, 403, 200, 200),
    ("DELETE", f"{A}/organisations/by-ref/{{ref}}",           401, 403, 403, 204, 204),
    ("GET",    f"{A}/organisations/{{org_id}}",               200, 200, 200, 200, 200),
    ("PATCH",  f"{A}/organisations/{{org_id}}",               401, 200, 403, 200, 200),
    ("DELETE", f"{A}/organisations/{{org_id}}",               401, 403, 403, 204, 204),
    ("POST",   f"{A}/organisations/{{org_id}}/opportunities", 401, 201, 403, 201, 201),
    ("GET",    f"{A}/organisations/{{org_id}}/matches",       200, 200, 200, 200, 200),
    ("GET",    f"{A}/opportunities",                          200, 200, 200, 200, 200),
    ("GET",    f"{A}/opportunities/{{opp_id}}",               200, 200, 200, 200, 200),
    ("PATCH",  f"{A}/opportunities/{{opp_id}}",               401, 200, 403, 200, 200),
    ("DELETE", f"{A}/opportunities/{{opp_id}}",               401, 204, 403, 204, 204),
    ("POST",   f"{A}/opportunities/import-een",               401, 403, 403, 200, 200),
    ("GET",    f"{A}/opportunities/export-een",               401, 403, 403, 200, 200),
    ("GET",    f"{A}/search",                                 200, 200, 200, 200, 200),
    ("GET",    f"{A}/cities",                                 200, 200, 200, 200, 200),
    ("GET",    f"{A}/sectors",                                200, 200, 200, 200, 200),
    ("GET",    f"{A}/kinds",                                  200, 200, 200, 200, 200),
    ("GET",    f"{A}/index",                                  200, 200, 200, 200, 200),
    ("POST",   f"{A}/index/rebuild",                          401, 403, 403, 403, 202),
    ("GET",    f"{A}/users/me",                               401, 200, 200, 200, 200),
    ("POST",   f"{A}/users/me/tokens",                        401, 201, 201, 201, 201),
    ("GET",    f"{A}/users",                                  401, 403, 403, 403, 200),
    ("POST",   f"{A}/users",                                  401, 403, 403, 403, 201),
    ("PATCH",  f"{A}/users/{{user_id}}",                      401, 403, 403, 403, 200),
    ("GET",    f"{A}/introductions",                          401, 200, 200, 200, 200),
    ("POST",   f"{A}/introductions",                          401, 201, 403, 201, 201),
    ("GET",    f"{A}/introductions/{{intro_id}}",             401, 200, 404, 200, 200),
    ("PATCH",  f"{A}/introductions/{{intro_id}}",             401, 403, 404, 200, 200),
    ("POST",   f"{A}/introductions/{{intro_id}}/transition",  401, 403, 404, 200, 200),
    ("POST",   f"{A}/introductions/{{intro_id}}/consent",     401, 200, 404, 200, 200),
    ("POST",   f"{A}/introductions/{{intro_id}}/outcome",     401, 200, 404, 200, 200),
    ("GET",    f"{A}/reports/summary",                        401, 403, 403, 200, 200),
    ("GET",    f"{A}/reports/summary.csv",                    401, 403, 403, 200, 200),
    ("GET",    f"{A}/reports/introductions.csv",              401, 403, 403, 200, 200),
    ("GET",    f"{A}/queue",                                  401, 403, 403, 200, 200),
    ("POST",   f"{A}/queue/refresh",                          401, 403, 403, 200, 200),
    ("POST",   f"{A}/queue/{{item_id}}/take",                 401, 403, 403, 201, 201),
    ("POST",   f"{A}/queue/{{item_id}}/dismiss",              401, 403, 403, 204, 204),
    ("GET",    f"{A}/saved-searches",                         401, 200, 200, 200, 200),
    ("POST",   f"{A}/saved-searches",                         401, 201, 201, 201, 201),
    ("DELETE", f"{A}/saved-searches/{{search_id}}",           401, 204, 404, 404, 404),
    ("POST",   f"{A}/saved-searches/check",                   401, 403, 403, 200, 200),
    ("GET",    f"{A}/inbox",                                  401, 200, 200, 200, 200),
    ("POST",   f"{A}/inbox/{{message_id}}/read",              401, 200, 404, 404, 404),
    ("GET",    f"{A}/audit",                                  401, 403, 403, 403, 200),
]
# fmt: on

_serial = itertools.count(1)


@dataclass
class Target:
    """One concrete request of a row: the path's values, the body, and the member of the organisation in
    question (who plays the `member` column)."""

    values: dict[str, Any]
    member: Person
    body: Any = None
    query: dict[str, str] = field(default_factory=dict)


class Scene:
    """Builds what a request needs: the steel company and its member for requests that change nothing, a
    fresh organisation (with an opportunity and a member) for those that do."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.rt = world.runtime
        self.steel = org_id(self.rt, "t-steel-co")
        self.institute = org_id(self.rt, "t-h2-institute")
        self.organiser = self._person("organiser@example.org", "manager")  # sets up introductions

    def _person(self, email: str, role: str, organisation_ref: str | None = None) -> Person:
        with transaction(self.rt.session_factory) as session:
            data = UserCreate(email=email, role=role, organisation_ref=organisation_ref)  # type: ignore[arg-type]
            user, token = UserService(session).create(data)
            return Person(user.id, user.email, user.role, user.organisation_id, token)

    def static(self, **values: Any) -> Target:
        steel = self.rt.indexer.engine.catalogue.orgs[self.steel]
        return Target(
            {"org_id": self.steel, "ref": "t-steel-co", "opp_id": steel.opportunities[0].id, **values},
            self.world.people["steel"],
        )

    def fresh(self, visibility: str = "public") -> Target:
        n = next(_serial)
        with transaction(self.rt.session_factory) as session:
            org = ProfileService(session, indexer=self.rt.indexer).create(
                OrganisationCreate(
                    ref=f"matrix-{n}",
                    name=f"Matrix Test {n} GmbH",
                    kind="company",  # type: ignore[arg-type]
                    visibility=visibility,  # type: ignore[arg-type]
                    description="Tests hydrogen fuel cells in the lab.",
                    opportunities=[
                        OpportunityCreate(direction="request", type="facility", title="A test bench")  # type: ignore[arg-type]
                    ],
                )
            )
            values = {"org_id": org.id, "ref": org.ref, "opp_id": org.opportunities[0].id}
        member = self._person(f"member-{n}@matrix.example", "member", f"matrix-{n}")
        return Target(values, member)

    def introduction(self, status: str, requested: bool = False) -> Target:
        """An introduction of a fresh organisation (side a) to the institute, moved to `status`; asked for by
        the fresh organisation's member when `requested`, else proposed by a manager."""
        target = self.fresh()
        a = target.values["org_id"]
        with transaction(self.rt.session_factory) as session:
            service = IntroductionService(session, indexer=self.rt.indexer)
            organiser = session.get(User, self.organiser.id)
            proposer = session.get(User, target.member.id) if requested else organiser
            intro = service.create(proposer, IntroductionCreate(partner_id=self.institute, organisation_id=a))
            steps = {"suggested": [], "sent": ["approved", "sent"], "met": ["approved", "sent", "met"]}[
                status
            ]
            for step in steps:
                if step == "met":
                    for side in (a, self.institute):
                        service.consent(intro, organiser, "accepted", org_id=side)
                service.transition(intro, organiser, step)
            target.values["intro_id"] = intro.id
        return target

    def queue_item(self) -> Target:
        target = self.fresh()
        with transaction(self.rt.session_factory) as session:
            item = QueueItem(
                organisation_a_id=target.values["org_id"],
                organisation_b_id=self.institute,
                score=0.5,
                reasons={},
            )
            QueueRepository(session).add(item)
            session.flush()
            target.values["item_id"] = item.id
        return target

    def saved_search(self) -> Target:
        target = self.fresh()
        with transaction(self.rt.session_factory) as session:
            owner = session.get(User, target.member.id)
            search = AlertService(session).save(owner, "mine", "fuel cells", None, [], lambda s: [])
            target.values["search_id"] = search.id
        return target

    def inbox_message(self) -> Target:
        target = self.fresh()
        with transaction(self.rt.session_factory) as session:
            message = InboxRepository(session).add(InboxMessage(user_id=target.member.id, subject="Hello"))
            target.values["message_id"] = message.id
        return target


def new_ref() -> str:
    return f"matrix-new-{next(_serial)}"


# How each row's request is made: the path's values, the body, and the query. Rows not named here read the
# steel company and send no body.
REQUESTS: dict[tuple[str, str], Callable[[Scene], Target]] = {
    ("POST", f"{A}/organisations"): lambda s: Target(
        {}, s.world.people["steel"], {"ref": new_ref(), "name": "New"}
    ),
    ("PATCH", f"{A}/organisations/by-ref/{{ref}}"): lambda s: body(s.fresh(), {"city": "Essen"}),
    ("DELETE", f"{A}/organisations/by-ref/{{ref}}"): lambda s: s.fresh(),
    ("PATCH", f"{A}/organisations/{{org_id}}"): lambda s: body(s.fresh(), {"city": "Essen"}),
    ("DELETE", f"{A}/organisations/{{org_id}}"): lambda s: s.fresh(),
    ("POST", f"{A}/organisations/{{org_id}}/opportunities"): lambda s: body(
        s.fresh(), {"direction": "offer", "type": "technology", "title": "Fuel-cell testing"}
    ),
    ("PATCH", f"{A}/opportunities/{{opp_id}}"): lambda s: body(s.fresh(), {"summary": "Changed."}),
    ("DELETE", f"{A}/opportunities/{{opp_id}}"): lambda s: s.fresh(),
    ("POST", f"{A}/opportunities/import-een"): lambda s: body(s.static(), {"jsonl": een_profile()}),
    ("GET", f"{A}/search"): lambda s: query(s.static(), q="fuel cell testing"),
    ("POST", f"{A}/users"): lambda s: body(
        s.static(), {"email": f"{new_ref()}@example.org", "role": "manager"}
    ),
    ("PATCH", f"{A}/users/{{user_id}}"): lambda s: body(
        s.static(user_id=s.world.people["steel"].id), {"name": "Sam"}
    ),
    ("POST", f"{A}/introductions"): lambda s: intro_request(s),
    ("GET", f"{A}/introductions/{{intro_id}}"): lambda s: s.introduction("sent"),
    ("PATCH", f"{A}/introductions/{{intro_id}}"): lambda s: body(
        s.introduction("suggested", requested=True), {"message": "Hello"}
    ),
    ("POST", f"{A}/introductions/{{intro_id}}/transition"): lambda s: body(
        s.introduction("suggested", requested=True), {"to": "approved"}
    ),
    ("POST", f"{A}/introductions/{{intro_id}}/consent"): lambda s: side_body(
        s.introduction("sent"), decision="accepted"
    ),
    ("POST", f"{A}/introductions/{{intro_id}}/outcome"): lambda s: side_body(
        s.introduction("met"), outcome="follow_up_planned"
    ),
    ("POST", f"{A}/queue/{{item_id}}/take"): lambda s: body(s.queue_item(), {}),
    ("POST", f"{A}/queue/{{item_id}}/dismiss"): lambda s: s.queue_item(),
    ("POST", f"{A}/saved-searches"): lambda s: body(s.static(), {"query": "fuel cells"}),
    ("DELETE", f"{A}/saved-searches/{{search_id}}"): lambda s: s.saved_search(),
    ("POST", f"{A}/inbox/{{message_id}}/read"): lambda s: s.inbox_message(),
}


def een_profile() -> str:
    """One line of an EEN file with a new reference and a new organisation."""
    fields = {
        "profile_type": "technology_offer",
        "title": "Matrix EEN offer",
        "organisation_name": "Matrix EEN",
    }
    return json.dumps({"reference": new_ref(), "organisation_ref": new_ref(), **fields})


def body(target: Target, data: Any) -> Target:
    target.body = data
    return target


def query(target: Target, **params: str) -> Target:
    target.query = params
    return target


def side_body(target: Target, **data: Any) -> Target:
    """A consent or an outcome, for side a (managers name the side; members answer for their own)."""
    return body(target, {**data, "organisation_id": target.values["org_id"]})


def intro_request(scene: Scene) -> Target:
    target = scene.fresh()
    return body(target, {"organisation_id": target.values["org_id"], "partner_id": scene.institute})


# --- corporate challenges ------------------------------------------------------------------------------------
# "The organisation in question" is the owner for a challenge's routes (its member runs the challenge and sits
# on its jury), and the applicant for an application's. Each request gets a fresh challenge of its own, built
# by the services up to the stage the route needs.
C = f"{A}/challenges"
# fmt: off
CHALLENGE_MATRIX: list[tuple[str, str, int, int, int, int, int]] = [
    # method  path                                                         anonymous member other manager admin
    ("GET",    C,                                                            200, 200, 200, 200, 200),
    ("POST",   C,                                                            401, 201, 403, 201, 201),
    ("GET",    f"{C}/{{challenge_id}}",                                      404, 200, 404, 200, 200),
    ("PATCH",  f"{C}/{{challenge_id}}",                                      401, 200, 404, 200, 200),
    ("POST",   f"{C}/{{challenge_id}}/transition",                           401, 200, 404, 200, 200),
    ("GET",    f"{C}/{{challenge_id}}/report",                               401, 200, 403, 200, 200),
    ("POST",   f"{C}/{{challenge_id}}/invitations/propose",                  401, 403, 403, 200, 200),
    ("GET",    f"{C}/{{challenge_id}}/invitations",                          401, 200, 403, 200, 200),
    ("POST",   f"{C}/{{challenge_id}}/invitations/{{invitation_id}}/decision", 401, 403, 403, 200, 200),
    ("GET",    f"{C}/{{challenge_id}}/applications",                         401, 200, 200, 200, 200),
    ("POST",   f"{C}/{{challenge_id}}/applications",                         401, 201, 403, 201, 201),
    ("GET",    f"{A}/applications/{{application_id}}",                       401, 200, 404, 200, 200),
    ("PATCH",  f"{A}/applications/{{application_id}}",                       401, 200, 404, 404, 404),
    ("POST",   f"{A}/applications/{{application_id}}/submit",                401, 200, 404, 404, 404),
    ("POST",   f"{A}/applications/{{application_id}}/withdraw",              401, 200, 404, 403, 403),
    ("POST",   f"{A}/applications/{{application_id}}/screen",                401, 403, 404, 200, 200),
    ("POST",   f"{A}/applications/{{application_id}}/decision",              401, 403, 404, 200, 200),
    ("POST",   f"{A}/applications/{{application_id}}/outcome",               401, 403, 404, 200, 200),
    ("POST",   f"{C}/{{challenge_id}}/decisions/send",                       401, 403, 403, 200, 200),
    ("GET",    f"{C}/{{challenge_id}}/jurors",                               401, 200, 403, 200, 200),
    ("POST",   f"{C}/{{challenge_id}}/jurors",                               401, 403, 403, 201, 201),
    ("PATCH",  f"{C}/{{challenge_id}}/jurors/{{juror_id}}",                  401, 403, 403, 200, 200),
    ("POST",   f"{C}/{{challenge_id}}/jurors/{{juror_id}}/conflicts",        401, 201, 403, 201, 201),
    ("POST",   f"{C}/{{challenge_id}}/assign",                               401, 403, 403, 200, 200),
    ("GET",    f"{C}/{{challenge_id}}/reviews",                              401, 200, 403, 200, 200),
    ("PUT",    f"{A}/reviews/{{review_id}}",                                 401, 200, 404, 403, 403),
    ("POST",   f"{A}/reviews/{{review_id}}/release",                         401, 403, 403, 200, 200),
    ("GET",    f"{C}/{{challenge_id}}/ranking",                              401, 200, 403, 200, 200),
    ("POST",   f"{C}/{{challenge_id}}/shortlist",                            401, 403, 403, 200, 200),
    ("POST",   f"{C}/{{challenge_id}}/schedule",                             401, 403, 403, 200, 200),
    ("GET",    f"{C}/{{challenge_id}}/schedule",                             401, 200, 403, 200, 200),
    ("GET",    f"{C}/{{challenge_id}}/schedule.ics",                         401, 200, 403, 200, 200),
]
# fmt: on
MATRIX += CHALLENGE_MATRIX

# The stages a fresh challenge is built to, in order.
STAGES = ("draft", "open", "applied", "submitted", "screened", "closed", "reviewing", "reviewed", "won")


def challenge_scene(scene: Scene, stage: str, member: str = "owner") -> Target:
    """A fresh company's challenge with a fresh start-up's application, built by the services up to `stage`:
    the owner's member is the only juror (from `closed` on); `won` skips the jury. `member` plays the member
    column: the owner's (`owner`) or the applicant's (`applicant`)."""
    n = next(_serial)
    rt = scene.rt
    with transaction(rt.session_factory) as session:
        profiles = ProfileService(session, indexer=rt.indexer)
        for role, kind in (("owner", "company"), ("applicant", "startup")):
            profiles.create(
                OrganisationCreate(
                    ref=f"matrix-{role}-{n}",
                    name=f"Matrix {role} {n}",
                    kind=kind,  # type: ignore[arg-type]
                    description="Inspects sheet steel surfaces with cameras.",
                )
            )
    people = {
        role: scene._person(f"{role}-{n}@matrix.example", "member", f"matrix-{role}-{n}")
        for role in ("owner", "applicant")
    }
    reached = STAGES[: STAGES.index(stage) + 1]
    with transaction(rt.session_factory) as session:
        organiser = session.get(User, scene.organiser.id)
        owner_id = ProfileService(session).get_by_ref(f"matrix-owner-{n}").id
        services = [
            cls(session, rt.recommender, rt.indexer)
            for cls in (ChallengeService, ApplicationService, DecisionService, JuryService)
        ]
        challenges, applications, decisions, jury = services
        challenge = challenges.create(
            organiser,
            ChallengeCreate(
                title=f"Matrix challenge {n}",
                problem="Find defects on sheet steel.",
                owner_id=owner_id,
                requirements=["finds defects"],
                reviews_per_application=1,
            ),  # type: ignore[call-arg]
        )
        values: dict[str, Any] = {"challenge_id": challenge.id, "user_id": people["owner"].id}
        if "open" in reached:
            challenges.transition(challenge, organiser, "open")
        if "applied" in reached:
            applicant = session.get(User, people["applicant"].id)
            application = applications.apply(
                challenge,
                applicant,
                ApplicationCreate(summary="Cameras find defects.", approach="We scan every part."),  # type: ignore[call-arg]
            )
            values["application_id"] = application.id
        if "submitted" in reached:
            applications.submit(application, applicant)
        if "screened" in reached:
            applications.screen(application, organiser, Screening(passed=True))
        if stage == "won":
            for step in ("shortlisted", "invited_to_pitch", "won"):
                decisions.decide(application, organiser, step)
        elif "closed" in reached:
            challenges.transition(challenge, organiser, "closed")
            juror = jury.add_juror(challenge, organiser, JurorCreate(user_id=people["owner"].id, cap=5))  # type: ignore[call-arg]
            values["juror_id"] = juror.id
        if "reviewing" in reached and stage != "won":
            jury.assign(challenge, organiser)
            review = jury.reviews.of_challenge(challenge.id)[0]
            values["review_id"] = review.id
        if "reviewed" in reached and stage != "won":
            owner_user = session.get(User, people["owner"].id)
            jury.submit_review(
                review,
                owner_user,
                ReviewSubmit(marks=dict.fromkeys(["fit", "feasibility", "team", "impact"], 7.0)),
            )  # type: ignore[call-arg]
    return Target(values, people[member])


def invitation_scene(scene: Scene) -> Target:
    target = challenge_scene(scene, "open")
    with transaction(scene.rt.session_factory) as session:
        invitation = InvitationRepository(session).add(
            Invitation(
                challenge_id=target.values["challenge_id"],
                organisation_id=scene.institute,
                score=0.5,
                explanation={},
            )
        )
        target.values["invitation_id"] = invitation.id
    return target


def new_challenge(scene: Scene) -> Target:
    """A challenge to create, for the fresh owner of a scene (a member creates it for their own)."""
    target = challenge_scene(scene, "draft")
    with transaction(scene.rt.session_factory) as session:
        owner_id = ChallengeRepository(session).get(target.values["challenge_id"]).owner_id
    return body(target, {"title": "A new challenge", "owner_id": owner_id})


SLOTS = [{"start": "2027-03-04T09:00:00+01:00", "minutes": 20}]
REQUESTS.update(
    {
        ("POST", C): new_challenge,
        ("GET", f"{C}/{{challenge_id}}"): lambda s: challenge_scene(s, "draft"),
        ("PATCH", f"{C}/{{challenge_id}}"): lambda s: body(
            challenge_scene(s, "draft"), {"offer": "A pilot."}
        ),
        ("POST", f"{C}/{{challenge_id}}/transition"): lambda s: body(
            challenge_scene(s, "draft"), {"to": "open"}
        ),
        ("GET", f"{C}/{{challenge_id}}/report"): lambda s: challenge_scene(s, "submitted"),
        ("POST", f"{C}/{{challenge_id}}/invitations/propose"): lambda s: body(
            challenge_scene(s, "open"), {"k": 3}
        ),
        ("GET", f"{C}/{{challenge_id}}/invitations"): invitation_scene,
        ("POST", f"{C}/{{challenge_id}}/invitations/{{invitation_id}}/decision"): lambda s: body(
            invitation_scene(s), {"approve": False}
        ),
        ("GET", f"{C}/{{challenge_id}}/applications"): lambda s: challenge_scene(s, "submitted"),
        ("POST", f"{C}/{{challenge_id}}/applications"): lambda s: applicant_body(
            challenge_scene(s, "open", "applicant")
        ),
        ("GET", f"{A}/applications/{{application_id}}"): lambda s: challenge_scene(
            s, "submitted", "applicant"
        ),
        ("PATCH", f"{A}/applications/{{application_id}}"): lambda s: body(
            challenge_scene(s, "applied", "applicant"), {"why_us": "We can."}
        ),
        ("POST", f"{A}/applications/{{application_id}}/submit"): lambda s: challenge_scene(
            s, "applied", "applicant"
        ),
        ("POST", f"{A}/applications/{{application_id}}/withdraw"): lambda s: challenge_scene(
            s, "submitted", "applicant"
        ),
        ("POST", f"{A}/applications/{{application_id}}/screen"): lambda s: body(
            challenge_scene(s, "submitted", "applicant"), {"passed": True}
        ),
        ("POST", f"{A}/applications/{{application_id}}/decision"): lambda s: body(
            challenge_scene(s, "screened", "applicant"), {"to": "shortlisted"}
        ),
        ("POST", f"{A}/applications/{{application_id}}/outcome"): lambda s: body(
            challenge_scene(s, "won", "applicant"), {"kind": "cooperation"}
        ),
        ("POST", f"{C}/{{challenge_id}}/decisions/send"): lambda s: challenge_scene(s, "screened"),
        ("GET", f"{C}/{{challenge_id}}/jurors"): lambda s: challenge_scene(s, "closed"),
        ("POST", f"{C}/{{challenge_id}}/jurors"): lambda s: juror_body(challenge_scene(s, "open")),
        ("PATCH", f"{C}/{{challenge_id}}/jurors/{{juror_id}}"): lambda s: body(
            challenge_scene(s, "closed"), {"cap": 3}
        ),
        ("POST", f"{C}/{{challenge_id}}/jurors/{{juror_id}}/conflicts"): lambda s: conflict_body(
            challenge_scene(s, "closed")
        ),
        ("POST", f"{C}/{{challenge_id}}/assign"): lambda s: body(challenge_scene(s, "closed"), {}),
        ("GET", f"{C}/{{challenge_id}}/reviews"): lambda s: challenge_scene(s, "reviewing"),
        ("PUT", f"{A}/reviews/{{review_id}}"): lambda s: body(
            challenge_scene(s, "reviewing"), {"marks": {"fit": 8, "feasibility": 7, "team": 6, "impact": 7}}
        ),
        ("POST", f"{A}/reviews/{{review_id}}/release"): lambda s: body(challenge_scene(s, "reviewed"), {}),
        ("GET", f"{C}/{{challenge_id}}/ranking"): lambda s: challenge_scene(s, "reviewed"),
        ("POST", f"{C}/{{challenge_id}}/shortlist"): lambda s: body(challenge_scene(s, "reviewed"), {}),
        ("POST", f"{C}/{{challenge_id}}/schedule"): lambda s: body(
            challenge_scene(s, "reviewing"), {"rooms": ["Hall A"], "slots": SLOTS}
        ),
        ("GET", f"{C}/{{challenge_id}}/schedule"): lambda s: challenge_scene(s, "reviewing"),
        ("GET", f"{C}/{{challenge_id}}/schedule.ics"): lambda s: challenge_scene(s, "reviewing"),
    }
)


def applicant_body(target: Target) -> Target:
    return body(target, {"organisation_id": target.member.organisation_id, "summary": "Cameras."})


def juror_body(target: Target) -> Target:
    return body(target, {"user_id": target.values["user_id"], "cap": 4})


def conflict_body(target: Target) -> Target:
    return body(target, {"application_id": target.values["application_id"], "reason": "a former client"})


MATRIX += EVENT_MATRIX
REQUESTS.update(EVENT_REQUESTS)
MATRIX += TALENT_MATRIX
REQUESTS.update(TALENT_REQUESTS)
MATRIX += NETWORK_MATRIX
REQUESTS.update(NETWORK_REQUESTS)


@pytest.fixture(scope="module")
def scene(world: World) -> Scene:
    return Scene(world)


def caller(world: World, target: Target, role: str) -> dict[str, str]:
    person = {
        "anonymous": None,
        "member": target.member,
        "other": world.people["fuelcell"],
        "manager": world.people["manager"],
        "admin": world.people["admin"],
    }[role]
    return person.auth if person else {}


@pytest.mark.parametrize(("method", "path", *ROLES), MATRIX, ids=[f"{m} {p}" for m, p, *_ in MATRIX])
def test_every_role_gets_the_status_of_the_table(
    world: World,
    scene: Scene,
    method: str,
    path: str,
    anonymous: int,
    member: int,
    other: int,
    manager: int,
    admin: int,
) -> None:
    expected = dict(zip(ROLES, (anonymous, member, other, manager, admin), strict=True))
    make = REQUESTS.get((method, path), lambda s: s.static())
    answered = {}
    with TestClient(world.app) as client:
        for role in ROLES:
            target = make(scene)
            response = client.request(
                method,
                path.format(**target.values),
                json=target.body,
                params=target.query,
                headers=caller(world, target, role),
            )
            answered[role] = response.status_code
            wait_for_rebuild(world.runtime)
    assert answered == expected


def test_the_table_covers_every_api_route() -> None:
    """From the app's OpenAPI description (FastAPI keeps included routers behind private classes in
    `app.routes`), which lists every route of the API."""
    routes = {
        (method.upper(), path)
        for path, operations in create_app().openapi()["paths"].items()
        if path.startswith("/api/")
        for method in operations
    }
    rows = [(method, path) for method, path, *_ in MATRIX]
    assert len(rows) == len(set(rows)), "a route has two rows"
    assert set(rows) == routes
    assert set(REQUESTS) <= routes


# Hidden organisations, whom nobody may read: who may change one (its members, managers, admins) can, and
# everybody else gets the answer that an organisation that does not exist gives, so that neither ids nor
# refs tell them that a hidden profile exists.
# fmt: off
HIDDEN: list[tuple[str, str, int, int, int, int, int]] = [
    # method  path                                          anonymous member other manager admin
    ("GET",    f"{A}/organisations/{{org_id}}",               404, 404, 404, 404, 404),
    ("GET",    f"{A}/organisations/by-ref/{{ref}}",           404, 404, 404, 404, 404),
    ("GET",    f"{A}/organisations/{{org_id}}/matches",       404, 404, 404, 404, 404),
    ("GET",    f"{A}/opportunities/{{opp_id}}",               404, 404, 404, 404, 404),
    ("PATCH",  f"{A}/organisations/{{org_id}}",               401, 200, 404, 200, 200),
    ("PATCH",  f"{A}/organisations/by-ref/{{ref}}",           401, 200, 404, 200, 200),
    ("DELETE", f"{A}/organisations/{{org_id}}",               401, 403, 403, 204, 204),
    ("DELETE", f"{A}/organisations/by-ref/{{ref}}",           401, 403, 403, 204, 204),
    ("POST",   f"{A}/organisations/{{org_id}}/opportunities", 401, 201, 404, 201, 201),
    ("PATCH",  f"{A}/opportunities/{{opp_id}}",               401, 200, 404, 200, 200),
    ("DELETE", f"{A}/opportunities/{{opp_id}}",               401, 204, 404, 204, 204),
]
# fmt: on
HIDDEN += NETWORK_HIDDEN
NOWHERE = {"org_id": 2_000_000_000, "ref": "no-such-ref", "opp_id": 2_000_000_000}


def hidden_request(scene: Scene, method: str, path: str) -> Target:
    target = scene.fresh(visibility="hidden")
    make = REQUESTS.get((method, path))
    if make is not None and method != "DELETE":
        target.body = make(scene).body
    return target


@pytest.mark.parametrize(("method", "path", *ROLES), HIDDEN, ids=[f"{m} {p}" for m, p, *_ in HIDDEN])
def test_a_hidden_organisation_is_changed_only_by_who_may_and_unknown_to_the_others(
    world: World,
    scene: Scene,
    method: str,
    path: str,
    anonymous: int,
    member: int,
    other: int,
    manager: int,
    admin: int,
) -> None:
    expected = dict(zip(ROLES, (anonymous, member, other, manager, admin), strict=True))
    answered = {}
    with TestClient(world.app) as client:
        for role in ROLES:
            target = hidden_request(scene, method, path)
            headers = caller(world, target, role)
            response = client.request(method, path.format(**target.values), json=target.body, headers=headers)
            answered[role] = response.status_code
            if role in ("anonymous", "other"):  # the same answer as for something that does not exist
                nowhere = client.request(method, path.format(**NOWHERE), json=target.body, headers=headers)
                assert (nowhere.status_code, nowhere.json()["error"].split(" ")[0]) == (
                    response.status_code,
                    response.json()["error"].split(" ")[0],
                ), (role, response.text, nowhere.text)
    assert answered == expected
