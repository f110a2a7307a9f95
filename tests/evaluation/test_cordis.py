"""The CORDIS benchmark data, built from a tiny CORDIS-shaped dataset (tests/data/cordis_tiny, see its
README for the projects): cut-off handling, kinds and countries, the network and its years, the gold."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path

import pytest

from matcher.evaluation.cordis import (
    PROFILE_MAX_CHARS,
    Project,
    build_split,
    load_raw,
    profile_description,
    split_digest,
    training_profiles_until,
    write_split,
)
from matcher.evaluation.files import read_gold
from matcher.profiles.schemas import CooperationRecord, OrganisationCreate

TINY = Path(__file__).resolve().parent.parent / "data" / "cordis_tiny"
CUT = date(2016, 1, 1)


@pytest.fixture(scope="module")
def split():
    return build_split(load_raw(TINY), CUT)


def by_ref(split) -> dict[str, dict]:
    return by_ref_of(split.orgs)


def by_ref_of(records) -> dict[str, dict]:
    return {o["ref"]: o for o in records}


def test_only_organisations_with_a_project_before_the_cut_get_a_profile(split) -> None:
    assert sorted(by_ref(split)) == [f"o{i:02d}" for i in range(1, 15) if i != 13]
    assert (split.projects_before, split.projects_after, split.projects_undated) == (7, 4, 1)


def test_kinds_countries_and_cities_are_mapped(split) -> None:
    orgs = by_ref(split)
    kinds = {ref: o.get("kind") for ref, o in orgs.items()}
    assert kinds["o01"] == "company"  # joined by the upper-cased name: "Hydrogen Motors GmbH"
    assert kinds["o02"] == "university"
    assert kinds["o03"] == "research_institute"
    assert kinds["o08"] == "public_body"
    assert kinds["o11"] == "intermediary"
    assert kinds["o12"] is None and "city" not in orgs["o12"]  # not in the activity dump
    assert orgs["o04"]["country"] == "GB" and orgs["o05"]["country"] == "GR"  # UK, EL in CORDIS
    assert orgs["o01"]["city"] == "Stuttgart"


def test_profiles_come_only_from_projects_before_the_cut(split) -> None:
    text = by_ref(split)["o01"]["description"]
    assert "Fuel cell and hydrogen systems for transport" in text
    assert "Hydrogen storage in salt caverns" in text
    # no acronyms: two partners of one project would share a word only they have
    assert "HYDROGO" not in text and "H2TEST" not in text and "Projects:" not in text
    # titles appear once however often they occur; the most frequent first
    assert text.count("Secure, clean and efficient energy") == 1
    assert text.index("Hydrogen storage") < text.index("Fuel cell and hydrogen systems")
    assert text.startswith("Topics: ") and text.endswith(".")


def test_profile_text_is_capped_at_a_whole_item() -> None:
    projects = [
        Project(f"{i}", f"ACR{i}", date(2015, 1, 1), f"Topic number {i} " + "x" * 80, ("Programme",))
        for i in range(40)
    ]
    text = profile_description(projects)
    assert len(text) <= PROFILE_MAX_CHARS
    assert text.endswith(".")
    assert all(len(tail) == 80 for tail in re.findall(r"Topic number \d+ (x*)", text))  # no title cut
    assert profile_description([]) == ""


def test_network_pairs_are_deduplicated_per_year_with_the_first_project_as_source(split) -> None:
    coops = split.cooperations
    assert len(coops) == 16
    assert ("o01", "o02", 2014, "cordis:1001") in coops
    assert ("o01", "o02", 2015, "cordis:1002") in coops  # H2TEST (1003) repeats the pair in 2015
    assert sum(1 for a, b, *_ in coops if (a, b) == ("o01", "o02")) == 2
    assert ("o05", "o08", 2015, "cordis:1007") in coops  # 2015-12-31: the day before the cut
    assert not any("o13" in (a, b) for a, b, *_ in coops)
    assert all(a < b for a, b, *_ in coops)
    assert split.earlier_partners["o01"] == {"o02", "o03", "o04"}
    assert split.earlier_partners["o14"] == set()


def test_gold_holds_new_partners_with_a_profile_only(split) -> None:
    assert split.gold == {
        "o01": {"o09", "o14"},  # o03 was a partner before
        "o03": {"o09", "o14"},
        "o09": {"o01", "o03", "o14"},
        "o14": {"o01", "o03", "o09"},
        "o05": {"o10"},  # o06 was a partner before, o13 has no profile
        "o06": {"o10"},
        "o10": {"o05", "o06"},
        "o04": {"o11", "o12"},
        "o11": {"o04"},  # o12 was a partner before
        "o12": {"o04"},
    }
    for query, partners in split.gold.items():
        assert not partners & split.earlier_partners[query]
        assert query not in partners


def test_another_cutoff_moves_projects_between_network_and_gold() -> None:
    later = build_split(load_raw(TINY), date(2016, 1, 2))
    assert ("o01", "o14", 2016, "cordis:2001") in later.cooperations
    assert "o01" not in later.gold and "o14" not in later.gold
    assert later.gold["o05"] == {"o10"}
    earlier = build_split(load_raw(TINY), date(2015, 1, 1))
    assert sorted(by_ref(earlier)) == ["o01", "o02", "o03", "o05", "o06", "o07"]
    # every later partner of these six is either an earlier partner or has no profile at this cut
    assert earlier.gold == {}


def test_written_files_are_valid_import_files(split, tmp_path: Path) -> None:
    files = write_split(split, tmp_path)
    lines = files.orgs.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["ref"] for line in lines] == sorted(by_ref(split))
    for line in lines:
        OrganisationCreate.model_validate(json.loads(line))
    with files.cooperations.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 16
    for row in rows:
        CooperationRecord.model_validate(row)
    assert read_gold(files.gold) == split.gold
    assert write_split(split, tmp_path / "again").orgs.read_bytes() == files.orgs.read_bytes()
    training = files.training_orgs.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in training] == split.training_orgs
    for line in training:
        OrganisationCreate.model_validate(json.loads(line))
    assert split_digest(split) == split_digest(build_split(load_raw(TINY), CUT))


def test_missing_raw_files_are_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="H2020_H2020_Data_projects.csv"):
        load_raw(tmp_path)


def test_training_profiles_stop_where_the_trainer_starts_learning(split) -> None:
    assert training_profiles_until([2014, 2015]) == date(2015, 1, 1)  # learns on half of 2015
    assert training_profiles_until([2014, 2015, 2016]) == date(2015, 1, 1)  # learns on 2015
    assert training_profiles_until([2015]) is None  # no history to learn from
    assert split.training_profiles_until == date(2015, 1, 1)
    assert [o["ref"] for o in split.training_orgs] == [o["ref"] for o in split.orgs]
    early, full = by_ref_of(split.training_orgs)["o01"], by_ref(split)["o01"]
    assert "Hydrogen storage in salt caverns" in full["description"]  # a 2015 project
    assert "Hydrogen storage in salt caverns" not in early["description"]
    assert "Fuel cell and hydrogen systems for transport" in early["description"]  # a 2014 project
    assert by_ref_of(split.training_orgs)["o04"]["description"] == ""  # only 2015 projects
    assert {k: v for k, v in early.items() if k != "description"} == {
        k: v for k, v in full.items() if k != "description"
    }
