"""The meeting schedule of an event: which wished-for pairs meet (each with up to two colleagues, a team of at
most four), at which slot and table, on OR-Tools CP-SAT. Pure: dataclasses in, meetings out; the database is
the service's (`scheduling.py`).

Hard: nobody in two meetings at once (companions included); a meeting only where every member is available and
none sits in a personal agenda block; per slot and team size k, the meetings of k or more people at most the
tables seating k or more (the sets are nested, so this is exactly when every meeting gets a table big enough);
at most `cap` meetings per person, companions' meetings counted; each pair at most once; a locked meeting stays
where it is. Soft, in this order of weight: a wish's value (a must meet above a would like, a mutual wish above a
one-sided one, a recommended pair, then a tentative wish, a pending request that holds a slot, below every other),
then keeping an earlier meeting where it was (a penalty for each one moved or dropped, and the earlier slot as
the solver's hint), then few idle gaps (each person's meetings in as few runs of consecutive slots as possible).
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


@dataclass
class Plan:
    meetings: list[Placed]
    unscheduled: list[tuple[Wish, str]] = field(default_factory=list)
    moved: int = 0
    optimal: bool = False


def _key(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _weight(wish: Wish) -> int:
    """A firm wish's worth in the objective: ten times its value. A tentative one's: its value plus what its
    members' gaps may cost (so that holding the slot always pays), kept below every firm wish."""
    if wish.tentative:
        return min(wish.value + GAP_PENALTY * len(wish.members), TENTATIVE_CEILING)
    return VALUE_WEIGHT * wish.value


def _merge(wishes: Sequence[Wish]) -> dict[tuple[int, int], Wish]:
    """One wish per pair: the weightiest (a firm one before a tentative one)."""
    merged: dict[tuple[int, int], Wish] = {}
    for wish in wishes:
        key = _key(wish.a, wish.b)
        if key not in merged or _weight(merged[key]) < _weight(wish):
            merged[key] = wish
    return merged


def _team(members: Sequence[int]) -> str:
    return "both" if len(members) == 2 else f"all {len(members)}"


