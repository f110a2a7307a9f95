"""Checks of an allocation, whoever made it: the rules it breaks (none for the solver's; a manager's edits or
another solver's allocation may break some) and its blocking pairs where hosts ranked participants."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from matcher.talent.problem import Candidate, Project, Rules, eligible


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
