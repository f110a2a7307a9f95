"""The ecosystem's directory as pages: the start-ups by sector and city with their founding year and stage, the
innovation centres (incubators, co-working spaces, labs, test beds) with what they offer, a page per region
(counts by kind, its strongest sectors, its map), and a welcome for international founders and talent. Only
public profiles: an anonymous one listed by city and founding year would be named by them."""

from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from matcher.errors import NotFound
from matcher.places.outlines import REGIONS
from matcher.profiles.models import Organisation
from matcher.profiles.repository import OrganisationRepository
from matcher.profiles.vocab import Stage
from matcher.reports.charts import bar_chart
from matcher.web import i18n
from matcher.web.deps import ProfilesDep
from matcher.web.pages.common import render, router
from matcher.web.pages.ecosystem import known_region, known_sector, region_map

STAGES = [s.value for s in Stage]
SLUGS = {
    name.lower().replace("ü", "ue").replace(" ", "-"): name for name in REGIONS
}  # duesseldorf, kreis-mettmann, ...
LIMIT = 1000


def slug_of(region: str) -> str:
    return next(slug for slug, name in SLUGS.items() if name == region)


def public(
    repository: OrganisationRepository,
    kinds: list[str],
    region: str | None = None,
) -> list[Organisation]:
    rows, _ = repository.list(kinds=kinds, region=region, limit=LIMIT)
    return [o for o in rows if o.visibility == "public"]


def stage_of(org: Organisation) -> str | None:
    """How far a start-up is: the furthest stage of its published offers."""
    stages = [o.stage for o in org.opportunities if o.direction == "offer" and o.stage in STAGES]
    return max(stages, key=STAGES.index) if stages else None


def facilities(org: Organisation) -> list[Any]:
    return [o for o in org.opportunities if o.direction == "offer" and o.status == "published"]


@router.get("/directory", response_class=HTMLResponse)
def directory_page(
    request: Request, profiles: ProfilesDep, sector: str = "", city: str = "", region: str = ""
) -> Response:
    """The start-ups, filtered by sector, city and region."""
    chosen_sector, chosen_region = known_sector(sector), known_region(region)
    everyone = public(profiles.orgs, ["startup"])
    town = city.strip().casefold()
    shown = [  # the filters on the rows read once: the unfiltered ones give the choices of the filters
        o
        for o in everyone
        if (chosen_region is None or o.region == chosen_region)
        and (chosen_sector is None or chosen_sector in o.sectors)
        and (not town or (o.city or "").casefold() == town)
    ]
    lang = i18n.choose_language(request)
    return render(
        request,
        "ecosystem/directory.html",
        startups=[(o, stage_of(o)) for o in shown],
        sector=chosen_sector or "",
        city=city.strip(),
        region=chosen_region or "",
        sector_options=[
            (c, i18n.sector_label(lang, c)) for c in sorted({s for o in everyone for s in o.sectors})
        ],
        city_options=sorted({o.city for o in everyone if o.city}),
        region_options=list(REGIONS),
        slugs={name: slug_of(name) for name in REGIONS},
    )


@router.get("/innovation-centres", response_class=HTMLResponse)
def centres_page(request: Request, profiles: ProfilesDep, region: str = "") -> Response:
    """Incubators, co-working spaces, labs and test beds, with what each offers (space, equipment,
    programmes)."""
    chosen = known_region(region)
    centres = public(profiles.orgs, ["innovation_centre"], chosen)
    return render(
        request,
        "ecosystem/centres.html",
        centres=[(o, facilities(o)) for o in centres],
        region=chosen or "",
        region_options=list(REGIONS),
    )


@router.get("/regions", response_class=HTMLResponse)
def regions_page(request: Request, profiles: ProfilesDep) -> Response:
    counts = Counter(r.region for r in profiles.orgs.placed())
    return render(
        request,
        "ecosystem/regions.html",
        regions=[(name, slug_of(name), counts.get(name, 0)) for name in REGIONS],
    )


@router.get("/regions/{slug}", response_class=HTMLResponse)
def region_page(slug: str, request: Request, profiles: ProfilesDep) -> Response:
    """A region: its organisations by kind, its strongest sectors, its start-ups and centres, and its map."""
    region = SLUGS.get(slug)
    if region is None:
        raise NotFound(f"there is no region {slug!r}: the regions are {', '.join(SLUGS)}")
    lang = i18n.choose_language(request)
    _ = i18n.request_gettext(request)
    rows = profiles.orgs.placed(region=region)
    kinds = Counter(r.kind or "unknown" for r in rows)
    sectors = Counter(code for r in rows for code in (r.sectors or []))
    strongest = sectors.most_common(5)
    return render(
        request,
        "ecosystem/region.html",
        region=region,
        count=len(rows),
        kinds_svg=bar_chart(
            _("Organisations by kind"), [(i18n.label(lang, "kind", k), n) for k, n in kinds.most_common()]
        ),
        sectors_svg=bar_chart(
            _("The strongest sectors"),
            [(i18n.sector_label(lang, c), n) for c, n in strongest],
            colour="#17794a",
        ),
        strongest=[(c, i18n.sector_label(lang, c), n) for c, n in strongest],
        startups=[(o, stage_of(o)) for o in public(profiles.orgs, ["startup"], region)],
        centres=public(profiles.orgs, ["innovation_centre"], region),
        **{k: v for k, v in region_map(request, profiles.orgs, [], None, region).items() if k != "region"},
    )


@router.get("/welcome", response_class=HTMLResponse)
def welcome_page(request: Request, profiles: ProfilesDep) -> Response:
    """For international founders and talent: what the region offers and where to start."""
    rows = profiles.orgs.placed()
    counts = Counter(r.kind for r in rows)
    return render(
        request,
        "ecosystem/welcome.html",
        startups=counts.get("startup", 0),
        centres=counts.get("innovation_centre", 0),
        research=counts.get("university", 0) + counts.get("research_institute", 0),
        regions=[(name, slug_of(name)) for name in REGIONS],
    )
