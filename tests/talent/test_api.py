"""A whole talent round through the HTTP API: a draft programme only its runners see, projects proposed by their
hosts and opened, participants registered with consent and their ranked choices, suggestions, the allocation
with its reasons, a lock, a move and a re-solve, publishing, the host's team and a participant's own placement;
a participant's data reach nobody else, and bad input is a 422 that says what to change."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.conftest import Person, org_id
from tests.talent.conftest import PARTICIPANTS, PROJECTS

A = "/api/v1/talent/programmes"


def application(name: str) -> dict[str, Any]:
    track, institution, skills, interests, _ = PARTICIPANTS[name]
    return {
        "name": name.title(),
        "email": f"{name}@talent.example",
        "track": track,
        "institution": institution,
        "skills": skills,
        "interests": interests,
        "languages": ["de"],
        "consent": True,
    }


def test_a_whole_round_through_the_api(
    client: TestClient, anonymous: TestClient, talent_people: dict[str, Person], loaded: object
) -> None:
    """`client` is an admin's; every other caller names their token."""
    auth = {name: person.auth for name, person in talent_people.items()}
    manager = auth["manager"]
    owner = org_id(loaded, "t-uni-water")  # type: ignore[arg-type]
    programme = {
        "name": "Innovation Semester 2027",
        "owner_id": owner,
        "starts_on": "2027-03-01",
        "ends_on": "2027-06-30",
        "min_trainees": 1,
        "min_institutions": 2,
        "languages": ["de", "en"],
    }
    created = client.post(A, json=programme, headers=manager)
    assert created.status_code == 201, created.text
    p = f"{A}/{created.json()['id']}"
    assert created.headers["location"] == f"/api/v1/talent/programmes/{created.json()['id']}"
    assert created.json()["status"] == "draft" and created.json()["allowed"] == ["open"]
    assert client.get(p, headers=auth["owner"]).status_code == 200  # a member of the owner runs it
    assert client.get(p, headers=auth["steel"]).status_code == 404  # a draft
    assert anonymous.get(p).status_code == 404
    skipped = client.post(f"{p}/transition", json={"to": "running"}, headers=manager)
    assert skipped.status_code == 409 and skipped.json()["detail"]["allowed"] == ["open"]
    assert (
        client.post(f"{p}/transition", json={"to": "open"}, headers=auth["owner"]).json()["status"] == "open"
    )
    assert anonymous.get(p).json()["status"] == "open"  # now public

    projects = {}
    for key, (host, values) in PROJECTS.items():
        proposed = client.post(
            f"{p}/projects", json={**values, "min_size": 2, "max_size": 3}, headers=auth[host]
        )
        assert proposed.status_code == 201, proposed.text
        projects[key] = proposed.json()["id"]
    inspection = f"{p}/projects/{projects['inspection']}"
    assert client.get(inspection, headers=auth["fuelcell"]).status_code == 404  # proposed: its host's
    assert client.get(inspection, headers=auth["steel"]).json()["status"] == "proposed"
    assert (
        client.post(f"{inspection}/transition", json={"to": "open"}, headers=auth["steel"]).status_code == 403
    )
    for project_id in projects.values():
        opened = client.post(f"{p}/projects/{project_id}/transition", json={"to": "open"}, headers=manager)
        assert opened.json()["status"] == "open"
    assert anonymous.get(f"{p}/projects").json()["count"] == 3

    ids = {}
    for name in PARTICIPANTS:
        who = auth[name] if name in ("pia", "tom") else manager
        registered = client.post(f"{p}/participants", json=application(name), headers=who)
        assert registered.status_code == 201, registered.text
        ids[name] = registered.json()["id"]
        choices = [projects[c] for c in PARTICIPANTS[name][4]]
        chosen = client.put(f"{p}/participants/{ids[name]}/choices", json={"projects": choices}, headers=who)
        assert [c["project_id"] for c in chosen.json()["choices"]] == choices
    pia = f"{p}/participants/{ids['pia']}"
    mine = client.get(f"{p}/participants/me", headers=auth["pia"]).json()
    assert mine["id"] == ids["pia"] and mine["choices"][0]["title"] == "Camera inspection of sheet steel"
    assert client.get(f"{p}/participants/me", headers=auth["steel"]).status_code == 404
    for stranger in ("tom", "steel", "fuelcell"):  # another participant, a host before publishing, anybody
        assert client.get(pia, headers=auth[stranger]).status_code == 404
        assert client.put(f"{pia}/choices", json={"projects": []}, headers=auth[stranger]).status_code == 404
    assert anonymous.get(pia).status_code == 401
    assert [x["id"] for x in client.get(f"{p}/participants", headers=auth["tom"]).json()["data"]] == [
        ids["tom"]
    ]
    assert client.get(f"{p}/participants", headers=manager).json()["count"] == 6
    suggested = client.get(f"{pia}/suggestions", headers=auth["pia"]).json()["data"]
    assert suggested[0]["project_id"] == projects["inspection"]
    assert suggested[0]["why"] == "you bring computer vision, python, which it needs"
    assert client.get(f"{pia}/suggestions", headers=auth["tom"]).status_code == 404
    vetoed = client.put(f"{pia}/vetoes", json={"projects": []}, headers=auth["pia"])
    assert vetoed.status_code == 403  # only who runs the programme

    assert client.get(f"{p}/allocation", headers=manager).status_code == 404  # none yet
    assert client.post(f"{p}/allocation", json={}, headers=auth["steel"]).status_code == 403
    solved = client.post(f"{p}/allocation", json={"time_limit_s": 10}, headers=manager)
    assert solved.status_code == 200, solved.text
    run = solved.json()
    assert run["profile"] == [6, 0, 0, 0, 0] and run["unassigned"] == 0 and run["optimal"]
    assert client.get(p, headers=manager).json()["status"] == "allocating"
    placed = {x["participant_id"]: x for x in run["placements"]}
    assert placed[ids["pia"]]["reason"].startswith("Camera inspection of sheet steel: their 1st choice")
    assert client.get(f"{p}/allocation", headers=auth["pia"]).status_code == 403
    assert client.get(f"{pia}/placement", headers=auth["pia"]).status_code == 404  # not published yet
    locked = client.post(
        f"{p}/allocation/placements/{placed[ids['pia']]['id']}/lock", json={"locked": True}, headers=manager
    )
    assert locked.json()["locked"] is True
    ada = f"{p}/participants/{ids['ada']}"
    unranked = client.post(f"{ada}/move", json={"project_id": projects["bench"]}, headers=manager)
    assert unranked.status_code == 422 and "Ada did not rank project" in unranked.json()["error"]
    moved = client.post(f"{ada}/move", json={"project_id": projects["inspection"]}, headers=manager).json()
    where = {x["participant_id"]: x for x in moved["placements"]}
    assert where[ids["ada"]]["project_id"] == projects["inspection"] and where[ids["ada"]]["locked"]
    assert "their 2nd choice, locked by a manager" in where[ids["ada"]]["reason"]
    assert moved["cancelled"] == [projects["dust"]]
    again = client.post(f"{p}/allocation", json={"time_limit_s": 10}, headers=manager).json()
    kept = {x["participant_id"]: (x["project_id"], x["locked"]) for x in again["placements"]}
    assert kept[ids["ada"]] == kept[ids["pia"]] == (projects["inspection"], True)
    assert client.get(f"{p}/allocation", headers=manager).json()["id"] == again["id"]

    published = client.post(f"{p}/allocation/publish", headers=manager)
    assert published.json()["status"] == "running"
    assert client.get(f"{p}/projects/{projects['dust']}").json()["status"] == "cancelled"
    team = client.get(f"{inspection}/team", headers=auth["steel"]).json()
    assert ids["pia"] in {x["participant_id"] for x in team["data"]} and all(
        x["reason"] for x in team["data"]
    )
    assert client.get(f"{inspection}/team", headers=auth["fuelcell"]).status_code == 404
    assert client.get(pia, headers=auth["steel"]).json()["email"] == "pia@talent.example"  # her host now
    assert client.get(pia, headers=auth["fuelcell"]).status_code == 404
    own = client.get(f"{pia}/placement", headers=auth["pia"]).json()
    assert own["project_id"] == projects["inspection"] and "locked by a manager" in own["reason"]
    assert client.get(f"{ada}/placement", headers=auth["pia"]).status_code == 404
    late = client.put(f"{pia}/choices", json={"projects": []}, headers=auth["pia"])
    assert late.status_code == 409 and "needs the programme open" in late.json()["error"]


