"""All SQL of introductions and the queue, and the lookups the engine reads from them (feedback rates, declined
partners)."""

from __future__ import annotations

import builtins
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from matcher.introductions.models import Introduction, IntroductionEvent, QueueItem
from matcher.introductions.schemas import CONTACT_STATUSES
from matcher.kit.db import in_chunks


def pair_clause(a: int, b: int):  # type: ignore[no-untyped-def]
    return or_(
        and_(Introduction.organisation_a_id == a, Introduction.organisation_b_id == b),
        and_(Introduction.organisation_a_id == b, Introduction.organisation_b_id == a),
    )


class IntroductionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, intro_id: int) -> Introduction | None:
        return self.session.scalars(
            select(Introduction).options(selectinload(Introduction.events)).where(Introduction.id == intro_id)
        ).first()

    def add(self, intro: Introduction) -> Introduction:
        self.session.add(intro)
        self.session.flush()
        return intro

    def list(
        self,
        *,
        involving: int | None = None,
        statuses: Sequence[str] | None = None,
        offset: int = 0,
        limit: int = 200,
    ) -> tuple[builtins.list[Introduction], int]:
        query = select(Introduction)
        if involving is not None:
            query = query.where(
                or_(Introduction.organisation_a_id == involving, Introduction.organisation_b_id == involving)
            )
        if statuses:
            query = query.where(Introduction.status.in_(statuses))
        count = self.session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = self.session.scalars(
            query.options(selectinload(Introduction.events))
            .order_by(Introduction.updated_at.desc(), Introduction.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return list(rows), count

    def all(self) -> builtins.list[Introduction]:
        return list(
            self.session.scalars(
                select(Introduction).options(selectinload(Introduction.events)).order_by(Introduction.id)
            )
        )

    def stale(self, statuses: Sequence[str], before: datetime) -> builtins.list[Introduction]:
        """Introductions in one of `statuses` whose last event (without events: their last change) happened
        before `before`, oldest id first."""
        last = (
            select(IntroductionEvent.introduction_id, func.max(IntroductionEvent.at).label("at"))
            .group_by(IntroductionEvent.introduction_id)
            .subquery()
        )
        return list(
            self.session.scalars(
                select(Introduction)
                .outerjoin(last, last.c.introduction_id == Introduction.id)
                .where(
                    Introduction.status.in_(statuses),
                    func.coalesce(last.c.at, Introduction.updated_at) < before,
                )
                .options(selectinload(Introduction.events))
                .order_by(Introduction.id)
            )
        )

    def between(self, a: int, b: int, statuses: Sequence[str] | None = None) -> builtins.list[Introduction]:
        query = select(Introduction).where(pair_clause(a, b))
        if statuses:
            query = query.where(Introduction.status.in_(statuses))
        return list(self.session.scalars(query))

    def partners_with_status(self, org_ids: Sequence[int], statuses: Sequence[str]) -> dict[int, set[int]]:
        """For each of `org_ids`, the organisations it has an introduction with in one of `statuses` (one
        query per 500 of them)."""
        found: dict[int, set[int]] = {org_id: set() for org_id in org_ids}
        for chunk in in_chunks(org_ids):
            wanted = set(chunk)
            rows = self.session.execute(
                select(Introduction.organisation_a_id, Introduction.organisation_b_id).where(
                    or_(Introduction.organisation_a_id.in_(chunk), Introduction.organisation_b_id.in_(chunk)),
                    Introduction.status.in_(statuses),
                )
            )
            for a, b in rows:
                if a in wanted:
                    found[a].add(b)
                if b in wanted:
                    found[b].add(a)
        return found

    def pairs(self) -> set[tuple[int, int]]:
        """Every pair ever introduced, smaller id first."""
        rows = self.session.execute(select(Introduction.organisation_a_id, Introduction.organisation_b_id))
        return {(min(a, b), max(a, b)) for a, b in rows}

    def created_by_manager_since(self, manager_id: int, since: datetime) -> int:
        return (
            self.session.scalar(
                select(func.count(QueueItem.id)).where(
                    QueueItem.manager_id == manager_id,
                    QueueItem.state == "taken",
                    QueueItem.updated_at >= since,
                )
            )
            or 0
        )


class QueueRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, item_id: int) -> QueueItem | None:
        return self.session.get(QueueItem, item_id)

    def all_pairs(self) -> dict[tuple[int, int], QueueItem]:
        return {
            (q.organisation_a_id, q.organisation_b_id): q for q in self.session.scalars(select(QueueItem))
        }

    def open_items(self) -> builtins.list[QueueItem]:
        return list(
            self.session.scalars(
                select(QueueItem).where(QueueItem.state == "open").order_by(QueueItem.score.desc())
            )
        )

    def add(self, item: QueueItem) -> None:
        self.session.add(item)

    def remove(self, item: QueueItem) -> None:
        self.session.delete(item)


def feedback_rates(session: Session) -> dict[int, float]:
    """How each organisation's decided introductions went: (good + 1) / (decided + 2), where good ones reached
    accepted, met or cooperation and the others were declined. Only organisations with a decided introduction
    appear; the +1 / +2 keeps one outcome from saying everything."""
    good: Counter[int] = Counter()
    decided: Counter[int] = Counter()
    rows = session.execute(
        select(Introduction.organisation_a_id, Introduction.organisation_b_id, Introduction.status).where(
            Introduction.status.in_([*CONTACT_STATUSES, "declined"])
        )
    )
    for a, b, status in rows:
        for org in (a, b):
            decided[org] += 1
            if status in CONTACT_STATUSES:
                good[org] += 1
    return {org: (good[org] + 1) / (count + 2) for org, count in decided.items()}


def feedback_lookup(factory: sessionmaker[Session]) -> Callable[[], dict[int, float]]:
    """For the matching service: `feedback_rates` read fresh from the database."""

    def lookup() -> dict[int, float]:
        with factory() as session:
            return feedback_rates(session)

    return lookup


def declined_partners_lookup(
    factory: sessionmaker[Session],
) -> Callable[[Sequence[int]], dict[int, set[int]]]:
    """For the matching service: the organisations each of the given ones has a declined introduction with."""

    def lookup(org_ids: Sequence[int]) -> dict[int, set[int]]:
        with factory() as session:
            return IntroductionRepository(session).partners_with_status(org_ids, ("declined",))

    return lookup
