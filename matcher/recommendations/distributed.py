"""Batch jobs on Ray (`matcher recommend --all --engine ray`, `matcher reindex --engine ray`).

Ray Data spreads the work over a pool of actors; each actor builds what it needs once and then handles batch
after batch:

- recommendations: an actor opens the installation on the same settings (database URL, data directory) with the
  opener the driver hands it (the CLI passes `matcher.runtime.open_published_index`, so this module never imports
  the runtime), which loads the published index snapshot (`DATA_DIR/index/meta.json` and the generation it
  names) without the embedding model; the actor then calls `recommendation_lines` for its ids, the same
  function the local loop calls;
- embedding: `RayEncoder` is an `Encoder` whose `encode_documents` hands the texts to actors that each load the
  model once; the rest of a rebuild (embedding cache, index, digest) is the local code path.

The driver gets the results back in order and writes them itself. A local instance is started bound to
127.0.0.1 only (see `ray_session`); `--ray-address` joins an existing cluster instead. Ray is an optional
dependency: everything heavy is imported inside the functions.
"""

from __future__ import annotations

import json
import logging
import math
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

import numpy as np

from matcher.config import Settings
from matcher.embeddings.encoder import Encoder, ProgressCallback, load_encoder
from matcher.engine.ann import IndexSet
from matcher.errors import ConfigurationError, MatcherError, NotReady
from matcher.indexing.documents import catalogue_digest
from matcher.indexing.service import Indexer
from matcher.recommendations.batch import recommendation_lines
from matcher.recommendations.service import Recommender

log = logging.getLogger(__name__)

INSTALL_HINT = 'pip install "matchwerk[ray]" (or: pip install "ray[data]")'
LOOPBACK = "127.0.0.1"
# Ray turns a node address of 127.0.0.1 into the machine's outside address unless it is told that there is no
# cluster to join; with this it keeps every server of a local instance on the loopback interface. Ray reads it
# when it is imported, and its processes inherit it.
_LOCAL_ONLY_ENV = {"RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0", "RAY_USAGE_STATS_ENABLED": "0"}
_BLOCKS_PER_WORKER = 32  # enough blocks for the progress bar and for balance; few enough for Ray's overhead


def import_ray() -> ModuleType:
    """The `ray` module, or a `ConfigurationError` that says what to install."""
    try:
        import ray
        import ray.data  # noqa: F401  (the batch jobs need Ray Data, the `data` extra)
    except ImportError as exc:
        raise ConfigurationError(
            f"the Ray engine needs Ray Data, which is not installed: {INSTALL_HINT}"
        ) from exc
    return ray


def default_temp_dir() -> Path:
    """Where a local Ray instance keeps its sessions and logs: a short path (Ray's sockets live below it and a
    socket path may not exceed 107 bytes) in the system's temporary folder, never in the checkout."""
    return Path(tempfile.gettempdir()) / f"matcher-ray-{os.getuid()}"


def start_local_ray(num_cpus: int, temp_dir: Path | None = None) -> None:
    """Start a Ray instance in this process, listening on 127.0.0.1 only, without dashboard or usage reports."""
    missing_env = {k: v for k, v in _LOCAL_ONLY_ENV.items() if os.environ.get(k) != v}
    if missing_env and "ray" in sys.modules:
        # too late to set them: Ray read them at import and would bind to the outside interface
        raise ConfigurationError(
            "Ray was imported before the local instance was set up; start it with "
            "matcher.recommendations.distributed.start_local_ray before anything imports ray"
        )
    os.environ.update(missing_env)
    ray = import_ray()
    folder = temp_dir or default_temp_dir()
    folder.mkdir(parents=True, exist_ok=True)
    ray.init(
        num_cpus=num_cpus,
        _node_ip_address=LOOPBACK,
        include_dashboard=False,
        _temp_dir=str(folder),
        configure_logging=False,
        log_to_driver=False,
    )
    node = ray.util.get_node_ip_address()
    if node != LOOPBACK:
        ray.shutdown()
        raise ConfigurationError(f"the local Ray instance came up on {node}, not {LOOPBACK}; stopped it")
    log.info("started a local Ray instance on %s with %d CPUs (files in %s)", LOOPBACK, num_cpus, folder)


