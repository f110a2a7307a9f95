"""`matcher eval cordis` end to end on the tiny CORDIS-shaped dataset, and the same benchmark run from
outside with `matcher import`, `import-cooperations`, `train`, `recommend` and `eval score`: both give the same
scores, along the benchmark's path (the training years' profiles first) and along an installation's (today's
profiles only)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from matcher.cli import app
from matcher.embeddings.encoder import Encoder
from matcher.engine.ranking import Ranker
from matcher.evaluation.benchmark import ENGINE, CordisOptions, run_cordis
from matcher.evaluation.files import read_gold, read_recommendations
from matcher.evaluation.metrics import METRICS, per_query
from matcher.evaluation.report import score_group
from matcher.kit.db import make_engine
from matcher.profiles.models import Organisation
from matcher.recommendations.training import TEXT_FEATURES
from tests.evaluation.test_cordis import TINY


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("COLUMNS", "250")  # rich tables on one line each
    return CliRunner()


def test_eval_cordis_runs_end_to_end_and_reuses_its_work_dir(
    runner: CliRunner, encoder: Encoder, tmp_path: Path
) -> None:
    report = tmp_path / "report.md"
    args = ["eval", "cordis", "--data", str(TINY), "--work", str(tmp_path / "work"), "--resamples", "50"]
    result = runner.invoke(app, [*args, "--out", str(report)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "10 queries" in result.stdout
    for system in (
        "engine",
        "random",
        "popularity",
        "same-country popularity",
        "BM25",
        "dense",
        "Adamic-Adar",
    ):
        assert system in result.stdout
    text = report.read_text(encoding="utf-8")
    assert "### Cut-off 2016-01-01" in text and "matcher eval cordis --cutoff 2016-01-01" in text
    assert "13 organisations with a profile" in text and "16 cooperations" in text
    assert "13 organisations written" in text
    assert "| research_institute |" in text and "| 20+ |" not in text  # only groups that occur
    (folder,) = (tmp_path / "work").iterdir()
    rerun_started = datetime.now(UTC)
    again = runner.invoke(app, [*args, "--out", str(report)], catch_exceptions=False)
    assert again.exit_code == 0, again.output
    text = report.read_text(encoding="utf-8")
    assert "0 texts encoded" in text  # the cache of the first run
    # and nothing else of the first run: the installation is made afresh, so the scores are a fresh run's
    assert "13 organisations written" in text
    assert again.stdout == result.stdout
    engine = make_engine(f"sqlite:///{folder / 'var' / 'matcher.db'}")
    with engine.connect() as connection:
        created = connection.execute(select(Organisation.created_at)).scalars().all()
    engine.dispose()
    assert len(created) == 13 and min(created) >= rerun_started
    assert len(list((tmp_path / "work").iterdir())) == 1


def test_the_product_commands_give_the_same_scores(
    runner: CliRunner, encoder: Encoder, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = run_cordis(CordisOptions(data=TINY, cutoff=date(2016, 1, 1), work=tmp_path / "work", resamples=50))

    export = tmp_path / "export"
    result = runner.invoke(app, ["eval", "cordis", "--data", str(TINY), "--export", str(export)])
    assert result.exit_code == 0, result.output
    assert "matcher eval score --gold" in result.stdout
    monkeypatch.setenv("MATCHER_DATABASE_URL", database_url)  # the product's own database (PostgreSQL too)
    product = ["--data-dir", str(export / "var")]
    recs = export / "recs.jsonl"
    for args in (
        ["import", str(export / "ORGS_TRAINING.jsonl")],
        ["import-cooperations", str(export / "COOPS.csv")],
        ["train"],
        ["import", str(export / "ORGS.jsonl")],
        ["recommend", "--all", "--k", "100", "--pairing", "any", "--out", str(recs)],
    ):
        step = runner.invoke(app, [*product, *args], catch_exceptions=False)
        assert step.exit_code == 0, step.output

    assert run.training is not None
    assert run.training.ranker.weights == Ranker.load(export / "var" / "ranker.json").weights

    gold = read_gold(export / "GOLD.csv")
    assert gold == run.split.gold
    outside = per_query(read_recommendations(recs), gold, run.queries)
    for metric in METRICS:
        np.testing.assert_allclose(outside[metric], run.values[ENGINE][metric])

    scored = runner.invoke(
        app, ["eval", "score", "--gold", str(export / "GOLD.csv"), "--recs", str(recs), "--resamples", "50"]
    )
    assert scored.exit_code == 0, scored.output
    inside = score_group("all", {ENGINE: run.values[ENGINE]}, np.arange(len(run.queries)), 50, 0)
    for metric in METRICS:
        assert inside.scores[ENGINE][metric].format() in scored.stdout


def test_eval_score_names_bad_input(runner: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text("query_ref,partner_ref\na,b\nc,d\n", encoding="utf-8")
    recs = tmp_path / "recs.jsonl"
    recs.write_text('{"ref": "a", "matches": [{"ref": "x", "score": 0.9}, {"ref": "b", "score": 0.5}]}\n')
    result = runner.invoke(app, ["eval", "score", "--gold", str(gold), "--recs", str(recs)])
    assert result.exit_code == 0, result.output
    assert "1 of 2 gold organisations have no recommendations" in result.output
    assert "0.250" in result.stdout  # MRR@100: (1/2 + 0) / 2
    recs.write_text('{"ref": "a", "hits": []}\n')
    bad = runner.invoke(app, ["eval", "score", "--gold", str(gold), "--recs", str(recs)])
    assert bad.exit_code == 1 and "line 1" in bad.output
    missing = runner.invoke(app, ["eval", "cordis", "--data", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and "no CORDIS data folder" in missing.output
    wrong_date = runner.invoke(app, ["eval", "cordis", "--cutoff", "2016-13-01"])
    assert wrong_date.exit_code == 2


def test_the_path_an_installation_takes_scores_as_the_eval_command(
    runner: CliRunner, encoder: Encoder, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Today's profiles imported at once, then the history, `matcher train` and `recommend --all` (what a new
    installation does), against `matcher eval cordis` at the same cut-off: `train` leaves out the text
    features of texts written after the cooperations it learns from, so both paths learn the same ranker and
    score alike, and so does the benchmark run along the installation's path (`--as-installed`)."""
    history = run_cordis(
        CordisOptions(data=TINY, cutoff=date(2016, 1, 1), work=tmp_path / "work", resamples=50)
    )
    assert history.training is not None and history.training.text_rows == 0
    export = tmp_path / "export"
    assert runner.invoke(app, ["eval", "cordis", "--data", str(TINY), "--export", str(export)]).exit_code == 0
    monkeypatch.setenv("MATCHER_DATABASE_URL", database_url)
    product = ["--data-dir", str(export / "var")]
    recs = export / "recs.jsonl"
    outputs = []
    for args in (
        ["import", str(export / "ORGS.jsonl")],
        ["import-cooperations", str(export / "COOPS.csv")],
        ["train"],
        ["recommend", "--all", "--k", "100", "--pairing", "any", "--out", str(recs)],
    ):
        step = runner.invoke(app, [*product, *args], catch_exceptions=False)
        assert step.exit_code == 0, step.output
        outputs.append(step.output)
    assert "text features left out: every text was written after the cooperations" in outputs[2]
    learned = Ranker.load(export / "var" / "ranker.json")
    assert learned.weights == history.training.ranker.weights
    assert all(learned.weights[f] == 0.0 for f in TEXT_FEATURES)

    installed = run_cordis(
        CordisOptions(
            data=TINY, cutoff=date(2016, 1, 1), work=tmp_path / "work2", resamples=50, as_installed=True
        )
    )
    outside = per_query(read_recommendations(recs), read_gold(export / "GOLD.csv"), history.queries)
    for metric in METRICS:
        np.testing.assert_allclose(outside[metric], history.values[ENGINE][metric])
        np.testing.assert_allclose(installed.values[ENGINE][metric], history.values[ENGINE][metric])
