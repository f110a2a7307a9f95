"""Learning the ranker from cooperation history: the fit, the time split, and `matcher train` end to end."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import numpy as np
from sqlalchemy import update

from matcher.engine.ranking import FEATURES, Ranker, fit_pairwise, ndcg_at_k
from matcher.kit.db import transaction
from matcher.profiles.importer import import_cooperations, import_organisations
from matcher.profiles.models import Organisation
from matcher.recommendations.training import TEXT_FEATURES, Trainer, periods
from matcher.runtime import Runtime


def test_fit_pairwise_finds_the_feature_that_separates() -> None:
    rng = np.random.default_rng(0)
    negatives = rng.random((200, 4))
    positives = negatives.copy()
    positives[:, 2] += 0.3  # only feature 2 tells partners apart
    weights = fit_pairwise(positives, negatives)
    assert weights.argmax() == 2 and weights.min() >= 0 and abs(weights.sum() - 1) < 1e-9


def test_periods_split_history_by_year() -> None:
    rows = [(1, 2, 2019), (2, 3, 2020), (1, 2, 2020), (1, 3, 2021), (9, 1, 2021)]
    found = periods(rows, known={1, 2, 3})
    assert [p.year for p in found] == [2019, 2020, 2021]
    assert found[1].new_partners == {2: {3}, 3: {2}}  # (1, 2) was known before 2020
    assert found[2].network[1] == {2} and found[2].new_partners == {1: {3}, 3: {1}}
    assert found[0].network == {}  # the first year has no history: no empty entries either
    assert found[1].network == {1: {2}, 2: {1}}


def test_ndcg() -> None:
    # candidates ranked [1, 2, 3] with 1 relevant; ranked [2, 1] with 1 relevant
    assert ndcg_at_k(np.array([3.0, 2.0, 1.0]), np.array([1.0, 0.0, 0.0]), 1) == 1.0
    assert round(ndcg_at_k(np.array([1.0, 2.0]), np.array([1.0, 0.0]), 1), 4) == round(1 / np.log2(3), 4)


def _synthetic(rt: Runtime) -> None:
    """Forty organisations on four topics; each year, partners of partners become partners."""
    topics = ["hydrogen fuel cells", "steel recycling", "virtual reality training", "water leak detection"]
    lines = [
        json.dumps(
            {
                "ref": f"o{i}",
                "name": f"Org {i}",
                "kind": "company" if i % 2 else "university",
                "description": f"We work on {topics[i % 4]} and related engineering, team {i}.",
            }
        )
        for i in range(40)
    ]
    coops = ["a_ref,b_ref,year,source"]
    for i in range(0, 40, 4):  # chains i - i+1 - i+2 - i+3 grow one hop a year
        coops += [
            f"o{i},o{i + 1},2019,x",
            f"o{i + 1},o{i + 2},2019,x",
            f"o{i},o{i + 2},2020,x",
            f"o{i + 2},o{i + 3},2020,x",
            f"o{i + 1},o{i + 3},2021,x",
            f"o{i},o{i + 3},2021,x",
        ]
    with transaction(rt.session_factory) as session:
        import_organisations(session, io.StringIO("\n".join(lines)), fmt="jsonl", indexer=rt.indexer)
        import_cooperations(session, io.StringIO("\n".join(coops)), indexer=rt.indexer)


def loaded_choice(report) -> object:
    return report.ranker.training["chosen"]


def test_train_learns_and_saves_a_ranker(runtime: Runtime, tmp_path) -> None:
    _synthetic(runtime)
    report = Trainer(runtime.recommender, runtime.session_factory).train(max_queries=100)
    assert report.learn_years == [2020] and report.validation_year == 2021
    assert report.pairs > 0
    assert report.ranker.weights["network"] == max(report.ranker.weights.values())
    assert set(report.validation) == {"pairwise", "listwise", "default", "popularity", "network"}
    assert report.chosen in {"pairwise", "listwise", "network"}  # partners of partners, by construction
    assert report.validation[report.chosen] == max(report.validation.values())
    assert loaded_choice(report) == report.chosen
    path = tmp_path / "ranker.json"
    report.ranker.save(path)
    loaded = Ranker.load(path)
    assert set(loaded.weights) == set(FEATURES) and loaded.training["validation_year"] == 2021


def test_text_written_after_the_cooperations_is_not_learned_from(runtime: Runtime) -> None:
    """Profiles imported today describe work the history's cooperations already did: their text features
    are left out of learning and validation, and no text feature gets a weight. Once the texts are older than
    the years learned (as in an installation whose profiles were written before the cooperations it records),
    they count again."""
    _synthetic(runtime)
    report = Trainer(runtime.recommender, runtime.session_factory).train(max_queries=100)
    assert report.text_rows == 0 and report.rows > 0
    assert all(report.ranker.weights[f] == 0.0 for f in TEXT_FEATURES)
    assert report.ranker.training["text_rows"] == 0

    with transaction(runtime.session_factory) as session:  # the profiles as written back in 2018
        session.execute(update(Organisation).values(updated_at=datetime(2018, 6, 1, tzinfo=UTC)))
    report = Trainer(runtime.recommender, runtime.session_factory).train(max_queries=100)
    assert report.text_rows == report.rows > 0
