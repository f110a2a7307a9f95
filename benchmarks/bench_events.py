"""Event matchmaking: the meeting scheduler (`matcher/events/scheduler.py`, CP-SAT) on a synthetic conference,
against the upper bound and a greedy baseline in the same run, and a re-solve after late registrants.

The base case (issue 18): 700 participants in matchmaking (400 start-ups, 300 company, investor and SME
representatives), one day of 20 slots of 20 minutes (15 + 5), about 2,000 accepted requests, 115 tables. Start-ups
mostly ask companies and investors, a quarter of the requests are must-meets, some pairs ask each other; a fifth of
the participants come for half the day, a third attend one talk of two slots; caps are 4 to 10 meetings. Then 50
late registrants arrive with 3 accepted requests each and the schedule is solved again from the first one: the share
of the first schedule's meetings that moved (or dropped) is the stability figure (target: under 5 %).

    python benchmarks/bench_events.py                    # the base case (about a minute or two on 2 cores)
    python benchmarks/bench_events.py --participants 100 # a small case, to try the script
"""

from __future__ import annotations

import argparse
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
    n: int, slots: int, requests_per_person: float, seed: int, first_id: int = 1
) -> tuple[list[Person], list[Slot]]:
    rng = random.Random(seed)
    day = [Slot(DAY + timedelta(minutes=20 * i), 15) for i in range(slots)]
    people = []
    for pid in range(first_id, first_id + n):
        available: tuple[Span, ...] = ()
        if rng.random() < 0.2:  # half the day
            half = slots // 2
            first, last = (day[0], day[half - 1]) if rng.random() < 0.5 else (day[half], day[-1])
            available = (Span(first.start, last.end),)
        blocks: tuple[Span, ...] = ()
        if rng.random() < 0.33:  # one talk of two slots
            at = rng.randrange(slots - 1)
            blocks = (Span(day[at].start, day[at + 1].end),)
        people.append(Person(pid, cap=rng.randint(4, 10), available=available, blocks=blocks))
    return people, day


def requests(
    startups: list[int], others: list[int], count: int, rng: random.Random, existing: set[tuple[int, int]]
) -> list[Wish]:
    wishes: list[Wish] = []
    asked: set[tuple[int, int]] = set()
    popularity = [1.0 / (1 + i) ** 0.5 for i in range(len(others))]  # some companies are asked more
    while len(wishes) < count:
        if rng.random() < 0.75:
            a, b = rng.choice(startups), rng.choices(others, popularity)[0]
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
    people, day = conference(n, args.slots, args.requests / n, args.seed)
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
    plan = plan_meetings(people, wishes, day, tables, time_limit_s=args.time_limit, workers=args.workers)
    solve_s = time.perf_counter() - started
    pairs = len({(min(w.a, w.b), max(w.a, w.b)) for w in wishes})
    # late registrants: 50 (scaled) new start-ups and companies with 3 accepted requests each
    late_n = round(50 * n / 700) if args.requests_scaled else 50
    late, _ = conference(late_n, args.slots, 3, args.seed + 1, first_id=max(ids) + 1)
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
    )
    resolve_s = time.perf_counter() - started
    late_placed = sum(1 for m in again.meetings if m.a in set(late_ids) or m.b in set(late_ids))
    return {
        "participants": n,
        "slots": len(day),
        "tables": len(tables),
        "accepted_requests": len(wishes),
        "pairs": pairs,
        "upper_bound": bound,
        "cp_sat": {
            "scheduled": len(plan.meetings),
            "share_of_requests": round(len(plan.meetings) / pairs, 4),
            "share_of_upper_bound": round(len(plan.meetings) / bound, 4) if bound else None,
            "must_meets_scheduled": sum(1 for m in plan.meetings if "must meet" in m.reason),
            "optimal": plan.optimal,
            "seconds": round(solve_s, 2),
        },
        "greedy": {
            "scheduled": len(base),
            "share_of_requests": round(len(base) / pairs, 4),
            "seconds": round(greedy_s, 3),
        },
        "resolve": {
            "late_registrants": late_n,
            "late_requests": len(more),
            "late_meetings_placed": late_placed,
            "moved": again.moved,
            "share_moved": round(again.moved / len(earlier), 4) if earlier else 0.0,
            "seconds": round(resolve_s, 2),
        },
        "time_limit_s": args.time_limit,
        "workers": args.workers,
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
    parser.add_argument("--out", type=Path, help="Also write the JSON here.")
    args = parser.parse_args()
    result = run(args)
    text = json.dumps(result, indent=2)
    print(text)  # noqa: T201
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
