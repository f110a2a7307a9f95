"""Scores with confidence intervals, overall and by group, and the Markdown report of a benchmark run."""

from __future__ import annotations

import os
import platform
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from matcher.config import REPO_ROOT
from matcher.evaluation.benchmark import ENGINE, BenchmarkRun
from matcher.evaluation.metrics import METRICS, Estimate, bootstrap, resample_indices

METRIC_LABELS = {"recall@10": "Recall@10", "ndcg@10": "nDCG@10", "mrr@100": "MRR@100", "hit@10": "Hit@10"}
KIND_ORDER = ("company", "university", "research_institute", "public_body", "intermediary", "unknown")
BUCKETS = ("0", "1-4", "5-19", "20+")
HEADLINE = "ndcg@10"


def degree_bucket(partners: int) -> str:
    """How connected an organisation was before the cut-off (its number of earlier partners)."""
    if partners == 0:
        return "0"
    if partners < 5:
        return "1-4"
    if partners < 20:
        return "5-19"
    return "20+"


@dataclass
class GroupScores:
    """The estimates of every system on one group of queries, and each system's paired difference to the
    engine on the headline metric."""

    name: str
    size: int
    scores: dict[str, dict[str, Estimate]]  # system -> metric -> estimate
    versus_engine: dict[str, Estimate]  # system -> (engine - system) on HEADLINE


def score_group(
    name: str,
    values: Mapping[str, Mapping[str, np.ndarray]],
    rows: np.ndarray,
    resamples: int,
    seed: int,
) -> GroupScores:
    """Estimates for the queries at `rows`; all systems share the same resamples (paired intervals)."""
    indices = resample_indices(len(rows), resamples, seed)
    scores = {
        system: {m: bootstrap(per_metric[m][rows], indices) for m in METRICS}
        for system, per_metric in values.items()
    }
    versus = {}
    if ENGINE in values:
        engine = values[ENGINE][HEADLINE][rows]
        versus = {
            system: bootstrap(engine - per_metric[HEADLINE][rows], indices)
            for system, per_metric in values.items()
            if system != ENGINE
        }
    return GroupScores(name, len(rows), scores, versus)


def groups_of(labels: Sequence[str], order: Sequence[str]) -> dict[str, np.ndarray]:
    """Row positions of each label, in `order` (labels that never occur are left out)."""
    array = np.asarray(labels, dtype=object)
    return {label: np.flatnonzero(array == label) for label in order if (array == label).any()}


@dataclass
class RunScores:
    overall: GroupScores
    by_kind: list[GroupScores]
    by_partners: list[GroupScores]


def score_run(run: BenchmarkRun) -> RunScores:
    resamples, seed = run.options.resamples, run.options.seed
    everything = np.arange(len(run.queries))
    kinds = [run.split.kinds.get(q) or "unknown" for q in run.queries]
    buckets = [degree_bucket(len(run.split.earlier_partners.get(q, ()))) for q in run.queries]
    return RunScores(
        overall=score_group("all", run.values, everything, resamples, seed),
        by_kind=[
            score_group(k, run.values, rows, resamples, seed)
            for k, rows in groups_of(kinds, KIND_ORDER).items()
        ],
        by_partners=[
            score_group(b, run.values, rows, resamples, seed)
            for b, rows in groups_of(buckets, BUCKETS).items()
        ],
    )


# --- Markdown -------------------------------------------------------------------------------------------


