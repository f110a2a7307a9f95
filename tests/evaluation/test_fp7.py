"""FP7 co-participations as the benchmark's earlier history (tests/data/cordis_tiny_fp7, see its README): who
is joined to a Horizon 2020 organisation by id or by normalised name and country, who is not, and how FP7
partners become earlier cooperations that leave the gold."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from matcher.evaluation.cordis import build_split, load_raw
from matcher.evaluation.fp7 import FP7_YEAR, load_fp7, normalised
from tests.evaluation.test_cordis import TINY

FP7 = Path(__file__).resolve().parent.parent / "data" / "cordis_tiny_fp7"
CUT = date(2016, 1, 1)


def test_fp7_organisations_are_joined_by_id_or_by_name_and_country() -> None:
    raw = load_raw(TINY)
    assert raw.fp7 is None  # the tiny dataset has no FP7 files
    history = load_fp7(FP7, {o.org_id: (o.name, o.country) for o in raw.orgs.values()})
    assert history is not None
    assert (history.organisations, history.joined_by_id, history.joined_by_name) == (5, 1, 2)
    assert ("TEKNILLINEN KORKEAKOULU, OULU", "TEKNILLINEN KORKEAKOULU OULU", "FI") in history.samples
    # 900002 keeps one joined member (EMBEDDED SYSTEMS AG is in Austria, o09 in Germany): no pair
    assert history.members == {"900001": {"o05", "o10"}, "900003": {"o01", "o05"}}
    assert normalised("Hydrogen-Motors  GmbH") == normalised("HYDROGEN MOTORS GMBH") == "hydrogen motors gmbh"


def test_fp7_partners_are_earlier_cooperations_and_never_gold() -> None:
    raw = load_raw(TINY)
    without = build_split(raw, CUT)
    assert "o10" in without.gold["o05"] and without.fp7_pairs == 0
    history = load_fp7(FP7, {o.org_id: (o.name, o.country) for o in raw.orgs.values()})
    split = build_split(dataclasses.replace(raw, fp7=history), CUT)
    assert split.fp7_pairs == 2
    assert ("o05", "o10", FP7_YEAR, "cordis-fp7:900001") in split.cooperations
    assert ("o01", "o05", FP7_YEAR, "cordis-fp7:900003") in split.cooperations
    assert "o10" in split.earlier_partners["o05"] and "o10" not in split.gold.get("o05", set())
    assert split.gold.get("o05", set()) == without.gold["o05"] - {"o10"}
