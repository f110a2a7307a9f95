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
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from matcher.errors import InvalidInput

MAX_CHOICES = 5
TRACKS = ("student", "trainee", "young_professional")
SKILL_WEIGHT = 100  # a skill left uncovered costs more than any imbalance (fills are in percent)


@dataclass(frozen=True)
class Candidate:
    """A participant as the solver sees them: `choices` their ranked projects (best first), `vetoes` projects
    they may not join (a conflict of interest, a manager's no), `group` the friends they applied with."""

    id: int
    track: str
    institution: str
    choices: tuple[int, ...]
    languages: frozenset[str] = frozenset()
    skills: frozenset[str] = frozenset()
    group: str | None = None
    vetoes: frozenset[int] = frozenset()
    name: str = ""


@dataclass(frozen=True)
class Project:
    """A project's team: its size bounds, the languages it works in (empty: any) and the skills it needs;
    `supervisor_capacity` the most people its supervisors can take; `host_ranking` the participants the host
    prefers, best first (for the blocking-pair check)."""

    id: int
    min_size: int
    max_size: int
    languages: frozenset[str] = frozenset()
    skills: frozenset[str] = frozenset()
    supervisor_capacity: int | None = None
    host_ranking: tuple[int, ...] = ()
    title: str = ""

    @property
    def capacity(self) -> int:
        if self.supervisor_capacity is None:
            return self.max_size
        return min(self.max_size, self.supervisor_capacity)


@dataclass(frozen=True)
class Rules:
    """The team-mix floors every open project meets."""

    min_trainees: int = 0
    min_institutions: int = 1


@dataclass(frozen=True)
class Lock:
    """A manager's decision the solver keeps: this participant in this project, or (`project` None) in none."""

    candidate: int
    project: int | None


@dataclass
class Allocation:
    """`assigned` participant -> project, with `reasons` per participant (placed or not); `profile[r]` how many
    got their (r+1)-th choice; `blocking` the (participant, project) pairs that would both rather be together
    (where hosts ranked participants)."""

    assigned: dict[int, int]
    reasons: dict[int, str]
    cancelled: list[int]
    profile: list[int]
    unassigned: list[int]
    blocking: list[tuple[int, int]] = field(default_factory=list)
    optimal: bool = True
    stages: list[str] = field(default_factory=list)

    def team(self, project: int) -> list[int]:
        return sorted(c for c, p in self.assigned.items() if p == project)


def _check(candidates: Sequence[Candidate], projects: Sequence[Project], locks: Sequence[Lock]) -> None:
    known = {p.id for p in projects}
    seen: set[int] = set()
    for c in candidates:
        if c.id in seen:
            raise InvalidInput(f"participant {c.id} appears twice")
        seen.add(c.id)
        if c.track not in TRACKS:
            raise InvalidInput(f"participant {c.id}: track {c.track!r} is not one of {', '.join(TRACKS)}")
        if len(c.choices) > MAX_CHOICES or len(set(c.choices)) != len(c.choices):
            raise InvalidInput(f"participant {c.id}: at most {MAX_CHOICES} different choices")
        unknown = [p for p in c.choices if p not in known]
        if unknown:
            raise InvalidInput(
                f"participant {c.id} chose project {unknown[0]}, which is not in the programme"
            )
    for p in projects:
        if not 1 <= p.min_size <= p.max_size:
            raise InvalidInput(f"project {p.id}: the minimum team size must be between 1 and the maximum")
    for lock in locks:
        if lock.candidate not in seen or (lock.project is not None and lock.project not in known):
            raise InvalidInput(f"a lock names participant {lock.candidate} or a project that is not there")


def eligible(candidate: Candidate, project: Project) -> bool:
    """May this participant join this project at all: ranked it, did not veto it, speak one of its languages."""
    if project.id not in candidate.choices or project.id in candidate.vetoes:
        return False
    return not project.languages or bool(project.languages & candidate.languages)


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
    _check(candidates, projects, locks)
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


def blocking_pairs(
    candidates: Sequence[Candidate], projects: Sequence[Project], assigned: dict[int, int]
) -> list[tuple[int, int]]:
    """The (participant, project) pairs that would both rather be together, where the host ranked participants:
    the participant ranks the project above their own (or has none), and the project has room or its host
    ranks the participant above one of its members (members the host did not rank count as ranked last)."""
    size = Counter(assigned.values())
    out = []
    for p in projects:
        if not p.host_ranking or not size.get(p.id):
            continue
        place = {cid: i for i, cid in enumerate(p.host_ranking)}
        worst = max(place.get(c, len(place)) for c, q in assigned.items() if q == p.id)
        for c in candidates:
            if c.id not in place or assigned.get(c.id) == p.id or not eligible(c, p):
                continue
            own = assigned.get(c.id)
            if own is not None and c.choices.index(own) < c.choices.index(p.id):
                continue
            if size[p.id] < p.capacity or place[c.id] < worst:
                out.append((c.id, p.id))
    return out


def rule_violations(
    candidates: Sequence[Candidate], projects: Sequence[Project], rules: Rules, assigned: dict[int, int]
) -> list[str]:
    """Every hard rule an allocation breaks (none for `allocate`'s): for checking a manager's edits and other
    solvers' allocations."""
    by_id = {p.id: p for p in projects}
    teams: dict[int, list[Candidate]] = defaultdict(list)
    out = []
    for c in candidates:
        project = assigned.get(c.id)
        if project is None:
            continue
        teams[project].append(c)
        if project not in by_id or not eligible(c, by_id[project]):
            out.append(
                f"participant {c.id} is in project {project}, which they did not rank, vetoed or lack the language of"
            )
    for pid, team in teams.items():
        p = by_id.get(pid)
        if p is None:
            continue
        if not p.min_size <= len(team) <= p.capacity:
            out.append(f"project {pid} has {len(team)} members, outside {p.min_size} to {p.capacity}")
        trainees = sum(1 for c in team if c.track == "trainee")
        if trainees < rules.min_trainees:
            out.append(f"project {pid} has {trainees} trainees, fewer than {rules.min_trainees}")
        institutions = len({c.institution for c in team})
        if institutions < rules.min_institutions:
            out.append(
                f"project {pid} has members from {institutions} institutions, fewer than {rules.min_institutions}"
            )
    groups: dict[str, set[int | None]] = defaultdict(set)
    for c in candidates:
        if c.group:
            groups[c.group].add(assigned.get(c.id))
    out += [f"group {g!r} is split" for g, where in sorted(groups.items()) if len(where) > 1]
    return out
