"""A whole event through the HTTP API: create, open registration, import participants (a bad file writes
nothing), recommendations, requests and answers, a provisional schedule its participants do not see, the
confirmed one with the agenda and its calendar, check-in, meetings held, a follow-up, and the report."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import Person, make_user, org_id
from tests.events.conftest import CSV, WINDOWS

A = "/api/v1"


def test_a_whole_event_through_the_api(client: TestClient, people: dict[str, Person], loaded: object) -> None:
    manager = people["manager"].auth
    sam, lena = people["steel"].auth, people["fuelcell"].auth
    owner = org_id(loaded, "t-chem-co")  # type: ignore[arg-type]
    tables = [{"name": f"T{i}", "location": "Hall 2"} for i in (1, 2)]
    created = client.post(
        f"{A}/events",
        json={"name": "Ruhr Start-up Day", "owner_id": owner, "windows": WINDOWS, "tables": tables},
        headers=manager,
    )
    assert created.status_code == 201, created.text
    event = created.json()
    e = f"{A}/events/{event['id']}"
    assert len(event["slots"]) == 8 and event["allowed"] == ["registration"]
    assert client.get(e, headers=sam).status_code == 404  # a draft
    refused = client.post(f"{e}/transition", json={"to": "running"}, headers=manager)
    assert refused.status_code == 409 and refused.json()["detail"]["allowed"] == ["registration"]
    assert client.post(f"{e}/transition", json={"to": "registration"}, headers=manager).status_code == 200
    bad = client.post(
        f"{e}/participants/import",
        json={"csv": CSV.replace("company,t-steel", "king,t-steel")},
        headers=manager,
    )
    assert bad.status_code == 422 and bad.json()["detail"][0]["line"] == 2
    assert client.get(f"{e}/participants", headers=manager).json()["count"] == 0
    imported = client.post(f"{e}/participants/import", json={"csv": CSV}, headers=manager)
    assert imported.json() == {"created": 5, "updated": 0}
    listed = client.get(f"{e}/participants", headers=sam).json()["data"]
    ids = {p["email"].split("@")[0] if p["email"] else p["name"]: p["id"] for p in listed}
    assert ids["sam"] and "Vera Vision" in ids  # Sam sees his own e-mail, not Vera's
    vera = ids["Vera Vision"]
    recs = client.get(f"{e}/participants/{ids['sam']}/recommendations", headers=sam)
    assert recs.status_code == 200 and recs.json()["data"][0]["reasons"]
    assert client.get(f"{e}/participants/{ids['sam']}/recommendations", headers=lena).status_code == 403
    assert client.post(f"{e}/transition", json={"to": "requests"}, headers=manager).status_code == 200
    asked = client.post(f"{e}/requests", json={"recipient_id": vera, "priority": "must"}, headers=sam)
    assert asked.status_code == 201, asked.text
    request_id = asked.json()["id"]
    assert (
        client.post(
            f"{A}/meeting-requests/{request_id}/answer", json={"to": "accepted"}, headers=lena
        ).status_code
        == 404
    )
    accepted = client.post(
        f"{A}/meeting-requests/{request_id}/answer", json={"to": "accepted"}, headers=manager
    )
    assert accepted.json()["status"] == "accepted"
    again = client.post(f"{A}/meeting-requests/{request_id}/answer", json={"to": "declined"}, headers=manager)
    assert again.status_code == 409
    assert client.get(f"{e}/requests", headers=lena).json()["count"] == 0
    solved = client.post(f"{e}/schedule", json={"time_limit_s": 5}, headers=manager)
    assert solved.json()["state"] == "provisional" and solved.json()["meetings"] == 1
    assert client.get(f"{e}/meetings", headers=sam).json()["count"] == 0
    assert client.post(f"{e}/transition", json={"to": "scheduled"}, headers=manager).status_code == 409
    assert client.post(f"{e}/schedule/confirm", headers=manager).json()["state"] == "final"
    meetings = client.get(f"{e}/meetings", headers=sam).json()["data"]
    assert len(meetings) == 1 and "must meet" in meetings[0]["reason"]
    assert (
        meetings[0]["participant_b"]["email"]
        or meetings[0]["participant_a"]["email"] == "vera@vision.example"
    )
    calendar = client.get(f"{e}/agenda.ics", headers=sam)
    assert (
        calendar.headers["content-type"].startswith("text/calendar") and b"BEGIN:VEVENT" in calendar.content
    )
    m = f"{A}/event-meetings/{meetings[0]['id']}"
    assert client.get(m, headers=lena).status_code == 404
    for to in ("scheduled", "running"):
        assert client.post(f"{e}/transition", json={"to": to}, headers=manager).status_code == 200
    assert client.post(f"{e}/participants/{ids['sam']}/check-in", json={}, headers=manager).json()[
        "checked_in"
    ]
    assert client.patch(m, json={"status": "held"}, headers=sam).status_code == 403
    assert client.patch(m, json={"status": "held"}, headers=manager).json()["status"] == "held"
    outcome = client.post(f"{m}/follow-up", json={"outcome": "cooperation_agreement"}, headers=sam)
    assert outcome.status_code == 200 and outcome.json()["cooperation"]
    report = client.get(f"{e}/report", headers=manager).json()
    assert report["meetings"] == 1 and report["share_held"] == 1.0 and report["acceptance_rate"] == 1.0
    assert client.get(f"{e}/report", headers=sam).status_code == 403
    logged = client.get(f"{A}/audit", params={"entity": "event", "entity_id": event["id"]}).json()["data"]
    assert {entry["action"] for entry in logged} == {"create", "update"}  # the audit log, as for every change


def test_a_participant_registers_themselves_while_registration_is_open(
    client: TestClient, people: dict[str, Person], loaded: object
) -> None:
    manager = people["manager"].auth
    guest = make_user(loaded, "guest@example.org", "member", "t-vr-studio")  # type: ignore[arg-type]
    owner = org_id(loaded, "t-chem-co")  # type: ignore[arg-type]
    event = client.post(
        f"{A}/events",
        json={"name": "Open Day", "owner_id": owner, "windows": WINDOWS, "tables": [{"name": "T1"}]},
        headers=manager,
    ).json()
    e = f"{A}/events/{event['id']}"
    me = {"name": "Gina Guest", "email": "guest@example.org", "role": "startup"}
    assert client.post(f"{e}/participants", json=me, headers=guest.auth).status_code == 404  # still a draft
    client.post(f"{e}/transition", json={"to": "registration"}, headers=manager)
    assert (
        client.post(
            f"{e}/participants", json={**me, "email": "else@example.org"}, headers=guest.auth
        ).status_code
        == 403
    )
    joined = client.post(f"{e}/participants", json=me, headers=guest.auth)
    assert joined.status_code == 201 and joined.json()["email"] == "guest@example.org"


def test_nulls_leave_fields_as_they_are_and_overlapping_windows_give_no_overlapping_slots(
    client: TestClient, people: dict[str, Person], loaded: object
) -> None:
    owner = org_id(loaded, "t-chem-co")  # type: ignore[arg-type]
    twice = [WINDOWS[0], {"start": "2027-05-06T09:30:00+02:00", "end": "2027-05-06T11:00:00+02:00"}]
    event = client.post(f"{A}/events", json={"name": "Overlap", "owner_id": owner, "windows": twice}).json()
    starts = [s["start"] for s in event["slots"]]
    assert len(starts) == len(set(starts)) and starts == sorted(starts)
    ends = [s["end"] for s in event["slots"]]
    assert all(end <= start for end, start in zip(ends, starts[1:], strict=False))
    changed = client.patch(
        f"{A}/events/{event['id']}", json={"windows": None, "roles": None, "venue": "Hall 1"}
    )
    assert changed.status_code == 200 and changed.json()["venue"] == "Hall 1"
    assert changed.json()["windows"] == event["windows"] and changed.json()["roles"] == []


def test_a_team_a_tentative_slot_and_reminders_through_the_api(
    client: TestClient, people: dict[str, Person], loaded: object
) -> None:
    """Sam asks Vera with his colleague Stan (a wrong companion is a 422 naming the id and why), the organiser
    reminds Vera's side, the pending request holds a tentative slot, and Vera's acceptance with her colleague
    schedules it in place: the team's meeting in Stan's agenda."""
    manager, sam = people["manager"].auth, people["steel"].auth
    stan = make_user(loaded, "stan@steel.example", "member", "t-steel-co")  # type: ignore[arg-type]
    vera = make_user(loaded, "vera@vision.example", "member", "t-vision-startup")  # type: ignore[arg-type]
    owner = org_id(loaded, "t-chem-co")  # type: ignore[arg-type]
    tables = [{"name": "T1"}, {"name": "Big", "capacity": 4}]
    event = client.post(
        f"{A}/events",
        json={"name": "Team Day", "owner_id": owner, "windows": WINDOWS, "tables": tables},
        headers=manager,
    ).json()
    e = f"{A}/events/{event['id']}"
    client.post(f"{e}/transition", json={"to": "registration"}, headers=manager)
    colleagues = (
        "Stan Steel,stan@steel.example,company,t-steel-co,pilot,startup,Steel coils,,\n"
        "Vic Vision,vic@vision.example,startup,t-vision-startup,pilot,company,Cameras,,\n"
    )
    assert client.post(
        f"{e}/participants/import", json={"csv": CSV + colleagues}, headers=manager
    ).json() == {
        "created": 7,
        "updated": 0,
    }
    ids = {p["name"]: p["id"] for p in client.get(f"{e}/participants", headers=manager).json()["data"]}
    client.post(f"{e}/transition", json={"to": "requests"}, headers=manager)
    wrong = client.post(
        f"{e}/requests",
        json={"recipient_id": ids["Vera Vision"], "companions": [ids["Lena Fuel"]]},
        headers=sam,
    )
    assert wrong.status_code == 422
    assert wrong.json()["detail"] == [
        {
            "field": "companions",
            "message": f"participant {ids['Lena Fuel']} (Lena Fuel, Ruhrstack Antriebe GmbH) is no colleague of "
            "Sam Steel (Dortmunder Blechwerke AG) or Vera Vision (Sehwerk AI)",
        }
    ]
    asked = client.post(
        f"{e}/requests",
        json={"recipient_id": ids["Vera Vision"], "priority": "must", "companions": [ids["Stan Steel"]]},
        headers=sam,
    )
    assert asked.status_code == 201 and [c["name"] for c in asked.json()["companions"]] == ["Stan Steel"]
    assert client.post(f"{e}/requests/remind", json={"after_hours": 0}, headers=sam).status_code == 403
    reminded = client.post(f"{e}/requests/remind", json={"after_hours": 0}, headers=manager)
    assert reminded.status_code == 200 and reminded.json() == {"reminded": 1, "not_reachable": 0}
    inbox = client.get(f"{A}/inbox", headers=vera.auth).json()
    assert "Sam Steel is waiting for your answer" in str(inbox)
    again = client.post(f"{e}/requests/remind", json={}, headers=manager).json()
    assert again == {"reminded": 0, "not_reachable": 0}  # pending under a day, and just reminded
    solved = client.post(f"{e}/schedule", json={"time_limit_s": 5}, headers=manager).json()
    assert (solved["meetings"], solved["tentative"]) == (0, 1)
    client.post(f"{e}/schedule/confirm", headers=manager)
    [held] = client.get(f"{e}/meetings", headers=sam).json()["data"]
    assert held["status"] == "tentative" and held["table"] == "Big"
    assert client.get(f"{e}/meetings", headers=stan.auth).json()["count"] == 0  # a side's to see, yet
    answered = client.post(
        f"{A}/meeting-requests/{asked.json()['id']}/answer",
        json={"to": "accepted", "companions": [ids["Vic Vision"]]},
        headers=vera.auth,
    )
    assert answered.status_code == 200, answered.text
    [meeting] = client.get(f"{e}/meetings", headers=stan.auth).json()["data"]
    assert (meeting["id"], meeting["slot"], meeting["status"]) == (held["id"], held["slot"], "scheduled")
    assert [c["name"] for c in meeting["companions"]] == ["Stan Steel", "Vic Vision"]
    assert meeting["companions"][1]["email"] == "vic@vision.example"  # the team shares its contacts
    assert b"Stan Steel" in client.get(f"{e}/agenda.ics", headers=stan.auth).content
    assert client.get(f"{A}/event-meetings/{meeting['id']}", headers=stan.auth).status_code == 200
    report = client.get(f"{e}/report", headers=manager).json()
    assert (report["meetings"], report["tentative"]) == (1, 0)


def test_the_organiser_follows_a_solve_at_its_status(
    client: TestClient, anonymous: TestClient, people: dict[str, Person], loaded: object
) -> None:
    """Before any solve the status is idle; after one it is done with the solutions the solver found, the method
    and the meetings, as the schedule's answer says; only the organisers see it."""
    manager, sam = people["manager"].auth, people["steel"].auth
    owner = org_id(loaded, "t-chem-co")  # type: ignore[arg-type]
    event = client.post(
        f"{A}/events",
        json={"name": "Solve Day", "owner_id": owner, "windows": WINDOWS, "tables": [{"name": "T1"}]},
        headers=manager,
    ).json()
    e = f"{A}/events/{event['id']}"
    client.post(f"{e}/transition", json={"to": "registration"}, headers=manager)
    client.post(f"{e}/participants/import", json={"csv": CSV}, headers=manager)
    ids = {p["name"]: p["id"] for p in client.get(f"{e}/participants", headers=manager).json()["data"]}
    client.post(f"{e}/transition", json={"to": "requests"}, headers=manager)
    for recipient in ("Vera Vision", "Lena Fuel"):
        asked = client.post(f"{e}/requests", json={"recipient_id": ids[recipient]}, headers=sam).json()
        client.post(f"{A}/meeting-requests/{asked['id']}/answer", json={"to": "accepted"}, headers=manager)
    before = client.get(f"{e}/schedule/status", headers=manager)
    assert before.status_code == 200
    assert before.json()["state"] == "idle" and before.json()["solutions"] == 0
    solved = client.post(f"{e}/schedule", json={"time_limit_s": 5}, headers=manager).json()
    assert solved["method"] == "cp-sat" and solved["solutions"] >= 1 and solved["meetings"] == 2
    status = client.get(f"{e}/schedule/status", headers=manager).json()
    assert (status["state"], status["phase"], status["method"]) == ("done", "done", "cp-sat")
    assert status["solutions"] == solved["solutions"] and status["meetings"] == 2
    assert status["time_limit_s"] == 5 and 0 <= status["elapsed_s"] <= 5
    assert status["objective"] is not None and status["bound"] >= status["objective"]
    assert status["started_at"] <= status["finished_at"]
    assert client.get(f"{e}/schedule/status", headers=sam).status_code == 403  # a participant, no organiser
    assert anonymous.get(f"{e}/schedule/status").status_code == 401
    assert client.get(f"{A}/events/999999/schedule/status", headers=manager).status_code == 404
    confirmed = client.post(f"{e}/schedule/confirm", headers=manager).json()
    assert confirmed["method"] is None  # a confirmation solves nothing
