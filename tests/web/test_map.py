"""The map of the region on the start page: district outlines shipped as data, the public organisations as points
linked to their profiles, filters by kind, sector and region that change them, clusters that zoom in, and never
a hidden or anonymous profile; and the pure parts (projection, clustering, simplification, the build)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from matcher.places import outlines
from matcher.places.mapview import Box, MapPoint, Projection, cluster, render
from tests.web.test_pages import page, visitor, web  # noqa: F401  (fixtures)

POINT = re.compile(r'<a class="map-point" href="/organisations/(\d+)" data-org-id="\d+" data-kind="(\w+)">')


def points(html: str) -> dict[int, str]:
    return {int(org): kind for org, kind in POINT.findall(html)}


def test_the_start_page_maps_the_public_organisations_and_filters_them(visitor: TestClient) -> None:  # noqa: F811
    html = visitor.get("/").text
    assert 'class="region-map"' in html
    if outlines.outlines()["districts"]:  # built by `make install`
        assert html.count('class="district"') == 24 and 'data-region="Kreis Mettmann"' in html
        assert "GeoBasis-DE / BKG" in html
    shown = points(html)
    clusters = sum(int(n) for n in re.findall(r'class="map-cluster" href="[^"]+" data-count="(\d+)"', html))
    assert len(shown) + clusters == 8  # ten in the file: one hidden, one anonymous
    assert "Verdeckte Testfirma" not in html and "Geheime Wasserwerke" not in html
    for org in shown:
        assert visitor.get(f"/organisations/{org}").status_code == 200

    startups = points(visitor.get("/?kind=startup").text)
    assert startups and set(startups.values()) == {"startup"}
    ruhr = visitor.get("/?region=Ruhr").text
    assert 'data-region="Düsseldorf"' not in ruhr
    water = visitor.get("/?sector=water").text
    assert 'data-points="' in water
    assert int(re.search(r'data-points="(\d+)"', water).group(1)) < 8  # type: ignore[union-attr]
    unknown = visitor.get("/?sector=nonsense&region=Atlantis")  # unknown filters are no filters
    assert unknown.status_code == 200 and 'data-points="8"' in unknown.text


def test_a_cluster_zooms_in_and_a_search_maps_its_results(web: TestClient) -> None:  # noqa: F811
    html = web.get("/").text
    zoom = re.search(r'class="map-cluster" href="([^"]+)"', html)
    if zoom is not None:
        zoomed = web.get(zoom.group(1).replace("&amp;", "&")).text
        assert "Show the whole region" in zoomed
        assert int(re.search(r'data-points="(\d+)"', zoomed).group(1)) >= 2  # type: ignore[union-attr]
    found = page(web, "/?q=hydrogen+fuel+cell+testing")
    hits = {int(a.attrs["href"].rsplit("/", 1)[1]) for a in found.find_all("a", cls="org-link")}
    mapped = points(web.get("/?q=hydrogen+fuel+cell+testing").text)
    assert set(mapped) <= hits


def test_close_points_cluster_and_far_ones_do_not() -> None:
    box = Box(6.5, 51.0, 7.5, 51.7)
    projection = Projection(box)
    essen = MapPoint(1, "A", "company", 51.4556, 7.0116)
    essen_too = MapPoint(2, "B", "startup", 51.4560, 7.0120)
    dortmund = MapPoint(3, "C", "university", 51.5136, 7.4653)
    groups = cluster([essen, essen_too, dortmund], projection)
    assert sorted(len(g.members) for g in groups) == [1, 2]
    x, y = projection.xy(7.0116, 51.4556)
    lon, lat = projection.lonlat(x, y)
    assert abs(lon - 7.0116) < 1e-9 and abs(lat - 51.4556) < 1e-9
    svg = render(
        [essen, essen_too, dortmund], [], box=box, zoom_url=lambda b: f"/?bbox={b.text()}", title="T"
    )
    assert 'href="/organisations/3"' in svg and 'data-count="2"' in svg and "/?bbox=" in svg
    outside = render([MapPoint(4, "D", "company", 48.1, 11.5)], [], box=box, zoom_url=str, title="T")
    assert 'data-points="0"' in outside


@pytest.mark.parametrize("text", ["", "1,2,3", "a,b,c,d", "7,51,6,52", "0,95,1,96"])
def test_a_bounding_box_that_makes_no_sense_is_none(text: str) -> None:
    assert Box.parse(text) is None


def test_simplification_keeps_the_shape_and_the_build_names_what_is_missing() -> None:
    wiggly = [(7.0 + i * 0.001, 51.0 + (0.00001 if i % 2 else 0)) for i in range(200)] + [
        (7.2, 51.2),
        (7.0, 51.0),
    ]
    simple = outlines.simplify(wiggly)
    assert simple[0] == wiggly[0] and simple[-1] == wiggly[-1] and (7.2, 51.2) in simple
    assert len(simple) < 10
    square = {
        "type": "Polygon",
        "coordinates": [[[6.7, 51.2], [6.8, 51.2], [6.8, 51.3], [6.7, 51.3], [6.7, 51.2]]],
    }
    one = [{"properties": {"SN_L": "05", "GEN": "Düsseldorf"}, "geometry": square}]
    with pytest.raises(ValueError, match="lack these districts: .*Mettmann"):
        outlines.build(one)
