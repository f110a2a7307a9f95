"""The talent programme's allocation solver on small, hand-checked programmes: the lexicographic stages, the
hard rules (sizes, groups, team mix, vetoes, languages, locks), the reasons, and the blocking-pair check."""

from __future__ import annotations

import pytest

from matcher.errors import InvalidInput
from matcher.talent.allocation import allocate
from matcher.talent.checks import blocking_pairs, rule_violations
from matcher.talent.problem import Candidate, Lock, Project, Rules


def person(
    cid: int, choices: tuple[int, ...], track: str = "student", institution: str = "HHU", **kw: object
) -> Candidate:
    return Candidate(cid, track, institution, choices, **kw)  # type: ignore[arg-type]


def test_everybody_gets_their_first_choice_when_there_is_room() -> None:
    projects = [Project(1, 1, 3, title="Clay"), Project(2, 1, 3, title="Dust")]
    people = [person(1, (1, 2)), person(2, (2, 1)), person(3, (1,))]
    result = allocate(people, projects)
    assert result.assigned == {1: 1, 2: 2, 3: 1}
    assert result.profile == [3, 0, 0, 0, 0]
    assert result.unassigned == [] and result.cancelled == []
    assert result.reasons[1].startswith("Clay: their 1st choice")


def test_placing_more_people_comes_before_better_ranks() -> None:
    # project 1 seats one: 1 and 2 both want it first, but 2 has no other choice, so 1 goes to their 2nd
    projects = [Project(1, 1, 1), Project(2, 1, 2)]
    people = [person(1, (1, 2)), person(2, (1,))]
    result = allocate(people, projects)
    assert result.assigned == {1: 2, 2: 1}
    assert result.profile == [1, 1, 0, 0, 0]


def test_a_project_below_its_minimum_is_cancelled_and_the_reason_says_so() -> None:
    projects = [Project(1, 3, 4, title="Clay"), Project(2, 1, 4, title="Dust")]
    people = [person(1, (1, 2)), person(2, (1,))]
    result = allocate(people, projects)
    assert result.cancelled == [1]
    assert result.assigned == {1: 2}
    assert "Clay did not get its minimum of 3 and is cancelled" in result.reasons[2]


def test_team_rules_are_floors_on_every_open_project() -> None:
    projects = [Project(1, 2, 3), Project(2, 2, 3)]
    people = [
        person(1, (1, 2), "trainee", "IHK"),
        person(2, (1, 2), "trainee", "IHK"),
        person(3, (1, 2), "student", "HHU"),
        person(4, (1, 2), "student", "HSD"),
    ]
    result = allocate(people, projects, Rules(min_trainees=1, min_institutions=2))
    for project in (1, 2):
        team = [p for p in people if result.assigned.get(p.id) == project]
        assert sum(p.track == "trainee" for p in team) >= 1
        assert len({p.institution for p in team}) >= 2
    assert "one of the team's 1 trainees (the rule asks for 1)" in result.reasons[1]


def test_groups_stay_together_or_stay_out() -> None:
    projects = [Project(1, 1, 2), Project(2, 1, 3)]
    people = [person(1, (1, 2), group="g"), person(2, (1, 2), group="g"), person(3, (1, 2), group="g")]
    result = allocate(people, projects)
    assert result.assigned == {1: 2, 2: 2, 3: 2}  # project 1 seats only two of the three


def test_vetoes_languages_and_supervisor_capacity() -> None:
    projects = [
        Project(1, 1, 5, languages=frozenset({"de"}), supervisor_capacity=1),
        Project(2, 1, 5),
    ]
    people = [
        person(1, (1, 2), languages=frozenset({"en"})),
        person(2, (1, 2), vetoes=frozenset({1}), languages=frozenset({"de"})),
        person(3, (1, 2), languages=frozenset({"de"})),
        person(4, (1, 2), languages=frozenset({"de", "en"})),
    ]
    result = allocate(people, projects)
    assert result.assigned[1] == 2 and result.assigned[2] == 2
    assert len(result.team(1)) == 1  # the supervisors take one


