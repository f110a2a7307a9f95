"""SIGKILL in the middle of an import, a reindex and a batch recommendation, in a real `matcher` process.

Each test starts the command on this checkout's code, waits until its log shows it is in the middle of the
work, kills it with SIGKILL, then reopens the data directory and checks that the database holds all or none of
the work, that the index on disk is a whole generation that agrees with the database (or is rebuilt), and that
matching still answers.
"""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import delete, select

from matcher.config import Settings
from matcher.embeddings.cache import EmbeddingRepository
from matcher.embeddings.models import CachedEmbedding
from matcher.engine.ann import GENERATION_PREFIX, IndexSet
from matcher.kit.db import transaction
from matcher.profiles.importer import import_organisations
from matcher.runtime import Runtime, open_runtime
from tests.conftest import ECOSYSTEM
from tests.faults.checks import assert_index_is_the_databases, orphans, table_counts

REPO = Path(__file__).resolve().parents[2]
WAIT_S = 240  # loading the model in a fresh process is slow on a busy machine
CITIES = ["Bochum", "Essen", "Dortmund", "Hagen", "Duisburg", "Mülheim an der Ruhr", "Herne", "Witten"]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def ecosystem(size: int, tag: str) -> list[dict[str, object]]:
    """`size` organisations made from the test ecosystem, every one with texts of its own (so that each one
    is really encoded), and refs that carry `tag`."""
    base = [json.loads(line) for line in ECOSYSTEM.read_text(encoding="utf-8").splitlines()]
    records = []
    for n in range(size):
        record = json.loads(json.dumps(base[n % len(base)]))
        city = CITIES[n % len(CITIES)]
        record["ref"] = f"{record['ref']}-{tag}{n}"
        record["name"] = f"{record['name']} {city} {tag}{n}"
        record["description"] = f"{record.get('description', '')} Our team {tag}{n} works from {city}."
        for opp in record.get("opportunities", []):
            opp["ref"] = f"{opp['ref']}-{tag}{n}" if opp.get("ref") else None
            opp["summary"] = f"{opp['summary']} (Site {city}, case {tag}{n}.)"
        records.append(record)
    return records


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


# --- running and killing the command ---------------------------------------------------------------------


class Command:
    """`matcher -v ARGS` in a subprocess on this checkout, with its log lines readable as they come; run through
    `tests/faults/paused_cli.py`, which pauses it at the step `FAULT_PAUSE_AT` names (if any)."""

    def __init__(self, settings: Settings, database_url: str, *args: str, **env: str) -> None:
        environment = {
            **os.environ,
            "PYTHONPATH": str(REPO),
            "MATCHER_DATA_DIR": str(settings.data_dir),
            "MATCHER_DATABASE_URL": database_url,
            "MATCHER_ENVIRONMENT": "test",
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            **env,
        }
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.paused_cli", "-v", *args],
            cwd=REPO,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()
        _STARTED.append(self.process)

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, pattern: str) -> re.Match[str]:
        """The first log line (from now on) that matches; fails if the command ends or takes too long."""
        while True:
            try:
                line = self._queue.get(timeout=WAIT_S)
            except queue.Empty:
                self.process.kill()
                pytest.fail(f"no line matching {pattern!r} in {WAIT_S} s:\n" + "\n".join(self.lines))
            if line is None:
                pytest.fail(f"the command ended before {pattern!r}:\n" + "\n".join(self.lines))
            self.lines.append(line)
            found = re.search(pattern, line)
            if found:
                return found

    def wait_until_midway(self, step: str) -> None:
        """Wait for a progress line of `step` that is neither the first nor the last of the work."""
        while True:
            found = self.wait_for(rf"{step}: (\d+) of (\d+)")
            done, total = int(found.group(1)), int(found.group(2))
            if 0 < done < total:
                return

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        assert self.process.wait(timeout=30) == -signal.SIGKILL  # killed in the act, not finished


_STARTED: list[subprocess.Popen[str]] = []


