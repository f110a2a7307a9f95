"""Scale benchmark: matches and free-text search through HTTP at 10k, 100k and 1M organisations, and the batch
`matcher recommend --all`, each beside plain FAISS on the same vectors measured in the same run.

Per size: make (or reuse) the installation with `benchmarks/scaledata.py`; start `matcher serve` on it twice
(the first start builds the index from the embedding cache, the second loads the saved index) and time each
until `/ready`; drive `GET /api/v1/organisations/{id}/matches` (cycling through many organisations) and
`GET /api/v1/search?q=...` (cycling through real queries) with `wrk` on 127.0.0.1, one connection for service
latency (several runs, medians) and more connections for throughput; then plain FAISS searches on the vectors
the server built its index from. Optionally `matcher recommend --all` with its time and peak memory.

Run with `make bench-scale` (`SIZES="10k 100k" make bench-scale` for fewer sizes), or
`.venv/bin/python benchmarks/bench_scale.py --help`. The results of each size are kept in
`var/scale/results-<size>.json` and the section "Scale: 10k to 1M organisations" of docs/performance.md is
written from every size found there, each row with its own date, commit and load. Nothing here is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402
from run_info import commit, machine, write_doc_section  # noqa: E402
from sqlalchemy import create_engine, select  # noqa: E402

from benchmarks.scaledata import parse_size, prepare, rich_progress  # noqa: E402
from matcher.config import Settings  # noqa: E402
from matcher.embeddings.encoder import Encoder, load_encoder  # noqa: E402
from matcher.engine.ann import IndexSet  # noqa: E402
from matcher.profiles.models import Organisation  # noqa: E402

OUT = REPO_ROOT / "docs" / "performance.md"
SECTION = "## Scale: 10k to 1M organisations"
WORK = REPO_ROOT / "var" / "scale"
QUERIES = [  # what people type (the foundation benchmark's), then the demo's real offer and request titles
    "who can test hydrogen fuel cells near Essen?",
    "Wer kann Oberflächenfehler mit Kameras erkennen?",
    "virtual reality safety training for a chemical plant",
    "recycling of lithium-ion batteries",
    "Leckageerkennung im Trinkwassernetz",
]
# the targets of issue 6: p50 of matches by size, p50 of search, recommend --all at 100k on 2 cores
MATCH_TARGET_MS = {100_000: 20.0, 1_000_000: 50.0}
SEARCH_TARGET_MS = 60.0
RECOMMEND_TARGET_S = 600.0
SAMPLE = 2000  # organisations the match requests cycle through
RAW_K = 200  # what the engine asks of each dense search: max(100, 20 x k) for k = 10


def label(n: int) -> str:
    if n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


# --- the server --------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def matcher_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-c", "from matcher.cli import app; app()", "--data-dir", str(data_dir), *args]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    return env


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    base: str
    start_s: float

    def get(self, path: str, timeout: float = 600) -> Any:
        with urllib.request.urlopen(self.base + path, timeout=timeout) as response:
            return json.loads(response.read())

    def memory_mib(self) -> tuple[float, float]:
        """(resident now, peak resident) of the server process, MiB."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        values = {
            k: float(v.split()[0]) / 1024 for k, v in re.findall(r"^(VmRSS|VmHWM):\s+(.*)$", status, re.M)
        }
        return values["VmRSS"], values["VmHWM"]

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_server(data_dir: Path, log_file: Path, timeout: float) -> Server:
    """`matcher serve` on a free port, timed from the process start until `/ready` answers 200."""
    port = free_port()
    started = time.perf_counter()
    with log_file.open("ab") as log:
        process = subprocess.Popen(
            matcher_command(data_dir, "serve", "--port", str(port)),
            env=child_env(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    while time.perf_counter() - started < timeout:
        if process.poll() is not None:
            raise RuntimeError(f"matcher serve ended with {process.returncode}: see {log_file}")
        try:
            with urllib.request.urlopen(base + "/ready", timeout=5) as response:
                if response.status == 200:
                    return Server(process, base, time.perf_counter() - started)
        except OSError:
            pass
        time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"matcher serve was not ready after {timeout:.0f} s: see {log_file}")


# --- wrk ---------------------------------------------------------------------------------------------------

LUA = """-- written by benchmarks/bench_scale.py: cycles through the paths, each thread from its own offset
paths = {%s}
local threads = 0
function setup(thread)
  thread:set("position", threads * 7919)
  threads = threads + 1
end
function request()
  position = position %% #paths + 1
  return wrk.format("GET", paths[position])
end
function done(summary, latency, requests)
  io.write(string.format(
    'WRKJSON {"requests": %%d, "duration_us": %%d, "p50_us": %%d, "p99_us": %%d, "mean_us": %%f, ' ..
    '"status_errors": %%d, "timeouts": %%d, "connect_errors": %%d, "read_errors": %%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.mean,
    summary.errors.status, summary.errors.timeout, summary.errors.connect, summary.errors.read))
end
"""


@dataclass
class WrkRun:
    connections: int
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    mean_ms: float
    errors: int

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def write_lua(paths: list[str], folder: Path, name: str) -> Path:
    script = folder / f"{name}.lua"
    script.write_text(LUA % ", ".join(json.dumps(p) for p in paths), encoding="utf-8")
    return script


def run_wrk(base: str, script: Path, seconds: float, connections: int) -> WrkRun:
    threads = min(connections, 2)
    done = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{seconds:.0f}s",
            "--timeout",
            "120s",
            "--latency",
            "-s",
            str(script),
            base + "/",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"^WRKJSON (.*)$", done.stdout, re.M)
    if not found:
        raise RuntimeError(f"wrk printed no summary:\n{done.stdout}\n{done.stderr}")
    data = json.loads(found.group(1))
    errors = sum(data[k] for k in ("status_errors", "timeouts", "connect_errors", "read_errors"))
    return WrkRun(
        connections=connections,
        requests=data["requests"],
        seconds=data["duration_us"] / 1e6,
        p50_ms=data["p50_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        mean_ms=data["mean_us"] / 1000,
        errors=errors,
    )


# --- the raw references ------------------------------------------------------------------------------------


def timed_each(calls: int, function: Any) -> list[float]:
    times = []
    for i in range(calls):
        started = time.perf_counter()
        function(i)
        times.append((time.perf_counter() - started) * 1000)
    return times


def raw_references(
    data_dir: Path, encoder: Encoder, org_ids: list[int], queries: list[str], calls: int
) -> dict[str, Any]:
    """Per query, in this process: one search of an organisation's profile vector for the best RAW_K
    profiles in the index the installation built, and in a plain `IndexFlatIP` over the same vectors; the
    encoding of a question alone, and with one flat search."""
    import faiss

    indexes, _ = IndexSet.load(
        Settings(data_dir=data_dir).index_dir, encoder.name, encoder.dimension, routed=encoder.routed
    )
    built = indexes.profiles
    inner: Any = built._index
    kind = type(faiss.downcast_index(inner.index if hasattr(inner, "index") else inner)).__name__
    ids = np.asarray(sorted(built.ids()), dtype=np.int64)
    vectors = built.vectors(ids.tolist())
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    probes = built.vectors(org_ids[:calls])
    query_vectors = encoder.encode_queries(queries)

    def search_each(index: Any, rows: np.ndarray) -> float:
        return statistics.median(timed_each(len(rows), lambda i: index.search(rows[i : i + 1], RAW_K)))

    threads = faiss.omp_get_max_threads()
    result: dict[str, Any] = {
        "built_index": f"{type(inner).__name__} over {kind}",
        "faiss_threads": threads,
        # FAISS's default (OpenMP on every core), as the server runs it
        "built_default_threads_ms": search_each(built, probes),
        "flat_default_threads_ms": search_each(flat, probes),
        "encode_ms": statistics.median(
            timed_each(
                min(calls, 3 * len(queries)), lambda i: encoder.encode_queries([queries[i % len(queries)]])
            )
        ),
    }
    faiss.omp_set_num_threads(1)  # one query at a time needs no threads; on busy cores they cost a lot
    try:
        result["built_ms"] = search_each(built, probes)
        result["flat_ms"] = search_each(flat, probes)
        result["flat_search_ms"] = search_each(flat, query_vectors)
    finally:
        faiss.omp_set_num_threads(threads)
    result["encode_and_flat_ms"] = result["encode_ms"] + result["flat_search_ms"]
    return result


# --- recommend --all ---------------------------------------------------------------------------------------


def run_recommend(
    data_dir: Path, out_dir: Path, timeout: float, engine: str = "local", workers: int = 2
) -> dict[str, Any]:
    """`matcher recommend --all` under /usr/bin/time -v: wall time and peak memory; past `timeout` it is
    stopped and the rate so far gives an estimate of the whole run."""
    out_file = out_dir / "recommendations.jsonl"
    log = out_dir / "recommend.log"
    time_file = out_dir / "recommend.time"
    command = ["/usr/bin/time", "-v", "-o", str(time_file), *matcher_command(data_dir, "recommend", "--all")]
    command += ["--out", str(out_file), "--engine", engine]
    if engine == "ray":
        command += ["--workers", str(workers)]
    pattern = f".{out_file.name}.*.partial"  # matcher.kit.files.atomic_writer's file, until it is renamed
    for stale in out_dir.glob(pattern):  # left by a run stopped earlier
        stale.unlink()
    started = time.perf_counter()
    with log.open("wb") as fh:
        process = subprocess.Popen(command, env=child_env(), stdout=fh, stderr=subprocess.STDOUT)
    first_line_at: float | None = None
    lines = 0
    while process.poll() is None and time.perf_counter() - started < timeout:
        time.sleep(2)
        lines = sum(_count_lines(p) for p in out_dir.glob(pattern))
        if lines and first_line_at is None:
            first_line_at = time.perf_counter()
    finished = process.poll() is not None
    if not finished:
        # stop the command itself, so that /usr/bin/time (which a SIGTERM would end first) reports its memory
        for child in _children(process.pid):
            os.kill(child, signal.SIGTERM)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for partial in out_dir.glob(pattern):
            partial.unlink()
    elapsed = time.perf_counter() - started
    result: dict[str, Any] = {
        "finished": finished and process.returncode == 0,
        "seconds": elapsed,
        "engine": engine if engine == "local" else f"{engine}, {workers} workers",
    }
    if time_file.exists():
        peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", time_file.read_text())
        result["peak_rss_mib"] = int(peak.group(1)) / 1024 if peak else None
    if result["finished"]:
        result["organisations"] = _count_lines(out_file)
    else:
        result["organisations_done"] = lines
        result["start_s"] = (first_line_at or elapsed) - started
        total = len(_visible_ids(data_dir))
        rate = lines / max(elapsed - result["start_s"], 1e-9)
        result["estimated_seconds"] = result["start_s"] + total / rate if rate else None
    return result


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as fh:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    except OSError:
        return 0


def _visible_ids(data_dir: Path) -> list[int]:
    engine = create_engine(Settings(data_dir=data_dir).resolved_database_url)
    try:
        with engine.connect() as conn:
            return list(
                conn.execute(select(Organisation.id).where(Organisation.visibility != "hidden")).scalars()
            )
    finally:
        engine.dispose()


# --- one size ----------------------------------------------------------------------------------------------


@dataclass
class SizeResult:
    organisations: int
    date: str
    commit: str
    machine: str
    load_before: float
    load_after: float = 0.0
    generation: dict[str, Any] = field(default_factory=dict)
    first_start_s: float = 0.0
    encoded_at_start: str = ""
    restart_s: float = 0.0
    rss_mib: float = 0.0
    peak_rss_mib: float = 0.0
    matches: list[dict[str, Any]] = field(default_factory=list)
    search: list[dict[str, Any]] = field(default_factory=list)
    matches_throughput: dict[str, Any] = field(default_factory=dict)
    search_throughput: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict)
    recommend: dict[str, Any] | None = None


