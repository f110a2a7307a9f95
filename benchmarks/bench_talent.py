"""Talent programmes: the allocation solver (`matcher/talent/allocation.py`, CP-SAT) on synthetic rounds, against
the package baseline `matchingproblems` (an integer program of student-project allocation on PuLP's CBC) in the
same run.

The base round (issue 19): 200 participants (110 students, 50 trainees, 40 young professionals), 16 projects of at
most 6 to 12 with a minimum of 5, top-5 choices drawn with some projects more popular than others, some applying
with a friend or two (a group, the count in the table), skills and institutions (four universities for the students, vocational
schools for the trainees, employers for the young professionals); the rules: at least one trainee and two
institutions per team. The stress round: 1,000 participants and 60 projects (at most 12 to 20) under a 60 s limit.

Per round: the rank profile (how many got their 1st, 2nd, ... choice), the unassigned, the rule violations (must be
0 for Matchwerk: `rule_violations`), the seconds. The baseline gets the same choices and size bounds (with project
closures, the most placed first and the greedy profile second, Matchwerk's first two stages); it knows no team
rules or groups, so its violations show what they cost. It runs in its own virtualenv, var/bench/talent-venv,
made here once (`matchingproblems` and PuLP are not Matchwerk's dependencies), through
benchmarks/talent_driver.py.

    python benchmarks/bench_talent.py              # both rounds and the baseline; writes the doc's section
    python benchmarks/bench_talent.py --no-baseline --no-doc
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "benchmarks")]

from run_info import commit, machine, write_doc_section  # noqa: E402

from matcher.talent.allocation import allocate  # noqa: E402
from matcher.talent.checks import rule_violations  # noqa: E402
from matcher.talent.problem import MAX_CHOICES, Candidate, Project, Rules  # noqa: E402

BENCH_DIR = REPO_ROOT / "var" / "bench"
VENV = BENCH_DIR / "talent-venv"
DRIVER = Path(__file__).resolve().parent / "talent_driver.py"
BASELINE = "matchingproblems==1.2"
SECTION = "## Talent programmes: team allocation"
SKILLS = ["python", "cad", "design", "chemistry", "sensors", "marketing", "statistics", "construction"]
UNIVERSITIES = ["HHU Düsseldorf", "HS Düsseldorf", "Uni Duisburg-Essen", "Folkwang"]
SCHOOLS = ["BK Elberfeld", "IHK Akademie", "BK Neuss"]
EMPLOYERS = ["Henkel", "Rheinbahn", "Stadtwerke", "Metro", "Vodafone"]
RULES = Rules(min_trainees=1, min_institutions=2)


def round_of(
    n: int, projects_n: int, sizes: tuple[int, int], seed: int
) -> tuple[list[Candidate], list[Project]]:
    rng = random.Random(seed)
    projects = [
        Project(p, 5, rng.randint(*sizes), skills=frozenset(rng.sample(SKILLS, 2)), title=f"project {p}")
        for p in range(1, projects_n + 1)
    ]
    popularity = [1 / (1 + i) ** 0.7 for i in range(projects_n)]
    tracks = ["student"] * round(n * 0.55) + ["trainee"] * round(n * 0.25)
    tracks += ["young_professional"] * (n - len(tracks))
    rng.shuffle(tracks)
    candidates: list[Candidate] = []
    group: tuple[str, tuple[int, ...], int] | None = None  # (label, choices, members left)
    for cid, track in enumerate(tracks, start=1):
        if group is not None and group[2] > 0:
            label, choices, left = group
            group = (label, choices, left - 1)
        else:
            choices = []
            while len(choices) < MAX_CHOICES:
                p = rng.choices(range(1, projects_n + 1), popularity)[0]
                if p not in choices:
                    choices.append(p)
            label = ""
            group = None
            if rng.random() < 0.05:  # one in twenty starts a group of two or three
                label = f"g{cid}"
                group = (label, tuple(choices), rng.randint(1, 2))
        institution = rng.choice(
            UNIVERSITIES if track == "student" else SCHOOLS if track == "trainee" else EMPLOYERS
        )
        candidates.append(
            Candidate(
                cid,
                track,
                institution,
                tuple(choices),
                skills=frozenset(rng.sample(SKILLS, 2)),
                group=label or None,
            )
        )
    return candidates, projects


def ensure_venv() -> Path:
    python = VENV / "bin" / "python"
    stamp = VENV / ".installed"
    if python.exists() and stamp.exists() and stamp.read_text() == BASELINE:
        return python
    print(f"making the baseline's virtualenv {VENV} ({BASELINE})", flush=True)  # noqa: T201
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", BASELINE], check=True)
    stamp.write_text(BASELINE)
    return python


def summary(
    candidates: Sequence[Candidate], projects: Sequence[Project], assigned: dict[int, int], seconds: float
) -> dict[str, object]:
    profile = [0] * MAX_CHOICES
    for c in candidates:
        if c.id in assigned:
            profile[c.choices.index(assigned[c.id])] += 1
    broken = rule_violations(candidates, projects, RULES, assigned)
    return {
        "placed": len(assigned),
        "unassigned": len(candidates) - len(assigned),
        "profile": profile,
        "open_projects": len(set(assigned.values())),
        "violations": len(broken),
        "violation_examples": broken[:3],
        "seconds": round(seconds, 2),
    }


def baseline(
    python: Path, candidates: Sequence[Candidate], projects: Sequence[Project], limit: float
) -> dict[str, object]:
    number = {p.id: i for i, p in enumerate(projects, start=1)}
    payload = {
        "students": [[number[p] for p in c.choices] for c in candidates],
        "projects": [[p.min_size, p.capacity] for p in projects],
        "time_limit": limit,
    }
    done = subprocess.run(
        [str(python), str(DRIVER)], input=json.dumps(payload), capture_output=True, text=True, check=True
    )
    out = json.loads(done.stdout)
    ids = [p.id for p in projects]
    assigned = {c.id: ids[q - 1] for c, q in zip(candidates, out["assigned"], strict=True) if q}
    return {**summary(candidates, projects, assigned, out["seconds"]), "status": out["status"]}


def run_round(
    name: str, n: int, projects_n: int, sizes: tuple[int, int], limit: float, python: Path | None, seed: int
) -> dict[str, object]:
    candidates, projects = round_of(n, projects_n, sizes, seed)
    started = time.perf_counter()
    result = allocate(candidates, projects, RULES, time_limit_s=limit, workers=2)
    seconds = time.perf_counter() - started
    capacity = sum(p.capacity for p in projects)
    row: dict[str, object] = {
        "round": name,
        "participants": n,
        "projects": projects_n,
        "capacity": capacity,
        "groups": len({c.group for c in candidates if c.group}),
        "matchwerk": {**summary(candidates, projects, result.assigned, seconds), "optimal": result.optimal},
    }
    if python is not None:
        row["baseline"] = baseline(python, candidates, projects, limit)
    return row


def section(rows: list[dict[str, object]], load: tuple[float, float]) -> str:
    lines = [
        SECTION,
        "",
        f"`make bench-talent` (`benchmarks/bench_talent.py`) on {machine()}, commit {commit()}; load average "
        f"{load[0]:.2f} before, {load[1]:.2f} after (the machine's two cores are shared). Both solvers get the same "
        "choices and size bounds; Matchwerk also keeps at least one trainee and two institutions per team and "
        "every group together, the baseline (`matchingproblems` 1.2, PuLP's CBC, project closures, the most placed "
        "then the greedy profile) knows no such rules. Matchwerk runs CP-SAT with 2 workers.",
        "",
        "| round | solver | placed | unassigned | profile (1st..5th) | open projects | rule violations | seconds |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        for side in ("matchwerk", "baseline"):
            if side not in row:
                continue
            s = row[side]
            assert isinstance(s, dict)
            label = (
                f"{row['round']} ({row['participants']} people, {row['groups']} groups, {row['projects']} "
                f"projects, {row['capacity']} seats)"
            )
            lines.append(
                f"| {label} | {'Matchwerk' if side == 'matchwerk' else 'matchingproblems'} | {s['placed']} | "
                f"{s['unassigned']} | {' / '.join(map(str, s['profile']))} | {s['open_projects']} | "
                f"{s['violations']} | {s['seconds']} |"
            )
    lines.append("")
    for row in rows:
        b = row.get("baseline")
        if isinstance(b, dict) and b["violation_examples"]:
            lines.append(
                f"The baseline's violations in the {row['round']} round, for example: "
                + "; ".join(b["violation_examples"])
                + "."
            )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--no-doc", action="store_true")
    parser.add_argument("--no-stress", action="store_true")
    parser.add_argument("--limit", type=float, default=60.0, help="Seconds per solve.")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--out", type=Path, help="Also write the JSON here.")
    args = parser.parse_args()
    python = None if args.no_baseline else ensure_venv()
    load_before = os.getloadavg()[0]
    rows = [run_round("base", 200, 16, (6, 12), args.limit, python, args.seed)]
    if not args.no_stress:
        rows.append(run_round("stress", 1000, 60, (12, 20), args.limit, python, args.seed))
    text = json.dumps(rows, indent=2)
    print(text)  # noqa: T201
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    if not args.no_doc:
        write_doc_section(SECTION, section(rows, (load_before, os.getloadavg()[0])))


if __name__ == "__main__":
    main()
