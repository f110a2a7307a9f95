"""Import and export: validation of every row first, nothing written on error, idempotent upserts, round trip."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from matcher.errors import ImportFailed, PayloadTooLarge
from matcher.kit.db import transaction
from matcher.profiles.importer import export_organisations, import_cooperations, import_organisations
from matcher.profiles.models import Cooperation, Opportunity, Organisation
from matcher.runtime import Runtime
from tests.conftest import ECOSYSTEM


def _count(rt: Runtime, model: type) -> int:
    with transaction(rt.session_factory) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _import(rt: Runtime, text: str, fmt: str = "jsonl", **kwargs: object):
    with transaction(rt.session_factory) as session:
        return import_organisations(session, io.StringIO(text), fmt=fmt, indexer=rt.indexer, **kwargs)


def test_bad_rows_are_all_reported_and_nothing_is_written(runtime: Runtime) -> None:
    good = json.dumps({"ref": "ok-1", "name": "Fine GmbH"})
    lines = [
        good,
        json.dumps({"ref": "bad-1", "name": "Bad Year", "founding_year": "next year"}),
        "{not json",
        json.dumps({"ref": "bad-2", "name": "", "kind": "pirate"}),
        json.dumps({"ref": "ok-1", "name": "Twice"}),
    ]
    with pytest.raises(ImportFailed) as failure:
        _import(runtime, "\n".join(lines))
    problems = {(e["line"], e["field"]) for e in failure.value.detail}
    assert (2, "founding_year") in problems
    assert (3, "(line)") in problems
    assert (4, "name") in problems and (4, "kind") in problems
    assert (5, "ref") in problems
    assert "wrote nothing" in failure.value.message
    assert _count(runtime, Organisation) == 0
    assert len(runtime.indexer.engine.catalogue.orgs) == 0


def test_import_twice_changes_nothing(loaded: Runtime) -> None:
    before = _count(loaded, Organisation), _count(loaded, Opportunity)
    with transaction(loaded.session_factory) as session:
        report = import_organisations(session, ECOSYSTEM, fmt="jsonl", indexer=loaded.indexer)
    assert (report.created, report.updated, report.unchanged, report.encoded) == (0, 0, 10, 0)
    assert (_count(loaded, Organisation), _count(loaded, Opportunity)) == before


def test_upsert_changes_only_what_the_record_says(loaded: Runtime) -> None:
    report = _import(loaded, json.dumps({"ref": "t-steel-co", "name": "Dortmunder Blechwerke SE"}))
    assert report.updated == 1
    with transaction(loaded.session_factory) as session:
        org = session.scalars(select(Organisation).where(Organisation.ref == "t-steel-co")).one()
        assert org.name == "Dortmunder Blechwerke SE"
        assert org.city == "Dortmund" and len(org.opportunities) == 1  # untouched


def test_opportunities_are_synced_by_ref(loaded: Runtime) -> None:
    record = json.loads(ECOSYSTEM.read_text().splitlines()[2])  # the start-up: one offer, one request
    opp_ids = _opportunity_ids(loaded, "t-vision-startup")
    record["opportunities"][0]["summary"] = "Now also for aluminium parts."
    del record["opportunities"][1]
    report = _import(loaded, json.dumps(record))
    assert report.updated == 1
    after = _opportunity_ids(loaded, "t-vision-startup")
    assert after == opp_ids[:1]  # same id, updated in place; the other one removed
    assert loaded.indexer.engine.catalogue.opps[after[0]].summary == "Now also for aluminium parts."
    assert opp_ids[1] not in loaded.indexer.engine.indexes.requests


def _opportunity_ids(rt: Runtime, ref: str) -> list[int]:
    with transaction(rt.session_factory) as session:
        org = session.scalars(select(Organisation).where(Organisation.ref == ref)).one()
        return [o.id for o in org.opportunities]


def test_csv_import_of_thin_data(runtime: Runtime) -> None:
    text = (
        "ref,name,city,sectors\nc-1,Ruhr Robotics,Bochum,automation_robotics;manufacturing\nc-2,Nur Name,,\n"
    )
    report = _import(runtime, text, fmt="csv")
    assert report.created == 2
    doc = next(o for o in runtime.indexer.engine.catalogue.orgs.values() if o.ref == "c-1")
    assert (
        doc.kind is None
        and doc.latitude is not None
        and doc.sectors == ["automation_robotics", "manufacturing"]
    )
    with pytest.raises(ImportFailed) as failure:
        _import(runtime, "ref,name,colour\nc-3,X,blue\n", fmt="csv")
    assert failure.value.detail[0]["field"] == "colour" and failure.value.detail[0]["line"] == 1  # the header


def test_dry_run_writes_nothing(runtime: Runtime) -> None:
    report = _import(runtime, ECOSYSTEM.read_text(), dry_run=True)
    assert report.rows == 10 and report.dry_run
    assert _count(runtime, Organisation) == 0


def test_size_limit(runtime: Runtime) -> None:
    with pytest.raises(PayloadTooLarge):
        _import(runtime, ECOSYSTEM.read_text(), limit=100)


def test_export_round_trip_is_lossless(loaded: Runtime, tmp_path: Path) -> None:
    first = io.StringIO()
    with transaction(loaded.session_factory) as session:
        assert export_organisations(session, first) == 10
    exported = [json.loads(line) for line in first.getvalue().splitlines()]
    steel = next(e for e in exported if e["ref"] == "t-fuelcell-co")
    assert steel["contacts"][0]["email"] == "p.sommer@example.com"  # an export is complete
    # re-import changes nothing, and a second export is identical
    report = _import(loaded, first.getvalue())
    assert report.unchanged == 10
    second = io.StringIO()
    with transaction(loaded.session_factory) as session:
        export_organisations(session, second)
    assert second.getvalue() == first.getvalue()


def test_cooperations_import(loaded: Runtime) -> None:
    text = "a_ref,b_ref,year,source\nt-fuelcell-co,t-h2-institute,2024,joint project\n"
    with transaction(loaded.session_factory) as session:
        report = import_cooperations(session, io.StringIO(text), indexer=loaded.indexer)
    assert report.created == 1
    with transaction(loaded.session_factory) as session:
        again = import_cooperations(session, io.StringIO(text), indexer=loaded.indexer)
    assert again.unchanged == 1 and _count(loaded, Cooperation) == 1
    # existing partners are not suggested again
    ids = {o.ref: o.id for o in loaded.indexer.engine.catalogue.orgs.values()}
    refs = [m.organisation.ref for m in loaded.recommender.match(ids["t-fuelcell-co"]).data]
    assert "t-h2-institute" not in refs

    bad = "a_ref,b_ref,year,source\nt-fuelcell-co,nobody,2024,x\nt-steel-co,t-steel-co,,\n"
    with pytest.raises(ImportFailed) as failure, transaction(loaded.session_factory) as session:
        import_cooperations(session, io.StringIO(bad), indexer=loaded.indexer)
    fields = {(e["line"], e["field"]) for e in failure.value.detail}
    assert (2, "b_ref") in fields and (3, "(row)") in fields
    assert _count(loaded, Cooperation) == 1
