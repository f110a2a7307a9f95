"""What the fault tests look at after a failure: rows of every table, orphans, and whether the index on disk is
exactly the database's."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, func, select

from matcher.engine.ann import IndexSet
from matcher.indexing.documents import catalogue_digest
from matcher.kit.db import transaction
from matcher.models import metadata
from matcher.ops.migrations import upgrade
from matcher.profiles.models import ContactPerson, Cooperation, Opportunity, Organisation
from matcher.runtime import Runtime


def table_counts(database_url: str) -> dict[str, int]:
    """Rows in every table of the schema."""
    engine = create_engine(database_url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            return {
                table.name: conn.scalar(select(func.count()).select_from(table)) or 0
                for table in metadata.sorted_tables
            }
    finally:
        engine.dispose()


def orphans(rt: Runtime) -> dict[str, int]:
    """Rows that point to an organisation that does not exist (foreign keys forbid them; this proves it)."""
    orgs = select(Organisation.id)
    with transaction(rt.session_factory) as session:
        return {
            "opportunities": session.scalar(
                select(func.count()).where(Opportunity.organisation_id.not_in(orgs))
            )
            or 0,
            "contact_persons": session.scalar(
                select(func.count()).where(ContactPerson.organisation_id.not_in(orgs))
            )
            or 0,
            "cooperations": session.scalar(
                select(func.count()).where(
                    Cooperation.organisation_a_id.not_in(orgs) | Cooperation.organisation_b_id.not_in(orgs)
                )
            )
            or 0,
        }


def assert_index_is_the_databases(rt: Runtime, index_dir: Path) -> None:
    """The index in memory and the one named on disk hold exactly the database's ids and texts."""
    with transaction(rt.session_factory) as session:
        org_ids = set(session.scalars(select(Organisation.id)))
        offers = set(session.scalars(select(Opportunity.id).where(Opportunity.direction == "offer")))
        requests = set(session.scalars(select(Opportunity.id).where(Opportunity.direction == "request")))
    assert set(rt.indexer.engine.catalogue.orgs) == org_ids  # the catalogue was read from the database
    digest = catalogue_digest(rt.encoder.name, rt.indexer.engine.catalogue)
    on_disk, meta = IndexSet.load(index_dir, rt.encoder.name, rt.encoder.dimension)
    assert meta.digest == digest
    for indexes in (rt.indexer.engine.indexes, on_disk):
        assert indexes.profiles.ids() == org_ids
        assert indexes.offers.ids() == offers
        assert indexes.requests.ids() == requests
