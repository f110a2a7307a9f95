"""Expert finding on long English texts: "who can help with this?" against profiles made of what people did.

The material is Debian's package descriptions (`matcher.evaluation.debian`): one text per source package, one
maintainer each. A seeded sample of individual maintainers with at least `min_packages` packages are the
experts; each gets one of their packages held out as the query, and the others (at most `cap`, a seeded
choice) are their profile. Every query ranks all sampled experts; a scorer scores the query against each text
of a profile and an expert by an aggregate of those scores:

- `max`: the best text's score;
- `top3`: best + 2nd / 2 + 3rd / 3 (texts a profile lacks add nothing);
- `one vector`: the profile's texts joined into one document, scored once (what one vector per profile gives).

Scorers: TF-IDF cosine (sublinear tf, smoothed idf, fitted on all the texts) and each embedding model, whose
scores are `encode_queries([query]) @ encode_documents(texts).T` and nothing else (no norm is assumed, and
documents are never compared with documents). A profile text whose TF-IDF cosine to the query exceeds
`NEAR_COPY` is dropped for that query (a near-copy, e.g. a sibling package's description, would turn expert
finding into duplicate detection).

Metrics per query, averaged: loss = share of (true expert, other expert) pairs ordered wrongly (the other
scored at least as high; ties count half; lower is better, as in arXiv 2303.16750); accuracy@1 and the
reciprocal rank with ties broken at random (in expectation).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse

from matcher.config import Settings
from matcher.embeddings.encoder import Encoder, ProgressCallback, load_encoder, read_registry
from matcher.errors import ConfigurationError
from matcher.evaluation.debian import MIN_WORDS, Corpus, SourceText, people_corpus, read_lists

DEFAULT_MODELS = ("all-minilm-l6-v2", "use-multilingual-v3", "routed-minilm-use")
AGGREGATES = ("max", "top3", "one vector")
TFIDF = "TF-IDF cosine"
NEAR_COPY = 0.8
TOP3_WEIGHTS = np.array([1.0, 1.0 / 2, 1.0 / 3])

ProgressFactory = Callable[[str], AbstractContextManager[ProgressCallback]]


@dataclass(frozen=True)
class Expert:
    person: str
    query: SourceText
    profile: tuple[SourceText, ...]


def sample_experts(
    corpus: Corpus, count: int, seed: int, min_packages: int = 4, cap: int = 20
) -> tuple[list[Expert], int]:
    """`count` experts (a seeded choice among the people with at least `min_packages` texts), each with one
    held-out query and at most `cap` profile texts; and how many people were eligible."""
    rng = np.random.default_rng(seed)
    people = sorted(p for p, texts in corpus.by_person.items() if len(texts) >= min_packages)
    chosen = sorted(rng.choice(len(people), size=min(count, len(people)), replace=False)) if people else []
    experts = []
    for i in chosen:
        texts = corpus.by_person[people[i]]
        held_out = int(rng.integers(len(texts)))
        rest = [t for j, t in enumerate(texts) if j != held_out]
        if len(rest) > cap:
            rest = [rest[j] for j in sorted(rng.choice(len(rest), size=cap, replace=False))]
        experts.append(Expert(texts[held_out].maintainer, texts[held_out], tuple(rest)))
    return experts, len(people)


# --- TF-IDF ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[a-z0-9]{2,}")


@dataclass(frozen=True)
class TfIdf:
    vocabulary: dict[str, int]
    idf: np.ndarray

    @classmethod
    def fit(cls, texts: Sequence[str]) -> TfIdf:
        vocabulary: dict[str, int] = {}
        documents = [
            {vocabulary.setdefault(t, len(vocabulary)) for t in _TOKEN.findall(x.lower())} for x in texts
        ]
        df = np.bincount([t for d in documents for t in d], minlength=len(vocabulary))
        return cls(vocabulary, np.log((1 + len(texts)) / (1 + df)) + 1.0)

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """Rows of sublinear tf times idf, each of unit length (unknown terms are left out)."""
        rows, cols = [], []
        for row, text in enumerate(texts):
            known = [self.vocabulary[t] for t in _TOKEN.findall(text.lower()) if t in self.vocabulary]
            rows += [row] * len(known)
            cols += known
        counts = sparse.csr_matrix(
            (np.ones(len(rows)), (rows, cols)), shape=(len(texts), len(self.vocabulary))
        )  # duplicates are summed: term counts
        counts.data = (1.0 + np.log(counts.data)) * self.idf[counts.indices]
        norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1))).ravel()
        return sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ counts


# --- Aggregates and metrics -----------------------------------------------------------------------------


def top3(scores: np.ndarray) -> np.ndarray:
    """best + 2nd / 2 + 3rd / 3 along the last axis; -inf marks a text that is not there (an aggregate of
    nothing is -inf)."""
    best = -np.sort(-scores, axis=-1)[..., :3]
    present = np.isfinite(best)
    total = np.where(present, best * TOP3_WEIGHTS[: best.shape[-1]], 0.0).sum(axis=-1)
    return np.where(present[..., 0], total, -np.inf)


def rank_metrics(scores: np.ndarray, true: int) -> tuple[float, float, float]:
    """(loss, accuracy@1, reciprocal rank) of the candidate at `true` among `scores`, ties counted half (the
    loss) or broken at random (in expectation)."""
    mine, others = scores[true], np.delete(scores, true)
    if not len(others):
        return 0.0, 1.0, 1.0
    greater, ties = int((others > mine).sum()), int((others == mine).sum())
    loss = (greater + ties / 2) / len(others)
    accuracy = 1.0 / (ties + 1) if greater == 0 else 0.0
    reciprocal = float(np.mean(1.0 / np.arange(greater + 1, greater + ties + 2)))
    return loss, accuracy, reciprocal


@dataclass
class Layout:
    """The texts of one run and which of them count for which query."""

    queries: list[str]
    texts: list[str]
    """Every profile text, expert after expert."""
    owner: np.ndarray
    """The expert (index) of each text."""
    kept: np.ndarray
    """(queries, texts): False where the text is a near-copy of the query."""
    joined: list[str]
    """The distinct one-document profiles (the kept texts joined)."""
    joined_of: np.ndarray
    """(queries, experts): the index into `joined`, -1 where nothing was kept."""
    dropped: int = 0
    dropped_own: int = 0
    """Of the dropped texts, those of the query's own expert."""


