"""The managers' queue: the best new pairs across the ecosystem, computed in batch by the engine (the caller
hands them in), filtered by kind pair, region and sector; a manager takes (and may approve at once) or
dismisses items, within a weekly capacity."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy.orm import Session

from matcher.auth.models import User
from matcher.auth.policies import require_staff
from matcher.errors import Conflict, NotFound
from matcher.introductions.models import Introduction, QueueItem
from matcher.introductions.repository import IntroductionRepository, QueueRepository
from matcher.introductions.schemas import IntroductionCreate
from matcher.introductions.service import IntroductionService
from matcher.profiles.models import Organisation
from matcher.profiles.repository import OrganisationRepository
from matcher.profiles.service import Indexer


class Suggestion(Protocol):
    organisation_a_id: int
    organisation_b_id: int
    score: float
    reasons: dict[str, Any]


@dataclass
class QueueFilters:
    kind_pair: tuple[str, str] | None = None
    region: str | None = None
    sector: str | None = None

    def allow(self, a: Organisation, b: Organisation) -> bool:
        if self.kind_pair and sorted((a.kind or "", b.kind or "")) != sorted(self.kind_pair):
            return False
        if self.region and self.region.casefold() not in {
            (a.region or "").casefold(),
            (b.region or "").casefold(),
        }:
            return False
        return not (self.sector and self.sector not in {*a.sectors, *b.sectors})


@dataclass
class QueueEntry:
    item: QueueItem
    a: Organisation
    b: Organisation


class QueueService:
    def __init__(self, session: Session, weekly_capacity: int, indexer: Indexer | None = None) -> None:
        self.session = session
        self.weekly_capacity = weekly_capacity
        self.per_organisation = 3
        self.indexer = indexer
        self.queue = QueueRepository(session)
        self.orgs = OrganisationRepository(session)

    def settled_pairs(self) -> set[tuple[int, int]]:
        """Pairs the queue must not offer again: introduced before, taken or dismissed (smaller id first)."""
        settled = IntroductionRepository(self.session).pairs()
        settled |= {pair for pair, item in self.queue.all_pairs().items() if item.state != "open"}
        return settled

    def refresh(self, suggestions: Sequence[Suggestion]) -> dict[str, int]:
        """Replace the open items with these suggestions (taken and dismissed pairs stay out)."""
        existing = self.queue.all_pairs()
        for item in existing.values():
            if item.state == "open":
                self.queue.remove(item)
        self.session.flush()
        settled = self.settled_pairs()
        added = 0
        for s in suggestions:
            pair = (
                min(s.organisation_a_id, s.organisation_b_id),
                max(s.organisation_a_id, s.organisation_b_id),
            )
            if pair in settled:
                continue
            settled.add(pair)
            self.queue.add(
                QueueItem(
                    organisation_a_id=pair[0],
                    organisation_b_id=pair[1],
                    score=s.score,
                    reasons=s.reasons if pair[0] == s.organisation_a_id else _swap(s.reasons),
                )
            )
            added += 1
        self.session.flush()
        return {"added": added, "open": added}

    def entries(self, viewer: User | None, filters: QueueFilters | None = None) -> list[QueueEntry]:
        require_staff(viewer)
        filters = filters or QueueFilters()
        found = []
        for item in self.queue.open_items():
            a, b = self.orgs.get(item.organisation_a_id), self.orgs.get(item.organisation_b_id)
            if a is None or b is None or "hidden" in (a.visibility, b.visibility):
                continue
            if filters.allow(a, b):
                found.append(QueueEntry(item, a, b))
        return found

    def used(self, manager: User) -> int:
        since = datetime.now(UTC) - timedelta(days=7)
        return IntroductionRepository(self.session).created_by_manager_since(manager.id, since)

    def _open_item(self, item_id: int) -> QueueItem:
        item = self.queue.get(item_id)
        if item is None:
            raise NotFound(f"queue item {item_id} does not exist")
        if item.state != "open":
            raise Conflict(f"queue item {item_id} was already {item.state}")
        return item

    def take(
        self, item_id: int, viewer: User | None, message: str = "", approve: bool = False
    ) -> Introduction:
        """The manager takes the pair: an introduction (approved at once if asked), within the weekly capacity."""
        manager = require_staff(viewer)
        item = self._open_item(item_id)
        if self.weekly_capacity and self.used(manager) >= self.weekly_capacity:
            raise Conflict(
                f"you have taken {self.weekly_capacity} queue items in the last seven days, your weekly capacity "
                "(MATCHER_MANAGER_WEEKLY_CAPACITY); finish some introductions first"
            )
        intros = IntroductionService(self.session, indexer=self.indexer)
        intro = intros.create(
            manager,
            IntroductionCreate(
                organisation_id=item.organisation_a_id, partner_id=item.organisation_b_id, message=message
            ),
            reasons=item.reasons,
            score=item.score,
        )
        if approve:
            intros.transition(intro, manager, "approved", "approved from the queue")
        item.state, item.manager_id, item.introduction_id = "taken", manager.id, intro.id
        item.updated_at = datetime.now(UTC)
        self.session.flush()
        return intro

    def dismiss(self, item_id: int, viewer: User | None) -> QueueItem:
        manager = require_staff(viewer)
        item = self._open_item(item_id)
        item.state, item.manager_id = "dismissed", manager.id
        self.session.flush()
        return item


def _swap(reasons: dict[str, Any]) -> dict[str, Any]:
    return {"a_to_b": reasons.get("b_to_a"), "b_to_a": reasons.get("a_to_b")}
