"""Saved searches with alerts, the in-app inbox, and e-mail through SMTP.

A saved search is a question (with kinds) or an organisation's list of suggested partners. When it is saved,
its current results are remembered; each check compares the results then with those seen before, and tells the
person about the new ones: always in the inbox, and by e-mail when an SMTP server is configured.
"""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from matcher.alerts.mailer import Mailer
from matcher.alerts.models import InboxMessage, SavedSearch
from matcher.alerts.repository import InboxRepository, SavedSearchRepository
from matcher.auth.models import User
from matcher.auth.policies import require_user
from matcher.auth.repository import UserRepository
from matcher.errors import InvalidInput, NotFound

log = logging.getLogger(__name__)


# (organisation id, name as the person may see it) of the current results of a saved search
Results = list[tuple[int, str]]


ResultsOf = Callable[[SavedSearch], Results]


@dataclass
class CheckResult:
    checked: int = 0
    alerts: int = 0
    emailed: int = 0


class AlertService:
    def __init__(self, session: Session, mailer: Mailer | None = None, base_url: str = "") -> None:
        self.session = session
        self.mailer = mailer
        self.base_url = base_url.rstrip("/")
        self.searches = SavedSearchRepository(session)
        self.inbox = InboxRepository(session)

    # --- saved searches ----------------------------------------------------------------------------------

    def save(
        self,
        viewer: User | None,
        name: str,
        query: str | None,
        organisation_id: int | None,
        kinds: list[str],
        results_of: ResultsOf,
    ) -> SavedSearch:
        user = require_user(viewer)
        query = (query or "").strip() or None
        if (query is None) == (organisation_id is None):
            raise InvalidInput(
                "save either a question (`query`) or an organisation's suggestions (`organisation_id`)",
                detail=[{"field": "query", "message": "give query or organisation_id"}],
            )
        search = SavedSearch(
            user_id=user.id,
            name=(name.strip() or query or f"suggestions for organisation {organisation_id}")[:200],
            query=query,
            organisation_id=organisation_id,
            kinds=kinds,
        )
        search.seen = [org_id for org_id, _ in results_of(search)]  # only what is new from now on is news
        search.last_checked_at = datetime.now(UTC)
        return self.searches.add(search)

    def of_user(self, viewer: User | None) -> list[SavedSearch]:
        return self.searches.of_user(require_user(viewer).id)

    def delete(self, viewer: User | None, search_id: int) -> None:
        user = require_user(viewer)
        search = self.searches.get(search_id)
        if search is None or search.user_id != user.id:
            raise NotFound(f"saved search {search_id} does not exist")
        self.searches.delete(search)

    def check(self, results_of: ResultsOf) -> CheckResult:
        """Compare every saved search's results with those seen; tell each person about the new ones."""
        outcome = CheckResult()
        users = UserRepository(self.session)
        for search in self.searches.all():
            outcome.checked += 1
            current = results_of(search)
            seen = set(search.seen)
            new = [(org_id, name) for org_id, name in current if org_id not in seen]
            search.seen = sorted(seen | {org_id for org_id, _ in current})
            search.last_checked_at = datetime.now(UTC)
            user = users.get(search.user_id)
            if not new or user is None or not user.active:
                continue
            subject = f"{len(new)} new result{'s' if len(new) != 1 else ''} for “{search.name}”"
            lines = [f"- {name}: {self.base_url}/organisations/{org_id}" for org_id, name in new]
            body = "\n".join([f"New results of your saved search “{search.name}”:", "", *lines])
            message = self.notify(user, subject, body, f"/organisations/{new[0][0]}")
            outcome.alerts += 1
            if self.mailer is not None and self.mailer.enabled:
                try:
                    self.mailer.send(user.email, subject, body)
                    message.emailed = True
                    outcome.emailed += 1
                except (OSError, smtplib.SMTPException):
                    log.exception("the alert e-mail to %s could not be sent; it is in the inbox", user.email)
        self.session.flush()
        return outcome

    # --- the inbox ------------------------------------------------------------------------------------------

    def notify(self, user: User, subject: str, body: str = "", link: str | None = None) -> InboxMessage:
        return self.inbox.add(InboxMessage(user_id=user.id, subject=subject[:300], body=body, link=link))

    def messages(self, viewer: User | None) -> list[InboxMessage]:
        return self.inbox.of_user(require_user(viewer).id)

    def unread(self, viewer: User | None) -> int:
        return self.inbox.unread(require_user(viewer).id)

    def mark_read(self, viewer: User | None, message_id: int) -> InboxMessage:
        user = require_user(viewer)
        message = self.inbox.get(message_id)
        if message is None or message.user_id != user.id:
            raise NotFound(f"message {message_id} does not exist")
        message.read = True
        return message
