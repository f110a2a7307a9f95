"""Typed dependencies for routers and page views."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from matcher.alerts.mailer import Mailer
from matcher.alerts.service import AlertService
from matcher.audit.listener import remember_actor
from matcher.auth.models import User
from matcher.auth.policies import NotAuthenticated, Person
from matcher.auth.service import UserService
from matcher.challenges.applications import ApplicationService
from matcher.challenges.decisions import DecisionService
from matcher.challenges.invitations import InvitationService
from matcher.challenges.reviews import JuryService
from matcher.challenges.round import RoundService
from matcher.challenges.service import ChallengeService
from matcher.config import Settings
from matcher.events.matching import EventMatching
from matcher.events.requests import RequestService
from matcher.events.scheduling import ScheduleService
from matcher.events.service import EventService
from matcher.indexing.service import Indexer
from matcher.introductions.queue import QueueService
from matcher.introductions.service import IntroductionService
from matcher.kit.db import transaction
from matcher.profiles.service import ProfileService
from matcher.recommendations.service import Recommender
from matcher.runtime import Runtime
from matcher.talent.allocating import AllocationService
from matcher.talent.participants import ParticipantService as TalentParticipantService
from matcher.talent.service import ProgrammeService, ProjectService


def get_runtime(request: Request) -> Runtime:
    return request.app.state.runtime  # type: ignore[no-any-return]


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def get_session(runtime: RuntimeDep) -> Iterator[Session]:
    """One transaction per request (the kit's one unit of work): committed when the handler returns, rolled back
    when it raises."""
    with transaction(runtime.session_factory) as session:
        yield session


# scope="function": commit before the response is sent, so the next request sees the change.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def get_settings(runtime: RuntimeDep) -> Settings:
    return runtime.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_indexer(runtime: RuntimeDep) -> Indexer:
    return runtime.indexer


IndexerDep = Annotated[Indexer, Depends(get_indexer)]


def get_recommender(runtime: RuntimeDep) -> Recommender:
    return runtime.recommender


RecommenderDep = Annotated[Recommender, Depends(get_recommender)]


def get_profiles(session: SessionDep, indexer: IndexerDep) -> ProfileService:
    return ProfileService(session, indexer=indexer)


ProfilesDep = Annotated[ProfileService, Depends(get_profiles)]


# --- who is asking -----------------------------------------------------------------------------------------

SESSION_COOKIE = "matcher_session"


def get_api_user(request: Request, session: SessionDep) -> User | None:
    """The API authenticates with personal tokens only (`Authorization: Bearer ...`), never with cookies, so
    that no other site can make a browser write through the API."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if not header:
        user = None
    elif scheme.lower() != "bearer" or not token.strip():
        raise NotAuthenticated("use `Authorization: Bearer <token>`")
    else:
        user = UserService(session).by_token(token.strip())
        if user is None:
            raise NotAuthenticated("unknown or revoked token")
    request.state.user = Person.of(user) if user is not None else None  # for the request log
    remember_actor(session, user)
    return user


def get_page_user(request: Request, session: SessionDep) -> User | None:
    """The pages authenticate with the login session's cookie."""
    secret = request.cookies.get(SESSION_COOKIE)
    user = UserService(session).by_session(secret) if secret else None
    request.state.user = Person.of(user) if user is not None else None
    remember_actor(session, user)
    return user


ApiUserDep = Annotated[User | None, Depends(get_api_user)]
PageUserDep = Annotated[User | None, Depends(get_page_user)]


def get_introductions(session: SessionDep, indexer: IndexerDep) -> IntroductionService:
    return IntroductionService(session, indexer=indexer)


IntroductionsDep = Annotated[IntroductionService, Depends(get_introductions)]


def get_queue(session: SessionDep, settings: SettingsDep, indexer: IndexerDep) -> QueueService:
    service = QueueService(session, settings.manager_weekly_capacity, indexer=indexer)
    service.per_organisation = settings.queue_per_organisation
    return service


QueueDep = Annotated[QueueService, Depends(get_queue)]


def mailer_for(settings: Settings) -> Mailer:
    return Mailer(
        host=settings.smtp_host,
        port=settings.smtp_port,
        sender=settings.mail_from,
        username=settings.smtp_username,
        password=settings.smtp_password,
        starttls=settings.smtp_starttls,
    )


def get_alerts(session: SessionDep, settings: SettingsDep) -> AlertService:
    return AlertService(session, mailer_for(settings), settings.base_url)


AlertsDep = Annotated[AlertService, Depends(get_alerts)]


# --- corporate challenges ------------------------------------------------------------------------------------


def get_challenges(session: SessionDep, recommender: RecommenderDep, indexer: IndexerDep) -> ChallengeService:
    return ChallengeService(session, recommender, indexer)


def get_invitations(
    session: SessionDep, recommender: RecommenderDep, indexer: IndexerDep
) -> InvitationService:
    return InvitationService(session, recommender, indexer)


def get_applications(
    session: SessionDep, recommender: RecommenderDep, indexer: IndexerDep
) -> ApplicationService:
    return ApplicationService(session, recommender, indexer)


def get_decisions(session: SessionDep, recommender: RecommenderDep, indexer: IndexerDep) -> DecisionService:
    return DecisionService(session, recommender, indexer)


def get_jury(session: SessionDep, recommender: RecommenderDep, indexer: IndexerDep) -> JuryService:
    return JuryService(session, recommender, indexer)


def get_round(session: SessionDep, recommender: RecommenderDep, indexer: IndexerDep) -> RoundService:
    return RoundService(session, recommender, indexer)


ChallengesDep = Annotated[ChallengeService, Depends(get_challenges)]
InvitationsDep = Annotated[InvitationService, Depends(get_invitations)]
ApplicationsDep = Annotated[ApplicationService, Depends(get_applications)]
DecisionsDep = Annotated[DecisionService, Depends(get_decisions)]
JuryDep = Annotated[JuryService, Depends(get_jury)]
RoundDep = Annotated[RoundService, Depends(get_round)]


def get_events(session: SessionDep, recommender: RecommenderDep, indexer: IndexerDep) -> EventService:
    return EventService(session, recommender, indexer)


def get_event_requests(
    session: SessionDep, recommender: RecommenderDep, indexer: IndexerDep
) -> RequestService:
    return RequestService(session, recommender, indexer)


def get_event_matching(
    session: SessionDep, recommender: RecommenderDep, indexer: IndexerDep
) -> EventMatching:
    return EventMatching(session, recommender, indexer)


def get_event_schedule(
    session: SessionDep, recommender: RecommenderDep, indexer: IndexerDep, runtime: RuntimeDep
) -> ScheduleService:
    return ScheduleService(session, recommender, indexer, runtime.solves)


EventsDep = Annotated[EventService, Depends(get_events)]
EventRequestsDep = Annotated[RequestService, Depends(get_event_requests)]
EventMatchingDep = Annotated[EventMatching, Depends(get_event_matching)]
EventScheduleDep = Annotated[ScheduleService, Depends(get_event_schedule)]


# --- talent projects -------------------------------------------------------------------------------------


def get_programmes(session: SessionDep) -> ProgrammeService:
    return ProgrammeService(session)


def get_talent_projects(session: SessionDep) -> ProjectService:
    return ProjectService(session)


def get_talent_participants(session: SessionDep, recommender: RecommenderDep) -> TalentParticipantService:
    return TalentParticipantService(session, recommender)


def get_talent_allocation(session: SessionDep) -> AllocationService:
    return AllocationService(session)


ProgrammesDep = Annotated[ProgrammeService, Depends(get_programmes)]
TalentProjectsDep = Annotated[ProjectService, Depends(get_talent_projects)]
TalentParticipantsDep = Annotated[TalentParticipantService, Depends(get_talent_participants)]
TalentAllocationDep = Annotated[AllocationService, Depends(get_talent_allocation)]