def median_of(runs: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(r[key] for r in runs)) if runs else float("nan")


def bench_size(n: int, encoder: Encoder, args: argparse.Namespace) -> SizeResult:
    data_dir = args.work / label(n)
    result = SizeResult(
        organisations=n,
        date=f"{datetime.now(UTC):%Y-%m-%d}",
        commit=commit() or "?",
        machine=machine(),
        load_before=os.getloadavg()[0],
    )
    update, close = rich_progress()
    try:
        manifest = prepare(n, data_dir, encoder, progress=update, cordis_dir=args.cordis)
    finally:
        close()
    result.generation = {
        k: manifest[k] for k in ("organisations", "opportunities", "embeddings", "cooperations")
    }
    result.generation |= {k: manifest[k] for k in ("seconds", "mean_cosine", "base_records", "sources")}
    result.generation["sigma"] = manifest["recipe"]["sigma"]
    result.generation["disk_mib"] = sum(p.stat().st_size for p in data_dir.glob("matcher.db*")) / 2**20

    shutil.rmtree(data_dir / "index", ignore_errors=True)  # the first start builds it from the cache
    log_file = data_dir / "server.log"
    log_file.unlink(missing_ok=True)
    server = start_server(data_dir, log_file, args.start_timeout)
    result.first_start_s = server.start_s
    result.encoded_at_start = server.get("/api/v1/index")["job"].get("message") or ""
    server.stop()
    server = start_server(data_dir, log_file, args.start_timeout)
    result.restart_s = server.start_s
    print(
        f"{label(n)}: first start {result.first_start_s:.1f} s ({result.encoded_at_start}); "
        f"restart {result.restart_s:.1f} s",
        flush=True,
    )
    try:
        rng = np.random.default_rng(0)
        visible = _visible_ids(data_dir)
        org_ids = [int(i) for i in rng.choice(visible, size=min(SAMPLE, len(visible)), replace=False)]
        queries = QUERIES + [q for q in manifest["queries"] if q not in QUERIES][:60]
        work = Path(tempfile.mkdtemp(prefix="matchwerk-scale-"))
        match_lua = write_lua([f"/api/v1/organisations/{i}/matches" for i in org_ids], work, "matches")
        search_lua = write_lua([f"/api/v1/search?q={urllib.parse.quote(q)}" for q in queries], work, "search")
        for i in org_ids[:3]:  # warm-up, and a check that the answers carry explanations
            answer = server.get(f"/api/v1/organisations/{i}/matches")
            assert answer["count"] and answer["data"][0]["parts"], answer
        for q in queries[:3]:
            server.get(f"/api/v1/search?q={urllib.parse.quote(q)}")
        for run in range(args.runs):
            for name, script, into in (
                ("matches", match_lua, result.matches),
                ("search", search_lua, result.search),
            ):
                measured = run_wrk(server.base, script, args.seconds, 1)
                into.append(asdict(measured) | {"per_second": measured.per_second})
                print(
                    f"  {name} run {run + 1}: p50 {measured.p50_ms:.1f} ms, p99 {measured.p99_ms:.1f} ms, "
                    f"{measured.requests} requests, {measured.errors} errors",
                    flush=True,
                )
        for name, script in (("matches", match_lua), ("search", search_lua)):
            measured = run_wrk(server.base, script, args.seconds, args.connections)
            setattr(result, f"{name}_throughput", asdict(measured) | {"per_second": measured.per_second})
            print(
                f"  {name} with {args.connections} connections: {measured.per_second:.1f}/s, "
                f"p50 {measured.p50_ms:.1f} ms",
                flush=True,
            )
        result.rss_mib, result.peak_rss_mib = server.memory_mib()
        shutil.rmtree(work, ignore_errors=True)
    finally:
        server.stop()
    result.raw = raw_references(data_dir, encoder, org_ids, queries, calls=200)
    if n in args.recommend_at:
        print(f"  recommend --all at {label(n)} (stopped after {args.recommend_timeout:.0f} s)", flush=True)
        result.recommend = run_recommend(
            data_dir, data_dir, args.recommend_timeout, args.recommend_engine, args.recommend_workers
        ) | {"date": result.date, "commit": result.commit}
    else:
        result.recommend = earlier_recommend(args.work / f"results-{label(n)}.json")
    result.load_after = os.getloadavg()[0]
    (args.work / f"results-{label(n)}.json").write_text(
        json.dumps(asdict(result), indent=1), encoding="utf-8"
    )
    return result


