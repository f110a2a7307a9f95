"""German questions find English profiles through `GET /api/v1/search`: the CORDIS subject titles, one
organisation an English title, each German title as the question, alone and beside the demo ecosystem (where
a German question's words also occur in German profiles on other subjects); then `matcher eval crosslingual
--search` on a small titles file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from matcher.cli import app as cli
from matcher.evaluation import crosslingual_search
from matcher.evaluation.crosslingual import DEFAULT_TITLES, read_titles
from matcher.evaluation.crosslingual_search import (
    DEMO_ORGANISATIONS,
    TOP,
    accuracy,
    subject_of,
    subject_profiles,
)
from matcher.kit.db import transaction
from matcher.profiles.importer import import_organisations
from matcher.runtime import Runtime
from matcher.web.app import create_app
from tests.conftest import ECOSYSTEM, make_user
from tests.evaluation.test_crosslingual import TITLES_CSV


def test_subject_profiles_and_refs() -> None:
    lines = subject_profiles(["Robotics", "Food and drink"]).splitlines()
    assert (
        len(lines) == 2
        and '"name": "Food and drink"' in lines[1]
        and '"description": "Food and drink"' in lines[1]
    )
    assert subject_of("subject-1") == 1 and subject_of("t-h2-institute") is None


def test_accuracy_counts_the_first_hit_and_the_top() -> None:
    hits = [
        [("subject-0", "Robotics")],
        [("demo-org", "A German firm"), ("subject-1", "Food")],
        [("subject-0", "Robotics"), ("subject-1", "Food")],
        [],
    ]
    first, top, misses = accuracy(
        ["Robotik", "Lebensmittel", "Sicherheit", "Nichts"], hits, ["Robotics", "Food"], [{0}, {1}, {1}, {0}]
    )
    assert first == pytest.approx(1 / 4) and top == pytest.approx(3 / 4)
    assert misses == [
        ("Lebensmittel", "A German firm", "Food"),
        ("Sicherheit", "Robotics", "Food"),
        ("Nichts", "", "Robotics"),
    ]


@pytest.mark.skipif(not DEFAULT_TITLES.is_file(), reason="the CORDIS data in ../shared is not there")
@pytest.mark.parametrize("beside_demo", [False, True], ids=["alone", "beside-the-demo"])
def test_german_questions_find_the_english_profile_first(runtime: Runtime, beside_demo: bool) -> None:
    data = read_titles(DEFAULT_TITLES)
    with transaction(runtime.session_factory) as session:
        import_organisations(
            session, io.StringIO(subject_profiles(data.english)), fmt="jsonl", indexer=runtime.indexer
        )
        if beside_demo:
            import_organisations(session, DEMO_ORGANISATIONS, fmt="jsonl", indexer=runtime.indexer)
    admin = make_user(runtime, "admin@example.org", "admin")
    with TestClient(create_app(runtime=runtime), headers=admin.auth) as client:  # type: ignore[arg-type]
        hits = []
        for question in data.german:
            response = client.get("/api/v1/search", params={"q": question, "k": TOP})
            assert response.status_code == 200, response.text
            hits.append(
                [
                    (h["organisation"]["ref"], h["organisation"]["name"])
                    for h in response.json()["organisations"]
                ]
            )
    first, top, misses = accuracy(data.german, hits, data.english, data.english_of())
    assert first >= 0.95, misses
    assert top == 1.0, misses


def test_the_search_command_on_a_small_titles_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    titles = tmp_path / "sic.csv"
    titles.write_text(TITLES_CSV, encoding="utf-8")
    monkeypatch.setattr(crosslingual_search, "DEMO_ORGANISATIONS", ECOSYSTEM)  # a small ecosystem beside
    out = tmp_path / "search.md"
    result = CliRunner().invoke(
        cli,
        ["eval", "crosslingual", "--search", "--titles", str(titles), "--out", str(out)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    rows = [
        line
        for line in out.read_text().splitlines()
        if line.startswith("| German") or line.startswith("| English")
    ]
    cells = [[c.strip() for c in row.strip("|").split("|")] for row in rows]
    assert [(c[0], c[1]) for c in cells] == [
        ("German -> English", "nothing"),
        ("German -> English", "the demo ecosystem"),
        ("English -> German", "nothing"),
        ("English -> German", "the demo ecosystem"),
    ]
    # five English and four German titles (one German title for Safety and Security); the test ecosystem's ten
    assert [(c[2], c[3]) for c in cells] == [("5", "4"), ("15", "4"), ("4", "5"), ("14", "5")]
    # four clear pairs, and "Sicherheit" finds "Security" or "Safety": every first hit is a translation; beside
    # the test ecosystem's fuel-cell firms "Hydrogen and fuel cells" may find one of them first, never outside
    # the top 5
    assert [c[4] for c in cells if c[1] == "nothing"] == ["1.000", "1.000"], out.read_text()
    assert all(c[5] == "1.000" for c in cells), out.read_text()