def test_skills_are_covered_where_the_ranks_allow() -> None:
    projects = [Project(1, 1, 1, skills=frozenset({"cad"})), Project(2, 1, 1)]
    people = [person(1, (1, 2)), person(2, (2, 1), skills=frozenset({"cad"}))]
    # ranks first: both get their 1st choice although project 1 then lacks CAD
    assert allocate(people, projects).assigned == {1: 1, 2: 2}
    people = [person(1, (1, 2)), person(2, (1, 2), skills=frozenset({"cad"}))]
    result = allocate(people, projects)
    assert result.assigned == {1: 2, 2: 1}
    assert "brings cad, which the project needs" in result.reasons[2]


def test_locks_hold_and_a_lock_on_an_unranked_project_is_refused() -> None:
    projects = [Project(1, 1, 2), Project(2, 1, 2)]
    people = [person(1, (1, 2)), person(2, (1, 2))]
    result = allocate(people, projects, locks=[Lock(1, 2), Lock(2, None)])
    assert result.assigned == {1: 2}
    assert "locked by a manager" in result.reasons[1]
    assert result.reasons[2] == "kept out of every project by a manager"
    with pytest.raises(InvalidInput, match="did not rank it"):
        allocate([person(1, (1,))], projects, locks=[Lock(1, 2)])


def test_impossible_rules_are_a_clear_error() -> None:
    projects = [Project(1, 1, 2)]
    people = [person(1, (1,), group="g"), person(2, (1,), group="g")]
    with pytest.raises(InvalidInput, match="team rules"):
        allocate(people, projects, locks=[Lock(1, 1), Lock(2, None)])


def test_bad_input_names_the_participant() -> None:
    with pytest.raises(InvalidInput, match="participant 1 chose project 9"):
        allocate([person(1, (9,))], [Project(1, 1, 2)])
    with pytest.raises(InvalidInput, match="at most 5"):
        allocate([person(1, (1, 1))], [Project(1, 1, 2)])


def test_the_same_input_gives_the_same_allocation() -> None:
    projects = [Project(p, 2, 4) for p in range(1, 5)]
    people = [person(c, tuple((c + k) % 4 + 1 for k in range(3)), institution=f"U{c % 3}") for c in range(12)]
    first = allocate(people, projects, Rules(min_institutions=2))
    assert allocate(people, projects, Rules(min_institutions=2)).assigned == first.assigned


def test_blocking_pairs_where_hosts_ranked_participants() -> None:
    projects = [Project(1, 1, 1, host_ranking=(2, 1)), Project(2, 1, 1)]
    people = [person(1, (1, 2)), person(2, (1, 2))]
    # 2 would rather be in 1, and 1's host ranks 2 above its member 1: a blocking pair
    assert blocking_pairs(people, projects, {1: 1, 2: 2}) == [(2, 1)]
    assert blocking_pairs(people, projects, {2: 1, 1: 2}) == []
    result = allocate(people, projects)
    assert result.blocking == blocking_pairs(people, projects, result.assigned)


def test_rule_violations_name_each_broken_rule_and_none_for_the_solvers_allocation() -> None:
    projects = [Project(1, 2, 3), Project(2, 1, 1)]
    people = [
        person(1, (1, 2), "trainee", "IHK", group="g"),
        person(2, (1, 2), "student", "HHU", group="g"),
        person(3, (1,), "student", "HHU"),
    ]
    rules = Rules(min_trainees=1, min_institutions=2)
    broken = rule_violations(people, projects, rules, {1: 2, 2: 1, 3: 2})
    assert broken == [
        "participant 3 is in project 2, which they did not rank, vetoed or lack the language of",
        "project 2 has 2 members, outside 1 to 1",
        "project 1 has 1 members, outside 2 to 3",
        "project 1 has 0 trainees, fewer than 1",
        "project 1 has members from 1 institutions, fewer than 2",
        "group 'g' is split",
    ]
    assert rule_violations(people, projects, rules, allocate(people, projects, rules).assigned) == []
