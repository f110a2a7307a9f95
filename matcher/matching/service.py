"""Keeps the engine in step with the database, and answers match and search requests.

The database is the truth. Writes stage an index update that is applied only after the transaction commits
(`matcher.kit.db.on_commit`); the index on disk carries a digest of the content it was built from, and a start
that finds the digest out of date rebuilds the index from the database (the embedding cache makes that cheap).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Row
from sqlalchemy.orm import Session, sessionmaker

from matcher.embeddings.cache import embed_documents
from matcher.embeddings.encoder import Encoder, ProgressCallback
from matcher.engine.ann import EXACT, IndexPolicy, IndexSet
from matcher.engine.catalogue import Catalogue, OppDoc, OrgDoc
from matcher.engine.geo import resolve_place
from matcher.engine.matching import Filters, Match, MatchEngine, SearchResult, TextMatch
from matcher.engine.pairing import PairingRules, load_pairing
from matcher.engine.texts import opportunity_text, profile_text
from matcher.errors import InvalidInput, NotFound
from matcher.kit.db import on_commit, transaction
from matcher.matching.schemas import (
    IndexStatus,
    JobStatus,
    MatchesPublic,
    MatchPublic,
    OpportunityHitPublic,
    OpportunitySummary,
    OrganisationHitPublic,
    OrganisationSummary,
    ScorePartPublic,
    SearchPublic,
    TextMatchPublic,
)
from matcher.profiles.models import Organisation
from matcher.profiles.repository import CooperationRepository, OrganisationRepository
from matcher.profiles.vocab import sectors

log = logging.getLogger(__name__)

PAUSE_SECONDS = 30


def to_doc(org: Organisation | Row[Any], opportunities: Sequence[Any] | None = None) -> OrgDoc:
    """The engine's record of an organisation: from the ORM object, or from a plain row of
    `OrganisationRepository.catalogue_rows` with its opportunities' rows."""
    labels = [sectors().get(code, (code, code))[0] for code in org.sectors]
    keywords = [*org.technology_keywords, *org.market_keywords]
    doc = OrgDoc(
        id=org.id,
        ref=org.ref,
        name=org.name,
        kind=org.kind,
        city=org.city,
        country=org.country,
        region=org.region,
        latitude=org.latitude,
        longitude=org.longitude,
        visibility=org.visibility,
        description=org.description,
        sectors=list(org.sectors),
        keywords=keywords,
        text=profile_text(org.name, org.description, org.competences, labels, keywords),
        updated_at=org.updated_at,
    )
    doc.opportunities = [
        OppDoc(
            id=o.id,
            organisation_id=org.id,
            direction=o.direction,
            type=o.type,
            title=o.title,
            summary=o.summary,
            keywords=list(o.keywords),
            status=o.status,
            expires_at=o.expires_at,
            text=opportunity_text(o.title, o.summary, o.description, o.keywords),
        )
        for o in (org.opportunities if opportunities is None else opportunities)
    ]
    return doc


def read_catalogue(session: Session) -> Catalogue:
    """The catalogue of everything the database holds: what the indexes must agree with."""
    catalogue = Catalogue()
    for org, opportunities in OrganisationRepository(session).catalogue_rows():
        catalogue.put(to_doc(org, opportunities))
    for a, b in CooperationRepository(session).pairs():
        catalogue.add_partners(a, b)
    return catalogue


def catalogue_digest(model: str, catalogue: Catalogue) -> str:
    """A fingerprint of everything the indexes hold: which ids, with which texts, embedded by which model."""
    return catalogue.content_digest(model)


@dataclass
class StagedUpdate:
    """Organisations to (re)index, with their vectors, and organisations to drop, once the commit is done."""

    docs: list[OrgDoc] = field(default_factory=list)
    profile_vectors: np.ndarray | None = None
    opportunity_vectors: dict[int, np.ndarray] = field(default_factory=dict)
    removed: set[int] = field(default_factory=set)
    partner_pairs: list[tuple[int, int]] = field(default_factory=list)
    encoded: int = 0
    sequence: int = 0  # staging order; writers of one organisation stage in their commit order


