"""The cooperation network's rows of the authorisation matrix (tests/web/api/test_authorisation.py) and how each
request is made: an organisation's network is for whoever may see the organisation, the ecosystem's overview and
who could bridge two communities for managers. The bridge's request first records two cooperations that share
no organisation, so that the network has two communities to name."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING

from matcher.kit.db import transaction
from matcher.profiles.importer import import_cooperations

if TYPE_CHECKING:
    from tests.web.api.test_authorisation import Scene, Target

A = "/api/v1"
# fmt: off
NETWORK_MATRIX: list[tuple[str, str, int, int, int, int, int]] = [
    # method  path                                          anonymous member other manager admin
    ("GET",    f"{A}/organisations/{{org_id}}/network",       200, 200, 200, 200, 200),
    ("GET",    f"{A}/network",                                401, 403, 403, 200, 200),
    ("GET",    f"{A}/network/bridge",                         401, 403, 403, 200, 200),
]
# a hidden organisation's network: for those who may change it (auth/policies.py: shown_to)
NETWORK_HIDDEN: list[tuple[str, str, int, int, int, int, int]] = [
    ("GET",    f"{A}/organisations/{{org_id}}/network",       404, 200, 404, 200, 200),
]
# fmt: on
TWO_COMMUNITIES = "a_ref,b_ref,year,source\nt-steel-co,t-fuelcell-co,2024,matrix\nt-vr-studio,t-vision-startup,2024,matrix\n"


def two_communities(scene: Scene) -> Target:
    with transaction(scene.rt.session_factory) as session:
        import_cooperations(session, io.StringIO(TWO_COMMUNITIES), indexer=scene.rt.indexer)
    target = scene.static()
    target.query = {"a": "0", "b": "1"}
    return target


NETWORK_REQUESTS: dict[tuple[str, str], Callable[[Scene], Target]] = {
    ("GET", f"{A}/network/bridge"): two_communities,
}
