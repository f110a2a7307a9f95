"""All SQL of the profile domain."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, String, and_, case, cast, func, or_, select
from sqlalchemy.orm import selectinload

from matcher.kit.db import in_chunks
from matcher.kit.repository import Repository
from matcher.profiles.models import Cooperation, Opportunity, Organisation


def has_sector(code: str) -> ColumnElement[bool]:
    """The organisation names this sector code (a code of the vocabulary: letters, digits, dots) in its JSON list;
    the list's text is searched, which SQLite and PostgreSQL both store as `["a", "b"]`."""
    return cast(Organisation.sectors, String).like(f'%"{code}"%')


class OrganisationRepository(Repository[Organisation]):
    model = Organisation

    def _with_children(self) -> Select[Organisation]:
        return select(Organisation).options(
            selectinload(Organisation.opportunities), selectinload(Organisation.contacts)
        )

    def get(self, org_id: int) -> Organisation | None:
        return self.session.scalars(self._with_children().where(Organisation.id == org_id)).first()

    def get_by_ref(self, ref: str) -> Organisation | None:
        return self.session.scalars(self._with_children().where(Organisation.ref == ref)).first()

    def lock(self, org_ids: Iterable[int]) -> None:
        """Hold these organisations' rows until the transaction ends, in id order (no deadlocks between
        lockers). `FOR NO KEY UPDATE` (PostgreSQL) waits for other writers of the same organisations but not
        for transactions that only insert their opportunities; SQLite has one writer at a time anyway."""
        for chunk in in_chunks(sorted(set(org_ids))):
            query = select(Organisation.id).where(Organisation.id.in_(chunk)).order_by(Organisation.id)
            self.session.execute(query.with_for_update(key_share=True)).all()

    def get_many_by_ref(self, refs: Iterable[str]) -> dict[str, Organisation]:
        result: dict[str, Organisation] = {}
        for chunk in in_chunks(refs):
            for org in self.session.scalars(self._with_children().where(Organisation.ref.in_(chunk))):
                result[org.ref] = org
        return result

    def fresh_many(self, org_ids: Iterable[int]) -> dict[int, Organisation]:
        """The organisations with these ids and their children, read again from the database even where the
        session holds them already (what other transactions committed since is in them), 500 per query."""
        result: dict[int, Organisation] = {}
        for chunk in in_chunks(org_ids):
            query = self._with_children().where(Organisation.id.in_(chunk))
            for org in self.session.scalars(query.execution_options(populate_existing=True)):
                result[org.id] = org
        return result

    def texts_written(self) -> dict[int, datetime]:
        """When each organisation's texts (its profile or one of its opportunities) last changed."""
        written: dict[int, datetime] = {
            org_id: at
            for org_id, at in self.session.execute(select(Organisation.id, Organisation.updated_at))
        }
        query = select(Opportunity.organisation_id, func.max(Opportunity.updated_at)).group_by(
            Opportunity.organisation_id
        )
        for org_id, at in self.session.execute(query):
            if org_id in written and at is not None and at > written[org_id]:
                written[org_id] = at
        return written

    def placed(
        self,
        kinds: Sequence[str] | None = None,
        region: str | None = None,
        sector: str | None = None,
    ) -> builtins.list[Row[Any]]:
        """The public organisations with coordinates, for the map and the directory: id, name, kind, latitude,
        longitude, city, region, sectors, founding year, size band. Anonymous and hidden ones never: a point
        on a map would name them by where they are."""
        query = select(
            Organisation.id,
            Organisation.name,
            Organisation.kind,
            Organisation.latitude,
            Organisation.longitude,
            Organisation.city,
            Organisation.region,
            Organisation.sectors,
            Organisation.founding_year,
            Organisation.size_band,
        ).where(
            Organisation.visibility == "public",
            Organisation.latitude.is_not(None),
            Organisation.longitude.is_not(None),
        )
        if kinds:
            query = query.where(Organisation.kind.in_(kinds))
        if region:
            query = query.where(Organisation.region == region)
        if sector:
            query = query.where(has_sector(sector))
        return builtins.list(self.session.execute(query.order_by(Organisation.name, Organisation.id)))

    def ids_by_ref(self, refs: Iterable[str]) -> dict[str, int]:
        result: dict[str, int] = {}
        for chunk in in_chunks(refs):
            rows = self.session.execute(
                select(Organisation.ref, Organisation.id).where(Organisation.ref.in_(chunk))
            )
            result.update((ref, org_id) for ref, org_id in rows)
        return result

    def list(
        self,
        *,
        kinds: Sequence[str] | None = None,
        city: str | None = None,
        country: str | None = None,
        name_contains: str | None = None,
        include_hidden: bool = False,
        region: str | None = None,
        sector: str | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> tuple[builtins.list[Organisation], int]:
        query = select(Organisation)
        if kinds:
            query = query.where(Organisation.kind.in_(kinds))
        if region:
            query = query.where(Organisation.region == region)
        if sector:
            query = query.where(has_sector(sector))
        if city:
            query = query.where(func.lower(Organisation.city) == city.lower())
        if country:
            query = query.where(Organisation.country == country.upper())
        if name_contains:
            pattern = f"%{name_contains.lower()}%"
            # an anonymous organisation's real name must not be findable
            query = query.where(
                or_(
                    and_(Organisation.visibility == "public", func.lower(Organisation.name).like(pattern)),
                    func.lower(Organisation.ref).like(pattern),
                )
            )
        if not include_hidden:
            query = query.where(Organisation.visibility != "hidden")
        ordered = query.options(selectinload(Organisation.opportunities)).order_by(
            # anonymous profiles last, in no order that their real names would give away
            case((Organisation.visibility == "anonymous", 1), else_=0),
            case((Organisation.visibility == "anonymous", None), else_=Organisation.name),
            Organisation.id,
        )
        return self.paginate(ordered, offset, limit)

    def all(self) -> builtins.list[Organisation]:
        return list(self.session.scalars(self._with_children().order_by(Organisation.id)))

    def catalogue_rows(self) -> Iterator[tuple[Row[Any], builtins.list[Row[Any]]]]:
        """Every organisation (by id) with its opportunities (by id), as plain rows of the columns the
        matching engine's catalogue reads: no ORM objects, so a catalogue of 100k organisations loads in a
        fraction of the time. The rows have the attributes `matcher.indexing.documents.to_doc` reads."""
        org, opp = Organisation, Opportunity
        opportunities: dict[int, builtins.list[Row[Any]]] = {}
        opp_columns: builtins.list[Any] = [opp.id, opp.organisation_id, opp.direction, opp.type, opp.title]
        opp_columns += [opp.summary, opp.description, opp.keywords, opp.status, opp.expires_at]
        for opp_row in self.session.execute(select(*opp_columns).order_by(opp.id)):
            opportunities.setdefault(opp_row.organisation_id, []).append(opp_row)
        org_columns: builtins.list[Any] = [org.id, org.ref, org.name, org.kind, org.city, org.country]
        org_columns += [org.region, org.latitude, org.longitude, org.visibility, org.description]
        org_columns += [org.competences, org.sectors, org.technology_keywords, org.market_keywords]
        org_columns += [org.updated_at]
        for org_row in self.session.execute(select(*org_columns).order_by(org.id)):
            yield org_row, opportunities.pop(org_row.id, [])


class OpportunityRepository(Repository[Opportunity]):
    model = Opportunity

    def ref_owner(self, ref: str) -> int | None:
        """The organisation that holds the opportunity `ref`, if any."""
        return self.session.scalar(select(Opportunity.organisation_id).where(Opportunity.ref == ref))

    def ref_owners(self, refs: Iterable[str]) -> dict[str, int]:
        result: dict[str, int] = {}
        for chunk in in_chunks(refs):
            rows = self.session.execute(
                select(Opportunity.ref, Opportunity.organisation_id).where(Opportunity.ref.in_(chunk))
            )
            result.update({ref: owner for ref, owner in rows if ref is not None})
        return result

    def published_past_expiry(self, today: date) -> builtins.list[Opportunity]:
        """Published opportunities whose `expires_at` lies before `today`, by id."""
        return list(
            self.session.scalars(
                select(Opportunity)
                .where(Opportunity.status == "published", Opportunity.expires_at < today)
                .order_by(Opportunity.id)
            )
        )

    def list(
        self,
        *,
        organisation_id: int | None = None,
        direction: str | None = None,
        status: str | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> tuple[builtins.list[Opportunity], int]:
        query = select(Opportunity).join(Organisation).where(Organisation.visibility != "hidden")
        if organisation_id is not None:
            query = query.where(Opportunity.organisation_id == organisation_id)
        if direction:
            query = query.where(Opportunity.direction == direction)
        if status:
            query = query.where(Opportunity.status == status)
        return self.paginate(query.order_by(Opportunity.id), offset, limit)


class CooperationRepository(Repository[Cooperation]):
    model = Cooperation

    def pairs(self) -> builtins.list[tuple[int, int]]:
        return list(
            self.session.execute(
                select(Cooperation.organisation_a_id, Cooperation.organisation_b_id).distinct()
            )
        )

    def with_years(self) -> builtins.list[tuple[int, int, int | None]]:
        """Every recorded cooperation as (organisation a, organisation b, year)."""
        rows = self.session.execute(
            select(Cooperation.organisation_a_id, Cooperation.organisation_b_id, Cooperation.year)
        )
        return [(a, b, year) for a, b, year in rows]

    def partners_of(self, org_id: int) -> set[int]:
        rows = self.session.execute(
            select(Cooperation.organisation_a_id, Cooperation.organisation_b_id).where(
                or_(Cooperation.organisation_a_id == org_id, Cooperation.organisation_b_id == org_id)
            )
        )
        return {b if a == org_id else a for a, b in rows}

    def existing(self) -> set[tuple[int, int, str, int | None]]:
        return set(
            self.session.execute(
                select(
                    Cooperation.organisation_a_id,
                    Cooperation.organisation_b_id,
                    Cooperation.source,
                    Cooperation.year,
                )
            )
        )

    def add_many(self, rows: Iterable[Cooperation]) -> None:
        self.session.add_all(rows)
        self.session.flush()
