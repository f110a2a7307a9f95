"""Cross-innovation on the test ecosystem: a creative studio's page names the industries its work fits with the
company that fits best, only for a public creative studio; the managers' view lists the engine's creative x company
pairs with why, for managers only."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from matcher.runtime import Runtime
from tests.conftest import org_id
from tests.web.test_pages import visitor, web  # noqa: F401  (fixtures)


def test_a_studio_page_names_the_industries_its_work_fits(
    visitor: TestClient,  # noqa: F811
    loaded: Runtime,
) -> None:
    studio = org_id(loaded, "t-vr-studio")
    profile = visitor.get(f"/organisations/{studio}").text
    assert f'href="/cross-innovation/{studio}"' in profile
    html = visitor.get(f"/cross-innovation/{studio}").text
    sectors = re.findall(r'class="card industry" data-sector="(\w+)"', html)
    assert sectors and "Fits best:" in html
    scores = [float(s) for s in re.findall(r'<span class="score">([0-9.-]+)</span>', html)]
    assert scores == sorted(scores, reverse=True)
    assert "Verdeckte Testfirma" not in html and "Geheime Wasserwerke" not in html
    assert visitor.get(f"/cross-innovation/{org_id(loaded, 't-steel-co')}").status_code == 404  # not creative
    assert visitor.get("/cross-innovation/999999").status_code == 404


def test_the_managers_see_the_best_creative_and_company_pairs(
    web: TestClient,  # noqa: F811
    visitor: TestClient,  # noqa: F811
    loaded: Runtime,
) -> None:
    html = web.get("/cross-innovation").text
    studio = org_id(loaded, "t-vr-studio")
    assert f'class="cross-pair" data-studio-id="{studio}"' in html and 'class="why"' in html
    assert "Verdeckte Testfirma" not in html and "Geheime Wasserwerke" not in html
    assert visitor.get("/cross-innovation", follow_redirects=False).status_code == 303  # to the login