def earlier_recommend(path: Path) -> dict[str, Any] | None:
    """The `recommend --all` result of the size's previous run, with that run's date and commit: a run that does
    not measure it (`--recommend-at ''`) keeps it in the table."""
    if not path.exists():
        return None
    earlier = json.loads(path.read_text(encoding="utf-8"))
    kept: dict[str, Any] | None = earlier.get("recommend")
    if kept:
        kept.setdefault("date", earlier["date"])
        kept.setdefault("commit", earlier["commit"])
    return kept


# --- the report --------------------------------------------------------------------------------------------


def _ms(value: float) -> str:
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def _target(value: float, target: float | None) -> str:
    if target is None:
        return "-"
    return f"≤ {target:.0f} ms: {'met' if value <= target else 'not met'}"


def section(results: list[SizeResult]) -> str:
    rows, starts, throughput, generation = [], [], [], []
    for r in sorted(results, key=lambda r: r.organisations):
        size = label(r.organisations)
        m50, m99 = median_of(r.matches, "p50_ms"), median_of(r.matches, "p99_ms")
        s50, s99 = median_of(r.search, "p50_ms"), median_of(r.search, "p99_ms")
        raw = r.raw
        match_target = MATCH_TARGET_MS.get(r.organisations)
        rows.append(
            f"| {size} | matches | {_ms(m50)} | {_ms(m99)} | {_target(m50, match_target)} | flat search of one "
            f"profile vector, k={RAW_K}, 1 thread: {raw['flat_ms']:.2f} ms ({raw['built_index']}: {raw['built_ms']:.2f} ms; "
            f"with FAISS's default {raw['faiss_threads']} threads: {raw['flat_default_threads_ms']:.2f} ms) "
            f"| {m50 / raw['flat_ms']:.0f} |"
        )
        rows.append(
            f"| {size} | search | {_ms(s50)} | {_ms(s99)} | {_target(s50, SEARCH_TARGET_MS)} "
            f"| encode the question + one flat search: {raw['encode_and_flat_ms']:.2f} ms "
            f"| {s50 / raw['encode_and_flat_ms']:.1f} |"
        )
        starts.append(
            f"| {size} | {r.first_start_s:.1f} s | {r.encoded_at_start} | {r.restart_s:.1f} s | "
            f"{r.rss_mib:.0f} MiB (peak {r.peak_rss_mib:.0f} MiB) | {r.date}, `{r.commit}`, load "
            f"{r.load_before:.1f} → {r.load_after:.1f} |"
        )
        mt, st = r.matches_throughput, r.search_throughput
        throughput.append(
            f"| {size} | {mt['connections']} | {mt['per_second']:.1f}/s (p50 {_ms(mt['p50_ms'])}) | "
            f"{st['per_second']:.1f}/s (p50 {_ms(st['p50_ms'])}) | {mt['errors'] + st['errors']} |"
        )
        g = r.generation
        generation.append(
            f"| {size} | {g['organisations']:,} | {g['opportunities']:,} | {g['cooperations']:,} | "
            f"{g['embeddings']:,} | {g['seconds']:.0f} s | {g['disk_mib']:,.0f} MiB | {g['mean_cosine']:.3f} |"
        )
    recommend = [r for r in results if r.recommend]
    batch = ""
    for r in recommend:
        rec = r.recommend or {}
        peak = f"{rec['peak_rss_mib']:,.0f} MiB" if rec.get("peak_rss_mib") else "?"
        if rec.get("finished"):
            what = f"{rec['seconds']:.0f} s for {rec['organisations']:,} organisations"
        else:
            estimate = rec.get("estimated_seconds")
            what = (
                f"stopped after {rec['seconds']:.0f} s with {rec['organisations_done']:,} organisations written "
                f"(start {rec['start_s']:.0f} s); at that rate the whole run takes about "
                f"{estimate / 60:.0f} min"
                if estimate
                else "stopped before the first line was written"
            )
        verdict = "met" if rec.get("finished") and rec["seconds"] <= RECOMMEND_TARGET_S else "not met"
        engine = rec.get("engine", "local")
        batch += (
            f"| {label(r.organisations)} | {engine} | {what} | {peak} | ≤ 10 min: {verdict} | "
            f"{rec.get('date', r.date)}, `{rec.get('commit', r.commit)}` |\n"
        )
    first = min(results, key=lambda r: r.organisations)
    missing = [label(n) for n in (10_000, 100_000, 1_000_000) if n not in {r.organisations for r in results}]
    pending = (
        f'\nNot measured here yet: {", ".join(missing)} (`SIZES="{" ".join(missing)}" make bench-scale` on a quiet '
        "machine; the generator writes about 6.5 KiB of database per organisation and keeps its memory bounded).\n"
        if missing
        else ""
    )
    cores = os.cpu_count() or 1
    busy = [
        label(r.organisations)
        for r in sorted(results, key=lambda r: r.organisations)
        if max(r.load_before, r.load_after) > cores
    ]
    loaded = (
        f"\n**Load:** during the runs of {', '.join(busy)} the load average was above the {cores} cores (other "
        "work shared the machine), so those latencies are upper bounds; re-run on a quiet machine for the "
        "figures to compare with the targets.\n"
        if busy
        else ""
    )
    sources = "; ".join(first.generation["sources"])
    return f"""{SECTION}

Measured by `make bench-scale` (`benchmarks/bench_scale.py`) on {first.machine}; model `{Settings().model}`
on the CPU; SQLite. Each row names its date, commit and the load average before → after it (other processes
shared the cores). The installations come from `benchmarks/scaledata.py`: {first.generation["base_records"]:,}
real base records ({sources}); organisation *i* copies record *i* mod that number with the suffix
`(no. i)` in its name, ref and opportunity titles, so every text differs, and its vectors are the base
record's real embeddings plus Gaussian noise (sigma {first.generation["sigma"]} per component, renormalised:
cosine to the base vector ≈ 0.93). About 30 % of the organisations carry 1-2 of the demo's real offers and
requests; the CORDIS cooperation network, thinned to at most 3 partners per organisation, is laid onto every
copy. The vectors sit in the embedding cache under the service's own content hashes, so the server's first
start builds its index without encoding, and every request runs the whole path (database, catalogue, FAISS,
BM25, filters, features, explanations).

Latency through HTTP with `wrk` on 127.0.0.1, one connection (service latency, not queueing), cycling
through {SAMPLE:,} organisations (matches, k=10) or {len(QUERIES)} typed questions plus the demo's offer and
request titles (search); medians over {len(first.matches)} runs of p50 and p99. The reference is plain FAISS in
the benchmark's process on the vectors the server indexed, per query, and the ratio is product / reference.
{loaded}
| size | request | p50 | p99 | target (p50) | raw reference (p50) | ratio |
|---|---|---|---|---|---|---|
{chr(10).join(rows)}

| size | first start (index from the cache) | | restart (saved index) | server memory after the runs | run |
|---|---|---|---|---|---|
{chr(10).join(starts)}

Throughput with more connections (one run each):

| size | connections | matches | search | errors |
|---|---|---|---|---|
{chr(10).join(throughput)}

Generation (`benchmarks/scaledata.py`, rows written in chunks of 5,000 organisations):

| size | organisations | opportunities | cooperations | cached vectors | time | database on disk | cosine to base |
|---|---|---|---|---|---|---|---|
{chr(10).join(generation)}
{pending}""" + (
        f"""
Batch `matcher recommend --all` (k=10; wall time from the process start, peak memory of the largest process by
`/usr/bin/time -v`; the Ray engine runs each worker as its own process on the published index):

| size | engine | time | peak memory | target | run |
|---|---|---|---|---|---|
{batch}"""
        if batch
        else ""
    )