def engine_version() -> str:
    """The checkout's commit, with `-dirty` when it has local changes (or `unknown` outside git)."""
    try:
        found = subprocess.run(
            ["git", "-C", str(REPO_ROOT), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return found.stdout.strip() or "unknown"


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes} min {secs:02d} s" if minutes else f"{seconds:.1f} s"


def overall_table(group: GroupScores) -> list[str]:
    lines = [
        "| system | " + " | ".join(METRIC_LABELS[m] for m in METRICS) + " | engine − system (nDCG@10) |",
        "|---|" + "---:|" * (len(METRICS) + 1),
    ]
    for system, scores in group.scores.items():
        diff = group.versus_engine.get(system)
        cells = [scores[m].format() for m in METRICS] + [diff.format(3) if diff else ""]
        name = f"**{system}**" if system == ENGINE else system
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def group_table(title: str, groups: Sequence[GroupScores], metric: str = HEADLINE) -> list[str]:
    systems = list(groups[0].scores) if groups else []
    lines = [
        f"| {title} | queries | " + " | ".join(systems) + " |",
        "|---|---:|" + "---:|" * len(systems),
    ]
    for group in groups:
        cells = [group.scores[s][metric].format(3) for s in systems]
        lines.append(f"| {group.name} | {group.size} | " + " | ".join(cells) + " |")
    return lines


def render_markdown(run: BenchmarkRun, scores: RunScores, command: str, heading: str = "###") -> str:
    split, options = run.split, run.options
    gold_pairs = sum(len(split.gold[q]) for q in run.queries)
    total = sum(run.seconds.values())
    sample = (
        f" (a seeded sample of {len(run.queries)} of the {len(split.gold)} query organisations)"
        if len(run.queries) < len(split.gold)
        else ""
    )
    lines = [
        f"{heading} Cut-off {split.cutoff.isoformat()}",
        "",
        "```",
        command,
        "```",
        "",
        f"Measured {date.today().isoformat()} on {platform.machine()} with {_cores()} CPU cores; engine at "
        f"`{engine_version()}`, model `{run.model}`; the whole run took {_duration(total)}{sample}.",
        "",
        f"Data: {split.projects_before:,} projects started before the cut-off and {split.projects_after:,} on "
        f"or after it ({split.projects_undated} without a start date are left out); {len(split.orgs):,} "
        f"organisations with a profile (the candidates), {len(split.cooperations):,} cooperations (pairs per "
        f"year) before the cut-off{fp7_text(run)}; "
        + (
            "the profiles at the cut-off imported at once, then trained (the path an installation takes); "
            if options.as_installed
            else "training profiles from the projects before "
            f"{split.training_profiles_until.isoformat() if split.training_profiles_until else 'the cut-off'}; "
        )
        + f"{len(run.queries):,} query organisations that got new partners, "
        f"{gold_pairs:,} new partners in all ({gold_pairs / max(len(run.queries), 1):.1f} per query).",
        "",
        f"Overall ({len(run.queries):,} queries; mean [95% bootstrap interval over query organisations, "
        f"{options.resamples} resamples, seed {options.seed}]; the last column is the paired difference):",
        "",
        *overall_table(scores.overall),
        "",
        "nDCG@10 by kind of the query organisation:",
        "",
        *group_table("kind", scores.by_kind),
        "",
        "nDCG@10 by how many partners the query organisation had before the cut-off:",
        "",
        *group_table("earlier partners", scores.by_partners),
        "",
        *training_lines(run),
        "Run time:",
        "",
        "| phase | seconds |",
        "|---|---:|",
        *(f"| {phase} | {secs:.1f} |" for phase, secs in run.seconds.items()),
        f"| **total** | {total:.1f} |",
        "",
        f"Import: {run.imported.organisations_created:,} organisations written "
        f"({run.imported.organisations_unchanged:,} already there), {run.imported.texts_encoded:,} texts "
        f"encoded; {run.imported.cooperations_created:,} cooperations written "
        f"({run.imported.cooperations_known:,} already there); after training, "
        f"{run.imported.profiles_updated:,} profiles brought up to the cut-off. Data directory: `{run.data_dir}`.",
        "",
    ]
    return "\n".join(lines)


def fp7_text(run: BenchmarkRun) -> str:
    """What the FP7 history added, for the data line."""
    split = run.split
    if not split.fp7_pairs:
        return " (no FP7 history)"
    return (
        f", {split.fp7_pairs:,} of them FP7 partners (2007-2013, recorded as 2013), who are earlier partners and "
        "never gold"
    )


def training_lines(run: BenchmarkRun) -> list[str]:
    """What `matcher train` learned inside the run (from the cooperations before the cut-off only)."""
    report = run.training
    if report is None:
        return []
    weights = sorted(report.ranker.weights.items(), key=lambda kv: -kv[1])
    return [
        f"The engine's ranker, learned inside the run as `matcher train` does, on the cooperations before the "
        f"cut-off only: learned on {report.learn_queries} organisations of "
        f"{', '.join(map(str, report.learn_years))}, validated on {report.validation_queries} of "
        f"{report.validation_year} (nDCG@10 "
        + ", ".join(f"{name} {value:.3f}" for name, value in report.validation.items())
        + f"; kept: {report.chosen}); text features counted in {report.text_rows:,} of {report.rows:,} "
        "learning rows (only where both texts were written before the year learned). Weights: "
        + ", ".join(f"{name} {weight:.3f}" for name, weight in weights if weight >= 0.0005)
        + ".",
        "",
    ]


DEFINITIONS = """\
Every system ranks, for each query organisation, all organisations with a profile except itself and its
earlier partners, and is scored on the new partners the organisation got in projects that started on or after
the cut-off. Recall@10 = hits in the top 10 / min(new partners, 10); nDCG@10 with binary gains; MRR@100 =
1 / rank of the first hit in the top 100; Hit@10 = at least one hit in the top 10. The engine is
`MatchEngine.match(org, k=100, filters=Filters(pairing=ANY))` on the data imported through the normal import
path, with the ranker that `matcher train` learns there (before the cut-off only; see "Training profiles"
below) and the product's default diversity; the baselines: random (seeded), popularity (most earlier partners first), same-country popularity,
BM25 on the profile text (bm25s, English Snowball stems), dense (cosine of the engine's own profile vectors),
Adamic-Adar on the earlier cooperation network, Adamic-Adar times log(1 + degree), and a network mix
(popularity, common neighbours and Adamic-Adar with weights learned and validated on the years before the
cut-off as `matcher train` does). BM25 and the Adamic-Adar variants rank only candidates with a positive score
(no padding). Earlier partners include FP7 (2007-2013) partners where the data has them, so the gold holds
truly new pairs only.

Training profiles: a profile made of project titles names the topics its partners share. So that `matcher
train` does not learn from texts that already describe the cooperations it is asked to predict, the data is
imported as it looked when the years the trainer learns from began (profiles from the projects before then,
`ORGS_TRAINING.jsonl`, and the cooperations before the cut-off), the ranker is trained, and then the profiles
as they are at the cut-off (`ORGS.jsonl`) are imported over them; the engine ranks on those.
"""


def render_report(run: BenchmarkRun, scores: RunScores, command: str) -> str:
    """A standalone Markdown report of one run."""
    return "# CORDIS match-quality benchmark\n\n" + DEFINITIONS + "\n" + render_markdown(run, scores, command)
