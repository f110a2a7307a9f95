"""The scale benchmark's generator: a small installation made from real texts starts without encoding
anything, answers matches and searches with explanations, and holds only distinct organisations and texts."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from benchmarks.scaledata import SIGMA, build_corpus, copy_partners, perturb, prepare
from matcher.config import Settings
from matcher.embeddings.encoder import Encoder
from matcher.embeddings.models import CachedEmbedding
from matcher.kit.db import transaction
from matcher.kit.text import content_hash
from matcher.profiles.models import Cooperation, Opportunity, Organisation
from matcher.runtime import open_runtime
from matcher.web.app import create_app
from tests.conftest import DATA, ECOSYSTEM

N = 300


def test_perturbed_vectors_stay_close_to_their_base() -> None:
    rng = np.random.default_rng(0)
    base = rng.standard_normal((200, 512)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    noisy = perturb(base, SIGMA, rng)
    cosines = np.sum(noisy * base, axis=1)
    assert np.allclose(np.linalg.norm(noisy, axis=1), 1, atol=1e-5)
    assert 0.9 <= cosines.mean() <= 0.95


def test_a_generated_installation_starts_without_encoding_and_answers(
    tmp_path: Path, database_url: str, encoder: Encoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "scale"
    generate = partial(
        prepare,
        N,
        data_dir,
        encoder,
        database_url=database_url,
        cordis_dir=DATA / "cordis_tiny",
        demo_file=ECOSYSTEM,
        cache_dir=tmp_path / "cache",
        log=lambda _line: None,
    )
    manifest = generate()
    assert manifest["organisations"] == N
    assert 0 < manifest["opportunities"] < N
    assert manifest["cooperations"] > 0
    assert manifest["embeddings"] == N + manifest["opportunities"]
    assert 0.9 <= manifest["mean_cosine"] <= 0.95

    encoded: list[int] = []
    original = encoder.encode_documents
    monkeypatch.setattr(
        encoder,
        "encode_documents",
        lambda texts, progress=None: encoded.append(len(texts)) or original(texts),
    )
    runtime = open_runtime(Settings(data_dir=data_dir, database_url=database_url, environment="test"))
    try:
        assert encoded == [], "the start encoded texts the generator should have cached"
        assert "encoded 0 new texts" in (runtime.indexer.job.message or "")
        catalogue = runtime.indexer.engine.catalogue
        assert len(catalogue.orgs) == N
        texts = [o.text for o in catalogue.orgs.values()] + [o.text for o in catalogue.opps.values()]
        assert len({content_hash(t) for t in texts}) == len(texts) == manifest["embeddings"]
        assert len({o.ref for o in catalogue.orgs.values()}) == N
        assert len({o.name for o in catalogue.orgs.values()}) == N
        with transaction(runtime.session_factory) as session:
            assert session.scalar(select(func.count()).select_from(CachedEmbedding)) == len(texts)
            assert session.scalar(select(func.count()).select_from(Opportunity)) == manifest["opportunities"]
            pairs = session.execute(
                select(Cooperation.organisation_a_id, Cooperation.organisation_b_id)
            ).all()
            assert all(a < b for a, b in pairs)
            seeker = session.scalar(
                select(Organisation.id)
                .join(Opportunity)
                .where(Opportunity.direction == "request", Organisation.visibility == "public")
                .order_by(Organisation.id)
                .limit(1)
            )
        assert seeker is not None

        with TestClient(create_app(runtime=runtime)) as client:
            answer = client.get(f"/api/v1/organisations/{seeker}/matches", params={"k": 5}).json()
            assert answer["count"] > 0
            assert all(
                m["parts"] and abs(sum(p["share"] for p in m["parts"]) - 1) < 0.01 for m in answer["data"]
            )
            assert any(m["need_offer"] or m["offer_need"] for m in answer["data"]), "no text explains a match"
            found = client.get("/api/v1/search", params={"q": "hydrogen fuel cell testing"}).json()
            assert found["organisations"]
            assert all(hit["matched_text"] for hit in found["organisations"])
    finally:
        runtime.close()

    # A second run with the same recipe reuses the installation instead of writing it again.
    again = generate()
    assert again == manifest


def test_the_network_is_laid_onto_every_copy_without_repeats(encoder: Encoder, tmp_path: Path) -> None:
    corpus = build_corpus(encoder, DATA / "cordis_tiny", ECOSYSTEM, tmp_path, log=lambda _line: None)
    n = corpus.size * 3 + 5  # the last copy is partial
    pairs = list(copy_partners(corpus, n))
    assert len(pairs) == len(set(pairs))
    assert all(0 <= a < b < n for a, b, _, _ in pairs)
    assert {(a % corpus.size, b % corpus.size) for a, b, _, _ in pairs} <= {
        (x, y) for p, q, _, _ in corpus.partners for x, y in ((p, q), (q, p))
    }
