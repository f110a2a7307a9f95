"""A talent participant's data rights: the export holds everything stored about them (application, consent,
choices, group, vetoes, every placement with its reason) for themselves and who runs the programme; erasure
blanks their personal data, keeps the allocation history anonymised, leaves them out of the next allocation and
is in the audit log without what was erased."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from matcher.audit.models import AuditEntry
from matcher.kit.db import transaction
from matcher.runtime import Runtime
from matcher.talent.privacy import PrivacyService
from matcher.talent.schemas import GroupUpdate, VetoesUpdate
from tests.conftest import Person
from tests.talent.conftest import Round, Services, open_round

A = "/api/v1/talent/programmes"


def test_the_export_holds_the_application_and_every_placement_with_its_reason(
    services: Services, talent_round: Round, talent_people: dict[str, Person]
) -> None:
    s, manager, pia = services, services.user(talent_people["manager"]), services.user(talent_people["pia"])
    programme, person = talent_round.programme, talent_round.participants["pia"]
    s.participants.group(programme, person, pia, GroupUpdate(group="Team Pott"))
    s.participants.veto(programme, person, manager, VetoesUpdate(projects=[talent_round.projects["dust"].id]))
    s.allocation.allocate(programme, manager, time_limit_s=5)
    s.allocation.allocate(programme, manager, time_limit_s=5)
    privacy = PrivacyService(s.session)
    export = privacy.export(programme, person, pia)
    assert export.programme_name == "Innovation Semester 2027"
    assert export.participant.email == "pia@talent.example" and export.participant.group == "Team Pott"
    assert export.participant.consent_at is not None
    assert [c.title for c in export.participant.choices] == [
        "Camera inspection of sheet steel",
        "A fuel-cell test bench for city buses",
    ]
    assert export.participant.vetoes == [talent_round.projects["dust"].id]
    assert len(export.placements) == 2 and [p.current for p in export.placements] == [False, True]
    assert all(p.reason for p in export.placements)
    assert privacy.export(programme, person, manager).participant.id == person.id


def test_erasure_blanks_the_person_keeps_the_history_anonymised_and_is_audited(
    services: Services, talent_round: Round, talent_people: dict[str, Person]
) -> None:
    s, manager, pia = services, services.user(talent_people["manager"]), services.user(talent_people["pia"])
    programme, people = talent_round.programme, talent_round.participants
    for name in ("pia", "ben"):
        s.participants.group(programme, people[name], manager, GroupUpdate(group="Team Pott"))
    run = s.allocation.allocate(programme, manager, time_limit_s=5)
    before = next(p for p in run.placements if p.participant_id == people["pia"].id)
    assert "Team Pott" in before.reason
    erased = PrivacyService(s.session).erase(programme, people["pia"], pia)
    assert erased.erased and erased.name == "(erased)" and erased.email.endswith("@erased.invalid")
    assert (erased.institution, erased.field, erased.skills, erased.interests) == ("", "", [], "")
    assert (erased.availability, erased.group, erased.user_id, erased.languages) == ("", None, None, [])
    shown = s.allocation.run_public(s.allocation.current(programme, manager))  # type: ignore[arg-type]
    mine = next(p for p in shown.placements if p.participant_id == people["pia"].id)
    assert mine.participant_name == "(erased)" and "Team Pott" not in mine.reason
    entry = s.session.scalar(
        select(AuditEntry).where(AuditEntry.entity == "talent_participant", AuditEntry.action == "erase")
    )
    assert entry is not None and entry.action == "erase" and entry.entity_id == people["pia"].id
    assert entry.actor == "pia@talent.example" and "Pia" not in str(entry.changes)
    logged = s.session.scalars(select(AuditEntry).where(AuditEntry.entity == "talent_participant")).all()
    assert {e.action for e in logged} >= {"create", "update", "erase"}  # every change, her application's too
    assert all("Pia" not in str(e.changes) and "Emschertal" not in str(e.changes) for e in logged)
    made = next(e for e in logged if e.action == "create" and e.entity_id == people["pia"].id)
    assert made.changes["name"] == "(personal, not logged)" and made.changes["track"] == "student"
    again = s.allocation.allocate(programme, manager, time_limit_s=5)
    assert people["pia"].id not in {p.participant_id for p in again.placements}


def test_export_and_erasure_through_the_api(
    client: TestClient, loaded: Runtime, talent_people: dict[str, Person]
) -> None:
    auth = {name: person.auth for name, person in talent_people.items()}
    with transaction(loaded.session_factory) as session:
        built = open_round(Services(session, loaded), talent_people)
        programme_id, pia, tom = (
            built.programme.id,
            built.participants["pia"].id,
            built.participants["tom"].id,
        )
    p = f"{A}/{programme_id}/participants"
    exported = client.get(f"{p}/{pia}/export", headers=auth["pia"])
    assert exported.status_code == 200, exported.text
    assert exported.json()["participant"]["name"] == "Pia" and exported.json()["placements"] == []
    assert client.get(f"{p}/{pia}/export", headers=auth["tom"]).status_code == 404  # another participant
    assert client.post(f"{p}/{pia}/erase", headers=auth["steel"]).status_code == 404  # a host, not theirs
    assert client.get(f"{p}/{tom}/export", headers=auth["manager"]).json()["participant"]["name"] == "Tom"
    erased = client.post(f"{p}/{tom}/erase", headers=auth["manager"])
    assert erased.status_code == 200 and erased.json()["erased"] and erased.json()["name"] == "(erased)"
    assert client.post(f"{p}/{tom}/erase", headers=auth["manager"]).status_code == 409
    assert client.post(f"{p}/{pia}/erase", headers=auth["pia"]).json()["email"].endswith("@erased.invalid")
    assert client.get(f"{p}/{pia}/export", headers=auth["pia"]).status_code == 404  # no longer theirs
