"""The cooperation network's pages on the test ecosystem with a few cooperations: an organisation's partners and
partners of partners as a picture whose circles open the profiles, the managers' overview with communities,
bridges and who could bridge two communities; hidden organisations are never drawn or named, anonymous ones only
by their label."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from matcher.runtime import Runtime
from tests.conftest import org_id
from tests.network.test_api import COOPERATIONS, cooperate
from tests.web.test_pages import visitor, web  # noqa: F401  (fixtures)


def test_an_organisations_network_as_a_picture(visitor: TestClient, loaded: Runtime) -> None:  # noqa: F811
    cooperate(loaded, COOPERATIONS)
    steel = org_id(loaded, "t-steel-co")
    assert f'href="/organisations/{steel}/network"' in visitor.get(f"/organisations/{steel}").text
    html = visitor.get(f"/organisations/{steel}/network").text
    assert 'class="network"' in html and 'class="depth-0"' in html and 'class="depth-1"' in html
    linked = {int(i) for i in re.findall(r'<a class="node" href="/organisations/(\d+)"', html)}
    assert (
        org_id(loaded, "t-fuelcell-co") in linked and org_id(loaded, "t-h2-institute") in linked
    )  # 1 and 2 away
    assert "Verdeckte Testfirma" not in html and org_id(loaded, "t-hidden") not in linked  # hidden
    assert org_id(loaded, "t-chem-co") not in linked  # reached only through the hidden one
    anon = visitor.get(f"/organisations/{org_id(loaded, 't-uni-water')}/network").text
    assert "Geheime Wasserwerke" not in anon and 'class="node anonymous"' in anon
    assert visitor.get(f"/organisations/{org_id(loaded, 't-hidden')}/network").status_code == 404


def test_the_managers_overview_and_who_could_bridge(
    web: TestClient,  # noqa: F811
    visitor: TestClient,  # noqa: F811
    loaded: Runtime,
) -> None:
    cooperate(loaded, COOPERATIONS)
    html = web.get("/network").text
    communities = [int(c) for c in re.findall(r'class="community" data-community="(\d+)"', html)]
    assert len(communities) >= 2 and 'class="network"' in html and "Verdeckte Testfirma" not in html
    bridged = web.get(f"/network?a={communities[0]}&b={communities[1]}").text
    assert 'class="cards bridge-candidates"' in bridged
    assert visitor.get("/network", follow_redirects=False).status_code == 303
