"""Fusing the features into one score: a linear ranker whose weights are learned from outcomes.

Weights are non-negative, so that every feature's contribution to a score is a share a person can read.
The hand-set `DEFAULT_WEIGHTS` serve a fresh install without outcomes; `fit_pairwise` learns weights from
pairs (a partner the organisation really got, one it did not) with a pairwise logistic loss.
A ranker is saved as a small versioned JSON file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from matcher.errors import ConfigurationError

FEATURES: tuple[str, ...] = (
    "need_offer",  # what the organisation seeks, met by what the candidate offers (dense)
    "offer_need",  # what the candidate seeks, met by what the organisation offers (dense)
    "profile",  # how close the two profiles are (dense)
    "lexical",  # BM25 of the candidate's texts for the organisation's texts
    "keywords",  # shared keywords and sectors
    "proximity",  # how near they are
    "network",  # shared partners (Adamic-Adar)
    "peers",  # partners of organisations with similar profiles
    "popularity",  # how many partners the candidate has (activity prior)
    "feedback",  # how the candidate's earlier introductions went (accepted or better against declined)
    "complementarity",  # whether the kinds complement each other (company-science, start-up-corporate ...)
    "same_country",
    "freshness",  # how recently the candidate's profile changed
)

DEFAULT_WEIGHTS: dict[str, float] = {
    "need_offer": 0.25,
    "offer_need": 0.25,
    "profile": 0.11,
    "lexical": 0.08,
    "keywords": 0.07,
    "proximity": 0.05,
    "network": 0.07,
    "peers": 0.03,
    "popularity": 0.03,
    "feedback": 0.04,
    "complementarity": 0.03,
    "same_country": 0.01,
    "freshness": 0.02,
}
FORMAT_VERSION = 1


@dataclass
class Ranker:
    weights: dict[str, float]
    source: str = "default"
    format_version: int = FORMAT_VERSION
    trained_at: str | None = None
    training: dict[str, object] = field(default_factory=dict)

    def active_weights(self, active: dict[str, bool]) -> dict[str, float]:
        """Weights of the features that carry information for this query, summing to 1.

        A feature the learned model never saw (say, requests in data that had none) keeps its default weight.
        """
        raw = {
            name: (self.weights[name] if name in self.weights else DEFAULT_WEIGHTS[name])
            for name in FEATURES
            if active.get(name, False)
        }
        total = sum(raw.values())
        if total <= 0:
            return {name: 1.0 / len(raw) for name in raw} if raw else {}
        return {name: w / total for name, w in raw.items()}

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> Ranker:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigurationError(f"ranker file {path} cannot be read: {exc}") from exc
        if data.get("format_version") != FORMAT_VERSION:
            raise ConfigurationError(
                f"ranker file {path} has format {data.get('format_version')}, expected {FORMAT_VERSION}: "
                "run `matcher train` again"
            )
        unknown = set(data.get("weights", {})) - set(FEATURES)
        if unknown:
            raise ConfigurationError(f"ranker file {path} names unknown features: {sorted(unknown)}")
        data["source"] = str(path)
        return cls(**data)


DEFAULT_RANKER = Ranker(weights=dict(DEFAULT_WEIGHTS))


def fused_scores(values: np.ndarray, weights: Mapping[str, float]) -> np.ndarray:
    """The score of every row of feature values (columns in FEATURES order): each feature's value times its
    weight, summed; a feature without a weight (not active for the query) counts 0. The one place a match's
    score is computed: the ranking and the explanation of a row both read it from here."""
    w = np.array([weights.get(name, 0.0) for name in FEATURES])
    return values @ w


def fit_pairwise(
    positives: np.ndarray,
    negatives: np.ndarray,
    steps: int = 400,
    learning_rate: float = 0.5,
    l2: float = 1e-3,
) -> np.ndarray:
    """Non-negative weights w minimising the mean of log(1 + exp(-(w.p - w.n))) over paired rows.

    `positives[i]` and `negatives[i]` are the feature rows of one (real partner, non-partner) pair of the same
    query. Projected gradient descent keeps every weight >= 0; the result is scaled to sum to 1.
    """
    if positives.shape != negatives.shape or positives.ndim != 2 or not len(positives):
        raise ValueError("need paired feature rows of the same shape")
    diff = (positives - negatives).astype(np.float64)
    weights = np.full(diff.shape[1], 1.0 / diff.shape[1])
    for _ in range(steps):
        margin = diff @ weights
        grad = -(diff * (1.0 / (1.0 + np.exp(np.clip(margin, -50, 50))))[:, None]).mean(axis=0) + l2 * weights
        weights = np.maximum(weights - learning_rate * grad, 0.0)
    total = weights.sum()
    return weights / total if total > 0 else np.full(diff.shape[1], 1.0 / diff.shape[1])


def ndcg_at_k(scores: np.ndarray, relevant: np.ndarray, ideal_count: int, k: int = 10) -> float:
    """nDCG@k of ranking candidates by `scores` (ties: lower row first), `relevant` marking the real partners;
    `ideal_count` is how many relevant items exist in all (also those not among the candidates)."""
    if ideal_count <= 0:
        return 0.0
    top = np.argsort(-scores, kind="stable")[:k]
    gains = relevant[top] / np.log2(np.arange(2, len(top) + 2))
    ideal = (1.0 / np.log2(np.arange(2, min(k, ideal_count) + 2))).sum()
    return float(gains.sum() / ideal)


def fit_listwise(
    queries: list[tuple[np.ndarray, np.ndarray, int]],
    start: np.ndarray,
    rounds: int = 3,
    factors: tuple[float, ...] = (0.0, 0.25, 0.5, 0.8, 1.25, 2.0, 4.0),
    k: int = 10,
) -> np.ndarray:
    """Coordinate ascent on the mean nDCG@k over `queries` (feature rows, relevance marks, relevant count).

    Starting from `start`, each round tries every weight scaled by each factor (and a small value for a weight
    at 0), keeping a change only when the mean nDCG@k rises; weights stay >= 0 and are scaled to sum to 1.
    """

    def score(w: np.ndarray) -> float:
        return float(np.mean([ndcg_at_k(x @ w, y, n, k) for x, y, n in queries])) if queries else 0.0

    weights = np.maximum(np.asarray(start, dtype=np.float64), 0.0)
    if weights.sum() <= 0:
        weights = np.full(len(weights), 1.0 / len(weights))
    weights = weights / weights.sum()
    best = score(weights)
    for _ in range(rounds):
        improved = False
        for j in range(len(weights)):
            for factor in factors:
                trial = weights.copy()
                trial[j] = weights[j] * factor if weights[j] > 0 else 0.05 * factor
                if trial.sum() <= 0 or np.allclose(trial, weights):
                    continue
                trial = trial / trial.sum()
                value = score(trial)
                if value > best + 1e-6:
                    best, weights, improved = value, trial, True
        if not improved:
            break
    return weights
