"""A schedule solve reports how far it is: the solver's phases in order and each solution it finds (the count, the
objective climbing to the bound), and the registry of the events' solves keeps one status per event, refuses a
second solve of an event while one runs, marks a solve that raises as failed and gives readers copies."""

from __future__ import annotations

import threading

import pytest

from matcher.errors import Conflict, InvalidInput
from matcher.events.plan import Progress
from matcher.events.progress import SolveStatuses
from matcher.events.scheduler import Person, Wish, plan_meetings
from tests.events.test_scheduler import random_event, slots, tables


def test_the_solver_reports_its_phases_and_each_solution() -> None:
    people, wishes = random_event(30, 80, seed=5)
    heard: list[Progress] = []
    plan = plan_meetings(people, wishes, slots(6), tables(4), time_limit_s=5, progress=heard.append)
    phases = [p.phase for p in heard]
    assert phases[0] == "building" and phases[-1] == "placing tables"
    assert phases.index("solving") < phases.index("placing tables")
    found = [p for p in heard if p.phase == "solving" and p.solutions]
    assert plan.method == "cp-sat" and plan.solutions == len(found) >= 1
    assert [p.solutions for p in found] == list(range(1, len(found) + 1))
    objectives = [p.objective for p in found]
    assert objectives == sorted(objectives)  # each solution better than the one before (a maximisation)
    last = heard[-1]
    assert last.solutions == plan.solutions and last.objective == objectives[-1]
    assert last.bound is not None and last.objective is not None and last.bound >= last.objective
    if plan.optimal:
        assert last.bound == last.objective


def test_a_solve_runs_then_is_done_with_what_it_found() -> None:
    seen: list[str] = []
    solves = SolveStatuses(lambda status: seen.append(f"{status.state}/{status.phase}"))
    assert solves.get(7).state == "idle" and solves.get(7).solutions == 0
    people, wishes = random_event(20, 40, seed=2)
    with solves.solving(7, time_limit_s=3) as progress:
        assert solves.get(7).state == "running" and solves.get(7).time_limit_s == 3
        plan = plan_meetings(people, wishes, slots(4), tables(3), time_limit_s=3, progress=progress)
        placing = solves.get(7)
        assert placing.phase == "placing tables" and placing.solutions == plan.solutions
        solves.done(7, plan.method, len(plan.meetings))
    status = solves.get(7)
    assert (status.state, status.phase, status.method) == ("done", "done", "cp-sat")
    assert status.meetings == len(plan.meetings) and status.solutions == plan.solutions >= 1
    assert 0 < status.elapsed_s <= 3 + 1 and status.finished_at and status.started_at
    assert status.started_at <= status.finished_at
    assert seen[0] == "running/building" and "running/solving" in seen and seen[-1] == "done/done"
    assert solves.get(8).state == "idle"  # another event knows of no solve


def test_a_second_solve_of_the_same_event_is_refused_while_one_runs() -> None:
    solves = SolveStatuses()
    with solves.solving(1, 5):
        with pytest.raises(Conflict) as refused, solves.solving(1, 5):
            pass
        assert "being solved" in refused.value.message
        with solves.solving(2, 5):  # another event's solve goes ahead
            solves.done(2, "cp-sat", 0)
        solves.done(1, "greedy", 3)
    with solves.solving(1, 5):  # and the same event's, once the first is done
        solves.done(1, "cp-sat", 4)
    assert solves.get(1).meetings == 4


def test_a_solve_that_raises_is_failed_with_its_message() -> None:
    solves = SolveStatuses()
    people = [Person(1, cap=2), Person(2, cap=2)]
    with pytest.raises(InvalidInput), solves.solving(3, 2) as progress:
        plan_meetings(people, [Wish(1, 9, 2, "asked")], slots(2), tables(1), progress=progress)
    status = solves.get(3)
    assert (status.state, status.phase) == ("failed", "failed")
    assert "participant 9" in status.message and status.finished_at is not None


def test_readers_get_copies_while_the_solver_writes() -> None:
    solves = SolveStatuses()
    people, wishes = random_event(40, 120, seed=9)
    counts: list[int] = []
    with solves.solving(5, 2) as progress:
        copy = solves.get(5)
        copy.solutions = 99  # a reader's change stays the reader's
        worker = threading.Thread(
            target=plan_meetings,
            args=(people, wishes, slots(6), tables(5)),
            kwargs={"time_limit_s": 2, "progress": progress},
        )
        worker.start()
        while worker.is_alive():
            counts.append(solves.get(5).solutions)
            worker.join(0.01)
        solves.done(5, "cp-sat", 0)
    assert counts == sorted(counts) and 99 not in counts
    assert solves.get(5).solutions >= max(counts)
