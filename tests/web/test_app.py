"""The app factory's lifespan: the runtime it opens itself is frozen out of the garbage collector's reach."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from matcher.config import Settings
from matcher.embeddings.encoder import Encoder
from matcher.runtime import Runtime, open_runtime
from matcher.web import app as app_module
from tests.conftest import load


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


@pytest.mark.usefixtures("unfrozen")
def test_the_server_freezes_its_catalogue_after_loading_and_after_a_rebuild(
    settings: Settings, encoder: Encoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A full collection walks every object the collector tracks: 1.2 million at 100k organisations, 0.7 s in
    # the middle of some request (the scale benchmark's p99). Frozen objects are not walked.
    opened: list[Runtime] = []

    def open_and_load(s: Settings) -> Runtime:
        rt = open_runtime(s)
        load(rt)
        opened.append(rt)
        return rt

    monkeypatch.setattr(app_module, "open_runtime", open_and_load)
    with TestClient(app_module.create_app(settings)) as client:
        assert client.get("/ready").status_code == 200
        assert gc.get_freeze_count() > 0
        catalogue = opened[0].indexer.engine.catalogue
        gc.unfreeze()
        assert gc.get_freeze_count() == 0
        opened[0].indexer.rebuild()
        assert gc.get_freeze_count() > 0
        assert opened[0].indexer.engine.catalogue is not catalogue
