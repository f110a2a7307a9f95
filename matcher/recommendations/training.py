"""`matcher train`: learn the ranker's weights from the installation's own cooperation history.

The cooperations recorded with a year are split in time. For a learning year Y, the network is what was known
before Y; the organisations that gained new partners in Y are the queries; the engine's own retrievers and
features (computed on the network before Y) give the candidates, and the new partners among them are the
positives. Weights are fitted on the learning year and validated on the next year (with only two years of
history, on a held-out half of the queries of the last year). Two fits are made: a pairwise logistic fit, and
that fit refined by coordinate ascent on nDCG@10 (listwise); the validation year chooses among them and the
hand-set defaults, and the choice is recorded in the ranker file.

No learning from text that postdates the cooperations: a profile written today names the topics of the very
cooperations the history records, which teaches the ranker that shared words predict partners far better than
they can. So the text features (`TEXT_FEATURES`: the dense, lexical, keyword and similar-profile features) of a
pair count in a year only where both organisations' texts (profile and opportunities) were last written before
that year began; elsewhere they are left out (zero) in learning and in validation alike, and a text feature that
was never seen that way gets no weight. The validation year then judges, on the same rows, the fits against the
shipped ranker and the popularity and network baselines, and the best is kept.
"""

from __future__ import annotations

import logging
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import numpy as np
from sqlalchemy.orm import Session, sessionmaker

from matcher.embeddings.encoder import ProgressCallback
from matcher.engine.matching import Filters
from matcher.engine.pairing import ANY
from matcher.engine.ranking import (
    DEFAULT_WEIGHTS,
    FEATURES,
    Ranker,
    fit_listwise,
    fit_pairwise,
    fused_scores,
    ndcg_at_k,
)
from matcher.errors import InvalidInput
from matcher.kit.db import transaction
from matcher.profiles.repository import CooperationRepository, OrganisationRepository
from matcher.recommendations.service import Recommender

log = logging.getLogger(__name__)

TEXT_FEATURES = ("need_offer", "offer_need", "profile", "lexical", "keywords", "peers")
TEXT_COLUMNS = np.array([FEATURES.index(name) for name in TEXT_FEATURES])
BASELINES = {"popularity": "popularity", "network": "network"}  # validated against, one feature each


@dataclass
class Period:
    """Queries of one year: the network before it and the new partners each query gained in it."""

    year: int
    network: dict[int, set[int]]
    new_partners: dict[int, set[int]]


@dataclass
class TrainingReport:
    ranker: Ranker
    learn_years: list[int]
    validation_year: int
    learn_queries: int
    validation_queries: int
    pairs: int
    validation: dict[str, float] = field(default_factory=dict)
    chosen: str = "pairwise"
    text_rows: int = 0  # learning rows whose text features counted (both texts older than the year)
    rows: int = 0


def periods(rows: list[tuple[int, int, int | None]], known: set[int]) -> list[Period]:
    """One Period per year with new pairs, oldest first; pairs outside `known` organisations are ignored."""
    by_year: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a, b, year in rows:
        if year is not None and a in known and b in known:
            by_year[year].append((a, b))
    result = []
    network: dict[int, set[int]] = defaultdict(set)
    for year in sorted(by_year):
        new: dict[int, set[int]] = defaultdict(set)
        for a, b in by_year[year]:
            if b not in network.get(a, ()):  # .get: a lookup must not add an empty entry
                new[a].add(b)
                new[b].add(a)
        result.append(Period(year, {k: set(v) for k, v in network.items() if v}, dict(new)))
        for a, b in by_year[year]:
            network[a].add(b)
            network[b].add(a)
    return result


