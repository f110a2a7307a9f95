"""The CORDIS match-quality benchmark, end to end: build a cut-off's data from the raw files, import it
through the normal import path into a fresh data directory, rank every query organisation's candidates with
the product's engine and with the baselines, and score all of them on the same queries.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
from sqlalchemy import MetaData

from matcher.config import REPO_ROOT, Settings
from matcher.embeddings.models import CachedEmbedding
from matcher.engine.matching import Filters
from matcher.engine.pairing import ANY
from matcher.engine.ranking import DEFAULT_RANKER
from matcher.errors import InvalidInput
from matcher.evaluation import baselines
from matcher.evaluation.cordis import (
    CordisSplit,
    ExportedFiles,
    build_split,
    load_raw,
    split_digest,
    write_split,
)
from matcher.evaluation.metrics import per_query
from matcher.evaluation.network_mix import network_mix
from matcher.kit.db import make_engine, transaction
from matcher.profiles.importer import ImportReport, import_cooperations, import_organisations
from matcher.recommendations.training import Trainer, TrainingReport
from matcher.runtime import Runtime, open_runtime

log = logging.getLogger(__name__)

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "cordis-h2020"
DEFAULT_CUTOFF = date(2016, 1, 1)
ENGINE = "engine"
ENGINE_HAND_SET = "engine, hand-set weights"
RANK_DEPTH = 100  # every system ranks this many candidates per query (MRR@100 reads them all)

StepProgress = Callable[[str, int, int], None]
"""(what, done, total): called as work advances."""


@dataclass
class CordisOptions:
    data: Path = DEFAULT_DATA
    cutoff: date = DEFAULT_CUTOFF
    work: Path | None = None
    limit_queries: int | None = None
    seed: int = 0
    resamples: int = 1000
    train_queries: int = 400  # as `matcher train`'s default
    hand_set: bool = False  # also rank with the hand-set weights (doubles the engine's ranking time)
    as_installed: bool = False
    """The path a real installation takes: today's profiles (those at the cut-off) and the history imported,
    `matcher train`, rank; instead of importing the profiles of the training years first."""
    fp7: bool = True  # FP7 co-participations as earlier cooperations, where the data has them


@dataclass
class ImportCounts:
    organisations_created: int = 0
    organisations_unchanged: int = 0
    texts_encoded: int = 0
    cooperations_created: int = 0
    cooperations_known: int = 0
    profiles_updated: int = 0  # by the profiles at the cut-off, after training


@dataclass
class BenchmarkRun:
    """Everything a report needs: the split, the queries, per-query metrics of every system, timings."""

    options: CordisOptions
    split: CordisSplit
    queries: list[str]
    values: dict[str, dict[str, np.ndarray]]  # system -> metric -> one value per query
    data_dir: Path
    model: str
    imported: ImportCounts
    seconds: dict[str, float] = field(default_factory=dict)
    training: TrainingReport | None = None

    @property
    def systems(self) -> list[str]:
        return list(self.values)


@contextmanager
def _timed(seconds: dict[str, float], phase: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        seconds[phase] = seconds.get(phase, 0.0) + time.perf_counter() - start


def benchmark_settings(data_dir: Path) -> Settings:
    """The settings of the benchmark's own data directory: always its own SQLite file, never the database
    that `MATCHER_DATABASE_URL` names; model and encoder settings come from the environment as usual."""
    return Settings(data_dir=data_dir, database_url=f"sqlite:///{(data_dir / 'matcher.db').resolve()}")


def start_afresh(settings: Settings) -> None:
    """Empty the installation an earlier run left in the work folder but keep its embedding cache, so that the
    run starts where a fresh one does (the history imported anew with today's timestamps, no ranker trained
    before, an index built from nothing) and encodes only texts it has not seen. A run on the earlier
    database as it stood scored differently from a fresh run (the earlier run's timestamps, which the
    freshness feature reads, and its trained ranker were still there)."""
    if (settings.data_dir / "matcher.db").exists():
        engine = make_engine(settings.resolved_database_url)
        try:
            with engine.begin() as connection:
                tables = MetaData()
                tables.reflect(connection)
                for table in reversed(tables.sorted_tables):  # children before parents
                    if table.name not in (CachedEmbedding.__tablename__, "alembic_version"):
                        connection.execute(table.delete())
        finally:
            engine.dispose()
    shutil.rmtree(settings.index_dir, ignore_errors=True)
    settings.trained_ranker_file.unlink(missing_ok=True)


def import_profiles(rt: Runtime, path: Path, progress: StepProgress | None = None) -> ImportReport:
    """Import an organisations file as `matcher import` does."""
    with transaction(rt.session_factory) as session:
        report = import_organisations(
            session,
            path,
            fmt="jsonl",
            indexer=rt.indexer,
            limit=rt.settings.max_import_bytes,
            progress=(lambda done, total: progress("embedding", done, total)) if progress else None,
        )
    return report


def import_split(
    rt: Runtime, files: ExportedFiles, progress: StepProgress | None = None, as_installed: bool = False
) -> ImportCounts:
    """What the history looked like when the training years began: the training profiles
    (`ORGS_TRAINING.jsonl`) and the cooperations, imported as `matcher import` and `import-cooperations` do.
    The profiles as they are at the cut-off (`ORGS.jsonl`) come after `matcher train` (see `_run_in`).
    `as_installed`: the profiles at the cut-off at once, as an installation has only today's profiles."""
    report = import_profiles(rt, files.orgs if as_installed else files.training_orgs, progress)
    counts = ImportCounts(
        organisations_created=report.created + report.updated,
        organisations_unchanged=report.unchanged,
        texts_encoded=report.encoded,
    )
    with transaction(rt.session_factory) as session:
        cooperations = import_cooperations(
            session, files.cooperations, indexer=rt.indexer, limit=rt.settings.max_import_bytes
        )
    counts.cooperations_created, counts.cooperations_known = cooperations.created, cooperations.unchanged
    return counts


