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
from matcher.engine.ann.journal import JOURNAL_FILE
from matcher.indexing.documents import catalogue_digest
from matcher.kit.db import transaction
from matcher.profiles.schemas import OrganisationUpdate
from matcher.profiles.service import ProfileService
from matcher.runtime import Runtime, open_runtime
from tests.indexing.test_consistency import assert_index_matches_database


def _truncate_profiles(files: Path) -> None:
    path = files / "profiles.faiss"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


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


def _edit(rt: Runtime, ref: str, description: str) -> None:
    with transaction(rt.session_factory) as session:
        service = ProfileService(session, rt.indexer)
        service.update(service.get_by_ref(ref), OrganisationUpdate(description=description))


def test_writes_go_to_the_journal_and_a_restart_replays_it(loaded: Runtime, settings: Settings) -> None:
    before = IndexSet.read_meta(settings.index_dir)
    assert before is not None
    _edit(loaded, "t-steel-co", "Now we also make wind-turbine towers.")
    with transaction(loaded.session_factory) as session:
        ProfileService(session, loaded.indexer).delete_opportunity(
            ProfileService(session, loaded.indexer).get_by_ref("t-vision-startup").opportunities[0]
        )
    after = IndexSet.read_meta(settings.index_dir)
    assert after is not None and after.generation == before.generation  # no new generation per write
    assert after.journal_bytes > before.journal_bytes and after.digest != before.digest
    loaded.close()
    again = open_runtime(settings)
    try:
        assert again.indexer.job.state == "idle"  # the saved index and its journal agree with the database
        assert_index_matches_database(again)
        steel = next(o for o in again.indexer.engine.catalogue.orgs.values() if o.ref == "t-steel-co")
        ids = [steel.id]
        np.testing.assert_allclose(
            again.indexer.engine.indexes.profiles.vectors(ids),
            loaded.indexer.engine.indexes.profiles.vectors(ids),
        )
    finally:
        again.close()


def test_a_damaged_journal_is_rebuilt(loaded: Runtime, settings: Settings) -> None:
    _edit(loaded, "t-steel-co", "Now we also make wind-turbine towers.")
    meta = IndexSet.read_meta(settings.index_dir)
    assert meta is not None and meta.journal_bytes
    journal = meta.files_dir(settings.index_dir) / JOURNAL_FILE
    journal.write_bytes(b"\0" * meta.journal_bytes)
    again = open_runtime(settings)
    try:
        assert again.indexer.job.state == "done" and "encoded 0 new texts" in again.indexer.job.message
        assert_index_matches_database(again)
    finally:
        again.close()


def test_a_long_journal_is_folded_into_a_new_generation(
    loaded: Runtime, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = IndexSet.read_meta(settings.index_dir)
    assert before is not None
    monkeypatch.setattr(IndexSet, "journal_too_long", lambda self: bool(self.published.journal_bytes))
    _edit(loaded, "t-steel-co", "Now we also make wind-turbine towers.")
    loaded.indexer.close()  # waits for the compaction the write started
    after = IndexSet.read_meta(settings.index_dir)
    assert after is not None and after.generation != before.generation and after.journal_bytes == 0
    assert after.digest == catalogue_digest(loaded.encoder.name, loaded.indexer.engine.catalogue)
    again = open_runtime(settings)
    try:
        assert again.indexer.job.state == "idle"
        assert_index_matches_database(again)
    finally:
        again.close()
