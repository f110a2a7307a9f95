"""Who may see and change what: the one place the rules are written, asked by the web layer, the CLI and the
services. Never check a role by hand.

Who may see contact persons (and the real name of an anonymous profile): admins and managers, the
organisation's own members, and members of another organisation once an introduction between the two has
been accepted by both sides. Nobody else, the anonymous visitor included. Hidden profiles are 404 to
everybody but their editors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from matcher.auth.models import User
from matcher.auth.schemas import Role
from matcher.engine.catalogue import anonymous_label
from matcher.errors import MatcherError, NotFound
from matcher.profiles.models import Organisation


class NotAuthenticated(MatcherError):
    status_code = 401
    error = "not_authenticated"


class Forbidden(MatcherError):
    status_code = 403
    error = "forbidden"


@dataclass(frozen=True)
class Person:
    """Who is logged in, as the templates see them (a plain copy, readable after the session closed)."""

    id: int
    email: str
    name: str
    role: str
    organisation_id: int | None

    @classmethod
    def of(cls, user: User) -> Person:
        return cls(user.id, user.email, user.name, user.role, user.organisation_id)


def is_staff(user: User | Person | None) -> bool:
    return user is not None and user.role in (Role.admin, Role.manager)


def require_user(user: User | None) -> User:
    if user is None:
        raise NotAuthenticated(
            "log in first: this needs a user (a session, or `Authorization: Bearer <token>`)"
        )
    return user


def require_staff(user: User | None) -> User:
    user = require_user(user)
    if not is_staff(user):
        raise Forbidden("only managers and admins may do this")
    return user


def require_admin(user: User | None) -> User:
    user = require_user(user)
    if user.role != Role.admin:
        raise Forbidden("only admins may do this")
    return user


def may_edit(user: User | Person | None, org_id: int) -> bool:
    """Managers and admins change every profile; members only their own organisation's."""
    return user is not None and (is_staff(user) or user.organisation_id == org_id)


def require_org_editor(user: User | None, org_id: int) -> User:
    user = require_user(user)
    if not may_edit(user, org_id):
        raise Forbidden("members may only change their own organisation's profile")
    return user


def shown_to(user: User | Person | None, org: Organisation, missing: str) -> Organisation:
    """Hidden means 404: a hidden organisation (with its offers and requests) exists only for those who may
    change it (its members and the managers keep its pages, so that they can make it visible again); everybody
    else gets `missing`, the same 404 as for one that does not exist, and so learns nothing of it."""
    if org.visibility == "hidden" and not may_edit(user, org.id):
        raise NotFound(missing)
    return org


def editable(user: User | None, org: Organisation, missing: str) -> User:
    """Who may change `org` (and its offers and requests): its editors; a hidden one is `missing` to others."""
    shown_to(user, org, missing)
    return require_org_editor(user, org.id)


def deletable(user: User | None, org: Organisation, missing: str) -> User:
    """Who may delete `org`: managers and admins; a hidden one is `missing` to those who may not change it."""
    shown_to(user, org, missing)
    return require_staff(user)


def shown_name(org: Organisation, sees_contacts: bool) -> str:
    """An organisation's name as a viewer may read it: an anonymous profile by its label (kind and city) unless
    the viewer may see its contacts (`Access.sees_contacts`)."""
    if org.visibility == "anonymous" and not sees_contacts:
        return anonymous_label(org.kind, org.city)
    return org.name


# --- corporate challenges ----------------------------------------------------------------------------------
# The rules of `matcher.challenges`, written on the shape of its records (this module imports no domain that
# imports it back). An owner's members and the managers run a challenge; applicants see only their own
# applications; jurors only the applications assigned to them; reviews never reach applicants, except the
# comments a manager released.


class ChallengeRecord(Protocol):
    owner_id: int
    status: str
    visibility: str
    owner_anonymous: bool
    blind_review: bool


class ApplicationRecord(Protocol):
    organisation_id: int
    status: str
    announced_status: str


def may_manage_challenge(user: User | Person | None, challenge: ChallengeRecord) -> bool:
    """Managers and admins, and the members of the owner organisation: they edit it, move it, and see its
    invitations, jury, ranking, pitch day and report. (The round's steps are the managers'; which
    applications and reviews an owner's member sees is `may_see_application` and `sees_reviews`.)"""
    return user is not None and (is_staff(user) or user.organisation_id == challenge.owner_id)


