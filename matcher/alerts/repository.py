"""All SQL of saved searches and the inbox."""

from __future__ import annotations

import builtins

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcher.alerts.models import InboxMessage, SavedSearch


class SavedSearchRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, search_id: int) -> SavedSearch | None:
        return self.session.get(SavedSearch, search_id)

    def of_user(self, user_id: int) -> builtins.list[SavedSearch]:
        return list(
            self.session.scalars(
                select(SavedSearch).where(SavedSearch.user_id == user_id).order_by(SavedSearch.id)
            )
        )

    def all(self) -> builtins.list[SavedSearch]:
        return list(self.session.scalars(select(SavedSearch).order_by(SavedSearch.id)))

    def add(self, search: SavedSearch) -> SavedSearch:
        self.session.add(search)
        self.session.flush()
        return search

    def delete(self, search: SavedSearch) -> None:
        self.session.delete(search)
        self.session.flush()


class InboxRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, message: InboxMessage) -> InboxMessage:
        self.session.add(message)
        self.session.flush()
        return message

    def of_user(self, user_id: int) -> builtins.list[InboxMessage]:
        return list(
            self.session.scalars(
                select(InboxMessage).where(InboxMessage.user_id == user_id).order_by(InboxMessage.id.desc())
            )
        )

    def get(self, message_id: int) -> InboxMessage | None:
        return self.session.get(InboxMessage, message_id)

    def unread(self, user_id: int) -> int:
        return (
            self.session.scalar(
                select(func.count(InboxMessage.id)).where(
                    InboxMessage.user_id == user_id, InboxMessage.read.is_(False)
                )
            )
            or 0
        )
