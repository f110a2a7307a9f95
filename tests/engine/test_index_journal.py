"""The journal of an index generation: a write appends its changes as one record, a load replays the records
that meta.json names, and whatever cannot be carried as a record becomes a whole new generation."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from matcher.engine.ann import IndexSet
from matcher.engine.ann import generations as generations_module
from matcher.engine.ann.journal import JOURNAL_FILE


def _vectors(*ids: int) -> np.ndarray:
    return np.eye(3, dtype=np.float32)[[i % 3 for i in ids]]


def _saved(directory: Path, *ids: int) -> IndexSet:
    indexes = IndexSet("model-a", 3)
    indexes.profiles.upsert(list(ids), _vectors(*ids))
    indexes.save(directory, digest="base")
    return indexes


def _load(directory: Path) -> IndexSet:
    return IndexSet.load(directory, "model-a", 3)[0]


def test_appended_changes_are_replayed_on_load_in_the_same_generation(tmp_path: Path) -> None:
    indexes = _saved(tmp_path, 1, 2, 3)
    base = indexes.published
    assert base is not None
    indexes.upsert("profiles", [4], _vectors(1))
    indexes.upsert("offers", [10, 11], _vectors(0, 2))
    indexes.remove("profiles", [2, 99])  # 99 is not there: nothing to note
    first = indexes.append(tmp_path, digest="after one")
    indexes.upsert("profiles", [1], _vectors(2))  # an edit of 1: its vector changes
    indexes.remove("offers", [10])
    indexes.upsert("profiles", [2], _vectors(1))  # removed by the first record, back in the second
    second = indexes.append(tmp_path, digest="after two")

    assert first.generation == second.generation == base.generation
    assert 0 < first.journal_bytes < second.journal_bytes
    assert (tmp_path / base.generation / JOURNAL_FILE).stat().st_size == second.journal_bytes
    loaded, meta = IndexSet.load(tmp_path, "model-a", 3)
    assert meta == second and meta.digest == "after two"
    assert loaded.profiles.ids() == {1, 2, 3, 4} and loaded.offers.ids() == {11}
    np.testing.assert_array_equal(loaded.profiles.vectors([1, 2, 4]), _vectors(2, 1, 1))
    np.testing.assert_array_equal(loaded.offers.vectors([11]), _vectors(2))
    assert loaded.counts() == indexes.counts() == meta.counts


def test_an_append_that_dies_before_publishing_is_ignored_and_overwritten(tmp_path: Path) -> None:
    indexes = _saved(tmp_path, 1, 2)
    indexes.upsert("profiles", [3], _vectors(0))
    published = indexes.append(tmp_path, digest="with 3")

    def die() -> None:
        raise KeyboardInterrupt("killed with the record on disk")

    indexes.upsert("profiles", [4], _vectors(1))
    with pytest.raises(KeyboardInterrupt):
        indexes.append(tmp_path, digest="with 4", before_publish=die)
    journal = tmp_path / published.generation / JOURNAL_FILE
    assert journal.stat().st_size > published.journal_bytes  # the unpublished record is on disk ...
    assert _load(tmp_path).profiles.ids() == {1, 2, 3}  # ... and not read

    reloaded = _load(tmp_path)  # a restart: the next write goes where the published journal ends
    reloaded.upsert("profiles", [5], _vectors(2))
    meta = reloaded.append(tmp_path, digest="with 5")
    assert journal.stat().st_size == meta.journal_bytes
    assert _load(tmp_path).profiles.ids() == {1, 2, 3, 5}


def test_a_set_that_is_not_the_published_one_saves_a_whole_generation(tmp_path: Path) -> None:
    mine = _saved(tmp_path, 1)
    other = _load(tmp_path)  # another process with the same set
    other.upsert("profiles", [2], _vectors(2))
    theirs = other.append(tmp_path, digest="theirs")
    mine.upsert("profiles", [3], _vectors(0))
    meta = mine.append(tmp_path, digest="mine")  # meta.json names their record, not what this set holds
    assert meta.generation != theirs.generation and meta.journal_bytes == 0
    assert _load(tmp_path).profiles.ids() == {1, 3}  # this set as it is; the digest tells a start it is stale

    refilled = _load(tmp_path)
    refilled.fill("offers", [7, 8], _vectors(7, 8))  # a whole index replaced: no record can say so
    assert refilled.append(tmp_path, digest="refilled").generation != meta.generation
    assert _load(tmp_path).offers.ids() == {7, 8}


def test_a_damaged_or_short_journal_is_refused(tmp_path: Path) -> None:
    indexes = _saved(tmp_path, 1)
    indexes.upsert("profiles", [2], _vectors(2))
    meta = indexes.append(tmp_path, digest="two")
    journal = tmp_path / meta.generation / JOURNAL_FILE
    data = bytearray(journal.read_bytes())
    data[-1] ^= 0xFF
    journal.write_bytes(bytes(data))
    with pytest.raises(RuntimeError, match="damaged"):
        _load(tmp_path)
    journal.write_bytes(bytes(data[:-5]))
    with pytest.raises(OSError, match="meta.json names"):
        _load(tmp_path)


def test_a_long_journal_asks_for_a_new_generation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generations_module, "JOURNAL_FLOOR", 0)
    indexes = _saved(tmp_path, *range(40))
    meta = indexes.published
    assert meta is not None and meta.generation_bytes > 0 and not indexes.journal_too_long()
    appended = 0
    while not indexes.journal_too_long():  # a quarter of the generation's files in records
        indexes.upsert("profiles", [appended % 40], _vectors(appended))
        indexes.append(tmp_path, digest=str(appended))
        appended += 1
    published = indexes.published
    assert published is not None and published.journal_bytes > meta.generation_bytes // 4
    compacted = indexes.save(tmp_path, digest="compacted")
    assert compacted.journal_bytes == 0 and not indexes.journal_too_long()
    np.testing.assert_array_equal(
        _load(tmp_path).profiles.vectors(list(range(40))), indexes.profiles.vectors(list(range(40)))
    )


def test_changes_bigger_than_the_journal_may_grow_make_a_new_generation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generations_module, "JOURNAL_FLOOR", 0)
    indexes = _saved(tmp_path, 1, 2, 3, 4)
    base = indexes.published
    assert base is not None
    bulk = list(range(100, 200))  # far more than a quarter of the generation's files
    indexes.upsert("profiles", bulk, _vectors(*bulk))
    meta = indexes.append(tmp_path, digest="bulk")
    assert meta.generation != base.generation and meta.journal_bytes == 0
    assert _load(tmp_path).profiles.ids() == {1, 2, 3, 4, *bulk}