class Trainer:
    def __init__(
        self, recommender: Recommender, session_factory: sessionmaker[Session], seed: int = 0
    ) -> None:
        self.recommender = recommender
        self.session_factory = session_factory
        self.random = random.Random(seed)
        self.written: dict[int, datetime] = {}
        self.text_rows = self.rows = 0

    def _examples(self, period: Period, queries: list[int], today: date, progress: ProgressCallback | None):
        """Per query: candidate feature rows and which rows are real new partners; the text features of a row
        are zero unless both organisations' texts were written before the period's year began."""
        engine = self.recommender.engine
        began = datetime(period.year, 1, 1, tzinfo=UTC)
        examples = []
        for done, query in enumerate(queries, start=1):
            source = engine.catalogue.orgs[query]
            with engine.lock:
                candidates = engine.candidates(source, Filters(pairing=ANY), 30, today, period.network)
                if candidates:
                    table = engine.features(source, candidates, today, period.network)
                    labels = np.array([c in period.new_partners[query] for c in candidates])
                    self._mask_late_texts(table.values, query, candidates, began)
                    examples.append((table, labels, period.new_partners[query]))
            if progress:
                progress(done, len(queries))
        return examples

    def _mask_late_texts(
        self, values: np.ndarray, query: int, candidates: list[int], began: datetime
    ) -> None:
        def early(org_id: int) -> bool:
            at = self.written.get(org_id)
            return at is not None and at < began

        late = np.array([not (early(query) and early(c)) for c in candidates])
        values[np.ix_(late, TEXT_COLUMNS)] = 0.0
        self.rows += len(candidates)
        self.text_rows += int((~late).sum())

    def train(
        self, max_queries: int = 400, negatives: int = 4, progress: ProgressCallback | None = None
    ) -> TrainingReport:
        with transaction(self.session_factory) as session:
            rows = CooperationRepository(session).with_years()
            self.written = OrganisationRepository(session).texts_written()
        known = set(self.recommender.engine.catalogue.orgs)
        found = [p for p in periods(rows, known) if p.new_partners and p.network]
        if not found:
            raise InvalidInput(
                "training needs cooperations from at least two years (import them with their year: "
                "matcher import-cooperations COOPS.csv with a_ref,b_ref,year,source)"
            )
        today = date.today()
        last = found[-1]
        last_queries = sorted(last.new_partners)
        self.random.shuffle(last_queries)
        if len(found) >= 2:
            learn_periods = found[-2:-1]
            learn = {found[-2].year: sorted(found[-2].new_partners)}
            validate = last_queries[:max_queries]
        else:  # one year with history before it: hold out half of its queries
            half = len(last_queries) // 2
            learn_periods = [last]
            learn = {last.year: last_queries[:half]}
            validate = last_queries[half:][:max_queries]
        pos_rows, neg_rows = [], []
        listwise: list[tuple[np.ndarray, np.ndarray, int]] = []
        learn_count = 0
        for period in learn_periods:
            queries = learn[period.year]
            self.random.shuffle(queries)
            queries = queries[:max_queries]
            learn_count += len(queries)
            for table, labels, relevant in self._examples(period, queries, today, progress):
                listwise.append((table.values, labels.astype(np.float64), len(relevant)))
                positive_rows = np.flatnonzero(labels)
                negative_rows = np.flatnonzero(~labels)
                if not len(positive_rows) or not len(negative_rows):
                    continue
                for p in positive_rows:
                    for n in self.random.sample(list(negative_rows), min(negatives, len(negative_rows))):
                        pos_rows.append(table.values[p])
                        neg_rows.append(table.values[n])
        if not pos_rows:
            raise InvalidInput(
                "the history gives no new partners the engine's candidates include: nothing to learn"
            )
        text_rows, learn_rows = self.text_rows, self.rows
        pairwise = fit_pairwise(np.array(pos_rows), np.array(neg_rows))
        fits = {"pairwise": pairwise, "listwise": fit_listwise(listwise, pairwise)}
        if not text_rows:  # no text older than the cooperations learned: the text features were never seen
            for weights in fits.values():
                weights[TEXT_COLUMNS] = 0.0
                weights /= weights.sum() or 1.0
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        candidates = {
            name: Ranker(
                weights={f: round(float(w), 6) for f, w in zip(FEATURES, weights, strict=True)},
                source="trained",
                trained_at=stamp,
            )
            for name, weights in fits.items()
        }
        baselines = {
            name: Ranker(
                weights={f: (1.0 if f == feature else 0.0) for f in FEATURES},
                source="trained",
                trained_at=stamp,
            )
            for name, feature in BASELINES.items()
        }
        shipped = Ranker(weights=dict(DEFAULT_WEIGHTS), source="trained", trained_at=stamp)
        options = {**candidates, "default": shipped, **baselines}
        scores = self._validate(last, validate, today, options)
        # the best on the validation year; ties: a fit before the shipped ranker before a baseline
        order = list(options)
        chosen = max(order, key=lambda name: (scores[name], -order.index(name)))
        ranker = options[chosen]
        report = TrainingReport(
            ranker=ranker,
            learn_years=[p.year for p in learn_periods],
            validation_year=last.year,
            learn_queries=learn_count,
            validation_queries=len(validate),
            pairs=len(pos_rows),
            validation=scores,
            chosen=chosen,
            text_rows=text_rows,
            rows=learn_rows,
        )
        ranker.training = {
            "model": self.recommender.encoder.name,
            "learn_years": report.learn_years,
            "validation_year": report.validation_year,
            "learn_queries": report.learn_queries,
            "validation_queries": report.validation_queries,
            "pairs": report.pairs,
            "chosen": chosen,
            "validation_ndcg_at_10": scores,
            "text_rows": text_rows,
            "rows": learn_rows,
        }
        return report

    def _validate(
        self, period: Period, queries: list[int], today: date, rankers: dict[str, Ranker]
    ) -> dict[str, float]:
        totals = dict.fromkeys(rankers, 0.0)
        counted = 0
        for table, labels, relevant in self._examples(period, queries, today, None):
            counted += 1
            for name, ranker in rankers.items():
                weights = ranker.active_weights(table.active)
                scores = fused_scores(table.values, weights)
                totals[name] += ndcg_at_k(scores, labels.astype(np.float64), len(relevant))
        return {name: round(total / counted, 4) if counted else 0.0 for name, total in totals.items()}
