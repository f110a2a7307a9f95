"""Introductions through the API: a member asks, a manager approves, edits and sends, both sides accept
(double opt-in), they meet, an outcome adds a cooperation; refused moves say what is allowed; declined pairs
are never suggested again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from matcher.introductions.repository import feedback_rates
from matcher.profiles.models import Cooperation
from matcher.runtime import Runtime
from tests.conftest import Person, org_id


@pytest.fixture
def api(app: object, people: dict[str, Person]) -> Iterator[dict[str, TestClient]]:
    clients = {name: TestClient(app, headers=person.auth) for name, person in people.items()}  # type: ignore[arg-type]
    with clients["admin"]:
        yield clients


def match_ids(client: TestClient, org: int) -> list[int]:
    response = client.get(f"/api/v1/organisations/{org}/matches", params={"k": 20})
    assert response.status_code == 200
    return [m["organisation"]["id"] for m in response.json()["data"]]


def ask(
    api: dict[str, TestClient], loaded: Runtime, message: str = "We would like to test our stacks."
) -> dict:
    institute = org_id(loaded, "t-h2-institute")
    response = api["fuelcell"].post(
        "/api/v1/introductions", json={"partner_id": institute, "message": message}
    )
    assert response.status_code == 201, response.text
    return response.json()


def move(client: TestClient, intro: int, to: str, note: str = "") -> dict:
    response = client.post(f"/api/v1/introductions/{intro}/transition", json={"to": to, "note": note})
    assert response.status_code == 200, response.text
    return response.json()


def test_the_whole_way_from_a_request_to_a_cooperation(
    api: dict[str, TestClient], loaded: Runtime, people: dict[str, Person]
) -> None:
    fuelcell, institute = org_id(loaded, "t-fuelcell-co"), org_id(loaded, "t-h2-institute")
    assert institute in match_ids(api["fuelcell"], fuelcell)
    intro = ask(api, loaded)
    assert intro["status"] == "suggested"
    assert intro["organisation_a"]["id"] == fuelcell and intro["organisation_b"]["id"] == institute
    assert intro["proposed_by"] == "lena@fuelcell.example"
    # the engine's explanation of both sides is stored with it
    assert intro["reasons"]["a_to_b"]["need_offer"]["offer"].startswith("Fuel-cell test bench")
    assert intro["reasons"]["b_to_a"]["offer_need"]["offer"].startswith("Fuel-cell test bench")
    assert intro["reasons"]["a_to_b"]["organisation"]["id"] == institute and intro["score"] > 0
    assert intro["allowed"] == []  # the member can do nothing more until a manager acts
    i = intro["id"]

    manager = api["manager"]
    edited = manager.patch(f"/api/v1/introductions/{i}", json={"message": "Dear both, meet each other."})
    assert edited.json()["message"] == "Dear both, meet each other."
    assert move(manager, i, "approved")["allowed"] == ["sent", "declined", "expired"]
    sent = move(manager, i, "sent", "sent by e-mail")
    assert sent["status"] == "sent"

    # the contacts stay closed until both sides said yes
    assert api["fuelcell"].get(f"/api/v1/organisations/{institute}").json()["contacts"] is None
    answer = api["institute"].post(f"/api/v1/introductions/{i}/consent", json={"decision": "accepted"})
    assert answer.json()["status"] == "sent" and answer.json()["consent_b"] == "accepted"
    assert api["fuelcell"].get(f"/api/v1/organisations/{institute}").json()["contacts"] is None
    both = api["fuelcell"].post(f"/api/v1/introductions/{i}/consent", json={"decision": "accepted"}).json()
    assert both["status"] == "accepted"
    assert [
        c["name"] for c in api["fuelcell"].get(f"/api/v1/organisations/{institute}").json()["contacts"]
    ] == ["Jonas Berg"]
    assert [
        c["name"] for c in api["institute"].get(f"/api/v1/organisations/{fuelcell}").json()["contacts"]
    ] == ["Petra Sommer"]

    # the members meet and record what came of it
    too_early = api["institute"].post(f"/api/v1/introductions/{i}/outcome", json={"outcome": "cooperation"})
    assert too_early.status_code == 409 and "once the two have met" in too_early.json()["error"]
    assert move(api["institute"], i, "met", "met at the test bench")["status"] == "met"
    follow = api["institute"].post(
        f"/api/v1/introductions/{i}/outcome", json={"outcome": "follow_up_planned", "note": "a second visit"}
    )
    assert follow.json()["outcome_b"] == "follow_up_planned" and follow.json()["status"] == "met"
    done = api["fuelcell"].post(f"/api/v1/introductions/{i}/outcome", json={"outcome": "cooperation"}).json()
    assert done["status"] == "cooperation" and done["outcome_a"] == "cooperation"

    # the cooperation joins the network: the two are partners now, and no longer suggested to each other
    with loaded.session_factory() as session:
        rows = session.query(Cooperation).filter_by(source="matchwerk introduction").all()
        assert [(r.organisation_a_id, r.organisation_b_id) for r in rows] == [
            tuple(sorted((fuelcell, institute)))
        ]
    assert institute in loaded.indexer.engine.catalogue.partners[fuelcell]
    assert institute not in match_ids(api["fuelcell"], fuelcell)

    history = api["manager"].get(f"/api/v1/introductions/{i}").json()["history"]
    steps = [(h["from_status"], h["to_status"], h["actor"]) for h in history]
    assert steps[0] == (None, "suggested", "lena@fuelcell.example")
    assert ("suggested", "approved", "manager@example.org") in steps
    assert ("approved", "sent", "manager@example.org") in steps
    assert ("sent", "accepted", "lena@fuelcell.example") in steps
    assert ("accepted", "met", "ole@institute.example") in steps
    assert ("met", "cooperation", "lena@fuelcell.example") in steps
    assert any(h["note"] == "met at the test bench" for h in history)
    assert all(h["at"] for h in history)


def test_moves_that_make_no_sense_are_409_and_say_what_is_allowed(
    api: dict[str, TestClient], loaded: Runtime
) -> None:
    i = ask(api, loaded)["id"]
    manager = api["manager"]
    response = manager.post(f"/api/v1/introductions/{i}/transition", json={"to": "sent"})
    assert response.status_code == 409
    body = response.json()
    assert (
        body["error"]
        == "an introduction cannot go from suggested to sent; allowed now: approved, declined, expired"
    )
    assert body["detail"] == {"status": "suggested", "allowed": ["approved", "declined", "expired"]}
    move(manager, i, "approved")
    move(manager, i, "sent")
    forced = manager.post(f"/api/v1/introductions/{i}/transition", json={"to": "accepted"})
    assert forced.status_code == 409 and "both sides accept" in forced.json()["error"]
    late_edit = manager.patch(f"/api/v1/introductions/{i}", json={"message": "changed"})
    assert late_edit.status_code == 409
    move(manager, i, "expired", "no answer in four weeks")
    final = manager.post(f"/api/v1/introductions/{i}/transition", json={"to": "approved"})
    assert final.status_code == 409 and "nothing is allowed from here" in final.json()["error"]
    again = manager.post(
        f"/api/v1/introductions/{i}/consent", json={"decision": "accepted", "organisation_id": 1}
    )
    assert again.status_code == 409
    bad = manager.post(f"/api/v1/introductions/{i}/transition", json={"to": "married"})
    assert bad.status_code == 422


def test_members_act_only_for_their_own_organisation(
    api: dict[str, TestClient], loaded: Runtime, anonymous: TestClient
) -> None:
    i = ask(api, loaded)["id"]
    assert (
        api["fuelcell"].post(f"/api/v1/introductions/{i}/transition", json={"to": "approved"}).status_code
        == 403
    )
    assert api["fuelcell"].patch(f"/api/v1/introductions/{i}", json={"message": "x"}).status_code == 403
    assert api["steel"].get(f"/api/v1/introductions/{i}").status_code == 404  # not their introduction
    assert api["steel"].get("/api/v1/introductions").json()["count"] == 0
    # the other side learns of the request only when a manager sends it
    assert api["institute"].get("/api/v1/introductions").json()["count"] == 0
    assert api["institute"].get(f"/api/v1/introductions/{i}").status_code == 404
    assert api["fuelcell"].get("/api/v1/introductions").json()["count"] == 1
    assert anonymous.get("/api/v1/introductions").status_code == 401
    assert anonymous.get(f"/api/v1/introductions/{i}").status_code == 401
    steel = org_id(loaded, "t-steel-co")
    other = api["fuelcell"].post(
        "/api/v1/introductions", json={"organisation_id": steel, "partner_id": org_id(loaded, "t-vr-studio")}
    )
    assert other.status_code == 403
    move(api["manager"], i, "approved")
    move(api["manager"], i, "sent")
    assert api["institute"].get("/api/v1/introductions").json()["count"] == 1
    wrong_side = api["steel"].post(f"/api/v1/introductions/{i}/consent", json={"decision": "declined"})
    assert wrong_side.status_code == 404
    no_side = api["manager"].post(f"/api/v1/introductions/{i}/consent", json={"decision": "accepted"})
    assert no_side.status_code == 422 and no_side.json()["detail"][0]["field"] == "organisation_id"


def test_a_declined_pair_is_never_suggested_again(api: dict[str, TestClient], loaded: Runtime) -> None:
    fuelcell, institute = org_id(loaded, "t-fuelcell-co"), org_id(loaded, "t-h2-institute")
    assert institute in match_ids(api["fuelcell"], fuelcell)
    assert fuelcell in match_ids(api["institute"], institute)
    i = ask(api, loaded)["id"]
    move(api["manager"], i, "approved")
    move(api["manager"], i, "sent")
    declined = (
        api["institute"]
        .post(
            f"/api/v1/introductions/{i}/consent",
            json={"decision": "declined", "note": "no capacity this year"},
        )
        .json()
    )
    assert declined["status"] == "declined" and declined["consent_b"] == "declined"
    with loaded.session_factory() as session:  # a declined introduction counts against both sides' feedback
        assert feedback_rates(session) == {fuelcell: 1 / 3, institute: 1 / 3}
    assert institute not in match_ids(api["fuelcell"], fuelcell)
    assert fuelcell not in match_ids(api["institute"], institute)
    assert fuelcell not in match_ids(TestClient(api["admin"].app), institute)  # for anyone asking
    again = api["manager"].post(
        "/api/v1/introductions", json={"organisation_id": institute, "partner_id": fuelcell}
    )
    assert again.status_code == 409 and "never introduced again" in again.json()["error"]


def test_managers_propose_between_any_two_and_bad_requests_are_422(
    api: dict[str, TestClient], loaded: Runtime
) -> None:
    steel, vr = org_id(loaded, "t-steel-co"), org_id(loaded, "t-vr-studio")
    manager = api["manager"]
    created = manager.post("/api/v1/introductions", json={"organisation_id": steel, "partner_id": vr})
    assert created.status_code == 201 and created.json()["allowed"] == ["approved", "declined", "expired"]
    assert api["steel"].get("/api/v1/introductions").json()["count"] == 0  # not before it is sent
    assert created.headers["location"] == f"/api/v1/introductions/{created.json()['id']}"
    assert manager.post("/api/v1/introductions", json={"partner_id": vr}).status_code == 422
    assert (
        manager.post("/api/v1/introductions", json={"organisation_id": vr, "partner_id": vr}).status_code
        == 422
    )
    hidden = org_id(loaded, "t-hidden")
    assert (
        manager.post(
            "/api/v1/introductions", json={"organisation_id": steel, "partner_id": hidden}
        ).status_code
        == 422
    )
    listed = manager.get("/api/v1/introductions", params={"status": "suggested"}).json()
    assert listed["count"] == 1 and listed["data"][0]["organisation_b"]["id"] == vr
    assert manager.get("/api/v1/introductions", params={"status": "sent"}).json()["count"] == 0


def test_outcomes_feed_the_engines_feedback_feature(api: dict[str, TestClient], loaded: Runtime) -> None:
    fuelcell, institute = org_id(loaded, "t-fuelcell-co"), org_id(loaded, "t-h2-institute")
    with loaded.session_factory() as session:
        assert feedback_rates(session) == {}
    parts = api["manager"].get(f"/api/v1/organisations/{fuelcell}/matches").json()["data"][0]["parts"]
    assert "feedback" not in {p["name"] for p in parts}  # no introduction decided yet: no such reason
    i = ask(api, loaded)["id"]
    move(api["manager"], i, "approved")
    move(api["manager"], i, "sent")
    for side in ("fuelcell", "institute"):
        response = api[side].post(f"/api/v1/introductions/{i}/consent", json={"decision": "accepted"})
        assert response.status_code == 200, response.text
    with loaded.session_factory() as session:
        assert feedback_rates(session) == {fuelcell: 2 / 3, institute: 2 / 3}  # (1 good + 1) / (1 + 2)
    # a third organisation sees the institute with the feedback of its accepted introduction
    other = next(
        o
        for o in (
            org_id(loaded, ref) for ref in ("t-chem-co", "t-steel-co", "t-vision-startup", "t-uni-water")
        )
        if institute in match_ids(api["manager"], o)
    )
    data = api["manager"].get(f"/api/v1/organisations/{other}/matches", params={"k": 20}).json()["data"]
    entry = next(m for m in data if m["organisation"]["id"] == institute)
    feedback = next(p for p in entry["parts"] if p["name"] == "feedback")
    assert feedback["value"] == pytest.approx(2 / 3, abs=1e-4) and feedback["contribution"] > 0