@pytest.fixture(autouse=True)
def _no_process_outlives_its_test() -> Iterator[None]:
    yield
    while _STARTED:
        process = _STARTED.pop()
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)


@pytest.fixture
def reopen(settings: Settings) -> Iterator[list[Runtime]]:
    """Runtimes opened after the kill, closed at the end."""
    opened: list[Runtime] = []
    yield opened
    for rt in opened:
        rt.close()


def restart(settings: Settings, opened: list[Runtime]) -> Runtime:
    rt = open_runtime(settings)
    opened.append(rt)
    return rt


_VECTORS: dict[str, np.ndarray] = {}  # content hash -> vector: each text is encoded once for the whole module


def warm_cache(rt: Runtime) -> None:
    """Put the vectors earlier tests encoded into this database's embedding cache."""
    with transaction(rt.session_factory) as session:
        repo = EmbeddingRepository(session)
        known = repo.get_many(rt.encoder.name, list(_VECTORS))
        repo.add_many(rt.encoder.name, {h: v for h, v in _VECTORS.items() if h not in known})


def seed(rt: Runtime, records: list[dict[str, object]], path: Path) -> None:
    """Import `records` in this process (the way `matcher import` does), reusing vectors of earlier tests."""
    warm_cache(rt)
    with transaction(rt.session_factory) as session:
        import_organisations(session, write_jsonl(path, records), fmt="jsonl", indexer=rt.indexer)
    with transaction(rt.session_factory) as session:
        for digest, blob in session.execute(select(CachedEmbedding.content_hash, CachedEmbedding.vector)):
            _VECTORS[digest] = np.frombuffer(blob, dtype=np.float32)


def generation(settings: Settings) -> str:
    meta = IndexSet.read_meta(settings.index_dir)
    assert meta is not None
    return meta.generation


def generations_on_disk(settings: Settings) -> set[str]:
    return {p.name for p in settings.index_dir.iterdir() if p.name.startswith(GENERATION_PREFIX)}


# --- import -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("moment", ["embedding", "after_commit", "journal_written"])
def test_import_killed_writes_all_or_nothing(
    moment: str,
    runtime: Runtime,
    settings: Settings,
    database_url: str,
    tmp_path: Path,
    reopen: list[Runtime],
) -> None:
    seed(runtime, ecosystem(10, "old"), tmp_path / "old.jsonl")
    before = table_counts(database_url)
    old_generation, old_meta = generation(settings), IndexSet.read_meta(settings.index_dir)
    new = ecosystem(60, "new")
    env = {"MATCHER_ENCODE_BATCH_SIZE": "8"}
    if moment != "embedding":
        env["FAULT_PAUSE_AT"] = moment
    command = Command(settings, database_url, "import", str(write_jsonl(tmp_path / "new.jsonl", new)), **env)
    if moment == "embedding":
        command.wait_until_midway("embedding")  # the rows are written and flushed, the vectors half done
    else:  # committed; the index on disk not yet told (after_commit), or its journal record not yet named
        command.wait_for(f"test checkpoint {moment}")
    command.kill()

    after = table_counts(database_url)
    assert IndexSet.read_meta(settings.index_dir) == old_meta  # the killed process never published a change
    rt = restart(settings, reopen)
    assert orphans(rt) == {"opportunities": 0, "contact_persons": 0, "cooperations": 0}
    if moment == "embedding":
        assert after == before  # nothing: no organisation, opportunity, contact or cached vector
        assert generation(settings) == old_generation  # the old index agrees with the database: loaded
    else:
        new_opps = sum(len(r.get("opportunities", [])) for r in new)  # type: ignore[arg-type]
        assert after["organisations"] == before["organisations"] + len(new)
        assert after["opportunities"] == before["opportunities"] + new_opps
        new_contacts = sum(len(r.get("contacts", [])) for r in new)  # type: ignore[arg-type]
        assert new_contacts and after["contact_persons"] == before["contact_persons"] + new_contacts
        assert after["embeddings"] == before["embeddings"] + len(new) + new_opps  # committed with the rows
        # the index on disk was behind the database: the start rebuilt it, from the cache alone
        assert generation(settings) != old_generation
        assert rt.indexer.job.state == "done" and "encoded 0 new texts" in rt.indexer.job.message
    assert_index_is_the_databases(rt, settings.index_dir)
    org = next(o for o in rt.indexer.engine.catalogue.orgs.values() if o.ref == "t-fuelcell-co-old0")
    refs = [m.organisation.ref for m in rt.recommender.match(org.id, k=3).data]
    assert refs and refs[0].startswith("t-h2-institute")


