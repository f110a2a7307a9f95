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
from collections.abc import Callable, Sequence

from ortools.sat.python import cp_model

from matcher.errors import InvalidInput
from matcher.events.placing import assign_tables, busy_counts, explain, greedy, upper_bound, why_not
from matcher.events.plan import (
    GAP_PENALTY,
    MOVE_PENALTY,
    TEAM_LIMIT,
    TENTATIVE_CEILING,
    TENTATIVE_NOTE,
    VALUE_WEIGHT,
    Earlier,
    Person,
    Placed,
    Plan,
    Progress,
    Slot,
    Span,
    Table,
    Wish,
    check_input,
    merge_wishes,
    pair_key,
    team_names,
    weight,
)

__all__ = [
    "Earlier",
    "GAP_PENALTY",
    "MOVE_PENALTY",
    "Person",
    "Placed",
    "Plan",
    "Progress",
    "Slot",
    "Span",
    "TEAM_LIMIT",
    "TENTATIVE_CEILING",
    "TENTATIVE_NOTE",
    "Table",
    "VALUE_WEIGHT",
    "Wish",
    "busy_counts",
    "greedy",
    "plan_meetings",
    "upper_bound",
]


class _Solutions(cp_model.CpSolverSolutionCallback):
    """Counts the solutions as CP-SAT finds them and tells `report` of each (its objective, the bound, the time)."""

    def __init__(self, report: Callable[[Progress], None] | None) -> None:
        super().__init__()
        self.report = report
        self.count = 0

    def on_solution_callback(self) -> None:
        self.count += 1
        if self.report is not None:
            self.report(
                Progress(
                    "solving",
                    self.count,
                    self.objective_value,
                    self.best_objective_bound,
                    self.wall_time,
                )
            )


def plan_meetings(
    people: Sequence[Person],
    wishes: Sequence[Wish],
    slots: Sequence[Slot],
    tables: Sequence[Table],
    earlier: Sequence[Earlier] = (),
    time_limit_s: float = 20.0,
    *,
    workers: int = 1,
    progress: Callable[[Progress], None] | None = None,
    lns_only: bool = False,
) -> Plan:
    """The meetings, by slot then table, and the wishes left out with why. One worker by default, so that the
    same input gives the same plan. `progress` hears of each phase and of each solution found (from the
    solver's thread). `lns_only`: every worker improves the start by large neighbourhood search, none proves
    (for models too large for the full search to better the start within the limit; 2 workers or more)."""
    report = progress or (lambda _: None)
    report(Progress("building"))
    check_input(people, wishes, slots, tables)
    seats = [t for t in tables if t.capacity >= 2]
    capacity = {t.name: t.capacity for t in seats}
    biggest = max(capacity.values(), default=0)
    person = {p.id: p for p in people}
    merged = merge_wishes(wishes)
    before = {pair_key(e.a, e.b): e for e in earlier}
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
            unscheduled.append((merged[key], f"no slot at which {team_names(members[w])} are free"))
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
        objective.append(weight(merged[pairs[w]]) * var)
    for key, e in before.items():
        w = index.get(key, -1)
        if w < 0 or e.locked:
            continue
        if (w, e.slot) in x:
            keep = 1 if merged[key].tentative else MOVE_PENALTY
            objective.append(keep * x[w, e.slot])  # kept where it was: no penalty for moving
    # the solver's start, hinted in full (every variable): a first schedule the greedy one, a re-solve the
    # earlier one (the new wishes out); without a complete start CP-SAT finds nothing at 700 participants
    seed: dict[int, int] = {}
    if not before:
        for a, b, s in greedy(people, list(merged.values()), slots, seats):
            if (index[pair_key(a, b)], s) in x:
                seed[index[pair_key(a, b)]] = s
    else:
        seed = {index[key]: e.slot for key, e in before.items() if (index.get(key, -1), e.slot) in x}
    for (w, s), var in x.items():
        model.add_hint(var, int(seed.get(w) == s))
    seeded = {(side, s) for w, s in seed.items() for side in members[w]}
    for pid in person:  # a run starts wherever a person is busy and was not in the slot before
        for s in range(len(slots)):
            now = busy.get((pid, s))
            if not now:
                continue
            start = model.new_bool_var(f"r{pid}_{s}")
            model.add(start >= sum(now) - sum(busy.get((pid, s - 1), [])))
            objective.append(-GAP_PENALTY * start)
            model.add_hint(start, int((pid, s) in seeded and (pid, s - 1) not in seeded))
    model.maximize(sum(objective))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(time_limit_s, 0.1)
    solver.parameters.num_workers = workers
    solver.parameters.use_lns_only = lns_only
    report(Progress("solving"))
    found = _Solutions(progress)
    status = solver.solve(model, found)
    method = "cp-sat"
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        chosen = {w: s for (w, s), var in x.items() if solver.value(var)}
    elif status == cp_model.UNKNOWN and not before:
        # a first schedule too large to better within the limit: the greedy one, never an error
        chosen, method = dict(seed), "greedy"
    else:
        raise InvalidInput(
            "no schedule keeps the locked meetings and everybody in one place at a time: unlock a meeting, "
            f"or raise the time limit ({time_limit_s:g} s)"
        )
    best = solver.objective_value if found.count else None
    report(Progress("placing tables", found.count, best, solver.best_objective_bound, solver.wall_time))
    placed = assign_tables(chosen, pairs, members, before, seats, pins)
    meetings = explain(chosen, placed, pairs, members, merged, before, person, free, slots)
    counts = busy_counts(chosen, members)
    for w in sorted(per_wish):
        if w not in chosen:
            why = why_not(w, members, person, counts, free, chosen, capacity)
            unscheduled.append((merged[pairs[w]], why))
    moved = sum(1 for m in meetings if m.moved) + sum(
        1 for key, e in before.items() if not e.locked and index.get(key, -1) not in chosen
    )
    size = model.proto
    return Plan(
        meetings,
        unscheduled,
        moved,
        status == cp_model.OPTIMAL,
        method,
        found.count,
        len(size.variables),
        len(size.constraints),
    )