def rank_with_engine(
    rt: Runtime, queries: Sequence[str], k: int = RANK_DEPTH, progress: StepProgress | None = None
) -> dict[str, list[str]]:
    """The engine's top k for each query organisation, any kind with any kind (the data has no pairing)."""
    engine = rt.recommender.engine
    ids = {org.ref: org.id for org in engine.catalogue.orgs.values()}
    refs = {org_id: ref for ref, org_id in ids.items()}
    filters = Filters(pairing=ANY)
    rankings: dict[str, list[str]] = {}
    for done, query in enumerate(queries, start=1):
        matches = engine.match(ids[query], k=k, filters=filters)
        rankings[query] = [refs[m.org_id] for m in matches]
        if progress:
            progress("ranking (engine)", done, len(queries))
    return rankings


def profile_vectors(rt: Runtime, refs: Sequence[str]) -> np.ndarray:
    """The engine's profile vectors, one row per ref (zeros for an organisation without one)."""
    engine = rt.recommender.engine
    ids = {org.ref: org.id for org in engine.catalogue.orgs.values()}
    index = engine.indexes.profiles
    matrix = np.zeros((len(refs), index.dimension), dtype=np.float32)
    present = [(row, ids[ref]) for row, ref in enumerate(refs) if ref in ids and ids[ref] in index]
    if present:
        matrix[[row for row, _ in present]] = index.vectors([org_id for _, org_id in present])
    return matrix


def select_queries(split: CordisSplit, limit: int | None, seed: int) -> list[str]:
    """Every organisation with gold partners, or a seeded random sample of `limit` of them."""
    queries = sorted(split.gold)
    if limit is not None and limit < len(queries):
        rng = np.random.default_rng(seed)
        queries = sorted(rng.choice(queries, size=limit, replace=False).tolist())
    return queries


def dataset_dir(work: Path, split: CordisSplit) -> Path:
    """One folder per distinct dataset: a second run on the same data reuses its database, index and
    embedding cache; another cut-off or other data never meets a database built from something else."""
    return work / f"cordis-{split.cutoff.isoformat()}-{split_digest(split)[:12]}"


