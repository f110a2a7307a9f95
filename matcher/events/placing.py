"""After the solve and beside it: a table for each chosen meeting, each meeting's reason and each left-out wish's
why, and the two yardsticks of the benchmark, the greedy schedule and the upper bound. Pure."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from matcher.events.plan import (
    TENTATIVE_NOTE,
    Earlier,
    Person,
    Placed,
    Slot,
    Table,
    Wish,
    merge_wishes,
    pair_key,
    team_names,
    weight,
)


def busy_counts(chosen: dict[int, int], members: Sequence[Sequence[int]]) -> dict[int, int]:
    """How many of the chosen meetings each person is in, as a side or a companion."""
    counts: dict[int, int] = defaultdict(int)
    for w in chosen:
        for side in members[w]:
            counts[side] += 1
    return counts


def why_not(
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
        return f"every slot at which {team_names(team)} are free is taken by their other meetings"
    if len(team) > 2:
        seating = sum(1 for c in capacity.values() if c >= len(team))
        return (
            f"the {seating} tables seating {len(team)} of the slots all are free were taken by more "
            "valuable meetings"
        )
    return "the tables of the slots both are free were taken by more valuable meetings"


def fits(sizes: Sequence[int], caps: Sequence[int]) -> bool:
    """Whether teams of these sizes all find a table of these capacities: the largest team at the largest table,
    and so on (the sets of tables big enough are nested)."""
    if len(sizes) > len(caps):
        return False
    return all(z <= c for z, c in zip(sorted(sizes, reverse=True), sorted(caps, reverse=True), strict=False))


def earlier_table(e: Earlier | None, s: int, size: int, left: Sequence[Table]) -> Table | None:
    """The table an earlier meeting had at this slot, if it is free and seats the team."""
    if e is None or e.slot != s:
        return None
    return next((t for t in left if t.name == e.table and t.capacity >= size), None)


def assign_tables(
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
        earlier = {w: earlier_table(before.get(pairs[w]), s, len(members[w]), left) for w in ws}
        ws.sort(key=lambda w: (-len(members[w]), earlier[w] is None, w))
        for i, w in enumerate(ws):
            mine = earlier[w]
            if mine is not None and mine not in left:
                mine = None
            if mine is not None:
                rest = [t.capacity for t in left if t is not mine]
                if not fits([len(members[v]) for v in ws[i + 1 :]], rest):
                    mine = None
            if mine is None:
                mine = next(t for t in left if t.capacity >= len(members[w]))
            table[w] = mine.name
            left.remove(mine)
    return table


def explain(
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
            when = f"{team_names(team)} are free at {common} of {len(slots)} slots"
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
    for wish in sorted(wishes, key=lambda w: (-weight(w), pair_key(w.a, w.b))):
        key = pair_key(wish.a, wish.b)
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
        for w in merge_wishes(wishes).values()
        if len(w.members) <= biggest and set.intersection(*(free[side] for side in w.members))
    ]
    degree: dict[int, int] = defaultdict(int)
    for team in teams:
        for side in team:
            degree[side] += 1
    per_person = sum(min(d, person[p].cap, len(free[p])) for p, d in degree.items()) // 2
    seats = len([t for t in tables if t.capacity >= 2])
    return min(len(teams), per_person, seats * len(slots))