def layout(experts: Sequence[Expert], near_copy: float = NEAR_COPY) -> tuple[Layout, TfIdf]:
    queries = [e.query.text for e in experts]
    texts = [t.text for e in experts for t in e.profile]
    owner = np.repeat(np.arange(len(experts)), [len(e.profile) for e in experts])
    tfidf = TfIdf.fit(queries + texts)
    kept = (tfidf.transform(queries) @ tfidf.transform(texts).T).toarray() <= near_copy
    joined: dict[str, int] = {}
    whole = [joined.setdefault("\n\n".join(t.text for t in e.profile), len(joined)) for e in experts]
    joined_of = np.tile(np.array(whole), (len(experts), 1))
    for q, e in sorted({(int(q), int(owner[i])) for q, i in zip(*np.nonzero(~kept), strict=True)}):
        own = [texts[i] for i in np.flatnonzero((owner == e) & kept[q])]
        joined_of[q, e] = joined.setdefault("\n\n".join(own), len(joined)) if own else -1
    dropped = ~kept
    own_dropped = int(sum(dropped[q, owner == q].sum() for q in range(len(experts))))
    return Layout(
        queries, texts, owner, kept, list(joined), joined_of, int(dropped.sum()), own_dropped
    ), tfidf


def expert_scores(
    text_scores: np.ndarray, joined_scores: np.ndarray, lay: Layout, aggregate: str
) -> np.ndarray:
    """(queries, experts) scores from the query-text and query-joined-profile scores."""
    experts = lay.joined_of.shape[1]
    if aggregate == "one vector":
        picked = np.take_along_axis(joined_scores, np.maximum(lay.joined_of, 0), axis=1)
        return np.where(lay.joined_of >= 0, picked, -np.inf)
    masked = np.where(lay.kept, text_scores, -np.inf)
    combine = top3 if aggregate == "top3" else (lambda s: s.max(axis=-1, initial=-np.inf))
    return np.stack([combine(masked[:, lay.owner == e]) for e in range(experts)], axis=1)