# --- reindex ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("moment", ["embedding", "index_written"])
def test_reindex_killed_leaves_a_whole_index(
    moment: str,
    runtime: Runtime,
    settings: Settings,
    database_url: str,
    tmp_path: Path,
    reopen: list[Runtime],
) -> None:
    seed(runtime, ecosystem(60, "r"), tmp_path / "orgs.jsonl")
    old_generation, built_at = generation(settings), runtime.indexer.engine.indexes.built_at
    env = {"MATCHER_ENCODE_BATCH_SIZE": "8"}
    if moment == "embedding":
        with transaction(runtime.session_factory) as session:  # an emptied cache: the reindex re-encodes all
            session.execute(delete(CachedEmbedding))
    else:
        env["FAULT_PAUSE_AT"] = "index_written"
    before, kept = table_counts(database_url), generations_on_disk(settings)
    command = Command(settings, database_url, "reindex", **env)
    if moment == "embedding":
        command.wait_until_midway("reindexing")
    else:
        command.wait_for("test checkpoint index_written")  # a whole new generation on disk, not yet in use
        (written,) = generations_on_disk(settings) - kept
        assert sorted(p.name for p in (settings.index_dir / written).iterdir()) == [
            "offers.faiss",
            "profiles.faiss",
            "requests.faiss",
        ]
    command.kill()

    assert table_counts(database_url) == before  # the vectors it encoded were never committed
    assert generation(settings) == old_generation  # meta.json still names the old generation
    rt = restart(settings, reopen)
    assert rt.indexer.engine.indexes.built_at == built_at  # the old index agrees: accepted, not rebuilt
    assert rt.indexer.job.state == "idle"
    assert_index_is_the_databases(rt, settings.index_dir)
    warm_cache(rt)
    rt.indexer.rebuild()  # the next save clears the generation the killed process left behind
    assert generations_on_disk(settings) == {old_generation, generation(settings)}
    assert_index_is_the_databases(rt, settings.index_dir)
    org = next(o for o in rt.indexer.engine.catalogue.orgs.values() if o.ref == "t-fuelcell-co-r0")
    assert rt.recommender.match(org.id, k=3).data[0].organisation.ref.startswith("t-h2-institute")


# --- recommend --all --------------------------------------------------------------------------------------


def test_recommend_killed_leaves_no_partial_file(
    runtime: Runtime,
    settings: Settings,
    database_url: str,
    tmp_path: Path,
    reopen: list[Runtime],
) -> None:
    seed(runtime, ecosystem(60, "b"), tmp_path / "orgs.jsonl")
    out = tmp_path / "recommendations.jsonl"
    out.write_text('{"ref": "from-last-week", "matches": []}\n', encoding="utf-8")
    before = table_counts(database_url)
    command = Command(settings, database_url, "recommend", "--all", "--out", str(out), "--pairing", "any")
    command.wait_until_midway("recommending")
    command.kill()

    assert out.read_text(encoding="utf-8") == '{"ref": "from-last-week", "matches": []}\n'  # untouched
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".recommendations.jsonl.")]
    assert all(name.endswith(".partial") for name in leftovers)  # hidden, never taken for the result
    assert table_counts(database_url) == before  # a batch recommendation writes nothing to the database
    rt = restart(settings, reopen)
    assert_index_is_the_databases(rt, settings.index_dir)
    org = next(o for o in rt.indexer.engine.catalogue.orgs.values() if o.ref == "t-fuelcell-co-b0")
    assert rt.recommender.match(org.id, k=3).count == 3
