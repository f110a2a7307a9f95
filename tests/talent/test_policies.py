"""The talent rules, on plain people and records, then per role through the services: who runs a programme, who
sees a draft and a proposed project, and that a participant's data reach only those who run the programme, the
participant themselves and, once the allocation is published, their project's host (hidden means 404)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from matcher.auth.policies import (
    Forbidden,
    Person,
    may_run_programme,
    may_see_programme,
    may_see_talent_participant,
    may_see_talent_project,
    may_see_talent_team,
    run_programme,
)
from matcher.errors import NotFound
from matcher.talent.schemas import ChoicesUpdate, GroupUpdate, ProgrammeUpdate, VetoesUpdate
from tests.conftest import Person as Account
from tests.talent.conftest import Round, Services, new_programme


@dataclass
class ProgrammeRow:
    owner_id: int = 1
    status: str = "draft"


@dataclass
class ProjectRow:
    host_id: int = 5
    status: str = "proposed"


@dataclass
class ParticipantRow:
    user_id: int | None = None
    email: str = "pia@example.org"


MANAGER = Person(1, "m@example.org", "", "manager", None)
OWNER = Person(2, "o@example.org", "", "member", 1)
HOST = Person(3, "h@example.org", "", "member", 5)
PIA = Person(4, "Pia@Example.org", "", "member", 7)
STRANGER = Person(5, "s@example.org", "", "member", 9)


def test_managers_and_the_owners_members_run_a_programme() -> None:
    programme = ProgrammeRow()
    assert may_run_programme(MANAGER, programme) and may_run_programme(OWNER, programme)
    assert not any(may_run_programme(p, programme) for p in (HOST, PIA, STRANGER, None))
    with pytest.raises(NotFound):
        run_programme(STRANGER, programme, "programme 1 does not exist")  # type: ignore[arg-type]
    with pytest.raises(Forbidden):
        run_programme(STRANGER, ProgrammeRow(status="open"), "programme 1 does not exist")  # type: ignore[arg-type]


def test_a_draft_and_a_proposed_project_are_hidden_from_the_uninvolved() -> None:
    draft, open_ = ProgrammeRow(), ProgrammeRow(status="open")
    assert not may_see_programme(STRANGER, draft) and may_see_programme(HOST, draft, involved=True)
    assert may_see_programme(None, open_)
    proposed, opened = ProjectRow(), ProjectRow(status="open")
    assert may_see_talent_project(HOST, proposed, open_) and may_see_talent_project(OWNER, proposed, open_)
    assert not may_see_talent_project(STRANGER, proposed, open_) and may_see_talent_project(
        None, opened, open_
    )
    assert not may_see_talent_project(STRANGER, opened, draft)


@pytest.mark.parametrize("status", ["draft", "open", "allocating", "running", "done"])
def test_a_participant_is_never_public(status: str) -> None:
    programme, pia = ProgrammeRow(status=status), ParticipantRow()
    assert may_see_talent_participant(MANAGER, programme, pia, False)
    assert may_see_talent_participant(OWNER, programme, pia, False)
    assert may_see_talent_participant(PIA, programme, pia, False)  # by her e-mail, in any case
    assert may_see_talent_participant(PIA, programme, ParticipantRow(user_id=4, email="x@y.org"), False)
    assert not may_see_talent_participant(None, programme, pia, False)
    assert not may_see_talent_participant(STRANGER, programme, pia, False)
    published = status in ("running", "done")
    assert may_see_talent_participant(HOST, programme, pia, hosts_them=True) is published
    assert not may_see_talent_participant(HOST, programme, pia, hosts_them=False)
    assert may_see_talent_team(HOST, ProjectRow(status="open"), programme) is published
    assert not may_see_talent_team(STRANGER, ProjectRow(status="open"), programme)


# --- per role, through the services ----------------------------------------------------------------------


def test_a_draft_programme_is_404_to_whoever_does_not_run_it(
    services: Services, talent_people: dict[str, Account]
) -> None:
    programme = new_programme(services, services.user(talent_people["manager"]))
    for who in ("manager", "admin", "owner"):
        assert services.programmes.get(programme.id, services.user(talent_people[who])) is programme
    for who in ("steel", "pia"):
        with pytest.raises(NotFound, match=f"programme {programme.id} does not exist"):
            services.programmes.get(programme.id, services.user(talent_people[who]))
    with pytest.raises(NotFound):
        services.programmes.get(programme.id, None)
    listed, count = services.programmes.list(services.user(talent_people["steel"]))
    assert programme not in listed and count == 0
    assert services.programmes.list(services.user(talent_people["owner"]))[0] == [programme]
    with pytest.raises(NotFound):
        services.programmes.update(
            programme, services.user(talent_people["steel"]), ProgrammeUpdate(name="Mine")
        )
    services.programmes.transition(programme, services.user(talent_people["owner"]), "open")
    with pytest.raises(Forbidden, match="only managers and the owner's members run a programme"):
        services.programmes.update(
            programme, services.user(talent_people["steel"]), ProgrammeUpdate(name="Mine")
        )
    assert (
        services.programmes.programme_public(programme, services.user(talent_people["steel"])).allowed == []
    )


def test_a_participant_is_seen_by_the_managers_themselves_and_after_publishing_their_host(
    services: Services, talent_people: dict[str, Account], talent_round: Round
) -> None:
    programme = talent_round.programme
    pia, ada = talent_round.participants["pia"], talent_round.participants["ada"]
    user = {name: services.user(person) for name, person in talent_people.items()}
    for who in ("manager", "owner", "pia"):
        assert services.participants.get(programme, pia.id, user[who]) is pia
    for who in ("tom", "steel", "fuelcell"):
        with pytest.raises(NotFound, match=f"participant {pia.id} is not in programme"):
            services.participants.get(programme, pia.id, user[who])
    assert [p.id for p in services.participants.visible(programme, user["pia"])] == [pia.id]
    assert services.participants.visible(programme, user["steel"]) == []
    with pytest.raises(NotFound):
        services.participants.group(programme, pia, user["tom"], GroupUpdate(group="mine"))

    services.allocation.allocate(programme, user["manager"])
    inspection = talent_round.projects["inspection"]
    with pytest.raises(NotFound):  # allocating: the host does not see the team yet
        services.participants.get(programme, pia.id, user["steel"])
    with pytest.raises(NotFound, match="has no team you may see"):
        services.allocation.team(programme, inspection.id, user["steel"])
    with pytest.raises(Forbidden):  # the programme is no secret, its allocation is the managers'
        services.allocation.current(programme, user["steel"])
    services.allocation.publish(programme, user["manager"])

    assert services.participants.get(programme, pia.id, user["steel"]) is pia  # her host now
    with pytest.raises(NotFound):  # Ada is in the institute's team, not the steel company's
        services.participants.get(programme, ada.id, user["steel"])
    with pytest.raises(NotFound):
        services.participants.get(programme, pia.id, user["fuelcell"])
    team = services.allocation.team(programme, inspection.id, user["steel"])
    assert {p.participant_id for p in team} == {pia.id, talent_round.participants["ben"].id}
    with pytest.raises(NotFound):
        services.allocation.team(programme, inspection.id, user["fuelcell"])
    seen = {p.id for p in services.participants.visible(programme, user["steel"])}
    assert seen == {pia.id, talent_round.participants["ben"].id}
    with pytest.raises(Forbidden, match="only the participant and the programme's managers"):
        services.participants.group(programme, pia, user["steel"], GroupUpdate(group="theirs"))


def test_only_who_runs_the_programme_allocates_locks_and_vetoes(
    services: Services, talent_people: dict[str, Account], talent_round: Round
) -> None:
    programme = talent_round.programme
    steel, pia_user = services.user(talent_people["steel"]), services.user(talent_people["pia"])
    with pytest.raises(Forbidden):
        services.allocation.allocate(programme, steel)
    with pytest.raises(Forbidden):
        services.allocation.allocate(programme, pia_user)
    run = services.allocation.allocate(programme, services.user(talent_people["owner"]))
    with pytest.raises(Forbidden):
        services.allocation.lock(programme, run.placements[0].id, pia_user)
    with pytest.raises(Forbidden):
        services.allocation.publish(programme, steel)
    pia = talent_round.participants["pia"]
    with pytest.raises(Forbidden):
        services.participants.veto(programme, pia, pia_user, VetoesUpdate(projects=[]))
    with pytest.raises(NotFound):  # a host who does not see her learns nothing of her
        services.participants.choose(programme, pia, steel, ChoicesUpdate(projects=[]))