@dataclass(frozen=True)
class Score:
    scorer: str
    aggregate: str
    loss: float
    accuracy: float
    mrr: float
    losses: tuple[float, ...] = ()
    """Each query's loss, for standard errors and paired differences."""

    @property
    def loss_error(self) -> float:
        """The standard error of the mean loss over the queries."""
        return standard_error(np.array(self.losses))


def standard_error(values: np.ndarray) -> float:
    return float(values.std(ddof=1) / np.sqrt(len(values))) if len(values) > 1 else 0.0


def paired_difference(this: Score, other: Score) -> tuple[float, float]:
    """Mean and standard error of `this` loss minus `other`'s, query by query (negative: `this` is better)."""
    diff = np.array(this.losses) - np.array(other.losses)
    return float(diff.mean()) if len(diff) else 0.0, standard_error(diff)


def evaluate(scorer: str, text_scores: np.ndarray, joined_scores: np.ndarray, lay: Layout) -> list[Score]:
    results = []
    for aggregate in AGGREGATES:
        scores = expert_scores(text_scores, joined_scores, lay, aggregate)
        per_query = np.array([rank_metrics(scores[q], q) for q in range(len(scores))])
        loss, accuracy, mrr = per_query.mean(axis=0) if len(per_query) else (0.0, 0.0, 0.0)
        losses = tuple(float(v) for v in per_query[:, 0]) if len(per_query) else ()
        results.append(Score(scorer, aggregate, float(loss), float(accuracy), float(mrr), losses))
    return results


# --- The runner -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExpertiseOptions:
    lists: Path
    models: tuple[str, ...] = DEFAULT_MODELS
    experts: int = 150
    seed: int = 0
    min_packages: int = 4
    cap: int = 20


@dataclass
class ModelRun:
    name: str
    documents: int
    seconds: float
    load_seconds: float

    @property
    def texts_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


@dataclass
class ExpertiseRun:
    options: ExpertiseOptions
    corpus: Corpus
    eligible: int
    experts: list[Expert]
    lay: Layout
    scores: list[Score] = field(default_factory=list)
    models: list[ModelRun] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0


def model_scores(
    encoder: Encoder, lay: Layout, progress: ProgressCallback | None
) -> tuple[np.ndarray, np.ndarray, int, float]:
    """Query-text and query-joined-profile scores of one encoder, each distinct text encoded once; and how
    many documents it encoded in how many seconds."""
    documents = list(dict.fromkeys(lay.texts + lay.joined))
    row = {text: i for i, text in enumerate(documents)}
    start = time.perf_counter()
    vectors = encoder.encode_documents(documents, progress=progress)
    seconds = time.perf_counter() - start
    scores = encoder.encode_queries(lay.queries) @ vectors.T
    texts = scores[:, [row[t] for t in lay.texts]]
    joined = scores[:, [row[t] for t in lay.joined]]
    return texts, joined, len(documents), seconds


def run_expertise(
    options: ExpertiseOptions, settings: Settings, warn: Callable[[str], None], progress: ProgressFactory
) -> ExpertiseRun:
    """Read the lists, sample the experts, and score TF-IDF and every model that loads (the others are
    skipped, each with a line to `warn`)."""
    started = time.perf_counter()
    corpus = people_corpus(read_lists(options.lists))
    experts, eligible = sample_experts(
        corpus, options.experts, options.seed, options.min_packages, options.cap
    )
    if len(experts) < 2:
        raise ConfigurationError(
            f"{options.lists}: only {len(experts)} maintainers with {options.min_packages} or more packages"
        )
    lay, tfidf = layout(experts)
    run = ExpertiseRun(options, corpus, eligible, experts, lay)
    queries = tfidf.transform(lay.queries)
    run.scores += evaluate(
        TFIDF,
        (queries @ tfidf.transform(lay.texts).T).toarray(),
        (queries @ tfidf.transform(lay.joined).T).toarray(),
        lay,
    )
    known = read_registry(settings.model_registry)
    for name in options.models:
        if name not in known and not Path(name).is_dir():
            run.skipped.append(f"{name}: not in {settings.model_registry.name} (yet)")
            warn(f"skipped {name}: not in {settings.model_registry} (yet)")
            continue
        start = time.perf_counter()
        try:
            encoder = load_encoder(
                name, settings.model_registry, settings.encode_batch_size, settings.torch_threads
            )
        except ConfigurationError as exc:
            run.skipped.append(f"{name}: {exc.message}")
            warn(f"skipped {name}: {exc.message}")
            continue
        loaded = time.perf_counter() - start
        with progress(f"encoding with {name}") as update:
            texts, joined, documents, seconds = model_scores(encoder, lay, update)
        run.models.append(ModelRun(name, documents, seconds, loaded))
        run.scores += evaluate(name, texts, joined, lay)
    run.seconds = time.perf_counter() - started
    return run


