"""The allocation of a talent programme's participants to its projects in mixed teams, on OR-Tools CP-SAT.
Pure: dataclasses in, an `Allocation` out; the database is the service's.

Hard: each participant in at most one project, and only in one they ranked, did not veto and share a language
with; a project is open with between its minimum and its maximum (and its supervisors' capacity) or cancelled;
friends who applied as a group land together or not at all; the team-mix rules are floors on every open
project (trainees, institutions); the manager's locks hold.

Lexicographic, one CP-SAT solve per stage, each stage's optimum kept as a constraint of the next: (1) the most
participants placed, (2) the best rank profile (the most first choices, then the most first or second, ...:
profile-optimal), (3) the skills each project needs covered, then balance (the fullest and the emptiest open
project's fill as close as possible).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence

from ortools.sat.python import cp_model

from matcher.errors import InvalidInput
from matcher.talent.checks import blocking_pairs
from matcher.talent.problem import (
    MAX_CHOICES,
    Allocation,
    Candidate,
    Lock,
    Project,
    Rules,
    check_input,
    eligible,
)

SKILL_WEIGHT = 100  # a skill left uncovered costs more than any imbalance (fills are in percent)


class _Model:
    """The CP-SAT model of one allocation: x[c, p] a participant in a project, open[p] a project running."""

    def __init__(
        self,
        candidates: Sequence[Candidate],
        projects: Sequence[Project],
        rules: Rules,
        locks: Sequence[Lock],
    ) -> None:
        self.candidates, self.projects, self.rules = candidates, projects, rules
        self.model = cp_model.CpModel()
        m = self.model
        self.x: dict[tuple[int, int], cp_model.IntVar] = {}
        for c in candidates:
            for p in projects:
                if eligible(c, p):
                    self.x[c.id, p.id] = m.new_bool_var(f"x{c.id}_{p.id}")
        self.open = {p.id: m.new_bool_var(f"open{p.id}") for p in projects}
        self.size: dict[int, cp_model.LinearExpr] = {}
        by_project: dict[int, list[tuple[Candidate, cp_model.IntVar]]] = defaultdict(list)
        for c in candidates:
            mine = [self.x[c.id, p.id] for p in projects if (c.id, p.id) in self.x]
            if mine:
                m.add_at_most_one(mine)
            for p in projects:
                if (c.id, p.id) in self.x:
                    by_project[p.id].append((c, self.x[c.id, p.id]))
        for p in projects:
            members = by_project[p.id]
            size = sum(v for _, v in members)
            self.size[p.id] = size  # type: ignore[assignment]
            m.add(size >= p.min_size * self.open[p.id])
            m.add(size <= p.capacity * self.open[p.id])
            if rules.min_trainees:
                trainees = [v for c, v in members if c.track == "trainee"]
                m.add(sum(trainees) >= rules.min_trainees * self.open[p.id])
            if rules.min_institutions > 1:
                used = []
                for institution in sorted({c.institution for c, _ in members}):
                    here = [v for c, v in members if c.institution == institution]
                    flag = m.new_bool_var(f"i{p.id}_{institution}")
                    m.add(flag <= sum(here))
                    used.append(flag)
                m.add(sum(used) >= rules.min_institutions * self.open[p.id])
            for _, v in members:
                m.add_implication(v, self.open[p.id])
        groups: dict[str, list[Candidate]] = defaultdict(list)
        for c in candidates:
            if c.group:
                groups[c.group].append(c)
        for group in groups.values():
            first, rest = group[0], group[1:]
            for other in rest:
                for p in projects:
                    a, b = self.x.get((first.id, p.id)), self.x.get((other.id, p.id))
                    if a is not None and b is not None:
                        m.add(a == b)
                    elif a is not None:
                        m.add(a == 0)
                    elif b is not None:
                        m.add(b == 0)
        for lock in locks:
            for p in projects:
                var = self.x.get((lock.candidate, p.id))
                if var is None:
                    continue
                m.add(var == int(p.id == lock.project))
            if lock.project is not None and (lock.candidate, lock.project) not in self.x:
                raise InvalidInput(
                    f"participant {lock.candidate} cannot be locked into project {lock.project}: they did not "
                    "rank it, vetoed it or share none of its languages"
                )
        self.placed = sum(self.x.values())
        self.rank_at = {
            r: sum(self.x[c.id, p] for c in candidates for p in c.choices[: r + 1] if (c.id, p) in self.x)
            for r in range(MAX_CHOICES)
        }

    def quality(self) -> cp_model.LinearExprT:
        """Stage 3: uncovered skills (heavy) plus the spread between the fullest and the emptiest open team."""
        m = self.model
        terms: list[cp_model.LinearExprT] = []
        skills = {c.id: c.skills for c in self.candidates}
        for p in self.projects:
            for skill in sorted(p.skills):
                having = [v for (cid, pid), v in self.x.items() if pid == p.id and skill in skills[cid]]
                covered = m.new_bool_var(f"s{p.id}_{skill}")
                m.add(covered <= sum(having))
                missing = m.new_bool_var(f"m{p.id}_{skill}")
                m.add(missing >= self.open[p.id] - covered)
                terms.append(SKILL_WEIGHT * missing)
        if self.projects:
            hi, lo = m.new_int_var(0, 100, "hi"), m.new_int_var(0, 100, "lo")
            for p in self.projects:
                fill = m.new_int_var(0, 100, f"f{p.id}")  # percent of capacity, rounded down
                m.add(100 * self.size[p.id] >= p.capacity * fill)
                m.add(100 * self.size[p.id] < p.capacity * (fill + 1))
                m.add(hi >= fill).only_enforce_if(self.open[p.id])
                m.add(lo <= fill).only_enforce_if(self.open[p.id])
            terms.append(hi - lo)
        return sum(terms)


def allocate(
    candidates: Sequence[Candidate],
    projects: Sequence[Project],
    rules: Rules = Rules(),
    locks: Sequence[Lock] = (),
    *,
    time_limit_s: float = 20.0,
    workers: int = 1,
    progress: Callable[[str], None] | None = None,
) -> Allocation:
    """The allocation, stage by stage (see the module's docstring), with a reason for every participant. One
    worker by default, so that the same input gives the same allocation."""
    check_input(candidates, projects, locks)
    built = _Model(candidates, projects, rules, locks)
    model = built.model
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = workers
    deadline = time.perf_counter() + max(time_limit_s, 0.1)
    stages: list[str] = []
    optimal = True
    chosen: dict[int, int] | None = None
    objectives: list[tuple[str, Callable[[], cp_model.LinearExprT], bool]] = [
        ("placed", lambda: built.placed, True),
        *((f"choices 1 to {r + 1}", lambda r=r: built.rank_at[r], True) for r in range(MAX_CHOICES)),  # type: ignore[misc]
        ("skills and balance", built.quality, False),
    ]
    for number, (name, objective, maximise) in enumerate(objectives):
        if progress is not None:
            progress(name)
        left = deadline - time.perf_counter()
        solver.parameters.max_time_in_seconds = max(left / (len(objectives) - number), 0.05)
        expression = objective()
        (model.maximize if maximise else model.minimize)(expression)
        status = solver.solve(model)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            if chosen is None:
                raise InvalidInput(
                    "no allocation keeps the locks, the groups and the team rules: unlock a participant, or "
                    "lower a rule's floor or a project's minimum"
                    if status == cp_model.INFEASIBLE
                    else f"no allocation found within {time_limit_s:g} s: raise the time limit"
                )
            optimal = False
            stages.append(f"{name}: not reached within the time limit, the previous stage's allocation kept")
            break
        optimal = optimal and status == cp_model.OPTIMAL
        best = round(solver.objective_value)
        stages.append(f"{name}: {best}")
        chosen = {c: p for (c, p), var in built.x.items() if solver.value(var)}
        model.clear_hints()
        for var in [*built.x.values(), *built.open.values()]:
            model.add_hint(var, solver.value(var))
        if maximise:  # the next stages keep this optimum
            model.add(expression >= best)
    assert chosen is not None
    return _result(candidates, projects, rules, locks, chosen, optimal, stages)


def _result(
    candidates: Sequence[Candidate],
    projects: Sequence[Project],
    rules: Rules,
    locks: Sequence[Lock],
    assigned: dict[int, int],
    optimal: bool,
    stages: list[str],
) -> Allocation:
    by_id = {p.id: p for p in projects}
    teams: dict[int, list[Candidate]] = defaultdict(list)
    for c in candidates:
        if c.id in assigned:
            teams[assigned[c.id]].append(c)
    cancelled = sorted(p.id for p in projects if not teams.get(p.id))
    profile = [0] * MAX_CHOICES
    for c in candidates:
        if c.id in assigned:
            profile[c.choices.index(assigned[c.id])] += 1
    locked = {lock.candidate: lock.project for lock in locks}
    reasons = {
        c.id: (
            explain_placed(c, by_id[assigned[c.id]], teams[assigned[c.id]], rules, c.id in locked)
            if c.id in assigned
            else explain_unplaced(c, by_id, teams, c.id in locked)
        )
        for c in candidates
    }
    unassigned = sorted(c.id for c in candidates if c.id not in assigned)
    allocation = Allocation(assigned, reasons, cancelled, profile, unassigned, [], optimal, stages)
    allocation.blocking = blocking_pairs(candidates, projects, assigned)
    return allocation


def explain_placed(
    candidate: Candidate, project: Project, team: Sequence[Candidate], rules: Rules, locked: bool
) -> str:
    rank = candidate.choices.index(project.id) + 1
    ordinal = {1: "1st", 2: "2nd", 3: "3rd"}.get(rank, f"{rank}th")
    parts = [f"their {ordinal} choice" + (", locked by a manager" if locked else "")]
    brings = sorted(project.skills & candidate.skills)
    if brings:
        parts.append(f"brings {', '.join(brings)}, which the project needs")
    if rules.min_trainees and candidate.track == "trainee":
        trainees = sum(1 for c in team if c.track == "trainee")
        parts.append(f"one of the team's {trainees} trainees (the rule asks for {rules.min_trainees})")
    institutions = len({c.institution for c in team})
    if rules.min_institutions > 1:
        parts.append(
            f"the team comes from {institutions} institutions (the rule asks for {rules.min_institutions})"
        )
    if candidate.group:
        parts.append(f"with their group {candidate.group!r}")
    return f"{project.title or f'project {project.id}'}: " + "; ".join(parts)


def explain_unplaced(
    candidate: Candidate, projects: dict[int, Project], teams: dict[int, list[Candidate]], locked: bool
) -> str:
    if locked:
        return "kept out of every project by a manager"
    if not candidate.choices:
        return "ranked no project"
    usable = [projects[p] for p in candidate.choices if eligible(candidate, projects[p])]
    if not usable:
        return "every project they ranked is vetoed or works in a language they did not name"
    reasons = []
    for p in usable:
        team = teams.get(p.id, [])
        if not team:
            reasons.append(
                f"{p.title or f'project {p.id}'} did not get its minimum of {p.min_size} and is cancelled"
            )
        elif len(team) >= p.capacity:
            reasons.append(f"{p.title or f'project {p.id}'} is full ({p.capacity})")
        else:
            reasons.append(f"{p.title or f'project {p.id}'} would break a team rule or split their group")
    return "; ".join(reasons)
