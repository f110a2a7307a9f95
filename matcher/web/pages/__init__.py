"""Server-rendered pages, one module per part of the product, all on the one `router` of `common.py` (which also
holds the templates and the helpers every page shares). The modules are imported here in the order their routes
must be matched: a fixed path such as `/organisations/new` before `/organisations/{org_id}`."""

from matcher.web.pages import (  # noqa: F401  (each module adds its routes to the router)
    account,
    admin,
    alerts,
    challenge_applications,
    challenge_jury,
    challenge_pitch_day,
    challenges,
    cross_innovation,
    directory,
    event_agenda,
    event_people,
    event_schedule,
    events,
    introductions,
    network,
    opportunities,
    organisations,
    queue,
    reports,
    search,
    talent,
    talent_allocation,
    talent_people,
    talent_privacy,
)
from matcher.web.pages.common import router, templates

__all__ = ["router", "templates"]