def run_baselines(
    split: CordisSplit,
    queries: Sequence[str],
    vectors: np.ndarray,
    seed: int,
    seconds: dict[str, float],
    progress: StepProgress | None = None,
) -> dict[str, dict[str, list[str]]]:
    cands = baselines.Candidates(
        refs=[str(o["ref"]) for o in split.orgs],
        countries=split.countries,
        texts=split.descriptions,
        earlier=split.earlier_partners,
    )
    rankers: dict[str, Callable[[], dict[str, list[str]]]] = {
        "random": lambda: baselines.random_ranking(cands, queries, RANK_DEPTH, seed),
        "popularity": lambda: baselines.popularity(cands, queries, RANK_DEPTH),
        "same-country popularity": lambda: baselines.same_country_popularity(cands, queries, RANK_DEPTH),
        "BM25 (profile text)": lambda: baselines.bm25(cands, queries, RANK_DEPTH),
        "dense (profile cosine)": lambda: baselines.dense(cands, queries, RANK_DEPTH, vectors),
        "Adamic-Adar (network)": lambda: baselines.adamic_adar(cands, queries, RANK_DEPTH),
        "Adamic-Adar x log(degree)": lambda: baselines.adamic_adar_popular(cands, queries, RANK_DEPTH),
        "network mix (learned)": lambda: network_mix(cands, queries, RANK_DEPTH, split.cooperations, seed),
    }
    results = {}
    for done, (name, rank) in enumerate(rankers.items(), start=1):
        with _timed(seconds, f"baseline: {name}"):
            results[name] = rank()
        if progress:
            progress("baselines", done, len(rankers))
    return results


def run_cordis(options: CordisOptions, progress: StepProgress | None = None) -> BenchmarkRun:
    """Run the whole benchmark in `options.work` (a temporary folder, removed afterwards, when None)."""
    if options.work is not None:
        return _run_in(options, options.work, progress)
    work = Path(tempfile.mkdtemp(prefix="matcher-eval-"))
    try:
        return _run_in(options, work, progress)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run_in(options: CordisOptions, work: Path, progress: StepProgress | None) -> BenchmarkRun:
    seconds: dict[str, float] = {}
    with _timed(seconds, "building the data"):
        split = build_split(load_raw(options.data, fp7=options.fp7), options.cutoff)
        folder = dataset_dir(work, split)
        files = write_split(split, folder)
    queries = select_queries(split, options.limit_queries, options.seed)
    settings = benchmark_settings(folder / "var")
    start_afresh(settings)
    with _timed(seconds, "loading the model and the index"):
        rt = open_runtime(settings)
    try:
        with _timed(seconds, "importing the training profiles and the cooperations"):
            imported = import_split(rt, files, progress, options.as_installed)
        with _timed(seconds, "training the ranker (as matcher train)"):
            # the installation's own history only: the cooperations before the cut-off, as imported
            try:
                training: TrainingReport | None = Trainer(rt.recommender, rt.session_factory).train(
                    max_queries=options.train_queries,
                    progress=(lambda done, total: progress("training", done, total)) if progress else None,
                )
            except InvalidInput as exc:  # too little history: the product's own ranker, as `matcher train`
                log.warning(
                    "the ranker cannot be learned here (%s): ranking with %s",
                    exc,
                    rt.recommender.engine.ranker.source,
                )
                training = None
            if training is not None:
                training.ranker.save(settings.trained_ranker_file)
                rt.recommender.engine.ranker = training.ranker
            product_ranker = rt.recommender.engine.ranker
        if not options.as_installed:
            with _timed(seconds, "importing the profiles at the cut-off (embedding)"):
                report = import_profiles(rt, files.orgs, progress)
                imported.profiles_updated = report.updated + report.created
                imported.texts_encoded += report.encoded
        with _timed(seconds, "ranking: engine"):
            rankings = {ENGINE: rank_with_engine(rt, queries, progress=progress)}
        if options.hand_set:
            rt.recommender.engine.ranker = DEFAULT_RANKER
            with _timed(seconds, "ranking: engine, hand-set weights"):
                rankings[ENGINE_HAND_SET] = rank_with_engine(rt, queries, progress=progress)
            rt.recommender.engine.ranker = product_ranker
        vectors = profile_vectors(rt, sorted(str(o["ref"]) for o in split.orgs))
    finally:
        rt.close()
    rankings.update(run_baselines(split, queries, vectors, options.seed, seconds, progress))
    values = {name: per_query(ranked, split.gold, queries) for name, ranked in rankings.items()}
    return BenchmarkRun(
        options=options,
        split=split,
        queries=queries,
        values=values,
        data_dir=folder,
        model=rt.encoder.name,
        imported=imported,
        seconds=seconds,
        training=training,
    )
