"""Where a match and a search spend their time on a large installation: cProfile of `Recommender.match`
and `Recommender.search` in-process, after the runtime has loaded (the index from the cache or from disk).

Run `python benchmarks/profile_scale.py var/scale/100k` on an installation made by `benchmarks/scaledata.py`
(or `make bench-scale` first). Prints the functions with the largest own time and the largest cumulative time,
as shares of the total, for each of the two calls; `--out FILE` also keeps the raw profile (pstats).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402

from matcher.config import Settings  # noqa: E402
from matcher.runtime import open_runtime  # noqa: E402

QUERIES = [
    "who can test hydrogen fuel cells near Essen?",
    "Wer kann Oberflächenfehler mit Kameras erkennen?",
    "recycling of lithium-ion batteries",
]


def report(profile: cProfile.Profile, title: str, calls: int, top: int) -> None:
    stats = pstats.Stats(profile)
    total = sum(row[2] for row in stats.stats.values())  # type: ignore[attr-defined]
    print(f"\n== {title}: {total / calls * 1000:.1f} ms per call (profiled, {calls} calls) ==")
    for key, label in ((2, "own time"), (3, "cumulative")):
        rows = sorted(stats.stats.items(), key=lambda item: item[1][key], reverse=True)[:top]  # type: ignore[attr-defined]
        print(f"-- by {label}")
        for (file, line, name), row in rows:
            where = file.replace(str(REPO_ROOT) + "/", "").split("site-packages/")[-1]
            print(f"{row[key] / total:6.1%}  {row[1]:>8} calls  {name}  ({where}:{line})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--matches", type=int, default=20, help="organisations to profile (default 20)")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    started = time.perf_counter()
    runtime = open_runtime(Settings(data_dir=args.data_dir))
    print(f"runtime open in {time.perf_counter() - started:.1f} s")
    service = runtime.recommender
    visible = sorted(i for i, o in service.engine.catalogue.orgs.items() if o.visibility != "hidden")
    chosen = [int(i) for i in np.random.default_rng(1).choice(visible, size=args.matches, replace=False)]
    service.match(chosen[0])
    service.search(QUERIES[0])  # warm-up
    for title, calls, call in (
        ("Recommender.match", len(chosen), lambda i: service.match(chosen[i])),
        ("Recommender.search", len(QUERIES) * 3, lambda i: service.search(QUERIES[i % len(QUERIES)])),
    ):
        profile = cProfile.Profile()
        profile.enable()
        for i in range(calls):
            call(i)
        profile.disable()
        report(profile, title, calls, args.top)
    runtime.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
