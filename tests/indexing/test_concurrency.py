"""Concurrent writes keep the index in step with the database: writers of one organisation are ordered, and
a post-commit update that runs late never brings back an older version."""

from __future__ import annotations

import threading

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.indexing.documents import catalogue_digest, read_catalogue
from matcher.kit.db import transaction
from matcher.profiles.models import Organisation
from matcher.profiles.schemas import OpportunityCreate
from matcher.profiles.service import ProfileService
from matcher.runtime import Runtime
from tests.indexing.test_consistency import assert_index_matches_database


def add_opportunity(rt: Runtime, session: Session, title: str) -> None:
    service = ProfileService(session, rt.indexer)
    org = service.get_by_ref("t-steel-co")
    service.add_opportunity(org, OpportunityCreate(direction="offer", type="facility", title=title))  # type: ignore[arg-type]


def test_opportunities_added_at_once_to_one_organisation_are_all_indexed(loaded: Runtime) -> None:
    first = loaded.session_factory()
    add_opportunity(loaded, first, "A rolling mill for trials")  # staged, not yet committed

    def second() -> None:
        with transaction(loaded.session_factory) as session:
            add_opportunity(loaded, session, "A hot-dip galvanising line")

    thread = threading.Thread(target=second)
    thread.start()
    thread.join(timeout=1.0)  # it waits for the first writer of the organisation (PostgreSQL: its row lock)
    first.commit()
    first.close()
    thread.join()
    doc = next(o for o in loaded.indexer.engine.catalogue.orgs.values() if o.ref == "t-steel-co")
    titles = {o.title for o in doc.opportunities}
    assert {"A rolling mill for trials", "A hot-dip galvanising line"} <= titles
    assert_index_matches_database(loaded)


def test_a_late_post_commit_update_does_not_bring_back_an_older_version(loaded: Runtime) -> None:
    matching = loaded.indexer
    with transaction(loaded.session_factory) as session:
        org = session.scalars(select(Organisation).where(Organisation.ref == "t-steel-co")).one()
        org.description = "First version: we roll steel."
        older = matching.stage(session, org_ids=[org.id])
    with transaction(loaded.session_factory) as session:
        org = session.scalars(select(Organisation).where(Organisation.ref == "t-steel-co")).one()
        org.description = "Second version: we roll and coat steel."
        matching.stage(session, org_ids=[org.id])
    matching.apply(older)  # the first transaction's hook, had its thread waited for the engine's lock
    doc = matching.engine.catalogue.orgs[org.id]
    assert "Second version" in doc.text
    with transaction(loaded.session_factory) as session:
        expected = catalogue_digest(matching.encoder.name, read_catalogue(session))
    assert catalogue_digest(matching.encoder.name, matching.engine.catalogue) == expected
