"""The base of every domain's repository: the SQL that is the same for any model (get by id, add, delete,
count, one page of a query with the total), so that a domain's repository holds only its own queries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

M = TypeVar("M")


class Repository(Generic[M]):
    """`model` names the mapped class; subclasses add the queries of their domain. Writes flush (so that ids
    and constraint errors come at once) and never commit: the caller's unit of work does."""

    model: ClassVar[type[Any]]

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, id_: int) -> M | None:
        return self.session.get(self.model, id_)  # type: ignore[no-any-return]

    def add(self, obj: M) -> M:
        self.session.add(obj)
        self.session.flush()
        return obj

    def delete(self, obj: M) -> None:
        self.session.delete(obj)
        self.session.flush()

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(self.model)) or 0

    def paginate(self, query: Select[Any], offset: int, limit: int) -> tuple[list[M], int]:
        """One page of `query` (already ordered) and the number of rows the whole query finds."""
        total = self.session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
        return list(self.session.scalars(query.offset(offset).limit(limit))), total

    def list_past_draft(
        self,
        *,
        statuses: Sequence[str] | None = None,
        everything: bool = False,
        owner_or_published: int | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> tuple[list[M], int]:
        """For a model with `status` and `owner_id` (an event, a programme), newest first: all of them
        (`everything`), else those past their draft and the drafts of `owner_or_published`."""
        model = self.model
        query = select(model)
        if statuses:
            query = query.where(model.status.in_(statuses))
        if not everything:
            published = model.status != "draft"
            query = query.where(
                or_(published, model.owner_id == owner_or_published) if owner_or_published else published
            )
        return self.paginate(query.order_by(model.id.desc()), offset, limit)