def _check(
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
    capacity = {t.name: t.capacity for t in seats}
    biggest = max(capacity.values(), default=0)
    person = {p.id: p for p in people}
    merged = _merge(wishes)
    before = {_key(e.a, e.b): e for e in earlier}
    for key, e in before.items():
        if key not in merged and e.locked:
            merged[key] = Wish(e.a, e.b, 1, "locked by the organiser", companions=e.companions)
    pairs = sorted(merged)
    index = {key: w for w, key in enumerate(pairs)}
    members = [merged[key].members for key in pairs]
    free = {p.id: [s for s, slot in enumerate(slots) if p.free_at(slot)] for p in people}
    pins: dict[int, str] = {}  # a locked meeting keeps its table (where it still exists and seats the team)
    pinned: dict[int, set[str]] = defaultdict(set)
    for w, key in enumerate(pairs):
        lock = before.get(key)
        if lock is None or not lock.locked or capacity.get(lock.table, 0) < len(members[w]):
            continue
        if lock.table not in pinned[lock.slot]:
            pins[w] = lock.table
            pinned[lock.slot].add(lock.table)
    model = cp_model.CpModel()
    x: dict[tuple[int, int], cp_model.IntVar] = {}
    unscheduled: list[tuple[Wish, str]] = []
    for w, key in enumerate(pairs):
        a, b = key
        common = sorted(set.intersection(*(set(free[m]) for m in members[w])))
        held = before.get(key)
        if held is not None and held.locked:
            if not 0 <= held.slot < len(slots):
                raise InvalidInput(
                    f"a locked meeting of {a} and {b} sits at slot {held.slot + 1}, which is gone"
                )
            common = [held.slot]
        elif len(members[w]) > biggest:
            unscheduled.append((merged[key], f"no table seats a team of {len(members[w])}"))
            continue
        if not common:
            unscheduled.append((merged[key], f"no slot at which {_team(members[w])} are free"))
        for s in common:
            x[w, s] = model.new_bool_var(f"x{w}_{s}")
        if held is not None and held.locked:
            model.add(x[w, held.slot] == 1)
    per_wish: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    at_slot: dict[int, list[int]] = defaultdict(list)  # the wishes that may meet at a slot, but pinned ones
    busy: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    for (w, s), var in x.items():
        per_wish[w].append(var)
        if w not in pins:
            at_slot[s].append(w)
        for side in members[w]:
            busy[side, s].append(var)
    for vars_ in per_wish.values():
        model.add_at_most_one(vars_)
    for s, ws in at_slot.items():  # per size k: the meetings of k or more, the tables seating k or more
        left = [c for name, c in capacity.items() if name not in pinned[s]]
        for k in sorted({len(members[w]) for w in ws}):
            group = [x[w, s] for w in ws if len(members[w]) >= k]
            limit = sum(1 for c in left if c >= k)
            if len(group) > limit:
                model.add(sum(group) <= limit)
    for vars_ in busy.values():
        model.add_at_most_one(vars_)
    for pid in person:
        mine = [v for s in range(len(slots)) for v in busy.get((pid, s), [])]
        if len(mine) > person[pid].cap:
            model.add(sum(mine) <= person[pid].cap)
    objective: list[cp_model.LinearExprT] = []
    for (w, _s), var in x.items():
        objective.append(_weight(merged[pairs[w]]) * var)
    for key, e in before.items():
        w = index.get(key, -1)
        if w < 0 or e.locked:
            continue
        if (w, e.slot) in x:
            model.add_hint(x[w, e.slot], 1)
            keep = 1 if merged[key].tentative else MOVE_PENALTY
            objective.append(keep * x[w, e.slot])  # kept where it was: no penalty for moving
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
    placed = _tables(chosen, pairs, members, before, seats, pins)
    meetings = _explain(chosen, placed, pairs, members, merged, before, person, free, slots)
    counts = busy_counts(chosen, members)
    for w in sorted(per_wish):
        if w not in chosen:
            why = _why_not(w, members, person, counts, free, chosen, capacity)
            unscheduled.append((merged[pairs[w]], why))
    moved = sum(1 for m in meetings if m.moved) + sum(
        1 for key, e in before.items() if not e.locked and index.get(key, -1) not in chosen
    )
    return Plan(meetings, unscheduled, moved, status == cp_model.OPTIMAL)


def busy_counts(chosen: dict[int, int], members: Sequence[Sequence[int]]) -> dict[int, int]:
    """How many of the chosen meetings each person is in, as a side or a companion."""
    counts: dict[int, int] = defaultdict(int)
    for w in chosen:
        for side in members[w]:
            counts[side] += 1
    return counts


def _why_not(
    w: int,
    members: Sequence[Sequence[int]],
    person: dict[int, Person],
    counts: dict[int, int],
    free: dict[int, list[int]],
    chosen: dict[int, int],
    capacity: dict[str, int],
) -> str:
    team = members[w]
    for side in team:
        if counts[side] >= person[side].cap:
            return f"participant {side} has reached their cap of {person[side].cap} meetings"
    taken = {s for v, s in chosen.items() if set(members[v]) & set(team)}
    if set.intersection(*(set(free[side]) for side in team)) <= taken:
        return f"every slot at which {_team(team)} are free is taken by their other meetings"
    if len(team) > 2:
        seating = sum(1 for c in capacity.values() if c >= len(team))
        return (
            f"the {seating} tables seating {len(team)} of the slots all are free were taken by more "
            "valuable meetings"
        )
    return "the tables of the slots both are free were taken by more valuable meetings"


def _fits(sizes: Sequence[int], caps: Sequence[int]) -> bool:
    """Whether teams of these sizes all find a table of these capacities: the largest team at the largest table,
    and so on (the sets of tables big enough are nested)."""
    if len(sizes) > len(caps):
        return False
    return all(z <= c for z, c in zip(sorted(sizes, reverse=True), sorted(caps, reverse=True), strict=False))


def _earlier_table(e: Earlier | None, s: int, size: int, left: Sequence[Table]) -> Table | None:
    """The table an earlier meeting had at this slot, if it is free and seats the team."""
    if e is None or e.slot != s:
        return None
    return next((t for t in left if t.name == e.table and t.capacity >= size), None)


def _tables(
    chosen: dict[int, int],
    pairs: Sequence[tuple[int, int]],
    members: Sequence[Sequence[int]],
    before: dict[tuple[int, int], Earlier],
    seats: Sequence[Table],
    pins: dict[int, str],
) -> dict[int, str]:
    """A table per chosen meeting, big enough for its team: locked ones keep theirs, then, the largest teams
    first, those kept at their slot keep theirs where that leaves the others room, and the rest take the
    smallest free table that seats them, in order."""
    table = {w: name for w, name in pins.items() if w in chosen}
    by_slot: dict[int, list[int]] = defaultdict(list)
    for w, s in sorted(chosen.items()):
        if w not in table:
            by_slot[s].append(w)
    order = sorted(seats, key=lambda t: t.capacity)  # stable: the tables' order among equal ones
    for s, ws in by_slot.items():
        used = {name for w, name in table.items() if chosen[w] == s}
        left = [t for t in order if t.name not in used]
        earlier = {w: _earlier_table(before.get(pairs[w]), s, len(members[w]), left) for w in ws}
        ws.sort(key=lambda w: (-len(members[w]), earlier[w] is None, w))
        for i, w in enumerate(ws):
            mine = earlier[w]
            if mine is not None and mine not in left:
                mine = None
            if mine is not None:
                rest = [t.capacity for t in left if t is not mine]
                if not _fits([len(members[v]) for v in ws[i + 1 :]], rest):
                    mine = None
            if mine is None:
                mine = next(t for t in left if t.capacity >= len(members[w]))
            table[w] = mine.name
            left.remove(mine)
    return table


def _explain(
    chosen: dict[int, int],
    table: dict[int, str],
    pairs: Sequence[tuple[int, int]],
    members: Sequence[Sequence[int]],
    merged: dict[tuple[int, int], Wish],
    before: dict[tuple[int, int], Earlier],
    person: dict[int, Person],
    free: dict[int, list[int]],
    slots: Sequence[Slot],
) -> list[Placed]:
    """Each meeting with why these two (the wish, and the team when colleagues join) and why this slot (kept,
    locked, or where all are free and next to their other meetings)."""
    at: dict[int, list[int]] = defaultdict(list)
    for w, s in chosen.items():
        for side in members[w]:
            at[side].append(s)

    def name(side: int) -> str:
        return person[side].name or f"participant {side}"

    out = []
    for w, s in sorted(chosen.items(), key=lambda item: (item[1], table[item[0]])):
        a, b = pairs[w]
        team = members[w]
        wish, e = merged[pairs[w]], before.get(pairs[w])
        slot = slots[s]
        moved = e is not None and (e.slot != s or e.table != table[w])
        if e is not None and e.locked:
            when = "locked here by the organiser"
        elif e is not None and not moved:
            when = "kept where the earlier schedule had it"
        else:
            common = len(set.intersection(*(set(free[side]) for side in team)))
            near = [name(side) for side in team if s - 1 in at[side] or s + 1 in at[side]]
            when = f"{_team(team)} are free at {common} of {len(slots)} slots"
            if near:
                when += f"; next to the other meetings of {' and '.join(near)}"
            if e is not None:
                when += f" (moved from slot {e.slot + 1} to make room)"
        why = wish.why + (TENTATIVE_NOTE if wish.tentative else "")
        if wish.companions:
            joined = [name(side) for side in wish.companions]
            why += f"; with {' and '.join(joined)}, a team of {len(team)}"
        reason = f"{why}. {slot.start:%H:%M}, {table[w]}: {when}"
        out.append(
            Placed(
                a,
                b,
                s,
                table[w],
                slot.start,
                slot.end,
                reason,
                wish.request_id,
                moved,
                wish.companions,
                wish.tentative,
            )
        )
    return out


def greedy(
    people: Sequence[Person], wishes: Sequence[Wish], slots: Sequence[Slot], tables: Sequence[Table]
) -> list[tuple[int, int, int]]:
    """The baseline: wishes by weight, each at the first slot all its members are free and a table seating the
    team is left (the smallest such); (a, b, slot)."""
    person = {p.id: p for p in people}
    seats = sorted(t.capacity for t in tables if t.capacity >= 2)
    left: dict[int, list[int]] = defaultdict(lambda: list(seats))
    taken: dict[int, set[int]] = defaultdict(set)
    count: dict[int, int] = defaultdict(int)
    out = []
    seen: set[tuple[int, int]] = set()
    for wish in sorted(wishes, key=lambda w: (-_weight(w), _key(w.a, w.b))):
        key = _key(wish.a, wish.b)
        team = wish.members
        if key in seen or any(count[side] >= person[side].cap for side in team):
            continue
        for s, slot in enumerate(slots):
            table = next((c for c in left[s] if c >= len(team)), None)
            if table is None or any(s in taken[side] or not person[side].free_at(slot) for side in team):
                continue
            left[s].remove(table)
            for side in team:
                taken[side].add(s)
                count[side] += 1
            seen.add(key)
            out.append((wish.a, wish.b, s))
            break
    return out


def upper_bound(
    people: Sequence[Person], wishes: Sequence[Wish], slots: Sequence[Slot], tables: Sequence[Table]
) -> int:
    """No schedule places more: the pairs whose whole team has a common free slot and a table that seats it,
    each person's share (companions' too) capped by their cap and free slots, and the tables times the slots."""
    person = {p.id: p for p in people}
    free = {p.id: {s for s, slot in enumerate(slots) if p.free_at(slot)} for p in people}
    biggest = max((t.capacity for t in tables), default=0)
    teams = [
        w.members
        for w in _merge(wishes).values()
        if len(w.members) <= biggest and set.intersection(*(free[side] for side in w.members))
    ]
    degree: dict[int, int] = defaultdict(int)
    for team in teams:
        for side in team:
            degree[side] += 1
    per_person = sum(min(d, person[p].cap, len(free[p])) for p, d in degree.items()) // 2
    seats = len([t for t in tables if t.capacity >= 2])
    return min(len(teams), per_person, seats * len(slots))