def may_see_challenge(
    user: User | Person | None, challenge: ChallengeRecord, invited: bool = False, applied: bool = False
) -> bool:
    """A draft exists only for who manages it; an open public challenge (and a later one) for everybody; an
    invitation-only challenge for the invited (`invited`: the viewer's organisation was invited) and those
    who applied (`applied`)."""
    if may_manage_challenge(user, challenge):
        return True
    if challenge.status == "draft":
        return False
    return challenge.visibility == "public" or invited or applied


def viewable_challenge(
    user: User | None, challenge: ChallengeRecord, missing: str, invited: bool = False, applied: bool = False
) -> None:
    """Hidden means 404: a challenge the viewer may not see is `missing`, as one that does not exist."""
    if not may_see_challenge(user, challenge, invited, applied):
        raise NotFound(missing)


def managed_challenge(
    user: User | None, challenge: ChallengeRecord, missing: str, juror: bool = False
) -> User:
    """Who may manage `challenge` (`may_manage_challenge`); whoever may see it (or is on its jury, invited or
    applied: `juror`) learns 403, anyone else 404."""
    user = require_user(user)
    if not may_manage_challenge(user, challenge):
        if juror or may_see_challenge(user, challenge):
            raise Forbidden("only the owner's members and managers run a challenge")
        raise NotFound(missing)
    return user


def is_applicant(user: User | Person | None, application: ApplicationRecord) -> bool:
    """A member of the applicant organisation."""
    return (
        user is not None
        and user.organisation_id is not None
        and user.organisation_id == application.organisation_id
    )


# An application the owner's members host at the pitch day (`challenges.schemas.SHORTLISTED_OR_LATER`).
PITCHING_STATUSES = ("shortlisted", "invited_to_pitch", "won", "not_selected")


def may_see_application(
    user: User | Person | None, application: ApplicationRecord, challenge: ChallengeRecord, assigned: bool
) -> bool:
    """The applicant's members always; once it is submitted, managers, the jurors it is assigned to
    (`assigned`), and the owner's members from the shortlist on (they host the pitches). Nobody else: another
    applicant learns nothing of it, and an owner's member judges only what is assigned to them."""
    if is_applicant(user, application):
        return True
    if user is None or application.status == "draft":
        return False
    if is_staff(user) or assigned:
        return True
    return may_manage_challenge(user, challenge) and application.status in PITCHING_STATUSES


def viewable_application(
    user: User | None,
    application: ApplicationRecord,
    challenge: ChallengeRecord,
    assigned: bool,
    missing: str,
) -> User:
    """Hidden means 404: an application the viewer may not see is `missing`, as one that does not exist."""
    user = require_user(user)
    if not may_see_application(user, application, challenge, assigned):
        raise NotFound(missing)
    return user


def own_application(
    user: User | None, application: ApplicationRecord, challenge: ChallengeRecord, missing: str
) -> User:
    """Only the applicant's members change, submit or withdraw an application; to the others who may see it
    that is 403, to everybody else it does not exist."""
    user = require_user(user)
    if not is_applicant(user, application):
        if may_see_application(user, application, challenge, assigned=False):
            raise Forbidden("only the applicant's members change their application")
        raise NotFound(missing)
    return user


def applicant_named(
    user: User | Person | None, application: ApplicationRecord, challenge: ChallengeRecord
) -> bool:
    """Whether the viewer may read the applicant's name: always outside a blind review; in a blind review
    only managers and the applicant's own members (the owner's members and the jurors judge it unnamed)."""
    if not challenge.blind_review:
        return True
    return is_staff(user) or is_applicant(user, application)


def owner_named(
    user: User | Person | None, challenge: ChallengeRecord, shortlisted: bool = False, juror: bool = False
) -> bool:
    """Whether the viewer may read the owner's name: always unless the owner stays anonymous; then only its
    own members, managers, its jurors and applicants once they were told they are shortlisted."""
    if not challenge.owner_anonymous:
        return True
    return may_manage_challenge(user, challenge) or juror or shortlisted


def sees_reviews(user: User | Person | None) -> bool:
    """Every review of a challenge (marks, comments, jurors, why each was assigned): managers and admins. A
    juror sees their own; an applicant only the comments a manager released; the owner's members the ranking."""
    return is_staff(user)


# --- event matchmaking -------------------------------------------------------------------------------------
# The rules of `matcher.events`, on the shape of its records. The organisers (managers, and members of the
# organising organisation) run an event; a participant sees their own requests and meetings; a participant's
# contact (e-mail, phone) reaches only the organisers, themselves and those they meet.


class EventRecord(Protocol):
    owner_id: int
    status: str


class ParticipantRecord(Protocol):
    user_id: int | None
    email: str