def test_bad_input_is_a_422_that_says_what_to_change(
    client: TestClient, talent_people: dict[str, Person], loaded: object
) -> None:
    manager = talent_people["manager"].auth
    owner = org_id(loaded, "t-uni-water")  # type: ignore[arg-type]
    backwards = {"name": "Semester", "owner_id": owner, "starts_on": "2027-06-01", "ends_on": "2027-03-01"}
    refused = client.post(A, json=backwards, headers=manager)
    assert refused.status_code == 422 and "set ends_on on or after starts_on" in refused.json()["error"]
    unknown = client.post(
        A, json={**backwards, "ends_on": "2027-07-01", "owner_id": 999_999}, headers=manager
    )
    assert unknown.status_code == 422 and unknown.json()["detail"] == [
        {"field": "owner_id", "message": "unknown"}
    ]
    p = f"{A}/{client.post(A, json={**backwards, 'ends_on': '2027-07-01'}, headers=manager).json()['id']}"
    early = client.post(f"{p}/participants", json=application("pia"), headers=talent_people["pia"].auth)
    assert early.status_code == 404  # a draft is hidden from who neither runs it nor takes part
    client.post(f"{p}/transition", json={"to": "open"}, headers=manager)
    no_consent = client.post(
        f"{p}/participants", json={**application("pia"), "consent": False}, headers=talent_people["pia"].auth
    )
    assert no_consent.status_code == 422 and "consent is required" in no_consent.json()["error"]
    bad_mail = client.post(
        f"{p}/participants", json={**application("pia"), "email": "pia-at-home"}, headers=manager
    )
    assert bad_mail.status_code == 422 and "write it as name@example.org" in bad_mail.json()["error"]
    other = client.post(f"{p}/participants", json=application("tom"), headers=talent_people["pia"].auth)
    assert other.status_code == 403 and "your account's e-mail" in other.json()["error"]
    me = client.post(f"{p}/participants", json=application("pia"), headers=talent_people["pia"].auth).json()
    twice = client.put(
        f"{p}/participants/{me['id']}/choices", json={"projects": [7, 7]}, headers=talent_people["pia"].auth
    )
    assert twice.status_code == 422 and "ranked twice: rank each project once" in twice.json()["error"]
    closed = client.put(
        f"{p}/participants/{me['id']}/choices", json={"projects": [7]}, headers=talent_people["pia"].auth
    )
    assert closed.status_code == 422 and "is not an open project of this programme" in closed.json()["error"]
    sizes = client.post(
        f"{p}/projects",
        json={"title": "Too small", "min_size": 5, "max_size": 3},
        headers=talent_people["steel"].auth,
    )
    assert sizes.status_code == 422 and "a team needs room for its minimum" in sizes.json()["error"]
    nothing = client.post(f"{p}/allocation", json={"time_limit_s": 0}, headers=manager)
    assert nothing.status_code == 422 and nothing.json()["detail"][0]["field"] == "time_limit_s"
    no_project = client.post(f"{p}/allocation", json={}, headers=manager)
    assert (
        no_project.status_code == 409 and "open the projects to allocate first" in no_project.json()["error"]
    )
    for body in ("not json", '{"name": '):
        broken = client.post(A, content=body, headers={**manager, "content-type": "application/json"})
        assert broken.status_code == 422 and "the body is not valid JSON" in broken.json()["error"]
