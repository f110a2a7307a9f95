"""The index always agrees with the database: after edits and deletes, after a rollback, across restarts."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update

from matcher.config import Settings
from matcher.errors import ConfigurationError
from matcher.kit.db import transaction
from matcher.profiles.models import Opportunity, Organisation
from matcher.profiles.schemas import OpportunityUpdate, OrganisationUpdate
from matcher.profiles.service import ProfileService
from matcher.runtime import Runtime, open_runtime


def assert_index_matches_database(rt: Runtime) -> None:
    with transaction(rt.session_factory) as session:
        org_ids = set(session.scalars(select(Organisation.id)))
        offers = set(session.scalars(select(Opportunity.id).where(Opportunity.direction == "offer")))
        requests = set(session.scalars(select(Opportunity.id).where(Opportunity.direction == "request")))
    idx = rt.indexer.engine.indexes
    assert idx.profiles.ids() == org_ids == set(rt.indexer.engine.catalogue.orgs)
    assert idx.offers.ids() == offers
    assert idx.requests.ids() == requests


def test_edits_and_deletes_keep_the_index_in_step(loaded: Runtime) -> None:
    assert_index_matches_database(loaded)
    with transaction(loaded.session_factory) as session:
        service = ProfileService(session, loaded.indexer)
        steel = service.get_by_ref("t-steel-co")
        service.update(steel, OrganisationUpdate(description="Now we also make wind-turbine towers."))
        opp = steel.opportunities[0]
        service.update_opportunity(opp, OpportunityUpdate(direction="offer"))
        service.delete(service.get_by_ref("t-vr-studio"))
    assert_index_matches_database(loaded)
    with transaction(loaded.session_factory) as session:
        service = ProfileService(session, loaded.indexer)
        startup = service.get_by_ref("t-vision-startup")
        service.delete_opportunity(startup.opportunities[1])
    assert_index_matches_database(loaded)
    doc = next(o for o in loaded.indexer.engine.catalogue.orgs.values() if o.ref == "t-steel-co")
    assert "wind-turbine" in doc.text


def test_a_rolled_back_change_never_reaches_the_index(loaded: Runtime) -> None:
    before = loaded.indexer.engine.indexes.counts()
    with pytest.raises(RuntimeError), transaction(loaded.session_factory) as session:
        service = ProfileService(session, loaded.indexer)
        service.delete(service.get_by_ref("t-vr-studio"))
        raise RuntimeError("crash before commit")
    assert loaded.indexer.engine.indexes.counts() == before
    assert_index_matches_database(loaded)


def test_restart_loads_the_saved_index_without_encoding(loaded: Runtime, settings: Settings) -> None:
    built_at = loaded.indexer.engine.indexes.built_at
    again = open_runtime(settings)
    try:
        assert again.indexer.engine.indexes.built_at == built_at  # loaded, not rebuilt
        assert_index_matches_database(again)
    finally:
        again.close()


def test_restart_rebuilds_an_index_that_is_behind_the_database(loaded: Runtime, settings: Settings) -> None:
    # another process changed a profile and died before updating the index
    with transaction(loaded.session_factory) as session:
        session.execute(
            update(Organisation).where(Organisation.ref == "t-steel-co").values(description="Changed.")
        )
    again = open_runtime(settings)
    try:
        doc = next(o for o in again.indexer.engine.catalogue.orgs.values() if o.ref == "t-steel-co")
        assert "Changed." in doc.text
        assert again.indexer.engine.indexes.built_at != "" and again.indexer.job.state == "done"
        assert_index_matches_database(again)
    finally:
        again.close()


def test_an_index_of_another_model_is_refused(loaded: Runtime, settings: Settings) -> None:
    meta_path = settings.index_dir / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["model"] = "some-other-model"
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(ConfigurationError, match="matcher reindex"):
        open_runtime(settings)
    # `matcher reindex` (load_index=False + rebuild) repairs it
    repaired = open_runtime(settings, load_index=False)
    try:
        repaired.indexer.rebuild()
        assert json.loads(meta_path.read_text())["model"] == settings.model
    finally:
        repaired.close()
