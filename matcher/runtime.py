"""The long-lived parts of a running Matchwerk, built once per process (server or CLI command)."""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from matcher.audit import listener as audit_log
from matcher.config import Settings
from matcher.embeddings.backends import model_of
from matcher.embeddings.encoder import Encoder, ProgressCallback, load_encoder
from matcher.engine.ann import IndexPolicy, IndexSet
from matcher.engine.catalogue import Catalogue
from matcher.engine.matching import MatchEngine
from matcher.engine.pairing import load_pairing
from matcher.engine.ranking import DEFAULT_RANKER, Ranker
from matcher.events.progress import SolveStatuses
from matcher.indexing.service import Indexer
from matcher.introductions.repository import declined_partners_lookup, feedback_lookup
from matcher.kit.db import make_engine, make_session_factory
from matcher.network.service import NetworkCache
from matcher.ops.migrations import ensure_schema
from matcher.recommendations.service import Recommender

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    settings: Settings
    db: Engine
    session_factory: sessionmaker[Session]
    encoder: Encoder
    indexer: Indexer
    recommender: Recommender
    solves: SolveStatuses = field(default_factory=SolveStatuses)
    """How far each event's schedule solve is (`GET /api/v1/events/{id}/schedule/status`)."""
    networks: NetworkCache = field(default_factory=NetworkCache)
    """The managers' network overview, kept while the network stays as it is (`GET /api/v1/network`)."""

    def close(self) -> None:
        self.indexer.close()
        self.db.dispose()


def freeze_loaded() -> None:
    """Put every object alive now (the catalogue above all) out of the garbage collector's reach, after one last
    collection. A full collection walks every tracked object: 1.2 million at 100k organisations, 0.7 s, in the
    middle of some request or batch (measured: two in 3,000 recommendations). For processes that load once and
    then answer for long (the server, `recommend --all` and its Ray workers), not for each CLI command."""
    gc.collect()
    gc.freeze()


def load_ranker(settings: Settings) -> Ranker:
    """The installation's own trained ranker, else the shipped one, else the hand-set weights."""
    for path in (settings.trained_ranker_file, settings.ranker_file):
        if path.exists():
            ranker = Ranker.load(path)
            trained_with = ranker.training.get("model")
            # the encoder backend (`model@onnx-int8`) changes the vectors too little to matter to the weights
            if trained_with and model_of(str(trained_with)) != settings.model:
                log.warning(
                    "the ranker %s was trained with the model %s, not %s: run `matcher train` again",
                    path,
                    trained_with,
                    settings.model,
                )
            log.info("ranker from %s", path)
            return ranker
    return DEFAULT_RANKER


def open_runtime(
    settings: Settings,
    load_index: bool = True,
    progress: ProgressCallback | None = None,
    encoder: Encoder | None = None,
) -> Runtime:
    """Connect the database (migrating its schema to the head, see `ensure_schema`), load the encoder (unless
    one is given: a Ray worker that only serves the published index passes one that holds no model), and load
    or rebuild the index."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    db = make_engine(settings.resolved_database_url, settings.database_connections)
    try:
        ensure_schema(db, migrate=settings.migrate_on_start)
    except BaseException:
        db.dispose()
        raise
    session_factory = make_session_factory(db)
    audit_log.install()
    if encoder is None:
        encoder = load_encoder(
            settings.model,
            settings.model_registry,
            batch_size=settings.encode_batch_size,
            threads=settings.torch_threads,
            backend=settings.encoder_backend,
            export_root=settings.encoder_export_dir,
        )
    policy = IndexPolicy(settings.index_exact_limit, settings.index_nprobe, settings.index_lists)
    engine = MatchEngine(
        Catalogue(),
        IndexSet(encoder.name, encoder.dimension, policy, encoder.routed),
        load_pairing(settings.pairing),
        ranker=load_ranker(settings),
        diversity=settings.diversity,
        threads=settings.engine_threads,
    )
    indexer = Indexer(engine, encoder, session_factory, settings.index_dir, index_policy=policy)
    recommender = Recommender(
        engine,
        encoder,
        declined_partners=declined_partners_lookup(session_factory),
        feedback_rates=feedback_lookup(session_factory),
    )
    if load_index:
        indexer.load(progress=progress)
    return Runtime(settings, db, session_factory, encoder, indexer, recommender)


def open_published_index(settings: Settings, encoder: Encoder) -> Runtime:
    """The runtime of a process that serves the published index only (a Ray worker of `matcher recommend`):
    `encoder` holds no model; the catalogue is read from the database and the saved index loaded, then put
    out of the garbage collector's reach (see `freeze_loaded`)."""
    rt = open_runtime(settings, load_index=False, encoder=encoder)
    rt.indexer.load()
    freeze_loaded()
    return rt