@contextmanager
def ray_session(address: str | None, num_cpus: int, temp_dir: Path | None = None) -> Iterator[ModuleType]:
    """Ray for one command: the instance this process already runs (tests), the cluster at `address`, or a
    local instance with `num_cpus` CPUs on 127.0.0.1 that is stopped again at the end."""
    if "ray" in sys.modules and sys.modules["ray"].is_initialized():
        yield sys.modules["ray"]
        return
    if address:
        ray = import_ray()
        ray.init(address=address, configure_logging=False, log_to_driver=False)
        log.info("connected to the Ray cluster at %s", address)
    else:
        start_local_ray(num_cpus, temp_dir)
        ray = import_ray()
    try:
        yield ray
    finally:
        ray.shutdown()


def _quiet_data_context(ray: ModuleType) -> Any:
    """Ray Data's context for our jobs: results in input order, no progress bars of its own (ours is shown)."""
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    context.raise_original_map_exception = True  # an actor's own error, not a generic "user code" one
    if not log.isEnabledFor(logging.INFO):
        logging.getLogger("ray.data").setLevel(logging.ERROR)
    return context


def _blocks(items: int, workers: int) -> int:
    return max(1, min(items, workers * _BLOCKS_PER_WORKER))


def _raise_cause(exc: BaseException) -> None:
    """Re-raise the `MatcherError` an actor raised (Ray wraps it) so that the CLI reports it as usual."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, MatcherError):
            raise MatcherError(getattr(current, "message", str(current))) from exc
        current = getattr(current, "cause", None) or current.__cause__


# --- recommendations --------------------------------------------------------------------------------------


class PublishedIndexEncoder:
    """The encoder of a process that only serves a published index: it knows the model's name and dimension
    from `meta.json` and never loads the model, so a matching worker starts fast and small. Encoding anything
    (a search, a rebuild) is refused: that is the job of a process that holds the model."""

    def __init__(self, name: str, dimension: int, routed: bool) -> None:
        self.name = name
        self.dimension = dimension
        self.routed = routed

    def encode_documents(self, texts: Sequence[str], progress: ProgressCallback | None = None) -> np.ndarray:
        raise NotReady("this worker serves the published index only and cannot encode documents")

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        raise NotReady("this worker serves the published index only and cannot encode queries")


class _Worker:
    """A Ray Data actor that prepares once and then handles batches. Ray keeps only the text of an error raised
    while an actor starts, so an expected error (`MatcherError`) is kept and raised by the first batch
    instead, whence it reaches the driver whole and the CLI can report it as usual."""

    def __init__(self, **options: Any) -> None:
        self.failure: MatcherError | None = None
        try:
            self.start(**options)
        except MatcherError as exc:
            self.failure = exc

    def start(self, **options: Any) -> None:
        raise NotImplementedError

    def handle(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        raise NotImplementedError

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        if self.failure is not None:
            raise self.failure
        return self.handle(batch)


class Serving(Protocol):
    """What an opener gives a recommendation worker: the installation with the published index loaded."""

    indexer: Indexer
    recommender: Recommender


Opener = Callable[[Settings, Encoder], Serving]


class RecommendationWorker(_Worker):
    """Writes recommendation lines for batches of organisation ids, on the published index snapshot."""

    def start(  # type: ignore[override]
        self, settings: Settings, digest: str, k: int, pairing: str | None, opener: Opener
    ) -> None:
        published = IndexSet.read_meta(settings.index_dir)
        if published is None or published.digest != digest:
            raise NotReady(
                f"the index in {settings.index_dir} is not the one the run started with "
                "(is the data directory shared with the workers? was it rebuilt meanwhile?)"
            )
        encoder = PublishedIndexEncoder(published.model, published.dimension, published.routed)
        self.runtime = opener(settings, encoder)
        now = IndexSet.read_meta(settings.index_dir)
        held = catalogue_digest(published.model, self.runtime.indexer.engine.catalogue)
        if held != digest or now != published:  # a write or a rebuild was published meanwhile
            raise NotReady("the database changed while the recommendations ran: run the command again")
        self.runtime.recommender.refresh_feedback()
        self.filters = self.runtime.recommender.make_filters(pairing=pairing)
        self.k = k

    def handle(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        ids = [int(i) for i in batch["id"]]
        lines = recommendation_lines(self.runtime.recommender, ids, self.k, self.filters)
        return {
            "id": np.asarray(ids, dtype=np.int64),
            "line": np.asarray([json.dumps(line, ensure_ascii=False) for line in lines], dtype=object),
        }


def recommendations_on_ray(
    recommender: Recommender,
    settings: Settings,
    org_ids: Sequence[int],
    k: int,
    pairing: str | None,
    workers: int,
    opener: Opener,
) -> Iterator[str]:
    """The JSON line of each organisation in `org_ids`, in that order, computed by `workers` Ray actors on the
    index snapshot `recommender` answers on (which must be the published one in `settings.index_dir`); each
    actor opens the installation with `opener` (a module-level function, which Ray sends by reference)."""
    ray = import_ray()
    if not org_ids:
        return
    digest = catalogue_digest(recommender.encoder.name, recommender.engine.catalogue)
    _quiet_data_context(ray)
    shared = _for_workers(settings)
    dataset = ray.data.from_items(
        [{"id": i} for i in org_ids], override_num_blocks=_blocks(len(org_ids), workers)
    ).map_batches(
        RecommendationWorker,
        fn_constructor_kwargs={
            "settings": shared,
            "digest": digest,
            "k": k,
            "pairing": pairing,
            "opener": opener,
        },
        batch_format="numpy",
        batch_size=None,
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
    )
    expected = iter(org_ids)
    try:
        for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
            for org_id, line in zip(batch["id"], batch["line"], strict=True):
                if int(org_id) != next(expected):
                    raise RuntimeError("Ray returned the recommendations out of order")
                yield str(line)
    except Exception as exc:  # an actor's MatcherError comes back wrapped by Ray
        _raise_cause(exc)
        raise
    if next(expected, None) is not None:
        raise RuntimeError("Ray returned fewer recommendations than organisations")


def _for_workers(settings: Settings) -> Settings:
    """The settings with the data directory made absolute: a worker runs in a folder of Ray's."""
    return settings.model_copy(update={"data_dir": settings.data_dir.resolve()})


