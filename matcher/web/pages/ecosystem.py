"""The ecosystem made visible: the map of the region (on the start page, beside search results), with its
filters by kind, sector and region. The map itself is drawn by `matcher.places.mapview` from the district
outlines of `matcher.places.outlines`; only public profiles appear on it."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from fastapi import Request

from matcher.places.mapview import Box, MapPoint, render
from matcher.places.outlines import REGIONS, outlines
from matcher.profiles.repository import OrganisationRepository
from matcher.profiles.vocab import sectors
from matcher.web import i18n
from matcher.web.pages.common import with_query

KIND_COLOURS = (
    "company",
    "startup",
    "university",
    "research_institute",
    "creative",
    "public_body",
    "intermediary",
    "innovation_centre",
)


def known_sector(code: str) -> str | None:
    return code if code in sectors() else None


def known_region(name: str) -> str | None:
    return name if name in REGIONS else None


def region_map(
    request: Request,
    repository: OrganisationRepository,
    kinds: list[str],
    sector: str | None,
    region: str | None,
    only: Collection[int] | None = None,
) -> dict[str, Any]:
    """The map's context for a template: the SVG, what it shows, and the choices of its filters."""
    lang = i18n.choose_language(request)
    _ = i18n.request_gettext(request)
    rows = repository.placed(kinds or None, region, sector)
    points = [
        MapPoint(r.id, r.name, r.kind or "", r.latitude, r.longitude, r.city or "")
        for r in rows
        if only is None or r.id in only
    ]
    data = outlines()
    districts = [d for d in data["districts"] if region is None or d["region"] == region]
    box = Box.parse(request.query_params.get("bbox", ""))
    svg = render(
        points,
        districts,
        box=box,
        zoom_url=lambda b: with_query(request, bbox=b.text(), page=None),
        title=_("The region's organisations on a map"),
        kind_label=lambda k: i18n.label(lang, "kind", k),
        cluster_label=lambda n: _("%(count)s organisations", count=n),
    )
    every = (
        repository.placed(kinds or None, region) if sector else rows
    )  # the choices: all sectors on the map
    used = sorted({code for r in every for code in (r.sectors or [])})
    return {
        "map_svg": svg,
        "map_points": len(points),
        "map_zoomed": box is not None,
        "map_unzoom": with_query(request, bbox=None),
        "map_attribution": data["attribution"],
        "map_kinds": KIND_COLOURS,
        "sector": sector or "",
        "region": region or "",
        "sector_options": [(c, i18n.sector_label(lang, c)) for c in used],
        "region_options": list(REGIONS),
    }
