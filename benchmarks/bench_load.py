"""Concurrent-load benchmark: many clients creating, editing, deleting, matching and searching for a while
against a real `matcher serve` on a fresh database, then the books are checked (nothing lost or duplicated,
the index agrees with the database).

Run with `.venv/bin/python benchmarks/bench_load.py` (50 clients, 60 s, PostgreSQL on 127.0.0.1:5432 by
default; see `--help`). Writes the "Concurrent load" section of docs/performance.md and exits non-zero when
the load found a problem. The driver is tests/web/load.py, which the short test (tests/web/test_load.py) uses.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))  # this checkout's `matcher` and `tests`, wherever it is run from
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from run_info import commit, machine, write_doc_section  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from tests.web.load import LoadConfig, LoadResult, run_load  # noqa: E402

OUT = REPO_ROOT / "docs" / "performance.md"
SECTION = "## Concurrent load"
DEMO = REPO_ROOT / "profiles" / "demo" / "organisations.jsonl"
POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def section(result: LoadResult, backend: str) -> str:
    cfg = result.config
    rows = "\n".join(
        f"| {op} | {n} | {p50:.0f} ms | {p99:.0f} ms |" for op, n, p50, p99 in result.latency_table()
    )
    statuses = ", ".join(f"{op} {status}: {n}" for (op, status), n in sorted(result.statuses.items()))
    verdict = (
        "none: every acknowledged create, edit and delete is in the database exactly as acknowledged, each raced "
        "ref was created once (one 201, 409 for the others), and the index saved on disk was built from exactly "
        "what the database holds"
        if not result.problems
        else "; ".join(result.problems[:5])
    )
    return f"""{SECTION}

Measured by `benchmarks/bench_load.py` on {datetime.now(UTC):%Y-%m-%d}, commit `{commit() or "?"}`,
on {machine()}; {backend}; model `{result.index_status["model"]}` on the CPU. {cfg.clients} clients (threads
with their own HTTP connection and manager token) for {cfg.seconds:.0f} s against `matcher serve` on
127.0.0.1, on a fresh database holding `{cfg.ecosystem.relative_to(REPO_ROOT)}`. Each client loops: create an
organisation (every third with an opportunity), race the others to create one shared ref, edit one of its own,
add an opportunity to its own or to one shared organisation, edit one of three shared organisations, delete one
of its own, fetch matches, search, read its own write back. The server, the database and the clients share the
machine (load average {os.getloadavg()[0]:.1f} at the end of the run); writes queue for the one encoder, which
embeds every changed text inside its transaction, and writers of one organisation queue for its row.

{result.requests} requests in {result.elapsed:.1f} s: **{result.requests / result.elapsed:.1f} requests/s**,
**{result.server_errors()} server errors** (5xx or a dropped connection). Problems found: {verdict}.

| operation | requests | p50 | p99 |
|---|---|---|---|
{rows}

Answers: {statuses}.
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument("--seconds", type=float, default=60, help="how long they run (default 60)")
    parser.add_argument(
        "--database",
        default=POSTGRES,
        help="`sqlite`, or the URL of a PostgreSQL server on which a fresh database is created and dropped "
        f"afterwards (default {POSTGRES})",
    )
    parser.add_argument(
        "--ecosystem", type=Path, default=DEMO, help="JSONL file imported first (default: demo)"
    )
    parser.add_argument("--no-write", action="store_true", help="print the results only")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="matchwerk-load-"))
    admin = None
    name = f"matchwerk_load_{uuid.uuid4().hex[:10]}"
    try:
        if args.database == "sqlite":
            url, backend = f"sqlite:///{work / 'matcher.db'}", "SQLite (WAL)"
        else:
            admin = create_engine(args.database, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
                version = conn.execute(text("SHOW server_version")).scalar()
            url = make_url(args.database).set(database=name).render_as_string(hide_password=False)
            backend = f"PostgreSQL {version}"
        config = LoadConfig(
            database_url=url,
            data_dir=work / "var",
            clients=args.clients,
            seconds=args.seconds,
            ecosystem=args.ecosystem.resolve(),
        )
        result = run_load(config)
        print(result.summary())
        if not args.no_write:
            write_doc_section(SECTION, section(result, backend))
            print(f"wrote the {SECTION!r} section of {OUT}")
        return 1 if result.problems or result.server_errors() else 0
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
