"""A corporate challenge's whole round through the HTTP API, on a real database: create, open, the engine's
invitations, apply, submit, screen, the jury and its conflicts, the assignment (and its re-solve when a juror
drops out), reviews, the ranking, the shortlist, the pitch day and its calendar, decisions sent in one batch,
and the winner's pilot as an introduction; with who may see what on the way."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient

from matcher.runtime import Runtime
from tests.conftest import Person, make_user

A = "/api/v1"

STARTUPS = [
    (
        "c-optic",
        "Optik Prüfsysteme GmbH",
        "We detect scratches and dents on sheet steel with line-scan cameras and deep learning.",
    ),
    ("c-press", "Pressline Robotics", "Robots that feed and unload press lines in the automotive industry."),
    ("c-coat", "CoatSense", "Sensors that measure paint and zinc coating thickness on steel coils."),
]
CHALLENGE = {
    "title": "Fewer defects on pressed sheet steel",
    "problem": "Our press line makes car body parts; surface defects are found too late, after painting.",
    "solutions_of_interest": "Camera-based inspection of sheet steel directly at the press.",
    "requirements": ["detects surface defects on sheet steel", "runs at the speed of the press line"],
    "offer": "A paid pilot of three months on one press line.",
    "applicant_kinds": ["startup", "research_institute"],
    "pitch_slots": 2,
    "reviews_per_application": 2,
    "blind_review": True,
}


def proposal(summary: str) -> dict[str, Any]:
    return {
        "summary": summary,
        "approach": "We mount cameras above the press exit. Our model flags surface defects in real time.",
        "why_us": "We did this for three steelworks.",
        "stage": "pilot",
        "trl": 6,
        "attachments": ["https://example.org/deck.pdf"],
    }


@dataclass
class Round:
    api: TestClient
    people: dict[str, Person]

    def as_(self, who: str, method: str, path: str, **kwargs: Any) -> Any:
        return self.api.request(method, f"{A}{path}", headers=self.people[who].auth, **kwargs)

    def ok(self, who: str, method: str, path: str, status: int = 200, **kwargs: Any) -> Any:
        response = self.as_(who, method, path, **kwargs)
        assert response.status_code == status, (who, method, path, response.text)
        return (
            response.json()
            if response.headers.get("content-type", "").startswith("application/json")
            else response
        )


@pytest.fixture
def round_(app: object, people: dict[str, Person], loaded: Runtime) -> Iterator[Round]:
    with TestClient(app) as api:  # type: ignore[arg-type]
        admin = people["admin"].auth
        for ref, name, description in STARTUPS:
            created = api.post(
                f"{A}/organisations",
                json={
                    "ref": ref,
                    "name": name,
                    "kind": "startup",
                    "city": "Essen",
                    "description": description,
                },
                headers=admin,
            )
            assert created.status_code == 201, created.text
        everyone = dict(people)
        for ref, _, _ in STARTUPS:
            everyone[ref] = make_user(loaded, f"founder@{ref}.example", "member", ref)
        everyone["vision"] = make_user(loaded, "vera@vision.example", "member", "t-vision-startup")
        everyone["steel2"] = make_user(loaded, "jo@steel.example", "member", "t-steel-co")
        yield Round(api, everyone)


def open_challenge(r: Round, **overrides: Any) -> dict[str, Any]:
    challenge = r.ok("steel", "POST", "/challenges", 201, json={**CHALLENGE, **overrides})
    r.ok("steel", "POST", f"/challenges/{challenge['id']}/transition", json={"to": "open"})
    return challenge


def applied(r: Round, challenge_id: int, who: str, summary: str) -> dict[str, Any]:
    draft = r.ok(who, "POST", f"/challenges/{challenge_id}/applications", 201, json=proposal(summary))
    return r.ok(who, "POST", f"/applications/{draft['id']}/submit")


def test_a_whole_round(round_: Round) -> None:
    r = round_
    challenge = r.ok("steel", "POST", "/challenges", 201, json=CHALLENGE)
    cid = challenge["id"]
    assert challenge["status"] == "draft" and challenge["allowed"] == ["open", "archived"]
    assert r.api.get(f"{A}/challenges/{cid}").status_code == 404  # a draft exists for who runs it only
    wrong = r.as_("steel", "POST", f"/challenges/{cid}/transition", json={"to": "decided"})
    assert wrong.status_code == 409
    assert wrong.json()["detail"] == {"status": "draft", "allowed": ["open", "archived"]}
    assert "allowed now: open, archived" in wrong.json()["error"]
    r.ok("steel", "POST", f"/challenges/{cid}/transition", json={"to": "open"})
    assert r.api.get(f"{A}/challenges/{cid}").json()["owner"]["name"] == "Dortmunder Blechwerke AG"

    # invitations: the engine's proposals, with why; never the owner; a manager approves
    proposals = r.ok("manager", "POST", f"/challenges/{cid}/invitations/propose", json={"k": 5})["data"]
    refs = [p["organisation"]["ref"] for p in proposals]
    assert "t-steel-co" not in refs and "c-optic" in refs
    assert all(p["state"] == "proposed" and p["explanation"]["matched_text"] for p in proposals)
    assert r.as_("steel", "POST", f"/challenges/{cid}/invitations/propose", json={}).status_code == 403
    optic = next(p for p in proposals if p["organisation"]["ref"] == "c-optic")
    invited = r.ok(
        "manager", "POST", f"/challenges/{cid}/invitations/{optic['id']}/decision", json={"approve": True}
    )
    assert invited["state"] == "invited"
    inbox = r.ok("c-optic", "GET", "/inbox")["data"]
    assert any("invited to answer the challenge" in m["subject"] for m in inbox)
    again = r.as_(
        "manager", "POST", f"/challenges/{cid}/invitations/{optic['id']}/decision", json={"approve": True}
    )
    assert again.status_code == 409

    # applications: the kinds sought only; one each; the fit to each requirement once submitted
    wrong_kind = r.as_("fuelcell", "POST", f"/challenges/{cid}/applications", json=proposal("Buses."))
    assert wrong_kind.status_code == 422 and "seeks startup, research_institute" in wrong_kind.json()["error"]
    optic_app = applied(r, cid, "c-optic", "Line-scan cameras find scratches on sheet steel at the press.")
    assert optic_app["status"] == "submitted" and optic_app["invited"] is True
    others = [
        applied(r, cid, "c-press", "Press-line robots that also photograph each part."),
        applied(r, cid, "c-coat", "Coating sensors for steel coils; defects show as thickness changes."),
        applied(r, cid, "institute", "Our test lab measures surface quality of metal parts."),
    ]
    ids = [optic_app["id"], *[o["id"] for o in others]]
    assert r.as_("c-optic", "POST", f"/challenges/{cid}/applications", json=proposal("x")).status_code == 409
    fit = r.ok("manager", "GET", f"/applications/{optic_app['id']}")
    assert [f["requirement"] for f in fit["fit_explanation"]] == CHALLENGE["requirements"]
    assert fit["fit_score"] is not None and fit["fit_explanation"][0]["sentence"]
    # an applicant sees its own application only, and nothing of the engine's fit or the screening
    assert r.as_("c-press", "GET", f"/applications/{optic_app['id']}").status_code == 404
    mine = r.ok("c-optic", "GET", f"/applications/{optic_app['id']}")
    assert mine["fit_explanation"] is None and mine["checklist"] is None
    assert [a["id"] for a in r.ok("c-optic", "GET", f"/challenges/{cid}/applications")["data"]] == [ids[0]]
    assert r.as_("c-optic", "PATCH", f"/applications/{ids[0]}", json={"summary": "late"}).status_code == 409

    # screening, then the jury: the owner's two members and a manager; a declared conflict
    r.ok("steel", "POST", f"/challenges/{cid}/transition", json={"to": "closed"})
    for app_id in ids:
        screened = r.ok(
            "manager",
            "POST",
            f"/applications/{app_id}/screen",
            json={"checklist": {CHALLENGE["requirements"][0]: True}, "passed": True},
        )
        assert screened["status"] == "screened"
    jurors = {}
    for who, cap in (("steel", 3), ("steel2", 3), ("manager", 3)):
        juror = r.ok(
            "manager",
            "POST",
            f"/challenges/{cid}/jurors",
            201,
            json={"user_id": r.people[who].id, "cap": cap},
        )
        jurors[who] = juror["id"]
    outsider = r.as_(
        "manager", "POST", f"/challenges/{cid}/jurors", json={"user_id": r.people["fuelcell"].id}
    )
    assert outsider.status_code == 422
    r.ok(
        "steel2",
        "POST",
        f"/challenges/{cid}/jurors/{jurors['steel2']}/conflicts",
        201,
        json={"application_id": ids[0], "reason": "my brother founded it"},
    )

    # the assignment: R reviews each, within caps, never a conflict, and why
    assignment = r.ok("manager", "POST", f"/challenges/{cid}/assign", json={})
    pairs = {(x["application_id"], x["juror_id"]) for x in assignment["reviews"]}
    assert len(pairs) == 2 * len(ids)
    assert (ids[0], jurors["steel2"]) not in pairs
    assert all(x["reason"] for x in assignment["reviews"])
    assert assignment["total_fit"] <= assignment["bound"] + 1e-6
    assert r.ok("manager", "GET", f"/challenges/{cid}")["status"] == "reviewing"

    # a juror sees only what is assigned to them, without the applicant's name (blind review)
    steel_reviews = r.ok("steel", "GET", f"/challenges/{cid}/reviews")["data"]
    steel_apps = {x["application_id"] for x in steel_reviews}
    visible = r.ok("steel", "GET", f"/challenges/{cid}/applications")["data"]
    assert {a["id"] for a in visible} == steel_apps
    assert all(a["organisation"]["name"].startswith("Applicant ") for a in visible)
    assert all(a["organisation"]["id"] == 0 and not a["organisation"]["ref"] for a in visible)
    for app_id in set(ids) - steel_apps:
        assert r.as_("steel", "GET", f"/applications/{app_id}").status_code == 404
    assert r.as_("c-optic", "GET", f"/challenges/{cid}/reviews").status_code == 403

    # a juror drops out after one finished review: the re-solve keeps it, and hands on the rest
    marks = {"fit": 9, "feasibility": 8, "team": 7, "impact": 8}
    scores = {ids[0]: 9, ids[1]: 5, ids[2]: 7, ids[3]: 4}  # every juror agrees on the order
    first = next((x for x in steel_reviews if x["application_id"] == ids[0]), steel_reviews[0])
    mark = scores[first["application_id"]]
    r.ok(
        "steel",
        "PUT",
        f"/reviews/{first['id']}",
        json={"marks": dict.fromkeys(marks, mark), "comment": f"Mark {mark}."},
    )
    bad = r.as_("steel", "PUT", f"/reviews/{first['id']}", json={"marks": {"fit": 3}})
    assert bad.status_code == 422
    assert r.as_("manager", "PUT", f"/reviews/{first['id']}", json={"marks": marks}).status_code == 403
    r.ok("manager", "PATCH", f"/challenges/{cid}/jurors/{jurors['steel']}", json={"active": False})
    r.ok("manager", "PATCH", f"/challenges/{cid}/jurors/{jurors['manager']}", json={"cap": 4})
    r.ok("manager", "PATCH", f"/challenges/{cid}/jurors/{jurors['steel2']}", json={"cap": 4})
    again = r.ok("manager", "POST", f"/challenges/{cid}/assign", json={})
    kept = {(x["application_id"], x["juror_id"]): x for x in again["reviews"]}
    assert (first["application_id"], jurors["steel"]) in kept
    assert kept[(first["application_id"], jurors["steel"])]["submitted"] is True
    assert not [
        p for p in kept if p[1] == jurors["steel"] and p != (first["application_id"], jurors["steel"])
    ]
    assert (ids[0], jurors["steel2"]) not in kept

    # everyone left reviews; the ranking, with the jurors' range
    for review in again["reviews"]:
        if review["submitted"]:
            continue
        who = "manager" if review["juror_id"] == jurors["manager"] else "steel2"
        mark = scores[review["application_id"]]
        r.ok(
            who,
            "PUT",
            f"/reviews/{review['id']}",
            json={"marks": dict.fromkeys(marks, mark), "comment": f"Mark {mark}."},
        )
    ranking = r.ok("steel", "GET", f"/challenges/{cid}/ranking")
    order = [x["application_id"] for x in ranking["data"]]
    assert ranking["method"] == "mean" and order == [ids[0], ids[2], ids[1], ids[3]]
    assert all(row["low"] <= row["score"] <= row["high"] for row in ranking["data"])
    assert all(row["organisation"]["name"].startswith("Applicant ") for row in ranking["data"])  # blind
    zscores = r.ok("steel", "GET", f"/challenges/{cid}/ranking", params={"method": "zscore"})
    assert zscores["method"] == "zscore" and zscores["count"] == 4

    # the shortlist: the pitch slots, the rest rejected with why; decisions wait for the batch
    short = r.ok("manager", "POST", f"/challenges/{cid}/shortlist", json={})
    chosen = [s["application_id"] for s in short["shortlisted"]]
    assert chosen == [ids[0], ids[2]] and set(short["left_out"]) == {str(ids[1]), str(ids[3])}
    assert r.ok("c-optic", "GET", f"/applications/{ids[0]}")["status"] == "submitted"  # not told yet

    # the pitch day and its calendar
    slots = [{"start": f"2027-03-04T{h}:00:00+01:00", "minutes": 20} for h in ("09", "10")]
    plan = r.ok("manager", "POST", f"/challenges/{cid}/schedule", json={"rooms": ["Hall A"], "slots": slots})
    assert {p["application_id"] for p in plan["data"]} == set(chosen)
    assert len({p["start"] for p in plan["data"]}) == 2  # one room: one pitch at a time
    calendar = r.as_("manager", "GET", f"/challenges/{cid}/schedule.ics")
    assert calendar.status_code == 200 and calendar.headers["content-type"].startswith("text/calendar")
    assert calendar.text.count("BEGIN:VEVENT") == 2 and CHALLENGE["title"] in calendar.text
    assert r.as_("c-optic", "GET", f"/challenges/{cid}/schedule").status_code == 403

    # decisions: the pitches, then one batch tells everybody
    r.ok("manager", "POST", f"/applications/{ids[0]}/decision", json={"to": "won"})
    r.ok("manager", "POST", f"/applications/{ids[2]}/decision", json={"to": "not_selected"})
    wrong = r.as_("manager", "POST", f"/applications/{ids[1]}/decision", json={"to": "won"})
    assert wrong.status_code == 409 and wrong.json()["detail"]["status"] == "rejected"
    released = next(
        x for x in again["reviews"] if x["application_id"] == ids[0] and x["juror_id"] == jurors["manager"]
    )
    r.ok("manager", "POST", f"/reviews/{released['id']}/release", json={})
    sent = r.ok("manager", "POST", f"/challenges/{cid}/decisions/send")
    assert sent["sent"] == 4 and sent["messages"] >= 4
    assert r.ok("manager", "POST", f"/challenges/{cid}/decisions/send")["sent"] == 0
    told = r.ok("c-optic", "GET", f"/applications/{ids[0]}")
    assert told["status"] == "won"
    assert [f["comment"] for f in told["feedback"]] == ["Mark 9."]  # only the released comment, no marks
    assert "marks" not in told and any(
        "You won" in m["subject"] for m in r.ok("c-optic", "GET", "/inbox")["data"]
    )
    assert r.ok("c-press", "GET", f"/applications/{ids[1]}")["status"] == "rejected"

    # the outcome: the winner's pilot becomes an introduction, and a cooperation once agreed
    outcome = r.ok("manager", "POST", f"/applications/{ids[0]}/outcome", json={"kind": "pilot"})
    intro = r.ok("manager", "GET", f"/introductions/{outcome['introduction_id']}")
    assert intro["status"] == "suggested"
    r.ok("manager", "POST", f"/applications/{ids[0]}/outcome", json={"kind": "cooperation"})
    r.ok("steel", "POST", f"/challenges/{cid}/transition", json={"to": "decided"})
    report = r.ok("steel", "GET", f"/challenges/{cid}/report")
    assert report["applications"] == 4 and report["invited_applied"] == 1 and report["unsolicited"] == 3
    assert report["won"] == 1 and report["shortlisted"] == 2 and report["median_days_to_decision"] is not None


def test_invitation_only_and_anonymous_owner(round_: Round) -> None:
    r = round_
    challenge = open_challenge(r, visibility="invitation", owner_anonymous=True, blind_review=False)
    cid = challenge["id"]
    assert r.api.get(f"{A}/challenges/{cid}").status_code == 404
    assert r.as_("c-optic", "GET", f"/challenges/{cid}").status_code == 404
    assert cid not in [c["id"] for c in r.api.get(f"{A}/challenges").json()["data"]]
    proposals = r.ok("manager", "POST", f"/challenges/{cid}/invitations/propose", json={"k": 10})["data"]
    optic = next(p for p in proposals if p["organisation"]["ref"] == "c-optic")
    r.ok("manager", "POST", f"/challenges/{cid}/invitations/{optic['id']}/decision", json={"approve": True})
    seen = r.ok("c-optic", "GET", f"/challenges/{cid}")
    assert seen["owner"]["anonymous"] is True and "Dortmunder" not in seen["owner"]["name"]
    assert seen["owner"]["id"] == 0 and seen["owner"]["ref"] == ""  # nothing that leads to the profile
    assert r.as_("c-press", "POST", f"/challenges/{cid}/applications", json=proposal("x")).status_code == 404
    applied(r, cid, "c-optic", "Cameras find scratches on sheet steel.")
    assert r.ok("steel", "GET", f"/challenges/{cid}")["owner"]["name"] == "Dortmunder Blechwerke AG"


def test_only_who_runs_a_challenge_changes_it(round_: Round) -> None:
    r = round_
    challenge = open_challenge(r)
    cid = challenge["id"]
    assert r.as_("c-optic", "PATCH", f"/challenges/{cid}", json={"title": "Mine now"}).status_code == 403
    assert r.api.patch(f"{A}/challenges/{cid}", json={"title": "Mine now"}).status_code == 401
    changed = r.ok("steel", "PATCH", f"/challenges/{cid}", json={"offer": "EUR 50,000"})
    assert changed["offer"] == "EUR 50,000"
    not_owner = r.as_(
        "c-optic", "POST", "/challenges", json={**CHALLENGE, "owner_id": challenge["owner"]["id"]}
    )
    assert not_owner.status_code == 403
    startup_owned = r.as_("c-optic", "POST", "/challenges", json=CHALLENGE)
    assert startup_owned.status_code == 422 and "companies and public bodies" in startup_owned.json()["error"]
    bad_link = r.as_(
        "c-optic", "POST", f"/challenges/{cid}/applications", json={"attachments": ["ftp://x.example"]}
    )
    assert bad_link.status_code == 422


def test_the_round_is_in_the_audit_log(round_: Round) -> None:
    r = round_
    challenge = open_challenge(r)
    application = applied(r, challenge["id"], "c-optic", "Cameras find scratches on sheet steel.")
    log = r.ok("admin", "GET", "/audit", params={"entity": "application", "entity_id": application["id"]})
    actions = [entry["action"] for entry in log["data"]]
    assert "create" in actions and "update" in actions
    moved = r.ok("admin", "GET", "/audit", params={"entity": "challenge", "entity_id": challenge["id"]})
    assert any(entry["changes"].get("status") == ["draft", "open"] for entry in moved["data"])