def load_results(work: Path) -> list[SizeResult]:
    return [
        SizeResult(**json.loads(p.read_text(encoding="utf-8"))) for p in sorted(work.glob("results-*.json"))
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", default=["10k", "100k", "1M"], help="default: 10k 100k 1M")
    parser.add_argument("--runs", type=int, default=3, help="wrk runs per request kind (default 3)")
    parser.add_argument("--seconds", type=float, default=15, help="seconds per wrk run (default 15)")
    parser.add_argument("--connections", type=int, default=8, help="connections of the throughput run")
    parser.add_argument(
        "--recommend-at",
        default="100k",
        help="sizes at which to run `recommend --all` (default 100k; '' none)",
    )
    parser.add_argument("--recommend-timeout", type=float, default=1800, help="stop it after this (s)")
    parser.add_argument(
        "--recommend-engine",
        choices=["local", "ray"],
        default="ray",
        help="`recommend --engine` (default ray)",
    )
    parser.add_argument(
        "--recommend-workers", type=int, default=2, help="Ray workers (default 2, one per core)"
    )
    parser.add_argument("--start-timeout", type=float, default=3600, help="longest start of the server (s)")
    parser.add_argument("--work", type=Path, default=WORK, help=f"installations and results (default {WORK})")
    parser.add_argument(
        "--cordis", type=Path, default=None, help="the raw CORDIS folder (default: shared data)"
    )
    parser.add_argument("--no-write", action="store_true", help="do not write docs/performance.md")
    parser.add_argument(
        "--report-only", action="store_true", help="only write the section from the results kept in --work"
    )
    args = parser.parse_args()
    if args.report_only:
        write_doc_section(SECTION, section(load_results(args.work)))
        print(f"wrote the {SECTION!r} section of {OUT}")
        return 0
    args.recommend_at = {parse_size(s) for s in args.recommend_at.split() if s}
    if args.cordis is None:
        from benchmarks.scaledata import CORDIS_DIR

        args.cordis = CORDIS_DIR
    if shutil.which("wrk") is None:
        print("wrk is missing: run scripts/ensure-wrk.sh (Debian package wrk)", file=sys.stderr)
        return 1
    settings = Settings()
    encoder = load_encoder(settings.model, settings.model_registry)
    args.work.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        bench_size(parse_size(size), encoder, args)
    if not args.no_write:
        write_doc_section(SECTION, section(load_results(args.work)))
        print(f"wrote the {SECTION!r} section of {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
