"""What the talent allocation works on: the participants and projects as the solver sees them, the team-mix rules
and the managers' locks, the allocation that comes out, and who may join which project at all. Pure dataclasses;
the solver is `allocation.py`, the checks of an allocation `checks.py`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from matcher.errors import InvalidInput

MAX_CHOICES = 5
TRACKS = ("student", "trainee", "young_professional")


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


def check_input(candidates: Sequence[Candidate], projects: Sequence[Project], locks: Sequence[Lock]) -> None:
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
