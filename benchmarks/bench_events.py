"""Event matchmaking: the meeting scheduler (`matcher/events/scheduler.py`, CP-SAT) on a synthetic conference,
against the upper bound and a greedy baseline in the same run, and a re-solve after late registrants.

The base case (issue 18): 700 participants in matchmaking (400 start-ups, 300 company, investor and SME
representatives), one day of 20 slots of 20 minutes (15 + 5), about 2,000 accepted requests, 115 tables. Start-ups
mostly ask companies and investors, a quarter of the requests are must-meets, some pairs ask each other; a fifth of
the participants come for half the day, a third attend one talk of two slots; caps are 4 to 10 meetings. Then 50
late registrants arrive with 3 accepted requests each and the schedule is solved again from the first one: the share
of the first schedule's meetings that moved (or dropped) is the stability figure (target: under 5 %).

The stress case (`--stress`): 5,000 attendees over two days of 20 slots each (a quarter come for one day only),
about 8,000 accepted requests, 230 tables (the base case's table-slots per request), the first solve only (no
re-solve unless `--resolve`), 2 workers; target: under 10 minutes on 2 cores, the model's build included.

    python benchmarks/bench_events.py                    # the base case (about a minute or two on 2 cores)
    python benchmarks/bench_events.py --participants 100 # a small case, to try the script
    python benchmarks/bench_events.py --stress           # 5,000 attendees, 8,000 requests, two days
    python benchmarks/bench_events.py --stress --lns-only # the same, every worker on large neighbourhood search
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT)]

from matcher.events.scheduler import (  # noqa: E402
    Earlier,
    Person,
    Progress,
    Slot,
    Span,
    Table,
    Wish,
    greedy,
    plan_meetings,
    upper_bound,
)

DAY = datetime(2027, 5, 6, 7, 0, tzinfo=UTC)


def conference(
    n: int, slots: int, seed: int, first_id: int = 1, days: int = 1
) -> tuple[list[Person], list[Slot]]:
    """`slots` a day over `days` days. A fifth come for half a day (on one day), with two days a quarter more for
    one day only; a third attend one talk of two slots each day."""
    rng = random.Random(seed)
    by_day = [[Slot(DAY + timedelta(days=d, minutes=20 * i), 15) for i in range(slots)] for d in range(days)]
    day = [slot for one in by_day for slot in one]
    people = []
    for pid in range(first_id, first_id + n):
        available: tuple[Span, ...] = ()
        if rng.random() < 0.2:  # half a day
            one, half = (by_day[0] if days == 1 else rng.choice(by_day)), slots // 2  # the base case's draws
            first, last = (one[0], one[half - 1]) if rng.random() < 0.5 else (one[half], one[-1])
            available = (Span(first.start, last.end),)
        elif days > 1 and rng.random() < 0.25:  # one day only
            one = rng.choice(by_day)
            available = (Span(one[0].start, one[-1].end),)
        blocks: list[Span] = []
        for one in by_day:
            if rng.random() < 0.33:  # one talk of two slots
                at = rng.randrange(slots - 1)
                blocks.append(Span(one[at].start, one[at + 1].end))
        people.append(Person(pid, cap=rng.randint(4, 10), available=available, blocks=tuple(blocks)))
    return people, day


def requests(
    startups: list[int], others: list[int], count: int, rng: random.Random, existing: set[tuple[int, int]]
) -> list[Wish]:
    wishes: list[Wish] = []
    asked: set[tuple[int, int]] = set()
    popularity = list(  # some companies are asked more
        itertools.accumulate(1.0 / (1 + i) ** 0.5 for i in range(len(others)))
    )
    while len(wishes) < count:
        if rng.random() < 0.75:
            a, b = rng.choice(startups), rng.choices(others, cum_weights=popularity)[0]
        else:
            a, b = rng.choice(others), rng.choice(startups)
        if a == b or (a, b) in asked or (min(a, b), max(a, b)) in existing:
            continue
        asked.add((a, b))
        must = rng.random() < 0.25
        value = 4 if must else 2
        if (b, a) in asked:
            value += 2
        wishes.append(Wish(a, b, value, "must meet" if must else "would like", len(wishes) + 1))
    return wishes


def run(args: argparse.Namespace) -> dict[str, object]:
    rng = random.Random(args.seed)
    n = args.participants
    people, day = conference(n, args.slots, args.seed, days=args.days)
    ids = [p.id for p in people]
    startups, others = ids[: round(n * 4 / 7)], ids[round(n * 4 / 7) :]
    count = round(args.requests * n / 700) if args.requests_scaled else args.requests
    wishes = requests(startups, others, count, rng, set())
    tables = [
        Table(f"T{i + 1}")
        for i in range(round(args.tables * n / 700) if args.requests_scaled else args.tables)
    ]
    bound = upper_bound(people, wishes, day, tables)
    started = time.perf_counter()
    base = greedy(people, wishes, day, tables)
    greedy_s = time.perf_counter() - started
    started = time.perf_counter()
    trail: list[dict[str, object]] = []  # when each phase began and each solution came, from the start

    def heard(progress: Progress) -> None:
        at = round(time.perf_counter() - started, 1)
        entry = {"at_s": at, "phase": progress.phase, "solutions": progress.solutions}
        entry["objective"] = progress.objective
        if progress.phase == "solving" and progress.solutions > 4:
            trail[-1] = entry  # the first three solutions and the latest one
        else:
            trail.append(entry)
        if args.verbose:
            print(f"{at:8.1f} s  {progress}", file=sys.stderr, flush=True)  # noqa: T201

    plan = plan_meetings(
        people,
        wishes,
        day,
        tables,
        time_limit_s=args.time_limit,
        workers=args.workers,
        progress=heard,
        lns_only=args.lns_only,
    )
    solve_s = time.perf_counter() - started
    pairs = len({(min(w.a, w.b), max(w.a, w.b)) for w in wishes})
    first = {
        "participants": n,
        "days": args.days,
        "slots": len(day),
        "tables": len(tables),
        "accepted_requests": len(wishes),
        "pairs": pairs,
        "upper_bound": bound,
        "cp_sat": {
            "method": plan.method,
            "scheduled": len(plan.meetings),
            "share_of_requests": round(len(plan.meetings) / pairs, 4),
            "share_of_upper_bound": round(len(plan.meetings) / bound, 4) if bound else None,
            "must_meets_scheduled": sum(1 for m in plan.meetings if "must meet" in m.reason),
            "optimal": plan.optimal,
            "solutions": plan.solutions,
            "variables": plan.variables,
            "constraints": plan.constraints,
            "trail": trail,
            "seconds": round(solve_s, 2),
        },
        "greedy": {
            "scheduled": len(base),
            "share_of_requests": round(len(base) / pairs, 4),
            "share_of_upper_bound": round(len(base) / bound, 4) if bound else None,
            "seconds": round(greedy_s, 3),
        },
        "time_limit_s": args.time_limit,
        "workers": args.workers,
        "lns_only": args.lns_only,
    }
    if not args.resolve:
        return first
    # late registrants: 50 (scaled) new start-ups and companies with 3 accepted requests each
    late_n = round(50 * n / 700) if args.requests_scaled else 50
    late, _ = conference(late_n, args.slots, args.seed + 1, first_id=max(ids) + 1, days=args.days)
    late_ids = [p.id for p in late]
    existing = {(min(w.a, w.b), max(w.a, w.b)) for w in wishes}
    more = []
    for pid in late_ids:
        for other in rng.sample(ids, 3):
            if (min(pid, other), max(pid, other)) not in existing:
                more.append(Wish(pid, other, 2, "late", None))
    earlier = [Earlier(m.a, m.b, m.slot, m.table) for m in plan.meetings]
    started = time.perf_counter()
    again = plan_meetings(
        [*people, *late],
        [*wishes, *more],
        day,
        tables,
        earlier,
        time_limit_s=args.time_limit,
        workers=args.workers,
        lns_only=args.lns_only,
    )
    resolve_s = time.perf_counter() - started
    late_placed = sum(1 for m in again.meetings if m.a in set(late_ids) or m.b in set(late_ids))
    return {
        **first,
        "resolve": {
            "late_registrants": late_n,
            "late_requests": len(more),
            "late_meetings_placed": late_placed,
            "moved": again.moved,
            "share_moved": round(again.moved / len(earlier), 4) if earlier else 0.0,
            "seconds": round(resolve_s, 2),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--participants", type=int, default=700)
    parser.add_argument("--slots", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000, help="Accepted requests at 700 participants.")
    parser.add_argument("--tables", type=int, default=115, help="Tables at 700 participants.")
    parser.add_argument(
        "--fixed",
        dest="requests_scaled",
        action="store_false",
        help="Do not scale requests and tables with size.",
    )
    parser.add_argument("--time-limit", type=float, default=60.0, help="Seconds per solve.")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--days", type=int, default=1, help="Days of --slots slots each.")
    parser.add_argument(
        "--stress",
        action="store_true",
        help="5,000 attendees, 8,000 requests, 230 tables, two days; the first solve only.",
    )
    parser.add_argument("--lns-only", action="store_true", help="Every worker on large neighbourhood search.")
    parser.add_argument("--resolve", action=argparse.BooleanOptionalAction, default=None)
    parser.add_argument("--verbose", action="store_true", help="Each phase and solution on standard error.")
    parser.add_argument("--out", type=Path, help="Also write the JSON here.")
    args = parser.parse_args()
    if args.stress:
        args.participants, args.requests, args.tables, args.days = 5000, 8000, 230, 2
        args.requests_scaled = False
    if args.resolve is None:
        args.resolve = not args.stress
    result = run(args)
    text = json.dumps(result, indent=2)
    print(text)  # noqa: T201
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
