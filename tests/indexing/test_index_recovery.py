"""A start accepts the saved index only when it is exactly the database's; damaged, missing or foreign files
are rebuilt from the database (from the embedding cache, without encoding), never a crash."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from matcher.config import Settings
from matcher.engine.ann import IndexSet
from matcher.runtime import Runtime, open_runtime
from tests.indexing.test_consistency import assert_index_matches_database


def _truncate_profiles(files: Path) -> None:
    path = files / "profiles.faiss"
    path.write_bytes(path.read_bytes()[:100])


def _delete_generation(files: Path) -> None:
    shutil.rmtree(files)


def _empty_offers(files: Path) -> None:
    (files / "offers.faiss").write_bytes(b"")


@pytest.mark.parametrize("damage", [_truncate_profiles, _delete_generation, _empty_offers])
def test_damaged_index_files_are_rebuilt(
    loaded: Runtime, settings: Settings, damage: Callable[[Path], None]
) -> None:
    meta = IndexSet.read_meta(settings.index_dir)
    assert meta is not None
    damage(meta.files_dir(settings.index_dir))
    again = open_runtime(settings)
    try:
        assert again.indexer.job.state == "done" and "encoded 0 new texts" in again.indexer.job.message
        assert_index_matches_database(again)
        assert IndexSet.read_meta(settings.index_dir).generation != meta.generation  # type: ignore[union-attr]
    finally:
        again.close()


def test_an_index_with_other_ids_is_rebuilt_even_when_its_digest_matches(
    loaded: Runtime, settings: Settings
) -> None:
    indexes, meta = IndexSet.load(settings.index_dir, loaded.encoder.name, loaded.encoder.dimension)
    stray = np.zeros((1, loaded.encoder.dimension), dtype=np.float32)
    stray[0, 0] = 1.0
    indexes.profiles.upsert([999_999], stray)  # an organisation the database does not have
    indexes.save(settings.index_dir, meta.digest)
    again = open_runtime(settings)
    try:
        assert 999_999 not in again.indexer.engine.indexes.profiles
        assert again.indexer.job.state == "done"
        assert_index_matches_database(again)
    finally:
        again.close()
