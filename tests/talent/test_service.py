"""Talent projects through their services on a real database: a programme's states, projects proposed by hosts
and opened by managers, registration with consent and ranked choices (each wrong input refused with what to
change), suggestions explained by shared skills, and the allocation stored with its reasons, locks kept on
re-solve, published for the hosts."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from matcher.errors import Conflict, InvalidInput
from matcher.talent.schemas import (
    ChoicesUpdate,
    GroupUpdate,
    ParticipantCreate,
    ProgrammeCreate,
    ProgrammeUpdate,
    ProjectCreate,
    VetoesUpdate,
)
from tests.conftest import Person
from tests.talent.conftest import PARTICIPANTS, Round, Services, new_programme, participant_data


def test_a_programme_moves_through_its_states_and_refuses_a_skipped_step(
    services: Services, talent_people: dict[str, Person]
) -> None:
    manager = services.user(talent_people["manager"])
    programme = new_programme(services, manager)
    assert programme.status == "draft" and programme.owner.name.startswith("Lehrstuhl")
    shown = services.programmes.programme_public(programme, manager)
    assert shown.allowed == ["open"] and shown.projects == 0
    with pytest.raises(Conflict) as refused:
        services.programmes.transition(programme, manager, "running")
    assert "cannot go from draft to running" in refused.value.message and refused.value.detail["allowed"] == [
        "open"
    ]
    services.programmes.transition(programme, manager, "open")
    with pytest.raises(Conflict) as by_step:
        services.programmes.transition(programme, manager, "allocating")
    assert "run the allocation" in by_step.value.message
    services.programmes.transition(programme, manager, "draft")
    assert programme.status == "draft"


def test_a_programme_refuses_dates_in_the_wrong_order(
    services: Services, talent_people: dict[str, Person]
) -> None:
    with pytest.raises(ValidationError, match="ends before it starts"):
        ProgrammeCreate(name="Semester", starts_on="2027-06-01", ends_on="2027-03-01")  # type: ignore[arg-type]
    programme = new_programme(services, services.user(talent_people["manager"]))
    with pytest.raises(InvalidInput, match="end before it starts"):
        services.programmes.update(
            programme,
            services.user(talent_people["owner"]),
            ProgrammeUpdate(ends_on="2027-01-01"),  # type: ignore[arg-type]
        )
    services.programmes.update(
        programme, services.user(talent_people["owner"]), ProgrammeUpdate(name="Sommer 2027")
    )
    assert programme.name == "Sommer 2027"


def test_hosts_propose_and_managers_open_or_cancel(
    services: Services, talent_people: dict[str, Person]
) -> None:
    manager, steel = services.user(talent_people["manager"]), services.user(talent_people["steel"])
    programme = new_programme(services, manager)
    with pytest.raises(ValidationError, match="min_size 5 is above max_size 3"):
        ProjectCreate(title="Too small", min_size=5, max_size=3)
    project = services.projects.propose(
        programme, steel, ProjectCreate(title="Sheet steel", skills=["python"])
    )
    assert project.status == "proposed" and project.host_id == steel.organisation_id
    with pytest.raises(InvalidInput, match="none of the programme's languages"):
        services.projects.propose(programme, steel, ProjectCreate(title="Französisch", languages=["fr"]))
    services.projects.transition(programme, project, manager, "open")
    services.projects.transition(programme, project, manager, "cancelled")
    with pytest.raises(Conflict, match="cannot go from cancelled to proposed"):
        services.projects.transition(programme, project, manager, "proposed")


def test_registration_needs_consent_and_a_real_address() -> None:
    values = participant_data("pia").model_dump()
    with pytest.raises(ValidationError, match="consent is required: set consent to true"):
        ParticipantCreate.model_validate({**values, "consent": False})
    with pytest.raises(ValidationError, match="is not an e-mail address: write it as name@example.org"):
        ParticipantCreate.model_validate({**values, "email": "pia at home"})
    with pytest.raises(ValidationError, match="'german' is not a language code"):
        ParticipantCreate.model_validate({**values, "languages": ["german"]})
    with pytest.raises(ValidationError, match="Input should be 'student', 'trainee' or 'young_professional'"):
        ParticipantCreate.model_validate({**values, "track": "pupil"})
    assert ParticipantCreate.model_validate({**values, "skills": "python; CAD ;python"}).skills == [
        "python",
        "CAD",
    ]


def test_registration_is_refused_with_what_to_do(
    services: Services, talent_people: dict[str, Person], talent_round: Round
) -> None:
    programme = talent_round.programme
    pia, tom = services.user(talent_people["pia"]), services.user(talent_people["tom"])
    stored = talent_round.participants["pia"]
    assert stored.user_id == pia.id and stored.consent_at is not None and stored.erased is False
    with pytest.raises(Conflict, match="already applied to this programme"):
        services.participants.register(
            programme, services.user(talent_people["manager"]), participant_data("pia")
        )
    with pytest.raises(Exception, match="you register yourself, with your account's e-mail"):
        services.participants.register(programme, tom, participant_data("ada"))
    services.programmes.update(
        programme,
        services.user(talent_people["manager"]),
        ProgrammeUpdate(application_deadline="2020-01-01T00:00:00+00:00"),  # type: ignore[arg-type]
    )
    late = participant_data("tom").model_copy(update={"email": "tom@talent.example", "name": "Tom Late"})
    services.participants.participants.delete(talent_round.participants["tom"])
    with pytest.raises(Conflict, match="the application deadline passed"):
        services.participants.register(programme, tom, late)


def test_choices_are_up_to_five_different_open_projects(
    services: Services, talent_people: dict[str, Person], talent_round: Round
) -> None:
    programme, pia = talent_round.programme, services.user(talent_people["pia"])
    participant = talent_round.participants["pia"]
    assert [c.rank for c in participant.choices] == [1, 2]
    with pytest.raises(ValidationError, match="at most 5 items"):
        ChoicesUpdate(projects=[1, 2, 3, 4, 5, 6])
    with pytest.raises(ValidationError, match="is ranked twice: rank each project once"):
        ChoicesUpdate(projects=[3, 3])
    proposed = services.projects.propose(
        programme, services.user(talent_people["steel"]), ProjectCreate(title="Not open yet")
    )
    with pytest.raises(InvalidInput, match=f"project {proposed.id} is not an open project of this programme"):
        services.participants.choose(programme, participant, pia, ChoicesUpdate(projects=[proposed.id]))
    dust = talent_round.projects["dust"].id
    services.participants.veto(
        programme, participant, services.user(talent_people["manager"]), VetoesUpdate(projects=[dust])
    )
    with pytest.raises(InvalidInput, match="ruled out for you"):
        services.participants.choose(programme, participant, pia, ChoicesUpdate(projects=[dust]))
    bench, inspection = talent_round.projects["bench"].id, talent_round.projects["inspection"].id
    services.participants.choose(programme, participant, pia, ChoicesUpdate(projects=[bench, inspection]))
    assert [(c.rank, c.project_id) for c in participant.choices] == [(1, bench), (2, inspection)]
    services.participants.group(programme, participant, pia, GroupUpdate(group=" Team Pott "))
    assert participant.group == "Team Pott"


def test_suggestions_come_from_the_texts_and_name_the_shared_skills(
    services: Services, talent_people: dict[str, Person], talent_round: Round
) -> None:
    programme, pia = talent_round.programme, services.user(talent_people["pia"])
    suggestions = services.participants.suggest(programme, talent_round.participants["pia"], pia)
    assert len(suggestions) == 3
    assert suggestions[0].project_id == talent_round.projects["inspection"].id
    assert suggestions[0].shared_skills == ["computer vision", "python"]
    assert suggestions[0].why == "you bring computer vision, python, which it needs"
    assert suggestions[0].score > suggestions[-1].score
    dust = next(s for s in suggestions if s.project_id == talent_round.projects["dust"].id)
    assert dust.shared_skills == [] and "none of your skills" in dust.why


def test_the_allocation_is_stored_with_reasons_and_the_programme_allocating(
    services: Services, talent_people: dict[str, Person], talent_round: Round
) -> None:
    programme, manager = talent_round.programme, services.user(talent_people["manager"])
    run = services.allocation.allocate(programme, manager)
    assert programme.status == "allocating" and run.created_by_id == manager.id
    assert run.profile == [6, 0, 0, 0, 0] and run.unassigned == 0 and run.cancelled == [] and run.optimal
    assert run.stages[0] == "placed: 6"
    where = {p.participant_id: p.project_id for p in run.placements}
    ids = {name: p.id for name, p in talent_round.participants.items()}
    projects = {key: p.id for key, p in talent_round.projects.items()}
    for name, (_, _, _, _, choices) in PARTICIPANTS.items():
        assert where[ids[name]] == projects[choices[0]]
    reasons = {p.participant_id: p.reason for p in run.placements}
    assert reasons[ids["ben"]].startswith("Camera inspection of sheet steel: their 1st choice")
    assert "one of the team's 1 trainees (the rule asks for 1)" in reasons[ids["ben"]]
    assert "brings computer vision, python, which the project needs" in reasons[ids["pia"]]
    assert "the team comes from 2 institutions (the rule asks for 2)" in reasons[ids["pia"]]
    shown = services.allocation.run_public(run)
    assert {p.participant_name for p in shown.placements} == {n.title() for n in PARTICIPANTS}


def test_a_move_is_locked_and_the_locks_hold_on_every_re_solve(
    services: Services, talent_people: dict[str, Person], talent_round: Round
) -> None:
    programme, manager = talent_round.programme, services.user(talent_people["manager"])
    first = services.allocation.allocate(programme, manager)
    ids = {name: p.id for name, p in talent_round.participants.items()}
    projects = {key: p.id for key, p in talent_round.projects.items()}
    pia = next(p for p in first.placements if p.participant_id == ids["pia"])
    services.allocation.lock(programme, pia.id, manager)
    with pytest.raises(InvalidInput, match="Ada did not rank project"):
        services.allocation.move(programme, talent_round.participants["ada"], projects["bench"], manager)
    moved = services.allocation.move(
        programme, talent_round.participants["ada"], projects["inspection"], manager
    )
    where = {p.participant_id: p for p in moved.placements}
    assert where[ids["ada"]].project_id == projects["inspection"] and where[ids["ada"]].locked
    assert "their 2nd choice, locked by a manager" in where[ids["ada"]].reason
    assert where[ids["pia"]].project_id == projects["inspection"] and where[ids["pia"]].locked
    assert moved.unassigned == 0 and moved.profile[:2] == [4, 2]
    again = services.allocation.allocate(programme, manager)
    kept = {p.participant_id: (p.project_id, p.locked) for p in again.placements}
    assert kept[ids["ada"]] == (projects["inspection"], True) and kept[ids["pia"]] == (
        projects["inspection"],
        True,
    )
    assert kept[ids["tom"]][1] is False
    assert [r.id for r in services.allocation.runs.runs(programme.id)] == [first.id, moved.id, again.id]


def test_publishing_runs_the_programme_and_cancels_the_projects_left_without_a_team(
    services: Services, talent_people: dict[str, Person], talent_round: Round
) -> None:
    programme, manager = talent_round.programme, services.user(talent_people["manager"])
    with pytest.raises(
        Conflict, match="publishing the allocation needs the programme allocating; it is open"
    ):
        services.allocation.publish(programme, manager)
    services.allocation.allocate(programme, manager)
    services.allocation.move(
        programme, talent_round.participants["ada"], talent_round.projects["inspection"].id, manager
    )
    run = services.allocation.runs.latest(programme.id)
    assert run is not None and run.cancelled == [talent_round.projects["dust"].id]
    services.allocation.publish(programme, manager)
    assert programme.status == "running" and talent_round.projects["dust"].status == "cancelled"
    with pytest.raises(Conflict, match="ranking projects needs the programme open; it is running"):
        services.participants.choose(
            programme, talent_round.participants["pia"], manager, ChoicesUpdate(projects=[])
        )


def test_a_group_lands_together_and_a_veto_holds(
    services: Services, talent_people: dict[str, Person], talent_round: Round
) -> None:
    programme, manager = talent_round.programme, services.user(talent_people["manager"])
    ben, dia, cem = (talent_round.participants[n] for n in ("ben", "dia", "cem"))
    for friend in (ben, dia):
        services.participants.group(programme, friend, manager, GroupUpdate(group="Team Pott"))
    bench = talent_round.projects["bench"].id
    services.participants.veto(programme, cem, manager, VetoesUpdate(projects=[bench]))
    run = services.allocation.allocate(programme, manager)
    where = {p.participant_id: p for p in run.placements}
    assert where[ben.id].project_id == where[dia.id].project_id == talent_round.projects["inspection"].id
    assert "with their group 'Team Pott'" in where[dia.id].reason
    assert where[cem.id].project_id == talent_round.projects["dust"].id
    assert run.unassigned == 0 and run.cancelled == [bench]
    suggested = services.participants.suggest(programme, cem, manager)
    assert bench not in {s.project_id for s in suggested}