def may_organise_event(user: User | Person | None, event: EventRecord) -> bool:
    """Managers and admins, and the members of the organising organisation."""
    return user is not None and (is_staff(user) or user.organisation_id == event.owner_id)


def is_participant(user: User | Person | None, participant: ParticipantRecord | None) -> bool:
    """The participant is the user (linked by id, or registered under the user's e-mail)."""
    if user is None or participant is None:
        return False
    return participant.user_id == user.id or participant.email == user.email.lower()


def may_see_event(user: User | Person | None, event: EventRecord, participant: bool = False) -> bool:
    """A draft exists only for its organisers (and those already registered); later everybody sees it."""
    return may_organise_event(user, event) or event.status != "draft" or participant


def viewable_event(user: User | None, event: EventRecord, missing: str, participant: bool = False) -> None:
    """Hidden means 404."""
    if not may_see_event(user, event, participant):
        raise NotFound(missing)


def organised_event(user: User | None, event: EventRecord, missing: str, participant: bool = False) -> None:
    """Who may organise `event`; 403 to whoever may see it, 404 to the others."""
    if not may_organise_event(user, event):
        if may_see_event(user, event, participant):
            raise Forbidden("only the event's organisers do this")
        raise NotFound(missing)


def may_see_exchange(user: User | Person | None, event: EventRecord, sides: tuple[bool, ...]) -> bool:
    """A request or a meeting: its organisers, and the participants it is between (`sides`: whether the user is
    each side, then each companion of a team meeting)."""
    return may_organise_event(user, event) or any(sides)


def contact_shared(
    user: User | Person | None, event: EventRecord, participant: ParticipantRecord, meets: bool
) -> bool:
    """A participant's e-mail and phone: the organisers, the participant, and those with a meeting with them
    (`meets`: in one meeting together, as a side or a companion, so a team's members all share theirs; a
    tentative meeting, for a request not yet accepted, shares none)."""
    if may_organise_event(user, event) or meets:
        return True
    return user is not None and (participant.user_id == user.id or participant.email == user.email.lower())


# --- talent projects ---------------------------------------------------------------------------------------
# The rules of `matcher.talent`, on the shape of its records. Managers and the owner organisation's members run
# a programme; a host's members propose and change their own projects; a participant's data are never public:
# those who run the programme, the participant themselves and, once the allocation is published (running,
# done), the members of the host of their project. Hidden means 404.


class ProgrammeRecord(Protocol):
    owner_id: int
    status: str


class TalentProjectRecord(Protocol):
    host_id: int
    status: str


def may_run_programme(user: User | Person | None, programme: ProgrammeRecord) -> bool:
    """Managers and admins, and the members of the owner organisation."""
    return user is not None and (is_staff(user) or user.organisation_id == programme.owner_id)


def may_see_programme(user: User | Person | None, programme: ProgrammeRecord, involved: bool = False) -> bool:
    """A draft only for who runs it and the `involved` (a host with a project, a participant); later all."""
    return may_run_programme(user, programme) or programme.status != "draft" or involved


def run_programme(
    user: User | None, programme: ProgrammeRecord, missing: str, involved: bool = False
) -> User:
    """Who may run `programme`; 403 to whoever may see it, 404 to the others."""
    user = require_user(user)
    if not may_run_programme(user, programme):
        if may_see_programme(user, programme, involved):
            raise Forbidden("only managers and the owner's members run a programme")
        raise NotFound(missing)
    return user


def is_host(user: User | Person | None, project: TalentProjectRecord) -> bool:
    return user is not None and user.organisation_id is not None and user.organisation_id == project.host_id


def may_see_talent_project(
    user: User | Person | None, project: TalentProjectRecord, programme: ProgrammeRecord
) -> bool:
    """A proposed project only its host's members and who runs the programme; later all who see the programme."""
    if may_run_programme(user, programme) or is_host(user, project):
        return True
    return project.status != "proposed" and may_see_programme(user, programme)


def may_see_talent_participant(
    user: User | Person | None, programme: ProgrammeRecord, participant: ParticipantRecord, hosts_them: bool
) -> bool:
    """Who runs the programme, the participant themselves, and, once the allocation is published, the members
    of the host of their project (`hosts_them`); nobody else, the other participants and hosts included."""
    if may_run_programme(user, programme) or is_participant(user, participant):
        return True
    return hosts_them and programme.status in ("running", "done")


def may_see_talent_team(
    user: User | Person | None, project: TalentProjectRecord, programme: ProgrammeRecord
) -> bool:
    """A project's team: who runs the programme, and its host's members once the allocation is published."""
    return may_run_programme(user, programme) or (
        is_host(user, project) and programme.status in ("running", "done")
    )
