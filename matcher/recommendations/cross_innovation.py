"""Cross-innovation: which industries a creative-industry studio's work fits, and the best pairs of creative
studios and companies for the managers. The industries are the sectors of the region's companies: a studio fits
a sector as well as its text fits the best two companies of that sector (the encoder's similarity of whole
profiles, offers and requests included), and the company that fits best is the evidence shown. The pairs are the
engine's own matches of each studio among the companies, with their explanations.

Only public organisations are compared or named."""

from __future__ import annotations

import hashlib
import threading
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy.orm import Session

from matcher.profiles.models import Organisation
from matcher.profiles.repository import OrganisationRepository
from matcher.recommendations.schemas import MatchPublic
from matcher.recommendations.service import Recommender

LIMIT = 2000  # organisations per kind that the pages compare
_vectors: dict[str, np.ndarray] = {}  # profile text hash -> its vector, for this process
_lock = threading.Lock()


@dataclass(frozen=True)
class IndustryFit:
    sector: str
    score: float
    company_id: int
    company_name: str
    evidence: str
    """The company's text that fits the studio best (its request, or its description)."""


@dataclass(frozen=True)
class Pair:
    studio_id: int
    studio_name: str
    match: MatchPublic


def profile_text(org: Organisation) -> str:
    parts = [org.name, org.description, *org.competences]
    parts += [f"{o.title}. {o.summary}" for o in org.opportunities if o.status == "published"]
    return "\n".join(p for p in parts if p)


def _evidence(org: Organisation) -> str:
    requests = [o.title for o in org.opportunities if o.direction == "request" and o.status == "published"]
    return requests[0] if requests else (org.description[:160] + ("…" if len(org.description) > 160 else ""))


class CrossInnovation:
    def __init__(self, session: Session, recommender: Recommender) -> None:
        self.orgs = OrganisationRepository(session)
        self.recommender = recommender

    def studios(self) -> list[Organisation]:
        rows, _ = self.orgs.list(kinds=["creative"], limit=LIMIT)
        return [o for o in rows if o.visibility == "public"]

    def companies(self) -> list[Organisation]:
        rows, _ = self.orgs.list(kinds=["company"], limit=LIMIT)
        return [o for o in rows if o.visibility == "public" and o.sectors]

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """The documents' vectors, each text encoded once per process (a page asks for the same companies)."""
        keys = [hashlib.sha256(t.encode()).hexdigest() for t in texts]
        with _lock:
            missing = [(k, t) for k, t in zip(keys, texts, strict=True) if k not in _vectors]
        if missing:
            with self.recommender.engine.request_threads():
                found = self.recommender.encoder.encode_documents([t for _, t in dict(missing).items()])
            with _lock:
                _vectors.update(zip(dict(missing), found, strict=True))
        with _lock:
            return np.stack([_vectors[k] for k in keys])

    def industries(self, studio: Organisation, k: int = 6) -> list[IndustryFit]:
        """The sectors the studio's work fits best, each with the company of that sector that fits best."""
        companies = self.companies()
        if not companies:
            return []
        query = self.recommender.encoder.encode_queries([profile_text(studio)])
        scores = (query @ self.vectors([profile_text(c) for c in companies]).T)[0]
        by_sector: dict[str, list[tuple[float, Organisation]]] = defaultdict(list)
        for company, score in zip(companies, scores, strict=True):
            for sector in company.sectors:
                by_sector[sector].append((float(score), company))
        fits = []
        for sector, scored in by_sector.items():
            scored.sort(key=lambda pair: (-pair[0], pair[1].id))
            top = [s for s, _ in scored[:2]]
            best = scored[0][1]
            fits.append(
                IndustryFit(sector, round(sum(top) / len(top), 4), best.id, best.name, _evidence(best))
            )
        return sorted(fits, key=lambda f: (-f.score, f.sector))[:k]

    def best_pairs(self, k: int = 20, per_studio: int = 3) -> list[Pair]:
        """The engine's best company matches of every creative studio, the strongest pairs first."""
        filters = self.recommender.make_filters(kinds=["company"])
        pairs = []
        for studio in self.studios():
            found = self.recommender.match(studio.id, k=per_studio, filters=filters)
            pairs += [
                Pair(studio.id, studio.name, m)
                for m in found.data
                if m.organisation.kind == "company" and not m.organisation.anonymous
            ]
        return sorted(pairs, key=lambda p: (-p.match.score, p.studio_id))[:k]