class MatchingService:
    def __init__(
        self,
        encoder: Encoder,
        session_factory: sessionmaker[Session],
        index_dir: Path,
        pairing: str = "default",
        index_policy: IndexPolicy = EXACT,
    ) -> None:
        self.encoder = encoder
        self.session_factory = session_factory
        self.index_dir = index_dir
        self.pairing = load_pairing(pairing)
        self.index_policy = index_policy
        self.engine = MatchEngine(Catalogue(), self._new_indexes(), self.pairing)
        self.job = JobStatus()
        self.loaded = False  # an index serves queries (a rebuild keeps the old one serving until it is done)
        self._job_lock = threading.Lock()
        self._replay: list[StagedUpdate] | None = None  # updates to carry over while a rebuild runs
        self._sequence = itertools.count(1)
        # Partners never to suggest to each of some organisations (pairs declined before); set by the runtime.
        self.declined_partners: Callable[[Sequence[int]], dict[int, set[int]]] = lambda ids: {
            i: set() for i in ids
        }
        # How each organisation's introductions went (see `refresh_feedback`); set by the runtime.
        self.feedback_rates: Callable[[], dict[int, float]] = dict
        self.pause_at: str | None = None  # test only: see `checkpoint`
        # Called once a rebuild's catalogue and indexes serve (the server freezes them out of the garbage
        # collector's reach, see `matcher.web.app`).
        self.after_rebuild: Callable[[], None] = lambda: None

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
                self.index_dir, self.encoder.name, self.encoder.dimension, self.index_policy
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
                self._save(indexes, catalogue)
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
        return IndexSet(self.encoder.name, self.encoder.dimension, self.index_policy)

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
            indexes.profiles.upsert([d.id for d in staged.docs], staged.profile_vectors)
        for direction, index in (("offer", indexes.offers), ("request", indexes.requests)):
            ids = [o.id for d in staged.docs for o in d.opportunities if o.direction == direction]
            if ids:
                index.upsert(ids, np.vstack([staged.opportunity_vectors[i] for i in ids]))

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
        with self.engine.lock:
            self._apply_to(self.engine.catalogue, self.engine.indexes, staged)
            if self._replay is not None:
                self._replay.append(staged)
            self.checkpoint("after_commit")
            self._save(self.engine.indexes, self.engine.catalogue)

    def _save(self, indexes: IndexSet, catalogue: Catalogue) -> None:
        digest = catalogue_digest(self.encoder.name, catalogue)
        indexes.save(self.index_dir, digest, before_publish=lambda: self.checkpoint("index_written"))

    def checkpoint(self, step: str) -> None:
        """Stop here for a while when the test-only setting `MATCHER_TEST_PAUSE_AT` names this step, so that
        a fault test can kill the process at exactly this point of real work."""
        if self.pause_at == step:
            log.warning("test checkpoint %s: pausing for %s s", step, PAUSE_SECONDS)
            time.sleep(PAUSE_SECONDS)

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
        for org_id in staged.removed | {d.id for d in staged.docs}:
            old = cat.orgs.get(org_id)
            if old is not None:
                old_opps = [o.id for o in old.opportunities]
                idx.offers.remove(old_opps)
                idx.requests.remove(old_opps)
        for org_id in staged.removed:
            idx.profiles.remove([org_id])
            cat.remove(org_id)
        self._fill(idx, staged)
        for doc in staged.docs:
            cat.put(doc)
        for a, b in staged.partner_pairs:
            cat.add_partners(a, b)

    # --- answering ----------------------------------------------------------------------------------------

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

    def summary(self, org_id: int) -> OrganisationSummary:
        org = self.engine.catalogue.orgs[org_id]
        return OrganisationSummary(
            id=org.id,
            ref=org.ref,
            name=org.display_name,
            kind=org.kind,
            city=org.city,
            anonymous=org.visibility == "anonymous",
        )

    def make_filters(
        self,
        kinds: list[str] | None = None,
        country: str | None = None,
        near: str | None = None,
        radius_km: float | None = None,
        pairing: str | None = None,
    ) -> Filters:
        if radius_km is not None and near is None:
            raise InvalidInput(
                "`radius_km` needs `near`: say from which city (or lat,lon) the radius is measured",
                detail=[{"field": "near", "message": "required with radius_km"}],
            )
        place = resolve_place(near) if near else None
        rules: PairingRules | None = None
        if pairing:
            if pairing not in ("default", "any"):
                raise InvalidInput(
                    "`pairing` must be `default` or `any`",
                    detail=[{"field": "pairing", "message": "use default or any"}],
                )
            rules = self.pairing if pairing == "default" else load_pairing(pairing)
        return Filters(
            kinds=kinds or None,
            country=country.upper() if country else None,
            near=place,
            radius_km=radius_km if place else None,
            pairing=rules,
        )

    def excluded_partners(self, org_id: int) -> set[int]:
        """The organisations never to suggest to `org_id` (an introduction between them was declined)."""
        return self.declined_partners([org_id]).get(org_id, set())

    def refresh_feedback(self) -> None:
        """Hand the engine the latest outcome of every organisation's introductions (its `feedback` feature)."""
        self.engine.feedback = self.feedback_rates()

    def match(
        self, org_id: int, k: int = 10, filters: Filters | None = None, today: date | None = None
    ) -> MatchesPublic:
        org = self.engine.catalogue.orgs.get(org_id)
        if org is None or org.visibility == "hidden":
            raise NotFound(f"organisation {org_id} does not exist or is hidden")
        filters = filters or Filters()
        excluded = self.excluded_partners(org_id)
        if excluded:
            filters = replace(filters, exclude=filters.exclude | excluded)
        self.refresh_feedback()
        # Under the engine's lock until the answer is built: a write applied in between could drop an
        # organisation the matches name.
        with self.engine.lock:
            if org_id not in self.engine.catalogue.orgs:
                raise NotFound(f"organisation {org_id} does not exist or is hidden")
            matches = self.engine.match(org_id, k=k, filters=filters, today=today)
            data = [self._match_public(m) for m in matches]
            source = self.summary(org_id)
        pairing = (filters.pairing or self.pairing).name
        return MatchesPublic(organisation=source, pairing=pairing, data=data, count=len(data))

    def _match_public(self, match: Match) -> MatchPublic:
        shares = match.shares()
        return MatchPublic(
            organisation=self.summary(match.org_id),
            score=round(match.score, 4),
            parts=[
                ScorePartPublic(
                    name=p.name,
                    value=round(p.value, 4),
                    weight=round(p.weight, 4),
                    contribution=round(p.contribution, 4),
                    share=round(shares[p.name], 4),
                )
                for p in match.parts
            ],
            need_offer=_text_public(match.need_offer),
            offer_need=_text_public(match.offer_need),
            shared_keywords=match.shared_keywords,
            shared_sectors=match.shared_sectors,
            shared_partners=[
                self.summary(p)
                for p in match.shared_partners
                if p in self.engine.catalogue.orgs and self.engine.catalogue.orgs[p].visibility != "hidden"
            ][:5],
            distance_km=round(match.distance_km, 1) if match.distance_km is not None else None,
            similar_partners=[
                self.summary(p)
                for p in match.peer_voters
                if p in self.engine.catalogue.orgs and self.engine.catalogue.orgs[p].visibility != "hidden"
            ][:3],
        )

    def search(self, query: str, k: int = 10, filters: Filters | None = None) -> SearchPublic:
        query = query.strip()
        if not query:
            raise InvalidInput(
                "the search needs a question: give `q`", detail=[{"field": "q", "message": "empty"}]
            )
        with self.engine.request_threads():  # one short text: library threads would only wait for each other
            vector = self.encoder.encode_queries([query])[0]
        with self.engine.lock:  # until the answer is built: see `match`
            return self._search_public(query, self.engine.search(query, vector, k=k, filters=filters))

    def _search_public(self, query: str, result: SearchResult) -> SearchPublic:
        cat = self.engine.catalogue
        return SearchPublic(
            query=query,
            organisations=[
                OrganisationHitPublic(
                    organisation=self.summary(h.org_id),
                    score=round(h.score, 4),
                    matched_text=h.matched_text,
                    matched_opportunity_id=h.matched_opportunity_id,
                    matched_terms=h.matched_terms,
                    distance_km=round(h.distance_km, 1) if h.distance_km is not None else None,
                )
                for h in result.organisations
            ],
            opportunities=[
                OpportunityHitPublic(
                    opportunity=OpportunitySummary(
                        id=h.opportunity_id,
                        title=cat.opps[h.opportunity_id].title,
                        summary=cat.opps[h.opportunity_id].summary,
                        direction=cat.opps[h.opportunity_id].direction,
                        type=cat.opps[h.opportunity_id].type,
                        organisation=self.summary(h.org_id),
                    ),
                    score=round(h.score, 4),
                )
                for h in result.opportunities
            ],
        )


def current_part(staged: StagedUpdate, versions: dict[int, int]) -> StagedUpdate:
    """The part of an update about organisations that no later update has carried in yet."""
    keep = [i for i, d in enumerate(staged.docs) if versions.get(d.id, 0) <= staged.sequence]
    vectors = staged.profile_vectors
    return replace(
        staged,
        docs=[staged.docs[i] for i in keep],
        profile_vectors=vectors[keep] if vectors is not None else None,
        removed={o for o in staged.removed if versions.get(o, 0) <= staged.sequence},
    )


def _text_public(match: TextMatch | None) -> TextMatchPublic | None:
    if match is None:
        return None
    return TextMatchPublic(
        need=match.need,
        need_opportunity_id=match.need_opportunity_id,
        offer=match.offer,
        offer_opportunity_id=match.offer_opportunity_id,
        similarity=round(match.similarity, 4),
    )
