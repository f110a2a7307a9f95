"""Concurrent load, short: clients create, edit, delete, match and search at once against a real server.

The long version is benchmarks/bench_load.py; the driver and its checks are in tests/web/load.py.
"""

from __future__ import annotations

from pathlib import Path

from tests.web.load import LoadConfig, run_load


def test_concurrent_clients_lose_nothing_and_the_index_agrees(database_url: str, tmp_path: Path) -> None:
    result = run_load(LoadConfig(database_url=database_url, data_dir=tmp_path / "var", clients=10, seconds=5))
    assert result.problems == [], result.summary()
    assert result.server_errors() == 0
    done = {op for (op, status), n in result.statuses.items() if status < 300 and n}
    assert done >= {
        "create",
        "create-race",
        "edit",
        "edit-shared",
        "add-opportunity",
        "delete",
        "match",
        "search",
        "read",
    }
    created = sum(len(book.created) for book in result.books)
    assert result.index_status["counts"]["profiles"] >= created
