"""The engine's records of what the database holds, and the unit of change the indexer applies.

`to_doc` turns an organisation (ORM object or plain catalogue row) into the engine's `OrgDoc`; `read_catalogue`
reads the whole database that way; `catalogue_digest` fingerprints it (the digest saved beside the index);
`StagedUpdate` is one committed change, embedded inside its transaction and applied after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from sqlalchemy import Row
from sqlalchemy.orm import Session

from matcher.engine.catalogue import Catalogue, OppDoc, OrgDoc
from matcher.engine.texts import opportunity_text, profile_text
from matcher.profiles.models import Organisation
from matcher.profiles.repository import CooperationRepository, OrganisationRepository
from matcher.profiles.vocab import sectors


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
