"""The Ray engine (`--engine ray`) on a local Ray instance bound to 127.0.0.1: it writes exactly the local
engine's recommendations and builds the local engine's index, against the same database as the driver."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import create_engine, func, select, text
from typer.testing import CliRunner

from matcher.cli import app
from matcher.embeddings.encoder import Encoder
from matcher.embeddings.models import CachedEmbedding
from matcher.engine.ann import INDEX_NAMES, IndexSet
from matcher.errors import ConfigurationError, MatcherError
from matcher.recommendations.batch import recommendable_ids
from matcher.recommendations.distributed import LOOPBACK, import_ray, recommendations_on_ray, start_local_ray
from matcher.runtime import open_published_index
from tests.conftest import ECOSYSTEM

LOOPBACK_LISTENERS = {"0100007F", "0000000000000000FFFF00000100007F", "00000000000000000000000001000000"}


@pytest.fixture(scope="module")
def ray_instance(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One local Ray instance for the module: 2 CPUs, on 127.0.0.1, its files in a temporary folder."""
    if importlib.util.find_spec("ray") is None:  # not imported here: Ray must first be told to stay local
        pytest.skip("ray is not installed")
    start_local_ray(num_cpus=2, temp_dir=tmp_path_factory.mktemp("ray"))
    import ray

    yield
    ray.shutdown()


@pytest.fixture
def cli(
    ray_instance: None, tmp_path: Path, encoder: Encoder, database_url: str, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("MATCHER_DATABASE_URL", database_url)
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(app, ["--data-dir", str(tmp_path / "var"), *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    return run


def descendants(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            found |= {int(child)} | descendants(int(child))
    return found


def listening_addresses(pids: set[int]) -> set[str]:
    """The local addresses (kernel hex, port dropped) of the TCP sockets these processes listen on."""
    inodes: set[str] = set()
    for pid in pids:
        try:
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                target = os.readlink(fd)
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:  # a process that ended meanwhile
            continue
    addresses = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for row in Path(table).read_text().splitlines()[1:]:
            fields = row.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                addresses.add(fields[1].split(":")[0])
    return addresses


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's /proc")
def test_the_local_instance_listens_on_loopback_only(ray_instance: None) -> None:
    import ray

    assert ray.util.get_node_ip_address() == LOOPBACK
    addresses = listening_addresses(descendants(os.getpid()) | {os.getpid()})
    assert addresses, "found no listening socket of the Ray processes"
    assert addresses <= LOOPBACK_LISTENERS, f"Ray listens beyond 127.0.0.1: {addresses}"


def test_recommend_on_ray_writes_the_local_file(cli, tmp_path: Path) -> None:
    cli("import", str(ECOSYSTEM))
    local, on_ray = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    cli("recommend", "--all", "--k", "4", "--out", str(local))
    output = cli("recommend", "--all", "--k", "4", "--out", str(on_ray), "--engine", "ray", "--workers", "2")
    assert "wrote recommendations for 9 organisations" in output
    assert len(local.read_text().splitlines()) == 9
    assert on_ray.read_bytes() == local.read_bytes()


def read_index(directory: Path, encoder: Encoder) -> dict[str, tuple[list[int], np.ndarray]]:
    indexes, _ = IndexSet.load(directory, encoder.name, encoder.dimension)
    found = {}
    for name in INDEX_NAMES:
        ids = sorted(indexes.indexes[name].ids())
        found[name] = (ids, indexes.indexes[name].vectors(ids))
    return found


def test_reindex_on_ray_builds_the_local_index(
    cli, tmp_path: Path, encoder: Encoder, database_url: str
) -> None:
    cli("import", str(ECOSYSTEM))  # encodes in this process and builds the index
    index_dir = tmp_path / "var" / "index"
    local = read_index(index_dir, encoder)
    db = create_engine(database_url)
    with db.begin() as conn:  # forget every vector, so that the Ray workers must encode all texts again
        conn.execute(text("DELETE FROM embeddings"))
    output = cli("reindex", "--engine", "ray")
    assert "index rebuilt: 10 profiles" in output
    with db.connect() as conn:
        cached = conn.execute(select(func.count()).select_from(CachedEmbedding)).scalar_one()
    db.dispose()
    assert cached == 21  # 10 profiles and 11 opportunities, encoded by the workers
    rebuilt = read_index(index_dir, encoder)
    for name in INDEX_NAMES:
        assert rebuilt[name][0] == local[name][0], name
        np.testing.assert_allclose(rebuilt[name][1], local[name][1], atol=1e-5, err_msg=name)


def test_without_ray_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(ConfigurationError, match=r"pip install"):
        import_ray()


def test_a_worker_without_the_published_index_fails_the_run(
    ray_instance: None, loaded, tmp_path: Path
) -> None:
    """A worker that sees another data directory (on a cluster: not shared, no snapshot copied) says so."""
    elsewhere = loaded.settings.model_copy(update={"data_dir": tmp_path / "elsewhere"})
    ids = recommendable_ids(loaded.recommender)
    with pytest.raises(MatcherError, match="is not the one the run started with"):
        list(
            recommendations_on_ray(
                loaded.recommender, elsewhere, ids, k=3, pairing=None, workers=1, opener=open_published_index
            )
        )