# --- embedding --------------------------------------------------------------------------------------------


class EncodeWorker(_Worker):
    """Loads the embedding model once and encodes batches of texts."""

    def start(self, settings: Settings, name: str) -> None:  # type: ignore[override]
        self.encoder = load_encoder(
            settings.model,
            settings.model_registry,
            batch_size=settings.encode_batch_size,
            threads=settings.torch_threads or 1,  # one CPU per actor: one thread, not every core
            backend=settings.encoder_backend,
            export_root=settings.encoder_export_dir,
        )
        if self.encoder.name != name:
            raise ConfigurationError(
                f"a Ray worker resolved the model {settings.model!r} to {self.encoder.name!r}, not {name!r}: "
                "install the same models on every node"
            )

    def handle(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        vectors = self.encoder.encode_documents([str(t) for t in batch["text"]])
        return {"row": batch["row"], "vector": vectors}


class RayEncoder:
    """An `Encoder` whose documents are encoded by a pool of Ray actors (`matcher reindex --engine ray`);
    queries, one at a time, stay with the local encoder. Name and dimension are the local encoder's, so the
    embedding cache and the index cannot tell the two apart."""

    def __init__(self, local: Encoder, settings: Settings, workers: int) -> None:
        self.local = local
        self.name = local.name
        self.dimension = local.dimension
        self.routed = local.routed
        self.settings = _for_workers(settings)
        self.workers = workers

    def encode_documents(self, texts: Sequence[str], progress: ProgressCallback | None = None) -> np.ndarray:
        result = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return result
        ray = import_ray()
        _quiet_data_context(ray)
        # every actor gets work even when there are few texts; otherwise the configured batch size
        batch_size = min(self.settings.encode_batch_size, math.ceil(len(texts) / self.workers))
        blocks = min(_blocks(len(texts), self.workers), math.ceil(len(texts) / batch_size))
        dataset = ray.data.from_items(
            [{"row": row, "text": text} for row, text in enumerate(texts)], override_num_blocks=blocks
        ).map_batches(
            EncodeWorker,
            fn_constructor_kwargs={"settings": self.settings, "name": self.name},
            batch_format="numpy",
            batch_size=batch_size,
            compute=ray.data.ActorPoolStrategy(size=self.workers),
            num_cpus=1,
        )
        filled = np.zeros(len(texts), dtype=bool)
        try:
            for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
                rows = batch["row"].astype(np.int64)
                result[rows] = batch["vector"]
                filled[rows] = True
                if progress:
                    progress(int(filled.sum()), len(texts))
        except Exception as exc:
            _raise_cause(exc)
            raise
        if not filled.all():
            raise RuntimeError(f"Ray returned {int(filled.sum())} of {len(texts)} vectors")
        return result

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.local.encode_queries(texts)


def rebuild_on_ray(
    indexer: Indexer, settings: Settings, workers: int, progress: ProgressCallback | None = None
) -> dict[str, int]:
    """`Indexer.rebuild` with the texts the cache has not seen encoded on Ray."""
    local = indexer.encoder
    indexer.encoder = RayEncoder(local, settings, workers)
    try:
        return indexer.rebuild(progress=progress)
    finally:
        indexer.encoder = local
