"""The package baseline of benchmarks/bench_talent.py: `matchingproblems` (an integer program of the student-project
allocation problem on PuLP's CBC) in its own virtualenv. Reads the instance as JSON on stdin: `students` (each a
list of 1-based project numbers, best first) and `projects` (each `[lower, upper]`); solves with project closures
(a project is open at least at its lower quota, or closed), the most students placed first and the greedy
(profile-optimal) ranks second, the same first two stages as Matchwerk's solver; writes JSON on stdout: the
project of each student (0: none) and the seconds.

No team-mix rules, groups or skills: the package knows none of them, which is what the comparison shows."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from matchingproblems.solver.solver import Solver


def instance_file(students: list[list[int]], projects: list[list[int]], folder: Path) -> Path:
    """The package's text format: a header (students, projects, lecturers), a line per student's preference
    list, per project (lower, upper, lecturer) and per lecturer (lower, target, upper); one lecturer a project."""
    lines = [f"{len(students)} {len(projects)} {len(projects)}"]
    lines += [f"{i}: {' '.join(map(str, prefs))}" for i, prefs in enumerate(students, start=1)]
    lines += [f"{j}: {lower} {upper} {j}" for j, (lower, upper) in enumerate(projects, start=1)]
    lines += [f"{j}: 0 {upper} {upper}" for j, (_lower, upper) in enumerate(projects, start=1)]
    path = folder / "instance.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    data = json.load(sys.stdin)
    with tempfile.TemporaryDirectory() as folder:
        path = instance_file(data["students"], data["projects"], Path(folder))
        started = time.perf_counter()
        solver = Solver(["-f", str(path), "-na", "3", "-pc", "-maxsize", "1", "-gre", "2"])
        solver.solve(timeLimit=data.get("time_limit"), threads=data.get("threads", 1))
        seconds = time.perf_counter() - started
        status = solver.model.pulp_status
        assigned = [0] * len(data["students"])
        for pair in solver.model._get_pair_assignments():  # noqa: SLF001 (the package has no public accessor)
            assigned[pair.studentID - 1] = pair.projectID
    json.dump({"assigned": assigned, "seconds": seconds, "status": status}, sys.stdout)


if __name__ == "__main__":
    main()
