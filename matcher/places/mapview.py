"""The map as an SVG drawn on the server: the region's district outlines (`outlines.py`) and organisations as
points by kind, clustered where they are dense. No tiles, no script: it works offline and under the content
security policy. A point links to its profile; a cluster links to the map zoomed to it (`bbox`).

The projection is equirectangular with the longitude scaled by the cosine of the middle latitude: at the size of
the Ruhr and the Rhineland its distortion is far below a pixel."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

WIDTH = 760
CELL = 26  # pixels: points closer than a cell merge into a cluster
PAD = 12


@dataclass(frozen=True)
class MapPoint:
    id: int
    name: str
    kind: str
    latitude: float
    longitude: float
    city: str = ""


@dataclass
class Cluster:
    x: float
    y: float
    members: list[MapPoint] = field(default_factory=list)


@dataclass(frozen=True)
class Box:
    """A span of longitude and latitude."""

    west: float
    south: float
    east: float
    north: float

    @classmethod
    def parse(cls, text: str) -> Box | None:
        """`west,south,east,north` (a cluster's link), or None when it does not make sense."""
        try:
            west, south, east, north = (float(v) for v in text.split(","))
        except ValueError:
            return None
        if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
            return None
        return cls(west, south, east, north)

    def text(self) -> str:
        return f"{self.west:.4f},{self.south:.4f},{self.east:.4f},{self.north:.4f}"

    def holds(self, p: MapPoint) -> bool:
        return self.west <= p.longitude <= self.east and self.south <= p.latitude <= self.north


def bounds(districts: Sequence[dict[str, Any]], points: Sequence[MapPoint]) -> Box:
    """What the map shows by default: the districts, or the points where there are no outlines."""
    coords = [(x, y) for d in districts for ring in d["rings"] for x, y in ring]
    coords = coords or [(p.longitude, p.latitude) for p in points] or [(6.5, 51.1), (7.6, 51.7)]
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    west, east, south, north = min(xs), max(xs), min(ys), max(ys)
    margin = max(east - west, north - south, 0.02) * 0.03
    return Box(west - margin, south - margin, east + margin, north + margin)


class Projection:
    def __init__(self, box: Box, width: int = WIDTH) -> None:
        self.box = box
        self.scale_x = math.cos(math.radians((box.north + box.south) / 2))
        self.k = (width - 2 * PAD) / ((box.east - box.west) * self.scale_x)
        self.width = width
        self.height = round((box.north - box.south) * self.k + 2 * PAD)

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (
            PAD + (lon - self.box.west) * self.scale_x * self.k,
            PAD + (self.box.north - lat) * self.k,
        )

    def lonlat(self, x: float, y: float) -> tuple[float, float]:
        return (
            self.box.west + (x - PAD) / (self.scale_x * self.k),
            self.box.north - (y - PAD) / self.k,
        )


def cluster(points: Sequence[MapPoint], projection: Projection, cell: int = CELL) -> list[Cluster]:
    """Points by grid cell in pixels; each cluster sits at the mean of its members."""
    cells: dict[tuple[int, int], Cluster] = {}
    for p in points:
        x, y = projection.xy(p.longitude, p.latitude)
        key = (int(x // cell), int(y // cell))
        found = cells.setdefault(key, Cluster(0.0, 0.0))
        found.members.append(p)
        n = len(found.members)
        found.x += (x - found.x) / n
        found.y += (y - found.y) / n
    return sorted(cells.values(), key=lambda c: (-len(c.members), c.y, c.x))


def _path(rings: Sequence[Sequence[Sequence[float]]], projection: Projection) -> str:
    parts = []
    for ring in rings:
        xy = [projection.xy(x, y) for x, y in ring]
        parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in xy) + "Z")
    return "".join(parts)


def _region_centres(
    districts: Sequence[dict[str, Any]], projection: Projection
) -> dict[str, tuple[float, float]]:
    """Where each region's name goes: the mean of its districts' outline points, on the map."""
    sums: dict[str, list[float]] = {}
    for d in districts:
        acc = sums.setdefault(d["region"], [0.0, 0.0, 0.0])
        for ring in d["rings"]:
            for x, y in ring:
                px, py = projection.xy(x, y)
                acc[0], acc[1], acc[2] = acc[0] + px, acc[1] + py, acc[2] + 1
    return {name: (sx / n, sy / n) for name, (sx, sy, n) in sums.items() if n}


def render(
    points: Sequence[MapPoint],
    districts: Sequence[dict[str, Any]],
    *,
    box: Box | None = None,
    zoom_url: Callable[[Box], str],
    title: str,
    kind_label: Callable[[str], str] = str,
    cluster_label: Callable[[int], str] = lambda n: f"{n} organisations",
    width: int = WIDTH,
) -> Markup:
    """The map: districts (their region in `data-region`), then each single point as a link to its profile and
    each cluster as a link to the map zoomed to its cell."""
    box = box or bounds(districts, points)
    projection = Projection(box, width)
    shown = [p for p in points if box.holds(p)]
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="region-map" role="img" viewBox="0 0 {projection.width} '
        f'{projection.height}" width="{projection.width}" height="{projection.height}" aria-label="{escape(title)}"'
        f' data-points="{len(shown)}">',
        f"<title>{escape(title)}</title>",
        '<g class="districts">',
    ]
    for d in districts:
        out.append(
            f'<path class="district" data-region="{escape(d["region"])}" d="{_path(d["rings"], projection)}">'
            f"<title>{escape(d['name'])} ({escape(d['region'])})</title></path>"
        )
    out.append('</g><g class="region-names">')
    for name, (x, y) in _region_centres(districts, projection).items():
        out.append(
            f'<text class="region-name" x="{x:.1f}" y="{y:.1f}" text-anchor="middle">{escape(name)}</text>'
        )
    out.append('</g><g class="points">')
    for c in cluster(shown, projection):
        if len(c.members) == 1:
            p = c.members[0]
            label = f"{p.name} ({kind_label(p.kind)}{', ' + p.city if p.city else ''})"
            out.append(
                f'<a class="map-point" href="/organisations/{p.id}" data-org-id="{p.id}" data-kind="{escape(p.kind)}">'
                f'<circle cx="{c.x:.1f}" cy="{c.y:.1f}" r="6" class="kind-{escape(p.kind)}"/>'
                f"<title>{escape(label)}</title></a>"
            )
            continue
        west, north = projection.lonlat(c.x - CELL, c.y - CELL)
        east, south = projection.lonlat(c.x + CELL, c.y + CELL)
        names = ", ".join(m.name for m in c.members[:5]) + (" …" if len(c.members) > 5 else "")
        radius = min(20.0, 9 + 2.2 * math.log2(len(c.members)))
        out.append(
            f'<a class="map-cluster" href="{escape(zoom_url(Box(west, south, east, north)))}" '
            f'data-count="{len(c.members)}"><circle cx="{c.x:.1f}" cy="{c.y:.1f}" r="{radius:.1f}"/>'
            f'<text x="{c.x:.1f}" y="{c.y + 4:.1f}" text-anchor="middle">{len(c.members)}</text>'
            f"<title>{escape(cluster_label(len(c.members)))}: {escape(names)}</title></a>"
        )
    out.append("</g></svg>")
    return Markup("".join(out))