# --- Markdown -------------------------------------------------------------------------------------------


def render_markdown(run: ExpertiseRun, command: str, lists: str, measured: str) -> str:
    """The report: the command, when and where (`measured`), the data, and one row per scorer x aggregate."""
    options, corpus, lay = run.options, run.corpus, run.lay
    sizes = [len(e.profile) for e in run.experts]
    speed = {m.name: m for m in run.models}
    span = f"{min(sizes)}-{max(sizes)}" if min(sizes) < max(sizes) else str(min(sizes))
    lines = [
        "```",
        command,
        "```",
        "",
        f"{measured}; the whole run took {run.seconds:.0f} s.",
        "",
        f"Data: the package lists of {lists}: {corpus.sources:,} source packages with an English description, "
        f"{corpus.team:,} of them by a team (left out), {corpus.short:,} more with a text under "
        f"{MIN_WORDS} words (left out); {run.eligible:,} individual maintainers with "
        f"{options.min_packages} or more of the rest; a seeded sample (seed {options.seed}) of "
        f"{len(run.experts)} of them, each with one held-out package as the query and "
        f"{span} others as the profile (at most {options.cap}; {sum(sizes):,} profile texts, "
        f"{np.mean(sizes):.1f} per expert). Near-copies (TF-IDF cosine to the query over {NEAR_COPY}) dropped: "
        f"{lay.dropped} query-text pairs, {lay.dropped_own} of them from the query's own expert.",
        "",
        f"Every query ranks all {len(run.experts)} experts. Loss = share of wrongly ordered (true, other) "
        "pairs (ties half; random = 0.5, lower is better); accuracy@1 and MRR with ties broken at random; "
        "texts/s = documents encoded per second by `encode_documents` (each distinct text once, "
        "profiles joined for `one vector` included).",
        "",
        "| scorer | aggregate | loss | s.e. | accuracy@1 | MRR | texts/s |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for score in run.scores:
        model = speed.get(score.scorer)
        name = score.scorer if score.scorer == TFIDF else f"`{score.scorer}`"
        rate = f"{model.texts_per_second:,.0f}" if model else ""
        lines.append(
            f"| {name} | {score.aggregate} | {score.loss:.3f} | {score.loss_error:.3f} | {score.accuracy:.3f} | "
            f"{score.mrr:.3f} | {rate} |"
        )
    lines += ["", *aggregate_lines(run.scores)]
    if run.skipped:
        lines += ["", "Skipped: " + "; ".join(run.skipped) + "."]
    return "\n".join(lines) + "\n"


def aggregate_lines(scores: Sequence[Score]) -> list[str]:
    """Per scorer, the loss of `top3` and of `one vector` minus that of `max`, and its `max` minus TF-IDF's,
    paired over the queries."""
    by = {(s.scorer, s.aggregate): s for s in scores}
    lines = [
        "Paired over the queries, differences of the loss (mean ± standard error; negative: the first is better):",
        "",
        "| scorer | top3 − max | one vector − max | max − TF-IDF max |",
        "|---|---:|---:|---:|",
    ]
    for scorer in dict.fromkeys(s.scorer for s in scores):
        cells = []
        for this, other in (
            ("top3", (scorer, "max")),
            ("one vector", (scorer, "max")),
            ("max", (TFIDF, "max")),
        ):
            mean, error = paired_difference(by[scorer, this], by[other])
            cells.append(f"{mean:+.3f} ± {error:.3f}")
        name = scorer if scorer == TFIDF else f"`{scorer}`"
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines
