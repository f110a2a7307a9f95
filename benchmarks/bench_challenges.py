"""Corporate challenges: reviewer assignment, scoring, shortlist and pitch day on rounds made from the demo
ecosystem, the assignment against a bare OR-Tools solve of the same network.

A round: 5 challenges (company requests of the demo), applications made from the demo organisations' offers and
descriptions (applicants drawn from start-ups, research, universities, creative firms and companies; one
organisation may apply to several challenges), jurors from the owners' and the agency's side (companies,
research, universities, intermediaries, public bodies) with their organisation's description as their profile.
Fit is the cosine of the project's encoder's embeddings of the application and the juror's profile. Conflicts
come from `find_conflicts`: the juror's own organisation applying, 2 % of the pairs of organisations given an
existing cooperation, 1 % of the pairs declared. Caps total about 1.2 times the reviews needed (3 per
application). The marks come from each application's hidden quality plus each juror's leniency and noise, so that
the shortlist's recall of the true best shows what the z-scores correct. The shortlist takes 7 per challenge
(35 pitches, at most 2 challenges per applicant); the pitch day is 2 days of 3 rooms x 6 slots of 30 minutes.

    python benchmarks/bench_challenges.py                 # the demo round and the stress round; writes the doc
    python benchmarks/bench_challenges.py --fake-vectors  # random vectors, no model: to try the script, no doc
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "benchmarks")]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402
from ortools.graph.python.min_cost_flow import SimpleMinCostFlow  # noqa: E402
from run_info import commit, machine, write_doc_section  # noqa: E402

from matcher.challenges.assignment import (  # noqa: E402
    FIT_SCALE,
    Assignment,
    Reviewer,
    assign_reviewers,
    find_conflicts,
)
from matcher.challenges.schedule import Pitch, Room, Slot, plan_pitch_day, to_ics  # noqa: E402
from matcher.challenges.scoring import Method, RankedApplication, Score, rank_applications  # noqa: E402
from matcher.challenges.shortlist import Candidate, shortlist  # noqa: E402

DEMO = REPO_ROOT / "profiles" / "demo" / "organisations.jsonl"
SECTION = "## Corporate challenges: assignment, shortlist, pitch day"
SIZES = {"demo round": (260, 25), "stress": (2000, 100)}
CHALLENGES, REVIEWS, SLOTS_PER_CHALLENGE, CAP_PER_APPLICANT = 5, 3, 7, 2
CAPACITY = 1.2  # the jurors' caps total this times the reviews needed
WEIGHTS = {"fit": 0.4, "feasibility": 0.3, "team": 0.2, "impact": 0.1}
RUNS = 3  # solves per figure at least; medians
MAX_RUNS, BUDGET_S = (
    15,
    2.0,
)  # more runs of a cheap figure, up to MAX_RUNS within BUDGET_S: a busy machine evens out
APPLICANT_KINDS = {"startup": 4, "research_institute": 2, "university": 2, "creative": 2, "company": 1}
JUROR_KINDS = {"company", "research_institute", "university", "intermediary", "public_body"}


@dataclass
class Round:
    applications: list[int]
    applicant: dict[int, int]  # application -> organisation
    challenge: dict[int, int]  # application -> challenge
    jurors: list[Reviewer]
    juror_org: dict[int, int]
    fit: dict[tuple[int, int], float]
    conflicts: dict[tuple[int, int], str]


def sentences(text: str, k: int) -> str:
    return " ".join(text.replace("! ", ". ").split(". ")[:k]).strip()


def make_texts(orgs: list[dict], n_apps: int, n_jurors: int, rng: random.Random):
    """Challenge texts, (applicant organisation, text) per application, and (organisation, profile) per juror."""
    requests = [
        (i, o, opp) for i, o in enumerate(orgs, 1) if o["kind"] == "company" for opp in o["opportunities"]
    ]
    requests = [r for r in requests if r[2]["direction"] == "request"]
    challenges = [f"{opp['title']}. {opp['summary']}" for _, _, opp in rng.sample(requests, CHALLENGES)]
    pool = [(i, o) for i, o in enumerate(orgs, 1) if o["kind"] in APPLICANT_KINDS]
    weights = [APPLICANT_KINDS[o["kind"]] for _, o in pool]
    apps = []
    for _ in range(n_apps):
        org_id, org = rng.choices(pool, weights)[0]
        offers = [opp for opp in org["opportunities"] if opp["direction"] == "offer"]
        lead = (
            f"{(offer := rng.choice(offers))['title']}. {offer['summary']}"
            if offers
            else sentences(org["description"], 2)
        )
        skills = ", ".join(rng.sample(org["competences"], min(2, len(org["competences"]))))
        apps.append((org_id, f"{lead} {sentences(org['description'], rng.randint(1, 3))} We bring {skills}."))
    side = [(i, o) for i, o in enumerate(orgs, 1) if o["kind"] in JUROR_KINDS]
    jurors = [(i, o["description"]) for i, o in rng.sample(side, n_jurors)]
    return challenges, apps, jurors


def make_round(
    orgs: list[dict], n_apps: int, n_jurors: int, encode: Callable[[list[str]], np.ndarray], seed: int
):
    rng = random.Random(seed)
    challenge_texts, apps, jurors = make_texts(orgs, n_apps, n_jurors, rng)
    vectors = encode(challenge_texts + [t for _, t in apps] + [t for _, t in jurors])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    c_vec, a_vec = vectors[:CHALLENGES], vectors[CHALLENGES : CHALLENGES + n_apps]
    j_vec = vectors[CHALLENGES + n_apps :]
    app_ids = list(range(1, n_apps + 1))
    nearest = np.argmax(a_vec @ c_vec.T, axis=1)
    # most apply to the challenge their text fits best, some to another one
    challenge = {
        a: int(nearest[a - 1]) + 1 if rng.random() < 0.7 else rng.randint(1, CHALLENGES) for a in app_ids
    }
    fits = np.clip(a_vec @ j_vec.T, -1.0, 1.0)
    fit = {(a, j): float(fits[a - 1, j - 1]) for a in app_ids for j in range(1, n_jurors + 1)}
    applicant = {a: apps[a - 1][0] for a in app_ids}
    juror_org = {j: jurors[j - 1][0] for j in range(1, n_jurors + 1)}
    orgs_applying, orgs_judging = sorted(set(applicant.values())), sorted(set(juror_org.values()))
    cooperations = [
        frozenset((a, b)) for a in orgs_applying for b in orgs_judging if a != b and rng.random() < 0.02
    ]
    declared = {pair: "declared: a former colleague" for pair in fit if rng.random() < 0.01}
    conflicts = find_conflicts(applicant, dict(juror_org), {}, cooperations, (), declared)
    mean_cap = CAPACITY * REVIEWS * n_apps / n_jurors
    caps = [rng.randint(round(0.75 * mean_cap), round(1.25 * mean_cap)) for _ in range(n_jurors)]
    target = round(CAPACITY * REVIEWS * n_apps)  # spread the difference to hit the capacity exactly
    while sum(caps) != target:
        caps[rng.randrange(n_jurors)] += 1 if sum(caps) < target else -1
    reviewers = [Reviewer(j, cap) for j, cap in enumerate(caps, start=1)]
    return Round(app_ids, applicant, challenge, reviewers, juror_org, fit, conflicts)


def bare_flow(r: Round) -> tuple[float, float]:
    """The same network solved by OR-Tools alone, from arrays made beforehand: (seconds, optimal fit)."""
    apps, jurors = r.applications, [j.id for j in r.jurors]
    pairs = [(a, j) for a in apps for j in jurors if (a, j) not in r.conflicts]
    node_a = {a: 1 + i for i, a in enumerate(apps)}
    node_j = {j: 1 + len(apps) + i for i, j in enumerate(jurors)}
    sink = 1 + len(apps) + len(jurors)
    tails = np.array(
        [0] * len(apps) + [node_a[a] for a, _ in pairs] + [node_j[j] for j in jurors], dtype=np.int32
    )
    heads = np.array(
        [node_a[a] for a in apps] + [node_j[j] for _, j in pairs] + [sink] * len(jurors), dtype=np.int32
    )
    capacity = np.array([REVIEWS] * len(apps) + [1] * len(pairs) + [j.cap for j in r.jurors], dtype=np.int64)
    costs = [0] * len(apps) + [-round(r.fit[p] * FIT_SCALE) for p in pairs] + [0] * len(jurors)
    cost = np.array(costs, dtype=np.int64)
    t0 = time.perf_counter()
    flow = SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(tails, heads, capacity, cost)
    flow.set_node_supply(0, REVIEWS * len(apps))
    flow.set_node_supply(sink, -REVIEWS * len(apps))
    flow.solve_max_flow_with_min_cost()
    return time.perf_counter() - t0, -flow.optimal_cost() / FIT_SCALE


def greedy_fit(r: Round) -> tuple[float, int]:
    """Best pairs first while the application and the juror have room: (total fit, reviews left unfilled)."""
    load: Counter[int] = Counter()
    got: Counter[int] = Counter()
    caps = {j.id: j.cap for j in r.jurors}
    total = 0.0
    for (a, j), value in sorted(r.fit.items(), key=lambda kv: -kv[1]):
        if (a, j) not in r.conflicts and got[a] < REVIEWS and load[j] < caps[j]:
            got[a] += 1
            load[j] += 1
            total += value
    return total, REVIEWS * len(r.applications) - sum(got.values())


def marks_for(r: Round, reviews, rng: random.Random) -> tuple[list[Score], dict[int, float]]:
    """Marks 1..10: the application's hidden quality, the juror's leniency (sd 1.5 marks), noise (sd 1)."""
    quality = {a: rng.gauss(0, 1) for a in r.applications}
    leniency = {j.id: rng.gauss(0, 1.5) for j in r.jurors}
    scores = []
    for review in reviews:
        a, j = review.application_id, review.juror_id
        marks = {
            c: min(10.0, max(1.0, round(5.5 + 1.5 * quality[a] + leniency[j] + rng.gauss(0, 1))))
            for c in WEIGHTS
        }
        scores.append(Score(a, j, marks))
    return scores, quality


T = TypeVar("T")


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    """The median seconds of `fn` over RUNS to MAX_RUNS runs, and its result."""
    times: list[float] = []
    while len(times) < RUNS or (len(times) < MAX_RUNS and sum(times) < BUDGET_S):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def assignment_against_bare(r: Round) -> tuple[float, float, int, float, Assignment]:
    """`assign_reviewers` and the bare solve in turns, so that other jobs' load falls on both alike: the two
    medians, the runs, the bare optimum and the product's assignment."""
    product: list[float] = []
    bare: list[float] = []
    while len(product) < RUNS or (len(product) < MAX_RUNS and sum(product) + sum(bare) < BUDGET_S):
        t0 = time.perf_counter()
        assignment = assign_reviewers(r.applications, r.jurors, r.fit, r.conflicts)
        product.append(time.perf_counter() - t0)
        seconds, optimum = bare_flow(r)
        bare.append(seconds)
    return statistics.median(product), statistics.median(bare), len(product), optimum, assignment


def pitch_day() -> tuple[list[Room], list[Slot]]:
    berlin = ZoneInfo("Europe/Berlin")
    days = [datetime(2027, 3, 4, 9, 0, tzinfo=berlin), datetime(2027, 3, 5, 9, 0, tzinfo=berlin)]
    slots = [Slot(d + timedelta(minutes=30 * k), 25) for d in days for k in range(6)]
    return [Room(name) for name in ("Hall A", "Hall B", "Room 3")], slots


def run_round(name: str, r: Round) -> dict:
    out: dict = {"name": name, "applications": len(r.applications), "jurors": len(r.jurors)}
    out["pairs"] = len(r.applications) * len(r.jurors)
    out["conflicts"] = len(r.conflicts)
    out["capacity_ratio"] = sum(j.cap for j in r.jurors) / (REVIEWS * len(r.applications))
    out["assign_s"], out["bare_s"], out["assign_runs"], bare_optimum, assignment = assignment_against_bare(r)
    out["assign_ratio"] = out["bare_s"] / out["assign_s"]
    out["total_fit"], out["bound"] = assignment.total_fit, assignment.bound
    out["bare_optimum"] = bare_optimum
    out["reviews"], out["short"] = len(assignment.reviews), sum(assignment.short.values())
    out["at_cap"] = assignment.share_at_cap(r.jurors)
    out["mean_fit"] = assignment.total_fit / max(1, len(assignment.reviews))
    out["greedy_fit"], out["greedy_short"] = greedy_fit(r)

    rng = random.Random(7)
    scores, quality = marks_for(r, assignment.reviews, rng)
    by_challenge: dict[int, list[Score]] = defaultdict(list)
    for s in scores:
        by_challenge[r.challenge[s.application_id]].append(s)
    recall: dict[str, float] = {}
    ranked_by: dict[str, dict[int, list[RankedApplication]]] = {}
    methods: tuple[Method, ...] = ("mean", "median", "zscore")
    for method in methods:

        def rank_all(m: Method = method) -> dict[int, list[RankedApplication]]:
            return {c: rank_applications(s, WEIGHTS, m) for c, s in by_challenge.items()}

        seconds, ranked = timed(rank_all)
        out[f"rank_{method}_s"] = seconds
        ranked_by[method] = ranked
        hits = 0
        for c, rows in ranked_by[method].items():
            truth = sorted((a for a in r.applications if r.challenge[a] == c), key=lambda a: -quality[a])
            hits += len(
                {row.application_id for row in rows[:SLOTS_PER_CHALLENGE]} & set(truth[:SLOTS_PER_CHALLENGE])
            )
        recall[method] = hits / (SLOTS_PER_CHALLENGE * len(by_challenge))
    out["recall"] = recall

    candidates = [
        Candidate(row.application_id, c, r.applicant[row.application_id], row.score)
        for c, rows in ranked_by["zscore"].items()
        for row in rows
    ]
    slots = dict.fromkeys(range(1, CHALLENGES + 1), SLOTS_PER_CHALLENGE)
    out["shortlist_s"], (chosen, _) = timed(lambda: shortlist(candidates, slots, CAP_PER_APPLICANT))
    out["shortlisted"] = len(chosen)
    pitches = [Pitch(s.application_id, s.challenge_id, r.applicant[s.application_id]) for s in chosen]
    out["applicants_twice"] = sum(1 for n in Counter(p.applicant_id for p in pitches).values() if n > 1)
    # a jury of 5 per challenge: the jurors who reviewed most of its applications, each on one jury
    reviewed: Counter[tuple[int, int]] = Counter(
        (r.challenge[v.application_id], v.juror_id) for v in assignment.reviews
    )
    taken: set[int] = set()
    jurors_of: dict[int, list[int]] = {}
    for c in range(1, CHALLENGES + 1):
        best = sorted((j.id for j in r.jurors if j.id not in taken), key=lambda j: (-reviewed[(c, j)], j))[:5]
        jurors_of[c], taken = best, taken | set(best)
    rooms, day = pitch_day()
    out["schedule_s"], sessions = timed(lambda: plan_pitch_day(pitches, rooms, day, jurors_of))
    out.update(schedule_figures(sessions, pitches, day))
    out["ics_s"], ics = timed(lambda: to_ics(sessions, {c: f"Challenge {c}" for c in slots}, "Pitch day"))
    out["ics_events"] = ics.count(b"BEGIN:VEVENT")
    return out


