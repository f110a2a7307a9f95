"""The audit log: every change to a profile, an opportunity, a contact, a cooperation, an introduction, a
user, a challenge, an application, a juror, a review, an event, a participant, a meeting request, a meeting, a
follow-up, a talent programme, a talent project, a talent participant or a talent feedback is written beside it, in the same transaction, by a listener on the session's flush. Whoever acts is
named on the session (`remember_actor`); changes without one (imports, the command line) are logged as
`system`. A talent participant's personal data and a feedback's comment are logged as changed, never with their
values: an erasure (GDPR) must not leave a copy of them here."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from matcher.audit.repository import AuditRepository
from matcher.auth.models import User
from matcher.challenges.models import Application, Challenge, Juror, Review
from matcher.events.models import Event, FollowUp, Meeting, MeetingRequest, Participant
from matcher.introductions.models import Introduction
from matcher.profiles.models import ContactPerson, Cooperation, Opportunity, Organisation

ACTOR_KEY = "matcher_actor"
PENDING_KEY = "matcher_audit_pending"
AUDITED: dict[type, str] = {
    Organisation: "organisation",
    Opportunity: "opportunity",
    ContactPerson: "contact",
    Cooperation: "cooperation",
    Introduction: "introduction",
    User: "user",
    Challenge: "challenge",
    Application: "application",
    Juror: "juror",
    Review: "review",
    Event: "event",
    Participant: "participant",
    MeetingRequest: "meeting_request",
    Meeting: "meeting",
    FollowUp: "follow_up",
}
NEVER_LOGGED = {"password_hash", "updated_at", "created_at"}
REDACTED = "(personal, not logged)"
PERSONAL: dict[type, set[str]] = {}


def audited(model: type, entity: str, personal: Iterable[str] = ()) -> None:
    """Put a domain's model in the log (a domain that imports the audit log registers itself, so that the log
    need not import it back): `personal` names the columns logged as changed, never with their values."""
    AUDITED[model] = entity
    if personal:
        PERSONAL[model] = set(personal)


def remember_actor(session: Session, user: User | None) -> None:
    session.info[ACTOR_KEY] = (user.id, user.email) if user is not None else (None, "anonymous")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _columns(obj: Any) -> list[str]:
    return [c.key for c in inspect(obj).mapper.column_attrs if c.key not in NEVER_LOGGED]


def _changes(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    changed: dict[str, Any] = {}
    for key in _columns(obj):
        history = state.attrs[key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changed[key] = [_plain(old), _plain(new)]
    return changed


def _redacted(obj: Any, changes: dict[str, Any], action: str) -> dict[str, Any]:
    hidden = PERSONAL.get(type(obj), set())
    if not hidden:
        return changes
    value = REDACTED if action == "create" else [REDACTED, REDACTED]
    return {k: (value if k in hidden else v) for k, v in changes.items()}


def _audit(session: Session, _context: Any, _instances: Any) -> None:
    actor_id, actor = session.info.get(ACTOR_KEY, (None, "system"))
    entries: list[tuple[Any, str, dict[str, Any]]] = []
    for obj in session.new:
        if type(obj) in AUDITED:
            entries.append((obj, "create", {k: _plain(getattr(obj, k, None)) for k in _columns(obj)}))
    for obj in session.dirty:
        if type(obj) in AUDITED and session.is_modified(obj, include_collections=False):
            changes = _changes(obj)
            if changes:
                entries.append((obj, "update", changes))
    for obj in session.deleted:
        if type(obj) in AUDITED:
            entries.append((obj, "delete", {}))
    session.info.setdefault(PENDING_KEY, []).extend(
        (obj, action, _redacted(obj, changes, action), actor_id, actor) for obj, action, changes in entries
    )


def _write_audit(session: Session, _context: Any) -> None:
    """Written after the flush, when new rows have their ids, in one bulk INSERT."""
    rows = []
    for obj, action, changes, actor_id, actor in session.info.pop(PENDING_KEY, []):
        if isinstance(obj, Organisation | Opportunity | ContactPerson) and action == "create":
            changes = {k: v for k, v in changes.items() if v not in (None, [], "")}
        if action == "create" and "id" in changes:
            changes["id"] = getattr(obj, "id", None)
        rows.append(
            {
                "actor_id": actor_id,
                "actor": actor,
                "action": action,
                "entity": AUDITED[type(obj)],
                "entity_id": getattr(obj, "id", None),
                "changes": changes,
            }
        )
    AuditRepository(session).add_many(rows)


def _drop_audit(session: Session) -> None:
    session.info.pop(PENDING_KEY, None)


LISTENERS = (
    ("before_flush", _audit),
    ("after_flush_postexec", _write_audit),
    ("after_rollback", _drop_audit),
)


def install() -> None:
    """Write the audit log beside every change on every session from now on; the runtime and the CLI's
    database call it once at start (calling it again changes nothing)."""
    for name, listener in LISTENERS:
        if not event.contains(Session, name, listener):
            event.listen(Session, name, listener)
