"""The benchmark's exchange files: the gold CSV and the recommendations JSONL of `matcher recommend`."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

from matcher.errors import InvalidInput

GOLD_COLUMNS = ["query_ref", "partner_ref"]


def write_gold(path: Path, gold: dict[str, set[str]]) -> None:
    """One row per (query organisation, partner it should be shown), sorted."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(GOLD_COLUMNS)
        for query in sorted(gold):
            writer.writerows((query, partner) for partner in sorted(gold[query]))


def read_gold(path: Path) -> dict[str, set[str]]:
    """The gold CSV written by `matcher eval cordis --export` (columns query_ref, partner_ref)."""
    gold: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in GOLD_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise InvalidInput(f"{path}: the gold CSV needs the columns {', '.join(GOLD_COLUMNS)}")
        for row in reader:
            query, partner = (row["query_ref"] or "").strip(), (row["partner_ref"] or "").strip()
            if query and partner:
                gold[query].add(partner)
    return dict(gold)


def read_recommendations(path: Path) -> dict[str, list[str]]:
    """Ranked refs per organisation from `matcher recommend --out` (`{"ref", "matches": [{"ref"}]}` lines)."""
    rankings: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                rankings[record["ref"]] = [m["ref"] for m in record["matches"]]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InvalidInput(
                    f'{path}, line {number}: expected {{"ref": ..., "matches": [{{"ref": ...}}]}} ({exc})'
                ) from exc
    return rankings