def schedule_figures(sessions, pitches, day) -> dict:
    """Sittings (consecutive slots in one room) per challenge, and the hard rules counted on the output."""
    by_challenge = defaultdict(list)
    for s in sessions:
        by_challenge[s.challenge_id].append(s)
    sittings = 0
    one = 0
    excess = 0
    for mine in by_challenge.values():
        mine.sort(key=lambda s: s.slot)
        runs = 1 + sum(
            1 for a, b in zip(mine, mine[1:], strict=False) if a.room != b.room or b.slot != a.slot + 1
        )
        sittings += runs
        one += runs == 1
        excess += (mine[-1].slot - mine[0].slot) - (len(mine) - 1)
    applicant = {p.application_id: p.applicant_id for p in pitches}
    clashes = sum(
        1
        for a in sessions
        for b in sessions
        if a.application_id < b.application_id
        and a.slot == b.slot
        and (applicant[a.application_id] == applicant[b.application_id] or set(a.jurors) & set(b.jurors))
    )
    return {
        "sittings": sittings,
        "one_sitting": one,
        "span_excess": excess,
        "clashes": clashes,
        "cells": len(day) * 3,
    }


def section(results: list[dict], encoder_name: str, load: tuple[float, float]) -> str:
    rows = []
    for r in results:
        gap = (r["bound"] - r["total_fit"]) / abs(r["bound"]) if r["bound"] else 0.0
        rows.append(
            f"| {r['name']}: {r['applications']:,} applications x {r['jurors']} jurors ({r['pairs']:,} pairs, "
            f"{r['conflicts']:,} conflicts, caps {r['capacity_ratio']:.2f}x the {REVIEWS * r['applications']:,} "
            f"reviews) | {r['assign_s'] * 1000:.1f} ms | {r['bare_s'] * 1000:.1f} ms | {r['assign_ratio']:.2f} "
            f"({r['assign_runs']} runs) | "
            f"{r['total_fit']:.2f} of {r['bound']:.2f} (gap {gap:.1e}; bare solve {r['bare_optimum']:.2f}) | "
            f"{r['greedy_fit']:.2f} ({r['greedy_short']} unfilled) | {r['short']} | {r['at_cap']:.0%} |"
        )
    later = []
    for r in results:
        later.append(
            f"| {r['name']} | {r['rank_zscore_s'] * 1000:.1f} ms (mean {r['rank_mean_s'] * 1000:.1f} ms) | "
            f"{r['recall']['mean']:.0%} / {r['recall']['median']:.0%} / {r['recall']['zscore']:.0%} | "
            f"{r['shortlist_s'] * 1000:.1f} ms, {r['shortlisted']} shortlisted, {r['applicants_twice']} "
            f"applicant{'s' if r['applicants_twice'] != 1 else ''} pitching twice | {r['schedule_s'] * 1000:.0f} ms: {r['sittings']} sittings for {CHALLENGES} "
            f"challenges ({r['one_sitting']} in one), {r['span_excess']} slots of gaps, {r['clashes']} clashes | "
            f"{r['ics_s'] * 1000:.1f} ms, {r['ics_events']} events |"
        )
    return f"""{SECTION}

Measured by `make bench-challenges` (`benchmarks/bench_challenges.py`) on {date.today():%Y-%m-%d}, commit
`{commit() or "?"}`, on {machine()}; fit from the `{encoder_name}` embeddings of the applications and the jurors'
profiles (cosine), built from the demo ecosystem as the script's docstring describes; medians of {RUNS} to {MAX_RUNS} solves (more where a solve is quick),\nthe assignment and its bare reference in turns; load average {load[0]:.1f} at the start and {load[1]:.1f}
at the end (other jobs share the machine: the ratios, measured in turns, move less than the times).
The jurors form one pool for the round's {CHALLENGES} challenges (each juror's cap counts all their reviews);
{REVIEWS} reviews per application.

| reviewer assignment | `assign_reviewers` | bare `SimpleMinCostFlow` | ratio (bare / product) | total fit of bound | greedy by fit | reviews unfilled | jurors at cap |
|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

The bare solve is the same network (the same arcs, capacities and integer costs) handed to OR-Tools as ready
arrays and solved with `solve_max_flow_with_min_cost`; the product adds the checks, the network built from the
caller's mappings and a reason for every review (the juror's and the application's place by fit). The bound is
the flow's proven optimum plus the rounding of fits to millionths, so the gap is that rounding alone: min-cost
flow is exact, and a flow network's LP relaxation has integral optima. "Greedy by fit" takes the best pairs
first while both sides have room: the optimum's margin over it is what solving buys.

| after the reviews | ranking, z-scores | true top {SLOTS_PER_CHALLENGE} recalled: mean / median / z-score | shortlist (7 per challenge, cap {CAP_PER_APPLICANT}) | pitch day (2 days x 3 rooms x 6 slots) | ICS |
|---|---|---|---|---|---|
{chr(10).join(later)}

The marks are simulated (each application's hidden quality, each juror's leniency with a spread of 1.5 marks,
noise of 1 mark); the recall is the share of each challenge's true best {SLOTS_PER_CHALLENGE} that the ranking
puts in its top {SLOTS_PER_CHALLENGE}. The pitch day has 36 room-slots for 35 pitches, so some challenges cannot
sit in one room in one run: a sitting is a run of consecutive slots in one room, and "gaps" counts the slots
between a challenge's first and last pitch beyond the shortest span. Clashes (a juror or an applicant in two
places at once) are counted on the output and must be 0.
"""


