"""What the meeting scheduler works on: the slots, the people with their availability and agenda, the wishes (a
pair and up to two colleagues), the tables, the earlier meetings, and the plan that comes out; the weights of the
objective. Pure dataclasses; the solver is `scheduler.py`, the tables, reasons and baselines `placing.py`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from matcher.errors import InvalidInput

MOVE_PENALTY = 15  # a moved meeting costs more than a gap, less than a must-meet's value
GAP_PENALTY = 1
VALUE_WEIGHT = 10  # a firm wish weighs ten times its value: at least 10
TENTATIVE_CEILING = VALUE_WEIGHT - 2  # a tentative wish (and its keeping bonus) stays below every firm one
TEAM_LIMIT = 4
TENTATIVE_NOTE = "; tentative until the request is answered"  # in a tentative meeting's reason


@dataclass(frozen=True)
class Slot:
    start: datetime  # timezone-aware
    minutes: int

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class Span:
    start: datetime
    end: datetime

    def overlaps(self, slot: Slot) -> bool:
        return self.start < slot.end and slot.start < self.end

    def holds(self, slot: Slot) -> bool:
        return self.start <= slot.start and slot.end <= self.end


@dataclass(frozen=True)
class Person:
    """A participant: `available` the spans they are there (empty: the whole event), `blocks` their personal
    agenda (talks they attend), `cap` the most meetings they take."""

    id: int
    cap: int
    available: tuple[Span, ...] = ()
    blocks: tuple[Span, ...] = ()
    name: str = ""

    def free_at(self, slot: Slot) -> bool:
        if self.available and not any(span.holds(slot) for span in self.available):
            return False
        return not any(block.overlaps(slot) for block in self.blocks)


@dataclass(frozen=True)
class Wish:
    """A pair that should meet, its value (higher first) and why they should (`why`, said in the reason).
    `companions` join the pair (colleagues of either side: a team of at most four); a `tentative` wish is a
    pending request that holds a slot, worth less than any firm wish."""

    a: int
    b: int
    value: int
    why: str
    request_id: int | None = None
    companions: tuple[int, ...] = ()
    tentative: bool = False

    @property
    def members(self) -> tuple[int, ...]:
        return (self.a, self.b, *self.companions)


@dataclass(frozen=True)
class Table:
    name: str
    capacity: int = 2


@dataclass(frozen=True)
class Earlier:
    """A meeting of an earlier schedule: kept exactly when `locked`, else kept where it was if it can be."""

    a: int
    b: int
    slot: int
    table: str
    locked: bool = False
    companions: tuple[int, ...] = ()


@dataclass(frozen=True)
class Placed:
    a: int
    b: int
    slot: int
    table: str
    start: datetime
    end: datetime
    reason: str
    request_id: int | None
    moved: bool  # it was in the earlier schedule at another slot or table
    companions: tuple[int, ...] = ()
    tentative: bool = False


@dataclass(frozen=True)
class Progress:
    """How far a solve is, as the solver reports it: the phase (`building` the model, `solving`, `placing
    tables`), the solutions found so far, the best one's objective and the bound on it (None before the first),
    and the seconds the search has run."""

    phase: str
    solutions: int = 0
    objective: float | None = None
    bound: float | None = None
    elapsed_s: float = 0.0


@dataclass
class Plan:
    meetings: list[Placed]
    unscheduled: list[tuple[Wish, str]] = field(default_factory=list)
    moved: int = 0
    optimal: bool = False
    method: str = "cp-sat"
    """"greedy" where the solver found nothing within the time limit and the plan is the greedy one."""
    solutions: int = 0
    """The solutions the solver found, each better than the one before."""
    variables: int = 0
    """The model's size: its variables and constraints (for the benchmark)."""
    constraints: int = 0


def pair_key(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def weight(wish: Wish) -> int:
    """A firm wish's worth in the objective: ten times its value. A tentative one's: its value plus what its
    members' gaps may cost (so that holding the slot always pays), kept below every firm wish."""
    if wish.tentative:
        return min(wish.value + GAP_PENALTY * len(wish.members), TENTATIVE_CEILING)
    return VALUE_WEIGHT * wish.value


def merge_wishes(wishes: Sequence[Wish]) -> dict[tuple[int, int], Wish]:
    """One wish per pair: the weightiest (a firm one before a tentative one)."""
    merged: dict[tuple[int, int], Wish] = {}
    for wish in wishes:
        key = pair_key(wish.a, wish.b)
        if key not in merged or weight(merged[key]) < weight(wish):
            merged[key] = wish
    return merged


def team_names(members: Sequence[int]) -> str:
    return "both" if len(members) == 2 else f"all {len(members)}"


def check_input(
    people: Sequence[Person], wishes: Sequence[Wish], slots: Sequence[Slot], tables: Sequence[Table]
) -> None:
    known = {p.id for p in people}
    for wish in wishes:
        for side in wish.members:
            if side not in known:
                raise InvalidInput(f"a wish names participant {side}, who is not among the people")
        if wish.a == wish.b:
            raise InvalidInput(f"participant {wish.a} cannot meet themselves")
        if len(set(wish.members)) != len(wish.members):
            raise InvalidInput(f"the team of {wish.a} and {wish.b} names a participant twice")
        if len(wish.members) > TEAM_LIMIT:
            raise InvalidInput(
                f"the team of {wish.a} and {wish.b} has {len(wish.members)} people; at most {TEAM_LIMIT} meet"
            )
    for index, slot in enumerate(slots):
        if slot.start.tzinfo is None or slot.minutes <= 0:
            raise InvalidInput(f"slot {index + 1} needs a time zone and at least one minute")
    if wishes and not [t for t in tables if t.capacity >= 2]:
        raise InvalidInput("no table seats two: add tables")


LARGE_EVENT = 1000  # wishes: from here on a solve uses both cores (see workers_for)


def workers_for(wishes: int) -> int:
    """One CP-SAT worker for an event of fewer than `LARGE_EVENT` wishes, so that the same input gives the same
    schedule; two from there on: at 5,000 attendees one worker never betters the greedy start within the API's
    120 s, the default portfolio on two cores does (docs/performance.md, "The stress case")."""
    return 2 if wishes >= LARGE_EVENT else 1
