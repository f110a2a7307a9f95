"""The meeting schedule of an event: which wished-for pairs meet, at which slot and table, on OR-Tools CP-SAT.
Pure: dataclasses in, meetings out; the database is the service's (`scheduling.py`).

Hard: nobody in two meetings at once; a meeting only where both are available and neither sits in a personal
agenda block; at most as many meetings per slot as there are tables; at most `cap` meetings per person; each
pair at most once; a locked meeting stays where it is. Soft, in this order of weight: a wish's value (a must
meet above a would like, a mutual wish above a one-sided one, a recommended pair last), then keeping an
earlier meeting where it was (a penalty for each one moved or dropped, and the earlier slot as the solver's
hint), then few idle gaps (each person's meetings in as few runs of consecutive slots as possible).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ortools.sat.python import cp_model

from matcher.errors import InvalidInput

MOVE_PENALTY = 15  # a moved meeting costs more than a gap, less than a must-meet's value
GAP_PENALTY = 1


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
    """A pair that should meet, its value (higher first) and why they should (`why`, said in the reason)."""

    a: int
    b: int
    value: int
    why: str
    request_id: int | None = None


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


@dataclass
class Plan:
    meetings: list[Placed]
    unscheduled: list[tuple[Wish, str]] = field(default_factory=list)
    moved: int = 0
    optimal: bool = False


def _key(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _check(
    people: Sequence[Person], wishes: Sequence[Wish], slots: Sequence[Slot], tables: Sequence[Table]
) -> None:
    known = {p.id for p in people}
    for wish in wishes:
        for side in (wish.a, wish.b):
            if side not in known:
                raise InvalidInput(f"a wish names participant {side}, who is not among the people")
        if wish.a == wish.b:
            raise InvalidInput(f"participant {wish.a} cannot meet themselves")
    for index, slot in enumerate(slots):
        if slot.start.tzinfo is None or slot.minutes <= 0:
            raise InvalidInput(f"slot {index + 1} needs a time zone and at least one minute")
    if wishes and not [t for t in tables if t.capacity >= 2]:
        raise InvalidInput("no table seats two: add tables")


def plan_meetings(
    people: Sequence[Person],
    wishes: Sequence[Wish],
    slots: Sequence[Slot],
    tables: Sequence[Table],
    earlier: Sequence[Earlier] = (),
    time_limit_s: float = 20.0,
    *,
    workers: int = 1,
) -> Plan:
    """The meetings, by slot then table, and the wishes left out with why. One worker by default, so that the
    same input gives the same plan."""
    _check(people, wishes, slots, tables)
    seats = [t for t in tables if t.capacity >= 2]
    person = {p.id: p for p in people}
    merged: dict[tuple[int, int], Wish] = {}
    for wish in wishes:  # one wish per pair: the most valuable
        key = _key(wish.a, wish.b)
        if key not in merged or merged[key].value < wish.value:
            merged[key] = wish
    before = {_key(e.a, e.b): e for e in earlier}
    for key, e in before.items():
        if key not in merged and e.locked:
            merged[key] = Wish(e.a, e.b, 1, "locked by the organiser")
    pairs = sorted(merged)
    index = {key: w for w, key in enumerate(pairs)}
    free = {p.id: [s for s, slot in enumerate(slots) if p.free_at(slot)] for p in people}
    model = cp_model.CpModel()
    x: dict[tuple[int, int], cp_model.IntVar] = {}
    unscheduled: list[tuple[Wish, str]] = []
    for w, key in enumerate(pairs):
        a, b = key
        common = sorted(set(free[a]) & set(free[b]))
        held = before.get(key)
        if held is not None and held.locked:
            if not 0 <= held.slot < len(slots):
                raise InvalidInput(
                    f"a locked meeting of {a} and {b} sits at slot {held.slot + 1}, which is gone"
                )
            common = [held.slot]
        if not common:
            unscheduled.append((merged[key], "no slot at which both are free"))
        for s in common:
            x[w, s] = model.new_bool_var(f"x{w}_{s}")
        if held is not None and held.locked:
            model.add(x[w, held.slot] == 1)
    per_wish: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    per_slot: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    busy: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    for (w, s), var in x.items():
        per_wish[w].append(var)
        per_slot[s].append(var)
        for side in pairs[w]:
            busy[side, s].append(var)
    for vars_ in per_wish.values():
        model.add_at_most_one(vars_)
    for vars_ in per_slot.values():
        model.add(sum(vars_) <= len(seats))
    for vars_ in busy.values():
        model.add_at_most_one(vars_)
    for pid in person:
        mine = [v for s in range(len(slots)) for v in busy.get((pid, s), [])]
        if len(mine) > person[pid].cap:
            model.add(sum(mine) <= person[pid].cap)
    objective: list[cp_model.LinearExprT] = []
    for (w, _s), var in x.items():
        objective.append(10 * merged[pairs[w]].value * var)
    for key, e in before.items():
        w = index.get(key, -1)
        if w < 0 or e.locked:
            continue
        if (w, e.slot) in x:
            model.add_hint(x[w, e.slot], 1)
            objective.append(MOVE_PENALTY * x[w, e.slot])  # kept where it was: no penalty for moving
    if not before:  # a first schedule starts from the greedy one: a good hint for large events
        for a, b, s in greedy(people, list(merged.values()), slots, seats):
            if (index[_key(a, b)], s) in x:
                model.add_hint(x[index[_key(a, b)], s], 1)
    for pid in person:  # a run starts wherever a person is busy and was not in the slot before
        for s in range(len(slots)):
            now = busy.get((pid, s))
            if not now:
                continue
            start = model.new_bool_var(f"r{pid}_{s}")
            model.add(start >= sum(now) - sum(busy.get((pid, s - 1), [])))
            objective.append(-GAP_PENALTY * start)
    model.maximize(sum(objective))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(time_limit_s, 0.1)
    solver.parameters.num_workers = workers
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        raise InvalidInput(
            "no schedule keeps the locked meetings and everybody in one place at a time: unlock a meeting, "
            f"or raise the time limit ({time_limit_s:g} s)"
        )
    chosen = {w: s for (w, s), var in x.items() if solver.value(var)}
    placed = _tables(chosen, pairs, before, seats)
    meetings = _explain(chosen, placed, pairs, merged, before, person, free, slots)
    counts = busy_counts(chosen, pairs)
    for w in sorted(per_wish):
        if w not in chosen:
            unscheduled.append((merged[pairs[w]], _why_not(pairs[w], person, counts, free, chosen, pairs)))
    moved = sum(1 for m in meetings if m.moved) + sum(
        1 for key, e in before.items() if not e.locked and index.get(key, -1) not in chosen
    )
    return Plan(meetings, unscheduled, moved, status == cp_model.OPTIMAL)


def busy_counts(chosen: dict[int, int], pairs: Sequence[tuple[int, int]]) -> dict[int, int]:
    counts: dict[int, int] = defaultdict(int)
    for w in chosen:
        for side in pairs[w]:
            counts[side] += 1
    return counts


def _why_not(
    key: tuple[int, int],
    person: dict[int, Person],
    counts: dict[int, int],
    free: dict[int, list[int]],
    chosen: dict[int, int],
    pairs: Sequence[tuple[int, int]],
) -> str:
    for side in key:
        if counts[side] >= person[side].cap:
            return f"participant {side} has reached their cap of {person[side].cap} meetings"
    taken = {s for w, s in chosen.items() for side in pairs[w] if side in key}
    if set(free[key[0]]) & set(free[key[1]]) <= taken:
        return "every slot at which both are free is taken by their other meetings"
    return "the tables of the slots both are free were taken by more valuable meetings"


def _tables(
    chosen: dict[int, int],
    pairs: Sequence[tuple[int, int]],
    before: dict[tuple[int, int], Earlier],
    seats: Sequence[Table],
) -> dict[int, str]:
    """A table per chosen meeting: locked ones and those kept at their slot keep theirs, the others take the
    free tables in order."""
    names = [t.name for t in seats]
    used: dict[int, set[str]] = defaultdict(set)
    table: dict[int, str] = {}
    for rank in (0, 1):
        for w, s in sorted(chosen.items()):
            e = before.get(pairs[w])
            keeps = e is not None and e.slot == s and e.table in names and e.table not in used[s]
            if keeps and (rank == 0) == bool(e and e.locked):
                table[w] = e.table  # type: ignore[union-attr]
                used[s].add(table[w])
    for w, s in sorted(chosen.items()):
        if w not in table:
            table[w] = next(n for n in names if n not in used[s])
            used[s].add(table[w])
    return table


def _explain(
    chosen: dict[int, int],
    table: dict[int, str],
    pairs: Sequence[tuple[int, int]],
    merged: dict[tuple[int, int], Wish],
    before: dict[tuple[int, int], Earlier],
    person: dict[int, Person],
    free: dict[int, list[int]],
    slots: Sequence[Slot],
) -> list[Placed]:
    """Each meeting with why these two (the wish) and why this slot (kept, locked, or where both are free and
    next to their other meetings)."""
    at: dict[int, list[int]] = defaultdict(list)
    for w, s in chosen.items():
        for side in pairs[w]:
            at[side].append(s)
    out = []
    for w, s in sorted(chosen.items(), key=lambda item: (item[1], table[item[0]])):
        a, b = pairs[w]
        wish, e = merged[pairs[w]], before.get(pairs[w])
        slot = slots[s]
        moved = e is not None and (e.slot != s or e.table != table[w])
        if e is not None and e.locked:
            when = "locked here by the organiser"
        elif e is not None and not moved:
            when = "kept where the earlier schedule had it"
        else:
            common = len(set(free[a]) & set(free[b]))
            near = [
                person[side].name or f"participant {side}"
                for side in (a, b)
                if s - 1 in at[side] or s + 1 in at[side]
            ]
            when = f"both are free at {common} of {len(slots)} slots"
            if near:
                when += f"; next to the other meetings of {' and '.join(near)}"
            if e is not None:
                when += f" (moved from slot {e.slot + 1} to make room)"
        reason = f"{wish.why}. {slot.start:%H:%M}, {table[w]}: {when}"
        out.append(Placed(a, b, s, table[w], slot.start, slot.end, reason, wish.request_id, moved))
    return out


def greedy(
    people: Sequence[Person], wishes: Sequence[Wish], slots: Sequence[Slot], tables: Sequence[Table]
) -> list[tuple[int, int, int]]:
    """The baseline: wishes by value, each at the first slot both are free and a table is left; (a, b, slot)."""
    person = {p.id: p for p in people}
    seats = len([t for t in tables if t.capacity >= 2])
    taken: dict[int, set[int]] = defaultdict(set)
    load: dict[int, int] = defaultdict(int)
    count: dict[int, int] = defaultdict(int)
    out = []
    seen: set[tuple[int, int]] = set()
    for wish in sorted(wishes, key=lambda w: (-w.value, _key(w.a, w.b))):
        key = _key(wish.a, wish.b)
        if key in seen or count[wish.a] >= person[wish.a].cap or count[wish.b] >= person[wish.b].cap:
            continue
        for s, slot in enumerate(slots):
            pa, pb = person[wish.a], person[wish.b]
            free = load[s] < seats and s not in taken[wish.a] and s not in taken[wish.b]
            if free and pa.free_at(slot) and pb.free_at(slot):
                taken[wish.a].add(s)
                taken[wish.b].add(s)
                load[s] += 1
                count[wish.a] += 1
                count[wish.b] += 1
                seen.add(key)
                out.append((wish.a, wish.b, s))
                break
    return out


def upper_bound(
    people: Sequence[Person], wishes: Sequence[Wish], slots: Sequence[Slot], tables: Sequence[Table]
) -> int:
    """No schedule places more: the pairs with a common free slot, each person's share capped by their cap and
    free slots, and the tables times the slots."""
    person = {p.id: p for p in people}
    free = {p.id: {s for s, slot in enumerate(slots) if p.free_at(slot)} for p in people}
    pairs = {_key(w.a, w.b) for w in wishes if free[w.a] & free[w.b]}
    degree: dict[int, int] = defaultdict(int)
    for a, b in pairs:
        degree[a] += 1
        degree[b] += 1
    per_person = sum(min(d, person[p].cap, len(free[p])) for p, d in degree.items()) // 2
    seats = len([t for t in tables if t.capacity >= 2])
    return min(len(pairs), per_person, seats * len(slots))
