"""The demo ecosystem is data, edited by hand: `profiles/demo/organisations.jsonl` must pass the product's own
import validation on an empty database, and keep the properties the demo relies on (invented, unique, placed on
the gazetteer, described in the controlled vocabularies)."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from typing import Any

from matcher.kit.db import make_engine, make_session_factory, transaction
from matcher.places.gazetteer import find_city
from matcher.profiles.importer import validate_organisations
from matcher.profiles.vocab import MAX_KEYWORDS, sectors
from tests.test_docs import DEMO_FILE


@cache
def demo_records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DEMO_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_demo_passes_the_import_validation(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        with transaction(make_session_factory(engine)) as session:
            rows, errors = validate_organisations(DEMO_FILE.read_text(encoding="utf-8"), "jsonl", session)
    finally:
        engine.dispose()
    assert [str(e) for e in errors] == []
    assert len(rows) == len(demo_records()) > 200


def test_the_demo_is_invented_and_unique() -> None:
    records = demo_records()
    assert {r["source"] for r in records} == {"demo"}
    for field in ("ref", "name"):
        twice = [value for value, n in Counter(r[field] for r in records).items() if n > 1]
        assert twice == [], f"{field} used twice: {twice}"
    emails = Counter(c["email"] for r in records for c in r.get("contacts", []))
    assert [e for e, n in emails.items() if n > 1] == []
    reserved = re.compile(r"@(example\.(com|org|net)|[\w.-]+\.example)$")  # RFC 2606: no real mailbox
    assert [e for e in emails if not reserved.search(e)] == []


def test_every_demo_organisation_is_placed_and_described_in_the_vocabularies() -> None:
    problems = []
    for r in demo_records():
        if find_city(r.get("city")) is None:
            problems.append(f"{r['ref']}: {r.get('city')!r} is not in profiles/cities.csv")
        if not 1 <= len(r.get("sectors", [])) <= 3 or set(r["sectors"]) - set(sectors()):
            problems.append(f"{r['ref']}: sectors {r.get('sectors')} (1 to 3 of profiles/sectors.csv)")
        if not r.get("description") or not r.get("competences"):
            problems.append(f"{r['ref']}: a demo profile has a description and competences")
        for opp in r.get("opportunities", []):
            if not opp.get("summary") or not opp.get("description"):
                problems.append(f"{opp['ref']}: a demo opportunity has a summary and a description")
            if len(opp.get("keywords", [])) > MAX_KEYWORDS:
                problems.append(f"{opp['ref']}: more than {MAX_KEYWORDS} keywords")
    assert problems == []
