"""Keeps the engine in step with the database.

The database is the truth. Writes stage an index update that is applied only after the transaction commits
(`matcher.kit.db.on_commit`); the index on disk carries a digest of the content it was built from, and a start
that finds the digest out of date rebuilds the index from the database (the embedding cache makes that cheap).
A committed write is carried to disk as a record of the index's journal; a background compaction saves a
whole new generation once the journal has grown long (`matcher.engine.ann.generations`).
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
from sqlalchemy.orm import Session, sessionmaker

from matcher.embeddings.cache import embed_documents
from matcher.embeddings.encoder import Encoder, ProgressCallback
from matcher.engine.ann import EXACT, IndexPolicy, IndexSet
from matcher.engine.catalogue import Catalogue, OrgDoc
from matcher.engine.matching import MatchEngine
from matcher.indexing.documents import StagedUpdate, catalogue_digest, current_part, read_catalogue, to_doc
from matcher.indexing.schemas import IndexStatus, JobStatus
from matcher.kit.db import on_commit, transaction
from matcher.profiles.repository import OrganisationRepository

log = logging.getLogger(__name__)


class Indexer:
    """Owns the engine's catalogue and indexes: loads or rebuilds them at start, rebuilds them on demand, and
    carries every committed write into them (`stage` inside the transaction, `apply` after its commit)."""

    def __init__(
        self,
        engine: MatchEngine,
        encoder: Encoder,
        session_factory: sessionmaker[Session],
        index_dir: Path,
        index_policy: IndexPolicy = EXACT,
        after_rebuild: Callable[[], None] = lambda: None,
    ) -> None:
        self.engine = engine
        self.encoder = encoder
        self.session_factory = session_factory
        self.index_dir = index_dir
        self.index_policy = index_policy
        self.job = JobStatus()
        self.loaded = False  # an index serves queries (a rebuild keeps the old one serving until it is done)
        self._job_lock = threading.Lock()
        self._replay: list[StagedUpdate] | None = None  # updates to carry over while a rebuild runs
        self._sequence = itertools.count(1)
        self._compaction: threading.Thread | None = None
        # Called once a rebuild's catalogue and indexes serve (the server freezes them out of the garbage
        # collector's reach, see `matcher.web.app`).
        self.after_rebuild = after_rebuild

    # --- loading and rebuilding ---------------------------------------------------------------------------

    def load(self, progress: ProgressCallback | None = None) -> None:
        """Build the catalogue from the database and load the saved indexes if they are exactly this database's
        (same digest, same ids); otherwise (stale, missing, damaged) rebuild them."""
        with transaction(self.session_factory) as session:
            catalogue = read_catalogue(session)
        meta = IndexSet.read_meta(self.index_dir)
        if meta is not None:
            IndexSet.check_model(self.index_dir, meta, self.encoder.name, self.encoder.dimension)
            problem = self._load_saved(catalogue, meta.digest)
            if problem is None:
                return
            log.warning("the index in %s %s: rebuilding it from the database", self.index_dir, problem)
        self.rebuild(progress=progress, catalogue=catalogue)

    def _load_saved(self, catalogue: Catalogue, digest: str) -> str | None:
        """Load the saved set if it agrees with `catalogue`; else say why not."""
        if digest != catalogue_digest(self.encoder.name, catalogue):
            return "is out of date with the database"
        try:
            indexes, _ = IndexSet.load(
                self.index_dir,
                self.encoder.name,
                self.encoder.dimension,
                self.index_policy,
                self.encoder.routed,
            )
        except (OSError, RuntimeError) as exc:  # files missing or damaged (FAISS raises RuntimeError)
            return f"cannot be read ({exc})"
        expected = {
            "profiles": set(catalogue.orgs),
            "offers": {i for i, o in catalogue.opps.items() if o.direction == "offer"},
            "requests": {i for i, o in catalogue.opps.items() if o.direction == "request"},
        }
        if any(indexes.indexes[name].ids() != ids for name, ids in expected.items()):
            return "holds other ids than the database"
        with self.engine.lock:
            self.engine.catalogue, self.engine.indexes = catalogue, indexes
            self.loaded = True
        log.info("loaded index %s: %s", self.index_dir, indexes.counts())
        return None

    def rebuild(
        self,
        progress: ProgressCallback | None = None,
        started: bool = False,
        catalogue: Catalogue | None = None,
    ) -> dict[str, int]:
        """Re-create every index from the database (`matcher reindex`).

        Writes that commit while the rebuild reads and encodes are applied to the live index as usual and
        replayed onto the new one before it replaces the live one, so none is lost. `catalogue`: one a start
        has just read (and found the saved index behind), so that the database is not read twice.
        """
        if not started:
            with self._job_lock:
                self._start_job("reading the database")
        with self.engine.lock:
            self._replay = []
            versions = dict(self.engine.catalogue.versions)  # what the database holds at least, from here
        try:
            with transaction(self.session_factory) as session:
                if catalogue is None:
                    catalogue = read_catalogue(session)
                catalogue.versions = versions
                docs = list(catalogue.orgs.values())
                self.job.phase = "embedding"

                def report(done: int, total: int) -> None:
                    self.job.done, self.job.total = done, total
                    if progress:
                        progress(done, total)

                staged = self._embed(session, docs, report)
            indexes = self._new_indexes()
            self._build(indexes, staged)
            self.job.phase = "saving"
            with self.engine.lock:
                for update in self._replay or []:
                    self._apply_to(catalogue, indexes, update)
                self._replay = None
                self.save(indexes, catalogue)
                self.engine.catalogue, self.engine.indexes = catalogue, indexes
                self.loaded = True
            self._finish_job("done", f"indexed {len(docs)} organisations, encoded {staged.encoded} new texts")
            self.after_rebuild()
            return indexes.counts()
        except Exception as exc:
            with self.engine.lock:
                self._replay = None
            self._finish_job("failed", str(exc))
            raise

    def rebuild_in_background(self) -> JobStatus:
        """Start a rebuild in a thread unless one is running; follow it with `status()`."""
        with self._job_lock:
            if self.job.state == "running":
                return self.job
            self._start_job("queued")
        threading.Thread(target=self._rebuild_quietly, name="matcher-reindex", daemon=True).start()
        return self.job

    def _rebuild_quietly(self) -> None:
        try:
            self.rebuild(started=True)
        except Exception:
            log.exception("reindex failed")

    def _start_job(self, phase: str) -> None:
        self.job = JobStatus(state="running", phase=phase, started_at=datetime.now(UTC).isoformat())

    def _finish_job(self, state: str, message: str) -> None:
        self.job.state, self.job.phase, self.job.message = state, "finished", message
        self.job.finished_at = datetime.now(UTC).isoformat()

    def _embed(self, session: Session, docs: list[OrgDoc], progress: ProgressCallback | None) -> StagedUpdate:
        opps = [opp for doc in docs for opp in doc.opportunities]
        texts = [doc.text for doc in docs] + [opp.text for opp in opps]
        vectors, encoded = embed_documents(session, self.encoder, texts, progress)
        return StagedUpdate(
            docs=docs,
            profile_vectors=vectors[: len(docs)],
            opportunity_vectors={opp.id: vectors[len(docs) + i] for i, opp in enumerate(opps)},
            encoded=encoded,
        )

    def _new_indexes(self) -> IndexSet:
        return IndexSet(self.encoder.name, self.encoder.dimension, self.index_policy, self.encoder.routed)

    @staticmethod
    def _build(indexes: IndexSet, staged: StagedUpdate) -> None:
        """Fill a new set from a full read of the database: each index gets the kind its size calls for."""
        profiles = [d.id for d in staged.docs]
        if profiles and staged.profile_vectors is not None:
            indexes.fill("profiles", profiles, staged.profile_vectors)
        for direction, name in (("offer", "offers"), ("request", "requests")):
            ids = [o.id for d in staged.docs for o in d.opportunities if o.direction == direction]
            if ids:
                indexes.fill(name, ids, np.vstack([staged.opportunity_vectors[i] for i in ids]))

    @staticmethod
    def _fill(indexes: IndexSet, staged: StagedUpdate) -> None:
        """Carry changed organisations into existing indexes (upserts keep each index's kind)."""
        if staged.docs and staged.profile_vectors is not None:
            indexes.upsert("profiles", [d.id for d in staged.docs], staged.profile_vectors)
        for direction, name in (("offer", "offers"), ("request", "requests")):
            ids = [o.id for d in staged.docs for o in d.opportunities if o.direction == direction]
            if ids:
                indexes.upsert(name, ids, np.vstack([staged.opportunity_vectors[i] for i in ids]))

    # --- staying in step with writes -------------------------------------------------------------------------

    def stage(
        self,
        session: Session,
        org_ids: Iterable[int] = (),
        removed: Iterable[int] = (),
        partner_pairs: Iterable[tuple[int, int]] = (),
        progress: ProgressCallback | None = None,
    ) -> StagedUpdate:
        """Embed the changed organisations inside the caller's transaction (the cache rows commit with it)
        and apply the index update once that transaction has committed."""
        session.flush()
        repo = OrganisationRepository(session)
        # Wait for other transactions that write these organisations to commit: the documents read next then
        # hold their changes too (two requests adding opportunities to one organisation at once would
        # otherwise each index it without the other's), and the sequence taken after the lock orders the
        # updates of one organisation as their commits are ordered.
        repo.lock(org_ids)
        sequence = next(self._sequence)
        wanted = list(dict.fromkeys(org_ids))
        found = repo.fresh_many(wanted)
        docs = [to_doc(found[org_id]) for org_id in wanted if org_id in found]
        staged = self._embed(session, docs, progress) if docs else StagedUpdate()
        staged.removed = set(removed)
        staged.partner_pairs = list(partner_pairs)
        staged.sequence = sequence
        on_commit(session, lambda: self.apply(staged))
        return staged

    def apply(self, staged: StagedUpdate) -> None:
        # FAISS's OpenMP threads limited as for a read: adding one vector to an IVF index took 16 ms with the
        # default two threads on a busy machine, 0.16 ms with one
        with self.engine.lock, self.engine.request_threads():
            self._apply_to(self.engine.catalogue, self.engine.indexes, staged)
            if self._replay is not None:
                self._replay.append(staged)
            self.record()

    def record(self) -> None:
        """Carry the live indexes' changes to disk as one record of their journal (a whole new generation
        when the journal cannot take them), and start a compaction when the journal has grown long.
        Called with the engine's lock held."""
        indexes = self.engine.indexes
        indexes.append(self.index_dir, catalogue_digest(self.encoder.name, self.engine.catalogue))
        if indexes.journal_too_long():
            self.compact_in_background()

    def save(self, indexes: IndexSet | None = None, catalogue: Catalogue | None = None) -> None:
        """Write `indexes` (default: the live ones) as a new generation named in `meta.json`, with the digest
        of `catalogue` (default: the live one)."""
        indexes = self.engine.indexes if indexes is None else indexes
        catalogue = self.engine.catalogue if catalogue is None else catalogue
        indexes.save(self.index_dir, catalogue_digest(self.encoder.name, catalogue))

    def compact_in_background(self) -> threading.Thread:
        """Save the live indexes as a new generation in a thread (unless one is at it), which folds their
        journal in; writes and reads wait for the engine's lock meanwhile, as for any write."""
        with self._job_lock:
            if self._compaction is None or not self._compaction.is_alive():
                self._compaction = threading.Thread(target=self._compact, name="matcher-compact", daemon=True)
                self._compaction.start()
            return self._compaction

    def _compact(self) -> None:
        try:
            with self.engine.lock:
                if self.engine.indexes.journal_too_long():
                    self.save()
                    log.info("index journal folded into a new generation in %s", self.index_dir)
        except Exception:
            log.exception("index compaction failed; the journal stays in use")

    def close(self) -> None:
        """Wait for a compaction that is running."""
        compaction = self._compaction
        if compaction is not None:
            compaction.join()

    def _apply_to(self, cat: Catalogue, idx: IndexSet, staged: StagedUpdate) -> None:
        """Carry one committed change into a catalogue and its indexes (idempotent). An organisation that an
        update staged later has already carried in is left alone: a post-commit hook that runs late (its
        thread waited for the engine's lock) never brings back an older version."""
        touched = staged.removed | {d.id for d in staged.docs}
        if any(cat.versions.get(org_id, 0) > staged.sequence for org_id in touched):
            staged = current_part(staged, cat.versions)
            touched = staged.removed | {d.id for d in staged.docs}
        for org_id in touched:
            cat.versions[org_id] = staged.sequence
        # opportunities that are gone, or now in the other index: those staying are upserted by `_fill` (in place)
        kept = {
            (o.id, o.direction) for d in staged.docs if d.id not in staged.removed for o in d.opportunities
        }
        for org_id in staged.removed | {d.id for d in staged.docs}:
            old = cat.orgs.get(org_id)
            if old is not None:
                idx.remove("offers", [o.id for o in old.opportunities if (o.id, "offer") not in kept])
                idx.remove("requests", [o.id for o in old.opportunities if (o.id, "request") not in kept])
        for org_id in staged.removed:
            idx.remove("profiles", [org_id])
            cat.remove(org_id)
        self._fill(idx, staged)
        for doc in staged.docs:
            cat.put(doc)
        for a, b in staged.partner_pairs:
            cat.add_partners(a, b)

    # --- reporting ---------------------------------------------------------------------------------------

    def status(self) -> IndexStatus:
        with self.engine.lock:
            idx = self.engine.indexes
            visible = [o for o in self.engine.catalogue.orgs.values() if o.visibility != "hidden"]
            today = date.today()
            return IndexStatus(
                model=idx.model,
                dimension=idx.dimension,
                counts=idx.counts(),
                kinds=idx.kinds(),
                built_at=idx.built_at,
                organisations=len(visible),
                opportunities=sum(1 for o in visible for opp in o.opportunities if opp.is_active(today)),
                job=self.job,
            )
