"""The index on disk: each save is a new generation directory, named in meta.json only once it is complete."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from matcher.engine.ann import GENERATION_PREFIX, IndexSet
from matcher.engine.ann.generations import WRITER_LOCK


def _set(*ids: int) -> IndexSet:
    indexes = IndexSet("model-a", 3)
    vectors = np.eye(3, dtype=np.float32)[[i % 3 for i in ids]]
    indexes.profiles.upsert(list(ids), vectors)
    return indexes


def _generations(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith(GENERATION_PREFIX))


def test_a_save_that_dies_before_publishing_leaves_the_old_set(tmp_path: Path) -> None:
    first = _set(1).save(tmp_path, digest="one")

    def die() -> None:
        raise KeyboardInterrupt("killed while the new generation was on disk")

    with pytest.raises(KeyboardInterrupt):
        _set(1, 2).save(tmp_path, digest="two", before_publish=die)
    loaded, meta = IndexSet.load(tmp_path, "model-a", 3)
    assert meta.generation == first.generation and meta.digest == "one"
    assert loaded.profiles.ids() == {1}
    assert len(_generations(tmp_path)) == 2  # the unpublished one is still there ...
    third = _set(1, 2, 3).save(tmp_path, digest="three")
    assert _generations(tmp_path) == [first.generation, third.generation]  # ... until the next save
    assert IndexSet.load(tmp_path, "model-a", 3)[0].profiles.ids() == {1, 2, 3}


def test_saves_keep_the_current_and_the_previous_generation(tmp_path: Path) -> None:
    metas = [_set(*range(1, n + 2)).save(tmp_path, digest=str(n)) for n in range(4)]
    newer = tmp_path / f"{GENERATION_PREFIX}99999999999999999999-1"  # another process, still writing
    newer.mkdir()
    metas.append(_set(1).save(tmp_path, digest="last"))
    assert _generations(tmp_path) == [metas[-2].generation, metas[-1].generation, newer.name]
    assert not list(tmp_path.glob("*.partial"))
    assert json.loads((tmp_path / "meta.json").read_text())["generation"] == metas[-1].generation


def test_the_flat_layout_of_earlier_versions_is_read_and_replaced(tmp_path: Path) -> None:
    old = _set(1, 2)
    for name, index in old.indexes.items():
        index.write(tmp_path / f"{name}.faiss")
    meta = {"model": "model-a", "dimension": 3, "counts": old.counts(), "built_at": "x", "digest": "d"}
    (tmp_path / "meta.json").write_text(json.dumps({**meta, "format_version": 1}))
    loaded, read = IndexSet.load(tmp_path, "model-a", 3)
    assert read.generation == "" and loaded.profiles.ids() == {1, 2}
    saved = loaded.save(tmp_path, digest="d")
    assert sorted(p.name for p in tmp_path.iterdir()) == [saved.generation, "meta.json", WRITER_LOCK]
    assert IndexSet.load(tmp_path, "model-a", 3)[0].profiles.ids() == {1, 2}


def test_files_that_disagree_with_the_metadata_are_refused(tmp_path: Path) -> None:
    meta = _set(1, 2).save(tmp_path, digest="d")
    _set(1).profiles.write(tmp_path / meta.generation / "profiles.faiss")  # a file from another set
    with pytest.raises(RuntimeError, match="meta.json says"):
        IndexSet.load(tmp_path, "model-a", 3)
    (tmp_path / meta.generation / "offers.faiss").write_bytes(b"\0" * 10)
    with pytest.raises(RuntimeError):
        IndexSet.load(tmp_path, "model-a", 3)
