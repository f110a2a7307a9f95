"""The CP-SAT models behind the pitch-day schedule (`schedule.plan_pitch_day`), on plain indices: pitches
0..n-1 grouped by challenge, rooms 0..r-1, slots 0..s-1.

Two models, tried in turn. The run model gives each challenge up to rooms + 1 runs (interval variables: a run
of consecutive slots in one room, one sitting of its jury; no overlap per room, per challenge and per juror)
and minimises the runs, then the challenges' spans; when every challenge fits in one run, the optimum is proven
at once (its bound is one run and the shortest span each). Where slots overlap in time, or the run model finds
nothing (a challenge without jurors whose pitches must run in parallel), the cell model places challenges'
pitches cell by cell, fewest rooms per challenge first and the shortest spans second. Both keep a juror to one
pitch at a time and an applicant's pitches apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ortools.sat.python import cp_model

Placement = dict[int, tuple[int, int]]  # pitch -> (room, slot)


@dataclass(frozen=True)
class Day:
    """One pitch day as indices: the pitches of each challenge, each pitch's applicant, which challenges share a
    juror, the rooms, the slots in time order (`order[k]` is the k-th slot), and the groups of slots that run
    at the same moment (None when no two slots overlap)."""

    of_challenge: Mapping[int, Sequence[int]]
    applicant_of: Sequence[int]
    juries: Sequence[frozenset[int]]  # per juror sitting on several challenges (or one), those challenges
    rooms: int
    order: Sequence[int]
    overlaps: Sequence[Sequence[int]] | None

    def applicants_pitching_twice(self) -> list[list[int]]:
        own: dict[int, list[int]] = defaultdict(list)
        for i, applicant in enumerate(self.applicant_of):
            own[applicant].append(i)
        return [pitches for pitches in own.values() if len(pitches) > 1]


def _solver(time_limit_s: float, workers: int) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(time_limit_s, 0.1)
    solver.parameters.num_workers = workers
    return solver


def _solve(solver: cp_model.CpSolver, model: cp_model.CpModel) -> object:
    status = solver.solve(model)
    if status == cp_model.MODEL_INVALID:
        raise RuntimeError(f"the pitch-day model is invalid: {model.validate()}")
    return status


def solve_runs(day: Day, time_limit_s: float, workers: int = 1) -> Placement | None:
    """Each challenge in as few runs (consecutive slots in one room: one sitting of its jury) as possible, then
    in the shortest span; None when no such schedule was found in time. A challenge's runs never overlap in time.
    Slots must not overlap (positions in time are the slots)."""
    n = len(day.order)
    model = cp_model.CpModel()
    challenge_of = {i: c for c, mine in day.of_challenge.items() for i in mine}
    runs: dict[
        int, list[tuple[cp_model.IntVar, cp_model.IntVar, cp_model.IntVar, list[cp_model.IntVar]]]
    ] = {}
    per_room: dict[int, list[cp_model.IntervalVar]] = defaultdict(list)
    sittings: dict[int, list[cp_model.IntervalVar]] = defaultdict(list)
    spans, used = [], []
    for c, mine in day.of_challenge.items():
        runs[c], lengths = [], []
        last = model.new_int_var(0, n - 1, f"last{c}")
        for k in range(min(len(mine), day.rooms + 1)):
            active = model.new_bool_var(f"a{c}_{k}")
            start = model.new_int_var(0, n - 1, f"s{c}_{k}")
            length = model.new_int_var(0, len(mine), f"l{c}_{k}")
            lengths.append(length)
            end = model.new_int_var(0, n, f"e{c}_{k}")
            model.add(length >= 1).only_enforce_if(active)
            model.add(length == 0).only_enforce_if(~active)
            model.add(start == 0).only_enforce_if(~active)
            sittings[c].append(model.new_optional_interval_var(start, length, end, active, f"run{c}_{k}"))
            in_room = [model.new_bool_var(f"b{c}_{k}_{r}") for r in range(day.rooms)]
            model.add(sum(in_room) == active)
            for r, here in enumerate(in_room):
                per_room[r].append(model.new_optional_interval_var(start, length, end, here, f"i{c}_{k}_{r}"))
            model.add(last >= end - 1).only_enforce_if(active)
            if runs[c]:  # runs in time order, the active ones first: no two orders of the same runs
                model.add_implication(active, runs[c][-1][0])
                model.add(start >= runs[c][-1][2]).only_enforce_if(active)
            runs[c].append((active, start, end, in_room))
            used.append(active)
        model.add(sum(lengths) == len(mine))
        model.add_no_overlap(sittings[c])
        model.add(runs[c][0][0] == 1)
        model.add(last - runs[c][0][1] >= len(mine) - 1)
        spans.append(last - runs[c][0][1])
    for intervals in per_room.values():
        model.add_no_overlap(intervals)
    for jury in day.juries:
        if len(jury) > 1:
            model.add_no_overlap([run for c in sorted(jury) for run in sittings[c]])
    # an applicant pitching twice: each of its pitches at a time inside one of its challenge's runs
    at: dict[int, cp_model.IntVar] = {}
    for own in day.applicants_pitching_twice():
        for i in own:
            at[i] = model.new_int_var(0, n - 1, f"at{i}")
            inside = [model.new_bool_var(f"u{i}_{k}") for k in range(len(runs[challenge_of[i]]))]
            model.add_exactly_one(inside)
            for here, (active, start, end, _) in zip(inside, runs[challenge_of[i]], strict=True):
                model.add_implication(here, active)
                model.add(at[i] >= start).only_enforce_if(here)
                model.add(at[i] <= end - 1).only_enforce_if(here)
        model.add_all_different([at[i] for i in own])
    for mine in day.of_challenge.values():
        if sum(i in at for i in mine) > 1:
            model.add_all_different([at[i] for i in mine if i in at])
    model.add(runs[next(iter(day.of_challenge))][0][3][0] == 1)  # rooms are interchangeable
    model.minimize((len(day.of_challenge) * n + 1) * sum(used) + sum(spans))
    solver = _solver(time_limit_s, workers)
    if _solve(solver, model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    placed: Placement = {}
    for c, mine in day.of_challenge.items():
        cells = [
            (t, next(r for r, here in enumerate(in_room) if solver.boolean_value(here)))
            for active, start, end, in_room in runs[c]
            if solver.boolean_value(active)
            for t in range(solver.value(start), solver.value(end))
        ]
        room_at = dict(cells)
        for i in mine:
            if i in at:
                placed[i] = (room_at[solver.value(at[i])], day.order[solver.value(at[i])])
        free = iter(t for t, _ in cells if t not in {solver.value(at[i]) for i in mine if i in at})
        for i in sorted(i for i in mine if i not in at):
            t = next(free)
            placed[i] = (room_at[t], day.order[t])
    return placed


def solve_cells(day: Day, time_limit_s: float, workers: int = 1) -> tuple[Placement | None, bool]:
    """Challenges' pitches cell by cell: (the placement or None, whether infeasibility was proven).
    `z[c, r, s]`: a pitch of challenge c in room r at slot s; `w[i, s]`: pitch i at slot s. Placing challenges
    rather than pitches in rooms leaves the solver no pitches of one challenge to permute between rooms."""
    slots = range(len(day.order))
    rooms = range(day.rooms)
    position = {s: k for k, s in enumerate(day.order)}
    groups = day.overlaps or [[s] for s in slots]
    model = cp_model.CpModel()
    z = {
        (c, r, s): model.new_bool_var(f"z{c}_{r}_{s}") for c in day.of_challenge for r in rooms for s in slots
    }
    w = {(i, s): model.new_bool_var(f"w{i}_{s}") for i in range(len(day.applicant_of)) for s in slots}
    for i in range(len(day.applicant_of)):
        model.add_exactly_one(w[i, s] for s in slots)
    for c, mine in day.of_challenge.items():
        for s in slots:
            model.add(sum(z[c, r, s] for r in rooms) == sum(w[i, s] for i in mine))
    for r in rooms:
        for s in slots:
            model.add_at_most_one(z[c, r, s] for c in day.of_challenge)
    for own in day.applicants_pitching_twice():
        for group in groups:
            model.add_at_most_one(w[i, s] for i in own for s in group)
    for jury in day.juries:
        for group in groups:
            model.add(sum(z[c, r, s] for c in jury for r in rooms for s in group) <= 1)
    uses = {(c, r): model.new_bool_var(f"y{c}_{r}") for c in day.of_challenge for r in rooms}
    spans = []
    for c, mine in day.of_challenge.items():
        first = model.new_int_var(0, len(day.order) - 1, f"first{c}")
        last = model.new_int_var(0, len(day.order) - 1, f"last{c}")
        for r in rooms:
            for s in slots:
                model.add(first <= position[s]).only_enforce_if(z[c, r, s])
                model.add(last >= position[s]).only_enforce_if(z[c, r, s])
            # a room takes at most its slots of a challenge: stated, so that the bound on rooms is tight
            model.add(sum(z[c, r, s] for s in slots) <= min(len(mine), len(day.order)) * uses[c, r])
        model.add(sum(uses[c, r] for r in rooms) >= -(-len(mine) // len(day.order)))
        if any(c in jury for jury in day.juries):  # a jury sees its pitches one after another
            model.add(last - first >= len(mine) - 1)
        spans.append(last - first)
    model.add(uses[next(iter(day.of_challenge)), 0] == 1)  # rooms are interchangeable
    room_weight = len(day.of_challenge) * len(day.order) + 1  # one room fewer outweighs any spans
    model.minimize(room_weight * sum(uses.values()) + sum(spans))
    solver = _solver(time_limit_s, workers)
    status = _solve(solver, model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None, status == cp_model.INFEASIBLE
    placed: Placement = {}
    for c, mine in day.of_challenge.items():
        for s in slots:
            at = [r for r in rooms if solver.boolean_value(z[c, r, s])]
            who = [i for i in mine if solver.boolean_value(w[i, s])]
            placed.update((i, (r, s)) for i, r in zip(who, at, strict=True))
    return placed, False