def make_encoder(fake: bool) -> tuple[Callable[[list[str]], np.ndarray], str]:
    """The project's encoder (the settings' default model and registry), or random vectors with --fake-vectors."""
    if fake:
        rng = np.random.default_rng(0)

        def random_vectors(texts: list[str]) -> np.ndarray:
            return rng.normal(size=(len(texts), 64))

        return random_vectors, "random (--fake-vectors)"
    from matcher.config import Settings
    from matcher.embeddings.encoder import load_encoder

    settings = Settings()
    encoder = load_encoder(settings.model, settings.model_registry)

    def embed(texts: list[str]) -> np.ndarray:
        return np.asarray(encoder.encode_documents(texts), dtype=np.float64)

    return embed, settings.model


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--fake-vectors", action="store_true", help="random vectors instead of the model; no doc"
    )
    parser.add_argument("--write", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args()
    orgs = [json.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines() if line.strip()]
    encode, encoder_name = make_encoder(args.fake_vectors)
    load_before = os.getloadavg()[0]
    results = []
    for seed, (name, (n_apps, n_jurors)) in enumerate(SIZES.items(), start=11):
        t0 = time.perf_counter()
        r = make_round(orgs, n_apps, n_jurors, encode, seed)
        print(f"{name}: round made in {time.perf_counter() - t0:.1f} s", flush=True)
        results.append(run_round(name, r))
        print(json.dumps(results[-1], indent=1, default=str), flush=True)
    if args.write and not args.fake_vectors:
        write_doc_section(SECTION, section(results, encoder_name, (load_before, os.getloadavg()[0])))
        print(f"wrote the {SECTION!r} section of docs/performance.md")
    else:
        print(section(results, encoder_name, (load_before, os.getloadavg()[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
