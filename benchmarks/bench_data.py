"""Data the benchmarks share: a seeded sample of the CORDIS organisations in Matchwerk's import format."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from matcher.config import REPO_ROOT
from matcher.evaluation.benchmark import DEFAULT_CUTOFF
from matcher.evaluation.cordis import build_split, load_raw

BENCH_DIR = REPO_ROOT / "var" / "bench"


@dataclass
class DataSet:
    name: str
    path: Path  # organisations in Matchwerk's JSONL import format


def cordis_sample(data: Path, size: int, seed: int = 0) -> DataSet:
    """A seeded sample of the CORDIS organisations (profiles from the projects before the default cut-off)."""
    orgs = build_split(load_raw(data), DEFAULT_CUTOFF).orgs
    chosen = sorted(random.Random(seed).sample(orgs, min(size, len(orgs))), key=lambda o: str(o["ref"]))
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    path = BENCH_DIR / f"cordis-{len(chosen)}.jsonl"
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in chosen), encoding="utf-8")
    return DataSet(f"CORDIS H2020 sample ({len(chosen)} organisations, seed {seed})", path)
